"""Build `corpus/heldout8-entities.jsonl`: held-out articles dense in names, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout8_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout8 import ent_chips_tw, ent_ministries_cn, ent_policy_hk, ent_wire_eu
from corpus.heldout_lib import write

MODULES = [ent_policy_hk, ent_ministries_cn, ent_chips_tw, ent_wire_eu]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout8-entities.jsonl"), [m.ARTICLE for m in MODULES])
