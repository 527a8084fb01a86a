"""Held-out set 9: original articles annotated by hand (CC0); see corpus/HELDOUT9.md."""
