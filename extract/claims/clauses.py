"""Where a figure sits: its sentence, its comma-run (clause) and its paragraph.

Sentences follow the contract (split on 。！？； and line breaks, see
`extract.text.sentences`); a clause is the comma-run inside a sentence (split on ，：
and their half-width forms), the unit in which a level and its change pair up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extract.records import ENTITY_TYPES, NUMERIC_TYPES
from extract.text.sentences import split_sentences

RUN_BREAKS = "，,：:"
CONNECTORS = set("和及与或、 ")


@dataclass
class View:
    """One article's shadow text and settled mentions, sorted and split by kind."""

    text: str  # the shadow: cues and metric words are matched here
    original: str  # holder phrases are copied from here, as written
    sentences: list[tuple[int, int]]
    figures: list[Any]
    dates: list[Any]
    entities: list[Any]

    @classmethod
    def of(cls, text: str, original: str, mentions: list[Any]) -> View:
        ordered = sorted(mentions, key=lambda m: m.start)
        return cls(
            text, original, split_sentences(text),
            [m for m in ordered if m.type in NUMERIC_TYPES],
            [m for m in ordered if m.type == "date"],
            [m for m in ordered if m.type in ENTITY_TYPES],
        )

    def paragraph(self, offset: int) -> int:
        """Paragraphs are lines: the number of line breaks before `offset`."""
        return self.text.count("\n", 0, offset)

    def run_start(self, sentence: tuple[int, int], offset: int) -> int:
        """Start of the comma-run holding `offset` (never before its sentence)."""
        cut = max(self.text.rfind(c, sentence[0], offset) for c in RUN_BREAKS)
        return max(sentence[0], cut + 1)

    def run_end(self, sentence: tuple[int, int], offset: int) -> int:
        """End of the comma-run holding `offset` (never after its sentence)."""
        ends = [self.text.find(c, offset, sentence[1]) for c in RUN_BREAKS]
        return min([e for e in ends if e >= 0], default=sentence[1])

    def inside(self, items: list[Any], sentence: tuple[int, int]) -> list[Any]:
        return [m for m in items if sentence[0] <= m.start and m.end <= sentence[1]]


@dataclass
class Draft:
    """A claim being built: fields are filled by the rule modules in turn."""

    sentence: tuple[int, int]
    quantity: Any
    window: str = ""  # text from the previous figure (or run start) to this one
    direction: str | None = None
    basis: str | None = None
    change: Any = None
    change_of: Draft | None = None  # a non-percent change follows this level
    peer: bool = False  # a change against another group (较对照组提高): no direction
    from_base: bool = False  # X of "from X to Y"
    subject: Any = None
    subject_text: str | None = None
    metric: str | None = None
    metric_kind: str | None = None
    time: Any = None
    attribution: Any = None
    notes: list[str] = field(default_factory=list)
