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

from extract.evaluate.values import describe

__all__ = ["Interval", "describe", "mark_up"]


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
