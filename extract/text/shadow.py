"""The shadow text: the one coordinate system of the pipeline.

Rules are written once, in Simplified half-width form. Instead of doubling every pattern
(人民币|人民幣, 100|１００) the pipeline converts the whole article once into a *shadow*
of exactly the same length: Traditional -> Simplified with OpenCC's length-preserving
`t2s` config, full-width ASCII -> half-width, lone surrogates -> U+FFFD. Any offset found
in the shadow is therefore an offset into the original, which stays untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

import opencc
import regex

from extract.errors import OffsetError, ShadowLengthError
from extract.text.region import Region, detect_region

__all__ = ["Region", "Shadow", "to_shadow"]

# U+FF01..U+FF5E are the full-width forms of U+0021..U+007E; U+3000 is the ideographic space.
# The full-width comma U+FF0C stays: in Chinese it separates clauses and list items
# (分别为100，200), and folding it would forge a thousands separator (100,200).
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0C} | {0x3000: 0x20}
_SURROGATES = {cp: 0xFFFD for cp in range(0xD800, 0xE000)}
_TABLE = str.maketrans(_FOLD | _SURROGATES)
# Folding runs only where a foldable character is: they are sparse in Chinese text, and
# `str.translate` over the whole text cost more than the OpenCC conversion itself.
_FOLDABLE = regex.compile("[\uff01-\uff0b\uff0d-\uff5e\u3000\ud800-\udfff]+")


def _fold(text: str) -> str:
    return _FOLDABLE.sub(lambda m: m.group().translate(_TABLE), text)


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    # t2s, tw2s and hk2s all map one character to one; tw2sp rewrites phrases and
    # changes length, so it must never be used here.
    return opencc.OpenCC("t2s.json")


def _convert_per_char(text: str) -> str:
    """Slow path: convert one character at a time, keeping any that would change length."""
    convert = _converter().convert
    out = []
    for ch in text:
        c = convert(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


def to_shadow(original: str) -> str:
    """Return the same-length shadow of `original`.

    >>> to_shadow("英偉達２０２５年營收１２３％")
    '英伟达2025年营收123%'
    >>> len(to_shadow("a😀臺灣")) == len("a😀臺灣")
    True
    """
    folded = _fold(original)
    shadow = _converter().convert(folded)
    if len(shadow) != len(original):
        shadow = _convert_per_char(folded)
    if len(shadow) != len(original):
        raise ShadowLengthError(f"shadow has {len(shadow)} code points, original {len(original)}")
    return shadow


@dataclass(frozen=True)
class Shadow:
    """An article as the extractors see it: the original, its shadow and its context.

    `region` decides what a bare 元 means; `published_at` anchors relative dates. Both
    are context an extractor needs, so they travel with the text instead of through
    globals.
    """

    original: str
    text: str = field(repr=False)
    region: Region = "CN"
    published_at: datetime | None = None

    def __post_init__(self) -> None:
        if len(self.text) != len(self.original):
            raise ShadowLengthError(
                f"shadow has {len(self.text)} code points, original {len(self.original)}"
            )

    @classmethod
    def of(
        cls, original: str, region: Region | None = None, published_at: datetime | None = None
    ) -> Shadow:
        """Build the shadow; detect the region from the text when none is given."""
        text = to_shadow(original)
        return cls(original, text, region or detect_region(text), published_at)

    def surface(self, start: int, end: int) -> str:
        """The original text at shadow offsets; raises OffsetError on a bad span."""
        if not 0 <= start < end <= len(self.original):
            raise OffsetError(f"span {start}-{end} outside text of length {len(self.original)}")
        return self.original[start:end]
