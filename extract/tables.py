"""Loads the rule data in `extract/data/` and turns word lists into patterns.

Every data file is UTF-8 TSV: `#` lines first (format, source, licence), then a header
row naming the columns, then one row per entry. Entries are written once, in shadow
form (Simplified, half-width); `tests/test_data.py` checks that converting them changes
nothing, since an entry that would change could never match the shadow text.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

import regex

from extract.errors import ExtractError


class DataError(ExtractError):
    """A data file is malformed (wrong column count, missing header)."""


Row = dict[str, str]


@cache
def read_table(name: str) -> tuple[Row, ...]:
    """Rows of `extract/data/<name>` as dicts keyed by the header row. Cached."""
    text = resources.files("extract").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return parse_table(text, name)


def parse_table(text: str, name: str = "<string>") -> tuple[Row, ...]:
    """Parse the TSV layout described in the module docstring.

    >>> parse_table("# source: x\\nword\\tregion\\n新台币\\tTW\\n")
    ({'word': '新台币', 'region': 'TW'},)
    """
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise DataError(f"{name}: no header row")
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            raise DataError(f"{name}: row {number} has {len(cells)} cells, header {len(header)}")
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    return tuple(rows)


def data_files(prefix: str) -> list[str]:
    """Names of data files `<prefix>.tsv` and `<prefix>.*.tsv`, sorted."""
    folder = resources.files("extract").joinpath("data")
    names = [p.name for p in folder.iterdir() if p.name.endswith(".tsv")]
    return sorted(n for n in names if n == f"{prefix}.tsv" or n.startswith(f"{prefix}."))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, escaped and longest first so the longest wins.

    >>> alternation(["元", "美元", "美元"])
    '美元|元'
    """
    unique = sorted(set(w for w in words if w), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in unique)
