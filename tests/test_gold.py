"""Gold claims in corpus/*.jsonl are consistent with their own mentions (docs/format.md, "Claims").

This checks the gold files, not the pipeline: it imports nothing from `extract`; the
contract's sentence rule comes from the annotators' own `corpus/heldout_lib.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.heldout_lib import sentences

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

CLAIM_FIELDS = [
    "sentence",
    "subject",
    "subject_text",
    "metric",
    "quantity",
    "time",
    "change",
    "direction",
    "basis",
    "attribution",
]
NESTED_TYPES = {
    "subject": {"person", "org", "location", "product"},
    "quantity": {"money", "percent", "quantity"},
    "time": {"date"},
    "change": {"percent"},
    "attribution": {"person", "org"},
}
DIRECTIONS = {"up", "down", None}
BASES = {"yoy", "qoq", None}


def _articles() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if "claims" in record:
                    out.append((f"{path.name}:{record['id']}", record))
    return out


ARTICLES = _articles()
IDS = [name for name, _ in ARTICLES]


def test_some_gold_has_claims() -> None:
    assert ARTICLES, "no corpus line carries claims"


@pytest.mark.parametrize(("name", "record"), ARTICLES, ids=IDS)
def test_claim_fields(name: str, record: dict) -> None:
    for n, claim in enumerate(record["claims"]):
        assert list(claim) == CLAIM_FIELDS, f"{name} claim {n}: fields {list(claim)}"
        assert claim["direction"] in DIRECTIONS, f"{name} claim {n}: direction {claim['direction']!r}"
        assert claim["basis"] in BASES, f"{name} claim {n}: basis {claim['basis']!r}"
        assert isinstance(claim["metric"], str) and claim["metric"], f"{name} claim {n}: metric"
        assert not (claim["subject"] and claim["subject_text"]), f"{name} claim {n}: subject and subject_text"
        if claim["subject_text"] is not None:
            assert claim["subject_text"] in record["text"], f"{name} claim {n}: subject_text not in text"
        assert claim["quantity"] is not None, f"{name} claim {n}: no quantity"


@pytest.mark.parametrize(("name", "record"), ARTICLES, ids=IDS)
def test_nested_mentions_are_the_lines_mentions(name: str, record: dict) -> None:
    mentions = record["mentions"]
    for n, claim in enumerate(record["claims"]):
        for key, types in NESTED_TYPES.items():
            nested = claim[key]
            if nested is None:
                continue
            assert nested in mentions, f"{name} claim {n}: {key} {nested} is not one of the line's mentions"
            assert nested["type"] in types, f"{name} claim {n}: {key} has type {nested['type']}"


@pytest.mark.parametrize(("name", "record"), ARTICLES, ids=IDS)
def test_sentence_holds_the_quantity(name: str, record: dict) -> None:
    text = record["text"]
    spans = set(sentences(text))
    for n, claim in enumerate(record["claims"]):
        start, end = claim["sentence"]
        assert 0 <= start < end <= len(text), f"{name} claim {n}: sentence {claim['sentence']} out of text"
        assert (start, end) in spans, f"{name} claim {n}: {text[start:end]!r} is not a contract sentence"
        q = claim["quantity"]
        assert start <= q["start"] and q["end"] <= end, f"{name} claim {n}: quantity outside its sentence"


@pytest.mark.parametrize(("name", "record"), ARTICLES, ids=IDS)
def test_each_figure_used_once(name: str, record: dict) -> None:
    seen: dict[tuple[int, int], int] = {}
    for n, claim in enumerate(record["claims"]):
        for key in ("quantity", "change"):
            m = claim[key]
            if m is None:
                continue
            span = (m["start"], m["end"])
            assert span not in seen, f"{name} claim {n}: {m['text']} already used by claim {seen[span]}"
            seen[span] = n


def test_every_gold_file_has_a_role() -> None:
    """corpus/sets.tsv says of each gold file whether it was tuned on (`dev`) or never read by a
    rule writer (`held-out`); README's held-out figures come from it, so a new file needs a row."""
    rows = [line.split("\t") for line in (CORPUS / "sets.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    roles = {row[0]: row[1] for row in rows}
    files = {path.stem for path in CORPUS.glob("*.jsonl")}
    missing = files - roles.keys()
    assert missing == set(), f"gold files without a row in corpus/sets.tsv: {missing}"
    assert roles.keys() - files == set(), f"rows of corpus/sets.tsv with no file: {roles.keys() - files}"
    assert set(roles.values()) <= {"dev", "held-out"}, f"unknown roles: {set(roles.values())}"
    assert "held-out" in roles.values(), "no held-out file left: write new held-out text"
