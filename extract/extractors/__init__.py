"""Extractors: one module per mention type, each a pure function over the shadow text.

`find_<type>(shadow: Shadow) -> list[<Mention>]` never raises on text, does no I/O,
imports no spaCy, and returns mentions whose offsets index the original text. Each
module keeps its rules as an ordered tuple `RULES` of `rules.Rule`; word lists come from
`extract/data/`. spaCy components in `extract/pipeline.py` wrap these functions.
"""
