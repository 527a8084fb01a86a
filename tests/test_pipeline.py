"""The spaCy host: Doc.text is the original, tokens spell it, components are registered."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest
from spacy.language import Language

from extract import Pipeline, load
from extract.pipeline import DEFAULT_COMPONENTS, FINDERS, token_spans

TEXT = "英偉達創始人黃仁勛表示，2025年一季度計提損失55億美元。\n\n華為  推出CloudMatrix 384。"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_doc_text_is_original_and_tokens_spell_it(pipeline: Pipeline) -> None:
    doc = pipeline.doc(TEXT)
    assert doc.text == TEXT
    assert "".join(t.text_with_ws for t in doc) == TEXT
    assert doc._.shadow.text.startswith("英伟达创始人黄仁勋")


def test_tokens_follow_shadow_segmentation(pipeline: Pipeline) -> None:
    doc = pipeline.doc("英偉達創始人")
    assert [t.text for t in doc][-1] == "創始人"  # segmented as 创始人 in the shadow


def test_components_are_entry_points() -> None:
    declared = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(DEFAULT_COMPONENTS) <= declared
    assert all(Language.has_factory(name) for name in DEFAULT_COMPONENTS)


def test_load_adds_every_component_in_order() -> None:
    assert load().pipe_names == [*FINDERS, "zh_resolve"]
    assert load(["zh_money", "zh_resolve"]).pipe_names == ["zh_money", "zh_resolve"]


def test_mentions_and_spans_agree(pipeline: Pipeline) -> None:
    doc = pipeline.doc(TEXT, published_at="2025-07-19T11:04:00+08:00")
    for mention in doc._.mentions:
        assert TEXT[mention.start : mention.end] == mention.text
    spans = token_spans(doc, doc._.mentions)
    assert [s.label_ for s in spans] == [m.type for m in doc._.mentions]
    assert all(s.start_char <= m.start and m.end <= s.end_char for s, m in zip(spans, doc._.mentions))
    assert {e.label_ for e in doc.ents} == {"person", "org", "product"}
