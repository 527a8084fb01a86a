"""Shared by the benchmark scripts: the corpus texts, a timer, and the machine line."""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def corpus_articles() -> list[dict]:
    """Every article line of every bundled gold file."""
    articles = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as stream:
            articles += [json.loads(line) for line in stream if line.strip()]
    return articles


def tuning_articles() -> list[dict]:
    """The article lines of the gold files whose corpus/sets.tsv row says `dev`: the texts
    a run may be timed on without touching a held-out set."""
    rows = (line.split("\t") for line in (ROOT / "corpus" / "sets.tsv").read_text().splitlines()
            if line and not line.startswith("#"))
    dev = {row[0] for row in rows if len(row) > 1 and row[1] == "dev"}
    articles = []
    for name in sorted(dev):
        with (ROOT / "corpus" / f"{name}.jsonl").open(encoding="utf-8") as stream:
            articles += [json.loads(line) for line in stream if line.strip()]
    return articles


def texts(min_chars: int = 300_000, tuning_only: bool = False) -> list[str]:
    """The corpus texts (only the tuning sets' if `tuning_only`), repeated until they hold
    at least `min_chars` characters."""
    base = [a["text"] for a in (tuning_articles() if tuning_only else corpus_articles())]
    out: list[str] = []
    while sum(map(len, out)) < min_chars:
        out += base
    return out


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of `repeat` runs, in CPU seconds of this process: the machine is shared
    and noisy, and CPU time is what other processes disturb least."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}")


def record(script: str, rows: list[dict], note: str = "") -> Path:
    """Write `docs/benchmarks/<script>.json`, the figures README's speed table is rendered
    from (`scripts/figures.py`), so no speed figure in README is ever typed by hand.

    Each row: `what` (the job), `ours` and `unit` (`chars/s` or `s`), optionally `peer` (its
    name), `peer_value` (same unit) and `ratio` (how many times better ours is, same texts,
    same run)."""
    import datetime
    import subprocess

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                                capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    out = ROOT / "docs" / "benchmarks" / f"{script}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    data = {"script": f"tests/benchmarks/{script}.py", "machine": machine(), "commit": commit,
            "date": datetime.date.today().isoformat(), "note": note, "rows": rows}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
