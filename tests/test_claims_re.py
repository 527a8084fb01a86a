"""The claim rules' patterns moved from `regex` to the standard `re` engine (docs/history/speed.md,
eleventh pass) find exactly what the `regex` patterns they replace found.

Each single-character class is compared with its `regex` original on every code point
(one `finditer` over a string of all of them); the bracket and alias patterns, literal
classes and quantifiers that both engines read alike, on every case-table text."""

from __future__ import annotations

import sys
from pathlib import Path

import regex

from extract.claims import attribution, clauses, fits, time, topics

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

EVERY = "".join(map(chr, range(sys.maxunicode + 1)))
SINGLE = {
    "time._PUNCTUATION": (time._PUNCTUATION, r"[，,：:、\s]"),
    "time._CLAUSE_END": (time._CLAUSE_END, r"[，,。；;：:！？!?\s]"),
    "attribution._BREAK": (attribution._BREAK, r"[，,。；;：:！？!?、\n]"),
    "fits._QUOTE_OR_CLAUSE_END": (fits._QUOTE_OR_CLAUSE_END, r"[」』”，,。；;：:]"),
    "topics._COMMA": (topics._COMMA, r"[，,：:]"),
}
SPANS = {
    "clauses.BRACKET": (clauses.BRACKET, r"\([^()]*\)"),
}


def _case_texts() -> list[str]:
    texts = []
    for path in sorted((Path(__file__).parent / "cases").glob("*.toml")):
        for rows in tomllib.loads(path.read_text(encoding="utf-8")).values():
            for row in rows if isinstance(rows, list) else []:
                texts += [v for v in row.values() if isinstance(v, str)] if isinstance(row, dict) else []
    return texts


def test_single_character_classes_match_the_same_code_points() -> None:
    for name, (pattern, source) in SINGLE.items():
        ours = [m.start() for m in pattern.finditer(EVERY)]
        theirs = [m.start() for m in regex.compile(source).finditer(EVERY)]
        assert ours == theirs, name


def test_span_patterns_find_the_same_spans() -> None:
    texts = _case_texts()
    assert len(texts) > 1000
    texts.append("差饷物业估价署(差估署)表示，彭博社（Bloomberg）报道，(（)）" + "（" + "长" * 30 + "）")
    for name, (pattern, source) in SPANS.items():
        other = regex.compile(source)
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in other.finditer(text)], name
            assert pattern.sub("", text) == other.sub("", text), name
