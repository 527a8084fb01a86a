"""One scoring error: a gold mention, a prediction, or both, the cause, and the sentence.

Causes, in the order a reviewer fixes them:
- `missed`: a gold mention no prediction of its type overlaps;
- `wrong_value`: a prediction of the type overlaps it but its normalized value differs
  (one error on each side in the scores, listed once here, side by side);
- `wrong_span`: the value agrees but the boundaries differ (an error in strict mode only);
- `spurious`: a prediction no gold mention of its type overlaps (a false alarm).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract.encode import mention_data
from extract.evaluate.values import describe
from extract.records import Article
from extract.text.sentences import sentence_at, split_sentences

CAUSES = ("missed", "wrong_value", "wrong_span", "spurious")
LABELS = {"missed": "missed", "wrong_value": "wrong value", "wrong_span": "wrong span",
          "spurious": "spurious"}


@lru_cache(maxsize=8)
def _sentences(text: str) -> list[tuple[int, int]]:
    return split_sentences(text)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding `start`, else 30 characters of context either side."""
    span = sentence_at(_sentences(text), start)
    return span if span else (max(0, start - 30), min(len(text), end + 30))


@dataclass
class Miss:
    """`gold` and `pred` as the cause has them (`missed`: `pred` is an overlapping
    mention of another type, if any, for context; `spurious`: `gold` is None)."""

    article: str
    kind: str
    gold: Any
    pred: Any
    sentence: tuple[int, int]
    text: str

    @classmethod
    def of(cls, article: Article, kind: str, gold: Any, pred: Any) -> Miss:
        anchor = gold if gold is not None else pred
        span = sentence_span(article.text, anchor.start, anchor.end)
        return cls(article.id, kind, gold, pred, span, article.text[span[0] : span[1]])

    @property
    def mention(self) -> Any:
        """The mention the error is about: gold's, or the prediction's when spurious."""
        return self.gold if self.gold is not None else self.pred

    @property
    def type(self) -> str:
        return str(self.mention.type)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article, "cause": self.kind, "type": self.type,
            "gold": mention_data(self.gold) if self.gold is not None else None,
            "pred": mention_data(self.pred) if self.pred is not None else None,
            "sentence": {"start": self.sentence[0], "end": self.sentence[1], "text": self.text},
        }

    def line(self) -> str:
        """Two human lines: cause, article, type, gold and predicted surface and value."""
        def show(m: Any) -> str:
            return f"{m.text!r} = {describe(m)}"

        parts = [f"{LABELS[self.kind]:<11} {self.article} {self.type:<9}"]
        if self.gold is not None:
            parts.append(f"gold {show(self.gold)}")
        if self.pred is not None:
            parts.append(f"pred {show(self.pred)}" + (f" as {self.pred.type}" if
                         self.pred.type != self.type else ""))
        return " ".join(parts) + f"\n            {self.text}"
