"""Direction, basis, and which percent is the change of which level (docs/format.md,
"Level and change", "Direction", "Basis").

Cues are read from a figure's window: the text from the previous figure (or its
comma-run's start) up to it. A percent with a change verb becomes the `change` of the
level before it in the sentence (or of the level right after it, 增加5.8%至142.3亿元),
and then states no claim of its own.
"""

from __future__ import annotations

from extract.claims.clauses import CONNECTORS as _CONNECTORS
from extract.claims.clauses import Draft, View
from extract.claims.vocab import cue_pattern, cue_tuple, cue_words, has_cue, last_cue, last_start


def read_cues(view: View, drafts: list[Draft]) -> None:
    """Direction and basis of each figure from its own window, or its neighbour's."""
    previous: Draft | None = None
    for d in drafts:
        d.from_base = _from_cue(d.window) and not _is_to_level(d.window)
        d.direction = None if d.from_base else _direction(d.window)
        if d.direction is None and previous and set(d.window) <= _CONNECTORS:
            d.direction = previous.direction  # 分别增长48%和35%
        value = d.quantity.value
        if isinstance(value, (int, float)) and value < 0:
            d.direction = "down"
        if has_cue(d.window, "peer"):
            d.peer, d.direction = d.direction is not None, None
        d.basis = last_cue(d.window, "yoy", "qoq")
        if d.basis is None and previous and d.direction and set(d.window) <= _CONNECTORS:
            d.basis = previous.basis
        if d.direction is None and not d.from_base and not has_cue(d.window, "compare"):
            d.direction, d.basis = _trailing(view, d, drafts)
        elif d.direction is None and previous is not None and previous.direction is None:
            # 赤字648亿港元，较去年同期的1,021亿港元收窄: the base is a level, the verb the first one's
            previous.direction = _trailing(view, d, drafts)[0]
            previous.basis = last_cue(d.window, "yoy", "qoq") if previous.direction else None
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
    return direction, (last_cue(tail, "yoy", "qoq") if direction else None)


def _from_cue(window: str) -> bool:
    """由1.2万人增至1.5万人: a 从 / 由 that opens a base, not one inside a word (cue kind
    `not_from`: 行业从业人员已超过450万人, 由于需求增加): such a word is blanked first."""
    return has_cue(cue_pattern("not_from").sub(lambda m: " " * len(m.group()), window), "from")


def _direction(window: str) -> str | None:
    return last_cue(window, "up", "down")


def _is_to_level(window: str) -> bool:
    """升至80亿美元 / 下降到不到20%: the figure is the level reached, not a change."""
    direction_at = last_start(window, "change_stem")
    return last_start(window, "to") > direction_at >= 0 or window.rstrip().endswith(cue_tuple("to"))


def is_change(d: Draft) -> bool:
    return (d.direction is not None or d.peer) and not _is_to_level(d.window) and not d.from_base


def is_base_level(d: Draft) -> bool:
    """上年同期为108.9亿元: the comparison period's own level, never given the change."""
    return d.direction is None and any(p in d.window for p in cue_words("base_period"))


def _compatible(level: Draft, change: Draft) -> bool:
    if level.change is not None or level.change_of is not None or is_base_level(level):
        return False
    if level.quantity.text.startswith(cue_tuple("conversion")):
        return False
    if change.quantity.unit == "pp":  # a rate's change, not a growth rate's (增长5.8%，增速回落0.4个百分点)
        rate = level.direction is None or _is_to_level(level.window)
        return level.quantity.type == "percent" and level.quantity.unit == "percent" and rate
    return level.quantity.type != "percent"


def pair_changes(view: View, drafts: list[Draft]) -> list[Draft]:
    """Fold each percent change into its level; the rest stay claims."""
    yoy_percents = any(d.quantity.type == "percent" and d.basis == "yoy" for d in drafts)
    kept: list[Draft] = []
    for i, d in enumerate(drafts):
        if d.quantity.type == "percent" and is_change(d) and not _cumulative(d):
            if d.basis == "qoq" and yoy_percents:
                kept.append(d)
                continue
            level = _level_before(view, kept, d) or _level_after(view, drafts[i + 1:], d)
            if level is None and d.basis == "yoy":
                level = _unsure_change(kept, d)  # 较9月增加2.6%，较去年同月增加15.2%
            if level is not None:
                if level.change_draft is not None:
                    kept.append(level.change_draft)
                level.change, level.change_draft = d.quantity, d
                between = view.text[min(level.quantity.end, d.quantity.start) : d.quantity.start]
                level.direction = d.direction
                level.basis = d.basis or (last_cue(between, "yoy", "qoq") if d.direction else None)
                continue
        elif d.quantity.type != "percent" and is_change(d):
            _follow_level(kept, d)
        kept.append(d)
    return sorted(kept, key=lambda k: k.quantity.start)


def _cumulative(d: Draft) -> bool:
    """股价报86.3元，年内累计上涨47%: a move over the year to date, not the level's change."""
    return "累计" in d.window


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
        if _compatible(level, d):
            return level
    return None


def _level_after(view: View, rest: list[Draft], d: Draft) -> Draft | None:
    """增加5.8%至142.3亿元, 上升3.1%，收报45.8元 (not an intraday move: 盘中上涨6%，收报…)."""
    if not rest or rest[0].quantity.type == "percent":
        return None
    between = view.text[d.quantity.end : rest[0].quantity.start].strip()
    close = between.lstrip("，,").startswith(("收报", "收在")) and "盘中" not in d.window
    if between in cue_words("to") or close:
        return rest[0]
    return None


def _follow_level(kept: list[Draft], d: Draft) -> None:
    """增加6仙 / 增加320万千瓦 / 跌83点: a claim of its own on the level's series; the level
    takes its direction and basis when it has none."""
    for level in kept[::-1]:
        same = level.quantity.type == d.quantity.type and (
            level.quantity.type == "money" or level.quantity.unit == d.quantity.unit
        )
        if same and level.change_of is None:
            d.change_of = level
            if level.direction is None:
                level.direction, level.basis = d.direction, d.basis
            return
