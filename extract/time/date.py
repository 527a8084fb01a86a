"""Dates: calendar values at the precision written, resolved against the publication date.

`RULES` is read top to bottom like a table: each rule turns a match into a
`calendar.Draft` (builders in `date_build.py`); `rules.hits` keeps the longest
non-overlapping drafts; then `calendar.resolve` fills what the text leaves to context
(the year of 一季度, the period of 上年同期). Relative words (今年, 上月, 昨天) resolve
against `shadow.published_at` and stay null without it: the clock is never read.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.numbers.scan import char_class
from extract.records import Date
from extract.rules import Rule, gated, hits
from extract.tables import alternation
from extract.text.shadow import Shadow
from extract.time import date_patterns as p
from extract.time.calendar import mods, resolve, words
from extract.time.date_build import (
    V,
    build_day,
    build_fiscal,
    build_numeric,
    build_relative,
    build_same,
    build_undated,
    build_year,
)
from extract.time.date_ranges import (
    build_day_range,
    build_decade,
    build_latin,
    build_month_range,
    build_quarter_range,
    build_year_pair,
    build_year_range,
)
from extract.time.date_weekday import weekdays
from extract.time.dateline import header_published_at

__all__ = ["RULES", "find_date", "header_published_at"]


def _rule(name: str, pattern: str, build: object) -> Rule:
    return Rule(name, regex.compile(pattern, V), build)  # type: ignore[arg-type]


def _gates() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Per rule, what each of its matches must contain (see `rules.Gated`): a pattern and
    strings one of which it holds, for the rules that fire in few articles and whose
    gate costs less than the scan it saves (measured: the range rules' gates did not).
    `\\S` stands where the rule has a digit (`re` and `regex` differ on a few rare ones)."""
    return {
        "numeric": (r"(?:19|20)\S\S[-/.]", ()),
        "latin": ("[QH][1-4]|[1-4][QH]|FY", ("Q", "H", "FY")),
        "fiscal": ("", ("财年", "财政年", "会计年")),
        "year_pair": (rf"{_single_year_words()}(?:、|和|与|及)?{_single_year_words()}两?年", ()),
        "decade": ("", ("年代",)),
        # a year, then a range word or a slash (2022年至2024年, 2025/26年度, 114至116年度)
        "year_range": (r"(?:19|20|1)\S\S年?[\s\S]?[至到\-–—~〜/]", ()),
    }


def _written() -> tuple[Rule, ...]:
    """Dates written out: digits, a year with its parts, a month, a day, a quarter."""
    nums = p.numerals()
    return (
        _rule("numeric", r"""
            (?<![\d.\-/A-Za-z])
            (?P<y>(?:19|20)\d{2})(?P<sep>[-/.])                # 2025-
            (?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])  # 07-19, same separator
            (?![.\-/]?\d)                                # not a version number 2025.7.19.3
            (?:(?:[ \t]+|T)(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?)?  # 11:04, same line
            """, build_numeric),
        _rule("year", rf"""
            {p.year()}                                     # 2025年 / 今年 / 民国114年
            {p.within_year()}?                             # 一季度 / 3月 / 7月19日上午11时 / 年底
            {p.suffix()}?                                  # 前后 / 以来 / 开始
            """, build_year),
        _rule("month", rf"""
            (?<![\d.{nums}几数个第每上下本这半前近])  # not 三个月, 上月, 前3月
            {p.month_day()}{p.suffix()}?                   # 4月份, 7月19日, 3月底
            """, build_undated),
        _rule("period", rf"""
            (?<!连续)(?<![第\dA-Za-z{nums}])    # 连续第二季度 is a count
            {p.quarter(latin=False)}{p.edge("quarter_edge", "qedge")}?  # 一季度, 三季度末 (Q1: latin)
            {p.suffix()}?                                  # 三季度后
            """, build_undated),
        _rule("half", rf"""
            (?<![前后上下本这]){p.half(latin=False)}{p.suffix()}?  # 上半年, 下半年以来
            """, build_undated),
        _rule("edge", rf"""
            (?<![\d{nums}几数多半每全今去明前后上下本同这当])  # not 一年中, 今年初
            (?:年{p.edge("year_edge", "yedge")}                # 年初, 年底
              |(?P<whole>年内|(?<![安完健])全年(?![级龄候轻]))  # 年内, 全年 (not 完全年轻)
              |(?P<yword>{alternation(mods("year_word"))}))
            {p.suffix()}?                                  # 年初, 年内, 岁末
            """, build_undated),
        _rule("day", rf"""
            (?<![\d.月第近续每这该数几余多前后去来期/\-])  # not 为期7日 (a length)
            (?P<day>\d{{1,2}})日(?![内间均线元])             # 19日, not 5日均线
            {p.clock()}?{p.suffix()}?                      # 19日上午11时, 19日起
            """, build_day),
    )


def _labelled() -> tuple[Rule, ...]:
    """Analysts' shorthand, fiscal years, words relative to the publication date, 同期."""
    num, nums = p.small_number(), p.numerals()
    return (
        _rule("latin", r"""
            (?=[\dQF])(?<![A-Za-z0-9])                   # an ASCII class first lets regex skip ahead
            (?:(?P<y>(?:19|20)\d{2})\s?(?P<p>[QH])(?P<n>[1-4])  # 2025Q1, 2025 H1
              |(?P<n>[1-4])(?P<p>[QH])(?P<y2>\d{2})        # 1Q25, 1H25
              |Q(?P<q1>[1-4])\s?[-~至到]\s?Q(?P<q2>[1-4])   # Q1-Q3 (a year before is read back)
              |Q(?P<qn>[1-4])                               # Q4: the paragraph's year
              |FY\s?(?P<fy>(?:19|20)\d{2}|\d{2})            # FY2026, FY26: fiscal
               (?:\s?(?P<quarter>Q[1-4])|\s?(?P<half>H[12]))?)  # FY26 Q1
            (?![A-Za-z0-9])
            """, build_latin),
        _rule("fiscal", rf"""
            (?:
                (?<![\d.])(?P<fy>(?:19|20)\d{{2}})(?:[/-](?P<fy2>\d{{2}}|\d{{4}}))?\s?  # 2026, 2025/26
              | (?P<frel>{alternation(w.removesuffix("财年") for w in words("fiscal"))})  # 上一: no year
            )
            (?:财|财政|会计)年度?                           # 财年, 财政年度: 年 is a literal to skip to
            (?:\s?(?:{p.quarter()}|{p.half()}))?            # 2026财年第一季度
            """, build_fiscal),
        _rule("relative_month", rf"""
            (?P<rmonth>{p.around(list(words("month")), "月")})  # 本月, 上个月: 月 is the literal
            (?:(?P<day>{num})[日号]{p.clock()}?|{p.edge("month_edge", "medge")})?  # 上月15日, 上月底
            {p.suffix()}?
            """, build_relative),
        _rule("relative_quarter", rf"""
            (?P<rquarter>{p.around(list(words("quarter")), "季")})  # 上季度: 季 is the literal
            {p.edge("quarter_edge", "qedge")}?{p.suffix()}?
            """, build_relative),
        _rule("relative", rf"""
            (?:
                (?P<rday>{alternation(words("day"))}){p.clock()}?  # 昨天, 今天上午10点
              | (?P<rdayp>{p.day_prefixes()})\((?P<dd>\d{{1,2}})\)日{p.clock()}?  # 今(19)日: Taiwan
              | (?P<rmonthp>[本上下])\((?P<mm>\d{{1,2}})\)月(?:(?P<day>{num})[日号])?  # 上(9)月, 本(11)月1日
              | (?P<rweek>{alternation(words("week"))})      # 本周, 上周
                (?:(?P<weekday>{alternation(words("weekday"))}){p.clock()}?)?  # 上周五, 下星期三下午3时
              | (?<![每上下本这逢\d{nums}])(?:周|星期|礼拜)(?P<weekday>{alternation(words("weekday"))})
                {p.clock()}?                                # 周五, 周六上午9时 (not 逢周五)
              | {p.clock(bare=True)}                        # 下午3时: the day last named
            )
            {p.suffix()}?
            """, build_relative),
        _rule("same_period", rf"""
            (?<!不)(?P<same>{alternation(words("same"))})   # 同期, 上年同期, 去年同期
          | (?<![每这])(?P<cday>{alternation(words("ctx_day"))})  # 同日, 当天: the day last named
            """, build_same),
    )


def _ranges() -> tuple[Rule, ...]:
    """Spans with two ends: years, months, quarters, and the first N of a year."""
    num, nums = p.small_number(), p.numerals()
    return (
        _rule("year_pair", rf"""
            (?P<r1>{_single_year_words()})(?:、|和|与|及)?   # 今、明年, 今明两年, 明后年
            (?P<r2>{_single_year_words()})两?年
            """, build_year_pair),
        _rule("decade", r"""  # 1990年代 90年代 九十年代; 上世纪 read back
            (?:(?P<full>1[5-9]\d0|20\d0)|(?P<short>[0-9]0)|(?P<spelled>[一二三四五六七八九]十|零零))年代
            """, build_decade),
        _rule("year_range", rf"""
            (?:(?<![\d.A-Za-z])(?P<a>(?:19|20)\d{{2}})年?{p.SEP}(?P<b>(?:19|20)\d{{2}})年度?  # 2022年至2024年
              |(?<![\d.A-Za-z])(?P<a>(?:19|20)\d{{2}})[/-](?P<a2>\d{{2}})(?:年度)?{p.SEP}  # 2027/28至
               (?P<b>(?:19|20)\d{{2}})[/-](?P<b2>\d{{2}})(?:课税|财政)?年度   # 2031/32年度: a run of them
              |(?<![\d.A-Za-z])(?P<a>(?:19|20)\d{{2}})[/-]  # 2025/26年度, 2025/2026年度
               (?P<b>\d{{2}}|(?:19|20)\d{{2}})(?:课税)?年度    # 2025/26课税年度: Hong Kong's tax year
              |(?<![\d.])(?P<ra>1\d{{2}})年?{p.SEP}(?P<rb>1\d{{2}})年度?  # 114至116年度: ROC years
            )
            """, build_year_range),
        _rule("day_range", rf"""
            (?<![\d.{nums}])(?P<m1>{num})月(?:(?P<d1>{num})[日号]?{p.SEP}  # 10月1日至; 2025年 read back
            (?:(?P<m2>{num})月)?|(?P<first>首))              # 10月首27日: from the 1st
            (?P<d2>{num})[日号天]                            # 7日, 11月11日
            """, build_day_range),
        _rule("month_range", rf"""
            {p.year()}?(?<![\d.{nums}])
            (?P<m1>{num})(?:(?:月份?)?{p.SEP}|月份?(?P<coord>{p.AND}))  # 1至, 3月到, 11月及
            {p.year("2")}?(?P<m2>{num})月份?                # 5月, 2025年5月
            """, build_month_range),
        _rule("quarter_range", rf"""
            (?<![\d{nums}第])第?(?P<q1>{num})(?:季度?)?(?:{p.SEP}|(?P<coord>{p.AND}))  # 一至, 第三和
            第?(?P<q2>{num})季度?                           # 三季度, 第四季度; 第3、4季 (季 only then)
            """, build_quarter_range),
        _rule("leading", rf"""
            (?P<first>[前首头])(?P<lead>{num})(?P<unit>个?季度|季|个月|月)  # 前三季度, 首5个月 (年 read back)
            """, build_quarter_range),
    )


def _single_year_words() -> str:
    """今 去 明 后: the one-letter year words a pair is written with (今明两年, 明后年), as a
    class; 上 本 前 are left out, being common letters that start no such pair."""
    return char_class(w[0] for w in words("year") if len(w) == 2 and w[0] not in "上本前")


def _gated(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    gates = _gates()
    return tuple(r._replace(pattern=gated(r.pattern, *gates[r.name])) if r.name in gates else r
                 for r in rules)


RULES = _gated(_written() + _labelled() + _ranges())


@lru_cache(maxsize=1)
def _never() -> regex.Pattern[str]:
    return regex.compile(alternation(words("not_date")))


def find_date(shadow: Shadow) -> list[Date]:
    """Every date in the text, resolved against `shadow.published_at` (docs/format.md)."""
    found = hits(RULES, shadow)
    stops = [m.span() for m in _never().finditer(shadow.text)]
    if stops:  # most texts name no 今日头条-like name: no overlap test per hit then
        drafts = [h.mention for h in found if not any(h.start < e and s < h.end for s, e in stops)]
    else:
        drafts = [h.mention for h in found]
    return spans(weekdays(resolve(drafts, shadow), shadow), shadow)  # type: ignore[arg-type]


_JOINT = regex.compile(p.SEP)


def spans(dates: list[Date], shadow: Shadow) -> list[Date]:
    """去年第4季至今年第3季, 2027年上半年至2028年: two dates joined by a range word, each
    with its own year, are one range (the range rules read one year for both ends)."""
    out: list[Date] = []
    for b in dates:
        a = out[-1] if out else None
        near = a is not None and b.start - a.end <= 3
        if a is not None and near and _ordered(a, b) and _JOINT.fullmatch(shadow.text, a.end, b.start):
            out[-1] = a.model_copy(update={"end": b.end, "text": shadow.surface(a.start, b.end),
                                           "value": None, "low": a.value, "high": b.value})
        else:
            out.append(b)
    return out


def _ordered(a: Date, b: Date) -> bool:
    """Two plain dates, the first earlier: the same grain in order, or an earlier year."""
    if a.value is None or b.value is None or a.mod or b.mod or a.low or b.low or a.fiscal or b.fiscal:
        return False
    if _grain(a.value) == _grain(b.value):
        return a.value < b.value
    return a.value[:4] < b.value[:4]


def _grain(timex: str) -> tuple[int, str]:
    """2025-Q3 -> (7, "Q"), 2025-07 -> (7, ""): values of one grain compare as strings."""
    return len(timex), timex[5:6] if timex[5:6].isalpha() else ""
