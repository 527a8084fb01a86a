"""The entity lexicon's canonical values: one value per real entity across scripts and
short forms, and every short form of a government body mapped to its full name."""

from __future__ import annotations

from collections import defaultdict

import pytest

from extract.entities import lexicon as lex
from extract.tables import data_files, read_table
from extract.text.shadow import to_shadow


def _owners(kind: str) -> dict[str, set[str]]:
    """alias (shadow form) -> the values of every row of `kind` that lists it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name in data_files(kind):
        for row in read_table(name):
            for alias in lex._aliases(row):
                owners[to_shadow(alias)].add(row["value"])
    return owners


@pytest.mark.parametrize("kind", lex.TYPES)
def test_no_alias_names_two_entities(kind: str) -> None:
    clashes = {a: v for a, v in _owners(kind).items() if len(v) > 1}
    assert clashes == {}


def test_every_government_short_form_maps_to_its_full_name() -> None:
    rows = read_table("org.gov.tsv")
    assert len(rows) > 150
    for row in rows:
        for alias in row["aliases"].split("|") if row["aliases"] else ():
            assert [e.value for e in lex.lookup(alias) if e.type == "org"] == [row["value"]], alias


@pytest.mark.parametrize("short, full", [
    ("发改委", "国家发展和改革委员会"), ("衛福部", "卫生福利部"), ("食衞局", "食物及卫生局"),
    ("入境處", "入境事务处"), ("国资委", "国务院国资委"), ("桃市府", "桃园市政府"),
    ("NCC", "国家通讯传播委员会"),
    ("數發部", "数位发展部"), ("國健署", "卫生福利部国民健康署"), ("竹科管理局", "新竹科学园区管理局"),
    ("醫衞局", "医务卫生局"), ("康文署", "康乐及文化事务署"), ("房委會", "香港房屋委员会"),
    ("工信部", "工业和信息化部"), ("海关总署", "海关总署"), ("市场监管总局", "国家市场监督管理总局"),
])
def test_short_form_reads_as_full_name(short: str, full: str) -> None:
    assert [e.value for e in lex.lookup(to_shadow(short))] == [full]


def test_shadows_of_all_values_at_once_is_each_value_alone() -> None:
    """The lexicon's shadows come from one conversion of every value joined by line breaks
    (start-up): exactly what converting each value alone gives, on the shipped tables."""
    from extract.entities.lexicon import TYPES, _files, shadows_of
    from extract.tables import read_table
    from extract.text.shadow import to_shadow

    values = [row.get("value", "") for kind in TYPES for name in _files(kind) for row in read_table(name)]
    assert len(values) > 1000
    assert shadows_of(values) == {v: to_shadow(v) for v in values}


def test_shadows_of_falls_back_to_each_value_alone() -> None:
    """A value with a line break, and an empty list, still give each value's own shadow."""
    from extract.entities.lexicon import shadows_of
    from extract.text.shadow import to_shadow

    values = ["臺灣", "張昇騰", "a\nb", "華為"]
    assert shadows_of(values) == {v: to_shadow(v) for v in values}
    assert shadows_of([]) == {}


def test_every_regional_form_reads_as_its_body_in_its_region_only() -> None:
    """A regional form (央行 in Taiwan news) names one body of the lexicon, with that body's
    value, in its own region; no form names two bodies in one region."""
    rows = read_table("org_regional.tsv")
    assert len(rows) >= 10
    seen: dict[tuple[str, str], str] = {}
    for row in rows:
        assert seen.setdefault((row["alias"], row["region"]), row["value"]) == row["value"]
        assert row["region"] in ("TW", "HK")
        readings = lex.regional()[row["region"]][row["alias"]]
        assert [e.value for e in readings] == [row["value"]]
        assert any(e.type == "org" for e in lex.lookup(row["value"])), row["value"]
