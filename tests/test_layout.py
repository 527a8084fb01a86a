"""The layout stays what the README shows: no import cycles, small modules (the package's
and the scripts'), spaCy only in the adapter."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "extract"
MODULES = sorted(PACKAGE.rglob("*.py"))
SCRIPTS = sorted((PACKAGE.parent / "scripts").rglob("*.py"))


def _name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")


def _imports(path: Path) -> set[str]:
    """Every module this one imports, at module level or inside a function (imports for
    type checkers only, under `if TYPE_CHECKING:`, run never and do not count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", None) == "TYPE_CHECKING" for n in ast.walk(block)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


GRAPH = {_name(p): _imports(p) for p in MODULES}


def test_no_import_cycles() -> None:
    edges = {m: {d for d in deps if d in GRAPH and d != m} for m, deps in GRAPH.items()}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, "import cycle: " + " -> ".join((*path[path.index(module):], module))
        if module not in done:
            for dep in edges[module]:
                visit(dep, (*path, module))
            done.add(module)

    for module in edges:
        visit(module, ())


@pytest.mark.parametrize("path", MODULES + SCRIPTS, ids=_name)
def test_module_is_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400


def test_only_the_adapter_imports_spacy() -> None:
    importers = {m for m, deps in GRAPH.items() if any(d == "spacy" or d.startswith("spacy.") for d in deps)}
    assert importers == {"extract.spacy_components"}
