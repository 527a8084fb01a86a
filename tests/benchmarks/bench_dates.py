"""Dates and durations against two peers, on the same texts in one process.

Run: `python tests/benchmarks/bench_dates.py [--chars 200000] [--out DIR]` after
`pip install -e '.[bench]'` (jionlp, recognizers-text-suite, emoji<1.0). A peer that is
not installed is skipped. Prints the machine, chars/s of each system, the ratios, and
relaxed/strict F1 on the gold seed files; writes each system's predictions as article
JSONL (docs/format.md) into DIR so that `zh-extract eval corpus/seed-h20.jsonl DIR/x.jsonl`
scores them the same way.

Fairness notes. Every system gets the reference time (jionlp `time_base`, Recognizers
`reference`, ours `published_at`). Ours is timed from the original text, shadow
conversion (OpenCC) included; the peers get the Simplified half-width shadow, which
suits them better than Traditional and keeps offsets identical; Recognizers gets one
paragraph at a time (see `recognizers_runner`). By default only the gold seed files
are read (corpus/seed-*.jsonl); `--gold corpus/dev.jsonl` scores every system on the
held-out set, which is evaluation, never tuning. Peer outputs are
mapped to mentions as kindly as the contract allows: a start/end pair that is exactly
a day, month, quarter, half or year becomes that TIMEX value, anything else low/high;
jionlp's day counts divisible by 7 become weeks (it has no week unit).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).parent))
from common import ROOT, best_of, machine, record  # noqa: E402

from extract.batch.readers import read_articles  # noqa: E402
from extract.evaluate.scoring import evaluate  # noqa: E402
from extract.records import ISO_DURATION, TIMEX, Article  # noqa: E402
from extract.text.shadow import Shadow, to_shadow  # noqa: E402
from extract.time.date import find_date  # noqa: E402
from extract.time.duration import find_duration  # noqa: E402

Mention = dict[str, Any]


def gold_articles(paths: list[Path]) -> list[Article]:
    """The gold files to time and score on (default: the seed files)."""
    paths = paths or sorted((ROOT / "corpus").glob("seed-*.jsonl"))
    return [a for path in paths for a in read_articles(path)]


def published(article: Article) -> datetime:
    return datetime.fromisoformat(article.published_at or "2025-07-19T11:04:00+08:00")


def add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1, day=1)


def period(start: datetime, end: datetime) -> tuple[str | None, str | None, str | None]:
    """(value, low, high) for the half-open interval [start, end)."""
    if start.second == 0 and (end - start) in (timedelta(minutes=1), timedelta(hours=1)):
        return start.strftime("%Y-%m-%dT%H:%M"), None, None
    if start.time() == datetime.min.time():
        if end - start == timedelta(days=1):
            return start.strftime("%Y-%m-%d"), None, None
        if start.day == 1:
            for months, fmt in ((1, f"{start:%Y-%m}"), (3, f"{start.year}-Q{(start.month + 2) // 3}"),
                                (6, f"{start.year}-H{(start.month + 5) // 6}"), (12, f"{start.year}")):
                if end == add_months(start, months) and (start.month - 1) % months == 0:
                    return fmt, None, None
    if start.year < 1000 or end.year < 1000 or end <= start:  # open or unknown bounds
        return None, None, None
    last = end - timedelta(seconds=1)
    return None, f"{start:%Y-%m-%d}", f"{last:%Y-%m-%d}"


def mention(kind: str, text: str, start: int, end: int, **fields: Any) -> Mention:
    out = {"type": kind, "start": start, "end": end, "text": text[start:end]}
    if kind == "date":
        fields = {k: (v if v is None or regex.match(TIMEX, v) else None) for k, v in fields.items()}
    return out | fields


# ---- jionlp -------------------------------------------------------------------------------

def jionlp_runner(texts: list[str], bases: list[datetime]) -> Any:
    import jionlp  # noqa: F401  (prints a banner once)

    extract = jionlp.ner.extract_time
    keys = ("year", "month", "day", "hour", "minute", "second")
    args = [{k: getattr(b, k) for k in keys} for b in bases]
    return lambda: [extract(t, time_base=b) for t, b in zip(texts, args)]


def jionlp_delta(detail: dict[str, Any]) -> str | None:
    units = {"year": "Y", "month": "M", "day": "D", "hour": "TH", "minute": "TM", "second": "TS"}
    if not detail or any(not isinstance(v, (int, float)) for v in detail.values()):
        return None
    parts = {units[k]: v for k, v in detail.items() if k in units and v}
    if list(parts) == ["D"] and parts["D"] % 7 == 0:
        parts = {"W": parts["D"] // 7}
    date = "".join(f"{v:g}{u}" for u, v in parts.items() if not u.startswith("T"))
    clock = "".join(f"{v:g}{u[1]}" for u, v in parts.items() if u.startswith("T"))
    value = "P" + date + (f"T{clock}" if clock else "")
    return value if regex.match(ISO_DURATION, value) else None


def grain_point(surface: str, point: datetime) -> str:
    """The value of an open or blurred span, at the grain its words name (kind to the peer)."""
    if "季" in surface:
        return f"{point.year}-Q{(point.month + 2) // 3}"
    if "半年" in surface:
        return f"{point.year}-H{(point.month + 5) // 6}"
    if "月" in surface:
        return f"{point:%Y-%m}"
    if "日" in surface or "号" in surface or "天" in surface:
        return f"{point:%Y-%m-%d}"
    return f"{point.year}"


def jionlp_span(surface: str, bounds: list[str]) -> tuple[str | None, str | None, str | None]:
    """(value, low, high) of a time_point/time_span; open ends (inf) keep the finite side."""
    finite = [(i, b) for i, b in enumerate(bounds) if "inf" not in b]
    if not finite:
        return None, None, None
    if len(finite) == 1:  # 2025年前: [-inf, 2025-12-31 23:59:59]
        return grain_point(surface, datetime.fromisoformat(finite[0][1])), None, None
    low = datetime.fromisoformat(bounds[0])
    value, lo, hi = period(low, datetime.fromisoformat(bounds[1]) + timedelta(seconds=1))
    if value is None:  # blurred (年初: Jan-Feb) or running to now (从2022年开始)
        return grain_point(surface, low), None, None
    return value, lo, hi


def jionlp_mentions(text: str, found: list[dict[str, Any]]) -> list[Mention]:
    out = []
    for r in found:
        start, end = r["offset"]
        detail = r.get("detail", {}).get("time")
        if r["type"] == "time_delta":
            out.append(mention("duration", text, start, end, value=jionlp_delta(detail)))
        elif r["type"] in ("time_point", "time_span") and isinstance(detail, list) and len(detail) == 2:
            try:
                value, low, high = jionlp_span(r["text"], detail)
            except (TypeError, ValueError, OverflowError):
                value, low, high = None, None, None
            out.append(mention("date", text, start, end, value=value, low=low, high=high))
    return out


# ---- Recognizers-Text ---------------------------------------------------------------------

def recognizers_runner(texts: list[str], bases: list[datetime]) -> Any:
    """Recognizers is run one paragraph at a time: on a whole article it stops early
    (on the seed, nothing after the first 1,620 characters), so each line is passed
    alone and the offsets are shifted back; that is included in the timing."""
    from recognizers_date_time import recognize_datetime
    from recognizers_text import Culture

    def article(text: str, reference: datetime) -> list[tuple[int, Any]]:
        found, offset = [], 0
        for line in text.split("\n"):
            if line.strip():
                found += [(offset, r) for r in recognize_datetime(line, Culture.Chinese, reference=reference)]
            offset += len(line) + 1
        return found

    naive = [b.replace(tzinfo=None) for b in bases]
    return lambda: [article(t, b) for t, b in zip(texts, naive)]


def recognizers_date(kind: str, values: list[dict[str, Any]]) -> tuple[str | None, str | None, str | None]:
    first = values[0] if values else {}
    timex = first.get("timex", "")
    if kind in ("date", "datetime") and "value" in first:
        moment = datetime.fromisoformat(first["value"])
        if kind == "date":
            return moment.strftime("%Y-%m-%d"), None, None
        return moment.strftime("%Y-%m-%dT%H:%M"), None, None
    if regex.fullmatch(r"\d{4}(-\d{2})?", timex):
        return timex, None, None
    span = regex.fullmatch(r"\((\d{4}-\d{2}-\d{2}),[^,]*,P(\d+)([YM])\)", timex)
    if span:  # (2024-10-01,0001-01-01,P3M): the end is broken, the length is right
        start = datetime.fromisoformat(span[1])
        return period(start, add_months(start, int(span[2]) * (12 if span[3] == "Y" else 1)))
    if "start" in first and "end" in first:
        return period(datetime.fromisoformat(first["start"]), datetime.fromisoformat(first["end"]))
    return None, None, None


def recognizers_mentions(text: str, found: list[tuple[int, Any]]) -> list[Mention]:
    out = []
    for offset, r in found:
        kind = r.type_name.split(".")[-1]
        values = (r.resolution or {}).get("values", [])
        start, end = offset + r.start, offset + r.end + 1  # Recognizers' end is inclusive
        if kind == "duration":
            timex = values[0].get("timex") if values else None
            value = timex if timex and regex.match(ISO_DURATION, timex) else None
            out.append(mention("duration", text, start, end, value=value))
        elif kind in ("date", "daterange", "datetime", "datetimerange"):
            value, low, high = recognizers_date(kind, values)
            out.append(mention("date", text, start, end, value=value, low=low, high=high))
    return out


# ---- ours and the run ---------------------------------------------------------------------

def ours_runner(texts: list[str], bases: list[datetime]) -> Any:
    def run() -> list[list[Any]]:
        out = []
        for t, b in zip(texts, bases):
            shadow = Shadow.of(t, published_at=b)
            out.append(find_date(shadow) + find_duration(shadow))
        return out
    return run


def ours_mentions(text: str, found: list[Any]) -> list[Mention]:
    return [m.model_dump(exclude_none=True) for m in found]


SYSTEMS = {
    "zh-extract": (ours_runner, ours_mentions, False),
    "jionlp": (jionlp_runner, jionlp_mentions, True),
    "recognizers": (recognizers_runner, recognizers_mentions, True),
}


def predictions(name: str, gold: list[Article]) -> list[Article]:
    """The system's mentions on every gold text, as article records (overlaps dropped)."""
    runner, mapper, shadowed = SYSTEMS[name]
    texts = [to_shadow(a.text) if shadowed else a.text for a in gold]
    found = runner(texts, [published(a) for a in gold])()
    out = []
    for article, result in zip(gold, found):
        mentions = sorted(mapper(article.text, result), key=lambda m: (m["start"], -m["end"]))
        kept, end = [], -1
        for m in mentions:
            if m["start"] >= end:
                kept.append(m)
                end = m["end"]
        out.append(Article(id=article.id, published_at=article.published_at, region=article.region,
                           text=article.text, mentions=kept))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000, help="characters of text to time")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "zh-extract-bench-dates",
                        help="folder for the prediction JSONL files")
    parser.add_argument("--gold", type=Path, nargs="*", default=[],
                        help="gold JSONL files (default corpus/seed-*.jsonl; e.g. corpus/dev.jsonl to "
                             "score the peers on the held-out set)")
    args = parser.parse_args()
    gold = gold_articles(args.gold)
    texts, bases = [], []
    while sum(map(len, texts)) < args.chars:
        texts += [a.text for a in gold]
        bases += [published(a) for a in gold]
    chars = sum(map(len, texts))
    print(f"machine: {machine()}")
    print(f"texts: {len(texts)} articles from {len(gold)} gold article(s), {chars:,} chars\n")
    args.out.mkdir(parents=True, exist_ok=True)
    speed: dict[str, float] = {}
    head = f"{'system':<14}{'chars/s':>14}{'load s':>9}  {'date F1 rel/strict':<20}"
    print(head + "duration F1 rel/strict")
    for name, (runner, _, shadowed) in SYSTEMS.items():
        try:
            started = time.perf_counter()
            inputs = [to_shadow(t) for t in texts] if shadowed else texts
            run = runner(inputs[:1], bases[:1])
            run()  # load dictionaries and models
            load = time.perf_counter() - started
        except ImportError as missing:
            print(f"{name:<14}skipped: {missing}")
            continue
        seconds = best_of(runner(inputs, bases), repeat=5 if not shadowed else 1)
        speed[name] = chars / seconds
        pred = predictions(name, gold)
        path = args.out / f"{name}.jsonl"
        path.write_text("".join(a.model_dump_json(exclude_none=True) + "\n" for a in pred), encoding="utf-8")
        report = evaluate(gold, pred)
        scores = [f"{report.f1(k):.3f}/{report.f1(k, 'strict'):.3f}" for k in ("date", "duration")]
        print(f"{name:<14}{speed[name]:>14,.0f}{load:>9.2f}  {scores[0]:<20}{scores[1]:<22}")
    if "zh-extract" in speed:  # in the pipeline the shadow is built once for every extractor
        shadows = [Shadow.of(t, published_at=b) for t, b in zip(texts, bases)]
        seconds = best_of(lambda: [(find_date(s), find_duration(s)) for s in shadows], repeat=5)
        print(f"{'  shadow given':<14}{chars / seconds:>14,.0f}   (find_* on a built Shadow)")
        speed["zh-extract, shadow given"] = chars / seconds
    ours = speed.get("zh-extract")
    given = speed.get("zh-extract, shadow given")
    for name, value in speed.items():
        if ours and given and not name.startswith("zh-extract"):
            print(f"zh-extract / {name}: {ours / value:,.1f}x ({given / value:,.1f}x with the shadow given)")
    record("bench_dates", [
        {"what": f"dates + durations (shadow built in the timing) vs {name}", "ours": ours,
         "unit": "chars/s", "peer": name, "peer_value": value, "ratio": ours / value}
        for name, value in speed.items() if ours and not name.startswith("zh-extract")
    ], note=f"{chars:,} chars; with the shadow given (as in the pipeline) ours runs {given:,.0f} chars/s"
       if given else f"{chars:,} chars")
    print(f"\npredictions in {args.out}/; score one with:")
    print(f"  zh-extract eval GOLD.jsonl {args.out}/NAME.jsonl")


if __name__ == "__main__":
    main()
