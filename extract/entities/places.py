"""Places named after a known place: its station, line, river or development zone.

`place_feature` (kind `place_feature` in `entity_triggers.tsv`: 站, 东站, 线, 河, 新区,
经济技术开发区 ...): a known place right before the feature word makes one location,
valued as written (汉口站, 东涌东站, 东涌线, 基隆河, 武汉经济技术开发区), and the place is
not a location of its own inside it (the longer span wins in `entities._select`). A country
or continent before the word is left alone (中国站 is a leg of a tour, 美国线 a route).
"""

from __future__ import annotations

import regex

from extract.entities.lexicon import entries
from extract.entities.tables import Draft, draft
from extract.text.shadow import Shadow

COUNTRIES = "location.cldr.tsv"  # countries and continents: not the place of a station


def _place_before(text: str, pos: int) -> int | None:
    """Start of the longest known place (2-6 characters, not a country) ending at `pos`."""
    known = entries()
    for size in range(min(6, pos), 1, -1):
        word = text[pos - size : pos]
        if word in known and any(e.type == "location" and e.source != COUNTRIES for e in known[word]):
            return pos - size
    return None


def build_place_feature(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """汉口站, 东涌东站, 基隆河, 武汉经济技术开发区: a known place, then the feature word."""
    start = _place_before(shadow.text, m.start())
    if start is None:
        return None
    return draft("location", shadow, start, m.end())
