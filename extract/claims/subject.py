"""Who or what a figure is about (docs/format.md, claim subject).

In order: a marked holder phrase (其中X…, X占…) as `subject_text`; the nearest fitting
entity before the figure in its comma-run; the run's own holder phrase (布伦特原油均价
→ 布伦特原油); 公司 / 其 / 我们 in the run as the last named company; the nearest fitting
entity earlier in the sentence; the subject carried from the previous claim of the
paragraph; the last named company, when named twice. Which entities may hold a figure at
all is fits.py's question; holder phrases are found in holder.py and copied from the
original text, as written.
"""

from __future__ import annotations

from typing import Any

from extract.claims.clauses import Draft, View
from extract.claims.fits import fits, is_outlet
from extract.claims.holder import Span, index_holder, marked_holder, plain_holder
from extract.claims.openings import (
    change_topic,
    clause_topic,
    counted_holder,
    listed_holder,
    market_opening,
    place_phrase,
    priced_holder,
    verb_holder,
)
from extract.claims.topics import (
    listed_entities,
    owned_phrase,
    respective_holder,
    scope_holder,
    sentence_topic,
)
from extract.claims.vocab import cue_pattern, cue_words, has_cue, is_agency
from extract.text.shadow import to_shadow

Holder = tuple[Any, "str | None"]  # (entity mention, subject_text): at most one is set

_TITLE_REACH = 10  # characters of a title between a firm and its speaker (研究部主管)
_TOPIC_NAMED = 2  # how often a company must be named to hold figures with no holder of their own
_NO_HOLDER = ("营收占比",)  # a segment's share of revenue belongs to the company
_BARE_CUES = ("up", "down", "yoy", "qoq", "adverb", "close")  # the words of a run that names no holder
_BARE_FILLER = "，, 约为达至了"  # words of a bare change run besides its cues (同比增长约为)


def _joint(view: View, e: Any) -> Span | None:
    """港澳, 港澳台: places named together hold as written, whether the entity stage gives
    one mention for the word or one per place (港 + 澳): the joint word's span around `e`."""
    if e.type != "location":
        return None
    for word in cue_words("joint"):
        at = view.text.find(word, max(0, e.end - len(word)), e.start + len(word))
        if 0 <= at <= e.start and e.end <= at + len(word):
            return at, at + len(word)
    return None


def _compared(view: View, e: Any) -> bool:
    """比X / 较X: X is a comparison base; not after a comma (与…相比，启航汽车…: the comparison ended)."""
    before = view.text[max(0, e.start - 2) : e.start]
    return has_cue(before.rsplit("，", 1)[-1].rsplit(",", 1)[-1], "compare")


def find_subject(view: View, d: Draft, speakers: set[int], start: int, stop: int | None = None) -> Any:
    """The nearest fitting entity between `start` and the figure (starting before `stop`,
    when the ones after it were already refused), or None."""
    run = d.run
    entities = d.entities
    stop = d.quantity.start if stop is None else stop
    for e in [e for e in entities if start <= e.start < stop and e.end <= d.quantity.start][::-1]:
        if fits(view, e, d, speakers) and not (e.start < run and _compared(view, e)):
            if e.start < run and _employs_speaker(view, e, entities, speakers):
                continue
            return e
    return None


def _employs_speaker(view: View, e: Any, entities: list[Any], speakers: set[int]) -> bool:
    """永信房屋研究中心经理陈品妤分析: the speaker's firm, named with their title, is a source
    for the other clauses of the sentence, not their holder; a firm's own executive (cue kind
    `executive`: 芯曜董事长吴冠廷表示) speaks for it, so it holds what they state."""
    return e.type == "org" and any(
        p.type == "person" and p.start in speakers and 0 <= p.start - e.end <= _TITLE_REACH
        and not has_cue(view.text[e.end : p.start], "executive")
        for p in entities
    )


def _speaking_company(view: View, d: Draft, speakers: set[int]) -> Any:
    """港铁表示，今年上半年总乘客量…: a company that speaks, with no other holder in its
    sentence, states its own figures."""
    orgs = [e for e in d.entities
            if e.type == "org" and e.start in speakers and e.end <= d.quantity.start and not is_agency(e)]
    return orgs[-1] if orgs else None


def last_company(view: View, before: int) -> Any:
    """The last company named before `before` (government bodies report, they hold nothing;
    an outlet writes, it holds nothing either)."""
    found = view.last_company(before)
    while found is not None and is_outlet(view, found):
        found = view.last_company(found.start)
    return found


def _topic_company(view: View, before: int) -> Any:
    """The last named company, as the holder of a figure nothing else holds, only when the
    article has named it at least twice so far (the company it is about); a company named
    once, in passing, holds nothing further on, except a metric only a company has (营收)."""
    found = last_company(view, before)
    if found is None:
        return None
    named = 0
    for e in view.entities:
        if e.start >= before:
            break
        named += e.value == found.value and e.end <= before
        if named >= _TOPIC_NAMED:
            return found
    return None


def _company(view: View, d: Draft, carried: Holder) -> Any:
    """公司 / 我们: the company the paragraph is about, else the first company of the
    sentence (港丰银行行政总裁何婉珊表示：「…我们预期…」), else the last named one."""
    if carried[0] is not None and carried[0].type == "org" and not is_agency(carried[0]):
        return carried[0]
    orgs = [e for e in d.entities
            if e.type == "org" and e.end <= d.quantity.start and not is_agency(e) and not is_outlet(view, e)]
    return orgs[0] if orgs else last_company(view, d.quantity.start)


_ANAPHOR_REACH = 6  # characters (a date, a qualifier) between 公司 and the phrase that qualifies its metric


def _anaphor_before(view: View, d: Draft, span: Span) -> bool:
    """公司今年新签订单金额: 公司 / 其 (cue kind `anaphor`) shortly before the holder phrase in its
    run, with no speech verb (公司预计布伦特…: the company speaks) and no 旗下 between: the company
    holds the figure and the phrase qualifies its metric; a segment (cue kind `segment`: 集团香港
    业务收入) still holds its own."""
    if any(view.text.endswith(w, span[0], span[1]) for w in cue_words("segment")):
        return False
    between = cue_pattern("list_lead").sub("", view.text[d.run : span[0]])  # 其中 is no 其
    found = cue_pattern("anaphor").search(between)
    if found is None:
        return False
    rest = between[found.end() :]
    return len(rest) <= _ANAPHOR_REACH and not has_cue(rest, "speech") and "旗下" not in rest


def _anaphor(view: View, start: int, d: Draft) -> bool:
    return has_cue(cue_pattern("list_lead").sub("", view.text[start : d.quantity.start]), "anaphor")


def _as_holder(view: View, found: Span | Any) -> Holder:
    """A phrase that is exactly an entity mention (其中内地旅客占… -> 内地) is that entity."""
    if isinstance(found, tuple):
        exact = view.entity_at(found)
        return (exact, None) if exact is not None else (None, view.original[found[0] : found[1]])
    return found, None


def subject_of(view: View, d: Draft, speakers: set[int], carried: Holder) -> Holder:
    """The (subject, subject_text) of one draft, following the order of the module doc."""
    run = d.run
    holders = d.metric not in _NO_HOLDER
    marked = marked_holder(view, d) if holders else None
    if marked is not None:
        return _as_holder(view, marked)
    scope = scope_holder(view, d) if holders else None
    if scope is not None and find_subject(view, d, speakers, scope[1]) is None:
        return _as_holder(view, scope)
    found = find_subject(view, d, speakers, run)
    if found is None and holders and (
            span := plain_holder(view, d) or verb_holder(view, d) or listed_holder(view, d)
            or index_holder(view, d) or place_phrase(view, d)):
        if isinstance(span, tuple) and _anaphor_before(view, d, span):
            return _company(view, d, carried), None  # 公司今年新签订单金额: the company's, 新签 qualifies it
        return _as_holder(view, span)
    if found is None and _anaphor(view, run, d):
        found = _company(view, d, carried)
    found = (found or find_subject(view, d, speakers, d.sentence[0], stop=run)  # the run's: refused
             or _speaking_company(view, d, speakers))
    if found is not None and (joint := _joint(view, found)):
        return None, view.original[joint[0] : joint[1]]
    if found is not None and holders and (listed := listed_entities(view, d, found)):
        return None, view.original[listed[0] : listed[1]]
    if found is not None and holders and (owned := owned_phrase(view, d, found)):
        return None, view.original[owned[0] : owned[1]]
    if found is not None:
        return found, None
    if holders and (topic := sentence_topic(view, d) or priced_holder(view, d)):
        return _as_holder(view, topic)
    firm = d.metric in cue_words("firm")  # a category phrase never holds a company's revenue
    carries = (carried[0] is not None or carried[1] is not None) and not _macro_of_other(d, carried)
    if carries and (holders or carried[0] is not None) and not (firm and carried[0] is None):
        return carried
    if holders and (span := counted_holder(view, d)):
        return _as_holder(view, span)
    if _anaphor(view, d.sentence[0], d) or not holders:
        return _company(view, d, carried), None
    if has_cue(view.text[d.sentence[0] : d.quantity.start], "source"):
        return None, None
    found = last_company(view, d.quantity.start) if firm else _topic_company(view, d.quantity.start)
    if found is not None and d.sentence[0] <= found.start and _employs_speaker(
            view, found, d.entities, speakers):
        return None, None  # the analyst's firm is not what the analyst talks about
    return found, None


def name_subjects(view: View, drafts: list[Draft], speakers: set[int], carried: Holder) -> Holder:
    """Fill subject / subject_text on one sentence's drafts; returns the holder to carry.
    A holder phrase carries to the later figures of its own sentence that name no holder
    (一手私人住宅落成量为1万5,800伙，全年预测2万2,000伙), except a part: 其中X… and X占…
    name a part of a whole, which holds its own figure only."""
    entity = carried if carried[0] is not None else (None, None)
    held_at = 0  # where the holder phrase in `entity` was named: a 其中 before it makes it a part
    previous: Draft | None = None
    for d in drafts:
        if d.change_of is not None:
            d.subject, d.subject_text = d.change_of.subject, d.change_of.subject_text
        elif previous is not None and d.metric not in _NO_HOLDER and (
                _share_left_out(view, d) or _bare_run(view, d)):
            d.subject, d.subject_text = previous.subject, previous.subject_text
        elif previous is None and _bare_run(view, d) and (
                topic := clause_topic(view, d) or change_topic(view, d)):
            d.subject, d.subject_text = _as_holder(view, topic)
        elif d.metric not in _NO_HOLDER and (respective := respective_holder(view, d)) is not None:
            d.subject, d.subject_text = _as_holder(view, respective)
        else:
            given = entity if d is not drafts[0] else carried
            listed = has_cue(view.text[max(d.sentence[0], held_at) : d.quantity.start], "list_lead")
            if given[0] is None and _index_to_market(given, d):
                market = market_opening(view, d)  # 港股昨日…，恒指收报…，全日成交额…
                given = (None, view.original[market[0] : market[1]]) if market else (None, None)
            elif given[0] is None and given is entity and listed:
                given = (None, None)  # 全省外贸…，其中，出口…: a part, not the territory
            d.subject, d.subject_text = subject_of(view, d, speakers, given)
        previous = d
        if d.change_of is not None:
            continue
        part = has_cue(view.text[d.run : d.quantity.start], "list_lead")
        if d.subject is not None:
            entity = (d.subject, None)
        elif d.subject_text is not None and not (part or _shares(view, d)):
            # 首9个月一手私人住宅落成量为…，全年预测2万2,000伙; 其中，新能源汽车出口…，较去年同期的…
            entity, held_at = (None, d.subject_text), d.quantity.start
        if (d.subject is not None or d.subject_text is not None) and not part:
            carried = (d.subject, d.subject_text)  # 其中X…: a part, it does not carry on
        if _destination(view, d.subject):
            carried = (None, None)  # 对东协出口…。蔡美娟预估，11月出口…: the market does not carry on
    return carried


def _bare_run(view: View, d: Draft) -> bool:
    """…营业额为4,312亿元，月增2.1%: a run that holds nothing but cue words before its figure
    leaves its holder out; the clause before it names it."""
    run = d.run
    if run <= d.sentence[0]:
        return False
    rest = cue_pattern(*_BARE_CUES).sub("", view.text[run : d.quantity.start])
    return rest.strip(_BARE_FILLER) == ""


def _macro_of_other(d: Draft, carried: Holder) -> bool:
    """…雇主…。她说，近两年三个月消费者物价指数累计上涨4.7%: a whole economy's figure (cue kind
    `macro`) is held by no carried phrase or firm; a carried territory (本港) still holds it."""
    territory = carried[0] is not None and carried[0].type == "location"
    return d.metric in cue_words("macro") and not territory


def _destination(view: View, e: Any) -> bool:
    """对美国出口189.7亿美元: a market named after 对 (cue kind `destination`) holds the
    figures of its sentence; the next sentence is about the whole trade again."""
    return e is not None and e.start > 0 and view.text[e.start - 1] in cue_words("destination")


def _index_to_market(given: Holder, d: Draft) -> bool:
    """恒指收报25,176点，…全日成交额约2,350亿元: an index holds its points and ratios; the
    turnover of the market (cue kind `market_metric`) is not the index's."""
    name = to_shadow(given[1] or "")
    named = name in cue_words("index_name") or any(name.endswith(w) for w in cue_words("index"))
    return named and d.metric in cue_words("market_metric")


def _shares(view: View, d: Draft) -> bool:
    """本港商业地产贷款占贷款总额约14%: X占… names a part of a whole; the part holds its
    share only, it does not carry to the next figure of the sentence (减值贷款比率 is the bank's)."""
    share = view.text.find("占", d.run, d.quantity.start)
    return share >= 0 and not view.text.startswith("占比", share)


def _share_left_out(view: View, d: Draft) -> bool:
    """The figure's comma-run opens with 占 (a verb, not the noun 占比): its holder is the
    clause before it."""
    run = d.run
    return view.text.startswith("占", run) and not view.text.startswith("占比", run) and run > d.sentence[0]
