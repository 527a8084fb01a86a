"""The native build (scripts/native.py, mypyc) must give the records pure Python gives.

Two copies of the package are made, one compiled with `scripts/native.py --root`, one left
pure; `zh-extract run` (via `python -m extract.cli`) runs over the tuning sets' texts in a
subprocess with each copy on PYTHONPATH, after checking that every module of the native
list is loaded from a .so in the one and from a .py in the other (else the comparison would
be of pure code with itself). The two outputs must be equal byte for byte. Compiling takes
one to three minutes, so the test is marked `slow`: `make test` (and CI) run it,
`pytest -m "not slow"` leaves it out of a quick loop.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import native  # noqa: E402

pytestmark = pytest.mark.slow

CHECK = """
import importlib, sys
suffix = sys.argv[1]
for path in sys.argv[2:]:
    name = path[:-3].replace("/", ".")
    module = importlib.import_module(name)
    assert module.__file__.endswith(suffix), (name, module.__file__, suffix)
print("ok")
"""


def tuning_files() -> list[Path]:
    """The gold files corpus/sets.tsv marks `dev`: never a held-out set."""
    rows = [line.split("\t") for line in (ROOT / "corpus" / "sets.tsv").read_text().splitlines()
            if line and not line.startswith("#")]
    return [ROOT / "corpus" / f"{row[0]}.jsonl" for row in rows if len(row) > 1 and row[1] == "dev"]


def copy_tree(to: Path) -> Path:
    """The package (source and data, no compiled modules) and its mypy settings at `to`."""
    to.mkdir()
    shutil.copytree(ROOT / "extract", to / "extract",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy(ROOT / "pyproject.toml", to / "pyproject.toml")
    return to


def run_with(tree: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, *args], cwd=tree, env=env, capture_output=True,
                          text=True, timeout=600)


def records(tree: Path, suffix: str) -> bytes:
    """The records `zh-extract run` writes for the tuning texts with `tree` on the path."""
    checked = run_with(tree, ["-c", CHECK, suffix, *native.MODULES])
    assert checked.returncode == 0, checked.stderr
    out = tree / "records.jsonl"
    ran = run_with(tree, ["-m", "extract.cli", "run", *map(str, tuning_files()), "-o", str(out)])
    assert ran.returncode == 0, ran.stderr
    return out.read_bytes()


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None,
                    reason="no C compiler for mypyc")
def test_compiled_and_pure_records_are_identical(tmp_path: Path) -> None:
    pure = copy_tree(tmp_path / "pure")
    compiled = copy_tree(tmp_path / "native")
    built = run_with(compiled, [str(ROOT / "scripts" / "native.py"), "--root", str(compiled),
                                "--quiet"])
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert len(native.compiled(compiled)) == len(native.MODULES) + 1  # + the shared library
    expected = records(pure, ".py")
    got = records(compiled, ".so")
    assert expected.count(b"\n") > 50  # the tuning sets' articles, one record a line
    assert got == expected
