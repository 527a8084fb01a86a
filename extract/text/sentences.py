"""Sentence spans over the shadow text; claims and date context work per sentence.

A sentence ends at 。！？!?；; or a line break, as docs/format.md says; an ellipsis (……)
does not end one. Closing quotes and brackets that follow the end mark stay with the
sentence (他说：「好。」 is one sentence). The ASCII full stop is not an end mark: in
Chinese news it is a decimal point (1.2万, 4230.22%).
"""

from __future__ import annotations

import regex

# One sentence: anything up to and including end marks and the closers after them.
_SENTENCE = regex.compile(
    r"""
    [^\n]*?                      # the sentence body, never across a line break
    (?:
        [。！？!?；;]+           # end marks, repeated (？！)
      | (?=\n) | \Z              # or the line ends
    )
    [」』”’）)】》"']*            # closing quotes and brackets stay with it
    """,
    regex.VERBOSE,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence, without surrounding white space.

    >>> t = "营收1.2万元。他说：「好。」\\n下降3.5%！"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['营收1.2万元。', '他说：「好。」', '下降3.5%！']
    """
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The sentence containing `offset` (spans sorted, as `split_sentences` gives them)."""
    import bisect

    i = bisect.bisect_right(spans, (offset, len(spans) and 1 << 62)) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None
