"""Every input format round-trips from fixture files made here: N inputs -> N records."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
import lzma
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import regex
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.batch.formats import detect_format
from extract.batch.lines import iter_lines
from extract.batch.options import ReadOptions
from extract.batch.readers import read_inputs, read_stdin
from extract.inputs import InputRecord
from extract.records import ErrorRecord

ARTICLES = [
    {"id": "a1", "text": "寒武纪2025年一季度营收11.11亿元，同比增长4230.22%。", "published_at": "2025-07-19"},
    {"id": "a2", "text": "台積電第二季營收新台幣9,337億元。", "region": "TW", "desk": "tech"},
    {"id": "a3", "text": "港交所上半年收入港幣120億元。"},
]
JSONL = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES).encode()
LONG_ZH = "国家统计局今天发布数据显示，一季度国内生产总值同比增长5.4%，居民消费价格指数上涨0.3%。"
LONG_TW = "行政院主計總處今天公布，第一季經濟成長率為百分之五點四，民間消費成長百分之二。"


def _ids(out: list[object]) -> list[str | None]:
    return [getattr(r, "id", None) for r in out]


COMPRESSORS = {
    "": lambda b: b,
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": lambda b: zstandard.ZstdCompressor().compress(b),
}


@pytest.mark.parametrize("suffix", list(COMPRESSORS), ids=lambda s: s or "plain")
def test_jsonl_plain_and_compressed(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"day.JSONL{suffix}"
    path.write_bytes(COMPRESSORS[suffix](JSONL))
    out = list(read_inputs([str(path)]))
    assert _ids(out) == ["a1", "a2", "a3"] and all(isinstance(r, InputRecord) for r in out)
    assert out[1].meta == {"desk": "tech"} and out[1].region == "TW"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "data,lines",
    [
        (b"a\nb\r\nc\rd", [b"a", b"b", b"c", b"d"]),
        (b"a\r", [b"a"]),
        (b"\n\nx\n", [b"", b"", b"x"]),
        (b"short\n" + b"x" * 50 + b"\nend", [b"short", None, b"end"]),
    ],
    ids=["lf crlf cr", "final cr", "blank lines", "over-long line"],
)
def test_line_endings_and_long_lines(data: bytes, lines: list[bytes | None]) -> None:
    for chunk in (1, 3, 1 << 20):  # a CRLF split across reads is still one line ending
        found = list(iter_lines(io.BytesIO(data), limit=20, chunk=chunk))
        assert [line for line, _ in found] == lines
        assert sum(n for _, n in found) == len(data)


def test_bom_cr_only_and_bad_lines(tmp_path: Path) -> None:
    good = json.dumps(ARTICLES[0], ensure_ascii=False).encode()
    deep = b'{"id": "deep", "text": "x", "m": ' + b"[" * 1100 + b"]" * 1100 + b"}"
    meta = b'{"id": "meta", "text": "x", "m": ' + b'{"a": ' * 256 + b"1" + b"}" * 256 + b"}"
    big = b'{"id": "big", "text": "x", "n": ' + b"9" * 5000 + b"}"
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + b"\r".join([good, deep, meta, big, b"\x89PNG\x00junk", good]))
    out = list(read_inputs([str(path)]))
    assert len(out) == 6
    assert [type(r).__name__ for r in out] == [
        "InputRecord",
        "ErrorRecord",
        "ErrorRecord",
        "ErrorRecord",
        "ErrorRecord",
        "InputRecord",
    ]
    assert "nested too deeply" in out[1].message and "digits" in out[3].message  # type: ignore[union-attr]
    assert out[1].source == f"{path}:2" and "nested deeper than" in out[2].message  # type: ignore[union-attr]


def test_missing_ids_are_sources_not_counters(tmp_path: Path) -> None:
    path = tmp_path / "noid.jsonl"
    path.write_text('{"text": "营收1亿元"}\n\n{"text": "利润2亿元"}\n', encoding="utf-8")
    assert _ids(list(read_inputs([str(path)]))) == [f"{path}:1", f"{path}:3"]


def test_json_array_and_single_object(tmp_path: Path) -> None:
    (tmp_path / "many.json").write_text(json.dumps(ARTICLES, ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp_path / "one.json").write_text(
        json.dumps(ARTICLES[0], ensure_ascii=False, indent=2), encoding="utf-8"
    )
    out = list(read_inputs([str(tmp_path / "many.json"), str(tmp_path / "one.json")]))
    assert _ids(out) == ["a1", "a2", "a3", "a1"]


def test_csv_tsv_fields_and_meta(tmp_path: Path) -> None:
    csv_path = tmp_path / "news.csv"
    csv_path.write_text(
        'uid,body,date,desk\nn1,"營收5億元，\n同比增長12%",2025-07-19,tech\nn2,,2025-07-20,x\n',
        encoding="utf-8-sig",
    )
    tsv_path = tmp_path / "news.tsv"
    tsv_path.write_text("uid\tbody\nt1\t利润3亿元\n", encoding="utf-8")
    options = ReadOptions(text_field="body", id_field="uid", date_field="date")
    out = list(read_inputs([str(csv_path), str(tsv_path)], options))
    assert _ids(out) == ["n1", "n2", "t1"]
    first = out[0]
    assert isinstance(first, InputRecord) and first.text == "營收5億元，\n同比增長12%"
    assert first.published_at == "2025-07-19" and first.meta == {"desk": "tech"}
    assert isinstance(out[1], InputRecord) and out[1].text == ""  # the pipeline says: empty text


def test_parquet_by_row_group(tmp_path: Path) -> None:
    table = pa.table(
        {
            "id": [f"p{i}" for i in range(5)],
            "text": [f"第{i}季营收{i}亿元" for i in range(5)],
            "published_at": pa.array([None] * 5, pa.timestamp("s")),
            "score": [0.5] * 5,
        }
    )
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=2)
    out = list(read_inputs([str(path)]))
    assert _ids(out) == ["p0", "p1", "p2", "p3", "p4"]
    assert out[4].source == f"{path}[5]" and out[4].meta == {"score": 0.5}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "encoding,text",
    [
        ("gb18030", LONG_ZH),
        ("big5", LONG_TW),
        ("utf-16", LONG_TW),
        ("utf-16-le", LONG_ZH),
        ("utf-8-sig", LONG_ZH),
    ],
)
def test_text_encodings_detected(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "story.TXT"
    path.write_bytes(text.encode(encoding))
    (record,) = read_inputs([str(path)])
    assert isinstance(record, InputRecord) and record.text == text and record.id == "story"
    assert (record.meta or {}).get("encoding", "utf-8").replace("_", "-").startswith(encoding.split("-")[0])


def test_binary_junk_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 40)
    (record,) = read_inputs([str(path)])
    assert isinstance(record, ErrorRecord) and "cannot decode" in record.message


HTML = """<html><head><title>寒武纪营收大涨</title><meta name="date" content="2025-07-19">
<script>var price="99億元";</script></head><body><nav><a href="/">首页</a> 财经 股票 100亿元专区</nav>
<article><h1>寒武纪营收大涨</h1><p>寒武纪2025年一季度营收11.11亿元，同比暴涨4230.22%。公司表示，增长来自云端产品线。</p>
<p>公司研发投入达到5亿元，员工数量增加至1200人，较去年同期明显增长。</p></article>
<footer>版权所有 联系我们</footer></body></html>"""


def test_html_main_text_without_script_or_nav(tmp_path: Path) -> None:
    path = tmp_path / "page.HTML"
    path.write_text(HTML, encoding="utf-8")
    (record,) = read_inputs([str(path)])
    assert isinstance(record, InputRecord)
    assert "11.11亿元" in record.text and "99億元" not in record.text and "100亿元专区" not in record.text
    assert record.published_at == "2025-07-19" and record.meta is not None
    assert record.meta["title"] == "寒武纪营收大涨" and record.meta["path"] == str(path)


def _warc(path: Path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        for i, content_type in enumerate(["text/html; charset=utf-8", "image/png", "text/html"]):
            body = HTML.replace("寒武纪2025", f"第{i}篇寒武纪2025").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example/{i}", "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/r", "resource", payload=io.BytesIO(b"x"), warc_content_type="text/plain"
            )
        )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, name.endswith(".gz"))
    out = list(read_inputs([str(path)]))
    assert [r.meta["url"] for r in out] == ["https://news.example/0", "https://news.example/2"]  # type: ignore[union-attr]
    assert all(isinstance(r, InputRecord) and r.id.startswith("urn:uuid:") for r in out)
    assert "第2篇寒武纪" in out[1].text  # type: ignore[union-attr]


def test_folder_recursive_with_skipped_files(tmp_path: Path) -> None:
    from extract.batch.sources import expand

    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.jsonl").write_bytes(JSONL)
    (tmp_path / "b" / "c" / "d.txt").write_text(LONG_ZH, encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "image.PNG").write_bytes(b"\x89PNG")
    found = expand([str(tmp_path)])
    assert [Path(e.path).name for e in found.entries] == ["a.jsonl", "d.txt"]
    assert sorted(Path(p).name for p in found.skipped) == ["image.PNG", "notes.md"]


@pytest.mark.parametrize(
    "name,fmt",
    [
        ("x.Jsonl", "jsonl"),
        ("x.ndjson.zst", "jsonl"),
        ("x.json", "json"),
        ("x.htm", "html"),
        ("x.warc.gz", "warc"),
        ("x.parquet.gz", None),
        ("x.md", None),
    ],
)
def test_detect_format(name: str, fmt: str | None) -> None:
    assert detect_format(Path(name)) == fmt


def test_stdin_bom_and_stray_first_line() -> None:
    data = codecs.BOM_UTF8 + b"# exported 2025-07-19\n" + JSONL.replace(b"\n", b"\r")
    out = list(read_stdin(io.BytesIO(data)))
    assert _ids(out) == [None, "a1", "a2", "a3"]
    assert isinstance(out[0], ErrorRecord) and out[0].source == "<stdin>:1"


def test_arc_html_responses_with_stable_ids(tmp_path: Path) -> None:
    def record(url: str, content_type: str, body: bytes) -> bytes:
        return f"{url} 1.2.3.4 20250719000000 {content_type} {len(body)}\n".encode() + body + b"\n"

    header = record(
        "filedesc://crawl.arc",
        "text/plain",
        b"1 0 test\nURL IP-address Archive-date Content-type Archive-length\n",
    )
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + HTML.encode()
    path = tmp_path / "crawl.arc"
    path.write_bytes(header + record("https://news.example/a", "text/html", page))
    first, again = list(read_inputs([str(path)])), list(read_inputs([str(path)]))
    assert len(first) == 1 and isinstance(first[0], InputRecord) and "11.11亿元" in first[0].text
    assert first[0].id == again[0].id == first[0].source and first[0].meta["url"] == "https://news.example/a"  # type: ignore[index]


def test_html_date_is_never_guessed_from_the_text(tmp_path: Path) -> None:
    path = tmp_path / "undated.html"
    path.write_text(HTML.replace('<meta name="date" content="2025-07-19">', ""), encoding="utf-8")
    (record,) = read_inputs([str(path)])
    assert isinstance(record, InputRecord) and record.published_at is None  # the body says 2025年


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(st.sampled_from([b"a", b"\xe8\x90\xa5", b"\n", b"\r", b"\r\n", b"{}", b" "]), max_size=40),
    chunk=st.integers(min_value=1, max_value=8),
)
def test_iter_lines_splits_like_universal_newlines(parts: list[bytes], chunk: int) -> None:
    data = b"".join(parts)
    expected = regex.split(rb"\r\n|\r|\n", data)
    if expected and expected[-1] == b"":
        expected.pop()  # a final line ending ends the last line; it starts no new one
    found = list(iter_lines(io.BytesIO(data), limit=1 << 20, chunk=chunk))
    assert [line for line, _ in found] == expected
    assert sum(n for _, n in found) == len(data)


def test_format_forced_for_an_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "export.log"
    path.write_bytes(JSONL)
    assert _ids(list(read_inputs([str(path)], ReadOptions(format="jsonl")))) == ["a1", "a2", "a3"]
    (whole,) = read_inputs([str(path)])
    assert isinstance(whole, InputRecord) and whole.id == "export"  # named explicitly: one text


def test_stdin_text_in_gb18030() -> None:
    (record,) = read_stdin(io.BytesIO(LONG_ZH.encode("gb18030")))
    assert (
        isinstance(record, InputRecord) and record.text == LONG_ZH and record.meta == {"encoding": "gb18030"}
    )


def test_csv_in_gb18030_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(f"id,text\nc1,{LONG_ZH}\nc2,营收增长\n".encode("gb18030"))
    out = list(read_inputs([str(path)]))
    assert [r.text for r in out] == [LONG_ZH, "营收增长"]  # type: ignore[union-attr]
    assert out[0].meta == {"encoding": "gb18030"}  # type: ignore[union-attr]
