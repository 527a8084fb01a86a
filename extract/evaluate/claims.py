"""Claim scoring per the contract (docs/format.md, "How output is scored"; docs/claims.md).

A predicted claim pairs with a gold claim when their quantities match (relaxed, the
mention rule). On each pair every field is checked: subject (overlapping span or same
canonical value; a gold `subject_text` is matched by a predicted `subject_text` that
equals, contains or is contained in it; null matches only null), metric (equal after
synonym folding, or one contains the other), time (same calendar value; a gold date
with no value needs an overlapping span), change (a matching percent), direction,
basis, attribution (as subject). Whole-claim P/R/F1 counts a pair as right when
quantity, subject, metric and time all are. Only articles whose gold line has a
`claims` field are scored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from extract.evaluate.scoring import match
from extract.evaluate.values import value_agrees
from extract.records import Article

FIELDS = ("subject", "metric", "time", "change", "direction", "basis", "attribution")
WHOLE = ("subject", "metric", "time")


def _overlap(a: Any, b: Any) -> bool:
    return bool(a.start < b.end and b.start < a.end)


def _entity_ok(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    return _overlap(g, p) or (g.value is not None and g.value == p.value)


def _text_ok(g: str | None, p: str | None) -> bool:
    if not g or not p:
        return not g and not p
    return g in p or p in g


def fold_metric(name: str | None) -> str | None:
    """A metric word's canonical name (营收 -> 营业收入); unknown names stay as written."""
    from extract.claims.vocab import metrics

    if name is None:
        return None
    known = metrics().get(name)
    return known.name if known else name


def _metric_ok(g: str | None, p: str | None) -> bool:
    if g is None or p is None:
        return g is None and p is None
    pairs = ((g, p), (fold_metric(g) or g, fold_metric(p) or p))
    return any(a in b or b in a for a, b in pairs)


def _date_ok(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    has_value = g.value is not None or g.low is not None or g.high is not None
    return value_agrees(g, p) and (has_value or _overlap(g, p))


def _mention_ok(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    return g.type == p.type and _overlap(g, p) and value_agrees(g, p)


def field_ok(name: str, g: Any, p: Any) -> bool:
    """Is field `name` of predicted claim `p` right against gold claim `g`?"""
    if name == "subject":
        if g.subject_text:
            return p.subject is None and _text_ok(g.subject_text, p.subject_text)
        return not p.subject_text and _entity_ok(g.subject, p.subject)
    if name == "metric":
        return _metric_ok(g.metric, p.metric)
    if name == "time":
        return _date_ok(g.time, p.time)
    if name == "change":
        return _mention_ok(g.change, p.change)
    if name == "attribution":
        return _entity_ok(g.attribution, p.attribution)
    return bool(getattr(g, name) == getattr(p, name))


def _prf(tp: int, gold: int, pred: int) -> dict[str, float | None]:
    p = tp / pred if pred else None
    r = tp / gold if gold else None
    f = 2 * tp / (gold + pred) if gold + pred else None
    return {"precision": p, "recall": r, "f1": f}


def show(value: Any) -> Any:
    """A field for a miss line: a mention as its text and value, else the value."""
    if hasattr(value, "start"):
        return f"{value.text}({getattr(value, 'value', None)})"
    return value


@dataclass
class ClaimReport:
    """Claim scores over the articles whose gold annotates claims."""

    articles: int = 0
    gold: int = 0
    pred: int = 0
    paired: int = 0
    whole: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add_article(self, gold: Article, pred: Article | None) -> None:
        g, p = gold.claims, pred.claims if pred else []
        self.articles += 1
        self.gold += len(g)
        self.pred += len(p)
        pairs = match([c.quantity for c in g], [c.quantity for c in p], "relaxed")
        for i, j in pairs:
            self._pair(gold, g[i], p[j])
        used_g, used_p = {i for i, _ in pairs}, {j for _, j in pairs}
        for i in sorted(set(range(len(g))) - used_g):
            self._miss(gold, g[i], "unpaired gold", show(g[i].quantity), None)
        for j in sorted(set(range(len(p))) - used_p):
            self._miss(gold, p[j], "unpaired prediction", None, show(p[j].quantity))

    def _pair(self, article: Article, g: Any, p: Any) -> None:
        self.paired += 1
        ok = {name: field_ok(name, g, p) for name in FIELDS}
        for name, good in ok.items():
            self.right[name] += good
            if not good:
                gv, pv = (g.subject_text or g.subject, p.subject_text or p.subject) \
                    if name == "subject" else (getattr(g, name), getattr(p, name))
                self._miss(article, g, name, show(gv), show(pv))
        self.whole += all(ok[n] for n in WHOLE)

    def _miss(self, article: Article, claim: Any, what: str, gold: Any, pred: Any) -> None:
        s, e = claim.sentence
        self.misses.append({"id": article.id, "quantity": claim.quantity.text, "field": what,
                            "gold": gold, "pred": pred, "sentence": article.text[s:e]})

    def to_dict(self) -> dict[str, Any]:
        fields = {n: (self.right[n] / self.paired if self.paired else None) for n in FIELDS}
        return {
            "articles": self.articles, "gold": self.gold, "pred": self.pred,
            "claim": _prf(self.whole, self.gold, self.pred),
            "pairing": _prf(self.paired, self.gold, self.pred),
            "fields": fields, "misses": self.misses,
        }

    def table(self) -> str:
        """The text block `zh-extract eval` prints under the mention table."""
        d = self.to_dict()

        def num(x: float | None) -> str:
            return "n/a" if x is None else f"{x:.3f}"

        lines = [f"claims: {self.articles} articles, gold {self.gold}, pred {self.pred}",
                 f"  {'':<12}{'P':>7}{'R':>7}{'F1':>7}"]
        for row in ("claim", "pairing"):
            v = d[row]
            lines.append(f"  {row:<12}{num(v['precision']):>7}{num(v['recall']):>7}{num(v['f1']):>7}")
        lines.append("  field accuracy on pairs: " + ", ".join(
            f"{n} {num(v)}" for n, v in d["fields"].items()))
        return "\n".join(lines)

    def misses_text(self) -> str:
        return "\n".join(f"{m['id']}\t{m['quantity']}\t{m['field']}\tgold={m['gold']}\tpred={m['pred']}"
                         for m in self.misses)


def score_claims(gold: Iterable[Article], pred: Iterable[Article]) -> ClaimReport | None:
    """The claim report, or None when no gold line has a `claims` field."""
    by_id = {a.id: a for a in pred}
    annotated = [a for a in gold if "claims" in a.model_fields_set]
    if not annotated:
        return None
    report = ClaimReport()
    for article in annotated:
        report.add_article(article, by_id.get(article.id))
    return report
