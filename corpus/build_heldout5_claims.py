"""Build `corpus/heldout5-claims.jsonl`: held-out articles dense in claims, all types annotated.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout5_claims`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout5 import clm_hk_interim, clm_inovance, clm_tw_orders
from corpus.heldout_lib import write

MODULES = [clm_inovance, clm_tw_orders, clm_hk_interim]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout5-claims.jsonl"), [m.ARTICLE for m in MODULES])
