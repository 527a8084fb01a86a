"""The fast serializer writes what the models define: every corpus record it writes
validates against the pydantic models and reads back to the same record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import Pipeline
from extract.batch.readers import read_articles
from extract.encode import mention_data, mentions_data, to_json, to_json_bytes
from extract.records import Article, Claim, Date, ErrorRecord, Percent

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


def test_a_mention_is_written_with_its_non_null_fields_in_model_order() -> None:
    m = Percent(start=0, end=3, text="15%", value=15, qualifier="approx")
    assert list(mention_data(m)) == ["type", "start", "end", "text", "value", "qualifier", "unit"]
    ranged = Date(start=0, end=4, text="1至3月", low="2025-01", high="2025-03")
    assert mention_data(ranged) == {"type": "date", "start": 0, "end": 4, "text": "1至3月",
                                    "value": None, "low": "2025-01", "high": "2025-03"}
    assert mentions_data([m, ranged]) == [mention_data(m), mention_data(ranged)]


def test_the_bytes_line_is_the_text_line_encoded() -> None:
    article = Article(id="c", text="营收\ud800亿元", meta={"n": 10**30})  # through the fallback
    assert to_json_bytes(article) == to_json(article).encode("utf-8")
    plain = Article(id="d", text="营收1亿元")
    assert to_json_bytes(plain).decode("utf-8") == to_json(plain)
