"""JSON Schema export of the records; `schemas/` holds the output, checked by a test."""

from __future__ import annotations

import json
from pathlib import Path

from extract.records import EXPORTED


def render() -> dict[str, str]:
    """File name -> schema text, exactly as written to disk."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), ensure_ascii=False,
                                          indent=2, sort_keys=True) + "\n"
        for name, model in EXPORTED.items()
    }


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in render().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
