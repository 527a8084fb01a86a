"""Models named by their product line: a line the maker puts in every model's name, then
the model code (汉L, 腾势N9, 银河E5, 问界M9, 海豹06, 极氪9X, 小米YU7, 骁龙8 Elite Gen 5).

The lines are facts, listed in `product_lines.tsv` with the maker (kind `line`; a
one-character series such as 汉 唐 宋 is kind `line1`). Rule `line_code`, anchored by the
lexicon pass on the line words, so an article with none costs nothing:

- after a `line` word: a code of Latin letters and digits (N9, E5, i8, YU7, L90), digits
  with an optional letter (06, 9X, 001, 9400); after a Latin line (OPPO, vivo) a space and
  a name word may come first (OPPO Find X9, OPPO Reno 14), then version words (kind `version`: Pro, Ultra,
  Elite, Gen 5): the whole span is one product, longer than the code alone, so it wins;
- after a `line1` word the code must hold a Latin capital (汉L, 唐L, 宋L DM-i is not read)
  and the word may not follow a digit or Latin letter (3000元A级);
- a powertrain word after the code, joined by a hyphen or a space (kind `suffix`: 唐L-EV,
  汉L DM-i), belongs to the model;
- never before a figure or date word (kind `code_stop`: A股, B2层, 3号线, A级, 小米9月) or a
  longer Latin or decimal token; a code that is a year (理想2025) is no model;
- a letters-only code is one capital (汉L) or four or more (理想MEGA), never two or three
  (小米AI, 小米APP); a Latin line ending in a dot (ID.) takes its number right after it (ID.3).

A maker written before the line (比亚迪汉L) stays an org of its own: the span starts at the
line. A line word with no code after it is left to the lexicon and the org rules (小米, 理想),
except a Chinese `line` word of two or more characters that no lexicon company holds, in an
article that names one of its models: 海豹 after 海豹08 is the series (`_bare_line`).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from extract.entities.lexicon import lookup
from extract.entities.tables import YEAR, Draft, draft
from extract.tables import alternation, read_table
from extract.text.shadow import Shadow


@cache
def words(kind: str) -> frozenset[str]:
    """The words of one kind in product_lines.tsv."""
    return frozenset(r["word"] for r in read_table("product_lines.tsv") if r["kind"] == kind)


def line_words() -> frozenset[str]:
    """Every line word: what anchors `line_code` in the lexicon pass."""
    return words("line") | words("line1")


@cache
def pattern() -> regex.Pattern[str]:
    """line + code + powertrain suffix + version words, matched at a line word's start;
    the code may be missing (a bare line word: 海豹交付量), which `build_line_code` reads
    only where the article names a model of that line."""
    return regex.compile(rf"""
        (?P<line>{alternation(line_words())})
        (?:\ ?(?P<name>[A-Z][a-z]+\ )?                      # OPPO Find X9: a name word
        (?P<code>
            [A-Z]{{1,3}}\d{{0,3}}[A-Za-z]?                    # N9, E5, L90, YU7, L, M9
            |[a-z]\d{{1,3}}                                 # i8
            |\d{{1,4}}[A-Z]?                                # 06, 9X, 001, 8 (骁龙8), 9400
        )
        (?P<suffix>[-\ ](?:{alternation(words("suffix"))}))?  # 唐L-EV, 汉L DM-i
        (?P<version>(?:\ ?(?:{alternation(words("version"))})(?:\ \d{{1,2}})?(?![a-z]))*))?
        (?![A-Za-z0-9]|\.\d)
    """, regex.VERBOSE)


LETTERS_NAME = 4  # 理想MEGA: four capitals or more name a model; AI, APP, ONE are no names


# Group numbers of `pattern()` (a group name on a `regex` match formats and discards an
# exception each call; tests/test_entities_speed.py checks them against the names).
LINE, NAME, CODE = 1, 2, 3


def build_line_code(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """汉L, 腾势N9, 海豹06, 小米15 Pro, 骁龙8 Elite Gen 5, OPPO Find X9, 理想MEGA, ID.3,
    ROG枪神9 -- not 元A股, 3000元A级, 小米AI, 理想2025."""
    if m.group(CODE) is None:
        return _bare_line(m, shadow)
    return draft("product", shadow, m.start(), m.end()) if _coded(m, shadow.text) else None


def _coded(m: regex.Match[str], text: str) -> bool:
    """Is a line word with a code after it a model (the tests of `build_line_code`)?"""
    line, code = m.group(LINE), m.group(CODE)
    if text[m.end() : m.end() + 1] in words("code_stop") or YEAR.fullmatch(code):
        return False
    if not any(c.isdigit() for c in code) and 1 < len(code) < LETTERS_NAME:
        return False  # 小米AI, 理想ONE: a short letters-only code is one capital (汉L) or nothing
    before = text[m.start() - 1 : m.start()]
    if line.isascii() and before.isascii() and before.isalnum():
        return False  # UUID.3: a Latin line starts a Latin word
    if line.endswith("."):  # ID.3: the dot joins line and number
        return True
    if line.isascii():  # OPPO Find X9, vivo X300: a Latin line is a word of its own
        if text[m.end(LINE) : m.end(LINE) + 1] != " " or (code.isdigit() and not m.group(NAME)):
            return False
    elif m.group(NAME):
        return False
    if line in words("line1"):
        if not any("A" <= c <= "Z" for c in code) or (before.isascii() and before.isalnum()):
            return False
    return True


def _bare_line(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """海豹 in 10月海豹交付量 after 比亚迪推出海豹08: a line word of two or more Chinese
    characters with no code is the series when the article names one of its models and
    the lexicon holds no company under it (小米, 理想 stay orgs); a one-character line
    (汉 唐) or a Latin one never stands alone."""
    line, text = m.group(LINE), shadow.text
    if line not in words("line") or len(line) < 2 or line.isascii():
        return None
    if any(e.type == "org" for e in lookup(line)):
        return None
    return draft("product", shadow, m.start(), m.end(LINE)) if line in _modelled_lines(text) else None


@lru_cache(maxsize=2)
def _modelled_lines(text: str) -> frozenset[str]:
    """The line words the text names a model of (海豹 of 海豹08): one scan per article,
    not one per bare line word."""
    return frozenset(o.group(LINE) for o in pattern().finditer(text)
                     if o.group(CODE) is not None and _coded(o, text))
