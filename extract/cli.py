"""zh-extract: Chinese news articles to validated records.

Commands: run (extract), eval (score against gold), show (review page), claims (one row
per claim, CSV or JSONL), schema (export JSON Schemas).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from extract.batch.formats import FORMATS
from extract.batch.options import DEFAULT_MAX_CHARS, ReadOptions
from extract.records import Article, ErrorRecord


def cmd_run(args: argparse.Namespace) -> int:
    """Extract records from articles, one JSON line (or Parquet row) per input.

    INPUT is a file, a folder (walked recursively; files of unknown type are counted as
    skipped) or - for standard input. Formats by extension, case-insensitive, or
    --format: .jsonl/.ndjson (also .gz .bz2 .xz .zst), .json, .csv, .tsv, .parquet
    (rows: --text-field, --id-field, --date-field, --region-field; other fields under
    meta), .html/.htm (main text by trafilatura), .warc/.warc.gz/.arc (HTML responses),
    .txt (one article; BOM, GB18030, Big5 and UTF-16 detected). Every input gives one
    record: the article, or an error record naming the input and the cause.

    Output: standard output (JSONL), -o FILE.jsonl, -o FILE.parquet (plus
    FILE.mentions.parquet and FILE.claims.parquet), or -o DIR/ (one file per shard;
    --output-format parquet for Parquet parts). Shards finished are marked: --resume, or
    rerunning into the same output, finishes a killed run with every input exactly once.

    Exit status: 0 all inputs gave articles; 1 some gave error records (beyond
    --max-errors); 2 usage error; 3 output could not be written (rerun with --resume);
    130 interrupted by Ctrl-C or SIGTERM (completed shards kept); 141 output pipe closed.

    --ner lac adds the optional statistical recognizer's persons and locations (needs
    the [ner] extra; about 90x slower).
    """
    from extract.batch.runner import RunConfig, run

    options = ReadOptions(args.text_field, args.id_field, args.date_field, args.region_field,
                          args.published_at, args.region, args.max_chars, args.format)
    config = RunConfig(
        inputs=args.inputs, output=args.output, output_format=args.output_format, workers=args.workers,
        ordered=not args.unordered, resume=args.resume, slice=args.shard, engine=args.engine,
        address=args.address, timeout=args.timeout, max_errors=args.max_errors, quiet=args.quiet,
        stats_path=args.stats, shard_size=args.shard_size, options=options, ner=args.ner,
    )
    return run(config)


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
        articles = [r for r in records if isinstance(r, Article)]
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


def _published_at(value: str) -> str:
    from extract.errors import InputError
    from extract.text.published import parse_published_at

    try:
        parse_published_at(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _slice(value: str) -> tuple[int, int]:
    i, _, n = value.partition("/")
    if not (i.isdigit() and n.isdigit() and 1 <= int(i) <= int(n)):
        raise argparse.ArgumentTypeError(f"{value!r} is not i/N with 1 <= i <= N (e.g. 3/8)")
    return int(i), int(n)


def _max_errors(value: str) -> str:
    number = value[:-1] if value.endswith("%") else value
    try:
        if float(number) < 0 or (not value.endswith("%") and not number.isdigit()):
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a count (10) or a percentage (2%)") from None
    return value


def _positive(kind: type) -> Callable[[str], object]:
    def parse(value: str) -> object:
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if number <= 0:
            raise argparse.ArgumentTypeError(f"{value!r} is not a positive number")
        return number
    return parse


def _run_arguments(run: argparse.ArgumentParser) -> None:
    run.add_argument("inputs", nargs="+", metavar="INPUT")
    run.add_argument("--ner", choices=("lac",), help="add a statistical recognizer's persons and locations")
    run.add_argument("-o", "--output", help="FILE.jsonl, FILE.parquet or DIR/ (default: standard output)")
    run.add_argument("--output-format", choices=("jsonl", "parquet"),
                     help="for -o DIR/ (default jsonl)")
    run.add_argument("--format", choices=FORMATS, help="read every input in this format")
    run.add_argument("--published-at", type=_published_at, help="reference time for inputs that carry none")
    run.add_argument("--region", choices=("CN", "TW", "HK"), help="region for inputs without one")
    for name, default in (("text", "text"), ("id", "id"), ("date", "published_at"), ("region", "region")):
        run.add_argument(f"--{name}-field", default=default,
                         help=f"column or key of the {name} (default {default})")
    run.add_argument("--workers", type=_positive(int), default=0,
                     help="worker processes (default: all cores)")
    run.add_argument("--unordered", action="store_true",
                     help="on standard output, records as shards finish, not in input order")
    run.add_argument("--resume", action="store_true",
                     help="skip shards a previous run into -o completed")
    run.add_argument("--shard", type=_slice, metavar="i/N",
                     help="run only slice i of N (for job arrays)")
    run.add_argument("--shard-size", type=_positive(int), default=1000,
                     help="articles per shard (default 1000)")
    run.add_argument("--engine", choices=("local", "ray"), default="local",
                     help="local processes or Ray tasks")
    run.add_argument("--address", help="Ray cluster: ray://HOST:PORT or auto (default: a local Ray)")
    run.add_argument("--max-chars", type=_positive(int), default=DEFAULT_MAX_CHARS,
                     help=f"longer articles become error records (default {DEFAULT_MAX_CHARS:,})")
    run.add_argument("--timeout", type=_positive(float), default=60.0,
                     help="seconds per article before it becomes an error record (default 60)")
    run.add_argument("--max-errors", type=_max_errors,
                     help="error records tolerated for exit 0: N or P%%")
    run.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    run.add_argument("--stats", metavar="FILE.json", help="write the summary as JSON")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zh-extract", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        doc = func.__doc__ or ""
        p = sub.add_parser(name, help=doc.splitlines()[0], description=doc,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    _run_arguments(add("run", cmd_run))

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
