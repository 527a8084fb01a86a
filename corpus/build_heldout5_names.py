"""Build `corpus/heldout5-names.jsonl`: held-out articles in the style of the MSRA NER test data.

Plain mainland (and one Taiwan) reporting dense in untitled person names, small places and
ordinary organizations, with every type and every claim annotated by hand without running the
pipeline. Original writing for zh-extract (CC0).
Run from the repository root: `python -m corpus.build_heldout5_names`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.heldout5 import nam_harvest, nam_hospital, nam_river, nam_sports_tw
from corpus.heldout_lib import write

MODULES = [nam_harvest, nam_sports_tw, nam_hospital, nam_river]

if __name__ == "__main__":
    write(Path(__file__).with_name("heldout5-names.jsonl"), [m.ARTICLE for m in MODULES])
