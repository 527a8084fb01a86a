"""Builders for `date.py`: each turns one rule's match into a `calendar.Draft`.

A builder reads the named groups of its match, checks what a pattern cannot (a month
of 13, 114年 outside Taiwan, a 2月30日) and returns None to reject the match. What the
text leaves to context (the year of 一季度) stays CONTEXT_YEAR for `calendar.resolve`.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import regex

from extract.numbers.grammar import fields
from extract.numbers.numerals import parse_number, read_adjacent
from extract.text.shadow import Shadow
from extract.time import date_patterns as p
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


def _year(g: dict[str, str | None], shadow: Shadow, key: str = "") -> tuple[int, bool] | None:
    """(year, known) from the year groups; None rejects the match (114年 outside Taiwan)."""
    if g.get(f"y{key}"):
        return int(g[f"y{key}"] or 0), True
    if g.get(f"yc{key}"):  # 二〇二五; 〇〇〇〇 is no year
        value = _num(g[f"yc{key}"])
        return (value, True) if value is not None and 1000 <= value <= 2999 else None
    if g.get(f"roc{key}"):  # 民国114; 民国 ran from 1912, so its years stay under 200
        value = _num(g[f"roc{key}"])
        return (value + 1911, True) if value is not None and 1 <= value <= 200 else None
    if g.get(f"tw{key}"):
        return (int(g[f"tw{key}"] or 0) + 1911, True) if shadow.region == "TW" else None
    if g.get(f"twc{key}"):  # 一百零五年, 九十九年: Taiwan text, and a plausible ROC year
        value = _num(g[f"twc{key}"]) if shadow.region == "TW" else None
        return (value + 1911, True) if value in ROC_SPELLED else None  # type: ignore[operator]
    if g.get(f"rel{key}"):
        today = _today(shadow)
        offset = words("year")[f"{g[f'rel{key}']}年"]
        return (today.year + offset, True) if today else (UNKNOWN_YEAR, False)
    return CONTEXT_YEAR, True  # 同年, or no year written: the paragraph decides


def _has_year(g: dict[str, str | None], key: str = "") -> bool:
    return any(g.get(name + key) for name in ("y", "yc", "roc", "tw", "twc", "rel", "ctx"))


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
    mod = next((mods(place)[g[k] or ""] for k, place in EDGES if g.get(k)), None)
    start = m.start()
    if g.get("mod"):
        mod = mods("suffix")[g["mod"] or ""]
    if mod == "after":
        start -= next((len(w) for w in mods("prefix") if m.string.endswith(w, 0, start)), 0)
    return Draft(start, m.end(), value, mod=mod, known=known, **extra)  # type: ignore[arg-type]


def build_year(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2025年一季度, 去年全年, 2024年3月, 民国114年, 从2022年开始, 2025年7月19日上午11时."""
    g = fields(m)
    written = any(g.get(k) for k in ("month", "quarter", "half", "whole"))
    if g.get("tw") and len(g["tw"] or "") == 2 and not written:
        return None  # 99年 alone is a count of years; 99年度 or 99年3月 is a ROC year
    found = _year(g, shadow)
    if found is None:
        return None
    if g.get("ysame"):
        if g.get("rel") or g.get("ctx") or not found[1]:
            return None  # 去年同期 is a same-period word of its own
        return Draft(m.start(), m.end(), None, same=0, same_year=found[0])
    pair = _month_pair(m, g, found[0], found[1])
    if pair is not _SINGLE:
        return pair
    value = _within(g, found[0])
    draft = _draft(m, value, known=found[1], g=g) if value else None
    if draft is not None and g.get("rel") and words("year")[f"{g['rel']}年"] != 0:
        draft.carries = False  # 明年下半年, 去年底: another year, named for one date only
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
    return _draft(m, value, g=g) if value else None


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
    return _draft(m, value)


def build_numeric(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2025-07-19, 2025/7/19 11:04, 2025.7.19: digits with separators, optional time."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(y, mo, d):
        return None
    if m["hour"]:
        return Draft(m.start(), m.end(), Period(y, "minute", mo, d, int(m["hour"]), int(m["minute"])))
    return Draft(m.start(), m.end(), Period(y, "day", mo, d))


def build_latin(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2025Q1, 1Q25, 2025H1, 1H25, Q1-Q3: quarters and halves in analysts' shorthand."""
    if m["q1"]:
        return build_quarter_range(m, shadow)
    if m["fy"]:
        return build_fiscal(m, shadow)
    if m["qn"]:  # a bare Q3: the paragraph's year
        return Draft(m.start(), m.end(), Period(CONTEXT_YEAR, "quarter", int(m["qn"])))
    y = int(m["y"]) if m["y"] else 2000 + int(m["y2"])
    n, grain = int(m["n"]), ("quarter" if m["p"] == "Q" else "half")
    if grain == "half" and n > 2:
        return None
    return Draft(m.start(), m.end(), Period(y, grain, n))


def build_fiscal(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2026财年, FY2026, 2025/26财年, 上一财年 (no year written: value null)."""
    g = fields(m)
    if g.get("frel"):
        return Draft(m.start(), m.end(), None, fiscal=True, known=False)
    fy, fy2 = g["fy"] or "", g.get("fy2")
    y = int(fy) if len(fy) == 4 else 2000 + int(fy)
    if fy2:
        y2 = int(fy2) if len(fy2) == 4 else y // 100 * 100 + int(fy2)
        low, high = _fiscal_span(y, y2, shadow)
        return Draft(m.start(), m.end(), None, low, high, fiscal=True)
    value = _within(g, y)
    return Draft(m.start(), m.end(), value, fiscal=True) if value else None



def _on(day: Period, g: dict[str, str | None]) -> Period | None:
    """The day, or the minute when a time of day is written after it."""
    if not g.get("clock"):
        return day
    at = _clock(g)
    return Period(day.year, "minute", day.n, day.day, *at) if at else None


def build_relative(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """本月 上月底 本周 上周五 昨天 今天上午10点 上季度: counted from the publication date."""
    today, g = _today(shadow), fields(m)
    if today is None:
        return _draft(m, Period(UNKNOWN_YEAR), known=False)
    if g.get("rquarter"):
        current = (today.month - 1) // 3 + 1
        shift = words("quarter").get(g["rquarter"] or "")  # None: a combination no row lists
        return _draft(m, quarter_period(today.year, current, shift)) if shift is not None else None
    if g.get("rmonth"):
        months = words("month").get(g["rmonth"] or "")
        if months is None:
            return None
        month = month_period(today.year, today.month, months)
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
        return _draft(m, None, low=monday, high=sunday)
    first = date(monday.year, monday.n, monday.day)
    return _draft(m, day_period(first + timedelta(days=words("weekday")[g["weekday"] or ""] - 1)))


def _reported(draft: Draft) -> Draft:
    """昨日, 今(9)日: the day a figure is published, never the period a 同期 compares
    (昨日公布…較去年同期: the period is the one the figures are about)."""
    draft.governs = False
    return draft


def build_same(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """同期, 上年同期: the governing period, shifted; `calendar.resolve` finds it."""
    return Draft(m.start(), m.end(), None, same=words("same")[m["same"]])


def _range(m: regex.Match[str], low: Period, high: Period, known: bool, start: int = -1) -> Draft | None:
    """low/high, and the value of the quarter, half or year they cover exactly."""
    if (low.year, low.grain, low.n) > (high.year, high.grain, high.n) and low.year != CONTEXT_YEAR:
        return None
    return Draft(m.start() if start < 0 else start, m.end(), covering(low, high), low, high, known=known)


@lru_cache(maxsize=1)
def _year_behind() -> regex.Pattern[str]:
    return regex.compile(rf"{p.year()}\Z", V)


def _year_before(m: regex.Match[str], shadow: Shadow) -> tuple[int, tuple[int, bool]] | None:
    """(start, (year, known)) of a year written just before the match (2025年 in
    2025年前三季度), else the match start and the paragraph's year. A year read back
    keeps the optional year out of the pattern's head, where it would slow the scan."""
    behind = _year_behind().search(shadow.text, max(0, m.start() - 12), m.start())
    if behind is None:
        return m.start(), (CONTEXT_YEAR, True)
    found = _year(fields(behind), shadow)
    return (behind.start(), found) if found else None


def _fiscal_span(a: int, b: int, shadow: Shadow) -> tuple[Period, Period]:
    """A split year (2024/25) in Hong Kong text is the government's April-March fiscal
    year: 2024-04 to 2025-03. Elsewhere (Taiwan's 年度 is the calendar year) whole years."""
    if shadow.region == "HK" and b == a + 1:
        return Period(a, "month", 4), Period(b, "month", 3)
    return Period(a), Period(b)


def build_year_range(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2022年至2024年, 2022-2024年, 2025/26年度: whole years at both ends."""
    a, b = int(m["a"]), int(m["b"])
    if m["b"] and len(m["b"]) == 2:
        b = a // 100 * 100 + b
        return _range(m, *_fiscal_span(a, b, shadow), True) if a < b else None
    return _range(m, Period(a), Period(b), True) if a < b else None


def build_month_range(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """1至3月, 2024年3月到5月, 2024年3月至2025年5月: the second year defaults to the first."""
    g = fields(m)
    first = _year(g, shadow)
    second = _year(g, shadow, "2") if _has_year(g, "2") else first
    m1, m2 = _num(g["m1"]), _num(g["m2"])
    if first is None or second is None or m1 is None or m2 is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    if first[0] == CONTEXT_YEAR and second[0] != CONTEXT_YEAR:
        return None
    return _range(m, Period(first[0], "month", m1), Period(second[0], "month", m2), first[1] and second[1])


def build_quarter_range(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """一至三季度, Q1-Q3, 2025年前三季度, 今年前5个月: spans of quarters or months."""
    g, before = fields(m), _year_before(m, shadow)
    if before is None:
        return None
    start, found = before
    if g.get("lead"):
        n = _num(g["lead"])
        unit = "month" if "月" in (g["unit"] or "") else "quarter"
        if n is None or n < 2 or n > (12 if unit == "month" else 4):
            return None
        if unit == "month" and found[0] == CONTEXT_YEAR and n < 3:
            return None  # 前两个月 alone is mostly "the last two months"; 前8个月 is year to date
        return _range(m, Period(found[0], unit, 1), Period(found[0], unit, n), found[1], start)
    q1, q2 = _num(g["q1"]), _num(g["q2"])
    if q1 is None or q2 is None or not 1 <= q1 < q2 <= 4:
        return None
    return _range(m, Period(found[0], "quarter", q1), Period(found[0], "quarter", q2), found[1], start)


def build_decade(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """1990年代, 90年代, 九十年代, 上世纪八十年代: a decade, low 1990 high 1999.

    A decade written without its century is the 1900s from 30 up (八十年代), the 2000s
    below (10年代); 上世纪 or 20世纪 before it says the 1900s.
    """
    g, text, begin = fields(m), m.string, m.start()
    if begin > 0 and _DECADE_GLUE.match(text, begin - 1):
        return None  # inside a number or a name: 3090年代, A90年代
    century = next((w for w in words("century") if text.endswith(w, 0, begin)), "")
    if g.get("full"):
        start = int(g["full"] or 0)
    else:
        tens = 0 if g.get("spelled") == "零零" else _num(g.get("short") or g.get("spelled"))
        if tens is None:
            return None
        start = (1900 if century or tens >= 30 else 2000) + tens
    return Draft(begin - len(century), m.end(), None, Period(start), Period(start + 9))


# A century word (date_words.tsv) is read back before a decade rather than matched: a
# pattern that starts with an optional word is tried at every character of the text.
_DECADE_GLUE = regex.compile(rf"[\d.A-Za-z{p.numerals()}]")
