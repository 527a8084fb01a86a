"""Build `corpus/heldout3-numtime.jsonl`: held-out 3, TW, HK and CN business and government news.

All nine types plus claims. Original writing for zh-extract (CC0), annotated by hand without running
the pipeline. Run from the repository root: `python -m corpus.build_heldout3_numtime`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout3 import (
    num_cn_express,
    num_cn_film,
    num_hk_housing,
    num_hk_mpf,
    num_hk_park,
    num_hk_taxi,
    num_tw_health,
    num_tw_tourism,
    num_tw_typhoon,
    num_tw_wage,
)
from corpus.heldout_lib import write

MODULES = [
    num_tw_tourism,
    num_hk_mpf,
    num_tw_typhoon,
    num_hk_taxi,
    num_cn_express,
    num_hk_park,
    num_tw_wage,
    num_hk_housing,
    num_tw_health,
    num_cn_film,
]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout3-numtime.jsonl"), [m.ARTICLE for m in MODULES])
