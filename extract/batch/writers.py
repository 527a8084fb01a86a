"""Writers: records to JSON lines, written so that a reader never sees half a record.

Every line must read back to the record it came from. JSON cannot tell a lone high
surrogate followed by a lone low one from the character they pair into, so a record
holding that sequence is replaced by an error record saying so, instead of being written
as something else. Files appear by rename (`atomic_write`): a killed run leaves no
partial line and no half-written file that a later run or a reader takes as complete.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from extract.encode import record_data, to_json, to_json_bytes
from extract.records import Article, ErrorRecord

_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")  # in the UTF-8 line


def to_json_line(record: Article | ErrorRecord) -> str:
    """One JSON line (see `extract.encode`)."""
    return to_json(record)


def faithful(record: Article | ErrorRecord, source: str = "<input>") -> tuple[Article | ErrorRecord, str]:
    """The record and its JSON line, or an error record when the line would read back as
    a different record (surrogates that JSON would pair)."""
    record, line = faithful_bytes(record, source)
    return record, line.decode("utf-8")


def faithful_bytes(
    record: Article | ErrorRecord, source: str = "<input>"
) -> tuple[Article | ErrorRecord, bytes]:
    """`faithful` with the line as the UTF-8 bytes written (what a worker sends)."""
    line = to_json_bytes(record)
    if _ESCAPED_SURROGATE.search(line) and json.loads(line) != record_data(record):
        source = record.source if isinstance(record, ErrorRecord) else source
        record = ErrorRecord(
            id=_plain(record.id),
            source=_plain(source) or "<input>",
            error="EncodeError",
            message="text holds a lone high surrogate followed by a lone low one, which JSON "
            "reads back as one character: the record cannot be written faithfully",
        )
        line = to_json_bytes(record)
    return record, line


def _plain(value: str | None) -> str | None:
    """A string with any surrogate replaced, for the fields of a replacement error record."""
    if value is None:
        return None
    return value.encode("utf-8", "replace").decode("utf-8")


def encode_lines(lines: Iterable[bytes]) -> bytes:
    """The payload of lines `faithful_bytes` already gave (a worker encodes each record
    once), each ending in a newline."""
    return b"".join(line + b"\n" for line in lines)


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write a file whole or not at all: a temporary file in the same folder, flushed to
    disk, then renamed over `path`. A full disk raises before anything is renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a written file gets the usual mode
        with os.fdopen(fd, "wb") as out:
            for chunk in [data] if isinstance(data, bytes) else data:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it, so read once)."""
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)
        os.umask(_UMASK)
    return _UMASK


_UMASK: int | None = None
