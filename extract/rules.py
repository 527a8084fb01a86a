"""The one shape every extractor has: an ordered tuple of named rules.

A rule is a compiled pattern over the shadow text plus a function that turns a match
into a mention (or None to reject it). `run` applies the rules in order and keeps the
longest non-overlapping hits, earlier rules winning ties, so an extractor reads as
its rule table. Rule names show up in case tables (`tests/cases/<type>.toml`), so a
failing case names the rule that fired.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import NamedTuple, TypeVar, cast

import regex

from extract.text.shadow import Shadow

M = TypeVar("M")


class Rule(NamedTuple):
    name: str
    pattern: regex.Pattern[str]
    build: Callable[[regex.Match[str], Shadow], object | None]


class Hit(NamedTuple):
    rule: str
    start: int
    end: int
    mention: object


class _Wrapped:
    """A rule pattern behind a cheaper test: everything but `finditer` is the pattern's own
    (groupindex, groups, pattern), so `Rule` and the tests read it as the pattern."""

    _own: tuple[str, ...] = ("inner",)

    def __getattr__(self, name: str) -> object:
        if name in type(self)._own:  # not yet set (copy, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)


class Gated(_Wrapped):
    """A pattern skipped in a text that holds none of `needs` or where `gate` finds nothing.

    Every match of `pattern` contains one of the strings `needs` (年代, 财年) and a match
    of `gate` (a digit before Q1, a separator after a year): a substring test (memchr
    fast) and one search of the standard engine settle whether the rule can fire in the
    article at all, where the full pattern, with its lookbehinds and alternations, would
    try every candidate character. Necessary tests only, so what the rule finds stays
    exactly what it was (tests/test_rule_gates.py checks each gate against the rule's
    matches).
    """

    _own = ("inner", "gate", "needs")

    def __init__(self, pattern: regex.Pattern[str], gate: str = "", needs: tuple[str, ...] = ()) -> None:
        self.inner = pattern
        self.gate = re.compile(gate) if gate else None  # the standard engine: faster here
        self.needs = needs

    def holds(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether `text[pos:endpos]` holds what every match holds."""
        end = len(text) if endpos is None else endpos
        if self.needs and not any(text.find(n, pos, end) >= 0 for n in self.needs):
            return False
        return self.gate is None or self.gate.search(text, pos, end) is not None

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        if not self.holds(text):
            return iter(())
        return self.inner.finditer(text, overlapped=overlapped)


def gated(pattern: regex.Pattern[str], gate: str = "", needs: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """`pattern` behind `Gated`, typed as the pattern `Rule` expects (`hits` only calls
    `finditer`)."""
    return cast("regex.Pattern[str]", Gated(pattern, gate, needs))


class Started(_Wrapped):
    """A pattern tried only where `starts` matches: a `re` pattern whose one-character
    matches stand wherever a match of `pattern` can begin (a numeral followed, across
    number characters, by a unit word), found in one pass of the standard engine.

    Trying `pattern` with `match` at each such place, left to right and never inside
    the match before (`match` at an offset still sees the text before it, so the
    lookbehinds work), yields exactly what `finditer` would, where `finditer` itself
    tries the pattern's lookbehinds at every numeral of the text. tests/test_rule_gates.py
    compares the two on the case tables and the tuning corpus.
    """

    _own = ("inner", "starts")

    def __init__(self, pattern: regex.Pattern[str], starts: str) -> None:
        self.inner = pattern
        self.starts = re.compile(starts)

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        end = 0
        match = self.inner.match
        for found in self.starts.finditer(text):
            start = found.start()
            if start < end:
                continue
            m = match(text, start)
            if m is not None:
                yield m
                end = m.end() if not overlapped else start + 1


def started(pattern: regex.Pattern[str], starts: str) -> regex.Pattern[str]:
    """`pattern` behind `Started`, typed as the pattern `Rule` expects."""
    return cast("regex.Pattern[str]", Started(pattern, starts))


def hits(rules: Iterable[Rule], shadow: Shadow) -> list[Hit]:
    """Every rule's matches, then the longest non-overlapping ones, in text order.

    Ranked by (longest, earliest rule, leftmost), ties in the order found: the running
    count in each tuple settles ties without a key function (a lambda per hit cost
    more than the sort)."""
    text = shadow.text
    found: list[tuple[int, int, int, int, Hit]] = []
    for order, rule in enumerate(rules):
        build, name = rule.build, rule.name
        for match in rule.pattern.finditer(text, overlapped=False):
            mention = build(match, shadow)
            if mention is not None:
                start, end = mention.start, mention.end  # type: ignore[attr-defined]
                found.append((start - end, order, start, len(found), Hit(name, start, end, mention)))
    found.sort()
    return select_longest([f[4] for f in found])


_START = itemgetter(1)  # Hit.start


def select_longest(ranked: Iterable[Hit]) -> list[Hit]:
    """Greedy pick from hits ranked best first, dropping any that overlap a kept one.

    Occupancy is a byte per character: linear in the text, whatever the number of hits.
    """
    kept: list[Hit] = []
    taken = bytearray()
    for hit in ranked:
        _, start, end, _ = hit
        if end > len(taken):
            taken.extend(bytes(end - len(taken)))
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            kept.append(hit)
    kept.sort(key=_START)  # stable: hits starting together keep their rank order
    return kept


def run(rules: Iterable[Rule], shadow: Shadow) -> list:
    """The mentions of `hits`, for `find_<type>` functions."""
    return [h.mention for h in hits(rules, shadow)]
