"""Who states a figure (docs/format.md, claim attribution).

A sentence's source is the person (else org) just before a speech verb (表示 称 认为
预计…), the org after 据 / 根据, or the entity before a publishing word (公布 发布 宣布,
X数据显示); 公司 / 他 / 她 resolve to the last company or person named. The source
carries to the following sentences of the paragraph; unnamed sources (财报显示) keep
the carried one, and a paragraph break drops it.
"""

from __future__ import annotations

from typing import Any

from extract.claims.clauses import View
from extract.claims.vocab import cue_pattern, cue_words, is_agency

_REACH = 16  # characters between a source and its verb (titles, 在财报电话会上)


def source_of(view: View, sentence: tuple[int, int]) -> tuple[Any, set[int], bool]:
    """The sentence's stated source (or None), the starts of entities that only speak, and
    whether a speech verb has no named speaker (法人估计: the carried source stops)."""
    text = view.text
    entities = [e for e in view.inside(view.entities, sentence) if e.type in ("person", "org")]
    speakers: set[int] = set()
    pronoun = cue_pattern("pronoun").search(text, *sentence)
    if not entities and not pronoun and "公司" not in text[slice(*sentence)]:
        return None, speakers, bool(cue_pattern("speech").search(text, *sentence))
    found, unnamed = None, False
    headed = [e for e in entities if e.start == sentence[0] and text.startswith((":", "："), e.end)]
    if headed:  # 国家统计局：10月规模以上工业增加值同比增长5.8% (a headline that names its source)
        found = headed[0]
        speakers.add(found.start)
    for match in cue_pattern("speech", "publish").finditer(text, *sentence):
        near = [e for e in entities if match.start() - _REACH <= e.end <= match.start()]
        who = _speaker(view, near, match.start())
        unnamed = unnamed or (who is None and match.group() not in cue_words("publish"))
        if who is None or text.startswith("了", match.end()):  # 发布了NVL72: a launch, no report
            continue
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
        near = [e for e in entities if 0 <= match.start() - e.end <= 2]
        if near:
            found = found or near[-1]
            if is_agency(near[-1]):
                speakers.add(near[-1].start)
    return found, speakers, unnamed and found is None


def _speaker(view: View, near: list[Any], verb: int) -> Any:
    """Person before org; 他/她 and 公司 just before the verb resolve to the last named."""
    people = [e for e in near if e.type == "person"]
    if people:
        return people[-1]
    lead = view.text[max(0, verb - 4) : verb]
    if cue_pattern("pronoun").search(lead):
        named = [e for e in view.entities if e.type == "person" and e.end <= verb]
        return named[-1] if named else None
    if near:
        return near[-1]
    if "公司" in lead:
        orgs = [e for e in view.entities if e.type == "org" and e.end <= verb]
        return orgs[-1] if orgs else None
    return None
