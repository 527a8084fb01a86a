"""Model codes as products: the builds of the code rules of `patterns.py` (code_noun,
code_after_name, brand_hyphen, latin_noun), moved here to keep that module small.

H20, NVL72, CloudMatrix 384 and a code after a Chinese brand are products; Q1, 5G, years
(Computex 2025), metro station numbers (A8长庚医院站), events (WWDC25大会) and chemical
formulas (CO2, LiFePO4, `products.formula`) are not.
"""

from __future__ import annotations

import regex

from extract.entities import products as prod
from extract.entities import products_lines
from extract.entities.lexicon import generic_words
from extract.entities.tables import YEAR, Draft, draft, starts_with
from extract.text.shadow import Shadow

# The rules' named group is their first: group 1 (a group name on a `regex` match formats
# and discards an exception each call; tests/test_entities_speed.py checks the numbers).
CODE = 1


def build_code(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """H20, NVL72, CloudMatrix 384 -- but not Q1, 5G, or Computex 2025 (a year)."""
    code = m.group(CODE)
    last = code.split(" ")[-1]
    if code in generic_words() or not any(c.isdigit() for c in code):
        return None
    if " " in code and YEAR.fullmatch(last):
        return None
    if STATION.match(shadow.text, m.end(CODE)) or starts_with(shadow.text, m.end(CODE), "event_head"):
        return None  # A8长庚医院站: a metro station's number; WWDC25大会: an event
    if prod.formula(code):
        return None  # CO2, SO2, LiFePO4: a chemical formula
    short = SHORT_CODE.fullmatch(code)
    brand = prod.brand_start(shadow.text, m.start(CODE), m.end(CODE)) if short else None
    end = m.end(CODE)
    suffix = POWERTRAIN.match(shadow.text, end)
    if suffix is not None and suffix.group(1) in products_lines.words("suffix"):
        end = suffix.end()  # Enviro500 EV: the powertrain word belongs to the model
    return draft("product", shadow, m.start(CODE) if brand is None else brand, end)


POWERTRAIN = regex.compile(r"[\ \-]([A-Z]{2,4}(?:-[a-z])?)(?![A-Za-z0-9])")  # ' EV', '-PHEV', ' DM-i'


def build_brand_hyphen(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """云翼-S7: a code joined by a hyphen to a brand the article names a company with
    (深圳云翼航空科技有限公司); after any other word the hyphen joins no product."""
    start = prod.brand_start(shadow.text, m.start())
    return None if start is None else draft("product", shadow, start, m.end(CODE))


STATION = regex.compile(r"\p{Han}{2,6}?站(?!\p{Han}*(?:芯片|处理器))")  # A8|长庚医院站, BL12|台北车站


def build_latin_noun(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """Blackwell平台, DeepSeek一体机: a capitalized Latin name before a product noun."""
    if m.group(CODE) in generic_words():
        return None
    return draft("product", shadow, m.start(CODE), m.end(CODE))


SHORT_CODE = regex.compile(r"[A-Z]{0,3}\d+[A-Za-z]?")  # X9, S7, 15: a code a brand may carry (小米15, 启航X9)
