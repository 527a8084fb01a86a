"""Arbitrary text never breaks the pipeline or its offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import Pipeline
from extract.text.shadow import to_shadow

PIPELINE = Pipeline()

NEWSY = st.sampled_from(list("0123456789０１２３.,%％億亿萬万元美年月日季度前後约超近的了，。！\n ·‧H"))
TEXT = st.one_of(
    st.text(min_size=1, max_size=200),  # any code point, surrogates and controls included
    st.text(NEWSY, min_size=1, max_size=200),  # dense in the characters rules look at
    st.from_regex(r"[0-9]{30,400}", fullmatch=True),  # huge digit runs
    st.lists(st.sampled_from(["英偉達", "ＡＢＣ", "😀", "𠀀", "\x00", "\ud800", "2025年", "55億美元"]),
             min_size=1, max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_never_raises_and_offsets_hold(text: str) -> None:
    assert len(to_shadow(text)) == len(text)
    if not text.strip():
        return
    article = PIPELINE(text, published_at="2025-07-19T11:04:00+08:00")
    for m in article.mentions:
        assert text[m.start : m.end] == m.text


CLAIMY = st.lists(st.sampled_from([
    "英偉達", "寒武纪", "黄仁勋表示", "据新华社", "公司", "其中", "营收", "净利润", "份额", "同比增长",
    "环比下降", "从", "至", "若", "不能说", "55億美元", "12%", "3个百分点", "8张", "2025年一季度",
    "上年同期为", "，", "。", "\n", "的", "占",
]), min_size=1, max_size=40).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CLAIMY)
def test_claims_point_at_the_articles_mentions(text: str) -> None:
    """Every nested mention is one of the article's mentions; spans sit inside the sentence;
    a figure is used at most once."""
    if not text.strip():
        return
    article = PIPELINE(text, published_at="2025-07-19T11:04:00+08:00")
    mentions = {(m.type, m.start, m.end) for m in article.mentions}
    used = []
    for c in article.claims:
        start, end = c.sentence
        assert start <= c.quantity.start and c.quantity.end <= end
        for m in (c.subject, c.quantity, c.time, c.change, c.attribution):
            if m is not None:
                assert (m.type, m.start, m.end) in mentions
                assert text[m.start : m.end] == m.text
        for m in (c.quantity, c.change):
            if m is not None:
                used.append((m.start, m.end))
        if c.subject_text is not None:
            assert c.subject is None and c.subject_text in text
    assert len(used) == len(set(used))
