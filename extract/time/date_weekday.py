"""Dates written with their weekday in brackets, as Taiwan and Hong Kong notices do:
`1月15日（星期五）上午10時`, `本週五（22日）`, `周六（9日）凌晨1時至早上7時`.

A post-pass over resolved dates: the bracket joins the date it follows (the weekday or
the day named in it is no date of its own), and a clock time right after the bracket is
on that day. Read after the rules, since each part is a mention they already find.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.records import Date
from extract.tables import alternation
from extract.text.shadow import Shadow
from extract.time.calendar import mods

_DAY = 10  # len("2025-01-15"): a day's timex; a clock time is longer


@lru_cache(maxsize=1)
def _weekday() -> regex.Pattern[str]:
    return regex.compile(r"[（(] ?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天] ?[）)]")


@lru_cache(maxsize=1)
def _day() -> regex.Pattern[str]:
    return regex.compile(r"[（(] ?[0-9]{1,2}[日号號] ?[）)]")


@lru_cache(maxsize=1)
def _weekday_word() -> regex.Pattern[str]:
    return regex.compile(r"(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\Z")


def weekdays(dates: list[Date], shadow: Shadow) -> list[Date]:
    """Join each bracketed weekday or day to its date, then a touching clock time."""
    out: list[Date] = []
    i = 0
    while i < len(dates):
        a, i = dates[i], i + 1
        joined = _bracket(a, dates[i:], shadow)
        if joined is not None:
            a, skip = joined
            i += skip
            if i < len(dates) and (clock := _clock(a, dates[i], shadow)) is not None:
                a, i = clock, i + 1
            a = _suffix(a, shadow)
        out.append(a)
    return out


@lru_cache(maxsize=1)
def _suffix_word() -> regex.Pattern[str]:
    return regex.compile(alternation(mods("suffix")))


def _suffix(a: Date, shadow: Shadow) -> Date:
    """A mod word after the bracket or its clock time (2月2日（星期二）或之前, 1月12日（星期二）
    凌晨0时起): the rules saw the bracket between them and the date."""
    m = _suffix_word().match(shadow.text, a.end)
    if m is None or a.mod is not None:
        return a
    return a.model_copy(update={"end": m.end(), "text": shadow.surface(a.start, m.end()),
                                "mod": mods("suffix")[m.group()]})


def _bracket(a: Date, rest: list[Date], shadow: Shadow) -> tuple[Date, int] | None:
    """(the date with its bracket, mentions inside the bracket) or None: a day followed
    by （星期五）, or a weekday word followed by （22日）, whose day then gives the value."""
    text = shadow.text
    day = a.value is not None and len(a.value) == _DAY and a.low is None
    m = _weekday().match(text, a.end) if day else None
    value = a.value
    if m is None and a.value is not None and _weekday_word().search(text, a.start, a.end):
        m = _day().match(text, a.end)
        inner = [b for b in rest if b.start >= a.end and b.end <= (m.end() if m else -1)]
        if m is None or len(inner) != 1 or inner[0].value is None or len(inner[0].value) != _DAY:
            return None
        value = inner[0].value
    if m is None:
        return None
    inside = sum(1 for b in rest if b.start >= a.end and b.end <= m.end())
    return a.model_copy(update={"end": m.end(), "text": shadow.surface(a.start, m.end()),
                                "value": value}), inside


def _clock(a: Date, b: Date, shadow: Shadow) -> Date | None:
    """A clock time (or a clock range) touching the bracket, with no day of its own, on
    a's day: 上午10時 after 1月15日（星期五） is 2027-01-15T10:00."""
    if b.start != a.end or a.value is None or "月" in b.text or "日" in b.text:
        return None
    day = a.value[:_DAY]
    times = {k: getattr(b, k) for k in ("value", "low", "high")}
    if not any(t is not None and len(t) > _DAY for t in times.values()):
        return None
    moved = {k: (day + t[_DAY:] if t is not None and len(t) > _DAY else t) for k, t in times.items()}
    return a.model_copy(update={**moved, "end": b.end, "text": shadow.surface(a.start, b.end),
                                "mod": b.mod})
