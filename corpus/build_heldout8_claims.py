"""Build `corpus/heldout8-claims.jsonl`: held-out articles dense in claims, all types annotated.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout8_claims`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout8 import clm_deliveries_cn, clm_interim_hk, clm_orders_tw, clm_prices_cn
from corpus.heldout_lib import write

MODULES = [clm_prices_cn, clm_orders_tw, clm_interim_hk, clm_deliveries_cn]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout8-claims.jsonl"), [m.ARTICLE for m in MODULES])
