"""The rules' prefilters change no draft: `patterns.propose` skips rules and trigger
positions by cheap tests (the character before a trigger, a surname before a title, one
shared scan for the model codes), and must build exactly what the plain loop builds:
every anchored rule matched at every trigger position, every other rule by `finditer`.
Checked on every entity case row and on the seed and dev articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from extract.entities import entities, patterns
from extract.entities.tables import Draft
from extract.text.shadow import Shadow

ROOT = Path(__file__).parent.parent


def _texts() -> list[str]:
    rows = [row["text"] for kind in ("person", "org", "location", "product")
            for row in tomllib.loads((ROOT / "tests" / "cases" / f"{kind}.toml").read_text("utf-8"))["case"]]
    for name in ("seed-h20.jsonl", "dev.jsonl"):
        lines = (ROOT / "corpus" / name).read_text("utf-8").splitlines()
        rows += [json.loads(line)["text"] for line in lines if line.strip()]
    return rows


def _plain(shadow: Shadow, at: patterns.Anchors) -> list[Draft]:
    """The reference: no prefilter, no shared scan."""
    text, found = shadow.text, []
    for rule in patterns.rules():
        if rule.name == "abbr":
            spots = sorted({p + k for p in at.get("abbr", ()) for k in (0, 1, 2) if p + k < len(text)})
            matches = [rule.pattern.match(text, p) for p in spots]
        elif rule.name in patterns.ANCHORS:
            matches = [rule.pattern.match(text, p) for p in at.get(rule.name, ())]
        else:
            matches = list(rule.pattern.finditer(text))
        found += [d for m in matches if m is not None and (d := rule.build(m, shadow)) is not None]
    return found


@pytest.mark.parametrize("text", _texts())
def test_prefilters_build_what_the_plain_loop_builds(text: str) -> None:
    shadow = Shadow.of(text)
    at = entities._scan(shadow.text)[1]
    assert sorted(patterns.propose(shadow, at), key=repr) == sorted(_plain(shadow, at), key=repr)
