"""Basis from the calendar (docs/claims.md, step "basis from the calendar"): when no basis
word is written, a comparison base written as a date says which comparison it is.

Runs after the periods are named, since it compares the base's date with the figure's own:

- 较114年同期增加 / 较去年同月上升 (the base's date carries a `same_period` word, one year
  back) and 较115年度增加 for a 116年度 figure (a year against the year before): yoy;
- 较9月下降 for a 10月 figure, 较第二季提高 for a third-quarter one (a month or quarter a
  few months back, of the figure's own length): qoq;
- "from X to Y" where X is the same period a year back (由去年同期的8.2%升至9.6%,
  由上年度的31.5%升至32.8%): Y is yoy (corpus/ANNOTATING.md, "Decided calls").

A start or end of a period (较年初, 较去年底), a range (较7月至9月), a base further back
(较2018年同月, 较民国104年) and a base followed by anything but a change verb
(较第二季的2.7%, 较8月预测) give no basis, as the gold files have it.
"""

from __future__ import annotations

import re
from typing import Any

from extract.claims.clauses import Draft, View
from extract.claims.vocab import cue_pattern, cue_words, has_cue

_MONTH = re.compile(r"(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$")
_GAP = 2  # characters allowed between the base's date and its change verb (再, 大幅)


def calendar_basis(view: View, drafts: list[Draft], stated: str | None = None) -> str | None:
    """Give a basis to each figure with a direction and none, from its comparison base, else
    from the figures before it in the paragraph (`_parallel`); returns the last basis written
    as a word (按年, 同比), for the sentences after it."""
    for i, d in enumerate(drafts):
        if d.direction is None or d.basis is not None:
            stated = d.basis or stated
            continue
        base = _from_base_of(view, drafts, i)
        if base is not None:
            d.basis = _from_basis(base)
        elif d.time is not None:
            d.basis = _compare_basis(view, d)
        if d.basis is None and stated is not None and _parallel(view, d):
            d.basis = stated
    return stated


def _parallel(view: View, d: Draft) -> bool:
    """食品价格同比下降2.4%，猪肉价格下降11.2%: a later comma-run of a release that moves another
    series the same way keeps the comparison stated before it, unless it names a period or a
    comparison base of its own (今年美元营收成长幅度上看三成: the contract's example)."""
    change = d.change_draft.quantity if d.change_draft is not None else d.quantity
    if change.type != "percent" or d.metric in cue_words("market"):
        return False  # a count that grows (门市总数增至1万3,520家), a day's price: no series of a release
    if has_cue(view.text[d.run : d.quantity.start], "other_basis"):
        return False  # 按周升0.4%: a comparison of its own that is neither yoy nor qoq
    lo, hi = _cue_span(d)
    lo = min(lo, d.run)
    if any(lo <= x.start < max(hi, d.quantity.end) for x in d.dates):
        return False
    return not has_cue(view.text[lo:hi], "compare", "from")


def _from_base_of(view: View, drafts: list[Draft], i: int) -> Draft | None:
    """X of "from X to Y" when `drafts[i]` is Y (the figure right before it, a base)."""
    if i and drafts[i - 1].from_base and drafts[i - 1].quantity.end <= drafts[i].quantity.start:
        return drafts[i - 1]
    return None


def _from_basis(base: Draft) -> str | None:
    """由去年同期的X升至Y: yoy. X the quarter before (由第2季的24.8%提升至29.3%) gives no
    basis in the gold files but once (由首季的3,450宗增至第二季的5,980宗), so none is given."""
    opened = cue_pattern("from").split(base.window)[-1]
    return "yoy" if has_cue(opened, "same_period") else None


def _compare_basis(view: View, d: Draft) -> str | None:
    """较114年同期增加, 较9月下降: the date right after the last comparison cue before the
    change verb, read against the figure's own period."""
    lo, hi = _cue_span(d)
    text = view.text[lo:hi]
    for cue in reversed(list(cue_pattern("compare").finditer(text))):
        at = lo + cue.end()
        date = next((m for m in d.dates if m.start == at), None)
        if date is None:
            continue
        rest = view.text[date.end : hi]
        verb = cue_pattern("up", "down").search(rest)
        if verb is None or verb.start() > _GAP or re.search(r"[\d，,的]", rest[: verb.start()]):
            return None
        return _date_basis(view, date, d.time)
    return None


def _cue_span(d: Draft) -> tuple[int, int]:
    """Where the comparison is written: the window of the figure or of its folded change,
    from the earlier of the two up to the later one."""
    change = d.change_draft
    parts = [d] if change is None else [d, change]
    first = min(parts, key=lambda p: p.quantity.start)
    last = max(parts, key=lambda p: p.quantity.start)
    return first.quantity.start - len(first.window), last.quantity.start


def _date_basis(view: View, date: Any, time: Any) -> str | None:
    if getattr(date, "mod", None):
        return None  # 较年初, 较去年底
    gap = _months_between(date, time)
    if gap is None:
        return None
    if has_cue(view.text[date.start : date.end], "same_period"):
        return "yoy" if 10 <= gap <= 14 else None  # 较114年同期 (of 115年1至10月)
    if getattr(date, "low", None) is not None:
        return None  # 较7月至9月
    base, own = _granule(date), _granule(time)
    if base == "year":
        return "yoy" if own == "year" and gap == 12 else None
    return "qoq" if 0 < gap <= 6 and base == own else None  # not 增速比上半年加快 of 前三季度


def _value(date: Any) -> str:
    """The date's value, or the end of its range (115年1至10月 -> 2026-10)."""
    return str(date.value or getattr(date, "high", None) or "")


def _granule(date: Any) -> str | None:
    """year, half, quarter or month; a span with no value of its own (前三季度) is none of them."""
    found = _MONTH.match(str(date.value or ""))
    if found is None:
        return None
    return "month" if found[2] else "quarter" if found[3] else "half" if found[4] else "year"


def _end_month(date: Any) -> int | None:
    """The month a period ends in, as a month count (2026-Q3 -> 2026*12+9)."""
    found = _MONTH.match(_value(date))
    if found is None:
        return None
    year, month, quarter, half = found.groups()
    end = int(month) if month else 3 * int(quarter) if quarter else 6 * int(half) if half else 12
    return int(year) * 12 + end


def _months_between(base: Any, time: Any) -> int | None:
    a, b = _end_month(base), _end_month(time)
    return None if a is None or b is None else b - a
