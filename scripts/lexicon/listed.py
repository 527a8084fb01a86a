"""Mainland and Hong Kong listed companies: ``data-sources/cn_hk_listed`` -> ``org.cn_listed.tsv``.

Value = the securities short name in shadow form without the exchange's markers (小米集团-W
-> 小米集团, 万科A -> 万科; the marked form stays an alias), as ANNOTATING.md asks for a
listed company. A company the hand-compiled ``org.tsv`` (or ``org.gov.tsv``) already
knows under any of its names is left out here, and its further names are returned so
that the build can report them (an alias belongs to one row only). A name that is an
ordinary word (``common``) is left out as well, with the reason.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

MARKERS = re.compile(r"(-SW|-W|-S|A)$")
Listing = tuple[str, list[str]]  # value, aliases


def build_listed(
    path: Path, shadow: Callable[[str], str], reserved: dict[str, str], common: Callable[[str], bool]
) -> tuple[list[Listing], dict[str, list[str]], dict[str, str]]:
    """(rows, owner value -> names org.tsv lacks, dropped name -> reason)."""
    rows: dict[str, list[str]] = {}
    missing: dict[str, list[str]] = {}
    dropped: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            raw = shadow(row["name"].strip())
            value = MARKERS.sub("", raw) if not raw.isascii() else raw
            names = [value, raw] + [shadow(a) for a in row["aliases"].split("|") if a]
            names = list(dict.fromkeys(n for n in names if len(n) > 1))
            owner = next((reserved[n] for n in names if n in reserved), None)
            if owner is not None:
                new = [n for n in names if n not in reserved]
                if new:
                    missing.setdefault(owner, []).extend(new)
                continue
            for name in [n for n in names if common(n)]:
                dropped[name] = "an ordinary word (jieba frequency)"
                names.remove(name)
            if value not in names:
                continue
            rows.setdefault(value, [])
            rows[value] += [n for n in names if n != value and n not in rows[value]]
    return list(rows.items()), missing, dropped
