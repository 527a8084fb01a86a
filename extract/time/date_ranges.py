"""Builders of `date.py`'s spans with two ends: ranges of years, months and quarters, the
first N months or quarters of a year (前8个月, 首三季), decades and analysts' Q1-Q3.

Split from `date_build.py`, whose helpers (`_year`, `_range`) they share; each returns a
`calendar.Draft` or None to reject the match.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.numbers.grammar import fields
from extract.text.shadow import Shadow
from extract.time import date_patterns as p
from extract.time.calendar import CONTEXT_YEAR, ROC_SPELLED, Draft, Period, month_period, valid_day, words
from extract.time.date_build import V, _fiscal_span, _has_year, _num, _range, _year, build_fiscal


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


def build_year_range(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """2022年至2024年, 2022-2024年, 2025/26年度, 2025/2026年度, Taiwan's 114至116年度:
    whole years at both ends (a Hong Kong split year: its fiscal year)."""
    if m["ra"]:
        a, b = int(m["ra"]), int(m["rb"])
        if shadow.region != "TW" or a not in ROC_SPELLED or b not in ROC_SPELLED:
            return None  # only Taiwan text, and years 民國100-130 (the pattern reads 1xx)
        return _range(m, Period(a + 1911), Period(b + 1911), True) if a < b else None
    a, b = int(m["a"]), int(m["b"])
    if m["a2"]:  # 2027/28至2031/32年度: from the first one's start to the last one's end
        if int(m["a2"]) != (a + 1) % 100 or int(m["b2"]) != (b + 1) % 100 or b < a:
            return None
        low, high = _fiscal_span(a, a + 1, shadow)[0], _fiscal_span(b, b + 1, shadow, m.end())[1]
        draft = _range(m, low, high, True)
        if draft is not None:
            draft.value, draft.fiscal = None, shadow.region == "HK"
        return draft
    if len(m["b"]) == 2:
        b = a // 100 * 100 + b  # 2025/26
    split = m.group()[4:5] in ("/", "-") and m.group().endswith("年度") and b == a + 1
    if split:  # 2025/26年度, 2025/2026年度: a fiscal year in Hong Kong text
        draft = _range(m, *_fiscal_span(a, b, shadow, m.end()), True)
        if draft is not None:
            draft.fiscal = shadow.region == "HK"
            draft.carries = False  # a bare 1月 after 2025/26年度 is not January 2025
        return draft
    return _range(m, Period(a), Period(b), True) if a < b else None


def build_year_pair(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """今、明年, 今明两年, 明后年: two neighbouring years counted from publication."""
    a, b = words("year").get(f"{m['r1']}年"), words("year").get(f"{m['r2']}年")
    if a is None or b is None or b != a + 1:
        return None
    if shadow.published_at is None:
        return Draft(m.start(), m.end(), None, known=False)
    year = shadow.published_at.year
    return _range(m, Period(year + a), Period(year + b), True)


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
    if g.get("coord") and (m2 != m1 + 1 or second is not first):
        return None  # 3月和5月 are two months; 11月及12月 one span
    return _range(m, Period(first[0], "month", m1), Period(second[0], "month", m2), first[1] and second[1])


def build_day_range(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """10月1日至7日, 10月20日至11月11日, 2025年7月19日到21日, 10月首27日: days at both ends."""
    g, before = fields(m), _year_before(m, shadow)
    if before is None:
        return None
    begin, found = before
    first_day = 1 if g.get("first") else _num(g["d1"])  # 10月首27日 starts on the 1st
    ends = [_num(g["m1"]), first_day, _num(g["m2"]) if g.get("m2") else _num(g["m1"]), _num(g["d2"])]
    if found is None or any(n is None for n in ends):
        return None
    year, (m1, d1, m2, d2) = found[0], [n or 0 for n in ends]
    if not (1 <= m1 <= 12 and valid_day(year, m1, d1) and valid_day(year, m2, d2)) or (m1, d1) >= (m2, d2):
        return None
    return _range(m, Period(year, "day", m1, d1), Period(year, "day", m2, d2), found[1], begin)


def build_quarter_range(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """一至三季度, Q1-Q3, 2025年前三季度, 今年前5个月: spans of quarters or months."""
    g, before = fields(m), _year_before(m, shadow)
    if before is None:
        return None
    start, found = before
    if g.get("lead"):
        return _leading(m, g, shadow, start, found)
    if not g.get("coord") and m.group().endswith("季"):
        return None  # 一至三季 is no range; 第3、4季 is
    q1, q2 = _num(g["q1"]), _num(g["q2"])
    if q1 is None or q2 is None or not 1 <= q1 < q2 <= 4 or (g.get("coord") and q2 != q1 + 1):
        return None
    draft = _range(m, Period(found[0], "quarter", q1), Period(found[0], "quarter", q2), found[1], start)
    if draft is not None and g.get("coord"):
        draft.value = None  # 第3、4季: two quarters named, no single value (docs/format.md)
    return draft


def _leading(m: regex.Match[str], g: dict[str, str | None], shadow: Shadow, start: int,
             found: tuple[int, bool]) -> Draft | None:
    """前8个月, 首三季, 今年首十個月, 头九个月: the first N months or quarters of the year read back
    (or the paragraph's); after a Hong Kong fiscal year (2026/27财政年度首七个月) its first
    N months from April."""
    n = _num(g["lead"])
    unit = "month" if "月" in (g["unit"] or "") else "quarter"
    if n is None or n < 2 or n > (12 if unit == "month" else 4):
        return None
    fiscal = _fiscal_before(m, shadow) if unit == "month" else None
    if fiscal is not None:
        first_month, begin = fiscal
        low = Period(first_month.year, "month", first_month.n)
        high = month_period(low.year, low.n, n - 1)
        return Draft(begin, m.end(), None, low, high, fiscal=True)
    if unit == "month" and found[0] == CONTEXT_YEAR and n < 3 and g.get("first") == "前":
        return None  # 前两个月 alone is mostly "the last two months"; 前8个月 is year to date
    return _range(m, Period(found[0], unit, 1), Period(found[0], unit, n), found[1], start)


@lru_cache(maxsize=1)
def _fiscal_behind() -> regex.Pattern[str]:
    return regex.compile(r"""
        (?:(?<![\d.])(?P<fy>(?:19|20)\d{2})[/-](?P<fy2>\d{2}|\d{4})  # 2026/27
           (?:财政|财|会计|课税)?年度                  # 2026/27年度 (Hong Kong: a fiscal year)
          |(?P<frel>本|今)(?:财政|财|会计)年度?)      # 本财政年度: the current one
        \s?\Z""", V)


def _fiscal_before(m: regex.Match[str], shadow: Shadow) -> tuple[Period, int] | None:
    """(first month, start) of a Hong Kong April-March fiscal year written just before."""
    if shadow.region != "HK":
        return None
    behind = _fiscal_behind().search(shadow.text, max(0, m.start() - 12), m.start())
    if behind is None:
        return None
    if behind["frel"]:
        today = shadow.published_at
        if today is None:
            return None
        return Period(today.year if today.month >= 4 else today.year - 1, "month", 4), behind.start()
    fy, fy2 = int(behind["fy"]), int(behind["fy2"]) % 100
    return (Period(fy, "month", 4), behind.start()) if fy2 == (fy + 1) % 100 else None


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
