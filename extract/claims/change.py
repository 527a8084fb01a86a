"""Direction, basis, and which percent is the change of which level (docs/format.md,
"Level and change", "Direction", "Basis").

Cues are read from a figure's window: the text from the previous figure (or its
comma-run's start) up to it. A percent with a change verb becomes the `change` of the
level before it in the sentence (or of the level right after it, 增加5.8%至142.3亿元),
and then states no claim of its own.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from extract.claims.clauses import CONNECTORS as _CONNECTORS
from extract.claims.clauses import Draft, View
from extract.claims.vocab import cue_pattern, cue_tuple, cue_words, has_cue, last_cue, last_start, metrics

_SINCE_REACH = 12  # characters of a date between 由 and 起 (由明年10月1日起)
_LEVEL_TYPE = {"pp": "percent"}  # the type of the level a change in this unit moves


def read_cues(view: View, drafts: list[Draft]) -> None:
    """Direction and basis of each figure from its own window, or its neighbour's."""
    previous: Draft | None = None
    for d in drafts:
        d.from_base = _from_cue(d.window) and not _is_to_level(d.window)
        window = _rate_names_blanked(view, d)
        d.direction = None if d.from_base else _direction(window) or _compared(d.window, previous)
        if d.direction is None and previous and set(d.window) <= _CONNECTORS:
            d.direction = previous.direction  # 分别增长48%和35%
        if d.direction is None and previous is not None and previous.from_base:
            d.direction = _by_values(previous, d)  # 由5.0元调整至5.4元
        if d.direction is None and previous is not None and previous.direction \
                and has_cue(d.window, "neutral_change"):
            d.direction = previous.direction  # 由2万9,500元调升至3万450元，调幅3.22%: the move just stated
        value = d.quantity.value
        if isinstance(value, (int, float)) and value < 0:
            d.direction = "down"
        if has_cue(d.window, "peer"):
            d.peer, d.direction = d.direction is not None, None
        d.basis = basis_cue(d.window)
        if d.basis is None and previous and d.direction and set(d.window) <= _CONNECTORS:
            d.basis = previous.basis
        if d.direction is None and not d.from_base and not has_cue(d.window, "compare"):
            d.direction, d.basis = _trailing(view, d, drafts)
        elif d.direction is None and previous is not None and previous.direction is None:
            # 赤字648亿港元，较去年同期的1,021亿港元收窄: the base is a level, the verb the first one's
            previous.direction = _trailing(view, d, drafts)[0]
            previous.basis = basis_cue(d.window) if previous.direction else None
        elif d.basis is None and d.direction and d is drafts[-1]:
            d.basis = _trailing(view, d, drafts)[1]  # 由…18GWh增至37GWh，同比翻倍
        if d.direction is None:
            d.basis = None
        previous = d


def _trailing(view: View, d: Draft, drafts: list[Draft]) -> tuple[str | None, str | None]:
    """突破1,200万单，同比翻倍: a change verb in the figure-free runs after the last figure."""
    if d is not drafts[-1]:
        return None, d.basis
    tail = view.text[d.quantity.end : d.sentence[1]]
    direction = _direction(tail)
    if direction is not None and _names_other(view, d, tail):
        return None, d.basis  # 约六成预期明年订单将持平或增加: the verb is another series'
    return direction, (basis_cue(tail) if direction else None)


def _names_other(view: View, d: Draft, tail: str) -> bool:
    """A metric word before the trailing change verb names the series that moves."""
    verb = cue_pattern("up", "down").search(tail)
    at = d.quantity.end + (verb.start() if verb else len(tail))
    return view.metric_words.search(d.quantity.end, at) is not None


def basis_cue(text: str) -> str | None:
    """The last basis word of `text`, not one read inside a longer word (cue kind `not_basis`):
    较去年底 is a point in time, not 较去年; 较2018年同月减少 holds 月减 but is no qoq."""
    if has_cue(text, "not_basis"):
        text = cue_pattern("not_basis").sub(lambda m: " " * len(m.group()), text)
    return last_cue(text, "yoy", "qoq")


def _from_cue(window: str) -> bool:
    """由1.2万人增至1.5万人: a 从 / 由 that opens a base, not one inside a word (cue kind
    `not_from`: 行业从业人员已超过450万人, 由于需求增加): such a word is blanked first. A window
    holding no `from` word at all has none after the blanking either (most windows: no
    blanking pass then), as long as no `from` word holds the space blanking writes."""
    if not has_cue(window, "from") and not _spaced_from():
        return False
    window = cue_pattern("not_from").sub(lambda m: " " * len(m.group()), window)
    return has_cue(_since().sub(lambda m: " " * len(m.group()), window), "from")


@cache
def _since() -> re.Pattern[str]:
    """由明年10月1日起上调6.8%: 由 / 从 opening a date from which a change applies (cue kind
    `effective`: …起) opens no base, within a comma-run."""
    opening, since = cue_pattern("from").pattern, cue_pattern("effective").pattern
    return re.compile(f"(?:{opening})[^，,]{{1,{_SINCE_REACH}}}?(?:{since})")


def _rate_names_blanked(view: View, d: Draft) -> str:
    """经济成长率为4.82%: a change verb inside a rate's name (成长 of 经济成长率) is no change."""
    window = d.window
    offset = d.quantity.start - len(window)
    for m in view.metric_words.finditer(offset, d.quantity.start):
        word = m.group()
        if metrics()[word].kind == "rate" and word.endswith(tuple(cue_words("rate_end"))) \
                and has_cue(word, "up", "down"):  # not 经济增长3.15% (a verb after its noun)
            at = m.start() - offset
            window = window[:at] + " " * (m.end() - m.start()) + window[m.end() - offset :]
    return window


def _by_values(base: Draft, d: Draft) -> str | None:
    """由5.0元调整至5.4元, 费率拟由5.17%调至5.5%, 由498蚊加至528蚊: Y of "from X to Y" with a
    verb that names no direction moves the way its value does from X's (same type and unit)."""
    if not _is_to_level(d.window):
        return None
    x, y = base.quantity, d.quantity
    if x.type != y.type or getattr(x, "unit", None) != getattr(y, "unit", None):
        return None
    if not isinstance(x.value, (int, float)) or not isinstance(y.value, (int, float)) or x.value == y.value:
        return None
    return "up" if y.value > x.value else "down"


def _compared(window: str, previous: Draft | None) -> str | None:
    """较去年同期多约一成, 按年多28蚊, 较2018年同月仍低约一成半, 比去年的35万人次多约14%: 多 / 高
    (cue kind `more`) and 少 / 低 (`less`) right before the figure give a direction only after a
    comparison base, written in the window or as the figure before it (比…的35万人次)."""
    found = _MORE_LESS().search(window)
    if found is None:
        return None
    head = _strip_adverbs(window[: found.start()])
    compared = has_cue(head, "compare", "yoy", "qoq") or (
        not head.strip() and previous is not None and _compared_base(previous))
    if not compared:
        return None
    return "up" if found.group() in cue_words("more") else "down"


@cache
def _MORE_LESS() -> re.Pattern[str]:  # noqa: N802 - a compiled pattern, named as the others
    return re.compile(f"(?:{cue_pattern('more', 'less').pattern})$")


def _strip_adverbs(text: str) -> str:
    adverbs = cue_pattern("adverb")
    while True:
        found = [m for m in adverbs.finditer(text) if m.end() == len(text)]
        if not found:
            return text
        text = text[: found[-1].start()]


@cache
def _spaced_from() -> bool:
    return any(" " in w for w in cue_words("from"))


def _direction(window: str) -> str | None:
    """The last change verb of the window, not one read inside a word that names new things
    (cue kind `not_change`: 增聘约600名车长 counts the people hired, with no move)."""
    if has_cue(window, "not_change"):
        window = cue_pattern("not_change").sub(lambda m: " " * len(m.group()), window)
    return last_cue(window, "up", "down")


def _is_to_level(window: str) -> bool:
    """升至80亿美元 / 下降到不到20%: the figure is the level reached, not a change."""
    direction_at = last_start(window, "change_stem")
    return last_start(window, "to") > direction_at >= 0 or window.rstrip().endswith(cue_tuple("to"))


def is_change(d: Draft) -> bool:
    return (d.direction is not None or d.peer) and not _is_to_level(d.window) and not d.from_base


def _compared_base(d: Draft) -> bool:
    """较第二季的2.7%, 比去年的35万人次: the level written as a comparison's base."""
    window = d.window
    return window.endswith("的") and has_cue(window, "compare") and not _from_cue(window)


def is_base_level(d: Draft) -> bool:
    """上年同期为108.9亿元: the comparison period's own level, never given the change."""
    return d.direction is None and any(p in d.window for p in cue_words("base_period"))


def _compatible(level: Draft, change: Draft) -> bool:
    if level.change is not None or level.change_of is not None or is_base_level(level):
        return False
    if level.quantity.text.startswith(cue_tuple("conversion")):
        return False
    if _compared_base(level):  # 较第二季的2.7%加快0.4个百分点: the base of a comparison takes no change
        return False
    if change.quantity.unit == "pp":  # a rate's change, not a growth rate's (增长5.8%，增速回落0.4个百分点)
        rate = level.direction is None or _is_to_level(level.window)
        return level.quantity.type == "percent" and level.quantity.unit == "percent" and rate
    return level.quantity.type != "percent"


def pair_changes(view: View, drafts: list[Draft]) -> list[Draft]:
    """Fold each percent change into its level; the rest stay claims."""
    yoy_percents = any(d.quantity.type == "percent" and d.basis == "yoy" for d in drafts)
    respective = _respective(drafts)
    kept: list[Draft] = []
    for i, d in enumerate(drafts):
        if d.quantity.type == "percent" and is_change(d) and not _cumulative(d):
            if d.basis == "qoq" and yoy_percents:
                kept.append(d)
                continue
            level = respective.get(id(d)) or _level_before(view, kept, d) \
                or _level_after(view, drafts[i + 1:], d)
            if level is None and d.basis == "yoy":
                level = _unsure_change(kept, d)  # 较9月增加2.6%，较去年同月增加15.2%
            if level is not None:
                if level.change_draft is not None:
                    kept.append(level.change_draft)
                level.change, level.change_draft = d.quantity, d
                between = view.text[min(level.quantity.end, d.quantity.start) : d.quantity.start]
                level.direction = d.direction
                level.basis = d.basis or (basis_cue(between) if d.direction else None)
                continue
        elif d.quantity.type != "percent" and is_change(d) and d.change is None:
            level = _level_after(view, drafts[i + 1:], d)
            if level is not None:  # 下调0.125厘至5.25厘: the change of the level after it
                level.change, level.change_draft = d.quantity, d
                level.direction, level.basis = d.direction, d.basis
                continue
            _follow_level(view, kept, d)  # (not a level that took a change after it: 急升12.5%，收报38.4元)
        kept.append(d)
    return sorted(kept, key=lambda k: k.quantity.start)


def _respective(drafts: list[Draft]) -> dict[int, Draft]:
    """客运量4,862万人次，货运量逾410万公吨，分别按年增长14.8%及4.1%: changes listed after 分别
    (cue kind `respective`) go to as many levels listed right before them, in order."""
    pairs: dict[int, Draft] = {}
    for i, d in enumerate(drafts):
        if d.quantity.type != "percent" or not has_cue(d.window, "respective") or not is_change(d):
            continue
        group = [d]
        for e in drafts[i + 1 :]:
            if e.quantity.type != "percent" or not set(e.window) <= _CONNECTORS:
                break
            group.append(e)
        levels = drafts[max(0, i - len(group)) : i]
        if len(group) > 1 and len(levels) == len(group) and all(
                x.quantity.type != "percent" and x.change is None and x.direction is None for x in levels):
            pairs.update((id(c), x) for c, x in zip(group, levels))
    return pairs


def _cumulative(d: Draft) -> bool:
    """股价报86.3元，年内累计上涨47%: a move over the year to date, not the level's change."""
    return has_cue(d.window, "cumulative")


def _unsure_change(kept: list[Draft], d: Draft) -> Draft | None:
    """A level whose change has no basis gives way to a yoy one; the first becomes a claim."""
    for level in kept[::-1]:
        held = level.change_draft
        if held is not None and held.basis is None and held.quantity.unit == d.quantity.unit:
            return level
    return None


def _level_before(view: View, kept: list[Draft], d: Draft) -> Draft | None:
    for level in kept[::-1]:
        between = view.text[level.quantity.end : d.quantity.start]
        if has_cue(between, "list_lead"):  # 其中X…: a part's figure is no change of the total
            return None
        if _other_period(view, level, d):
            return None  # 资本支出约85亿元，明年将增加约三成: next year's rise, a claim of its own
        if _compatible(level, d):
            return level
    return None


def _other_period(view: View, level: Draft, d: Draft) -> bool:
    """A date written between a level and a later change, in the change's own comma-run, that is
    no comparison base (上年同期为…, 较去年同期) names another period for the change."""
    for x in d.dates:
        if level.quantity.end <= x.start and x.end <= d.quantity.start and x.start >= d.run:
            words = view.text[max(d.run, x.start - 1) : x.end]
            if not has_cue(words, "compare", "same_period", "base_period", "from"):
                return True
    return False


def _level_after(view: View, rest: list[Draft], d: Draft) -> Draft | None:
    """增加5.8%至142.3亿元, 上升3.1%，收报45.8元 (not an intraday move: 盘中上涨6%，收报…),
    减少4.5%，为48万2,000人次 (a linking word alone after the comma)."""
    if not rest:
        return None
    between = view.text[d.quantity.end : rest[0].quantity.start].strip()
    if rest[0].quantity.type == "percent" or d.quantity.type != "percent":
        # 上升0.3个百分点至6.1%, 下调0.125厘至5.25厘: a change of a rate, or one in the level's
        # own unit, written before the level it moves to
        unit = _unit(d.quantity)
        same = _unit(rest[0].quantity) == ("percent" if unit == "pp" else unit)
        return rest[0] if same and rest[0].quantity.type == _LEVEL_TYPE.get(unit, d.quantity.type) \
            and between in cue_words("to") else None
    close = between.lstrip("，,").startswith(("收报", "收在")) and "盘中" not in d.window
    linked = between[:1] in "，," and between[1:] in cue_words("linking")  # 减少4.5%，为48万2,000人次
    if between in cue_words("to") or close or linked:
        return rest[0]
    return None


def _unit(q: Any) -> Any:
    """A mention's unit, or a money mention's currency."""
    return getattr(q, "unit", None) or getattr(q, "currency", None)


def _dated_between(view: View, kept: list[Draft], d: Draft) -> bool:
    """A date written between the last level and the change that is no comparison base
    (较年初增加320万千瓦 is one) dates the change as a figure of its own."""
    if not kept:
        return False
    lo, hi = kept[-1].quantity.end, d.quantity.start
    return any(lo <= x.start and x.end <= hi
               and not has_cue(view.text[max(lo, x.start - 1) : x.start], "compare") for x in d.dates)


def _follow_level(view: View, kept: list[Draft], d: Draft) -> None:
    """增加6仙 / 增加320万千瓦 / 跌83点: a claim of its own on the level's series; the level
    takes its direction and basis when it has none."""
    if _dated_between(view, kept, d):
        return  # 员工约5,600人，越南第二座工厂明年初也将扩编800人: another clause's own plan, no change
    for level in kept[::-1]:
        same = level.quantity.type == d.quantity.type and (
            level.quantity.type == "money" or level.quantity.unit == d.quantity.unit
        )
        if same and level.change_of is None:
            d.change_of = level
            if level.direction is None:
                level.direction, level.basis = d.direction, d.basis
            return
