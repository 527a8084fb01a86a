"""Scoring semantics of ANNOTATION.md, one rule per row."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from extract.evaluate.scoring import evaluate, value_agrees
from extract.records import Article, Mention

TEXT = "营收55亿美元，增长95%，2025年一季度"
M = TypeAdapter(Mention)


def money(start: int = 2, end: int = 7, value: float = 5.5e9, currency: str = "USD") -> Mention:
    return M.validate_python({"type": "money", "start": start, "end": end,
                              "text": TEXT[start:end], "value": value, "currency": currency})


def score(gold: list[Mention], pred: list[Mention], name: str = "money") -> dict[str, float]:
    report = evaluate([Article(id="a", text=TEXT, mentions=gold)],
                      [Article(id="a", text=TEXT, mentions=pred)])
    return {mode: report.rows[name].prf(mode)[2] for mode in ("detect", "relaxed", "strict")}


@pytest.mark.parametrize(
    "pred,expected",
    [
        ([money()], {"detect": 1, "relaxed": 1, "strict": 1}),
        ([money(start=3)], {"detect": 1, "relaxed": 1, "strict": 0}),
        ([money(value=5.5e9 * (1 + 1e-8))], {"detect": 1, "relaxed": 1, "strict": 1}),
        ([money(value=5.6e9)], {"detect": 1, "relaxed": 0, "strict": 0}),
        ([money(currency="CNY")], {"detect": 1, "relaxed": 0, "strict": 0}),
        ([], {"detect": 0, "relaxed": 0, "strict": 0}),
    ],
    ids=["exact", "overlap only", "within 1e-6", "wrong value", "wrong currency", "nothing"],
)
def test_modes(pred: list[Mention], expected: dict[str, float]) -> None:
    assert score([money()], pred) == pytest.approx(expected)


def test_each_gold_matches_one_prediction() -> None:
    report = evaluate([Article(id="a", text=TEXT, mentions=[money()])],
                      [Article(id="a", text=TEXT, mentions=[money(), money(start=3)])])
    assert report.rows["money"].hit["relaxed"] == 1 and report.rows["money"].pred == 2


def test_gold_null_matches_any_value() -> None:
    gold = M.validate_python({"type": "date", "start": 15, "end": 22, "text": TEXT[15:22]})
    pred = M.validate_python({"type": "date", "start": 15, "end": 22, "text": TEXT[15:22],
                              "value": "2025-Q1"})
    assert value_agrees(gold, pred) and not value_agrees(pred, gold)


def test_scope_limits_scored_types() -> None:
    gold = Article(id="a", text=TEXT, mentions=[money()], scope=["money"])
    pct = M.validate_python({"type": "percent", "start": 10, "end": 13, "text": TEXT[10:13],
                             "value": 95})
    report = evaluate([gold], [Article(id="a", text=TEXT, mentions=[money(), pct])])
    assert report.rows["percent"].pred == 0 and report.rows["all"].prf("strict")[2] == 1.0
