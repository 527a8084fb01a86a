"""Countries, territories and world regions: ``data-sources/cldr_zh`` -> ``location.cldr.tsv``.

Value = the zh-Hans name (HK, MO, TW get their common short names 香港, 澳门, 台湾 and
the official names as aliases). The zh-Hant (Taiwan) and zh-Hant-HK names become aliases
after shadow conversion when they differ (纽西兰 for 新西兰, 南韩 for 韩国). Parenthesised
names also get the form without the parenthesis. Our own corrections are data in
``data-sources/territory_names``: ``territories.tsv`` gives per code the codes skipped
(001 世界, an ordinary word; EU 欧盟 and UN 联合国, organisations in ``org.tsv``; the
pseudo/unknown codes), replacement values, Wikidata QIDs and common short forms not in
CLDR (沙特, 阿联酋 …); ``stop_aliases.tsv`` drops aliases that are ordinary words or clash
with a more frequent reading (中美 is "China-US" far more often than "Central America").
"""

from __future__ import annotations

import csv
import re

from .rows import SRC, Entry, make_entry, shadow

NAMES = SRC / "territory_names"


def _rows(name: str) -> list[dict[str, str]]:
    """A TSV of ``data-sources/territory_names`` without its ``#`` provenance lines."""
    with (NAMES / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"))


def _name_variants(name: str) -> list[str]:
    """Shadow form of a CLDR name plus, if it has a parenthesis, the form without it."""
    base = shadow(name).strip()
    out = [base]
    stripped = re.sub(r"\s*\([^)]*\)\s*", "", base).strip()
    if stripped != base:
        out.append(stripped)
    return out


def build_cldr() -> list[Entry]:
    """Countries, territories and regions from CLDR (see module docstring)."""
    fixes = {r["code"]: r for r in _rows("territories.tsv")}
    stop = {r["alias"] for r in _rows("stop_aliases.tsv")}
    entries = []
    with (SRC / "cldr_zh" / "territories.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            fix = fixes.get(row["code"], {})
            if fix.get("skip") == "yes":
                continue
            names: list[str] = []
            for column in ("zh_Hans", "zh_Hant", "zh_Hant_HK"):
                names += _name_variants(row[column])
            aliases = [n for n in names if n not in stop and len(n) >= 2]
            aliases += [a for a in fix.get("aliases", "").split("|") if a]
            entries.append(make_entry(fix.get("value") or names[0], fix.get("qid", ""), aliases))
    return entries

