"""Build `corpus/heldout6-claims.jsonl`: held-out articles dense in claims, all types annotated.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout6_claims`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout6 import clm_customs, clm_property_hk, clm_quanta_tw
from corpus.heldout_lib import write

MODULES = [clm_customs, clm_quanta_tw, clm_property_hk]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout6-claims.jsonl"), [m.ARTICLE for m in MODULES])
