"""Findings for the review tests, built through the real model (no mocks)."""

from __future__ import annotations

from checks.model import Confidence, Finding, Fix, Position, Severity, Span, TextEdit, make_fingerprint


def span(line: int, col: int = 1, end_line: int | None = None, end_col: int = 10) -> Span:
    return Span(Position(line, col), Position(end_line or line, end_col))


def finding(
    rule_id: str = "sql-injection",
    path: str = "app/actions.ts",
    line: int = 5,
    severity: Severity = Severity.ERROR,
    function: tuple[int, int] | None = (3, 8),
    fix: Fix | None = None,
    code: str | None = None,
    message: str = "`db.query` receives SQL built from `email`",
) -> Finding:
    fn_span = span(function[0], 1, function[1], 2) if function else None
    return Finding(
        rule_id=rule_id,
        severity=severity,
        confidence=Confidence.HIGH,
        path=path,
        span=span(line, 3, line, 20),
        message=message,
        help="Pass values as bound parameters.",
        message_id="interpolated",
        fingerprint=make_fingerprint(rule_id, path, "deletePost", code or f"{rule_id}{path}{line}"),
        function_name="deletePost",
        function_span=fn_span,
        fix=fix,
    )


def line_fix(line: int, old_len: int, text: str, description: str = "Use a bound parameter") -> Fix:
    """Replace the first ``old_len`` characters of ``line``."""
    return Fix(description, (TextEdit(Position(line, 1), Position(line, old_len + 1), text),))
