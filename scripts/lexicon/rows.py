"""Shadow form and the lexicon file format, shared by every builder and by the checks.

Matching runs on the *shadow* text (OpenCC ``t2s``, one character to one, full-width
ASCII folded to half-width). Every name is therefore stored once, in shadow form; a name
that changes under :func:`shadow` could never match and fails the check. Generated names
are passed through :func:`shadow` before they are written.

A lexicon file is UTF-8 TSV: the format, source and licence ``#`` lines, then the header
row ``value id aliases``; :func:`read_lexicon` asserts that layout, :func:`write_lexicon`
writes it with the rows sorted by value, so a second build is byte-identical.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "data-sources"
OUT = ROOT / "extract" / "data"

FORMAT_LINE = (
    "# format: value<TAB>id<TAB>aliases — aliases separated by |, shadow form "
    "(Simplified, half-width); value is also matched"
)
HEADER = "value\tid\taliases"

_FOLD = str.maketrans({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20})
_T2S = opencc.OpenCC("t2s.json")


def shadow(text: str) -> str:
    """The shadow form of `text`: full-width ASCII folded, then OpenCC t2s.

    Mirrors ``extract.shadow.to_shadow`` (kept separate so that the build does not
    import the package it builds data for).
    """
    return _T2S.convert(text.translate(_FOLD))



@dataclass(frozen=True)
class Entry:
    """One entity: canonical value, Wikidata QID (or ""), aliases in shadow form."""

    value: str
    id: str = ""
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """What the matcher looks for: the value's shadow form, then the aliases.

        A value may be written as the name is spelled in Simplified even where t2s
        changes it (昇腾 becomes 升腾): the record shows 昇腾, the shadow text matches 升腾.
        """
        return (shadow(self.value), *self.aliases)


def make_entry(value: str, qid: str = "", aliases: Iterable[str] = ()) -> Entry:
    """An Entry with the aliases deduplicated in order and the value removed from them."""
    seen: list[str] = []
    for alias in aliases:
        if alias and alias != value and alias not in seen:
            seen.append(alias)
    return Entry(value, qid, tuple(seen))


def read_lexicon(name: str) -> list[Entry]:
    """Parse ``extract/data/<name>`` (value, id, aliases) after checking its header."""
    path = OUT / name
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 4, f"{name}: missing header lines"
    assert lines[0] == FORMAT_LINE, f"{name}: first line must be the format line"
    assert lines[1].startswith("# source: ") and len(lines[1]) > 10, f"{name}: no source line"
    assert lines[2].startswith("# licence: ") and len(lines[2]) > 11, f"{name}: no licence line"
    assert lines[3] == HEADER, f"{name}: header row must be {HEADER!r}"
    entries = []
    for number, line in enumerate(lines[4:], start=5):
        assert line and not line.startswith("#"), f"{name}:{number}: blank or comment line"
        cells = line.split("\t")
        assert len(cells) == 3, f"{name}:{number}: {len(cells)} cells, expected 3"
        value, qid, aliases = cells
        alias_list = aliases.split("|") if aliases else []
        assert all(alias_list), f"{name}:{number}: empty alias in {aliases!r}"
        entries.append(Entry(value, qid, tuple(alias_list)))
    return entries


def write_lexicon(name: str, entries: Iterable[Entry], source: str, licence: str) -> int:
    """Write a value/id/aliases file sorted by value; return the row count."""
    rows = sorted(entries, key=lambda e: e.value)
    lines = [FORMAT_LINE, f"# source: {source}", f"# licence: {licence}", HEADER]
    lines += [f"{e.value}\t{e.id}\t{'|'.join(e.aliases)}" for e in rows]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)

