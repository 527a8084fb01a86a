"""Person names that no lexicon holds, read around a trigger.

- `role_name`: a title, then the name (首席执行官王建华, 局长张伟);
- `name_role`: the name, then a title (刘晓东董事长, 王建华总经理), after a boundary;
- `speech_name`: the name before a speech verb (王良称);
- `byline`: a byline or credit word, then the name (记者 陈静, 责任编辑：王小明, 文/刘洋);
- `credit`: a photo credit in brackets ((张三摄));
- `translit_name`: a transliterated name joined by middle dots (格伦·奥唐纳).

A Chinese name is a surname of `surnames.tsv` above a weight (lower after a title, where
the context is strong) plus one or two characters; the second is dropped when a known
name starts there (记者陈静北京报道 -> 陈静).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from extract.entities.lexicon import entries, generic_words, lookup
from extract.entities.tables import (
    MIDDLE_DOTS,
    NAME_TAGS,
    SPEAKER_SURNAME,
    TITLED_SURNAME,
    Draft,
    boundary,
    draft,
    ends_with,
    surnames,
    translit_chars,
    triggers,
)
from extract.tables import read_table
from extract.text.segment import segmenter
from extract.text.shadow import Shadow


def _name_end(text: str, start: int, end: int) -> int | None:
    """End of a Chinese name at `start`: a last character that is a function word is cut
    (总经理陶然便曾 -> 陶然); None when even the shorter name ends in one or is generic."""
    stops = triggers("name_stop")
    if end - start == 3 and text[end - 1] in stops:
        end -= 1
    if text[end - 1] in stops or text[start:end] in generic_words():
        return None
    return end


def surname_at(text: str, start: int, min_weight: float) -> int:
    """Length of the surname at `start` (欧阳 = 2), 0 when none is that common."""
    weights = surnames()
    if weights.get(text[start : start + 2], -1.0) > min_weight:
        return 2
    return 1 if weights.get(text[start : start + 1], -1.0) > min_weight else 0


@cache
def single_surnames(min_weight: float) -> frozenset[str]:
    """The one-character surnames above a weight: the cheap first test of the rules that
    read a name before a title or a speech verb (most of their triggers have none)."""
    return frozenset(s for s, w in surnames().items() if len(s) == 1 and w > min_weight)


def surname_before(text: str, end: int) -> bool:
    """Could a common surname start a name of two or three characters ending at `end`?
    `patterns.propose` asks this before matching `name_role` at a title."""
    return not single_surnames(SPEAKER_SURNAME).isdisjoint(text[max(0, end - 3) : end - 1])


def _known_at(text: str, pos: int) -> bool:
    """Does a lexicon name (2-4 characters) start at `pos`? (陈静|北京报道)"""
    known = entries()
    return text[pos : pos + 4] in known or text[pos : pos + 3] in known or text[pos : pos + 2] in known


@cache
def cues(kind: str) -> frozenset[str]:
    """The words of one kind in person_cues.tsv (role nouns, person verbs, list separators:
    the untitled-name rules of names.py)."""
    return frozenset(r["word"] for r in read_table("person_cues.tsv") if r["kind"] == kind)


@cache
def _sized_cues(kind: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """A cue kind's words (`verb` = person and speech verbs, `role_any` = titles and role
    nouns) and the lengths they come in, longest first: these tests run at every name."""
    if kind == "verb":
        words = cues("person_verb") | triggers("speech")
    elif kind == "role_any":
        words = cues("role_noun") | triggers("role")
    else:
        words = cues(kind)
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


def cue_at(text: str, pos: int, kind: str) -> int:
    """Length of the longest cue word of `kind` starting at `pos`, 0 when none (a plain
    loop: this runs at every name, and a generator costs more than the tests)."""
    words, sizes = _sized_cues(kind)
    for n in sizes:
        if text[pos : pos + n] in words:
            return n
    return 0


def cue_before(text: str, pos: int, kind: str) -> int:
    """Length of the longest cue word of `kind` ending at `pos`, 0 when none."""
    words, sizes = _sized_cues(kind)
    for n in sizes:
        if n <= pos and text[pos - n : pos] in words:
            return n
    return 0


def verb_at(text: str, pos: int) -> bool:
    """Does a speech or person verb start at `pos`? (王芳|表示, 教授唐岳|接受采访)"""
    return cue_at(text, pos, "verb") > 0


def _given_end(text: str, start: int, size: int) -> int | None:
    """End of surname (`size` long) + one or two Han characters at `start`: two unless
    a known name starts at the second (记者陈静北京报道 -> 陈静); None when there is none."""
    end = start + size
    while end < min(start + size + 2, len(text)) and "\u4e00" <= text[end] <= "\u9fff":
        end += 1
    if end == start + size:
        return None
    if end == start + size + 2 and (
            _known_at(text, end - 1) or _opens_verb(text, end - 1) or verb_at(text, end - 1)):
        end -= 1  # 陈静|北京报道, 唐岳|接受采访
    return _name_end(text, start, end)


def _opens_verb(text: str, pos: int) -> bool:
    """Does text[pos] open a two-character verb with the next character (唐岳|接受采访,
    not 唐岳接 + 受)? Then the name ends before it."""
    word = text[pos : pos + 2]
    return len(word) == 2 and _is_verb(word)


@lru_cache(maxsize=4096)
def _is_verb(word: str) -> bool:
    """Is `word` one verb of the segmenter's dictionary? (Cached: a few thousand words.)"""
    tokens = segmenter().tag(word, False)
    return len(tokens) == 1 and tokens[0][1] == "v"


def _titled_name(shadow: Shadow, start: int) -> Draft | None:
    """The name right at `start`, after a title or byline word."""
    text = shadow.text
    size = surname_at(text, start, TITLED_SURNAME)
    end = _given_end(text, start, size) if size else None
    return None if end is None or end - start <= size else draft("person", shadow, start, end)


def build_role_name(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """创始人黄仁勋, 总经理陶然: surname + one or two characters after a title."""
    return _titled_name(shadow, m.end())


def build_byline(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """记者 陈静, 责任编辑：王小明, 文/刘洋, 实习生 赵敏: a byline or credit word, the name."""
    return _titled_name(shadow, m.end())


def build_credit(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """(张三摄), (记者 李华 摄): a photo credit in brackets."""
    text, start, end = shadow.text, m.start("name"), m.end("name")
    size = surname_at(text, start, TITLED_SURNAME)
    if not size or end - start - size not in (1, 2) or _name_end(text, start, end) != end:
        return None
    return draft("person", shadow, start, end)


def build_name_role(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """刘晓东董事长, 王建华总经理: a common surname + 1-2 characters, after a boundary,
    right before a title."""
    text, end = shadow.text, m.start()
    if not surname_before(text, end):
        return None  # no common surname where a name of two or three would start
    for size in (3, 2):
        start = end - size
        if start < 0 or surname_at(text, start, SPEAKER_SURNAME) != 1 or _name_end(text, start, end) != end:
            continue
        if _title_through(text, start, end):
            continue  # 常务|董事钱立峰: the would-be name opens a longer title (常务董事)
        if boundary(text, start) and text[start : start + 2] not in generic_words() \
                and (size == 3 or not _segmenter_vetoes(text, start, end)):
            return draft("person", shadow, start, end)
    return None


@cache
def _role_sizes() -> tuple[int, ...]:
    """The lengths the titles of kind `role` come in, longest first."""
    return tuple(sorted({len(w) for w in triggers("role")}, reverse=True))


def _title_through(text: str, start: int, end: int) -> bool:
    """Does a title start at `start` and run past `end`? (常务董事: 常务 is no name before
    董事, since 常 is a surname; 执行董事 the same.)"""
    roles = triggers("role")
    return any(n > end - start and text[start : start + n] in roles for n in _role_sizes())


def speaker_end(text: str, pos: int) -> int:
    """Step back over up to two adverbs between speaker and verb (黄仁勋对外表示)."""
    for _ in range(2):
        pos -= len(ends_with(text, pos, "speech_lead"))
    return pos


def build_speech_name(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """王良称, 林英奇认为: a common surname + 1-2 characters right before a speech verb."""
    text, end = shadow.text, speaker_end(shadow.text, m.start())
    if not surname_before(text, end):
        return None  # no common surname where a name of two or three would start
    for size in (3, 2):
        start = end - size
        if start < 0 or surname_at(text, start, SPEAKER_SURNAME) != 1 or _name_end(text, start, end) != end:
            continue
        titled = ends_with(text, start, "role")
        if text[start : start + 2] not in generic_words() and (titled or boundary(text, start)) \
                and (titled or size == 3 or not _segmenter_vetoes(text, start, end)):
            return draft("person", shadow, start, end)
    return None


def _segmenter_vetoes(text: str, start: int, end: int) -> bool:
    """The segmenter's vote on a bare two-character speaker (石油表示, 于是表示): it may
    veto when it reads the span as one word tagged as something other than a name; a
    split or a name tag leaves the pattern's decision standing."""
    tokens = segmenter().tag(text[start : end + 2], False)  # dictionary words only: fast, and enough to veto
    return bool(tokens) and tokens[0][0] == text[start:end] and tokens[0][1] not in NAME_TAGS


def build_translit(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """格伦·奥唐纳: extend left from the first dot over transliteration characters; a
    name the lexicon knows under the · spelling (埃隆‧马斯克) takes its value and QID."""
    text, chars, start = shadow.text, translit_chars(), m.start()
    while start > 0 and m.start() - start < 6 and text[start - 1] in chars:
        start -= 1
    value = regex.sub(f"[{MIDDLE_DOTS}]", "·", text[start : m.end()])
    known = next((e for e in lookup(value) if e.type == "person"), None)
    if known is not None:
        return draft("person", shadow, start, m.end(), known.value, known.id)
    return draft("person", shadow, start, m.end(), value)
