"""The unit of work: a shard, a fixed slice of the inputs that is read, processed and
written as one piece.

A shard is a file, a range of lines of a big plain JSONL file (planned once by noting
where every Nth line starts, so a worker seeks straight to its slice), a range of row
groups of a Parquet file, or a run of small one-article files. The plan depends only
on the inputs, never on timing or worker count, so the same command plans the same
shards: that is what lets `--resume` skip finished shards and `--shard i/N` split one
job across machines with no overlap.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from extract.batch.formats.table import row_groups
from extract.batch.lines import compression, iter_lines
from extract.batch.sources import Entry, Sources

DEFAULT_SHARD_SIZE = 1000  # articles (lines, rows, files) per shard
ONE_ARTICLE = ("text", "html")


@dataclass(frozen=True)
class Shard:
    """A slice of the input: `paths` with one format each; `start`/`stop` lines or row
    groups; `offset` the byte where line `start` begins; `data` inline lines (stdin)."""

    index: int
    format: str
    paths: tuple[str, ...]
    formats: tuple[str, ...] = ()
    start: int = 0
    stop: int | None = None
    offset: int = 0
    size: int = 0
    data: tuple[bytes | None, ...] | None = None
    stuck: tuple[int, ...] = ()  # positions whose article hung a worker: timeouts, not rerun

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}"

    @property
    def count(self) -> int | None:
        """How many inputs the shard holds when the plan knows it (lines, files)."""
        if self.format == "files":
            return len(self.paths)
        if self.format == "jsonl" and self.stop is not None:
            return self.stop - self.start
        return None

    def describe(self) -> dict[str, Any]:
        """The shard as plain data for the manifest (inline data left out)."""
        out = asdict(self)
        del out["data"], out["stuck"]
        out["paths"], out["formats"] = list(self.paths), list(self.formats)
        return out


def _jsonl_slices(path: Path, size: int, limit: int) -> Iterator[tuple[int, int | None, int]]:
    """(start line, stop line, byte offset) slices of `size` lines of a plain JSONL file."""
    start, offset, position, count = 0, 0, 0, 0
    with path.open("rb") as stream:
        for _, consumed in iter_lines(stream, limit):
            count += 1
            position += consumed
            if count - start == size:
                yield start, count, offset
                start, offset = count, position
    if count > start or count == 0:
        yield start, count, offset


def _group_slices(path: Path, size: int) -> Iterator[tuple[int, int | None]]:
    """(first, stop) row-group ranges of about `size` rows each."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    start, rows = 0, 0
    for group in range(row_groups(path)):
        rows += meta.row_group(group).num_rows
        if rows >= size:
            yield start, group + 1
            start, rows = group + 1, 0
    if start < meta.num_row_groups or meta.num_row_groups == 0:
        yield start, None


def _file_shards(entry: Entry, size: int, limit: int, next_index: int) -> Iterator[Shard]:
    path = Path(entry.path)
    fmt = entry.format or "text"
    bytes_ = path.stat().st_size
    common = {"format": fmt, "paths": (entry.path,), "formats": (fmt,), "size": bytes_}
    if fmt == "jsonl" and not compression(path):
        for i, (start, stop, offset) in enumerate(_jsonl_slices(path, size, limit)):
            yield Shard(next_index + i, start=start, stop=stop, offset=offset, **common)  # type: ignore[arg-type]
    elif fmt == "parquet":
        try:
            slices = list(_group_slices(path, size))
        except Exception:  # not a Parquet file: the reader says so as an error record
            slices = [(0, None)]
        for i, (start, stop) in enumerate(slices):
            yield Shard(next_index + i, start=start, stop=stop, **common)  # type: ignore[arg-type]
    else:
        yield Shard(next_index, **common)  # type: ignore[arg-type]


def plan(sources: Sources, size: int = DEFAULT_SHARD_SIZE, limit: int = 1 << 30) -> Iterator[Shard]:
    """The shards of everything named, in input order; standard input is cut into
    shards as it is read, so it streams (see `stdin_shards`)."""
    index = 0
    group: list[Entry] = []

    def flush() -> Iterator[Shard]:
        nonlocal index, group
        if group:
            yield Shard(
                index, "files", tuple(e.path for e in group), tuple(e.format or "text" for e in group)
            )
            index += 1
            group = []

    for entry in sources.entries:
        if entry.kind == "file" and entry.format in ONE_ARTICLE:
            group.append(entry)
            if len(group) >= size:
                yield from flush()
            continue
        yield from flush()
        if entry.kind == "stdin":
            yield Shard(index, "stdin", (entry.path,), (entry.format or "",))
            index += 1
        elif entry.kind == "missing":
            yield Shard(index, "missing", (entry.path,))
            index += 1
        else:
            try:
                for shard in _file_shards(entry, size, limit, index):
                    yield shard
                    index += 1
            except OSError:
                yield Shard(index, "missing", (entry.path,))
                index += 1
    yield from flush()


def stdin_shards(stream: IO[bytes], first_index: int, size: int, limit: int, fmt: str) -> Iterator[Shard]:
    """Standard input as shards of `size` lines with the lines inline, read as they come:
    memory holds a few shards, never the whole stream."""
    chunk: list[bytes | None] = []
    start = 0
    index = first_index
    number = 0
    for raw, _ in iter_lines(stream, limit):
        number += 1
        chunk.append(raw)
        if len(chunk) == size:
            yield Shard(index, "stdin", ("<stdin>",), (fmt,), start=start, data=tuple(chunk))
            index, start, chunk = index + 1, number, []
    if chunk or number == 0:
        yield Shard(index, "stdin", ("<stdin>",), (fmt,), start=start, data=tuple(chunk))


def select(shards: Iterator[Shard], slice_: tuple[int, int] | None) -> Iterator[Shard]:
    """Shards of slice i of N (1-based), dealt round-robin so slices weigh about the same."""
    for shard in shards:
        if slice_ is None or shard.index % slice_[1] == slice_[0] - 1:
            yield shard
