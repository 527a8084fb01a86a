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
from extract.batch.formats.text import DecodeError, decode
from extract.batch.lines import open_bytes
from extract.batch.options import ReadOptions
from extract.inputs import Input, input_error

csv.field_size_limit(sys.maxsize)


def csv_encoding(path: Path, sample: int = 1 << 18) -> str:
    """UTF-8 (BOM or not) unless the first bytes say otherwise: spreadsheet exports of
    Chinese tables are often GB18030 or Big5, detected as text files are."""
    with open_bytes(path) as raw:
        head = raw.read(sample)
    try:
        head.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and len(head) == sample:
            return "utf-8-sig"  # a character cut by the sample's end
    try:
        return decode(head)[1]
    except (DecodeError, UnicodeDecodeError):
        return "utf-8-sig"  # let the reader report where it breaks


def read_csv(path: Path, options: ReadOptions, delimiter: str = ",") -> Iterator[Input]:
    """One input per row after the header; a row the csv module cannot read is an error."""
    name = str(path)
    encoding = csv_encoding(path)
    with open_bytes(path) as raw:
        stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        reader = csv.DictReader(stream, delimiter=delimiter)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                cause = f"file is not {encoding} ({exc.reason}); rows after it unread"
                yield input_error(f"{name}:{reader.line_num + 1}", cause)
                return
            except csv.Error as exc:
                yield input_error(f"{name}:{reader.line_num}", f"bad CSV row: {exc}")
                continue
            if None in row:
                row["_extra"] = row.pop(None)  # type: ignore[call-overload]
            if not encoding.startswith("utf-8"):
                row.setdefault("encoding", encoding)  # a column of that name wins
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
