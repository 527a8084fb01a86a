"""Named entities: person, org, location, product, each with a canonical value and QID.

Two sources propose spans over the shadow text: the lexicon (every alias at once, one
Aho-Corasick pass, `entity_lexicon.py`) and the context patterns (`entity_patterns.py`:
role + name, speaker + 表示, stem + 公司, model codes). All proposals, plus generic
words (国产, 芯片厂商) that claim their characters without being entities, compete in
one greedy pass: longest span first, then lexicon before pattern. So an entity inside a
longer one never survives (no nesting, as in the gold), and adjacent names stay apart
(英伟达中国区 -> org 英伟达 + location 中国, since no single alias covers both).

A name found by a pattern is then looked for again in the rest of the article (the
H20 of `H20芯片` is also the H20 of `H20被禁`), filling only free characters.

Pure: no spaCy, no I/O per call; tables and the automaton are built once, on first use.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import regex

from ..records import Location, Org, Person, Product
from ..shadow import Shadow
from . import entity_lexicon as lex
from . import entity_patterns as pat

Entity = Person | Org | Location | Product

GENERIC, LEXICON, PATTERN, ECHO = range(4)  # rank: lower wins among equally long spans
MODEL_NEXT = regex.compile(r" ?[A-Z]{0,3}\d")
MODEL = regex.compile(r"""
    \ ?(?P<code>[A-Z]{0,3}\d+[A-Za-z]*)     # a model number after a product line: 910B, R1, 16
    (?![A-Za-z0-9]|\.\d)                    # that ends there
""", regex.VERBOSE)
YEAR = regex.compile(r"(?:19|20)\d\d")


class Cand(NamedTuple):
    start: int
    end: int
    rank: int
    payload: Any  # lex.Found for lexicon hits, a mention for pattern hits, None for generic


def __getattr__(name: str) -> Any:
    """`RULES` is built on first use, so importing the module stays cheap."""
    if name == "RULES":
        return pat.rules()
    raise AttributeError(name)


def lexicon_words() -> list[str]:
    """Every lexicon alias, for the segmenter's dictionary (tokens and entities agree)."""
    return lex.lexicon_words()


def _product_context(text: str, start: int, end: int) -> bool:
    """DeepSeek一体机, 基于Arm, DeepSeek R1: the product reading of an org/product name."""
    after, before = text[end : end + 4], text[max(0, start - 3) : start]
    return (
        any(after.startswith(n) for n in pat.triggers("product_noun"))
        or any(before.endswith(v) for v in pat.triggers("product_verb"))
        or MODEL_NEXT.match(text, end) is not None
    )


def _reading(text: str, found: lex.Found) -> lex.Entry:
    """The reading of an alias with several types: product in product context, else the first."""
    entries = found.entries
    if len(entries) > 1:
        product = next((e for e in entries if e.type == "product"), None)
        if product is not None:
            if _product_context(text, found.start, found.end):
                return product
            return next(e for e in entries if e.type != "product")
    return entries[0]


def _model(shadow: Shadow, found: lex.Found) -> Cand | None:
    """昇腾910B, DeepSeek R1: a product line from the lexicon plus a model number."""
    product = next((e for e in found.entries if e.type == "product"), None)
    m = MODEL.match(shadow.text, found.end) if product is not None else None
    if product is None or m is None or YEAR.fullmatch(m.group("code")):
        return None
    value = product.value + shadow.text[found.end : m.end()]
    made = pat.mention("product", shadow, found.start, m.end(), value)
    return Cand(found.start, m.end(), LEXICON, made)


def _candidates(shadow: Shadow) -> list[Cand]:
    cands = []
    for found in lex.scan(shadow.text):
        if found.entries[0].type == lex.GENERIC:
            cands.append(Cand(found.start, found.end, GENERIC, None))
            continue
        cands.append(Cand(found.start, found.end, LEXICON, found))
        model = _model(shadow, found)
        if model is not None:
            cands.append(model)
    for rule in pat.rules():
        for match in rule.pattern.finditer(shadow.text):
            made = rule.build(match, shadow)
            if made is not None:
                cands.append(Cand(made.start, made.end, PATTERN, made))  # type: ignore[attr-defined]
    return cands


def _select(cands: list[Cand], occupied: bytearray) -> list[Cand]:
    """Greedy: longest first, then lower rank, then leftmost; no two spans overlap."""
    kept = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.rank, c.start)):
        if occupied.find(1, c.start, c.end) == -1:
            occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
    return kept


def _echoes(text: str, found: list[Cand]) -> list[Cand]:
    """Further occurrences of names the patterns found (not of generic words)."""
    echoes = []
    for cand in found:
        if cand.rank != PATTERN or cand.end - cand.start < 2:
            continue
        surface, pos = text[cand.start : cand.end], text.find(text[cand.start : cand.end])
        while pos >= 0:
            if pos != cand.start and lex.bounded(text, pos, pos + len(surface)):
                echoes.append(Cand(pos, pos + len(surface), ECHO, cand.payload))
            pos = text.find(surface, pos + 1)
    return echoes


def _mention(shadow: Shadow, cand: Cand) -> Entity:
    if isinstance(cand.payload, lex.Found):
        e = _reading(shadow.text, cand.payload)
        return pat.mention(e.type, shadow, cand.start, cand.end, e.value, e.id)  # type: ignore[return-value]
    if cand.rank == ECHO:
        p = cand.payload
        return pat.mention(p.type, shadow, cand.start, cand.end, p.value, p.id)  # type: ignore[return-value]
    return cand.payload  # type: ignore[no-any-return]


def find_entities(shadow: Shadow) -> list[Entity]:
    """Every person, org, location and product mention, in text order, none overlapping."""
    occupied = bytearray(len(shadow.text))
    kept = _select(_candidates(shadow), occupied)
    kept += _select(_echoes(shadow.text, kept), occupied)
    kept = sorted((c for c in kept if c.rank != GENERIC), key=lambda c: c.start)
    return [_mention(shadow, c) for c in kept]


def find_person(shadow: Shadow) -> list[Person]:
    return [m for m in find_entities(shadow) if isinstance(m, Person)]


def find_org(shadow: Shadow) -> list[Org]:
    return [m for m in find_entities(shadow) if isinstance(m, Org)]


def find_location(shadow: Shadow) -> list[Location]:
    return [m for m in find_entities(shadow) if isinstance(m, Location)]


def find_product(shadow: Shadow) -> list[Product]:
    return [m for m in find_entities(shadow) if isinstance(m, Product)]
