"""README's figures, regenerated from commands, never typed by hand.

    python scripts/figures.py                      # print the blocks
    python scripts/figures.py --write              # replace them in README.md
    python scripts/figures.py --check              # exit 1 when README.md is stale (a test runs this)
    python scripts/figures.py --first-run FILE...  # keep the current scores of held-out FILEs

Four blocks, each between `<!-- NAME:begin (scripts/figures.py) -->` and `<!-- NAME:end -->`:
- held-out and accuracy: the pipeline runs once over every gold file in corpus/; each file is
  scored by the `eval` command's JSON output; relaxed F1 per type with the gold count, so a
  change that moves a score cannot land without README moving too. corpus/sets.tsv says which
  files nobody tuned on: they fill the held-out block, pooled as well (all of them, and by
  region), since the targets are set on all held-out text; the tuned-on files fill accuracy;
- first-run: the scores a held-out file got the first time the code met it, kept in
  docs/figures/first-run/<file>.json (with the commit) by `--first-run`, before anyone
  tuned on it; these cannot be recomputed later, so they are recorded once;
- speed: the figures the benchmark scripts wrote into docs/benchmarks/*.json
  (`make bench`), with the machine and commit they ran on.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIRST_RUN = ROOT / "docs" / "figures" / "first-run"
BENCHMARKS = ROOT / "docs" / "benchmarks"
ROWS = ("money", "percent", "quantity", "date", "duration",
        "person", "org", "location", "product", "all", "claim", "claim pairing",
        *(f"claim {f}" for f in ("subject", "metric", "time", "change", "direction", "basis",
                                 "attribution")))


def scores(gold: Path, pred: Path) -> dict:
    """`zh-extract eval GOLD PRED --json`, parsed."""
    from extract.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(["eval", str(gold), str(pred), "--json"])
    return json.loads(out.getvalue())


def cell(report: dict, row: str) -> str:
    """`0.973 (378)`: relaxed F1 and gold count; blank where the file has no gold of it.
    `claim` is whole-claim F1, `claim pairing` the F1 of pairing claims by quantity, and
    `claim <field>` that field's accuracy over the paired claims."""
    if row.startswith("claim "):
        claims = report.get("claims") or {}
        field = row.split(" ", 1)[1]
        accuracy = (claims.get("fields") or {}).get(field)
        if field != "pairing":
            return "" if accuracy is None else f"{accuracy:.2f}"
    if row.startswith("claim"):
        claims = report.get("claims") or {}
        part = claims.get("pairing" if row == "claim pairing" else "claim") or {}
        if not claims.get("gold") or part.get("f1") is None:
            return ""
        return f"{part['f1']:.3f} ({claims['gold']})"
    entry = report.get(row) or report.get("types", {}).get(row)
    if not entry or not entry.get("gold"):
        return ""
    f1 = entry.get("relaxed", {}).get("f1") if isinstance(entry.get("relaxed"), dict) else entry.get("f1")
    return "n/a" if f1 is None else f"{f1:.3f} ({entry['gold']})"


def table(reports: dict[str, dict]) -> str:
    """Relaxed F1 per type (rows) and file (columns)."""
    head = "| type | " + " | ".join(reports) + " |"
    lines = [head, "|---|" + "---:|" * len(reports)]
    for row in ROWS:
        cells = [cell(r, row) for r in reports.values()]
        if any(cells):
            lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


@functools.cache
def predictions() -> Path:
    """One pipeline run over every corpus text (once per invocation: both accuracy blocks
    score the same run)."""
    from extract.pipeline import Pipeline

    return run_corpus(Pipeline(), ROOT / "out" / "figures.jsonl")


def run_corpus(pipeline: Any, out: Path) -> Path:
    """Every gold article of corpus/ through `pipeline`, one record per line in `out`."""
    from extract.batch.readers import read_articles
    from extract.encode import to_json

    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as stream:
        for path in sorted((ROOT / "corpus").glob("*.jsonl")):
            for a in read_articles(path):
                record = pipeline(a.text, id=a.id, published_at=a.published_at, region=a.region)
                stream.write(to_json(record) + "\n")
    return out


def roles() -> dict[str, str]:
    """corpus/sets.tsv: file stem -> `dev` (tuned on) or `held-out` (never read by a rule writer)."""
    rows = [line.split("\t") for line in (ROOT / "corpus" / "sets.tsv").read_text(encoding="utf-8")
            .splitlines() if line and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}


def _files(role: str) -> list[Path]:
    kept = roles()
    return [f for f in sorted((ROOT / "corpus").glob("*.jsonl")) if kept.get(f.stem) == role]


def pooled(files: list[Path], name: str, region: str | None = None) -> Path:
    """The gold lines of several files (of one region) as one file, so one score covers them."""
    out = ROOT / "out" / f"figures-{name}.jsonl"
    with out.open("w", encoding="utf-8") as stream:
        for path in files:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and (region is None or json.loads(line).get("region") == region):
                    stream.write(line + "\n")
    return out


def accuracy() -> str:
    """Every tuned-on file, one column each."""
    pred = predictions()
    return table({f.stem: scores(f, pred) for f in _files("dev")})


def held_out() -> str:
    """Every file nobody tuned on, then all of them pooled, then pooled by region."""
    pred, files = predictions(), _files("held-out")
    reports = {f.stem: scores(f, pred) for f in files}
    reports["all held-out"] = scores(pooled(files, "held-out"), pred)
    for region in ("CN", "TW", "HK"):
        reports[f"held-out {region}"] = scores(pooled(files, f"held-out-{region}", region), pred)
    return table(reports)


def first_run() -> str:
    """The recorded first-run scores, one column per held-out file, with their commits."""
    kept = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIRST_RUN.glob("*.json"))}
    if not kept:
        return "(no first-run scores recorded yet)"
    when = "; ".join(f"`{name}` at {k['commit']} ({k['date']})" for name, k in kept.items())
    return table({name: k["report"] for name, k in kept.items()}) + f"\n\nRecorded: {when}."


def record_first_run(files: list[str]) -> None:
    """Score each held-out file with the code as it is now and keep the result."""
    import datetime
    import subprocess

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                            capture_output=True, check=True).stdout.strip()
    pred = predictions()
    FIRST_RUN.mkdir(parents=True, exist_ok=True)
    for name in files:
        path = Path(name)
        target = FIRST_RUN / f"{path.stem}.json"
        if target.exists():
            sys.exit(f"{target} exists: a first run happens once (delete it only for a new set)")
        kept = {"file": f"corpus/{path.name}", "commit": commit,
                "date": datetime.date.today().isoformat(), "report": scores(path, pred)}
        target.write_text(json.dumps(kept, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(target)


def _number(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if unit.endswith("/s") else f"{value:.2f} {unit}"


def speed() -> str:
    """One table of every benchmark row, then the machine and commit of each script."""
    lines = ["| what | ours | peer, same texts, same run | ratio |", "|---|---:|---|---:|"]
    sources = []
    for path in sorted(BENCHMARKS.glob("*.json")):
        bench = json.loads(path.read_text(encoding="utf-8"))
        script = Path(bench["script"]).name
        for row in bench["rows"]:
            unit = row.get("unit", "chars/s")
            peer = f"{row['peer']}: {_number(row['peer_value'], unit)}" if row.get("peer") else ""
            ratio = f"**{row['ratio']:.1f}×**" if row.get("ratio") else ""
            lines.append(f"| {row['what']} (`{script}`) | {_number(row['ours'], unit)} | {peer} | {ratio} |")
        note = f", {bench['note']}" if bench.get("note") else ""
        sources.append(f"`{script}`: {bench['machine']}, commit {bench['commit']}, {bench['date']}{note}")
    return "\n".join(lines) + "\n\n" + "\n".join(f"- {s}" for s in sources)


BLOCKS = {"held-out": held_out, "accuracy": accuracy, "first-run": first_run, "speed": speed}


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:begin (scripts/figures.py) -->", f"<!-- {name}:end -->"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="replace the blocks in README.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when README.md is stale")
    parser.add_argument("--first-run", nargs="+", metavar="FILE", help="record first-run scores")
    args = parser.parse_args()
    if args.first_run:
        record_first_run(args.first_run)
        return 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stale = []
    for name, build in BLOCKS.items():
        begin, end = markers(name)
        if begin not in readme or end not in readme:
            print(f"README.md has no {begin} ... {end} block", file=sys.stderr)
            return 2
        head, rest = readme.split(begin, 1)
        current, tail = rest.split(end, 1)
        fresh = build()
        if current.strip() != fresh.strip():
            stale.append(name)
        readme = f"{head}{begin}\n{fresh}\n{end}{tail}"
        if not args.check:
            print(fresh + "\n")
    if args.check:
        for name in stale:
            print(f"README.md {name} block is stale: run `python scripts/figures.py --write`",
                  file=sys.stderr)
        return 1 if stale else 0
    if args.write:
        (ROOT / "README.md").write_text(readme, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
