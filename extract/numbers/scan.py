"""Where an amount can stand: every number of a text found once, and each rule tried
only where the words it needs stand next to one.

Every money, percent and quantity pattern starts at its number (`numbers.head`), so it
can only match where a number starts. `scan` finds those places with one pass of the
standard `re` engine (with the guards against codes, names, ordinals and dates, see
`numbers`), and where each number's run of number characters stops. A rule's `Reach`
says which characters may stand there (元 % 张, a connector for a range) or before the
number (US$): one lookup per character settles most places, so each rule's `regex`
pattern, a few microseconds a try, runs at a handful of places per article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple, cast

import regex

from extract.numbers.numerals import numeral_chars
from extract.numbers.qualifiers import qualifier_words
from extract.tables import alternation

# Range connectors between two amounts: 1.2万美元到1.3万美元, 3-5亿元, 5%至8%.
CONNECTORS = ("到", "至", "-", "~", "〜", "—", "–")


def char_class(chars: Iterable[str]) -> str:
    """A character class of `chars`, escaped and sorted (also used by `numbers`)."""
    return "[" + "".join(regex.escape(c) for c in sorted(set(chars))) + "]"


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
    The lookahead at the end records how far the run of number characters reaches.
    """
    chars, scale = numeral_chars(), numeral_chars("small", "big")
    return re.compile(
        rf"""
        [0-9{chars}数上几]                       # a numeral, or 数 上 几 ...
        (?:(?<=[0-9{chars}])|(?=[{scale}]))     # ... before a scale word: 数十 上百 几千
        (?<![0-9.{chars}几_/#@%第初].)          # not inside a number, a path (%E4), an ordinal
        (?<![0-9],.)                            # not a thousands group (the 000 of 3,000万)
        (?:(?<![A-Za-z].)|(?<=[A-Z]{{3}}.))     # not glued to a code (H20), unless RMB100
        (?:(?<![A-Za-z]\s.)|(?<=[A-Z]{{3}}\s.))  # not a name's number, unless USD 500万
        (?<![A-Za-z0-9]-.)                      # not a range's far end or a code (GPT-4)
        (?!(?<=[0-9])[0-9]*[年月日])            # not a date: 2025年 7月 19日
        (?={_run()})                            # the run of number characters from here
        """,
        re.VERBOSE,
    )


# No number in news runs longer than this; the cap keeps the scan linear on pathological
# input (1,000,1,000,… would otherwise make every anchor's run reach the end: quadratic).
MAX_RUN = 64


@cache
def _run() -> str:
    """Every character a number (`number_pattern`) can hold, repeated: a superset.

    Digits and spaces as `regex` reads them: the Unicode digits `regex` knows beyond
    this Python's `re` are all outside the Basic Multilingual Plane, so the whole of the
    supplementary planes is let in rather than miss one.
    """
    infix = "".join(qualifier_words("infix"))
    chars = rf"[\d\s,.点数上几{infix}{numeral_chars()}\U00010000-\U0010FFFF]"
    return rf"(?P<run>{chars}{{0,{MAX_RUN}}}(?:个(?=亿){chars}{{1,8}})?)"  # 两个亿: spoken


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
    rare: bool  # `within` holds no space: few hits in a text, so they are looked up by place
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
    joint = rf"\s?{char_class(CONNECTORS)}" if linked else ""  # a range's connector
    after = {w[0] for w in rests} | ({""} if closed else set()) | (set(CONNECTORS) if linked else set())
    tail = rf"\s?(?:{alternation(middle)})?" if middle else r"\s?"
    return Reach(
        after=frozenset(after),
        link=re.compile(f"(?:{alternation(rests)})?{joint}") if linked else None,
        span=1 + max(map(len, rests), default=0),
        within=re.compile("|".join(regex.escape(c) if c != r"\s" else c for c in inside)) if inside else None,
        rare=not closed,
        gate=frozenset(last + [w[-1] for w in middle]),
        before=re.compile(rf"{char_class(last)}{tail}\Z") if last else None,
        gap=2 + max(map(len, middle), default=0),
        holds=re.compile(char_class(holds)) if holds else None,
    )


def _preceded(r: Reach, text: str, start: int) -> bool:
    """A `precede` word ends before the number, with only `between` (a space, a
    qualifier) in between."""
    return r.before is not None and r.before.search(text, max(0, start - r.gap), start) is not None


_CONNECTOR = re.compile(char_class(CONNECTORS))


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


def _holding(found: Scan, hits: Iterable[re.Match[str]]) -> set[int]:
    """The numbers (indices in `found`) whose run holds one of `hits` (one-character
    matches of a `within` pattern over the whole text).

    Starts ascend and runs end in order (see `_around`), so the numbers holding an
    offset are one slice of them: one search of the text and two bisections per hit,
    not one search per number.
    """
    starts, runs = found.starts, found.runs
    out: set[int] = set()
    for hit in hits:
        h = hit.start()
        out.update(range(bisect_right(runs, h), bisect_right(starts, h)))
    return out


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
    if r.within is not None and r.rare:
        picked.update(_holding(found, r.within.finditer(text)))
    elif r.within is not None:  # spaces and commas are everywhere: test each number instead
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

    Every amount pattern starts at its number (see `numbers.head`), so it can only match where a
    number starts. Finding those offsets with one scan of the standard `re` engine and
    trying each rule there (`match` at an offset still sees the text before it, so the
    lookbehinds work) is several times faster than letting each of eight patterns scan
    the whole text. `test` (a `Reach`) then skips the anchors where the words the rule
    needs cannot stand (no currency after the number, none before it): most of them, at
    a tenth of the cost of a `match`. `near` (a character class, with a window
    `before`/`after` the anchor) skips anchors with none of the characters a rule needs
    around them (the first filter these rules had; kept, so that what they find stays
    exactly what it was). `finditer` keeps the contract `rules.hits` relies on: matches in text
    order, none overlapping the one before.

    `pattern` may be given as a function that compiles it: it is then called the first
    time an anchor passes both tests, so a process whose texts never need the rule never
    compiles it (the money, percent and quantity patterns are each 10-180 ms of `regex`
    parsing, most of the start-up before the first record). `compile_all` compiles every
    pending one, for a process about to fork workers that should inherit them.
    """

    pending: list[Anchored] = []  # made with a function and not compiled yet

    def __init__(
        self,
        pattern: regex.Pattern[str] | Callable[[], regex.Pattern[str]],
        near: str = "",
        before: int = 0,
        after: int = 0,
        test: Reach | None = None,
    ) -> None:
        self.before, self.after, self.test = before, after, test
        self.near = re.compile(near) if near else None
        if isinstance(pattern, regex.Pattern):
            self._pattern: regex.Pattern[str] | None = pattern
            self._make: Callable[[], regex.Pattern[str]] | None = None
        else:
            self._pattern, self._make = None, pattern
            Anchored.pending.append(self)

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The rule's compiled pattern, compiled now if it was given as a function."""
        if self._pattern is None:
            assert self._make is not None
            self._pattern = self._make()
            if self in Anchored.pending:
                Anchored.pending.remove(self)
        return self._pattern

    def _starts(self, text: str) -> list[int]:
        found = scan(text)
        starts = found.starts if self.test is None else _passes(self.test, text, found)
        near, before, after = self.near, self.before, self.after
        if near is None:
            return list(starts)
        return [a for a in starts if near.search(text, max(0, a - before), a + after + 1)]

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        starts = self._starts(text)
        if not starts:
            return
        match = self.pattern.match
        end = 0
        for start in starts:
            if start < end:
                continue
            m = match(text, start)
            if m is not None:
                yield m
                end = m.end() if not overlapped else start + 1


def compile_all() -> None:
    """Compile every `Anchored` pattern still waiting for its first use."""
    for waiting in list(Anchored.pending):
        _ = waiting.pattern


def anchored(
    pattern: regex.Pattern[str] | Callable[[], regex.Pattern[str]],
    near: str = "",
    before: int = 0,
    after: int = 0,
    test: Reach | None = None,
) -> regex.Pattern[str]:
    """`pattern` (or a function compiling it on first use) behind `Anchored`, typed as the
    pattern `rules.Rule` expects (duck-typed: `rules.hits` only calls `finditer`)."""
    return cast("regex.Pattern[str]", Anchored(pattern, near, before, after, test))
