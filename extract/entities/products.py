"""Products named by their form: drugs by their INN ending, brands glossed by the drug,
model codes after a brand.

- `drug_name`: a drug's generic name ends in the Chinese rendering of its INN stem (kind
  `drug_suffix` in `entity_triggers.tsv`: 替尼 -tinib, 单抗 -mab, 他汀 -statin, 肽 ...): the
  name is the run of Han characters before it back to a function or category word (抗癌药|
  泽布替尼). Bare category words (单抗, 多肽, 小分子抑制剂) have no run and are no names.
- `brand_drug`: a brand name right before the drug in brackets (百悦泽(泽布替尼)) is a
  product too; the patterns' echo finds it again in the rest of the article.
- `brand_cue`: the name after a brand-name cue (kind `brand_cue`: 商品名, 商品名称) up to a
  bracket or punctuation is a product (JZ-2031注射液(商品名:泽立康)); the echo finds it
  again in the rest of the article.
- `series_no`: a coined name and a series number before 号 (福卫八号, 天通一号, 猎鹰9号) is a
  satellite, rocket or ship of a series (`build_series`).
- `place_vessel`: a warship named after a place (福建舰, 山东舰, 大连舰) is a product, with no
  location inside (`build_vessel`); not a fleet or a ship's part (东海舰队, 舰载机: kind
  `vessel_stop` after 舰).
- `drug_brand`: a coined brand right after a drug category word (抑制剂达伯舒, 新药泽立康,
  口服药Paxlovid; `build_drug_brand`).
- `formula`: a code-like token that reads as a chemical formula (two or more element symbols
  of kind `element`, one of them H or O: CO2, SO2, H2O2, LiFePO4, NH3) is no model; H20, N3P,
  SU7 are (one element, or no H or O).
- `brand_code` (in `build_code`, `patterns.py`): a model code right after a brand that is
  no org on its own is one product with it (小米15 when 小米 has no company context,
  启航X9 when the article names 启航汽车); after a company (英伟达H20, 华为Mate 70) the code
  stays a product of its own. A brand that opens a registered company name of the article
  (星途A9 beside 合肥星途智驾科技有限公司) or the quotes the code closes (“酷风C8”) is one
  product with the code; `brand_hyphen` (patterns.py) reads a hyphen between them (云翼-S7).
"""

from __future__ import annotations

from functools import cache

import regex

from extract.entities.lexicon import generic_words, is_a, lookup
from extract.entities.tables import Draft, boundary, draft, ends_with, single_chars, starts_with, triggers
from extract.text.segment import segmenter
from extract.text.shadow import Shadow

BRAND_BEFORE = regex.compile(r"(?r)\p{Han}{2,3}\(\Z")  # 百悦泽( right before a bracketed drug


def _stem_start(text: str, end: int) -> int:
    """Start of the drug name's stem ending at `end`: Han characters back to a stop."""
    stops = triggers("drug_stop") | triggers("name_stop") | triggers("boundary")
    start = end
    while start > 0 and end - start < 6 and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and text[start - 1] not in stops:
        start -= 1
    return start


def build_drug(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """泽布替尼, 替雷利珠单抗, 玛仕度肽: a stem of two or more characters, then the ending."""
    text = shadow.text
    start = _stem_start(text, m.start())
    if m.start() - start < 2 or text[start : m.end()] in generic_words():
        return None
    return draft("product", shadow, start, m.end())


def brand_before(shadow: Shadow, d: Draft) -> Draft | None:
    """百悦泽(泽布替尼): the brand right before a drug name in brackets, or None."""
    text = shadow.text
    if d.type != "product" or text[d.end : d.end + 1] != ")":
        return None
    m = BRAND_BEFORE.search(text, max(0, d.start - 4), d.start)
    if m is None or text[m.start() : m.end() - 1] in generic_words():
        return None
    return draft("product", shadow, m.start(), m.end() - 1)


def build_brand_drug(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """The brand before a bracketed drug name the `drug_name` rule reads at this ending."""
    d = build_drug(m, shadow)
    return brand_before(shadow, d) if d is not None else None


def build_brand_cue(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """商品名:泽立康 -- not a generic word after the cue (商品名:注射液)."""
    if m.group("name") in generic_words():
        return None
    return draft("product", shadow, m.start("name"), m.end("name"))


QUOTES = {"“": "”", "「": "」", "『": "』"}  # a name in quotes: “酷风C8”


def brand_start(text: str, start: int, end: int | None = None) -> int | None:
    """Start of a brand right before a model code at `start`: a company name that is a
    common word with no company context (小米|15), a word the article also names a
    company with (启航|X9 beside 启航汽车, 星途|A9 beside 合肥星途智驾科技有限公司), or a
    word that opens the quotes the code (ending at `end`) closes (“酷风C8”); None before
    anything else (英伟达|H20)."""
    from extract.entities.context import company_context  # context imports nothing of ours

    for size in (3, 2):
        word = text[max(0, start - size) : start]
        if len(word) < size or not all("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        opening = text[start - size - 1 : start - size]
        if end is not None and opening in QUOTES and text[end : end + 1] == QUOTES[opening]:
            return start - size  # “酷风C8”: the quotes hold one name
        if word in triggers("org_context_name"):
            return None if company_context(text, start - size, start, set(), set()) else start - size
        if not lookup(word) and _names_company(text, word):  # a known name stays apart
            return start - size
    return None


LEGAL_NAME = regex.compile(  # 星途|智驾科技有限公司: a few characters, then the legal form
    r"\p{Han}{0,4}?(?:科技|航空|汽车|电子|智能)?(?:股份有限公司|有限责任公司|有限公司)")


def _names_company(text: str, word: str) -> bool:
    """Does `word` stand somewhere in the text right before a two-character company head
    (启航|汽车, 星途|科技), or open a registered company name a few characters before its
    legal form (星途|智驾科技有限公司, 云翼|航空科技有限公司)?"""
    heads, pos = _heads2(), text.find(word)
    while pos >= 0:
        after = pos + len(word)
        if text[after : after + 2] in heads or LEGAL_NAME.match(text, after):
            return True
        pos = text.find(word, pos + 1)
    return False


@cache
def _heads2() -> frozenset[str]:
    return frozenset(h for h in triggers("org_suffix") if len(h) == 2)


LEAD_TAGS = frozenset({"v", "vn", "p", "d", "c", "r", "m"})  # 搭乘|鸿鹄7号: a verb before the name


def _lead_verbs(run: str) -> int:
    """Length of the verbs and function words that open `run` (搭乘, 把, 这): the name
    starts after them."""
    cut = 0
    for token, tag in segmenter().tag(run, False):
        if tag not in LEAD_TAGS:
            break
        cut += len(token)
    return cut


def _lead_noun(run: str) -> int:
    """Length of a product noun that opens `run` (机型|云翼, 卫星|天通): the category
    word before a coined name, which starts after it; 0 when none or nothing is left."""
    nouns = triggers("product_noun")
    return next((n for n in (3, 2) if len(run) - n >= 2 and run[:n] in nouns), 0)


SERIES_STEM = 4  # the longest name before the number: 福卫|八号, 天通|一号, 猎鹰|9号


def build_series(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """福卫八号, 天通一号, 猎鹰9号: a coined name of 2-4 characters, a number of one or two
    digits or up to three Chinese numerals, then 号: a satellite, rocket, ship or probe of a
    series. Not a date (十月八号), an ordinal (第八号), a line, building or signal (八号线,
    三号楼, 八号风球: words of kind `series_stop` after 号) or a stem that is a word of
    kind `series_stem_stop`. A numbered road (国道1号) is a location."""
    text, mark = shadow.text, m.start()
    if starts_with(text, m.end(), "series_stop"):
        return None
    num = mark
    numerals = triggers("series_numeral")  # 一 ... 十, 0 ... 9: the number of 福卫八号, 猎鹰9号
    while num > 0 and mark - num < 3 and text[num - 1] in numerals:
        num -= 1
    digits = text[num:mark]
    if not digits or (digits.isdigit() and len(digits) > 2) or (digits.isascii() != digits.isdigit()):
        return None
    stops = single_chars("name_stop", "boundary", "series_stem_stop")
    start = num
    while start > 0 and num - start < SERIES_STEM and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and text[start - 1] not in stops and text[start - 1] not in numerals:
        start -= 1
    lead = _lead_verbs(text[start:num]) or _lead_noun(text[start:num])
    start += lead
    stem = text[start:num]
    if len(stem) < 2 or not (lead or boundary(text, start) or text[start - 1 : start] in stops):
        return None
    if stem in generic_words() or any(e.type in ("location", "org") for e in lookup(stem)):
        return None
    if any(len(w) > 1 and w in stem for w in triggers("series_stem_stop")):
        return None  # 礼拜八号: a word row of the kind (the loop above stops at single characters)
    if stem.endswith(tuple(triggers("series_road"))):
        return draft("location", shadow, start, m.end())  # 国道1号, 省道3号: a numbered road
    return draft("product", shadow, start, m.end())


def build_vessel(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """福建舰, 山东舰: a known place (two or three characters) right before 舰 names a ship."""
    text, pos = shadow.text, m.start()
    if text[pos + 1 : pos + 2] in triggers("vessel_stop"):
        return None
    for size in (3, 2):
        if pos >= size and is_a(text[pos - size : pos], "location"):
            return draft("product", shadow, pos - size, pos + 1)
    return None




def formula(code: str) -> bool:
    """CO2, SO2, LiFePO4: two or more element symbols, one of them H or O, each a known
    element, read greedily left to right (a symbol of two letters first)."""
    elements, found, i = triggers("element"), [], 0
    while i < len(code):
        two, one = code[i : i + 2], code[i]
        sym = two if two[1:].islower() and two in elements else one if one in elements else ""
        if not sym:
            return False
        found.append(sym)
        i += len(sym)
        while i < len(code) and code[i].isdigit():
            i += 1
    return len(found) >= 2 and bool({"H", "O"} & set(found))


LATIN_BRAND = regex.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?(?![A-Za-z0-9])")  # 口服药|Paxlovid
BRAND_TAGS = frozenset({"nz", "nr", "nrt", "ns"})  # a two-character piece a coined brand may hold


def build_drug_brand(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """达伯舒 in PD-1抑制剂达伯舒收入, 泽立康 in 双抗新药泽立康获批, Paxlovid after 口服药: a
    coined name of two to four characters right after a drug category word (kind
    `drug_category`), ended by punctuation or a word of kind `drug_after` (获批, 上市, 收入);
    not a dictionary word or a phrase of common words (接种率, 研发投入), nor an INN name (the
    `drug_name` rule reads those) or a known name."""
    text, end = shadow.text, m.end()
    latin = LATIN_BRAND.match(text, end)
    if latin is not None:
        word = latin.group()
        return None if word in generic_words() else draft("product", shadow, end, latin.end())
    stops = single_chars("drug_stop", "boundary")
    for size in (3, 4, 2):
        name = text[end : end + size]
        if len(name) < size or not all("\u4e00" <= c <= "\u9fff" and c not in stops for c in name):
            continue
        after = end + size
        if after < len(text) and text[after].isalnum() and not starts_with(text, after, "drug_after"):
            continue  # the name runs on: 研发投|入
        if _brand_like(name):
            return draft("product", shadow, end, after)
    return None


def _brand_like(name: str) -> bool:
    """A coined brand: no known name, no INN ending, and the segmenter reads it as single
    characters or name-like pieces, not as one dictionary word (安全性) or common words."""
    if name in generic_words() or lookup(name) or ends_with(name, len(name), "drug_suffix"):
        return False
    tokens = segmenter().tag(name, False)
    return len(tokens) > 1 and all(len(t) == 1 or tag in BRAND_TAGS for t, tag in tokens)
