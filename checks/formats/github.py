"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per
finding, which the runner turns into an annotation on the file and line.

Escaping follows @actions/core (``toCommandValue``/``escapeData``/``escapeProperty``):
data escapes ``%``, CR and LF; property values also escape ``:`` and ``,``. Paths must be
relative to the repository root: ``ctx.path_prefix`` (set by the CLI from the git top-level)
turns paths relative to a scanned subfolder into repository paths.
"""

from __future__ import annotations

from checks.formats.context import ReportContext
from checks.model import Diagnostic, Finding, ScanResult, Severity

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def _finding(finding: Finding, ctx: ReportContext) -> str:
    span = finding.span
    props: dict[str, str | int] = {
        "file": ctx.path_prefix + finding.path,
        "line": span.start.line,
        "endLine": span.end.line,
        "col": span.start.column,
    }
    # GitHub only honours a column range on a single line.
    if span.end.line == span.start.line:
        props["endColumn"] = span.end.column
    info = ctx.rule(finding.rule_id)
    title = f"{finding.rule_id}: {info.meta.title}" if info else finding.rule_id
    props["title"] = f"Warden {title}"
    message = finding.message + (f"\n\n{finding.help}" if finding.help else "")
    return command(COMMAND[finding.severity], props, message)


def _diagnostic(diag: Diagnostic, ctx: ReportContext) -> str:
    props: dict[str, str | int] = {}
    if diag.path:
        props["file"] = ctx.path_prefix + diag.path
        if diag.line is not None:
            props["line"] = diag.line
    props["title"] = f"Warden could not fully check this file ({diag.kind})"
    return command("notice", props, diag.message)


def render(result: ScanResult, ctx: ReportContext) -> str:
    lines = [_finding(f, ctx) for f in result.findings]
    lines += [_diagnostic(d, ctx) for d in result.diagnostics]
    return "".join(line + "\n" for line in lines)
