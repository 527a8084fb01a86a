"""Builders of single lexicon files, imported by ``scripts/build_lexicon.py``."""
