"""A product named between its maker and a product noun: 比亚迪的海豹车型, 华为的昇腾芯片,
长城旗下坦克品牌 (rule `maker_noun`).

At a product noun of kind `maker_noun` in `entity_triggers.tsv` (芯片, 手机, 车型, 电池,
品牌 ...; not 平台 or 系统, which follow service words: 美团的外卖平台) the two or three Han
characters before it are a product's name when a company the lexicon knows stands right
before them joined by 的, or 旗下 stands there (旗下坦克品牌: a maker is named nearby). The
name is the product; the noun and the maker stay outside (the maker is an org of its own).
Not a name: a modifier of kind `product_modifier` (旗舰, 新款, 高端, 自研 ...) or one holding
a one-character row of that kind (首款, 新一代, 入门级), a product noun itself (Arm的服务器
芯片), a generic word, a known org or place (华为的中国手机).
"""

from __future__ import annotations

import regex

from extract.entities.lexicon import generic_words, is_a, lookup
from extract.entities.tables import Draft, draft, single_chars, triggers
from extract.text.shadow import Shadow

JOINS = ("旗下的", "旗下", "的")  # between the maker and the name, longest first
MAKER_SIZES = (6, 5, 4, 3, 2)  # a known company's alias ending at the join


def build_maker_noun(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """海豹 in 比亚迪的海豹车型: a coined name after a known maker, before the noun."""
    text, pos = shadow.text, m.start()
    for size in (3, 2):
        start = pos - size
        if start < 1 or not (text[start - 1] in "的下" and _maker_before(text, start)):
            continue  # the cheap test first: most nouns follow no 的 or 旗下 at this distance
        stem = text[start:pos]
        if _name_like(stem):
            return draft("product", shadow, start, pos)
    return None


def _name_like(stem: str) -> bool:
    """Han characters only, no modifier, stop, category noun or known name."""
    stops = single_chars("boundary", "product_modifier")
    if not all("\u4e00" <= c <= "\u9fff" and c not in stops for c in stem):
        return False
    return not (stem in generic_words() or stem in triggers("product_modifier") or lookup(stem)
                or any(w in stem for w in triggers("product_modifier") if len(w) > 1) or _category(stem))


def _category(stem: str) -> bool:
    """Is the stem a product noun itself, or does it end in one (服务器 of Arm的服务器芯片)?"""
    nouns = triggers("maker_noun") | triggers("product_noun") | triggers("quote_product")
    return any(stem[i:] in nouns for i in range(len(stem) - 1))


def _maker_before(text: str, end: int) -> bool:
    """Does a known company end right before `end`, after a join word (的, 旗下)?"""
    for join in JOINS:
        if text.endswith(join, 0, end):
            if join.startswith("旗下"):
                return True  # 旗下坦克品牌: 旗下 says a maker owns what follows
            at = end - len(join)
            return any(at >= size and (is_a(text[at - size : at], "org")
                                       or text[at - size : at] in triggers("org_context_name"))
                       for size in MAKER_SIZES)
    return False
