"""Writers: records to JSON lines."""

from __future__ import annotations

import json

from extract.records import Article, ErrorRecord


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
