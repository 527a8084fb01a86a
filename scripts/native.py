"""An opt-in native build: compile the hot pure-Python modules with mypyc, in place.

    python scripts/native.py               # compile MODULES, .so files next to the .py
    python scripts/native.py --clean       # remove them again (back to pure Python)
    python scripts/native.py --root DIR    # the same inside a copy of the tree at DIR
    python scripts/native.py extract/claims/holder.py ...   # another list of modules

`make native` and `make clean-native` call the first two. The default install stays pure
Python: the .py files are never changed, and Python imports a compiled `x.*.so` before
`x.py` only where one was built, so deleting the .so files (or never building them) is the
fallback. The modules were picked by measurement (docs/speed.md, "Native build (eighth
pass)"): the claims stage; the builders and scanners of numbers, time and entities
compiled but ran no faster (their time is in `regex` and pydantic), so they stay out, as
does a module mypyc rejects (rules.py) or that fails compiled (entities.py).
tests/test_native.py builds a copy with this script and holds compiled and interpreted
records byte for byte equal on the tuning sets' texts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# All in one mypyc group (one shared library, extract/_native__mypyc.*.so), so calls
# between compiled modules are native calls.
MODULES = [
    "extract/claims/attribution.py",
    "extract/claims/basis.py",
    "extract/claims/builder.py",
    "extract/claims/change.py",
    "extract/claims/clauses.py",
    "extract/claims/filters.py",
    "extract/claims/fits.py",
    "extract/claims/holder.py",
    "extract/claims/metric.py",
    "extract/claims/nouns.py",
    "extract/claims/openings.py",
    "extract/claims/subject.py",
    "extract/claims/time.py",
    "extract/claims/vocab.py",
    "extract/claims/words.py",
]
GROUP = "extract._native"


def compiled(root: Path) -> list[Path]:
    """Every extension module a native build left under root/extract."""
    return sorted(p for p in (root / "extract").rglob("*.so"))


def clean(root: Path) -> int:
    """Remove the compiled modules and mypyc's build folder: back to pure Python."""
    found = compiled(root)
    for path in found:
        path.unlink()
    shutil.rmtree(root / "build" / "native", ignore_errors=True)
    return len(found)


def build(root: Path, modules: list[str], quiet: bool = False) -> list[Path]:
    """Compile `modules` (paths relative to root) with mypyc and put each .so beside its .py.

    Runs in root so mypyc sees the package as it is imported (extract.claims.holder, ...);
    setuptools' build_ext --inplace does the C compile, in parallel where it can."""
    from mypyc.build import mypycify
    from setuptools import setup

    clean(root)
    previous = Path.cwd()
    os.chdir(root)
    try:
        extensions = mypycify(modules, opt_level="3", group_name=GROUP,
                              target_dir=str(Path("build") / "native"))
        args = ["-q"] if quiet else []
        setup(name="zh-extract-native", ext_modules=extensions, script_args=[
            *args, "build_ext", "--inplace", "--build-temp", str(Path("build") / "native"),
            "--parallel", str(os.cpu_count() or 1)])
    finally:
        os.chdir(previous)
    return compiled(root)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help=f"paths under root (default: {len(MODULES)} modules)")
    parser.add_argument("--root", type=Path, default=ROOT, help="tree to build in (default: this repo)")
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    root = args.root.resolve()
    if args.clean:
        print(f"removed {clean(root)} compiled module(s) under {root / 'extract'}")
        return 0
    started = time.monotonic()
    built = build(root, args.modules or MODULES, args.quiet)
    print(f"{len(built)} extension module(s) in {time.monotonic() - started:.0f} s:", file=sys.stderr)
    for path in built:
        print(f"  {path.relative_to(root)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
