"""Batch runs: throughput for 1 and 2 workers and Ray, memory as the input doubles, and
the two WARC libraries.

Run: `python tests/benchmarks/bench_batch.py [--articles 1000] [--ray] [--pages 2000]`.
Builds a synthetic archive (the corpus articles repeated, each with its own id), then
runs `zh-extract run ARCHIVE -o OUT.jsonl` in a fresh process per setting and reports
wall seconds, articles/s and chars/s, CPU seconds, the speedup of 2 workers over 1
(and what two independent single-worker runs on the halves reach), and the peak
resident memory of the largest process (a worker, or the runner with one worker) for
the archive and for one twice its size. Wall time, since parallelism is the point; the
machine is shared, so run it when idle. Last, FastWARC against warcio reading the same
WARC of `--pages` HTML responses (records/s, bodies read, no extraction).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import ROOT, corpus_articles, machine, record  # noqa: E402

CHILD = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, usage.ru_maxrss, usage.ru_utime + usage.ru_stime, code)
"""


def archive(path: Path, articles: int) -> int:
    """A JSONL of `articles` corpus texts with fresh ids; returns its characters."""
    base = [a for a in corpus_articles() if a.get("text")]
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(articles):
            a = base[i % len(base)]
            row = {"id": f"bench-{i}", "text": a["text"], "published_at": a.get("published_at")}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            chars += len(a["text"])
    return chars


def timed_run(src: Path, out: Path, *extra: str) -> tuple[float, int, float]:
    """(wall seconds, peak RSS in MB of the largest process, CPU seconds of every process)
    of one `zh-extract run`."""
    command = [sys.executable, "-m", "extract.cli", "run", str(src), "-o", str(out), "--quiet", *extra]
    done = subprocess.run([sys.executable, "-c", CHILD, *command], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    wall, rss_kb, cpu, code = done.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"run failed ({code}): {' '.join(command)}")
    return float(wall), int(rss_kb) // 1024, float(cpu)


def bench_workers(tmp: Path, articles: int, with_ray: bool) -> list[dict]:
    src = tmp / "archive.jsonl"
    chars = archive(src, articles)
    print(f"archive: {articles:,} articles, {chars:,} chars, {src.stat().st_size / 1e6:.1f} MB")
    settings = [("1 worker", ["--workers", "1"]), ("2 workers", ["--workers", "2"])]
    if with_ray:
        settings.append(("Ray, 2 CPUs", ["--engine", "ray"]))
    walls, peaks = {}, {}
    for name, extra in settings:
        wall, rss, cpu = timed_run(src, tmp / "out.jsonl", *extra)
        walls[name], peaks[name] = wall, rss
        print(f"{name:<12} {wall:7.2f} s  {articles / wall:8.1f} articles/s  {chars / wall:11,.0f} chars/s"
              f"  CPU {cpu:6.1f} s ({cpu / wall:.2f} cores busy)  peak RSS {rss} MB")
    print(f"speedup 2 workers / 1 worker: {walls['1 worker'] / walls['2 workers']:.2f}x")
    halves = bench_halves(tmp, src)
    print(f"ideal split: two 1-worker runs on the halves at once {halves:.2f} s "
          f"({walls['1 worker'] / halves:.2f}x one worker)")
    double = tmp / "double.jsonl"
    archive(double, 2 * articles)
    for name, path in (("archive", src), ("archive x2", double)):
        _, rss, _ = timed_run(path, tmp / "out.jsonl", "--workers", "2")
        print(f"memory, 2 workers, {name:<10}: peak RSS of the largest process {rss} MB")
    rows = [{"what": f"batch run, `--workers 2` vs `--workers 1` (wall clock, {articles:,} articles, "
                     f"peak RSS {peaks['2 workers']} MB per process)",
             "ours": chars / walls["2 workers"], "unit": "chars/s", "peer": "--workers 1",
             "peer_value": chars / walls["1 worker"], "ratio": walls["1 worker"] / walls["2 workers"]}]
    if with_ray:
        rows.append({"what": "batch run, `--engine ray` (local Ray, 2 CPUs) vs `--workers 1`",
                     "ours": chars / walls["Ray, 2 CPUs"], "unit": "chars/s", "peer": "--workers 1",
                     "peer_value": chars / walls["1 worker"],
                     "ratio": walls["1 worker"] / walls["Ray, 2 CPUs"]})
    return rows


def bench_halves(tmp: Path, src: Path) -> float:
    """Wall seconds of two independent single-worker runs on the two halves of the
    archive, started together: what perfect splitting would give on this machine, so
    the runner's own cost is the difference to the 2-worker run."""
    lines = src.read_bytes().splitlines(keepends=True)
    halves = [tmp / "half-1.jsonl", tmp / "half-2.jsonl"]
    halves[0].write_bytes(b"".join(lines[: len(lines) // 2]))
    halves[1].write_bytes(b"".join(lines[len(lines) // 2 :]))
    start = time.perf_counter()
    runs = [subprocess.Popen([sys.executable, "-m", "extract.cli", "run", str(h), "-o", f"{h}.out",
                              "--workers", "1", "--quiet"], cwd=ROOT) for h in halves]
    for run in runs:
        run.wait()
    return time.perf_counter() - start


def warc(path: Path, pages: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    texts = [a["text"] for a in corpus_articles() if a.get("text")]
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for i in range(pages):
            body = f"<html><body><article><p>{texts[i % len(texts)]}</p></article></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))


def bench_warc(tmp: Path, pages: int) -> dict:
    from fastwarc.warc import ArchiveIterator as FastIterator
    from fastwarc.warc import WarcRecordType
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    path = tmp / "bench.warc.gz"
    warc(path, pages)

    def fast() -> int:
        with path.open("rb") as stream:
            return sum(len(r.reader.read()) > 0 for r in
                       FastIterator(stream, record_types=WarcRecordType.response, parse_http=True))

    def slow() -> int:
        with path.open("rb") as stream:
            return sum(len(r.content_stream().read()) > 0 for r in WarcioIterator(stream)
                       if r.rec_type == "response")

    print(f"WARC: {pages:,} gzipped HTML responses, {path.stat().st_size / 1e6:.1f} MB")
    rate = {}
    for name, fn in (("FastWARC", fast), ("warcio", slow)):
        best = min(_wall(fn) for _ in range(3))
        rate[name] = pages / best
        print(f"{name:<9} {best:6.3f} s  {pages / best:10,.0f} records/s")
    return {"what": "reading WARC: FastWARC (ours) vs warcio", "ours": rate["FastWARC"],
            "unit": "records/s", "peer": "warcio", "peer_value": rate["warcio"],
            "ratio": rate["FastWARC"] / rate["warcio"]}


def _wall(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--ray", action="store_true", help="also run --engine ray (a local Ray)")
    parser.add_argument("--skip-workers", action="store_true")
    args = parser.parse_args()
    print(machine())
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        rows = [] if args.skip_workers else bench_workers(tmp, args.articles, args.ray)
        rows.append(bench_warc(tmp, args.pages))
    if not args.skip_workers:
        record("bench_batch", rows, note="wall clock (the point is using both cores)")


if __name__ == "__main__":
    main()
