"""What one input is: an article's text and context, or the error record that replaces it.

Every way an input can be broken (bad JSON, bytes that are not UTF-8, a missing or
empty `text`) becomes an `ErrorRecord` naming the source and the cause, so a batch of N
inputs always accounts for N outputs and one bad line costs nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extract.records import ErrorRecord

KNOWN_FIELDS = ("id", "text", "published_at", "region")


@dataclass(frozen=True)
class InputRecord:
    """An article as read: text plus the context fields of docs/format.md."""

    id: str
    text: str
    source: str
    published_at: str | None = None
    region: str | None = None
    meta: dict[str, Any] | None = field(default=None)


Input = InputRecord | ErrorRecord


def input_error(source: str, cause: str, id: str | None = None) -> ErrorRecord:
    return ErrorRecord(id=id, source=source, error="InputError", message=cause)


def from_json(obj: Any, source: str, default_id: str) -> Input:
    """An input record from one parsed JSON object, or an error record saying what is wrong."""
    if not isinstance(obj, dict):
        return input_error(source, f"expected a JSON object, got {type(obj).__name__}")
    id = str(obj["id"]) if obj.get("id") is not None else default_id
    text = obj.get("text")
    if text is None:
        return input_error(source, "missing field 'text'", id)
    if not isinstance(text, str):
        return input_error(source, f"field 'text' is {type(text).__name__}, not a string", id)
    published = obj.get("published_at")
    meta = {k: v for k, v in obj.items() if k not in KNOWN_FIELDS}
    return InputRecord(
        id, text, source, str(published) if published else None, obj.get("region"), meta or None
    )
