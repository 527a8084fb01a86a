"""A batch run from start to end: plan the shards, skip the finished ones, run the rest
on the chosen engine, write each as it completes, sum up, and say how it went.

Exit status (also in docs/batch.md): 0 every input gave an article record; 1 some gave
error records (all records still written) beyond what `--max-errors` tolerates; 2 the
run could not start as asked (usage); 3 output could not be written (disk full, a
worker died twice): completed shards are kept and `--resume` finishes; 130 Ctrl-C or
SIGTERM, completed shards kept; a closed pipe (`| head`) ends quietly with 141.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.batch.options import ReadOptions
from extract.batch.readers import sniff_stdin, stdin_text_shard
from extract.batch.shards import DEFAULT_SHARD_SIZE, Shard, plan, select, stdin_shards
from extract.batch.sinks import FileSink, FolderSink, StdoutSink, UsageError
from extract.batch.sources import Sources, expand
from extract.batch.stats import RunStats, tolerated
from extract.batch.workers import ShardResult, WorkConfig, WorkerDied, run_local

STDIN_INDEX = 1_000_000  # shards of stdin number from here, clear of the planned ones


@dataclass
class RunConfig:
    """Everything `zh-extract run` was asked to do (the CLI fills it; tests and scripts may too)."""

    inputs: list[str]
    output: str | None = None
    output_format: str | None = None
    workers: int = 0  # 0: all cores
    ordered: bool = True
    resume: bool = False
    slice: tuple[int, int] | None = None
    engine: str = "local"
    address: str | None = None
    timeout: float = 60.0
    max_errors: str | None = None
    quiet: bool = False
    stats_path: str | None = None
    shard_size: int = DEFAULT_SHARD_SIZE
    options: ReadOptions = field(default_factory=ReadOptions)
    claims: bool = True
    ner: str | None = None


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def make_sink(config: RunConfig) -> StdoutSink | FolderSink:
    """The destination named by `-o`: nothing (stdout), `DIR/`, or a `.jsonl`/`.parquet` file."""
    out = config.output
    if out is None or out == "-":
        if (config.output_format or "jsonl") != "jsonl":
            raise UsageError("Parquet output needs -o FILE.parquet or -o DIR/")
        return StdoutSink()
    path = Path(out)
    lock = "_lock" if config.slice is None else f"_lock.{config.slice[0]}of{config.slice[1]}"
    if out.endswith(("/", os.sep)) or path.is_dir():
        return FolderSink(path, config.output_format or "jsonl", lock)
    fmt = config.output_format or ("parquet" if path.suffix.lower() == ".parquet" else "jsonl")
    return FileSink(path, fmt, lock)


def _check_not_input(sink: StdoutSink | FolderSink, sources: Sources) -> None:
    outputs = {p.resolve() for p in sink.paths}
    for entry in sources.entries:
        if entry.kind == "file" and Path(entry.path).resolve() in outputs:
            raise UsageError(f"output {entry.path} is also an input; it would be overwritten")


def _shards(config: RunConfig, planned: Iterable[Shard], done: set[int]) -> Iterator[Shard]:
    """The shards to run: sliced, finished ones left out, stdin cut as it streams."""
    limit = config.options.max_line_bytes
    for shard in select(iter(planned), config.slice):
        if shard.index in done:
            continue
        if shard.format != "stdin":
            yield shard
            continue
        stream: Any = sys.stdin.buffer
        fmt = config.options.format or sniff_stdin(stream)
        if fmt == "text":
            yield stdin_text_shard(stream, shard.index, config.options)
        else:
            # stdin is the one input whose size is unknown: its shards are numbered after the plan
            first = STDIN_INDEX * (shard.index + 1)
            yield from stdin_shards(stream, first, config.shard_size, limit, "jsonl")


def _engine(
    config: RunConfig, shards: Iterator[Shard], work: WorkConfig, todo: int | None
) -> Iterator[ShardResult]:
    """Results from Ray or the local pool; no more local workers than shards to run."""
    workers = config.workers or cores()
    if config.engine == "ray":
        from extract.batch.ray_engine import run_ray

        return run_ray(shards, work, config.address, window=4 * workers)
    return run_local(shards, work, workers if todo is None else min(workers, todo), window=4 * workers)


def _in_order(results: Iterator[ShardResult], order: deque[int]) -> Iterator[ShardResult]:
    """Results in plan order; `order` fills with shard indices as shards are handed out."""
    held: dict[int, ShardResult] = {}
    for result in results:
        held[result.index] = result
        while order and order[0] in held:
            yield held.pop(order.popleft())
    for index in list(order):
        if index in held:
            yield held.pop(index)


def _tracked(shards: Iterator[Shard], order: deque[int]) -> Iterator[Shard]:
    for shard in shards:
        order.append(shard.index)
        yield shard


def _total(shards: list[Shard], done: set[int], slice_: tuple[int, int] | None) -> int | None:
    """Inputs still to run, when the plan knows every shard's count (for the ETA)."""
    counts = [s.count for s in select(iter(shards), slice_) if s.index not in done]
    return None if any(c is None for c in counts) else sum(c for c in counts if c is not None)


def execute(config: RunConfig, stats: RunStats, progress: Any) -> Path | None:
    """Run every shard into the sink; raises on usage errors, interrupts and write faults."""
    if config.address and config.engine != "ray":
        raise UsageError("--address names a Ray cluster: add --engine ray")
    sink = make_sink(config)
    sources = expand(config.inputs, config.options.format, exclude=sink.paths)
    stats.skipped_files = sources.skipped
    _check_not_input(sink, sources)
    if sources.has_stdin and config.resume:
        raise UsageError("--resume cannot replay standard input")
    limit = config.options.max_line_bytes
    # With stdin the plan cannot be known in advance: no manifest, no resume, no ETA.
    shards = None if sources.has_stdin else list(plan(sources, config.shard_size, limit))
    try:
        done = sink.prepare(None if shards is None else [s.describe() for s in shards], config.resume)
        sliced = config.slice or (1, 1)
        stats.shards_resumed = len([i for i in done if i % sliced[1] == sliced[0] - 1])
        progress.start(None if shards is None else _total(shards, done, config.slice))
        work = WorkConfig(config.options, getattr(sink, "fmt", "jsonl"), config.timeout, config.claims,
                          config.ner)
        order: deque[int] = deque()
        planned = plan(sources, config.shard_size, limit) if shards is None else shards
        todo = None if shards is None else sum(s.index not in done for s in select(iter(shards), sliced))
        results = _engine(config, _tracked(_shards(config, planned, done), order), work, todo)
        if config.ordered and isinstance(sink, StdoutSink):
            results = _in_order(results, order)
        for result in results:
            sink.write(result.index, result.payload, result.stats.marker())
            stats.add(result.stats)
            progress.update(result.stats)
        return None if shards is None else sink.finish([s.index for s in shards])
    finally:
        sink.close()


def run(config: RunConfig) -> int:
    """The whole run with its summary and exit status (see the module docstring)."""
    from extract.batch.progress import Progress

    stats = RunStats()
    started = time.perf_counter()
    progress = Progress(enabled=not config.quiet and sys.stderr.isatty())
    previous = _sigterm_interrupts()
    try:
        execute(config, stats, progress)
    except UsageError as exc:
        progress.close()
        print(f"zh-extract run: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except KeyboardInterrupt:
        progress.close()
        print(
            f"\ninterrupted: {stats.shards:,} shards written this run are kept; "
            "rerun with --resume to finish",
            file=sys.stderr,
        )
        return 130
    except (OSError, WorkerDied) as exc:
        progress.close()
        print(
            f"zh-extract run: cannot continue: {exc}; completed shards are kept, "
            "rerun with --resume to finish",
            file=sys.stderr,
        )
        return 3
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    progress.close()
    stats.seconds = time.perf_counter() - started
    return report(config, stats)


def _sigterm_interrupts() -> Any:
    """SIGTERM (a scheduler's time limit, `kill`) stops the run as Ctrl-C does: completed
    shards kept, one line, exit 130. Returns the handler it replaced (None off the main
    thread, where signals cannot be set)."""

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except ValueError:
        return None


def report(config: RunConfig, stats: RunStats) -> int:
    """Print the summary, write `--stats`, and pick the exit status."""
    if not config.quiet:
        print(stats.summary(), file=sys.stderr)
    if config.stats_path:
        import json

        Path(config.stats_path).write_text(
            json.dumps(stats.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0 if tolerated(stats.error_records, stats.inputs, config.max_errors) else 1


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's final flush is
    quiet too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
