"""``warden rules``: list the rules; ``warden rules ID``: print one rule's documentation
(the rule module's docstring, the same text SARIF carries as ``help``)."""

from __future__ import annotations

import difflib
import sys
from typing import Annotated

import typer

EXIT_ERROR = 2


def _print_table() -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    from checks.registry import RULE_IDS, rule_meta

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("id", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("title")
    for rule_id in RULE_IDS:
        meta = rule_meta(rule_id)
        table.add_row(rule_id, meta.severity.value, meta.title)
    # Piped output: never wrap, so `grep`/`awk` see one rule per line.
    console = Console(width=None if sys.stdout.isatty() else 10_000, highlight=False)
    with console.capture() as captured:
        console.print(table)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def rule_page(rule_id: str) -> str:
    from checks.registry import rule_doc, rule_meta

    meta = rule_meta(rule_id)
    facts = [f"severity: {meta.severity.value}", f"confidence: {meta.confidence.value}"]
    if meta.cwe:
        facts.append(", ".join(f"CWE-{n}" for n in meta.cwe))
    if meta.owasp:
        facts.append("OWASP " + ", ".join(meta.owasp))
    parts = [f"{rule_id}: {meta.title}", " · ".join(facts), "", rule_doc(rule_id) or meta.help]
    if meta.references:
        parts += ["", "References:", *(f"- {ref}" for ref in meta.references)]
    return "\n".join(parts).rstrip() + "\n"


def rules_command(
    rule_id: Annotated[
        str | None, typer.Argument(metavar="[RULE]", help="A rule id: print its documentation.", show_default=False)
    ] = None,
) -> None:
    """List the rules, or print one rule's documentation."""
    from checks.registry import RULE_IDS

    if rule_id is None:
        _print_table()
        return
    if rule_id not in RULE_IDS:
        close = difflib.get_close_matches(rule_id, RULE_IDS, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        print(
            f"warden: error: unknown rule {rule_id!r}{hint}; known rules: {', '.join(RULE_IDS)}",
            file=sys.stderr,
        )
        raise typer.Exit(EXIT_ERROR)
    sys.stdout.write(rule_page(rule_id))
