"""Which entity mentions may hold a figure (docs/format.md, claim subject): split from
subject.py, which picks among the ones that fit. A person is a speaker, not a holder; a
place after 在 / 向 is where something happens and a place that only modifies a noun
(中国芯片) holds nothing; an outlet (中央社记者…电) writes; a partner (与X) is the other party;
a government body reports figures and holds only its own accounts, counts of its own acts
and what it spends (劳动部已编列…).
"""

from __future__ import annotations

import re
from typing import Any

from extract.claims.clauses import BRACKET, Draft, View
from extract.claims.holder import whole_entity
from extract.claims.openings import place_phrase
from extract.claims.vocab import cue_pattern, cue_tuple, cue_words, has_cue, is_agency
from extract.text.segment import segmenter

_PLACE_REACH = 12
_METRIC_LEAD = 4  # how far a metric word may start before an entity inside it


def fits(view: View, e: Any, d: Draft, speakers: set[int]) -> bool:
    """May entity `e` hold the figure of draft `d` (the module doc says which may not)?"""
    if e.type == "person" or e.start in speakers:
        return False
    if _partner(view, e, d) or is_outlet(view, e) or _trades_with(view, e) or _alias_of(view, e):
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
    if is_agency(e) and not (d.metric in cue_words("firm") or d.metric_kind == "count" or _acts(view, e, d)
                             or _own_revenue(e, d)):
        return False  # 主计总处上修经济成长率至4.82%: a macro figure is no body's own
    if e.type == "location" and _quoted(view, e):
        return True  # 屯门「珑珀山」昨日加推88伙: a quoted name is a development or venue, not a territory
    if e.type == "location" and view.text.startswith(cue_tuple("one_unit"), e.end) \
            and d.metric in cue_words("unit_sale"):
        return True  # 太古城一个650平方呎单位以1,380万元易手: a unit of the estate, the estate's sale
    if e.type == "location" and view.text[e.start : e.end].endswith(cue_tuple("estate")):
        return True  # 邻近的皇后山邨将新增约800个停车位: a housing estate holds its figures, as a development
    if e.type == "location":
        after = _past_qualifiers(view, e.end, d)  # 台中市9月移转2,816栋
        verb = cue_pattern("verb").match(view.text, after, d.quantity.start)  # 大湾区完成投资
        held = verb is not None and bool(view.metric_words.match(verb.end(), d.quantity.start))
        named = view.metric_words.match(after, d.quantity.start) is not None
        return held or named or e.end >= d.quantity.start - 1 or _changes(view, after) or _opens(view, e, d) \
            or _trades_to(view, e)
    return True


_ACT_REACH = 10  # characters of adverbs and a verb between a body and the figure it spends (已编列)


def _acts(view: View, e: Any, d: Draft) -> bool:
    """劳动部已编列1亿5,000万元, 农业部也将自明(18)日起释出…1,500公吨: a government body that
    opens the figure's run and spends or provides the figure itself (a verb of cue kind `spend`
    between, no other metric word, no change verb, no entity): the figure is its own; a count of
    what it reviews (审议法律草案32件) is not."""
    if e.start < d.run:
        return False
    start, end = e.end, d.quantity.start
    between = BRACKET.sub("", "".join(
        view.text[a:b] for a, b in _outside(start, end, [x for x in d.dates if start <= x.start < end])))
    if not between or len(between) > _ACT_REACH or has_cue(between, "up", "down", "speech", "publish"):
        return False
    spend = cue_words("spend")
    return has_cue(between, "spend") and all(
        m.group() in spend for m in view.metric_words.finditer(start, end)) and not any(
        start <= x.start < end for x in d.entities)


def _outside(start: int, end: int, items: list[Any]) -> list[tuple[int, int]]:
    """The stretches of [start, end) outside the given mentions."""
    spans, at = [], start
    for x in items:
        spans.append((at, x.start))
        at = x.end
    return [*spans, (at, end)]


def is_outlet(view: View, e: Any) -> bool:
    """中央社記者…電, 湖北日报讯, 据彭博社（Bloomberg）报道, 新华财经上海11月26日电: an org
    that writes a dateline or a report (cue kinds `media`, `wire`) is the outlet, not a holder."""
    if e.type != "org":
        return False
    at = e.end
    if (alias := BRACKET.match(view.text, at)) is not None:
        at = alias.end()  # 彭博社(Bloomberg)报道: a bracketed alias
    elif view.text.startswith(")", at):
        at += 1  # the alias itself: (Bloomberg)报道
    found = cue_pattern("media").match(view.text, at)
    if found is not None:
        return not view.text.startswith("会", found.end())  # 记者会: a press conference
    place = view.inside(view.entities, (at, at + _PLACE_REACH))
    if place and place[0].start == at and place[0].type == "location":
        at = place[0].end
    dates = view.starting(view.dates, at)
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


def _own_revenue(e: Any, d: Draft) -> bool:
    """大考中心去年报名费收入约1亿2,600万元: a body's own revenue (a metric ending in a word of cue
    kind `own_account`: 收入), named in the figure's run, is its own account."""
    return e.start >= d.run and (d.metric or "").endswith(tuple(cue_words("own_account")))


def _alias_of(view: View, e: Any) -> bool:
    """台电(TPC)近三年…, 德国大众汽车集团(Volkswagen)…: an alias in brackets right after a name
    is not the holder; the name written out is (as for a speaker, attribution.py)."""
    if e.start < 2 or view.text[e.start - 1] != "(" or not view.text.startswith(")", e.end):
        return False
    return view.ending_at(e.start - 1) is not None


def _trades_with(view: View, e: Any) -> bool:
    """越南对欧盟出口额约为410亿欧元: a market after 对 (cue kind `destination`) right after
    another place or firm is that one's partner; the one before 对 holds the figure."""
    if e.start < 2 or view.text[e.start - 1] not in cue_words("destination"):
        return False
    before = view.ending_at(e.start - 1)
    return before is not None and before.type in ("location", "org")


def _trades_to(view: View, e: Any) -> bool:
    """越南对欧盟出口额…: a place right before 对, its partner and the metric word is the trading
    one; not when a noun names what is traded (巴西对华大豆出口: the phrase is the holder)."""
    if e.end >= len(view.text) or view.text[e.end] not in cue_words("destination"):
        return False
    return any(x.start == e.end + 1 and x.type in ("location", "org")
               and view.metric_words.match(x.end, len(view.text)) is not None for x in view.entities)


def _opens(view: View, e: Any, d: Draft) -> bool:
    """清水河全长27公里, 东区海底隧道(东隧)维持40元: a place that opens the figure's run, with no
    metric word after it (日本市场营收: the phrase holds it), is the run's topic; not one before
    an ordinal (越南第二座工厂…: it names which plant, the plant's firm holds the figure). A place
    that opens the sentence, with no metric word in its clauses before the figure's, is the
    sentence's topic (南科则受惠于3奈米扩产，营业额年增约15%)."""
    if e.start == d.sentence[0] < d.run:
        return not view.text.startswith("第", e.end) and view.metric_words.search(e.end, d.run) is None \
            and not _before_noun(view, e.end, d.run)
    return e.start == d.run and not view.text.startswith("第", e.end) and view.metric_words.search(
        e.end, d.quantity.start) is None and place_phrase(view, d) is None


def _before_noun(view: View, start: int, end: int) -> bool:
    """杭州国际家居博览会昨日开幕: the place modifies the noun after it (the segmenter's tag), so
    it is no topic of its own."""
    words = segmenter().tag(view.text[start : min(end, start + _PLACE_REACH)]) if start < end else []
    return bool(words) and words[0][1].startswith(("n", "j")) and words[0][1] != "nr"


def _past_qualifiers(view: View, offset: int, d: Draft) -> int:
    """Past what may stand between a place and its metric word: its bracketed alias, 的, a
    date and qualifying words (红磡海底隧道(红隧)的日均车流, 将蓝隧道(…)10月日均车流)."""
    while True:
        alias = BRACKET.match(view.text, offset)
        modifier = cue_pattern("modifier").match(view.text, offset)
        moved = alias.end() if alias else modifier.end() if modifier else _past_date(view, offset, d)
        if moved == offset and view.text.startswith("的", offset):
            moved = offset + 1
        if moved == offset:
            return offset
        offset = moved


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
    """在今年一季度的DeepSeek一体机市场: inside a 在-phrase of the entity's run; not when the
    phrase is a place and a verb follows it before a product (在广州展出小米YU7: the phrase ended
    at 广州)."""
    run = view.run_start(d.sentence, e.start)
    at = view.text.rfind("在", max(run, e.start - _PLACE_REACH), e.start)
    if at < 0:
        return False
    if e.type != "product":
        return True
    place = view.inside(view.entities, (at + 1, e.start))
    return not (place and place[0].start == at + 1 and place[0].type == "location"
                and not view.text.startswith("的", place[0].end) and place[0].end < e.start)
