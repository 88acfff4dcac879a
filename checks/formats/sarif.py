"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, VS Code's SARIF viewer).

Validated in tests against the official OASIS schema. Choices worth knowing:
- one run; ``tool.driver.rules`` lists every known rule and ``ruleIndex`` points into it;
- URIs are relative to ``%SRCROOT%`` (the scanned root), percent-encoded (Next.js paths
  such as ``app/posts/[id]/route.ts`` carry brackets);
- columns are Unicode code points (``columnKind``), the unit of our positions;
- suppressed findings are results with ``suppressions`` (GitHub shows them as dismissed);
- diagnostics become ``toolExecutionNotifications`` of the invocation.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from checks.formats.context import ReportContext, RuleInfo
from checks.model import Confidence, Diagnostic, Finding, Position, RuleMeta, ScanResult, Severity

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "warden/v1"
# What cannot be checked because the input is broken is a warning; the rest is informational.
DIAGNOSTIC_LEVEL = {
    "parse-error": "warning",
    "unreadable": "warning",
    "internal": "warning",
    "config": "error",
    "suppression": "warning",
}

JSON = dict[str, Any]


def artifact_uri(path: str) -> str:
    """Relative URI reference for a POSIX path (RFC 3986 pchar kept, the rest escaped)."""
    return quote(path, safe="/@!$&'()*+,;=-._~")


def _location(path: str) -> JSON:
    return {"uri": artifact_uri(path), "uriBaseId": SRCROOT}


def _region(start: Position, end: Position) -> JSON:
    region = {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}
    if (end.line, end.column) < (start.line, start.column):  # defensive: never emit an inverted region
        region.update(endLine=start.line, endColumn=start.column)
    return region


def _first_paragraph(doc: str) -> str:
    for block in doc.strip().split("\n\n"):
        text = " ".join(line.strip() for line in block.splitlines()).strip()
        if text and not text.startswith("#"):
            return text
    return ""


def rule_descriptor(meta: RuleMeta, doc: str) -> JSON:
    tags = list(dict.fromkeys([*meta.tags, "security", *(f"external/cwe/cwe-{n}" for n in meta.cwe)]))
    help_text = doc.strip() or meta.help
    return {
        "id": meta.id,
        "name": "".join(part.capitalize() for part in meta.id.split("-")),
        "shortDescription": {"text": meta.title},
        "fullDescription": {"text": _first_paragraph(doc) or meta.help or meta.title},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": meta.severity.value},
        "properties": {
            "security-severity": meta.security_severity,
            "precision": meta.confidence.value,
            "problem.severity": "recommendation" if meta.severity is Severity.NOTE else meta.severity.value,
            "tags": tags,
            **({"owasp": list(meta.owasp)} if meta.owasp else {}),
        },
        **({"helpUri": meta.references[0]} if meta.references else {}),
    }


def _unknown_rule(finding: Finding) -> RuleInfo:
    """A descriptor for a finding whose rule is not in ``ctx.rules`` (keeps ruleIndex valid)."""
    meta = RuleMeta(
        id=finding.rule_id,
        title=finding.rule_id,
        severity=finding.severity,
        confidence=Confidence(finding.confidence),
        cwe=(),
        owasp=(),
        messages={},
        help=finding.help,
        abuse="",
    )
    return RuleInfo(meta, "")


def _result(finding: Finding, index: int) -> JSON:
    physical: JSON = {
        "artifactLocation": _location(finding.path),
        "region": _region(finding.span.start, finding.span.end),
    }
    location: JSON = {"physicalLocation": physical}
    if finding.function_name:
        location["logicalLocations"] = [{"name": finding.function_name, "kind": "function"}]
    result: JSON = {
        "ruleId": finding.rule_id,
        "ruleIndex": index,
        "level": finding.severity.value,
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {"confidence": finding.confidence.value, "messageId": finding.message_id},
    }
    if finding.help:
        result["properties"]["help"] = finding.help
    if finding.fix is not None:
        result["fixes"] = [
            {
                "description": {"text": finding.fix.description},
                "artifactChanges": [
                    {
                        "artifactLocation": _location(finding.path),
                        "replacements": [
                            {"deletedRegion": _region(e.start, e.end), "insertedContent": {"text": e.text}}
                            for e in finding.fix.edits
                        ],
                    }
                ],
            }
        ]
    if finding.suppression is not None:
        s = finding.suppression
        result["suppressions"] = [
            {
                "kind": "inSource" if s.scope in ("line", "function", "file") else "external",
                "status": "accepted",
                "justification": s.reason,
            }
        ]
    return result


def _notification(diag: Diagnostic) -> JSON:
    note: JSON = {
        "level": DIAGNOSTIC_LEVEL.get(diag.kind, "note"),
        "message": {"text": diag.message},
        "descriptor": {"id": diag.kind},
    }
    if diag.path:
        physical: JSON = {"artifactLocation": _location(diag.path)}
        if diag.line is not None and diag.line >= 1:
            physical["region"] = {"startLine": diag.line}
        note["locations"] = [{"physicalLocation": physical}]
    return note


def sarif_log(result: ScanResult, ctx: ReportContext) -> JSON:
    rules = list(ctx.rules)
    index = {info.meta.id: i for i, info in enumerate(rules)}
    for finding in [*result.findings, *result.suppressed]:
        if finding.rule_id not in index:
            index[finding.rule_id] = len(rules)
            rules.append(_unknown_rule(finding))
    run: JSON = {
        "tool": {
            "driver": {
                "name": "Warden",
                "version": ctx.tool_version,
                "semanticVersion": ctx.tool_version,
                **({"informationUri": ctx.information_uri} if ctx.information_uri else {}),
                "rules": [rule_descriptor(info.meta, info.doc) for info in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [_notification(d) for d in result.diagnostics],
            }
        ],
        "results": [_result(f, index[f.rule_id]) for f in [*result.findings, *result.suppressed]],
        "columnKind": "unicodeCodePoints",
    }
    if ctx.root is not None:
        # The spec requires a base URI to end with a slash.
        run["originalUriBaseIds"] = {SRCROOT: {"uri": ctx.root.resolve().as_uri().rstrip("/") + "/"}}
    return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def render(result: ScanResult, ctx: ReportContext) -> str:
    return json.dumps(sarif_log(result, ctx), indent=2, ensure_ascii=False) + "\n"
