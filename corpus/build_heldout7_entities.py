"""Build `corpus/heldout7-entities.jsonl`: held-out articles dense in names, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout7_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout7 import ent_council_tw, ent_province_cn, ent_transport_hk, ent_wire_jpkr
from corpus.heldout_lib import write

MODULES = [ent_council_tw, ent_province_cn, ent_transport_hk, ent_wire_jpkr]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout7-entities.jsonl"), [m.ARTICLE for m in MODULES])
