"""The claim rules' word lists, read once from `extract/data/claims.*.tsv`.

Every list is data (docs/format.md, claim object): metric words with their canonical name,
and cue words (direction, basis, attribution, negation, ...) keyed by what they decide.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from extract.tables import alternation, read_table


class Metric(NamedTuple):
    name: str
    kind: str  # level | rate | count | growth | unit
    growth: str = ""  # the growth rate's name when it is not <name>增速


@cache
def metrics() -> dict[str, Metric]:
    """Metric word (shadow form) -> canonical metric and kind."""
    return {r["word"]: Metric(r["metric"], r["kind"], r["growth"]) for r in read_table("metric.tsv")}


# A metric word before these is part of a size class, not the metric (规模以上工业).
METRIC_NOT_BEFORE = ("以上", "以下")


@cache
def metric_set() -> frozenset[str]:
    """Every metric word, for the one automaton pass per article (`claims.words`); a `unit`
    row (伙, 标准箱) names a count's metric by its unit and is never looked for in the text."""
    return frozenset(w for w, m in metrics().items() if m.kind != "unit")


@cache
def metric_pattern() -> re.Pattern[str]:
    """Any metric word, longest first; not before 以上 / 以下 (规模以上工业: a size class).
    Escaped words and a lookahead, so the standard `re` engine reads it as `regex` would,
    three times faster; the claim rules ask the same through `claims.words` (one pass)."""
    return re.compile(f"(?:{alternation(metric_set())})(?!{alternation(METRIC_NOT_BEFORE)})")


@cache
def cue_words(kind: str) -> frozenset[str]:
    """The cue words of one kind (up, down, yoy, qoq, speech, ...)."""
    return frozenset(r["word"] for r in read_table("claims.cues.tsv") if r["cue"] == kind)


@cache
def cue_tuple(kind: str) -> tuple[str, ...]:
    """The cue words of one kind as a tuple, for `str.startswith` / `str.endswith`: built
    once, not per call (the rules test them per figure, per date and per speaker)."""
    return tuple(cue_words(kind))


@cache
def cue_pattern(*kinds: str) -> re.Pattern[str]:
    """Any cue word of the kinds given, longest first."""
    return re.compile(alternation(w for k in kinds for w in cue_words(k)))


@cache
def _kind_of(kinds: tuple[str, ...]) -> dict[str, str]:
    """Cue word -> the first of `kinds` that lists it."""
    return {w: k for k in kinds[::-1] for w in cue_words(k)}


@cache
def _agencies() -> frozenset[str]:
    rows = read_table("org.gov.tsv")
    return frozenset([r["value"] for r in rows] + [a for r in rows for a in r["aliases"].split("|") if a])


def is_agency(m: Any) -> bool:
    """A government body (国家统计局, 經濟部統計處): it reports figures, it does not hold them."""
    if m is None or m.type != "org":
        return False
    return _agency_name(m.value or m.text)


@cache
def _agency_name(name: str) -> bool:
    return name in _agencies() or name.endswith(tuple(cue_words("agency")))


# The rules ask has_cue / last_cue tens of thousands of times per corpus on short windows:
# the bound methods are kept per kinds tuple, so a question is one dict lookup and one scan.
_SEARCH: dict[tuple[str, ...], Any] = {}
_FINDALL: dict[tuple[str, ...], tuple[Any, dict[str, str]]] = {}


def last_cue(text: str, *kinds: str) -> str | None:
    """The kind of the last cue of `kinds` in `text` (the one nearest a figure after it)."""
    asked = _FINDALL.get(kinds)
    if asked is None:
        asked = _FINDALL[kinds] = (cue_pattern(*kinds).findall, _kind_of(kinds))
    found = asked[0](text)
    return asked[1][found[-1]] if found else None


def has_cue(text: str, *kinds: str) -> bool:
    search = _SEARCH.get(kinds)
    if search is None:
        search = _SEARCH[kinds] = cue_pattern(*kinds).search
    return search(text) is not None


@cache
def _last_start_pattern(kind: str) -> re.Pattern[str]:
    return re.compile(f"(?s:.*)(?={alternation(cue_words(kind))})")


def last_start(text: str, kind: str) -> int:
    """Where the last cue word of `kind` starts in `text`, or -1: what the largest
    `text.rfind(word)` over the words gives, by one backward scan instead of one per word."""
    found = _last_start_pattern(kind).match(text)
    return -1 if found is None else found.end()
