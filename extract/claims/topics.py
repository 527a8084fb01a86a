"""Holders a figure's own words do not name: a whole territory opening its clause (全县,
全港二手住宅), a sentence-opening pointer phrase or definite head (这条路, 新线) and a company's
project written after it (新鸿基地产在古洞北的住宅项目). Split from holder.py, whose other
rules read the figure's own clause; these read the sentence around it."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from extract.claims.clauses import CONNECTORS, Draft, View
from extract.claims.holder import (
    _DIGIT,
    _HOLDER_MAX,
    _OTHER_THAN_HOLDER,
    _QUOTES,
    Span,
)
from extract.claims.vocab import cue_pattern, cue_words, has_cue, metrics
from extract.text.segment import segmenter

_SCOPE_ENDS = ("verb", "up", "down", "yoy", "qoq", "adverb", "close", "linking", "modifier", "speech")


def scope_holder(view: View, d: Draft) -> Span | None:
    """全县已有…合作社312家, 全港巴士逾九成: a whole territory (cue kind `scope`) opening the
    figure's comma-run, after its period, holds the figure as written up to its first verb,
    adverb, metric word or figure (corpus/ANNOTATING.md: 全台, 全港, 全省 are subject_text)."""
    run, end = d.run, d.quantity.start
    start = run
    for x in [x for x in d.dates if run <= x.start < end]:  # d.dates are in start order already
        if x.start != start:
            break
        start = x.end
    while start < end and view.text[start] in " ，,":
        start += 1
    scope = cue_pattern("scope").match(view.text, start, end)
    if scope is None or view.inside(view.figures, (scope.end(), end)):
        return None  # 全省41个大类行业中有33个: the figure counts a part of another figure
    if _names_body(view, scope.start(), scope.end()):
        return None
    stop = end
    named = (m for m in view.metric_words.finditer(scope.end(), end) if metrics()[m.group()].kind != "count")
    for found in (cue_pattern(*_SCOPE_ENDS).search(view.text, scope.end(), end), next(named, None),
                  _DIGIT.search(view.text, scope.end(), end)):
        if found is not None:
            stop = min(stop, found.start())
    length = 0  # the nouns after the territory word (二手住宅成交 → 二手住宅); the segmenter runs only here
    for word, tag in segmenter().tag(view.text[scope.end() : stop]) if stop > scope.end() else ():
        if not tag.startswith(("n", "j", "b", "m", "l")) or tag == "nr" or _DIGIT.search(word):
            if not tag.startswith(("v", "d", "p")):
                length = 0  # 全市规模以上…: the phrase goes on past its nouns; the territory alone holds it
            break
        length += len(word)
    stop = scope.end() + length
    if stop - start > _HOLDER_MAX:
        stop = scope.end()
    return start, stop


_NAME_TAIL = 2  # a name goes on 2+ characters past its territory word (全国人大); 全国电 is a misread


def _names_body(view: View, start: int, end: int) -> bool:
    """全国人大常委会, 全球速卖通: an org whose name opens with the territory word is the
    body, not the territory; the entity stage's reading decides (find_subject takes it)."""
    return any(e.type == "org" and e.end - end >= _NAME_TAIL for e in view.starting(view.entities, start))


_TOPIC_REACH = 12  # a sentence's opening phrase is short (这条路, 该合作社)
_COMMA = re.compile(r"[，,：:]")  # compiled once (`regex.compile` per call paid its cache lookup), on `re`


def sentence_topic(view: View, d: Draft) -> Span | None:
    """这条路…总长约18公里, 新线总投资约4,500万元: a sentence opening with a demonstrative and
    its noun (cue kind `pointer`) or with a bare head noun standing for what the paragraph is
    about (cue kind `definite`) has that phrase as the holder of its figures that name none."""
    start = d.sentence[0]
    speech = cue_pattern("speech").search(view.text, start, d.quantity.start)
    if speech is not None:  # 港铁表示，新线…: the phrase opening what the speaker says
        comma = _COMMA.search(view.text, speech.end(), d.quantity.start)
        start = comma.end() if comma else start
        while start < d.quantity.start and view.text[start] in _QUOTES:
            start += 1
    for x in [x for x in d.dates if x.start < d.quantity.start]:  # in start order already
        if x.start != start:
            break
        start = x.end
    while start < d.quantity.start and view.text[start] in " ，,":
        start += 1
    found = _opening(view.text[start : min(start + _TOPIC_REACH, d.quantity.start)])
    return (start, start + found) if found else None


@cache
def _opening(text: str) -> int:
    """The length of the pointer phrase or definite noun that opens `text`, else 0 (cached:
    every holderless figure of a sentence asks the same)."""
    words = segmenter().tag(text)
    if not words:
        return 0
    word, tag = words[0]
    if tag == "c":
        return 0  # 此外, 此后: a conjunction, though it opens with a pointer, points at nothing
    if has_cue(word, "definite") and cue_pattern("definite").fullmatch(word):
        return len(word)
    pointer = cue_pattern("pointer").match(word)
    if pointer is None:
        return 0
    if pointer.end() < len(word):  # 该村: the pointer and its noun are one word
        return len(word) if not cue_pattern("demonstrative").match(word) else 0
    if len(words) < 2 or not words[1][1].startswith(("n", "vn")) or words[1][1] == "nr":
        return 0
    return len(word) + len(words[1][0])


def owned_phrase(view: View, d: Draft, e: Any) -> Span | None:
    """新鴻基地產在古洞北的住宅項目預計提供…, 国轩高科合肥基地…产能: a company's project or
    site written right after it holds the figure, as written from the
    company on; the company alone does not (cue kind `project`). An index named after a
    firm (恒生科技指数, 中原城市领先指数) is the index's, not the firm's (cue kind `index`)."""
    if e.type != "org":
        return None
    end = min(e.end + _HOLDER_MAX, d.quantity.start)
    head = cue_pattern("project", "index").search(view.text, e.end, end)
    if head is None:
        return None
    stretch = view.text[e.end : head.start()]
    if _DIGIT.search(stretch) or any(c in stretch for c in _OTHER_THAN_HOLDER + "，,（(") or has_cue(
            stretch, "verb", "up", "down", "speech", "publish", "partner"):
        return None
    if any(x.type != "location" for x in view.inside(view.entities, (e.end, head.end()))):
        return None  # a place may stand between (在古洞北的), another firm may not
    words = segmenter().cut(view.text[head.start() : head.end() + 2])
    return (e.start, head.end()) if words and words[0] == head.group() else None  # not 项目组


# between listed holders: the clause connectors but 或 and a space; 与 between places only (与X is a partner)
_JOINERS = frozenset(CONNECTORS - set("与或 "))
_LIST_TAIL = 8  # 等伺服器代工厂: the nouns after 等 that name what the listed holders are


def listed_entities(view: View, d: Draft, e: Any) -> Span | None:
    """广达、纬创等服务器代工厂, 九巴及城巴, 高雄市与台中市: entities of one type listed
    together before a figure hold it jointly, as written (corpus/ANNOTATING.md: no single one
    holds it), with a 等 + noun tail; not with 分别, where each holds one figure."""
    if e.type not in ("org", "location"):
        return None
    joiners = _JOINERS | {"与"} if e.type == "location" else _JOINERS
    alone = _joiner(view, e.start - 1, joiners, back=True) is None
    if alone and _joiner(view, e.end, joiners, back=False) is None:
        return None  # the cheap check: most holders stand alone
    by_end = {x.end: x for x in d.entities if x.type == e.type}
    by_start = {x.start: x for x in d.entities if x.type == e.type and x.end <= d.quantity.start}
    first = last = e
    while (j := _joiner(view, first.start - 1, joiners, back=True)) and (x := by_end.get(j)) is not None:
        first = x
    while (j := _joiner(view, last.end, joiners, back=False)) and (x := by_start.get(j)) is not None:
        last = x
    if first is last or view.text.find("分别", first.start, d.quantity.start) >= 0:
        return None
    if first.start > 0 and view.text[first.start - 1] in cue_words("partner"):
        return None  # 与比亚迪、特斯拉等头部企业相比: the other parties, not the holders
    return first.start, _list_tail(view, d, last.end)


def _joiner(view: View, at: int, joiners: frozenset[str], back: bool) -> int | None:
    """The offset past a one-character joiner at `at` (going back: where the entity before it ends)."""
    if 0 <= at < len(view.text) and view.text[at] in joiners:
        return at if back else at + 1
    return None


def _list_tail(view: View, d: Draft, end: int) -> int:
    """Past 等 and the nouns after it (等县, 等服务器代工厂), up to a date or a figure."""
    if not view.text.startswith("等", end):
        return end
    after = [x.start for x in d.dates + d.figures if x.start > end]
    stop = min([*after, d.quantity.start, end + 1 + _LIST_TAIL])
    length = 0
    for word, tag in segmenter().tag(view.text[end + 1 : stop]):
        if not tag.startswith(("n", "j")) or tag == "nr":
            break
        length += len(word)
    return end + 1 + length if length else end


_LIST_GAP = frozenset("、和及与 ")  # between two listed figures (6.84万亿元、4.21万亿元和4.12万亿元)


def respective_holder(view: View, d: Draft) -> Any:
    """华为Mate 70、小米15的销量分别同比增长48%和35%: entities of one type listed before
    分别 (cue kind `respective`) hold the figures listed after it one each, in order, when
    there are as many figures as entities; 广东、江苏、浙江…分别为…，合计占…的45.3%: a figure
    after such a list and a `sum` cue (合计 合共) is the list's, as written (a Span). None
    otherwise: a count that does not match is no guess."""
    start, end = d.sentence[0], d.quantity.start
    cues = list(cue_pattern("respective").finditer(view.text, start, end))
    if not cues:
        return None
    cue = cues[-1]  # the last one before the figure
    group = _listed_figures(view, d, cue.end())
    chain = _entity_chain(view, d, cue.start())
    if len(group) < 2 or len(chain) != len(group):
        return None
    if d.quantity in group:
        return chain[group.index(d.quantity)]
    between = view.text[group[-1].end : end]
    if has_cue(between, "sum") and not _DIGIT.search(between):
        return chain[0].start, chain[-1].end
    return None


def _listed_figures(view: View, d: Draft, after: int) -> list[Any]:
    """The figures listed right after `after`, of the first one's type, joined by 、 和 及 与 only."""
    group: list[Any] = []
    for f in d.figures:
        if f.start < after or (group and f.type != group[0].type):
            continue
        if group and not set(view.text[group[-1].end : f.start]) <= _LIST_GAP:
            break
        if not group and view.inside(view.figures, (after, f.start)):
            break  # another figure stands between 分别 and the list
        group.append(f)
    return group


def _entity_chain(view: View, d: Draft, before: int) -> list[Any]:
    """The entities of one type listed with 、 和 及 与 that end last before `before` (no figure
    between them and it), first to last; [] when there is no such entity."""
    named = [e for e in d.entities if e.end <= before]
    if not named or view.inside(view.figures, (named[-1].end, before)):
        return []
    by_end = {e.end: e for e in named if e.type == named[-1].type}
    chain = [named[-1]]
    while chain[0].start > 0 and view.text[chain[0].start - 1] in _LIST_GAP - {" "}:
        previous = by_end.get(chain[0].start - 1)
        if previous is None:
            break
        chain.insert(0, previous)
    return chain
