"""Records to JSON: the one serializer every writer uses.

The models are validated when built, so writing them need not go through pydantic
again: the record is laid out as plain data straight from the validated fields and
encoded by orjson, about four times faster than `model_dump` + `json.dumps` for a
60-mention article (`tests/benchmarks/bench_pipeline.py`). What it writes is the JSON
the models define, and validates against them (`tests/test_encode.py` proves it on the
whole corpus). A mention leaves out optional fields that are null but always has
`value`; a claim has every field, null ones included.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from extract.records import Article, Claim, ErrorRecord

_CLAIM_MENTIONS = ("subject", "quantity", "time", "change", "attribution")


def mention_data(mention: Any) -> dict[str, Any]:
    """A mention as plain data: null optional fields left out, `value` always there."""
    return mentions_data([mention])[0]


def mentions_data(mentions: list[Any]) -> list[dict[str, Any]]:
    """`mention_data` of each mention, in one loop: the fields' dict copied, then only
    the optional ones tested (low, high, qualifier, ...), half the cost of testing every
    field in a comprehension, the same keys in the same order. A required field is never
    null (the model validated it)."""
    out = []
    optional = _OPTIONAL
    for mention in mentions:
        data = mention.__dict__.copy()
        keys = optional.get(type(mention))
        if keys is None:
            keys = _optional(type(mention))
        for key in keys:
            if data[key] is None:
                del data[key]
        out.append(data)
    return out


_OPTIONAL: dict[type, tuple[str, ...]] = {}


def _optional(kind: type) -> tuple[str, ...]:
    """The fields of a mention model that may be left out when null: every field with a
    default except `type` (never null) and `value`, which is always written."""
    fields = kind.model_fields  # type: ignore[attr-defined]
    found = _OPTIONAL[kind] = tuple(
        k for k, f in fields.items() if not f.is_required() and k not in ("type", "value"))
    return found


def claim_data(claim: Claim, memo: dict[int, dict[str, Any]] | None = None) -> dict[str, Any]:
    """A claim as plain data, every field present; nested mentions as `mention_data`.

    `memo` (id of a mention -> its data) lets the claims of one article share the data
    of the mentions they name, laid out once: a claim names mentions of the article, and
    an article's claims name the same ones again and again."""
    data = dict(claim.__dict__)
    data["sentence"] = list(claim.sentence)
    for name in _CLAIM_MENTIONS:
        mention = data[name]
        if mention is not None:
            if memo is None:
                data[name] = mention_data(mention)
            else:
                found = memo.get(id(mention))
                if found is None:
                    found = memo[id(mention)] = mention_data(mention)
                data[name] = found
    return data


def article_data(article: Article) -> dict[str, Any]:
    """An article as plain data, in the field order of the model. The memo holds each
    mention's data by identity while the article (and so every mention) is alive."""
    data = {}
    memo: dict[int, dict[str, Any]] = {}
    for key, value in article.__dict__.items():
        if key == "mentions":
            laid = data[key] = mentions_data(value)
            memo.update(zip(map(id, value), laid))
        elif key == "claims":
            data[key] = [claim_data(c, memo) for c in value]
        elif value is not None:
            data[key] = value
    return data


def record_data(record: Article | ErrorRecord) -> dict[str, Any]:
    if isinstance(record, Article):
        return article_data(record)
    return record.model_dump(exclude_none=True)


def to_json(record: Article | ErrorRecord) -> str:
    """One record as one line of JSON (no newline), UTF-8 text unescaped."""
    return to_json_bytes(record).decode("utf-8")


def to_json_bytes(record: Article | ErrorRecord) -> bytes:
    """`to_json` as the UTF-8 bytes a writer puts in a file: orjson's own output, not
    decoded to text and encoded back (two passes over a line 19 times the article)."""
    data = record_data(record)
    try:
        return orjson.dumps(data)
    except (orjson.JSONEncodeError, TypeError):
        # Lone surrogates or integers beyond 64 bits, which orjson refuses: the standard
        # library writes both (surrogates escaped).
        line = json.dumps(data, ensure_ascii=False)
        try:
            return line.encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(data).encode("utf-8")
