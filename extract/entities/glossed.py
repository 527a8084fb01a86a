"""Organizations nobody listed, known by the Latin name in brackets after them.

News glosses a foreign company's Chinese name with its Latin name: 嘉吉(Cargill),
淡水河谷(Vale). The Latin name is the sign that the Chinese run before it is a name, even
when no lexicon knows it; across the tuning sets nearly every such pair with a
capitalized Latin word is an organization (persons come with a middle dot, which the
transliteration rule reads, and places are mostly in the lexicon, which wins a tie).

The Chinese name is read backwards from the bracket over the segmenter's tokens, as for
unlisted places (`places.py`): single characters, transliterations and proper-name tags
(嘉|吉, 博世 nrt), stopping at a common word (粮商, 法则) or a known place (美国); a lexicon
name that straddles the start is taken whole (淡水河|谷 -> 淡水河谷, not the river).
Only one Latin word counts: two may be a person's name (费雪(Anna Fischer)) as well as a
firm's. Acronyms (GDP, CPI) and lower-case terms are no names here; `brackets.brackets` then
makes the Latin name a mention of the same org.
"""

from __future__ import annotations

import regex

from extract.entities.lexicon import entries, generic_words, lookup
from extract.entities.tables import PROPER_TAGS, Draft, draft, single_chars, translit_chars
from extract.text.segment import segmenter
from extract.text.shadow import Shadow

LONGEST = 6
LATIN = regex.compile(r"""
    \(                                         # the bracket right after the Chinese name
    (?P<latin>[A-Z][a-z\p{Latin}&'\-]+)        # one capitalized Latin word: Cargill, Vale
    \)""", regex.VERBOSE)  # two words may be a person (Anna Fischer) as well as a firm


def _token_ok(token: str, tag: str) -> bool:
    if any(e.type == "location" for e in lookup(token)):
        return False  # a known place before the name stays itself: 美国|嘉吉
    return len(token) == 1 or tag in PROPER_TAGS or all(c in translit_chars() for c in token)


def _straddling(text: str, start: int, end: int) -> int:
    """Start of a lexicon name that begins before `start` and ends inside the run, before
    its end (淡水河 of 淡水河谷), else `start`."""
    known = entries()
    for b in range(start + 1, end):
        for a in range(max(0, b - LONGEST), start):
            if text[a:b] in known:
                return a
    return start


def build_glossed_org(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """嘉吉(Cargill), 淡水河谷(Vale): an unlisted Chinese name glossed by a Latin one."""
    text, pos = shadow.text, m.start()
    latin = LATIN.match(text, pos)
    if latin is None or latin.group(1) in generic_words():  # group `latin`, by number
        return None
    stops = single_chars("name_stop", "boundary")
    run = pos
    while run > max(0, pos - LONGEST - 2) and "\u4e00" <= text[run - 1] <= "\u9fff" \
            and text[run - 1] not in stops:
        run -= 1
    if pos - run < 2 or any(text[a:pos] in entries() for a in range(run, pos - 1)):
        return None  # the lexicon reads the name before the bracket: 德勒斯登(Dresden)
    size = 0
    for token, tag in reversed(segmenter().tag(text[run:pos], False)):
        if not _token_ok(token, tag) or size + len(token) > LONGEST:
            break
        size += len(token)
    start = _straddling(text, pos - size, pos) if size else pos
    stem = text[start:pos]
    if len(stem) < 2 or stem in generic_words():
        return None
    return draft("org", shadow, start, pos)
