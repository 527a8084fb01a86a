"""`zh-extract eval --html`: the evaluation report as one offline page.

Score table, an SVG bar chart of relaxed F1 per type (and claims when a claim scorer
filled the report's `claims` section), the bars, the baseline comparison when asked,
then every error in its sentence with gold and predicted values side by side, grouped
by type and then by cause (missed, wrong value, wrong span, spurious).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extract.evaluate.bars import BarResult, claim_f1
from extract.evaluate.baseline import Comparison
from extract.evaluate.formats import num
from extract.evaluate.misses import CAUSES, LABELS, Miss
from extract.evaluate.scoring import MODES, Report
from extract.records import TYPES, Article
from extract.review.chart import bar_chart
from extract.review.markup import Interval, describe, mark_up
from extract.review.render import render, trusted


def _in_sentence(miss: Miss) -> str:
    """The sentence, gold span marked `g`, predicted span `p` (clipped to the sentence)."""
    start, end = miss.sentence
    intervals = []
    sides = [("g", miss.gold), ("p", miss.pred)]
    if miss.gold is not None and miss.pred is not None and \
            (miss.gold.start, miss.gold.end) == (miss.pred.start, miss.pred.end):
        sides = [("g p", miss.gold)]
    for side, m in sides:
        if m is not None and m.start < end and start < m.end:
            intervals.append(Interval(max(m.start, start) - start, min(m.end, end) - start,
                                      "mark", {"class": side}))
    return mark_up(miss.text, intervals)


def _side(m: Any) -> dict[str, str] | None:
    return None if m is None else {"text": m.text, "value": describe(m), "type": m.type,
                                   "at": f"{m.start}–{m.end}"}


def _groups(misses: Sequence[Miss]) -> list[dict[str, Any]]:
    """Errors by type (in TYPES order), then by cause (in CAUSES order)."""
    groups = []
    for kind in TYPES:
        of_type = [m for m in misses if m.type == kind]
        causes = []
        for cause in CAUSES:
            rows = [{"article": m.article, "sentence": trusted(_in_sentence(m)),
                     "gold": _side(m.gold), "pred": _side(m.pred)} for m in of_type if m.kind == cause]
            if rows:
                causes.append({"cause": cause, "label": LABELS[cause], "rows": rows})
        if causes:
            groups.append({"type": kind, "count": len(of_type), "causes": causes})
    return groups


def _flatten(data: Any, prefix: str = "") -> list[tuple[str, str]]:
    """A claims section's `to_dict()` as (dotted key, shown value) rows, whatever its shape."""
    if isinstance(data, dict):
        return [row for k, v in data.items() for row in _flatten(v, f"{prefix}{k}.")]
    if isinstance(data, list):
        return [(prefix.rstrip("."), f"{len(data)} items")]
    return [(prefix.rstrip("."), num(data) if isinstance(data, float) else str(data))]


def _score_rows(report: Report) -> list[dict[str, Any]]:
    return [{"name": name, "gold": c.gold, "pred": c.pred,
             "cells": [num(x) for mode in MODES for x in c.prf(mode)]}
            for name, c in report.rows.items()]


def render_report(report: Report, gold: Sequence[Article], bars: Sequence[BarResult],
                  comparison: Comparison | None = None, title: str = "zh-extract evaluation") -> str:
    """The whole report as one HTML string."""
    chart_rows: list[tuple[str, float | None]] = [(t, report.f1(t)) for t in TYPES]
    if report.claims is not None:
        chart_rows.append(("claim", claim_f1(report.claims)))
    deltas = None
    if comparison is not None:
        deltas = [{"name": n, "old": num(o), "new": num(w), "delta": num(comparison.delta(n), True)}
                  for n, (o, w) in comparison.deltas.items()]
    return render(
        "report.html", title=title, articles=len(gold), modes=MODES, rows=_score_rows(report),
        chart=trusted(bar_chart(chart_rows, "relaxed F1 per type")), bars=bars,
        warnings=report.warnings, groups=_groups(report.misses), errors=len(report.misses),
        claims=_flatten(report.claims.to_dict()) if report.claims is not None else None,
        deltas=deltas, comparison=comparison and {
            "missed": _groups([c.miss for c in comparison.missed]),
            "wrong": _groups([c.miss for c in comparison.wrong]),
            "fixed": _groups(comparison.fixed),
        },
    )
