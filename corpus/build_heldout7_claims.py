"""Build `corpus/heldout7-claims.jsonl`: held-out articles dense in claims, all types annotated.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout7_claims`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout7 import clm_earnings_tw, clm_province, clm_results_cn, clm_retail_hk
from corpus.heldout_lib import write

MODULES = [clm_province, clm_earnings_tw, clm_retail_hk, clm_results_cn]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout7-claims.jsonl"), [m.ARTICLE for m in MODULES])
