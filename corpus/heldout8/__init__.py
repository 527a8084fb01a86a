"""Held-out set 8: original articles annotated by hand (CC0); see corpus/HELDOUT8.md."""
