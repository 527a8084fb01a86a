"""Readers: a shard, a file, a folder or standard input to input records, one per article.

`read_shard` is what a worker calls; the other functions read whole inputs in this
process, for library users and for `zh-extract eval`.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from extract.batch.formats.html import read_html
from extract.batch.formats.jsonl import read_json, read_jsonl_lines
from extract.batch.formats.jsonl import read_jsonl as read_jsonl_file
from extract.batch.formats.table import read_csv, read_parquet
from extract.batch.formats.text import read_text
from extract.batch.formats.warc import read_warc
from extract.batch.options import ReadOptions
from extract.batch.shards import Shard, plan, stdin_shards
from extract.batch.sources import expand
from extract.inputs import Input, InputRecord, input_error
from extract.records import Article, to_article

STDIN_NAME = "<stdin>"


def read_file(
    path: Path, fmt: str, options: ReadOptions, start: int = 0, stop: int | None = None, offset: int = 0
) -> Iterator[Input]:
    """Every input of one file in format `fmt`; a file that cannot be opened is one error."""
    try:
        if fmt == "jsonl":
            yield from read_jsonl_file(path, options, start, stop, offset)
        elif fmt == "json":
            yield from read_json(path, options)
        elif fmt in ("csv", "tsv"):
            yield from read_csv(path, options, "\t" if fmt == "tsv" else ",")
        elif fmt == "parquet":
            yield from read_parquet(path, options, start, stop)
        elif fmt == "warc":
            yield from read_warc(path, options)
        elif fmt == "html":
            yield read_html(path, options)
        else:
            yield read_text(path, options)
    except OSError as exc:
        yield input_error(str(path), f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a damaged Parquet/gzip/zstd file: say so, keep the batch going
        yield input_error(str(path), f"cannot read as {fmt}: {exc}")


def read_shard(shard: Shard, options: ReadOptions) -> Iterator[Input]:
    """The inputs of one shard, in order."""
    if shard.format == "missing":
        yield input_error(shard.paths[0], "no such file or folder")
    elif shard.format == "stdin":
        yield from read_stdin_shard(shard, options)
    elif shard.format == "files":
        for path, fmt in zip(shard.paths, shard.formats):
            yield from read_file(Path(path), fmt, options)
    else:
        yield from read_file(
            Path(shard.paths[0]), shard.format, options, shard.start, shard.stop, shard.offset
        )


def read_stdin_shard(shard: Shard, options: ReadOptions) -> Iterator[Input]:
    """Inline standard-input lines (JSONL), or the whole stream as one text article."""
    lines = shard.data or ()
    if shard.formats and shard.formats[0] == "text":
        data = lines[0] or b""
        if len(data) > options.max_chars * 4 + 4:
            yield input_error(STDIN_NAME, f"input is over --max-chars {options.max_chars:,}", "stdin")
            return
        from extract.batch.formats.text import DecodeError, decode

        try:
            text, encoding = decode(data)
        except (DecodeError, UnicodeDecodeError) as exc:
            yield input_error(STDIN_NAME, f"cannot decode: {exc}", "stdin")
            return
        if len(text) > options.max_chars:
            yield input_error(STDIN_NAME, f"text is over --max-chars {options.max_chars:,}", "stdin")
            return
        meta = None if encoding == "utf-8" else {"encoding": encoding}
        yield InputRecord("stdin", text, STDIN_NAME, options.published_at, options.region, meta)
        return
    yield from read_jsonl_lines(lines, STDIN_NAME, options, first=shard.start + 1)


def sniff_stdin(stream: IO[bytes]) -> str:
    """`jsonl` when one of the first lines (after a BOM and blank lines) starts with `{`,
    else `text`. Looking past the first line keeps a stray header line from turning a
    whole JSONL stream into one article; `--format` decides when given."""
    head = stream.peek(1 << 16)[: 1 << 16] if hasattr(stream, "peek") else b""
    lines = [ln.strip() for ln in head.removeprefix(b"\xef\xbb\xbf").splitlines() if ln.strip()]
    return "jsonl" if any(ln.startswith(b"{") for ln in lines[:8]) else "text"


def stdin_text_shard(stream: IO[bytes], index: int, options: ReadOptions) -> Shard:
    """Standard input read as one article (bounded by --max-chars)."""
    data = stream.read(options.max_chars * 4 + 5)
    return Shard(index, "stdin", (STDIN_NAME,), ("text",), data=(data,))


def read_stdin(
    stream: IO[bytes], options: ReadOptions | None = None, fmt: str | None = None
) -> Iterator[Input]:
    """Standard input: JSONL streamed line by line, or one text article (see `sniff_stdin`)."""
    options = options or ReadOptions()
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    fmt = fmt or sniff_stdin(stream)
    if fmt == "text":
        yield from read_stdin_shard(stdin_text_shard(stream, 0, options), options)
        return
    for shard in stdin_shards(stream, 0, 1000, options.max_line_bytes, "jsonl"):
        yield from read_stdin_shard(shard, options)


def read_jsonl(lines: Iterable[bytes], name: str, options: ReadOptions | None = None) -> Iterator[Input]:
    """One input per non-blank line of a JSONL stream."""
    yield from read_jsonl_lines(lines, name, options or ReadOptions())


def read_inputs(names: Iterable[str], options: ReadOptions | None = None) -> Iterator[Input]:
    """Every input named on a command line, `-` meaning standard input, in order."""
    options = options or ReadOptions()
    for shard in plan(expand(list(names), options.format), limit=options.max_line_bytes):
        if shard.format == "stdin":
            yield from read_stdin(sys.stdin.buffer, options, options.format)
        else:
            yield from read_shard(shard, options)


def read_articles(path: Path) -> list[Article]:
    """Gold or prediction JSONL as validated articles.

    Error records in a prediction file are skipped (their article scores as all misses);
    fields a gold line adds beyond the record (`source`, notes) move under `meta`. A line
    that is not a valid article raises: gold must be clean.
    """
    articles = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if not line.strip():
                continue
            data = json.loads(line)
            if "error" in data and "text" not in data:
                continue
            articles.append(to_article(data))
    return articles
