"""Qualifier words shared by every amount: 近 约 超过 不到 … 以上 以下 左右.

docs/format.md puts a qualifier that touches a number into the span and records it as
approx, gt, gte, lt or lte. The words live in `data/qualifiers.tsv` with their position
(prefix, infix, suffix), so money, percent, quantity and dates read the same list. A row
with qualifier "-" is a word that only contains one (最近, 上下游): matching it whole
keeps its 近 or 上下 from being taken as a qualifier, and the span drops it.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from extract.tables import alternation, read_table

Qualifier = Literal["approx", "gt", "gte", "lt", "lte"]
Position = Literal["prefix", "infix", "suffix"]


@cache
def qualifier_words(position: Position) -> dict[str, str]:
    """word -> qualifier ("-" for a look-alike) for one position."""
    return {r["word"]: r["qualifier"] for r in read_table("qualifiers.tsv") if r["position"] == position}


@cache
def pattern(position: Position) -> str:
    """Escaped, longest-first alternation of the words at `position`, for patterns.

    >>> pattern("infix")
    '余|多'
    """
    return alternation(qualifier_words(position))


def qualifier_of(word: str | None, position: Position) -> Qualifier | None:
    """The qualifier a matched word stands for; None for a look-alike or no word.

    >>> qualifier_of("超过", "prefix"), qualifier_of("以下", "suffix"), qualifier_of("最近", "prefix")
    ('gt', 'lt', None)
    """
    if not word:
        return None  # most amounts: no word, no lookup
    value = qualifier_words(position).get(word)
    return value if value and value != "-" else None  # type: ignore[return-value]


def is_lookalike(word: str | None, position: Position) -> bool:
    """True for a matched word that only looks like a qualifier (最近, 上下游)."""
    return bool(word) and qualifier_words(position).get(word or "") == "-"


def combine(*found: Qualifier | str | None) -> Qualifier | None:
    """The first qualifier written, in the order given (prefix, suffix, infix, vague).

    A prefix says most (超过100多万: gt); a vague count (数十亿) is approx only when
    no word says more.

    >>> combine(None, "lt", "approx"), combine(None, None, None)
    ('lt', None)
    """
    for q in found:
        if q:
            return q  # type: ignore[return-value]
    return None
