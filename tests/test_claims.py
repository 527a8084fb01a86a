"""The claims stage against its case table (tests/cases/claims.toml) and its contract.

Rows run the whole pipeline, so that a claim is checked against the mentions it nests;
the property that every nested mention is one of the article's own is in test_property.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from extract.pipeline import Pipeline
from tests.casetable import CASES

MENTION_FIELDS = ("quantity", "subject", "time", "change", "attribution")
PIPELINE = Pipeline()


def _rows() -> list[Any]:
    rows = tomllib.loads((CASES / "claims.toml").read_text(encoding="utf-8"))["case"]
    params = []
    for number, row in enumerate(rows, start=1):
        marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else []
        params.append(pytest.param(row, id=f"{number:03d}-{row['why'][:40]}", marks=marks))
    return params


def _field(claim: Any, name: str) -> Any:
    value = getattr(claim, name)
    return value.text if name in MENTION_FIELDS and value is not None else value


@pytest.mark.parametrize("row", _rows())
def test_claim_case(row: dict[str, Any]) -> None:
    article = PIPELINE(row["text"], published_at=row.get("published_at"), region=row.get("region"))
    got = {c.quantity.text: c for c in article.claims}
    assert sorted(got) == sorted(e["quantity"] for e in row["expect"])
    for want in row["expect"]:
        claim = got[want["quantity"]]
        for name, value in want.items():
            if name == "null":
                assert {n: getattr(claim, n) for n in value} == dict.fromkeys(value)
            elif name != "quantity":
                assert (name, _field(claim, name)) == (name, value)


def test_every_cue_kind_is_used() -> None:
    from extract.tables import read_table

    kinds = {r["cue"] for r in read_table("claims.cues.tsv")}
    # the eleventh subject pass's kinds
    subject12 = {"index_name", "market_metric", "spend", "destination", "macro", "segment",
                 "price_change", "own_account", "cumulative"}
    # the Hong Kong pass's kinds
    hk12 = {"estate", "one_unit", "unit_sale"}
    assert kinds - subject12 - hk12 == {"up", "down", "yoy", "qoq", "speech", "publish", "source", "negation",
                     "hypothetical", "contrast", "from", "compare", "peer", "place", "partner",
                     "anaphor", "verb", "spec", "classifier", "conversion", "to", "base_period",
                     "pronoun", "shown", "change_stem", "agency", "adverb", "breakdown", "causative",
                     "firm", "denial", "counter", "stop", "unit_metric", "modifier", "demonstrative", "joint",
                     "list_lead", "close", "linking", "metric_end", "rate_end", "vague_measure", "scope",
                     "pointer", "definite", "event", "project", "count_unit", "project_total", "executive",
                     "period", "index", "after", "respective", "sum", "speech_lead", "byline", "act",
                     "effective", "no_period", "media", "wire", "not_from", "length_unit",
                     "same_period", "not_basis", "market", "more", "less", "speech_adverb", "flow",
                     "compare_after", "speech_short", "future", "neutral_change", "other_basis", "latest",
                     "results", "frequency", "breakdown_tail", "not_change",
                     "decision", "not_source", "market_price"}


@pytest.mark.parametrize("name", ["metric.tsv", "claims.cues.tsv"])
def test_claim_data_in_shadow_form(name: str) -> None:
    from extract.tables import read_table
    from extract.text.shadow import to_shadow

    column = "word"
    words = [r[column] for r in read_table(name)]
    assert {w: to_shadow(w) for w in words if to_shadow(w) != w} == {}
    canonical = [r["metric"] for r in read_table(name) if "metric" in r]
    assert {m: to_shadow(m) for m in canonical if to_shadow(m) != m} == {}


def test_no_holder_no_entity_gives_null_subject() -> None:
    article = PIPELINE("增长了12%。")
    assert [(c.subject, c.subject_text) for c in article.claims] == [(None, None)]


def test_spacy_doc_claims_equal_the_pipeline_claims() -> None:
    pytest.importorskip("spacy")
    text = "2025年一季度，寒武纪实现营业收入11.11亿元，同比暴涨4230.22%。黄仁勋表示，英伟达份额下降至50%。"
    when = "2025-07-19T11:04:00+08:00"
    doc = PIPELINE.doc(text, published_at=when)
    assert doc._.claims == PIPELINE(text, published_at=when).claims
    assert [c.quantity.text for c in doc._.claims] == ["11.11亿元", "50%"]


def test_thousands_separator_is_no_clause_break() -> None:
    from extract.claims.clauses import View

    text = "成交价1,380万元，呎价2万1,231元。"
    view = View.of(text, text, [])
    sentence = view.sentences[0]
    assert view.run_start(sentence, text.index("380")) == 0
    assert view.run_start(sentence, text.index("231")) == text.index("呎")
