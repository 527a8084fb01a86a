"""Scoring per the contract in docs/format.md: per-type precision, recall and F1 in three modes.

- detect: same type and overlapping spans;
- relaxed: detect, and the normalized value agrees (`extract.evaluate.values`: numbers
  within 1e-6 relative, ranges by both ends, dates by the period covered, durations by
  length, a gold null matches anything). For money the value is the amount *and* the
  currency, for percent the number *and* the unit: 55亿美元 scored as CNY is wrong;
- strict: relaxed, and identical start and end.

Each gold mention matches at most one prediction (greedy, best overlap first). A gold
line's `scope` limits which types are scored on it. A row with neither gold nor
predictions has no score (None, shown as n/a): a perfect 1.000 there would pass any
bar without a single mention having been checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from extract.evaluate.misses import CAUSES, Miss
from extract.evaluate.values import value_agrees
from extract.records import ENTITY_TYPES, NUMERIC_TYPES, TIME_TYPES, TYPES, Article

MODES = ("detect", "relaxed", "strict")
GROUPS = {"numeric": NUMERIC_TYPES, "time": TIME_TYPES, "entity": ENTITY_TYPES, "all": TYPES}
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


Score = tuple[float | None, float | None, float | None]


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

    def prf(self, mode: str) -> Score:
        """Precision, recall, F1; each None where it is undefined (nothing to divide by).

        >>> Counts(0, 0).prf("relaxed")
        (None, None, None)
        >>> Counts(0, 2).prf("relaxed")
        (0.0, None, 0.0)
        """
        tp = self.hit[mode]
        p = tp / self.pred if self.pred else None
        r = tp / self.gold if self.gold else None
        total = self.gold + self.pred
        return p, r, (2 * tp / total if total else None)


@dataclass
class Report:
    """Mention scores per row, every error with its cause, what the input lacked, and
    optional sections other scorers add (`claims`: any object with `to_dict()`)."""

    rows: dict[str, Counts]
    misses: list[Miss]
    warnings: list[str] = field(default_factory=list)
    claims: Any = None

    def f1(self, name: str, mode: str = "relaxed") -> float | None:
        return self.rows[name].prf(mode)[2]

    def scores(self) -> dict[str, Any]:
        """Per row: gold and predicted counts, then P/R/F1 per mode (None = n/a)."""
        out: dict[str, Any] = {}
        for name, c in self.rows.items():
            modes = {m: dict(zip(("precision", "recall", "f1"), c.prf(m))) for m in MODES}
            out[name] = {"gold": c.gold, "pred": c.pred, **modes}
        return out

    def as_dict(self, misses: bool = False) -> dict[str, Any]:
        """The JSON of `eval --json`: `types`, `claims`, `warnings` and, asked, `misses`."""
        out: dict[str, Any] = {"types": self.scores(), "claims": None, "warnings": self.warnings}
        if self.claims is not None:
            out["claims"] = self.claims.to_dict()
        if misses:
            out["misses"] = [m.to_dict() for m in self.misses]
        return out


def _score_type(gold: Article, pred: list[Any], kind: str, rows: dict[str, Counts],
                misses: list[Miss]) -> None:
    g = [m for m in gold.mentions if m.type == kind]
    p = [m for m in pred if m.type == kind]
    counts = Counts(len(g), len(p))
    for mode in MODES:
        counts.hit[mode] = len(match(g, p, mode))
    rows[kind].add(counts)
    misses.extend(_errors(gold, g, p, pred))


def _errors(article: Article, g: list[Any], p: list[Any], every_pred: list[Any]) -> list[Miss]:
    """Every relaxed error and strict-only error of one type, each with its cause."""
    relaxed = match(g, p, "relaxed")
    found = [Miss.of(article, "wrong_span", g[i], p[j]) for i, j in relaxed
             if (g[i].start, g[i].end) != (p[j].start, p[j].end)]
    rest_g = _rest(len(g), {i for i, _ in relaxed})
    rest_p = _rest(len(p), {j for _, j in relaxed})
    wrong = [(rest_g[a], rest_p[b]) for a, b in
             match([g[i] for i in rest_g], [p[j] for j in rest_p], "detect")]
    found += [Miss.of(article, "wrong_value", g[i], p[j]) for i, j in wrong]
    for i in _rest(len(g), {i for i, _ in relaxed} | {i for i, _ in wrong}):
        found.append(Miss.of(article, "missed", g[i], overlapping(g[i], every_pred)))
    for j in _rest(len(p), {j for _, j in relaxed} | {j for _, j in wrong}):
        found.append(Miss.of(article, "spurious", None, p[j]))
    return sorted(found, key=lambda m: (CAUSES.index(m.kind), m.mention.start))


def _rest(size: int, used: set[int]) -> list[int]:
    return [i for i in range(size) if i not in used]


def overlapping(mention: Any, others: Iterable[Any]) -> Any:
    """The first of `others` whose span overlaps `mention`'s, any type, else None."""
    return next((x for x in others if x.start < mention.end and mention.start < x.end), None)


def _warnings(gold: list[Article], by_id: dict[str, Article], unannotated: Iterable[str]) -> list[str]:
    found = []
    missing = [a.id for a in gold if a.id not in by_id]
    if missing:
        found.append(f"{len(missing)} of {len(gold)} gold articles have no prediction "
                     f"(every gold mention counts as missed): {', '.join(missing)}")
    bare = list(unannotated)
    if bare:
        found.append(f"{len(bare)} gold lines have no `mentions` field (every prediction "
                     f"on them counts as spurious): {', '.join(bare)}")
    changed = [a.id for a in gold if a.id in by_id and by_id[a.id].text != a.text]
    if changed:
        found.append(f"{len(changed)} predictions have a different text than their gold "
                     f"(offsets cannot agree): {', '.join(changed)}")
    return found


def evaluate(gold: Iterable[Article], pred: Iterable[Article],
             unannotated: Iterable[str] = ()) -> Report:
    """Score predictions against gold articles, aligned by `id`.

    `unannotated` names gold lines read without a `mentions` field (see
    `extract.evaluate.gold.read_gold`); they are scored, and named in a warning.
    """
    gold = list(gold)
    by_id = {a.id: a for a in pred}
    rows = {name: Counts() for name in (*TYPES, *GROUPS)}
    misses: list[Miss] = []
    for article in gold:
        predicted = by_id.get(article.id)
        mentions = list(predicted.mentions) if predicted else []
        for kind in article.scope or TYPES:
            _score_type(article, mentions, kind, rows, misses)
    for group, kinds in GROUPS.items():
        for kind in kinds:
            rows[group].add(rows[kind])
    return Report(rows, misses, _warnings(gold, by_id, unannotated))
