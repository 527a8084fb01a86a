"""Shared pieces of the entity rules: the trigger tables, drafts, and context tests.

`entity_triggers.tsv` (titles, speech verbs, org heads, government bodies, product nouns,
function words), `surnames.tsv` and `entity_translit.tsv` are read once. A `Draft` is a
proposed mention, cheap to make; `entities.py` turns the drafts it keeps into records.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

import regex

from extract.records import Location, Org, Person, Product
from extract.tables import read_table
from extract.text.shadow import Shadow

MIDDLE_DOTS = "·‧•・･"  # the shadow folds none of these; all join transliterated names
KINDS = {"person": Person, "org": Org, "location": Location, "product": Product}
YEAR = regex.compile(r"(?:19|20)\d\d")
# Surname weights (percent of population) a name must reach: after a title the context
# is strong, but 应/和/全 are also words (负责人应当); before a bare 表示 it is weak.
TITLED_SURNAME, SPEAKER_SURNAME = 0.04, 0.1
# The segmenter's (jieba) part-of-speech tags the shape rules read, defined once here:
NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "nz"})  # a token read as a name (person, other)
PROPER_TAGS = NAME_TAGS | {"ns"}  # a name or a place name: a stem of an unlisted place or org
STOP_TAGS = frozenset({"r", "m", "q", "p", "c", "u", "d", "f"})  # 该, 两, 个, 在, 和, 的, 都, 内


@cache
def triggers(kind: str) -> frozenset[str]:
    """The words of one trigger kind in entity_triggers.tsv."""
    return frozenset(r["word"] for r in read_table("entity_triggers.tsv") if r["kind"] == kind)


@cache
def single_chars(*kinds: str) -> frozenset[str]:
    """The one-character words of some trigger kinds: what a stem scanned character by
    character from the right stops at (kept per combination, not rebuilt per match)."""
    return frozenset(w for kind in kinds for w in triggers(kind) if len(w) == 1)


@lru_cache(maxsize=1)
def surnames() -> dict[str, float]:
    """surname -> weight (percent of population; 0 = rare or no data)."""
    return {r["surname"]: float(r["weight"] or 0) for r in read_table("surnames.tsv")}


@lru_cache(maxsize=1)
def compound_surnames() -> frozenset[str]:
    """The two-character surnames of the 百家姓 (欧阳, 司马, 诸葛; column `compound`)."""
    return frozenset(r["surname"] for r in read_table("surnames.tsv") if r.get("compound") == "1")


@lru_cache(maxsize=1)
def translit_chars() -> frozenset[str]:
    return frozenset(r["char"] for r in read_table("entity_translit.tsv"))


class Draft(NamedTuple):
    """A proposed mention; `entities.py` turns the drafts it keeps into records.

    Cheaper than a pydantic record, and most proposals lose to a longer or a lexicon hit.
    """

    start: int
    end: int
    type: str
    value: str
    id: str | None = None


def draft(kind: str, shadow: Shadow, start: int, end: int, value: str | None = None,
          qid: str | None = None) -> Draft:
    """A draft at shadow offsets; value defaults to the shadow surface."""
    return Draft(start, end, kind, value if value is not None else shadow.text[start:end], qid)


def record(shadow: Shadow, d: Draft) -> object:
    """The validated mention record of a draft; the text is the original's slice.

    The model's own validator, called on a dict: the same checks and the same record as
    `Model(**fields)` without `BaseModel.__init__`'s Python frame (0.4 of 1.5 µs a mention)."""
    text = shadow.surface(d.start, d.end)
    return KINDS[d.type].__pydantic_validator__.validate_python(
        {"start": d.start, "end": d.end, "text": text, "value": d.value, "id": d.id})


def boundary(text: str, i: int) -> bool:
    """May a name start at `i`? After punctuation, space, or a function word (和, 的, 据)."""
    return i == 0 or not text[i - 1].isalnum() or text[i - 1] in triggers("boundary")


def ends_with(text: str, pos: int, kind: str) -> str:
    """The longest trigger word of `kind` ending at `pos`, or ''."""
    words, sizes = _sized(kind)
    for size in sizes:
        if size <= pos and text[pos - size : pos] in words:
            return text[pos - size : pos]
    return ""


def starts_with(text: str, pos: int, kind: str) -> bool:
    """Does a trigger word of `kind` start at `pos`?"""
    words, sizes = _sized(kind)
    for size in sizes:  # a loop, not any(genexpr): no generator per call (1,500 calls a pass)
        if text[pos : pos + size] in words:
            return True
    return False


@cache
def _sized(kind: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """A kind's words and the lengths they come in, longest first: only those lengths are
    tried (these tests run at every trigger, thousands of times per batch of articles)."""
    words = triggers(kind)
    return words, tuple(sorted({len(w) for w in words}, reverse=True))
