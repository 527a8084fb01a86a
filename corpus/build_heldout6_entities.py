"""Build `corpus/heldout6-entities.jsonl`: held-out articles dense in names, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout6_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout6 import ent_launch_cn, ent_trade_wire, ent_transit_tw
from corpus.heldout_lib import write

MODULES = [ent_launch_cn, ent_transit_tw, ent_trade_wire]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout6-entities.jsonl"), [m.ARTICLE for m in MODULES])
