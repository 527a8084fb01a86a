"""Quantities: 100万张, 384张, 50万辆, 3000吨, 14nm以下, 1.5GW, 超40倍, 万亿参数.

A number followed by a word of `data/units.tsv`. The table says what each word is:
- classifier (张 家 个 名 …): a count. A lone 一 before one is the indefinite article
  (一家公司, 一份研报, 一个节点, corpus/ANNOTATING.md), so 一 + classifier is never
  emitted; 两家, 三张, 十家 are counts.
- measure (吨 nm GW 倍 …): a unit of measure or a multiple; 一吨, 一倍 are amounts.
- time (年 月 日 天 周 小时 季度 个月 …): owned by dates and durations; a match ending in
  one is dropped, so 3个月 is never 3 个.
- word (个百分点 人民币 台湾 …): starts like a unit and is not one; matched whole so that
  the shorter unit inside it cannot fire.
- index (点): index points (恒指报25,176点, 上涨83.5点), but only for a number of 100 or
  more or with a decimal part: 8点 is a time of day.

A number with no unit is no quantity (成本就将乘以2 counts nothing, corpus/ANNOTATING.md).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache, partial
from typing import NamedTuple

import regex

from extract.numbers import grammar as numbers
from extract.numbers import money
from extract.numbers import scan as anchors
from extract.numbers.numerals import read_adjacent, to_json_number
from extract.numbers.qualifiers import Qualifier, combine, qualifier_of, qualifier_words
from extract.records import Quantity
from extract.rules import Rule, run
from extract.tables import read_table
from extract.text.shadow import Shadow

COUNTED = ("classifier", "measure", "index")  # unit kinds that make a quantity


class Unit(NamedTuple):
    unit: str  # normalized, Simplified
    kind: str  # classifier | measure | time | word


@lru_cache(maxsize=1)
def _units() -> dict[str, Unit]:
    return {r["word"]: Unit(r["unit"], r["kind"]) for r in read_table("units.tsv")}


def _alternation(*kinds: str) -> str:
    return numbers.ahead(w for w, u in _units().items() if u.kind in kinds)


def _past_refused() -> str:
    """Counted units that start with a refused word (周岁 with 周): tried before the refusal."""
    refused = [w for w, u in _units().items() if u.kind in ("time", "word")]
    counted = [w for w, u in _units().items() if u.kind in COUNTED]
    return numbers.ahead(w for w in counted if any(w != r and w.startswith(r) for r in refused))


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    """Each rule's pattern source (VERBOSE), built from the tables: cheap strings, compiled
    only by `_compile`."""
    num, head = numbers.number_pattern(), numbers.head(signed=True)
    units, measures = _alternation("classifier", "index"), _alternation("measure")
    refused = _alternation("time", "word")
    tail = rf"""
        \s?(?:(?={_past_refused()})|(?!{refused}))  # not 个月 年 (time), 个百分点 人民币; 周岁 is
        (?:(?P<unit>{measures})(?P<half>半(?![价年月天日小钟]))?  # 5斤, 5斤半 (not 5斤半价)
          |(?P<unit>{units}))                # 张 倍
        (?P<sq>{numbers.ahead(qualifier_words("suffix"))})?  # 以下 以上 左右
    """
    return {
        "range": (
            head
            + rf"""
            (?P<low>{num})
            (?:(?!{refused})(?P<unit1>{units}))?  # 3张至5张: the first end's unit, if written
            {numbers.CONNECTOR}
            (?P<num>{num})
            """
            + tail
        ),
        "count": (
            head
            + rf"""
            (?![一壹]\s?{_alternation("classifier")})  # 一家 一个: the article, no count
            (?P<num>{num})
            """
            + tail
        ),
    }


@cache
def _compile(rule: str) -> regex.Pattern[str]:
    """`rule`'s pattern, compiled on its first use (see `anchors.Anchored`): the `regex`
    parse of one of these is 10-180 ms, most of the start-up before the first record, and
    a short article needs few of them."""
    return regex.compile(_sources()[rule], regex.VERBOSE)


def _unit_of(m: regex.Match[str], g: numbers.Groups, shadow: Shadow) -> Unit | None:
    """The matched unit if it counts: not a time word, not a look-alike, not money (10块)."""
    said = g["unit"] or ""
    unit = _units().get(said)
    if unit is None or unit.kind not in COUNTED:
        return None
    end = numbers.end(m, "unit")
    if said == "个" and shadow.text.startswith("亿", end):
        return None  # 两个亿 is 200000000, not two of something
    loose = money.currency(said, shadow.region)
    if loose and loose.loose and (end >= len(shadow.text) or not numbers.is_han(shadow.text[end])):
        return None  # 10块, 5毛: money owns it
    return unit


def _bounds(m: regex.Match[str], g: numbers.Groups) -> tuple[int, int, Qualifier | None]:
    start, prefix = numbers.start_of(m, g)
    return start, numbers.end_of(m, g), prefix


def _refused(num: str, unit: Unit, prefix: Qualifier | None) -> bool:
    """一家 (article), 万人 (a word) are no counts; 一倍, 一吨, 近万人 are."""
    if numbers.is_article(num) and unit.kind == "classifier":
        return True
    return numbers.is_bare_scale(num, bool(prefix))


def _clock_like(num: str, value: object, unit: Unit, text: str = "", start: int = 0) -> bool:
    """8点 is a time of day, not 8 index points: index points need 100+, a decimal, or a
    verb of an index's move right before (跌83点, `data/index_moves.tsv`)."""
    if unit.kind != "index" or "." in num or value >= 100:  # type: ignore[operator]
        return False
    return not text.endswith(_moves(), max(0, start - 2), start)


@lru_cache(maxsize=1)
def _moves() -> tuple[str, ...]:
    return tuple(r["verb"] for r in read_table("index_moves.tsv"))


def _count(m: regex.Match[str], shadow: Shadow) -> Quantity | None:
    """8张, 超过100万张, 14nm以下, 超40倍, 万亿参数."""
    g = numbers.fields(m)
    num = g["num"] or ""
    unit = _unit_of(m, g, shadow)
    read = numbers.read(num) if unit else None
    if unit is not None and read is None:
        return _adjacent(m, g, shadow, unit)
    if unit is None or read is None:
        return None
    start, end, prefix = _bounds(m, g)
    if _refused(num, unit, prefix) or (g.get("half") and "." in num):
        return None
    if _clock_like(num, read[0], unit, shadow.text, start):
        return None
    value = (read[0] + (Decimal("0.5") if g.get("half") else 0)) * numbers.sign_of(g)  # 5斤半
    qualifier = combine(prefix, qualifier_of(g["sq"], "suffix"), read[1])
    return numbers.mention(
        Quantity, shadow, start, end, value=to_json_number(value), unit=unit.unit, qualifier=qualifier
    )


def _adjacent(m: regex.Match[str], g: numbers.Groups, shadow: Shadow, unit: Unit) -> Quantity | None:
    """两三个, 五六百人: two neighbouring digits, a range (low 2, high 3), approx."""
    span = read_adjacent(g["num"] or "")
    if span is None:
        return None
    start, end, _ = _bounds(m, g)
    low, high = (to_json_number(x) for x in span)
    return numbers.mention(
        Quantity, shadow, start, end, value=None, low=low, high=high, unit=unit.unit, qualifier="approx"
    )


def _range(m: regex.Match[str], shadow: Shadow) -> Quantity | None:
    """3至5家, 100万至200万张, 3-5倍: one mention with low and high."""
    g = numbers.fields(m)
    low_num, num, first = g["low"] or "", g["num"] or "", g["unit1"]
    unit = _unit_of(m, g, shadow)
    low, high = numbers.read(low_num), numbers.read(num)
    if unit is None or low is None or high is None or g.get("half"):
        return None  # 3至5斤半: no range with a half at one end
    if first and first != g["unit"]:
        return None
    lo = low[0] if first else numbers.shared_scale(low_num, num, low[0])
    lo *= numbers.sign_of(g)
    if lo >= high[0] or _clock_like(num, high[0], unit):
        return None
    start, end, prefix = _bounds(m, g)
    qualifier = combine(prefix, qualifier_of(g["sq"], "suffix"))
    return numbers.mention(
        Quantity,
        shadow,
        start,
        end,
        value=None,
        low=to_json_number(lo),
        high=to_json_number(high[0]),
        unit=unit.unit,
        qualifier=qualifier,
    )


def _near() -> str:
    """The first letters of the units: one of them follows every quantity."""
    return numbers.chars_of(w for w, u in _units().items() if u.kind in COUNTED)


def _reach(rule: str) -> anchors.Reach:
    """What must stand by the number (see `anchors.Reach`): a unit after it, or for a
    range a connector after the first end's unit at most."""
    words = [w for w, u in _units().items() if u.kind in COUNTED]
    if rule == "range":
        return anchors.reach(follow=words, linked=True)
    return anchors.reach(follow=words)


RULES = (
    Rule("range", anchors.anchored(partial(_compile, "range"), _near(), 0, 40, _reach("range")), _range),
    Rule("count", anchors.anchored(partial(_compile, "count"), _near(), 0, 20, _reach("count")), _count),
)


def find_quantity(shadow: Shadow) -> list[Quantity]:
    """Every counted or measured amount in the article, in text order."""
    return run(RULES, shadow)
