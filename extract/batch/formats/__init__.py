"""Input formats: which reader a file needs, chosen by its extension or forced.

Each format module turns one file (or a slice of it) into input records; the runner
never parses anything itself. Extensions match case-insensitively, compressed JSONL
included (`.JSONL.GZ`).
"""

from __future__ import annotations

from pathlib import Path

from extract.batch.lines import compression

# extension (after any compression suffix) -> format name
EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
    ".arc": "warc",
    ".txt": "text",
    ".text": "text",
}
FORMATS = tuple(dict.fromkeys(EXTENSIONS.values()))
# formats whose compressed form we read (.gz, .bz2, .xz, .zst)
COMPRESSIBLE = ("jsonl", "json", "csv", "tsv", "text", "warc")


def detect_format(path: Path) -> str | None:
    """The format of a file by its name, or None when it is not one we read.

    >>> detect_format(Path("day/2025-07-19.JSONL.gz")), detect_format(Path("a.warc.gz"))
    ('jsonl', 'warc')
    >>> detect_format(Path("notes.md")) is None
    True
    """
    name = path
    if compression(path):
        name = path.with_suffix("")
    fmt = EXTENSIONS.get(name.suffix.lower())
    if fmt is None or (name is not path and fmt not in COMPRESSIBLE):
        return None
    return fmt
