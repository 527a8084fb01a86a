"""Build `corpus/heldout3-entities.jsonl`: held-out articles dense in names, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout3_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout3 import (
    ent_grain,
    ent_lowalt,
    ent_redevelop,
    ent_satellite,
    ent_shipyard,
    ent_tunnels,
    ent_windlaw,
    ent_wire,
)
from corpus.heldout_lib import write

MODULES = [ent_grain, ent_shipyard, ent_lowalt, ent_windlaw, ent_satellite, ent_wire, ent_redevelop,
           ent_tunnels]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout3-entities.jsonl"), [m.ARTICLE for m in MODULES])
