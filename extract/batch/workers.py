"""Workers: one shard in, its encoded records and counts out; a pool of processes.

`process_shard` is the whole job of a worker and the same for every engine (in
process, the local pool, Ray): read the shard, run the pipeline on each input under the
`--timeout` guard, encode the records (JSON lines, or the three Parquet tables). The
pipeline is built once per worker process (`worker_pipeline`).

The pool hands one shard at a time to each worker over its own pipe and watches the
processes: a worker that dies (killed, out of memory) is replaced and its shard run
again once; a second death ends the run with completed shards kept. Workers ignore
SIGINT: Ctrl-C is the runner's to handle, by terminating them.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from extract.batch.options import ReadOptions
from extract.batch.readers import read_shard
from extract.batch.shards import Shard
from extract.batch.stats import ShardStats
from extract.batch.writers import encode_lines, faithful_bytes
from extract.inputs import InputRecord
from extract.records import Article, ErrorRecord


class ArticleTimeout(BaseException):
    """Raised in a worker when one article runs past `--timeout` (a BaseException so the
    pipeline's own catch-all cannot swallow it as an internal error)."""


class WorkerDied(RuntimeError):
    """A worker process died twice on the same shard."""


@dataclass(frozen=True)
class WorkConfig:
    """What every worker needs besides the shard."""

    options: ReadOptions = field(default_factory=ReadOptions)
    output: str = "jsonl"  # or "parquet"
    timeout: float = 60.0
    claims: bool = True
    ner: str | None = None  # the optional recognizer (Pipeline(ner=...))


@dataclass
class ShardResult:
    index: int
    payload: Any  # JSONL bytes, or {table name: pyarrow.Table}
    stats: ShardStats


_PIPELINE: Any = None


def worker_pipeline(claims: bool = True, ner: str | None = None) -> Any:
    """This process's pipeline, built and warmed (tables loaded) on first use."""
    global _PIPELINE
    if _PIPELINE is None or (_PIPELINE.claims, _PIPELINE.ner) != (claims, ner):
        from extract.pipeline import Pipeline

        _PIPELINE = Pipeline(claims=claims, ner=ner)
        _PIPELINE("2025年一季度营收1亿元。", published_at="2025-07-19")
    return _PIPELINE


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout in this thread after `seconds` (POSIX timers; elsewhere or off
    the main thread, no guard)."""
    usable = seconds > 0 and hasattr(signal, "setitimer")
    if usable:
        try:
            previous = signal.signal(signal.SIGALRM, _expire)
        except ValueError:  # not the main thread
            usable = False
    if not usable:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _expire(signum: int, frame: Any) -> None:
    raise ArticleTimeout


def run_one(pipeline: Any, item: InputRecord | ErrorRecord, timeout: float) -> Article | ErrorRecord:
    """One input's record: its error record as read, or the pipeline's under the guard."""
    if isinstance(item, ErrorRecord):
        return item
    try:
        with deadline(timeout):
            return pipeline.one(item)  # type: ignore[no-any-return]
    except ArticleTimeout:
        return ErrorRecord(
            id=item.id,
            source=item.source,
            error="TimeoutError",
            message=f"took longer than {timeout:g} s (--timeout)",
        )


def unwritable(item: InputRecord | ErrorRecord, exc: Exception) -> ErrorRecord:
    """The error record of an input whose record cannot be written as JSON."""
    return ErrorRecord(
        id=None if item.id is None else str(item.id)[:200],
        source=item.source,
        error="EncodeError",
        message=f"the record cannot be written as JSON: {exc!r}"[:500],
    )


def _hung(item: InputRecord | ErrorRecord, timeout: float) -> ErrorRecord:
    return ErrorRecord(
        id=item.id,
        source=item.source,
        error="TimeoutError",
        message=f"took longer than {timeout:g} s (--timeout); its worker was replaced",
    )


class Watchdog:
    """The guard for what the timer cannot interrupt (a C extension that never returns):
    a thread that, when one article runs well past `--timeout`, tells the runner which
    one and ends the worker. The runner starts a new worker and reruns the shard with
    that article as a timeout error record."""

    def __init__(self, conn: Connection, timeout: float) -> None:
        self.conn, self.limit = conn, timeout + max(1.0, timeout / 2)
        self.current: tuple[int, int, float] | None = None
        threading.Thread(target=self._watch, daemon=True).start()

    def begin(self, shard: int, position: int) -> None:
        self.current = (shard, position, time.monotonic())

    def end(self) -> None:
        self.current = None

    def _watch(self) -> None:
        while True:
            time.sleep(min(0.25, self.limit / 4))
            current = self.current
            if current is not None and time.monotonic() - current[2] > self.limit:
                self.conn.send(("stuck", current[0], current[1]))
                os._exit(70)


def process_shard(shard: Shard, config: WorkConfig, watchdog: Watchdog | None = None) -> ShardResult:
    """Read, extract and encode one shard."""
    pipeline = worker_pipeline(config.claims, config.ner)
    stats = ShardStats()
    pairs = []
    lines = []  # each record's line from `faithful_bytes`: encoded once, not again for the payload
    for position, item in enumerate(read_shard(shard, config.options)):
        if position in shard.stuck:
            record: Article | ErrorRecord = _hung(item, config.timeout)
        else:
            if watchdog is not None:
                watchdog.begin(shard.index, position)
            record = run_one(pipeline, item, config.timeout)
            if watchdog is not None:
                watchdog.end()
        try:
            record, line = faithful_bytes(record, item.source)
        except (RecursionError, ValueError, TypeError, OverflowError) as exc:
            record, line = faithful_bytes(unwritable(item, exc))
        stats.add(record)
        pairs.append((record, item.source))
        lines.append(line)
    if config.output == "parquet":
        from extract.batch.parquet import tables_of

        return ShardResult(shard.index, tables_of(pairs), stats)
    return ShardResult(shard.index, encode_lines(lines), stats)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the runner dies (SIGKILL leaves no time to say
    so); elsewhere the closed pipe ends it after its shard."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_main(conn: Connection, config: WorkConfig, inherited: list[Connection]) -> None:
    for other in inherited:  # the runner's ends of every pipe: EOF must reach their workers
        other.close()
    _die_with_parent()
    if os.getppid() == 1:
        return  # the runner died before we could ask
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the runner handles Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # and stops workers with SIGTERM
    worker_pipeline(config.claims, config.ner)
    watchdog = Watchdog(conn, config.timeout) if config.timeout > 0 else None
    while True:
        try:
            shard = conn.recv()
        except EOFError:
            return
        if shard is None:
            return
        conn.send(process_shard(shard, config, watchdog))


class Pool:
    """N worker processes, each with a pipe; shards in, results out as they finish."""

    def __init__(self, workers: int, config: WorkConfig) -> None:
        self.config = config
        forking = "fork" in mp.get_all_start_methods()
        self.context: Any = mp.get_context("fork" if forking else "spawn")
        if forking and config.ner is None:
            # Warmed once here, the pipeline (imports, compiled patterns, tables) is
            # inherited by every forked worker instead of built again in each: a second
            # of CPU saved per worker after the first. Not with the optional recognizer,
            # whose native library may hold threads a fork would not carry over. The
            # amount patterns compile on first use (`scan.Anchored`); compiled here, once,
            # rather than in each worker that meets one.
            worker_pipeline(config.claims, config.ner)
            from extract.numbers.scan import compile_all

            compile_all()
        self.procs: list[tuple[Any, Connection]] = [self._start() for _ in range(workers)]
        self.stuck: dict[int, set[int]] = {}  # shard index -> positions that hung a worker

    def _start(self) -> tuple[Any, Connection]:
        ours, theirs = self.context.Pipe()
        inherited = [ours, *(c for _, c in getattr(self, "procs", []))]
        proc = self.context.Process(target=_worker_main, args=(theirs, self.config, inherited), daemon=True)
        proc.start()
        theirs.close()
        return proc, ours

    def run(self, shards: Iterator[Shard], window: int) -> Iterator[ShardResult]:
        """Results in completion order. A shard is started only while it is fewer than
        `window` shards after the oldest one still running, so a consumer that puts the
        results back in order buffers a bounded number of them."""
        busy: dict[int, tuple[int, Shard]] = {}  # worker slot -> (position, shard)
        retry: list[tuple[int, Shard]] = []
        retried: set[int] = set()
        queue = enumerate(shards)
        pulled, exhausted = 0, False
        while True:
            for slot in range(len(self.procs)):
                if slot in busy:
                    continue
                if retry:
                    job = retry.pop()
                elif exhausted or (busy and pulled - min(p for p, _ in busy.values()) >= window):
                    break
                else:
                    pulled_job = next(queue, None)
                    if pulled_job is None:
                        exhausted = True
                        break
                    job = pulled_job
                    pulled += 1
                if not self.procs[slot][0].is_alive():
                    self.procs[slot] = self._start()
                self.procs[slot][1].send(job[1])
                busy[slot] = job
            if not busy:
                return
            yield from self._collect(busy, retry, retried)

    def _collect(
        self, busy: dict[int, tuple[int, Shard]], retry: list[tuple[int, Shard]], retried: set[int]
    ) -> Iterator[ShardResult]:
        """Wait for results or deaths; replace a dead worker and queue its shard again."""
        conns = {self.procs[s][1]: s for s in busy}
        sentinels = {self.procs[s][0].sentinel: s for s in busy}
        ready: Any
        for ready in wait([*conns, *sentinels]):
            slot = conns.get(ready)
            if slot is not None and slot in busy:
                try:
                    result: Any = ready.recv()
                except EOFError:
                    continue  # the sentinel reports the death
                if isinstance(result, tuple):  # ("stuck", shard, position): its death follows
                    self.stuck.setdefault(result[1], set()).add(result[2])
                    continue
                busy.pop(slot)
                yield result
            elif slot is None and sentinels[ready] in busy:
                slot = sentinels[ready]
                if self.procs[slot][0].is_alive():
                    continue
                position, shard = busy.pop(slot)
                hung = tuple(sorted(self.stuck.get(shard.index, ())))
                if hung != shard.stuck:  # an article hung: rerun without it, not a crash
                    self.procs[slot] = self._start()
                    retry.append((position, replace(shard, stuck=hung)))
                    continue
                if shard.index in retried:
                    raise WorkerDied(f"a worker died twice on shard {shard.index} ({shard.paths[0]})")
                retried.add(shard.index)
                self.procs[slot] = self._start()
                retry.append((position, shard))

    def close(self) -> None:
        for _, conn in self.procs:
            try:
                conn.send(None)
            except OSError:
                pass
        for proc, _ in self.procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()

    def terminate(self) -> None:
        for proc, _ in self.procs:
            proc.terminate()
        for proc, _ in self.procs:
            proc.join(timeout=5)


def run_local(
    shards: Iterator[Shard], config: WorkConfig, workers: int, window: int
) -> Iterator[ShardResult]:
    """Results of the shards: in this process for one worker, else on a pool."""
    if workers <= 1:
        for shard in shards:
            yield process_shard(shard, config)
        return
    pool = Pool(workers, config)
    try:
        yield from pool.run(shards, window)
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
