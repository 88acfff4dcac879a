"""In-source suppressions.

``// warden-ignore <rule-id> -- <reason>`` on the finding's line or the line above it
(also above a function: then it covers the whole function), and
``// warden-ignore-file <rule-id> -- <reason>`` anywhere in the file. A reason is
required: without one the comment is reported and ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checks.model import Diagnostic, Finding, Suppression

_COMMENT = re.compile(
    r"(?://|/\*|\{/\*)\s*warden-ignore(?P<file>-file)?\s+(?P<ids>[a-z0-9,\- ]+?)\s*"
    # the reason stops at `*/`: `{/* warden-ignore x -- why */}</div>` keeps only "why"
    r"(?:--\s*(?P<reason>(?:(?!\*/).)*?))?\s*(?:\*/.*)?$"
)


@dataclass(frozen=True)
class _Directive:
    rule_ids: frozenset[str]
    reason: str
    line: int
    whole_file: bool


def parse_suppressions(path: str, source: bytes, known: frozenset[str]) -> tuple[list[_Directive], list[Diagnostic]]:
    directives: list[_Directive] = []
    diags: list[Diagnostic] = []
    if b"warden-ignore" not in source:
        return directives, diags
    for i, raw in enumerate(source.decode("utf-8", "replace").splitlines(), start=1):
        if "warden-ignore" not in raw:
            continue
        m = _COMMENT.search(raw)
        if not m:
            diags.append(Diagnostic(path, "suppression", "malformed warden-ignore comment: ignored", i))
            continue
        ids = frozenset(x for x in re.split(r"[\s,]+", m.group("ids").strip()) if x)
        reason = (m.group("reason") or "").strip()
        unknown = ids - known
        if unknown:
            message = f"unknown rule id(s) {', '.join(sorted(unknown))}: ignored"
            diags.append(Diagnostic(path, "suppression", message, i))
            ids = ids - unknown
        if not reason:
            diags.append(
                Diagnostic(path, "suppression", "warden-ignore needs a reason after `--`: suppression ignored", i)
            )
            continue
        if ids:
            directives.append(_Directive(ids, reason, i, bool(m.group("file"))))
    return directives, diags


def apply_suppressions(findings: list[Finding], directives: list[_Directive]) -> tuple[list[Finding], list[Finding]]:
    if not directives:
        return findings, []
    active: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        hit: Suppression | None = None
        for d in directives:
            if f.rule_id not in d.rule_ids:
                continue
            if d.whole_file:
                hit = Suppression(f.rule_id, d.reason, d.line, "file")
            elif d.line in (f.span.start.line, f.span.start.line - 1):
                hit = Suppression(f.rule_id, d.reason, d.line, "line")
            elif f.function_span is not None and (
                d.line in (f.function_span.start.line - 1, f.function_span.start.line)
            ):
                hit = Suppression(f.rule_id, d.reason, d.line, "function")
            if hit:
                break
        if hit:
            suppressed.append(replace(f, suppression=hit))
        else:
            active.append(f)
    return active, suppressed
