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
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.entities import tables as tab
from extract.entities.lexicon import Entry, Found

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


def resolve(text: str, found: Sequence[Found]) -> list[Found]:
    """`found` with the org reading of context names dropped where no context marks it."""
    names = tab.triggers("org_context_name")
    if not any(text[f[0] : f[1]] in names for f in found):
        return list(found)
    orgs = [f for f in found if text[f[0] : f[1]] not in names and any(e.type == "org" for e in f[2])]
    starts, ends = {f[0] for f in orgs}, {f[1] for f in orgs}
    out = []
    for f in found:
        start, end, readings = f
        if text[start:end] in names and not company_context(text, start, end, starts, ends):
            rest: tuple[Entry, ...] = tuple(e for e in readings if e.type != "org")
            if not rest:
                continue
            f = (start, end, rest)
        out.append(f)
    return out
