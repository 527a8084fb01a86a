"""The period a figure belongs to (docs/format.md, claim time).

The nearest date mention before the figure in its sentence, skipping a comparison base
(比2019年同期, 较上年同期 once a change verb follows) and the start of "from X to Y" for
Y; else the period carried from the previous sentences of the paragraph. Dates inside a
hypothetical (若…于9月减息) date nothing else.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import regex

from extract.claims.change import is_base_level
from extract.claims.clauses import Draft, View
from extract.claims.vocab import cue_pattern, cue_tuple, cue_words, has_cue, last_cue

# On `re` (a third of `regex`'s cost per call on these short strings): `[^\S\x1c-\x1f]` is
# `regex`'s \s, which lacks the separators \x1c-\x1f that `re`'s has (tests/test_claims_re.py)
_PUNCTUATION = re.compile(r"[，,：:、]|[^\S\x1c-\x1f]")
_GLOSS_LEAD = 3  # characters between a bracket and its date (截至, 即)
_DATE_LEAD = 2  # 截至 / 到 before a date that is a run of its own
_LOOKBACK = 3  # characters before a date in which 比 / 较 / 从 / 由 mark it
_REPORT_GAP = 1  # characters between a date and the publish verb it dates (10月29日晚发布)
_ACT_REACH = 8  # characters after a date in which an act it dates is named (今日批准, 12月4日向公所申请)
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]|[^\S\x1c-\x1f]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a date of one day (a trading day), not a period


def date_role(view: View, date: Any) -> str | None:
    """`compare` for a comparison base, `from` for the start of a from-to, `report` for
    the day a report came out (统计处今日公布, 11月12日发布数据显示), else None.
    Asked for each figure after the date and for the period carried: kept per date."""
    roles = view.memo.setdefault("date_role", {})
    if date.start not in roles:
        roles[date.start] = _date_role(view, date)
    return roles[date.start]  # type: ignore[no-any-return]


def _date_role(view: View, date: Any) -> str | None:
    near = view.inside(view.entities, (max(0, date.start - _LOOKBACK - 20), date.start))
    start = max([date.start - _LOOKBACK, 0, *[e.end for e in near if date.start - _LOOKBACK < e.end]])
    before = _PUNCTUATION.split(view.text[start : date.start])[-1]  # not 比亚迪
    role = last_cue(before, "compare", "from")
    if role == "from" and view.text[date.start : date.end].endswith(cue_tuple("effective")):
        role = None  # 由下月1日起，…增设8条: "from … on", the date a change applies, no from-to base
    if role is None and view.text.startswith(tuple(cue_words("compare_after")), date.end):
        role = "compare"  # 与去年同期相比: the base named before its comparison word
    if role is None and _dates_report(view, date):
        return "report"
    if role is None and _dates_act(view, date):
        return "act"
    return role


def _dates_act(view: View, date: Any) -> bool:
    """行政会议今日批准…, 国发会今(30)日召开委员会议, 学测周五登场: a date whose own clause names an
    act (cue kind `act`: 批准 召开 通车 登场…) is the day of that act, not the period of the
    figures after it; it dates none of them and is not carried."""
    after = _CLAUSE_END.split(view.text[date.end : date.end + _ACT_REACH], maxsplit=1)[0]
    return has_cue(after, "act") or _launches(view, date.end, after)


def _launches(view: View, start: int, after: str) -> bool:
    """小米9月25日在北京发布小米17 Pro: a publish verb right before a product launches it; the
    date is the launch day, not a period of the product's prices and specs."""
    for verb in cue_pattern("publish").finditer(after):
        at = start + verb.end()
        if any(e.type == "product" and e.start == at for e in view.entities):
            return True
    return False


def _dates_report(view: View, date: Any) -> bool:
    """A date right before 公布 / 发布 / 宣布 is the day of the report, not the period of its
    figures: 今日公布…失业率为3.7% is the rate of 8月至10月, not of today."""
    after = view.text[date.end : date.end + _REPORT_GAP + 2]
    wire = next((w for w in cue_tuple("wire") if after.startswith(w)), None)
    if wire is not None and _DAY.match(str(date.value or "")):
        follows = view.text[date.end + len(wire) : date.end + len(wire) + 1]
        if not regex.match(r"\p{Han}", follows):
            return True  # 本报深圳11月27日电（记者…）: the day the dispatch was filed (not 今年电影…)
    return any(after[gap:].startswith(cue_tuple("publish")) for gap in range(_REPORT_GAP + 1))


def time_of(view: View, d: Draft, dates: list[Any]) -> Any:
    """The governing date written before the figure in its sentence, or None."""
    for date in [x for x in dates if x.end <= d.quantity.start][::-1]:
        if _gloss(view, date, dates):
            continue
        role = date_role(view, date)
        between = view.text[date.end : d.quantity.start]
        if role == "compare" and (has_cue(between, "up", "down") or _figure_between(view, d, date)):
            continue  # 较去年同期亏损2.45亿元转盈，每股纯益1.86元: the base dates its own level only
        if role == "from" and not d.from_base or role in ("report", "act"):
            continue
        if _cumulative_run(view, d, date):
            continue  # 恒指今年以来累计升约22%，预测市盈率约为10.8倍: the span of the cumulative move only
        if _event_since(view, date) and view.run_start(d.sentence, date.start) != d.run:
            continue  # 上周四起连续3天带来豪雨，…损失12亿元: the start of an event that lasted
        return date
    return None


def name_times(view: View, drafts: list[Draft], dates: list[Any], carried: Any) -> Any:
    """Fill `time` on one sentence's drafts; returns the period to carry on."""
    for d in drafts:
        if d.change_of is not None:
            d.time = d.change_of.time
            continue
        written = time_of(view, d, dates)
        # a count or a project's total takes only a period written in its run (截至9月底…418间分店)
        if _timeless(view, d) or _project_total(view, d):
            d.time = written if written is not None and _same_run(view, d, written) else None
            continue
        timeless = _own_length(view, d) or _latest(view, d) or _quoted(view, d)
        d.time = written or (None if timeless else carried)
        if d.time is not None and (_old_level(view, d, d.time) or d.metric in cue_words("no_period")):
            d.time = None
    used = [d.time for d in drafts if d.time is not None and not d.from_base and not is_base_level(d)
            and date_role(view, d.time) != "compare" and not _event_since(view, d.time)]
    if used:
        return used[-1]
    for x in dates[::-1]:  # the last plain date of the sentence carries on
        if x.value is not None and date_role(view, x) is None and not _event_since(view, x):
            return x
    return carried


def _cumulative_run(view: View, d: Draft, date: Any) -> bool:
    """A date in another comma-run that holds a cumulative move of its own (恒指今年以来累计升约22%)
    spans that move only."""
    start = view.run_start(d.sentence, date.start)
    if start == d.run:
        return False
    end = view.run_end(d.sentence, date.end)
    found = cue_pattern("cumulative").search(view.text, start, end)
    at = found.start() if found is not None else -1
    # 累计今年前10月，零售业营业额…: a year-to-date opening is the period of the runs after it
    return at > start and any(start <= f.start and f.end <= end for f in d.figures)


def _event_since(view: View, date: Any) -> bool:
    """上周四起连续3天带来豪雨: a date from which something runs (cue kind `effective`) with a
    duration in its own clause starts an event that lasted; it dates the event, not the figures
    of the clauses after it (全台农业损失估计…), and is not carried. A date from which a fee
    applies (明年4月起…由30元上调至40元) has no duration and still dates its figures."""
    if not view.text[date.start : date.end].endswith(tuple(cue_words("effective"))):
        return False
    end = _CLAUSE_END.search(view.text, date.end)
    stop = end.start() if end else len(view.text)
    return any(date.end <= x.start and x.end <= stop for x in view.durations)


def session_day(view: View, drafts: list[Draft]) -> None:
    """台股今(27)日…收在2万7,436点, then 三大法人合计买超186.4亿元 and 个股方面，…收在1,085元: a
    market figure (cue kind `market`: 股价 指数 成交额 买超金额 汇率 …) with no period is of the
    trading day, the last day that dated a market figure before it in the article, across
    paragraphs (a market wrap's later paragraphs name no date)."""
    session = view.memo.setdefault("session", {})  # the trading day, under key "day"
    for d in drafts:
        if d.metric not in cue_words("market"):
            continue
        session = view.memo.setdefault("session", {})  # memo values are dicts (compiled: typed)
        if d.time is None:
            d.time = session.get("day")
        elif _DAY.match(str(d.time.value or "")):
            session["day"] = d.time


def _old_level(view: View, d: Draft, date: Any) -> bool:
    """明年4月起将收费由30元上调至40元: the level before the change (X of 由X至Y) is the old
    one, and a date from which the change applies (cue kind `effective`: …起) dates only the
    new level."""
    return d.from_base and view.text[date.start : date.end].endswith(cue_tuple("effective"))


def _gloss(view: View, date: Any, dates: list[Any]) -> bool:
    """2025/26财政年度(截至2026年9月30日止), 首七个月(即4月至10月): a bracket that glosses the
    date before it; the period is the date glossed."""
    opening = view.text.rfind("(", max(0, date.start - _GLOSS_LEAD), date.start)
    return opening >= 0 and any(x.end == opening for x in [*dates, *view.durations])


def results_period(view: View, sentence: tuple[int, int]) -> Any:
    """港丰银行昨日公布截至2025年6月30日止六个月的中期业绩, 港湾乐园今日公布2025/26财政年度（截至…止）
    业绩: the period of the results a firm publishes (a publish verb, then a date, then a results
    word, cue kind `results`) is the period of the article's later paragraphs that name none."""
    text = view.text
    verb = cue_pattern("publish").search(text, *sentence)
    if verb is None:
        return None
    word = cue_pattern("results").search(text, verb.end(), sentence[1])
    if word is None:
        return None
    dates = [x for x in view.inside(view.dates, sentence) if verb.end() <= x.start and x.end <= word.start()]
    return dates[0] if dates else None


def _quoted(view: View, d: Draft) -> bool:
    """「一个菠萝包卖9蚊…」: a figure inside a quotation is the speaker's, of no period carried."""
    before = view.text[d.sentence[0] : d.quantity.start]
    return before.count("「") > before.count("」") or before.count("“") > before.count("”")


def _latest(view: View, d: Draft) -> bool:
    """中原城市领先指数最新报142.6点, 《联合报》最新民调显示…占52%: the latest reading (cue kind
    `latest`) is of its own day, not of a period carried from the sentences before."""
    return has_cue(view.text[d.sentence[0] : d.quantity.start], "latest")


def _own_length(view: View, d: Draft) -> bool:
    """累计… and 近30天日均订单量…: a cumulative figure, or one whose run gives its period only as a
    duration (八成订单可在30分钟内送达), takes no carried period."""
    run = d.run
    spans = view.inside(view.durations, (run, d.run_end))
    # 北环线每日可载客约28万人次: a figure per day or per year (cue kind `frequency`) is of no carried period
    frequent = has_cue(view.text[run : d.quantity.start], "frequency")
    return has_cue(d.window, "cumulative") or bool(spans) or frequent


def _figure_between(view: View, d: Draft, date: Any) -> bool:
    figures = d.figures
    return any(date.end <= f.start and f.end <= d.quantity.start for f in figures)


def _same_run(view: View, d: Draft, date: Any) -> bool:
    run = d.run
    if view.run_start(d.sentence, date.start) == run:
        return True
    # 今年首十个月，机场累计客运量…: a run that is only the date, right before the figure's run
    before = view.run_start(d.sentence, date.start)
    only = date.start - before <= _DATE_LEAD and view.run_end(d.sentence, date.start) == date.end
    return only and date.end + 1 == run


def _moves_to(view: View, d: Draft) -> bool:
    run = view.text[d.run : d.run_end]
    return has_cue(run, "to")


def _project_total(view: View, d: Draft) -> bool:
    """预计2034年通车，造价约620亿元, 全长约2.7公里: a project's total cost or size (cue kind
    `project_total` right before the figure, or before a linking word) is its spec, of no period."""
    window = d.window
    return has_cue(window, "project_total") and _project_lead().search(window) is not None


@cache
def _project_lead() -> Any:
    words, links = cue_pattern("project_total").pattern, cue_pattern("linking").pattern
    return regex.compile(f"(?:{words})(?:{links})?\\s*$")


def _timeless(view: View, d: Draft) -> bool:
    """Counts to date and specs (48间分行, 8张算力卡) have no carried period; a count that
    moves to a new level in its run (失业人数减少约4,100人至14万6,800人) is the report's figure
    for its period (a rise since a year-end, 较去年底增加4,150户, stays a count to date); a count
    in a flow unit (cue kind `unit_metric`: 人次) is a period's figure too."""
    if view.text[d.quantity.start : d.quantity.end].endswith(cue_tuple("unit_metric")):
        return False  # 其中日本旅客约16万人次: visits are a flow over the period, never a count to date
    if d.metric and d.metric.removesuffix("数量") in cue_words("flow"):
        return False  # 失业人数约38万9,000人: a period's count in a statistical release
    return d.metric_kind == "count" and not (d.direction and _moves_to(view, d))
