"""Durations: the case table is the spec (tests/cases/duration.toml), plus the seed."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from extract.text.shadow import Shadow
from extract.time import duration
from extract.time.duration import find_duration
from tests.casetable import cases, check, uncovered_rules

SEED = Path(__file__).parent.parent / "corpus" / "seed-h20.jsonl"


@pytest.mark.parametrize("row", cases("duration"))
def test_case(row: dict[str, Any]) -> None:
    check(row, duration, "find_duration")


def test_every_rule_has_a_positive_row() -> None:
    assert uncovered_rules("duration", duration) == set()


def test_seed_durations_match_gold() -> None:
    article = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    shadow = Shadow.of(article["text"], region=article["region"],
                       published_at=datetime.fromisoformat(article["published_at"]))
    gold = [(m["start"], m["end"], m["value"]) for m in article["mentions"] if m["type"] == "duration"]
    assert [(d.start, d.end, d.value) for d in find_duration(shadow)] == gold


@pytest.mark.parametrize("text", ["", "年", "半" * 50, "几" * 40 + "年", "1" * 400 + "年", "一" * 60 + "周",
                                  "\ud800天", "3至" * 30 + "5年"])
def test_never_raises(text: str) -> None:
    assert isinstance(find_duration(Shadow.of(text)), list)


@pytest.mark.parametrize("sep", ["至", "到", "-", "–", "—", "~", "〜", " 至 ", "至 ", " -"])
@pytest.mark.parametrize("prefix", ["", "为期", "近", "超过"])
def test_range_read_back_past_every_separator(prefix: str, sep: str) -> None:
    """The range low end is read back behind a count only after a separator (a cheap test
    of the character before the count gates the search): each separator form, with and
    without a qualifier before the low end, still gives one range, never a lone 5年."""
    found = find_duration(Shadow.of(f"项目{prefix}3{sep}5年完成"))
    assert [(d.low, d.high, d.value) for d in found] == [("P3Y", "P5Y", None)]
