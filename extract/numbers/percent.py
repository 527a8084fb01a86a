"""Percentages: 95%, 4230.22%, 百分之五, 千分之三, 五成, 三成五, 3个百分点, 5%至8%, 超70%.

Also 负百分之三 (-3, 负 in the span), 十分之一 (10), 三成半 (35).

The words live in `data/percent.tsv`: a suffix (% ‰ 成 个百分点 基点) or a prefix (百分之
千分之) with the factor that turns the number into percent (‰ and 千分之 are 0.1, 成 is
10) and the unit (percent, or pp for percentage points). 成 takes one more digit: 三成五
is 35. A signed number keeps its sign (同比-3.5% is -3.5): unlike money, a percent change
has no separate metric to carry it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache, partial
from typing import NamedTuple

import regex

from extract.numbers import grammar as numbers
from extract.numbers import scan as anchors
from extract.numbers.numerals import numeral_chars, parse_number, read_adjacent, to_json_number
from extract.numbers.qualifiers import combine, pattern, qualifier_of, qualifier_words
from extract.records import Percent, validated
from extract.rules import Rule, run
from extract.tables import alternation, read_table
from extract.text.shadow import Shadow


class Word(NamedTuple):
    unit: str  # percent | pp | "-" for a look-alike (成本)
    factor: Decimal


@lru_cache(maxsize=1)
def _words() -> dict[str, Word]:
    return {r["word"]: Word(r["unit"], Decimal(r["factor"])) for r in read_table("percent.tsv")}


@lru_cache(maxsize=1)
def _positions() -> dict[str, str]:
    return {r["word"]: r["position"] for r in read_table("percent.tsv")}


def _position(word: str) -> str:
    """suffix (5%, 一成) or prefix (百分之一): after a prefix word a lone 一 is a count."""
    return _positions().get(word, "suffix")


def _alternation(position: str) -> str:
    rows = read_table("percent.tsv")
    return numbers.ahead(r["word"] for r in rows if r["position"] == position)


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    """Each rule's pattern source (VERBOSE), built from the tables: cheap strings, compiled
    only by `_compile`."""
    num, head = numbers.number_pattern(), numbers.head(signed=True)
    digits = numeral_chars("digit")
    suffix, prefix = _alternation("suffix"), _alternation("prefix")
    tail = rf"""
        \s?(?P<word>{suffix})                # % 个百分点 成
        (?:(?<=成)(?P<tenth>[{digits}\d半])(?![{digits}\d]))?  # 三成五: 35, 三成半: 35
        (?P<more>{pattern("infix")})?        # 三成多
        (?P<sq>{numbers.ahead(qualifier_words("suffix"))})?  # 以上 左右
    """
    return {
        "range": (
            head
            + rf"""
            (?P<low>{num})
            (?:\s?(?P<word1>{suffix}))?      # 5%至8%: the first end's sign, if written
            {numbers.CONNECTOR}              # 至 到 -
            (?P<sign2>[-−负])?               # -5%至-3%
            (?P<num>{num})
            """
            + tail
        ),
        "suffix": head + rf"(?P<num>{num})" + tail,
        "prefix": (
            numbers.head(signed=True)          # 负百分之三: the sign before the word
            + rf"""
            (?P<word>{prefix})               # 百分之 千分之
            (?P<sign>[-+−负])?
            (?P<num>{num})                   # 五 3.5 三点五
            (?P<sq>{numbers.ahead(qualifier_words("suffix"))})?
            """
        ),
    }


@cache
def _compile(rule: str) -> regex.Pattern[str]:
    """`rule`'s pattern, compiled on its first use (see `anchors.Anchored`): the `regex`
    parse of one of these is 10-180 ms, most of the start-up before the first record, and
    a short article needs few of them."""
    return regex.compile(_sources()[rule], regex.VERBOSE)


def _tenths(g: numbers.Groups, value: Decimal, word: str) -> Decimal:
    """三成五 -> 35: the digit after 成 adds that many percent; 三成半 is 35 too."""
    tenth = g.get("tenth")
    if word != "成" or not tenth:
        return value
    return value + (Decimal("0.5") if tenth == "半" else (parse_number(tenth) or Decimal(0)) / 10)


_HEX = frozenset("0123456789ABCDEFabcdef")


def _escape_at(text: str, at: int) -> bool:
    """A URL escape (%25, %E4) at `at`, the % of a match: two hex digits after it. Tested
    by hand: nearly every percentage ends in %, and a `regex` call per % cost ~1 us."""
    pair = text[at + 1 : at + 3]
    return len(pair) == 2 and pair[0] in _HEX and pair[1] in _HEX


def _mention(
    m: regex.Match[str], g: numbers.Groups, shadow: Shadow, start: int, **fields: object
) -> Percent | None:
    """The record, unless its % starts a URL escape (50%25, %E4%B8): no percent there."""
    if g.get("word") == "%" and _escape_at(shadow.text, numbers.start(m, "word")):
        return None
    return numbers.mention(Percent, shadow, start, numbers.end_of(m, g), **fields)


def _foreign_li(g: numbers.Groups, shadow: Shadow) -> bool:
    """3厘 is 3% in Hong Kong's interest rates only (data/percent.tsv); elsewhere no percent."""
    return g.get("word") == "厘" and shadow.region != "HK"


def _one(m: regex.Match[str], shadow: Shadow) -> Percent | None:
    """95%, 百分之五, 五成, 三成五, 3个百分点, 超70%, 不到20%."""
    g = numbers.fields(m)
    num, said = g["num"] or "", g["word"] or ""
    word = _words().get(said)
    read = numbers.read(num)
    if _foreign_li(g, shadow) or word is None or word.unit == "-":
        return None
    if read is None:
        return _adjacent(m, g, shadow, word)
    start, prefix = numbers.start_of(m, g)
    position = _position(said)
    if position == "prefix" and shadow.text.startswith("百分位", m.end()):
        return None  # 百分之七十百分位: a percentile is a rank, not a share
    if numbers.is_article(num) and said != "成" and position == "suffix":  # 十分之一 is 10%
        return None
    if numbers.is_bare_scale(num, bool(prefix)) and said not in ("百分之", "千分之"):
        return None
    value = _tenths(g, read[0], said) if said == "成" else read[0]
    value = value * numbers.sign_of(g) * word.factor
    more = "gt" if g.get("more") else None
    qualifier = combine(prefix, qualifier_of(g["sq"], "suffix"), more, read[1])
    return _mention(m, g, shadow, start, value=to_json_number(value), unit=word.unit, qualifier=qualifier)


def _adjacent(m: regex.Match[str], g: numbers.Groups, shadow: Shadow, word: Word) -> Percent | None:
    """三四成, 五六个百分点: two neighbouring digits, a range (30..40), approx."""
    span = read_adjacent(g["num"] or "")
    if span is None or g.get("tenth"):
        return None
    start, _ = numbers.start_of(m, g)
    low, high = (to_json_number(x * word.factor) for x in span)
    return _mention(m, g, shadow, start, value=None, low=low, high=high, unit=word.unit, qualifier="approx")


def _range(m: regex.Match[str], shadow: Shadow) -> Percent | None:
    """5%至8%, 5-8%, 3至5个百分点: one mention with low and high."""
    g = numbers.fields(m)
    word = _words().get(g["word"] or "")
    low, high = numbers.read(g["low"] or ""), numbers.read(g["num"] or "")
    first = g["word1"]
    if word is None or word.unit == "-" or low is None or high is None or _foreign_li(g, shadow):
        return None
    if first and first != g["word"]:
        return None
    minus = -1 if g["sign2"] else 1
    lo, hi = low[0] * numbers.sign_of(g) * word.factor, high[0] * minus * word.factor
    if lo >= hi:
        return None
    start, prefix = numbers.start_of(m, g)
    if numbers.after_change_verb(shadow.text, start):
        return None  # 上调0.25至4.5%: a change and a level
    qualifier = combine(prefix, qualifier_of(g["sq"], "suffix"))
    return _mention(
        m,
        g,
        shadow,
        start,
        value=None,
        low=to_json_number(lo),
        high=to_json_number(hi),
        unit=word.unit,
        qualifier=qualifier,
    )


def _near() -> str:
    """The first letters of the percent words: one of them follows every percentage."""
    return numbers.chars_of(r["word"] for r in read_table("percent.tsv") if r["position"] == "suffix")


def _reach(rule: str) -> anchors.Reach:
    """What must stand by the number (see `anchors.Reach`): a percent word after it (or
    at its start: 百分之), for a range a connector after the first end's word at most."""
    rows = read_table("percent.tsv")
    words = [r["word"] for r in rows if r["position"] == ("prefix" if rule == "prefix" else "suffix")]
    if rule == "range":
        return anchors.reach(follow=words, linked=True)
    return anchors.reach(follow=words)


RULES = (
    Rule("range", anchors.anchored(partial(_compile, "range"), _near(), 0, 40, _reach("range")), _range),
    Rule("suffix", anchors.anchored(partial(_compile, "suffix"), _near(), 0, 24, _reach("suffix")), _one),
    Rule("prefix", anchors.anchored(partial(_compile, "prefix"), "分", 0, 2, _reach("prefix")), _one),
)


@lru_cache(maxsize=1)
def _unit_less_change() -> regex.Pattern[str]:
    """上调0.25至: a verb of change, a number with no unit written, 至, a level next."""
    verbs = alternation(r["verb"] for r in read_table("change_verbs.tsv"))
    return regex.compile(rf"(?:{verbs})(?P<n>\d{{1,2}}(?:\.\d{{1,3}})?)(?:至|到)\Z")


def _changes(found: list[Percent], shadow: Shadow) -> list[Percent]:
    """上调0.25至4.5%: the change before a percent level, written with no unit, is that
    many percentage points (docs/numbers.md); it is a mention of its own."""
    out: list[Percent] = []
    for level in found:
        m = None
        if level.unit == "percent" and level.value is not None and level.low is None \
                and shadow.text[level.start - 1 : level.start] in ("至", "到"):
            m = _unit_less_change().search(shadow.text, max(0, level.start - 12), level.start)
        if m is not None and (not out or out[-1].end <= m.start("n")):
            a, b = m.span("n")
            points = to_json_number(Decimal(m["n"]))
            out.append(validated(Percent, start=a, end=b, text=shadow.surface(a, b), value=points, unit="pp"))
        out.append(level)
    return out


_JOINT = regex.compile(numbers.CONNECTOR)


def _spelled_ranges(found: list[Percent], shadow: Shadow) -> list[Percent]:
    """百分之五到百分之八: two prefixed percentages joined by a range word are one range
    (the range rule reads a number, a connector and a number before one word)."""
    out: list[Percent] = []
    for b in found:
        a = out[-1] if out else None
        if (a is not None and b.start - a.end <= 3 and a.value is not None and b.value is not None
                and a.unit == b.unit and a.value < b.value and _JOINT.fullmatch(shadow.text, a.end, b.start)
                and _prefixed(a, shadow) and _prefixed(b, shadow)):
            text = shadow.surface(a.start, b.end)
            out[-1] = a.model_copy(update={"end": b.end, "text": text, "value": None, "low": a.value,
                                           "high": b.value})
        else:
            out.append(b)
    return out


def _prefixed(p: Percent, shadow: Shadow) -> bool:
    """Written with a prefix word (百分之五), perhaps after a sign or qualifier."""
    return any(w in shadow.text[p.start : p.end] for w, pos in _positions().items() if pos == "prefix")


@lru_cache(maxsize=1)
def _step_pattern() -> tuple[regex.Pattern[str], dict[str, Word]]:
    """升息半码: a verb of change ending in 息, a count (or 半) and a step word."""
    steps = {w: _words()[w] for w, pos in _positions().items() if pos == "step"}
    verbs = [r["verb"] for r in read_table("change_verbs.tsv") if r["verb"].endswith("息")]
    digits = numeral_chars("digit")
    pattern = rf"(?<=(?:{alternation(verbs)}))(?P<n>半|[{digits}]|\d)(?P<w>{alternation(steps)})"
    return regex.compile(pattern), steps


def _steps(found: list[Percent], shadow: Shadow) -> list[Percent]:
    """Taiwan's 升息半碼 (0.125 pp) and 降息一碼 (0.25 pp): rate steps after 升息 降息."""
    pattern, steps = _step_pattern()
    if not steps or not any(w in shadow.text for w in steps):
        return found
    taken = [(p.start, p.end) for p in found]
    for m in pattern.finditer(shadow.text):
        count = Decimal("0.5") if m["n"] == "半" else parse_number(m["n"])
        if count is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        step = steps[m["w"]]
        found.append(validated(Percent, start=m.start(), end=m.end(), text=shadow.surface(m.start(), m.end()),
                             value=to_json_number(count * step.factor), unit=step.unit))
    return sorted(found, key=lambda p: p.start)


def find_percent(shadow: Shadow) -> list[Percent]:
    """Every percentage in the article, in text order, longest match winning."""
    return _steps(_spelled_ranges(_changes(run(RULES, shadow), shadow), shadow), shadow)
