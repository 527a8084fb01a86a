"""The name an article uses for a company the rules found by its full name.

`short_name`: the legal name's start the article also uses on its own (宏芯 of
宏芯半导体股份有限公司), else the name without its legal forms; `stem_alias`: the coined stem
of a name with no legal form (晶亚 of 晶亚光电); `tail_alias` and `unit_alias`: the unit of a
two-part name (华西医院 of 四川大学华西医院, 统计处 of 经济部统计处). Moved out of `orgs.py`
(module size).
"""

from __future__ import annotations

from functools import lru_cache

from extract.entities.lexicon import Entry, generic_words, lookup
from extract.entities.orgs import COMMITTEE, _legal, _place_end
from extract.entities.tables import Draft, triggers


def _elsewhere(text: str, word: str, start: int, end: int) -> bool:
    """Does `word` occur in the text outside text[start:end]?"""
    pos = text.find(word)
    while pos >= 0:
        if pos + len(word) <= start or pos >= end:
            return True
        pos = text.find(word, pos + 1)
    return False


def _names_place(text: str, word: str) -> bool:
    """Is `word` the place the company is in rather than its short name: a county or city
    with its suffix (青岗县 of 青岗县路桥工程公司), or a stem the article gives a suffix
    elsewhere (临江 of 临江智能装备公司, beside 临江市)?"""
    suffixes = triggers("admin_suffix")
    if word[-1] in suffixes:
        return True
    pos = text.find(word)
    while pos >= 0:
        if text[pos + len(word) : pos + len(word) + 1] in suffixes:
            return True
        pos = text.find(word, pos + 1)
    return False


def short_name(text: str, start: int, end: int) -> str | None:
    """The name an article uses for the company whose legal name is text[start:end]:
    the longest start of it, legal forms cut, that the article also uses on its own
    (宏芯 of 宏芯半导体股份有限公司, 美味坊 of 美味坊控股有限公司), else the name without
    its legal forms (港丰银行有限公司 -> 港丰银行); None without a legal form, or with a bare
    公司 after no other head (巴西航空工业公司 keeps its name; 海港小轮公司 -> 海港小轮).
    The place it is in is no short name (`_names_place`). After a place (深圳市华达集团)
    only a start the article uses counts, and it follows the place."""
    base, legal, longest = text[start:end], _legal()[0], _legal()[1]
    cut = True
    while cut:
        cut = False
        for size in range(min(longest, len(base) - 2), 1, -1):
            if base[-size:] in legal:
                base, cut = base[:-size], True
                break
    if len(base) == end - start:
        return None
    if base.endswith(")") and "(" in base:  # 苹果电脑贸易(上海): the registered place is no part of it
        base = base[: base.rindex("(")]
    lead = (_place_end(text, start) or start) - start
    heads = triggers("org_suffix") | triggers("org_suffix_place")  # 科技 names no company
    for size in range(len(base), lead + 1, -1):
        word = base[lead:size]
        if word not in generic_words() and word not in heads and all(e.type == "org" for e in lookup(word)) \
                and _elsewhere(text, word, start, end) and not _names_place(text, word):
            return word
    bare = text[start:end] == base + "公司" and not base.endswith(tuple(heads))  # 巴西航空工业公司
    return base if not lead and len(base) >= 2 and not bare else None


def stem_alias(text: str, start: int, end: int) -> str | None:
    """The stem of a company name with no legal form, when the article also uses it on
    its own for the company (晶亚 of 晶亚光电): it must be no word of the segmenter's
    dictionary (星河 of 星河科技 is a word, so it is not read as the company)."""
    name = text[start:end]
    heads, sizes = _heads_by_size()
    stem = next((name[:-n] for n in sizes if name[-n:] in heads), "")  # the longest head it ends in
    if len(stem) < 2 or stem in generic_words() or lookup(stem) or not _elsewhere(text, stem, start, end):
        return None
    from extract.entities.abbr import _is_word  # the cached dictionary test

    return None if _is_word(stem) else stem


@lru_cache(maxsize=1)
def _heads_by_size() -> tuple[frozenset[str], tuple[int, ...]]:
    """The org heads (industry words too: 翔轮 of 翔轮工业) and their lengths, longest
    first: one set test per length."""
    heads = triggers("org_suffix") | triggers("org_suffix_place") | triggers("org_industry")
    return heads, tuple(sorted({len(h) for h in heads}, reverse=True))


def tail_alias(text: str, start: int, end: int) -> str | None:
    """The unit at the end of a two-part name that the article also uses on its own for
    the whole (华西医院 of 四川大学华西医院): the name holds a first org head (大学), the
    rest after it ends in a head too and has a stem of two characters or more; the rest
    must be no generic word or lexicon entry and occur elsewhere in the text."""
    name = text[start:end]
    heads, sizes = _heads_by_size()
    places, units = triggers("org_suffix_place"), heads | triggers("dept_head")
    for cut in range(2, len(name) - 3):
        if not any(name[cut - n : cut] in places for n in sizes if n <= cut):
            continue
        tail = name[cut:]
        if not any(tail[-n:] in units and len(tail) - n >= 2 for n in (2, 3) if n < len(tail)):
            return None
        if tail in generic_words() or lookup(tail) or not _elsewhere(text, tail, start, end):
            return None
        return tail
    return None


def unit_alias(text: str, start: int, end: int) -> str | None:
    """The unit of a body + unit name that the article also uses on its own for the whole
    (統計處 after 經濟部統計處, 交通事務委員會 after 立法會交通事務委員會, as ANNOTATING.md's
    call on a body and its unit asks): the name starts with a known org or a legislature,
    the unit after it has three characters or more and ends in a unit ending (`gov_unit`:
    处, 署, 局, 司, 厅) or 委员会; it must be no generic word or lexicon entry (能源署 is a
    body of its own) and occur elsewhere in the text."""
    name = text[start:end]
    if len(name) < 5 or not (name[-1] in triggers("gov_unit") or name.endswith(COMMITTEE)):
        return None
    legislatures = triggers("legislature")
    for cut in range(2, len(name) - 2):
        head = name[:cut]
        if head not in legislatures and not any(e.type == "org" for e in lookup(head)):
            continue
        tail = name[cut:]
        known = tail == COMMITTEE or tail in generic_words() or bool(lookup(tail))
        return None if known or not _elsewhere(text, tail, start, end) else tail
    return None


def unit_of(text: str, start: int, end: int, payload: Draft | tuple[Entry, ...]) -> tuple[str, Draft] | None:
    """The unit of a kept org named body + unit (`unit_alias`) with the whole's value, for
    the echoes of the unit alone; `payload` is the mention's draft or lexicon readings."""
    first = payload if isinstance(payload, Draft) else payload[0]
    if first.type != "org":
        return None
    unit = unit_alias(text, start, end)
    return None if unit is None else (unit, Draft(0, 0, "org", first.value, first.id))
