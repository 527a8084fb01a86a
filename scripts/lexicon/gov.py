"""Government bodies of CN, TW and HK: ``data-sources/gov_bodies`` -> ``org.gov.tsv``.

Each body's value is its full name in Simplified script (衛生福利部 -> 卫生福利部, and the
Hong Kong variant 衞 -> 卫, which the shadow keeps); its aliases are the full name and
the short forms in shadow form (衛福部 -> 卫福部, 食衞局 as written and as 食卫局), each also
with its home place in front (香港入境处, 台湾卫福部, 中国工信部). Bodies of
two regions with the same name (外交部 of CN and TW) are one row: the lexicon cannot tell
them apart without region context, and the value is the same. A short form claimed by
two different bodies fails the build, as does a name already in ``reserved`` (the
hand-compiled ``org.tsv``, whose rows win).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

# Variant characters that the shadow (OpenCC t2s) keeps but a Simplified value writes
# otherwise. The value uses the right-hand side; both spellings stay aliases.
VALUE_FOLD = str.maketrans({"衞": "卫"})
# A body named with its home place in front (香港入境處, 台灣衛福部, 中国工信部) is the same
# body: those forms are aliases too, so the place is not a location of its own there.
HOME = {"CN": "中国", "TW": "台湾", "HK": "香港"}


def read_bodies(path: Path) -> list[dict[str, str]]:
    """The rows of gov_bodies.tsv (region, name, short, id)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


Body = tuple[str, str, list[str]]  # value, QID, aliases


def build_gov(path: Path, shadow: Callable[[str], str], reserved: set[str]) -> list[Body]:
    """(value, qid, aliases) per body, merged by value; asserts one body per name."""
    merged: dict[str, tuple[str, list[str]]] = {}
    owner: dict[str, str] = {}
    for row in read_bodies(path):
        full = shadow(row["name"].strip())
        value = full.translate(VALUE_FOLD)
        names = [full] + [shadow(s.strip()) for s in row["short"].split("|") if s.strip()]
        names += [n.translate(VALUE_FOLD) for n in names]
        home = HOME[row["region"]]
        names += [home + n for n in names if not n.startswith(home)]
        qid, aliases = merged.get(value, (row["id"].strip(), []))
        for name in dict.fromkeys(names):
            assert name not in reserved, f"gov_bodies: {name} is already in org.tsv"
            first = owner.setdefault(name, value)
            assert first == value, f"gov_bodies: {name} names {first} and {value}"
            if name != value and name not in aliases:
                aliases.append(name)
        merged[value] = (qid or row["id"].strip(), aliases)
    return [(value, qid, aliases) for value, (qid, aliases) in merged.items()]


# A regional form names the body only in its own region's news (央行 is the mainland's
# central bank in mainland news and Taiwan's in Taiwan news; 證監會 is Hong Kong's in Hong
# Kong news): column `regional` of gov_bodies.tsv. They go to ``org_regional.tsv``
# (alias, region, value), which `entities` reads in that region only.
RegionalRow = tuple[str, str, str]  # alias (shadow form), region, value


def build_regional(path: Path, shadow: Callable[[str], str]) -> list[RegionalRow]:
    """(alias, region, value) per regional form, sorted; asserts one value per alias and region."""
    owner: dict[tuple[str, str], str] = {}
    for row in read_bodies(path):
        value = shadow(row["name"].strip()).translate(VALUE_FOLD)
        for form in (row.get("regional") or "").split("|"):
            if form.strip():
                alias = shadow(form.strip())
                key = (alias, row["region"])
                first = owner.setdefault(key, value)
                assert first == value, f"gov_bodies: {alias} in {row['region']} names {first} and {value}"
    return sorted((alias, region, value) for (alias, region), value in owner.items())


def write_regional(out: Path, rows: list[RegionalRow]) -> int:
    """Write ``org_regional.tsv`` with its provenance header; the row count."""
    head = [
        "# format: alias<TAB>region<TAB>value — a short form of a government body read only in that"
        " region's news (TW, HK), shadow form; elsewhere the alias keeps its lexicon reading, if any",
        "# source: column `regional` of data-sources/gov_bodies/gov_bodies.tsv (official names, facts,"
        " compiled by zh-extract developers), by scripts/build_lexicon.py",
        "# licence: CC0, see data-sources/gov_bodies/LICENSE",
        "alias\tregion\tvalue",
    ]
    out.write_text("\n".join(head + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    return len(rows)
