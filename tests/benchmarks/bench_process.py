"""Whole process, start to last record: `zh-extract run` against jionlp on the same texts.

Run: `python tests/benchmarks/bench_process.py [--chars 3000000]`. Builds a JSONL of the
corpus texts repeated to about `--chars` characters, then runs, each in a fresh process:
`zh-extract run FILE -o OUT` (every extractor and claims on, records written) and a
jionlp script doing `extract_money` + `extract_time` on the same texts and writing its
results as JSON lines (jionlp has no quantity, percent or entity extractor, so it does
less work). Reports CPU seconds of each child process (best of `--repeat`), chars/s and
the ratio; CPU time because the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import machine, record, texts  # noqa: E402

JIONLP = """
import json, sys
import jionlp
out = open(sys.argv[2], "w", encoding="utf-8")
for line in open(sys.argv[1], encoding="utf-8"):
    article = json.loads(line)
    text = article["text"]
    found = {"money": jionlp.ner.extract_money(text, with_parsing=True),
             "time": jionlp.ner.extract_time(text, time_base=1752894240, with_parsing=True)}
    out.write(json.dumps({"id": article["id"], **found}, ensure_ascii=False, default=str) + "\\n")
"""


def cpu_seconds(command: list[str]) -> float:
    """CPU seconds (user + system) one child process spends, start to exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _one(source: Path, target: Path) -> None:
    """The first article of `source`, cut to 200 chars, alone in `target`."""
    article = json.loads(source.open(encoding="utf-8").readline())
    article["text"] = article["text"][:200]
    target.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=3_000_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    docs = texts(args.chars)
    chars = sum(map(len, docs))
    folder = Path(tempfile.mkdtemp(prefix="zh-extract-bench-"))
    source = folder / "in.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i, text in enumerate(docs):
            out.write(json.dumps({"id": f"a{i}", "text": text,
                                  "published_at": "2025-07-19T11:04:00+08:00"}, ensure_ascii=False) + "\n")
    ours_cmd = [sys.executable, "-m", "extract.cli", "run", str(source), "-o", str(folder / "ours.jsonl")]
    peer_cmd = [sys.executable, "-c", JIONLP, str(source), str(folder / "jionlp.jsonl")]
    ours = min(cpu_seconds(ours_cmd) for _ in range(args.repeat))
    try:
        peer = min(cpu_seconds(peer_cmd) for _ in range(args.repeat))
    except subprocess.CalledProcessError:
        peer = None
    print(f"machine: {machine()}")
    print(f"input: {len(docs):,} articles, {chars:,} chars (corpus texts repeated)")
    row = "{:<48}{:>8.2f} CPU s {:>12,.0f} chars/s"
    print(row.format("zh-extract run (all extractors, claims, records)", ours, chars / ours))
    rows = [{"what": "whole process, start to last record (`zh-extract run`, every extractor)",
             "ours": chars / ours, "unit": "chars/s"}]
    if peer is None:
        print("jionlp: not installed (pip install '.[bench]'), skipped")
    else:
        print(row.format("jionlp extract_money + extract_time", peer, chars / peer))
        print(f"ratio: zh-extract is {peer / ours:.1f}x jionlp, whole process")
        rows[0].update(peer="jionlp extract_money + extract_time (less work)",
                       peer_value=chars / peer, ratio=peer / ours)
    _one(source, folder / "one.jsonl")
    one_cmd = ours_cmd[:4] + [str(folder / "one.jsonl"), "-o", str(folder / "one.out.jsonl")]
    first = min(cpu_seconds(one_cmd) for _ in range(args.repeat + 1))
    print(f"startup to first record (one short article): {first:.2f} CPU s")
    rows.append({"what": "startup to first record (process start to one short article written)",
                 "ours": first, "unit": "s"})
    record("bench_process", rows, note=f"{chars:,} chars, CPU seconds of each child, best of {args.repeat}")


if __name__ == "__main__":
    main()
