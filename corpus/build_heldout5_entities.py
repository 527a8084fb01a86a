"""Build `corpus/heldout5-entities.jsonl`: held-out articles dense in names, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout5_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout5 import ent_ai_tw, ent_hubei, ent_tko_hk
from corpus.heldout_lib import write

MODULES = [ent_hubei, ent_ai_tw, ent_tko_hk]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout5-entities.jsonl"), [m.ARTICLE for m in MODULES])
