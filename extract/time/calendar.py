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

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

import regex

from extract.numbers.numerals import numeral_chars, parse_number
from extract.records import Date
from extract.tables import read_table
from extract.text.sentences import same_sentence, sentence_at, split_sentences
from extract.text.shadow import Shadow
from extract.time.years import YearContext

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
        """The TIMEX string of docs/format.md: 2025, 2025-H1, 2025-Q1, 2025-07-19T11:04."""
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


# ROC years written in Chinese numerals without 民国 (一百零五年, 九十九年) are taken in
# Taiwan text only, and only in this span: 民国80 (1991) to 民国130 (2041). Outside it
# (三十年) a count of years is far likelier than a year of the Republic.
ROC_SPELLED = range(80, 131)


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
    carries: bool = True  # gives its year to the bare periods after it (not 明年, not a base)
    governs: bool = True  # can be the period a 同期 word shifts (not 昨日, not a base)
    ended: tuple[Period | None, Period | None, Period | None] | None = None  # see `ended`
    same_day: bool = False  # 同日, 当天: the day last named (`value` holds the publication day)
    fiscal_shift: int | None = None  # 上年度, 本年度: years from the fiscal year last named
    inferred: bool = False  # its year was placed from the publication date, not written

    def needs_year(self) -> bool:
        # spelled out, not any() over a generator: asked for every draft of every text
        v, lo, hi = self.value, self.low, self.high
        return ((v is not None and v.year == CONTEXT_YEAR) or (lo is not None and lo.year == CONTEXT_YEAR)
                or (hi is not None and hi.year == CONTEXT_YEAR))

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
    firsts: Firsts | None = None  # built only when a 同期 needs the paragraph's sentences
    paragraph_start = -1
    years = YearContext(shadow)
    lead: Draft | None = None  # the first governing date of this paragraph
    carried: Draft | None = None  # ... of the last paragraph that had one, for a 同期 in a later one
    last_day: Period | None = None  # the day named last, for 同日 and 当天
    last_fiscal: Draft | None = None  # the split fiscal year named last, for 上年度
    for draft in drafts:
        if draft.same_day and last_day is not None:
            on_day(draft, last_day)
        elif draft.known and draft.value is not None and draft.value.grain in ("day", "minute"):
            last_day = Period(draft.value.year, "day", draft.value.n, draft.value.day)
        whole = text.startswith("全年", draft.start)  # 全年 only in its fiscal year's sentence
        if draft.fiscal_shift is not None and last_fiscal is not None and (
                not whole or same_sentence(text, last_fiscal.end, draft.start)):
            in_fiscal(draft, last_fiscal)
        elif draft.fiscal and draft.low is not None and draft.low.grain == "month":
            last_fiscal = draft
        start = text.rfind("\n", 0, draft.start) + 1
        if start != paragraph_start:
            paragraph_start, seen, firsts = start, [], None
            years.new_paragraph()
            carried, lead = lead or carried, None
        if draft.same is not None:
            if firsts is None:
                firsts = Firsts(paragraph_sentences(text, start))
                for earlier in seen:
                    firsts.note(earlier)
            govern(draft, firsts.governing(draft.start) or carried, pub_year)
        elif draft.needs_year():
            years.fill(draft)
        if is_base(text, draft.start):
            draft.carries = draft.governs = False
        draft.ended = ended(draft, text)
        if draft.carries and draft.same is None:
            years.note(draft)
        seen.append(draft)
        if lead is None and eligible(draft):
            lead = draft
        if firsts is not None:
            firsts.note(draft)
        out.append(to_date(draft, shadow))
    return out


@cache
def _bases() -> tuple[str, ...]:
    return tuple(words("base"))


def is_base(text: str, start: int) -> bool:
    """A date right after a comparison word (较2021年9月, 由去年底的, 比上年) is the base
    a figure is compared with: it neither governs the paragraph's later periods nor a
    同期. Only the few characters just before the date are looked at."""
    return text.endswith(_bases(), max(0, start - 3), start)


def on_day(draft: Draft, day: Period) -> None:
    """同日 or a bare 下午3时 on `day`, the day named last: its clock time, if any, kept."""
    clock = draft.value if draft.value is not None and draft.value.grain == "minute" else None
    draft.value = day._replace(grain="minute", hour=clock.hour, minute=clock.minute) if clock else day
    draft.known = True


def in_fiscal(draft: Draft, fiscal: Draft) -> None:
    """上年度 after 2025/26財政年度 is the fiscal year before it (2024-10 .. 2025-09), not
    the calendar year: a report on a fiscal year compares with the one before. 全年 in
    the sentence of a fiscal year is that whole fiscal year."""
    shift = draft.fiscal_shift or 0
    if fiscal.low is None or fiscal.high is None or (shift > 0 and draft.low is not None):
        return  # 明年度 in Hong Kong text is already the government's next year
    low = fiscal.low  # the whole year, even after 2026/27年度首6个月
    draft.value, draft.fiscal = None, True
    draft.low, draft.high = low.plus_years(shift), month_period(low.year, low.n, 11).plus_years(shift)


def eligible(draft: Draft) -> bool:
    """A date that can be the period a 同期 shifts: resolved, no base, no 同期 itself."""
    return bool(draft.known and draft.governs and draft.same is None and (draft.value or draft.low))


class Firsts:
    """The first resolved date of each sentence of a paragraph, kept as drafts arrive in
    text order, so each 同期 looks its governing period up instead of rescanning every
    earlier date (which made a paragraph of many 同期 quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.first: dict[int, Draft] = {}  # sentence start -> its first date
        self.starts: list[int] = []  # the keys of `first`, ascending (text order)

    def note(self, draft: Draft) -> None:
        sentence = sentence_at(self.spans, draft.start)
        if sentence and eligible(draft) and sentence[0] not in self.first:
            self.first[sentence[0]] = draft
            self.starts.append(sentence[0])

    def governing(self, offset: int) -> Draft | None:
        """The first date of the sentence holding `offset`, else of the nearest earlier one."""
        here = sentence_at(self.spans, offset)
        if here is not None and here[0] in self.first:
            return self.first[here[0]]
        i = bisect_left(self.starts, here[0]) if here is not None else len(self.starts)
        return self.first[self.starts[i - 1]] if i > 0 else None


def paragraph_sentences(text: str, start: int) -> list[tuple[int, int]]:
    """Sentence spans of the paragraph starting at `start`, as offsets into `text`."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return [(s + start, e + start) for s, e in split_sentences(text[start:end])]


def govern(draft: Draft, source: Draft | None, pub_year: int | None) -> None:
    """Set a 同期 word's value: the governing period `source` shifted by `draft.same` years.

    The governing period is the first date of the word's own sentence, else of the
    nearest earlier sentence with one: in 2025年一季度,…接近去年全年营收。…上年同期 it is
    2025年一季度 and not the nearer 去年全年, which only compares. A paragraph with none
    takes the first of the last paragraph that had one (a report goes on about it).
    """
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
    value, low, high = source.ended or (source.value, source.low, source.high)
    draft.value, draft.low, draft.high = lift(value), lift(low), lift(high)


# 截至2025年6月30日止六个月: the months a results period ends with, after its last day.
_ENDED = regex.compile(rf"\s?止的?(?P<n>\d{{1,2}}|[{numeral_chars('digit')}十]{{1,3}})个月")


def ended(draft: Draft, text: str) -> tuple[Period | None, Period | None, Period | None] | None:
    """The period a day closes when the text says so (截至6月30日止六个月: 2025-H1), as
    (value, low, high): results are reported for it, so a 同期 compares with it."""
    day = draft.value
    found = _ENDED.match(text, draft.end) if day is not None and day.grain == "day" else None
    n = parse_number(found["n"]) if found else None
    if day is None or n is None or not 1 <= n <= 12 or n != int(n):
        return None
    low, high = month_period(day.year, day.n, 1 - int(n)), Period(day.year, "month", day.n)
    cover = covering(low, high)
    return (cover, None, None) if cover else (None, low, high)


def to_date(draft: Draft, shadow: Shadow) -> Date:
    """The record for a resolved draft; unknown values are null, never guessed.

    The fields go to the schema validator as one dict (what `validated` does), and the
    three values are shown without a closure built per draft."""
    value = low = high = None
    if draft.known:
        v, lo, hi = draft.value, draft.low, draft.high
        value = v.timex() if v is not None and 0 <= v.year <= 9999 else None
        low = lo.timex() if lo is not None and 0 <= lo.year <= 9999 else None
        high = hi.timex() if hi is not None and 0 <= hi.year <= 9999 else None
    start, end = draft.start, draft.end
    return Date.__pydantic_validator__.validate_python({  # type: ignore[no-any-return]
        "start": start, "end": end, "text": shadow.surface(start, end), "value": value, "low": low,
        "high": high, "mod": draft.mod, "fiscal": True if draft.fiscal else None,
    })
