"""Human output, like ruff and eslint: one header line per finding
(``path:line:col  severity  rule-id  message``), a short code frame with a caret
underline, the help text, then diagnostics and a summary by rule.

Colour comes from rich styles and is only emitted when ``ctx.color`` is set (the CLI
sets it for a TTY without ``NO_COLOR``)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from checks.formats.context import ReportContext
from checks.model import Diagnostic, Finding, ScanResult, Severity

CONTEXT_LINES = 1  # source lines shown above and below the anchor line
TAB_SIZE = 4
SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.NOTE: "cyan"}


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _display_col(line: str, column: int) -> int:
    """0-based screen column of the 1-based character ``column``, with tabs expanded."""
    return len(line[: max(column - 1, 0)].expandtabs(TAB_SIZE))


def code_frame(lines: list[str], finding: Finding) -> list[tuple[str, str | None]]:
    """The frame as (text, style) rows: context lines, the anchor line, a caret row."""
    span = finding.span
    anchor = span.start.line
    if not 1 <= anchor <= len(lines):
        return []
    first = max(1, anchor - CONTEXT_LINES)
    last = min(len(lines), anchor + CONTEXT_LINES)
    width = len(str(last))
    rows: list[tuple[str, str | None]] = []
    for n in range(first, last + 1):
        raw = lines[n - 1]
        marker = ">" if n == anchor else " "
        rows.append((f"  {marker} {n:>{width}} | {raw.expandtabs(TAB_SIZE)}".rstrip(), None if n == anchor else "dim"))
        if n == anchor:
            start = _display_col(raw, span.start.column)
            # A multi-line anchor is underlined to the end of its first line.
            end = _display_col(raw, span.end.column) if span.end.line == anchor else len(raw.expandtabs(TAB_SIZE))
            carets = "^" * max(end - start, 1)
            rows.append((f"    {' ' * width} | {' ' * start}{carets}", "bold red"))
    return rows


def _finding(out: Text, finding: Finding, ctx: ReportContext) -> None:
    out.append(f"{finding.path}:{finding.line}:{finding.column}", style="bold")
    out.append("  ")
    out.append(finding.severity.value, style=SEVERITY_STYLE[finding.severity])
    out.append("  ")
    out.append(finding.rule_id, style="magenta")
    out.append(f"  {finding.message}\n")
    lines = ctx.source_lines(finding.path)
    if lines is not None:
        for row, style in code_frame(lines, finding):
            out.append(row + "\n", style=style)
    if finding.help:
        out.append("  help: ", style="bold cyan")
        out.append(finding.help + "\n")
    if finding.fix is not None:
        out.append("  fix available: ", style="bold green")
        out.append(finding.fix.description + " (see --format json or sarif)\n")
    out.append("\n")


def _diagnostic(out: Text, diag: Diagnostic) -> None:
    where = f"{diag.path}:{diag.line}" if diag.line is not None else (diag.path or "(config)")
    out.append(where, style="bold")
    out.append("  ")
    out.append("diagnostic", style="dim")
    out.append(f"  {diag.kind}  {diag.message}\n")


def _summary(out: Text, result: ScanResult) -> None:
    files = _plural(result.files_scanned, "file")
    if result.findings:
        by_severity = [
            _plural(n, sev.value) for sev in Severity if (n := sum(1 for f in result.findings if f.severity is sev))
        ]
        out.append(f"Found {_plural(len(result.findings), 'problem')}", style="bold")
        out.append(f" ({', '.join(by_severity)}) in {files}.\n")
        counts = result.count_by_rule()
        width = max(len(r) for r in counts)
        for rule_id, n in counts.items():
            out.append(f"  {rule_id:<{width}}  {n}\n")
    else:
        out.append("No problems found", style="bold green")
        out.append(f" in {files}.\n")
    tail = []
    if result.suppressed:
        tail.append(f"{_plural(len(result.suppressed), 'finding')} suppressed")
    if result.diagnostics:
        tail.append(_plural(len(result.diagnostics), "diagnostic"))
    if tail:
        out.append("; ".join(tail) + ".\n", style="dim")


def render(result: ScanResult, ctx: ReportContext) -> str:
    out = Text()
    for finding in result.findings:
        _finding(out, finding, ctx)
    for diag in result.diagnostics:
        _diagnostic(out, diag)
    if result.diagnostics:
        out.append("\n")
    _summary(out, result)
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=ctx.color,
        no_color=not ctx.color,
        color_system="standard" if ctx.color else None,
        width=1_000_000,  # never wrap: editors and CI logs wrap for themselves
        soft_wrap=True,
        highlight=False,
        markup=False,
        emoji=False,
    )
    console.print(out, end="")
    return buffer.getvalue()
