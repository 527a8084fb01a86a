"""Settles overlaps between extractors, which each see the text alone.

Numbers and times compete for the same characters (2024年 is a date, not a quantity of
年): the longest span wins, then the type earlier in `PRIORITY`. A number inside a
product or organization name (CloudMatrix 384, 21世纪经济报道) is part of the name and
is dropped. Entities of different types may nest only where the entity extractor put
them (英伟达中国区 is two names side by side, never one inside the other).
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import Any

PRIORITY = ("date", "duration", "money", "percent", "quantity")
NAMES = ("product", "org")


# Sort keys read off these tables with one lookup per mention (`index` on a tuple and a
# lambda per comparison key cost more than the rest of settling).
_RANK = {t: i for i, t in enumerate(PRIORITY)}
_NAMES = frozenset(NAMES)
_POSITION = attrgetter("start", "end", "type")


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
    ranked: list[tuple[int, int, int, int, Any]] = []
    others: list[Any] = []
    for m in mentions:
        rank = _RANK.get(m.type)
        if rank is None:
            others.append(m)
            if m.type in _NAMES:
                names[m.start : m.end] = b"\x01" * (m.end - m.start)
        else:
            ranked.append((m.start - m.end, rank, m.start, len(ranked), m))
    ranked.sort()  # the running count keeps equal keys in input order, as a stable sort
    taken = bytearray(size)
    kept: list[Any] = []
    for _, _, start, _, m in ranked:
        end = m.end
        if names.find(1, start, end) == -1 and taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            kept.append(m)
    out = kept + others
    out.sort(key=_POSITION)  # stable: equal keys keep this order
    return out
