"""What the review page and the evaluation report cost, next to the extraction itself.

Run: `python tests/benchmarks/bench_review.py [--chars 300000] [--record]`. Extracts the
corpus texts repeated to about `--chars` characters once, then times, in CPU seconds
(best of 3; the machine is shared): the pipeline over those texts, `render_page` over
the records (what `zh-extract show` does after reading), and the scoring plus
`render_report` of `eval --html` for the records against themselves with every mention
of every second article dropped (so there are errors to list). `--record` writes
docs/benchmarks/bench_review.json, which README's speed table is rendered from.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import best_of, record, texts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=300_000)
    parser.add_argument("--record", action="store_true", help="write docs/benchmarks/bench_review.json")
    args = parser.parse_args()

    from extract.evaluate.bars import check_bars
    from extract.evaluate.scoring import evaluate
    from extract.pipeline import Pipeline
    from extract.review.page import render_page
    from extract.review.report import render_report

    def report(gold: list, pred: list) -> str:
        scored = evaluate(gold, pred)
        return render_report(scored, gold, check_bars(scored, {}))

    pipeline = Pipeline()
    inputs = [{"id": f"a{i}", "text": t} for i, t in enumerate(texts(args.chars))]
    chars = sum(len(x["text"]) for x in inputs)
    articles = [a for a in pipeline.pipe(inputs) if hasattr(a, "mentions")]
    pred = [a.model_copy(update={"mentions": []}) if i % 2 else a for i, a in enumerate(articles)]
    timed = {
        "extract (Pipeline.pipe)": best_of(lambda: list(pipeline.pipe(inputs))),
        "review page (render_page)": best_of(lambda: render_page(articles)),
        "eval --html (evaluate + render_report)": best_of(lambda: report(articles, pred)),
    }
    print(f"{len(articles)} articles, {chars:,} chars, {sum(len(a.mentions) for a in articles):,} mentions")
    for what, seconds in timed.items():
        print(f"{what:<42}{seconds:>8.2f} s CPU {chars / seconds:>14,.0f} chars/s")
    if args.record:
        rows = [{"what": what, "ours": chars / seconds, "unit": "chars/s"} for what, seconds in timed.items()]
        print(record("bench_review", rows, note=f"{len(articles)} articles, {chars} chars"))


if __name__ == "__main__":
    main()
