"""No module of the analyser binds the same top-level name (or class method) twice.

Helpers write in parallel branches; when two add a module-level `_TABLE_HELD` or a `_walk` method of
the same name, git merges both and the later one silently replaces the earlier (pass 41 lost findings
that way). ruff's F811 covers only re-imports and functions, not assignments or methods.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

CHECKS = Path(__file__).resolve().parents[2] / "checks"
MODULES = sorted(CHECKS.rglob("*.py"))


def _bound(body: list[ast.stmt]) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if not any(isinstance(d, ast.Name) and d.id == "overload" for d in getattr(node, "decorator_list", [])):
                names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(CHECKS)))
def test_each_name_is_bound_once(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = [name for name, n in _bound(tree.body).items() if n > 1]
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        methods = _bound([n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))])
        twice += [f"{cls.name}.{name}" for name, n in methods.items() if n > 1]
    assert not twice, f"bound more than once in {path.name}: {twice}"


def test_modules_found() -> None:
    assert len(MODULES) > 50
