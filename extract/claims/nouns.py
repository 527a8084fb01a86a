"""Metric names read from the words around a figure when no vocabulary word names it
(docs/claims.md, "metric"): the noun counted right after a count (逾5,800份投标 → 投标数量), the
noun written before it (现有队员46人), and a measured noun ending as one does (装车量为…).
Split from metric.py, which asks these after every vocabulary step."""

from __future__ import annotations

from typing import Any

import regex

from extract.claims.clauses import Draft, View
from extract.claims.vocab import METRIC_NOT_BEFORE, Metric, cue_pattern, cue_words
from extract.text.segment import segmenter
from extract.text.sentences import END_MARKS

_NOUN = regex.compile(r"\p{Han}{2,8}")  # a counted noun written right after its count (5,800份投标)
_NOUN_LONGEST = 5
_NOUN_TAGS = ("n", "nz")  # the segmenter's common-noun tags (not names of people or places)
_HEAD_TAGS = ("n", "nz", "l")  # a noun, or a set phrase (合作社), written before its count
_HEAD_LONGEST = 4
_TWO_WORDS = 3  # the fewest characters of a noun and a verb (学生报名), or a verb and its object
_NOUN_STOPS = ("up", "down", "verb", "speech", "publish", "yoy", "qoq", "to", "from", "compare", "stop")
_COMPOUND = regex.compile(r"\p{Han}{2,10}$")  # the Han words right before a figure (or its verb)
_LINK_CUES = ("linking", "up", "down", "yoy", "qoq", "adverb", "to")  # between a measured noun and its figure


def counted_noun(view: View, d: Draft) -> Metric | None:
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


def noun_before_count(view: View, d: Draft) -> Metric | None:
    """现有队员46人, 保险对象约2,390万人, 首发新车共有86款: with no noun after it, a count
    (of a measure word that does not only classify) counts the noun written right before it,
    past its linking words; the segmenter's tags tell a noun from a verb or a place word."""
    if d.quantity.type != "quantity" or d.quantity.unit not in cue_words("count_unit"):
        return None
    text = strip_links(_before_base(view, d), cue_pattern("linking"))
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
    end = d.quantity.start - len(d.window) + len(text)
    if any(x.start < end and end - len(word) < x.end for x in d.dates):
        return None  # 6月份录得5,120宗: a date's words (月份) count nothing
    return Metric(f"{word}数量", "level")  # the noun is no holder: counted_holder reads counts only


def _before_base(view: View, d: Draft) -> str:
    """The text before the figure; for X of "from X to Y" the text before 从 / 由 and the
    adverbs before it (县外转诊率从去年的18%, 救护车也从2020年的3辆): the noun stands there."""
    at = base_at(view, d) if d.from_base else -1
    return d.window if at < 0 else strip_links(d.window[:at], cue_pattern("adverb"))


def base_at(view: View, d: Draft) -> int:
    """Where in the figure's window the last 从 / 由 opening its base stands, or -1; one inside
    a metric word (从业人员) opens none."""
    offset = d.quantity.start - len(d.window)
    for at in range(len(d.window) - 1, -1, -1):
        if d.window[at] in "从由" and not any(
            m.start() <= offset + at < m.end() for m in view.metric_words.finditer(offset, d.quantity.start)
        ):
            return at
    return -1


def strip_links(text: str, links: Any) -> str:
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


def compound(view: View, d: Draft) -> Metric | None:
    """装车量为78.4GWh, 吞吐量同比下降4.1%, 国产化比率超过八成: with no vocabulary word in
    its run, the noun written right before the figure (or before its linking and change words)
    names it when it ends as a measured noun does (`metric_end`: 量 额 率 数 价 费 值 比例).
    The word's bounds are the segmenter's: its last word, or a one-character ending joined
    to the word before it (装车 + 量)."""
    text = strip_links(_before_base(view, d), cue_pattern(*_LINK_CUES))
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
