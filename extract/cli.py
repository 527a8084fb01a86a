"""zh-extract: Chinese news articles to validated records.

Commands: run (extract), eval (score against gold), show (review page), claims (one row
per claim, CSV or JSONL), schema (export JSON Schemas).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from extract.batch.readers import read_inputs
from extract.batch.writers import to_json_line
from extract.inputs import Input, InputRecord
from extract.records import ErrorRecord


def _with_defaults(inputs: Iterator[Input], args: argparse.Namespace) -> Iterator[Input]:
    for item in inputs:
        if isinstance(item, InputRecord):
            item = replace(
                item,
                published_at=item.published_at or args.published_at,
                region=item.region or args.region,
            )
        yield item


def cmd_run(args: argparse.Namespace) -> int:
    """Extract records from articles.

    INPUT is a .txt file (one article, id = file stem), a .jsonl file (one article per
    line: id, text, optional published_at, region, other fields kept under meta), a
    folder of those, or - for standard input. Writes one JSON line per input: the
    article record, or an error record naming the input and the cause.
    """
    from extract.pipeline import Pipeline

    pipeline = Pipeline()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    started, articles, errors, chars = time.perf_counter(), 0, 0, 0
    try:
        for record in pipeline.pipe(_with_defaults(read_inputs(args.inputs), args)):
            out.write(to_json_line(record) + "\n")
            if isinstance(record, ErrorRecord):
                errors += 1
                print(f"error: {record.source}: {record.message}", file=sys.stderr)
            else:
                articles += 1
                chars += len(record.text)
    finally:
        if out is not sys.stdout:
            out.close()
    seconds = time.perf_counter() - started
    print(f"{articles} articles, {errors} errors, {chars} chars in {seconds:.2f} s",
          file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score predictions against a gold file (the scoring rules of docs/format.md).

    Without PRED the pipeline first runs on GOLD's texts. Prints per-type gold and
    predicted counts and precision/recall/F1 in detect, relaxed and strict modes, with
    numeric, time, entity and all rows; n/a where a row has neither gold nor predictions.
    --min-f1 money=0.95,date=0.9 sets relaxed-F1 bars (0..1): the exit status is 1 when
    one is missed or cannot be checked, 2 on a usage error. Gold lines without `mentions`
    and gold articles missing from PRED are scored (as misses) and named in a warning.
    --junit, --html write files besides the printed report; --markdown prints Markdown
    instead of the table (for a pull-request comment or a job summary); --baseline OLD
    adds what changed since OLD: newly missed, newly wrong, newly fixed, F1 deltas.
    """
    from extract.evaluate.command import EvalOptions, run_eval

    def path(value: str | None) -> Path | None:
        return Path(value) if value else None

    return run_eval(EvalOptions(
        gold=Path(args.gold), pred=path(args.pred), json=args.json, markdown=args.markdown,
        misses=args.misses, min_f1=args.min_f1 or "", junit=path(args.junit),
        html=path(args.html), baseline=path(args.baseline),
    ))


def cmd_show(args: argparse.Namespace) -> int:
    """Write one self-contained HTML page to review extractions: `show INPUT... -o page.html`.

    INPUT is a records file (the output of `run`, or gold), or articles as `run` reads
    them (.txt, .jsonl without mentions, a folder, -), which are extracted first. The
    page works offline: the text with mentions highlighted by type, values on hover and
    in a side table, the claims table (a click marks its sentence), a type filter; for
    several articles an index with counts per type comes first.
    """
    from extract.review.page import load_records, render_page

    records = load_records(args.inputs)
    html = render_page(records, title=args.title)
    if args.output in (None, "-"):
        sys.stdout.write(html)
    else:
        Path(args.output).write_text(html, encoding="utf-8")
        articles = [r for r in records if not isinstance(r, ErrorRecord)]
        print(f"{len(articles)} articles, {sum(len(a.mentions) for a in articles)} mentions, "
              f"{len(records) - len(articles)} errors -> {args.output}", file=sys.stderr)
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    """One row per claim: `claims INPUT... -o claims.csv|claims.jsonl`.

    INPUT is read as `show` reads it: a records file as it is, anything else extracted
    first. Columns: id, subject (canonical value), subject_type, subject_text, metric,
    quantity_text, value, low, high, qualifier, currency, unit, time (calendar value),
    time_text, change, change_unit, direction, basis, attribution, sentence. The format
    follows the output's extension (.csv, else JSON Lines); without -o, JSON Lines on
    standard output. Error records are reported on standard error, never as rows.
    """
    from extract.batch.claim_rows import claim_rows, write_rows
    from extract.review.page import load_records

    records = load_records(args.inputs)
    articles = [r for r in records if not isinstance(r, ErrorRecord)]
    for r in records:
        if isinstance(r, ErrorRecord):
            print(f"error: {r.source}: {r.message}", file=sys.stderr)
    fmt = "csv" if args.output and args.output.endswith(".csv") else "jsonl"
    if args.output in (None, "-"):
        count = write_rows(claim_rows(articles), sys.stdout, fmt)
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            count = write_rows(claim_rows(articles), out, fmt)
    print(f"{len(articles)} articles, {count} claims, {len(records) - len(articles)} errors",
          file=sys.stderr)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Write the JSON Schema of every record (article, claim, error) into a folder."""
    from extract.schema import write_schemas

    for path in write_schemas(Path(args.out)):
        print(path)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zh-extract", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        doc = func.__doc__ or ""
        p = sub.add_parser(name, help=doc.splitlines()[0], description=doc,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    run = add("run", cmd_run)
    run.add_argument("inputs", nargs="+", metavar="INPUT")
    run.add_argument("-o", "--output", help="write JSONL here instead of standard output")
    run.add_argument("--published-at", help="reference time for inputs that carry none")
    run.add_argument("--region", choices=("CN", "TW", "HK"), help="region for inputs without one")

    ev = add("eval", cmd_eval)
    ev.add_argument("gold", metavar="GOLD")
    ev.add_argument("pred", nargs="?", metavar="PRED")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--markdown", action="store_true", help="print the scores as Markdown")
    ev.add_argument("--misses", action="store_true",
                    help="list every miss and false alarm with its sentence (inside the JSON with --json)")
    ev.add_argument("--min-f1", help="relaxed F1 bars within 0..1, e.g. money=0.95,date=0.9,claim=0.5")
    ev.add_argument("--junit", metavar="FILE.xml", help="write JUnit XML: a test case per type and per bar")
    ev.add_argument("--html", metavar="FILE.html", help="write the evaluation report as one HTML page")
    ev.add_argument("--baseline", metavar="OLD.jsonl", help="compare with an older prediction file")

    show = add("show", cmd_show)
    show.add_argument("inputs", nargs="+", metavar="INPUT")
    show.add_argument("-o", "--output", help="write the page here (default: standard output)")
    show.add_argument("--title", default="zh-extract review", help="the page title")

    flat = add("claims", cmd_claims)
    flat.add_argument("inputs", nargs="+", metavar="INPUT")
    flat.add_argument("-o", "--output", help="claims.csv or claims.jsonl (default: JSONL on standard output)")

    sch = add("schema", cmd_schema)
    sch.add_argument("--out", default="schemas", help="folder to write (default: schemas)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (ValueError, OSError) as exc:
        print(f"zh-extract {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
