"""Tables: CSV and TSV rows, Parquet rows read one row group at a time.

A row is an article: `--text-field`, `--id-field`, `--date-field`, `--region-field`
name its columns and every other column passes through under `meta`. Parquet is read by
row group, so a shard is a range of row groups and memory is one group, not the file.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from extract.batch.fields import from_object
from extract.batch.lines import open_bytes
from extract.batch.options import ReadOptions
from extract.inputs import Input, input_error

csv.field_size_limit(sys.maxsize)


def read_csv(path: Path, options: ReadOptions, delimiter: str = ",") -> Iterator[Input]:
    """One input per row after the header; a row the csv module cannot read is an error."""
    name = str(path)
    with open_bytes(path) as raw:
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
        reader = csv.DictReader(stream, delimiter=delimiter)
        number = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                yield input_error(
                    f"{name}:{number + 1}", f"file is not UTF-8 ({exc.reason}); rows after it unread"
                )
                return
            except csv.Error as exc:
                number += 1
                yield input_error(f"{name}:{reader.line_num}", f"bad CSV row: {exc}")
                continue
            number += 1
            if None in row:
                row["_extra"] = row.pop(None)  # type: ignore[call-overload]
            yield from_object(row, f"{name}:{reader.line_num}", options)


def row_groups(path: Path) -> int:
    """How many row groups a Parquet file has (the planner slices by them)."""
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).num_row_groups)


def read_parquet(
    path: Path, options: ReadOptions, start: int = 0, stop: int | None = None
) -> Iterator[Input]:
    """Rows of row groups `start` up to `stop`; source `file[row]`, rows counted from 1."""
    import pyarrow.parquet as pq

    name = str(path)
    file = pq.ParquetFile(path)
    stop = file.num_row_groups if stop is None else stop
    row = sum(file.metadata.row_group(g).num_rows for g in range(start))
    for group in range(start, stop):
        for batch in file.iter_batches(row_groups=[group], batch_size=1024):
            for obj in batch.to_pylist():
                row += 1
                yield from_object(obj, f"{name}[{row}]", options)
