"""Byte streams to lines, and compressed files to byte streams.

Lines end at LF, CRLF or a lone CR (old Mac exports), so CR-only files do not merge into
one line. A line longer than the limit is reported as `None` and its bytes are dropped
as they arrive: one 100 MB line costs a chunk of memory, never the whole line.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import regex

_EOL = regex.compile(rb"\r\n|\r|\n")
CHUNK = 1 << 20

COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}


def compression(path: Path) -> str | None:
    """The compression suffix of a file name (`.gz`, `.bz2`, `.xz`, `.zst`), or None."""
    suffix = path.suffix.lower()
    return suffix if suffix in (*COMPRESSED, ".zst") else None


def open_bytes(path: Path) -> IO[bytes]:
    """A binary stream of the file's content, decompressed as it is read."""
    kind = compression(path)
    if kind == ".zst":
        import zstandard

        return zstandard.ZstdDecompressor().stream_reader(path.open("rb"), closefd=True)  # type: ignore[return-value]
    if kind is not None:
        opener: Any = COMPRESSED[kind]
        return opener(path, "rb")  # type: ignore[no-any-return]
    return path.open("rb")


def iter_lines(stream: IO[bytes], limit: int, chunk: int = CHUNK) -> Iterator[tuple[bytes | None, int]]:
    """(line, bytes consumed) per line, the terminator left out; line is None when it is
    longer than `limit` bytes. Consumed sizes add up to the stream's length, so a
    caller can note where line N starts and seek there later."""
    buf, dropped = b"", -1  # dropped >= 0: bytes of an over-long line thrown away so far
    while data := stream.read(chunk):
        buf += data
        pos = 0
        while (m := _EOL.search(buf, pos)) is not None:
            if m.group() == b"\r" and m.end() == len(buf):
                break  # maybe the first half of CRLF: wait for the next chunk
            line = buf[pos : m.start()]
            if dropped >= 0:
                yield None, dropped + m.end() - pos
                dropped = -1
            else:
                yield (line if len(line) <= limit else None), m.end() - pos
            pos = m.end()
        buf = buf[pos:]
        if len(buf) > limit:
            dropped = max(dropped, 0) + len(buf)
            buf = b""
    if dropped >= 0:
        yield None, dropped + len(buf)
    elif buf:
        yield (buf.rstrip(b"\r") if len(buf) <= limit else None), len(buf)
