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


def texts(min_chars: int = 300_000) -> list[str]:
    """The corpus texts, repeated until they hold at least `min_chars` characters."""
    base = [a["text"] for a in corpus_articles()]
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
