"""Who states a figure (docs/format.md, claim attribution).

A sentence's source is the person (else org) just before a speech verb (表示 称 认为
预计…), the org after 据 / 根据, or the entity before a publishing word (公布 发布 宣布,
X数据显示); 公司 / 他 / 她 resolve to the last company or person named. The source
carries to the following sentences of the paragraph; unnamed sources (财报显示) keep
the carried one, and a paragraph break drops it. A reporter named in a byline
(（记者孙雅婷）) states nothing.
"""

from __future__ import annotations

import re
from typing import Any

from extract.claims.clauses import View
from extract.claims.vocab import cue_pattern, cue_tuple, cue_words, is_agency

_REACH = 16  # characters between a source and its verb (titles, 在财报电话会上)
_SHOWN_GAP = 6  # characters between a source and 显示 (最新数据则显示, 的监测数据显示)
_BYLINE_GAP = 1  # characters between 记者 and the reporter's name (本报记者 黄子晴)
# literal classes: the standard `re` engine reads them as `regex` does, at a third of the cost per call
_BRACKET = re.compile(r"\([^()]*\)")  # an alias or gloss: 差饷物业估价署(差估署)
_BREAK = re.compile(r"[，,。；;：:！？!?、\n]")


def source_of(view: View, sentence: tuple[int, int]) -> tuple[Any, set[int], bool]:
    """The sentence's stated source (or None), the starts of entities that only speak, and
    whether a speech verb has no named speaker (法人估计: the carried source stops)."""
    text = view.text
    entities = [e for e in view.inside(view.entities, sentence)
                if e.type in ("person", "org") and not _byline(view, e) and not _alias(view, e)]
    speakers: set[int] = set()
    pronoun = cue_pattern("pronoun").search(text, *sentence)
    if not entities and not pronoun and "公司" not in text[slice(*sentence)]:
        return None, speakers, bool(cue_pattern("speech").search(text, *sentence))
    found, unnamed = None, False
    headed = [e for e in entities if e.start == sentence[0] and text.startswith((":", "："), e.end)]
    if headed:  # 国家统计局：10月规模以上工业增加值同比增长5.8% (a headline that names its source)
        found = headed[0]
        speakers.add(found.start)
    for match in _verbs(view, sentence, entities):
        near = [e for e in entities if e.end <= match.start() and _gap(text, e.end, match.start()) <= _REACH]
        who = _speaker(view, near, match.start())
        lead = match.group() in cue_words("speech_lead")
        unnamed = unnamed or (who is None and not lead and match.group() not in cue_words("publish"))
        if who is None or text.startswith("了", match.end()) or _launch(view, match):
            continue  # 发布了NVL72, 发布小米17 Pro: a launch, no report
        found = found or who
        if match.group() in cue_words("publish") and not is_agency(who):
            continue  # a company publishing its own results holds them too
        speakers.add(who.start)
    for match in cue_pattern("source").finditer(text, *sentence):
        after = [e for e in entities if 0 <= e.start - match.end() <= 1]
        if after:
            found = found or after[0]
            speakers.add(after[0].start)
    for match in cue_pattern("shown").finditer(text, *sentence):
        near = [e for e in entities if e.end <= match.start() and _shown_gap(text, e.end, match.start())]
        if near:
            found = found or near[-1]
            if is_agency(near[-1]):
                speakers.add(near[-1].start)
    return found, speakers, unnamed and found is None


def _verbs(view: View, sentence: tuple[int, int], entities: list[Any]) -> list[Any]:
    """Speech and publish verbs of the sentence, in order, with the `speech_lead` verbs
    that speak only when a comma or colon follows them (王振国介绍，… / 统计处分析，…; not
    分析师, 统计局, 介绍了新品), and none inside an entity's name (国家统计局)."""
    text = view.text
    found = list(cue_pattern("speech", "publish").finditer(text, *sentence))
    for match in cue_pattern("speech_lead").finditer(text, *sentence):
        if text[match.end() : match.end() + 1] in ("，", ",", "：", ":") and \
                not any(e.start <= match.start() < e.end for e in entities):
            found.append(match)
    return sorted(found, key=lambda m: m.start())


def _launch(view: View, match: Any) -> bool:
    """小米…发布小米17 Pro: a publish verb right before a product mention launches it; the
    company reports no figure by it (its prices are the product's)."""
    return match.group() in cue_words("publish") and any(
        e.type == "product" for e in view.starting(view.entities, match.end()))


def _gap(text: str, start: int, end: int) -> int:
    """Characters between a source and its verb, an alias or gloss in brackets not counted
    (克里斯托弗·希思(Christopher Heath)表示)."""
    return len(_BRACKET.sub("", text[start:end]))


def _shown_gap(text: str, start: int, end: int) -> bool:
    """X数据显示 with a few words between (X最新数据则显示, X的监测数据显示, 《联合报》最新民调显示):
    no clause break and no more than `_SHOWN_GAP` characters, brackets not counted."""
    between = _BRACKET.sub("", text[start:end])
    return len(between) <= _SHOWN_GAP and _BREAK.search(between) is None


def _byline(view: View, e: Any) -> bool:
    """（记者孙雅婷） / 【本报记者何颖琳报道】: the reporter writes the article and states none
    of its figures."""
    if e.type != "person":
        return False
    before = view.text[max(0, e.start - 4 - _BYLINE_GAP) : e.start].rstrip()
    return before.endswith(cue_tuple("byline"))


def _alias(view: View, e: Any) -> bool:
    """差饷物业估价署(差估署), 集邦科技(TrendForce): the alias in brackets right after a name is the
    same source; the name written out is the one that states."""
    text = view.text
    if e.start == 0 or text[e.start - 1] != "(" or not text.startswith(")", e.end):
        return False
    return view.ending_at(e.start - 1) is not None


def _speaker(view: View, near: list[Any], verb: int) -> Any:
    """Person before org; 他/她 and 公司 just before the verb resolve to the last named."""
    people = [e for e in near if e.type == "person"]
    if people:
        return people[-1]
    lead = view.text[max(0, verb - 4) : verb]
    if cue_pattern("pronoun").search(lead):
        named = [e for e in view.entities if e.type == "person" and e.end <= verb and not _byline(view, e)]
        return named[-1] if named else None
    if near:
        return near[-1]
    if "公司" in lead:
        orgs = [e for e in view.entities if e.type == "org" and e.end <= verb]
        return orgs[-1] if orgs else None
    return None
