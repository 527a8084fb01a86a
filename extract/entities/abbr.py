"""One-character place abbreviations in lists and compounds: 中俄, 美日韩, 英、法, 京沪, 访美.

A lone 美 or 中 is far more often part of another word (美元, 其中) than a place, so the
abbreviations of `location_abbr.tsv` are never matched as words of the lexicon. They
are read only where the context makes them places, by one rule `abbr` (one pass of
its pattern over the text):

- in a compound: a run of two or three abbreviations (中俄关系, 美日韩三国, 京沪);
- in a list: single abbreviations joined by 、 (英、法两国);
- after a verb of travel or relation that its row lists (访美, 赴港,
  驻华, 对美出口, 在台; not 在法 or 来越).

Each character is its own location mention, valued as the full name (美 -> 美国). A run
is rejected when it is a word of `entity_generic.tsv` (美德, 中意) or when a character at
its edge makes a two-character word with its neighbour outside (其中|美国, 中美|洲), as
the segmenter's dictionary or the lexicon knows it. After a verb, the abbreviation may
not start a longer word (对|美好, 在|华为).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.entities.lexicon import generic_words, lookup
from extract.entities.tables import Draft, draft, triggers
from extract.tables import read_table
from extract.text.segment import segmenter
from extract.text.shadow import Shadow


@lru_cache(maxsize=1)
def values() -> dict[str, str]:
    """abbreviation -> canonical place name."""
    return {r["char"]: r["value"] for r in read_table("location_abbr.tsv")}


@lru_cache(maxsize=1)
def verbs() -> dict[str, str]:
    """abbreviation -> the verbs it may follow as a place (访美, 在港)."""
    return {r["char"]: r["verbs"] for r in read_table("location_abbr.tsv")}


@lru_cache(maxsize=1)
def visit_verbs() -> str:
    """Every verb any abbreviation may follow (the pattern's anchor; each char checks its own)."""
    return "".join(sorted(set("".join(verbs().values()))))


def chars() -> str:
    """The abbreviations as a regex character class body."""
    return regex.escape("".join(sorted(values())))


@lru_cache(maxsize=1)
def anchor_words() -> frozenset[str]:
    """Where the rule can fire, for the one matcher pass: every pair of abbreviations (中俄),
    every pair in a list (英、法), and every verb with an abbreviation it may follow (访美).
    The rule's pattern is then tried on the characters of each (`patterns.propose`)."""
    table, after = values(), verbs()
    pairs = {a + b for a in table for b in table if a != b}
    listed = {a + "、" + b for a in table for b in table}
    return frozenset(pairs | listed | {v + a for a in table for v in after[a]})


@lru_cache(maxsize=1 << 16)
def _is_word(word: str) -> bool:
    """Does the segmenter's dictionary or the lexicon hold this 2-4 character string?"""
    return bool(lookup(word)) or segmenter().cut(word, False) == [word]


def _joins_outside(text: str, start: int, end: int) -> bool:
    """Does the run's first or last character make a two-character word with its
    neighbour outside (其中|美, 美|洲)?"""
    left = start > 0 and _is_word(text[start - 1 : start + 1])
    return left or (end < len(text) and _is_word(text[end - 1 : end + 1]))


def _stands_alone(text: str, pos: int) -> bool:
    """Is text[pos] not the start of a longer word? The segmenter may join it to the verb
    (访美|期间, 驻华大使) or keep it alone (在|华|企业), but not run on from it
    (对|美好生活, 在|华为)."""
    at = max(0, pos - 1)
    for token in segmenter().cut(text[at : pos + 5], False):
        if at == pos:
            return len(token) == 1
        at += len(token)
        if at > pos:
            return True
    return True


def _place(shadow: Shadow, pos: int) -> Draft:
    value = values()[shadow.text[pos]]
    qid = next((e.id for e in lookup(value) if e.type == "location"), None)
    return draft("location", shadow, pos, pos + 1, value, qid)


def build(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """The one rule's build: an abbreviation in a compound, a list, or after its verb."""
    return build_compound(m, shadow) or build_list(m, shadow) or build_visit(m, shadow)


def build_compound(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """中俄, 美日韩: each abbreviation of a run of two or three (the match is one of them)."""
    text, table = shadow.text, values()
    start = end = m.start()
    while start > 0 and text[start - 1] in table and end - start < 3:
        start -= 1
    while end < len(text) and text[end] in table and end - start < 3:
        end += 1
    run = text[start:end]
    if end - start < 2 or len(set(run)) < len(run) or lookup(run) or run in generic_words():
        return None  # a single one, 朝朝, a lexicon word (港澳), or a generic one (美德)
    if _joins_outside(text, start, end):
        return None
    return _place(shadow, m.start())


def build_list(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """英、法两国: a single abbreviation between list marks, the list bounded at both ends."""
    text, table, pos = shadow.text, values(), m.start()
    start = pos
    while start >= 2 and text[start - 1] == "、" and text[start - 2] in table:
        start -= 2
    end = pos + 1
    while end + 1 < len(text) and text[end] == "、" and text[end + 1] in table:
        end += 2
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if end - start < 3 or (before and "\u4e00" <= before <= "\u9fff") \
            or (after and "\u4e00" <= after <= "\u9fff" and after not in triggers("list_end")):
        return None
    return _place(shadow, pos)


def build_visit(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """访美, 赴港, 对美出口: an abbreviation right after a verb of travel or relation."""
    text, pos = shadow.text, m.start()
    if pos == 0 or text[pos - 1] not in verbs()[text[pos]] or (pos > 1 and _is_word(text[pos - 2 : pos + 1])):
        return None  # not its verb; or the verb ends a word before it (越来|越)
    return _place(shadow, pos) if _stands_alone(text, pos) else None
