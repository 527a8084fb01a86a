"""Entity step: lexicon load time and memory, throughput, and the matcher choice.

Run: `python tests/benchmarks/bench_entities.py` (single process, one core). Prints
  - the machine (platform, CPU, Python);
  - lexicon load: seconds to read the tables and build matcher and rules, memory by
    tracemalloc (Python objects) and by RSS growth (includes the Rust/C automata);
  - `find_entities` throughput in chars/s over the bundled corpus texts;
  - all aliases matched over the same shadow texts by pyahocorasick, ahocorasick_rs and
    spaCy's PhraseMatcher (on the pipeline's rjieba tokens of the shadow, which must
    be made first: timed both without and with that tokenization).
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import best_of, machine, record, texts  # noqa: E402


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def _build() -> float:
    from extract.entities import abbr, entities
    from extract.entities import lexicon as entity_lexicon
    from extract.entities import patterns as entity_patterns
    from extract.entities import tables as entity_tables
    from extract.tables import read_table

    for cached in (read_table, entity_lexicon.entries, entity_lexicon.generic_words,
                   entity_lexicon.table, entity_tables.triggers, entity_tables.surnames,
                   entity_tables.translit_chars, entity_patterns.anchor_words,
                   entity_patterns.rules, entities._matcher, abbr.values, abbr.verbs):
        cached.cache_clear()
    start = time.perf_counter()
    entities._matcher()
    entity_patterns.rules()
    return time.perf_counter() - start


def load_stats() -> None:
    """Time and memory to read every table and build matcher and rules, after imports."""
    from extract.entities import entities

    rss = _rss_mb()
    seconds = _build()
    rss_growth = _rss_mb() - rss
    tracemalloc.start()
    _build()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    words = len(entities._matcher()[0].words)
    print(f"lexicon load: {seconds:.3f} s for {words} matcher words "
          f"({len(entities.lexicon_words())} aliases); Python objects {current / 2**20:.1f} MB "
          f"(tracemalloc, peak {peak / 2**20:.1f} MB); RSS growth {rss_growth:.1f} MB")


def throughput(docs: list[str]) -> float:
    from extract.entities.entities import find_entities
    from extract.text.shadow import Shadow

    shadows = [Shadow.of(t) for t in docs]
    chars = sum(map(len, docs))
    seconds = best_of(lambda: [find_entities(s) for s in shadows])
    found = sum(len(find_entities(s)) for s in shadows)
    print(f"find_entities: {chars / seconds:,.0f} chars/s ({chars:,} chars, {found:,} mentions)")
    return chars / seconds


def matchers(docs: list[str]) -> list[dict]:
    """All aliases over the shadow texts, three ways; same word list for each."""
    import ahocorasick
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from extract.entities.lexicon import table
    from extract.spacy_components import segmenter
    from extract.text.shadow import to_shadow

    words = table().words
    shadows = [to_shadow(t) for t in docs]
    chars = sum(map(len, shadows))
    report = []

    start = time.perf_counter()
    py = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for i, w in enumerate(words):
        py.add_word(w, i)
    py.make_automaton()
    build = time.perf_counter() - start
    n = sum(1 for s in shadows for _ in py.iter(s))
    report.append(("pyahocorasick", build, best_of(lambda: [list(py.iter(s)) for s in shadows]), n))

    try:
        import ahocorasick_rs
    except ImportError:
        print("ahocorasick_rs not installed: `pip install ahocorasick-rs` to compare it")
    else:
        start = time.perf_counter()
        rs = ahocorasick_rs.AhoCorasick(words)
        build = time.perf_counter() - start
        n = sum(len(rs.find_matches_as_indexes(s, overlapping=True)) for s in shadows)
        seconds = best_of(lambda: [rs.find_matches_as_indexes(s, overlapping=True) for s in shadows])
        report.append(("ahocorasick_rs", build, seconds, n))

    jieba, vocab = segmenter(), Vocab()

    def doc(text: str) -> Doc:
        return Doc(vocab, words=[w for w in jieba.cut(text) if w] or [" "])

    start = time.perf_counter()
    pm = PhraseMatcher(vocab)
    pm.add("ENTITY", [doc(w) for w in words])
    build = time.perf_counter() - start
    docs_ = [doc(s) for s in shadows]
    n = sum(len(pm(d)) for d in docs_)
    report.append(("PhraseMatcher (tokens given)", build, best_of(lambda: [pm(d) for d in docs_]), n))
    seconds = best_of(lambda: [pm(doc(s)) for s in shadows])
    report.append(("PhraseMatcher + rjieba + Doc", build, seconds, n))

    print(f"\nall {len(words)} words over {chars:,} shadow chars:")
    print(f"{'matcher':<30}{'build s':>9}{'chars/s':>16}{'matches':>9}")
    for name, build, seconds, n in report:
        print(f"{name:<30}{build:>9.3f}{chars / seconds:>16,.0f}{n:>9,}")
    rate = {name: chars / seconds for name, _, seconds, _ in report}
    ours = rate.get("ahocorasick_rs", rate["pyahocorasick"])
    return [{"what": f"entity lexicon matching ({len(words):,} aliases) vs {name}", "ours": ours,
             "unit": "chars/s", "peer": name, "peer_value": r, "ratio": ours / r}
            for name, r in rate.items() if name != "ahocorasick_rs"]


def main() -> None:
    print(machine())
    load_stats()
    docs = texts(300_000)
    rows = [{"what": "all entities, lexicon and patterns (`find_entities`)", "ours": throughput(docs),
             "unit": "chars/s"}]
    rows += matchers(docs)
    record("bench_entities", rows, note=f"{sum(map(len, docs)):,} chars")


if __name__ == "__main__":
    main()
