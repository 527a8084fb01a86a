"""The one-pass word index answers every stretch exactly as the word alternation would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims.vocab import METRIC_NOT_BEFORE, metric_pattern, metric_set
from extract.claims.words import Words
from extract.tables import alternation

# Words that overlap and nest, so leftmost-longest and the stretch ends both matter.
WORDS = frozenset({"收入", "营业收入", "营业", "入营", "业收", "收", "营收"})
NOT_BEFORE = ("以上", "额")
PATTERN = re.compile(f"(?:{alternation(WORDS)})(?!{alternation(NOT_BEFORE)})")


def _spans(matches: list) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


PIECES = st.lists(st.sampled_from(sorted(WORDS) + ["额", "，", "营", "以上", "以"]), max_size=10).map("".join)


@settings(max_examples=400)
@given(st.data(), PIECES)
def test_same_as_the_alternation(data: st.DataObject, text: str) -> None:
    pos = data.draw(st.integers(0, len(text) + 1))
    endpos = data.draw(st.integers(0, len(text) + 1))
    words = Words.of(text, WORDS, NOT_BEFORE)
    assert _spans(words.finditer(pos, endpos)) == _spans(list(PATTERN.finditer(text, pos, endpos)))
    found, expected = words.search(pos, endpos), PATTERN.search(text, pos, endpos)
    assert _spans([found] if found else []) == _spans([expected] if expected else [])
    found, expected = words.match(pos, endpos), PATTERN.match(text, pos, endpos)
    assert _spans([found] if found else []) == _spans([expected] if expected else [])


def test_metric_words_of_a_sentence() -> None:
    text = "寒武纪实现营业收入11.11亿元，净利润3.55亿元，规模以上工业增加值增长5%"
    words = Words.of(text, metric_set(), METRIC_NOT_BEFORE)
    assert _spans(words.finditer(0, len(text))) == _spans(list(metric_pattern().finditer(text)))
    found = [f.group() for f in words.finditer(0, len(text))]
    assert found == ["营业收入", "净利润", "工业增加值"]  # not 规模 (规模以上)
