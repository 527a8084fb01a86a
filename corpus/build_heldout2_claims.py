"""Build `corpus/heldout2-claims.jsonl`: held-out articles centred on stated figures, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout2_claims`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout2 import cn_solar, cn_stats, hk_developer, hk_retail, tw_results
from corpus.heldout_lib import write

MODULES = [cn_stats, tw_results, hk_retail, cn_solar, hk_developer]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout2-claims.jsonl"), [m.ARTICLE for m in MODULES])
