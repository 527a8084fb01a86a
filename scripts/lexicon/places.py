"""Places beyond administrative divisions: ``data-sources/places`` -> ``location.places.tsv``.

Rivers, lakes, seas, mountains, islands, economic regions, Hong Kong areas, railway
lines, stations, streets and ports; value = the name in shadow form. A name another
lexicon file holds (the city 黄山 over the mountain, the hand-compiled 北部都会区) is
left out with the reason, so that one name reads as one entity.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

Place = tuple[str, list[str]]  # value, aliases


def build_places(
    path: Path, shadow: Callable[[str], str], taken: set[str]
) -> tuple[list[Place], dict[str, str]]:
    """(rows, dropped name -> reason)."""
    rows: list[Place] = []
    dropped: dict[str, str] = {}
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            names = [shadow(n.strip()) for n in [row["name"], *row["aliases"].split("|")] if n.strip()]
            for name in [n for n in names if n in taken or n in seen]:
                dropped[name] = "held by another lexicon file" if name in taken else "listed twice"
                names.remove(name)
            if names and names[0] == shadow(row["name"].strip()):
                rows.append((names[0], names[1:]))
                seen |= set(names)
    return rows, dropped
