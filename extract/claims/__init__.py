"""Claims: one record per stated figure, tied to its subject, metric, time and source.

The stage runs after mentions are settled (docs/claims.md): `find_claims` reads the
shadow text, so cue words are matched once in Simplified, and every nested mention is
one of the article's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extract.claims.builder import build_claims
from extract.records import Claim
from extract.text.shadow import Shadow


def find_claims(shadow: Shadow, mentions: Sequence[Any]) -> list[Claim]:
    """The claims of one article from its settled mentions; [] when it states none."""
    return build_claims(shadow.text, shadow.original, mentions)


__all__ = ["find_claims"]
