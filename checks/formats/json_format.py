"""Machine output with a documented, versioned schema (``docs/json-schema.md``,
``checks/schemas/warden-report-v1.json``).

``version`` changes only on an incompatible change (a field removed, renamed or retyped);
new optional fields may appear within a version."""

from __future__ import annotations

import json
from typing import Any

from checks.formats.context import TOOL_NAME, ReportContext
from checks.model import Diagnostic, Finding, Position, ScanResult, Severity, Span

SCHEMA_VERSION = 1
SCHEMA_FILE = "warden-report-v1.json"

JSON = dict[str, Any]


def schema() -> JSON:
    """The JSON Schema of this report version, as shipped in the package."""
    from importlib.resources import files

    loaded: JSON = json.loads(files("checks").joinpath("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))
    return loaded


def _position(p: Position) -> JSON:
    return {"line": p.line, "column": p.column}


def _span(s: Span | None) -> JSON | None:
    return None if s is None else {"start": _position(s.start), "end": _position(s.end)}


def finding_to_json(f: Finding) -> JSON:
    return {
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "confidence": f.confidence.value,
        "path": f.path,
        "span": _span(f.span),
        "function_name": f.function_name,
        "function_span": _span(f.function_span),
        "message": f.message,
        "message_id": f.message_id,
        "help": f.help,
        "fingerprint": f.fingerprint,
        "fix": None
        if f.fix is None
        else {
            "description": f.fix.description,
            "edits": [{"start": _position(e.start), "end": _position(e.end), "text": e.text} for e in f.fix.edits],
        },
        "suppression": None
        if f.suppression is None
        else {
            "rule_id": f.suppression.rule_id,
            "reason": f.suppression.reason,
            "line": f.suppression.line,
            "scope": f.suppression.scope,
        },
        "extra": dict(f.extra),
    }


def diagnostic_to_json(d: Diagnostic) -> JSON:
    return {"path": d.path, "kind": d.kind, "message": d.message, "line": d.line}


def report(result: ScanResult, ctx: ReportContext) -> JSON:
    by_severity = {s.value: 0 for s in Severity}
    for f in result.findings:
        by_severity[f.severity.value] += 1
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": ctx.tool_version},
        "root": None if ctx.root is None else ctx.root.as_posix(),
        "findings": [finding_to_json(f) for f in result.findings],
        "suppressed": [finding_to_json(f) for f in result.suppressed],
        "diagnostics": [diagnostic_to_json(d) for d in result.diagnostics],
        "summary": {
            "files_scanned": result.files_scanned,
            "files_skipped": result.files_skipped,
            "lines_scanned": result.lines_scanned,
            "findings": len(result.findings),
            "by_severity": by_severity,
            "by_rule": result.count_by_rule(),
            "suppressed": len(result.suppressed),
            "diagnostics": len(result.diagnostics),
        },
    }


def render(result: ScanResult, ctx: ReportContext) -> str:
    return json.dumps(report(result, ctx), indent=2, ensure_ascii=False) + "\n"
