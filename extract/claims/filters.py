"""Figures that state no claim (docs/format.md, "Which mentions are claims").

Negated figures (不能说100%恢复), figures inside a hypothetical (若…或再收窄5至8个基点,
up to a contrast word 但), and attributive counts that only describe a noun
(万亿参数的大模型, 30个省份的核心医院, 14nm以下的先进芯片, 1.2GW光伏项目, 12吋晶圆), and
counts that only classify (两个计划, 分为两类: a generic measure word and no metric word).
"""

from __future__ import annotations

from typing import Any

import regex

from extract.claims.clauses import View
from extract.claims.vocab import cue_pattern, cue_words, has_cue

_NEGATION_REACH = 4
_ATTRIBUTIVE_REACH = 6  # 的 within this many characters after a count: 68家中心开展的…
_PARTITIVE_REACH = 12
# 41个大类行业中有33个…, 约6,000间零售店铺中，…: the count only names the whole a part is taken from
_PARTITIVE = regex.compile(r"[^，,。；;、\d]{1,8}中(?:[，,]|有|以|共)")


def hypothetical_spans(view: View, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """From each 若 / 如果 to the next contrast word (但) or the sentence end."""
    spans = []
    for match in cue_pattern("hypothetical").finditer(view.text, *sentence):
        stop = cue_pattern("contrast").search(view.text, match.end(), sentence[1])
        spans.append((match.start(), stop.start() if stop else sentence[1]))
    return spans


def inside_any(m: Any, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and any(  # most sentences hold no hypothetical: no generator then
        s <= m.start and m.end <= e for s, e in spans)


def states_claim(view: View, m: Any, hypothetical: list[tuple[int, int]], sentence: tuple[int, int]) -> bool:
    """False for a negated, hypothetical or attributive figure."""
    if has_cue(view.text[max(0, m.start - _NEGATION_REACH) : m.start], "negation"):
        return False
    if has_cue(view.text[view.run_start(sentence, m.start) : m.start], "denial"):
        return False  # 并不意味着全年增速能超过7%, 「没有」规划…提高到100亿元
    if inside_any(m, hypothetical):
        return False
    return not (m.type == "quantity" and _attributive(view, m))


def _attributive(view: View, m: Any) -> bool:
    after = view.text[m.end : m.end + _ATTRIBUTIVE_REACH]
    if _PARTITIVE.match(view.text, m.end, m.end + _PARTITIVE_REACH):
        return True
    if m.unit in cue_words("spec") and after[:1].isalpha() and not after[:1].isascii():
        return not cue_pattern("up", "down", "to").match(after)  # 18GWh增至37GWh is a level
    if _appositive(view, m):
        return True
    if "的" in after:
        head = m.end + after.index("的")  # where the 的 stands
        return not view.metric_words.match(head + 1, head + 5) and not view.metric_words.search(m.end, head)
    return False


def _appositive(view: View, m: Any) -> bool:
    """湖北、湖南、江西三省… / 两座20GWh储能电池工厂: a count right after the names it counts,
    or right before the figure that describes what it counts."""
    if m.unit not in cue_words("classifier") and m.unit not in cue_words("counter"):  # no union per call
        return False
    named = view.ending_at(m.start)
    described = bool(view.starting(view.figures, m.end))
    return named is not None or described


def classifies(d: Any) -> bool:
    """A count with a generic measure word (个 类 种 项) and no metric: it only classifies."""
    q = d.quantity
    return q.type == "quantity" and d.metric is None and q.unit in cue_words("classifier")
