"""The one shape every extractor has: an ordered tuple of named rules.

A rule is a compiled pattern over the shadow text plus a function that turns a match
into a mention (or None to reject it). `run` applies the rules in order and keeps the
longest non-overlapping hits, earlier rules winning ties, so an extractor reads as
its rule table. Rule names show up in case tables (`tests/cases/<type>.toml`), so a
failing case names the rule that fired.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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


class Gated:
    """A pattern skipped in a text where `gate` finds nothing.

    `gate` is a cheap pattern that every match of `pattern` contains (a literal such as
    年代, a connector after a digit): one search of it over the article settles whether the
    rule can fire at all, where the full pattern, with its lookbehinds and alternations,
    would try every character. A necessary test only, so what the rule finds stays
    exactly what it was (tests/test_rule_gates.py checks each gate against the rule's
    matches).
    """

    def __init__(self, pattern: regex.Pattern[str], gate: str) -> None:
        self.inner = pattern
        self.gate = regex.compile(gate)

    def __getattr__(self, name: str) -> object:
        if name in ("inner", "gate"):  # not yet set (copy, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)  # groupindex, groups, pattern: the rule's own

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        if self.gate.search(text) is None:
            return iter(())
        return self.inner.finditer(text, overlapped=overlapped)


def gated(pattern: regex.Pattern[str], gate: str) -> regex.Pattern[str]:
    """`pattern` behind `Gated`, typed as the pattern `Rule` expects (`hits` only calls
    `finditer`)."""
    return cast("regex.Pattern[str]", Gated(pattern, gate))


def hits(rules: Iterable[Rule], shadow: Shadow) -> list[Hit]:
    """Every rule's matches, then the longest non-overlapping ones, in text order."""
    found: list[tuple[int, int, int, Hit]] = []
    for order, rule in enumerate(rules):
        for match in rule.pattern.finditer(shadow.text, overlapped=False):
            mention = rule.build(match, shadow)
            if mention is not None:
                start, end = mention.start, mention.end  # type: ignore[attr-defined]
                found.append((-(end - start), order, start, Hit(rule.name, start, end, mention)))
    return select_longest(h for *_, h in sorted(found, key=lambda f: f[:3]))


def select_longest(ranked: Iterable[Hit]) -> list[Hit]:
    """Greedy pick from hits ranked best first, dropping any that overlap a kept one.

    Occupancy is a byte per character: linear in the text, whatever the number of hits.
    """
    kept: list[Hit] = []
    taken = bytearray()
    for hit in ranked:
        if hit.end > len(taken):
            taken.extend(bytes(hit.end - len(taken)))
        if taken.find(1, hit.start, hit.end) == -1:
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def run(rules: Iterable[Rule], shadow: Shadow) -> list:
    """The mentions of `hits`, for `find_<type>` functions."""
    return [h.mention for h in hits(rules, shadow)]
