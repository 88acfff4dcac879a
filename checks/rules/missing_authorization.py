r"""Signed-in user acts on a resource chosen by the client without an ownership check.

## What it does
Flags an authenticated endpoint that reads private data or changes a resource selected
by a client-controlled identifier (parameter, FormData field, route or search param,
body field) when the query is not constrained by the session user
(`where: { id, userId: session.user.id }`, `AND user_id = $2`) and no ownership or role
check comes first (load the record, compare its owner with the session user, 403).
Also flags an owner id written from client input (`authorId: formData.get("userId")`).

## Why is this bad?
Being signed in is not the same as being allowed: any user can change the id and act
on other users' records (IDOR, CWE-639/CWE-862).

## Example
```ts
"use server";
import { auth } from "@/auth";
import { db } from "@/lib/db";

export async function deleteNote(noteId: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await db.note.delete({ where: { id: noteId } });
}
```

## Use instead
```ts
"use server";
import { auth } from "@/auth";
import { db } from "@/lib/db";

export async function deleteNote(noteId: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await db.note.delete({ where: { id: noteId, userId: session.user.id } });
}
```

## Not flagged
Queries constrained by a session-derived value (user, team, workspace from the session
or the authenticated middleware's `ctx`), load-then-compare ownership checks and role
checks before the operation (also a project `checkAuthorization*`/`require*Access`
helper, a lookup scoped by the session's tenant followed by `if (!record) throw`, or a
scoped `findUniqueOrThrow`), creating a record that belongs to the session user,
webhooks and cron jobs verified by a signature or secret (no user to scope by), secret
tokens chosen by the client (a reset or invite token is its own credential), and
Supabase queries when `assume_rls: true` is configured.

## References
- https://cwe.mitre.org/data/definitions/639.html
- https://cwe.mitre.org/data/definitions/862.html
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import object_keys
from checks.analysis.dataflow import client_refs, session_constrained
from checks.analysis.flow import Event, Flow, identifiers
from checks.context import FileContext, short
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint, operation

META = RuleMeta(
    id="missing-authorization",
    title="Resource chosen by the client without an ownership check",
    severity=Severity.ERROR,
    confidence=Confidence.MEDIUM,
    cwe=(639, 862),
    owasp=("A01:2021",),
    messages={
        "unscoped": "{endpoint} {operation} selected by client-controlled `{value}` without checking that it "
        "belongs to the signed-in user",
        "owner_from_client": "{endpoint} writes owner field `{field}` from client input `{value}` instead of the "
        "session",
    },
    help="Constrain the query by the session user (`where: { id, userId: session.user.id }`) or load the record "
    "and compare its owner with the session user before acting.",
    abuse="Any signed-in user can change the id in the request and read or modify another user's records.",
    references=("https://cwe.mitre.org/data/definitions/639.html",),
)


def _filter_nodes(ev: Event, src: bytes) -> list[Node]:
    """The parts of an operation that select which records it touches."""
    op = ev.op
    assert op is not None
    if op.api == "prisma" and op.args:
        keys = object_keys(src, op.args[0])
        return [keys["where"]] if "where" in keys else []
    if op.api in ("drizzle", "kysely", "supabase", "mongoose", "helper"):
        return list(op.args)
    if op.api == "sql":
        return [*op.args[1:], *op.args[:1]]
    return list(op.args)


def _owner_fields(src: bytes, ev: Event) -> Iterator[tuple[str, Node]]:
    op = ev.op
    assert op is not None
    for data in op.data:
        for key, value in object_keys(src, data).items():
            if key in vocab.OWNER_FIELDS:
                yield key, value


_MIDDLEWARE_AUTH = re.compile(r"\b(req|request)\??\.(auth|session|user|locals)\b")
_MACHINE_ROUTE = re.compile(r"(?i)/(cron|crons|webhooks?|qstash|inngest|jobs)/")


def _middleware_scoped(ctx: FileContext, ev: Event) -> bool:
    """`where: { id, userId: request.auth.userId }`: scoped by what the auth middleware set."""
    assert ev.op is not None
    return any(_MIDDLEWARE_AUTH.search(ctx.text(n)) for n in [ev.op.chain, *ev.op.args])


def _checked_later(flow: Flow, later: list[Event]) -> bool:
    return flow.final.owner or flow.final.role or any(e.state.owner or e.state.role for e in later)


def _returned(ctx: FileContext, flow: Flow, ev: Event, later: list[Event]) -> bool:
    """The record read by ``ev`` (the call itself, or a name bound to it) is in a later return
    value or response body."""
    src = ctx.src
    bound = {name for name, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    for out in later:
        if out.kind not in ("return", "respond") or out.value is None:
            continue
        if sx.contains(out.value, ev.node) or identifiers(src, out.value, into_functions=True) & bound:
            return True
    # `return db.note.findUnique(...)` / `return NextResponse.json(await getNote(id))`
    p = ev.node.parent
    while p is not None and not sx.is_function(p):
        if p.type == "return_statement":
            return True
        p = p.parent
    return False


def _vetted_before(ctx: FileContext, flow: Flow, ev: Event, chosen: set[str]) -> bool:
    """A call before the operation that takes the chosen id together with the session's user or
    tenant (`getCampaignOrThrow({ programId: program.id, campaignId })`,
    `verifyFolderAccess({ workspace, folderId })`), or an ownership-named helper given the id
    (`await assertCanEditPost(postId)`), is the ownership check: real apps put it in helpers."""
    src = ctx.src
    sessionish = ev.state.session | ev.state.fetched
    floating = {e.node.id for e in flow.events if e.kind == "floating"}  # un-awaited: never runs
    for call in sx.find(flow.fn.node, ("call_expression",)):
        if call.end_byte > ev.node.start_byte:
            break
        if call.id in floating:
            continue
        args = call.child_by_field_name("arguments")
        if args is None:
            continue
        refs = identifiers(src, args, into_functions=True)
        if not refs & chosen:
            continue
        name = sx.last_name(sx.callee_name(src, call))
        if refs & sessionish or vocab.OWNERSHIP_CALLS.search(name) or vocab.ROLE_CALLS.match(name):
            return True
    return False


def check(ctx: FileContext) -> Iterator[Finding]:
    src = ctx.src
    for ep in ctx.entry_points:
        reported = False
        flow = ctx.flow(ep)
        events = flow.events
        for i, ev in enumerate(events):
            if reported or ev.kind != "db" or ev.op is None or ev.state.auth is None:
                continue
            op = ev.op
            if ev.state.role or ev.state.owner:
                continue
            # a webhook/cron verified by a signature or shared secret has no signed-in user to scope by
            if ev.state.auth == "secret" or (ep.kind in ("route", "pages-api") and _MACHINE_ROUTE.search(ctx.path)):
                continue
            if ctx.config.assume_rls and op.api == "supabase":
                continue
            # owner id taken from the client (in a write: lookups and checks may filter by any id)
            for key, value in _owner_fields(src, ev) if op.kind == "write" else ():
                refs = identifiers(src, value, into_functions=True)
                if _MIDDLEWARE_AUTH.match(ctx.text(value).lstrip()):
                    continue  # `request.auth.userId`: put on the request by the auth middleware
                if refs & ev.state.client and not refs & (ev.state.session | ev.state.fetched):
                    yield ctx.finding(META, "owner_from_client", value, function=ep.fn, endpoint=endpoint(ep),
                                      field=key, value=short(ctx.text(value), 40))
                    reported = True
                    break
            if reported:
                continue
            if op.kind == "read" and not vocab.PRIVATE_MODELS.search(op.model or ""):
                continue
            # load-then-compare: a read followed by an ownership or role check is the check's input
            if op.kind == "read" and _checked_later(flow, events[i + 1 :]):
                continue
            # a read only "reads private data" when the record goes back to the caller: slug and
            # uniqueness lookups (`if (existing) return { error: "taken" }`) return nothing of it
            if op.kind == "read" and not _returned(ctx, flow, ev, events[i + 1 :]):
                continue
            if op.kind == "write" and op.verb in ("create", "createMany", "insert", "insertInto") and op.api != "sql":
                continue
            filters = _filter_nodes(ev, src)
            if not filters:
                continue
            # ids read from records the code loaded are not the client's choice; a secret token
            # (reset link, invite code) chosen by the client is its own credential
            # (a whole `request` handed to a helper is a pass-through, not a chosen id)
            chosen = {n for n in client_refs(src, ev, filters) - set(flow.records) - {"req", "request"}
                      if not vocab.is_secret_name(n)}
            if not chosen or session_constrained(src, ev) or _middleware_scoped(ctx, ev) or (
                _vetted_before(ctx, flow, ev, chosen)
            ):
                continue
            yield ctx.finding(META, "unscoped", ev.node, function=ep.fn, endpoint=endpoint(ep),
                              operation=operation(op), value=sorted(chosen)[0],
                              confidence=Confidence.HIGH if op.kind == "write" else Confidence.MEDIUM)
            reported = True
