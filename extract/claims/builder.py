"""The claims of one article, sentence by sentence (docs/format.md, claim object).

Per sentence: keep the figures that state a claim, read their direction and basis, fold
percent changes into their levels, then name metric, subject, time and attribution.
Subject, period and source carry from sentence to sentence inside a paragraph and stop
at its end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extract.claims.attribution import source_of
from extract.claims.basis import calendar_basis
from extract.claims.change import pair_changes, read_cues
from extract.claims.clauses import Draft, View
from extract.claims.filters import classifies, hypothetical_spans, inside_any, states_claim
from extract.claims.metric import name_metrics
from extract.claims.subject import name_subjects
from extract.claims.time import name_times, results_period, session_day
from extract.claims.vocab import cue_tuple, cue_words, has_cue, is_agency
from extract.records import Claim, assembled

_SOURCE = ("speech", "publish", "source")
_OPENING = 10  # characters of a breakdown opening (按零售商类别分析)


@dataclass
class Carry:
    """What flows on through a paragraph."""

    subject: Any = (None, None)
    time: Any = None
    attribution: Any = None
    metric: Any = None
    first_time: Any = None  # the paragraph's first period: the report's own, before year-to-date totals
    basis: str | None = None  # the last basis written as a word: parallel series after it keep it


def build_claims(text: str, original: str, mentions: Sequence[Any]) -> list[Claim]:
    view = View.of(text, original, list(mentions))
    claims: list[Claim] = []
    carry, paragraph = Carry(), -1
    results = None  # the period of results published in the paragraph before
    for sentence in view.sentences:
        if view.paragraph(sentence[0]) != paragraph:
            breakdown = _breaks_down(view, sentence)
            period = (carry.first_time or carry.time) if breakdown else None
            if period is None and _same_body(view, sentence, carry.attribution):
                period = _report_period(view, carry.first_time or carry.time)
            # 10月零售业中，汽机车零售业年减4.7%: a breakdown keeps the series broken down
            metric = carry.metric if breakdown else None
            carry, paragraph = Carry(time=period or results, metric=metric), view.paragraph(sentence[0])
            results = None  # it carries into the paragraph right after the results only
        results = results or results_period(view, sentence)
        drafts = sentence_drafts(view, sentence, carry)
        claims.extend(to_claim(d) for d in drafts)
    return claims


def sentence_drafts(view: View, sentence: tuple[int, int], carry: Carry) -> list[Draft]:
    """The finished drafts of one sentence; updates `carry` for the sentences after it."""
    figures = view.inside(view.figures, sentence)
    if not figures:
        carry.time = name_times(view, [], view.inside(view.dates, sentence), carry.time)
        if view.inside(view.entities, sentence) and has_cue(view.text[slice(*sentence)], *_SOURCE):
            source, _, unnamed = source_of(view, sentence)
            carry.attribution = None if unnamed else source or carry.attribution
        return []
    source, speakers, unnamed = source_of(view, sentence)
    if unnamed:
        carry.attribution = None  # 法人估计, 结果显示: an unnamed source states these
    if source is None and _opens_with_entity(view, sentence) and _is_person(carry.attribution) \
            and _market_close(view, sentence):
        carry.attribution = None  # a new named holder ends the speaker's report
    if _new_report(source, carry):
        carry.subject = (None, None)  # 金融管理局昨日公布，…: the last report's category stays there
    carry.attribution = source or carry.attribution
    hypothetical = hypothetical_spans(view, sentence)
    dates, entities = view.inside(view.dates, sentence), view.inside(view.entities, sentence)
    drafts = [
        _draft(view, sentence, figures, dates, entities, f)
        for f in figures if states_claim(view, f, hypothetical, sentence)
    ]
    read_cues(view, drafts)
    drafts = pair_changes(view, drafts)
    carry.metric = name_metrics(view, drafts, carry.metric)
    drafts = [d for d in drafts if not classifies(d)]
    carry.subject = name_subjects(view, drafts, speakers, carry.subject)
    dates = [d for d in view.inside(view.dates, sentence) if not inside_any(d, hypothetical)]
    carry.time = name_times(view, drafts, dates, carry.time)
    session_day(view, drafts)
    carry.basis = calendar_basis(view, drafts, carry.basis)
    carry.first_time = carry.first_time or next((d.time for d in drafts if d.time and not d.from_base), None)
    # 蓝海科技昨日公布第三季纯利…，股价今日急升12.5%，收报38.4元: a market price is nobody's report,
    # unless the sentence's own speaker states it or cites where it is read (据Wind数据显示)
    own = source is not None and source.start in speakers
    stated = own or has_cue(view.text[slice(*sentence)], "source", "shown")
    for d in drafts:
        price = d.metric in cue_words("market_price") and not stated
        d.attribution = None if price else carry.attribution
    return drafts


def _new_report(source: Any, carry: Carry) -> bool:
    """A sentence with a source other than the one carried starts another report; a category
    phrase (not an entity) carried from the report before does not hold its figures."""
    last = carry.attribution
    return source is not None and last is not None and source.start != last.start and carry.subject[0] is None


def _breaks_down(view: View, sentence: tuple[int, int]) -> bool:
    """分行业看，… / 按货品别观察，… / 进口方面，… / 10月零售业中，…: the paragraph details the report
    before it (`breakdown_tail`: words that end such an opening only at its end, 中)."""
    opening = view.text[sentence[0] : view.run_end(sentence, sentence[0])]
    ends = (*cue_tuple("breakdown"), *cue_tuple("breakdown_tail"))
    return len(opening) <= _OPENING and opening.endswith(ends)


def _report_period(view: View, date: Any) -> Any:
    """The period a report goes on with; a date from which a decision applies (自明年1月1日起,
    cue kind `effective`) is no period of the report's later paragraphs."""
    if date is None or view.text[date.start : date.end].endswith(tuple(cue_words("effective"))):
        return None
    return date


def _same_body(view: View, sentence: tuple[int, int], source: Any) -> bool:
    """财政部今(9)日公布…10月出口… then 财政部统计处处长蔡美娟表示，资通与视听产品出口…: a
    paragraph that opens with the reporting body (or a part of it, named from it) goes on with
    its report, and the report's period carries into it, as into a breakdown."""
    if source is None or source.type != "org" or not is_agency(source):
        return False
    body = view.text[source.start : source.end]
    opening = [e for e in view.inside(view.entities, sentence) if e.start == sentence[0] and e.type == "org"]
    return any(view.text[e.start : e.end].startswith(body) for e in opening)


def _opens_with_entity(view: View, sentence: tuple[int, int]) -> bool:
    return any(e.start - sentence[0] <= 1 for e in view.inside(view.entities, sentence))


def _market_close(view: View, sentence: tuple[int, int]) -> bool:
    """启航汽车股价…收报68.45元: a sentence of the market's close states prices nobody quoted,
    so the analyst quoted before does not carry into it; a company's own results (翔轮今年前三季
    毛利率…) stay in the report of the person who gave them."""
    text = view.text[slice(*sentence)]
    return "股价" in text or any(len(w) > 1 and w in text for w in cue_words("close"))


def _is_person(m: Any) -> bool:
    return m is not None and m.type == "person"


def _draft(view: View, sentence: tuple[int, int], figures: list[Any], dates: list[Any],
           entities: list[Any], f: Any) -> Draft:
    """A figure's draft with its context: comma-run bounds, the sentence's mentions, and
    its window, from the previous figure (or the comma-run's start) up to the figure."""
    run = view.run_start(sentence, f.start)
    start = run
    for g in figures:
        if g.end <= f.start and g.end > start:
            start = g.end
    return Draft(sentence, f, run, view.run_end(sentence, f.end), figures, dates, entities,
                 view.text[start : f.start])


def to_claim(d: Draft) -> Claim:
    """The record; every part is an already validated mention of this article, or a literal
    from the rule tables, so it is assembled without validating again (as Pipeline does)."""
    fields: dict[str, Any] = {
        "sentence": d.sentence, "subject": d.subject if d.subject_text is None else None,
        "subject_text": d.subject_text, "metric": d.metric, "quantity": d.quantity,
        "time": d.time, "change": d.change, "direction": d.direction, "basis": d.basis,
        "attribution": d.attribution,
    }
    return assembled(Claim, fields)
