"""The tail of a model name: what follows a product the lexicon or a rule found and is
still part of the model (iPhone 17 Pro Max, Galaxy S25 Ultra, DeepSeek-V3.2, GLM-4.6,
Qwen3-Max, Gemini 2.5 Flash).

A product ending in a Latin letter or a digit may go on with

- a decimal after its last digit (DeepSeek-V3|.2, GPT-5|.1), or after a space when the
  name ends in a letter (Gemini| 2.5, Llama| 3.1): a release number;
- a hyphen and a release part: a number (GLM|-4.6), a capitalized word (Qwen3|-Max) or
  a capital with digits (Qwen2.5|-VL);
- version words (kind `version` in `product_lines.tsv`: Pro, Max, Ultra, Plus, Air, SE,
  Lite, Flash, Turbo ...), each after a space, a hyphen or nothing (Magic8 Pro, iPhone 17
  Pro Max, o3-mini), Gen with its number (Elite Gen 5).

Never before a figure word (kind `code_stop`: Gemini 2.5万 is a count).

The extended span is one more candidate, longer than the name alone, so it wins the
selection; nothing Latin or decimal may follow it (iPhone 17 ProMotion is no Pro). Its
value is the name's value plus the tail as written when the name is written as its
value (iPhone 17 + ' Pro'), else the surface (GLM reads as 智谱清言, GLM-4.6 is the model).
It is tried only on product candidates followed by a space, a hyphen or a point, so an
article pays one character test per candidate.
"""

from __future__ import annotations

from functools import cache

import regex

from extract.entities.products_lines import words
from extract.entities.tables import Draft
from extract.tables import alternation


@cache
def _tail() -> regex.Pattern[str]:
    return regex.compile(rf"""
        (?:(?<=\d)\.\d{{1,2}}                        # DeepSeek-V3|.2: a point release
            |(?<=[A-Za-z])\ \d{{1,2}}\.\d{{1,2}})?       # Gemini| 2.5, Llama| 3.1
        (?:-(?:\d{{1,2}}(?:\.\d{{1,2}})?              # GLM|-4.6
            |[A-Z][a-z]{{2,}}                         # Qwen3|-Max
            |[A-Z]{{1,3}}\d{{0,2}}))?                 # Qwen2.5|-VL, GPT-4|-V
        (?:[\ \-]?(?:{alternation(words("version"))})\+?  # Pro, Pro Max, o3-mini, Elite Gen 5
            (?:\ \d{{1,2}})?(?![A-Za-z]))*
        (?![A-Za-z0-9]|\.\d)
    """, regex.VERBOSE)


TAIL_START = frozenset(" -.")  # what must follow a product for a tail to be tried


def extended(text: str, start: int, end: int, value: str) -> Draft | None:
    """The product at start..end with its tail, or None when nothing follows that is
    part of the model. `value` is the product's value without the tail."""
    if not text[end - 1 : end].isascii() or not text[end - 1].isalnum():
        return None
    m = _tail().match(text, end)
    if m is None or m.end() == end or text[m.end() : m.end() + 1] in words("code_stop"):
        return None  # Gemini 2.5万: a figure after the name, no release
    surface = text[start:end]
    base = value if value == surface else surface
    return Draft(start, m.end(), "product", base + text[end : m.end()])
