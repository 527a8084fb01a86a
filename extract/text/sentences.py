"""Sentence spans over the shadow text; claims and date context work per sentence.

A sentence ends at 。！？!?；; or a line break, as docs/format.md says; an ellipsis (……)
does not end one. Closing quotes and brackets that follow the end mark stay with the
sentence (他说：「好。」 is one sentence). The ASCII full stop is not an end mark: in
Chinese news it is a decimal point (1.2万, 4230.22%).
"""

from __future__ import annotations

import re

# Where a sentence ends: end marks (repeated: ？！) with the closing quotes and
# brackets after them; or a line break, which belongs to no sentence. Scanning
# for the ends (one `re` pass over the text) and slicing between them costs half of
# matching every sentence body with a lazy pattern.
END_MARKS = "。！？!?；;"  # docs/format.md's sentence end marks; claims read them too
_END = re.compile(
    rf"""
    [{END_MARKS}]+               # end marks, repeated (？！)
    [」』”’）)】》"']*            # closing quotes and brackets stay with the sentence
    | \n                        # a line break ends the sentence before it
    """,
    re.VERBOSE,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence, without surrounding white space.

    >>> t = "营收1.2万元。他说：「好。」\\n下降3.5%！"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['营收1.2万元。', '他说：「好。」', '下降3.5%！']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.start() if match.group() == "\n" else match.end()
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append text[start:end] trimmed of white space, unless it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The sentence containing `offset` (spans sorted, as `split_sentences` gives them)."""
    import bisect

    i = bisect.bisect_right(spans, (offset, len(spans) and 1 << 62)) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


def same_sentence(text: str, a: int, b: int) -> bool:
    """No sentence ends between offsets a and b (全年 after 2026/27年度首6个月, in one sentence)."""
    return _END.search(text, a, b) is None
