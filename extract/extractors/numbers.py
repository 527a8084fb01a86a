"""What money, percent and quantity share: the number pattern, its guards, its reading.

A number in news is a digit run (12,345.67, 11.11, 1.2万, 3亿5000万, 100多万) or a run of
Chinese numerals (一千二百万, 两亿三千万, 数十亿, 十几). The pattern here finds one; the
extractors add what must come before or after (a currency, %, a unit). Everything that
makes a digit run *not* an amount is decided here once, so the three extractors agree:

- glued to Latin letters or other digits it is a code (H20, NVL72, 600519.SH, GPT-4), and
  after a Latin word and a space a name (CloudMatrix 384, Computex 2025, iPhone 16);
- after 第 or 初 it is an ordinal or a day (第3名, 第二, 初一);
- a lone 一 before a counting word is the indefinite article (一家公司, 一记闷棍, 一度);
- a lone 百 千 万 亿 is a word (百家争鸣, 万人空巷), unless a qualifier makes it a count (近万人);
- inside a set phrase (成千上万, 三番五次) it is no amount (`data/idioms.tsv`).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from ..lexicon import alternation, read_table
from ..numerals import read_number
from .qualifiers import Qualifier, pattern, qualifier_words

# Range connectors between two amounts: 1.2万美元到1.3万美元, 3-5亿元, 5%至8%.
CONNECTOR = r"(?:\s?(?:到|至|-|~|〜|—|–)\s?)"


@lru_cache(maxsize=1)
def _unit_heads() -> str:
    """Unit, percent and currency words that start with a numeral: 千瓦 兆瓦 百分点 千分之.

    A number must stop before them, so 3千瓦 is 3 千瓦 and not 3000 瓦.
    """
    from ..numerals import numeral_chars

    numerals = set(numeral_chars())
    words = [r["word"] for r in read_table("units.tsv")]
    words += [r["word"] for r in read_table("percent.tsv")]
    words += [r["word"] for r in read_table("currencies.tsv")]
    return alternation(w for w in words if w[0] in numerals and len(w) > 1) or "(?!)"


@lru_cache(maxsize=1)
def number_pattern() -> str:
    """The regex source (VERBOSE) of one number, for embedding in extractor patterns."""
    from ..numerals import numeral_chars

    cjk = numeral_chars()
    scale = numeral_chars("small", "big")
    digits = numeral_chars("digit")
    return rf"""
    (?:
        (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?        # digits: 12,345.67 or 11.11
        (?:{pattern("infix")})?                          # 100多万
        (?:
            (?:(?!{_unit_heads()})[{scale}])+            # scale words: 万 亿 万亿 (not 千瓦)
            (?:{pattern("infix")})?                      # 1亿多元
            (?:\d+(?:\.\d+)?(?:(?!{_unit_heads()})[{scale}])+)*  # 3亿5000万
        )?
      |
        (?:[数上](?=[{scale}]))?                         # vague prefix: 数十亿 上百万
        (?!{_unit_heads()})[{cjk}几]                     # the first numeral
        (?:
            (?!{_unit_heads()})[{cjk}几]                 # more numerals: 一千二百万 十几
          | {pattern("infix")}                           # 十多 十余
          | 点(?=[{digits}])                             # 三点五
        )*
    )
    """


@lru_cache(maxsize=1)
def guard() -> str:
    """Lookbehind (VERBOSE) that refuses a number glued to a code, a digit, 第 or 初."""
    from ..numerals import numeral_chars

    return rf"""
    (?<!
        [A-Za-z0-9_./#@\-{numeral_chars()}几]  # a code (H20), a digit run, a numeral run
      | [A-Za-z]\s                           # a name: CloudMatrix 384, Computex 2025
      | [第初]                               # an ordinal or a day: 第3名 初一
    )
    """


@lru_cache(maxsize=1)
def _infix_words() -> tuple[str, ...]:
    return tuple(qualifier_words("infix"))


def read(number: str) -> tuple[Decimal, Qualifier | None] | None:
    """Value and qualifier of a matched number: 100多万 -> (1000000, gt), 数十亿 -> approx.

    >>> read("100多万"), read("数十亿")
    ((Decimal('1000000'), 'gt'), (Decimal('1000000000'), 'approx'))
    """
    core, qualifier = number, None
    for word in _infix_words():
        if word in core:
            core, qualifier = core.replace(word, ""), "gt"
    reading = read_number(core)
    if reading is None:
        return None
    vague = "approx" if reading.approx else None
    return reading.value, qualifier or vague  # type: ignore[return-value]


def shared_scale(low: str, high: str, value: Decimal) -> Decimal:
    """A scale written once applies to both ends: 1.2至1.3万 -> 12000, 3-5亿 -> 3亿.

    >>> str(shared_scale("1.2", "1.3万", Decimal("1.2"))), str(shared_scale("3亿", "5亿", Decimal(300000000)))
    ('12000.0', '300000000')
    """
    if any(c in low for c in "十百千万亿兆"):
        return value
    scale = regex.search(r"[十百千万亿兆]+$", high)
    if scale is None:
        return value
    unit = read("1" + scale.group())
    return value * unit[0] if unit else value


def is_article(number: str) -> bool:
    """A lone 一: before a counting word it is the indefinite article (一家公司, 一记闷棍)."""
    return number in ("一", "壹")


def is_bare_scale(number: str, qualified: bool) -> bool:
    """A lone 百 千 万 亿 with no qualifier is a word (百家, 万人空巷), not a count; 近万人 is.

    >>> is_bare_scale("万", False), is_bare_scale("万", True), is_bare_scale("十", False)
    (True, False, False)
    """
    return len(number) == 1 and number in "百千万亿兆佰仟" and not qualified


@lru_cache(maxsize=1)
def _idioms() -> regex.Pattern[str]:
    return regex.compile(alternation(r["idiom"] for r in read_table("idioms.tsv")))


@lru_cache(maxsize=16)
def idiom_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of set phrases with numerals in them (成千上万); cached per text."""
    return tuple(m.span() for m in _idioms().finditer(text))


def in_idiom(text: str, start: int, end: int) -> bool:
    """True when [start, end) overlaps a set phrase of `data/idioms.tsv`."""
    return any(s < end and start < e for s, e in idiom_spans(text))


def is_han(ch: str) -> bool:
    """A CJK ideograph (the check for loose words such as 块: 10块 vs 3块屏幕)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def glued_after(text: str, end: int) -> bool:
    """True when an amount ending in a digit or Latin letter runs on into one (100M, 5G)."""
    if end >= len(text) or end == 0:
        return False
    last, nxt = text[end - 1], text[end]
    return (last.isascii() and last.isalnum()) and (nxt.isascii() and nxt.isalnum())
