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
