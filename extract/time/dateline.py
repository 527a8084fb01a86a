"""The publication time written at the top of an article, for inputs without `published_at`.

News pages carry it on a header line of its own (热门资讯> 正文 / 2025-07-19 11:04) or
after a label (发布时间：2025-07-19 11:04). Only short lines among the first few are
read: a date in the body is an event, not the time of writing. A time without a zone
is UTC+8, the zone of nearly all Chinese-language news.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import regex

from extract.text.published import CHINA
from extract.text.shadow import to_shadow

HEADER_LINES = 6  # non-blank lines read from the top
HEADER_WIDTH = 60  # longer lines are body text

_STAMP = regex.compile(
    r"""
    (?<![\d.])
    (?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*             # 2025- / 2025年
    (?P<m>1[0-2]|0?[1-9])\s*(?:[-/.]|月)\s*             # 07- / 7月
    (?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\s*日?              # 19 / 19日
    (?:\s*T?\s*(?P<H>[01]?\d|2[0-3])\s*[:时]\s*(?P<M>[0-5]\d)  # 11:04, 11时04
       (?:\s*[:分]\s*(?P<S>[0-5]\d))?)?                 # :00
    \s*(?P<tz>Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\s*[+-]\s*\d{1,2}|北京时间)?  # a written zone
    """,
    regex.VERBOSE,
)


def _zone(written: str | None) -> timezone:
    """The zone written after the time; UTC+8 when none (or 北京时间) is written."""
    if not written or written == "北京时间":
        return CHINA
    if written == "Z":
        return timezone.utc
    sign = -1 if "-" in written else 1
    digits = regex.sub(r"\D", "", written)
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) >= 3 else (int(digits), 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def header_published_at(text: str) -> datetime | None:
    """The date-time on a header line at the top of `text`, as an aware datetime, or None.

    >>> header_published_at("热门资讯> 正文\\n2025-07-19 11:04\\n「我们…」").isoformat()
    '2025-07-19T11:04:00+08:00'
    >>> header_published_at("發布時間：2025年7月19日 11:04").isoformat()
    '2025-07-19T11:04:00+08:00'
    >>> header_published_at("他说2025年7月19日将发布新品，" + "很长的句子" * 20) is None
    True
    """
    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()]
    for line in lines[:HEADER_LINES]:
        if len(line) > HEADER_WIDTH:
            continue
        m = _STAMP.search(to_shadow(line))  # only the few short header lines are converted
        if m is None:
            continue
        try:
            return datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0),
                            int(m["M"] or 0), int(m["S"] or 0), tzinfo=_zone(m["tz"]))
        except ValueError:  # 2月30日, or a zone beyond ±24h
            continue
    return None
