"""Writers: records to JSON lines."""

from __future__ import annotations

from extract.encode import to_json
from extract.records import Article, ErrorRecord


def to_json_line(record: Article | ErrorRecord) -> str:
    """One JSON line (see `extract.encode`)."""
    return to_json(record)
