"""Where an article comes from decides what a bare 元 means (CNY, TWD or HKD).

A record's `region` wins; without one, cue words from `data/region.tsv` vote with their
weights. No cue at all means mainland usage, the most common case.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

from extract.records import Region
from extract.tables import read_table


@lru_cache(maxsize=1)
def _cues() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[Region, int]]]:
    """One automaton over every cue word: one pass over the text, leftmost-longest."""
    rows = read_table("region.tsv")
    cues = [r["cue"] for r in rows]
    weights = [(r["region"], int(r["weight"])) for r in rows]
    matcher = ahocorasick_rs.AhoCorasick(cues, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)
    return matcher, weights  # type: ignore[return-value]


def detect_region(shadow: str) -> Region:
    """The region whose cues weigh most in `shadow`; CN when no cue is found.

    >>> detect_region("营收达新台币50亿元")
    'TW'
    >>> detect_region("本港楼市")
    'HK'
    >>> detect_region("营收11亿元")
    'CN'
    """
    matcher, weights = _cues()
    score: dict[Region, int] = {}
    for index, _, _ in matcher.find_matches_as_indexes(shadow):
        region, weight = weights[index]
        score[region] = score.get(region, 0) + weight
    if not score:
        return "CN"
    return max(score, key=lambda r: (score[r], r == "CN"))
