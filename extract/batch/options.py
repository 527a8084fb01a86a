"""What a batch run reads with: field names, defaults for context, and the guards.

One frozen value travels from the command line to every worker (it pickles), so a shard
is read the same way in any process, on any machine.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class ReadOptions:
    """How inputs become input records.

    `text_field` ... `region_field` name the columns of CSV, TSV and Parquet rows and the
    keys of JSON objects; `published_at` and `region` fill inputs that carry none;
    `max_chars` turns a longer article into an error record before any work is done on
    it (a 50 MB article would otherwise cost gigabytes); `format` forces a reader.
    """

    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "published_at"
    region_field: str = "region"
    published_at: str | None = None
    region: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    format: str | None = None

    @property
    def max_line_bytes(self) -> int:
        """The longest JSON line worth parsing: every character escaped as \\uXXXX, plus
        room for the other fields. A longer line is an error without being held whole."""
        return self.max_chars * 6 + (1 << 16)
