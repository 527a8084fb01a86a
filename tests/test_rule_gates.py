"""Each gate (`rules.Gated`) is a necessary test: every match of its rule contains one.

A gate that missed a match would silently drop a date in every article without the
gate's text, so each gated rule is run ungated over the case tables and the tuning
corpus, and the gate must be found inside each match's span.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.rules import Gated
from extract.text.shadow import to_shadow
from extract.time import date

if __import__("sys").version_info >= (3, 11):
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
GATED = [(r, u) for r, u in zip(date.RULES, date.UNGATED) if isinstance(r.pattern, Gated)]


def test_the_gated_rules_are_the_listed_ones() -> None:
    assert sorted(r.name for r, _ in GATED) == sorted(date._gates())


@pytest.mark.parametrize(("rule", "ungated"), GATED, ids=[r.name for r, _ in GATED])
def test_every_match_holds_its_gate(rule, ungated) -> None:  # type: ignore[no-untyped-def]
    seen = 0
    for text in TEXTS:
        for m in ungated.pattern.finditer(text, overlapped=False):
            seen += 1
            assert rule.pattern.holds(text, m.start(), m.end()), (rule.name, m.group())
    assert seen, f"no text exercises {rule.name}"


def test_a_gate_without_a_hit_skips_the_rule() -> None:
    rule = next(r for r, _ in GATED if r.name == "decade")
    assert [m.group() for m in rule.pattern.finditer("1990年代初")] == ["1990年代"]
    assert list(rule.pattern.finditer("1990年")) == []
    latin = next(r for r, _ in GATED if r.name == "latin").pattern
    assert latin.holds("2025Q1") and latin.holds("1H25") and latin.holds("FY26")
    assert not latin.holds("HBM芯片") and not latin.holds("Q")
