"""Word segmentation (rjieba), loaded only when a rule first asks for a word boundary.

Extractors read the shadow text and need no tokens; a few entity rules ask the
segmenter's dictionary whether a string is a word. Importing rjieba loads that
dictionary (about 0.1 s), which a run should pay only when such a rule fires.
"""

from __future__ import annotations

from types import ModuleType


def segmenter() -> ModuleType:
    """The rjieba module, imported on first use."""
    import rjieba

    return rjieba
