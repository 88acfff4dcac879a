r"""Wording shared by rule messages (kept out of the registry: not a rule)."""

from __future__ import annotations

from tree_sitter import Node

from checks.analysis import syntax as sx
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
    if not model and op.api == "sql":
        model = " rows"  # (a statement whose table is a value, `"FROM " + table`: no name to give)
    if op.verb.startswith("rpc "):
        what = "changes data" if op.kind == "write" else "reads data"
        return f"{what} through the database function `{op.verb[4:]}`"
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


def sink(src: bytes, node: Node) -> str:
    """How a message names the call that does the work: its text up to the arguments, on one
    line (`supabase.from`), or the callee without casts when the text opens with one
    (`(prismadb as any).user.findMany(...)` -> `prismadb.user.findMany`). A tagged template is
    named by its tag (`sql`, `prisma.$executeRaw`): its text holds no `(` and would be pasted whole."""
    if node.type == "call_expression":
        args = node.child_by_field_name("arguments")
        if args is not None and args.type == "template_string":
            return sx.callee_name(src, node)
    head = sx.text(src, node).split("(", 1)[0].strip()
    if head.startswith("await ") or head.startswith("await\n"):
        head = head[len("await") :]  # (`await db.raw<Row>(...)`: the call, not the keyword)
    head = _without_type_arguments("".join(head.split()))
    if head or node.type != "call_expression":
        return head
    return sx.callee_name(src, node)


def _without_type_arguments(head: str) -> str:
    """`kysely.raw<{code:string}>` -> `kysely.raw`: a call's type arguments are no part of its name."""
    if not head.endswith(">"):
        return head
    depth = 0
    for i in range(len(head) - 1, -1, -1):
        if head[i] == ">":
            depth += 1
        elif head[i] == "<":
            depth -= 1
            if depth == 0:
                return head[:i]
    return head
