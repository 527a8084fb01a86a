"""Company names that are also common words (小米, 美的, 长城): an org only in context.

`entity_triggers.tsv` lists such aliases as kind `org_context_name`. Their org reading
stands only when the text around them marks a company:

- a company word or business verb right after (小米集团 is its own alias; 小米发布, 美的
  股价, 长城回应), or a speech verb (小米表示), kind `org_cue_after` and `speech`;
- a business verb right before (收购美的, 入股长城), kind `org_cue_before`;
- a ticker in brackets right after (小米(01810.HK), 美的(000333));
- another known company beside it in a list (美的、格力和海尔).

A degree adverb right before (最美的, 很美的, kind `org_cue_block`) always reads the word
as an ordinary one. Without context the org reading is dropped, and another reading of
the alias (a location 太平洋) is kept if it has one: 小米粥 and 美的东西 are no orgs.

A trading bloc (欧盟, 东盟, kind `bloc`) is read the other way: an org, but a location
where trade context marks it as a market area (`market_bloc`: 对欧盟出口, 在欧盟获批).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from extract.entities import tables as tab
from extract.entities.lexicon import Entry, Found, lookup

TICKER = regex.compile(r"""
    \ ?\(                                   # an opening bracket (the shadow folds （ to ()
    (?:[A-Z]{2,4}[:：]\ ?)?                  # an exchange before the code: HK:, NASDAQ:
    (?:\d{4,6}|[A-Z]{1,5})                  # the code: 01810, 000333, 2330, AAPL
    (?:\.(?:HK|SH|SZ|BJ|TW|TWO|US|O|N))?    # and the market after it: .HK, .SZ
    \)
""", regex.VERBOSE)


def needs_context(alias: str) -> bool:
    """Is this alias a company name that is also a common word?"""
    return alias in tab.triggers("org_context_name")


def _beside(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """Another company right next to it in a list: 美的、格力 / 格力和美的."""
    after = end < len(text) and text[end] in tab.triggers("list_mark") and end + 1 in starts
    before = start > 1 and text[start - 1] in tab.triggers("list_mark") and start - 1 in ends
    return after or before


def company_context(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """Does the text around text[start:end] mark it as a company?"""
    if tab.ends_with(text, start, "org_cue_block"):
        return False
    return (
        tab.starts_with(text, end, "org_cue_after")
        or tab.starts_with(text, end, "speech")
        or bool(tab.ends_with(text, start, "org_cue_before"))
        or TICKER.match(text, end) is not None
        or _beside(text, start, end, starts, ends)
    )


def _confirmed_by(text: str, word: str, orgs: Sequence[Found]) -> Entry | None:
    """A longer known org in the article that starts with `word` (美的集团 for 美的, 国泰金控
    for 国泰, 统一企业 for 统一): the article is about that company, so the bare name is
    it too (one sense per article), with its value."""
    for start, end, readings in orgs:
        if end - start > len(word) and text.startswith(word, start):
            return next(e for e in readings if e.type == "org")
    return None


def _at(text: str, pos: int, names: frozenset[str]) -> str:
    """The context name at `pos` (the longest), or ''."""
    return next((text[pos : pos + n] for n in (4, 3, 2) if text[pos : pos + n] in names), "")


def _has(readings: tuple[Entry, ...], kind: str) -> bool:
    """Has an alias a reading of `kind`? Most have one reading: tested without a generator."""
    if len(readings) == 1:
        return readings[0].type == kind
    return any(e.type == kind for e in readings)


def resolve(text: str, found: Sequence[Found], spots: Sequence[int] = ()) -> list[Found]:
    """`found` with the org reading of context names dropped where no context marks it.

    A context name stands as an org when the text around it marks a company or a known
    product follows it (苹果iPhone 16), when a
    longer known org of the article starts with it (`_confirmed_by`; this also reads names
    the lexicon holds only in their long form, 全家 of 全家便利商店), or when it is listed
    beside one that stands (美的、小米加码). `spots` are where the matcher saw a context name.
    """
    names = tab.triggers("org_context_name")
    bare = [f for f in found if text[f[0] : f[1]] in names]
    if not bare and not spots:
        return list(found)
    held = {(f[0], f[1]) for f in found}
    for pos in spots:  # context names the lexicon lacks as aliases: readable when confirmed
        word = _at(text, pos, names)
        if word and (pos, pos + len(word)) not in held:
            bare.append((pos, pos + len(word), ()))
    if not bare:
        return list(found)
    orgs = [f for f in found if _has(f[2], "org") and text[f[0] : f[1]] not in names]
    starts, ends = {f[0] for f in orgs}, {f[1] for f in orgs}
    products = {f[0] for f in found if _has(f[2], "product")}  # 苹果|iPhone
    keep: dict[tuple[int, int], Found] = {}
    for start, end, readings in bare:
        org = next((e for e in readings if e.type == "org"), None)
        if tab.ends_with(text, start, "org_cue_block"):
            continue
        if org is not None and (company_context(text, start, end, starts, ends) or end in products):
            keep[(start, end)] = (start, end, readings)
        elif (sure := _confirmed_by(text, text[start:end], orgs)) is not None:
            keep[(start, end)] = (start, end, (sure,))
    for start, end, readings in bare:  # 美的、小米: beside one that stands
        org = next((e for e in readings if e.type == "org"), None)
        if org is not None and (start, end) not in keep and _beside(
                text, start, end, {k[0] for k in keep}, {k[1] for k in keep}) \
                and not tab.ends_with(text, start, "org_cue_block"):
            keep[(start, end)] = (start, end, readings)
    out = []
    for f in found:
        if text[f[0] : f[1]] in names and (f[0], f[1]) not in keep:
            rest: tuple[Entry, ...] = tuple(e for e in f[2] if e.type != "org")
            if rest:
                out.append((f[0], f[1], rest))
            continue
        out.append(keep.get((f[0], f[1]), f))
    out += [f for k, f in keep.items() if k not in held]
    return sorted(out, key=lambda f: (f[0], f[1]))


@lru_cache(maxsize=1)
def _blocs() -> dict[str, str]:
    """org value -> the bloc's short name (东南亚国家联盟 -> 东盟), for the blocs of kind
    `bloc`: every alias of the bloc's org (东协, ASEAN) reads as that market area."""
    out = {}
    for word in tab.triggers("bloc"):
        org = next((e for e in lookup(word) if e.type == "org"), None)
        if org is not None:
            out[org.value] = word
    return out


def market_bloc(text: str, start: int, end: int, entry: Entry) -> tab.Draft | None:
    """A trading bloc named as a market area is a location (对欧盟出口, 在欧盟获批,
    与东盟贸易); acting (欧盟再核准补贴, 欧盟表示) it stays an org. A dict test first: most
    org readings are no bloc."""
    place = _blocs().get(entry.value) if entry.type == "org" else None
    if place is None:
        return None
    if tab.ends_with(text, start, "bloc_place_before") or tab.starts_with(text, end, "bloc_place_after"):
        return tab.Draft(start, end, "location", place, entry.id)
    return None


_FAIR_GAP = 4  # Han characters between 国际 and the event word (国际|汽车|展览会)


def fair(text: str, end: int) -> bool:
    """广州|国际汽车展览会, 中国|国际进口博览会: 国际, a few characters, then an event word
    after a place make it the event's name, no location of its own (tested only where 国际
    follows; the event words are `fair_event` data; a place right before an event word is
    `event_head`'s)."""
    if not text.startswith("国际", end):
        return False
    at = end + 2
    for gap in range(_FAIR_GAP + 1):
        if gap and not "\u4e00" <= text[at + gap - 1 : at + gap] <= "\u9fff":
            return False
        if tab.starts_with(text, at + gap, "fair_event"):
            return True
    return False
