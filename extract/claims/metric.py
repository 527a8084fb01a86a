"""What a figure measures: the nearest metric word, mapped to its canonical name.

The head noun is looked for before the figure in its comma-run (营业收入11.11亿元), then
right after it (1.2万美元的售价, 8张算力卡), then carried from the previous figure of the
sentence (上年同期为108.9亿元). The kind of the word decides the final name: a percent
with a change verb on a level metric is its growth rate (<metric>增速), a bare percent
of a level metric is a share (<metric>占比), a counted noun is <noun>数量.
"""

from __future__ import annotations

from typing import Any

from extract.claims.clauses import Draft, View
from extract.claims.nouns import base_at, compound, counted_noun, noun_before_count, strip_links
from extract.claims.vocab import Metric, cue_pattern, cue_words, has_cue, metrics

_SHARE_PRICE = Metric("股价", "level")
_LENGTH = Metric("长度", "level")
_PRICE_MAX = 10_000  # a share price moved by a percent is under this (in its currency's units)
_AFTER = 6  # how far after a figure its head noun may start (的 and a modifier)
_QUALIFIED_WORD = 3  # characters of a metric word before the qualifier it shares with the figure (出 of 出超)


def find_metric(view: View, d: Draft) -> Metric | None:
    """The metric word nearest the figure, before it in its run, else just after it."""
    start = d.run
    stop = d.quantity.start
    if d.from_base:  # 份额已经从2022年出口管制期间的95%: the metric comes before 从
        # the window starts at the figure before, which may stand after the run's start
        at = base_at(view, d)
        stop = (d.quantity.start - len(d.window) + at if at >= 0 else start) if start < stop else stop
        stop = max(start, min(stop, d.quantity.start))
    names = d.entities
    end = min(d.run_end, d.quantity.end + _AFTER)
    counted = view.metric_words.match(d.quantity.end, end) if d.quantity.type == "quantity" else None
    if counted is not None and metrics()[counted.group()].kind == "count":
        return metrics()[counted.group()]  # 住宅项目提供约2,300个单位: the noun after its count is counted
    through = _through_qualifier(view, d, start)
    if through is not None:
        return through
    before = [m for m in view.metric_words.finditer(start, stop)
              if _fits(d, m.group()) and not _in_name(m, names)]
    if before:
        return metrics()[_latest(view, before[-1], stop, names).group()]
    after = view.metric_words.search(d.quantity.end, end)
    between = view.text[d.quantity.end : after.start()].lstrip("的") if after else ""
    if after and _fits(d, after.group()) and "的" not in between and _after_fits(d, after.group(), between):
        return metrics()[after.group()]
    return None


def _through_qualifier(view: View, d: Draft, start: int) -> Metric | None:
    """出超139.4亿美元 read by the mention stage as 出 + 超139.4亿美元 (超 as the qualifier "over"):
    a metric word that ends on the figure's one-character qualifier names the figure (出超, 入超),
    unless a metric word ends right before the qualifier (收入超30亿元, 投入超30亿元)."""
    q = d.quantity
    if getattr(q, "qualifier", None) is None or q.text[:1].isdigit() or not q.text[1:2].isdigit():
        return None  # 超过30亿元: a qualifier word, not the tail of a metric word
    for at in range(max(start, q.start - _QUALIFIED_WORD), q.start):
        before = view.metric_words.match(at, q.start)
        if before is not None and before.end() == q.start:
            return None  # 研发投入超30亿元: the word before the qualifier (投入) names the figure, not 入超
        word = view.metric_words.match(at, q.start + 1)
        if word is not None and word.end() == q.start + 1 and _fits(d, word.group()):
            return metrics()[word.group()]
    return None


def _latest(view: View, last: Any, stop: int, names: list[Any]) -> Any:
    """行业从业人员超过450万人: of two metric words that overlap, the one ending nearer the
    figure names it (the left-to-right search keeps 行业 and skips 从业人员)."""
    for at in range(last.start() + 1, last.end()):
        later = view.metric_words.match(at, stop)
        if later is not None and later.end() > last.end() and not _in_name(later, names):
            last = later
    return last


def _after_fits(d: Draft, word: str, between: str) -> bool:
    """A count takes a word after it when that word counts (8张算力卡) or follows it at once
    (32万辆交付目标, 300万吨的产量): in 入场580万人次 亏损收窄 and 首批138伙折实平均呎价 the
    word after names a figure of its own."""
    return d.quantity.type != "quantity" or metrics()[word].kind == "count" or not between


def _unit_metric(d: Draft) -> Metric | None:
    """入场580万人次: with no metric word around it, a count whose unit is itself a metric word
    (人次) is measured in that word."""
    unit = d.quantity.unit if d.quantity.type == "quantity" else None
    if unit is None:
        return None
    named = metrics().get(unit)
    if named is not None and named.kind == "unit":  # 3046万标准箱 → 集装箱吞吐量, 逾万伙 → 单位数量
        return Metric(named.name, "level")
    return Metric(unit, "level") if unit in cue_words("unit_metric") else None


def _closing_price(view: View, d: Draft) -> Metric | None:
    """宁德时代A股收报318.5元, 隆平高科收涨4.3%: an amount or a change right after a closing
    verb (收报, 收在, 收 + change verb) is a share price; an index closes in points, which
    its unit names."""
    if d.quantity.type not in ("money", "percent"):
        return None
    start = d.run
    text = view.text[start : d.quantity.start]
    change = cue_pattern("up", "down").search(text, max(0, len(text) - 2))
    moved = change is not None and change.end() == len(text)
    if change is not None and moved:
        text = text[: change.start()]
    # a one-character close word (收) closes only with a change verb after it: 增收, 创收
    # and 回收 before an amount are no closing prices
    closes = tuple(w for w in cue_words("close") if moved or len(w) > 1)
    return _SHARE_PRICE if text.endswith(closes) else None


def _moved_price(view: View, d: Draft) -> Metric | None:
    """远扬海运则下跌3.4%至58.3元, 伟丰地产则跌2.1%至15.66元: with no metric word in its run, a
    small amount (under _PRICE_MAX, written without a scale word) reached by a percent move is a
    share price; an amount in 亿 (净利增长35%至4.2亿元) names its metric with a word."""
    change = d.change_draft
    q = d.quantity
    if q.type != "money" or change is None or change.quantity.end > q.start:
        return None
    if not isinstance(q.value, (int, float)) or q.value >= _PRICE_MAX:
        return None
    if view.text[change.quantity.end : q.start].strip() not in cue_words("to"):
        return None
    return _SHARE_PRICE


def _count_growth(view: View, d: Draft) -> Metric | None:
    """国道客运班次增两成, 旅客人次将较今年同期再增约8%: a change of a counted noun (written
    before it in its run, with no other metric word) is the growth rate of its count."""
    if d.quantity.type != "percent" or not d.direction or d.quantity.unit == "pp":
        return None
    words = view.metric_words.finditer(d.run, d.quantity.start)
    counted = [m for m in words if metrics()[m.group()].kind == "count"]
    if not counted or not has_cue(view.text[counted[-1].end() : d.quantity.start], "up", "down"):
        return None  # 受访的消费者约三成表示会增加: the change verb must stand between noun and figure
    return Metric(f"{metrics()[counted[-1].group()].name}数量增速", "rate")


def _in_name(m: Any, names: list[Any]) -> bool:
    """投资推广署, 国家发展委员会: a metric word inside an entity's name is part of the name."""
    return any(e.start <= m.start() and m.end() <= e.end for e in names)


def _fits(d: Draft, word: str) -> bool:
    """A counted noun names only a count (为商家节省数十亿元 is no 商家数量)."""
    return metrics()[word].kind != "count" or d.quantity.type == "quantity"


def _share_of(view: View, d: Draft, previous: Metric | None) -> Metric | None:
    """X占Y的比重: the share of the level metric before 占, or of the sentence's last level."""
    run = d.run
    text = view.text[run : d.quantity.start]
    if "占" not in text:
        return None
    lead = [m.group() for m in view.metric_words.finditer(run, run + text.index("占"))]
    levels = [metrics()[w] for w in lead if metrics()[w].kind == "level"]
    if levels:
        return Metric(f"{levels[-1].name}占比", "rate")
    if not text[: text.index("占")].strip() and previous and previous.kind == "level":
        return Metric(f"{previous.name}占比", "rate")
    if previous and previous.name.endswith("占比"):  # …的比重从26.8%提高到27.5%: the same share
        return previous
    return None


def name_metrics(view: View, drafts: list[Draft], carried: Metric | None = None) -> Metric | None:
    """Fill `metric` on every draft of one sentence; returns the metric to carry on. A sentence
    that names none takes the paragraph's last one (其中，电子行业增长11.6%); a percent with no
    metric word of its own after a percent takes that one's name (按年上升3.1%，较第二季的2.7%)."""
    previous: Metric | None = None
    previous_type = ""
    last: Draft | None = None
    for d in drafts:
        if d.change_of is not None:
            d.metric, d.metric_kind = d.change_of.metric, d.change_of.metric_kind
            continue
        own = find_metric(view, d) or _closing_price(view, d) or _moved_price(view, d) \
            or compound(view, d) or _length(d)
        if own is not None and own.kind == "growth":
            own = _growth_of(_base_metric(view, d) or previous or carried)
        elif own is None and last is not None and last.metric and _same_series(last, d):
            d.metric, d.metric_kind = last.metric, last.metric_kind
            last = d
            continue
        lent = previous if previous is not None and _lends(previous, previous_type, d) else None
        # a count's own noun after it (约120宗日间手术) comes before a metric lent by the figure before
        found = own or (lent and counted_noun(view, d)) or lent
        # a count's own noun (开设了28个专科门诊) comes before an amount word earlier in its sentence
        base = _rated(d, _base_metric(view, d))
        if base is not None and base == previous and lent is None:
            base = None  # the word refused as the figure before's is not lent by the sentence either
        found = found or counted_noun(view, d) or base or noun_before_count(view, d)
        if found is not None and found.name == "占比":
            found = _share_of(view, d, previous) or found
        if found is None and carried is not None and _fits_name(d, carried):
            found = carried
        found = found or _unit_metric(d) or _count_growth(view, d)
        if found is None:
            if _bare_share(d):  # 全县今年有近六成国小…: a bare percent that nothing names is a share
                d.metric, d.metric_kind = "占比", "rate"
            continue
        previous, last, previous_type = found, d, d.quantity.type
        name = _final_name(d, found)
        d.metric, d.metric_kind = metrics()[name].name if name in metrics() else name, found.kind
    if previous is not None and previous.kind == "count":
        return _base_metric(view, drafts[-1], drafts[-1].sentence[1]) or carried
    return previous or carried


def _lends(previous: Metric, previous_type: str, d: Draft) -> bool:
    """Whether the previous figure's metric names this one: a count's noun names no amount
    (为商家节省数十亿元); a rate names only percents (合计占比约43%，…各增加10亿元以上); an
    amount's metric names no count (总投资约4500万元，每年可生产剑杆织机1200台)."""
    q = d.quantity.type
    if previous.kind == "count" and q == "money":
        return False
    if previous.kind == "rate" and q != "percent" and not _multiple(d):
        return False  # 预测市盈率约为10.8倍，…平均的11.5倍: a multiple keeps the rate
    return not (previous.kind == "level" and previous_type == "money" and q == "quantity")


def _rated(d: Draft, m: Metric | None) -> Metric | None:
    """A rate found earlier in the sentence names only a percent (平均入住率为81%…平均房租约1,650元)."""
    refused = m is not None and m.kind == "rate" and d.quantity.type != "percent" and not _multiple(d)
    return None if refused else m


def _multiple(d: Draft) -> bool:
    return d.quantity.type == "quantity" and d.quantity.unit == "倍"


def _bare_share(d: Draft) -> bool:
    return d.quantity.type == "percent" and d.quantity.unit != "pp" and not d.direction


def _length(d: Draft) -> Metric | None:
    """清水河全长27公里, 延伸段长约4.9公里: a length right after 长 (全长, 总长) is the thing's length."""
    if d.quantity.type != "quantity" or d.quantity.unit not in cue_words("length_unit"):
        return None
    text = strip_links(d.window, cue_pattern("linking", "adverb")).rstrip("约")
    return _LENGTH if text.endswith("长") else None


def _same_series(last: Draft, d: Draft) -> bool:
    return last.quantity.type == "percent" and d.quantity.type == "percent" and last.metric_kind != "count"


def _base_metric(view: View, d: Draft, end: int | None = None) -> Metric | None:
    """The nearest amount or rate word before the figure in its sentence (growth words and
    counted nouns name no series of their own)."""
    words = view.metric_words.finditer(d.sentence[0], end or d.quantity.start)
    kinds = ("level", "rate", "count") if end is None and d.quantity.type == "quantity" else ("level", "rate")
    found = [metrics()[m.group()] for m in words if metrics()[m.group()].kind in kinds]
    return found[-1] if found else None


def _growth_of(base: Metric | None) -> Metric | None:
    """涨幅 / 增幅 / 年增率: the growth rate of the series named before it."""
    if base is None or base.kind == "count":
        return None
    if base.kind == "rate" or base.name.endswith("增速"):
        return base
    return Metric(base.growth or f"{base.name}增速", "rate")


def _fits_name(d: Draft, m: Metric) -> bool:
    """A carried metric names amounts and rates only: a bare count (湖北、湖南、江西三省) stays
    without one, so that it only classifies; a count that took a change (年增2.1%，达3,057栋)
    is the carried series' level."""
    if d.quantity.type == "quantity":
        return m.kind == "level" and d.change is not None and not _unit_metric(d)
    return m.kind != "count"


def _final_name(d: Draft, found: Metric) -> str:
    q = d.quantity
    if found.kind == "count":
        return f"{found.name}占比" if q.type == "percent" else f"{found.name}数量"
    if q.type == "quantity" and found.kind == "level":
        return _volume(found.name)
    if q.type != "percent" or q.unit == "pp" or found.kind != "level":
        return found.name
    if d.direction:
        return found.growth or f"{found.name}增速"
    return f"{found.name}占比"


def _volume(name: str) -> str:
    """An amount metric on a count is its volume: 出口额 of 6,830辆 is 出口量, 回购金额 of
    4,000张 is 回购数量."""
    if name.endswith("金额"):
        return f"{name[:-2]}数量"
    return f"{name[:-1]}量" if name.endswith("额") else name
