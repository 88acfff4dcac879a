"""The finding model shared by the analyser, the CLI and the GitHub App.

Everything here is a frozen dataclass so findings can be hashed, compared,
pickled across worker processes and serialised without surprises.
Positions are 1-based lines and 1-based columns counted in characters
(converted once from tree-sitter's 0-based rows and byte columns).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "note": 1}[self.value]


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters


@dataclass(frozen=True, slots=True)
class Span:
    start: Position
    end: Position

    @property
    def start_line(self) -> int:
        return self.start.line

    @property
    def end_line(self) -> int:
        return self.end.line


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace the characters between ``start`` and ``end`` (end exclusive) with ``text``."""

    start: Position
    end: Position
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A deterministic, re-checked rewrite of one file."""

    description: str
    edits: tuple[TextEdit, ...]

    def apply(self, source: str) -> str:
        return apply_edits(source, self.edits)

    def line_range(self) -> tuple[int, int]:
        """First and last original line touched by the edits."""
        return (
            min(e.start.line for e in self.edits),
            max(e.end.line for e in self.edits),
        )


def apply_edits(source: str, edits: tuple[TextEdit, ...] | list[TextEdit]) -> str:
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln))

    def offset(p: Position) -> int:
        if p.line - 1 >= len(lines):
            return len(source)
        return offsets[p.line - 1] + p.column - 1

    out = source
    for e in sorted(edits, key=lambda e: (e.start.line, e.start.column), reverse=True):
        out = out[: offset(e.start)] + e.text + out[offset(e.end) :]
    return out


@dataclass(frozen=True, slots=True)
class RuleMeta:
    id: str
    title: str
    severity: Severity
    confidence: Confidence
    cwe: tuple[int, ...]
    owasp: tuple[str, ...]
    messages: dict[str, str]
    help: str
    # One sentence for reviewers: how an attacker abuses this endpoint.
    abuse: str
    references: tuple[str, ...] = ()
    tags: tuple[str, ...] = ("security",)

    @property
    def security_severity(self) -> str:
        """GitHub code-scanning score (0-10) derived from the severity."""
        return {"error": "8.0", "warning": "5.5", "note": "3.0"}[self.severity.value]


@dataclass(frozen=True, slots=True)
class Suppression:
    rule_id: str
    reason: str
    line: int  # line of the comment
    scope: str  # "line" | "function" | "file" | "config" | "external"


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    severity: Severity
    confidence: Confidence
    path: str  # posix, relative to the scanned root
    span: Span  # the anchor: offending expression, or the function name
    message: str
    help: str
    message_id: str
    fingerprint: str
    function_name: str | None = None
    function_span: Span | None = None
    fix: Fix | None = None
    suppression: Suppression | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    @property
    def line(self) -> int:
        return self.span.start.line

    @property
    def column(self) -> int:
        return self.span.start.column

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.span.start.line, self.span.start.column, self.rule_id)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something Warden could not check, or a problem with the input."""

    path: str
    kind: str  # "parse-error" | "too-large" | "unreadable" | "suppression" | "config"
    message: str
    line: int | None = None


@dataclass(slots=True)
class ScanResult:
    findings: list[Finding]
    suppressed: list[Finding]
    diagnostics: list[Diagnostic]
    files_scanned: int = 0
    files_skipped: int = 0
    lines_scanned: int = 0

    def add(self, part: ScanResult) -> None:
        """Fold the result of one batch or worker chunk into this one."""
        self.findings.extend(part.findings)
        self.suppressed.extend(part.suppressed)
        self.diagnostics.extend(part.diagnostics)
        self.files_scanned += part.files_scanned
        self.files_skipped += part.files_skipped
        self.lines_scanned += part.lines_scanned

    def count_by_rule(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.rule_id] = out.get(f.rule_id, 0) + 1
        return dict(sorted(out.items()))


_WS = re.compile(r"\s+")


def normalise_code(code: str) -> str:
    """Whitespace-insensitive form of a code snippet, for fingerprints."""
    return _WS.sub(" ", code).strip()


def make_fingerprint(rule_id: str, path: str, function_name: str | None, code: str) -> str:
    """Stable id: rule + path + enclosing function + normalised code; no line numbers,
    so unrelated edits above the finding do not change it."""
    h = hashlib.sha256()
    for part in (rule_id, path, function_name or "", normalise_code(code)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:32]
