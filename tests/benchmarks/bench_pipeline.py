"""End-to-end throughput of the pipeline, each stage's share, and the backend choices.

Run: `python tests/benchmarks/bench_pipeline.py` (single process, one core); `--quick`
times only the stages (end to end and each stage's share, the claims stage among them)
over a smaller corpus and records nothing; `--cpu-stages` gives each stage's best of 3 in
CPU time on the tuning sets' texts only, also recording nothing (pure vs native,
docs/speed.md). Prints
chars/s end to end, the share of every stage, and two side-by-side comparisons that
decided dependencies: rjieba vs jieba (same tokens?) and the native OpenCC vs
opencc-python-reimplemented (installed into a temporary folder if absent, since both
provide the module `opencc`).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from common import best_of, machine, record, texts  # noqa: E402

from extract.batch.writers import to_json_line  # noqa: E402
from extract.claims import find_claims  # noqa: E402
from extract.pipeline import Pipeline, make_shadow  # noqa: E402
from extract.records import Article  # noqa: E402
from extract.resolve import resolve  # noqa: E402
from extract.stages import finder  # noqa: E402
from extract.text.shadow import to_shadow  # noqa: E402

PUBLISHED = "2025-07-19T11:04:00+08:00"


def stages(docs: list[str], pipeline: Pipeline,
           clock: Callable[[], float] = time.perf_counter) -> tuple[float, dict[str, float]]:
    """Seconds per stage, timed in place: each article goes through the same steps as
    `Pipeline.__call__` + `to_json_line`, one clock reading between steps, so the shares
    add up to the whole and caches behave as in a real run."""
    spent: dict[str, float] = {}

    def add(name: str, since: float) -> float:
        now = clock()
        spent[name] = spent.get(name, 0.0) + now - since
        return now

    started = t = clock()
    for text in docs:
        shadow = make_shadow(text, PUBLISHED)
        t = add("shadow (OpenCC, folding, region)", t)
        found = []
        for stage in pipeline.stages:
            found.extend(finder(stage)(shadow))
            t = add(stage, t)
        mentions = resolve(found)
        t = add("resolve (overlaps)", t)
        claims = find_claims(shadow, mentions)
        t = add("claims", t)
        article = Article.model_construct(id="x", text=text, mentions=mentions, claims=claims)
        t = add("records (pydantic)", t)
        to_json_line(article)
        t = add("JSON line", t)
    return clock() - started, spent


def rule_costs(docs: list[str]) -> None:
    """Each rule's own cost per character (its pattern's scan plus its builder) and how
    many mentions it built: the data for deciding where a native scanner would pay."""
    from extract.entities.patterns import rules as entity_rules
    from extract.numbers import money, percent, quantity
    from extract.time import date, duration

    shadows = [make_shadow(t, PUBLISHED) for t in docs]
    chars = sum(len(s.text) for s in shadows)
    tables = {"money": money.RULES, "percent": percent.RULES, "quantity": quantity.RULES,
              "date": date.RULES, "duration": duration.RULES, "entities": entity_rules()}
    print(f"{'rule':<34}{'ns/char':>10}{'built':>8}")
    for stage, rules in tables.items():
        for rule in rules:
            built = [0]

            def scan(rule: Any = rule, built: list[int] = built) -> None:
                built[0] = sum(rule.build(m, s) is not None for s in shadows
                               for m in rule.pattern.finditer(s.text))

            seconds = best_of(scan, 2)
            print(f"{stage + ' ' + rule.name:<34}{seconds / chars * 1e9:>10.1f}{built[0]:>8}")


def segmenters(docs: list[str]) -> dict:
    import jieba
    import rjieba

    jieba.setLogLevel(60)
    shadows = [to_shadow(t) for t in docs]
    chars = sum(map(len, shadows))
    same = all(jieba.lcut(s, HMM=True) == rjieba.cut(s) for s in shadows[:20])
    j = best_of(lambda: [jieba.lcut(s) for s in shadows], 1)
    r = best_of(lambda: [rjieba.cut(s) for s in shadows])
    print(f"  jieba  cut {chars / j:>12,.0f} chars/s")
    print(f"  rjieba cut {chars / r:>12,.0f} chars/s   x{j / r:.1f}, same tokens: {same}")
    return {"what": "segmentation: rjieba (ours) vs jieba", "ours": chars / r, "unit": "chars/s",
            "peer": "jieba", "peer_value": chars / j, "ratio": j / r}


def opencc_reimplemented() -> object | None:
    """opencc-python-reimplemented, loaded under another name beside the native module."""
    folder = Path(tempfile.gettempdir()) / "zh-extract-bench-opencc"
    if not (folder / "opencc").exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                        str(folder), "opencc-python-reimplemented"], check=False)
    init = folder / "opencc" / "__init__.py"
    if not init.exists():
        return None
    spec = importlib.util.spec_from_file_location("opencc_reimpl", init,
                                                  submodule_search_locations=[str(init.parent)])
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["opencc_reimpl"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def converters(docs: list[str]) -> dict | None:
    import opencc

    chars = sum(map(len, docs))
    native = opencc.OpenCC("t2s.json")
    n = best_of(lambda: [native.convert(t) for t in docs])
    print(f"  OpenCC native          {chars / n:>12,.0f} chars/s")
    reimpl = opencc_reimplemented()
    if reimpl is None:
        print("  opencc-python-reimplemented: not installable here, skipped")
        return None
    slow = reimpl.OpenCC("t2s")  # type: ignore[attr-defined]
    sample = docs[: max(1, len(docs) // 10)]
    r = best_of(lambda: [slow.convert(t) for t in sample], 1) * len(docs) / len(sample)
    same = all(slow.convert(t) == native.convert(t) for t in sample[:5])
    print(f"  opencc-python-reimpl.  {chars / r:>12,.0f} chars/s   native x{r / n:.0f} faster,"
          f" same output: {same}")
    return {"what": "Traditional to Simplified: OpenCC native (ours) vs opencc-python-reimplemented",
            "ours": chars / n, "unit": "chars/s", "peer": "opencc-python-reimplemented",
            "peer_value": chars / r, "ratio": r / n}


def quick() -> None:
    """Stage shares only, over ~60,000 characters: the check that claims stay cheap."""
    docs = texts(60_000)
    chars = sum(map(len, docs))
    pipeline = Pipeline()
    pipeline(docs[0], published_at=PUBLISHED)
    whole, parts = stages(docs, pipeline)
    print(f"corpus: {len(docs)} articles, {chars:,} chars; {chars / whole:,.0f} chars/s")
    for name, seconds in parts.items():
        print(f"{name:<34}{chars / seconds:>14,.0f}{seconds / whole:>8.1%}")


def cpu_stages(repeat: int = 3) -> None:
    """Each stage's best of `repeat` in CPU time over ~300,000 characters, nothing recorded:
    the comparison of a native build (scripts/native.py) against pure Python, run once
    with each tree on PYTHONPATH. Prints which files the claims modules were loaded from."""
    import extract.claims.holder as holder

    docs = texts(tuning_only=True)
    chars = sum(map(len, docs))
    pipeline = Pipeline()
    pipeline(docs[0], published_at=PUBLISHED)
    runs = [stages(docs, pipeline, time.process_time) for _ in range(repeat)]
    whole = min(w for w, _ in runs)
    print(f"claims.holder from {Path(holder.__file__).name}; {chars:,} chars, best of {repeat}, CPU")
    print(f"end to end {chars / whole:,.0f} chars/s ({whole / chars * 1e9:,.0f} ns/char)")
    for name in runs[0][1]:
        best = min(parts[name] for _, parts in runs)
        print(f"{name:<34}{best / chars * 1e9:>10,.0f} ns/char{best / whole:>8.1%}")


def main() -> None:
    if "--quick" in sys.argv[1:]:
        quick()
        return
    if "--cpu-stages" in sys.argv[1:]:
        cpu_stages()
        return
    docs = texts()
    chars = sum(map(len, docs))
    pipeline = Pipeline()
    pipeline(docs[0], published_at=PUBLISHED)  # warm caches: tables, automaton, segmenter
    total = best_of(lambda: [pipeline(t, published_at=PUBLISHED) for t in docs])
    print(f"machine: {machine()}")
    print(f"corpus: {len(docs)} articles, {chars:,} chars")
    print(f"end to end (Pipeline.__call__): {chars / total:,.0f} chars/s on one core\n")
    whole, parts = stages(docs, pipeline)
    print(f"stages timed in place ({chars / whole:,.0f} chars/s with JSON lines):")
    print(f"{'stage':<34}{'chars/s':>14}{'share':>8}")
    for name, seconds in parts.items():
        print(f"{name:<34}{chars / seconds:>14,.0f}{seconds / whole:>8.1%}")
    print("\nrules, each on its own (patterns scan the whole text):")
    rule_costs(docs)
    print()
    print("segmenter backends (same shadow texts):")
    rows = [{"what": "in-process end to end (`Pipeline.__call__`, one core, every stage)",
             "ours": chars / total, "unit": "chars/s"}, segmenters(docs)]
    print("OpenCC bindings (same original texts):")
    rows.append(converters(docs))
    shares = ", ".join(f"{name} {seconds / whole:.0%}" for name, seconds in parts.items())
    record("bench_pipeline", [r for r in rows if r], note=f"{chars:,} chars; stage shares: {shares}")


if __name__ == "__main__":
    main()
