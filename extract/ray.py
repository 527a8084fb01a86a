"""Ray Data helpers: extraction as a `map_batches` step.

    import ray
    from extract.ray import Extract
    ds = ray.data.read_parquet("s3://bucket/news/")            # columns: id, text, ...
    records = ds.map_batches(Extract, concurrency=8, batch_format="pyarrow")
    records.write_parquet("s3://bucket/records/")

`Extract` holds one pipeline per Ray actor (built once, in `__init__`), and turns a
batch of rows into a batch of records: the input `id`, `record` (the JSON line, article
or error record, exactly what `zh-extract run` writes), `error` (null for articles), and
counts of mentions and claims. Column names follow `ReadOptions` (`text_field`, ...).
"""

from __future__ import annotations

from typing import Any

from extract.batch.fields import from_object
from extract.batch.options import ReadOptions
from extract.batch.workers import run_one, worker_pipeline
from extract.batch.writers import faithful
from extract.records import ErrorRecord


class Extract:
    """A callable class for `Dataset.map_batches`: the pipeline lives as long as the actor."""

    def __init__(
        self, options: ReadOptions | None = None, timeout: float = 60.0, claims: bool = True
    ) -> None:
        self.options = options or ReadOptions()
        self.timeout = timeout
        self.pipeline = worker_pipeline(claims)

    def __call__(self, batch: Any) -> dict[str, list[Any]]:
        rows = batch.to_pylist() if hasattr(batch, "to_pylist") else _rows(batch)
        out: dict[str, list[Any]] = {"id": [], "record": [], "error": [], "mentions": [], "claims": []}
        for number, row in enumerate(rows, start=1):
            item = from_object(row, f"<row {row.get(self.options.id_field, number)}>", self.options)
            record, line = faithful(run_one(self.pipeline, item, self.timeout), item.source)
            error = isinstance(record, ErrorRecord)
            out["id"].append(record.id)
            out["record"].append(line)
            out["error"].append(record.error if isinstance(record, ErrorRecord) else None)
            out["mentions"].append(0 if error else len(record.mentions))  # type: ignore[union-attr]
            out["claims"].append(0 if error else len(record.claims))  # type: ignore[union-attr]
        return out


def _rows(batch: Any) -> list[dict[str, Any]]:
    """Rows of a batch given as a dict of columns (numpy or pandas batch formats)."""
    if hasattr(batch, "to_dict"):
        return batch.to_dict("records")  # type: ignore[no-any-return]
    names = list(batch)
    return [dict(zip(names, values)) for values in zip(*(list(batch[n]) for n in names))]
