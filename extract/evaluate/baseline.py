"""What changed between two prediction files scored on one gold: `eval --baseline OLD`.

An error is identified by its article, type and the span it is anchored on (the gold
mention's, or the prediction's for a false alarm), not by its cause, so a wrong value
that became a miss shows once, as newly missed, with the cause it had before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extract.evaluate.misses import Miss
from extract.evaluate.scoring import Report

Key = tuple[str, str, str, int, int]


def _key(miss: Miss) -> Key:
    side = "pred" if miss.gold is None else "gold"
    return (side, miss.article, miss.type, miss.mention.start, miss.mention.end)


@dataclass
class Change:
    miss: Miss
    before: str | None  # the cause it had in the baseline, None when it was right

    def to_dict(self) -> dict[str, Any]:
        return {**self.miss.to_dict(), "before": self.before}


@dataclass
class Comparison:
    deltas: dict[str, tuple[float | None, float | None]]  # row -> (old F1, new F1)
    missed: list[Change]
    wrong: list[Change]
    fixed: list[Miss]

    def delta(self, name: str) -> float | None:
        old, new = self.deltas[name]
        return None if old is None or new is None else new - old

    def to_dict(self) -> dict[str, Any]:
        return {
            "f1": {n: {"old": o, "new": w, "delta": self.delta(n)} for n, (o, w) in self.deltas.items()},
            "newly_missed": [c.to_dict() for c in self.missed],
            "newly_wrong": [c.to_dict() for c in self.wrong],
            "newly_fixed": [m.to_dict() for m in self.fixed],
        }


def compare(new: Report, old: Report) -> Comparison:
    """Relaxed F1 per row in both runs, and the errors that appeared, changed or went."""
    before = {_key(m): m for m in old.misses}
    after = {_key(m): m for m in new.misses}
    changes = [Change(m, before[k].kind if k in before else None) for k, m in after.items()
               if k not in before or before[k].kind != m.kind]
    return Comparison(
        deltas={name: (old.f1(name), new.f1(name)) for name in new.rows},
        missed=[c for c in changes if c.miss.kind == "missed"],
        wrong=[c for c in changes if c.miss.kind != "missed"],
        fixed=[m for k, m in before.items() if k not in after],
    )
