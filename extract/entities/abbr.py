"""One-character place abbreviations in lists and compounds: 中俄, 美日韩, 英、法, 京沪, 访美.

A lone 美 or 中 is far more often part of another word (美元, 其中) than a place, so the
abbreviations of `location_abbr.tsv` are never matched as words of the lexicon. They
are read only where the context makes them places, by one rule `abbr` (one pass of
its pattern over the text):

- in a compound: a run of two or three abbreviations (中俄关系, 美日韩三国, 京沪);
- in a list: single abbreviations joined by 、 (英、法两国);
- after a verb of travel or relation that its row lists (访美, 赴港,
  驻华, 对美出口, 在台; not 在法 or 来越).

Each character is its own location mention, valued as the full name (美 -> 美国), or as
the row's `near_value` when the run holds one of its `near` characters (港澳: 澳 -> 澳门;
中港: 中 -> 中国内地). A run
is rejected when it is a word of `entity_generic.tsv` (美德, 中意) or when a character at
its edge makes a two-character word with its neighbour outside (其中|美国, 中美|洲), as
the segmenter's dictionary or the lexicon knows it. After a verb, the abbreviation may
not start a longer word (对|美好, 在|华为).

Taiwan's cities and counties have their own table (`location_abbr_tw.tsv`), read only as a
run of three or more that holds a character no other table has (中彰投, 雲嘉南, 北北基桃:
the second 北 is 新北): there 中 is 台中 and 南 台南, which a pair (中南, 南北) never shows.
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
def near() -> dict[str, tuple[str, str]]:
    """abbreviation -> (characters that switch its reading, the value then): 澳 in 港澳."""
    return {r["char"]: (r["near"], r["near_value"]) for r in read_table("location_abbr.tsv") if r["near"]}


@lru_cache(maxsize=1)
def taiwan() -> dict[str, str]:
    """Taiwan's one-character city and county abbreviations -> canonical place name."""
    return {r["char"]: r["value"] for r in read_table("location_abbr_tw.tsv")}


@lru_cache(maxsize=1)
def taiwan_only() -> frozenset[str]:
    """The Taiwan abbreviations no other table holds (彰, 投, 嘉): a run needs one."""
    return frozenset(r["char"] for r in read_table("location_abbr_tw.tsv") if r["only"] == "1")


@lru_cache(maxsize=1)
def all_chars() -> frozenset[str]:
    """Every character any abbreviation table holds."""
    return frozenset(values()) | frozenset(taiwan())


@lru_cache(maxsize=1)
def verbs() -> dict[str, str]:
    """abbreviation -> the verbs it may follow as a place (访美, 在港)."""
    return {r["char"]: r["verbs"] for r in read_table("location_abbr.tsv")}


@lru_cache(maxsize=1)
def visit_verbs() -> str:
    """Every verb any abbreviation may follow (the pattern's anchor; each char checks its own)."""
    return "".join(sorted(set("".join(verbs().values()))))


def chars() -> str:
    """The abbreviations (of both tables) as a regex character class body."""
    return regex.escape("".join(sorted(all_chars())))


@lru_cache(maxsize=1)
def anchor_words() -> frozenset[str]:
    """Where the rule can fire, for the one matcher pass: every pair of abbreviations (中俄),
    every pair in a list (英、法), and every verb with an abbreviation it may follow (访美).
    The rule's pattern is then tried on the characters of each (`patterns.propose`)."""
    table, after, tw = values(), verbs(), taiwan()
    pairs = {a + b for a in table for b in table if a != b}
    listed = {a + "、" + b for a in table for b in table}
    tw_pairs = {a + b for a in tw for b in tw if a in taiwan_only() or b in taiwan_only() or a == b == "北"}
    return frozenset(pairs | listed | tw_pairs | {v + a for a in table for v in after[a]})


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


def _place(shadow: Shadow, pos: int, run: str = "", value: str | None = None) -> Draft:
    char = shadow.text[pos]
    if value is None:
        value = values()[char]
        chars_near, value_near = near().get(char, ("", ""))
        if any(c in chars_near for c in run):
            value = value_near
    qid = next((e.id for e in lookup(value) if e.type == "location"), None)
    return draft("location", shadow, pos, pos + 1, value, qid)


def build(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """The one rule's build: a Taiwan run, or an abbreviation in a compound, a list, or
    after its verb."""
    made = build_taiwan(m, shadow)
    if made is not None or shadow.text[m.start()] not in values():
        return made
    return build_compound(m, shadow) or build_list(m, shadow) or build_visit(m, shadow)


def build_taiwan(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """中彰投, 雲嘉南, 北北基桃: each character of a run of three or more Taiwan
    abbreviations with at least one that only Taiwan's table holds; 北北 is 台北, 新北."""
    text, table, pos = shadow.text, taiwan(), m.start()
    if text[pos] not in table:
        return None
    start = end = pos
    while start > 0 and text[start - 1] in table:
        start -= 1
    while end < len(text) and text[end] in table:
        end += 1
    run = text[start:end]
    repeats = len(set(run)) < len(run) and not (run.startswith("北北") and len(set(run[1:])) == len(run) - 1)
    if len(run) < 3 or repeats or not any(c in taiwan_only() for c in run) or lookup(run):
        return None
    value = "新北" if run.startswith("北北") and pos == start + 1 else table[text[pos]]
    return _place(shadow, pos, run, value)


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
    return _place(shadow, m.start(), run)


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
    return _place(shadow, pos, text[start:end])


def build_visit(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """访美, 赴港, 对美出口: an abbreviation right after a verb of travel or relation."""
    text, pos = shadow.text, m.start()
    if pos == 0 or text[pos - 1] not in verbs()[text[pos]] or (pos > 1 and _is_word(text[pos - 2 : pos + 1])):
        return None  # not its verb; or the verb ends a word before it (越来|越)
    return _place(shadow, pos) if _stands_alone(text, pos) else None
