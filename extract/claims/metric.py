"""What a figure measures: the nearest metric word, mapped to its canonical name.

The head noun is looked for before the figure in its comma-run (营业收入11.11亿元), then
right after it (1.2万美元的售价, 8张算力卡), then carried from the previous figure of the
sentence (上年同期为108.9亿元). The kind of the word decides the final name: a percent
with a change verb on a level metric is its growth rate (<metric>增速), a bare percent
of a level metric is a share (<metric>占比), a counted noun is <noun>数量.
"""

from __future__ import annotations

from typing import Any

import regex

from extract.claims.clauses import Draft, View
from extract.claims.vocab import METRIC_NOT_BEFORE, Metric, cue_pattern, cue_words, has_cue, metrics
from extract.text.segment import segmenter
from extract.text.sentences import END_MARKS

_SHARE_PRICE = Metric("股价", "level")
_LENGTH = Metric("长度", "level")
_AFTER = 6  # how far after a figure its head noun may start (的 and a modifier)
_NOUN = regex.compile(r"\p{Han}{2,8}")  # a counted noun written right after its count (5,800份投标)
_NOUN_LONGEST = 5
_NOUN_TAGS = ("n", "nz")  # the segmenter's common-noun tags (not names of people or places)
_HEAD_TAGS = ("n", "nz", "l")  # a noun, or a set phrase (合作社), written before its count
_HEAD_LONGEST = 4
_TWO_WORDS = 3  # the fewest characters of a noun and a verb (学生报名), or a verb and its object
_NOUN_STOPS = ("up", "down", "verb", "speech", "publish", "yoy", "qoq", "to", "from", "compare", "stop")
_COMPOUND = regex.compile(r"\p{Han}{2,10}$")  # the Han words right before a figure (or its verb)
_LINK_CUES = ("linking", "up", "down", "yoy", "qoq", "adverb", "to")  # between a measured noun and its figure


def find_metric(view: View, d: Draft) -> Metric | None:
    """The metric word nearest the figure, before it in its run, else just after it."""
    start = d.run
    stop = d.quantity.start
    if d.from_base:  # 份额已经从2022年出口管制期间的95%: the metric comes before 从
        # the window starts at the figure before, which may stand after the run's start
        at = _base_at(view, d)
        stop = (d.quantity.start - len(d.window) + at if at >= 0 else start) if start < stop else stop
        stop = max(start, min(stop, d.quantity.start))
    names = d.entities
    end = min(d.run_end, d.quantity.end + _AFTER)
    counted = view.metric_words.match(d.quantity.end, end) if d.quantity.type == "quantity" else None
    if counted is not None and metrics()[counted.group()].kind == "count":
        return metrics()[counted.group()]  # 住宅项目提供约2,300个单位: the noun after its count is counted
    before = [m for m in view.metric_words.finditer(start, stop)
              if _fits(d, m.group()) and not _in_name(m, names)]
    if before:
        return metrics()[_latest(view, before[-1], stop, names).group()]
    after = view.metric_words.search(d.quantity.end, end)
    between = view.text[d.quantity.end : after.start()].lstrip("的") if after else ""
    if after and _fits(d, after.group()) and "的" not in between and _after_fits(d, after.group(), between):
        return metrics()[after.group()]
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


def _counted_noun(view: View, d: Draft) -> Metric | None:
    """A count whose noun is in no vocabulary names it right after its measure word: 逾5,800份投标，
    约1万3,500宗个案被加征 → 投标 / 个案 (`<noun>数量`). The noun must end the run (its full stop
    aside), stop at a `stop` cue (被 在 受惠), or be a noun its verb follows (60名学生报名); any
    other cue, 的, or a figure after it means the words are a predicate or a modifier
    (5,200万片扩增至…, 23间表现欠佳的分店, 35万人次多约14%)."""
    if d.quantity.type != "quantity":
        return None
    end = d.run_end
    while end > d.quantity.end and view.text[end - 1] in END_MARKS:
        end -= 1  # the last run of a sentence holds its full stop: 培训约150名护士。
    stretch = _NOUN.match(view.text, d.quantity.end, end)
    if stretch is None:
        return None
    # 65岁以上长者占…: a bound before the noun makes the figure a size class of it, no count
    named = "" if d.quantity.text.endswith(METRIC_NOT_BEFORE) else _noun_before_verb(stretch.group())
    cut = None if named else cue_pattern(*_NOUN_STOPS).search(stretch.group())
    if named:
        word = named
    elif cut is not None:
        word = stretch.group()[: cut.start()] if cut.group() in cue_words("stop") else ""
    else:
        word = _whole_noun(stretch.group()) if stretch.end() == end else ""
    return Metric(word, "count") if 2 <= len(word) <= _NOUN_LONGEST else None


def _noun_before_count(view: View, d: Draft) -> Metric | None:
    """现有队员46人, 保险对象约2,390万人, 首发新车共有86款: with no noun after it, a count
    (of a measure word that does not only classify) counts the noun written right before it,
    past its linking words; the segmenter's tags tell a noun from a verb or a place word."""
    if d.quantity.type != "quantity" or d.quantity.unit not in cue_words("count_unit"):
        return None
    text = _strip_links(_before_base(view, d), cue_pattern("linking"))
    tail = _COMPOUND.search(text)
    if tail is None:
        return None
    tags = segmenter().tag(tail.group())
    word = ""
    for piece, tag in tags[::-1]:
        if tag not in _HEAD_TAGS or len(word) + len(piece) > _HEAD_LONGEST:
            break
        word = piece + word
    if len(word) < 2 or len(tags[-1][0]) < 2 or tags[-1][0] in cue_words("scope"):
        return None  # 全台累计19万8,420栋: a whole territory holds the count, it is not counted
    return Metric(f"{word}数量", "level")  # the noun is no holder: counted_holder reads counts only


def _before_base(view: View, d: Draft) -> str:
    """The text before the figure; for X of "from X to Y" the text before 从 / 由 and the
    adverbs before it (县外转诊率从去年的18%, 救护车也从2020年的3辆): the noun stands there."""
    at = _base_at(view, d) if d.from_base else -1
    return d.window if at < 0 else _strip_links(d.window[:at], cue_pattern("adverb"))


def _base_at(view: View, d: Draft) -> int:
    """Where in the figure's window the last 从 / 由 opening its base stands, or -1; one inside
    a metric word (从业人员) opens none."""
    offset = d.quantity.start - len(d.window)
    for at in range(len(d.window) - 1, -1, -1):
        if d.window[at] in "从由" and not any(
            m.start() <= offset + at < m.end() for m in view.metric_words.finditer(offset, d.quantity.start)
        ):
            return at
    return -1


def _strip_links(text: str, links: Any) -> str:
    """The text before a figure without the linking words that end it (共有, 达, 约为)."""
    while text:
        found = [m for m in links.finditer(text) if m.end() == len(text)]
        if not found:
            break
        text = text[: found[-1].start()]
    return text


def _whole_noun(words: str) -> str:
    """The words that end the run after a count (约150名护士。, 2万3,000只家禽死亡，) name it,
    unless they are a verb and its object (1,500公吨平抑菜价: what the figure is for)."""
    if len(words) < _TWO_WORDS:
        return words
    tags = segmenter().tag(words)
    verb_object = len(tags) > 1 and tags[0][1].startswith("v") and tags[-1][1] in _NOUN_TAGS
    return "" if verb_object else words


def _noun_before_verb(words: str) -> str:
    """60名学生报名, 118户村民以土地入股, 32个摊位进驻: a noun right after the count, then its
    verb (or a preposition), is what is counted; the segmenter's tags tell a noun (学生) from a
    verb or a modifier (23间表现欠佳的分店: no noun first, nothing named)."""
    if len(words) < _TWO_WORDS:  # a noun and its verb: three characters at least; the tagger only then
        return ""
    tags = segmenter().tag(words)
    if len(tags) < 2:
        return ""
    (word, tag), (_, after) = tags[0], tags[1]
    return word if tag in _NOUN_TAGS and (after.startswith("v") or after == "p") else ""


def _compound(view: View, d: Draft) -> Metric | None:
    """装车量为78.4GWh, 吞吐量同比下降4.1%, 国产化比率超过八成: with no vocabulary word in
    its run, the noun written right before the figure (or before its linking and change words)
    names it when it ends as a measured noun does (`metric_end`: 量 额 率 数 价 费 值 比例).
    The word's bounds are the segmenter's: its last word, or a one-character ending joined
    to the word before it (装车 + 量)."""
    text = _strip_links(_before_base(view, d), cue_pattern(*_LINK_CUES))
    # 批发价较台风前上涨约4成: the noun stands before the comparison base
    cuts = [m.start() for m in cue_pattern("compare").finditer(text)]
    for candidate in [text, *[text[:at] for at in cuts[::-1]]]:
        word = _measured_noun(candidate)
        if word is not None:
            return Metric(word, "rate" if word.endswith(tuple(cue_words("rate_end"))) else "level")
    return None


def _measured_noun(text: str) -> str | None:
    tail = _COMPOUND.search(text)
    if tail is None:
        return None
    words = segmenter().cut(tail.group())
    word = words[-1] if len(words[-1]) > 1 or len(words) == 1 else words[-2] + words[-1]
    if len(word) < 2 or not word.endswith(tuple(cue_words("metric_end"))):
        return None
    if word in cue_words("vague_measure"):
        return None
    if cue_pattern("speech", "publish", "anaphor").search(word):
        return None
    return word


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
        own = find_metric(view, d) or _closing_price(view, d) or _compound(view, d) or _length(d)
        if own is not None and own.kind == "growth":
            own = _growth_of(_base_metric(view, d) or previous or carried)
        elif own is None and last is not None and last.metric and _same_series(last, d):
            d.metric, d.metric_kind = last.metric, last.metric_kind
            last = d
            continue
        lent = previous if previous is not None and _lends(previous, previous_type, d) else None
        # a count's own noun after it (约120宗日间手术) comes before a metric lent by the figure before
        found = own or (lent and _counted_noun(view, d)) or lent
        # a count's own noun (开设了28个专科门诊) comes before an amount word earlier in its sentence
        base = _rated(d, _base_metric(view, d))
        if base is not None and base == previous and lent is None:
            base = None  # the word refused as the figure before's is not lent by the sentence either
        found = found or _counted_noun(view, d) or base or _noun_before_count(view, d)
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
    text = _strip_links(d.window, cue_pattern("linking", "adverb")).rstrip("约")
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
    without one, so that it only classifies."""
    return m.kind != "count" and d.quantity.type != "quantity"


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
