"""Company names nobody listed: a coined stem before an industry word (华晟电器, 翔轮工业).

Many company names are a stem of two or three characters chosen for its sound, then the
industry the company is in, then (optionally) a legal form: 华晟电器, 嘉味食品, 鹏远乳业,
翔轮工业, 晶瞳光学, 弗迪电池股份有限公司. The industry words (kind `org_industry` in
`entity_triggers.tsv`) are common nouns, so a stem before one is a name only when it is
no word: `家用电器`, `休闲食品`, `动力电池`, `传统工业`, `工业机器人` have a dictionary word
before the industry word, and a coined stem is cut by the segmenter into single characters
(华|晟, 翔|轮) or read as a proper name (振华, tagged nz). That test is the rule's guard,
with the org rule's others: the stem starts after a boundary or a lead word (大厂|翔轮工业,
旗下|弗迪电池), is no generic word or known place, does not start with a pronoun or a
numeral (该, 两) and is no run of place abbreviations (川渝电池), and the industry word
stays one token after it. A stem that is a dictionary word (启衡, 远扬, 长风) still names a
company where a company cue follows (`cued`: 启衡机器人发布, 遠揚海運則下跌).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from extract.entities import abbr
from extract.entities.lexicon import generic_words, lookup
from extract.entities.orgs import chain_end, modifies
from extract.entities.tables import (
    NAME_TAGS,
    STOP_TAGS,
    Draft,
    boundary,
    draft,
    ends_with,
    single_chars,
    starts_with,
    triggers,
)
from extract.text.segment import segmenter
from extract.text.shadow import Shadow

STEM_SIZES = (2, 3)


@lru_cache(maxsize=4096)
def coined(stem: str) -> bool:
    """Is `stem` no dictionary word: single characters to the segmenter, or a name?"""
    tokens = segmenter().tag(stem, False)
    if tokens[0][1] in STOP_TAGS and len(tokens[0][0]) == 1:
        return False  # 该|电池, 两|大: a pronoun or a numeral opens no name
    return all(len(token) == 1 or tag in NAME_TAGS for token, tag in tokens)


DATE_RUN = regex.compile(r"\d{1,2}月(?:\d{1,2}日)?[早晚]?|\d{1,2}日[早晚]?")  # 10月29日晚 before a cue


def cued(text: str, stem: str, start: int, end: int) -> bool:
    """Does a company cue follow the name text[start:end] whose stem is a dictionary word
    (启衡机器人10月29日晚发布, 遠揚海運則下跌, 長風海洋工程(長風)今日股價)? A business or
    speech verb or a share-price word (kinds `org_cue_after`, `speech`, `org_cue_move`),
    after at most one connective or time word (`org_cue_skip`) or a date; or a short form
    of the name in brackets (長風 of 長風海洋工程). A stem opening or closing with a category
    word (`industry_descriptor`: 工业机器人, 休闲食品) names no company, cue or not."""
    descriptors = triggers("industry_descriptor")
    if any(stem[:n] in descriptors or stem[-n:] in descriptors for n in (2, 3) if n <= len(stem)):
        return False
    pos = end
    if text[pos : pos + 1] == "(":
        close = text.find(")", pos, pos + 8)
        if close > pos + 2 and text.startswith(text[pos + 1 : close], start):
            return True
    skip = next((w for w in triggers("org_cue_skip") if text.startswith(w, pos)), "")
    pos += len(skip)
    date = DATE_RUN.match(text, pos)
    if date is not None:
        pos = date.end()
    return any(starts_with(text, pos, kind) for kind in ("org_cue_after", "speech", "org_cue_move"))


def may_end_stem(text: str, head: int) -> bool:
    """`_stem_start`'s first test, for `patterns._spots`: are the two characters before the
    industry word Han and no stop (most industry words follow a common word or a
    function word: 的食品, 家用电器 then fails later)?"""
    stops = single_chars("name_stop", "boundary", "stem_end")
    return head >= 2 and all("\u4e00" <= c <= "\u9fff" and c not in stops for c in text[head - 2 : head])


def _stem_start(text: str, head: int) -> int | None:
    """Start of a 2-3 character stem before `head` that starts after a boundary or a
    lead word (旗下, 大厂), with no function word in it."""
    stops = single_chars("name_stop", "boundary", "stem_end")  # a stem holds none of these
    for size in STEM_SIZES:
        start = head - size
        if start < 0 or not all("\u4e00" <= c <= "\u9fff" and c not in stops for c in text[start:head]):
            return None
        if boundary(text, start) or any(ends_with(text, start, k) for k in ("stem_lead", "industry_lead")):
            return start
    return None


def _more_heads(text: str, end: int) -> int:
    """纺织 + 机械 + 厂: up to two further industry words, then a factory word (kind
    `org_factory`: 厂, 工厂; not in 厂商 or 厂长), belong to the name."""
    for kind in ("org_industry", "org_industry", "org_factory"):
        words, sizes = _by_size(kind)
        word = next((text[end : end + n] for n in sizes if text[end : end + n] in words), "")
        after = text[end + len(word) : end + len(word) + 1]
        if word and not (kind == "org_factory" and after and after in triggers("factory_not")):
            end += len(word)
    return end


@cache
def _by_size(kind: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """A trigger kind's words and their lengths, longest first: one set test per length."""
    words = triggers(kind)
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


def build_org_industry(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """华晟电器, 翔轮工业, 弗迪电池: a coined stem, an industry word, legal forms optional."""
    text, head = shadow.text, m.start()
    if head == 0 or not "\u4e00" <= text[head - 1] <= "\u9fff":
        return None
    start = _stem_start(text, head)
    if start is None:
        return None  # the cheap tests first: most industry words follow a common word
    stem = text[start:head]
    if stem in generic_words() or lookup(stem) or stem in triggers("deictic_place"):
        return None
    if all(c in abbr.all_chars() for c in stem):
        return None  # 川渝电池, 京沪物流: a run of place abbreviations is two places
    end = chain_end(text, _more_heads(text, m.end()))
    if modifies(text, end) or not (coined(stem) or cued(text, stem, start, end)):
        return None  # 食品行业, 电池板块: the industry word is a modifier
    if segmenter().cut(text[start : m.end()], False)[-1] != m.group():
        return None  # the industry word joins the stem in a longer word
    return draft("org", shadow, start, end)
