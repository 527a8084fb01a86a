"""Settles overlaps between extractors, which each see the text alone.

Numbers and times compete for the same characters (2024年 is a date, not a quantity of
年): the longest span wins, then the type earlier in `PRIORITY`. A number inside a
product or organization name (CloudMatrix 384, 21世纪经济报道) is part of the name and
is dropped. Entities of different types may nest only where the entity extractor put
them (英伟达中国区 is two names side by side, never one inside the other).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

PRIORITY = ("date", "duration", "money", "percent", "quantity")
NAMES = ("product", "org")


def _overlaps(a: Any, b: Any) -> bool:
    return bool(a.start < b.end and b.start < a.end)


def resolve(mentions: Iterable[Any]) -> list[Any]:
    """Mentions with overlapping numbers settled, sorted by start, end, type."""
    mentions = list(mentions)
    names = [m for m in mentions if m.type in NAMES]
    numbers = [m for m in mentions if m.type in PRIORITY and not any(_overlaps(m, n) for n in names)]
    numbers.sort(key=lambda m: (m.start - m.end, PRIORITY.index(m.type), m.start))
    kept: list[Any] = []
    for m in numbers:
        if not any(_overlaps(m, k) for k in kept):
            kept.append(m)
    others = [m for m in mentions if m.type not in PRIORITY]
    return sorted(kept + others, key=lambda m: (m.start, m.end, m.type))
