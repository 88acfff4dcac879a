"""The explicit, sorted list of rules (ESLint's index.js, Ruff's codes.rs).

A meta-test keeps this list and the ``checks/rules/`` folder in step.
"""

from __future__ import annotations

import ast
import importlib
from functools import cache
from pathlib import Path
from types import ModuleType

from checks.model import RuleMeta

RULE_IDS: tuple[str, ...] = (
    "excessive-data-exposure",
    "floating-auth-check",
    "information-disclosure",
    "mass-assignment",
    "missing-audit-log",
    "missing-auth",
    "missing-authorization",
    "missing-input-validation",
    "missing-rate-limit",
    "sql-injection",
    "timing-unsafe-comparison",
)


def module_name(rule_id: str) -> str:
    return "checks.rules." + rule_id.replace("-", "_")


@cache
def rule_module(rule_id: str) -> ModuleType:
    return importlib.import_module(module_name(rule_id))


def all_rules() -> list[ModuleType]:
    return [rule_module(r) for r in RULE_IDS]


def rule_meta(rule_id: str) -> RuleMeta:
    meta: RuleMeta = rule_module(rule_id).META
    return meta


def rule_doc(rule_id: str) -> str:
    doc = rule_module(rule_id).__doc__
    if doc is None:  # a compiled copy (`checks.native`) keeps no docstring: the source has it
        source = Path(__file__).with_name("rules") / (module_name(rule_id).rsplit(".", 1)[1] + ".py")
        doc = ast.get_docstring(ast.parse(source.read_text(encoding="utf-8")), clean=False)
    return (doc or "").strip()
