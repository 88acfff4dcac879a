"""Meta-test: no module of the analyser binds the same top-level name twice.

Merges of parallel branches have twice left a second `_WORDS = ...` or `def _helper` further down a
module; Python silently keeps the later one, so the code written against the first one changes
meaning without any test noticing."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

CHECKS = Path(__file__).resolve().parents[2] / "checks"
MODULES = sorted(p for p in CHECKS.rglob("*.py") if "__pycache__" not in p.parts)


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


def test_modules_are_found() -> None:
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(CHECKS)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(n for n, c in Counter(names).items() if c > 1 and n != "__all__")
    assert not twice, f"{path.name} binds {', '.join(twice)} more than once at top level"
