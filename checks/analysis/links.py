"""Links mailed to an address: a token stored only as its hash and sent by e-mail (a password-reset or
magic-link request). The owner of the address uses it later; the request itself changes no credential
and needs no session."""

from __future__ import annotations

import re

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import object_keys
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
    for data in ev.op.data:
        for value in object_keys(ctx.src, data).values():
            hashed |= hashed_names(ctx, value)
    if not hashed:
        return False
    mails = [e for e in events if e.kind == "email" and e.node.start_byte > ev.node.start_byte]
    return any(hashed & {ctx.text(i) for i in sx.find(e.node, ("identifier",))} for e in mails)
