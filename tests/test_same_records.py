"""scripts/same_records.py, the check that a refactor left every record as it was."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "same_records.py"
spec = importlib.util.spec_from_file_location("same_records", SCRIPT)
same = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
spec.loader.exec_module(same)  # type: ignore[union-attr]

M = {"type": "money", "start": 0, "end": 3, "text": "5亿元", "value": 500000000, "currency": "CNY"}


def test_identical_runs_have_no_difference() -> None:
    run = {"a": {"id": "a", "mentions": [M], "claims": []}}
    assert same.differences(run, run) == []


def test_a_changed_value_a_lost_record_and_an_order_change_are_reported() -> None:
    other = dict(M, value=5)
    before = {"a": {"id": "a", "mentions": [M, other]}, "b": {"id": "b"}}
    after = {"a": {"id": "a", "mentions": [other, M]}, "c": {"id": "c"}}
    found = same.differences(before, after)
    assert "a: mentions in another order" in found
    assert "b: only in the first run" in found and "c: only in the second run" in found
    changed = same.differences({"a": {"mentions": [M]}}, {"a": {"mentions": [other]}})
    assert [d[:13] for d in changed] == ["a: mentions -", "a: mentions +"]
