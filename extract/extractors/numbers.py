"""What money, percent and quantity share: the number pattern, its guards, its reading.

A number in news is a digit run (12,345.67, 11.11, 1.2万, 3亿5000万, 100多万) or a run of
Chinese numerals (一千二百万, 两亿三千万, 数十亿, 十几). The pattern here finds one; the
extractors add what must come before or after (a currency, %, a unit). Everything that
makes a digit run *not* an amount is decided here once, so the three extractors agree:

- glued to Latin letters or other digits it is a code (H20, NVL72, 600519.SH, GPT-4), and
  after a Latin word and a space a name (CloudMatrix 384, Computex 2025, iPhone 16)
  (these guards are applied once per text, by `anchors`);
- after 第 or 初 it is an ordinal or a day (第3名, 第二, 初一);
- a lone 一 before a counting word is the indefinite article (一家公司, 一记闷棍, 一度);
- a lone 百 千 万 亿 is a word (百家争鸣, 万人空巷), unless a qualifier makes it a count (近万人);
- inside a set phrase (成千上万, 三番五次) it is no amount (`data/idioms.tsv`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple, cast

import regex

from ..lexicon import alternation, read_table
from ..numerals import numeral_chars, read_number
from .qualifiers import Qualifier, is_lookalike, pattern, qualifier_of, qualifier_words

# Range connectors between two amounts: 1.2万美元到1.3万美元, 3-5亿元, 5%至8%.
CONNECTORS = ("到", "至", "-", "~", "〜", "—", "–")
CONNECTOR = rf"(?:\s?(?:{'|'.join(CONNECTORS)})\s?)"


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
    return rf"""
    (?:
        (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?        # digits: 12,345.67 or 11.11
        (?:{pattern("infix")})?                          # 100多万
        (?:
            \s?                                          # 100 亿: spaced out
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


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]"


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
    return f"(?={_char_class(w[0] for w in ws)}){_trie(ws)}" if ws else "(?!)"


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
    pre = rf"(?:(?P<pq>{q})?(?P<pre>{behind(currency)})\s?)?" if currency else ""
    signs = ("-", "+", "−", "负") if signed else ()
    sign = f"(?P<sign>{_char_class(signs)})?" if signed else ""
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
    if not (g.get("pq") or g.get("pre") or g.get("q") or g.get("sign")):
        return first, None  # nothing before the number: most amounts
    for name in ("pq", "pre", "q", "sign"):
        if g.get(name):
            first = min(first, start(m, name))
    for name in ("pq", "q"):
        if g.get(name) and is_lookalike(g[name], "prefix"):
            first = max(first, end(m, name))
    found = [qualifier_of(g[name], "prefix") for name in ("q", "pq") if g.get(name)]
    return first, next((f for f in found if f), None)


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
    core, qualifier = number.replace(" ", ""), None
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


_ANCHOR_CACHE = 16


@cache
def _anchor() -> re.Pattern[str]:
    """Where an amount's number can start: the guards, applied once per text.

    A code (H20, NVL72, GPT-4), a name with a number (CloudMatrix 384, Computex 2025), an
    ordinal or a day (第3名, 初一), a date (2025年, 7月19日) or the middle of a number
    never starts one. A Latin currency code right before (RMB100, USD 500万) is allowed.

    The numeral is matched first and the guards look back past it (`.`): a pattern that
    starts with a character class lets `re` jump from numeral to numeral, where one that
    starts with a lookbehind tests every character of the text (six times slower).
    The lookahead at the end records how far the numeral run reaches (`reach`).
    """
    chars, scale = numeral_chars(), numeral_chars("small", "big")
    return re.compile(
        rf"""
        [0-9{chars}数上几]                       # a numeral, or 数 上 几 ...
        (?:(?<=[0-9{chars}])|(?=[{scale}]))     # ... before a scale word: 数十 上百 几千
        (?<![0-9.{chars}几_/#@第初].)           # not inside a number, a path or an ordinal
        (?:(?<![A-Za-z].)|(?<=[A-Z]{{3}}.))     # not glued to a code (H20), unless RMB100
        (?:(?<![A-Za-z]\s.)|(?<=[A-Z]{{3}}\s.))  # not a name's number, unless USD 500万
        (?<![A-Za-z0-9]-.)                      # not a range's far end or a code (GPT-4)
        (?!(?<=[0-9])[0-9]*[年月日])            # not a date: 2025年 7月 19日
        (?={_run()})                            # the run of number characters from here
        """,
        re.VERBOSE,
    )


@cache
def _run() -> str:
    """Every character a number (`number_pattern`) can hold, repeated: a superset.

    Digits and spaces as `regex` reads them: the Unicode digits `regex` knows beyond
    this Python's `re` are all outside the Basic Multilingual Plane, so the whole of the
    supplementary planes is let in rather than miss one.
    """
    infix = "".join(qualifier_words("infix"))
    return rf"(?P<run>[\d\s,.点数上几{infix}{numeral_chars()}\U00010000-\U0010FFFF]*)"


class Scan(NamedTuple):
    """The numbers of one text: where each can start and where its run of number
    characters ends, and which of them stop at each character (the one after the run;
    "" at the end of the text)."""

    starts: tuple[int, ...]
    runs: tuple[int, ...]
    by_stop: dict[str, list[int]]  # character -> numbers (their index in `starts`)


@lru_cache(maxsize=_ANCHOR_CACHE)
def scan(text: str) -> Scan:
    """One fast scan per text, shared by every amount rule of the three extractors."""
    spans = [m.span(1) for m in _anchor().finditer(text)]  # group 1: the run after the first numeral
    by_stop: dict[str, list[int]] = {}
    for i, (_, run) in enumerate(spans):
        by_stop.setdefault(text[run : run + 1], []).append(i)
    return Scan(tuple(a - 1 for a, _ in spans), tuple(r for _, r in spans), by_stop)


def anchors(text: str) -> tuple[int, ...]:
    """Offsets where a number can start in `text` (see `scan`)."""
    return scan(text).starts


def _is_run(ch: str) -> bool:
    return re.fullmatch(_run(), ch) is not None


class Reach(NamedTuple):
    """What must stand next to a number for a rule to match there (a necessary test).

    `follow`: words one of which starts right after the number (元 % 张), or inside it
    when the word starts with number characters (千瓦, 百分点); `precede`: words one of
    which ends right before it, or before a space and a word of `between` (US$ 5,
    人民币约5). For a range, a connector (到 至 -) must stand right after the number or
    after one `follow` word. `holds`: characters one of which the number holds (万 亿).
    `closed`: the end of the text, or a space after the number, is enough.

    Everything from a number's start to a word after it is a number character or a
    space, so a word whose first letter is none starts exactly where the run of number
    characters stops, and one that starts with number characters (千瓦) has its first
    other letter (瓦) there: the character at the stop settles most anchors.
    """

    after: frozenset[str]  # what can stand where the run stops
    link: re.Pattern[str] | None  # a range: a `follow` word's rest, if any, and a connector
    span: int  # how far past the run that connector can stand
    within: re.Pattern[str] | None  # `follow` words of number characters only (,), a space
    gate: frozenset[str]  # last letters of `precede` and `between` words
    before: re.Pattern[str] | None  # a `precede` word's last letter, `between`, the end
    gap: int  # how far back that last letter can stand
    holds: re.Pattern[str] | None


def _rest(word: str) -> str:
    """`word` from its first letter that is no number character on (千瓦 -> 瓦)."""
    i = 0
    while i < len(word) and _is_run(word[i]):
        i += 1
    return word[i:]


def reach(
    follow: Iterable[str] = (),
    precede: Iterable[str] = (),
    between: Iterable[str] = (),
    linked: bool = False,
    holds: str = "",
    closed: bool = False,
) -> Reach:
    """The test `Anchored` runs at each anchor before the rule's pattern; see `Reach`."""
    follow = [w for w in follow if w]
    rests = sorted({_rest(w) for w in follow} - {""})
    inside = [w[0] for w in follow if not _rest(w)] + ([r"\s"] if closed else [])
    last, middle = [w[-1] for w in precede if w], [w for w in between if w]
    joint = rf"\s?{_char_class(CONNECTORS)}" if linked else ""  # a range's connector
    after = {w[0] for w in rests} | ({""} if closed else set()) | (set(CONNECTORS) if linked else set())
    tail = rf"\s?(?:{alternation(middle)})?" if middle else r"\s?"
    return Reach(
        after=frozenset(after),
        link=re.compile(f"(?:{alternation(rests)})?{joint}") if linked else None,
        span=1 + max(map(len, rests), default=0),
        within=re.compile("|".join(regex.escape(c) if c != r"\s" else c for c in inside)) if inside else None,
        gate=frozenset(last + [w[-1] for w in middle]),
        before=re.compile(rf"{_char_class(last)}{tail}\Z") if last else None,
        gap=2 + max(map(len, middle), default=0),
        holds=re.compile(_char_class(holds)) if holds else None,
    )


def _preceded(r: Reach, text: str, start: int) -> bool:
    """A `precede` word ends before the number, with only `between` (a space, a
    qualifier) in between."""
    return r.before is not None and r.before.search(text, max(0, start - r.gap), start) is not None


_CONNECTOR = re.compile(_char_class(CONNECTORS))


@lru_cache(maxsize=_ANCHOR_CACHE)
def _connectors(text: str) -> tuple[int, ...]:
    """Offsets of the range connectors (到 至 -) in `text`; cached per text."""
    return tuple(m.start() for m in _CONNECTOR.finditer(text))


def _around(found: Scan, points: Iterable[int], before: int) -> set[int]:
    """The numbers (indices in `found`) whose run ends at most `before` characters
    before one of `points`.

    Runs end in order (a number inside another's run ends with it), so each point
    takes a slice of them: fewer points than numbers, and no test per number.
    """
    runs = found.runs
    near: set[int] = set()
    for p in points:
        near.update(range(bisect_left(runs, p - before), bisect_right(runs, p)))
    return near


def _passes(r: Reach, text: str, found: Scan) -> list[int]:
    """The anchors of `found` where `r` holds (see `Reach`), looked up by the character
    where each run stops and by the few places of connectors and spaces, not tested
    one by one."""
    starts, runs = found.starts, found.runs
    if r.link is not None:
        near = _around(found, _connectors(text), r.span)
        picked = {i for i in near if r.link.match(text, runs[i])}
    else:
        picked = {i for c in found.by_stop.keys() & r.after for i in found.by_stop[c]}
    if r.within is not None:
        picked.update(i for i, (a, run) in enumerate(zip(starts, runs)) if r.within.search(text, a, run))
    if r.gate:
        gate = r.gate
        prevs = [text[a - 1 : a] for a in starts]
        picked.update(
            i for i, c in enumerate(prevs) if (c in gate or c.isspace()) and _preceded(r, text, starts[i])
        )
    if r.holds is not None:
        picked = {i for i in picked if r.holds.search(text, starts[i], runs[i])}
    return [starts[i] for i in sorted(picked)]


class Anchored:
    """A compiled pattern tried only at `anchors`, not at every character.

    Every amount pattern starts at its number (see `head`), so it can only match where a
    number starts. Finding those offsets with one scan of the standard `re` engine and
    trying each rule there (`match` at an offset still sees the text before it, so the
    lookbehinds work) is several times faster than letting each of eight patterns scan
    the whole text. `test` (a `Reach`) then skips the anchors where the words the rule
    needs cannot stand (no currency after the number, none before it): most of them, at
    a tenth of the cost of a `match`. `near` (a character class, with a window
    `before`/`after` the anchor) skips anchors with none of the characters a rule needs
    around them. `finditer` keeps the contract `rules.hits` relies on: matches in text
    order, none overlapping the one before.
    """

    def __init__(
        self,
        pattern: regex.Pattern[str],
        near: str = "",
        before: int = 0,
        after: int = 0,
        test: Reach | None = None,
    ) -> None:
        self.pattern, self.before, self.after, self.test = pattern, before, after, test
        self.near = re.compile(near) if near else None

    def _starts(self, text: str) -> list[int]:
        found = scan(text)
        starts = found.starts if self.test is None else _passes(self.test, text, found)
        near, before, after = self.near, self.before, self.after
        if near is None:
            return list(starts)
        return [a for a in starts if near.search(text, max(0, a - before), a + after + 1)]

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        end = 0
        for start in self._starts(text):
            if start < end:
                continue
            m = self.pattern.match(text, start)
            if m is not None:
                yield m
                end = m.end() if not overlapped else start + 1


def anchored(
    pattern: regex.Pattern[str], near: str = "", before: int = 0, after: int = 0, test: Reach | None = None
) -> regex.Pattern[str]:
    """`pattern` behind `Anchored`, typed as the pattern `rules.Rule` expects (duck-typed:
    `rules.hits` only calls `finditer`)."""
    return cast("regex.Pattern[str]", Anchored(pattern, near, before, after, test))


def chars_of(words: Iterable[str], first: bool = True) -> str:
    """A character class of the first (or last) letters of `words`: a cheap test of
    whether one of them can start (or end) at a place, for `near` and `head`."""
    return _char_class(w[0] if first else w[-1] for w in words if w)
