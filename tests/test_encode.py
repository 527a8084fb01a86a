"""The fast serializer writes what the models define: every corpus record it writes
validates against the pydantic models and reads back to the same record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import Pipeline
from extract.batch.readers import read_articles
from extract.encode import to_json
from extract.records import Article, Claim, ErrorRecord

CORPUS = sorted(Path(__file__).parents[1].joinpath("corpus").glob("*.jsonl"))
GOLD = [a for path in CORPUS for a in read_articles(path)]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("gold", GOLD, ids=[a.id for a in GOLD])
def test_written_record_validates_and_reads_back(pipeline: Pipeline, gold: Article) -> None:
    article = pipeline(gold.text, id=gold.id, published_at=gold.published_at, region=gold.region)
    line = to_json(article)
    again = Article.model_validate_json(line)  # the models' own checks, offsets included
    assert again == Article.model_validate(article.model_dump())
    data = json.loads(line)
    assert all("value" in m for m in data["mentions"])  # value kept even when null
    assert all({k for k, v in m.items() if v is None} <= {"value"} for m in data["mentions"])


@pytest.mark.parametrize("gold", [a for a in GOLD if a.claims], ids=lambda a: a.id)
def test_claims_keep_every_field_and_read_back(gold: Article) -> None:
    data = json.loads(to_json(gold))
    assert all(set(c) == set(Claim.model_fields) for c in data["claims"])
    assert Article.model_validate(data).claims == gold.claims


def test_error_record_and_fallbacks() -> None:
    error = ErrorRecord(id="a", source="x.jsonl:3", error="InputError", message="empty text")
    assert json.loads(to_json(error)) == error.model_dump(exclude_none=True)
    huge = Article(id="b", text="营收", meta={"n": 10**30, "s": "\ud800"})
    data = json.loads(to_json(huge))  # orjson refuses both; the standard library writes them
    assert data["meta"] == {"n": 10**30, "s": "\ud800"}
