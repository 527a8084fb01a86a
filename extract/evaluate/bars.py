"""Accuracy bars (`--min-f1 money=0.95,claim=0.5`): parsed strictly, checked honestly.

A bar is a relaxed F1 between 0 and 1; `money=95` is a usage error rather than a bar
no run can reach. A bar on a row with nothing to score (no gold and no predictions of
it, or no claims scored) fails with that reason: passing it would let an empty or
mis-scoped gold file gate nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from extract.evaluate.scoring import GROUPS, Report
from extract.records import TYPES

CLAIM = "claim"
NAMES = (*TYPES, *GROUPS, CLAIM)


class BarError(ValueError):
    """A `--min-f1` value that is not `name=number` with a known name and 0 <= number <= 1."""


def parse_bars(spec: str) -> dict[str, float]:
    """`money=0.95,date=0.9` -> {"money": 0.95, "date": 0.9}; names are types, groups, claim.

    >>> parse_bars("money=0.95, entity=0.8")
    {'money': 0.95, 'entity': 0.8}
    >>> parse_bars("money=95")
    Traceback (most recent call last):
    ...
    extract.evaluate.bars.BarError: --min-f1 money=95: a bar is an F1 between 0 and 1 (0.95, not 95)
    """
    bars = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, sep, text = (s.strip() for s in part.partition("="))
        if name not in NAMES:
            raise BarError(f"--min-f1 {part}: unknown name {name!r} (one of {', '.join(NAMES)})")
        try:
            value = float(text) if sep else float("nan")
        except ValueError:
            value = float("nan")
        if value != value:
            raise BarError(f"--min-f1 {part}: write name=number, e.g. {name}=0.9")
        if not 0 <= value <= 1:
            raise BarError(f"--min-f1 {part}: a bar is an F1 between 0 and 1 "
                           f"({value / 100:g}, not {text})")
        bars[name] = value
    return bars


def claim_f1(section: Any) -> float | None:
    """Whole-claim F1 of a claims section: its `to_dict()` under `claim`, or at the top,
    as `f1` or `relaxed.f1`; None when there is no section or it has no score."""
    if section is None:
        return None
    data = section.to_dict()
    entry = data.get(CLAIM, data) if isinstance(data.get(CLAIM), dict) else data
    relaxed = entry.get("relaxed")
    value = relaxed.get("f1") if isinstance(relaxed, dict) else entry.get("f1")
    return None if value is None else float(value)


def row_f1(report: Report, name: str) -> float | None:
    """Relaxed F1 of a type, group or `claim`; None = n/a."""
    return claim_f1(report.claims) if name == CLAIM else report.f1(name)


@dataclass(frozen=True)
class BarResult:
    name: str
    bar: float
    f1: float | None

    @property
    def passed(self) -> bool:
        return self.f1 is not None and self.f1 >= self.bar

    def message(self) -> str:
        if self.f1 is None:
            what = "no claim scores (no gold claims, or no claim scorer)" if self.name == CLAIM else \
                f"no gold and no predicted {self.name} mentions"
            return f"{self.name}: {what}, so relaxed F1 is n/a and the bar {self.bar} cannot pass"
        sign = ">=" if self.passed else "<"
        return f"{self.name}: relaxed F1 {self.f1:.3f} {sign} {self.bar}"


def check_bars(report: Report, bars: dict[str, float]) -> list[BarResult]:
    """Every bar with the score it was checked against, in the order given."""
    return [BarResult(name, bar, row_f1(report, name)) for name, bar in bars.items()]


def failed_bars(report: Report, bars: dict[str, float]) -> list[str]:
    """Human lines for every bar the report misses."""
    return [r.message() for r in check_bars(report, bars) if not r.passed]
