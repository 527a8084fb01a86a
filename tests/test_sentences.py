from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

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


# The definition the splitter implements, as one declarative pattern: a sentence body up
# to its end marks (or a line end) and the closers after them. The splitter scans for the
# ends instead (faster); on any text both must give the same spans.
_DEFINITION = regex.compile(
    r"""[^\n]*?(?:[。！？!?；;]+|(?=\n)|\Z)[」』”’）)】》"']*""", regex.VERBOSE
)


def _by_definition(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _DEFINITION.finditer(text):
        body = match.group()
        start = match.start() + len(body) - len(body.lstrip())
        end = match.end() - (len(body) - len(body.rstrip()))
        if start < end:
            spans.append((start, end))
    return spans


@settings(max_examples=300)
@given(st.text(alphabet="甲乙 .。！？!?；;…「」”）\n\t", max_size=40))
def test_split_follows_the_definition(text: str) -> None:
    assert split_sentences(text) == _by_definition(text)
