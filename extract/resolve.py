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


def _free(taken: bytearray, m: Any) -> bool:
    return taken.find(1, m.start, m.end) == -1


def resolve(mentions: Iterable[Any]) -> list[Any]:
    """Mentions with overlapping numbers settled, sorted by start, end, type.

    Occupancy is a byte per character, so settling is linear in the text, not
    quadratic in the number of mentions.
    """
    mentions = list(mentions)
    if not mentions:
        return []
    size = max(m.end for m in mentions)
    names = bytearray(size)
    for m in mentions:
        if m.type in NAMES:
            names[m.start : m.end] = b"\x01" * (m.end - m.start)
    numbers = [m for m in mentions if m.type in PRIORITY and _free(names, m)]
    numbers.sort(key=lambda m: (m.start - m.end, PRIORITY.index(m.type), m.start))
    taken = bytearray(size)
    kept: list[Any] = []
    for m in numbers:
        if _free(taken, m):
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
            kept.append(m)
    others = [m for m in mentions if m.type not in PRIORITY]
    return sorted(kept + others, key=lambda m: (m.start, m.end, m.type))
