r"""Whole database records returned to the client.

## What it does
Flags an entry point that returns (or, in a route handler, responds with) a whole record
or list of records read from the database without choosing fields: Prisma
`findUnique/findFirst/findMany` without `select` (or with a `select` holding a relation loaded whole, an
entry with query options and no `select` of its own: `versions: { orderBy, include: { source: true } }`),
`SELECT *` rows, Drizzle
`db.select().from(t)` with no columns, Knex `knex("t").where(...)` / `.select("*")` / `.first()` with no
columns, Supabase `.select()`/`.select("*")`, Mongoose
documents without a projection (also after `toObject()` or `JSON.parse(JSON.stringify(doc))`, also such a copy
spread in a callback, `rows.map((r) => ({ ...JSON.parse(JSON.stringify(r)), name }))`),
TypeORM `repo.find(...)`/`findOneBy(...)` without `select`, Firestore `doc(id).get()` (its `snap.data()`, a
query's `snap.docs.map((d) => d.data())`, also spread beside the id, `docs.map((d) => ({ id: d.id,
...d.data() }))`; not after a `.select(...)` field mask), MikroORM
`em.find(Entity, where)`/`em.findOne(...)` without `fields`, Payload `payload.find({ collection })`
without `select`. Writes that hand back the whole record count too: Prisma `create`/`update`/`upsert`/`delete`
without `select`/`omit`, Kysely `.returningAll()`, Drizzle `.returning()` with no columns, Knex
`.returning("*")`, Supabase `.insert(x).select()` (also `.update(x)`/`.delete()` ... `.select()`), SQL
`... RETURNING *`, Mongoose
`Model.create(x)`, `findOneAndUpdate`/`findByIdAndUpdate`/`findByIdAndDelete` without a projection (also
what `await doc.save()` answers for such a document: the document itself). Rows
mapped into objects that spread each whole row (`data.map((row) => ({ ...row, tags }))`, also `(data ??
[]).map(...)`) or file it whole under a key (`rows.map((post) => ({ post, score }))`) count, so do rows
only narrowed by an array method (`rows.filter((r) => r.open)`,
`rows.slice(0, 10)`, `rows.find(...)`: fewer rows, each whole), and so
does a Prisma relation loaded whole (`include: { user: true }`) answered or spread (`{ ...member.user }`; also
destructured, `const { user, ...session } = result`, and answered by a helper a session reader forwards, `return
validateSessionToken(token)`), also
through a project helper that hands its argument's rows back so (`return Promise.all(rows.map(async (r)
=> ({ ...r, author })))`, every branch of the callback spreading the row; or files it under a key of the
object it answers, `return { data, pagination: meta(total) }`), and
so does a pages/api answer through a response object named `response` (`response.status(200).json({ data })`).
A Supabase query kept in a local and narrowed by filters before it is awaited (`let query =
supabase.from("t").select("*"); if (month) query = query.eq("month", month); const { data } = await
query`) answers its rows as one awaited in place does (fields destructured out of a row are not rows).
The records may come through locals (also one declared empty or `null` and filled inside a transaction's
callback or in each branch: `let updated; await db.transaction().execute(async (trx) => { updated = await
trx...returningAll()... })`), what a transaction's callback returns (`const saved = await db.$transaction(async
(tx) => { const row = await tx.reply.create(...); ...; return row })`), Prisma's batch form answering each
query's result (`return db.$transaction([db.x.count(), db.x.findMany()])`), a Kysely builder kept in a local
and run by `db.executeQuery(query)` or by its own `query.execute()` (narrowed on the way by `query =
query.where(...)`; not one a later step gives columns, `query = query.select(["id"])`), a project helper (`return
getChatsByUserId(id)`) or the callback a wrapper runs and hands back (`return withAuth(async ({ org }) =>
db.member.findMany(...))`, also a wrapper answering the transaction it runs the callback in, `return
db.transaction(async (tx) => fn(tx))`, and a helper a wrapper made, `export const listNotes = withTeamAuth(async (user,
supabase, team) => ...)` called `listNotes(slug)`). A Supabase relation embedded with every column (`profiles
(*)`) spread into each mapped row (`seats.map((s) => ({ ...s.profiles, joined_at: s.joined_at }))`) is
that relation's whole record, and so is the part a Drizzle select files a queried table under
(`{ ...result.report }`, `row.client` of `db.select({ report: reports, client: clients })`).
Rows of a read started first and awaited in `Promise.all([rowsPromise, countPromise])` are its rows.
A Mongoose document joined into text (`"Saved: " + member`, `${member}`) is printed whole by its `toString()`
(a plain row, Prisma's or SQL's, joins as "[object Object]" and is not flagged).

## Why is this bad?
Records carry more than the page needs: password hashes, tokens, emails, internal
flags. Everything an action returns is serialised to the browser (CWE-213).

## Example
```ts
"use server";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";

export async function getMe() {
  const session = await requireUser();
  const user = await db.user.findUnique({ where: { id: session.id } });
  return user;
}
```

## Use instead
```ts
"use server";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";

export async function getMe() {
  const session = await requireUser();
  return db.user.findUnique({
    where: { id: session.id },
    select: { id: true, name: true, image: true },
  });
}
```

## Not flagged
A block's own local of the same name as a whole record (`if (isPatient) { const me = await Patient.findById(id)
.select("name"); return me }` beside the function's `const me = await Staff.findById(id)`): the projected one is
returned there.
Explicit `select`/`columns`/projections (also on writes: `returning({ id })`, `.select("id")`), writes
that answer a count (`updateMany`), mapping records to new objects of chosen
fields (also in a promise chain, `.findMany(...).then((rows) => rows.map(serializeRow))`),
returning only ids, booleans or counts, a Drizzle `db.select().from(sub)` over a subquery whose queries each
chose their columns (`a.unionAll(b).as("t")`, `q.as("t")`, a `$with` CTE), a record spread with its secret
column blanked or masked after
it (`{ ...row, config: sanitizedConfig }`, `{ ...row, cipherText: undefined }`; the model's known secret
column, when the schema has one, among those), a mongoose `aggregate` whose pipeline, written out, ends in a
`$group`, `$project` or `$count` stage (no `$$ROOT` kept, no `$lookup` after it), the `error` a query
answered beside its rows
(`const { data, error } = ...; res.json({ data: null, error })`), rows answered only where they are null
(`if (data === null) res.status(500).json({ data, error })`), one field of a whole record (`const userRole =
memberEntry.role`, the record itself read only for the caller's membership check).
A helper's tagged result returned only for the
tags that carry no record (`if (loaded.status !== "loaded") return loaded`, where only the
`{ status: "loaded", video }` variant holds the row; also a helper's built response returned only
under `if (res.status !== 200) return res`, when only its 200 answer holds the record), or a value
handed back under an error type guard (`if (isServiceError(ctx)) return ctx`: only its failure
variant), or under a test that holds only for a failure (`if ("error" in context) return context`, `if
(context.error)`, `if (!outcome.ok)`: a loader answering `{ error }` or the loaded context).
Development helpers whose first statement answers every production request
(`if (process.env.NODE_ENV !== "development") return 403`).

## Confidence
High when the model is known (from the Prisma schema of the file's project: `prisma/schema.prisma`, a split
`prisma/schema/*.prisma` folder or the location package.json or prisma.config.ts declares, the nearest project's
winning in a monorepo; Drizzle table definitions, Mongoose schemas or MikroORM/TypeORM entity classes in the repo;
`hidden: true` properties excepted) to hold a sensitive field
(password, hash, token, secret, apiKey …; a hash of content such as `content_hash` or `blurHash` is
no secret), medium otherwise. Returning users their own
full record is still reported: a password hash sent to its owner is still a leak.

## References
- https://cwe.mitre.org/data/definitions/213.html
- https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from tree_sitter import Node

from checks.analysis import deployment
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import DbOp, chain_calls, object_keys, sql_text, supabase_star
from checks.analysis.entry_points import param_type_declares
from checks.analysis.flow import Flow, identifiers, response_status
from checks.analysis.model_secrets import chosen_view, prisma_models, relation_target, sensitive_field
from checks.analysis.module import Function, Module
from checks.analysis.schemas import drizzle_joined_tables
from checks.analysis.sdk_clients import sdk_client_op
from checks.context import FileContext
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint
from checks.rules._describe import sink as sink_name

META = RuleMeta(
    id="excessive-data-exposure",
    title="Whole database records returned to the client",
    severity=Severity.WARNING,
    confidence=Confidence.MEDIUM,
    cwe=(213,),
    owasp=("API3:2023",),
    messages={
        "whole_record": "{endpoint} returns whole `{model}` records from `{sink}` without choosing fields",
        "whole_record_sensitive": "{endpoint} returns whole `{model}` records from `{sink}`, including sensitive "
        "field `{field}`",
    },
    help="Select only the fields the client needs (`select: { id: true, name: true }`) or map records to a new "
    "object before returning them.",
    abuse="Anyone who can call the endpoint receives every column of the record, such as password hashes or tokens.",
    references=("https://cwe.mitre.org/data/definitions/213.html",),
)
_RESPONSE = re.compile(r"^(NextResponse|Response)\.json$|^res\.(json|send)$|^res\.status\(\)\.(json|send)$|^json$")


def _root_of(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def _other_declaration(src: bytes, fn: Node, node: Node, op: DbOp) -> bool:
    """``node`` names a local declared more than once in ``fn`` (a block's own `const me` beside the
    function's), and the declaration it sees is not the one that holds ``op``'s records."""
    name = sx.text(src, node)
    decls = [
        d
        for d in sx.find(fn, ("variable_declarator",), into_functions=False)
        if sx.text(src, d.child_by_field_name("name")) == name
    ]
    if len(decls) < 2 or _root_of(op.call).id != _root_of(fn).id or not sx.contains(fn, op.call):
        return False  # (an op read in a helper's file: judged by the name alone, as before)
    at: Node | None = node.parent
    while at is not None and at != fn:
        if at.type == "statement_block":
            for d in decls:
                statement = d.parent
                if statement is not None and statement.parent == at and d.start_byte < node.start_byte:
                    value = d.child_by_field_name("value")
                    return value is not None and not sx.contains(value, op.call)
        at = at.parent
    return False


def _record_in(
    ctx: FileContext, flow: Flow, value: Node | None, depth: int = 0, mod: Module | None = None
) -> tuple[DbOp, Node] | None:
    """The unprojected DB read whose whole records ``value`` carries, if any (``mod``: the
    module ``flow`` belongs to, when following a project helper into another file)."""
    mod = mod or ctx.module
    src = mod.src
    node = sx.unwrap(value)
    if node is None or depth > 6:
        return None
    t = node.type
    if t in ("identifier", "shorthand_property_identifier"):
        op = flow.records.get(sx.text(src, node))
        if op is not None and _other_declaration(src, flow.fn.node, node, op):
            return None  # `if (...) { const me = ...select(...); return me }`: a block's own `me`, not the record
        if op is not None and _answer_metadata(src, flow, sx.text(src, node)):
            return None  # `const { data, error } = await supabase.from(t).select()`: the `error`, not rows
        if op is not None:
            bound = _local_value(src, flow, sx.text(src, node))
            if _one_field(src, bound):
                return None  # `const userRole = memberEntry.role`: a field of the record, not the record
            if _fields_only(src, flow.fn.node, sx.text(src, node), set(flow.records)):
                return None  # `let refunded = 0; ... refunded = payment.cents`: a field, not the record
            chain = sx.unwrap(bound)
            if chain is not None and chain.type == "call_expression" and _mapped_on_the_way(src, chain, op.call):
                return None  # `await db.row.findMany(...).then((rows) => rows.map(serialize))`
            if not op.whole_rows:
                op = _whole_relation_selected(ctx, mod, op)  # (a relation loaded whole inside the selection)
            return (op, node) if op is not None else None
        # `const user = await getUserById(id)`: a local bound to a project helper's records
        decl = _local_value(src, flow, sx.text(src, node))
        call = sx.unwrap(decl)
        narrowed = _narrowing(src, node)
        helper = call is not None and call.type == "call_expression" and ctx.analyzer.target(mod, call) is not None
        if narrowed is not None and call is not None and helper:
            # `if (loaded.status !== "loaded") return loaded`: only the other variants are returned
            return _helper_records(ctx, mod, call, depth + 1, narrowed)
        if call is not None and call.type in ("object", "array") and not call.named_children:
            # an empty container filled later holds what was put in: `const out = {}; ... out[t] = { rows:
            # data }` (filed under its keys), `const all = []; ... all.push(...rows)` (pushed into it)
            fill = _keyed_stores if call.type == "object" else _pushed_values
            for put in fill(src, flow.fn.node, sx.text(src, node)):
                found = _record_in(ctx, flow, put, depth + 1, mod)
                if found is not None:
                    return found
            return None
        if decl is not None and decl.type not in ("null", "undefined"):
            return _record_in(ctx, flow, decl, depth + 1, mod)
        related = _destructured_relation(ctx, src, flow, sx.text(src, node))
        if related is not None:
            return (related, node)  # `const { user, ...session } = row` of `include: { user: true }`
        keyed = _destructured_helper_key(ctx, mod, flow, sx.text(src, node))
        if keyed is not None:
            # `const { revision, run } = await createRun(...)`, the helper answering `{ revision, run }`
            # of two `.returning()` rows: each key it files a whole row under is that row
            return _helper_field_records(ctx, mod, keyed[0], keyed[1], depth + 1)
        # `let comment = null` (or `let comment;`) filled in each branch, also inside a transaction's
        # callback (`comment = await tx.comment.create(...)`): the records on whichever way ran
        for filled in _assigned_values(src, flow.fn.node, sx.text(src, node)):
            found = _record_in(ctx, flow, filled, depth + 1, mod)
            if found is not None:
                return found
        return None
    if t == "member_expression":
        prop = sx.text(src, node.child_by_field_name("property"))
        admin = _auth_admin_users(src, flow, node, prop)
        if admin is not None:
            return admin
        if prop in ("rows", "data", "recordset"):
            # (a part of the node itself: no step further away, as an operand below is not)
            return _record_in(ctx, flow, node.child_by_field_name("object"), depth, mod)
        if prop == "_doc":
            # `{ ...user._doc }`: Mongoose's own field bag of a document, every field (as `toObject()`)
            return _record_in(ctx, flow, node.child_by_field_name("object"), depth + 1, mod)
        holder = sx.unwrap(node.child_by_field_name("object"))
        loaded = flow.records.get(sx.text(src, holder)) if holder is not None and holder.type == "identifier" else None
        related = _included_relation(ctx, src, loaded, prop) if loaded is not None else None
        if related is not None:
            return (related, node)  # `...member.user` of `include: { user: true }`: the related record, whole
        # `link.response` of `const link = await getLinkById(id)`, the helper answering
        # `{ response: row, status: 200 }`: the field its returned object fills with records
        obj = sx.unwrap(node.child_by_field_name("object"))
        call = (
            sx.unwrap(_local_value(src, flow, sx.text(src, obj)))
            if obj is not None and obj.type == "identifier"
            else None
        )
        if call is not None and call.type == "call_expression":
            found = _helper_field_records(ctx, mod, call, prop, depth + 1)
            if found is not None:
                return found
        if obj is not None and obj.type == "identifier":
            # `joined?.users` of `db.select().from(users).innerJoin(accounts, ...)`: drizzle keys each
            # joined row by table, the part under `users` is the whole users row
            held = _record_in(ctx, flow, obj, depth + 1, mod)
            if held is not None and prop in drizzle_joined_tables(ctx.analyzer.program, mod, held[0]):
                return (replace(held[0], model=prop), held[1])
            # `result.report` of `db.select({ report: reports, client: clients })`: the key the select
            # files a queried table under holds that table's whole row
            table = _drizzle_key_table(src, held[0], prop) if held is not None else None
            if held is not None and table is not None:
                return (replace(held[0], model=table), held[1])
        return None
    if t == "subscript_expression":  # `result.rows[0]`
        index = node.child_by_field_name("index")
        if index is not None and index.type == "number":
            return _record_in(ctx, flow, node.child_by_field_name("object"), depth, mod)
        return None
    if t == "call_expression":
        callee = sx.callee_name(src, node)
        if _RESPONSE.match(callee):
            args = sx.call_args(node)
            return _record_in(ctx, flow, args[0], depth + 1, mod) if args else None
        if callee.endswith((".toObject", ".toJSON")):
            # a Mongoose document turned into a plain object: still every field
            fn = sx.strip_types(node.child_by_field_name("function"))
            obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
            if obj is not None and obj.type == "identifier":
                return _record_in(ctx, flow, obj, depth + 1, mod)
            return None
        if callee.endswith(".save") and not sx.call_args(node):
            # `const saved = await doc.save()`: Mongoose answers the document it saved, every field of it
            fn = sx.strip_types(node.child_by_field_name("function"))
            obj = (
                sx.unwrap(fn.child_by_field_name("object"))
                if fn is not None and fn.type == "member_expression"
                else None
            )
            held = _record_in(ctx, flow, obj, depth + 1, mod) if obj is not None and obj.type == "identifier" else None
            if held is not None and held[0].api == "mongoose":
                return held
        if callee.endswith(".data") and not sx.call_args(node):
            # Firestore `snap.data()` (also `found.docs[0].data()`): every field of the document read
            fn = sx.strip_types(node.child_by_field_name("function"))
            obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
            return _firestore_snapshot(ctx, flow, obj, depth, mod)
        # (`(data ?? []).map(...)`: a map of a fallback list, whose dotted name is the bare `map`)
        callee_fn = sx.strip_types(node.child_by_field_name("function"))
        if callee == "map" and callee_fn is not None and callee_fn.type == "member_expression":
            callee = ".map"
        spread = _spread_rows_of(src, node, _named_callback(ctx, mod, node)) if callee.endswith(".map") else None
        if spread is not None:  # `data.map((row) => ({ ...row, tags }))`: each whole row, and more
            return _record_in(ctx, flow, spread, depth + 1, mod)
        picked = _picked_part(src, node) if callee.endswith(".map") else None
        if picked is not None:  # `rows.map((row) => row.users)` of a drizzle join: each whole users row
            held = _record_in(ctx, flow, picked[0], depth + 1, mod)
            if held is not None and picked[1] in drizzle_joined_tables(ctx.analyzer.program, mod, held[0]):
                return (replace(held[0], model=picked[1]), held[1])
            # `data.map((item) => item.sops)` of `select("sop_id, sops (*)")`: each embedded row, whole
            if held is not None and picked[1] in _starred_relations(src, held[0]):
                return (replace(held[0], model=picked[1]), held[1])
        spread_rel = _spread_relation_of(src, node) if callee.endswith(".map") else None
        if spread_rel is not None:  # `seats.map((s) => ({ ...s.profiles, joined_at }))` of `profiles (*)`
            held = _record_in(ctx, flow, spread_rel[0], depth + 1, mod)
            if held is not None and spread_rel[1] in _starred_relations(src, held[0]):
                return (replace(held[0], model=spread_rel[1]), held[1])
        plain = _plain_objects_of(src, node) if callee.endswith(".map") else None
        if plain is not None:  # `docs.map((doc) => doc.toObject())`: each whole document
            return _record_in(ctx, flow, plain, depth + 1, mod)
        snapshots = _plain_objects_of(src, node, (".data",)) if callee.endswith(".map") else None
        if snapshots is not None:  # `snap.docs.map((d) => d.data())`: each Firestore document, whole
            return _firestore_snapshot(ctx, flow, snapshots, depth, mod)
        spread_docs = _spread_documents_of(src, node) if callee.endswith(".map") else None
        if spread_docs is not None:  # `snap.docs.map((d) => ({ id: d.id, ...d.data() }))`: the same, and its id
            return _firestore_snapshot(ctx, flow, spread_docs, depth, mod)
        if callee.endswith((".map", ".toString")):
            return None
        if sx.last_name(callee) == "executeQuery":
            # Kysely `await db.executeQuery(query)`: the rows of the builder it runs
            args = sx.call_args(node)
            built = _executed_query(src, flow, args[0]) if args else None
            op = _chain_read(ctx, mod, built) if built is not None else None
            return (op, node) if op is not None else None
        if sx.last_name(callee) in _BUILDER_RUNS and callee_fn is not None and callee_fn.type == "member_expression":
            # `let q = db.selectFrom(t).selectAll(); if (x) q = q.where(...); await q.execute()`: the rows of
            # the builder kept in the local, as one run in place
            local = sx.unwrap(callee_fn.child_by_field_name("object"))
            built = _executed_query(src, flow, local) if local is not None and local.type == "identifier" else None
            op = _chain_read(ctx, mod, built) if built is not None else None
            if op is not None:
                return (op, node)
        op = _chain_read(ctx, mod, node)
        if op is not None:
            return (op, node)
        if sx.last_name(callee) in _SUBSET_METHODS and callee_fn is not None and callee_fn.type == "member_expression":
            # `rows.filter((r) => r.open)`, `rows.slice(0, 10)`, `rows.find(...)`: fewer rows (or one),
            # each still whole (a query builder's own `.filter(...)` was read as a chain above)
            return _record_in(ctx, flow, callee_fn.child_by_field_name("object"), depth + 1, mod)
        if _runs_transaction(src, callee):
            # `await db.$transaction(async (tx) => { const row = await tx.x.create(...); return row })`:
            # the transaction answers what its callback returns
            return _transaction_records(ctx, flow, mod, node, depth)
        if callee in _GROUPINGS:
            # `groupBy(rows, (r) => r.month)`, `Object.groupBy(...)`, lodash `_.keyBy(...)`: the same rows,
            # each whole, filed under keys
            args = sx.call_args(node)
            return _record_in(ctx, flow, args[0], depth + 1, mod) if args else None
        if callee in _WHOLE_COPIES:  # `JSON.parse(JSON.stringify(doc))`, `superjson.serialize(row)`
            args = sx.call_args(node)
            return _record_in(ctx, flow, args[0], depth + 1, mod) if args else None
        if callee == "Promise.all":
            # `Promise.all(rows.map(async (row) => ({ ...row, x })))` (not a list of unrelated calls, whose
            # results a destructuring pattern takes apart one by one)
            args = sx.call_args(node)
            rows = sx.unwrap(args[0]) if args else None
            # (`Promise.all((rows || []).map(...))`: a fallback list's map, whose dotted name is the bare `map`)
            mapped = (
                rows is not None
                and rows.type == "call_expression"
                and sx.last_name(sx.callee_name(src, rows)) == "map"
                and getattr(sx.strip_types(rows.child_by_field_name("function")), "type", None) == "member_expression"
            )
            return _record_in(ctx, flow, rows, depth + 1, mod) if mapped else None
        found = _helper_records(ctx, mod, node, depth)
        if found is None:
            # `withAuthors(rows)`: a project helper that hands its argument's rows back spread whole
            passed = _passed_through(ctx, mod, node, depth)
            # (no step further away: the argument is a part of the call, handed back as it is, so a
            # serializer wrapped around a service's spread row, `serializeDates({ ...row, x })`, costs nothing)
            found = _record_in(ctx, flow, passed, depth, mod) if passed is not None else None
        return found
    if t == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) == "&&":
        # `found.rows.length && found.rows[0]`: the records whenever the test passes
        return _record_in(ctx, flow, node.child_by_field_name("right"), depth, mod)
    if t == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) in ("??", "||"):
        # `return data ?? []`, `rows[0] ?? null`: the records whenever there are any
        return _record_in(ctx, flow, node.child_by_field_name("left"), depth, mod) or _record_in(
            ctx, flow, node.child_by_field_name("right"), depth, mod
        )
    if t == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) == "+":
        # `"Saved: " + member`: a Mongoose document joined into text prints every field (its `toString()`)
        return _printed_document(
            ctx, flow, [node.child_by_field_name("left"), node.child_by_field_name("right")], depth, mod
        )
    if t == "template_string":  # `${member}`, the same
        parts = [c.named_children[0] for c in node.children if c.type == "template_substitution" and c.named_children]
        return _printed_document(ctx, flow, parts, depth, mod)
    if t == "ternary_expression":  # `return deleted ? serialise(deleted) : null`: the records on one branch
        return _record_in(ctx, flow, node.child_by_field_name("consequence"), depth + 1, mod) or _record_in(
            ctx, flow, node.child_by_field_name("alternative"), depth + 1, mod
        )
    if t == "new_expression":  # new Response(JSON.stringify(user))
        new_args = node.child_by_field_name("arguments")
        first = new_args.named_children[0] if new_args is not None and new_args.named_children else None
        return _record_in(ctx, flow, first, depth + 1, mod)
    if t == "object":
        for child in node.named_children:
            target = None
            if child.type == "shorthand_property_identifier":
                target = child
            elif child.type == "pair":
                target = child.child_by_field_name("value")
            elif child.type == "spread_element" and child.named_children:
                target = child.named_children[0]
            found = _record_in(ctx, flow, target, depth + 1, mod) if target is not None else None
            if found and child.type == "spread_element" and _secrets_overridden(ctx, node, found[0]):
                continue  # `{ ...row, config: sanitizedConfig }`: the secret column replaced on the way out
            if found:
                return found
    if t == "array":
        for child in node.named_children:
            if child.type == "spread_element" and child.named_children:
                child = child.named_children[0]  # `[...shared, ...mine]`: each list's rows
            found = _record_in(ctx, flow, child, depth + 1, mod)
            if found:
                return found
    return None


def _printed_document(
    ctx: FileContext, flow: Flow, parts: Sequence[Node | None], depth: int, mod: Module
) -> tuple[DbOp, Node] | None:
    """A whole Mongoose document among the parts of a text: its `toString()` prints every field (a plain
    row, Prisma's or SQL's, prints "[object Object]"; a chosen field is that field)."""
    for part in parts:
        found = _record_in(ctx, flow, part, depth + 1, mod)
        if found is not None and found[0].api == "mongoose":
            return found
    return None


_RELATION_TYPE = re.compile(r"^\s*(\w+)\s+(\w+)", re.M)


def _included_relation(ctx: FileContext, src: bytes, op: DbOp, prop: str) -> DbOp | None:
    """A Prisma read that loads the relation ``prop`` whole (`include: { user: true }`, or `select: {
    user: true }` when the schema's `user User @relation(...)` line names a model, or `user: { where }` with
    no `select`/`omit` of its own): that relation's read, named for its model (else the relation's name)."""
    if op.api != "prisma" or op.kind != "read":
        return None
    for arg in op.args:
        keys = object_keys(src, arg)
        for part in ("include", "select"):
            value = sx.strip_types(object_keys(src, keys.get(part)).get(prop))
            if value is None:
                continue
            if value.type != "true" and (value.type != "object" or {"select", "omit"} & set(object_keys(src, value))):
                continue
            models = prisma_models(ctx.analyzer.program, ctx.path)
            declared = next(
                (m.group(2) for m in _RELATION_TYPE.finditer(models.get(op.model.lower(), "")) if m.group(1) == prop),
                None,
            )
            if declared is not None and declared.lower() in models:
                return replace(op, model=declared)
            if part == "include" and declared is None:
                return replace(op, model=prop)  # (only relations are included; a column is selected)
    return None


def _destructured_relation(ctx: FileContext, src: bytes, flow: Flow, name: str) -> DbOp | None:
    """The read of the relation ``name`` is destructured as out of a record that loaded it whole (`const {
    user, ...session } = result` of `findUnique({ ..., include: { user: true } })`): the related record."""
    for decl in sx.find(flow.fn.node, ("variable_declarator",)):
        pattern = decl.child_by_field_name("name")
        value = sx.unwrap(decl.child_by_field_name("value"))
        if pattern is None or pattern.type != "object_pattern" or value is None or value.type != "identifier":
            continue
        op = flow.records.get(sx.text(src, value))
        if op is None:
            continue
        for part in pattern.named_children:
            if part.type == "shorthand_property_identifier_pattern":
                key = sx.text(src, part)
            elif part.type == "pair_pattern":
                key = sx.text(src, part.child_by_field_name("key"))
            else:
                continue
            if key and name in sx.names_bound_to(src, pattern, key):
                return _included_relation(ctx, src, op, key)
    return None


def _included_secret(ctx: FileContext, op: DbOp) -> str | None:
    """A secret a Prisma call's `include` brings along whole (`include: { staff: true }` of a booking, the
    staff member's row holding `passwordHash`): `staff.passwordHash`. One level; a relation whose fields are
    chosen (`staff: { select: {...} }`) brings only those."""
    if op.api != "prisma" or not op.model:
        return None
    program = ctx.analyzer.program
    for arg in sx.call_args(op.call):
        included = object_keys(ctx.src, object_keys(ctx.src, arg).get("include"))
        for prop, node in included.items():
            value = sx.strip_types(node)
            if value is None or (
                value.type != "true"
                and (value.type != "object" or {"select", "omit"} & set(object_keys(ctx.src, value)))
            ):
                continue
            target = relation_target(program, op.model, prop, ctx.path)
            field = sensitive_field(program, target, ctx.path) if target else None
            if field:
                return f"{prop}.{field}"
    return None


# What a value that stands in for a secret column is called: `sanitizedConfig`, `maskKey(row.key)`
_MASKED = re.compile(r"(?i)saniti[sz]|mask|redact|scrub|obfuscat|censor|hidden|^safe|public")
_MASK_TEXT = re.compile(
    r"(?i)^.\s*(?:\*{3}|\u2022|\[(?:encrypted|redacted|hidden|masked)\]|(?:redacted|hidden|masked)\b)"
)


def _secrets_overridden(ctx: FileContext, obj: Node, op: DbOp) -> bool:
    """`{ ...row, encryptedValue: undefined }`, `{ ...row, config: sanitizedConfig }`: the object
    spreads the record, then blanks or masks columns after it (a deny-list), and the model's known
    secret column (from the repo's schemas), if it has one, is among them."""
    src = ctx.src
    hidden: set[str] = set()
    spread_seen = False
    for child in obj.named_children:
        if child.type == "spread_element":
            spread_seen = True
            continue
        if not spread_seen or child.type != "pair":
            continue
        key = sx.text(src, child.child_by_field_name("key")).strip("'\"")
        value = sx.strip_types(child.child_by_field_name("value"))
        if value is None:
            continue
        if value.type in ("undefined", "null") or (value.type == "string" and _MASK_TEXT.search(sx.text(src, value))):
            hidden.add(key)  # blanked, or a placeholder: `"[ENCRYPTED]"`, `"********"`
        elif value.type in ("identifier", "call_expression"):
            name = sx.text(src, value) if value.type == "identifier" else sx.last_name(sx.callee_name(src, value))
            if _MASKED.search(name):
                hidden.add(key)
    if not hidden:
        return False
    field = sensitive_field(ctx.analyzer.program, op.model, ctx.path) if op.model else None
    return field is None or field in hidden


# What a query's answer holds beside its rows (supabase `{ data, error, count, status }`).
_ANSWER_METADATA = frozenset({"error", "count", "status", "statusText"})


def _answer_metadata(src: bytes, flow: Flow, name: str) -> bool:
    """``name`` is destructured from a query's answer under one of its metadata keys (`{ error }`,
    `{ error: fetchError }`), not under the rows."""
    for pattern in sx.find(flow.fn.node, ("object_pattern",)):
        for prop in pattern.named_children:
            if prop.type == "shorthand_property_identifier_pattern" and sx.text(src, prop) == name:
                return name in _ANSWER_METADATA
            if prop.type == "pair_pattern" and sx.text(src, prop.child_by_field_name("value")) == name:
                return sx.text(src, prop.child_by_field_name("key")) in _ANSWER_METADATA
    return False


def _named_callback(ctx: FileContext, mod: Module, call: Node) -> Function | None:
    """`docs.map(serializeDoc)`: the project function a map is handed by name."""
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if cb is None or cb.type != "identifier":
        return None
    return ctx.analyzer.program.resolve_function(mod, sx.text(mod.src, cb))


def _spread_rows_of(src: bytes, call: Node, named: Function | None = None) -> Node | None:
    """`rows.map((row) => ({ ...row, extra }))`: the list whose elements the callback spreads whole
    into what it returns (its receiver); None for a map that picks fields. ``named``: the project
    function handed by name (`rows.map(serializeDoc)`), read in its own module."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if named is not None:
        src, cb = named.module.src, named.node
    if fn is None or fn.type != "member_expression" or cb is None or not sx.is_function(cb):
        return None
    params = set(sx.param_names(src, cb))
    body = sx.unwrap(cb.child_by_field_name("body"))
    answers = [body]
    if body is not None and body.type == "statement_block":
        # `function serializeDoc(doc) { return { ...doc, _id: String(doc._id) }; }`: its answers (one, or
        # one per branch: `try { return { ...doc, author } } catch { return { ...doc, author: null } }`)
        rets = [r for r in sx.find(body, ("return_statement",), False) if r.named_children]
        answers = [sx.unwrap(r.named_children[0]) for r in rets]
        params |= _rest_copies(src, body, params)
    whole = _whole_params(src, cb)
    if not answers or not all(
        a is not None and a.type == "object" and _spreads(src, a, params, whole) for a in answers
    ):
        return None
    return fn.child_by_field_name("object")


def _spread_relation_of(src: bytes, call: Node) -> tuple[Node, str] | None:
    """`rows.map((row) => ({ ...row.profiles, joined_at: row.created_at }))` (also `const p = row.profiles;
    return { ...p, joined_at }`): the list mapped and the key of each element whose value is spread whole."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if fn is None or fn.type != "member_expression" or cb is None or not sx.is_function(cb):
        return None
    params = sx.param_names(src, cb)
    body = sx.unwrap(cb.child_by_field_name("body"))
    if body is None or len(params) != 1:
        return None
    held: dict[str, Node] = {}
    answer: Node | None = body
    if body.type == "statement_block":
        rets = [r for r in sx.find(body, ("return_statement",), False) if r.named_children]
        answer = sx.unwrap(rets[0].named_children[0]) if len(rets) == 1 else None
        for d in sx.find(body, ("variable_declarator",), False):
            name, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
            if name is not None and name.type == "identifier" and value is not None:
                held[sx.text(src, name)] = value
    if answer is None or answer.type != "object":
        return None
    for child in answer.named_children:
        inner = (
            sx.strip_types(child.named_children[0]) if child.type == "spread_element" and child.named_children else None
        )
        if inner is not None and inner.type == "identifier":
            inner = held.get(sx.text(src, inner))
        obj = (
            sx.unwrap(inner.child_by_field_name("object"))
            if inner is not None and inner.type == "member_expression"
            else None
        )
        receiver = fn.child_by_field_name("object")
        if inner is not None and obj is not None and obj.type == "identifier" and sx.text(src, obj) == params[0]:
            return (receiver, sx.text(src, inner.child_by_field_name("property"))) if receiver is not None else None
    return None


# an embedded relation of a Supabase select string that takes every column: `profiles (*)`,
# `author:author_id (*)`, `owner:profiles!owner_id(*)`
_STARRED_RELATION = re.compile(r"(?:^|[,(])\s*([\w!:]+)\s*\(\s*\*\s*\)")


def _starred_relations(src: bytes, op: DbOp) -> set[str]:
    """The names (relation, alias) a Supabase read's select string embeds with every column."""
    if op.api != "supabase" or op.call is None:
        return set()
    args = sx.call_args(op.call)
    sel = sx.string_value(src, args[0]) if args else None
    out: set[str] = set()
    for m in _STARRED_RELATION.finditer(sel or ""):
        out |= {p for p in re.split(r"[!:]", m.group(1)) if p}
    return out


def _rest_copies(src: bytes, body: Node, params: set[str]) -> set[str]:
    """`const { ...rest } = row` or `const { tags, ...rest } = row` in a callback's body: the row again,
    but for the keys named before the rest (not when one of them is a secret: `const { password, ...safe }
    = user` is how a row is cleaned)."""
    out: set[str] = set()
    for d in sx.find(body, ("variable_declarator",), False):
        pattern, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if pattern is None or pattern.type != "object_pattern" or value is None or value.type != "identifier":
            continue
        if sx.text(src, value) not in params:
            continue
        rest = [c for c in pattern.named_children if c.type == "rest_pattern"]
        named = [sx.text(src, c).split(":")[0].split("=")[0].strip() for c in pattern.named_children if c not in rest]
        inner = rest[0].named_children[0] if len(rest) == 1 and rest[0].named_children else None
        if inner is None or inner.type != "identifier" or any(vocab.SENSITIVE_FIELD.search(k) for k in named):
            continue
        out.add(sx.text(src, inner))
    return out


def _whole_params(src: bytes, fn: Node) -> set[str]:
    """The parameter of a callback that binds the whole element (`(post) =>`, `row` of `function (row, i)`),
    if any: not the index after it, nor the fields a destructuring pattern takes out (`({ id, name }) =>`)."""
    single = fn.child_by_field_name("parameter")
    if single is not None:
        return {sx.text(src, single)}
    params = fn.child_by_field_name("parameters")
    first = next((p for p in params.named_children if p.type != "comment"), None) if params is not None else None
    pattern = first.child_by_field_name("pattern") if first is not None and first.type != "identifier" else first
    return {sx.text(src, pattern)} if pattern is not None and pattern.type == "identifier" else set()


def _spreads(src: bytes, obj: Node, params: set[str], whole: set[str] | None = None) -> bool:
    """The object literal spreads one of ``params`` whole (`{ ...row, extra }`), or files one of ``whole``
    (the parameters binding a whole element) under a key (`{ post, score }`, `{ entry: row }`): either way
    the row goes out with every field."""
    for child in obj.named_children:
        if whole and child.type == "shorthand_property_identifier" and sx.text(src, child) in whole:
            return True
        value = sx.unwrap(child.child_by_field_name("value")) if whole and child.type == "pair" else None
        if value is not None and value.type == "identifier" and sx.text(src, value) in (whole or ()):
            return True
        inner = (
            sx.strip_types(child.named_children[0]) if child.type == "spread_element" and child.named_children else None
        )
        inner = _uncopied(src, inner)  # `{ ...JSON.parse(JSON.stringify(row)), x }`: the row, every field
        if inner is not None and inner.type == "identifier" and sx.text(src, inner) in params:
            return True
    return False


def _uncopied(src: bytes, node: Node | None) -> Node | None:
    """What a whole copy is made of (`JSON.parse(JSON.stringify(row))`, `structuredClone(row)`: ``row``)."""
    node = sx.unwrap(node)
    while node is not None and node.type == "call_expression" and sx.callee_name(src, node) in _WHOLE_COPIES:
        args = sx.call_args(node)
        node = sx.unwrap(args[0]) if args else None
    return node


_NULL_TEST = re.compile(r"^(?:!(\w+)|(\w+)===?(?:null|undefined)|isNull\((\w+)\))$")


def _null_branch(src: bytes, at: Node, names: set[str]) -> bool:
    """``at`` runs only where one of ``names`` holds nothing: inside `if (data === null)`, `if (!data)`,
    `if (isNull(data))` (an answer carrying `data` there carries no record)."""
    child, p = at, at.parent
    while p is not None and not sx.is_function(p):
        if p.type == "if_statement" and p.child_by_field_name("consequence") == child:
            cond = sx.unwrap(p.child_by_field_name("condition"))
            m = _NULL_TEST.match(sx.text(src, cond).replace(" ", "")) if cond is not None else None
            if m is not None and next(g for g in m.groups() if g) in names:
                return True
        child, p = p, p.parent
    return False


# Members that hold the records of a result rather than one field of a record.
_ROW_HOLDERS = frozenset({"rows", "data", "recordset", "records", "items", "results"})


# Methods of a text (or a number, a date): what they answer is made of the one value they are called on.
_TEXT_METHODS = frozenset(
    {
        "split",
        "trim",
        "trimStart",
        "trimEnd",
        "toLowerCase",
        "toUpperCase",
        "substring",
        "substr",
        "replace",
        "replaceAll",
        "padStart",
        "padEnd",
        "toString",
        "toFixed",
        "toISOString",
        "normalize",
    }
)


def _one_field(src: bytes, value: Node | None) -> bool:
    """``value`` reads one field of a record (`memberEntry.role`, `entries[0].role`), or a piece of
    text worked out of one (`row.cover_url.split(";")[1]`, `row.email.trim().toLowerCase()`)."""
    node = sx.unwrap(value)
    for _ in range(8):
        if node is None:
            return False
        inner = sx.unwrap(node.child_by_field_name("object")) if node.type == "subscript_expression" else None
        if inner is not None and inner.type == "call_expression" and _number_index(node):
            node = inner  # `.split(";")[1]` (not `user.posts[0]`: a related record)
            continue
        fn = sx.strip_types(node.child_by_field_name("function")) if node.type == "call_expression" else None
        if fn is not None and fn.type == "member_expression":
            if sx.text(src, fn.child_by_field_name("property")) not in _TEXT_METHODS:
                return False
            node = sx.unwrap(fn.child_by_field_name("object"))
            if node is not None and node.type != "member_expression":
                return False  # (`rows.toString()`: the records, as text)
            continue
        break
    if node is None or node.type != "member_expression":
        return False
    return sx.text(src, node.child_by_field_name("property")) not in _ROW_HOLDERS


def _number_index(node: Node) -> bool:
    index = node.child_by_field_name("index")
    return index is not None and index.type == "number"


def _chain_read(ctx: FileContext, mod: Module, call: Node) -> DbOp | None:
    """A whole-row read anywhere down a builder chain: `db.select().from(t).where(...)`."""
    node: Node | None = call
    for _ in range(8):
        if node is None or node.type != "call_expression":
            return None
        if _then_maps_rows(mod.src, node):
            return None  # `.findMany(...).then((rows) => rows.map(serialize))`: new objects, not the rows
        op = ctx.analyzer.classify(mod, node)
        if op is not None and node != op.call and _mapped_on_the_way(mod.src, node, op.call):
            return None
        if op is not None:
            if op.kind == "read":
                return op if op.whole_rows else _whole_relation_selected(ctx, mod, op)
            return op if _write_hands_back_whole(mod.src, op) else None
        fn = sx.strip_types(node.child_by_field_name("function"))
        is_member = fn is not None and fn.type == "member_expression"
        node = sx.unwrap(fn.child_by_field_name("object")) if fn is not None and is_member else None
    return None


# what a relation's entry in a Prisma `select` may hold besides the fields it picks
_RELATION_QUERY_KEYS = frozenset({"include", "where", "orderBy", "take", "skip", "cursor", "distinct"})


def _drizzle_key_table(src: bytes, op: DbOp, key: str) -> str | None:
    """The queried table a drizzle select files whole under ``key`` (`report` of `db.select({ report:
    reports }).from(reports)`), if any; not a key holding chosen columns (`{ report: { id: reports.id } }`)."""
    if op.api != "drizzle" or op.kind != "read":
        return None
    args = sx.call_args(op.call)
    fields = sx.unwrap(args[0]) if args else None
    if fields is None or fields.type != "object":
        return None
    tables = {
        sx.text(src, a[0])
        for m, c in chain_calls(op.chain, src)
        if m in ("from", "innerJoin", "leftJoin", "rightJoin", "fullJoin")
        for a in [sx.call_args(c)]
        if a
    }
    for child in fields.named_children:
        if child.type == "shorthand_property_identifier" and sx.text(src, child) == key and key in tables:
            return key
        if child.type != "pair" or sx.text(src, child.child_by_field_name("key")) != key:
            continue
        value = sx.strip_types(child.child_by_field_name("value"))
        if value is not None and value.type == "identifier" and sx.text(src, value) in tables:
            return sx.text(src, value)
    return None


def _whole_relation_selected(ctx: FileContext, mod: Module, op: DbOp) -> DbOp | None:
    """`select: { id: true, versions: { orderBy, include: { source: true } } }`: a relation entry of a
    Prisma `select` with query options but no `select`/`omit` of its own loads that relation's rows
    whole (and what they include), however few fields the top level picks. Also under a ternary
    (`versions: withHistory ? { include } : false`) and in nested selections."""
    if op.api != "prisma" or op.kind != "read" or not op.args:
        return None
    src = mod.src
    todo = [(op.model, object_keys(src, op.args[0]).get("select"), 0)]
    while todo:
        model, selection, depth = todo.pop()
        for key, raw in object_keys(src, selection).items():
            value = sx.strip_types(raw)
            if value is not None and value.type == "ternary_expression":
                branches = [value.child_by_field_name(f) for f in ("consequence", "alternative")]
            else:
                branches = [value]
            for branch in branches:
                branch = sx.strip_types(branch)
                keys = set(object_keys(src, branch)) if branch is not None and branch.type == "object" else set()
                if key == "_count" or not keys:
                    continue
                target = relation_target(ctx.analyzer.program, model, key, ctx.path) if model else None
                if "select" in keys and depth < 3:
                    todo.append((target or "", object_keys(src, branch).get("select"), depth + 1))
                elif not keys & {"select", "omit"} and keys & _RELATION_QUERY_KEYS:
                    return replace(op, model=_declared_model(ctx, model, key) or key, whole_rows=True)
    return None


def _declared_model(ctx: FileContext, model: str, field: str) -> str | None:
    """The model a Prisma relation field points to, as the schema spells it (`PersonVersion`)."""
    models = prisma_models(ctx.analyzer.program, ctx.path)
    for m in _RELATION_TYPE.finditer(models.get(model.lower(), "")):
        if m.group(1) == field and m.group(2).lower() in models:
            return m.group(2)
    return None


def _mapped_on_the_way(src: bytes, outer: Node, inner: Node) -> bool:
    """A `.then(...)` between the read ``inner`` and the chain's end ``outer`` maps the rows."""
    node: Node | None = outer
    while node is not None and node != inner and node.type == "call_expression":
        if _then_maps_rows(src, node):
            return True
        fn = sx.strip_types(node.child_by_field_name("function"))
        node = (
            sx.unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
        )
    return False


def _then_maps_rows(src: bytes, call: Node) -> bool:
    """`.then((rows) => rows.map(serializeRow))`: a callback whose answer maps each row of what it is
    handed (by a named serializer or a callback that picks fields, not one spreading the row)."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if fn is None or fn.type != "member_expression" or sx.text(src, fn.child_by_field_name("property")) != "then":
        return False
    if cb is None or not sx.is_function(cb):
        return False
    params = set(sx.param_names(src, cb))
    body = sx.unwrap(cb.child_by_field_name("body"))
    if body is not None and body.type == "statement_block":
        stmts = sx.statements(body)
        last = stmts[-1] if len(stmts) == 1 and stmts[0].type == "return_statement" else None
        body = sx.unwrap(last.named_children[0]) if last is not None and last.named_children else None
    if body is None or body.type != "call_expression" or not sx.callee_name(src, body).endswith(".map"):
        return False
    mapper = sx.strip_types(body.child_by_field_name("function"))
    receiver = sx.strip_types(mapper.child_by_field_name("object")) if mapper is not None else None
    return (
        receiver is not None
        and receiver.type == "identifier"
        and sx.text(src, receiver) in params
        and _spread_rows_of(src, body) is None
    )


# Prisma writes that answer with the written (or deleted) record (`createMany`/`updateMany`/`deleteMany`
# answer a count)
_PRISMA_RECORD_WRITES = frozenset({"create", "update", "upsert", "delete"})
_RETURNING_STAR = re.compile(r"(?i)\breturning\s+(?:\w+\.)?\*")


# Mongoose writes that answer with the document they wrote or removed (`updateOne`/`deleteMany` answer a
# result object)
_MONGOOSE_DOCUMENT_WRITES = frozenset(
    {
        "create",
        "findOneAndUpdate",
        "findByIdAndUpdate",
        "findOneAndDelete",
        "findByIdAndDelete",
        "findOneAndReplace",
        "findOneAndRemove",
        "findByIdAndRemove",
    }
)
_MONGOOSE_PROJECTIONS = frozenset({"projection", "select", "fields"})


def _mongoose_write_projected(src: bytes, op: DbOp) -> bool:
    """`findOneAndUpdate(filter, update, { projection })` or `... .select("name")`: fields chosen."""
    if any(m == "select" for m, _ in chain_calls(op.chain, src)):
        return True
    args = sx.call_args(op.call)
    return op.verb != "create" and any(_MONGOOSE_PROJECTIONS & set(object_keys(src, a)) for a in args[1:])


def _write_hands_back_whole(src: bytes, op: DbOp) -> bool:
    """A write that answers with every column of the rows it wrote: Prisma `create`/`update`/`upsert`
    without `select`/`omit`, Kysely `.returningAll()`, Drizzle `.returning()` with no columns, Knex `.returning("*")`,
    Supabase `.insert(x).select()` / `.select("*")`, SQL `... RETURNING *`."""
    if op.api == "prisma":
        return op.verb in _PRISMA_RECORD_WRITES and not op.projected
    if op.api == "sql":
        return bool(op.args) and bool(_RETURNING_STAR.search(sql_text(src, op.args[0])))
    if op.api == "mongoose":
        return op.verb in _MONGOOSE_DOCUMENT_WRITES and not _mongoose_write_projected(src, op)
    if op.api not in ("kysely", "drizzle", "supabase", "knex"):
        return False
    for method, call in chain_calls(op.chain, src):
        args = sx.call_args(call)
        if method == "returning" and op.api == "knex":
            # `.returning("*")`, `.returning(["*"])`: every column (`.returning(["id", "title"])` chooses)
            return any(_every_column(src, a) for a in args)
        if method == "returningAll" and op.api == "kysely":
            return True
        if method == "returning" and op.api == "drizzle":
            return not args
        if method == "select" and op.api == "supabase":
            sel = sx.string_value(src, args[0]) if args else None
            # (`.select(\`*, location:locations(id, name)\`)`: every column of the written row, and more)
            return not args or (sel is not None and supabase_star(sel))
    return False


def _every_column(src: bytes, node: Node) -> bool:
    node = sx.strip_types(node) or node
    if node.type == "array":
        return any(_every_column(src, e) for e in node.named_children)
    return (sx.string_value(src, node) or "").strip() == "*"


# Supabase Auth's admin API: the field of its `data` holding whole user objects, by the call answering it
_AUTH_ADMIN_USERS = {"users": ".auth.admin.listUsers", "user": ".auth.admin.getUserById"}


def _auth_admin_users(src: bytes, flow: Flow, node: Node, prop: str) -> tuple[DbOp, Node] | None:
    """`data.users` of `const { data } = await admin.auth.admin.listUsers()` (`res.data.users` of `const
    res = ...`; `data.user` of `getUserById(id)`): Supabase Auth's user objects whole, with their phone,
    metadata and identities, as a `select *` of `auth.users` would answer them."""
    method = _AUTH_ADMIN_USERS.get(prop)
    obj = sx.unwrap(node.child_by_field_name("object")) if method is not None else None
    whole = obj is not None and obj.type == "member_expression"  # (`res.data`: the answer bound whole)
    if obj is not None and whole:
        if sx.text(src, obj.child_by_field_name("property")) != "data":
            return None
        obj = sx.unwrap(obj.child_by_field_name("object"))
    if method is None or obj is None or obj.type != "identifier":
        return None
    name = sx.text(src, obj)
    for decl in sx.find(flow.fn.node, ("variable_declarator",)):
        pattern = decl.child_by_field_name("name")
        if pattern is None:
            continue
        if whole and (pattern.type != "identifier" or sx.text(src, pattern) != name):
            continue
        if not whole and name not in sx.names_bound_to(src, pattern, "data"):
            continue
        call = sx.unwrap(decl.child_by_field_name("value"))
        if call is not None and call.type == "call_expression" and sx.callee_name(src, call).endswith(method):
            return DbOp(
                "read", "auth.users", "supabase", call, call, [], [], False, True, method.rsplit(".", 1)[1]
            ), node
    return None


def _local_value(src: bytes, flow: Flow, name: str) -> Node | None:
    """The value of `const name = ...` / `const [name] = ...` in the function (not nested ones)."""
    for decl in sx.find(flow.fn.node, ("variable_declarator",)):
        pattern = decl.child_by_field_name("name")
        if pattern is None:
            continue
        if pattern.type == "array_pattern":
            names = [c for c in pattern.named_children if c.type == "identifier"]
            first = names[0] if names and pattern.named_children and pattern.named_children[0] == names[0] else None
            if first is None or sx.text(src, first) != name:
                continue
        elif pattern.type == "object_pattern":
            # `const { data } = await supabase.from(t).insert(x).select()`, `const { rows } = await pool.query(...)`
            # (also renamed: `const { data: created, error } = await supabase.from(t).insert(x).select().single()`)
            if not any(name in sx.names_bound_to(src, pattern, key) for key in ("data", "rows")):
                continue
        elif pattern.type != "identifier" or sx.text(src, pattern) != name:
            continue
        value = decl.child_by_field_name("value")
        if value is None and pattern.type == "identifier":
            # `let updated; await db.transaction().execute(async (trx) => { updated = await trx...; })`:
            # declared empty and filled once, also inside a callback the function runs
            return _only_assignment(src, flow.fn.node, name)
        return value
    return None


def _fields_only(src: bytes, scope: Node, name: str, records: set[str], depth: int = 0) -> bool:
    """Every value ``name`` is given below ``scope`` (its declaration, each `name = value`) is one
    field of a record (`payment.cents`), a literal or a name given only such values: what it holds is
    a value read off a record, not the record (`let amount = 0; if (paid) amount = payment.cents`)."""
    if depth > 3 or src.count(name.encode(), scope.start_byte, scope.end_byte) > 12:
        return False
    values: list[Node | None] = []
    for d in sx.find(scope, ("variable_declarator",)):
        pattern = d.child_by_field_name("name")
        if pattern is not None and pattern.type == "identifier" and sx.text(src, pattern) == name:
            values.append(d.child_by_field_name("value"))
    for a in sx.find(scope, ("assignment_expression",)):
        left = a.child_by_field_name("left")
        if left is not None and left.type == "identifier" and sx.text(src, left) == name:
            values.append(a.child_by_field_name("right"))
    if len(values) < 2:
        return False  # (one binding: the declaration's own test above decides)
    fields = False
    for value in values:
        node = sx.unwrap(value)
        if node is None or node.type in _LITERALS:
            continue
        if node.type == "identifier" and sx.text(src, node) in records:
            if not _fields_only(src, scope, sx.text(src, node), records, depth + 1):
                return False
        elif _one_field(src, node):
            pass  # `payment.cents`, `eligibility.refundAmountCents`: one field
        elif (
            node.type != "binary_expression" or sx.text(src, node.child_by_field_name("operator")) in ("??", "||", "&&")
        ) and (node.type != "call_expression" or sx.callee_name(src, node).split(".", 1)[0] != "Math"):
            return False  # (another name, `rows[0]`, `result.rows`: maybe the records themselves)
        else:
            continue  # `Math.floor(payment.cents / 2)`, `a.cents - b.cents`: a number worked out from fields
        fields = True
    return fields


_LITERALS = frozenset({"number", "string", "true", "false", "null", "undefined", "template_string"})


def _assigned_values(src: bytes, scope: Node, name: str) -> list[Node]:
    """The values of the few assignments `name = value` below ``scope`` (none for a name given many)."""
    found: list[Node] = []
    for a in sx.find(scope, ("assignment_expression",)):
        left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
        if left is not None and left.type == "identifier" and sx.text(src, left) == name and right is not None:
            found.append(right)
    return found if len(found) <= 4 else []


def _keyed_stores(src: bytes, scope: Node, name: str) -> list[Node]:
    """The values of the assignments `name[key] = value` below ``scope``."""
    found: list[Node] = []
    for a in sx.find(scope, ("assignment_expression",)):
        left, right = sx.strip_types(a.child_by_field_name("left")), a.child_by_field_name("right")
        if left is None or left.type != "subscript_expression" or right is None:
            continue
        holder = sx.strip_types(left.child_by_field_name("object"))
        if holder is not None and holder.type == "identifier" and sx.text(src, holder) == name:
            found.append(right)
    return found


def _pushed_values(src: bytes, scope: Node, name: str) -> list[Node]:
    """The values handed to `name.push(...)` below ``scope`` (a spread one, `name.push(...rows)`, as its list)."""
    found: list[Node] = []
    for call in sx.find(scope, ("call_expression",)):
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression" or sx.text(src, fn.child_by_field_name("property")) != "push":
            continue
        holder = sx.strip_types(fn.child_by_field_name("object"))
        if holder is None or holder.type != "identifier" or sx.text(src, holder) != name:
            continue
        for arg in sx.call_args(call):
            found.append(arg.named_children[0] if arg.type == "spread_element" and arg.named_children else arg)
    return found


def _runs_transaction(src: bytes, callee: str) -> bool:
    """`db.$transaction(fn)`, `db.transaction(fn)`, Kysely `db.transaction().execute(fn)`,
    `session.withTransaction(fn)`: a call that runs the callback it is given and answers its result."""
    last = sx.last_name(callee)
    if last in ("$transaction", "transaction", "withTransaction"):
        return True
    return last == "execute" and callee.endswith("transaction().execute")


def _transaction_records(ctx: FileContext, flow: Flow, mod: Module, call: Node, depth: int) -> tuple[DbOp, Node] | None:
    """The whole records the callback handed to a transaction returns, if any; of Prisma's batch form,
    `$transaction([db.x.count(), db.x.findMany()])`, which answers each query's result in a list, the
    records any of the queries answers."""
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if args else None
    if cb is not None and cb.type == "array" and depth <= 4:
        for item in cb.named_children:
            found = _record_in(ctx, flow, item, depth + 1, mod)
            if found is not None:
                return found
        return None
    if cb is None or not sx.is_function(cb) or depth > 4:
        return None
    inner = ctx.analyzer.helper_flow(mod.function_for(cb))
    for ev in inner.events:
        if ev.kind == "return" and ev.value is not None and not _returns_error_variant(mod.src, ev.node, ev.value):
            found = _record_in(ctx, inner, ev.value, depth + 1, mod)
            if found is not None:
                return found
    return None


def _only_assignment(src: bytes, scope: Node, name: str) -> Node | None:
    """The value of the one assignment `name = value` below ``scope``, if there is exactly one."""
    if src.count(name.encode(), scope.start_byte, scope.end_byte) > 12:
        return None  # (a name used all over: not a record filled once)
    found: list[Node] = []
    for a in sx.find(scope, ("assignment_expression",)):
        left = a.child_by_field_name("left")
        if left is not None and left.type == "identifier" and sx.text(src, left) == name:
            found.append(a)
    right = found[0].child_by_field_name("right") if len(found) == 1 else None
    return right


# Kysely's methods running a builder (`q.execute()`, `q.executeTakeFirst()`)
_BUILDER_RUNS = frozenset({"execute", "executeTakeFirst", "executeTakeFirstOrThrow"})


def _executed_query(src: bytes, flow: Flow, arg: Node | None) -> Node | None:
    """The builder a Kysely `db.executeQuery(query)` runs, kept in a local (`let query =
    db.selectFrom("t").selectAll("t")`, narrowed by `query = query.where(...)`), or ``None``
    when a later assignment chooses columns of its own (`query = query.select(["id"])`)."""
    node = sx.unwrap(arg)
    if node is not None and node.type == "call_expression" and sx.callee_name(src, node).endswith(".compile"):
        fn = sx.strip_types(node.child_by_field_name("function"))
        node = sx.unwrap(fn.child_by_field_name("object")) if fn is not None else None
    if node is None or node.type != "identifier":
        return node if node is not None and node.type == "call_expression" else None
    name = sx.text(src, node)
    built = sx.unwrap(_local_value(src, flow, name))
    if built is None or built.type != "call_expression":
        return None
    for a in sx.find(flow.fn.node, ("assignment_expression",)):
        left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
        if left is None or left.type != "identifier" or sx.text(src, left) != name or right is None:
            continue
        if any(
            sx.last_name(sx.callee_name(src, c)) in ("select", "selectAll")
            for c in sx.find(right, ("call_expression",))
        ):
            return None
    return built


# (discriminant key, equal?, literal): `x.status !== "loaded"` -> ("status", False, "loaded"); a key test
# has no literal: `"ok" in x` -> ("ok", True, None)
Narrowing = tuple[str, bool, str | None]


def _narrowing(src: bytes, node: Node) -> Narrowing | None:
    """The value ``node`` names is returned inside `if (x.status !== "loaded") return x` (or in the
    `else` of `===`): a discriminated union narrowed to the variants with another tag."""
    name = sx.text(src, node)
    child, p = node, node.parent
    while p is not None and p.type not in sx.FUNCTION_TYPES:
        if p.type == "if_statement":
            cond = sx.unwrap(p.child_by_field_name("condition"))
            keyed = _key_test(src, cond, name)
            if keyed is not None:
                present = keyed[1] == (child == p.child_by_field_name("consequence"))
                return (keyed[0], present, None)
            if cond is None or cond.type != "binary_expression":
                return None
            op = sx.text(src, cond.child_by_field_name("operator"))
            sides = [sx.unwrap(cond.child_by_field_name(f)) for f in ("left", "right")]
            tags = [v for sd in sides if (v := _tag_literal(src, sd)) is not None]
            members = [
                sd
                for sd in sides
                if sd is not None
                and sd.type == "member_expression"
                and sx.text(src, sd.child_by_field_name("object")) == name
            ]
            if op not in ("===", "!==", "==", "!=") or len(tags) != 1 or len(members) != 1:
                return None
            equal = op in ("===", "==")
            if child != p.child_by_field_name("consequence"):
                equal = not equal  # the else branch
            return (sx.text(src, members[0].child_by_field_name("property")), equal, tags[0])
        child, p = p, p.parent
    return None


def _key_test(src: bytes, cond: Node | None, name: str) -> tuple[str, bool] | None:
    """`"ok" in x` -> ("ok", True); `!("ok" in x)` -> ("ok", False): a test of which keys ``name`` has."""
    negated = False
    while (
        cond is not None
        and cond.type == "unary_expression"
        and sx.text(src, cond.child_by_field_name("operator")) == "!"
    ):
        cond, negated = sx.unwrap(cond.child_by_field_name("argument")), not negated
    if cond is None or cond.type != "binary_expression" or sx.text(src, cond.child_by_field_name("operator")) != "in":
        return None
    key = sx.string_value(src, sx.unwrap(cond.child_by_field_name("left")))
    right = sx.unwrap(cond.child_by_field_name("right"))
    if key is None or right is None or sx.text(src, right) != name:
        return None
    return (key, not negated)


def _tag_literal(src: bytes, node: Node | None) -> str | None:
    """A string tag (`"loaded"`) or a number (`200`, an HTTP status) compared against."""
    if node is not None and node.type == "number":
        return sx.text(src, node)
    return sx.string_value(src, node)


def _excluded(src: bytes, value: Node | None, narrowed: Narrowing | None) -> bool:
    """A returned object literal whose tag the narrowing rules out (`{ status: "loaded", video }`
    when only `status !== "loaded"` is returned), or a built response whose HTTP status it rules
    out (`NextResponse.json({ data }, { status: 200 })` when only `res.status !== 200` is returned)."""
    obj = sx.unwrap(value)
    if narrowed is None or obj is None:
        return False
    key, equal, tag = narrowed
    if tag is None:
        # `if ("ok" in x) return x`: only the object literals written with that key pass the test; a row
        # (or anything else handed back as it is) is taken to lack it, as a table has no `ok` column
        keys = {
            sx.text(src, c.child_by_field_name("key") if c.type == "pair" else c).strip("\"'")
            for c in obj.named_children
            if c.type in ("pair", "shorthand_property_identifier")
        }
        has = obj.type == "object" and key in keys
        return has != equal
    if key == "status" and obj.type != "object":
        status = response_status(src, obj)
        return status is not None and (status == tag) != equal
    if obj.type != "object":
        return False
    for pair in obj.named_children:
        if pair.type == "pair" and sx.text(src, pair.child_by_field_name("key")).strip("\"'") == key:
            value_tag = sx.string_value(src, sx.unwrap(pair.child_by_field_name("value")))
            return value_tag is not None and (value_tag == tag) != equal
    return False


# `isServiceError(x)`, `isErr(x)`, `x instanceof Error`: a test that narrows a value to its error variant
_ERROR_GUARD = re.compile(r"(?i)^is\w*(error|err|failure)$")
_ERROR_CLASS = re.compile(r"(?i)(error|exception|response)$")


def _returns_error_variant(src: bytes, ret: Node, value: Node | None) -> bool:
    """`if (isServiceError(ctx)) return ctx;`: the name is handed back only as its error variant
    (the records a success would carry are not what this return sends)."""
    name = sx.unwrap(value)
    if name is None or name.type != "identifier":
        return False
    text = sx.text(src, name)
    child, p = ret, ret.parent
    while p is not None and p.type not in sx.FUNCTION_TYPES:
        if p.type == "if_statement" and child == p.child_by_field_name("consequence"):
            return _error_test(src, sx.unwrap(p.child_by_field_name("condition")), text)
        child, p = p, p.parent
    return False


# `"error" in ctx`, `ctx.error`: keys only a failure variant carries; `!ctx.ok`: flags a success sets
_ERROR_KEYS = frozenset({"error", "errors", "err", "failure"})
_SUCCESS_FLAGS = frozenset({"ok", "success", "succeeded"})


def _error_test(src: bytes, cond: Node | None, text: str) -> bool:
    """``cond`` holds only when the value named ``text`` is its error variant: `isServiceError(x)`,
    `x instanceof Error`, `"error" in x`, `x.error` (`x.error != null`), `!x.ok`, `x.ok === false`."""
    if cond is None:
        return False
    if cond.type == "call_expression":
        args = [sx.text(src, a) for a in sx.call_args(cond)]
        return args == [text] and bool(_ERROR_GUARD.match(sx.last_name(sx.callee_name(src, cond))))
    if cond.type == "member_expression":
        obj = sx.unwrap(cond.child_by_field_name("object"))
        prop = sx.text(src, cond.child_by_field_name("property"))
        return obj is not None and sx.text(src, obj) == text and prop in _ERROR_KEYS
    if cond.type == "unary_expression" and sx.text(src, cond.child_by_field_name("operator")) == "!":
        inner = sx.unwrap(cond.child_by_field_name("argument"))
        if inner is None or inner.type != "member_expression":
            return False
        obj = sx.unwrap(inner.child_by_field_name("object"))
        prop = sx.text(src, inner.child_by_field_name("property"))
        return obj is not None and sx.text(src, obj) == text and prop in _SUCCESS_FLAGS
    if cond.type != "binary_expression":
        return False
    op = sx.text(src, cond.child_by_field_name("operator"))
    left, right = sx.unwrap(cond.child_by_field_name("left")), sx.unwrap(cond.child_by_field_name("right"))
    if left is None or right is None:
        return False
    if op == "instanceof":
        return sx.text(src, left) == text and bool(_ERROR_CLASS.search(sx.text(src, right)))
    if op == "in":
        return sx.text(src, right) == text and sx.string_value(src, left) in _ERROR_KEYS
    if op in ("===", "==", "!==", "!=") and left.type == "member_expression":
        obj = sx.unwrap(left.child_by_field_name("object"))
        prop = sx.text(src, left.child_by_field_name("property"))
        if obj is None or sx.text(src, obj) != text:
            return False
        other = sx.text(src, right)
        if prop in _SUCCESS_FLAGS:  # `x.ok === false`
            return other == ("false" if op in ("===", "==") else "true")
        # `x.error != null`, `x.error !== undefined`
        return prop in _ERROR_KEYS and op in ("!==", "!=") and other in ("null", "undefined")
    return False


# Array methods answering some of the receiver's elements as they are
_SUBSET_METHODS = frozenset({"filter", "slice", "find", "findLast", "toSorted", "toReversed", "reverse", "sort", "at"})

# methods of a list that run a callback without answering what it returns
_NO_ANSWER_METHODS = frozenset({"forEach", "filter", "find", "findIndex", "some", "every", "sort", "then", "catch"})


def _handed_method_callback(src: bytes, called: Node | None, call: Node, target: Function) -> Node | None:
    """The function literal handed to `p.m(...)`, with `p` a parameter of ``target`` (the helper): the
    callback a handed handle's method runs (`access.run(async ({ db }) => ...)`), or None."""
    if called is None or called.type != "member_expression":
        return None
    obj = sx.strip_types(called.child_by_field_name("object"))
    if obj is None or obj.type != "identifier" or sx.text(src, obj) not in target.params:
        return None
    if sx.text(src, called.child_by_field_name("property")) in _NO_ANSWER_METHODS:
        return None
    args = [sx.strip_types(a) for a in sx.call_args(call)]
    return next((a for a in args if a is not None and sx.is_function(a)), None)


def _callback_records(
    ctx: FileContext, mod: Module, call: Node, target: Function, value: Node | None, depth: int
) -> tuple[DbOp, Node] | None:
    """`return fn(ctx)` in a wrapper (`withAuth(async ({ org }) => ...)`): what it hands back is
    what the callback the caller passed there returns."""
    inner = sx.unwrap(value)
    if inner is None or inner.type != "call_expression":
        return None
    called = sx.strip_types(inner.child_by_field_name("function"))
    tsrc = target.module.src
    if called is not None and _runs_transaction(tsrc, sx.callee_name(tsrc, inner)) and depth <= 4:
        # `return db.transaction(async (tx) => { ...; return fn(tx) })`: the transaction answers what
        # its callback returns, there the callback the caller passed
        args = sx.call_args(inner)
        body = sx.strip_types(args[0]) if args else None
        if body is None or not sx.is_function(body):
            return None
        for ev in ctx.analyzer.helper_flow(target.module.function_for(body)).events:
            if ev.kind == "return" and ev.value is not None and not _returns_error_variant(tsrc, ev.node, ev.value):
                found = _callback_records(ctx, mod, call, target, ev.value, depth + 1)
                if found is not None:
                    return found
        return None
    handed = _handed_method_callback(tsrc, called, inner, target) if depth <= 4 else None
    if handed is not None:
        # `return access.run(async ({ db }) => { ...; return rows })`: a method of a handle the helper is
        # handed (a session-scoped database access) that runs the callback and answers what it returns
        run = ctx.analyzer.helper_flow(target.module.function_for(handed))
        for ev in run.events:
            if ev.kind == "return" and ev.value is not None and not _returns_error_variant(tsrc, ev.node, ev.value):
                found = _record_in(ctx, run, ev.value, depth + 1, target.module)
                if found is not None:
                    return found
        return None
    if called is None or called.type != "identifier" or sx.text(tsrc, called) not in target.params:
        return None
    index = target.params.index(sx.text(tsrc, called))
    args = sx.call_args(call)
    cb = sx.strip_types(args[index]) if index < len(args) else None
    if cb is None or not sx.is_function(cb):
        return None
    flow = ctx.analyzer.helper_flow(mod.function_for(cb))
    for ev in flow.events:
        if ev.kind == "return" and ev.value is not None and not _returns_error_variant(mod.src, ev.node, ev.value):
            found = _record_in(ctx, flow, ev.value, depth + 1, mod)
            if found is not None:
                return found
    return None


def _helper_records(
    ctx: FileContext, mod: Module, call: Node, depth: int, narrowed: Narrowing | None = None
) -> tuple[DbOp, Node] | None:
    """`return getUserById(id)`: a project helper whose own return carries whole records."""
    target = ctx.analyzer.target(mod, call)
    if target is None and depth <= 4:
        return _wrapper_made_records(ctx, mod, call, depth)
    if target is None or depth > 4:
        return None
    helper = ctx.analyzer.helper_flow(target)
    src = target.module.src
    for ev in helper.events:
        if ev.kind != "return" or ev.value is None or _excluded(src, ev.value, narrowed):
            continue
        if _returns_error_variant(src, ev.node, ev.value):
            continue
        found = _callback_records(ctx, mod, call, target, ev.value, depth) or _record_in(
            ctx, helper, ev.value, depth + 1, target.module
        )
        if found is not None:
            return (replace(found[0], call=call), call)  # reported as the helper call, in this file
    return None


_FUNCTION_KINDS = tuple(sorted(sx.FUNCTION_TYPES))


def _wrapper_made_records(ctx: FileContext, mod: Module, call: Node, depth: int) -> tuple[DbOp, Node] | None:
    """`listNotes(slug)` with `export const listNotes = withTeamAuth(async (user, db, team) => ...)`: the
    function the wrapper returns (`(handler) => async (slug) => handler(user, db, team, null)`) hands back
    what the callback the wrapper was given returns."""
    callee = sx.strip_types(call.child_by_field_name("function"))
    if callee is None or callee.type != "identifier":
        return None
    found = ctx.analyzer.program.resolve_value(mod, sx.text(mod.src, callee))
    made = sx.unwrap(found[1]) if found is not None else None
    if found is None or made is None or made.type != "call_expression":
        return None
    wrapper = ctx.analyzer.target(found[0], made)
    body = wrapper.body if wrapper is not None else None
    if wrapper is None or body is None:
        return None
    wsrc = wrapper.module.src
    inner = [
        f
        for f in sx.find(body, _FUNCTION_KINDS, into_functions=False)
        if (f.parent is not None and f.parent.type == "return_statement") or f.parent == wrapper.node
    ]
    if sx.is_function(body):
        inner.append(body)  # `(handler) => async (slug) => ...`
    for fn in inner:
        for ev in ctx.analyzer.helper_flow(wrapper.module.function_for(fn)).events:
            if ev.kind != "return" or ev.value is None or _returns_error_variant(wsrc, ev.node, ev.value):
                continue
            got = _callback_records(ctx, found[0], made, wrapper, ev.value, depth + 1)
            if got is not None:
                return (replace(got[0], call=call), call)
    return None


def _passed_through(ctx: FileContext, mod: Module, call: Node, depth: int) -> Node | None:
    """The argument of ``call`` whose rows the project helper it runs hands back, each spread whole into
    what it returns (`return Promise.all(rows.map(async (row) => ({ ...row, author })))`), if any."""
    target = ctx.analyzer.target(mod, call)
    if target is None or depth > 4:
        return None
    args = sx.call_args(call)
    params = target.params
    tsrc = target.module.src
    for ev in ctx.analyzer.helper_flow(target).events:
        value = sx.unwrap(ev.value) if ev.kind == "return" else None
        handed = _param_handed_back(tsrc, value, params)
        if handed is not None:  # `first(rows)` with `(rows) => (rows.length > 0 ? rows[0] : null)`
            index = params.index(handed)
            return args[index] if index < len(args) else None
        while value is not None and value.type == "call_expression" and sx.callee_name(tsrc, value) == "Promise.all":
            inner = sx.call_args(value)
            value = sx.unwrap(inner[0]) if inner else None
        if value is None or value.type != "call_expression" or not sx.callee_name(tsrc, value).endswith(".map"):
            continue
        rows = sx.unwrap(_spread_rows_of(tsrc, value, _named_callback(ctx, target.module, value)))
        if rows is not None and rows.type == "identifier" and sx.text(tsrc, rows) in params:
            index = params.index(sx.text(tsrc, rows))
            return args[index] if index < len(args) else None
    return None


def _firestore_snapshot(
    ctx: FileContext, flow: Flow, node: Node | None, depth: int, mod: Module
) -> tuple[DbOp, Node] | None:
    """The Firestore read whose snapshot ``node`` is: `snap` of `const snap = await ref.get()`, a query's
    `found.docs` or `found.docs[0]` (also kept in a local first). Only Firestore's: `.data()` of anything
    else (an HTTP client's answer) is no document."""
    node = sx.unwrap(node)
    for _ in range(3):
        if node is None:
            return None
        if node.type == "identifier" and sx.text(mod.src, node) not in flow.records:
            held = sx.unwrap(_local_value(mod.src, flow, sx.text(mod.src, node)))
            if held is not None and held.type in ("member_expression", "subscript_expression"):
                node = held  # `const first = found.docs[0]`
                continue
        if node.type == "subscript_expression":
            index = node.child_by_field_name("index")
            if index is None or index.type != "number":
                return None
            node = sx.unwrap(node.child_by_field_name("object"))
            continue
        if node.type == "member_expression" and sx.text(mod.src, node.child_by_field_name("property")) == "docs":
            node = sx.unwrap(node.child_by_field_name("object"))
            continue
        break
    if node is None:
        return None
    op: DbOp | None = None
    if node.type == "identifier":
        op = flow.records.get(sx.text(mod.src, node))
    elif node.type == "call_expression":  # `(await ref.get()).data()`
        op = ctx.analyzer.classify(mod, node)
    if op is None or op.api != "firestore" or op.kind != "read" or op.projected:
        return None
    # (a Firestore read has no projection of its own to choose fields: the document is every field)
    return (replace(op, whole_rows=True), node)


# calls answering every field of what they are handed (a copy, or an encoding of it)
# rows filed under keys, each kept whole (a `Map.groupBy` Map serialises to `{}` in JSON: not here)
_GROUPINGS = frozenset({"groupBy", "keyBy", "Object.groupBy", "_.groupBy", "_.keyBy", "lodash.groupBy", "lodash.keyBy"})
# (`superjson.parse(superjson.stringify(rows))`: the round trip a helper makes to hand a plain copy to the client)
_WHOLE_COPIES = frozenset(
    {
        "JSON.stringify",
        "JSON.parse",
        "structuredClone",
        "superjson.serialize",
        "superjson.stringify",
        "superjson.parse",
        "superjson.deserialize",
    }
)


def _one_param_callback(src: bytes, call: Node) -> tuple[Node, Node, list[str], Node] | None:
    """`rows.map((row) => …)`: a method handed one arrow function of one parameter; its callee, the
    arrow function, the parameter's names and the body it answers."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if fn is None or fn.type != "member_expression" or cb is None or cb.type != "arrow_function":
        return None
    params = sx.param_names(src, cb)
    body = sx.unwrap(cb.child_by_field_name("body"))
    if body is None or len(params) != 1:
        return None
    return fn, cb, params, body


def _plain_objects_of(src: bytes, call: Node, methods: tuple[str, ...] = (".toObject", ".toJSON")) -> Node | None:
    """`docs.map((doc) => doc.toObject())` (or `.toJSON()`, or another of ``methods``): the list whose
    documents each become a plain object with every field."""
    mapped = _one_param_callback(src, call)
    if mapped is None:
        return None
    fn, _, params, body = mapped
    if body.type != "call_expression":
        return None
    if not sx.callee_name(src, body).endswith(methods) or sx.call_args(body):
        return None
    inner = sx.strip_types(body.child_by_field_name("function"))
    obj = sx.unwrap(inner.child_by_field_name("object")) if inner is not None else None
    if obj is None or obj.type != "identifier" or sx.text(src, obj) != params[0]:
        return None
    return fn.child_by_field_name("object")


def _spread_documents_of(src: bytes, call: Node) -> Node | None:
    """`docs.map((d) => ({ id: d.id, ...d.data() }))`, also `(d) => { const fields = d.data(); return { ...fields,
    x } }`: the list whose documents' `data()` each answer spreads whole into a new object (its receiver)."""
    mapped = _one_param_callback(src, call)
    if mapped is None:
        return None
    fn, _, params, body = mapped
    held: set[str] = set()  # the callback's locals holding its document's fields
    answers: list[Node | None] = [body]
    if body.type == "statement_block":
        for d in sx.find(body, ("variable_declarator",), False):
            name = d.child_by_field_name("name")
            if (
                name is not None
                and name.type == "identifier"
                and _data_of(src, d.child_by_field_name("value"), params[0])
            ):
                held.add(sx.text(src, name))
        answers = [
            sx.unwrap(r.named_children[0]) for r in sx.find(body, ("return_statement",), False) if r.named_children
        ]
    if not answers or not all(
        a is not None and a.type == "object" and _spreads_data(src, a, params[0], held) for a in answers
    ):
        return None
    return fn.child_by_field_name("object")


def _spreads_data(src: bytes, obj: Node, param: str, held: set[str]) -> bool:
    """``obj`` spreads `param.data()`, or a local in ``held``."""
    for child in obj.named_children:
        inner = (
            sx.strip_types(child.named_children[0]) if child.type == "spread_element" and child.named_children else None
        )
        if inner is not None and (
            _data_of(src, inner, param) or (inner.type == "identifier" and sx.text(src, inner) in held)
        ):
            return True
    return False


def _data_of(src: bytes, node: Node | None, param: str) -> bool:
    """``node`` is `param.data()`: every field of the document ``param`` holds."""
    node = sx.unwrap(node)
    if node is None or node.type != "call_expression" or sx.call_args(node):
        return False
    fn = sx.strip_types(node.child_by_field_name("function"))
    obj = sx.unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
    prop = fn.child_by_field_name("property") if fn is not None and fn.type == "member_expression" else None
    return obj is not None and prop is not None and sx.text(src, prop) == "data" and sx.text(src, obj) == param


def _picked_part(src: bytes, call: Node) -> tuple[Node, str] | None:
    """`rows.map((row) => row.users)` (also `({ users }) => users`): the list mapped and the key each
    element is replaced by."""
    mapped = _one_param_callback(src, call)
    if mapped is None:
        return None
    fn, cb, params, body = mapped
    receiver = fn.child_by_field_name("object")
    if body.type == "member_expression":
        obj = sx.unwrap(body.child_by_field_name("object"))
        if obj is not None and obj.type == "identifier" and sx.text(src, obj) == params[0] and receiver is not None:
            return (receiver, sx.text(src, body.child_by_field_name("property")))
        return None
    first = cb.child_by_field_name("parameters")
    pattern = first.named_children[0] if first is not None and first.named_children else None
    while pattern is not None and pattern.type in ("required_parameter", "optional_parameter"):
        pattern = pattern.named_children[0] if pattern.named_children else None
    if (
        body.type == "identifier"
        and pattern is not None
        and pattern.type == "object_pattern"
        and receiver is not None
        and any(
            c.type == "shorthand_property_identifier_pattern" and sx.text(src, c) == sx.text(src, body)
            for c in pattern.named_children
        )
    ):
        return (receiver, sx.text(src, body))
    return None


def _param_handed_back(src: bytes, value: Node | None, params: list[str], depth: int = 0) -> str | None:
    """The parameter a helper's answer is, whole or one element of it (`rows`, `rows[0]`, `rows.at(0)`,
    `rows.length > 0 ? rows[0] : null`, `rows[0] ?? null`): a first-row helper hands its argument's
    records back."""
    node = sx.unwrap(value)
    if node is None or depth > 3:
        return None
    if node.type == "identifier":
        return sx.text(src, node) if sx.text(src, node) in params else None
    if node.type == "subscript_expression":
        index = node.child_by_field_name("index")
        return (
            _param_handed_back(src, node.child_by_field_name("object"), params, depth + 1)
            if index is not None and index.type == "number"
            else None
        )
    if node.type == "call_expression" and sx.callee_name(src, node) in _WHOLE_COPIES:
        # `superjson.serialize(data)`: every field of what it is handed, encoded
        copied = sx.call_args(node)
        return _param_handed_back(src, copied[0], params, depth + 1) if copied else None
    if node.type == "object":
        # `{ data, pagination: meta(total) }`, `{ ok: true, result: rows }`, `{ json: superjson.serialize(data) }`:
        # an envelope filing the argument (or one such encoding of it) under one of its keys
        for child in node.named_children:
            if child.type == "shorthand_property_identifier" and sx.text(src, child) in params:
                return sx.text(src, child)
            if child.type == "pair":
                handed = _param_handed_back(src, child.child_by_field_name("value"), params, depth + 1)
                if handed is not None:
                    return handed
        return None
    if node.type == "call_expression" and sx.callee_name(src, node).endswith(".at"):
        fn = sx.strip_types(node.child_by_field_name("function"))
        obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        return _param_handed_back(src, obj, params, depth + 1)
    if node.type == "ternary_expression":
        return _param_handed_back(
            src, node.child_by_field_name("consequence"), params, depth + 1
        ) or _param_handed_back(src, node.child_by_field_name("alternative"), params, depth + 1)
    if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) in ("??", "||", "&&"):
        right = _param_handed_back(src, node.child_by_field_name("right"), params, depth + 1)
        if sx.text(src, node.child_by_field_name("operator")) == "&&":
            return right
        return _param_handed_back(src, node.child_by_field_name("left"), params, depth + 1) or right
    return None


def _destructured_helper_key(ctx: FileContext, mod: Module, flow: Flow, name: str) -> tuple[Node, str] | None:
    """(call, key) when ``name`` is destructured under ``key`` from what a project helper answers
    (`const { revision: rev } = await createRevision(...)`)."""
    src = mod.src
    for decl in sx.find(flow.fn.node, ("variable_declarator",)):
        pattern = decl.child_by_field_name("name")
        if pattern is None or pattern.type != "object_pattern":
            continue
        call = sx.unwrap(decl.child_by_field_name("value"))
        if call is None or call.type != "call_expression":
            continue
        for part in pattern.named_children:
            key = (
                sx.text(src, part)
                if part.type == "shorthand_property_identifier_pattern"
                else sx.text(src, part.child_by_field_name("key"))
                if part.type == "pair_pattern"
                else None
            )
            if key is not None and name in sx.names_bound_to(src, pattern, key):
                return (call, key) if ctx.analyzer.target(mod, call) is not None else None
    return None


def _returned_objects(ctx: FileContext, mod: Module, flow: Flow) -> Iterator[tuple[Flow, Node]]:
    """The object literals a function answers (with the flow they are read in), also those the
    callback of a transaction it answers returns (`return db.transaction(async (tx) => { ...;
    return { revision, run } })`)."""
    for ev in flow.events:
        value = sx.unwrap(ev.value) if ev.kind == "return" else None
        if value is not None and value.type == "object":
            yield (flow, value)
        elif (
            value is not None
            and value.type == "call_expression"
            and _runs_transaction(mod.src, sx.callee_name(mod.src, value))
        ):
            args = sx.call_args(value)
            cb = sx.strip_types(args[0]) if args else None
            if cb is not None and sx.is_function(cb):
                inner = ctx.analyzer.helper_flow(mod.function_for(cb))
                for iev in inner.events:
                    held = sx.unwrap(iev.value) if iev.kind == "return" else None
                    if held is not None and held.type == "object":
                        yield (inner, held)


def _helper_field_records(
    ctx: FileContext, mod: Module, call: Node, field: str, depth: int, hops: int = 0
) -> tuple[DbOp, Node] | None:
    """The whole records a project helper hands back under ``field`` of the object it returns (``hops``:
    helpers passed through that forward another's answer as it is)."""
    target = ctx.analyzer.target(mod, call)
    if target is None or depth > 4:
        return None
    for helper, value in _returned_objects(ctx, target.module, ctx.analyzer.helper_flow(target)):
        held = object_keys(target.module.src, value).get(field)
        if held is not None and held.type in ("identifier", "shorthand_property_identifier"):
            bound = sx.unwrap(_local_value(target.module.src, helper, sx.text(target.module.src, held)))
            if bound is not None and bound.type == "member_expression":
                continue  # `const scope = authCode.scope`: one field of a record, not the record
        found = _record_in(ctx, helper, held, depth + 1, target.module) if held is not None else None
        if found is not None:
            return (replace(found[0], call=call), call)  # reported as the helper call, in this file
    for forwarded in _forwarded_helper_calls(ctx, target) if hops < 3 else ():
        # `return validateSessionToken(token)`: the object the helper it forwards to answers (no step
        # further away: the answer is handed on as it is)
        found = _helper_field_records(ctx, target.module, forwarded, field, depth, hops + 1)
        if found is not None:
            return (replace(found[0], call=call), call)
    return None


def _forwarded_helper_calls(ctx: FileContext, fn: Function) -> Iterator[Node]:
    """The project helper calls ``fn`` answers as they are (`return validateSessionToken(token)`)."""
    for ev in ctx.analyzer.helper_flow(fn).events:
        value = sx.unwrap(ev.value) if ev.kind == "return" else None
        if value is not None and value.type == "call_expression" and ctx.analyzer.target(fn.module, value) is not None:
            yield value


# what a handler returns as data (not a response it built itself)
_PLAIN_ANSWERS = frozenset(
    {"identifier", "member_expression", "object", "array", "await_expression", "binary_expression"}
    | {"ternary_expression"}
)


# `SELECT * FROM name [alias] [WHERE ...]`: every column of one relation, joined with no other
_STAR_OF_ONE = re.compile(
    r"(?is)^\s*select\s+(?:\w+\.)?\*\s+from\s+\"?(\w+)\"?"
    r"(?:\s+(?:as\s+)?(?!(?:where|order|group|limit|offset|join|left|right|inner|full|cross|natural)\b)\w+)?"
    r"\s*(?:$|;|(?:where|order|group|limit|offset)\b)"
)


def _star_of_a_chosen_view(ctx: FileContext, op: DbOp) -> bool:
    """A raw `SELECT *` of one view the repo's SQL defines with its own column list."""
    if op.api != "sql" or op.helper is not None:
        return False
    m = _STAR_OF_ONE.match(sql_text(ctx.src, op.call))
    return m is not None and chosen_view(ctx.analyzer.program, m.group(1))


# a drizzle set operation's method (`a.unionAll(b)`) or function (`union(a, b)`): the rows of each query
_SET_OPERATIONS = frozenset({"union", "unionAll", "intersect", "intersectAll", "except", "exceptAll"})


def _select_of_a_chosen_subquery(ctx: FileContext, mod: Module, op: DbOp) -> bool:
    """A drizzle `db.select().from(sub)` whose `sub` is a subquery (`q.as("t")`, a union of queries, a `$with`
    CTE, also held in a local) every query of which chose its columns: the outer select adds none."""
    if op.api != "drizzle" or op.kind != "read" or op.helper is not None or sx.call_args(op.call):
        return False
    fn = sx.enclosing_function(op.call)
    sources = [sx.call_args(c) for m, c in chain_calls(op.chain, mod.src) if m == "from"]
    return (
        fn is not None and len(sources) == 1 and len(sources[0]) == 1 and _chosen_query(ctx, mod, fn, sources[0][0], 0)
    )


def _chosen_query(ctx: FileContext, mod: Module, fn: Node, node: Node | None, depth: int) -> bool:
    """``node`` is a subquery or a set of queries (in ``fn``) each selecting chosen columns."""
    src = mod.src
    node = sx.strip_types(node)
    if node is None or depth > 6:
        return False
    if node.type == "identifier":  # `const combined = a.unionAll(b).as("t")`: a local of the same function
        held = _local_of(src, fn, sx.text(src, node))
        return held is not None and _chosen_query(ctx, mod, fn, held, depth + 1)
    if node.type != "call_expression":
        return False
    callee = sx.strip_types(node.child_by_field_name("function"))
    args = sx.call_args(node)
    name = sx.last_name(sx.callee_name(src, node))
    receiver = (
        callee.child_by_field_name("object") if callee is not None and callee.type == "member_expression" else None
    )
    if name == "as" and receiver is not None:
        # `q.as("t")` names the query it is called on; `db.$with("t").as(q)` the query handed to it
        inner = args[0] if args and args[0].type not in ("string", "template_string") else receiver
        return _chosen_query(ctx, mod, fn, inner, depth + 1)
    if name in _SET_OPERATIONS:
        parts = [*([receiver] if receiver is not None else []), *args]
        return bool(parts) and all(_chosen_query(ctx, mod, fn, p, depth + 1) for p in parts)
    read = None
    chain: Node | None = node
    while read is None and chain is not None and chain.type == "call_expression":
        read = ctx.analyzer.classify(mod, chain)
        step = sx.strip_types(chain.child_by_field_name("function"))
        chain = (
            sx.strip_types(step.child_by_field_name("object"))
            if step is not None and step.type == "member_expression"
            else None
        )
    return read is not None and read.kind == "read" and read.api == "drizzle" and not read.whole_rows


def _local_of(src: bytes, fn: Node, name: str) -> Node | None:
    """The value the one `const name = ...` of ``fn`` binds (None when there is none, or more than one)."""
    found = [
        d.child_by_field_name("value")
        for d in sx.find(fn, ("variable_declarator",), False)
        if (n := d.child_by_field_name("name")) is not None and n.type == "identifier" and sx.text(src, n) == name
    ]
    return found[0] if len(found) == 1 else None


def check(ctx: FileContext) -> Iterator[Finding]:
    for ep in ctx.entry_points:
        if ep.answer_forwarded:
            continue  # (judged on the action that hands its arguments on: what it answers is its own)
        if deployment.closed_for_entry(ctx.analyzer, ep):
            continue  # a development helper: production callers get the early answer only
        handed = deployment.instance_call(ep.fn.module.src, ep)
        if handed is not None and not param_type_declares(ctx.analyzer.program, ep.fn, *handed):
            continue  # a server utility exported from a use-server file: a client's call throws first
        flow = ctx.flow(ep)
        for ev in flow.events:
            if ev.kind not in ("return", "respond") or ev.value is None:
                continue
            if ev.kind == "return" and _returns_error_variant(ctx.src, ev.node, ev.value):
                continue
            if (
                ev.kind == "return"
                and ep.output_parsed
                and (ev.value.type in _PLAIN_ANSWERS or ep.kind == "safe-action")
            ):
                # the wrapper answers with the fields of the route's output schema only (zsa: of the
                # action's `.output(schema)`, whatever the handler returned)
                continue
            found = _record_in(ctx, flow, ev.value)
            if found is None:
                continue
            op, _node = found
            if sdk_client_op(ctx.analyzer.program, ctx.module, op):
                continue  # `polarClient.subscriptions.update(...)`: a payment SDK's answer, not a stored row
            if _star_of_a_chosen_view(ctx, op):
                continue  # `SELECT * FROM board_view`: the view's own column list chose the fields
            if _select_of_a_chosen_subquery(ctx, ep.fn.module, op):
                continue  # `db.select().from(a.unionAll(b).as("t"))`: the subqueries chose the columns
            if _null_branch(ctx.src, ev.node, identifiers(ctx.src, ev.value)):
                continue  # `if (data === null) res.status(500).json({ data, error })`: nothing to leak
            model = op.model or "table"
            field = sensitive_field(ctx.analyzer.program, model, ctx.path) if op.model else None
            field = field or _included_secret(ctx, op)
            sink = sink_name(ctx.src, op.call)
            anchor = ev.value
            if field:
                yield ctx.finding(
                    META,
                    "whole_record_sensitive",
                    anchor,
                    function=ep.fn,
                    endpoint=endpoint(ep),
                    model=model,
                    sink=sink,
                    field=field,
                    confidence=Confidence.HIGH,
                )
            else:
                yield ctx.finding(
                    META, "whole_record", anchor, function=ep.fn, endpoint=endpoint(ep), model=model, sink=sink
                )
            break
