"""A row or object to an input record: the named fields taken out, the rest under `meta`.

Shared by every format that has fields (JSON, CSV/TSV, Parquet) so that `--text-field`
and friends mean the same everywhere. An input without an id gets its source
(`file:line`, `file[row]`) as id: unique within a run, and unlike a counter it cannot
collide with another file's ids by accident.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
from collections.abc import Mapping
from typing import Any

from extract.batch.options import ReadOptions
from extract.inputs import Input, InputRecord, input_error

REGIONS = ("CN", "TW", "HK")
MAX_DEPTH = 64  # deeper input objects are refused: every writer must be able to write them


def too_deep(obj: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether lists and objects nest more than `limit` levels (iterative: no recursion
    limit to hit on hostile input)."""
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, Mapping):
            children: Any = value.values()
        elif isinstance(value, (list, tuple)):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def jsonable(value: Any) -> Any:
    """A value as JSON data: dates as ISO strings, decimals as numbers, bytes as base64
    (Parquet columns hold all three; a record must write as JSON)."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):  # NaN in dataframes
        return None
    return str(value).strip() or None


def from_object(obj: Any, source: str, options: ReadOptions, default_id: str | None = None) -> Input:
    """The input record of one object, or an error record saying what is wrong with it."""
    if not isinstance(obj, Mapping):
        return input_error(source, f"expected a JSON object, got {type(obj).__name__}")
    if too_deep(obj):
        return input_error(
            source, f"fields nested deeper than {MAX_DEPTH} levels", _text(obj.get(options.id_field))
        )
    raw_id = obj.get(options.id_field)
    id = _text(raw_id) or default_id or source
    text = obj.get(options.text_field)
    if text is None or (isinstance(text, float) and text != text):  # NaN: a dataframe's null
        return input_error(source, f"missing field {options.text_field!r}", id)
    if not isinstance(text, str):
        return input_error(source, f"field {options.text_field!r} is {type(text).__name__}, not a string", id)
    if len(text) > options.max_chars:
        return input_error(
            source, f"text of {len(text):,} characters is over --max-chars {options.max_chars:,}", id
        )
    published = _text(jsonable(obj.get(options.date_field))) or options.published_at
    region = _text(obj.get(options.region_field)) or options.region
    named = (options.id_field, options.text_field, options.date_field, options.region_field)
    meta = {str(k): jsonable(v) for k, v in obj.items() if k not in named}
    return InputRecord(id, text, source, published, region, meta or None)


def from_text(
    text: str,
    source: str,
    id: str,
    options: ReadOptions,
    meta: dict[str, Any] | None = None,
    published_at: str | None = None,
) -> Input:
    """The input record of a whole-file article (text, HTML page, WARC response)."""
    if len(text) > options.max_chars:
        return input_error(
            source, f"text of {len(text):,} characters is over --max-chars {options.max_chars:,}", id
        )
    return InputRecord(id, text, source, published_at or options.published_at, options.region, meta)
