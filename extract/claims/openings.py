"""Holders read from how a run opens or lists (docs/format.md, claim `subject_text`): the noun
before a change verb (电子行业增长11.6%), a listed part after 其中 (其中，营业税412亿元), a count's
head before its verb, the topic of the clause before, a place and its nouns (将军澳公屋明年入伙…).
Split from holder.py, which finds and trims holder phrases; these rules call its phrase helpers.
"""

from __future__ import annotations

from extract.claims.clauses import Draft, View
from extract.claims.holder import (
    _DIGIT,
    _HOLDER_MAX,
    LISTED_MAX,
    Span,
    after_causative,
    before_adverbs,
    metrics_before,
    past_lead,
    phrase,
)
from extract.claims.vocab import cue_pattern, has_cue
from extract.text.segment import segmenter

_LIST_OPEN = "，,、和及与 "  # between a list lead or the previous figure and the next holder


def verb_holder(view: View, d: Draft) -> Span | None:
    """电子行业增长11.6%，纺织业下降2.1%: with no metric word in the run, the short noun
    phrase that opens it, before its change verb (and an adverb such as 则), holds the figure."""
    if metrics_before(view, d):
        return None
    run = d.run
    if any(run <= m.start < d.quantity.start for m in d.entities):
        return None
    dates = [x for x in d.dates if run <= x.start < d.quantity.start]
    kinds = ("up", "down", "yoy", "qoq", "close") if d.direction else ("close",)  # 恒指收报25,176点
    verb = cue_pattern(*kinds).search(view.text, dates[-1].end if dates else run, d.quantity.start)
    if verb is None or (dates and not _only_qualifiers(view, dates[-1].end, verb.start())):
        return None
    start = after_causative(view, past_lead(view, run, verb.start()), verb.start())
    end = dates[0].start if dates else verb.start()  # 恒指今年以来累计升约22%: the holder before the period
    end = before_adverbs(view, start, end)
    span = phrase(view, start, end, cut=False)
    if span is None or span[1] - span[0] > _HOLDER_MAX:
        return None
    text = view.text[span[0] : span[1]]
    if _DIGIT.search(text) or has_cue(text, "verb", "anaphor", "compare", "speech", "publish"):
        return None
    return span




def listed_holder(view: View, d: Draft) -> Span | None:
    """其中，营业税412亿元，证券交易税186亿元 / 当中门诊3,870亿元、住院2,720亿元: after a
    list lead in the sentence, a figure with no metric word before it is held by the short
    noun phrase written right before it (from the previous figure or the run's start)."""
    lead = cue_pattern("list_lead")
    start = d.quantity.start - len(d.window)
    if not any(lead.finditer(view.text, d.sentence[0], d.quantity.start)):
        return None
    if metrics_before(view, d) or any(
            start <= m.start < d.quantity.start for m in d.entities):
        return None
    opening = lead.match(view.text, start, d.quantity.start)
    start = opening.end() if opening else start
    while start < d.quantity.start and view.text[start] in _LIST_OPEN:
        start += 1
    span = phrase(view, start, d.quantity.start, cut=False)
    if span is None or span[1] - span[0] > LISTED_MAX:
        return None
    text = view.text[span[0] : span[1]]
    if _DIGIT.search(text) or has_cue(text, "verb", "speech", "publish", "anaphor", "adverb"):
        return None
    change = cue_pattern("up", "down").search(text, len(text) - 2)
    if change and change.end() == len(text):
        return None  # 其中出口增长: a verb, no noun
    return None if segmenter().tag(text)[0][1] == "c" else span  # 并增聘: a conjunction opens a clause


def _only_qualifiers(view: View, start: int, end: int) -> bool:
    """Between a period and its change verb, only adverbs and qualifiers (累计, 则, 平均)."""
    words = cue_pattern("adverb", "modifier", "verb")
    while start < end and (m := words.match(view.text, start, end)) is not None and m.end() > start:
        start = m.end()
    return start >= end


def counted_holder(view: View, d: Draft) -> Span | None:
    """传统AI服务器通常包括8张算力卡, 该研究共入组612例患者: the run's head before its verb; with a
    period between them (十大屋苑本月暂录约520宗买卖), the head before the period."""
    if d.metric_kind != "count":
        return None
    run = d.run
    verb = cue_pattern("verb").search(view.text, run, d.quantity.start)
    if verb is None or any(run <= e.start < verb.start() for e in d.entities):
        return None
    marks = d.dates + d.figures
    dated = [x.end for x in marks if run <= x.start and x.end <= verb.start()]  # 41个大类行业中有33个
    dates = [x for x in d.dates if run < x.start and x.end <= verb.start()]
    if dates and not [f for f in d.figures if run <= f.start < dates[0].start] \
            and _only_qualifiers(view, dates[-1].end, verb.start()):
        span = phrase(view, run, dates[0].start, cut=False)  # 十大屋苑本月暂录…: the head, its period
    else:
        span = phrase(view, max([run, *dated]), verb.start(), cut=False)
    if span is None or span[1] - span[0] > 10:
        return None
    text = view.text[span[0] : span[1]]
    if _DIGIT.search(text) or has_cue(text, "anaphor", "up", "down", "adverb"):
        return None  # 今年首11个月, 目标仍有…, 并增聘…: a date's or a predicate's words, no head
    return span


def clause_topic(view: View, d: Draft) -> Span | None:
    """恒生指数高开后反复向上，收市报26,980点: a figure whose run names no holder takes the
    noun phrase that opens the figureless comma-run right before it (the segmenter's leading
    nouns), when that run states no figure, date or entity before its verb."""
    run = d.run
    if run <= d.sentence[0]:
        return None
    start = view.run_start(d.sentence, run - 1)
    if view.inside(view.figures, (start, run)) or view.inside(view.entities, (start, run)):
        return None
    clause = view.text[start : run - 1]
    if has_cue(clause, "speech", "publish", "source", "breakdown", "anaphor", "demonstrative"):
        return None
    length = 0
    for word, tag in segmenter().tag(clause):
        if not tag.startswith(("n", "j")) or tag == "nr":
            break
        length += len(word)
    if length < 2 or length > LISTED_MAX:
        return None
    if view.inside(view.dates, (start, start + length)):
        return None
    return start, start + length


_PLACE_NOUNS = 6  # characters of nouns after a place that name what the place's figure is about


def place_phrase(view: View, d: Draft) -> Span | None:
    """启德新盘首轮沽出逾九成, 将军澳公屋明年入伙逾6,000伙: a run that opens with a place and
    nouns before a date or a verb is about the place's thing (place and nouns, as written); not
    when the nouns are what the figure measures or counts (大屿山的士75辆, 深圳低空航线增至260条)
    or stand right before the figure (清水河全长27公里). Asked by fits.py and subject.py for the
    same figure: answered once per figure (the segmenter is the cost)."""
    memo = view.memo.setdefault("place_phrase", {})
    key = (d.quantity.start, d.metric)
    if key not in memo:
        memo[key] = _place_phrase(view, d)
    found: Span | None = memo[key]
    return found


def _place_phrase(view: View, d: Draft) -> Span | None:
    opening = [e for e in d.entities if e.start == d.run and e.type == "location"]
    if not opening or opening[0].end >= d.quantity.start:
        return None
    place = opening[0]
    nouns = 0
    for word, tag in segmenter().tag(view.text[place.end : d.quantity.start]):
        if not tag.startswith(("n", "j")) or tag == "nr" or (d.metric and word in d.metric):
            break
        nouns += len(word)
    end = place.end + nouns
    if nouns == 0 or nouns > _PLACE_NOUNS or end >= d.quantity.start:
        return None
    return place.start, end


def priced_holder(view: View, d: Draft) -> Span | None:
    """行政会议今日批准市区的士加价，首2公里收费由29蚊增至32蚊: a figureless run of the sentence
    that ends in a price change (cue kind `price_change`: 加价 调价) names what is priced, the
    holder of the prices after it; the phrase starts after an act verb or a date before it."""
    start = d.sentence[0]
    while start < d.run:
        end = view.run_end(d.sentence, start)
        found = [m for m in cue_pattern("price_change").finditer(view.text, start, end) if m.end() == end]
        if found and not view.inside(view.figures, (start, end)):
            acts = [m.end() for m in cue_pattern("act").finditer(view.text, start, found[0].start())]
            dates = [x.end for x in d.dates if start <= x.start and x.end <= found[0].start()]
            span = phrase(view, max([start, *acts, *dates]), found[0].start(), cut=False)
            if span is not None and span[1] - span[0] <= LISTED_MAX:
                return span
        start = end + 1
    return None


def market_opening(view: View, d: Draft) -> Span | None:
    """港股昨日先跌后回稳，恒指收报…，全日成交额约2,350亿元: the market named by the nouns that
    open the paragraph, right before a date (台股今(27)日…), holds the market's turnover when the
    holder carried is an index, which does not."""
    start = view.text.rfind("\n", 0, d.quantity.start) + 1
    length = 0
    for word, tag in segmenter().tag(view.text[start : start + LISTED_MAX]):
        if not tag.startswith(("n", "j")) or tag == "nr":
            break
        length += len(word)
    if not 2 <= length <= LISTED_MAX or not any(x.start == start + length for x in view.dates):
        return None
    if view.inside(view.entities, (start, start + length)):
        return None
    return start, start + length



def change_topic(view: View, d: Draft) -> Span | None:
    """恒生指数昨日则下跌0.5%，收报24,512点: a level in a bare run (收报…) whose change stands in
    the comma-run right before it takes the nouns that open that run (the segmenter's leading
    nouns, up to a date or verb), when that run names no entity; a metric word there is the
    holder's own name (恒生指数), not cut."""
    change = d.change
    if change is None or not d.sentence[0] <= change.start < d.run:
        return None
    start = view.run_start(d.sentence, change.start)
    if view.run_end(d.sentence, start) != d.run - 1 or view.inside(view.entities, (start, change.start)):
        return None
    length = 0
    for word, tag in segmenter().tag(view.text[start : change.start]):
        if not tag.startswith(("n", "j")) or tag == "nr":
            break
        length += len(word)
    if length < 2 or length > LISTED_MAX or view.inside(view.dates, (start, start + length)):
        return None
    if has_cue(view.text[start : start + length], "speech", "publish", "anaphor", "demonstrative"):
        return None
    return start, start + length
