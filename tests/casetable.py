"""Case tables are the spec: `tests/cases/<type>.toml` drives each extractor's tests.

A case file is a list of `[[case]]` tables:

    [[case]]
    text = "寒武纪实现营业收入11.11亿元"     # the input sentence (any script)
    rule = "amount"                           # optional: the rule that must produce expect[0]
    region = "CN"                             # optional: region context
    published_at = "2025-07-19T11:04:00+08:00"  # optional: reference time
    expect = [{ text = "11.11亿元", value = 1111000000, currency = "CNY" }]

`expect = []` is a must-not-match row. `xfail = "why"` marks a known failure, run as
xfail(strict=True) so that fixing it forces the row to be promoted. Each expected
mention names its surface `text` and only the fields the row is about; TOML has no
null, so `null = ["value"]` asserts that those fields are null.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from extract.rules import hits
from extract.text.shadow import Shadow

CASES = Path(__file__).parent / "cases"


def cases(dimension: str) -> list[Any]:
    """pytest params for every row of `cases/<dimension>.toml`, with readable ids."""
    rows = tomllib.loads((CASES / f"{dimension}.toml").read_text(encoding="utf-8"))["case"]
    params = []
    for number, row in enumerate(rows, start=1):
        marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else []
        label = f"{number:03d}-{row['text'][:24]}"
        params.append(pytest.param(row, id=label, marks=marks))
    return params


def shadow_of(row: dict[str, Any]) -> Shadow:
    published = row.get("published_at")
    when = datetime.fromisoformat(published) if published else None
    return Shadow.of(row["text"], region=row.get("region"), published_at=when)


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(got - want) <= 1e-9 * max(1.0, abs(want))
    return bool(got == want)


def check(row: dict[str, Any], module: ModuleType, find_name: str) -> None:
    """Run `module.<find_name>` on the row and compare with `expect` field by field."""
    shadow = shadow_of(row)
    got = getattr(module, find_name)(shadow)
    want = row["expect"]
    surfaces = [m.text for m in got]
    assert surfaces == [w["text"] for w in want], f"spans {surfaces}"
    for g, w in zip(got, want):
        assert shadow.original[g.start : g.end] == g.text
        for key, value in w.items():
            if key == "null":
                for field in value:
                    assert getattr(g, field) is None, f"{g.text}: {field}={getattr(g, field)!r}"
            elif key != "text":
                assert _same(getattr(g, key), value), f"{g.text}: {key}={getattr(g, key)!r}"
    if "rule" in row and want:
        fired = {h.rule for h in hits(module.RULES, shadow) if h.start == got[0].start}
        assert row["rule"] in fired, f"rule {row['rule']} did not produce {want[0]['text']}; {fired}"


def uncovered_rules(dimension: str, module: ModuleType) -> set[str]:
    """Rule names of `module.RULES` that no positive row of the case table names."""
    rows = tomllib.loads((CASES / f"{dimension}.toml").read_text(encoding="utf-8"))["case"]
    named = {r.get("rule") for r in rows if r["expect"] and "xfail" not in r}
    return {rule.name for rule in module.RULES} - named
