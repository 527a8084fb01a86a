"""Entity patterns: names that no lexicon holds, found by their context.

Each rule's pattern finds a *trigger* (a title, a speech verb, an org head, a middle
dot, a model code); its `build` then reads the name around it and checks what a regex
cannot (surname weight, a stem that is not generic, a code that is not a year). Anchoring
on triggers keeps the rules fast: a pattern that starts with a name-shaped class would
be tried at every character. The rules only *propose*: `entities.py` ranks their hits
below lexicon hits, so a known name keeps its canonical value. A pattern hit's value is
its shadow-form surface (or the lexicon's value when the stem is a known organization).

`propose` is what `entities.py` calls: one Aho-Corasick pass finds every trigger word,
and each word-triggered rule's pattern is then `match`ed only where its trigger is; the
rules that start with a character class (Latin letter, middle dot) scan with `finditer`.
`rules.hits(RULES, shadow)` runs the same patterns with `finditer`, for the case tables.

The tables, `Draft` and the small context tests live in `entity_tables.py`.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import regex
import rjieba

from extract.entities.lexicon import generic_words, lookup
from extract.entities.orgs import build_org_suffix, build_place_body
from extract.entities.tables import (
    MIDDLE_DOTS,
    NAME_TAGS,
    SPEAKER_SURNAME,
    TITLED_SURNAME,
    YEAR,
    Draft,
    boundary,
    draft,
    ends_with,
    surnames,
    translit_chars,
    triggers,
)
from extract.rules import Rule
from extract.tables import alternation
from extract.text.shadow import Shadow

# --- persons -------------------------------------------------------------------------


def _name_end(text: str, start: int, end: int) -> int | None:
    """End of a Chinese name at `start`: a last character that is a function word is cut
    (总经理陶然便曾 -> 陶然); None when even the shorter name ends in one or is generic."""
    stops = triggers("name_stop")
    if end - start == 3 and text[end - 1] in stops:
        end -= 1
    if text[end - 1] in stops or text[start:end] in generic_words():
        return None
    return end


def _surname_at(text: str, start: int, min_weight: float) -> int:
    """Length of the surname at `start` (欧阳 = 2), 0 when none is that common."""
    for size in (2, 1):
        if surnames().get(text[start : start + size], -1.0) > min_weight:
            return size
    return 0


def build_role_name(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """创始人黄仁勋, 总经理陶然: surname + one or two characters after a title."""
    text, start = shadow.text, m.end()
    size = _surname_at(text, start, TITLED_SURNAME)
    if not size or not all("\u4e00" <= c <= "\u9fff" for c in text[start : start + size + 2]):
        return None
    end = _name_end(text, start, min(start + size + 2, len(text)))
    return None if end is None or end - start <= size else draft("person", shadow, start, end)


def _speaker_end(text: str, pos: int) -> int:
    """Step back over up to two adverbs between speaker and verb (黄仁勋对外表示)."""
    for _ in range(2):
        pos -= len(ends_with(text, pos, "speech_lead"))
    return pos


def build_speech_name(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """王良称, 林英奇认为: a common surname + 1-2 characters right before a speech verb."""
    text, end = shadow.text, _speaker_end(shadow.text, m.start())
    for size in (3, 2):
        start = end - size
        if start < 0 or _surname_at(text, start, SPEAKER_SURNAME) != 1 or _name_end(text, start, end) != end:
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
    tokens = rjieba.tag(text[start : end + 2], False)  # dictionary words only: fast, and enough to veto
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


# --- products ------------------------------------------------------------------------


def build_code(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """H20, NVL72, CloudMatrix 384 -- but not Q1, 5G, or Computex 2025 (a year)."""
    code = m.group("code")
    last = code.split(" ")[-1]
    if code in generic_words() or not any(c.isdigit() for c in code):
        return None
    if " " in code and YEAR.fullmatch(last):
        return None
    return draft("product", shadow, m.start("code"), m.end("code"))


def build_latin_noun(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """Blackwell平台, DeepSeek一体机: a capitalized Latin name before a product noun."""
    if m.group("word") in generic_words():
        return None
    return draft("product", shadow, m.start("word"), m.end("word"))


CODE = r"""
    (?P<code>
        [A-Za-z]                              # a Latin word: H20, NVL72, CloudMatrix, iPhone
        (?<![A-Za-z0-9.\-].)                  # that does not continue a longer token
        {after}                               # (code_after_name: and follows a Chinese word)
        (?:[A-Za-z0-9]*\d[A-Za-z0-9]*        # with a digit in the token: H20, NVL72
        |[A-Za-z0-9]*[\ \-][A-Za-z]*\d[A-Za-z0-9]*)  # or in a part after it: ' 384', ' R1'
    )
    (?![A-Za-z0-9]|\.\d)                      # nothing Latin or decimal after it
"""


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The pattern rules, compiled once from the tables."""
    t = {k: alternation(triggers(k)) for k in ("role", "speech", "org_suffix", "org_suffix_place",
                                               "gov_body", "product_noun")}
    code, code_after_han = CODE.format(after=""), CODE.format(after=r"(?<=\p{Han}.)")
    translit, dots, v = regex.escape("".join(sorted(translit_chars()))), MIDDLE_DOTS, regex.VERBOSE
    return (
        Rule("role_name", regex.compile(rf"""
            (?:{t["role"]})                       # a title: 总经理, 分析师; the name follows
            (?=\p{{Han}}{{2}})                    # (surname and length checked in build)
        """, v), build_role_name),
        Rule("translit_name", regex.compile(rf"""
            [{dots}](?<=[{translit}].)            # a middle dot after a transliteration char
            [{translit}]{{1,8}}                   # the next part of the name
            (?:[{dots}][{translit}]{{1,8}})*      # and any further parts
        """, v), build_translit),
        Rule("speech_name", regex.compile(rf"""
            (?:{t["speech"]})                     # 表示, 称, 说; the speaker is read backwards
        """, v), build_speech_name),
        Rule("org_suffix", regex.compile(rf"""
            (?P<place>{t["org_suffix_place"]})    # a head a place may carry: 大学, 银行
            |{t["org_suffix"]}                    # or any other head: 公司, 证券, 科技
        """, v), build_org_suffix),
        Rule("place_body", regex.compile(rf"""
            (?:{t["gov_body"]})                   # 商务部, 统计局, 央行 (place checked in build)
        """, v), build_place_body),
        Rule("code_noun", regex.compile(rf"""
            {code}                                # a model code with a digit: H20, NVL72
            (?={t["product_noun"]})               # before a product noun: 芯片, 超节点
        """, v), build_code),
        Rule("code_after_name", regex.compile(rf"""
            {code_after_han}                      # a model code right after a Chinese
                                                  # word: 英伟达H20, 华为Mate 70
        """, v), build_code),
        Rule("latin_noun", regex.compile(rf"""
            (?P<word>[A-Z](?<![A-Za-z0-9].)       # a capitalized Latin word
            [a-z]+(?:[A-Z][A-Za-z]*)?)            # Blackwell, DeepSeek (not AI, GPU)
            (?={t["product_noun"]})               # before a product noun: 平台, 一体机
        """, v), build_latin_noun),
    )


# Where the word-triggered rules can start: trigger kinds found by the matcher. The
# other rules start with a character class (Latin letter, middle dot), which `finditer`
# skips through quickly, so they scan the text directly.
ANCHORS: dict[str, tuple[str, ...]] = {
    "role_name": ("role",),
    "speech_name": ("speech",),
    "org_suffix": ("org_suffix", "org_suffix_place"),
    "place_body": ("gov_body",),
}


@lru_cache(maxsize=1)
def anchor_words() -> dict[str, tuple[str, ...]]:
    """Every trigger word that anchors a rule -> the names of the rules it anchors."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for rule, kinds in ANCHORS.items():
        for kind in kinds:
            for word in triggers(kind):
                by_word[word].append(rule)
    return {w: tuple(r) for w, r in sorted(by_word.items())}


Anchors = dict[str, list[int]]  # rule name -> positions where its pattern may match


def propose(shadow: Shadow, at: Anchors) -> list[Draft]:
    """Every draft any rule builds, overlapping; `entities.py` selects among them.

    `at` are the trigger positions: entities.py folds the trigger words into its one
    lexicon pass.
    """
    text = shadow.text
    found: list[Draft] = []
    for rule in rules():
        if rule.name in ANCHORS:
            matches = (rule.pattern.match(text, pos) for pos in at.get(rule.name, ()))
        elif rule.name == "translit_name" and not any(d in text for d in MIDDLE_DOTS):
            continue
        else:
            matches = rule.pattern.finditer(text)  # type: ignore[assignment]
        for match in matches:
            made = rule.build(match, shadow) if match is not None else None
            if isinstance(made, Draft):
                found.append(made)
    return found
