"""Build `corpus/heldout3-claims.jsonl`: held-out 3, articles centred on stated figures.

All nine types plus claims. Original writing for zh-extract (CC0), annotated by hand without running
the pipeline. Run from the repository root: `python -m corpus.build_heldout3_claims`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout3 import (
    clm_cn_results,
    clm_cn_trade,
    clm_hk_forecast,
    clm_hk_market,
    clm_tw_company,
    clm_tw_market,
)
from corpus.heldout_lib import write

MODULES = [clm_cn_results, clm_cn_trade, clm_tw_market, clm_tw_company, clm_hk_market, clm_hk_forecast]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout3-claims.jsonl"), [m.ARTICLE for m in MODULES])
