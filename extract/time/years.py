"""The year a date leaves unwritten (4月份, 1月8日起, 全年), for `calendar.resolve`.

A reader takes it from the paragraph: the last year written or inferred before it.
With none, the publication date places it (`bare_year`). A year that was itself only
placed is weaker than a written one: it passes to a whole year (单看12月…全年 in a January
article: last year), but a later month or day is placed afresh (12月31日…至1月2日 in a
December article: the coming January).
Kept apart from `calendar.py`, which walks the drafts, so that each reads in one sitting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.text.shadow import Shadow

if TYPE_CHECKING:
    from extract.time.calendar import Draft, Period

_FIRST_MONTH = {"month": lambda n: n, "day": lambda n: n, "minute": lambda n: n,
                "quarter": lambda n: (n - 1) * 3 + 1, "half": lambda n: (n - 1) * 6 + 1}


def first_month(point: Period | None) -> int | None:
    """The first month of a month, day, quarter or half (None for a year)."""
    first = _FIRST_MONTH.get(point.grain) if point is not None else None
    return first(point.n) if first is not None and point is not None else None


def is_today(draft: Draft, shadow: Shadow) -> bool:
    """The publication day itself (今(29)日, 今日): its year says nothing about a coming
    day named after it, which `bare_year` places (明年春節…2月5日 in a December article)."""
    v, pub = draft.value, shadow.published_at
    return v is not None and pub is not None and v.grain == "day" and (v.year, v.n, v.day) == (
        pub.year, pub.month, pub.day)


def bare_year(draft: Draft, shadow: Shadow) -> int | None:
    """The year of a month or quarter no year governs: the publication year, unless the
    period would start more than six months after publication, when the figure reported
    is last year's (12月出口 in a January article is last December; 12月 in October is
    this year's). A period with a mod (12月底前: a deadline) keeps the publication year.
    A day or clock time more than six months before publication is a coming event of
    next year (1月8日起, 2月5日至7日 in a December article), mod or not: news dates a
    past day by its year far more often than a coming one."""
    if shadow.published_at is None:
        return None
    published = shadow.published_at
    point = draft.value or draft.low
    first = first_month(point)
    if first is not None and point is not None and point.grain in ("day", "minute"):
        return published.year + 1 if published.month - first > 6 else published.year
    if first is None or draft.mod is not None or point is None:
        return published.year
    return published.year - 1 if first - published.month > 6 else published.year


class YearContext:
    """The paragraph's year as drafts arrive in text order: `fill` a draft that lacks
    one, `note` a draft that gives one, `new_paragraph` to forget it."""

    def __init__(self, shadow: Shadow) -> None:
        self.shadow = shadow
        self.new_paragraph()

    def new_paragraph(self) -> None:
        self.year: int | None = None
        self.inferred = False  # the year was placed by `bare_year`, never written
        self.from_today = False  # it came from 今(29)日: a bare day is read as if none

    def fill(self, draft: Draft) -> None:
        """Give `draft` the paragraph's year, else the one `bare_year` places. A year that
        was only placed is passed on to a whole year (12月…全年), but a month, quarter or
        day is placed afresh (12月31日…至1月2日 in a December article: next January)."""
        placed = self.inferred and first_month(draft.value or draft.low) is not None
        if self.year is None or self.from_today or placed:
            draft.fill_year(bare_year(draft, self.shadow))
            draft.inferred = True
            return
        draft.fill_year(self.year)
        draft.inferred = self.inferred

    def note(self, draft: Draft) -> None:
        """Take the year `draft` gives, if it gives one."""
        year = draft.year()
        if year is not None:
            self.year = year
            self.inferred = draft.inferred
        self.from_today = is_today(draft, self.shadow)
