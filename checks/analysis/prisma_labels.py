"""User-id columns a Prisma model holds as plain labels, not as its owner.

`model Evaluation { userId String?  ltUserId String?  User User? @relation(fields: [ltUserId], ...) }`:
the row's owner is the relation to `User` through `ltUserId`; `userId` is a free-text id an SDK
customer gives its own end user. Writing such a label from the request files the row under nobody.
Only that clear shape counts: a `userId` with no relation to `User` at all may still be the owner."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.analysis.program import Program
from checks.sources import read_once, tree_fact

_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)
_MAP = re.compile(r"@@map\(\s*\"(\w+)\"")
# `User  User? @relation(fields: [ltUserId], references: [id])`: the field type, then its columns
_RELATION = re.compile(r"^\s*\w+\s+(\w+)\??\s+@relation\([^)]*\bfields\s*:\s*\[([^\]]*)\]", re.M)
_SCALAR = re.compile(r"^\s*(\w+)\s+(String|Int|BigInt)\??(?:\s|$)", re.M)
_USER_MODELS = frozenset({"user", "users"})


def schemas_with_relations(program: Program) -> Iterator[str]:
    """The project's Prisma schema files (outside node_modules) that declare at least one relation."""
    for path in program.index.paths:
        if not path.endswith(".prisma") or "node_modules" in path:
            continue
        data = read_once(program.tree, path)
        if data is not None and b"@relation" in data:
            yield data.decode("utf-8", "replace")


def label_column(program: Program, model: str, column: str) -> bool:
    """``column`` of ``model`` (Prisma client name or table, any case) is a plain scalar that no
    relation uses, while the model reaches `User` through another column."""
    return column in _labels(program).get(model.lower(), frozenset())


def _labels(program: Program) -> dict[str, frozenset[str]]:
    return tree_fact(program.tree, "prisma_label_columns", lambda: _read_labels(program))


def _read_labels(program: Program) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for text in schemas_with_relations(program):
        for m in _MODEL.finditer(text):
            body = m.group(2)
            related = [(t.lower(), {c.strip() for c in cols.split(",")}) for t, cols in _RELATION.findall(body)]
            used = set().union(*(cols for _, cols in related)) if related else set()
            to_user = set().union(*(cols for t, cols in related if t in _USER_MODELS)) if related else set()
            if not to_user:
                continue  # no owner relation to set a label apart from
            labels = frozenset(name for name, _ in _SCALAR.findall(body) if name not in used)
            mapped = _MAP.search(body)
            for name in (m.group(1), mapped.group(1) if mapped else None):
                if name and labels:
                    out[name.lower()] = labels
    return out
