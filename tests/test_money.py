"""The money case table (tests/cases/money.toml) run against extract.numbers.money."""

from __future__ import annotations

from typing import Any

import pytest

from extract.numbers import money
from extract.text.shadow import Shadow
from tests.casetable import cases, check, uncovered_rules


@pytest.mark.parametrize("row", cases("money"))
def test_case(row: dict[str, Any]) -> None:
    check(row, money, "find_money")


def test_every_rule_has_a_positive_case() -> None:
    assert uncovered_rules("money", money) == set()


@pytest.mark.parametrize("text", ["", " ", "\n\n", "一", "第", "%", "元", "亿", "0", "-", "至", "1-"])
def test_degenerate_text_gives_nothing_or_mentions(text: str) -> None:
    found = money.find_money(Shadow.of(text))
    assert all(text[m.start : m.end] == m.text for m in found)
