"""Names in quotes that their neighbours type: products by a product noun beside the
quotes (three characters or more: “爆款”手机 and “国潮”品牌 are modifiers in scare quotes),
housing estates by their last character in property news, and products by a
product noun right before a Latin name.

- `quoted_name`: a name of 2-10 characters in quotes (“”, 「」, 『』) right after a product
  noun (邮轮“爱达·花城号”, 平台“积金易”) or right before one (“陆地航母”飞行汽车, “隆两优华占”
  水稻品种) is a product: the nouns are kinds `product_noun` and `quote_product` in
  `entity_triggers.tsv`. A name whose last character is an estate word (kind `estate_end`:
  苑, 邨, 湾, 汇, 山 ...) is a housing estate, a location, when a property word (kind
  `property_cue`: 新盘, 楼盘, 呎价, 入伙, 开价, 发展商 ...) stands in the same sentence
  (啟德新盤「海譽灣」, 「柏瓏山」下月上載售樓書). Not a known org, person or place (the lexicon
  reads those), not a generic word, no punctuation inside; quoted slogans and terms (“两江
  四岸”布局, “十四五”规划) have no product noun beside them.
- `noun_latin`: a capitalized Latin name right after a product noun (大型语言模型FoxBrain,
  大模型LongCat-Flash) is a product; acronyms (模型AI) and generic terms are not.

The quote rule is tried at each opening quote (found by `str.find`, no regex scan); the
Latin rule is anchored on the product nouns the matcher pass finds.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.entities.lexicon import generic_words, lookup
from extract.entities.tables import Draft, draft, triggers
from extract.text.shadow import Shadow

QUOTED = regex.compile(r"""
    (?P<open>[“「『])
    (?P<name>[^“”「」『』,。、;:!?()\s]{2,10})   # no punctuation inside: one name
    [”」』]
""", regex.VERBOSE)

NAME = 2  # QUOTED's group `name` (by number: a group name on a match costs an exception)
QUOTED_PRODUCT_MIN = 3  # “爆款”手机, “国潮”品牌: a two-character word in quotes is a scare-quoted modifier
QUOTE_OPENS = "“「『"


def quote_opens(text: str) -> list[int]:
    """Where an opening quote stands, in text order: where `quoted_name` is tried."""
    found = []
    for q in QUOTE_OPENS:
        pos = text.find(q)
        while pos >= 0:
            found.append(pos)
            pos = text.find(q, pos + 1)
    return sorted(found)


SENTENCE_END = "。!?\n"
PROPERTY_REACH = 40  # how far a property word may stand from the estate name, in one sentence


def build_quoted(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """邮轮“爱达·花城号”, “陆地航母”飞行汽车 (products); 新盘「海誉湾」 (a location)."""
    text, name = shadow.text, m.group(NAME)
    start, end = m.start(NAME), m.end(NAME)
    if name in generic_words() or any(e.type != "product" for e in lookup(name)):
        return None
    if len(name) >= QUOTED_PRODUCT_MIN and _product_noun_beside(text, m.start(), m.end()):
        return draft("product", shadow, start, end)
    if "\u4e00" <= name[-1] <= "\u9fff" and len(name) <= 5 and name[-1] in triggers("estate_end") \
            and _property_news(text, m.start(), m.end()):
        return draft("location", shadow, start, end)
    return None


def _product_noun_beside(text: str, open_at: int, close_end: int) -> bool:
    """A product noun ending right before the opening quote or starting right after the
    closing one."""
    words, sizes = _nouns()
    for size in sizes:
        if text[open_at - size : open_at] in words or text[close_end : close_end + size] in words:
            return True
    return False


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], tuple[int, ...]]:
    """The product nouns of both kinds and the lengths they come in."""
    words = triggers("product_noun") | triggers("quote_product")
    return words, tuple(sorted({len(w) for w in words}))


def _property_news(text: str, start: int, end: int) -> bool:
    """Does a property word stand in the sentence of the quotes, within reach?"""
    lo, hi = max(0, start - PROPERTY_REACH), min(len(text), end + PROPERTY_REACH)
    for stop in SENTENCE_END:
        cut = text.rfind(stop, lo, start)
        if cut >= 0:
            lo = max(lo, cut + 1)
        cut = text.find(stop, end, hi)
        if cut >= 0:
            hi = min(hi, cut)
    window = text[lo:start] + "|" + text[end:hi]
    return any(cue in window for cue in triggers("property_cue"))


def build_noun_latin(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """大型语言模型FoxBrain: the Latin name after the product noun, unless generic."""
    if m.group(1) in generic_words():  # group `word`, by number (no exception per call)
        return None
    return draft("product", shadow, m.start(1), m.end(1))
