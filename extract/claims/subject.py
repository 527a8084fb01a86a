"""Who or what a figure is about (docs/format.md, claim subject).

In order: a marked holder phrase (其中X…, X占…) as `subject_text`; the nearest fitting
entity before the figure in its comma-run; the run's own holder phrase (布伦特原油均价
→ 布伦特原油); 公司 / 其 / 我们 in the run as the last named company; the nearest fitting
entity earlier in the sentence; the subject carried from the previous claim of the
paragraph; the last named company. A person is a speaker, not a holder; a place after
在 / 向 is where something happens, and a place that only modifies a noun (中国芯片)
holds nothing; an org that speaks (X称) is a source. Holder phrases are copied from
the original text, as written.
"""

from __future__ import annotations

from typing import Any

import regex

from extract.claims.clauses import Draft, View
from extract.claims.vocab import cue_pattern, cue_words, has_cue, is_agency, metrics

Holder = tuple[Any, "str | None"]  # (entity mention, subject_text): at most one is set
Span = tuple[int, int]

_OTHER_THAN_HOLDER = "，,：:；;。为是"
_LEAD = regex.compile(r"(?:其中|公司旗下|旗下|分\S{1,2}看)")  # used with match(): anchored
_QUOTES = "“”\"'「」『』"
_PLACE_REACH = 12
_METRIC_LEAD = 4  # how far a metric word may start before an entity inside it
_TITLE_REACH = 10  # characters of a title between a firm and its speaker (研究部主管)
_HOLDER_MAX = 14  # a holder phrase is a short noun phrase (珠宝首饰、钟表及名贵礼物)
_DIGIT = regex.compile(r"\d")
_NO_HOLDER = ("营收占比",)  # a segment's share of revenue belongs to the company
_LISTED = ("及", "和", "与", "、")  # a holder listed with others
_BARE_FILLER = "，, 约为达至了"  # words of a bare change run besides its cues (同比增长约为)


def _fits(view: View, e: Any, d: Draft, speakers: set[int]) -> bool:
    if e.type == "person" or e.start in speakers:
        return False
    if _partner(view, e, d):
        return False
    if e.type == "location" and has_cue(view.text[max(0, e.start - 2) : e.start], "place"):
        return False
    if e.type in ("location", "product") and _after_place(view, d, e):
        return False
    if _inside_metric(view, e):
        return False
    if is_agency(e) and not (d.metric in cue_words("firm") or d.metric_kind == "count"):
        return False  # 主计总处上修经济成长率至4.82%: a macro figure is no body's own
    if e.type == "location":
        after = _past_date(view, e.end, d)  # 台中市9月移转2,816栋
        return bool(view.metric_words.match(after, after + 4)) or e.end >= d.quantity.start - 1 \
            or _changes(view, after)
    return True


def _past_date(view: View, offset: int, d: Draft) -> int:
    dates = [x for x in view.inside(view.dates, d.sentence) if x.start == offset]
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
    return has_cue(view.text[max(0, e.start - 2) : e.start], "compare")


def find_subject(view: View, d: Draft, speakers: set[int], start: int, stop: int | None = None) -> Any:
    """The nearest fitting entity between `start` and the figure (starting before `stop`,
    when the ones after it were already refused), or None."""
    run = view.run_start(d.sentence, d.quantity.start)
    entities = view.inside(view.entities, d.sentence)
    stop = d.quantity.start if stop is None else stop
    for e in reversed([e for e in entities if start <= e.start < stop and e.end <= d.quantity.start]):
        if _fits(view, e, d, speakers) and not (e.start < run and _compared(view, e)):
            if e.start < run and _employs_speaker(view, e, entities, speakers):
                continue
            return e
    return None


def _employs_speaker(view: View, e: Any, entities: list[Any], speakers: set[int]) -> bool:
    """永信房屋研究中心经理陈品妤分析: the speaker's firm, named with their title, is a source
    for the other clauses of the sentence, not their holder."""
    return e.type == "org" and any(
        p.type == "person" and p.start in speakers and 0 <= p.start - e.end <= _TITLE_REACH
        for p in entities
    )


def _metrics_before(view: View, d: Draft) -> list[Any]:
    if d.metric_words is None:
        run = view.run_start(d.sentence, d.quantity.start)
        found = view.metric_words.finditer(run, d.quantity.start)
        counts = d.quantity.type == "quantity"  # a counted noun names only a count
        d.metric_words = [m for m in found if counts or metrics()[m.group()].kind != "count"]
    return d.metric_words


def _phrase(view: View, start: int, end: int, cut: bool = True) -> Span | None:
    """A holder span: trimmed, cut at its first (non-count) metric word (or, `cut` False,
    refused when it holds one), 2+ characters."""
    while start < end and view.text[start].isspace():
        start += 1
    for m in view.metric_words.finditer(start, end):
        if cut and view.text.startswith(_LISTED, m.end()):
            continue  # 租金及人工成本占…: a word in a list of holders, not the list's metric
        if not cut and metrics()[m.group()].kind != "count":
            return None
        if cut:
            end = m.start()
            break
    while start < end and view.text[start] in _QUOTES:
        start += 1
    while end > start and (view.text[end - 1].isspace() or view.text[end - 1] in _QUOTES):
        end -= 1
    if view.text.startswith("的", end - 1):  # 珠宝首饰的销货价值
        end -= 1
    text = view.text[start:end]
    if end - start < 2 or any(c in text for c in _OTHER_THAN_HOLDER) or text.startswith("的"):
        return None
    return start, end


def marked_holder(view: View, d: Draft) -> Span | Any | None:
    """其中X<metric>… and X占…: X's span; for X占<company>…, the company mention."""
    run = view.run_start(d.sentence, d.quantity.start)
    found = _metrics_before(view, d)
    both = view.text.find("双方", run, d.quantity.start)  # two companies: the phrase itself
    if both >= 0:
        return both, both + 2
    lead = view.text.find("其中", run, d.quantity.start)
    if lead >= 0 and found and found[-1].start() > lead:
        inside = [e for e in view.inside(view.entities, d.sentence)
                  if lead <= e.start and e.end <= found[-1].start()]
        if inside:
            return inside[-1]
        metric = found[-1].start()
        dated = [x.end for x in view.inside(view.dates, d.sentence) if lead <= x.start and x.end <= metric]
        return _phrase(view, max([lead + 2, *dated]), metric)  # 其中第三季度营业收入: no holder
    share = view.text.find("占", run, d.quantity.start)
    if share < 0 or any(m.start() <= share < m.end() for m in found):
        return None
    owner = [e for e in view.inside(view.entities, d.sentence) if 0 <= e.start - share - 1 <= 1]
    if owner:
        return owner[0]
    lead = _LEAD.match(view.text, run, share)
    return _phrase(view, lead.end() if lead else run, share)


def plain_holder(view: View, d: Draft) -> Span | None:
    """The run's text before its metric word, when it is a short noun phrase."""
    found = _metrics_before(view, d)
    if not found:
        return None
    metric = found[-1].start()
    marks = view.inside(view.dates, d.sentence) + view.inside(view.entities, d.sentence)
    start = max([view.run_start(d.sentence, d.quantity.start),
                 *[m.end for m in marks if m.end <= metric]])
    lead = _LEAD.match(view.text, start, metric)
    start = _after_speech(view, _after_causative(view, lead.end() if lead else start, metric), metric)
    span = _phrase(view, start, metric, cut=False)
    if span is None or span[1] - span[0] > _HOLDER_MAX:
        return None
    text = view.text[span[0] : span[1]]
    if _DIGIT.search(text) or has_cue(text, "verb") or has_cue(text.replace("及其", ""), "anaphor"):
        return None
    return span


def _after_speech(view: View, start: int, end: int) -> int:
    """预估零售业营业额将…: a forecast verb opening the run belongs to the speaker before it;
    the holder starts after it."""
    verb = cue_pattern("speech").match(view.text, start, end)
    return verb.end() if verb else start


def _after_causative(view: View, start: int, end: int) -> int:
    """北上消费令周末客流…: what is caused to change holds the figure, not the cause."""
    found = list(cue_pattern("causative").finditer(view.text, start, end))
    return found[-1].end() if found else start


def verb_holder(view: View, d: Draft) -> Span | None:
    """电子行业增长11.6%，纺织业下降2.1%: with no metric word in the run, the short noun
    phrase that opens it, before its change verb (and an adverb such as 则), holds the figure."""
    if d.direction is None or _metrics_before(view, d):
        return None
    run = view.run_start(d.sentence, d.quantity.start)
    marks = view.inside(view.dates, d.sentence) + view.inside(view.entities, d.sentence)
    if any(run <= m.start < d.quantity.start for m in marks):
        return None
    verb = cue_pattern("up", "down", "yoy", "qoq").search(view.text, run, d.quantity.start)
    if verb is None:
        return None
    lead = _LEAD.match(view.text, run, verb.start())
    start, end = _after_causative(view, lead.end() if lead else run, verb.start()), verb.start()
    while (adverb := cue_pattern("adverb").search(view.text, start, end)) and adverb.end() == end:
        end = adverb.start()
    span = _phrase(view, start, end, cut=False)
    if span is None or span[1] - span[0] > _HOLDER_MAX:
        return None
    text = view.text[span[0] : span[1]]
    if _DIGIT.search(text) or has_cue(text, "verb", "anaphor", "compare", "speech", "publish"):
        return None
    return span


def _counted_holder(view: View, d: Draft) -> Span | None:
    """传统AI服务器通常包括8张算力卡, 该研究共入组612例患者: the run's head before its verb."""
    if d.metric_kind != "count":
        return None
    run = view.run_start(d.sentence, d.quantity.start)
    verb = cue_pattern("verb").search(view.text, run, d.quantity.start)
    if verb is None or any(run <= e.start < verb.start() for e in view.inside(view.entities, d.sentence)):
        return None
    dated = [x.end for x in view.inside(view.dates, d.sentence) if run <= x.start and x.end <= verb.start()]
    span = _phrase(view, max([run, *dated]), verb.start(), cut=False)
    if span is None or span[1] - span[0] > 10 or has_cue(view.text[span[0] : span[1]], "anaphor"):
        return None
    return span


def _speaking_company(view: View, d: Draft, speakers: set[int]) -> Any:
    """港铁表示，今年上半年总乘客量…: a company that speaks, with no other holder in its
    sentence, states its own figures."""
    orgs = [e for e in view.inside(view.entities, d.sentence)
            if e.type == "org" and e.start in speakers and e.end <= d.quantity.start and not is_agency(e)]
    return orgs[-1] if orgs else None


def last_company(view: View, before: int) -> Any:
    """The last company named before `before` (government bodies report, they hold nothing)."""
    orgs = [e for e in view.entities if e.type == "org" and e.end <= before and not is_agency(e)]
    return orgs[-1] if orgs else None


def _company(view: View, d: Draft, carried: Holder) -> Any:
    """公司 / 我们: the company the paragraph is about, else the first company of the
    sentence (港丰银行行政总裁何婉珊表示：「…我们预期…」), else the last named one."""
    if carried[0] is not None and carried[0].type == "org" and not is_agency(carried[0]):
        return carried[0]
    orgs = [e for e in view.inside(view.entities, d.sentence)
            if e.type == "org" and e.end <= d.quantity.start and not is_agency(e)]
    return orgs[0] if orgs else last_company(view, d.quantity.start)


def _anaphor(view: View, start: int, d: Draft) -> bool:
    return has_cue(view.text[start : d.quantity.start].replace("其中", ""), "anaphor")


def _as_holder(view: View, found: Span | Any) -> Holder:
    """A phrase that is exactly an entity mention (其中内地旅客占… -> 内地) is that entity."""
    if isinstance(found, tuple):
        exact = [e for e in view.entities if (e.start, e.end) == found]
        return (exact[0], None) if exact else (None, view.original[found[0] : found[1]])
    return found, None


def subject_of(view: View, d: Draft, speakers: set[int], carried: Holder) -> Holder:
    """The (subject, subject_text) of one draft, following the order of the module doc."""
    run = view.run_start(d.sentence, d.quantity.start)
    holders = d.metric not in _NO_HOLDER
    marked = marked_holder(view, d) if holders else None
    if marked is not None:
        return _as_holder(view, marked)
    found = find_subject(view, d, speakers, run)
    if found is None and holders and (span := plain_holder(view, d) or verb_holder(view, d)):
        return _as_holder(view, span)
    if found is None and _anaphor(view, run, d):
        found = _company(view, d, carried)
    found = (found or find_subject(view, d, speakers, d.sentence[0], stop=run)  # the run's: refused
             or _speaking_company(view, d, speakers))
    if found is not None:
        return found, None
    firm = d.metric in cue_words("firm")  # a category phrase never holds a company's revenue
    if carried != (None, None) and (holders or carried[0] is not None) and not (firm and carried[0] is None):
        return carried
    if holders and (span := _counted_holder(view, d)):
        return _as_holder(view, span)
    if _anaphor(view, d.sentence[0], d) or not holders:
        return _company(view, d, carried), None
    if has_cue(view.text[d.sentence[0] : d.quantity.start], "source"):
        return None, None
    found = last_company(view, d.quantity.start)
    if found is not None and d.sentence[0] <= found.start and _employs_speaker(
            view, found, view.inside(view.entities, d.sentence), speakers):
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
        else:
            given = entity if d is not drafts[0] else carried
            d.subject, d.subject_text = subject_of(view, d, speakers, given)
        previous = d
        if d.change_of is not None:
            continue
        if d.subject is not None:
            entity = (d.subject, None)
        part = "其中" in view.text[view.run_start(d.sentence, d.quantity.start) : d.quantity.start]
        if (d.subject, d.subject_text) != (None, None) and not part:
            carried = (d.subject, d.subject_text)  # 其中X…: a part, it does not carry on
    return carried


def _bare_run(view: View, d: Draft) -> bool:
    """…营业额为4,312亿元，月增2.1%: a run that holds nothing but cue words before its figure
    leaves its holder out; the clause before it names it."""
    run = view.run_start(d.sentence, d.quantity.start)
    if run <= d.sentence[0]:
        return False
    rest = cue_pattern("up", "down", "yoy", "qoq", "adverb").sub("", view.text[run : d.quantity.start])
    return rest.strip(_BARE_FILLER) == ""


def _share_left_out(view: View, d: Draft) -> bool:
    """The figure's comma-run opens with 占 (a verb, not the noun 占比): its holder is the
    clause before it."""
    run = view.run_start(d.sentence, d.quantity.start)
    return view.text.startswith("占", run) and not view.text.startswith("占比", run) and run > d.sentence[0]
