"""`zh-extract eval`: read, score, check bars, write every format asked for.

cli.py parses the arguments and calls `run_eval`; everything the command does lives
here so the formats can be tested without a process, and the exit status has one
source: 0 when every bar passes, 1 when one fails (usage errors raise `ValueError`, which
the CLI turns into status 2 before anything is read).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from extract.evaluate.bars import check_bars, parse_bars
from extract.evaluate.baseline import Comparison, compare
from extract.evaluate.formats import (
    as_json,
    format_comparison,
    format_junit,
    format_markdown,
    format_misses,
    format_table,
)
from extract.evaluate.gold import read_gold
from extract.evaluate.scoring import Report, evaluate
from extract.records import Article


@dataclass
class EvalOptions:
    gold: Path
    pred: Path | None = None
    json: bool = False
    markdown: bool = False
    misses: bool = False
    min_f1: str = ""
    junit: Path | None = None
    html: Path | None = None
    baseline: Path | None = None


def predict(gold: list[Article]) -> list[Article]:
    """A fresh pipeline run over the gold texts, with their context fields."""
    from extract.pipeline import Pipeline

    pipeline = Pipeline()
    return [pipeline(a.text, id=a.id, published_at=a.published_at, region=a.region) for a in gold]


def claims_section(gold: list[Article], pred: list[Article]) -> Any:
    """Claim scores as an object with `to_dict()`, or None; the claim scorer plugs in here
    (extract/evaluate/claims.py), and every format shows it as an optional section."""
    from extract.evaluate.claims import score_claims

    return score_claims(gold, pred)


def score(options: EvalOptions) -> tuple[Report, list[Article], Comparison | None]:
    """The report on PRED (or a fresh run), its gold, and the baseline comparison if asked."""
    gold, bare = read_gold(options.gold)
    pred = read_gold(options.pred)[0] if options.pred else predict(gold)
    report = evaluate(gold, pred, unannotated=bare)
    report.claims = claims_section(gold, pred)
    comparison = None
    if options.baseline:
        old = read_gold(options.baseline)[0]
        comparison = compare(report, evaluate(gold, old, unannotated=bare))
    return report, gold, comparison


def _title(options: EvalOptions) -> str:
    """`zh-extract eval dev.jsonl pred.jsonl`: which files a report is about."""
    pred = options.pred.name if options.pred else "(fresh run)"
    return f"zh-extract eval {options.gold.name} {pred}"


def run_eval(options: EvalOptions, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """Score, print the chosen format to `out`, write the files, return the exit status."""
    out, err = out or sys.stdout, err or sys.stderr
    if options.json and options.markdown:
        raise ValueError("--json and --markdown both print the report: choose one")
    bars_wanted = parse_bars(options.min_f1)
    report, gold, comparison = score(options)
    bars = check_bars(report, bars_wanted)
    if options.json:
        print(json.dumps(as_json(report, options.misses, bars, comparison), ensure_ascii=False,
                         indent=1), file=out)
    elif options.markdown:
        print(format_markdown(report, bars, comparison, _title(options), options.misses), file=out, end="")
    else:
        print(format_table(report), file=out)
        if options.misses and report.misses:
            print("\n" + format_misses(report.misses), file=out)
        if report.claims is not None:
            print("\n" + report.claims.table(), file=out)
            if options.misses and report.claims.misses:
                print("\n" + report.claims.misses_text(), file=out)
        if comparison:
            print(f"\nbaseline {options.baseline}:\n" + format_comparison(comparison), file=out)
    if options.junit:
        options.junit.write_text(format_junit(report, bars), encoding="utf-8")
    if options.html:
        from extract.review.report import render_report

        html = render_report(report, gold, bars, comparison, title=_title(options))
        options.html.write_text(html, encoding="utf-8")
    for warning in report.warnings:
        print(f"warning: {warning}", file=err)
    failed = [b for b in bars if not b.passed]
    for bar in failed:
        print(f"FAIL {bar.message()}", file=err)
    return 1 if failed else 0
