"""Build `corpus/dev3-claims.jsonl`: development set 3, articles centred on stated figures.

All nine types plus claims. Original writing for zh-extract (CC0), annotated by hand without running
the pipeline. A tuning set: see DEV3.md. Run from the repository root: `python -m corpus.build_dev3_claims`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.dev3 import (
    clm_cn_prices,
    clm_cn_robotics,
    clm_hk_dining,
    clm_hk_jobs,
    clm_tw_lens,
    clm_tw_retail,
)
from corpus.heldout_lib import write

MODULES = [clm_cn_prices, clm_cn_robotics, clm_tw_retail, clm_tw_lens, clm_hk_jobs, clm_hk_dining]

if __name__ == "__main__":
    write(Path(__file__).with_name("dev3-claims.jsonl"), [m.ARTICLE for m in MODULES])
