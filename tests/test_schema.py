"""`schemas/` is generated; it must equal a fresh export (run `zh-extract schema`)."""

from __future__ import annotations

from pathlib import Path

from extract.schema import render

SCHEMAS = Path(__file__).parent.parent / "schemas"


def test_schemas_are_up_to_date() -> None:
    fresh = render()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.schema.json")}
    assert on_disk == fresh, "schemas/ is stale: run `zh-extract schema`"
