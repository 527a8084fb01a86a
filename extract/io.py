"""Readers and writers. One input yields one record: an article or an error record.

Every way an input can be broken (bad JSON, bytes that are not UTF-8, a missing or
empty `text`) becomes an `ErrorRecord` naming the file, the line and the cause, so a
batch of N inputs always accounts for N outputs and one bad line costs nothing else.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .records import Article, ErrorRecord

KNOWN_FIELDS = ("id", "text", "published_at", "region")


@dataclass(frozen=True)
class InputRecord:
    """An article as read: text plus the context fields of ANNOTATION.md."""

    id: str
    text: str
    source: str
    published_at: str | None = None
    region: str | None = None
    meta: dict[str, Any] | None = field(default=None)


Input = InputRecord | ErrorRecord


def _error(source: str, cause: str, id: str | None = None) -> ErrorRecord:
    return ErrorRecord(id=id, source=source, error="InputError", message=cause)


def from_json(obj: Any, source: str, default_id: str) -> Input:
    """An input record from one parsed JSON object, or an error record saying what is wrong."""
    if not isinstance(obj, dict):
        return _error(source, f"expected a JSON object, got {type(obj).__name__}")
    id = str(obj["id"]) if obj.get("id") is not None else default_id
    text = obj.get("text")
    if text is None:
        return _error(source, "missing field 'text'", id)
    if not isinstance(text, str):
        return _error(source, f"field 'text' is {type(text).__name__}, not a string", id)
    published = obj.get("published_at")
    meta = {k: v for k, v in obj.items() if k not in KNOWN_FIELDS}
    return InputRecord(
        id, text, source, str(published) if published else None, obj.get("region"), meta or None
    )


def read_jsonl(lines: Iterable[bytes], name: str) -> Iterator[Input]:
    """One input per non-blank line of a JSONL stream."""
    for number, raw in enumerate(lines, start=1):
        source = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield _error(source, f"line is not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield _error(source, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield from_json(obj, source, f"{Path(name).stem}-{number}")


def read_text_file(path: Path) -> Input:
    """A .txt file is one article; its id is the file's stem."""
    try:
        return InputRecord(path.stem, path.read_bytes().decode("utf-8"), str(path))
    except UnicodeDecodeError as exc:
        return _error(str(path), f"file is not UTF-8 ({exc.reason} at byte {exc.start})", path.stem)
    except OSError as exc:
        return _error(str(path), f"cannot read: {exc.strerror}", path.stem)


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
            yield _error(str(path), f"cannot read: {exc.strerror}")
    elif path.exists():
        yield read_text_file(path)
    else:
        yield _error(str(path), "no such file or folder")


def read_stdin(stream: IO[bytes]) -> Iterator[Input]:
    """JSONL when the first non-blank byte is `{`, else the whole stream is one article."""
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl(data.splitlines(), "<stdin>")
        return
    try:
        yield InputRecord("stdin", data.decode("utf-8"), "<stdin>")
    except UnicodeDecodeError as exc:
        yield _error("<stdin>", f"input is not UTF-8 ({exc.reason} at byte {exc.start})", "stdin")


def read_inputs(names: Iterable[str]) -> Iterator[Input]:
    """Every input named on a command line, `-` meaning standard input."""
    for name in names:
        if name == "-":
            yield from read_stdin(sys.stdin.buffer)
        else:
            yield from read_path(Path(name))


def to_json_line(record: Article | ErrorRecord) -> str:
    """One JSON line; optional fields left out when null, but a mention's `value` always there."""
    data = record.model_dump(mode="json", exclude_none=True)
    for mention in data.get("mentions", ()):
        mention.setdefault("value", None)
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a JSON escape: keep them escaped
        line = json.dumps(data)
    return line


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
