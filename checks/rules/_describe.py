r"""Wording shared by rule messages (kept out of the registry: not a rule)."""

from __future__ import annotations

from checks.analysis.calls import DbOp
from checks.analysis.entry_points import EntryPoint


def endpoint(ep: EntryPoint) -> str:
    if ep.kind == "route":
        return f"Route handler `{ep.method or ep.name}`"
    if ep.kind == "pages-api":
        return "API route handler"
    if ep.kind == "inline-action":
        return f"Inline server action `{ep.name}`"
    return f"Server action `{ep.name}`"


def operation(op: DbOp) -> str:
    verb = op.verb.lower()
    model = f" `{op.model}`" if op.model else ""
    if op.helper:
        what = "writes" if op.kind == "write" else "reads"
        return f"{what}{model} through `{op.helper}()`"
    if "delete" in verb:
        return f"deletes{model}"
    if "create" in verb or "insert" in verb:
        return f"creates{model}"
    if "update" in verb or "upsert" in verb or verb in ("set",):
        return f"updates{model}"
    if op.kind == "write":
        return f"writes{model}"
    return f"reads{model}"
