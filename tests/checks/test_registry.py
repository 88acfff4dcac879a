"""Meta-tests: the registry, the rules folder, each rule's metadata and documentation agree,
and every documented example behaves as documented when scanned."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from checks import Config, MemoryTree, scan
from checks.model import Confidence, Severity
from checks.registry import RULE_IDS, module_name, rule_doc, rule_meta, rule_module

RULES_DIR = Path(__file__).resolve().parents[2] / "checks" / "rules"
KEBAB = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
REQUIRED_HEADINGS = ("What it does", "Why is this bad?", "Example", "Use instead", "Not flagged", "References")
OPTIONAL_HEADINGS = ("Fix", "Confidence", "Known problems")
_HEADING = re.compile(r"^## (.+?)\s*$", re.M)
_CODE_BLOCK = re.compile(r"```(?:ts|tsx|js|jsx|typescript)\n(.*?)```", re.S)
_ROUTE_EXPORT = re.compile(r"export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b")


def _rule_files() -> set[str]:
    return {p.stem for p in RULES_DIR.glob("*.py") if not p.name.startswith("_")}


def test_registry_matches_rules_folder() -> None:
    registered = {module_name(r).rsplit(".", 1)[-1] for r in RULE_IDS}
    assert registered == _rule_files(), "checks/rules/ and RULE_IDS disagree"
    assert list(RULE_IDS) == sorted(RULE_IDS), "RULE_IDS must stay sorted"
    assert len(set(RULE_IDS)) == len(RULE_IDS)


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_meta_is_complete(rule_id: str) -> None:
    assert KEBAB.match(rule_id), f"{rule_id} is not kebab-case"
    meta = rule_meta(rule_id)
    assert meta.id == rule_id
    assert rule_module(rule_id).__name__ == "checks.rules." + rule_id.replace("-", "_")
    assert isinstance(meta.severity, Severity) and isinstance(meta.confidence, Confidence)
    assert meta.cwe and all(isinstance(c, int) and c > 0 for c in meta.cwe)
    assert meta.title and meta.title[0].isupper()
    assert meta.help.strip()
    assert meta.abuse.strip().endswith("."), "the abuse text is one full sentence"
    assert meta.references and all(r.startswith("https://") for r in meta.references)
    assert meta.messages, "at least one message template"
    for message_id, template in meta.messages.items():
        assert re.match(r"^[a-z_]+$", message_id), message_id
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        assert all(f.isidentifier() for f in fields), f"{message_id}: bad placeholder in {template!r}"


def _strings(node: ast.expr, assigned: dict[str, list[ast.expr]]) -> set[str]:
    """String constants an expression can evaluate to (literals, `a if c else b`, a local name)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body, assigned) | _strings(node.orelse, assigned)
    if isinstance(node, ast.Name):
        return {s for value in assigned.get(node.id, []) for s in _strings(value, {})}
    return set()


def _used_message_ids(rule_id: str) -> set[str]:
    """Message ids passed to `ctx.finding(META, "<id>", ...)`, also through a local variable."""
    tree = ast.parse((RULES_DIR / (rule_id.replace("-", "_") + ".py")).read_text(encoding="utf-8"))
    assigned: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(node.value)
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "finding":
            if len(node.args) >= 2:
                used |= _strings(node.args[1], assigned)
            for kw in node.keywords:
                if kw.arg == "message_id":
                    used |= _strings(kw.value, assigned)
    return used


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_message_ids_used_in_code_exist(rule_id: str) -> None:
    used = _used_message_ids(rule_id)
    assert used, f"{rule_id}: no ctx.finding(META, '<id>', ...) call found"
    missing = used - set(rule_meta(rule_id).messages)
    assert not missing, f"{rule_id}: message ids used but not in META.messages: {sorted(missing)}"


def _sections(doc: str) -> dict[str, str]:
    parts = _HEADING.split(doc)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_docstring_headings_in_order(rule_id: str) -> None:
    doc = rule_doc(rule_id)
    first_line = doc.splitlines()[0] if doc else ""
    assert first_line and not first_line.startswith("#"), "the docstring opens with a one-line summary"
    headings = _HEADING.findall(doc)
    unknown = [h for h in headings if h not in REQUIRED_HEADINGS + OPTIONAL_HEADINGS]
    assert not unknown, f"unknown headings {unknown}"
    required = [h for h in headings if h in REQUIRED_HEADINGS]
    assert required == list(REQUIRED_HEADINGS), f"headings {headings} must include {REQUIRED_HEADINGS} in order"
    sections = _sections(doc)
    assert _CODE_BLOCK.search(sections["Example"]), "## Example needs a code block"
    assert _CODE_BLOCK.search(sections["Use instead"]), "## Use instead needs a code block"
    assert "https://" in sections["References"]


def _scan_example(rule_id: str, code: str) -> list[str]:
    path = "app/api/x/route.ts" if _ROUTE_EXPORT.search(code) else "app/actions.ts"
    config = Config(rules={r: "off" for r in RULE_IDS if r != rule_id})
    result = scan(MemoryTree({path: code}), config, jobs=1)
    return [f"{f.path}:{f.line} {f.message}" for f in result.findings if f.rule_id == rule_id]


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_documented_example_is_flagged(rule_id: str) -> None:
    blocks = _CODE_BLOCK.findall(_sections(rule_doc(rule_id))["Example"])
    for code in blocks:
        assert _scan_example(rule_id, code), f"{rule_id}: the ## Example is not flagged:\n{code}"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_documented_fix_is_clean(rule_id: str) -> None:
    blocks = _CODE_BLOCK.findall(_sections(rule_doc(rule_id))["Use instead"])
    for code in blocks:
        found = _scan_example(rule_id, code)
        assert not found, f"{rule_id}: the ## Use instead example is flagged: {found}"
