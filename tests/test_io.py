"""A batch of N inputs accounts for N outputs or error records, each naming its cause."""

from __future__ import annotations

import io as stdio
import json
from pathlib import Path

import pytest

from extract.batch.readers import read_inputs, read_jsonl, read_stdin
from extract.batch.writers import to_json_line
from extract.pipeline import Pipeline
from extract.records import Article, ErrorRecord

GOOD = '{"id": "a", "text": "营收增长。", "published_at": "2025-07-19", "source": "x"}'


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    "line,cause",
    [
        (b'{"id": "b", "text": ', "invalid JSON"),
        (b'{"id": "c"}', "missing field 'text'"),
        (b'{"id": "d", "text": 5}', "not a string"),
        (b'["not", "an", "object"]', "expected a JSON object"),
        ('{"id": "e", "text": "營收"}'.encode("big5"), "not UTF-8"),
    ],
    ids=["truncated json", "missing text", "text not string", "not object", "big5 bytes"],
)
def test_bad_lines_become_error_records(line: bytes, cause: str) -> None:
    out = list(read_jsonl([GOOD.encode(), line, GOOD.encode()], "in.jsonl"))
    assert [type(r).__name__ for r in out] == ["InputRecord", "ErrorRecord", "InputRecord"]
    error = out[1]
    assert isinstance(error, ErrorRecord)
    assert error.source == "in.jsonl:2" and cause in error.message


def test_extra_fields_pass_through_as_meta() -> None:
    (record,) = read_jsonl([GOOD.encode()], "in.jsonl")
    assert record.meta == {"source": "x"}  # type: ignore[union-attr]


def test_batch_keeps_count_and_order(pipeline: Pipeline, tmp_path: Path) -> None:
    lines = [GOOD, '{"id": "empty", "text": "  "}', "{oops", GOOD.replace('"a"', '"z"'),
             '{"id": "badtime", "text": "今年", "published_at": "yesterday"}',
             '{"id": "badregion", "text": "今年", "region": "US"}']
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(pipeline.pipe(read_inputs([str(path)])))
    assert len(out) == len(lines)
    assert [getattr(r, "id", None) for r in out] == ["a", "empty", None, "z", "badtime", "badregion"]
    messages = [r.message for r in out if isinstance(r, ErrorRecord)]
    assert messages[0] == "empty text" and "invalid JSON" in messages[1]
    assert "not an ISO 8601" in messages[2] and "not CN, TW or HK" in messages[3]
    assert isinstance(out[0], Article) and out[0].meta == {"source": "x"}


def test_folder_of_txt_files(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("第一篇", encoding="utf-8")
    second = "第二篇：国家统计局今天发布数据，一季度国内生产总值同比增长5.4%。"
    (tmp_path / "two.txt").write_bytes(second.encode("gb18030"))
    (tmp_path / "skip.md").write_text("x", encoding="utf-8")
    out = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert [type(r).__name__ for r in out] == ["InputRecord", "InputRecord", "ErrorRecord"]
    assert out[0].id == "one" and out[1].text == second  # type: ignore[union-attr]
    assert out[1].meta == {"encoding": "gb18030"}  # type: ignore[union-attr]
    assert "no such file" in out[2].message  # type: ignore[union-attr]


def test_stdin_plain_text_and_jsonl() -> None:
    (plain,) = read_stdin(stdio.BytesIO("一篇文章".encode()))
    assert plain.id == "stdin" and plain.text == "一篇文章"  # type: ignore[union-attr]
    lines = list(read_stdin(stdio.BytesIO((GOOD + "\n" + GOOD).encode())))
    assert len(lines) == 2


def test_json_line_keeps_value_key(pipeline: Pipeline) -> None:
    line = json.loads(to_json_line(pipeline("今年营收1.2万元。", id="x")))
    assert all("value" in m for m in line["mentions"])
    assert "published_at" not in line  # no header, no record field: unresolved, not guessed


def test_a_crashing_extractor_costs_only_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import pipeline as core
    from extract.numbers.money import find_money as real
    from extract.pipeline import finder

    pipeline = Pipeline()

    def fragile(shadow):  # type: ignore[no-untyped-def]
        if "炸" in shadow.text:
            raise RuntimeError("boom")
        return real(shadow)

    monkeypatch.setattr(core, "finder", lambda stage: fragile if stage == "money" else finder(stage))
    out = list(pipeline.pipe(["营收5亿元。", "炸了5亿元。", "利润3亿元。"]))
    assert [type(r).__name__ for r in out] == ["Article", "ErrorRecord", "Article"]
    assert out[1].error == "RuntimeError" and "boom" in out[1].message  # type: ignore[union-attr]


def test_pipe_over_an_iterator_that_raises_ends_in_an_error_record(pipeline: Pipeline) -> None:
    def inputs():  # type: ignore[no-untyped-def]
        yield "营收1亿元"
        raise RuntimeError("disk gone")

    out = list(pipeline.pipe(inputs()))
    assert [type(r).__name__ for r in out] == ["Article", "ErrorRecord"]
    assert out[1].source == "<item 2>" and "disk gone" in out[1].message  # type: ignore[union-attr]


@pytest.mark.parametrize("text,published_at,expected", [
    ("昨日营收1亿元", "0001-01-01", [("昨日", None)]),
    ("去年营收1亿元，去年同期为2亿元", "0001-03-01", [("去年", None), ("去年同期", None)]),
    ("明天公布，明年增长", "9999-12-31", [("明天", None), ("明年", None)]),
    ("昨日营收1亿元", "2025-07-19", [("昨日", "2025-07-18")]),
], ids=["yesterday at year 1", "last year at year 1", "tomorrow at 9999", "in range"])
def test_relative_dates_at_the_edge_of_the_calendar_are_null(
    pipeline: Pipeline, text: str, published_at: str, expected: list[tuple[str, str | None]]
) -> None:
    article = pipeline(text, published_at=published_at)
    assert article.published_at is not None and article.published_at.startswith(published_at)
    assert [(m.text, m.value) for m in article.mentions if m.type == "date"] == expected


def test_hostile_lines_each_become_their_own_record(tmp_path: Path) -> None:
    from extract.cli import main

    deep_meta = '{"id": "meta", "text": "营收1亿元", "m": ' + '{"a": ' * 256 + "1" + "}" * 256 + "}"
    lines = [GOOD, '{"id": "deep", "text": "x", "m": ' + "[" * 1000 + "]" * 1000 + "}", deep_meta,
             '{"id": "digits", "text": "x", "n": ' + "7" * 4400 + "}",
             '{"id": "wide", "text": "营收1亿元", "n": ' + "7" * 40 + "}"]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["run", str(src), "-o", str(out), "--quiet", "--workers", "1"]) == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in records] == ["a", "deep", "meta", None, "wide"]
    assert [r.get("error") for r in records] == [None, "InputError", "InputError", "InputError", None]
    assert "nested deeper" in records[2]["message"] and "digits" in records[3]["message"]
    assert records[4]["meta"] == {"n": int("7" * 40)}
