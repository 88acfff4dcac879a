"""Links mailed to an address: a token stored only as its hash and sent by e-mail (a password-reset or
magic-link request). The owner of the address uses it later; the request itself changes no credential
and needs no session."""

from __future__ import annotations

import re

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import DbOp, object_keys
from checks.analysis.flow import Event
from checks.context import FileContext

_HASH_CALL = re.compile(r"(?i)(sha\d*|hash\w*|digest|createHash)$")


def hashed_names(ctx: FileContext, value: Node | None) -> set[str]:
    """The names hashed by ``value`` when it is a hash call (`sha256(token)`, `hashToken(raw)`)."""
    call = sx.unwrap(value)
    if call is None or call.type != "call_expression":
        return set()
    if not _HASH_CALL.search(sx.last_name(sx.callee_name(ctx.src, call))):
        return set()
    return {ctx.text(i) for a in sx.call_args(call) for i in sx.find(a, ("identifier",))}


def mailed_link_token(ctx: FileContext, events: list[Event], ev: Event) -> bool:
    """The write ``ev`` stores a hash of a token (`tokenHash: sha256(token)`) that the endpoint then
    mails (`sendEmail({ html: \\`...?token=${token}\\` })`)."""
    if ev.op is None:
        return False
    hashed: set[str] = set()
    for value in written_values(ctx, ev.op):
        hashed |= hashed_names(ctx, value)
    if not hashed:
        return False
    mails = [e for e in events if e.kind == "email" and e.node.start_byte > ev.node.start_byte]
    return any(hashed & {ctx.text(i) for i in sx.find(e.node, ("identifier",))} for e in mails)


# the clause a value pasted into SQL text sits in: after `SET` or `VALUES` it is written, not matched
_SQL_CLAUSE = re.compile(r"(?i)\b(where|and|or|on|set|values|returning)\b")


def written_values(ctx: FileContext, op: DbOp) -> list[Node]:
    """The values a write stores: its data's properties, or what raw SQL pastes after `SET`/`VALUES`
    (`` sql`update "Customer" set "portalToken" = ${hashToken(token)} where id = ${id}` ``)."""
    out = [v for data in op.data for v in object_keys(ctx.src, data).values()]
    if op.api != "sql" or op.call is None:
        return out
    text = next(iter(sx.find(op.call, ("template_string",))), None)
    before = ""
    for child in text.children if text is not None else []:
        if child.type != "template_substitution":
            before += sx.text(ctx.src, child)
            continue
        clauses = _SQL_CLAUSE.findall(before)
        if clauses and clauses[-1].lower() in ("set", "values") and child.named_children:
            out.append(child.named_children[0])
        before += " ? "
    return out
