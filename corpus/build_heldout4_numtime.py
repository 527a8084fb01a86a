"""Build `corpus/heldout4-numtime.jsonl`: held-out TW and HK articles dense in figures and times, all
types plus claims.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_heldout4_numtime`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout4 import num_tw_results
from corpus.heldout_lib import write

MODULES = [num_tw_results]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout4-numtime.jsonl"), [m.ARTICLE for m in MODULES])
