"""extract/data/SOURCES.md lists every data file with its row count, source and licence;
it is generated from the files' own headers, so a file edited without rerunning the
generator would leave the index wrong. This test fails when the committed index is stale."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from lexicon.sources import render_sources  # noqa: E402


def test_sources_index_is_fresh() -> None:
    committed = (ROOT / "extract" / "data" / "SOURCES.md").read_text(encoding="utf-8")
    assert committed == render_sources(), "extract/data/SOURCES.md is stale: rerun scripts/build_lexicon.py"
