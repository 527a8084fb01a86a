"""What money, percent and quantity share: the number pattern, its guards, its reading.

A number in news is a digit run (12,345.67, 11.11, 1.2万, 3亿5000万, 100多万) or a run of
Chinese numerals (一千二百万, 两亿三千万, 数十亿, 十几). The pattern here finds one; the
extractors add what must come before or after (a currency, %, a unit). Everything that
makes a digit run *not* an amount is decided here once, so the three extractors agree:

- glued to Latin letters or other digits it is a code (H20, NVL72, 600519.SH, GPT-4), and
  after a Latin word and a space a name (CloudMatrix 384, Computex 2025, iPhone 16)
  (these guards are applied once per text, by the `anchors` module);
- after 第 or 初 it is an ordinal or a day (第3名, 第二, 初一);
- a lone 一 before a counting word is the indefinite article (一家公司, 一记闷棍, 一度);
- a lone 百 千 万 亿 is a word (百家争鸣, 万人空巷), unless a qualifier makes it a count (近万人);
- inside a set phrase (成千上万, 三番五次) it is no amount (`data/idioms.tsv`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from decimal import Decimal
from functools import cache, lru_cache
from typing import TypeVar

import regex
from pydantic import BaseModel

from extract.numbers.numerals import numeral_chars, read_number
from extract.numbers.qualifiers import Qualifier, is_lookalike, pattern, qualifier_of, qualifier_words
from extract.numbers.scan import CONNECTORS, char_class
from extract.tables import alternation, read_table
from extract.text.shadow import Shadow

M = TypeVar("M", bound=BaseModel)

# Range connectors between two amounts: 1.2万美元到1.3万美元, 3-5亿元, 5%至8%.
CONNECTOR: str = rf"(?:\s?(?:{'|'.join(CONNECTORS)})\s?)"


@lru_cache(maxsize=1)
def _unit_heads() -> str:
    """Unit, percent and currency words that start with a numeral: 千瓦 兆瓦 百分点 千分之.

    A number must stop before them, so 3千瓦 is 3 千瓦 and not 3000 瓦.
    """
    numerals = set(numeral_chars())
    words = [r["word"] for r in read_table("units.tsv")]
    words += [r["word"] for r in read_table("percent.tsv")]
    words += [r["word"] for r in read_table("currencies.tsv")]
    return ahead(w for w in words if w[0] in numerals and len(w) > 1)


@lru_cache(maxsize=1)
def number_pattern() -> str:
    """The regex source (VERBOSE) of one number, for embedding in extractor patterns."""
    cjk = numeral_chars()
    scale = numeral_chars("small", "big")
    digits = numeral_chars("digit")
    big = numeral_chars("big")
    return rf"""
    (?:
        (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?        # digits: 12,345.67 or 11.11
        (?:{pattern("infix")})?                          # 100多万
        (?:
            (?:\s|个(?=亿))?                             # 100 亿: spaced out; 1个亿: spoken
            (?:(?!{_unit_heads()})[{scale}])+            # scale words: 万 亿 万亿 (not 千瓦)
            (?:{pattern("infix")})?                      # 1亿多元
            (?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:(?!{_unit_heads()})[{scale}])+)*  # 51亿3,000万
            (?:(?<=[{big}])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{2,8}})(?![\d.]))?  # 1万2000: digits below
        )?
      |
        (?:[数上](?=[{scale}]))?                         # vague prefix: 数十亿 上百万
        (?!{_unit_heads()})[{cjk}几]                     # the first numeral
        (?:
            (?!{_unit_heads()})[{cjk}几]                 # more numerals: 一千二百万 十几
          | {pattern("infix")}                           # 十多 十余
          | 点(?=[{digits}])                             # 三点五
          | 个(?=亿)                                     # 两个亿, 十几个亿: spoken
        )*
    )
    """


def ahead(words: Iterable[str]) -> str:
    """An alternation of `words` behind a one-character test of their first letters,
    factored by their common starts (美元|美金 -> 美(?:元|金)).

    The `regex` engine tries a long alternation word by word; the test skips that at
    every position where no word can start, which made matching several times faster,
    and the factoring tries each first letter once, not each of the 380 currency words.
    It matches what the flat, longest-first alternation matches: at one place the words
    that fit are prefixes of one another, and both forms try them longest first.

    >>> ahead(["美元", "元", "美金"])
    '(?=[元美])(?:元|美(?:元|金))'
    """
    ws = {w for w in words if w}
    return f"(?={char_class(w[0] for w in ws)}){_trie(ws)}" if ws else "(?!)"


def _trie(words: Iterable[str]) -> str:
    """`words` as one pattern, factored by their common starts; see `ahead`."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(root)


def behind(words: Iterable[str]) -> str:
    """An alternation of `words` for a lookbehind, factored by their common ends
    (美元|港元 -> (?:美|港)元).

    `regex` matches a lookbehind from right to left, so it meets a word's last letter
    first; factored, it tests each last letter once, not each of the 380 currency
    words (a lookbehind with them cost 3 µs). Like `ahead`, it matches what the flat,
    longest-first alternation matches.

    >>> behind(["美元", "港元", "元", "人民币"])
    '(?:(?:港|美)?元|人民币)'
    """
    root: dict = {}
    for word in {w for w in words if w}:
        node = root
        for ch in reversed(word):
            node = node.setdefault(ch, {})
        node[""] = {}
    found = [_ends(ch, child) for ch, child in sorted(root.items())]
    return f"(?:{'|'.join(found)})" if found else "(?!)"


def _ends(ch: str, node: dict) -> str:
    """The pattern of the words ending in `ch` and then the path to `node` (reversed)."""
    found = [_ends(c, child) for c, child in sorted(node.items()) if c]
    if not found:
        return regex.escape(ch)
    body = "|".join(found)
    if len(found) > 1 or "" in node:
        body = f"(?:{body}){'?' if '' in node else ''}"
    return body + regex.escape(ch)


def _branches(node: dict) -> str:
    """The pattern of one node of `_trie`: its children, optional if a word ends here."""
    found = [regex.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not found:
        return ""
    body = f"(?:{'|'.join(found)})" if len(found) > 1 else found[0]
    return f"(?:{body})?" if "" in node else body


@cache
def head(currency: tuple[str, ...] = (), signed: bool = False) -> str:
    """The start (VERBOSE) of every amount pattern: the number, with what precedes it.

    Matching starts at the number, tried only at `anchors` (which hold the guards
    against codes, names, ordinals and dates). The words before the number are captured
    by a lookbehind, gated by a test of the character just before: `q` the qualifier
    touching the number, `pre` a currency before it, `pq` a qualifier before that
    currency (约人民币100亿元), `sign` a minus or plus (-3.5%). Only a currency before it
    lets a number follow Latin letters (RMB100, USD 500万; not NVL72).
    """
    q = behind(qualifier_words("prefix"))
    before = r"(?<![0-9])"  # 4人民币5美元: 人民币 is the 4's, not the 5's
    pre = rf"(?:(?P<pq>{q})?{before}(?P<pre>{behind(currency)})\s?)?" if currency else ""
    signs = ("-", "+", "−", "负") if signed else ()
    sign = f"(?P<sign>{char_class(signs)})?" if signed else ""
    gate = chars_of([*qualifier_words("prefix"), *currency, *signs], first=False)
    latin = r"(?<![A-Za-z]\s?)"
    return rf"""
    (?:
        (?<={gate}\s?)                      # a word could end just before: then capture
        (?<={pre}(?P<q>{q})?{sign})         # 超过 近 约为, a currency (人民币 US$), a sign
    )?
    {f"(?(pre)|{latin})" if currency else latin}  # after Latin letters only as RMB100
    """


Groups = dict[str, str | None]


@cache
def _index(pattern: regex.Pattern[str]) -> tuple[tuple[str, ...], dict[str, int]]:
    """Group names by number ("" for an unnamed group), and numbers by name."""
    by_name = dict(pattern.groupindex)
    by_number = {i: n for n, i in by_name.items()}
    return tuple(by_number.get(i, "") for i in range(1, pattern.groups + 1)), by_name


def fields(m: regex.Match[str]) -> Groups:
    """The named groups of `m`, read in one call.

    `regex` looks a group up by name slowly (0.6 µs, five times a lookup by number),
    and a rule reads a dozen groups per match; a group the pattern lacks reads None.
    """
    return dict(zip(_index(m.re)[0], m.groups()))


def start(m: regex.Match[str], group: str) -> int:
    """`m.start(group)`, by number (see `fields`)."""
    return m.start(_index(m.re)[1][group])


def end(m: regex.Match[str], group: str) -> int:
    """`m.end(group)`, by number (see `fields`)."""
    return m.end(_index(m.re)[1][group])


def start_of(m: regex.Match[str], g: Groups | None = None) -> tuple[int, Qualifier | None]:
    """Where a mention begins (its qualifier or currency word) and its prefix qualifier.

    A look-alike (最近 3天: 近 is no qualifier there) is left out of the span. `g` is
    `fields(m)`, when the caller has it.
    """
    g = fields(m) if g is None else g
    first = m.start()
    pq, pre, q, sign = g.get("pq"), g.get("pre"), g.get("q"), g.get("sign")
    if not (pq or pre or q or sign):
        return first, None  # nothing before the number: most amounts
    number = _index(m.re)[1]
    for name, word in (("pq", pq), ("pre", pre), ("q", q), ("sign", sign)):
        if word:
            first = min(first, m.start(number[name]))
    for name, word in (("pq", pq), ("q", q)):
        if word and is_lookalike(word, "prefix"):
            first = max(first, m.end(number[name]))
    return first, (qualifier_of(q, "prefix") if q else None) or (qualifier_of(pq, "prefix") if pq else None)


def sign_of(g: Groups) -> int:
    """-1 for a number written with a minus (-3.5%, 负3%), else 1 (`g` is `fields`)."""
    return -1 if g.get("sign") in ("-", "−", "负") else 1


def end_of(m: regex.Match[str], g: Groups | None = None) -> int:
    """Where a mention ends: a look-alike suffix (上下游) is left out."""
    sq = (fields(m) if g is None else g)["sq"]
    return start(m, "sq") if sq and is_lookalike(sq, "suffix") else m.end()


@lru_cache(maxsize=1)
def _infix_words() -> tuple[str, ...]:
    return tuple(qualifier_words("infix"))


@lru_cache(maxsize=4096)
def read(number: str) -> tuple[Decimal, Qualifier | None] | None:
    """Value and qualifier of a matched number: 100多万 -> (1000000, gt), 数十亿 -> approx.

    Cached: the same numbers recur (each is read by money, percent and quantity rules
    alike), and parsing one costs about 10 µs.

    >>> read("100多万"), read("数十亿")
    ((Decimal('1000000'), 'gt'), (Decimal('1000000000'), 'approx'))
    """
    core, qualifier = number.replace(" ", "").replace("个亿", "亿"), None
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
    scales = numeral_chars("small", "big")
    if any(c in low for c in scales):
        return value
    scale = regex.search(f"[{scales}]+$", high)
    if scale is None:
        return value
    unit = read("1" + scale.group())
    return value * unit[0] if unit else value


@lru_cache(maxsize=1)
def _change_verbs() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(r['verb'] for r in read_table('change_verbs.tsv'))})$")


def after_change_verb(text: str, start: int) -> bool:
    """上调0.25至4.5%: X至Y after a verb of change is a change and a level, not a range."""
    return _change_verbs().search(text, max(0, start - 4), start) is not None


def is_article(number: str) -> bool:
    """A lone 一: before a counting word it is the indefinite article (一家公司, 一记闷棍).

    >>> is_article("一"), is_article("壹"), is_article("二")
    (True, True, False)
    """
    return number in _ones()


@cache
def _ones() -> frozenset[str]:
    """The digits worth one (一 壹), from the numeral table."""
    readings = {c: read_number(c) for c in numeral_chars("digit")}
    return frozenset(c for c, r in readings.items() if r is not None and r.value == 1)


def is_bare_scale(number: str, qualified: bool) -> bool:
    """A lone 百 千 万 亿 with no qualifier is a word (百家, 万人空巷), not a count; 近万人 is.

    >>> is_bare_scale("万", False), is_bare_scale("万", True), is_bare_scale("十", False)
    (True, False, False)
    """
    return len(number) == 1 and number in _bare_scales() and not qualified


@cache
def _bare_scales() -> str:
    """Scale words of a hundred and more (百 千 万 亿 兆 佰 仟), from the numeral table."""
    readings = {c: read_number(c) for c in numeral_chars("small", "big")}
    return "".join(c for c, r in readings.items() if r is not None and r.value >= 100)


@lru_cache(maxsize=1)
def _idioms() -> re.Pattern[str]:
    """The set phrases, for the standard `re` engine: it scans a text for a plain
    alternation of words three times faster than `regex`, and finds the same."""
    return re.compile(alternation(r["idiom"] for r in read_table("idioms.tsv")))


@lru_cache(maxsize=16)
def idiom_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the set phrases with numerals in `text` (成千上万); cached per text."""
    spans = [m.span() for m in _idioms().finditer(text)]
    return tuple(s for s, _ in spans), tuple(e for _, e in spans)


def in_idiom(text: str, start: int, end: int) -> bool:
    """True when [start, end) overlaps a set phrase of `data/idioms.tsv`.

    >>> in_idiom("成千上万张卡", 3, 5), in_idiom("成千上万张卡", 4, 5)
    (True, False)
    """
    starts, ends = idiom_spans(text)
    i = bisect_left(starts, end)  # phrases starting before `end`; they never overlap
    return i > 0 and ends[i - 1] > start


def is_han(ch: str) -> bool:
    """A CJK ideograph (the check for loose words such as 块: 10块 vs 3块屏幕)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def glued_after(text: str, end: int) -> bool:
    """True when an amount ending in a digit or Latin letter runs on into one (100M, 5G)."""
    if end >= len(text) or end == 0:
        return False
    last, nxt = text[end - 1], text[end]
    return (last.isascii() and last.isalnum()) and (nxt.isascii() and nxt.isalnum())


def chars_of(words: Iterable[str], first: bool = True) -> str:
    """A character class of the first (or last) letters of `words`: a cheap test of
    whether one of them can start (or end) at a place, for `near` and `head`."""
    return char_class(w[0] if first else w[-1] for w in words if w)


def mention(kind: type[M], shadow: Shadow, start: int, end: int, **fields: object) -> M | None:
    """A `kind` record (Money, Percent, Quantity) for the span, unless the span is part of a
    set phrase (三心二意) or glued to what follows (3D打印's 3): the guard every amount
    extractor applies last, in one place."""
    text = shadow.text
    if start >= end or in_idiom(text, start, end) or glued_after(text, end):
        return None
    # `fields` is this call's own dict: add the span to it and hand it to the schema
    # validator as it is (what `validated` does), instead of merging it into a second dict.
    fields["start"], fields["end"], fields["text"] = start, end, shadow.surface(start, end)
    return kind.__pydantic_validator__.validate_python(fields)  # type: ignore[no-any-return]
