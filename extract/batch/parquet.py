"""Records to Parquet: an `articles` table plus flat `mentions` and `claims` tables.

A dataframe user joins `mentions` and `claims` to `articles` on `article_id`; a claim's
nested mentions are indices into the article's mentions (`mentions.index`), since every
one of them is one of the article's mentions (docs/format.md). Values of mixed kind
(a money amount, a TIMEX date, a canonical name) are kept in `value` as JSON text,
numbers also as `number` (float64) for filtering. Error records are rows of `articles`
with `error` and `message` set. Each shard writes its own row group(s); a single output
file is assembled by copying row groups, so memory stays one shard.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extract.encode import claim_data, mention_data
from extract.records import Article, Claim, ErrorRecord

TABLES = ("articles", "mentions", "claims")
_CLAIM_MENTIONS = ("subject", "quantity", "time", "change", "attribution")  # indices into mentions
NUMERIC = ("money", "percent", "quantity")
_S, _I, _F = pa.string(), pa.int64(), pa.float64()

ARTICLES = pa.schema(
    [
        ("article_id", _S),
        ("source", _S),
        ("schema_version", _S),
        ("published_at", _S),
        ("region", _S),
        ("text", _S),
        ("meta", _S),
        ("mentions", _I),
        ("claims", _I),
        ("error", _S),
        ("message", _S),
    ]
)
MENTIONS = pa.schema(
    [
        ("article_id", _S),
        ("index", _I),
        ("type", _S),
        ("start", _I),
        ("end", _I),
        ("text", _S),
        ("value", _S),
        ("number", _F),
        ("low", _S),
        ("high", _S),
        ("qualifier", _S),
        ("currency", _S),
        ("unit", _S),
        ("mod", _S),
        ("fiscal", pa.bool_()),
        ("id", _S),
    ]
)
_CLAIM_OTHER = [f for f in Claim.model_fields if f not in _CLAIM_MENTIONS and f != "sentence"]
CLAIMS = pa.schema(
    [("article_id", _S), ("index", _I), ("sentence_start", _I), ("sentence_end", _I)]
    + [(f, _I if f in _CLAIM_MENTIONS else _S) for f in Claim.model_fields if f != "sentence"]
)
SCHEMAS = {"articles": ARTICLES, "mentions": MENTIONS, "claims": CLAIMS}


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _mention_row(article_id: str, index: int, mention: Any) -> dict[str, Any]:
    data = mention_data(mention)
    row = {k: data.get(k) for k in MENTIONS.names if k not in ("article_id", "index", "number")}
    for key in ("value", "low", "high"):
        row[key] = _json(data.get(key))
    row.update(article_id=article_id, index=index, number=_number(data.get("value")))
    return row


def _claim_row(article_id: str, index: int, claim: Claim, where: dict[Any, int]) -> dict[str, Any]:
    data = claim_data(claim)
    row: dict[str, Any] = {
        "article_id": article_id,
        "index": index,
        "sentence_start": data["sentence"][0],
        "sentence_end": data["sentence"][1],
    }
    for name in _CLAIM_MENTIONS:
        m = data.get(name)
        row[name] = None if m is None else where.get((m["type"], m["start"], m["end"]), -1)
    for name in _CLAIM_OTHER:
        value = data.get(name)
        row[name] = value if value is None or isinstance(value, str) else _json(value)
    return row


def tables_of(records: Sequence[tuple[Article | ErrorRecord, str]]) -> dict[str, pa.Table]:
    """The three tables of (record, source) pairs."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for record, source in records:
        if isinstance(record, ErrorRecord):
            rows["articles"].append(
                {
                    "article_id": record.id,
                    "source": record.source,
                    "error": record.error,
                    "message": record.message,
                    "schema_version": record.schema_version,
                }
            )
            continue
        where = {(m.type, m.start, m.end): i for i, m in enumerate(record.mentions)}
        rows["articles"].append(
            {
                "article_id": record.id,
                "source": source,
                "schema_version": record.schema_version,
                "published_at": record.published_at,
                "region": record.region,
                "text": record.text,
                "meta": _json(record.meta),
                "mentions": len(record.mentions),
                "claims": len(record.claims),
            }
        )
        rows["mentions"] += [_mention_row(record.id, i, m) for i, m in enumerate(record.mentions)]
        rows["claims"] += [_claim_row(record.id, i, c, where) for i, c in enumerate(record.claims)]
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


def write_tables(paths: dict[str, Path], tables: dict[str, pa.Table], row_group_size: int = 10_000) -> None:
    """Each table to its file (the caller makes the write atomic)."""
    for name in TABLES:
        pq.write_table(tables[name], paths[name], row_group_size=row_group_size, compression="zstd")


def concat_files(parts: Iterable[Path], target: Path, schema: pa.Schema) -> None:
    """Row groups of the part files, in order, into one file: one row group in memory."""
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        for part in parts:
            source = pq.ParquetFile(part)
            for group in range(source.num_row_groups):
                writer.write_table(source.read_row_group(group))


def records_from_tables(articles: pa.Table, mentions: pa.Table, claims: pa.Table) -> list[dict[str, Any]]:
    """The three tables back as record dicts (what the JSONL output holds): the proof
    that nothing is lost on the way to Parquet, and a reader for users who want records."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in mentions.to_pylist():
        m = {k: v for k, v in row.items() if k not in ("article_id", "index", "number") and v is not None}
        for key in ("value", "low", "high"):
            if key in m:
                m[key] = json.loads(m[key])
        m.setdefault("value", None)
        by_article.setdefault(row["article_id"], []).append(m)
    claims_of: dict[str, list[dict[str, Any]]] = {}
    for row in claims.to_pylist():
        found = by_article.get(row["article_id"], [])
        c: dict[str, Any] = {"sentence": [row["sentence_start"], row["sentence_end"]]}
        for name in Claim.model_fields:
            if name in _CLAIM_MENTIONS:
                c[name] = None if row[name] is None else found[row[name]]
            elif name != "sentence":
                c[name] = row[name]
        claims_of.setdefault(row["article_id"], []).append(c)
    out = []
    for row in articles.to_pylist():
        if row["error"] is not None:
            error = {
                "schema_version": row["schema_version"],
                "id": row["article_id"],
                "source": row["source"],
                "error": row["error"],
                "message": row["message"],
            }
            out.append({k: v for k, v in error.items() if v is not None})
            continue
        rec = {
            "schema_version": row["schema_version"],
            "id": row["article_id"],
            "published_at": row["published_at"],
            "region": row["region"],
            "text": row["text"],
            "mentions": by_article.get(row["article_id"], []),
            "claims": claims_of.get(row["article_id"], []),
            "meta": json.loads(row["meta"]) if row["meta"] else None,
        }
        out.append({k: v for k, v in rec.items() if v is not None})
    return out
