"""Calendar values and the context that resolves them, for `date.py`.

A date mention is found in two steps. Rules turn a match into a `Draft`: a `Period`
(a year, half, quarter, month, day or minute) whose year may still be missing (一季度,
4月份), or a same-period word (上年同期) that names no period at all. `resolve` then
walks the drafts in text order, as a reader does: a missing year is the last year
written in the paragraph, else the publication year; 同期 is the period that governs
its sentence (the first date of the sentence, or of the nearest earlier sentence in
the paragraph), shifted by whole years. Relative words never read the clock: without
`published_at` their value stays null.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from ..lexicon import read_table
from ..records import Date
from ..sentences import sentence_at, split_sentences
from ..shadow import Shadow

CONTEXT_YEAR = 0  # a Period year still to be taken from the paragraph


class Period(NamedTuple):
    """One calendar value at the precision written; `n` is the half, quarter or month.

    A tuple rather than a frozen dataclass: it is built for every match, and a tuple is
    three times cheaper to build while just as immutable.
    """

    year: int
    grain: str = "year"
    n: int = 0
    day: int = 0
    hour: int = 0
    minute: int = 0

    def timex(self) -> str:
        """The TIMEX string of ANNOTATION.md: 2025, 2025-H1, 2025-Q1, 2025-07-19T11:04."""
        y = f"{self.year:04d}"
        if self.grain == "half":
            return f"{y}-H{self.n}"
        if self.grain == "quarter":
            return f"{y}-Q{self.n}"
        if self.grain == "month":
            return f"{y}-{self.n:02d}"
        if self.grain == "day":
            return f"{y}-{self.n:02d}-{self.day:02d}"
        if self.grain == "minute":
            return f"{y}-{self.n:02d}-{self.day:02d}T{self.hour:02d}:{self.minute:02d}"
        return y

    def plus_years(self, years: int) -> Period:
        """The same period `years` later; 29 February falls back to the 28th."""
        day = self.day
        if self.n == 2 and day == 29 and self.grain in ("day", "minute"):
            day = 28 if not is_leap(self.year + years) else 29
        return self._replace(year=self.year + years, day=day)


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def valid_day(year: int, month: int, day: int) -> bool:
    """True when the day exists (a 2月30日 is a typo, not a date)."""
    try:
        date(year if year != CONTEXT_YEAR else 2000, month, day)
    except ValueError:
        return False
    return True


def day_period(when: date) -> Period:
    return Period(when.year, "day", when.month, when.day)


def month_period(year: int, month: int, shift: int = 0) -> Period:
    """The month `shift` months after year-month (上月 is -1; 1月 minus one is December)."""
    index = year * 12 + (month - 1) + shift
    return Period(index // 12, "month", index % 12 + 1)


def quarter_period(year: int, quarter: int, shift: int = 0) -> Period:
    index = year * 4 + (quarter - 1) + shift
    return Period(index // 4, "quarter", index % 4 + 1)


def week_bounds(when: date, shift: int = 0) -> tuple[Period, Period]:
    """Monday and Sunday of the ISO week `shift` weeks after `when` (TIMEX has no week)."""
    monday = when - timedelta(days=when.weekday()) + timedelta(weeks=shift)
    return day_period(monday), day_period(monday + timedelta(days=6))


COVERS = {(1, 3): ("quarter", 1), (4, 6): ("quarter", 2), (7, 9): ("quarter", 3),
          (10, 12): ("quarter", 4), (1, 6): ("half", 1), (7, 12): ("half", 2), (1, 12): ("year", 0)}
MONTHS = {"year": (1, 12), "half": (6, 6), "quarter": (3, 3), "month": (1, 1)}  # (span, step)


def month_bounds(period: Period) -> tuple[int, int]:
    """First and last month of a year, half, quarter or month."""
    span, step = MONTHS[period.grain]
    first = (period.n - 1) * step + 1 if period.grain != "year" else 1
    return first, first + span - 1


def covering(low: Period, high: Period) -> Period | None:
    """The quarter, half or year a range covers exactly (1-3月 is Q1, Q1-Q4 the year), if any."""
    if low.year != high.year or low.grain not in MONTHS or high.grain not in MONTHS:
        return None
    cover = COVERS.get((month_bounds(low)[0], month_bounds(high)[1]))
    return Period(low.year, cover[0], cover[1]) if cover else None


@cache
def words(kind: str) -> dict[str, int]:
    """Relative words of one kind from `data/date_words.tsv`, with their offsets."""
    return {r["word"]: int(r["offset"]) for r in read_table("date_words.tsv") if r["kind"] == kind}


@cache
def periods(grain: str) -> dict[str, int]:
    """Parts of a year of one grain from `data/date_periods.tsv`, with their index."""
    return {r["word"]: int(r["index"]) for r in read_table("date_periods.tsv") if r["grain"] == grain}


@cache
def mods(place: str) -> dict[str, str]:
    """Edge and hedge words written at `place` from `data/date_mods.tsv`, with their mod."""
    return {r["word"]: r["mod"] for r in read_table("date_mods.tsv") if r["place"] == place}


@dataclass(slots=True)
class Draft:
    """A date found by a rule, before the paragraph has supplied what it leaves open.

    `value`, `low` and `high` may carry CONTEXT_YEAR; `same` is the year shift of a
    同期 word (its value comes from the governing period), `same_year` the year written
    before one (2023年同期); `known` is False for a relative date with no publication
    date, whose value must stay null. Drafts live for one `find_date` call and
    `resolve` completes them in place (copying each was a third of its time).
    """

    start: int
    end: int
    value: Period | None = None
    low: Period | None = None
    high: Period | None = None
    mod: str | None = None
    fiscal: bool = False
    same: int | None = None
    same_year: int | None = None
    known: bool = True

    def needs_year(self) -> bool:
        return any(p is not None and p.year == CONTEXT_YEAR for p in (self.value, self.low, self.high))

    def fill_year(self, year: int | None) -> None:
        """Fill the missing year; with none to give, the value becomes unknown."""
        if year is None:
            self.known = False
            return
        fill = lambda p: p._replace(year=year) if p is not None and p.year == CONTEXT_YEAR else p  # noqa: E731
        self.value, self.low, self.high = fill(self.value), fill(self.low), fill(self.high)

    def year(self) -> int | None:
        """The year this date writes down, for the dates after it in the paragraph."""
        point = self.value or self.low
        return point.year if self.known and point is not None and point.year != CONTEXT_YEAR else None


def resolve(drafts: list[Draft], shadow: Shadow) -> list[Date]:
    """Dates from drafts in text order, filling years and 同期 from the paragraph."""
    text = shadow.text
    pub_year = shadow.published_at.year if shadow.published_at else None
    out: list[Date] = []
    seen: list[Draft] = []  # resolved drafts of this paragraph
    spans: list[tuple[int, int]] = []  # its sentences, split only when a 同期 needs them
    paragraph_start = -1
    context_year: int | None = None
    for draft in drafts:
        start = text.rfind("\n", 0, draft.start) + 1
        if start != paragraph_start:
            paragraph_start, context_year, seen, spans = start, None, [], []
        if draft.same is not None:
            spans = spans or paragraph_sentences(text, start)
            govern(draft, seen, spans, pub_year)
        elif draft.needs_year():
            draft.fill_year(context_year if context_year is not None else pub_year)
        context_year = draft.year() or context_year
        seen.append(draft)
        out.append(to_date(draft, shadow))
    return out


def paragraph_sentences(text: str, start: int) -> list[tuple[int, int]]:
    """Sentence spans of the paragraph starting at `start`, as offsets into `text`."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return [(s + start, e + start) for s, e in split_sentences(text[start:end])]


def govern(draft: Draft, seen: list[Draft], spans: list[tuple[int, int]], pub_year: int | None) -> None:
    """Set a 同期 word's value: the governing period shifted by `draft.same` years.

    The governing period is the first date of the word's own sentence, else of the
    nearest earlier sentence with one: in 2025年一季度,…接近去年全年营收。…上年同期 it is
    2025年一季度 and not the nearer 去年全年, which only compares.
    """
    here = sentence_at(spans, draft.start)
    first: dict[int, Draft] = {}
    for earlier in seen:
        sentence = sentence_at(spans, earlier.start)
        if sentence and earlier.known and earlier.same is None and (earlier.value or earlier.low):
            first.setdefault(sentence[0], earlier)
    own = first.get(here[0]) if here else None
    before = [s for s in first if here is None or s < here[0]]
    source = own or (first[max(before)] if before else None)
    shift = draft.same or 0
    if source is None:
        if draft.same_year is not None:  # 2023年同期 with nothing before: 2023
            draft.value = Period(draft.same_year)
        elif shift and pub_year is not None:  # 上年同期 with nothing before: last year
            draft.value = Period(pub_year + shift)
        else:
            draft.known = False
        return
    if draft.same_year is not None:
        shift = draft.same_year - (source.value or source.low or Period(draft.same_year)).year
    lift = lambda p: p.plus_years(shift) if p is not None else None  # noqa: E731
    draft.value, draft.low, draft.high = lift(source.value), lift(source.low), lift(source.high)


def to_date(draft: Draft, shadow: Shadow) -> Date:
    """The record for a resolved draft; unknown values are null, never guessed."""
    show = lambda p: p.timex() if draft.known and p is not None and 0 <= p.year <= 9999 else None  # noqa: E731
    return Date(
        start=draft.start,
        end=draft.end,
        text=shadow.surface(draft.start, draft.end),
        value=show(draft.value),
        low=show(draft.low),
        high=show(draft.high),
        mod=draft.mod,
        fiscal=True if draft.fiscal else None,
    )
