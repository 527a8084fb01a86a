"""Money, percent and quantity against jionlp and Recognizers-Text, same texts, one process.

Run: `python tests/benchmarks/bench_numbers.py [--chars 300000] [--out DIR]` after
`pip install -e '.[bench]'` (jionlp, recognizers-text-suite, emoji<1.0). A peer that is
not installed is skipped. Prints the machine, chars/s of each system and the ratios,
then relaxed/strict F1 on the gold seed files; writes each system's predictions as
article JSONL (docs/format.md) into DIR, so `zh-extract eval corpus/seed-h20.jsonl
DIR/jionlp.jsonl` scores them the same way.

What is compared. Ours: `Shadow.of` (OpenCC conversion included) then `find_money`,
`find_percent` and `find_quantity`. jionlp: `jionlp.ner.extract_money` (money only; it
has no percent extractor). Recognizers-Text: `recognize_currency` and
`recognize_percentage` with `Culture.Chinese` (they have no general quantity model for
Chinese). Neither peer extracts quantities, so ours does strictly more work per char.

Fairness notes. Peers are timed on the Simplified half-width shadow, which suits them
better than Traditional and keeps offsets identical; their accuracy is reported on the
shadow and on the original text. Only the gold seed files are read
(corpus/seed-*.jsonl) by default; `--gold corpus/dev.jsonl` scores every system on the
held-out set, which is evaluation, never tuning. Peer outputs are mapped to mentions
as kindly as the contract allows: a currency word or name is mapped to its ISO code
(`PEER_CURRENCIES`), a two-value range to low/high, Recognizers' inclusive end made
exclusive.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from common import ROOT, best_of, machine, record  # noqa: E402

from extract.batch.readers import read_articles  # noqa: E402
from extract.evaluate.scoring import evaluate  # noqa: E402
from extract.numbers.money import find_money  # noqa: E402
from extract.numbers.percent import find_percent  # noqa: E402
from extract.numbers.quantity import find_quantity  # noqa: E402
from extract.records import Article, Money, Percent  # noqa: E402
from extract.text.shadow import Shadow, to_shadow  # noqa: E402

# Currency words and names the peers report, to ISO 4217 (peer adaptation, not our data).
PEER_CURRENCIES = {
    "元": "CNY",
    "人民币": "CNY",
    "人民币元": "CNY",
    "Chinese yuan": "CNY",
    "块": "CNY",
    "美元": "USD",
    "美金": "USD",
    "United States dollar": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "Hong Kong dollar": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "New Taiwan dollar": "TWD",
    "欧元": "EUR",
    "Euro": "EUR",
    "日元": "JPY",
    "日圆": "JPY",
    "Japanese yen": "JPY",
    "英镑": "GBP",
    "British pound": "GBP",
    "韩元": "KRW",
    "South Korean won": "KRW",
}
Mention = Any
Peer = Callable[[str, str], list[Mention]]


def gold_articles(paths: list[Path]) -> list[Article]:
    """The gold files to time and score on (default: the seed files)."""
    paths = paths or sorted((ROOT / "corpus").glob("seed-*.jsonl"))
    return [a for path in paths for a in read_articles(path)]


def ours(original: str, region: str | None) -> list[Mention]:
    shadow = Shadow.of(original, region=region)  # type: ignore[arg-type]
    return [*find_money(shadow), *find_percent(shadow), *find_quantity(shadow)]


def _number(value: str) -> float | None:
    try:
        return float(value.replace(",", "").rstrip("%"))
    except ValueError:
        return None


def jionlp_runner() -> Peer | None:
    try:
        import jionlp
    except ImportError:
        return None

    def run(text: str, original: str) -> list[Mention]:
        found = []
        for item in jionlp.ner.extract_money(text, with_parsing=True):
            start, end = item["offset"]
            detail = item.get("detail") or {}
            num = detail.get("num")
            code = PEER_CURRENCIES.get(detail.get("case", ""), "XXX")
            fields: dict[str, Any] = {"currency": code}
            if isinstance(num, list) and len(num) == 2:
                fields.update(low=_number(num[0]), high=_number(num[1]))
            elif isinstance(num, str):
                fields["value"] = _number(num)
            found.append(Money(start=start, end=end, text=original[start:end], **fields))
        return found

    return run


def recognizers_runner() -> Peer | None:
    try:
        from recognizers_number import recognize_percentage
        from recognizers_number_with_unit import recognize_currency
        from recognizers_text import Culture
    except ImportError:
        return None

    def run(text: str, original: str) -> list[Mention]:
        found: list[Mention] = []
        for r in recognize_currency(text, Culture.Chinese):
            res = r.resolution or {}
            code = res.get("isoCurrency") or PEER_CURRENCIES.get(res.get("unit", ""), "XXX")
            value = _number(str(res.get("value", "")))
            start, end = r.start, r.end + 1  # Recognizers' end is inclusive
            found.append(Money(start=start, end=end, text=original[start:end], value=value, currency=code))
        for r in recognize_percentage(text, Culture.Chinese):
            value = _number(str((r.resolution or {}).get("value", "")))
            start, end = r.start, r.end + 1
            found.append(Percent(start=start, end=end, text=original[start:end], value=value))
        return found

    return run


def speed(texts: list[str], shadows: list[str], peers: dict[str, Peer]) -> dict[str, float]:
    """chars/s of each system over the same texts (best of three runs).

    Ours is timed twice more on the peers' own jobs: money only (jionlp's), money and
    percent (Recognizers'); shadow conversion is included every time.
    """
    chars = sum(map(len, texts))

    def only(*finders: Callable[[Shadow], list[Mention]]) -> float:
        def run() -> None:
            for t in texts:
                shadow = Shadow.of(t)
                for find in finders:
                    find(shadow)

        return chars / best_of(run)

    rates = {
        "zh-extract": chars / best_of(lambda: [ours(t, None) for t in texts]),
        "zh-extract money": only(find_money),
        "zh-extract money+percent": only(find_money, find_percent),
    }
    for name, run in peers.items():
        run(shadows[0], texts[0])  # warm up: peers load their lexicons lazily
        rates[name] = chars / best_of(batch(run, shadows, texts))
    return rates


def batch(run: Peer, shadows: list[str], texts: list[str]) -> Callable[[], object]:
    """One timed pass of a peer over every text."""
    return lambda: [run(s, t) for s, t in zip(shadows, texts)]


def simplified(run: Peer) -> Callable[[Article], list[Mention]]:
    """The peer on the article's Simplified half-width shadow (offsets unchanged)."""
    return lambda a: run(to_shadow(a.text), a.text)


def as_written(run: Peer) -> Callable[[Article], list[Mention]]:
    """The peer on the article as received (Traditional stays Traditional)."""
    return lambda a: run(a.text, a.text)


def predictions(gold: list[Article], system: Callable[[Article], list[Mention]]) -> list[Article]:
    return [
        Article(
            id=a.id,
            published_at=a.published_at,
            region=a.region,
            text=a.text,
            mentions=sorted(system(a), key=lambda m: m.start),
        )
        for a in gold
    ]


def report(gold: list[Article], runs: dict[str, list[Article]], out: Path | None) -> None:
    """F1 per type (relaxed / strict) per system; each system's predictions into `out`."""
    kinds = ("money", "percent", "quantity")
    print(f"\n{'system (predictions file)':<34}" + "".join(f"{k + ' F1 rel/str':>22}" for k in kinds))
    for name, pred in runs.items():
        scores = evaluate(gold, pred)
        cells = "".join(f"{scores.f1(k, 'relaxed'):>14.3f} /{scores.f1(k, 'strict'):.3f}" for k in kinds)
        print(f"{name + '.jsonl':<34}{cells}")
        if out:
            out.mkdir(parents=True, exist_ok=True)
            lines = "".join(a.model_dump_json(exclude_none=True) + "\n" for a in pred)
            (out / f"{name}.jsonl").write_text(lines, encoding="utf-8")
    if out:
        print(f"\nscore any of them with: zh-extract eval corpus/seed-h20.jsonl {out}/jionlp.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=300_000, help="characters to time on")
    parser.add_argument("--out", type=Path, default=None, help="folder for prediction JSONL")
    parser.add_argument("--gold", type=Path, nargs="*", default=[],
                        help="gold JSONL files (default corpus/seed-*.jsonl; e.g. corpus/dev.jsonl to "
                             "score the peers on the held-out set)")
    args = parser.parse_args()

    gold = gold_articles(args.gold)
    base = [a.text for a in gold]
    texts = base * max(1, -(-args.chars // sum(map(len, base))))
    shadows = [to_shadow(t) for t in texts]
    peers = {
        name: run for name, run in (("jionlp", jionlp_runner()), ("recognizers", recognizers_runner())) if run
    }
    print(f"machine: {machine()}")
    print(
        f"texts: {len(texts)} articles, {sum(map(len, texts)):,} characters "
        f"({len(base)} gold article(s) repeated)"
    )
    started = time.perf_counter()
    rates = speed(texts, shadows, peers)
    same_job = {"jionlp": "zh-extract money", "recognizers": "zh-extract money+percent"}
    for name, rate in rates.items():
        ratio = ""
        if name in same_job:
            ratio = (
                f"   zh-extract (all three) {rates['zh-extract'] / rate:,.1f}x,"
                f" on the same job ({same_job[name]}) {rates[same_job[name]] / rate:,.1f}x"
            )
        print(f"{name:<26}{rate:>12,.0f} chars/s{ratio}")
    print(f"(timed in {time.perf_counter() - started:.1f}s)")
    jobs = {"jionlp": "money (`find_money` with its shadow) vs jionlp `extract_money`",
            "recognizers": "money + percent vs Recognizers-Text currency + percentage"}
    record("bench_numbers", [
        {"what": jobs[name], "ours": rates[same_job[name]], "unit": "chars/s", "peer": name,
         "peer_value": rates[name], "ratio": rates[same_job[name]] / rates[name]}
        for name in peers if name in rates
    ], note=f"{sum(map(len, texts)):,} chars, {len(base)} gold article(s) repeated")

    runs = {"zh-extract": predictions(gold, lambda a: ours(a.text, a.region))}
    for name, run in peers.items():  # name.jsonl: Simplified input; name-original: as written
        runs[name] = predictions(gold, simplified(run))
        runs[f"{name}-original"] = predictions(gold, as_written(run))
    report(gold, runs, args.out)


if __name__ == "__main__":
    main()
