"""Where an article comes from decides what a bare 元 means (CNY, TWD or HKD).

A record's `region` wins; without one, cue words from `data/region.tsv` vote with their
weights. No cue at all means mainland usage, the most common case.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.records import Region
from extract.tables import alternation, read_table


@lru_cache(maxsize=1)
def _cues() -> tuple[regex.Pattern[str], dict[str, tuple[Region, int]]]:
    rows = read_table("region.tsv")
    weights = {r["cue"]: (r["region"], int(r["weight"])) for r in rows}
    return regex.compile(alternation(weights)), weights  # type: ignore[return-value]


def detect_region(shadow: str) -> Region:
    """The region whose cues weigh most in `shadow`; CN when no cue is found.

    >>> detect_region("营收达新台币50亿元")
    'TW'
    >>> detect_region("本港楼市")
    'HK'
    >>> detect_region("营收11亿元")
    'CN'
    """
    pattern, weights = _cues()
    score: dict[Region, int] = {}
    for cue in pattern.findall(shadow):
        region, weight = weights[cue]
        score[region] = score.get(region, 0) + weight
    if not score:
        return "CN"
    return max(score, key=lambda r: (score[r], r == "CN"))
