"""Claims: one record per stated figure, tied to its subject, metric, time and source.

The stage runs after mentions are settled. Until its rules land it states no claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extract.records import Claim
from extract.text.shadow import Shadow


def find_claims(shadow: Shadow, mentions: Sequence[Any]) -> list[Claim]:
    """The claims of one article from its settled mentions."""
    return []
