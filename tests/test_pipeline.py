"""The core path and the spaCy adapter: same mentions either way, and the adapter behaves
like spaCy's own components (blank pipelines, to_disk/load, n_process, DocBin, pickling)."""

from __future__ import annotations

import pickle
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from extract import Pipeline, load
from extract.inputs import InputRecord
from extract.records import ErrorRecord
from extract.spacy_components import DEFAULT_COMPONENTS, SPANS_KEY, set_context

TEXT = "英偉達創始人黃仁勛表示，2025年一季度計提損失55億美元。\n\n華為  推出CloudMatrix 384。"
WHEN = "2025-07-19T11:04:00+08:00"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _core(pipeline: Pipeline, text: str = TEXT) -> list[tuple[str, int, int, object]]:
    return [(m.type, m.start, m.end, m.value) for m in pipeline(text, published_at=WHEN).mentions]


def _spacy(doc: Doc) -> list[tuple[str, int, int, object]]:
    return [(m.type, m.start, m.end, m.value) for m in doc._.mentions]


def test_core_path_imports_no_spacy() -> None:
    code = ("import sys; from extract import Pipeline; Pipeline()('營收11.11億元', id='a'); "
            "sys.exit('spacy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_doc_text_is_original_and_tokens_spell_it(pipeline: Pipeline) -> None:
    doc = pipeline.doc(TEXT)
    assert doc.text == TEXT
    assert "".join(t.text_with_ws for t in doc) == TEXT
    assert doc._.shadow.text.startswith("英伟达创始人黄仁勋")
    assert [t.text for t in pipeline.doc("英偉達創始人")][-1] == "創始人"  # shadow segmentation


def test_doc_and_core_path_agree(pipeline: Pipeline) -> None:
    assert _spacy(pipeline.doc(TEXT, published_at=WHEN)) == _core(pipeline)


def test_components_and_tokenizer_are_entry_points() -> None:
    declared = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(DEFAULT_COMPONENTS) <= declared
    assert all(Language.has_factory(name) for name in DEFAULT_COMPONENTS)
    assert "zh_extract.ShadowTokenizer.v1" in {ep.name for ep in entry_points(group="spacy_tokenizers")}


def test_load_is_a_chinese_pipeline_with_every_component() -> None:
    nlp = load()
    assert nlp.lang == "zh"
    assert nlp.pipe_names == list(DEFAULT_COMPONENTS)


def test_components_work_in_a_users_blank_pipeline(pipeline: Pipeline) -> None:
    nlp = spacy.blank("zh")  # spaCy's own character tokenizer, not ours
    for name in DEFAULT_COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp(set_context(nlp.make_doc(TEXT), published_at=WHEN))
    assert _spacy(doc) == _core(pipeline)


def test_spans_labels_and_ents_as_spacy_users_expect(pipeline: Pipeline) -> None:
    doc = pipeline.doc(TEXT, published_at=WHEN)
    spans = doc.spans[SPANS_KEY]
    assert len(spans) == len(doc._.mentions)
    assert [s.label_ for s in spans] == [m.type.upper() for m in doc._.mentions]
    assert all(s.start_char <= m.start and m.end <= s.end_char for s, m in zip(spans, doc._.mentions))
    assert {"MONEY", "DATE", "PERSON", "ORG", "PRODUCT"} <= {e.label_ for e in doc.ents}
    assert any(e.kb_id_.startswith("Q") for e in doc.ents)  # 英偉達 carries its Wikidata id


def test_to_disk_and_spacy_load_round_trip(tmp_path: Path, pipeline: Pipeline) -> None:
    nlp = load()
    nlp.to_disk(tmp_path / "zh")
    again = spacy.load(tmp_path / "zh")
    assert again.lang == "zh" and again.pipe_names == nlp.pipe_names
    doc = again(set_context(again.make_doc(TEXT), published_at=WHEN))
    assert _spacy(doc) == _core(pipeline)


def test_nlp_pipe_with_two_processes(pipeline: Pipeline) -> None:
    nlp = load()
    texts = [TEXT, "華為市場份額超70%。", "營收達新台幣50億元"]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [d.text for d in docs] == texts
    assert [_spacy(d) for d in docs] == [
        [(m.type, m.start, m.end, m.value) for m in pipeline(t).mentions] for t in texts
    ]


def test_docbin_and_to_bytes_keep_mentions(pipeline: Pipeline) -> None:
    nlp = load()
    doc = nlp(TEXT)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _spacy(again) == _spacy(doc)
    store = DocBin(store_user_data=True)
    store.add(doc)
    (loaded,) = DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab)
    assert _spacy(loaded) == _spacy(doc) and len(loaded.spans[SPANS_KEY]) == len(doc._.mentions)


def test_pipeline_pickles_and_the_copy_works(pipeline: Pipeline) -> None:
    copy = pickle.loads(pickle.dumps(Pipeline(stages=("money", "date"), claims=False)))
    assert copy.stages == ("money", "date") and copy.claims is False
    assert {m.type for m in copy(TEXT, published_at=WHEN).mentions} == {"money", "date"}


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown stages"):
        Pipeline(stages=("money", "moneys"))


def test_pipe_takes_strings_dicts_and_records(pipeline: Pipeline) -> None:
    records = list(pipeline.pipe([
        "營收11.11億元",
        {"id": "d1", "text": "營收11.11億元", "region": "TW", "source": "x"},
        InputRecord("r1", "營收11.11億元", "<test>"),
        {"id": "bad"},
    ]))
    assert [r.id for r in records] == ["article-1", "d1", "r1", "bad"]
    assert records[1].mentions[0].currency == "TWD" and records[1].meta == {"source": "x"}
    assert isinstance(records[3], ErrorRecord) and "missing field 'text'" in records[3].message


def test_displacy_renders_every_type(pipeline: Pipeline) -> None:
    from spacy import displacy

    from extract.spacy_components import DISPLACY_OPTIONS

    doc = pipeline.doc(TEXT + "華為市場份額超70%，出貨384張，歷時三個月。", published_at=WHEN)
    html = displacy.render(doc, style="ent", options=DISPLACY_OPTIONS, jupyter=False)
    assert all(f">{e.label_}<" in html.replace("\n", "").replace(" ", "") for e in doc.ents)
    assert {e.label_ for e in doc.ents} >= {"MONEY", "PERCENT", "QUANTITY", "DATE", "DURATION", "PERSON"}
    assert all(DISPLACY_OPTIONS["colors"][e.label_] in html for e in doc.ents)
