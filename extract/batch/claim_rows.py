"""The flat view of claims: one row per claim, the table a dataset builder loads.

`zh-extract claims INPUT... -o claims.csv|claims.jsonl` writes these rows; the columns
are fixed (COLUMNS) so that every file of a dataset has the same header, and empty
fields are empty cells in CSV and nulls in JSON Lines.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from extract.records import Article, Claim

COLUMNS = (
    "id", "subject", "subject_type", "subject_text", "metric", "quantity_text", "value", "low",
    "high", "qualifier", "currency", "unit", "time", "time_text", "change", "change_unit",
    "direction", "basis", "attribution", "sentence",
)


def _value(m: Any) -> Any:
    return None if m is None else (m.value if m.value is not None else None)


def claim_row(article: Article, claim: Claim) -> dict[str, Any]:
    """One claim as a flat dict over COLUMNS (values, not mention objects)."""
    q, s, t, c = claim.quantity, claim.subject, claim.time, claim.change
    start, end = claim.sentence
    return {
        "id": article.id,
        "subject": (s.value or s.text) if s else None, "subject_type": s.type if s else None,
        "subject_text": claim.subject_text, "metric": claim.metric,
        "quantity_text": q.text, "value": q.value, "low": q.low, "high": q.high,
        "qualifier": q.qualifier, "currency": getattr(q, "currency", None),
        "unit": getattr(q, "unit", None),
        "time": _value(t) or (f"{t.low}/{t.high}" if t is not None and t.low else None),
        "time_text": t.text if t else None,
        "change": _value(c), "change_unit": c.unit if c else None,
        "direction": claim.direction, "basis": claim.basis,
        "attribution": (claim.attribution.value or claim.attribution.text) if claim.attribution else None,
        "sentence": article.text[start:end],
    }


def claim_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    for article in articles:
        for claim in article.claims:
            yield claim_row(article, claim)


def write_rows(rows: Iterable[dict[str, Any]], out: IO[str], fmt: str) -> int:
    """Write rows as `csv` or `jsonl`; returns how many."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
            count += 1
        return count
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
