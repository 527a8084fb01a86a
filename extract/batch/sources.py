"""What the command line names: files, folders walked recursively, and standard input.

Folders are walked `**/*` in sorted order, every file of a known extension taken
(case-insensitively) and every other file counted as skipped, never silently. The
output of the run itself is never an input: a run writing into the folder it reads
would otherwise read its own records back and grow without end.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from extract.batch.formats import detect_format

STDIN = "-"
OUTPUT_MARK = "_manifest.json"  # what every output folder of a run holds (see sinks)


@dataclass(frozen=True)
class Entry:
    """One input as named: a file with its format, standard input, or a missing path."""

    kind: str  # "file", "stdin" or "missing"
    path: str
    format: str | None = None


@dataclass
class Sources:
    entries: list[Entry] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def has_stdin(self) -> bool:
        return any(e.kind == "stdin" for e in self.entries)


def _inside(path: Path, outputs: list[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == out or out in resolved.parents for out in outputs)


def expand(names: list[str], forced: str | None = None, exclude: tuple[Path, ...] = ()) -> Sources:
    """Every input named, in order; files under `exclude` (the run's outputs) left out."""
    outputs = [p.resolve() for p in exclude]
    found = Sources()
    for name in names:
        if name == STDIN:
            found.entries.append(Entry("stdin", "<stdin>", forced))
            continue
        path = Path(name)
        if path.is_dir():
            _walk(path, forced, outputs, found)
        elif path.is_file():
            found.entries.append(Entry("file", name, forced or detect_format(path) or "text"))
        else:
            found.entries.append(Entry("missing", name))
    return found


def _walk(folder: Path, forced: str | None, outputs: list[Path], found: Sources) -> None:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        base = Path(root)
        if _inside(base, outputs):
            dirs.clear()
            continue
        if OUTPUT_MARK in files:  # another run's output folder: records, not articles
            found.skipped.append(f"{base}/ (a zh-extract output folder)")
            dirs.clear()
            continue
        for name in sorted(files):
            path = base / name
            fmt = forced or detect_format(path)
            if _inside(path, outputs):
                continue
            if fmt is None or name.startswith("."):
                found.skipped.append(str(path))
            else:
                found.entries.append(Entry("file", str(path), fmt))
