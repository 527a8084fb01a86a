"""Build `corpus/heldout4-entities.jsonl`: held-out articles dense in names, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout4_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout4 import (
    ent_battery,
    ent_packaging,
    ent_politics,
    ent_property,
    ent_rail,
    ent_soy,
    ent_stats,
)
from corpus.heldout_lib import write

MODULES = [ent_stats, ent_property, ent_politics, ent_rail, ent_packaging, ent_soy, ent_battery]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout4-entities.jsonl"), [m.ARTICLE for m in MODULES])
