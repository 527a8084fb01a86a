"""What the optional LAC recognizer (`[ner]`) adds to persons and locations, measured.

    python scripts/ner_gain.py            # every corpus file, default path vs ner="lac"
    python scripts/ner_gain.py --write    # also write docs/figures/ner.json and the docs table
    python scripts/ner_gain.py --check    # exit 1 when the docs table is stale (a test runs this)

Issue 13 asks to keep the model only if its gain holds on news nobody tuned on, so the
figures are split the way README's are (corpus/sets.tsv): each held-out file, the held-out
files pooled, then the tuned-on files pooled. Both runs use the same reader and the same
`eval --json` scoring as scripts/figures.py, so the default column equals README's.
Needs `pip install 'zh-extract[ner]'`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figures import ROOT, _files, pooled, run_corpus, scores  # noqa: E402

TYPES = ("person", "location")
OUT = ROOT / "docs" / "figures" / "ner.json"
DOC = ROOT / "docs" / "entities.md"
BEGIN, END = "<!-- ner:begin (scripts/ner_gain.py) -->", "<!-- ner:end -->"


def run(ner: str | None) -> Path:
    """One pipeline run over every corpus text, with or without the model."""
    from extract.pipeline import Pipeline

    pipeline = Pipeline(ner=ner) if ner else Pipeline()
    return run_corpus(pipeline, ROOT / "out" / f"ner-{ner or 'default'}.jsonl")


def f1s(report: dict) -> dict[str, tuple[float | None, int]]:
    """Relaxed F1 and gold count of each measured type."""
    types = report.get("types", report)
    out = {}
    for t in TYPES:
        entry = types.get(t) or {}
        out[t] = ((entry.get("relaxed") or {}).get("f1"), entry.get("gold", 0))
    return out


def measure() -> dict[str, dict]:
    """Per file (and pooled): {type: {"default": f1, "lac": f1, "gold": n}}."""
    preds = {"default": run(None), "lac": run("lac")}
    held, dev = _files("held-out"), _files("dev")
    golds = {f.stem: f for f in held}
    golds["all held-out"] = pooled(held, "ner-held-out")
    golds["all tuned-on"] = pooled(dev, "ner-tuned-on")
    result: dict[str, dict] = {}
    for name, gold in golds.items():
        per = {mode: f1s(scores(gold, pred)) for mode, pred in preds.items()}
        result[name] = {t: {"default": per["default"][t][0], "lac": per["lac"][t][0],
                            "gold": per["default"][t][1]} for t in TYPES}
    return result


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:.3f}"


def table(result: dict[str, dict]) -> str:
    lines = ["| file | person default | person with LAC | location default | location with LAC |",
             "|---|---:|---:|---:|---:|"]
    for name, per in result.items():
        cells = []
        for t in TYPES:
            cells += [f"{_num(per[t]['default'])} ({per[t]['gold']})", _num(per[t]["lac"])]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _doc(result: dict[str, dict]) -> str:
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + "\n" + table(result) + "\n" + text[end:]


def write(result: dict[str, dict]) -> None:
    """Keep the figures and replace the table between the markers in docs/entities.md."""
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    DOC.write_text(_doc(result), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the figures and the docs table")
    parser.add_argument("--check", action="store_true", help="exit 1 when docs/entities.md is stale")
    args = parser.parse_args()
    result = measure()
    if args.check:
        if _doc(result) != DOC.read_text(encoding="utf-8"):
            sys.exit("docs/entities.md LAC table is stale: run `python scripts/ner_gain.py --write`")
        return
    print(table(result))
    if args.write:
        write(result)


if __name__ == "__main__":
    main()
