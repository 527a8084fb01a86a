"""Who or what a figure is about (docs/format.md, claim subject).

In order: a marked holder phrase (其中X…, X占…) as `subject_text`; the nearest fitting
entity before the figure in its comma-run; the run's own holder phrase (布伦特原油均价
→ 布伦特原油); 公司 / 其 / 我们 in the run as the last named company; the nearest fitting
entity earlier in the sentence; the subject carried from the previous claim of the
paragraph; the last named company, when named twice. A person is a speaker, not a holder; a place after
在 / 向 is where something happens, and a place that only modifies a noun (中国芯片)
holds nothing; an org that speaks (X称) is a source. Holder phrases are copied from
the original text, as written.
"""

from __future__ import annotations

import re
from typing import Any

from extract.claims.clauses import Draft, View
from extract.claims.holder import (
    Span,
    clause_topic,
    counted_holder,
    listed_holder,
    marked_holder,
    plain_holder,
    verb_holder,
    whole_entity,
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

_PLACE_REACH = 12
_METRIC_LEAD = 4  # how far a metric word may start before an entity inside it
_TITLE_REACH = 10  # characters of a title between a firm and its speaker (研究部主管)
_TOPIC_NAMED = 2  # how often a company must be named to hold figures with no holder of their own
_NO_HOLDER = ("营收占比",)  # a segment's share of revenue belongs to the company
_BARE_CUES = ("up", "down", "yoy", "qoq", "adverb", "close")  # the words of a run that names no holder
_BARE_FILLER = "，, 约为达至了"  # words of a bare change run besides its cues (同比增长约为)


def _fits(view: View, e: Any, d: Draft, speakers: set[int]) -> bool:
    if e.type == "person" or e.start in speakers:
        return False
    if _partner(view, e, d) or _media(view, e):
        return False
    if e.type == "location" and has_cue(view.text[max(0, e.start - 2) : e.start], "place"):
        return False
    if cue_pattern("event").match(view.text, e.end):
        return False  # 广州国际汽车展览会: the event's name, not a holder
    if e.type == "org" and _at_venue(view, e):
        return False
    if e.type == "product" and d.metric in cue_words("firm"):
        return False  # 启航S7放量后毛利率有望…: a model sells, the company has the margin
    if whole_entity(view, e):
        return False  # 全台 / 全港: the phrase holds the figure (subject_text), not the place
    if e.type in ("location", "product") and _after_place(view, d, e):
        return False
    if _inside_metric(view, e):
        return False
    if is_agency(e) and not (d.metric in cue_words("firm") or d.metric_kind == "count"):
        return False  # 主计总处上修经济成长率至4.82%: a macro figure is no body's own
    if e.type == "location" and _quoted(view, e):
        return True  # 屯门「珑珀山」昨日加推88伙: a quoted name is a development or venue, not a territory
    if e.type == "location":
        after = _past_date(view, e.end, d)  # 台中市9月移转2,816栋
        verb = cue_pattern("verb").match(view.text, after, d.quantity.start)  # 大湾区完成投资
        held = verb is not None and bool(view.metric_words.match(verb.end(), verb.end() + 4))
        return held or bool(view.metric_words.match(after, after + 4)) or e.end >= d.quantity.start - 1 \
            or _changes(view, after)
    return True


_ALIAS = re.compile(r"[（(][^（(）)，,。]{1,24}[）)]")  # 彭博社（Bloomberg）: a bracketed alias


def _media(view: View, e: Any) -> bool:
    """中央社記者…電, 湖北日报讯, 据彭博社（Bloomberg）报道, 新华财经上海11月26日电: an org
    that writes a dateline or a report (cue kinds `media`, `wire`) is the outlet, not a holder."""
    if e.type != "org":
        return False
    at = e.end
    if (alias := _ALIAS.match(view.text, at)) is not None:
        at = alias.end()
    elif view.text.startswith(("）", ")"), at):
        at += 1  # the alias itself: （Bloomberg）报道
    found = cue_pattern("media").match(view.text, at)
    if found is not None:
        return not view.text.startswith("会", found.end())  # 记者会: a press conference
    place = view.inside(view.entities, (at, at + _PLACE_REACH))
    if place and place[0].start == at and place[0].type == "location":
        at = place[0].end
    dates = [x for x in view.dates if x.start == at]
    return bool(dates) and cue_pattern("wire").match(view.text, dates[0].end) is not None


def _at_venue(view: View, e: Any) -> bool:
    """亿航智能股价在美国纳斯达克上涨4.1%: an org right after 在 (also behind a place that
    modifies it) is where the figure happens, an exchange or a venue, not its holder."""
    start = e.start
    before = view.ending_at(start)
    if before is not None and before.type == "location":
        start = before.start
    return start > 0 and view.text[start - 1] == "在"


_NAME_QUOTES = "「『“"
_NAME_REACH = 9  # a quoted name closes soon; a quoted saying runs on to a comma
_QUOTE_OR_CLAUSE_END = re.compile(r"[」』”，,。；;：:]")


def _quoted(view: View, e: Any) -> bool:
    """A place name that opens a quoted name (「珑珀山」, 「维港汇岸」: the entity stage may read
    only its place part) names a development, which holds its own figures."""
    if e.start == 0 or view.text[e.start - 1] not in _NAME_QUOTES:
        return False
    close = _QUOTE_OR_CLAUSE_END.search(view.text, e.start, e.start + _NAME_REACH)
    return close is not None and close.group() in "」』”"  # 「本港银行体系稳健，…」 is what someone said


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


def _past_date(view: View, offset: int, d: Draft) -> int:
    dates = [x for x in d.dates if x.start == offset]
    return dates[0].end if dates else offset


def _changes(view: View, start: int) -> bool:
    """高雄市则逆势年增2.1%: a place, its adverbs, then a change verb."""
    while (adverb := cue_pattern("adverb").match(view.text, start)) is not None:
        start = adverb.end()
    return cue_pattern("up", "down", "yoy", "qoq").match(view.text, start) is not None


def _inside_metric(view: View, e: Any) -> bool:
    """访港旅客 holds the place 港 inside a metric word: the word is the metric, not a holder."""
    found = view.metric_words.finditer(max(0, e.start - _METRIC_LEAD), e.end + _METRIC_LEAD)
    return any(m.start() < e.start and m.end() >= e.end for m in found)


def _partner(view: View, e: Any, d: Draft) -> bool:
    """与X / 授权给(美国)X: the other party, also behind a place that modifies it; not when
    a metric word follows the entity (将港丰银行目标价由43元上调至…: X holds it)."""
    if view.metric_words.match(e.end + view.text.startswith("的", e.end), len(view.text)):
        return False
    start = e.start
    before = view.ending_at(start)
    if before is not None and before.type == "location":
        start = before.start
    return start > 0 and view.text[start - 1] in cue_words("partner")


def _after_place(view: View, d: Draft, e: Any) -> bool:
    """在今年一季度的DeepSeek一体机市场: inside a 在-phrase of the entity's run."""
    run = view.run_start(d.sentence, e.start)
    return "在" in view.text[max(run, e.start - _PLACE_REACH) : e.start]


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
        if _fits(view, e, d, speakers) and not (e.start < run and _compared(view, e)):
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
    while found is not None and _media(view, found):
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
            if e.type == "org" and e.end <= d.quantity.start and not is_agency(e) and not _media(view, e)]
    return orgs[0] if orgs else last_company(view, d.quantity.start)


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
            span := plain_holder(view, d) or verb_holder(view, d) or listed_holder(view, d)):
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
    if holders and (topic := sentence_topic(view, d)):
        return _as_holder(view, topic)
    firm = d.metric in cue_words("firm")  # a category phrase never holds a company's revenue
    carries = carried[0] is not None or carried[1] is not None
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
    A category phrase does not carry to the next figure of its own sentence, except into a
    clause that leaves its holder out (…网上零售额12.9万亿元，占…的比重…27.5%)."""
    entity = carried if carried[0] is not None else (None, None)
    previous: Draft | None = None
    for d in drafts:
        if d.change_of is not None:
            d.subject, d.subject_text = d.change_of.subject, d.change_of.subject_text
        elif previous is not None and d.metric not in _NO_HOLDER and (
                _share_left_out(view, d) or _bare_run(view, d)):
            d.subject, d.subject_text = previous.subject, previous.subject_text
        elif previous is None and _bare_run(view, d) and (topic := clause_topic(view, d)):
            d.subject, d.subject_text = _as_holder(view, topic)
        elif d.metric not in _NO_HOLDER and (respective := respective_holder(view, d)) is not None:
            d.subject, d.subject_text = _as_holder(view, respective)
        else:
            given = entity if d is not drafts[0] else carried
            listed = has_cue(view.text[d.sentence[0] : d.quantity.start], "list_lead")
            if given[0] is None and given is entity and listed:
                given = (None, None)  # 全省外贸…，其中，出口…: a part, not the territory
            d.subject, d.subject_text = subject_of(view, d, speakers, given)
        previous = d
        if d.change_of is not None:
            continue
        if d.subject is not None:
            entity = (d.subject, None)
        elif d.subject_text is not None and has_cue(to_shadow(d.subject_text)[:2], "scope"):
            entity = (None, d.subject_text)  # 全县已有…312家，明年将再培育20家: the territory carries on
        part = has_cue(view.text[d.run : d.quantity.start], "list_lead")
        if (d.subject is not None or d.subject_text is not None) and not part:
            carried = (d.subject, d.subject_text)  # 其中X…: a part, it does not carry on
    return carried


def _bare_run(view: View, d: Draft) -> bool:
    """…营业额为4,312亿元，月增2.1%: a run that holds nothing but cue words before its figure
    leaves its holder out; the clause before it names it."""
    run = d.run
    if run <= d.sentence[0]:
        return False
    rest = cue_pattern(*_BARE_CUES).sub("", view.text[run : d.quantity.start])
    return rest.strip(_BARE_FILLER) == ""


def _share_left_out(view: View, d: Draft) -> bool:
    """The figure's comma-run opens with 占 (a verb, not the noun 占比): its holder is the
    clause before it."""
    run = d.run
    return view.text.startswith("占", run) and not view.text.startswith("占比", run) and run > d.sentence[0]
