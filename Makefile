# Two entry points, each doing all setup on a fresh machine (see README.md).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench lint schema figures native clean-native

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

run: $(BIN)/.installed  ## extract the bundled corpus to out/corpus.jsonl and score it
	mkdir -p out
	$(BIN)/zh-extract run corpus/*.jsonl -o out/corpus.jsonl
	for gold in corpus/*.jsonl; do echo "== $$gold"; $(BIN)/zh-extract eval $$gold out/corpus.jsonl; done

test: $(BIN)/.installed  ## the whole test suite (CI runs exactly this)
	$(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check extract tests scripts
	$(BIN)/mypy extract

schema: $(BIN)/.installed
	$(BIN)/zh-extract schema

bench: $(BIN)/.installed  ## benchmarks with peers side by side (installs the bench extra)
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python tests/benchmarks/bench_pipeline.py
	$(BIN)/python tests/benchmarks/bench_numbers.py
	$(BIN)/python tests/benchmarks/bench_dates.py
	$(BIN)/python tests/benchmarks/bench_entities.py
	$(BIN)/python tests/benchmarks/bench_process.py
	$(BIN)/python tests/benchmarks/bench_batch.py --articles 20000 --ray
	$(BIN)/python scripts/figures.py --write

figures: $(BIN)/.installed  ## regenerate README's accuracy and speed blocks
	$(BIN)/python scripts/figures.py --write

native: $(BIN)/.installed  ## opt-in: compile the hot modules with mypyc, .so beside each .py
	$(BIN)/python scripts/native.py

clean-native:  ## back to pure Python: remove the compiled modules
	$(BIN)/python scripts/native.py --clean
