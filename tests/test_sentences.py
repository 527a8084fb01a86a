from __future__ import annotations

import pytest

from extract.text.sentences import sentence_at, split_sentences

CASES = [
    ("end marks", "营收增长。利润下降！为什么？", ["营收增长。", "利润下降！", "为什么？"]),
    ("closing quote stays", "他说：「好。」然后走了。", ["他说：「好。」", "然后走了。"]),
    ("decimal never splits", "营收1.2万元，增长4230.22%。", ["营收1.2万元，增长4230.22%。"]),
    ("line breaks", "标题\n\n正文第一句。\n第二句", ["标题", "正文第一句。", "第二句"]),
    ("semicolon", "甲上升；乙下降", ["甲上升；", "乙下降"]),
    ("ellipsis does not end a sentence", "技术……他们能够做到。", ["技术……他们能够做到。"]),
    ("repeated marks", "真的吗？！好", ["真的吗？！", "好"]),
    ("blank", "  \n ", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_sentence_at() -> None:
    text = "甲上升。乙下降。"
    spans = split_sentences(text)
    assert sentence_at(spans, 5) == (4, 8)
    assert sentence_at(spans, 0) == (0, 4)
    assert sentence_at(spans, 99) is None
