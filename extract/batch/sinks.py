"""Where records go: standard output, a folder of shard files, or one file.

A folder holds `part-NNNNNN.jsonl` (or `articles/`, `mentions/`, `claims/` Parquet
parts), a completion marker per finished shard under `_markers/`, the plan in
`_manifest.json` and a lock. A part is written whole by rename and only then marked,
so a marker means the part is complete; resuming (or rerunning into the same folder)
skips marked shards and redoes the rest, so every input ends up there exactly once.
One output file is a folder `FILE.parts/` while the run lasts, assembled into FILE (by
rename again) once every shard is marked.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import IO, Any

from extract.batch.sources import OUTPUT_MARK
from extract.batch.writers import atomic_write

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; parts are still written by rename
    fcntl = None  # type: ignore[assignment]

MANIFEST = OUTPUT_MARK
_LOCK_FDS: set[int] = set()


def _close_locks_in_child() -> None:
    """A forked worker must not hold the output's lock: if the runner is killed, the next
    run would find it still taken while the orphaned worker finishes its shard."""
    for fd in _LOCK_FDS:
        try:
            os.close(fd)
        except OSError:
            pass
    _LOCK_FDS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_locks_in_child)
MARKERS = "_markers"


class UsageError(ValueError):
    """A run that cannot start as asked (exit status 2)."""


class OutputLocked(UsageError):
    """Another run is writing the same output."""


class StdoutSink:
    """JSON lines to standard output, as each shard's records arrive."""

    paths: tuple[Path, ...] = ()

    def __init__(self, stream: IO[bytes] | None = None) -> None:
        self.stream = stream or sys.stdout.buffer

    def prepare(self, manifest: list[dict[str, Any]] | None, resume: bool) -> set[int]:
        if resume:
            raise UsageError("--resume needs an output (-o FILE or -o DIR/)")
        return set()

    def write(self, index: int, payload: Any, marker: dict[str, Any]) -> None:
        self.stream.write(payload)
        self.stream.flush()

    def finish(self, indices: list[int]) -> Path | None:
        return None

    def close(self) -> None:
        pass


class FolderSink:
    """Shard parts in a folder, each marked complete once written."""

    def __init__(self, folder: Path, fmt: str, lock_name: str = "_lock") -> None:
        self.folder, self.fmt, self.lock_name = folder, fmt, lock_name
        self.paths: tuple[Path, ...] = (folder,)
        self._lock: IO[str] | None = None

    def part_paths(self, index: int) -> dict[str, Path]:
        name = f"part-{index:06d}"
        if self.fmt == "parquet":
            return {t: self.folder / t / f"{name}.parquet" for t in ("articles", "mentions", "claims")}
        return {"jsonl": self.folder / f"{name}.jsonl"}

    def marker(self, index: int) -> Path:
        return self.folder / MARKERS / f"part-{index:06d}.json"

    def prepare(self, manifest: list[dict[str, Any]] | None, resume: bool) -> set[int]:
        """Take the lock, check the folder holds this plan's output (or nothing), write
        the manifest, and return the shards already complete. A rerun resumes with or
        without `--resume`: the markers say what is done either way."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._take_lock()
        path = self.folder / MANIFEST
        planned = {"format": self.fmt, "shards": manifest}
        if path.exists():
            previous = json.loads(path.read_text(encoding="utf-8"))
            if manifest is None or previous != planned:
                raise UsageError(
                    f"{self.folder} holds the output of a run with other inputs or options; "
                    "use another output or remove it"
                )
        elif any(not p.name.startswith("_lock") for p in self.folder.iterdir()):
            raise UsageError(
                f"{self.folder} is not empty and holds no zh-extract manifest; use another output"
            )
        if manifest is not None:
            atomic_write(path, json.dumps(planned, ensure_ascii=False).encode())
        markers = self.folder / MARKERS
        if not markers.is_dir():
            return set()
        return {int(p.stem.split("-")[1]) for p in markers.glob("part-*.json")}

    def _take_lock(self) -> None:
        self._lock = (self.folder / self.lock_name).open("a")
        if fcntl is None:
            return
        try:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputLocked(
                f"another run is writing {self.folder}; wait for it or use another output"
            ) from None
        _LOCK_FDS.add(self._lock.fileno())

    def write(self, index: int, payload: Any, marker: dict[str, Any]) -> None:
        paths = self.part_paths(index)
        if self.fmt == "parquet":
            from extract.batch.parquet import write_tables

            tmp = {k: p.with_name(f".{p.name}.{os.getpid()}.tmp") for k, p in paths.items()}
            for p in tmp.values():
                p.parent.mkdir(parents=True, exist_ok=True)
            write_tables(tmp, payload)
            for key, p in tmp.items():
                os.replace(p, paths[key])
        else:
            atomic_write(paths["jsonl"], payload)
        atomic_write(self.marker(index), json.dumps(marker, ensure_ascii=False).encode())

    def finish(self, indices: list[int]) -> Path | None:
        return None

    def close(self) -> None:
        if self._lock is not None:
            _LOCK_FDS.discard(self._lock.fileno())
            self._lock.close()
            self._lock = None


class FileSink(FolderSink):
    """One output file, built from a parts folder once every shard is complete."""

    def __init__(self, target: Path, fmt: str, lock_name: str = "_lock") -> None:
        super().__init__(target.with_name(target.name + ".parts"), fmt, lock_name)
        self.target = target
        self.paths = (self.folder, target, *self._siblings().values())

    def _siblings(self) -> dict[str, Path]:
        if self.fmt != "parquet":
            return {"jsonl": self.target}
        stem = self.target.name.removesuffix(".parquet")
        return {
            "articles": self.target,
            "mentions": self.target.with_name(f"{stem}.mentions.parquet"),
            "claims": self.target.with_name(f"{stem}.claims.parquet"),
        }

    def finish(self, indices: list[int]) -> Path | None:
        """Assemble the file when every planned shard is marked; None while some are not."""
        if not all(self.marker(i).exists() for i in indices):
            return None
        targets = self._siblings()
        if self.fmt == "parquet":
            from extract.batch.parquet import SCHEMAS, concat_files

            for name, target in targets.items():
                tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
                concat_files([self.part_paths(i)[name] for i in indices], tmp, SCHEMAS[name])
                os.replace(tmp, target)
        else:
            atomic_write(self.target, _chunks([self.part_paths(i)["jsonl"] for i in indices]))
        shutil.rmtree(self.folder, ignore_errors=True)
        return self.target


def _chunks(paths: list[Path], size: int = 1 << 20) -> Any:
    for path in paths:
        with path.open("rb") as stream:
            while chunk := stream.read(size):
                yield chunk
