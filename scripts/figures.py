"""README's accuracy table, regenerated from `zh-extract eval`, never typed by hand.

    python scripts/figures.py            # print the table
    python scripts/figures.py --write    # replace it in README.md
    python scripts/figures.py --check    # exit 1 when README.md is stale (a test runs this)

The pipeline runs once over every gold file in corpus/; each file is scored by the
`eval` command's JSON output, and the table shows relaxed F1 per type (with the gold
count), so a change that moves a score cannot land without the README moving too.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- accuracy:begin (scripts/figures.py) -->", "<!-- accuracy:end -->"
ROWS = ("money", "percent", "quantity", "date", "duration",
        "person", "org", "location", "product", "all", "claim")


def scores(gold: Path, pred: Path) -> dict:
    """`zh-extract eval GOLD PRED --json`, parsed."""
    from extract.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(["eval", str(gold), str(pred), "--json"])
    return json.loads(out.getvalue())


def cell(report: dict, row: str) -> str:
    """`0.973 (378)`: relaxed F1 and gold count; blank where the file has no gold of it."""
    entry = report.get(row) or report.get("types", {}).get(row)
    if row == "claim":
        entry = entry or (report.get("claims") or {}).get("claim")
    if not entry or not entry.get("gold"):
        return ""
    f1 = entry.get("relaxed", {}).get("f1") if isinstance(entry.get("relaxed"), dict) else entry.get("f1")
    return "n/a" if f1 is None else f"{f1:.3f} ({entry['gold']})"


def table(pred: Path) -> str:
    files = sorted((ROOT / "corpus").glob("*.jsonl"))
    reports = {f.stem: scores(f, pred) for f in files}
    head = "| type | " + " | ".join(reports) + " |"
    lines = [head, "|---|" + "---:|" * len(reports)]
    for row in ROWS:
        cells = [cell(r, row) for r in reports.values()]
        if any(cells):
            lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def predictions() -> Path:
    """One pipeline run over every corpus text, written where `make run` writes it."""
    from extract.batch.readers import read_articles
    from extract.encode import to_json
    from extract.pipeline import Pipeline

    pipeline = Pipeline()
    out = ROOT / "out" / "figures.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as stream:
        for path in sorted((ROOT / "corpus").glob("*.jsonl")):
            for a in read_articles(path):
                record = pipeline(a.text, id=a.id, published_at=a.published_at, region=a.region)
                stream.write(to_json(record) + "\n")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="replace the table in README.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when README.md is stale")
    args = parser.parse_args()
    fresh = table(predictions())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if BEGIN not in readme or END not in readme:
        print(f"README.md has no {BEGIN} ... {END} block", file=sys.stderr)
        return 2
    head, rest = readme.split(BEGIN, 1)
    current, tail = rest.split(END, 1)
    if args.check:
        if current.strip() != fresh.strip():
            print("README.md accuracy table is stale: run `python scripts/figures.py --write`",
                  file=sys.stderr)
            return 1
        return 0
    if args.write:
        (ROOT / "README.md").write_text(f"{head}{BEGIN}\n{fresh}\n{END}{tail}", encoding="utf-8")
    print(fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
