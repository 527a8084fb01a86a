"""Build `corpus/heldout9-claims.jsonl`: held-out articles dense in claims, all types annotated.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout9_claims`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout9 import clm_bank_cn, clm_packaging_tw, clm_retail_hk, clm_customs_cn, clm_market_cn
from corpus.heldout_lib import write

MODULES = [clm_bank_cn, clm_packaging_tw, clm_retail_hk, clm_customs_cn, clm_market_cn]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout9-claims.jsonl"), [m.ARTICLE for m in MODULES])
