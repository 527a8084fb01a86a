"""Holder phrases: the words of a sentence that name what a figure is about when no entity
does (docs/format.md, claim `subject_text`). Split from subject.py, which decides between an
entity, a holder phrase and a carried subject; this module only finds and trims phrases.
"""

from __future__ import annotations

from typing import Any

import regex

from extract.claims.clauses import Draft, View
from extract.claims.vocab import cue_pattern, cue_words, has_cue, metrics
from extract.text.segment import segmenter

Span = tuple[int, int]

_OTHER_THAN_HOLDER = "，,：:；;。为是"
_LEAD = regex.compile(r"(?:公司旗下|旗下|分\S{1,2}看)")  # used with match(): anchored, after a list lead
_QUOTES = "“”\"'「」『』"
_HOLDER_MAX = 14  # a holder phrase is a short noun phrase (珠宝首饰、钟表及名贵礼物)
_DIGIT = regex.compile(r"\d")
_HAN = regex.compile(r"\p{Han}")
_LISTED = ("及", "和", "与", "、")  # a holder listed with others
LISTED_MAX = 8  # a listed holder is a short noun (门诊, 月薪制, 证券交易税)


def whole_entity(view: View, e: Any) -> bool:
    """全台, 全港, 全省: a one-character place after 全 names the whole territory as a phrase."""
    return e.type == "location" and e.end - e.start == 1 and e.start > 0 and view.text[e.start - 1] == "全"


def metrics_before(view: View, d: Draft) -> list[Any]:
    if d.metric_words is None:
        run = d.run
        found = view.metric_words.finditer(run, d.quantity.start)
        counts = d.quantity.type == "quantity"  # a counted noun names only a count
        d.metric_words = [m for m in found if counts or metrics()[m.group()].kind != "count"]
    return d.metric_words


def _after_headline_space(text: str, start: int, end: int) -> int:
    """修法 统筹分配税款: a space between Han characters parts a headline's clauses, so the
    holder starts after it; a space inside a Latin name (Galaxy Tech) parts nothing."""
    space = text.rfind(" ", start, end)
    while space > start and not (_HAN.match(text, space - 1) and _HAN.match(text, space + 1)):
        space = text.rfind(" ", start, space)
    return space + 1 if space > start or (space == start and _HAN.match(text, space + 1)) else start


def phrase(view: View, start: int, end: int, cut: bool = True) -> Span | None:
    """A holder span: trimmed, cut at its first (non-count) metric word (or, `cut` False,
    refused when it holds one), 2+ characters."""
    start = _after_headline_space(view.text, start, end)
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
    start, end = _trim_modifiers(view, start, end)
    start = _past_marks(view, start, end)
    text = view.text[start:end]
    if end - start < 2 or any(c in text for c in _OTHER_THAN_HOLDER) or _opens_with_de(text):
        return None
    if cue_pattern("demonstrative").match(view.text, start, end):
        return None  # 此次调整: it points back, it names nothing
    if _names_period(text):
        return None
    return start, end


# a phrase without one of these is never a period (no segmenter call); not 周: 周末客流 is the
# weekend's (annotated so), a part of the week that holds its figure like a category
_PERIOD_HINT = frozenset("年月日期季天时")
_PERIOD_TAGS = ("t", "f", "m", "mq")  # time nouns, position words (上 下 首), numerals


def _names_period(text: str) -> bool:
    """去年, 同期, 首两星期, 下半财年: a phrase made only of time words names when, not who;
    the dates stage reads some of them (去年) as dates, others not (同期, 财年: cue kind
    `period`), so the segmenter's tags decide."""
    if not _PERIOD_HINT.intersection(text):
        return False
    period = cue_pattern("period")
    return all(tag.startswith(_PERIOD_TAGS) or period.fullmatch(word) is not None
               for word, tag in segmenter().tag(text))


def _opens_with_de(text: str) -> bool:
    """的X is the tail of a modifier (的销货价值), but 的士 is a word: the segmenter tells them apart."""
    return text.startswith("的") and segmenter().cut(text)[0] == "的"


def _past_marks(view: View, start: int, end: int) -> int:
    """A holder phrase holds no period and no amount: it starts after the last date, money or
    percent mention inside it (1-10月东部地区 → 东部地区; 去年 → nothing); a count stays
    (两间酒店, 三省). `phrase` also starts it after a headline's space (农损逾12亿元 云林嘉义)."""
    for items in (view.dates, view.figures, view.durations):  # 近两年: a duration, no holder either
        for m in view.inside(items, (start, end)):
            if m.type != "quantity":
                start = max(start, m.end)
    return start


def _trim_modifiers(view: View, start: int, end: int) -> Span:
    """每月 / 平均 / 经常性 at either end of a holder phrase qualify the metric, not the
    holder: 每小时基本工资 has no holder, 全台观光旅馆平均住房率 is 全台观光旅馆's."""
    modifier = cue_pattern("modifier")
    while (m := modifier.match(view.text, start, end)) is not None:
        start = m.end()
    changed = True
    while changed and end > start:
        changed = False
        for m in modifier.finditer(view.text, start, end):
            if m.end() == end:
                end, changed = m.start(), True
                break
    return start, end


def marked_holder(view: View, d: Draft) -> Span | Any | None:
    """其中X<metric>… and X占…: X's span; for X占<company>…, the company mention."""
    run = d.run
    found = metrics_before(view, d)
    both = view.text.find("双方", run, d.quantity.start)  # two companies: the phrase itself
    if both < 0 and not any(run <= e.start < d.quantity.start for e in d.entities):
        both = view.text.find("双方", d.sentence[0], run)  # …签署协议，双方将…，总投资约12亿港元
        both = both if both >= 0 and view.run_start(d.sentence, both) == both else -1
    if both >= 0:
        return both, both + 2
    opening = cue_pattern("list_lead").search(view.text, run, d.quantity.start)
    lead = opening.start() if opening else -1
    if opening and found and found[-1].start() > lead:
        inside = [e for e in d.entities  # not one that swallows the lead (当中电子): a misread name
                  if opening.end() <= e.start and e.end <= found[-1].start()]
        if inside:
            return inside[-1]
        metric = found[-1].start()
        dated = [x.end for x in d.dates if lead <= x.start and x.end <= metric]
        return phrase(view, max([opening.end(), *dated]), metric)  # 其中第三季度营业收入: no holder
    share = view.text.find("占", run, d.quantity.start)
    if share < 0 or any(m.start() <= share < m.end() for m in found):
        return None
    owner = [e for e in d.entities if 0 <= e.start - share - 1 <= 1]
    if owner:
        return owner[0]
    return phrase(view, past_lead(view, run, share), share)


def plain_holder(view: View, d: Draft) -> Span | None:
    """The run's text before its metric word, when it is a short noun phrase."""
    found = metrics_before(view, d)
    if not found:
        return None
    metric = found[-1].start()
    run = d.run
    marks = d.dates + [
        e for e in d.entities if not whole_entity(view, e)]
    before = sorted((m for m in marks if m.end <= metric), key=lambda m: m.end)
    start = max([run, *[m.end for m in before]])
    place = None
    if before and before[-1].end == start and before[-1].start >= run and (
            view.text.startswith(_LISTED, start) or _modifies(view, run, before[-1])):
        place = before[-1]
        start = place.start  # 内地及国际业务, 香港客运业务: the place is part of the holder phrase
    span = _holder_between(view, start, metric)
    if span is not None and place is not None and span[0] == place.start and not _noun_tail(
            view, place.end, span[1]):
        return place.start, place.end  # 京津冀新开工重大项目, 北环线每日可载客: the place holds it
    date = before[-1] if before and before[-1].end == start and before[-1].type == "date" else None
    opened, closed = _bracketed(view, date) if date is not None else (0, 0)
    modifies = date is not None and _only_modifiers(view, date.end + closed, metric)
    if span is None and date is not None and date.start > run and modifies:
        # 全台观光旅馆9月平均住房率, 强积金今年整体回报: the holder stands before the period,
        # also when the period is bracketed (国庆档(10月1日至7日)票房)
        start = max([run, *[m.end for m in before if m.end <= date.start]])
        span = _holder_between(view, start, date.start - opened)
        if span is not None and has_cue(view.text[span[0] : span[1]], "up", "down", "speech", "publish"):
            return None  # 主计总处上修今年经济成长率: a verb before the period, no holder
    return _with_index(view, span)


def index_holder(view: View, d: Draft) -> Span | None:
    """恒指收报25,176点, 恒指今年以来累计升约22%: an index's short name (cue kind `index_name`)
    is a metric word (指数) and its holder at once, so with no other holder in the run the
    word itself is the holder phrase."""
    found = metrics_before(view, d)
    if not found or found[-1].group() not in cue_words("index_name"):
        return None
    return found[-1].start(), found[-1].end()


_PLACE_REACH = 12  # how far back a 在 / 向 makes a place where something happens


def _modifies(view: View, run: int, mark: Any) -> bool:
    """A place right before the holder phrase (香港客运业务收入), refused as the holder itself, is
    part of the phrase; not a place where something happens (在台中后里投资…, 在香港及新加坡投资…)."""
    if getattr(mark, "type", None) != "location" or view.text[mark.start - 1 : mark.start] in cue_words(
            "destination"):
        return False  # 越南对欧盟出口额: the partner is no part of a holder phrase
    return not has_cue(view.text[max(run, mark.start - _PLACE_REACH) : mark.start], "place")


def _noun_tail(view: View, start: int, end: int) -> bool:
    """Does the stretch after a place end in a noun (香港|客运业务), so that the place modifies
    it, or not (京津冀|新开工重大, 桃园站|进出: a verb or an adjective, the place is the holder)?"""
    if start >= end:
        return True
    return segmenter().tag(view.text[start:end])[-1][1].startswith(("n", "j"))


def _with_index(view: View, span: Span | None) -> Span | None:
    """中原城市领先指数报142.6点: an index is named with its head word (cue kind `index`),
    which the metric vocabulary also reads as the metric; the holder keeps it."""
    if span is None:
        return None
    head = cue_pattern("index").match(view.text, span[1])
    return (span[0], head.end()) if head is not None else span


def _bracketed(view: View, date: Any) -> tuple[int, int]:
    """(1, 1) when the date stands alone in brackets (国庆档(10月1日至7日)票房), else (0, 0)."""
    opens = date.start > 0 and view.text[date.start - 1] == "("  # the shadow folds （） to ()
    closes = view.text.startswith(")", date.end)
    return (1, 1) if opens and closes else (0, 0)


def _only_modifiers(view: View, start: int, end: int) -> bool:
    """Between a period and its metric word, only qualifiers and adverbs (健保明年恐短绌…)."""
    while (adverb := cue_pattern("adverb").match(view.text, start, end)) is not None:
        start = adverb.end()
    trimmed = _trim_modifiers(view, start, end)
    return trimmed[0] >= trimmed[1] or not view.text[trimmed[0] : trimmed[1]].strip()


def past_lead(view: View, start: int, end: int) -> int:
    """Where a holder starts after a list lead (`list_lead` cue: 其中, 当中) or 旗下 / 分X看
    opening the stretch."""
    lead = cue_pattern("list_lead").match(view.text, start, end) or _LEAD.match(view.text, start, end)
    return lead.end() if lead else start


def _holder_between(view: View, start: int, metric: int) -> Span | None:
    """The holder phrase between `start` and a metric word, when it is a short noun phrase."""
    start = _after_speech(view, after_causative(view, past_lead(view, start, metric), metric), metric)
    if (contrast := cue_pattern("contrast").match(view.text, start, metric)) is not None:
        start = contrast.end()  # 但燃油、保险及维修开支: the contrast word opens the clause, not the holder
    linking = [m for m in cue_pattern("linking").finditer(view.text, start, metric) if m.end() == metric]
    if linking and (cut := before_adverbs(view, start, linking[-1].start())) < linking[-1].start():
        metric = cut  # 内地及国际业务则录得溢利: an adverb and a linking verb end no holder
    span = phrase(view, start, metric, cut=False)
    if span is None or span[1] - span[0] > _HOLDER_MAX:
        return None
    text = view.text[span[0] : span[1]]
    if _DIGIT.search(text) or has_cue(text, "verb") or has_cue(text.replace("及其", ""), "anaphor"):
        return None
    if text.endswith(tuple(cue_words("after"))):
        return None  # 启航S7放量后毛利率: a clause of when (X后, X以来), not a holder
    return span


def _after_speech(view: View, start: int, end: int) -> int:
    """预估零售业营业额将…: a forecast verb opening the run belongs to the speaker before it;
    the holder starts after it."""
    verb = cue_pattern("speech").match(view.text, start, end)
    return verb.end() if verb else start


def after_causative(view: View, start: int, end: int) -> int:
    """北上消费令周末客流…: what is caused to change holds the figure, not the cause."""
    found = list(cue_pattern("causative").finditer(view.text, start, end))
    return found[-1].end() if found else start


def before_adverbs(view: View, start: int, end: int) -> int:
    """Where a holder ends before the adverbs and closing verbs that end the stretch (超级市场货品则,
    恒指收报); an adverb that ends a modifier word (均 of 平均, 日均) takes the word with it."""
    while (adverb := cue_pattern("adverb", "close").search(view.text, start, end)) and adverb.end() == end:
        end = adverb.start()
        word = [m for m in cue_pattern("modifier").finditer(view.text, max(start, end - 3), adverb.end())
                if m.end() == adverb.end()]
        if word:
            end = word[0].start()
    return end
