"""Build `corpus/dev3-numtime.jsonl`: development set 3, TW and HK news dense in dates and durations.

All nine types plus claims. Original writing for zh-extract (CC0), annotated by hand without running
the pipeline. A tuning set: see DEV3.md. Run from the repository root: `python -m corpus.build_dev3_numtime`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.dev3 import (
    num_hk_countdown,
    num_hk_fairs,
    num_hk_tax,
    num_tw_exam,
    num_tw_holiday,
    num_tw_tax,
)
from corpus.heldout_lib import write

MODULES = [num_tw_tax, num_tw_holiday, num_tw_exam, num_hk_fairs, num_hk_tax, num_hk_countdown]

if __name__ == "__main__":
    write(Path(__file__).with_name("dev3-numtime.jsonl"), [m.ARTICLE for m in MODULES])
