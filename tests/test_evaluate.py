"""Scoring semantics of docs/format.md, one rule per row."""

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


def _m(kind: str, **fields: object) -> Mention:
    return M.validate_python({"type": kind, "start": 0, "end": 2, "text": "xx", **fields})


@pytest.mark.parametrize(
    "gold,pred,agrees",
    [
        (_m("date", value="2025-Q1"), _m("date", low="2025-01", high="2025-03"), True),
        (_m("date", low="2025-01", high="2025-03"), _m("date", value="2025-Q1"), True),
        (_m("date", value="2025"), _m("date", low="2025-Q1", high="2025-Q4"), True),
        (_m("date", value="2025-H1"), _m("date", low="2025-01", high="2025-06"), True),
        (_m("date", value="2025-Q1"), _m("date", low="2025-01", high="2025-02"), False),
        (_m("date", low="2025-Q1", high="2025-Q3"), _m("date", value="2025"), False),
        (_m("date", low="2025-Q1", high="2025-Q3"), _m("date"), False),
        (_m("date", value="2025-07-19"), _m("date", value="2025-07-19T11:04"), False),
        (_m("duration", value="P1W"), _m("duration", value="P7D"), True),
        (_m("duration", value="P1Y"), _m("duration", value="P12M"), True),
        (_m("duration", value="P3.5Y"), _m("duration", value="P42M"), True),
        (_m("duration", value="P1M"), _m("duration", value="P30D"), False),
        (_m("money", low=12000, high=13000, currency="USD"),
         _m("money", low=12000, high=13000 * (1 + 1e-9), currency="USD"), True),
        (_m("money", low=12000, high=13000, currency="USD"), _m("money", low=12000, currency="USD"), False),
        (_m("money", low=12000, high=13000, currency="USD"), _m("money", value=12000, currency="USD"), False),
        (_m("percent", low=8, high=10), _m("percent", low=8, high=10, unit="pp"), False),
        (_m("quantity", unit="辆"), _m("quantity", value=3, unit="辆"), True),
    ],
    ids=["quarter = month range", "month range = quarter", "year = quarters", "half = months",
         "quarter != two months", "three quarters != year", "range != unresolved",
         "day != minute", "P1W = P7D", "P1Y = P12M", "P3.5Y = P42M", "P1M != P30D",
         "range ends within 1e-6", "range needs both ends", "range != one value",
         "range unit counts", "gold null matches any"],
)
def test_value_agrees(gold: Mention, pred: Mention, agrees: bool) -> None:
    assert value_agrees(gold, pred) is agrees
