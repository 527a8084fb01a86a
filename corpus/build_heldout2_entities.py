"""Build `corpus/heldout2-entities.jsonl`: held-out articles dense in names, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout2_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout2 import cn_chengyu, cn_compute, hk_rail, hk_regulators, tw_corridor, tw_legislature
from corpus.heldout_lib import write

MODULES = [cn_compute, cn_chengyu, hk_rail, hk_regulators, tw_corridor, tw_legislature]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout2-entities.jsonl"), [m.ARTICLE for m in MODULES])
