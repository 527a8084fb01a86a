"""The data behind money, percent and quantity: shadow form, no duplicates, CLDR kept in.

An entry that the shadow conversion would change can never match (the shadow is
Simplified and half-width), so each is checked; the currency table is checked against
the CLDR names it was built from (data-sources/cldr_zh/currencies.tsv).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from extract.tables import read_table
from extract.text.shadow import to_shadow

ROOT = Path(__file__).parent.parent
COLUMNS = {
    "numerals.tsv": "char",
    "qualifiers.tsv": "word",
    "units.tsv": "word",
    "currencies.tsv": "word",
    "percent.tsv": "word",
    "money.cues.tsv": "cue",
    "change_verbs.tsv": "verb",
    "idioms.tsv": "idiom",
}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_entries_are_in_shadow_form(name: str) -> None:
    words = [row[COLUMNS[name]] for row in read_table(name)]
    changed = {w: to_shadow(w) for w in words if to_shadow(w) != w}
    # ￥ (U+FFE5) is outside the folded full-width block, so it is its own shadow.
    assert changed == {}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_no_duplicate_entries(name: str) -> None:
    keys = [(row[COLUMNS[name]], row.get("region", "")) for row in read_table(name)]
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_unit_kinds_are_known() -> None:
    kinds = {row["kind"] for row in read_table("units.tsv")}
    assert kinds <= {"classifier", "measure", "index", "time", "word"}


def test_every_current_cldr_currency_name_is_kept() -> None:
    ours = {(row["word"], row["code"]) for row in read_table("currencies.tsv")}
    codes = {code for _, code in ours}
    source = ROOT / "data-sources" / "cldr_zh" / "currencies.tsv"
    with source.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["iso4217_current"] == "yes"]
    missing = {
        (to_shadow(r[col]), r["code"])
        for r in rows
        if r["code"] in codes
        for col in ("zh_Hans", "zh_Hant", "zh_Hant_HK")
        if "(" not in r[col] and "（" not in r[col]
    } - ours
    assert missing == set()


def test_local_currency_per_region() -> None:
    rows = {(r["word"], r["region"]): r["code"] for r in read_table("currencies.tsv")}
    assert [rows[("元", region)] for region in ("CN", "TW", "HK")] == ["CNY", "TWD", "HKD"]
