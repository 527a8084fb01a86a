"""Readers: files, folders and standard input to input records (one per article)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from extract.inputs import Input, InputRecord, from_json, input_error
from extract.records import Article


def read_jsonl(lines: Iterable[bytes], name: str) -> Iterator[Input]:
    """One input per non-blank line of a JSONL stream."""
    for number, raw in enumerate(lines, start=1):
        source = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield input_error(source, f"line is not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield input_error(source, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield from_json(obj, source, f"{Path(name).stem}-{number}")


def read_text_file(path: Path) -> Input:
    """A .txt file is one article; its id is the file's stem."""
    try:
        return InputRecord(path.stem, path.read_bytes().decode("utf-8"), str(path))
    except UnicodeDecodeError as exc:
        return input_error(str(path), f"file is not UTF-8 ({exc.reason} at byte {exc.start})", path.stem)
    except OSError as exc:
        return input_error(str(path), f"cannot read: {exc.strerror}", path.stem)


def read_path(path: Path) -> Iterator[Input]:
    """A .txt file, a .jsonl file, or a folder of them (sorted, not recursive)."""
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.suffix in (".txt", ".jsonl"):
                yield from read_path(child)
    elif path.suffix == ".jsonl":
        try:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, str(path))
        except OSError as exc:
            yield input_error(str(path), f"cannot read: {exc.strerror}")
    elif path.exists():
        yield read_text_file(path)
    else:
        yield input_error(str(path), "no such file or folder")


def read_stdin(stream: IO[bytes]) -> Iterator[Input]:
    """JSONL when the first non-blank byte is `{`, else the whole stream is one article."""
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl(data.splitlines(), "<stdin>")
        return
    try:
        yield InputRecord("stdin", data.decode("utf-8"), "<stdin>")
    except UnicodeDecodeError as exc:
        yield input_error("<stdin>", f"input is not UTF-8 ({exc.reason} at byte {exc.start})", "stdin")


def read_inputs(names: Iterable[str]) -> Iterator[Input]:
    """Every input named on a command line, `-` meaning standard input."""
    for name in names:
        if name == "-":
            yield from read_stdin(sys.stdin.buffer)
        else:
            yield from read_path(Path(name))


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
            extra = {k: data.pop(k) for k in list(data) if k not in Article.model_fields}
            if extra:
                data["meta"] = {**(data.get("meta") or {}), **extra}
            articles.append(Article.model_validate(data))
    return articles
