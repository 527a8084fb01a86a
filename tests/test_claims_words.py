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


CUE_KINDS = ("change_stem", "to")


@settings(max_examples=300)
@given(st.data())
def test_last_start_is_the_largest_rfind(data: st.DataObject) -> None:
    """`last_start` (one backward scan) gives what the rules' max over `rfind` per word gave."""
    from extract.claims.vocab import cue_words, last_start

    kind = data.draw(st.sampled_from(CUE_KINDS))
    words = sorted(cue_words(kind))
    pieces = words + sorted(set("".join(words))) + ["的", "，", "1"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8)))
    assert last_start(text, kind) == max((text.rfind(w) for w in words), default=-1)


def test_last_company_and_entity_at_are_the_scans() -> None:
    """View.last_company / View.entity_at answer as the scans over every entity did."""
    from extract.claims.clauses import View
    from extract.claims.vocab import is_agency
    from extract.pipeline import Pipeline

    text = "英伟达称，国家统计局数据显示，华为与小米的营收增长，英伟达份额下降。"
    article = Pipeline()(text)
    view = View.of(text, text, list(article.mentions))
    assert view.last_company(len(text)) is not None  # the text names companies and an agency
    for before in range(len(text) + 2):
        orgs = [e for e in view.entities if e.type == "org" and e.end <= before and not is_agency(e)]
        assert view.last_company(before) is (orgs[-1] if orgs else None)
    for e in view.entities:
        first = next(x for x in view.entities if (x.start, x.end) == (e.start, e.end))
        assert view.entity_at((e.start, e.end)) is first
    assert view.entity_at((0, 0)) is None
