"""zh-extract: Chinese news articles to validated records.

Commands: run (extract), eval (score against gold), schema (export JSON Schemas).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from extract.batch.readers import read_articles, read_inputs
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
    article record, or an error record naming the input and the cause. --ner lac adds
    the optional statistical recognizer's persons and locations (needs the [ner] extra;
    much slower).
    """
    from extract.pipeline import Pipeline

    pipeline = Pipeline(ner=args.ner)
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
    """Score predictions against a gold file (ANNOTATION.md scoring).

    Without PRED the pipeline first runs on GOLD's texts. Prints per-type gold and
    predicted counts and precision/recall/F1 in detect, relaxed and strict modes, with
    numeric, time, entity and all rows. --min-f1 money=0.95,date=0.9 sets relaxed-F1
    bars: the exit status is 1 when one is missed, so CI can gate on accuracy.
    """
    from extract.evaluate.scoring import evaluate, failed_bars, format_table, parse_bars

    bars = parse_bars(args.min_f1 or "")
    gold = read_articles(Path(args.gold))
    if args.pred:
        pred = read_articles(Path(args.pred))
    else:
        from extract.pipeline import Pipeline

        pipeline = Pipeline()
        pred = [
            pipeline(a.text, id=a.id, published_at=a.published_at, region=a.region) for a in gold
        ]
    report = evaluate(gold, pred)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        print(format_table(report))
    if args.misses:
        for miss in report.misses:
            m = miss.mention
            near = f"  (pred {miss.other.text!r} {getattr(miss.other, 'value', None)!r})" \
                if miss.other else ""
            print(f"{miss.kind:<8} {miss.article} {m.type:<9} {m.text!r} value={m.value!r}"
                  f"{near}\n         {miss.sentence}")
    failures = failed_bars(report, bars)
    for line in failures:
        print(f"FAIL {line}", file=sys.stderr)
    return 1 if failures else 0


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
    run.add_argument("--ner", choices=("lac",), help="add a statistical recognizer's persons and locations")

    ev = add("eval", cmd_eval)
    ev.add_argument("gold", metavar="GOLD")
    ev.add_argument("pred", nargs="?", metavar="PRED")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--misses", action="store_true", help="list every miss with its sentence")
    ev.add_argument("--min-f1", help="relaxed F1 bars, e.g. money=0.95,date=0.9")

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
