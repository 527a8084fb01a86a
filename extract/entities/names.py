"""Person names with no title: after a role noun, before a person verb, in a list.

MSRA-style reporting names people without a title: 村民王小明, 学生李娜获得, 张三、李四和
王五. The title rules of `persons.py` miss them; these rules read the same name shape
(a surname of `surnames.tsv` plus one or two characters) at weaker cues, so each also
asks the segmenter's dictionary whether the "name" is really a word that happens to start
with a surname character (王国, 高速, 周边, 方面, 江面, 金额, 于是): a word the
dictionary holds under a tag other than a name's vetoes it.

- `role_noun_name`: a role or kinship noun, then the name (村民王小明, 患者李娜);
- `verb_name`: the name before a person verb (王小明获得, 李娜摘得, 张伟接受采访);
- `listed_names`: called by `entities.py` after selection: the names listed with a person
  already found, joined by 、/和/与/及 (张三、李四和王五说 -> 李四, 王五).

The cue words are data: `person_cues.tsv`.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.entities.lexicon import generic_words
from extract.entities.persons import (
    build_speech_name,
    cue_at,
    cue_before,
    cues,
    single_surnames,
    surname_at,
    verb_at,
)
from extract.entities.tables import (
    NAME_TAGS,
    SPEAKER_SURNAME,
    TITLED_SURNAME,
    Draft,
    boundary,
    compound_surnames,
    draft,
    triggers,
)
from extract.rules import Rule
from extract.tables import alternation
from extract.text.segment import segmenter
from extract.text.shadow import Shadow

CUE_KINDS = ("role_noun", "person_verb", "list_sep")  # the kinds of person_cues.tsv


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def is_word(text: str, start: int, end: int) -> bool:
    """Does the dictionary read `text[start:end]` (a would-be name) as a common word?

    True when the first token at `start` is a word not tagged as a name that covers a
    two-character name or reaches the end of a longer one (高速, 周边地区, 高速路), or when
    a token crosses the name's end (方面|获得 for 方面获). A split or a name tag leaves it a
    name; so does a word inside a three-character name before a clear end (王国|庆|说)."""
    tokens = segmenter().tag(text[start : end + 2], False)  # dictionary words only: fast
    pos, size = 0, end - start
    for word, tag in tokens:
        if pos == 0 and len(word) >= 2 and tag not in NAME_TAGS:
            if size == 2 or len(word) >= size:
                return True
            if not _ends_name(text, end):
                return True  # 江面|上的, 向前|来参观: a word plus one character needs a clear end
        if pos < end - start < pos + len(word) and len(word) >= 2 and pos > 0:
            return True  # a word crosses the name's end
        pos += len(word)
        if pos >= end - start:
            break
    return False



def _ends_name(text: str, end: int) -> bool:
    """May a listed name end at `end`? Before punctuation, a list separator, a speech or
    person verb, or 等 (张三、李四等人)."""
    if end >= len(text) or not text[end].isalnum():
        return True
    return text[end] == "等" or cue_at(text, end, "list_sep") > 0 or verb_at(text, end)


def _word_break(text: str, start: int, end: int) -> bool:
    """Does the dictionary put a word boundary at `end` (王芳|参加了, not 王芳参|加)?"""
    pos = 0
    for word, _ in segmenter().tag(text[start : end + 3], False):
        pos += len(word)
        if pos >= end - start:
            return pos == end - start
    return True


def _plain_name(text: str, start: int, end: int, size: int) -> bool:
    """A name of surname (`size` long) + 1-2 Han characters, no function word at its end,
    not generic, not a dictionary word."""
    if not (1 <= end - start - size <= 2) or not all(_han(c) for c in text[start:end]):
        return False
    if text[end - 1] in triggers("name_stop") or text[start:end] in generic_words():
        return False
    return not is_word(text, start, end)


def build_role_noun_name(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """村民王小明, 患者李娜: a role noun, then surname + one or two characters (two unless
    the longer reading is a word or ends in a function word)."""
    text, start = shadow.text, m.end()
    size = 2 if text[start : start + 2] in compound_surnames() else surname_at(text, start, TITLED_SURNAME)
    if not size:
        return None
    for given in (2, 1):
        end = start + size + given
        if end <= len(text) and _plain_name(text, start, end, size):
            return draft("person", shadow, start, end)
    return None


def build_verb_name(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """王小明获得, 李娜摘得: the speaker rule's reading of a name before a person verb."""
    return build_speech_name(m, shadow)


@cache
def rules() -> tuple[Rule, ...]:
    """The two trigger-anchored rules; `patterns.py` runs them with the others."""
    v = regex.VERBOSE
    return (
        Rule("role_noun_name", regex.compile(rf"""
            (?:{alternation(cues("role_noun"))})  # 村民, 学生, 患者: the name follows
            (?=\p{{Han}}{{2}})                    # (surname and length checked in build)
        """, v), build_role_noun_name),
        Rule("verb_name", regex.compile(rf"""
            (?:{alternation(cues("person_verb"))})  # 获得, 摘得; the name is read backwards
        """, v), build_verb_name),
    )


def _role_before(text: str, pos: int) -> int:
    """Length of the title or role noun ending at `pos` (村民代表|许志强), 0 when none."""
    return cue_before(text, pos, "role_any")


def _sep_after(text: str, pos: int) -> int:
    """Length of the list separator starting at `pos`, 0 when none."""
    return cue_at(text, pos, "list_sep")


def _sep_before(text: str, pos: int) -> int:
    """Length of the list separator ending at `pos`, 0 when none."""
    return cue_before(text, pos, "list_sep")


def _list_surname(text: str, start: int) -> int:
    """Length of the surname at `start` of a listed name: a compound of the 百家姓 (欧阳,
    司马, 诸葛) whatever its population weight (0.068 for 欧阳, no data for most, all under
    the speaker threshold: two characters that form one are evidence enough beside a list
    separator), else a single surname above the speaker threshold."""
    if text[start : start + 2] in compound_surnames():
        return 2
    return surname_at(text, start, SPEAKER_SURNAME)


def _next_name(text: str, start: int, free: bytearray) -> int | None:
    """End of an untitled name listed at `start` (after a separator), or None."""
    size = _list_surname(text, start)
    if not size:
        return None
    for strong in (True, False):  # a clear end first (韩冬|带着 before 韩冬带|着), then a word break
        for given in (2, 1):
            end = start + size + given
            if end <= len(text) and free.find(1, start, end) == -1 \
                    and (_ends_name(text, end) if strong else _word_break(text, start, end)) \
                    and _plain_name(text, start, end, size):
                return end
    return None


def _prev_name(text: str, end: int, free: bytearray) -> int | None:
    """Start of an untitled name listed right before `end` (before a separator), or None."""
    for length in (4, 3, 2):
        start = end - length
        if start < 0 or free.find(1, start, end) != -1:
            continue
        size = _list_surname(text, start)
        if length == 4 and size != 2:
            continue  # four characters only with a compound surname: 欧阳晓峰
        if size and (boundary(text, start) or _sep_before(text, start)) \
                and _plain_name(text, start, end, size):
            return start
    return None


@cache
def _sep_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last characters of the list separators: `_walk`'s cheap test."""
    words = cues("list_sep")
    return frozenset(w[0] for w in words), frozenset(w[-1] for w in words)


@cache
def _role_lasts() -> frozenset[str]:
    """The last characters of the titles and role nouns (`_role_before`'s words)."""
    return frozenset(w[-1] for w in cues("role_noun") | triggers("role"))


def _walk(shadow: Shadow, start: int, end: int, occupied: bytearray, found: list[Draft]) -> None:
    """Add the names listed after `end` and before `start`, each way while a name follows."""
    text, pos = shadow.text, end
    firsts, lasts = _sep_edges()
    # 邓明和|村民代表|许志强: the list goes on before the role (looked up only where a role
    # word's last character is)
    back = start - _role_before(text, start) if text[start - 1 : start] in _role_lasts() else start
    if text[end : end + 1] not in firsts and text[back - 1 : back] not in lasts:
        return  # no separator right after the name, none right before it (or its role)
    while (sep := _sep_after(text, pos)) and (e := _next_name(text, pos + sep, occupied)) is not None:
        occupied[pos + sep : e] = b"\x01" * (e - pos - sep)
        found.append(draft("person", shadow, pos + sep, e))
        pos = e
    pos = back
    while (sep := _sep_before(text, pos)) and (s := _prev_name(text, pos - sep, occupied)) is not None:
        occupied[s : pos - sep] = b"\x01" * (pos - sep - s)
        found.append(draft("person", shadow, s, pos - sep))
        pos = s


def _pair_at(text: str, p: int, occupied: bytearray) -> tuple[int, int, int] | None:
    """Two untitled names around the 、 at `p` (…的欧阳晓峰、何平与…): (start, p, end), each
    a plain name, the first after a boundary, the second before a clear end or a word break."""
    if p + 1 >= len(text) or (single_surnames(SPEAKER_SURNAME).isdisjoint(text[max(0, p - 3) : p - 1])
                              and text[max(0, p - 3) : p - 1] not in compound_surnames()
                              and text[max(0, p - 4) : p - 2] not in compound_surnames()) \
            or not _list_surname(text, p + 1):
        return None  # the cheap tests first: most 、 join no names
    s = _prev_name(text, p, occupied)
    if s is None or not boundary(text, s):
        return None
    e = _next_name(text, p + 1, occupied)
    return None if e is None else (s, p, e)


def listed_names(shadow: Shadow, persons: list[tuple[int, int]], occupied: bytearray) -> list[Draft]:
    """The untitled names listed with the persons found (张三、李四和王五), and lists of two or
    more untitled names joined by 、 (张建国、李小东、赵明和…): walk each way over separators
    while a name follows; none on characters a mention holds."""
    text, found = shadow.text, list[Draft]()
    for start, end in persons:
        _walk(shadow, start, end, occupied, found)
    p = text.find("、")
    while p != -1:
        pair = _pair_at(text, p, occupied)
        if pair is not None:
            s, mid, e = pair
            occupied[s:mid] = b"\x01" * (mid - s)
            occupied[mid + 1 : e] = b"\x01" * (e - mid - 1)
            found += [draft("person", shadow, s, mid), draft("person", shadow, mid + 1, e)]
            _walk(shadow, s, e, occupied, found)
        p = text.find("、", p + 1)
    return found
