"""Who or what a figure is about (ANNOTATION.md, claim subject).

The nearest fitting entity before the figure, in its comma-run first, then in its
sentence; a holder phrase after 其中 (其中汽车业务毛利率为17.9%) as `subject_text`;
公司 / 其 / 我们 as the last named company; else the previous claim's subject carries
on in the paragraph. A person is a speaker, not a holder; a place after 在 / 向 is where
something happens; an org that speaks (X称) is a source. Null rather than a guess.
"""

from __future__ import annotations

from typing import Any

import regex

from extract.claims.clauses import Draft, View
from extract.claims.vocab import has_cue, metric_pattern

_HOLDER = regex.compile(r"其中\s*(?P<holder>[^，,：:；;。的为是]{2,10}?)\s*$")


def _fits(view: View, e: Any, speakers: set[int]) -> bool:
    if e.type == "person" or e.start in speakers:
        return False
    before = view.text[max(0, e.start - 2) : e.start]
    return not (e.type == "location" and has_cue(before, "place"))


def _compared(view: View, e: Any) -> bool:
    return has_cue(view.text[max(0, e.start - 2) : e.start], "compare")


def find_subject(view: View, d: Draft, entities: list[Any], speakers: set[int]) -> Any:
    """The entity mention the figure is about, from its own sentence, or None."""
    run = view.run_start(d.sentence, d.quantity.start)
    for e in reversed([e for e in entities if e.end <= d.quantity.start]):
        if _fits(view, e, speakers) and not (e.start < run and _compared(view, e)):
            return e
    return None


def holder_phrase(view: View, d: Draft) -> str | None:
    """其中X<metric>…: X as written, the metric word left out."""
    run = view.run_start(d.sentence, d.quantity.start)
    found_metrics = list(metric_pattern().finditer(view.text, run, d.quantity.start))
    if not found_metrics:
        return None
    metric = found_metrics[-1]
    found = _HOLDER.search(view.text[run : metric.start()])
    return found.group("holder") if found else None


def last_company(view: View, before: int) -> Any:
    orgs = [e for e in view.entities if e.type == "org" and e.end <= before]
    return orgs[-1] if orgs else None


def name_subjects(view: View, drafts: list[Draft], speakers: set[int], carried: Any) -> Any:
    """Fill subject / subject_text on one sentence's drafts; returns the subject to carry."""
    entities = view.inside(view.entities, drafts[0].sentence) if drafts else []
    for d in drafts:
        if d.change_of is not None:
            d.subject, d.subject_text = d.change_of.subject, d.change_of.subject_text
            continue
        d.subject_text = holder_phrase(view, d)
        if d.subject_text:
            continue
        d.subject = find_subject(view, d, entities, speakers)
        if d.subject is None and has_cue(view.text[d.sentence[0] : d.quantity.start], "anaphor"):
            d.subject = last_company(view, d.quantity.start)
        if d.subject is None:
            d.subject = carried
        if d.subject is not None:
            carried = d.subject
    return carried


