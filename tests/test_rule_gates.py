"""Rules wrapped for speed (`rules.Gated`, `rules.Started`) find exactly what the bare
pattern finds.

A gate that missed a match would silently drop a date in every article without the
gate's text, and a start pattern that missed a place would drop the durations there,
so each wrapped rule is run bare and wrapped over the case tables and the tuning corpus:
the matches must be the same, and each gate must hold inside each match's span.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from extract.rules import Gated, Started
from extract.text.shadow import to_shadow
from extract.time import date, duration

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
TUNING = ("seed-h20", "dev", "dev3-numtime", "heldout-numtime", "heldout3-numtime")


def _texts() -> list[str]:
    out = []
    for name in ("date", "duration", "money", "percent", "quantity"):
        rows = tomllib.loads((ROOT / "tests/cases" / f"{name}.toml").read_text(encoding="utf-8"))["case"]
        out += [r["text"] for r in rows]
    for name in TUNING:
        with (ROOT / "corpus" / f"{name}.jsonl").open(encoding="utf-8") as stream:
            out += [json.loads(line)["text"] for line in stream if line.strip()]
    return [to_shadow(t) for t in out]


TEXTS = _texts()
WRAPPED = [r for r in date.RULES + duration.RULES if isinstance(r.pattern, (Gated, Started))]


def test_the_wrapped_rules_are_the_listed_ones() -> None:
    assert sorted(r.name for r in WRAPPED) == sorted([*date._gates(), "count"])


@pytest.mark.parametrize("rule", WRAPPED, ids=[r.name for r in WRAPPED])
def test_a_wrapped_rule_finds_what_the_bare_pattern_finds(rule) -> None:  # type: ignore[no-untyped-def]
    seen = 0
    for text in TEXTS:
        bare = [m.span() for m in rule.pattern.inner.finditer(text, overlapped=False)]
        assert [m.span() for m in rule.pattern.finditer(text)] == bare, rule.name
        if isinstance(rule.pattern, Gated):
            assert all(rule.pattern.holds(text, s, e) for s, e in bare), rule.name
        seen += len(bare)
    assert seen, f"no text exercises {rule.name}"


def test_a_gate_without_a_hit_skips_the_rule() -> None:
    rule = next(r for r in WRAPPED if r.name == "decade")
    assert [m.group() for m in rule.pattern.finditer("1990年代初")] == ["1990年代"]
    assert list(rule.pattern.finditer("1990年")) == []
    latin = next(r for r in WRAPPED if r.name == "latin").pattern
    assert latin.holds("2025Q1") and latin.holds("1H25") and latin.holds("FY26")
    assert not latin.holds("HBM芯片") and not latin.holds("Q")


def test_a_count_is_tried_only_before_a_unit() -> None:
    count = next(r for r in WRAPPED if r.name == "count").pattern
    assert [m.start() for m in count.starts.finditer("第一名用了三个月，十多年，5 天")] == [5, 9, 13]
    assert [m.group() for m in count.finditer("用了三个月，十多年")] == ["三个月", "十多年"]
