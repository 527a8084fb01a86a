"""The shadow invariant: same length as the original, Simplified, half-width."""

from __future__ import annotations

import pytest

from extract.errors import OffsetError, ShadowLengthError
from extract.text import shadow as shadow_module
from extract.text.shadow import Shadow, to_shadow

CASES = [
    ("traditional", "英偉達創始人黃仁勛說", "英伟达创始人黄仁勋说"),
    ("simplified", "英伟达创始人黄仁勋说", "英伟达创始人黄仁勋说"),
    ("mixed", "寒武紀营收11.11億元", "寒武纪营收11.11亿元"),
    ("taiwan", "臺積電營收新臺幣", "台积电营收新台币"),
    ("full-width", "１２３％，ＡＢＣ　ｘ", "123%，ABC x"),
    ("emoji", "股價🚀漲了", "股价🚀涨了"),
    ("astral-cjk", "𠀀𪚥龍", "𠀀𪚥龙"),
    ("control", "a\x00b\tc\r\n", "a\x00b\tc\r\n"),
    ("surrogate", "a\ud800b", "a\ufffdb"),
    ("empty", "", ""),
]


@pytest.mark.parametrize("original,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shadow(original: str, expected: str) -> None:
    assert to_shadow(original) == expected
    assert len(to_shadow(original)) == len(original)


def test_fallback_per_char_when_conversion_changes_length(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stretching:
        def convert(self, text: str) -> str:
            return text.replace("麼", "么么")  # a converter that breaks the length

    monkeypatch.setattr(shadow_module, "_converter", lambda: Stretching())
    assert to_shadow("什麼時候") == "什麼時候"  # the offending character is kept as is


def test_shadow_record_rejects_length_mismatch() -> None:
    with pytest.raises(ShadowLengthError):
        Shadow("臺灣", "台")


def test_surface_slices_original_and_checks_span() -> None:
    s = Shadow.of("英偉達營收")
    assert s.surface(0, 3) == "英偉達"
    assert s.text[0:3] == "英伟达"
    with pytest.raises(OffsetError):
        s.surface(3, 3)
    with pytest.raises(OffsetError):
        s.surface(4, 9)
