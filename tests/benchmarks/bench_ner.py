"""The optional recognizer's cost: the entity step with and without `ner="lac"`.

Run: `python tests/benchmarks/bench_ner.py` (needs the `[ner]` extra). Prints the
machine, the model's load time, and chars/s in CPU seconds (all threads of this
process; onnxruntime may use more than one core) over the bundled corpus texts for:
the rule-and-lexicon step alone, the LAC model alone (sentence by sentence), and the
step plus the model's merge, as `Pipeline(ner="lac")` runs it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import best_of, machine, texts  # noqa: E402


def main() -> None:
    from extract.entities import model
    from extract.entities.entities import find_entities
    from extract.text.shadow import Shadow

    print(machine())
    start = time.perf_counter()
    model._lac()
    print(f"LAC load: {time.perf_counter() - start:.2f} s")
    docs = texts(60_000)
    shadows = [Shadow.of(t) for t in docs]
    chars = sum(map(len, docs))
    rules = best_of(lambda: [find_entities(s) for s in shadows], repeat=2)
    lac = best_of(lambda: [model._spans(s.text) for s in shadows], repeat=2)
    both = best_of(lambda: [model.add_model_entities(s, find_entities(s)) for s in shadows], repeat=2)
    added = sum(len(model.add_model_entities(s, find_entities(s))) - len(find_entities(s)) for s in shadows)
    print(f"{chars:,} chars; mentions the model adds: {added}")
    for name, seconds in (("entities (rules + lexicon)", rules), ("LAC alone", lac),
                          ("entities + LAC merge", both)):
        print(f"{name:<28}{chars / seconds:>14,.0f} chars/s")


if __name__ == "__main__":
    main()
