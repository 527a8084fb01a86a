"""Pattern pieces for `date.py`, built once from the tables in `extract/data/date_*.tsv`.

Each piece is a VERBOSE regex fragment with named groups; `date.py` composes them into
rules. Pieces that appear twice in one rule (the two years of a range) take a `key`
so that their group names stay apart. Numeral characters come from
`data/numerals.tsv`, word lists from `calendar.words/periods/mods`.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.numbers.numerals import numeral_chars
from extract.tables import alternation, read_table
from extract.time.calendar import mods, periods, words


def digits() -> str:
    """Chinese digit characters (〇 一 两 ... 玖), for a character class."""
    return numeral_chars("digit")


@lru_cache(maxsize=1)
def numerals() -> str:
    """Digits plus 十 and 廿 卅: enough for a month, a day or an hour (十九, 廿五)."""
    rows = read_table("numerals.tsv")
    extra = [r["char"] for r in rows if r["kind"] == "tens" or (r["kind"] == "small" and r["value"] == "10")]
    return digits() + "".join(regex.escape(c) for c in extra)


def small_number() -> str:
    """A month, day, hour or quarter number: 1-2 Arabic digits or up to 3 numerals."""
    return rf"(?:\d{{1,2}}|[{numerals()}]{{1,3}})"


def year_prefixes(kind: str) -> str:
    """Year words of `kind` without their 年 (今 for 今年), so that a pattern writes 年 once.

    A literal every match must contain lets `regex` skip ahead to it; one 年 after the
    alternation makes the year rules several times faster than 年 inside each branch.
    """
    return alternation(w.removesuffix("年") for w in words(kind))


def day_prefixes() -> str:
    """Day words without their 日 (今 for 今日), for Taiwan's 今(19)日 and 昨(18)日."""
    return alternation(w.removesuffix("日") for w in words("day") if w.endswith("日"))


def year(key: str = "") -> str:
    """A year: 2025年, 二〇二五年, 民国114年, 114年 (Taiwan: the builder checks), 今年."""
    return rf"""
    (?:(?:
        (?<![\d.A-Za-z])(?<![A-Za-z]\s)          # not inside a number or a name (Computex 2025)
        (?P<y{key}>1[5-9]\d\d|2[01]\d\d)          # 2025
      | (?P<yc{key}>[{digits()}]{{4}})             # 二〇二五, digit by digit
      | 民国(?P<roc{key}>\d{{1,3}}|[{numerals()}百]{{1,6}})  # 民国114, 民国一百一十四
      | (?<![\d.])(?P<tw{key}>\d{{2,3}})(?=年(?![级期]))  # 114年: ROC in Taiwan text; 08年: 2008
      | (?<![{numerals()}百])(?P<twc{key}>[{numerals()}百]{{2,6}})(?=年(?![级期来间代]))  # 一百零五年, TW
      | (?P<relp{key}>[今明去])\((?P<rocp{key}>1\d{{2}}|(?:19|20)\d{{2}})\)  # 明(116)年: written
      | (?P<rel{key}>{year_prefixes("year")})      # 今年 去年 明年: from published_at
      | (?P<ctx{key}>{year_prefixes("ctx_year")})  # 同年: the paragraph's year
    )(?:(?<=\d)\x20)?年(?!代))                       # 年 (2025 年: one space), not 1990年代
    """


def edge(place: str, group: str) -> str:
    """An edge word at `place` (初 底 上旬 ...); a bare 中 only before a non-Han (2025年中国)."""
    return rf"(?:(?P<{group}>{alternation(mods(place))})(?:(?<!中)|(?!\p{{Han}})))"


def around(words_: list[str], core: str) -> str:
    """`(?:heads)core(?:tails)?` for words that all contain `core` (一季度 -> 一 季 度).

    Written this way the core is a literal every match contains, and `regex` skips
    ahead to it instead of trying each word at every character; the builder looks the
    whole match up in the table, so a combination no row lists (四季) is rejected.
    """
    heads = alternation(w.partition(core)[0] for w in words_)
    tails = alternation(w.partition(core)[2] for w in words_)
    return f"(?:{heads}){core}(?:{tails})?"


def _period(group: str, kind: str, core: str, latin: bool) -> str:
    """Han period words around `core` and, unless `latin` is False, the Latin forms (Q1,
    H2) where no letter or digit follows."""
    words_ = periods(kind)
    han = around([w for w in words_ if not w.isascii()], core)
    if not latin:
        return f"(?P<{group}>{han})"
    latin_words = alternation(w for w in words_ if w.isascii())
    return rf"(?P<{group}>{han}|(?:{latin_words})(?![\dA-Za-z]))"


def quarter(latin: bool = True) -> str:
    """一季度, 第三季, 首季 and, unless `latin` is False, Q1 where no letter or digit follows."""
    return _period("quarter", "quarter", "季", latin)


def half(latin: bool = True) -> str:
    """上半年, 下半年 and, after a year, H1 H2 (never alone: H20 is a chip)."""
    return _period("half", "half", "半年", latin)


def clock(bare: bool = False) -> str:
    """A time of day after a date: 11:04, 上午11时, 下午3点半, 10时30分; `bare`: on its
    own, where the part of the day is required and written first (下午3时)."""
    space, optional = ("", "") if bare else (r"[ \t]?", "?")
    sizes = {len(w) for w in words("daypart")}
    reach = "." * sizes.pop() if len(sizes) == 1 else None  # the lookbehind skips back over the part
    alone = "" if not bare or reach is None else rf"(?<![\d{numerals()}日号天晚早]{reach})"  # not 19日下午
    before = rf"(?<![\d{numerals()}日号天晚早])" if bare and reach is None else ""
    return rf"""
    {before}(?P<clock>{space}
        (?P<part>{alternation(words("daypart"))}){optional}{alone}  # 上午 下午 晚上
        (?P<hour>{small_number()})                    # 11, 十一
        (?:
            [:](?P<minute>[0-5]\d)(?::[0-5]\d)?       # :04 or :04:00
          | [时点](?:(?P<minute>[0-5]?\d|[{numerals()}]{{1,3}})分|(?P<halfhour>半))?  # 时 / 点 / 30分 / 半
        )
    )"""


def month_day() -> str:
    """A month with an optional day (and time) or month edge: 7月19日上午11时, 3月底, 4月份."""
    return rf"""
    (?P<month>{small_number()})(?:\x20(?<=年\x20\d{{1,2}}\x20))?月份?  # 7月, 4月份, 2025 年 3 月
    (?:
        (?:\x20(?<=\d\x20月\x20)(?=\d))?          # 2025 年 3 月 19 日: spaced like its year
        (?P<day>{small_number()})(?:\x20(?<=月\x20\d{{1,2}}\x20))?[日号]{clock()}?  # 19日, 19号
      | {edge("month_edge", "medge")}               # 3月初, 3月中旬, 3月底
    )?"""


def within_year() -> str:
    """What may follow a year: an edge, the whole year, a half, a quarter, a month, 同期."""
    return rf"""
    (?:(?:\x20(?<=\d\x20年\x20)(?=\d{{1,2}}\x20?月))?  # 2025 年 3 月: spaced as its year
    (?:
        年?{edge("year_edge", "yedge")}             # 2024年底, 今年年初
      | (?P<whole>{alternation(periods("year"))})   # 去年全年, 2025年度, 年内
      | {half()}                                    # 上半年, H1
      | {quarter()}{edge("quarter_edge", "qedge")}?  # 一季度, Q3, 三季度末
      | {month_day()}                               # 3月, 7月19日, 3月底
      | (?P<ysame>同期|同月|同季)                   # 2023年同期, 2018年同月: the governing period then
    ))"""


def suffix() -> str:
    """A mod after a whole date: 前后 左右 前 以来 开始; never 前 before a count (前三季度)."""
    return rf"""
    (?:(?P<mod>{alternation(mods("suffix"))})
    (?:(?<!前)|(?![\d{numerals()}几]))               # 2025年前三季度 is a range, not 2025年前
    (?:(?<!至今)|(?!年)))                             # 第4季至今年第3季: 至 and 今年
    """


# The dash or word between the two ends of a range (～ arrives folded to ~ in the shadow).
SEP = r"\s?(?:至|到|-|–|—|~|〜)\s?"

# The word between two neighbouring months or quarters named together (11月及12月,
# 第三和第四季度, 第3、4季): one span, taken only when the second is the next one.
AND = r"\s?(?:及|和|与|、)\s?"
