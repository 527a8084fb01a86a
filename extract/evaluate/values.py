"""When two mentions carry the same normalized value, per the scoring rules of docs/format.md.

- numbers within 1e-6 relative; money's currency and percent's unit are part of the value;
- a range by both ends (`low`, `high`); a gold value of null with no range matches anything;
- dates by the calendar period they cover: `2025-Q1` equals the range 2025-01..2025-03,
  `2025` equals 2025-Q1..2025-Q4; a range covers from its low's start to its high's end;
- durations by length: P1W = P7D, P1Y = P12M, P3.5Y = P42M (months and days are never
  traded: P1M is not P30D).

Anything that cannot be read as a period or a length (which the record models make
rare) is compared as written.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import regex

# Fields that are part of a type's normalized value besides `value` itself.
VALUE_FIELDS = {"money": ("currency",), "percent": ("unit",)}

_TIMEX = regex.compile(r"""
    (?P<y>\d{4})
    (?: -Q(?P<q>[1-4])                                  # quarter
      | -H(?P<h>[12])                                   # half
      | -(?P<m>\d{2}) (?: -(?P<d>\d{2}) (?:T(?P<hh>\d{2}):(?P<mi>\d{2}))? )?
    )?$""", regex.VERBOSE)
_DURATION = regex.compile(r"""
    P (?:(?P<Y>[\d.]+)Y)? (?:(?P<M>[\d.]+)M)? (?:(?P<W>[\d.]+)W)? (?:(?P<D>[\d.]+)D)?
    (?:T (?:(?P<H>[\d.]+)H)? (?:(?P<TM>[\d.]+)M)? (?:(?P<S>[\d.]+)S)?)?$""", regex.VERBOSE)


def _months_later(start: datetime, months: int) -> datetime:
    month = start.month - 1 + months
    return start.replace(year=start.year + month // 12, month=month % 12 + 1)


def period(value: str) -> tuple[datetime, datetime] | None:
    """The [start, end) a TIMEX value covers, or None when it is not one.

    >>> period("2025-Q2")
    (datetime.datetime(2025, 4, 1, 0, 0), datetime.datetime(2025, 7, 1, 0, 0))
    """
    found = _TIMEX.match(value)
    if not found:
        return None
    g = found.groupdict()
    start = datetime(int(g["y"]), 1, 1)
    try:
        if g["q"] or g["h"]:
            size = 3 if g["q"] else 6
            start = _months_later(start, (int(g["q"] or g["h"]) - 1) * size)
            return start, _months_later(start, size)
        if not g["m"]:
            return start, _months_later(start, 12)
        start = start.replace(month=int(g["m"]))
        if not g["d"]:
            return start, _months_later(start, 1)
        start = start.replace(day=int(g["d"]))
        if not g["hh"]:
            return start, start + timedelta(days=1)
        start = start.replace(hour=int(g["hh"]), minute=int(g["mi"]))
    except ValueError:
        return None
    return start, start + timedelta(minutes=1)


def length(value: str) -> tuple[float, float] | None:
    """An ISO 8601 duration as (months, seconds), weeks and days counted in seconds.

    >>> length("P3.5Y") == length("P42M"), length("P1W") == length("P7D"), length("P1M") == length("P30D")
    (True, True, False)
    """
    found = _DURATION.match(value)
    if not found or value in ("P", "PT"):
        return None
    n = {k: float(v) if v else 0.0 for k, v in found.groupdict().items()}
    days = n["W"] * 7 + n["D"]
    return n["Y"] * 12 + n["M"], ((days * 24 + n["H"]) * 60 + n["TM"]) * 60 + n["S"]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def _same(gold: Any, pred: Any) -> bool:
    """Two scalar values: numbers within 1e-6 relative, else equal."""
    if isinstance(gold, (int, float)) and isinstance(pred, (int, float)):
        return _close(gold, pred)
    return bool(gold == pred)


def _span_of(m: Any) -> tuple[Any, Any] | None:
    """A date mention's covered period: its value's, or from its low's start to its high's end."""
    if m.value is not None:
        return period(m.value)
    low = period(m.low) if m.low else None
    high = period(m.high) if m.high else None
    if (m.low and not low) or (m.high and not high) or not (low or high):
        return None
    return (low[0] if low else None, high[1] if high else None)


def _scalar_agrees(kind: str, gold: Any, pred: Any) -> bool:
    """One value or range end; gold None agrees with anything, durations by length."""
    if gold is None:
        return True
    if kind == "duration" and isinstance(gold, str) and isinstance(pred, str):
        lg, lp = length(gold), length(pred)
        if lg is not None and lp is not None:
            return all(_close(a, b) for a, b in zip(lg, lp))
    return _same(gold, pred)


def _ends_agree(gold: Any, pred: Any) -> bool:
    """The value when gold has one, else each end of gold's range."""
    if gold.value is not None:
        return _scalar_agrees(gold.type, gold.value, getattr(pred, "value", None))
    return all(_scalar_agrees(gold.type, getattr(gold, end, None), getattr(pred, end, None))
               for end in ("low", "high"))


def value_agrees(gold: Any, pred: Any) -> bool:
    """True when `pred` has gold's normalized value (see the module docstring)."""
    if not all(getattr(gold, f, None) is None or _same(getattr(gold, f), getattr(pred, f, None))
               for f in VALUE_FIELDS.get(gold.type, ())):
        return False
    if getattr(gold, "value", None) is None and getattr(gold, "low", None) is None \
            and getattr(gold, "high", None) is None:
        return True
    if gold.type == "date":
        covered = _span_of(gold)
        if covered is not None:
            return covered == _span_of(pred)
    return _ends_agree(gold, pred)


def describe(mention: Any) -> str:
    """The normalized value as a reviewer reads it: `5500000000 USD`, `95 pp`,
    `2025-Q1`, `2024..2025`, `≈ 1000 张`; `null` when unresolved.

    >>> from extract.records import Money
    >>> describe(Money(start=0, end=3, text="55亿", value=5.5e9, currency="USD", qualifier="gt"))
    '> 5,500,000,000 USD'
    """
    def number(x: Any) -> str:
        if isinstance(x, float) and x.is_integer():
            x = int(x)
        return f"{x:,}" if isinstance(x, (int, float)) else str(x)

    fields = getattr(mention, "__dict__", {})  # a model's fields: no slow attribute misses
    value, low, high = fields.get("value"), fields.get("low"), fields.get("high")
    if value is None and (low is not None or high is not None):
        shown = f"{number(low) if low is not None else '…'} .. {number(high) if high is not None else '…'}"
    else:
        shown = "null" if value is None else number(value)
    words = [QUALIFIERS.get(fields.get("qualifier") or "", "") + shown]
    words += [str(fields[f]) for f in ("currency", "unit", "mod", "id") if fields.get(f)]
    if fields.get("fiscal"):
        words.append("fiscal")
    return " ".join(words)


QUALIFIERS = {"approx": "≈ ", "gt": "> ", "gte": "≥ ", "lt": "< ", "lte": "≤ "}
