"""Build `corpus/heldout2-numtime.jsonl`: held-out TW and HK business news, all types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout2_numtime`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout2 import (
    hk_airline,
    hk_budget,
    hk_exchange,
    hk_property,
    tw_exports,
    tw_food,
    tw_gdp,
    tw_machine,
)
from corpus.heldout_lib import write

MODULES = [tw_exports, hk_budget, tw_machine, hk_exchange, tw_gdp, hk_property, tw_food, hk_airline]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout2-numtime.jsonl"), [m.ARTICLE for m in MODULES])
