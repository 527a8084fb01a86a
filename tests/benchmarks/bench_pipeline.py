"""End-to-end throughput of the pipeline, each stage's share, and the backend choices.

Run: `python tests/benchmarks/bench_pipeline.py` (single process, one core). Prints
chars/s end to end, the share of every stage, and two side-by-side comparisons that
decided dependencies: rjieba vs jieba (same tokens?) and the native OpenCC vs
opencc-python-reimplemented (installed into a temporary folder if absent, since both
provide the module `opencc`).
"""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import best_of, machine, texts  # noqa: E402

from extract.io import to_json_line  # noqa: E402
from extract.pipeline import FINDERS, Pipeline, _import, segmenter  # noqa: E402
from extract.records import Article  # noqa: E402
from extract.region import detect_region  # noqa: E402
from extract.resolve import resolve  # noqa: E402
from extract.shadow import Shadow, to_shadow  # noqa: E402

PUBLISHED = "2025-07-19T11:04:00+08:00"


def stages(docs: list[str], pipeline: Pipeline) -> dict[str, float]:
    """Seconds per stage over `docs`, each stage timed alone on the same input."""
    shadows = [Shadow.of(t) for t in docs]
    out: dict[str, float] = {
        "shadow (OpenCC + folding)": best_of(lambda: [to_shadow(t) for t in docs]),
        "region detection": best_of(lambda: [detect_region(s.text) for s in shadows]),
        "segmentation (rjieba)": best_of(lambda: [segmenter().cut(s.text) for s in shadows]),
        "spaCy Doc": best_of(lambda: [pipeline.tokenizer.from_shadow(s) for s in shadows]),
    }
    found: list[list] = [[] for _ in shadows]
    for name in FINDERS:
        try:
            find = _import(FINDERS[name])
        except (ImportError, AttributeError):
            continue
        out[name] = best_of(lambda find=find: [find(s) for s in shadows])
        for i, s in enumerate(shadows):
            found[i] += find(s)
    out["resolve"] = best_of(lambda: [resolve(f) for f in found])
    articles = [Article(id="x", text=s.original, mentions=resolve(f)) for s, f in zip(shadows, found)]
    out["records (pydantic)"] = best_of(
        lambda: [Article(id="x", text=s.original, mentions=resolve(f))
                 for s, f in zip(shadows, found)])
    out["JSON writing"] = best_of(lambda: io.StringIO().writelines(map(to_json_line, articles)))
    return out


def segmenters(docs: list[str]) -> None:
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


def converters(docs: list[str]) -> None:
    import opencc

    chars = sum(map(len, docs))
    native = opencc.OpenCC("t2s.json")
    n = best_of(lambda: [native.convert(t) for t in docs])
    print(f"  OpenCC native          {chars / n:>12,.0f} chars/s")
    reimpl = opencc_reimplemented()
    if reimpl is None:
        print("  opencc-python-reimplemented: not installable here, skipped")
        return
    slow = reimpl.OpenCC("t2s")  # type: ignore[attr-defined]
    sample = docs[: max(1, len(docs) // 10)]
    r = best_of(lambda: [slow.convert(t) for t in sample], 1) * len(docs) / len(sample)
    same = all(slow.convert(t) == native.convert(t) for t in sample[:5])
    print(f"  opencc-python-reimpl.  {chars / r:>12,.0f} chars/s   native x{r / n:.0f} faster,"
          f" same output: {same}")


def main() -> None:
    docs = texts()
    chars = sum(map(len, docs))
    pipeline = Pipeline()
    pipeline(docs[0], published_at=PUBLISHED)  # warm caches: tables, automaton, segmenter
    total = best_of(lambda: [pipeline(t, published_at=PUBLISHED) for t in docs])
    print(f"machine: {machine()}")
    print(f"corpus: {len(docs)} articles, {chars:,} chars")
    print(f"end to end (Pipeline.__call__): {chars / total:,.0f} chars/s on one core\n")
    parts = stages(docs, pipeline)
    print(f"{'stage':<28}{'chars/s':>14}{'share':>8}")
    for name, seconds in parts.items():
        print(f"{name:<28}{chars / seconds:>14,.0f}{seconds / total:>8.1%}")
    print(f"{'(sum of stages)':<28}{'':>14}{sum(parts.values()) / total:>8.1%}\n")
    print("segmenter backends (same shadow texts):")
    segmenters(docs)
    print("OpenCC bindings (same original texts):")
    converters(docs)


if __name__ == "__main__":
    main()
