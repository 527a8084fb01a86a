"""The one shape every extractor has: an ordered tuple of named rules.

A rule is a compiled pattern over the shadow text plus a function that turns a match
into a mention (or None to reject it). `run` applies the rules in order and keeps the
longest non-overlapping hits, earlier rules winning ties, so an extractor reads as
its rule table. Rule names show up in case tables (`tests/cases/<type>.toml`), so a
failing case names the rule that fired.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple, TypeVar

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
