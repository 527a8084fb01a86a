"""Plain-text files: one article per file, in whatever encoding it was saved.

A BOM names its encoding; UTF-8 is tried next; anything else goes to a real detector
(charset-normalizer), limited to the encodings Chinese text actually comes in, so that
binary junk is refused instead of being read as Latin-1. The encoding used is kept in
the record's `meta`, so a user can see which files were guessed.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from extract.batch.fields import from_text
from extract.batch.lines import open_bytes
from extract.batch.options import ReadOptions
from extract.inputs import Input, input_error

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CANDIDATES = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_16_le", "utf_16_be"]


class DecodeError(ValueError):
    """Bytes that no candidate encoding reads as text."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with.

    >>> decode("營收".encode("big5"))
    ('營收', 'big5')
    >>> decode(codecs.BOM_UTF8 + "营收".encode())
    ('营收', 'utf-8-sig')
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data and not _utf16_like(data):
        raise DecodeError("binary data (NUL bytes), not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is None:
        raise DecodeError("not text in UTF-8, GB18030, Big5 or UTF-16")
    return str(best), best.encoding


def _utf16_like(data: bytes) -> bool:
    """UTF-16 without a BOM: Chinese text in it has NULs only in ASCII positions."""
    return len(data) % 2 == 0 and data.count(b"\x00") * 8 < len(data) * 5


def read_text(path: Path, options: ReadOptions) -> Input:
    """A text file as one article whose id is the file's stem."""
    stem = path.name.split(".")[0] or path.name
    try:
        with open_bytes(path) as stream:
            data = stream.read(options.max_chars * 4 + 5)
    except OSError as exc:
        return input_error(str(path), f"cannot read: {exc.strerror or exc}", stem)
    if len(data) > options.max_chars * 4 + 4:
        return input_error(str(path), f"file is over --max-chars {options.max_chars:,} characters", stem)
    try:
        text, encoding = decode(data)
    except (DecodeError, UnicodeDecodeError) as exc:
        return input_error(str(path), f"cannot decode: {exc}", stem)
    meta = None if encoding == "utf-8" else {"encoding": encoding}
    return from_text(text, str(path), stem, options, meta)
