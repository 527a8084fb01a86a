"""Builders for `date.py`: each turns one rule's match into a `calendar.Draft`.

A builder reads the named groups of its match, checks what a pattern cannot (a month
of 13, 114年 outside Taiwan, a 2月30日) and returns None to reject the match. What the
text leaves to context (the year of 一季度) stays CONTEXT_YEAR for `calendar.resolve`.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import regex

from extract.numbers.grammar import end as group_end
from extract.numbers.grammar import fields
from extract.numbers.numerals import parse_number, read_adjacent
from extract.text.shadow import Shadow
from extract.time.calendar import (
    CONTEXT_YEAR,
    ROC_SPELLED,
    Draft,
    Period,
    covering,
    day_period,
    mods,
    month_period,
    periods,
    quarter_period,
    valid_day,
    week_bounds,
    words,
)

UNKNOWN_YEAR = 1  # the year of a relative date without published_at; its value is null
V = regex.VERBOSE


EDGES = (("yedge", "year_edge"), ("medge", "month_edge"), ("qedge", "quarter_edge"), ("yword", "year_word"))


def _num(text: str | None) -> int | None:
    """A small whole number (month, day, hour) from Arabic or Chinese numerals."""
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)  # the common case, without the general parser
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def _today(shadow: Shadow) -> date | None:
    return shadow.published_at.date() if shadow.published_at else None


@cache
def _year_groups(key: str) -> tuple[str, ...]:
    """The year group names for one end of a range ("" or "2"), built once, not as
    f-strings on every read of a year."""
    return tuple(name + key for name in ("y", "yc", "roc", "tw", "twc", "rocp", "rel"))


def _year(g: dict[str, str | None], shadow: Shadow, key: str = "") -> tuple[int, bool] | None:
    """(year, known) from the year groups; None rejects the match (114年 outside Taiwan)."""
    y, yc, roc, tw_, twc, rocp, rel = _year_groups(key)
    if g.get(y):
        return int(g[y] or 0), True
    if g.get(yc):  # 二〇二五; 〇〇〇〇 is no year
        value = _num(g[yc])
        return (value, True) if value is not None and 1000 <= value <= 2999 else None
    if g.get(roc):  # 民国114; 民国 ran from 1912, so its years stay under 200
        value = _num(g[roc])
        return (value + 1911, True) if value is not None and 1 <= value <= 200 else None
    tw = g.get(tw_) or ""
    if len(tw) == 2 and tw[0] == "0":  # 08年: 2008 anywhere (nobody counts 08 years)
        return 2000 + int(tw), True
    if tw:
        return (int(tw) + 1911, True) if shadow.region == "TW" else None
    if g.get(twc):  # 一百零五年, 九十九年: Taiwan text, and a plausible ROC year
        value = _num(g[twc]) if shadow.region == "TW" else None
        return (value + 1911, True) if value in ROC_SPELLED else None  # type: ignore[operator]
    if g.get(rocp):  # 明(116)年 (Taiwan), 明(2027)年: the bracket says which year
        value = int(g[rocp] or 0)
        return (value + 1911 if value < 1000 else value), True
    if g.get(rel):
        today = _today(shadow)
        offset = words("year")[f"{g[rel]}年"]
        return (today.year + offset, True) if today else (UNKNOWN_YEAR, False)
    return CONTEXT_YEAR, True  # 同年, or no year written: the paragraph decides


def _has_year(g: dict[str, str | None], key: str = "") -> bool:
    return any(g.get(name + key) for name in ("y", "yc", "roc", "tw", "twc", "rocp", "rel", "ctx"))


def _clock(g: dict[str, str | None]) -> tuple[int, int] | None:
    """(hour, minute) of a time of day; 下午3点 is 15:00. None when out of range."""
    hour, minute = _num(g.get("hour")), _num(g.get("minute")) or 0
    if hour is None:
        return None
    if g.get("part") and hour < 12:
        hour += words("daypart").get(g["part"] or "", words("day_hours").get(g["part"] or "", 0))
    minute = 30 if g.get("halfhour") else minute
    return (hour, minute) if hour < 24 and minute < 60 else None


def _within(g: dict[str, str | None], year: int) -> Period | None:
    """The period a year's sub-part names (一季度, 3月, 7月19日上午11时); None if invalid."""
    if g.get("quarter") or g.get("half"):
        grain = "quarter" if g.get("quarter") else "half"
        index = periods(grain).get(g[grain] or "")  # None for 四季: not a row of the table
        return Period(year, grain, index) if index else None
    if not g.get("month"):
        return Period(year)
    month = _num(g["month"])
    if month is None or not 1 <= month <= 12 or "两" in (g["month"] or ""):
        return None
    if not g.get("day"):
        return Period(year, "month", month)
    day = _num(g["day"])
    if day is None or not valid_day(year, month, day):
        return None
    if g.get("clock"):
        at = _clock(g)
        return Period(year, "minute", month, day, *at) if at else None
    return Period(year, "day", month, day)


def _draft(m: regex.Match[str], value: Period | None, known: bool = True,
           g: dict[str, str | None] | None = None, **extra: object) -> Draft:
    """A draft spanning the match, with the mod its edge or suffix words give.

    A start word (从 in 从2022年开始) is read back from the text rather than matched:
    it joins the span only when a suffix with mod `after` closes the date, and an
    optional group at the head of every pattern would slow every scan.
    """
    g = g if g is not None else fields(m)
    mod = None
    for k, place in EDGES:  # a loop, not next() over a generator made for every draft
        if g.get(k):
            mod = mods(place)[g[k] or ""]
            break
    start = m.start()
    if g.get("mod"):
        mod = mods("suffix")[g["mod"] or ""]
    if mod == "after":
        start -= next((len(w) for w in mods("prefix") if m.string.endswith(w, 0, start)), 0)
    return Draft(start, m.end(), value, mod=mod, known=known, **extra)  # type: ignore[arg-type]


def build_year(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2025年一季度, 去年全年, 2024年3月, 民国114年, 从2022年开始, 2025年7月19日上午11时."""
    g = fields(m)
    written = g.get("month") or g.get("quarter") or g.get("half") or g.get("whole")
    tw = g.get("tw") or ""
    if len(tw) == 2 and tw[0] != "0" and not written:
        return None  # 99年 alone is a count of years; 99年度 or 99年3月 is a ROC year (08年 is 2008)
    found = _year(g, shadow)
    if found is None:
        return None
    if g.get("ysame"):
        if g.get("ctx") or not found[1] or m.group() in words("same"):
            return None  # 去年同期 is a same-period word of its own (one year back)
        # 2023年同期, 今年同期 (after 明年1月至3月): the governing period in that year
        return Draft(m.start(), m.end(), None, same=0, same_year=found[0])
    pair = _month_pair(m, g, found[0], found[1])
    if pair is not _SINGLE:
        return pair
    value = _within(g, found[0])
    draft = _draft(m, value, known=found[1], g=g) if value else None
    rel = g.get("rel") or g.get("relp")  # 明年, 明(116)年
    offset = words("year")[f"{rel}年"] if rel else None
    if draft is not None and offset:
        draft.carries = False  # 明年下半年, 去年底: another year, named for one date only
    if draft is not None and offset is not None and g.get("whole") == "度":
        draft.fiscal_shift = offset  # 上年度: the fiscal year before the one reported, if any
        if offset >= 0 and (span := government_year(shadow, offset)):
            # 本年度, 明年度 in Hong Kong text: the government's year (上年度 stays a year)
            draft.value, draft.fiscal = None, True
            draft.low, draft.high = span
    return draft


_SINGLE = Draft(0, 0, None)  # `_month_pair`: not a pair, read the month as one


def _month_pair(m: regex.Match[str], g: dict[str, str | None], year: int, known: bool) -> Draft | None:
    """一二月份 is January and February (a range), never a December: two neighbouring
    Chinese digits as a month are a pair; any other digit-by-digit month is refused."""
    month = g.get("month") or ""
    if g.get("day") or len(month) != 2 or month.isascii() or any(c in month for c in "十廿"):
        return _SINGLE
    pair = read_adjacent(month)
    if pair is None or not 1 <= pair[0] < pair[1] <= 12:
        return None
    return _range(m, Period(year, "month", int(pair[0])), Period(year, "month", int(pair[1])), known)


def build_undated(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """A part of a year with no year written (一季度, 4月份, 年初): the paragraph's year."""
    g = fields(m)
    pair = _month_pair(m, g, CONTEXT_YEAR, True)
    if pair is not _SINGLE:
        return pair
    value = _within(g, CONTEXT_YEAR)
    draft = _draft(m, value, g=g) if value else None
    if draft is not None and g.get("whole") == "全年":
        draft.fiscal_shift = 0  # after a fiscal year in its sentence, that fiscal year
    return draft


def build_day(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """19日: the publication month's day (a dateline's 19日电)."""
    today, day = _today(shadow), _num(m["day"])
    if day is None or not 1 <= day <= 31:
        return None
    if today is None or not valid_day(today.year, today.month, day):
        return _draft(m, Period(UNKNOWN_YEAR), known=False)
    at = _clock(fields(m)) if m["clock"] else None
    if m["clock"] and at is None:
        return None
    value = Period(today.year, "minute" if at else "day", today.month, day, *(at or (0, 0)))
    draft = _draft(m, value)
    draft.carries = False  # its year is only the publication year, never written
    return draft


def build_numeric(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2025-07-19, 2025/7/19 11:04, 2025.7.19: digits with separators, optional time."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(y, mo, d):
        return None
    if m["hour"]:
        return Draft(m.start(), m.end(), Period(y, "minute", mo, d, int(m["hour"]), int(m["minute"])))
    return Draft(m.start(), m.end(), Period(y, "day", mo, d))


def build_fiscal(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2026财年, FY2026, 2025/26财年, 上一财年 (no year written: value null)."""
    g = fields(m)
    if g.get("frel"):
        offset = words("fiscal").get(f"{g['frel']}财年")
        if offset is not None and (span := government_year(shadow, offset)):
            return Draft(m.start(), m.end(), None, *span, fiscal=True)
        return Draft(m.start(), m.end(), None, fiscal=True, known=False)  # a company's: unknown
    fy, fy2 = g["fy"] or "", g.get("fy2")
    y = int(fy) if len(fy) == 4 else 2000 + int(fy)
    if fy2:
        y2 = int(fy2) if len(fy2) == 4 else y // 100 * 100 + int(fy2)
        low, high = _fiscal_span(y, y2, shadow, m.end())
        return Draft(m.start(), m.end(), None, low, high, fiscal=True)
    value = _within(g, y)
    return Draft(m.start(), m.end(), value, fiscal=True) if value else None



def _on(day: Period, g: dict[str, str | None]) -> Period | None:
    """The day, or the minute when a time of day is written after it."""
    if not g.get("clock"):
        return day
    at = _clock(g)
    return Period(day.year, "minute", day.n, day.day, *at) if at else None


_DAY_WORDS = ("rday", "rdayp", "rmonth", "rmonthp", "rweek", "weekday")  # a clock after one is its


def build_relative(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """本月 上月底 本周 上周五 昨天 今天上午10点 上季度: counted from the publication date."""
    today, g = _today(shadow), fields(m)
    if g.get("clock") and not any(g.get(k) for k in _DAY_WORDS):
        return build_same_day(m, shadow)  # 下午3时 alone
    if today is None:
        return _draft(m, Period(UNKNOWN_YEAR), known=False)
    if g.get("rquarter"):
        current = (today.month - 1) // 3 + 1
        shift = words("quarter").get(g["rquarter"] or "")  # None: a combination no row lists
        return _draft(m, quarter_period(today.year, current, shift)) if shift is not None else None
    if g.get("rmonth") or g.get("rmonthp"):
        months = words("month").get(g.get("rmonth") or f"{g['rmonthp']}月")
        if months is None:
            return None
        month = month_period(today.year, today.month, months)
        written = _num(g.get("mm"))  # 上(9)月: the written month wins over the count
        if written is not None:
            if not 1 <= written <= 12:
                return None
            month = Period(month.year, "month", written)
        day = _num(g.get("day"))
        if day is None:
            return _draft(m, month)
        on = _on(Period(month.year, "day", month.n, day), g) if valid_day(month.year, month.n, day) else None
        return _draft(m, on) if on else None
    if g.get("rday"):
        evening = words("day_hours").get(g["rday"] or "")  # 今晚8点 is 20:00
        if evening is not None and not g.get("part"):
            g = {**g, "part": g["rday"]}
        on = _on(day_period(today + timedelta(days=words("day")[g["rday"] or ""])), g)
        return _reported(_draft(m, on)) if on else None
    if g.get("rdayp"):  # 今(19)日: the written day wins over the count from published_at
        near = today + timedelta(days=words("day")[f"{g['rdayp']}日"])
        day = _num(g["dd"]) or 0
        if not valid_day(near.year, near.month, day):
            return None
        on = _on(Period(near.year, "day", near.month, day), g)
        return _reported(_draft(m, on)) if on else None
    monday, sunday = week_bounds(today, words("week").get(g["rweek"] or "", 0))
    if not g.get("weekday"):
        week = _draft(m, None, low=monday, high=sunday)
        week.carries = False
        return week
    first = date(monday.year, monday.n, monday.day)
    on = _on(day_period(first + timedelta(days=words("weekday")[g["weekday"] or ""] - 1)), g)
    draft = _draft(m, on) if on else None
    if draft is not None:
        draft.carries = False  # a weekday gives no year: （星期日） after 1月31日 is no context
    return draft


def _reported(draft: Draft) -> Draft:
    """昨日, 今(9)日: the day a figure is published, never the period a 同期 compares
    (昨日公布…較去年同期: the period is the one the figures are about)."""
    draft.governs = False
    return draft


def build_same(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """同期, 上年同期: the governing period, shifted; `calendar.resolve` finds it."""
    if m["cday"]:
        return build_same_day(m, shadow)
    return Draft(m.start(), m.end(), None, same=words("same")[m["same"]])


def build_same_day(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """同日, 当天, and a bare 下午3时: on the day named last in the article, else the
    publication day; `calendar.resolve` finds it."""
    today, g = _today(shadow), fields(m)
    at = _clock(g) if g.get("clock") else None
    if g.get("clock") and at is None:
        return None
    end = group_end(m, "clock") if at else m.end()  # 下午3时开始: a time, not a start
    if today is None:
        return Draft(m.start(), end, None, known=False, same_day=True, carries=False)
    value = Period(today.year, "minute", today.month, today.day, *at) if at else day_period(today)
    # it takes the day named before it and gives no year of its own: after 明年1月12日 a
    # bare 凌晨0时 must not make the next 1月8日 this year's
    return Draft(m.start(), end, value, same_day=True, carries=False)


def _range(m: regex.Match[str], low: Period, high: Period, known: bool, start: int = -1) -> Draft | None:
    """low/high, and the value of the quarter, half or year they cover exactly."""
    if (low.year, low.grain, low.n) > (high.year, high.grain, high.n) and low.year != CONTEXT_YEAR:
        return None
    return Draft(m.start() if start < 0 else start, m.end(), covering(low, high), low, high, known=known)


def government_year(shadow: Shadow, offset: int = 0) -> tuple[Period, Period] | None:
    """The Hong Kong government's fiscal year (April to March) `offset` years after the
    one running at publication: 本财政年度 in a November 2026 text is 2026-04..2027-03.
    None outside Hong Kong text or without a publication date: there the year is unknown."""
    today = shadow.published_at
    if shadow.region != "HK" or today is None:
        return None
    year = (today.year if today.month >= 4 else today.year - 1) + offset
    return Period(year, "month", 4), Period(year + 1, "month", 3)


def _fiscal_span(a: int, b: int, shadow: Shadow, end: int = -1) -> tuple[Period, Period]:
    """A split year (2024/25) in Hong Kong text is the government's April-March fiscal
    year: 2024-04 to 2025-03, unless its last day is written right after it (2025/26財政
    年度（截至2026年9月30日止）: 2025-10 to 2026-09). Elsewhere (Taiwan's 年度 is the
    calendar year) whole years."""
    if shadow.region != "HK" or b != a + 1:
        return Period(a), Period(b)
    closing = _CLOSING.match(shadow.text, end) if end >= 0 else None
    if closing is not None and int(closing["y"]) == b and 1 <= int(closing["m"]) <= 12:
        last = Period(b, "month", int(closing["m"]))
        return month_period(b, last.n, -11), last
    return Period(a, "month", 4), Period(b, "month", 3)


# （截至2026年9月30日止）: the last day of a fiscal year, written right after it.
_CLOSING = regex.compile(r"\s?[(（]?\s?截至\s?(?P<y>(?:19|20)\d{2})年(?P<m>1[0-2]|0?[1-9])月")
