"""The optimiser package imports nothing but the standard library and ortools."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_stdlib_and_ortools():
    allowed = set(sys.stdlib_module_names) | {"ortools", "__future__"}
    for path in PACKAGE.rglob("*.py"):
        if "tests" in path.relative_to(PACKAGE).parts:
            continue
        assert _imports(path) <= allowed, (path, _imports(path) - allowed)


def test_no_module_state_or_io_at_import():
    """Module level holds only imports, definitions, docstrings and constant assignments."""
    for path in PACKAGE.rglob("*.py"):
        if "tests" in path.relative_to(PACKAGE).parts or path.name == "__main__.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Expr):
                assert isinstance(node.value, ast.Constant), (path, node.lineno)
            else:
                assert isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef,
                                         ast.Assign, ast.AnnAssign)), (path, node.lineno)
