"""Build `corpus/dev6-entities.jsonl`: tuning articles dense in products and organizations.

Original writing for zh-extract (CC0), annotated by hand without running the pipeline.
Run from the repository root: `python -m corpus.build_dev6_entities`.
"""

from __future__ import annotations

from pathlib import Path

from corpus.dev6 import ent_autoshow, ent_chips_tw, ent_hospital_hk, ent_village
from corpus.heldout_lib import write

MODULES = [ent_autoshow, ent_chips_tw, ent_village, ent_hospital_hk]

if __name__ == "__main__":
    write(Path(__file__).with_name("dev6-entities.jsonl"), [m.ARTICLE for m in MODULES])
