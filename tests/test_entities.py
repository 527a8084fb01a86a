"""Entity case tables (tests/cases/{person,org,location,product}.toml) and invariants."""

from __future__ import annotations

from typing import Any

import pytest
from casetable import cases, check, uncovered_rules

from extract.entities import entities
from extract.text.shadow import Shadow, to_shadow

FINDERS = {"person": "find_person", "org": "find_org", "location": "find_location",
           "product": "find_product"}


@pytest.mark.parametrize("row", cases("person"))
def test_person(row: dict[str, Any]) -> None:
    check(row, entities, "find_person")


@pytest.mark.parametrize("row", cases("org"))
def test_org(row: dict[str, Any]) -> None:
    check(row, entities, "find_org")


@pytest.mark.parametrize("row", cases("location"))
def test_location(row: dict[str, Any]) -> None:
    check(row, entities, "find_location")


@pytest.mark.parametrize("row", cases("product"))
def test_product(row: dict[str, Any]) -> None:
    check(row, entities, "find_product")


def test_every_rule_has_a_positive_row() -> None:
    uncovered = set(r.name for r in entities.RULES)
    for dimension in FINDERS:
        uncovered &= uncovered_rules(dimension, entities)
    assert not uncovered, f"rules without a positive case row: {sorted(uncovered)}"


@pytest.mark.parametrize("text", [
    "", " ", "·", "‧‧", "公司", "表示", "总经理", "A", "H20", "\ud800英伟达", "英伟达" * 500,
    "格伦·", "·奥唐纳", "CloudMatrix 2025", "iPhone 2025", "美国商务部", "a" * 10000,
    "中", "中美", "访美", "英、", "、法", "、、、", "(摄)", "（张三摄", "记者", "记者 ", "文/", "董事长",
    "江苏省有限公司", "有限公司", "小米", "小米(", "輝達（", "輝達（NVIDIA", "（NVIDIA）", "Galaxy公司",
])
def test_never_raises_and_offsets_point_into_text(text: str) -> None:
    shadow = Shadow.of(text)
    found = entities.find_entities(shadow)
    spans = [(m.start, m.end) for m in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "overlapping mentions"
    assert all(shadow.original[m.start : m.end] == m.text for m in found)


def test_lexicon_words_are_shadow_form_and_not_single_characters() -> None:
    words = entities.lexicon_words()
    assert len(words) > 1000
    assert all(len(w) > 1 for w in words)
    # Only a value written as spelled (昇腾) may differ from its shadow form, and then the
    # shadow form (升腾) is matched too.
    unshadowed = [w for w in words if to_shadow(w) != w]
    assert all(to_shadow(w) in words for w in unshadowed)
    assert len(unshadowed) < 20


@pytest.mark.parametrize(
    "name", ["entity_triggers.tsv", "entity_generic.tsv", "entity_translit.tsv", "person_cues.tsv"])
def test_entity_tables_are_shadow_form(name: str) -> None:
    from extract.tables import read_table

    cells = [c for row in read_table(name) for c in row.values()]
    assert cells and [c for c in cells if to_shadow(c) != c] == []


def test_both_matcher_backends_find_the_same() -> None:
    from extract.entities.lexicon import Matcher

    words = ["英伟达", "英伟", "伟达中国", "NVIDIA", "H20", "中国"]
    text = "英伟达中国区NVIDIA H20芯片，英伟达"
    rust, python = Matcher(words), Matcher(words, rust=False)
    assert sorted(rust.find(text)) == sorted(python.find(text))
    assert len(rust.find(text)) == 8  # overlapping: 英伟 and 伟达中国 too


def test_every_storm_word_holds_feng() -> None:
    """places.storm_in tests for 风 first: every storm word must hold it."""
    from extract.entities.tables import triggers

    assert triggers("storm_word") and all("风" in w for w in triggers("storm_word"))
