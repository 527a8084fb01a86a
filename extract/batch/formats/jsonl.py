"""JSON Lines (plain or compressed, streamed) and `.json` files.

Every way a line can be broken becomes that line's error record: bytes that are not
UTF-8, invalid JSON, nesting deeper than the parser allows, an integer of thousands of
digits, a line longer than the guard. orjson parses the common case; the standard
library takes over for what orjson refuses (integers beyond 64 bits) so such lines are
still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
import regex

from extract.batch.fields import from_object
from extract.batch.lines import iter_lines, open_bytes
from extract.batch.options import ReadOptions
from extract.inputs import Input, input_error

BOM = b"\xef\xbb\xbf"


_LONG_INTEGER = regex.compile(rb"[0-9]{19}")


def parse_json(raw: bytes) -> Any:
    """One JSON value, or a ValueError saying why it cannot be read. orjson reads integers
    beyond 64 bits as floats, so a line with a long digit run goes to the standard
    library, which keeps them exact."""
    first = "integer beyond 64 bits"
    if not _LONG_INTEGER.search(raw):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            first = str(exc)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"line is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise ValueError(f"invalid JSON: nested too deeply ({first})") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise ValueError(f"invalid JSON: {exc}") from None


def parse_line(raw: bytes | None, source: str, options: ReadOptions) -> Input | None:
    """The input of one line, its error record, or None for a blank line."""
    if raw is None:
        return input_error(source, f"line longer than {options.max_line_bytes:,} bytes (--max-chars)")
    if not raw.strip():
        return None
    try:
        obj = parse_json(raw)
    except ValueError as exc:
        return input_error(source, str(exc))
    return from_object(obj, source, options)


def read_jsonl_lines(
    lines: Iterable[bytes | None], name: str, options: ReadOptions, first: int = 1
) -> Iterator[Input]:
    """One input per non-blank line; `first` is the number of the first line."""
    for number, raw in enumerate(lines, start=first):
        if number == 1 and raw is not None and raw.startswith(BOM):
            raw = raw[len(BOM) :]
        try:
            item = parse_line(raw, f"{name}:{number}", options)
        except (RecursionError, ValueError, TypeError) as exc:  # hostile content: this line only
            item = input_error(f"{name}:{number}", f"cannot read the line: {exc}")
        if item is not None:
            yield item


def read_jsonl(
    path: Path, options: ReadOptions, start: int = 0, stop: int | None = None, offset: int = 0
) -> Iterator[Input]:
    """Lines `start` (0-based) up to `stop` of a JSONL file; `offset` is the byte where
    line `start` begins (plain files only: a shard seeks straight to its slice)."""
    with open_bytes(path) as stream:
        if offset:
            stream.seek(offset)
        lines = (raw for raw, _ in iter_lines(stream, options.max_line_bytes))
        if stop is not None:
            lines = (raw for _, raw in zip(range(stop - start), lines))
        yield from read_jsonl_lines(lines, str(path), options, first=start + 1)


def read_json(path: Path, options: ReadOptions) -> Iterator[Input]:
    """A `.json` file: an array of article objects, one object, or JSON Lines after all."""
    name = str(path)
    with open_bytes(path) as stream:
        head = stream.read(options.max_line_bytes + 1)
    if len(head) > options.max_line_bytes or head.lstrip(BOM + b" \t\r\n")[:1] not in (b"[", b"{"):
        yield from read_jsonl(path, options)
        return
    try:
        obj = parse_json(head.removeprefix(BOM))
    except ValueError:
        yield from read_jsonl(path, options)  # several objects: it is JSON Lines
        return
    items = obj if isinstance(obj, list) else [obj]
    for number, item in enumerate(items, start=1):
        yield from_object(item, f"{name}[{number}]" if isinstance(obj, list) else name, options)
