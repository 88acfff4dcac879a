"""Renderers of a ``ScanResult``: ``text`` (people), ``json`` (scripts, versioned schema),
``sarif`` (code-scanning tools) and ``github`` (workflow-command annotations).

Each renderer is a pure function ``render(result, ctx) -> str``; the CLI decides where the
text goes and whether colour is on.
"""

from __future__ import annotations

from typing import Final

from checks.formats.context import ReportContext, RuleInfo, registry_rules
from checks.model import ScanResult

FORMATS: Final = ("text", "json", "sarif", "github")


def render(result: ScanResult, fmt: str, ctx: ReportContext) -> str:
    """Render ``result`` in format ``fmt`` (one of ``FORMATS``)."""
    if fmt == "text":
        from checks.formats import text

        return text.render(result, ctx)
    if fmt == "json":
        from checks.formats import json_format

        return json_format.render(result, ctx)
    if fmt == "sarif":
        from checks.formats import sarif

        return sarif.render(result, ctx)
    if fmt == "github":
        from checks.formats import github

        return github.render(result, ctx)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


__all__ = ["FORMATS", "ReportContext", "RuleInfo", "registry_rules", "render"]
