"""Aliases in brackets right after a name (輝達(NVIDIA), 国家发展改革委(国家发改委), 新鸿基地产(新地)):
the same entity, a mention of its own with the name's value, and the short form's later
occurrences (docs/entities.md). Split from entities.py, which runs these after it has drafts."""

from __future__ import annotations

from bisect import bisect_left

import regex

from extract.entities import tables as tab

LATIN_ALIAS = regex.compile(r"""
    \(                                      # right after the name, in brackets (（ folds to ()
    (?P<alias>[A-Za-z][\p{Latin}0-9&'.\-]* # a Latin name: NVIDIA, Alan, AT&T, João
      (?:\ [\p{Latin}0-9&'.\-]+){0,4})       # of up to five words: Galaxy Tech, João Carvalho
    \)
""", regex.VERBOSE)
TICKER_LIKE = regex.compile(r"[A-Z]{1,5}\.[A-Z]{1,3}|\d+")  # NVDA.US, 0700: a ticker, not a name


def _latin_alias(text: str, d: tab.Draft) -> tab.Draft | None:
    """輝達(NVIDIA), 星河科技(Galaxy Tech): the Latin name in brackets after a name is the
    same entity: a mention of its own, with the name's value."""
    m = LATIN_ALIAS.match(text, d.end)
    if m is None or TICKER_LIKE.fullmatch(m.group(1)):  # group `alias`, by number (no exception)
        return None
    return tab.Draft(m.start(1), m.end(1), d.type, d.value, d.id)


SHORT_FORM = regex.compile(r"""
    \((?:以下)?(?:简称)?[“"]?               # (发改委), (新地), (简称“中能海外”): a short form
    (?P<short>\p{Han}{2,6})
    [”"]?\)""", regex.VERBOSE)


def _is_short_form(short: str, name: str) -> bool:
    """Is `short` an abbreviation of `name`: shorter, its characters in order inside it
    (证监会 of 中国证券监督管理委员会, 长实 of 长江实业, 北市府 of 台北市政府)?"""
    if len(short) >= len(name):
        return False
    it = iter(name)
    return all(c in it for c in short)


def _bracketed(text: str, d: tab.Draft, drafts: list[tab.Draft]) -> tab.Draft | None:
    """The alias in brackets right after an org or person: a Latin name (輝達(NVIDIA),
    美的集团(Midea Group)) or a short form of an org (国家发展改革委(国家发改委)), with the
    name's value; whatever the lexicon read inside the brackets gives way to it."""
    if text[d.end : d.end + 1] != "(" or d.type not in ("org", "person"):
        return None
    alias = _latin_alias(text, d)
    if alias is None and d.type == "org":
        m = SHORT_FORM.match(text, d.end)
        if m is not None and _is_short_form(m.group(1), text[d.start : d.end]):  # group `short`
            alias = tab.Draft(m.start(1), m.end(1), d.type, d.value, d.id)
    if alias is None or _crossed(alias, drafts):
        return None
    return alias


def _crossed(alias: tab.Draft, drafts: list[tab.Draft]) -> bool:
    """Does a draft overlap the alias without lying inside it? `drafts` are in text order
    and disjoint, so only those just before the alias's end can: found by bisection, not
    by a pass over the article's drafts for every bracket."""
    i = bisect_left(drafts, alias.end, key=lambda o: o.start)
    while i > 0 and drafts[i - 1].end > alias.start:
        i -= 1
        if not (alias.start <= drafts[i].start and drafts[i].end <= alias.end):
            return True
    return False


def brackets(text: str, drafts: list[tab.Draft]) -> list[tab.Draft]:
    """A name in brackets right after the same entity: a Latin alias or a short form is a
    mention of that entity (輝達(NVIDIA), 证监会 in 中国证券监督管理委员会(证监会), each with
    the name's value, found even when the lexicon lacks it); a longer Chinese name restates
    it as a gloss and is dropped (TPU(张量处理单元), as ANNOTATING.md asks)."""
    out: list[tab.Draft] = []
    alias: tab.Draft | None = None
    for d in drafts:
        if alias is not None and alias.start <= d.start and d.end <= alias.end:
            continue  # read inside the alias's brackets: the alias stands for it
        alias = None
        prev = out[-1] if out else None
        if prev is not None and d.start - prev.end == 1 and text[prev.end] == "(" \
                and text[d.end : d.end + 1] == ")" and (prev.type, prev.value) == (d.type, d.value) \
                and d.end - d.start > prev.end - prev.start and "\u4e00" <= text[d.start] <= "\u9fff":
            continue  # a gloss: one character apart, no slice of the text between
        out.append(d)
        if text[d.end : d.end + 1] == "(":  # `_bracketed`'s first test, inline: most have none
            alias = _bracketed(text, d, drafts)
            if alias is not None:
                out.append(alias)
    return out


def short_echoes(text: str, drafts: list[tab.Draft], longs: list[tab.Draft]) -> list[tab.Draft]:
    """Further occurrences of the short forms the brackets named (新地 in the headline
    after 新鸿基地产(新地) in the text), on characters no mention holds."""
    shorts = {text[d.start : d.end]: d for d in longs}
    taken = bytearray(len(text))
    for d in drafts:
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
    more = []
    for surface, d in shorts.items():
        pos = text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            if taken.find(1, pos, end) == -1:
                taken[pos:end] = b"\x01" * (end - pos)
                more.append(d._replace(start=pos, end=end))
            pos = text.find(surface, pos + 1)
    return sorted([*drafts, *more], key=lambda d: d.start) if more else drafts
