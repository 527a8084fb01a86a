"""An article's text as HTML with its mentions and sentences marked, offsets untouched.

Marks nest: a mention inside another (a location inside an organisation's span) becomes
a mark inside a mark. Spans that cross rather than nest cannot be one element each, so
the one that is cut is continued in a second element of class `part` with the same
`data-i`; every mention thus has exactly one `mark.m`, and the page's mark count equals
the record's mention count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any


@dataclass(frozen=True)
class Interval:
    """A span to wrap: `tag` and `attrs` of its element; `order` breaks ties (outer first)."""

    start: int
    end: int
    tag: str
    attrs: dict[str, str]
    order: int = 0

    def open(self, part: bool = False) -> str:
        attrs = dict(self.attrs)
        if part:
            attrs["class"] = attrs.get("class", "").replace("m ", "part ", 1)
        return f"<{self.tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items()) + ">"

    def close(self) -> str:
        return f"</{self.tag}>"


def mark_up(text: str, intervals: Sequence[Interval]) -> str:
    """`text` escaped, each interval wrapped; crossing intervals split as described above."""
    ordered = sorted((iv for iv in intervals if 0 <= iv.start < iv.end <= len(text)),
                     key=lambda iv: (iv.start, -iv.end, iv.order))
    points = sorted({0, len(text), *(iv.start for iv in ordered), *(iv.end for iv in ordered)})
    out: list[str] = []
    stack: list[Interval] = []
    queue = list(reversed(ordered))
    for here, following in zip(points, points[1:] + [None]):
        _close_at(here, stack, out)
        while queue and queue[-1].start == here:
            iv = queue.pop()
            out.append(iv.open())
            stack.append(iv)
        if following is not None:
            out.append(escape(text[here:following]))
    return "".join(out)


def _close_at(here: int, stack: list[Interval], out: list[str]) -> None:
    """Close every open interval ending at `here`; those opened after one of them and
    still running are closed too and reopened as parts."""
    if not any(iv.end == here for iv in stack):
        return
    depth = min(i for i, iv in enumerate(stack) if iv.end == here)
    cut = stack[depth:]
    del stack[depth:]
    out.extend(iv.close() for iv in reversed(cut))
    for iv in cut:
        if iv.end > here:
            out.append(iv.open(part=True))
            stack.append(iv)


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
