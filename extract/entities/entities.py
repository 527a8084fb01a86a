"""Named entities: person, org, location, product, each with a canonical value and QID.

Two sources propose spans over the shadow text: the lexicon (every alias at once, one
Aho-Corasick pass, `entity_lexicon.py`) and the context patterns (`entity_patterns.py`:
title + name, speaker + 表示, stem + 公司, model codes). A proposal lying inside a
generic word (一财 in 上一财年, from entity_generic.tsv) is dropped; the rest compete in
one greedy pass: longest span first, then lexicon before pattern. So an entity inside a
longer one never survives (no nesting, as in the gold), and adjacent names stay apart
(英伟达中国区 -> org 英伟达 + location 中国, since no single alias covers both).

A Latin name in brackets right after a name is the same entity, a mention of its own
with that name's value (輝達（NVIDIA）, 星河科技（Galaxy Tech）); any other name in brackets
right after the same entity is a gloss and is dropped (TPU（张量处理单元）, as ANNOTATING.md
asks). A lexicon product line followed by a model number is one
product (昇腾910B, DeepSeek R1). A name found by a pattern is looked for again in the rest
of the article (the H20 of `H20芯片` is also the H20 of `H20被禁`), filling only free
characters.

Pure: no spaCy, no I/O per call; tables and matchers are built once, on first use.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any, Union

import regex

from extract.entities import context as ctx
from extract.entities import lexicon as lex
from extract.entities import names
from extract.entities import patterns as pat
from extract.entities import tables as tab
from extract.entities.brackets import brackets, short_echoes
from extract.entities.orgs_short import short_name, stem_alias, tail_alias, unit_of
from extract.entities.places import county_echoes, line_echoes, outside_titles, storm_in
from extract.entities.products_tail import TAIL_START, extended
from extract.records import Location, Org, Person, Product
from extract.text.shadow import Shadow

Entity = Union[Person, Org, Location, Product]

CONTEXT = "org_context"  # the anchor name of company names that need context (context.py)
LEXICON, PATTERN, ECHO = range(3)  # rank: lower wins among equally long spans
MODEL = regex.compile(r"""
    \ ?(?P<code>[A-Z]{0,3}\d+[A-Za-z]*)     # a model number after a product line: 910B, R1, 16
                                            # (group 1: read by number, no exception a call)
    (?![A-Za-z0-9]|\.\d)                    # that ends there
""", regex.VERBOSE)

# A candidate is a plain tuple, sortable as is (best first), thousands per article:
# (start - end, rank, start, end, order, payload); payload is the alias readings for a
# lexicon hit, a Draft for a pattern hit, a model extension or an echo.
Cand = tuple[int, int, int, int, int, Any]


def __getattr__(name: str) -> Any:
    """`RULES` is built on first use, so importing the module stays cheap."""
    if name == "RULES":
        return pat.rules()
    raise AttributeError(name)


def lexicon_words() -> list[str]:
    """Every lexicon alias, for the segmenter's dictionary (tokens and entities agree)."""
    return lex.lexicon_words()


def _product_context(text: str, start: int, end: int) -> bool:
    """DeepSeek一体机, 基于Arm, DeepSeek R1, DeepSeek爆火: the product reading of an
    org/product name."""
    return (
        tab.starts_with(text, end, "product_noun")
        or tab.starts_with(text, end, "product_cue_after")
        or bool(tab.ends_with(text, start, "product_verb"))
        or MODEL.match(text, end) is not None
    )


def _reading(text: str, start: int, end: int, entries: tuple[lex.Entry, ...]) -> lex.Entry:
    """An alias with several types: the product reading in product context, else the first other."""
    if len(entries) > 1:
        product = next((e for e in entries if e.type == "product"), None)
        if product is not None:
            if _product_context(text, start, end):
                return product
            return next(e for e in entries if e.type != "product")
    return entries[0]


def _model(text: str, start: int, end: int, entries: tuple[lex.Entry, ...]) -> tab.Draft | None:
    """昇腾910B, DeepSeek R1: a product line from the lexicon plus a model number."""
    after = text[end : end + 1]
    if not (after.isdigit() or after == " " or "A" <= after <= "Z"):
        return None
    product = next((e for e in entries if e.type == "product"), None)
    m = MODEL.match(text, end) if product is not None else None
    if product is None or m is None or tab.YEAR.fullmatch(m.group(1)):
        return None
    if lex.lookup(text[start : m.end()]):
        return None  # the lexicon knows the model itself (DeepSeek R1 -> DeepSeek-R1)
    return tab.Draft(start, m.end(), "product", product.value + text[end : m.end()])


@lru_cache(maxsize=1)
def _matcher() -> tuple[lex.Matcher, list[tuple[lex.Entry, ...]], list[bool], list[tuple[str, ...]]]:
    """One matcher for the whole step: aliases, blocking generic words, trigger words.

    Per word: its readings (empty for a pure trigger), whether a Latin edge needs the
    boundary check, and the rules it anchors. One pass instead of two saves a third.
    A company name that is also a common word anchors the context check (`CONTEXT`).
    """
    t, anchors = lex.table(), dict(pat.anchor_words())
    for word in tab.triggers("org_context_name"):
        anchors[word] = (*anchors.get(word, ()), CONTEXT)
    known = set(t.words)
    extra = [w for by_alias in lex.regional().values() for w in by_alias] + list(anchors)
    words = t.words + [w for w in dict.fromkeys(extra) if w not in known]
    readings = t.readings + [()] * (len(words) - len(t.readings))
    edge = t.latin_edge + [False] * (len(words) - len(t.latin_edge))
    return lex.Matcher(words), readings, edge, [anchors.get(w, ()) for w in words]


@lru_cache(maxsize=4)
def _regional_readings(region: str) -> list[tuple[lex.Entry, ...]]:
    """The matcher's readings in one region's news: a regional form (`org_regional.tsv`)
    reads as that region's body (央行 in Taiwan news), built once per region, so the scan
    pays nothing per match for it."""
    matcher, readings, _, _ = _matcher()
    forms = lex.regional().get(region)
    if not forms:
        return readings
    return [forms.get(w, r) for w, r in zip(matcher.words, readings)]


def _scan(text: str, region: str | None = None) -> tuple[list[lex.Found], pat.Anchors]:
    """Alias occurrences and trigger positions, from one pass of the matcher; the
    readings are the region's (`_regional_readings`)."""
    matcher, readings, edge, rules_of = _matcher()
    if region is not None:
        readings = _regional_readings(region)
    found: list[lex.Found] = []
    at: pat.Anchors = defaultdict(list)
    keep, bounded = found.append, lex.bounded
    for i, start, end in matcher.find(text):
        r = readings[i]
        if r and (not edge[i] or bounded(text, start, end)):
            keep((start, end, r))
        rules = rules_of[i]
        if rules:  # a trigger word: most words are aliases only
            for rule in rules:
                at[rule].append(start)
    return found, at


def _candidates(shadow: Shadow) -> list[Cand]:
    """Lexicon and pattern candidates, minus those inside a generic word (上一财年)."""
    text, cands = shadow.text, list[Cand]()
    found, at = _scan(text, shadow.region)
    if at.get(CONTEXT):
        found = ctx.resolve(text, found, at[CONTEXT])
    generic = bytearray(len(text))
    outside = tab.triggers("outside_mainland") if shadow.region == "CN" else frozenset()
    generic_type, keep = lex.GENERIC, cands.append  # read once, not per hit
    for start, end, entries in found:
        if outside and text[start:end] in outside:
            continue  # 内地 is the mainland in Hong Kong and Taiwan news, inland on the mainland
        kind = entries[0].type
        if kind == "location" and (
                tab.starts_with(text, end, "event_head") or ctx.fair(text, end)):
            continue  # 陆家嘴论坛, 广州车展, 北区医院: the place is part of an event's or a body's name
        if kind == generic_type:
            generic[start:end] = b"\x01" * (end - start)
            continue
        keep((start - end, LEXICON, start, end, len(cands), entries))
        after = text[end : end + 1]  # `_model`'s first test, inline: most names end at a Han char
        if not (after.isdigit() or after == " " or "A" <= after <= "Z"):
            continue
        model = _model(text, start, end, entries)
        if model is not None:
            cands.append((start - model.end, LEXICON, start, model.end, len(cands), model))
    for d in pat.propose(shadow, at):
        cands.append((d.start - d.end, PATTERN, d.start, d.end, len(cands), d))
    cands += _tails(text, cands)
    if generic.find(1) == -1:
        return cands
    return [c for c in cands if generic.find(0, c[2], c[3]) != -1]


def _tails(text: str, cands: list[Cand]) -> list[Cand]:
    """iPhone 17 Pro Max, DeepSeek-V3.2, Qwen3-Max: a product with the tail of its model
    name (`products_tail`), as one more, longer candidate of the same rank."""
    more: list[Cand] = []
    size = len(text)
    for c in cands:
        if c[3] == size or text[c[3]] not in TAIL_START:
            continue  # the one test most candidates get: a Han character follows
        p = c[5]
        if isinstance(p, tab.Draft):
            d = p if p.type == "product" else None
        else:
            e = next((e for e in p if e.type == "product"), None)
            d = tab.Draft(c[2], c[3], "product", e.value) if e is not None else None
        t = extended(text, d.start, d.end, d.value) if d is not None else None
        if t is not None:
            more.append((t.start - t.end, c[1], t.start, t.end, len(cands) + len(more), t))
    return more


def _select(cands: list[Cand], occupied: bytearray) -> list[Cand]:
    """Greedy: longest first, then lower rank, then leftmost; no two spans overlap."""
    kept = []
    for c in sorted(cands):
        start, end = c[2], c[3]
        if occupied.find(1, start, end) == -1:
            occupied[start:end] = b"\x01" * (end - start)
            kept.append(c)
    return kept


def _shortened(text: str, kept: list[Cand]) -> tuple[list[Cand], dict[str, tab.Draft]]:
    """A company's legal name found by the rules takes the name the article uses for it
    (宏芯半导体股份有限公司 -> 宏芯, `orgs.short_name`); that short name is echoed too."""
    out, shorts = [], {}
    units: dict[str, tab.Draft | None] = {}
    for c in kept:
        d = c[5]
        if c[1] == PATTERN and d.type == "org" and d.value == text[d.start : d.end]:
            short = short_name(text, d.start, d.end)
            if short is not None:
                d = d._replace(value=short)
                shorts[short] = tab.Draft(0, 0, "org", short)
                c = (*c[:5], d)
            elif (stem := stem_alias(text, d.start, d.end)) is not None:
                shorts[stem] = tab.Draft(0, 0, "org", d.value)  # 晶亚 of 晶亚光电
            elif (tail := tail_alias(text, d.start, d.end)) is not None:
                shorts[tail] = tab.Draft(0, 0, "org", d.value)  # 华西医院 of 四川大学华西医院
        if c[3] - c[2] > 4 and (unit := unit_of(text, c[2], c[3], c[5])) is not None:
            units[unit[0]] = unit[1] if units.get(unit[0], unit[1]) == unit[1] else None  # of two: none
        out.append(c)
    whole = {u: d for u, d in units.items() if d is not None and u not in shorts}
    if whole:  # a unit the rules read alone too (交通事务委员会 by org_suffix) is the whole
        shorts.update(whole)
        out = [(*c[:5], c[5]._replace(value=whole[s].value, id=whole[s].id))
               if c[1] == PATTERN and (s := text[c[2] : c[3]]) in whole and c[5].type == "org" else c
               for c in out]
    if shorts:  # a short name read as a speaker (蓝湾表示) is the company
        out = [(*c[:5], c[5]._replace(type="org", value=text[c[2] : c[3]]))
               if c[1] == PATTERN and c[5].type == "person" and text[c[2] : c[3]] in shorts else c
               for c in out]
    return out, shorts


def _echoes(text: str, kept: list[Cand], shorts: dict[str, tab.Draft], occupied: bytearray) -> list[Cand]:
    """Further occurrences of names the patterns found (not of generic words), and of the
    short names of legal names; none on characters a kept mention holds (the selection
    would drop it: the name's own occurrence, mostly)."""
    names = {text[c[2] : c[3]]: c[5] for c in kept if c[1] == PATTERN and c[3] - c[2] > 1}
    names.update(shorts)
    echoes: list[Cand] = []
    for surface, d in names.items():
        pos, size = text.find(surface), len(surface)
        while pos >= 0:
            if occupied.find(1, pos, pos + size) == -1 and lex.bounded(text, pos, pos + size):
                echo = tab.Draft(pos, pos + size, d.type, d.value, d.id)
                echoes.append((-size, ECHO, pos, pos + size, len(echoes), echo))
            pos = text.find(surface, pos + 1)
    return echoes


def _draft(text: str, c: Cand) -> tab.Draft:
    if c[1] == LEXICON and not isinstance(c[5], tab.Draft):
        e = c[5][0] if len(c[5]) == 1 else _reading(text, c[2], c[3], c[5])  # most have one reading
        bloc = ctx.market_bloc(text, c[2], c[3], e) if e.type == "org" else None  # its first test
        return bloc or tab.Draft(c[2], c[3], e.type, e.value, e.id)
    return c[5]  # type: ignore[no-any-return]


def find_entities(shadow: Shadow) -> list[Entity]:
    """Every person, org, location and product mention, in text order, none overlapping."""
    occupied = bytearray(len(shadow.text))
    kept, shorts = _shortened(shadow.text, _select(_candidates(shadow), occupied))
    kept += _select(_echoes(shadow.text, kept, shorts, occupied), occupied)
    # 青岗 after 青岗县; 绿线 after 桃园捷运绿线 (line_echoes returns at once without 捷运)
    echoes = (county_echoes(shadow.text, occupied) if "县" in shadow.text else []) \
        + line_echoes(shadow.text, occupied)
    kept += _select([(d.start - d.end, ECHO, d.start, d.end, i, d) for i, d in enumerate(echoes)], occupied)
    kept.sort(key=lambda c: c[2])
    drafts = [_draft(shadow.text, c) for c in kept]
    persons = [(d.start, d.end) for d in drafts if d.type == "person"]
    if persons or "、" in shadow.text:  # untitled names in lists: 张三、李四和王五 (names.py)
        listed = names.listed_names(shadow, persons, occupied)
        if listed:
            drafts = sorted([*drafts, *listed], key=lambda d: d.start)
    drafts = brackets(shadow.text, drafts)
    if "《" in shadow.text or storm_in(shadow.text):  # 《欧洲晶片法》, 台风“桦加沙”: a place in a name
        drafts = outside_titles(shadow.text, drafts)
    bracketed = [d for d in drafts if d.type == "org" and shadow.text[d.start - 1 : d.start] == "("
                 and "\u4e00" <= shadow.text[d.start] <= "\u9fff"]
    if bracketed:
        drafts = short_echoes(shadow.text, drafts, bracketed)
    return [tab.record(shadow, d) for d in drafts]  # type: ignore[misc]


def find_person(shadow: Shadow) -> list[Person]:
    """Person mentions only (same selection as `find_entities`)."""
    return [m for m in find_entities(shadow) if isinstance(m, Person)]


def find_org(shadow: Shadow) -> list[Org]:
    """Organization mentions only."""
    return [m for m in find_entities(shadow) if isinstance(m, Org)]


def find_location(shadow: Shadow) -> list[Location]:
    """Location mentions only."""
    return [m for m in find_entities(shadow) if isinstance(m, Location)]


def find_product(shadow: Shadow) -> list[Product]:
    """Product mentions only."""
    return [m for m in find_entities(shadow) if isinstance(m, Product)]
