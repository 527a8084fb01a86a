"""Scoring per ANNOTATION.md: per-type precision, recall and F1 in three modes.

- detect: same type and overlapping spans;
- relaxed: detect, and the normalized value agrees (numbers within 1e-6 relative,
  strings equal, a gold null matches anything). For money the value is the amount *and*
  the currency, for percent the number *and* the unit: 55亿美元 scored as CNY is wrong;
- strict: relaxed, and identical start and end.

Each gold mention matches at most one prediction (greedy, best overlap first). A gold
line's `scope` limits which types are scored on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from extract.records import ENTITY_TYPES, NUMERIC_TYPES, TIME_TYPES, TYPES, Article

MODES = ("detect", "relaxed", "strict")
GROUPS = {"numeric": NUMERIC_TYPES, "time": TIME_TYPES, "entity": ENTITY_TYPES, "all": TYPES}
# Fields that are part of a type's normalized value besides `value` itself.
VALUE_FIELDS = {"money": ("currency",), "percent": ("unit",)}


def _agree(gold: Any, pred: Any) -> bool:
    if gold is None:
        return True
    if isinstance(gold, (int, float)) and isinstance(pred, (int, float)):
        return abs(gold - pred) <= 1e-6 * max(abs(gold), abs(pred), 1e-12)
    return bool(gold == pred)


def value_agrees(gold: Any, pred: Any) -> bool:
    """True when `pred` has gold's normalized value (see module docstring)."""
    fields = ("value", *VALUE_FIELDS.get(gold.type, ()))
    return all(_agree(getattr(gold, f, None), getattr(pred, f, None)) for f in fields)


def _fits(gold: Any, pred: Any, mode: str) -> bool:
    if gold.type != pred.type or not (gold.start < pred.end and pred.start < gold.end):
        return False
    if mode == "detect":
        return True
    if not value_agrees(gold, pred):
        return False
    return mode == "relaxed" or (gold.start, gold.end) == (pred.start, pred.end)


def match(gold: Sequence[Any], pred: Sequence[Any], mode: str) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), each side used once, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if _fits(g, p, mode):
                overlap = min(g.end, p.end) - max(g.start, p.start)
                exact = (g.start, g.end) == (p.start, p.end)
                candidates.append((-exact, -overlap, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    hit: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MODES, 0))

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        for mode in MODES:
            self.hit[mode] += other.hit[mode]

    def prf(self, mode: str) -> tuple[float, float, float]:
        tp = self.hit[mode]
        p = tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Miss:
    """A false negative (`kind` "missed") or false positive ("spurious") in relaxed mode."""

    article: str
    kind: str
    mention: Any
    sentence: str
    other: Any = None  # the overlapping mention on the other side, if any


@dataclass
class Report:
    rows: dict[str, Counts]
    misses: list[Miss]

    def f1(self, name: str, mode: str = "relaxed") -> float:
        return self.rows[name].prf(mode)[2]

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, c in self.rows.items():
            modes = {m: dict(zip(("precision", "recall", "f1"), c.prf(m))) for m in MODES}
            out[name] = {"gold": c.gold, "pred": c.pred, **modes}
        return out


@lru_cache(maxsize=8)
def _sentences(text: str) -> list[tuple[int, int]]:
    from extract.text.sentences import split_sentences

    return split_sentences(text)


def _sentence(text: str, m: Any) -> str:
    from extract.text.sentences import sentence_at

    span = sentence_at(_sentences(text), m.start)
    return text[span[0] : span[1]] if span else text[max(0, m.start - 30) : m.end + 30]


def _score_type(gold: Article, pred: list[Any], kind: str, rows: dict[str, Counts],
                misses: list[Miss]) -> None:
    g = [m for m in gold.mentions if m.type == kind]
    p = [m for m in pred if m.type == kind]
    counts = Counts(len(g), len(p))
    for mode in MODES:
        pairs = match(g, p, mode)
        counts.hit[mode] = len(pairs)
        if mode == "relaxed":
            got_g, got_p = {i for i, _ in pairs}, {j for _, j in pairs}
            for i, m in enumerate(g):
                if i not in got_g:
                    near = next((x for x in p if x.start < m.end and m.start < x.end), None)
                    misses.append(Miss(gold.id, "missed", m, _sentence(gold.text, m), near))
            for j, m in enumerate(p):
                if j not in got_p:
                    misses.append(Miss(gold.id, "spurious", m, _sentence(gold.text, m)))
    rows[kind].add(counts)


def evaluate(gold: Iterable[Article], pred: Iterable[Article]) -> Report:
    """Score predictions against gold articles, aligned by `id`."""
    by_id = {a.id: a for a in pred}
    rows = {name: Counts() for name in (*TYPES, *GROUPS)}
    misses: list[Miss] = []
    for article in gold:
        predicted = by_id.get(article.id)
        scope = article.scope or TYPES
        mentions = list(predicted.mentions) if predicted else []
        for kind in scope:
            _score_type(article, mentions, kind, rows, misses)
    for group, kinds in GROUPS.items():
        for kind in kinds:
            rows[group].add(rows[kind])
    return Report(rows, misses)


def format_table(report: Report) -> str:
    """The human table: one row per type, then the group rows."""
    head = f"{'type':<9}{'gold':>6}{'pred':>6}" + "".join(
        f"  {m + ' P/R/F1':<22}" for m in MODES
    )
    lines = [head, "-" * len(head)]
    for name, c in report.rows.items():
        if name == "numeric":
            lines.append("-" * len(head))
        cells = "".join("  {:.3f} {:.3f} {:.3f}      ".format(*c.prf(m)) for m in MODES)
        lines.append(f"{name:<9}{c.gold:>6}{c.pred:>6}{cells}".rstrip())
    return "\n".join(lines)


def parse_bars(spec: str) -> dict[str, float]:
    """`money=0.95,date=0.9` -> {"money": 0.95, "date": 0.9}; names are types or groups.

    >>> parse_bars("money=0.95, entity=0.8")
    {'money': 0.95, 'entity': 0.8}
    """
    bars = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, _, value = part.partition("=")
        if name not in TYPES and name not in GROUPS:
            raise ValueError(f"--min-f1: unknown type {name!r}")
        bars[name] = float(value)
    return bars


def failed_bars(report: Report, bars: dict[str, float]) -> list[str]:
    """Human lines for every bar the report misses (relaxed F1)."""
    return [
        f"{name}: relaxed F1 {report.f1(name):.3f} < {bar}"
        for name, bar in bars.items()
        if report.f1(name) < bar
    ]
