"""Where a figure sits: its sentence, its comma-run (clause) and its paragraph.

Sentences follow the contract (split on 。！？； and line breaks, see
`extract.text.sentences`); a clause is the comma-run inside a sentence (split on ，：
and their half-width forms), the unit in which a level and its change pair up.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass, field
from typing import Any

from extract.claims.vocab import METRIC_NOT_BEFORE, is_agency, metric_set
from extract.claims.words import Words
from extract.records import ENTITY_TYPES, NUMERIC_TYPES
from extract.text.sentences import split_sentences

RUN_BREAKS = "，,：:"
CONNECTORS = set("和及与或、 ")
_LINE = re.compile(r"\n")
_START = operator.attrgetter("start")
# a break, but not the thousands separator of a figure (1,380万元, 3兆1,250亿元): no digit
# before it or none after it (the break char first, so `re` jumps from break to break)
_RUN = re.compile(f"[{RUN_BREAKS}](?:(?<![0-9].)|(?![0-9]))")
# an alias or gloss in brackets (彭博社(Bloomberg), 差饷物业估价署(差估署)): the rules read the
# shadow, which folds （） to (), so the half-width brackets are the only ones to match
BRACKET = re.compile(r"\([^()]*\)")
# mention type -> which of View's lists holds it (4: none)
_KIND = {**dict.fromkeys(NUMERIC_TYPES, 0), "date": 1, "duration": 3, **dict.fromkeys(ENTITY_TYPES, 2)}


@dataclass
class View:
    """One article's shadow text and settled mentions, sorted and split by kind."""

    text: str  # the shadow: cues and metric words are matched here
    original: str  # holder phrases are copied from here, as written
    sentences: list[tuple[int, int]]
    figures: list[Any]
    dates: list[Any]
    entities: list[Any]
    durations: list[Any] = field(default_factory=list)  # 近30天: a period given only as a length
    _breaks: list[int] = field(default_factory=list, repr=False)
    _runs: list[int] = field(default_factory=list, repr=False)
    _run_starts: dict[int, int] = field(default_factory=dict, repr=False)
    _ends: dict[int, Any] = field(default_factory=dict, repr=False)
    # per list (by id): the answers of `inside` so far, the items' starts, and their ends
    # when those never decrease (None otherwise)
    _index: dict[int, tuple[dict[tuple[int, int], list[Any]], list[int], list[int] | None]] = field(
        default_factory=dict, repr=False)
    _spans: dict[tuple[int, int], Any] | None = field(default=None, repr=False)
    _companies: tuple[list[Any], list[int]] | None = field(default=None, repr=False)
    metric_words: Words = field(init=False, repr=False)  # every metric word, asked per stretch
    memo: dict[str, dict[Any, Any]] = field(default_factory=dict, repr=False)  # rule answers per article

    def __post_init__(self) -> None:
        self.metric_words = Words.of(self.text, metric_set(), METRIC_NOT_BEFORE)
        self._breaks = [m.start() for m in _LINE.finditer(self.text)]
        self._runs = [m.start() for m in _RUN.finditer(self.text)]
        for items in (self.figures, self.dates, self.entities, self.durations):
            ends = [m.end for m in items]
            ordered = all(a <= b for a, b in zip(ends, ends[1:]))
            self._index[id(items)] = ({}, [m.start for m in items], ends if ordered else None)

    @classmethod
    def of(cls, text: str, original: str, mentions: list[Any]) -> View:
        figures: list[Any] = []
        dates: list[Any] = []
        entities: list[Any] = []
        durations: list[Any] = []
        lists: tuple[list[Any], ...] = (figures, dates, entities, durations, [])  # last: unread kinds
        for m in sorted(mentions, key=_START):
            lists[_KIND.get(m.type, 4)].append(m)
        return cls(text, original, split_sentences(text), figures, dates, entities, durations)

    def entity_at(self, span: tuple[int, int]) -> Any:
        """The first entity mention whose span is exactly `span`, or None (one dict per article
        instead of a scan of every entity per holder phrase)."""
        if self._spans is None:
            self._spans = {}
            for e in self.entities:
                self._spans.setdefault((e.start, e.end), e)
        return self._spans.get(span)

    def last_company(self, before: int) -> Any:
        """The last company (an org that is no government body) in the article order of the
        entities that ends by `before`, or None: found from the companies starting before it."""
        if self._companies is None:
            orgs = [e for e in self.entities if e.type == "org" and not is_agency(e)]
            self._companies = (orgs, [e.start for e in orgs])
        orgs, starts = self._companies
        for i in range(bisect.bisect_left(starts, before) - 1, -1, -1):
            if orgs[i].end <= before:
                return orgs[i]
        return None

    def ending_at(self, offset: int) -> Any:
        """The entity mention that ends right at `offset`, or None."""
        if not self._ends:
            self._ends = {e.end: e for e in self.entities}
        return self._ends.get(offset)

    def paragraph(self, offset: int) -> int:
        """Paragraphs are lines: the number of line breaks before `offset`."""
        return bisect.bisect_left(self._breaks, offset)

    def run_start(self, sentence: tuple[int, int], offset: int) -> int:
        """Start of the comma-run holding `offset` (never before its sentence); the rules
        ask it for the same figure many times, so the run's start is kept per offset."""
        start = self._run_starts.get(offset)
        if start is None:
            i = bisect.bisect_left(self._runs, offset)
            start = self._run_starts[offset] = self._runs[i - 1] + 1 if i else 0
        return start if start > sentence[0] else sentence[0]

    def run_end(self, sentence: tuple[int, int], offset: int) -> int:
        """End of the comma-run holding `offset` (never after its sentence)."""
        i = bisect.bisect_left(self._runs, offset)
        return min(sentence[1], self._runs[i]) if i < len(self._runs) else sentence[1]

    def starting(self, items: list[Any], offset: int) -> list[Any]:
        """The items (one of the view's lists) that start right at `offset`, in list order:
        two bisections instead of a test of every mention of the article."""
        starts = self._index[id(items)][1]
        lo = bisect.bisect_left(starts, offset)
        return items[lo : bisect.bisect_right(starts, offset, lo)]

    def inside(self, items: list[Any], span: tuple[int, int]) -> list[Any]:
        """The items (sorted by start) that lie within `span`; cached per list and span
        (the rules ask for the same sentence's entities several times per figure). When
        the list's ends never decrease (mentions that do not nest, the usual case), the
        items starting in the span that also end in it are a prefix of those: one more
        bisection and a slice instead of a test per item."""
        cache, starts, ends = self._index[id(items)]
        found = cache.get(span)
        if found is None:
            lo = bisect.bisect_left(starts, span[0])
            hi = bisect.bisect_left(starts, span[1], lo)
            if ends is not None:
                found = cache[span] = items[lo : bisect.bisect_right(ends, span[1], lo, hi)]
            else:
                found = cache[span] = [m for m in items[lo:hi] if m.end <= span[1]]
        return found


@dataclass(slots=True)
class Draft:
    """A claim being built: fields are filled by the rule modules in turn."""

    sentence: tuple[int, int]
    quantity: Any
    # the figure's context, computed once and read by every rule (instead of each rule
    # asking the view for the same run bounds and the same sentence mentions again)
    run: int  # start of the figure's comma-run (never before its sentence)
    run_end: int  # end of the comma-run holding the figure's end (never after its sentence)
    figures: list[Any]  # the sentence's figures, dates and entities, sorted by start
    dates: list[Any]
    entities: list[Any]
    window: str = ""  # text from the previous figure (or run start) to this one
    direction: str | None = None
    basis: str | None = None
    change: Any = None
    change_draft: Draft | None = None  # the percent draft folded in as `change`
    change_of: Draft | None = None  # a non-percent change follows this level
    peer: bool = False  # a change against another group (较对照组提高): no direction
    from_base: bool = False  # X of "from X to Y"
    subject: Any = None
    subject_text: str | None = None
    metric: str | None = None
    metric_kind: str | None = None
    time: Any = None
    attribution: Any = None
    metric_words: list[Any] | None = None  # metric words before it in its run (memo)
