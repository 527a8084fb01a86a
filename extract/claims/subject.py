"""Who or what a figure is about (ANNOTATION.md, claim subject).

In order: a marked holder phrase (其中X…, X占…) as `subject_text`; the nearest fitting
entity before the figure in its comma-run; the run's own holder phrase (布伦特原油均价
→ 布伦特原油); the nearest fitting entity earlier in the sentence; 公司 / 其 / 我们 as
the last named company; the subject carried from the previous claim of the paragraph;
the last named company. A person is a speaker, not a holder; a place after 在 / 向 is
where something happens, and a place that only modifies a noun (中国芯片) holds
nothing; an org that speaks (X称) is a source.
"""

from __future__ import annotations

from typing import Any

import regex

from extract.claims.clauses import Draft, View
from extract.claims.vocab import has_cue, metric_pattern

Holder = tuple[Any, "str | None"]  # (entity mention, subject_text): at most one is set

_MARKED = (
    regex.compile(r"其中\s*(?P<holder>[^，,：:；;。的为是]{2,12}?)\s*$"),
    regex.compile(r"^\s*(?P<holder>[^，,：:；;。的为是]{2,12}?)占"),
)
_LEAD = regex.compile(r"^(?:其中|公司旗下|旗下|分\S{1,2}看)")
_PLACE_REACH = 12


def _fits(view: View, e: Any, d: Draft, speakers: set[int]) -> bool:
    if e.type == "person" or e.start in speakers:
        return False
    before = view.text[max(0, e.start - 2) : e.start]
    if e.type == "location" and has_cue(before, "place"):
        return False
    if e.type in ("location", "product") and _after_place(view, d, e):
        return False
    if e.type == "location":
        after = view.text[e.end : e.end + 4]
        return bool(metric_pattern().match(after)) or e.end >= d.quantity.start - 1
    return True


def _after_place(view: View, d: Draft, e: Any) -> bool:
    """在今年一季度的DeepSeek一体机市场: inside a 在-phrase of the same run."""
    run = view.run_start(d.sentence, d.quantity.start)
    lead = view.text[max(run, e.start - _PLACE_REACH) : e.start]
    return "在" in lead


def _compared(view: View, e: Any) -> bool:
    return has_cue(view.text[max(0, e.start - 2) : e.start], "compare")


def find_subject(view: View, d: Draft, entities: list[Any], speakers: set[int], start: int) -> Any:
    """The nearest fitting entity between `start` and the figure, or None."""
    run = view.run_start(d.sentence, d.quantity.start)
    for e in reversed([e for e in entities if start <= e.start and e.end <= d.quantity.start]):
        if _fits(view, e, d, speakers) and not (e.start < run and _compared(view, e)):
            return e
    return None


def _metric_before(view: View, d: Draft) -> Any:
    run = view.run_start(d.sentence, d.quantity.start)
    found = list(metric_pattern().finditer(view.text, run, d.quantity.start))
    return found[-1] if found else None


def marked_holder(view: View, d: Draft) -> str | None:
    """其中X<metric>… and X占…: X as written, the metric word left out."""
    run = view.run_start(d.sentence, d.quantity.start)
    text = view.text[run : d.quantity.start]
    metric = _metric_before(view, d)
    if metric is not None:
        found = _MARKED[0].search(view.text[run : metric.start()])
        if found:
            return _strip_metric(found.group("holder"))
    found = _MARKED[1].search(text)
    return _strip_metric(found.group("holder")) if found else None


def _strip_metric(phrase: str) -> str | None:
    """实物商品网上零售额 -> 实物商品: the holder stops at its first metric word."""
    cut = metric_pattern().search(phrase)
    phrase = phrase[: cut.start()] if cut else phrase
    return phrase.strip() if len(phrase.strip()) >= 2 else None


def plain_holder(view: View, d: Draft, marks: list[Any]) -> str | None:
    """The run's text before its metric word, when it is a short noun phrase."""
    metric = _metric_before(view, d)
    if metric is None:
        return None
    start = max([view.run_start(d.sentence, d.quantity.start),
                 *[m.end for m in marks if m.end <= metric.start()]])
    phrase = _LEAD.sub("", view.text[start : metric.start()].strip())
    if not 2 <= len(phrase) <= 10 or regex.search(r"\d", phrase):
        return None
    if has_cue(phrase, "verb") or has_cue(phrase.replace("其中", ""), "anaphor"):
        return None
    return phrase


def last_company(view: View, before: int) -> Any:
    orgs = [e for e in view.entities if e.type == "org" and e.end <= before]
    return orgs[-1] if orgs else None


def _anaphor(view: View, d: Draft) -> bool:
    return has_cue(view.text[d.sentence[0] : d.quantity.start].replace("其中", ""), "anaphor")


def subject_of(view: View, d: Draft, speakers: set[int], carried: Holder) -> Holder:
    """The (subject, subject_text) of one draft, following the order of the module doc."""
    entities = view.inside(view.entities, d.sentence)
    marks = view.inside(view.dates, d.sentence) + entities
    run = view.run_start(d.sentence, d.quantity.start)
    text = marked_holder(view, d)
    if text:
        return None, text
    found = find_subject(view, d, entities, speakers, run)
    if found is not None:
        return found, None
    text = plain_holder(view, d, marks)
    if text:
        return None, text
    found = find_subject(view, d, entities, speakers, d.sentence[0])
    if found is None and _anaphor(view, d):
        found = last_company(view, d.quantity.start)
    if found is not None:
        return found, None
    if carried != (None, None):
        return carried
    if has_cue(view.text[d.sentence[0] : d.quantity.start], "source"):
        return None, None
    return last_company(view, d.quantity.start), None


def name_subjects(view: View, drafts: list[Draft], speakers: set[int], carried: Holder) -> Holder:
    """Fill subject / subject_text on one sentence's drafts; returns the holder to carry."""
    for d in drafts:
        if d.change_of is not None:
            d.subject, d.subject_text = d.change_of.subject, d.change_of.subject_text
            continue
        d.subject, d.subject_text = subject_of(view, d, speakers, carried)
        if (d.subject, d.subject_text) != (None, None):
            carried = (d.subject, d.subject_text)
    return carried
