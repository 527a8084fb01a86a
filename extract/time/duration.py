"""Durations: a count of time units as an ISO 8601 value (一周 P1W, 一年半 P18M, 24小时 PT24H).

A duration is not a date: 2016年 names a year, 十年 counts ten of them; 过去十年 is the
duration 十年 (过去 and 未来 stay out of the span, as in corpus/ANNOTATING.md). Vague
counts (几个月, 数年) are durations with a null value. Units and their designators are
in `data/duration_units.tsv`; qualifier words (近 超过 多 以上) are shared with the
amounts through `qualifiers.py`.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from extract.numbers import qualifiers as q
from extract.numbers.numerals import parse_number
from extract.records import Duration, validated
from extract.rules import Rule, run, started
from extract.tables import alternation, read_table
from extract.text.shadow import Shadow
from extract.time.calendar import ROC_SPELLED, words
from extract.time.date_patterns import SEP, digits, numerals

# A fraction of a unit goes down to the next one: 0.5年 is 6 months, 0.5小时 30 minutes.
FINER = {"Y": ("M", 12), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}
VAGUE = r"(?:[几数](?:十|百)?|十几|几十|数十|数百|若干)"  # 几个月, 十几年, 数十年: counts never written


@lru_cache(maxsize=1)
def units() -> dict[str, tuple[str, int]]:
    """unit word -> (designator, factor), from `data/duration_units.tsv`."""
    return {r["unit"]: (r["designator"], int(r["factor"])) for r in read_table("duration_units.tsv")}


def iso(count: Decimal, designator: str) -> str:
    """ISO 8601 for `count` units; fractions move to a finer unit when one exists.

    >>> iso(Decimal("1.5"), "Y"), iso(Decimal("0.5"), "TH"), iso(Decimal(2), "W"), iso(Decimal("1.5"), "M")
    ('P18M', 'PT30M', 'P2W', 'P1.5M')
    """
    while count != count.to_integral_value() and designator in FINER:
        designator, factor = FINER[designator]
        count *= factor
    number = f"{count.normalize():f}"
    return f"PT{number}{designator[1]}" if designator.startswith("T") else f"P{number}{designator}"


def _count_pattern() -> str:
    """A written count: 3, 1.5, 三, 十, 二十四; never starting with 百 or 千 (百年老店)."""
    return rf"(?:\d+(?:\.\d+)?|[{digits()}十][{numerals()}百千万]*)"


@lru_cache(maxsize=1024)
def _parse_count(text: str) -> Decimal | None:
    """The count; Chinese digits side by side (一两年, 三五年) are a guess, not a count.

    Cached (a Decimal is immutable): the same few counts (3, 一, 两) recur in every text."""
    if text.isascii() and text.isdigit():
        return Decimal(text)  # the common case, without the general parser
    if not text[0].isdigit() and len(text) > 1 and not any(c in text for c in "十百千万"):
        return None
    return parse_number(text)


@lru_cache(maxsize=1)
def _prefix_behind() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{q.pattern('prefix')})\Z")


@lru_cache(maxsize=1)
def _prefix_lasts() -> frozenset[str]:
    """The last letters of the prefix qualifier words: the one cheap test before a
    search for one of them behind a count (most counts follow none)."""
    return frozenset(w[-1] for w in q.qualifier_words("prefix") if w)


def _qualifier(m: regex.Match[str], unit: str, begin: int = -1) -> tuple[int, str | None]:
    """(start, qualifier). A prefix word (近 超过) is read back from the text before the
    count, since an optional alternation at the head of the pattern slows every scan; a
    look-alike (最近) stays out of the span. 多 anywhere (十多年, 两年多) means gt."""
    begin = m.start() if begin < 0 else begin
    text = m.string
    # a prefix word must end right before the count: its last letter is the test
    behind = _prefix_behind().search(text, max(0, begin - 6), begin) if (
        text[begin - 1 : begin] in _prefix_lasts()) else None
    word = behind.group() if behind else None
    start = behind.start() if behind and not q.is_lookalike(word, "prefix") else begin
    infix = q.qualifier_of(m["infix"], "infix") or ("gt" if "多" in unit or m["more"] else None)
    return start, q.combine(q.qualifier_of(word, "prefix"), q.qualifier_of(m["post"], "suffix"), infix)


@lru_cache(maxsize=1)
def _spans() -> tuple[str, ...]:
    """The span words (近 连续 过去) a 季 must follow to be a count of quarters, as one tuple."""
    return tuple(words("span"))


def _blocked(m: regex.Match[str], shadow: Shadow, count: Decimal | None) -> bool:
    """Counts that are dates or names: 2025年, 114年 in Taiwan, 两周年, 三周岁."""
    unit, after = m["unit"], shadow.text[m.end("unit"):m.end("unit") + 1]
    if unit == "周" and after in ("年", "岁"):
        return True
    if unit == "季":
        return not shadow.text.endswith(_spans(), max(0, m.start() - 2), m.start())
    if unit != "年" or count is None:
        return False
    digits_ = m["count"] or ""
    if len(digits_) == 2 and digits_.startswith("0"):
        return True  # 08年 is the year 2008
    if shadow.region == "TW" and not digits_.isdigit() and count in ROC_SPELLED and after not in "来间代":
        return True  # 一百零五年, 九十九年: a ROC year in Taiwan text (not 八十年来)
    return count >= 1000 or (shadow.region == "TW" and digits_.isdigit() and len(digits_) == 3)


def build_count(m: regex.Match[str], shadow: Shadow) -> Duration | None:
    """三个月 P3M, 一年半 P18M, 24小时 PT24H, 十多年 P10Y gt, 一个半月 P1.5M; 3至5年."""
    text, at = m.string, m.start()
    # a range's separator (date_patterns.SEP) ends in 至, 到, a dash or a space, never in
    # another letter or a digit: a count after one (三个月, 近5年) needs no search behind it
    prev = text[at - 1 : at]
    low = _low_behind().search(text, max(0, at - 12), at) if prev and (
        prev in "至到" or not prev.isalnum()) else None
    if low:
        return build_range(m, shadow, low)
    count = _parse_count(m["count"])
    if count is None or count <= 0 or _blocked(m, shadow, count):
        return None
    designator, factor = units()[m["unit"]]
    if m["half"] or "半" in m["unit"]:
        count += Decimal("0.5")
    start, qualifier = _qualifier(m, m["unit"])
    value = iso(count * factor, designator)
    return validated(Duration, start=start, end=m.end(), text=shadow.surface(start, m.end()), value=value,
                     qualifier=qualifier)


def build_half(m: regex.Match[str], shadow: Shadow) -> Duration | None:
    """半年 P6M, 半个月 P0.5M, 半小时 PT30M: half a unit with no count written."""
    designator, factor = units()[m["unit"]]
    start, qualifier = _qualifier(m, m["unit"])
    value = iso(Decimal("0.5") * factor, designator)
    return validated(Duration, start=start, end=m.end(), text=shadow.surface(start, m.end()), value=value,
                     qualifier=qualifier)


def _yoy_after(m: regex.Match[str], shadow: Shadow) -> bool:
    """指数年增2.4%, 栋数年减14.6%: Taiwan's 年增/年减 (year on year) after a noun ending
    in 数 (number of), not 数年 (several years)."""
    after = shadow.text[m.end("unit"):m.end("unit") + 2]
    return m["unit"] == "年" and len(after) == 2 and after[0] in "增减" and (after[1].isdigit() or
                                                                          after[1] in numerals())


def build_vague(m: regex.Match[str], shadow: Shadow) -> Duration | None:
    """几个月, 数年, 十几天: a duration whose count is not written; value null."""
    if _blocked(m, shadow, None) or _yoy_after(m, shadow):
        return None
    start, qualifier = _qualifier(m, m["unit"])
    return validated(Duration, start=start, end=m.end(), text=shadow.surface(start, m.end()),
                     qualifier=qualifier)


@lru_cache(maxsize=1)
def _low_behind() -> regex.Pattern[str]:
    """The low end and separator of a range, read back from a count (3至 in 3至5年), so
    that the count pattern keeps no optional group at its head."""
    return regex.compile(rf"(?<![\d.{numerals()}])(?P<low>{_count_pattern()}){SEP}\Z")


def build_range(m: regex.Match[str], shadow: Shadow, behind: regex.Match[str]) -> Duration | None:
    """3至5年, 1-3个月: low and high, value null."""
    low, high = _parse_count(behind["low"]), _parse_count(m["count"])
    if low is None or high is None or not 0 < low < high or _blocked(m, shadow, high):
        return None
    designator, factor = units()[m["unit"]]
    start, qualifier = _qualifier(m, m["unit"], behind.start())
    return validated(Duration, start=start, end=m.end(), text=shadow.surface(start, m.end()),
                     low=iso(low * factor, designator), high=iso(high * factor, designator),
                     qualifier=qualifier)


def _rule(name: str, body: str, build: object, counted: bool = True) -> Rule:
    """A rule whose body (the count) sits between the shared qualifier and unit pieces."""
    half = r"(?P<half>半)?  # 一年半" if counted else ""
    pattern = rf"""
        (?<![\d.第每上下本这同当{numerals()}])(?<!民国)   # not 上一年, 第一天, 民国114年
        (?<![\dA-Za-z第每]\x20)                            # nor 第 5 天, iPhone 16, 1 2 3
        {body}
        (?P<infix>{q.pattern("infix")})?                  # 十多年, 20余年
        (?:(?<=\d)\x20)?                                   # 5 天: one space after digits
        (?P<unit>{alternation(units())})                  # 年 个月 周 天 小时
        {half}
        (?:(?P<more>多)(?![次个种家项位名]))?              # 两年多 (but 一年多次 counts times)
        (?![度代级期报])                                  # not 年度, 年代, 1年期, 半年报
        (?!\d{{1,2}}月|[上下]半年|第|[{digits()}\d]季度|Q\d)  # 25年3月 is a date
        (?P<post>{q.pattern("suffix")})?                  # 左右 以上 以内
        """
    return Rule(name, regex.compile(pattern, regex.VERBOSE), build)  # type: ignore[arg-type]


def _count_starts() -> str:
    """Where a count can begin (see `rules.Started`): its first character, then number
    characters, a qualifier (余 多), a space and a unit word: a superset of `count`
    for the standard engine (digits as `regex` reads them, the supplementary planes let
    in as in `numbers.scan`)."""
    digit = r"\d\U00010000-\U0010FFFF"
    chars = rf"[{digit}.{numerals()}百千万]"
    return rf"[{digit}{digits()}十](?={chars}*(?:{q.pattern('infix')})?\x20?(?:{alternation(units())}))"


@lru_cache(maxsize=1)
def _rules() -> tuple[Rule, ...]:
    count = _count_pattern()
    plain = _rule("count", rf"(?P<count>{count})", build_count)  # 三个月; 3至 of 3至5年 is read back
    return (
        plain._replace(pattern=started(plain.pattern, _count_starts())),
        _rule("half", r"(?P<half>半)", build_half, counted=False),
        _rule("vague", rf"(?P<vague>{VAGUE})", build_vague),
    )


RULES = _rules()


# One ISO 8601 part (P2Y, PT30M) and the order its designators are written in.
_PART = regex.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])")
_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")


def _part(m: Duration) -> tuple[int, str] | None:
    """(rank, text) of a duration that is one plain part (P2Y -> (0, "2Y")), else None."""
    found = _PART.fullmatch(m.value or "")
    if found is None or m.qualifier is not None or m.low is not None:
        return None
    return _ORDER.index(found[1] + found[3]), found[1] + found[2] + found[3]


def _joined(a: Duration, b: Duration, shadow: Shadow) -> Duration | None:
    """兩年三個月 (P2Y3M), 1小时30分钟 (PT1H30M): touching parts, larger unit first."""
    pa, pb = _part(a), _part(b)
    if a.end != b.start or pa is None or pb is None or pa[0] >= pb[0]:
        return None
    tail = pb[1][1:] if pa[1].startswith("T") else pb[1]  # PT1H + PT30M: one T
    value = f"P{pa[1]}{tail}"
    return a.model_copy(update={"end": b.end, "text": shadow.surface(a.start, b.end), "value": value})


_DAYS = {"Y": 365.0, "M": 30.0, "W": 7.0, "D": 1.0, "TH": 1 / 24, "TM": 1 / 1440, "TS": 1 / 86400}
_BETWEEN = regex.compile(SEP)


def _days(m: Duration) -> float | None:
    """A rough length in days of a one-part duration, only to order the ends of a range."""
    found = _PART.fullmatch(m.value or "")
    return float(found[2]) * _DAYS[found[1] + found[3]] if found and m.low is None else None


def _spanned(a: Duration, b: Duration, shadow: Shadow) -> Duration | None:
    """半年至一年, 3年到5年: two durations, each with its unit, joined by a range word."""
    if b.start - a.end > 3 or b.qualifier or _BETWEEN.fullmatch(shadow.text, a.end, b.start) is None:
        return None
    low, high = _days(a), _days(b)
    if low is None or high is None or not low < high:
        return None
    return a.model_copy(update={"end": b.end, "text": shadow.surface(a.start, b.end), "value": None,
                                "low": a.value, "high": b.value})


def find_duration(shadow: Shadow) -> list[Duration]:
    """Every duration in the text (docs/format.md: ISO 8601 value, null when vague);
    touching parts of one length (兩年三個月) are one duration, and two joined by a range
    word (半年至一年) one range."""
    out: list[Duration] = []
    for m in run(RULES, shadow):
        if out and out[-1].end <= m.start:
            out[-1] = _extended(out[-1], shadow)
        joined = (_joined(out[-1], m, shadow) or _spanned(out[-1], m, shadow)) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(m)
    if out:
        out[-1] = _extended(out[-1], shadow)
    return out


# 一小时三十分: minutes written with a bare 分 right after an hour (never 分 alone: a score).
_MINUTES = regex.compile(rf"(?P<count>[0-5]?\d|[{digits()}十]{{1,3}})分(?!钟|之|[\d{digits()}])")


@lru_cache(maxsize=1)
def _zero_part() -> regex.Pattern[str]:
    """零 and a smaller part after a duration: 两年零三个月 (零 stops the count rule)."""
    return regex.compile(rf"零(?P<count>{_count_pattern()})(?P<unit>{alternation(units())})(?![度代级期报])")


_NUMERALS = frozenset(numerals() + "零")


def _extended(a: Duration, shadow: Shadow) -> Duration:
    """A duration with what only follows one: minutes written with a bare 分 after an
    hour (一小時三十分, PT1H30M) or a smaller part after 零 (兩年零三個月, P2Y3M)."""
    after = shadow.text[a.end : a.end + 1]
    if not after or not (after.isdigit() or after in _NUMERALS) or _part(a) is None:
        return a  # most durations: nothing that could extend them follows
    found = _MINUTES.match(shadow.text, a.end)
    count = parse_number(found["count"]) if found and (a.value or "").endswith("H") else None
    if found is not None and count is not None and 0 < count < 60:
        value = f"{a.value}{count}M"
        return a.model_copy(update={"end": found.end(), "text": shadow.surface(a.start, found.end()),
                                    "value": value})
    zero = _zero_part().match(shadow.text, a.end)
    count = _parse_count(zero["count"]) if zero else None
    if zero is None or count is None or count <= 0 or count != int(count):
        return a
    designator, factor = units()[zero["unit"]]
    part = validated(Duration, start=zero.start(), end=zero.end(),
                     text=shadow.surface(zero.start(), zero.end()), value=iso(count * factor, designator))
    return _joined(a, part, shadow) or a
