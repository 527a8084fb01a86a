"""Build `corpus/heldout9-entities.jsonl`: held-out articles dense in names, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout9_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout9 import ent_brands_cn, ent_council_tw, ent_logistics_cn, ent_servers_tw, ent_transit_hk, ent_wire_asia
from corpus.heldout_lib import write

MODULES = [ent_logistics_cn, ent_transit_hk, ent_council_tw, ent_servers_tw, ent_wire_asia, ent_brands_cn]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout9-entities.jsonl"), [m.ARTICLE for m in MODULES])
