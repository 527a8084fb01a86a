"""Build `corpus/dev5-names.jsonl`: MSRA-style tuning articles dense in untitled names and small places.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_dev5_names`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.dev5 import nam_drill, nam_loom, nam_market, nam_road
from corpus.heldout_lib import write

MODULES = [nam_road, nam_loom, nam_drill, nam_market]

if __name__ == "__main__":
    write(Path(__file__).with_name("dev5-names.jsonl"), [m.ARTICLE for m in MODULES])
