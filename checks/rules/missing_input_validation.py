r"""Client input reaches a sink without validation.

## What it does
Flags an entry point whose parameters or FormData values reach a sink (database call,
raw SQL, `fetch` URL, filesystem path (not the content a
`writeFile(path, bytes)` stores; also a remote WebDAV store's, `dav.getFileContents(path)`,
`dav.putFileContents(path, data)`), a command run, `redirect`, email/SMS send (also the POST an action named
as one makes to its gateway: its body, a form body filled by `params.append("to", phone)` included); also
inside a project helper that writes the file or runs the command) without first passing a
schema (zod, valibot, yup, arktype, superstruct, typebox, conform, next-safe-action
schemas, effect/Schema decoders such as `Schema.decodeUnknownSync(S)(raw)`, class-validator
`validate(plainToInstance(Dto, body))`) or an explicit runtime check (`typeof x !== "string"`
→ throw; a bound such as `title.length > 200` too, or a range test of a parameter declared a number, `if (id
<= 0) throw`, but not an emptiness test such as
`if (!ids || ids.length === 0) return`, which asks whether anything was sent, not what). A check of one
field (`if (!isValidPhone(contract.phone)) return 400`) vouches for that field, not for `contract.code`
beside it. Firestore document
writes (`doc(id).set(data)`), TypeORM `repo.update(criteria, partial)` and a MongoDB collection handle held in
a local (`const codes = await codesCollection(); codes.findOne({ phone, code })`) are database sinks, so is a Mongoose
model walked from a list naming the project's models (`for (const { model, field } of [{ model: Question, field:
"title" }, ...]) model.find({ [field]: { $regex: query } })`), and so are
a drizzle select's or a Mongoose find's page size or offset (`.limit(limit)`, `.skip(skip)`), a Mongo query's
values set on its filter object ahead of it (`query.status = status`, `query.$or = [{ code: { $regex: search } }]`
before `Order.find(query)`: a raw value may be an operator object, pass 41), and an audit-trail row written with the
ORM (`prisma.auditLog.create({ data: { actorId: formData.get("userId") } })`; it still counts as the audit call).
A project helper's answer built from its arguments carries them, also a local it fills in field by field or by
pushes (`where.platform = f.platform`, `conds.push({ title: { contains: f.term } })`, then `return where`) unless
a runtime type test of that value guards the line (`if (typeof f?.term === "string") ...`).
A pages-router handler's `req.query` value reaching a database call, an ORM filter or a bound SQL parameter counts
too (pass 34), cast `req.query.id as string` or made text, `String(req.query.id)`: its type is `string | string[]`
and a cast is an annotation, no check (not one made a number for paging, below; an app router's route and search
params stay exempt).
Each item of a client
list is client input too, walked by a loop (`for (const item of list)`) or handed to a callback
(`list.map((item) => db.chapter.update(...))`). The text handed to a raw SQL builder
(`db.execute(sql.raw(...))`, Kysely's `sql.raw(text).execute(db)`, also in a project helper the value is
handed to; a postgres.js `sql.unsafe` maintenance statement too, `vacuum analyze ${table}`) is what the query
consumes; what a project helper returns carries only the arguments it hands back
(`putResume(key, bytes, type)` returning a server-made `key`). Search params read through a local
(`const sp = req.nextUrl.searchParams; sp.get("week")`, or a local holding the request's URL that is read only
through them, `const url = new URL(req.url); url.searchParams.get("by")`) are read as the direct ones are, and a raw
fragment
nested in a tagged template (`` sql`... AND ${sql.raw(`status IN (${list})`)}` ``) pastes its text.
A wrapper that returns another wrapper's call with its function handed on as it came (`withOrganizer(action,
fn)` returning `withRole(roles, action, fn)`) fills the function's arguments as that wrapper does: the
client's own arguments stay input. One that hands its function the context the inner wrapper made
(`withShopAdmin(action, fn)` returning `withShop(async (formData, ctx) => fn(formData, ctx))`) hands it
checked when every client value the inner wrapper put in it passed a type or access check first
(`typeof shopId !== "string" || !UUID_RE.test(shopId)` → throw); a context carrying a form field as it
came (`{ user, note: formData.get("note") }`) is still input.
A lifecycle hook in the options of an AI SDK call (`streamText({ ..., onFinish: () => db.chat.upsert({ where: { id:
chatId } ... }) })`, `onStepFinish`, `execute`) runs while the request's answer streams: what it writes counts.
A Supabase query built in steps (`query = query.or(`...${x}...`)`) runs that filter text too.
A Supabase filter method handed text built from a parameter, form or body value (`.ilike("last_name", `%${term}%`)`,
`.like(col, prefix + "%")`, `.or(`name.ilike.%${q}%`)`) is a database call's argument, as `.eq(col, value)` is
(a route's search or route params into such a pattern stay exempt as in `.eq`; only `.or` text, which PostgREST
parses, counts).

## Why is this bad?
TypeScript types vanish at runtime: a caller can send objects where strings are
expected, oversized values, or operators that change a query's meaning (CWE-20).

## Example
```ts
"use server";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";

export async function renameProject(formData: FormData) {
  const user = await requireUser();
  await db.project.updateMany({
    where: { ownerId: user.id },
    data: { name: formData.get("name") as string },
  });
}
```

## Use instead
```ts
"use server";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";

const schema = z.object({ name: z.string().min(1).max(100) });

export async function renameProject(formData: FormData) {
  const user = await requireUser();
  const { name } = schema.parse({ name: formData.get("name") });
  await db.project.updateMany({ where: { ownerId: user.id }, data: { name } });
}
```

## Not flagged
A file name refused when it holds `..` (`if (name.includes("..") || name.includes("/")) throw`) before it is
joined to a folder: past the refusal it cannot leave that folder (not under `&&`, where the refusal may pass it by).
Entry points without inputs, values that went through a schema or a runtime type check (also a project
helper that throws and hands a parameter back only past a check, called as a bare statement, `assertCuid(companyId);`;
a throwing parse handed as an argument of a call made as a statement, `await assertMember(userId,
z.string().cuid().parse(gardenId));`, and a tenant id a wrapper hands on in its context past `if (!(await
isTreasurer(userId, gardenId))) throw`;
not one that only converts, `return String(v)`, or answers a failure, `return null`; a parameter replaced by
what a local helper answers whose one return is a schema parse inside a `try` that logs and rethrows,
`settings = ensureSettings(settings)`; also
one checked only when present, `if (retention !== undefined) { try { S.parse({ retention }) } catch
{ return 400 } }`, or text that `JSON.parse` accepted; a form field read again after that very field passed a schema
whose failure exits, `S.safeParse({ team: formData.get("team") })` then `formData.get("team")` (also a
throwing `v.parse(S, { id: formData.get("id") })`, and every entry copied into the object the schema checked,
`formData.forEach((v, k) => { raw[k] = v }); S.safeParse(raw)`, for the keys the schema declares and the
action does not set itself), while any other field of the form, and the form taken
whole (`Object.fromEntries(formData)`), is still unchecked; a value that only picks a branch,
`...(meta !== undefined ? { meta: parsed } : {})`, puts nothing of its own into a query),
next-safe-action/zsa actions with an input schema (their `parsedInput` is validated), also a project
action builder's step parsing the raw input it is handed (`pipeline().use(withPayload(S)).execute(({ payload })
=> ...)` with `next({ payload: S.parse(raw) })`; a step handing `raw` on unparsed is still flagged),
lists whose items each passed a schema (`rows.map((r) => S.parse(r))`, or
`rows.map((r) => S.safeParse(r)).filter((r) => r.success).map((r) => r.data)`: only the items that passed, their
parsed data; keeping the failures, or writing the raw rows, is still flagged),
next-zod-route handlers' `params`/`query`/`body` parsed by the builder's `.params(s)`/`.query(s)`/`.body(s)`
(the request itself, `await req.json()`, stays unchecked),
what a wrapper hands over from a membership row it looked up with the client's id and the session's
user and stopped without (`{ organiser: membership.organiser }` after `if (!membership) throw`),
wrappers and project helpers (`validateInputs([id, ZId])`, a getter that returns a field only
when `typeof` says it is a string, a reader handed the request body that throws unless each field it returns
passed its `typeof`/regex checks, `readTheme(await req.json())`, `validateWithSchema(schema, req.body)`
returning what passed; one answering verdict objects, `{ valid: false, error }` on each refusal, whose
refusal the caller exits on, `if (!verdict.valid) return 400`: what it was handed and the fields it tests; one
answering the list of its refusals, `const errors = []; if (...) errors.push("...")`, exited on when that list
holds something, `if (errors.length > 0) return 400`: what it was handed; one answering the text of its
refusal on each failed test of its input and nothing past them, `const nameError = validateName(data.name);
if (nameError) return { error: nameError }`: what it was handed (not a helper answering a path, nor `null`
whatever it is handed); an
access guard answering `{ error }` that refuses a malformed id first, `if (typeof teamId !== "string") return
{ error }`, once the caller exits on `"error" in access`: that id) that
validate, also inside a helper the entry point hands its request to (`handlePOST(req, res)`: only
what reaches that helper's queries and sends unchecked counts, not a session it reads from the
request), signature-verified webhooks (also a raw body checked against a signing secret before use; not a SCIM or
partner client whose bearer token is compared with the key stored for one customer, `sha256(raw) !==
tenant.scimTokenHash`, or signing with an HMAC keyed by the secret stored for the partner it names,
`createHmac("sha256", partner.webhookSecret)`: its body is that customer's (a provider library's check with such a
key, Stripe's `constructEvent`, still verifies the provider's event); not a route gated by an administrators' password
the caller types, `adminPassword !== process.env.ADMIN_SECRET`: a person's input, not a provider's; nor a device's key
followed by a PIN or password of the body checked against a person's stored hash, `bcrypt.compare(String(pin),
op.pinHash)`: a kiosk's attendant typed it; nor, behind such a check or a cron's or API key's shared secret, a
value pasted into SQL text, `` pool.query(`INSERT INTO snapshot_${period} ...`) ``: there its content, not its
author, is the risk), and in app-router handlers everything but the
request body when it only reaches the database through an ORM or bound parameters: route params,
search params, headers and the URL are strings by construction, so a type schema adds nothing
there. A search or route param put into a `fetch` URL, a file path, SQL text or a Supabase `.or()` filter string
(`` .or(`code.eq.${code},alt.eq.${code}`) ``: PostgREST parses it, `x,id.eq.<uuid>` adds a condition), or handed to
Mongoose as a field name (`Model.distinct(field)`, `.select(field)`: any field is read, `+passwordHash` too),
or made into the pattern of a Mongo query (`{ name: { $regex: name } }`, `` new RegExp(`^${tag}$`) `` in a filter:
`.*` matches every document and `(a+)+$` hangs the database; not once escaped, `escapeRegExp(name)`, nor a
RegExp only run on a string in memory)
(also inside a
project helper it is passed to, `notesByTag(userId, tag)` pasting `tag` into its query, also a pages-router
`req.query` value, `memberByEmail(String(req.query.email))` concatenating it, or a method of the
project's API client class, `client.fetchNote(id)` on `const client = await makeClient(token)`, pasting `id`
unencoded into the path it fetches through `this.get(`/notes/${id}`)`), or a search param
put into a `redirect` URL, still counts: there its content, not its type, is the risk (not one only handed to
a project helper answering constants of its allow-list maps, `${orderBy(sp.get("sort"))}`; an
allowlist test such as `ALLOWED_HOSTS.has(url.hostname)`, `new URL(endpoint).hostname.endsWith(".upstash.io")`,
`ALLOWED.some((a) => target.hostname === new URL(a).hostname)`, a comparison that exits unless the
URL's origin or host is a server-chosen one, `if (url.origin !== base.origin) return 400`, a loop
that rejects any element failing a check, `for (const s of path) if (/[\\/]/.test(s)) return 400`,
or a `sanitize*`/`validate*`/`safe*` project helper, checks it; so does a branch opened only for
listed constants, `if (page === "inbox" || page === "metrics") redirect(...)`, or by a project
predicate that answers `true` only once it pinned the URL's host, `if (isArchiveUrl(url))`). A route
param in a same-origin redirect path is a segment the router already matched (pasted unencoded into its
query string, `/start?qr=${code}`, it adds query values of the caller's own, and counts), and an
`encodeURIComponent`-ed value in the path or query string of a fixed same-origin path
(`/join/${encodeURIComponent(code)}/login`, `${basePath}/sign-in?error=${encodeURIComponent(error)}`),
or of a server route alone (`${ROUTES.settings.root}?error=${encodeURIComponent(error)}`), cannot move the redirect;
nor can a whole query
string a serializer built (`const q = new URLSearchParams(f).toString()`, a `filtersToQueryString(f)`) after one.
Nor can a search param kept only when it is a local path (`p.startsWith("/") && !p.startsWith("//") ? p :
"/home"`) put right after the request's origin (`${origin}${next}`), also inside a project helper that
pastes it so only in the branch of that test or of a predicate answering it (`if (p && isLocalPath(p))`).
Right after an origin (`${origin}${next}`, `${origin}/${next}`, `https://${host}${next}` with a host the client
did not send) a leading `/` is enough, also when the value is reset to a constant otherwise (`if
(!next.startsWith("/")) next = "/"`): `//evil.example` there is a path of this site. Redirected bare, or resolved
with `new URL(next, req.url)`, it is another host, and still flagged.
Nor can a fetch URL whose client parts are `encodeURIComponent`-ed path parts
after the server's own origin (`${apiUrl}/members/${encodeURIComponent(id)}/export`, in a handler that
sends no server secret along) or a pages-router `req.url`, a path, right after it (`${HUB}${req.url}`, a
reverse proxy); nor a query value of a URL whose scheme, host and path are literal text, encoded there
(`https://api.example.com/v2/search?${new URLSearchParams({ query }).toString()}`, `?sku=${encodeURIComponent(sku)}`),
a secret sent along or not. A client value that must equal the session's own to get past an exit
(`if (!session?.user || session.user.id !== userId) throw`) is the session's value afterwards, and
one that must equal a field of a row in a list the server loaded (`const invite = invites.find((i) =>
i.token === token); if (!invite) throw`) is one of the stored values. An upload checked as a file
(`if (!(file instanceof File)) throw`, `formData.getAll("files").filter((f): f is File => f instanceof
File)`) is checked, and so is a form's upload refused unless its declared type passes an allowlist (`if
(!isSupportedType(file.type)) return 400`: a text field has no type), or the extension of its name
(`if (!ALLOWED.includes(file.name.split(".").pop())) return 400`: nor a name), where it reaches the database
through an ORM;
the text read out of it afterwards (`await file.text()`) is not, nor is the name it was sent under when it
reaches a file path (also when the action's input schema declares it a File, `z.instanceof(File)`).
Only values *built from* client input count: a database row (even one looked up or created
with client data; also what a query function from outside the app, a workspace package's
`getInviteQuery(supabase, code)`, answers when handed a database client the handler made), a provider's
or library's answer (`provider.getMessage(id)`, an SSO
library's `redirect_url`), a constant picked from a module table by a client key, a value
made a boolean (`Boolean(x)`), a 32-bit integer (`x | 0`) or clamped (`Math.min(Math.max(n, 1), 50)`),
or a client value that only decides which branch runs,
are not client input, nor is what a method of a server action's parameter typed as a project class
answers (`logger.getConfig()` with `logger: Logger`: the argument arrives as plain data, without the
class's methods), nor a clone of one typed as a web request or of its URL (`request.nextUrl.clone()` with
`request: NextRequest`, a middleware helper kept in a use-server module: nothing a browser sends has a
`clone`). Arguments of a project helper count only when they reach its query;
calls on third-party SDK clients (`new Supermemory(...)`) are not sinks.
Development and test helpers whose first statement answers every production request and stops
(`if (process.env.NODE_ENV === "production") return 404`) or whose whole body runs outside production
only (`if (NODE_ENV !== "production") {...}`) are not flagged either.
A request handed to the project's authenticator (`getUser(res, req)` that returns the caller or throws)
is read for its credentials (a bearer API key looked up by its id) before it decides: not a sink; what
such a helper does past its own sign-in check still counts. A value used only inside `if (typeof id === "number")`
(or, in an inline callback such as a Kysely `where`, only in the arm of `typeof id === "number" ? [eb("id", "=",
id)] : []`) is type-checked there (a field too, `if (typeof body.name === "string") name = body.name.slice(0, 100)`,
a local that otherwise keeps its constant default; in a URL, a path or SQL text its content still counts);
`slugify(x)` throws on anything but a string and answers only a slug's alphabet; a local
trimmed from it whose emptiness is refused before use (`const name = String(raw ?? "").trim(); if (!name) return`,
also made by a project helper of one parameter answering only that, `const id = clean(raw); if (!id) throw`)
holds a non-empty text (not the untrimmed value beside it, not a cast, `raw as string`, and not a trim whose empty
result goes on; in a URL, a path or SQL text its content still counts); a client list mapped through a string
method (`tags.map((t) => t.trim())`) is a list of strings or a throw (for a database write; its content still
counts in a URL or SQL text), so is one checked to be a list and each element made a text by `String`
(`Array.isArray(ids) ? ids.map((x) => String(x)) : []`; not `formData.getAll("roles").map(String)` with no check
written, where `String` refuses nothing), and what a `.filter((b) => Number.isInteger(b) && ...)` keeps is a list of
numbers (a filter alone keeps the elements as they came); an SDK client built for the request
(`createServerClient(url, key, { cookies })`) is a connection, not client input.
A local tested in place through a text-only method (`if (!name?.trim()) throw`) holds a non-blank text
past the exit, as a trimmed local does (still any address in a redirect or a fetch URL).
A type coercion is no check (pass 30): a value made a number or a date (`Number(fd.get("seats"))`, `parseInt`,
`parseFloat`, `+x`, `new Date(at)`, `list.map(Number)`) carries the client's NaN, negative or Invalid Date on, and is
flagged where it is written or queried unless a test that leaves the function refuses it first
(`if (!Number.isFinite(seats) || seats < 1) throw`, `if (isNaN(at.getTime())) return`; `new Date(at).toISOString()`
throws on an Invalid Date). A URL value stays exempt
coerced as it is raw (pass 21): `Number(searchParams.get("page"))` or `parseInt(req.query.page as string)` into a
read's `skip`/`take` answers an error or an empty page at worst, and the route is the app's own pagination.

## References
- https://cwe.mitre.org/data/definitions/20.html
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from tree_sitter import Node

from checks.analysis import deployment, guards
from checks.analysis import syntax as sx
from checks.analysis.calls import (
    ACCOUNT_ADMIN,
    REMOTE_FILE_WRITES,
    DbOp,
    chain_calls,
    is_tagged_template,
    remote_file_write,
    template_values,
)
from checks.analysis.dataflow import flowing_refs, sink_nodes
from checks.analysis.entry_points import EntryPoint, param_type_declares
from checks.analysis.flow import (
    Event,
    fs_path_args,
    identifiers,
    identifiers_past_checked_reads,
    mailer_request,
    reads_file_contents,
)
from checks.analysis.module import Function, Module
from checks.analysis.program import local_const
from checks.analysis.schemas import schema_field, schema_keys
from checks.analysis.sdk_clients import sdk_client_op
from checks.analysis.taint import (
    TYPE_COERCIONS,
    allowlist_filter,
    coerced_locals,
    coercions_unchecked,
    helper_args,
    param_sources,
    sanitizer_call,
    value_refs,
)
from checks.context import FileContext
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint
from checks.rules._describe import sink as sink_name
from checks.sources import tree_fact

META = RuleMeta(
    id="missing-input-validation",
    title="Client input used without validation",
    severity=Severity.WARNING,
    confidence=Confidence.MEDIUM,
    cwe=(20,),
    owasp=("A03:2021",),
    messages={
        "unvalidated": "{endpoint} passes client input `{value}` to `{sink}` without validating it",
    },
    help="Parse the input with a schema (zod `schema.parse`, valibot, next-safe-action `.inputSchema`) or check "
    "its runtime type before using it.",
    abuse="A caller sends values of unexpected types or shapes that the code passes straight to the database or "
    "network.",
    references=("https://cwe.mitre.org/data/definitions/20.html",),
)
_SINKS = frozenset({"db", "fetch", "fs", "exec", "redirect", "email"})
# What an app-router handler reads from the body: arbitrary JSON / form values. Route params, search
# params, headers and the URL are strings (or null) by construction: a schema adds nothing there.
_SEARCH_PARAM_READS = ("searchParams.get", "searchParams.getAll")
_SIGNATURE = re.compile(r"(?i)signature|signing|hmac")
_VERDICT_WRAPPERS = frozenset({*sx.TRANSPARENT, "await_expression", "unary_expression"})
_ELEMENT_CALLBACKS = frozenset({"map", "forEach", "flatMap", "filter", "find", "some", "every"})
# `... WHERE id = ${`, `AND "venueId" = ${`, `id = any(${`: the value is compared, not stored
_BODY_READ = re.compile(r"\.(json|formData|text|arrayBuffer|blob)\(\)$")


class _Decls:
    """An entry point's assignments (what `client_derived` propagates through), found once for
    the several questions `check` asks of them."""

    def __init__(self, ctx: FileContext, ep: EntryPoint) -> None:
        src = ctx.src
        self.items: list[tuple[set[str], Node]] = []
        fn_node = ep.fn.node
        found = sx.find(fn_node, ("variable_declarator", "assignment_expression", "for_in_statement"))
        # the declarators whose nearest enclosing function is the entry point's own: those the shared
        # search finds outside its nested functions (no climb to the enclosing function per declarator)
        outside = (
            {d.id for d in sx.find(fn_node, ("variable_declarator",), into_functions=False)}
            if sx.is_function(fn_node)
            else {d.id for d in found if d.type == "variable_declarator" and sx.enclosing_function(d) == fn_node}
        )
        # the entry point's own names: its parameters and what its body declares outside callbacks
        own = {n for p in ep.fn.param_nodes() for n in sx.pattern_names(src, p)}
        own |= {
            n
            for d in found
            if d.type == "variable_declarator" and d.id in outside
            for n in sx.pattern_names(src, d.child_by_field_name("name"))
        }
        for n in found:
            if n.type == "for_in_statement" and ctx.text(n.child_by_field_name("operator")) != "of":
                continue  # `for (const key in body)`: the keys, not the values
            # (`for (const item of list)`: each item is what the client's list holds)
            left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
            value = n.child_by_field_name("value" if n.type == "variable_declarator" else "right")
            if left is not None and value is not None and left.type != "member_expression":
                names = set(sx.pattern_names(src, left))
                if n.type == "variable_declarator" and n.id not in outside:
                    # `const params = new URLSearchParams(...)` in a callback: another variable than
                    # the handler's own `params`, whatever it holds
                    names -= own
                if names:
                    self.items.append((names, value))
        self.filled = _filled_forms(ctx, fn_node)
        self.items.extend(self.filled)
        # `list.map((item) => ...)`: each item is what the client's list holds
        self.elements = _element_bindings(ctx, ep)
        self.items.extend(self.elements)
        # what each value mentions (functions included), on first need
        self.mentions: list[set[str] | None] = [None] * len(self.items)


# bodies built by calls: `const params = new URLSearchParams(); params.append("to", phone)`
_FORM_BODIES = frozenset({"URLSearchParams", "FormData"})


def _filled_forms(ctx: FileContext, fn: Node) -> list[tuple[set[str], Node]]:
    """`params.append("to", phone)` (or `.set`) on a local made by `new URLSearchParams()` / `new FormData()`
    in ``fn``: the value it is handed, as an assignment into the local (the body then carries it)."""
    src = ctx.src
    forms: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        name, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        made = value is not None and value.type == "new_expression"
        ctor = value.child_by_field_name("constructor") if made and value is not None else None
        if name is not None and name.type == "identifier" and ctor is not None and ctx.text(ctor) in _FORM_BODIES:
            forms.add(ctx.text(name))
    if not forms:
        return []
    out: list[tuple[set[str], Node]] = []
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        holder, _, method = callee.rpartition(".")
        args = sx.call_args(call)
        if holder in forms and method in ("append", "set") and len(args) >= 2:
            out.append(({holder}, args[1]))
    return out


def client_derived(
    ctx: FileContext,
    ep: EntryPoint,
    url_values: bool = False,
    route_params: bool = False,
    found: _Decls | None = None,
    raw_query: bool = False,
) -> tuple[set[str], dict[str, list[Node]]]:
    """Names of an entry point that hold values built from client input: its parameters (for a
    route handler, what it reads from the request body) and locals built from them. A database
    row, a provider's answer, a constant picked by a client key or a coerced number is not.
    With ``url_values``, a route's search params count too (what a redirect URL is built from:
    there the value's content, not its type, is the risk; route params are single path segments
    the router already matched). With ``raw_query``, a pages-router query value kept as it came counts
    (`const id = req.query.id as string`: what a DB call is handed). Also: the values each local is
    assigned. ``found``: the entry point's assignments, when already worked out."""
    src = ctx.src
    found = found or _Decls(ctx, ep)
    decls = found.items
    if ep.kind == "route":
        # route params (`{ params }`, the handler's second argument) are URL values too
        out = {n for p in ep.fn.param_nodes()[1:2] for n in sx.pattern_names(src, p)} & ep.input_params
        out = out if route_params else set()
        # `const sp = req.nextUrl.searchParams` then `sp.get("week")`: the search params object itself, what
        # is built from it followed as from a body read (`ORDER[sp.get("sort")]` picks a constant)
        if url_values:
            out |= {n for names, value in decls if _search_params_object(src, value) for n in names}
            # `const url = new URL(req.url)` read only as `url.searchParams.get("by")`: a search params holder
            out |= _search_params_urls(ctx, ep, decls)
        for names, value in decls:
            if _allowlisted(ctx, ep, value):
                continue  # `searchParams.get("cols").split(",").filter((c) => Object.hasOwn(COLUMNS, c))`
            for call in sx.find_outside_functions(ep.fn.module.parsed, value, ("call_expression",)):
                # `await req.json()`, not `await githubResponse.json()` (a provider's answer)
                body = (
                    src.endswith(b"()", call.start_byte, call.end_byte)  # (what `_BODY_READ` ends with: cheap)
                    and _BODY_READ.search(ctx.text(call))
                    and sx.root_identifier(src, call) in ep.input_params
                )
                if body and _checked_by_helper(ctx, call, value):
                    continue  # `readTheme(await req.json())`: what the helper returns passed its own checks
                if body or (
                    url_values
                    and sx.callee_name(src, call).endswith(_SEARCH_PARAM_READS)
                    and not _read_answered_by_helper(ctx, call, value)
                ):
                    out |= names
    else:
        out = set(ep.input_params)
    seeds = set(out)
    # what flows into a value is among the names it mentions: a value mentioning none of `out`
    # is skipped without following its calls (computed once, on first need)
    mentions = found.mentions
    # per value, the client names among those it mentions when it was last found to carry none:
    # `value_refs` reads the client names only at the value's own identifiers, so its answer changes
    # only once another name the value mentions joins them (no walk of the value again before that)
    carried_none: list[set[str] | None] = [None] * len(decls)
    for _ in range(4):  # propagate through locals: `const { title } = body`
        grew = False
        for i, (names, value) in enumerate(decls):
            if names <= out:
                continue
            if (
                ep.kind == "pages-api"
                and not url_values
                and _url_member(src, _uncoerced(src, value), ep.input_params)
                and not (raw_query and _raw_query_value(src, value, ep.input_params))
            ):
                # `const { teamId } = req.query`: URL strings, like an app route's params (`Number(req.query.page)`
                # too: a number made of one, as `Number(searchParams.get("page"))` is in an app route)
                continue
            mentioned = mentions[i]
            if mentioned is None:
                mentioned = mentions[i] = identifiers(src, value, into_functions=True)
            inside = mentioned & out
            if not inside or inside == carried_none[i]:
                continue
            if _per_item_validation(ctx, value) is not None:
                continue  # `rows.map((r) => S.safeParse(r)).filter((r) => r.success).map((r) => r.data)`
            if _type_guarded(ctx, value):
                continue  # `body.tags.filter((t) => typeof t === "string")`
            if _value_flow(ctx, value, out) & out:
                out |= names
                grew = True
            else:
                carried_none[i] = inside
        if not grew:
            break
    values: dict[str, list[Node]] = {}
    for names, value in decls:
        for name in names - seeds:  # a parameter or body read is client input itself
            values.setdefault(name, []).append(value)
    return out, values


def _search_params_object(src: bytes, value: Node) -> bool:
    """`req.nextUrl.searchParams`, `new URL(req.url).searchParams`: a request's search params object."""
    node = sx.unwrap(value)
    if node is None or node.type != "member_expression":
        return False
    prop = node.child_by_field_name("property")
    return prop is not None and sx.text(src, prop) == "searchParams"


def _inline_search_reads(ctx: FileContext, ep: EntryPoint, args: list[Node]) -> set[str]:
    """The keys of the request's search params read inline as one of ``args`` (`sp.get("q")` of
    `req.nextUrl.searchParams` or `new URL(req.url).searchParams`, with a `?? ""` / `|| ""` fallback or a
    cast): the value as the client sent it. A value coerced or handed to a call first is not followed."""
    src = ctx.src
    found: set[str] = set()
    for arg in args:
        node = sx.strip_types(sx.unwrap(arg))
        while node is not None and node.type == "binary_expression":
            op = node.child_by_field_name("operator")
            if op is None or sx.text(src, op) not in ("??", "||"):
                break
            node = sx.strip_types(sx.unwrap(node.child_by_field_name("left")))
        if node is None or node.type != "call_expression":
            continue
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression" or sx.text(src, fn.child_by_field_name("property")) != "get":
            continue
        holder = fn.child_by_field_name("object")
        if holder is None or not _search_params_object(src, holder):
            continue
        if not identifiers(src, holder) & ep.input_params:
            continue  # (the search params of a URL the server built, not the request's)
        keys = sx.call_args(node)
        key = sx.strip_types(keys[0]) if keys else None
        found.add(sx.text(src, key).strip("\"'`") if key is not None and key.type == "string" else sx.text(src, node))
    return found


def _search_params_urls(ctx: FileContext, ep: EntryPoint, decls: list[tuple[set[str], Node]]) -> set[str]:
    """Locals holding the request's URL (`new URL(req.url)`, `req.nextUrl`) that the entry point reads only
    through `.searchParams`: what flows from them is a search param (a URL used whole, a redirect's base or
    its origin, is the server's own address)."""
    src = ctx.src
    urls: set[str] = set()
    for names, value in decls:
        node = sx.unwrap(value)
        if len(names) != 1 or node is None:
            continue
        if node.type == "new_expression":
            ctor, args = node.child_by_field_name("constructor"), node.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and len(args.named_children) == 1 else None
            held = (
                ctor is not None
                and sx.text(src, ctor) == "URL"
                and first is not None
                and first.type == "member_expression"
                and sx.text(src, first.child_by_field_name("property")) == "url"
            )
        else:
            held = node.type == "member_expression" and sx.text(src, node.child_by_field_name("property")) == "nextUrl"
        held_url = first if node.type == "new_expression" else node
        obj = held_url.child_by_field_name("object") if held and held_url is not None else None
        if obj is not None and obj.type == "identifier" and sx.text(src, obj) in ep.input_params:
            urls |= names
    if not urls:
        return urls
    for ident in sx.find(ep.fn.node, ("identifier",)):
        name = sx.text(src, ident)
        if name not in urls:
            continue
        parent = ident.parent
        if parent is not None and parent.type == "variable_declarator" and parent.child_by_field_name("name") == ident:
            continue  # its declaration
        used_for_params = (
            parent is not None
            and parent.type == "member_expression"
            and parent.child_by_field_name("object") == ident
            and sx.text(src, parent.child_by_field_name("property")) == "searchParams"
        )
        if not used_for_params:
            urls.discard(name)
    return urls


def _read_answered_by_helper(ctx: FileContext, read: Node, value: Node) -> bool:
    """The search param read ``read`` is handed (within ``value``) to a project helper whose answer carries
    none of its arguments unchecked (`orderByColumn(sp.get("sort"))` answering a column of a fixed map)."""
    node: Node | None = read.parent
    while node is not None and node != value.parent:
        if node.type == "call_expression":
            target = ctx.analyzer.target(ctx.module, node)
            if target is not None and target.body is not None:
                # (`sanitizeReturnPath(sp.get("next"))`: a checker by name, as the taint walk counts it, also
                # when it answers its input past a schema's `safeParse` the summary does not follow)
                return (
                    sanitizer_call(sx.callee_name(ctx.src, node)) or not ctx.analyzer.summary(target).returns_unchecked
                )
        node = node.parent
    return False


def _checked_by_helper(ctx: FileContext, read: Node, value: Node) -> bool:
    """The body read ``read`` is handed (within ``value``) to a project helper that returns what it was
    given only after checking it (`typeof b.accent !== "string" || !/^#.../.test(b.accent)` -> throw,
    then `return { theme: b.theme, accent: b.accent }`): its answer is not the raw body."""
    node: Node | None = read.parent
    while node is not None and node != value.parent:
        if node.type == "call_expression":
            target = ctx.analyzer.target(ctx.module, node)
            if target is not None and target.body is not None:
                summary = ctx.analyzer.summary(target)
                return summary.returns_input and not summary.returns_unchecked
        node = node.parent
    return False


def _allowlisted(ctx: FileContext, ep: EntryPoint, value: Node) -> bool:
    """A list whose items an allow-list filter kept (`.filter((c) => ALLOWED.includes(c))`), or a type
    guard kept (`_type_guarded`)."""
    call = sx.unwrap(value)
    if _type_guarded(ctx, value):
        return True
    if call is None or call.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, call)) != "filter":
        return False
    return allowlist_filter(ctx.src, call, set(ep.input_params))


def _type_guarded(ctx: FileContext, value: Node) -> bool:
    """A list a type-guard filter kept (`_type_guard_filter`), also as the one non-empty arm of
    `Array.isArray(x) ? x.filter(...) : []`."""
    node = sx.unwrap(value)
    if node is not None and node.type == "ternary_expression":
        arms = [sx.unwrap(node.child_by_field_name(f)) for f in ("consequence", "alternative")]
        kept = [a for a in arms if a is not None and not (a.type == "array" and not a.named_children)]
        node = kept[0] if len(kept) == 1 else None
    if node is None or node.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, node)) != "filter":
        return False
    return _type_guard_filter(ctx, node)


_PRIMITIVE_TYPES = frozenset({"string", "number", "boolean", "bigint"})
_TYPE_PREDICATES = frozenset({"Array.isArray", "Number.isFinite", "Number.isInteger", "Number.isSafeInteger"})


def _item_read(ctx: FileContext, node: Node | None, item: str) -> bool:
    """``node`` is the item or a field of it (`t`, `(d as Draft).fieldKey`), no call on the way."""
    node = sx.unwrap(node)
    while node is not None and node.type in ("member_expression", "subscript_expression"):
        node = sx.unwrap(node.child_by_field_name("object"))
    return node is not None and node.type == "identifier" and ctx.text(node) == item


def _type_guard_filter(ctx: FileContext, call: Node) -> bool:
    """`.filter((t) => typeof t === "string")`, `.filter((d): d is Draft => !!d && typeof d === "object" &&
    typeof d.key === "string" && d.value !== undefined)`: every test of the callback (all joined by
    `&&`) is a type guard on the item or one of its fields, and one says it is a string, number or
    boolean: only items of the shape the route expects are kept."""
    found = sx.predicate_callback(ctx.src, call)
    if found is None:
        return False
    item, body = found
    tests: list[Node] = []
    pending: list[Node | None] = [body]
    while pending:
        node = sx.unwrap(pending.pop())
        if node is None:
            return False
        if node.type == "binary_expression" and ctx.text(node.child_by_field_name("operator")) == "&&":
            pending += [node.child_by_field_name("left"), node.child_by_field_name("right")]
        else:
            tests.append(node)
    primitive = False
    for test in tests:
        if test.type == "unary_expression" and ctx.text(test).startswith("!!"):
            inner = sx.unwrap(test.named_children[0]) if test.named_children else None
            inner = sx.unwrap(inner.named_children[0]) if inner is not None and inner.named_children else None
            if not _item_read(ctx, inner, item):
                return False
            continue
        if test.type == "identifier":
            if ctx.text(test) != item:
                return False
            continue
        if test.type == "call_expression":
            args = sx.call_args(test)
            if sx.callee_name(ctx.src, test) not in _TYPE_PREDICATES or len(args) != 1:
                return False
            if not _item_read(ctx, args[0], item):
                return False
            primitive = primitive or sx.callee_name(ctx.src, test) != "Array.isArray"
            continue
        if test.type != "binary_expression":
            return False
        op = ctx.text(test.child_by_field_name("operator"))
        left, right = sx.unwrap(test.child_by_field_name("left")), sx.unwrap(test.child_by_field_name("right"))
        if left is None or right is None:
            return False
        if left.type == "unary_expression" and ctx.text(left).startswith("typeof") and op in ("===", "=="):
            kind = sx.string_value(ctx.src, right)
            if kind is None or not _item_read(ctx, left.named_children[0] if left.named_children else None, item):
                return False
            primitive = primitive or kind in _PRIMITIVE_TYPES
            continue
        # (`d.value !== undefined`, `d !== null`: present, whatever its type)
        if op in ("!==", "!=") and ctx.text(right) in ("undefined", "null") and _item_read(ctx, left, item):
            continue
        return False
    return primitive


_ITEM_PARSE = frozenset({"parse", "validateSync", "assert"})


def _parses_param(ctx: FileContext, body: Node, param: str, methods: frozenset[str]) -> bool:
    """``body`` is a schema call handed the callback's own item (`S.safeParse(r)`, valibot `v.parse(S, r)`)."""
    if body.type != "call_expression":
        return False
    callee = sx.callee_name(ctx.src, body)
    if sx.last_name(callee) not in methods or not ctx.analyzer.vocab.is_validation(callee):
        return False
    return any(ctx.text(sx.unwrap(a)) == param for a in sx.call_args(body))


def _field_of(ctx: FileContext, body: Node, param: str, fields: tuple[str, ...]) -> bool:
    """``body`` is `param.field` (`r.data`, `r.success`) for one of ``fields``."""
    body = sx.unwrap(body) or body
    if body.type == "binary_expression" and ctx.text(body.child_by_field_name("operator")) in ("===", "=="):
        if ctx.text(body.child_by_field_name("right")) != "true":
            return False
        body = sx.unwrap(body.child_by_field_name("left")) or body
    if body.type != "member_expression":
        return False
    obj, prop = body.child_by_field_name("object"), body.child_by_field_name("property")
    return obj is not None and ctx.text(obj) == param and ctx.text(prop) in fields


def _method_call(ctx: FileContext, node: Node | None, method: str) -> tuple[Node, str, Node] | None:
    """``node`` as `list.method((x) => BODY)`: the call, the callback's parameter and BODY."""
    call = sx.unwrap(node)
    if call is None or call.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, call)) != method:
        return None
    cb = sx.predicate_callback(ctx.src, call)
    return (call, cb[0], cb[1]) if cb is not None else None


def _per_item_validation(ctx: FileContext, value: Node | None) -> list[Node] | None:
    """Each item of a list passed a schema before the list is used: `rows.map((r) => S.parse(r))`, or
    `rows.map((r) => S.safeParse(r)).filter((r) => r.success).map((r) => r.data)` (only the items that
    passed, their parsed data); the chain's calls, None for any other value."""
    last = _method_call(ctx, value, "map")
    if last is None:
        return None
    call, param, body = last
    if _parses_param(ctx, body, param, _ITEM_PARSE):
        return [call]
    fn = call.child_by_field_name("function")
    if not _field_of(ctx, body, param, ("data", "output")) or fn is None:
        return None
    kept = _method_call(ctx, fn.child_by_field_name("object"), "filter")
    if kept is None or not _field_of(ctx, kept[2], kept[1], ("success",)):
        return None
    fn = kept[0].child_by_field_name("function")
    first = _method_call(ctx, fn.child_by_field_name("object") if fn is not None else None, "map")
    if first is None or not _parses_param(ctx, first[2], first[1], frozenset({"safeParse"})):
        return None
    return [call, kept[0], first[0]]


def _element_bindings(ctx: FileContext, ep: EntryPoint) -> list[tuple[set[str], Node]]:
    """The element parameter of each callback handed to an array method (`list.map((item) => ...)`),
    with the collection it walks (not the callbacks of a per-item validation, whose items only reach
    the schema)."""
    out: list[tuple[set[str], Node]] = []
    src = ctx.src
    # the calls of those method names (the file's calls by name, indexed once: most calls are none of them)
    calls = (
        ctx.calls_named(ep.fn.node, _ELEMENT_CALLBACKS)
        if ep.fn.module is ctx.module
        else [
            c
            for c in sx.find(ep.fn.node, ("call_expression",))
            if sx.last_name(sx.callee_name(src, c)) in _ELEMENT_CALLBACKS
        ]
    )
    checked: set[int] = set()
    if src.find(b"arse(", ep.fn.node.start_byte, ep.fn.node.end_byte) != -1:
        for call in calls:
            if sx.last_name(sx.callee_name(src, call)) == "map" and (chain := _per_item_validation(ctx, call)):
                checked |= {c.id for c in chain}
    for call in calls:
        if call.id in checked:
            continue
        over = sx.strip_types(call.child_by_field_name("function"))
        if over is None or over.type != "member_expression":
            continue
        if ctx.text(over.child_by_field_name("property")) not in _ELEMENT_CALLBACKS:
            continue
        args = sx.call_args(call)
        cb = sx.strip_types(args[0]) if args else None
        obj = over.child_by_field_name("object")
        if obj is not None and cb is not None and sx.is_function(cb):
            first = ctx.module.function_for(cb).param_nodes()[:1]
            out.extend((set(sx.pattern_names(ctx.src, p)), obj) for p in first)
    return out


def _callback_elements(found: _Decls) -> set[str]:
    return {n for names, _ in found.elements for n in names}


def _value_flow(ctx: FileContext, value: Node, client: set[str]) -> set[str]:
    """The names whose value flows into ``value``, a type coercion (`Number(x)`, `new Date(x)`) followed
    as a transform: it fixes the type, not the value (NaN, a negative, an Invalid Date go on)."""
    with coercions_unchecked():
        return value_refs(ctx.analyzer, ctx.module, value, client)[0]


def _flowing(ctx: FileContext, nodes: list[Node], client: set[str]) -> set[str]:
    """`flowing_refs` of a sink's values, a type coercion followed as in `_value_flow`."""
    with coercions_unchecked():
        return flowing_refs(ctx.analyzer, ctx.module, nodes, client)


# A number's or a date's refusing tests: `Number.isFinite(n)`, `isNaN(d.getTime())`, a range comparison
_RANGE_OPS = ("<", "<=", ">", ">=")
_NUMBER_TESTS = frozenset(
    {"isFinite", "Number.isFinite", "isNaN", "Number.isNaN", "Number.isInteger", "Number.isSafeInteger", "isValid"}
)


def _coerced_then_refused(
    ctx: FileContext, ep: EntryPoint, name: str, client: set[str], values: dict[str, list[Node]], sink: Node
) -> bool:
    """``name`` holds only a type coercion of client input (`Number(fd.get("seats"))`, `new Date(at)`) and an
    `if` ahead of ``sink`` that leaves the function tests it for a number's range or validity
    (`if (!Number.isFinite(seats) || seats < 1) throw`): past the exit, a number or date the action accepts."""
    if name not in values or not all(
        not (v := value_refs(ctx.analyzer, ctx.module, value, client))[0] & client and v[1] for value in values[name]
    ):
        return False
    return _range_refused(ctx, ep, name, sink)


def _number_param_refused(ctx: FileContext, ep: EntryPoint, name: str, sink: Node) -> bool:
    """``name`` is a parameter declared a number (`increaseView(itemId: number)`) and an `if` ahead of
    ``sink`` that leaves the function holds it to a range (`if (itemId <= 0) throw`): an explicit runtime
    check of the value, as a text's length bound is (the annotation alone is none)."""
    for param in sx.find(ep.fn.node.child_by_field_name("parameters") or ep.fn.node, ("required_parameter",)):
        pattern, annotation = param.child_by_field_name("pattern"), param.child_by_field_name("type")
        if (
            pattern is not None
            and pattern.type == "identifier"
            and ctx.text(pattern) == name
            and annotation is not None
            and ctx.text(annotation).lstrip(": ").strip() == "number"
        ):
            return _range_refused(ctx, ep, name, sink)
    return False


def _range_refused(ctx: FileContext, ep: EntryPoint, name: str, sink: Node) -> bool:
    """An `if` ahead of ``sink`` that leaves the function tests ``name`` for a number's range or validity."""
    src = ctx.src
    for stmt in sx.find(ep.fn.node, ("if_statement",)):
        if stmt.start_byte >= sink.start_byte or not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        cond = stmt.child_by_field_name("condition")
        for n in sx.walk(cond) if cond is not None else []:
            operands: list[Node | None]
            if n.type == "call_expression" and sx.callee_name(src, n) in _NUMBER_TESTS:
                operands = list(sx.call_args(n)[:1])
            elif n.type == "binary_expression" and ctx.text(n.child_by_field_name("operator")) in _RANGE_OPS:
                operands = [n.child_by_field_name("left"), n.child_by_field_name("right")]
            else:
                continue
            if any(sx.root_identifier(src, sx.unwrap(o)) == name for o in operands if o is not None):
                return True
    return False


def _checked(
    ctx: FileContext, name: str, validated: set[str], derived: set[str], values: dict[str, list[Node]], seen: set[str]
) -> bool:
    """Every value ``name`` is assigned is built only from validated client input
    (`const messages = [...history, message]` with `message` from `schema.safeParse`), in
    whichever branch it is assigned."""
    if name in validated or name in seen:  # (a self-reference, `list = [...list, x]`, adds nothing)
        return True
    if name not in values:
        return False
    seen.add(name)
    for value in values[name]:
        files = validated & derived & identifiers(ctx.src, value)
        if files and reads_file_contents(ctx.src, value, files):
            return False  # (an upload checked as a `File`, its text read here)
        refs = _value_flow(ctx, value, derived) & derived
        if not all(_checked(ctx, r, validated, derived, values, seen) for r in refs):
            return False
    return True


def _skipped_by_caller(ctx: FileContext, ep: EntryPoint, call: Node, derived: set[str]) -> bool:
    """The check runs only under a condition naming what the caller sent (`if (secret && signature)`):
    a request that leaves the signature out skips it."""
    node: Node | None = call
    while node is not None and node != ep.fn.node:
        parent = node.parent
        if (
            parent is not None
            and parent.type == "if_statement"
            and node == parent.child_by_field_name("consequence")
            and identifiers(ctx.src, parent.child_by_field_name("condition")) & derived
        ):
            return True
        node = parent
    return False


def _signed_body_at(ctx: FileContext, ep: EntryPoint, derived: set[str]) -> int | None:
    """Where a route verifies a signature over the raw body it read (`verifySlackRequest({ body:
    rawBody, signature, signingSecret })` whose result is checked): from there on the body was
    written by the signing provider, not by a user."""
    src = ctx.src
    # (a secret held in a local first, `const secret = process.env.HOOK_SECRET`: the call names the local)
    body = ep.fn.node.child_by_field_name("body")
    env_locals: dict[str, str] = {}
    for name, d in ctx.first_declarators(body).items() if body is not None else ():
        value = d.child_by_field_name("value")
        if value is not None and name.isidentifier() and ctx.text(value).startswith(("process.env.", "env.")):
            env_locals[name] = ctx.text(value)
    for call in sx.find(ep.fn.node, ("call_expression",)):
        # the raw body, a server-held secret (`env.SIGNING_SECRET`) and a signature to check against
        # (the cheap tests first: nearly every call mentions no `env.`)
        if src.find(b"env.", call.start_byte, call.end_byte) == -1 and not (
            env_locals and any(a.type == "identifier" and ctx.text(a) in env_locals for a in sx.call_args(call))
        ):
            continue
        args = sx.call_args(call)
        text = " ".join(ctx.text(a) for a in args)
        if "env." not in text:
            text += " " + " ".join(env_locals.get(ctx.text(a), "") for a in args if a.type == "identifier")
        if "env." not in text or not _SIGNATURE.search(sx.callee_name(src, call) + text):
            continue
        names = {n for a in args for n in identifiers(src, a)}
        if not names & derived:
            continue
        if _skipped_by_caller(ctx, ep, call, derived):
            continue
        # the verdict must be acted on: `if (!verify(...)) return 401`, or `const v = verify(...)`
        # followed by `if (!v.valid) return ...`
        checked: list[Node] = []
        p = call.parent
        while p is not None and p.type in _VERDICT_WRAPPERS:
            p = p.parent
        if p is not None and p.type == "variable_declarator":
            bound = set(sx.pattern_names(src, p.child_by_field_name("name")))
            checked = [
                s
                for s in sx.find(ep.fn.node, ("if_statement",))
                if s.start_byte > call.end_byte and identifiers(src, s.child_by_field_name("condition")) & bound
            ]
        elif p is not None and p.type == "if_statement":
            checked = [p]
        if any(sx.exits(src, s.child_by_field_name("consequence")) for s in checked):
            return call.end_byte
    return None


def check(ctx: FileContext) -> Iterator[Finding]:
    az = ctx.analyzer
    for ep in ctx.entry_points:
        if not ep.input_params:
            continue
        # (a schema that declares an upload a File leaves the name it was sent under unchecked)
        if ep.schema_validated and not ep.input_params & ep.raw_params and not _schema_upload_named(ctx, ep):
            continue
        if deployment.closed_for_entry(ctx.analyzer, ep):
            continue  # a development or test helper: production callers never reach its sinks
        handed = deployment.instance_call(ep.fn.module.src, ep)
        if handed is not None and not param_type_declares(ctx.analyzer.program, ep.fn, *handed):
            continue  # a server utility exported from a use-server file: a client's call throws first
        flow = ctx.flow(ep)
        events, trimmed = flow.events, flow.trimmed
        # (a key stored for one customer, a SCIM or partner client, compared with the caller's header:
        # what it sends is that customer's choice, as a user's is, not a provider's signed event)
        customer = (
            any(ev.kind in _SINKS and ev.state.auth == "secret" for ev in events)
            and ep.kind in ("route", "pages-api")
            and ep.fn.module is ctx.module
            and (
                guards.stored_client_secret(ctx.src, guards.with_local_helpers(ep.fn, az.target))
                # (nor past a device's key, a person's PIN or password checked against its stored hash:
                # a kiosk's attendant typed what it sends)
                or guards.person_credential_checked(ctx.src, ep.fn.node)
            )
        )
        # signature-verified webhooks: the provider, not a user, wrote the body (a token its
        # wrapper checks says who may call, not that the body is a provider's own)
        trusted = [ev for ev in events if ev.state.auth == "secret" and not ep.secret_gate and not customer]
        trusted_ids = {id(ev) for ev in trusted}
        sinks = [
            ev
            for ev in events
            if (ev.kind in _SINKS or _account_admin_call(ev) or _remote_file_change(ctx, ev))
            and id(ev) not in trusted_ids
        ]
        # (but what such a caller sends pasted into SQL text: a cron's `?period=`, a signed form's field made
        # part of the statement; there its content, not who wrote it, is the risk. Only the pasted values count)
        pasted_only = {id(ev) for ev in trusted if ep.kind in ("route", "pages-api") and _sql_text_sink(ctx, ev)}
        sinks += [ev for ev in trusted if id(ev) in pasted_only]
        # (an audit-trail row written with the ORM, `prisma.auditLog.create`, last: a DB write too)
        sinks += [ev for ev in events if ev.kind == "trail" and ev.state.auth != "secret"]
        if not sinks:
            # (what is client-derived is asked only of a sink; an API client's fetch is no event of the flow)
            if ep.kind in ("route", "pages-api") and (found := _client_class_url(ctx, ep, _Decls(ctx, ep))) is not None:
                yield ctx.finding(
                    META, "unvalidated", ep.anchor, function=ep.fn, endpoint=endpoint(ep), value=found[0], sink=found[1]
                )
            continue
        decls = _Decls(ctx, ep)
        derived, values = client_derived(ctx, ep, found=decls)
        elements = _callback_elements(decls)
        signed = _signed_body_at(ctx, ep, derived) if ep.kind == "route" else None
        url_derived: tuple[set[str], dict[str, list[Node]]] | None = None
        url_only: set[str] | None = None  # without the route params
        query_derived: tuple[set[str], dict[str, list[Node]]] | None = None  # with pages-router query values
        schema_keys: dict[str, set[str] | None] = {}  # `_fields_outside_schema`'s answers, per parsed name
        for ev in sinks:
            if signed is not None and ev.node.start_byte > signed and id(ev) not in pasted_only:
                continue
            if ev.op is not None and sdk_client_op(ctx.analyzer.program, ctx.module, ev.op):
                continue
            if _trpc_caller_call(ctx, ev):
                continue  # a tRPC procedure called server-side: its own `.input(schema)` parses what it is handed
            if (
                _authenticators_own_lookup(ctx, ev)
                and not _action_hands_its_input(ctx, ep, ev)
                and not _hands_body_value(ctx, ep, ev, values)
            ):
                continue
            if _another_action(ctx, ep, ev):
                continue  # judged where it is an entry point itself: any client may call it directly
            # (a POST of the entry point's own mail or SMS send, `sendSms` posting to its gateway: the
            # request body is the message, an email/SMS send's arguments)
            mailed = ev.kind == "fetch" and mailer_request(ep.fn, ctx.src, ev)
            nodes = sx.call_args(ev.node) if mailed else _unchecked_nodes(ctx, ev)
            names, assigned = derived, values
            route_only: set[str] = set()
            # the request body's values bound as SQL parameters: arbitrary JSON, as into an ORM call
            bound: list[Node] = []
            pasted = _helper_sql_text_args(ctx, ev) if ep.kind in ("route", "pages-api") else None
            filters = _filter_text_nodes(ctx, ev) if ep.kind in ("route", "pages-api") else []
            if ep.kind in ("route", "pages-api") and (_content_sink(ev) or pasted or filters):
                # a URL value (search or route param) put into a redirect or fetch URL, a file path or
                # SQL text: there its content, not its type, is the risk
                # (a route param is a path segment the router matched: into a same-origin redirect
                # path it cannot go anywhere else; pasted unencoded into its query string, `/start?qr=${code}`,
                # it adds query values of the caller's own; into a fetch URL, a file path or SQL it can)
                if url_derived is None:
                    url_derived = client_derived(ctx, ep, url_values=True, route_params=True, found=decls)
                names, assigned = url_derived
                if ev.kind == "redirect" and ep.kind == "route":
                    if url_only is None:
                        url_only = client_derived(ctx, ep, url_values=True, route_params=False, found=decls)[0]
                    route_only = names - url_only
                if pasted:  # a project helper pastes these arguments into its SQL text
                    nodes = pasted
                elif filters:  # PostgREST filter text: only what is pasted into it, not `.eq(col, value)`
                    nodes = filters
                elif ev.op is not None:  # SQL: only what is pasted into the text, not bound parameters
                    bound = nodes
                    nodes = _op_text_nodes(ctx.src, ev.op)
            elif ev.kind == "db":
                # (parameters, form and body values into a pattern or filter text: the DB call consumes it)
                nodes = [*nodes, *_pattern_text_nodes(ctx, ev), *_mongo_filter_parts(ctx, ep, ev)]
            # a pages-router query value into a DB call, an ORM filter or a bound parameter: `string | string[]`,
            # cast `as string` (an annotation, no check), so an array reaches the query (ruling pass 34)
            raw_query = ep.kind == "pages-api" and ev.kind == "db" and not pasted and not filters
            if raw_query and not _content_sink(ev):
                if query_derived is None:
                    query_derived = client_derived(ctx, ep, raw_query=True, found=decls)
                names, assigned = query_derived
            # (items of a client list handed to a callback, `list.map((item) => ...)`, are client input too)
            client = ev.state.client | (names & elements)
            # (and a form body filled with their values: `params.append("to", phone)`, which the flow does not follow)
            client |= {h for held, v in decls.filled if identifiers(ctx.src, v) & ev.state.client for h in held}
            # (a text trimmed and refused when empty is checked for its type: not for a URL, a path or SQL
            # text, whose content is the risk)
            validated = ev.state.validated - trimmed if _content_sink(ev) or filters else ev.state.validated
            validated = validated | _vetted_by_mailer(ctx, ev)
            bad = (_flowing(ctx, nodes, names) & client & names) - validated
            bad = {n for n in bad if not _checked(ctx, n, validated, names, assigned, set())}
            if bad:
                # `const seats = Number(fd.get("seats")); if (seats < 1 || seats > 500) throw`: refused out of range
                bad = {n for n in bad if not _coerced_then_refused(ctx, ep, n, names, assigned, ev.node)}
                # `increaseView(itemId: number)` with `if (itemId <= 0) throw` first: held to a range
                bad = {n for n in bad if not _number_param_refused(ctx, ep, n, ev.node)}
            if bad and _content_sink(ev) and ev.kind == "db":
                # `${orderBy(sp.get("sort"))}` answering only constants of the helper's allow-list maps
                bad = {n for n in bad if not _only_through_checking_helpers(ctx, nodes, n)}
            if not bad and validated & names:
                # `raw.accountType` read off the object a schema without that field parsed
                read = _with_local_objects(ctx, nodes, assigned)
                bad = _fields_outside_schema(ctx, ep, read, validated & names, schema_keys)
            if bound and id(ev) not in pasted_only:
                if raw_query and query_derived is None:
                    query_derived = client_derived(ctx, ep, raw_query=True, found=decls)
                bound_names, bound_values = query_derived if raw_query and query_derived else (derived, values)
                body = (_flowing(ctx, bound, bound_names) & ev.state.client & bound_names) - validated
                body = {n for n in body if not _checked(ctx, n, validated, bound_names, bound_values, set())}
                # (`[req.query.id]`: a request read only for its URL parts; in a pages router those count)
                bad |= {
                    n
                    for n in body
                    if n not in ep.input_params or not _only_url_uses(ctx.src, bound, n, raw_query=raw_query)
                }
            if bad and any("." in k for k in validated):
                # `data: { name: formData.get("project") }` after `S.safeParse({ project: formData.get("project") })`
                # passed, `${body.clientId}` after `isUuid(body.clientId)`: that read holds the checked value
                checked = validated
                bad &= {i for n in [*nodes, *bound] for i in identifiers_past_checked_reads(ctx.src, n, checked, True)}
            if ep.kind == "pages-api" and not _content_sink(ev) and not pasted:
                # `where: { id: req.query.id }`: a request read only for its URL parts (not one a project helper
                # pastes into its SQL text, `volunteerByEmail(String(req.query.email))`: there its content counts)
                bad = {
                    n
                    for n in bad
                    if n not in ep.input_params or not _only_url_uses(ctx.src, nodes, n, raw_query=raw_query)
                }
            if ev.kind == "redirect":
                # a route param into the path of the redirect: a segment the router already matched
                bad = {n for n in bad if n not in route_only or _in_query_string(ctx.src, nodes, n)}
                plain = names - route_only  # (a route param ahead of the path is a matched segment too)
                # `/sign-in?error=${encodeURIComponent(error)}`: a query value cannot move the target
                bad = {n for n in bad if not _only_encoded_query(ctx.src, nodes, n, plain, assigned)}
                # `${origin}${next}` with `next` kept only when it is a local path
                bad = {n for n in bad if not _local_path_after_origin(ctx.src, ep, nodes, n, plain, assigned)}
                # `redirect(landingUrl(next))` with the helper pasting `next` only past such a test of it
                bad = {n for n in bad if not _local_path_through_helper(ctx, nodes, n)}
            if ev.kind == "fetch" and bad and not mailed:
                # `https://api.example.com/v2/search?${new URLSearchParams({ query }).toString()}`: a value of
                # the query string of a URL the server wrote whole, host and path (a secret sent along or not)
                bad = {n for n in bad if not _encoded_query_of_fixed_url(ctx.src, nodes, n, assigned)}
            if ev.kind == "fetch" and bad and not mailed and not _SECRET_SETTING.search(ctx.text(ep.fn.node)):
                # `${apiUrl}/members/${encodeURIComponent(id)}`: the server chose the host
                pinned = _PinnedUrl(ctx, ep, names, assigned)
                bad = {n for n in bad if not pinned.holds(n, nodes)}
            if ep.kind in ("action", "inline-action") and bad:
                # `const config = logger.getConfig()` with `logger: Logger`: no client can send a class's methods
                bad = {n for n in bad if not _from_class_methods(ctx, ep, n, assigned)}
                # `const url = request.nextUrl.clone()` with `request: NextRequest`: no client sends a request
                bad = {n for n in bad if not _cloned_request_url(ctx, ep, n, assigned)}
            if bad and ev.kind == "db" and not pasted and not filters:
                # `if (!isSupportedType(file.type)) return 400` on a form's upload: only a File has a type
                # that passes (a text field has none); through an ORM its name and size are plain values
                bad = {n for n in bad if not _upload_of_allowed_type(ctx, ep, n, assigned, ev.node)}
            if not bad and ev.kind == "fs":
                # `writeFile(join(dir, `${id}.${file.name.split(".").pop()}`), bytes)` after `file instanceof
                # File` and `file.type` / `file.size` tests: those vouch for the upload's kind, not its name
                bad = _upload_name_in_path(ctx, ep, nodes, ev, assigned)
            if not bad and ep.kind in ("route", "pages-api") and not filters and not pasted:
                # a search or route param made into a Mongo pattern (`$regex: name`, `new RegExp(tag)`):
                # there its content, not its type, is the risk, as in SQL text
                bad, assigned, nodes = _unchecked_pattern_input(ctx, ep, ev, decls, elements, trimmed)
            if not bad and pasted and ep.kind == "route":
                # `searchInvoices(req.nextUrl.searchParams.get("q") ?? "")`: a search param read inline as the
                # argument a project helper pastes into its SQL text, as a local holding it would be
                bad = _inline_search_reads(ctx, ep, pasted)
            if not bad:
                continue
            sink = sink_name(ctx.src, ev.node)
            # a "missing X" rule: anchored on the entry point's name, like missing-auth
            value = _named_value(ctx, ep, bad, assigned, nodes)
            yield ctx.finding(
                META, "unvalidated", ep.anchor, function=ep.fn, endpoint=endpoint(ep), value=value, sink=sink
            )
            break
        else:
            if ep.kind in ("route", "pages-api") and (found := _client_class_url(ctx, ep, decls)) is not None:
                yield ctx.finding(
                    META, "unvalidated", ep.anchor, function=ep.fn, endpoint=endpoint(ep), value=found[0], sink=found[1]
                )


# -- an upload whose declared type passed an allowlist ----------------------------------------------


def _upload_of_allowed_type(
    ctx: FileContext, ep: EntryPoint, name: str, assigned: dict[str, list[Node]], sink: Node
) -> bool:
    """``name`` holds a form's upload (`const f = form.get("file") as File`) and an exit before ``sink``
    refuses it unless its `type` passes an allowlist (`if (!isSupportedFileType(f.type)) return 400`,
    `if (f.type !== "application/pdf") throw`): a text field has no `type`, so what goes on is a File.
    Not a deny-list (`if (f.type === "x") return`: a text passes it), nor a JSON body's object."""
    values = assigned.get(name, [])
    if not values or not all(_form_value(ctx, ep, v, assigned) for v in values):
        return False
    body = ep.fn.body
    if body is None:
        return False
    # `const ext = f.name.split(".").pop()`: the extension of the upload's name (a text field has no `name`)
    extensions = {
        ctx.text(d.child_by_field_name("name"))
        for d in sx.find(body, ("variable_declarator",), into_functions=False)
        if d.child_by_field_name("value") is not None
        and re.match(rf"{re.escape(name)}\??\.name\??\.", ctx.text(d.child_by_field_name("value")))
    }
    for stmt in sx.find(body, ("if_statement",), into_functions=False):
        if stmt.start_byte > sink.start_byte or sx.exits(ctx.src, stmt.child_by_field_name("consequence")) is None:
            continue
        if _refuses_unlisted_type(ctx.src, stmt.child_by_field_name("condition"), name, frozenset(extensions)):
            return True
    return False


def _form_value(ctx: FileContext, ep: EntryPoint, value: Node, assigned: dict[str, list[Node]]) -> bool:
    """`form.get("file")` (also cast, `as File`) of a `FormData`: the request's `await req.formData()`
    or an action's `formData: FormData` parameter."""
    v = sx.unwrap(value)
    if v is None or v.type != "call_expression":
        return False
    fn = sx.strip_types(v.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression" or ctx.text(fn.child_by_field_name("property")) != "get":
        return False
    obj = sx.unwrap(fn.child_by_field_name("object"))
    if obj is None:
        return False
    if obj.type == "call_expression":
        return sx.last_name(sx.callee_name(ctx.src, obj)) == "formData"
    if obj.type != "identifier":
        return False
    form = ctx.text(obj)
    made = [
        d.child_by_field_name("value")
        for d in sx.find(ep.fn.node, ("variable_declarator",))
        if ctx.text(d.child_by_field_name("name")) == form
    ]
    if made and all(
        (u := sx.unwrap(m)) is not None
        and u.type == "call_expression"
        and sx.last_name(sx.callee_name(ctx.src, u)) == "formData"
        for m in made
    ):
        return True
    return bool(re.search(rf"\b{re.escape(form)}\??\s*:\s*FormData\b", ctx.text(ep.fn.node)))


def _refuses_unlisted_type(src: bytes, cond: Node | None, name: str, also: frozenset[str] = frozenset()) -> bool:
    """A condition true whenever ``name``'s `type` is missing or unlisted: `!allowed(name.type)`,
    `!name.type.startsWith("image/")`, `!LIST.includes(name.type)`, `name.type !== "application/pdf"`,
    or one of such terms joined by `||`. ``also``: locals holding the upload's kind too (the extension of
    its name, `!ALLOWED.includes(ext)`)."""
    c = sx.unwrap(cond)
    if c is None:
        return False
    field = f"{name}.type"
    if c.type == "binary_expression":
        op = sx.text(src, c.child_by_field_name("operator"))
        left, right = sx.unwrap(c.child_by_field_name("left")), sx.unwrap(c.child_by_field_name("right"))
        if op == "||":
            return _refuses_unlisted_type(src, left, name, also) or _refuses_unlisted_type(src, right, name, also)
        if op in ("!==", "!="):
            texts = {sx.text(src, left), sx.text(src, right)}
            other = (texts - {field, f"{name}?.type"}) if texts & {field, f"{name}?.type"} else set()
            return len(other) == 1 and next(iter(other))[:1] in ("'", '"', "`")
        return False
    if c.type != "unary_expression" or sx.text(src, c.child_by_field_name("operator")) != "!":
        return False
    call = sx.unwrap(c.child_by_field_name("argument"))
    if call is None or call.type != "call_expression":
        return False
    if any(sx.text(src, sx.unwrap(a)) in {field, f"{name}?.type", *also} for a in sx.call_args(call)):
        return True
    callee = sx.strip_types(call.child_by_field_name("function"))
    obj = (
        sx.unwrap(callee.child_by_field_name("object"))
        if callee is not None and callee.type == "member_expression"
        else None
    )
    return obj is not None and sx.text(src, obj) in (field, f"{name}?.type")


# -- the name an upload was sent under, in a file path --------------------------------------------


_NAME_CLEANERS = re.compile(r"saniti[sz]e|slugify", re.I)


# a schema field that only says a value is a File: `z.instanceof(File)`, `z.custom<File>((v) => v instanceof File)`
_FILE_FIELD = re.compile(
    r"instanceof\(\s*(?:File|Blob)\s*\)|\binstanceof\s+(?:File|Blob)\b|custom<\s*(?:File|Blob)\s*>"
)


def _schema_file_fields(ctx: FileContext, ep: EntryPoint) -> set[str]:
    """Keys of the safe-action/zsa input schema declared a File (or Blob) by the schema (also imported):
    like an `instanceof File` test in the action, that vouches for the upload's kind, not the name it was
    sent under."""
    out: set[str] = set()
    program = ctx.analyzer.program
    for mod, node in ep.schemas:
        for key in schema_keys(mod, node, program) or {}:
            field = schema_field(mod, node, key, program)
            if field is not None and _FILE_FIELD.search(field[0].text(field[1])):
                out.add(key)
    return out


def _schema_upload_named(ctx: FileContext, ep: EntryPoint) -> bool:
    """The action reads a `.name` and its input schema declares some field a File."""
    src = ep.fn.module.src
    return src.find(b".name", ep.fn.node.start_byte, ep.fn.node.end_byte) != -1 and bool(_schema_file_fields(ctx, ep))


def _upload_name_in_path(
    ctx: FileContext, ep: EntryPoint, nodes: list[Node], ev: Event, assigned: dict[str, list[Node]]
) -> set[str]:
    """The local (or upload) through which the client's file name (`file.name`) of an upload checked
    only for its kind reaches a file path: a test of one field of the upload (`file.type`, `file.size`,
    `file instanceof File`) vouches for that field or the kind, not for the name. A name (or a local
    made from it) tested by a condition of its own (`/^[\\w-]+\\.png$/.test(file.name)`,
    `ALLOWED.includes(ext)`) counts as checked; an extension picked from a table keyed by `file.type`
    holds no part of the name."""
    fn_text = ctx.text(ep.fn.node)
    declared = _schema_file_fields(ctx, ep) if ep.schemas and ".name" in fn_text else set()
    if ("instanceof" not in fn_text and not declared) or ".name" not in fn_text:
        return set()
    uploads = {
        n
        for n in ev.state.client & ev.state.validated
        if "." not in n and (n in declared or re.search(rf"\b{re.escape(n)}\s+instanceof\s+(?:File|Blob)\b", fn_text))
    }
    if not uploads:
        return set()
    conds = [
        ctx.text(c).strip("!() ")
        for n in sx.find(ep.fn.node, ("if_statement", "ternary_expression"))
        if (c := n.child_by_field_name("condition")) is not None
    ]

    def tested(text: str) -> bool:
        # (`if (!ext)`: an emptiness test checks nothing of what the text says)
        return any(c != text and re.search(rf"(?<![\w.]){re.escape(text)}(?!\w)", c) for c in conds)

    seen: set[str] = set()

    def carries(node: Node, depth: int) -> bool:
        if _NAME_CLEANERS.search(ctx.text(node)):
            return False  # `sanitizeFilename(file.name)`, `slugify(file.name)`: made safe for a path
        for m in sx.find(node, ("member_expression",)):
            obj, prop = m.child_by_field_name("object"), m.child_by_field_name("property")
            if (
                obj is not None
                and obj.type == "identifier"
                and ctx.text(obj) in uploads
                and ctx.text(prop) == "name"
                and not tested(ctx.text(m))
            ):
                return True
        if depth > 4:
            return False
        for i in identifiers(ctx.src, node) - uploads - seen:
            seen.add(i)
            if not tested(i) and any(carries(v, depth + 1) for v in assigned.get(i, [])):
                return True
        return False

    for node in nodes:
        for m in sx.find(node, ("member_expression",)):
            obj = m.child_by_field_name("object")
            if obj is not None and carries(m, 0) and ctx.text(m.child_by_field_name("property")) == "name":
                return {ctx.text(obj)}
        for i in sorted(identifiers(ctx.src, node) - uploads):
            if i not in seen and not tested(i) and any(carries(v, 1) for v in assigned.get(i, [])):
                return {i}
    return set()


# -- the project's API client class: `client.fetchNote(id)` pasting `id` into the path it fetches ----


def _client_class_url(ctx: FileContext, ep: EntryPoint, decls: _Decls) -> tuple[str, str] | None:
    """A URL value of a route (search or route param) handed to a method of a project class instance
    (`const client = await makeClient(token)`, a factory returning `new BackendClient(...)`, or a
    module's `new BackendClient(...)`) that pastes it unencoded into the URL it fetches, itself or
    through the class's own helpers (`this.get(`/notes/${id}`)` -> `fetch(`${this.base}${path}`)`).
    Only checks made before the request's end count (the final state): fewer, not more, findings."""
    calls = [
        c
        for c in sx.find(ep.fn.node, ("call_expression",))
        if (f := sx.strip_types(c.child_by_field_name("function"))) is not None
        and f.type == "member_expression"
        and (o := f.child_by_field_name("object")) is not None
        and o.type == "identifier"
        and sx.call_args(c)
    ]
    # the methods first (most receivers are no project class instance), the client's values after
    pasting: list[tuple[Node, str, list[int]]] = []
    classes: dict[str, tuple[Module, Node] | None] = {}  # (one receiver, many calls)
    for call in calls:
        if ctx.analyzer.target(ctx.module, call) is not None:
            continue  # a function the flow already follows
        fn = sx.strip_types(call.child_by_field_name("function"))
        obj = fn.child_by_field_name("object") if fn is not None else None
        prop = fn.child_by_field_name("property") if fn is not None else None
        if obj is None or prop is None:
            continue
        receiver = ctx.text(obj)
        if receiver not in classes:
            classes[receiver] = _instance_class(ctx, ep, receiver)
        found = classes[receiver]
        method = _class_method(found[0], found[1], ctx.text(prop)) if found is not None else None
        idx = sorted(_url_params(ctx, found[0], found[1], method, 0)) if found is not None and method else []
        if idx:
            pasting.append((call, f"{receiver}.{ctx.text(prop)}", idx))
    if not pasting:
        return None
    names, assigned = client_derived(ctx, ep, url_values=True, route_params=True, found=decls)
    validated = ctx.flow(ep).final.validated
    for call, sink, idx in pasting:
        args = sx.call_args(call)
        for i in idx:
            if i >= len(args):
                continue
            bad = (flowing_refs(ctx.analyzer, ctx.module, [args[i]], names) & names) - validated
            bad = {n for n in bad if not _checked(ctx, n, validated, names, assigned, set())}
            if bad:
                # (`req.query.time_frame as TimeFrame` handed over whole: the read, not `req`, is the value)
                arg = sx.strip_types(args[i])
                whole = arg is not None and arg.type == "member_expression" and sorted(bad)[0] in ep.input_params
                return ctx.text(arg) if whole else sorted(bad)[0], sink
    return None


_CLASS_TYPES = ("class_declaration", "abstract_class_declaration", "class")


def _instance_class(ctx: FileContext, ep: EntryPoint, name: str) -> tuple[Module, Node] | None:
    """The project class ``name`` is an instance of: a local of the entry point or a module value made
    by `new C(...)`, or by a project factory that returns one (up to three calls deep)."""
    value: Node | None = None
    for d in sx.find(ep.fn.node, ("variable_declarator",)):
        target = d.child_by_field_name("name")
        if target is not None and target.type == "identifier" and ctx.text(target) == name:
            value = d.child_by_field_name("value")
    found = (ctx.module, value) if value is not None else ctx.analyzer.program.resolve_value(ctx.module, name)
    return _constructed(ctx, found[0], found[1], 0) if found is not None else None


def _constructed(ctx: FileContext, mod: Module, value: Node | None, depth: int) -> tuple[Module, Node] | None:
    value = sx.unwrap(value)
    if value is None or depth > 3:
        return None
    if value.type == "new_expression":
        ctor = value.child_by_field_name("constructor")
        if ctor is None or ctor.type != "identifier":
            return None
        found = ctx.analyzer.program.resolve_value(mod, mod.text(ctor))
        return found if found is not None and found[1].type in _CLASS_TYPES else None
    if value.type != "call_expression":
        return None
    factory = ctx.analyzer.target(mod, value)
    if factory is None or factory.body is None:
        return None
    body = factory.body
    returned = (
        [r.named_children[0] for r in sx.find(body, ("return_statement",), False) if r.named_children]
        if body.type == "statement_block"
        else [body]
    )
    for r in returned:
        made = _constructed(ctx, factory.module, r, depth + 1)
        if made is not None:
            return made
    return None


def _class_method(mod: Module, cls: Node, method: str) -> Function | None:
    """The instance method ``method`` of a class declaration (not a static one)."""
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if member.type != "method_definition" or any(c.type == "static" for c in member.children):
            continue
        name = member.child_by_field_name("name")
        if name is not None and mod.text(name) == method:
            return mod.function_for(member, method, name)
    return None


_ENCODERS = frozenset({"encodeURIComponent", "URLSearchParams"})


def _url_params(ctx: FileContext, mod: Module, cls: Node, fn: Function, depth: int) -> frozenset[int]:
    """Which parameters of a class method reach the URL of a `fetch` unencoded, there or through
    another method of the class it calls on `this` (memoised per method)."""
    memo: dict[tuple[str, int], frozenset[int]] = tree_fact(ctx.analyzer.program.tree, "class_url_params", dict)
    if fn.key in memo:
        return memo[fn.key]
    memo[fn.key] = frozenset()  # (a cycle of methods pastes nothing more)
    src, params = mod.src, fn.params
    hit: set[int] = set()
    for call in sx.find(fn.node, ("call_expression",)):
        callee = sx.callee_name(src, call)
        args = sx.call_args(call)
        if callee == "fetch" and args:
            urls = args[:1]
        elif callee.startswith("this.") and callee.count(".") == 1 and depth < 4:
            inner = _class_method(mod, cls, callee[5:])
            idx = _url_params(ctx, mod, cls, inner, depth + 1) if inner is not None else frozenset()
            urls = [args[i] for i in sorted(idx) if i < len(args)]
        else:
            continue
        refs = {r for u in urls for r in _pasted(mod, fn, u, 0)}
        hit |= {i for i, p in enumerate(params) if p in refs}
    memo[fn.key] = frozenset(hit)
    return memo[fn.key]


def _pasted(mod: Module, fn: Function, node: Node, depth: int) -> set[str]:
    """Names pasted as they are into ``node`` (not inside `encodeURIComponent(...)` or a
    `URLSearchParams`, which encode), also through the method's locals."""
    out: set[str] = set()
    for n in sx.walk(node):
        if n.type == "identifier" and not any(
            a.type in ("call_expression", "new_expression")
            and sx.last_name(mod.text(a.child_by_field_name("function") or a.child_by_field_name("constructor")))
            in _ENCODERS
            for a in sx.ancestors(n)
            if a.start_byte >= node.start_byte and a.end_byte <= node.end_byte
        ):
            out.add(mod.text(n))
    if depth < 2:
        for d in sx.find(fn.node, ("variable_declarator",)):
            target = d.child_by_field_name("name")
            value = d.child_by_field_name("value")
            if target is not None and value is not None and set(sx.pattern_names(mod.src, target)) & out:
                out |= _pasted(mod, fn, value, depth + 1)
    return out


def _named_value(
    ctx: FileContext, ep: EntryPoint, bad: set[str], assigned: dict[str, list[Node]], nodes: Sequence[Node] = ()
) -> str:
    """The value the message names: one the client wrote in the request body (`const { phone } =
    req.body`) before one a helper read off the request (`clientIp(req)`, from a header a proxy may
    set), which a reader would not take for the input at fault; the parameter a project helper was handed
    before the local holding its answer; one pasted into the sink as it is before one only ever encoded
    there (`${next}?m=${encodeURIComponent(message)}`: `next` moves the target); otherwise the first by name."""
    ordered = sorted(bad, key=lambda n: (_only_encoded_in(ctx.src, nodes, n), n))
    if len(ordered) >= 2 and ordered[0] not in ep.input_params:
        # (`student` before `html` of `const { html } = await template(student)`: what a project helper
        # made of the caller's value is not what the caller sent)
        made = _made_by_helper_from(ctx, ep, assigned.get(ordered[0], ()), set(ordered) & ep.input_params)
        if made is not None:
            return made
    if len(ordered) < 2 or ep.kind not in ("route", "pages-api"):
        return ordered[0]
    return next((n for n in ordered if _from_body(ctx, ep, n, assigned, set())), ordered[0])


def _only_encoded_in(src: bytes, nodes: Sequence[Node], name: str) -> bool:
    """Every use of ``name`` in ``nodes`` is the argument of `encodeURIComponent(...)` (and there is one)."""
    uses = [n for node in nodes for n in sx.walk(node) if n.type == "identifier" and sx.text(src, n) == name]
    for n in uses:
        args = n.parent
        while args is not None and args.type in sx.TRANSPARENT:
            args = args.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        if call is None or call.type != "call_expression" or sx.callee_name(src, call) != "encodeURIComponent":
            return False
    return bool(uses)


def _made_by_helper_from(ctx: FileContext, ep: EntryPoint, values: Iterable[Node], params: set[str]) -> str | None:
    """The parameter (of ``params``) handed to the project helper whose answer one of ``values`` is."""
    for value in values:
        call = sx.unwrap(value)
        while call is not None and call.type == "await_expression" and call.named_children:
            call = sx.unwrap(call.named_children[0])
        if call is None or call.type != "call_expression" or ctx.analyzer.target(ep.fn.module, call) is None:
            continue
        handed = {n for a in sx.call_args(call) for n in identifiers(ctx.src, a)} & params
        if handed:
            return sorted(handed)[0]
    return None


def _from_body(ctx: FileContext, ep: EntryPoint, name: str, assigned: dict[str, list[Node]], seen: set[str]) -> bool:
    """``name`` is assigned the request's body or a part of it, directly or through other locals."""
    if name in seen:
        return False
    seen.add(name)
    for value in assigned.get(name, ()):
        text = ctx.text(value)
        # (`req.body`, `req.body.phone`; an app route's `await request.json()`)
        if any(text.startswith(f"{p}.body") for p in ep.input_params) or _BODY_READ.search(text):
            return True
        refs = identifiers(ctx.src, value) & assigned.keys()
        if any(_from_body(ctx, ep, r, assigned, seen) for r in refs):
            return True
    return False


_PARSE_CALLS = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync"})


def _fields_outside_schema(
    ctx: FileContext, ep: EntryPoint, nodes: list[Node], parsed: set[str], memo: dict[str, set[str] | None]
) -> set[str]:
    """Names of ``parsed`` (objects handed to a schema) whose field the sink reads although the
    schema has no such field (`v.safeParse(S, raw)`, then `raw.accountType`): that field passed no check."""
    out: set[str] = set()
    src = ctx.src
    for node in nodes:
        for m in sx.find(node, ("member_expression",), False):
            obj = sx.strip_types(m.child_by_field_name("object"))
            if obj is None or obj.type != "identifier" or sx.text(src, obj) not in parsed:
                continue
            name = sx.text(src, obj)
            if name not in memo:
                memo[name] = _parsed_schema_keys(ctx, ep, name)
            keys = memo[name]
            if keys is not None and ctx.text(m.child_by_field_name("property")) not in keys:
                out.add(name)
    return out


def _with_local_objects(ctx: FileContext, nodes: list[Node], assigned: dict[str, list[Node]]) -> list[Node]:
    """``nodes`` and the object literals the plain locals among them are bound to (`values(row)` with
    `const row = { photos: input.photos }`): where the fields of a parsed object are read."""
    out = list(nodes)
    for node in nodes:
        u = sx.unwrap(node)
        if u is None or u.type != "identifier":
            continue
        for value in assigned.get(ctx.text(u), []):
            v = sx.unwrap(value)
            if v is not None and v.type == "object":
                out.append(v)
    return out


def _parsed_schema_keys(ctx: FileContext, ep: EntryPoint, name: str) -> set[str] | None:
    """The fields of the object schema ``name`` is parsed by, when every parse of it is known (None otherwise)."""
    src = ctx.src
    keys: set[str] | None = None
    for call in sx.find(ep.fn.node, ("call_expression",)):
        callee = sx.callee_name(src, call)
        if sx.last_name(callee) not in _PARSE_CALLS:
            continue
        args = sx.call_args(call)
        if not args or sx.text(src, sx.strip_types(args[-1])) != name:
            continue
        fn = sx.unwrap(call.child_by_field_name("function"))
        # `S.safeParse(raw)` (zod) or `v.safeParse(S, raw)` (valibot)
        schema = args[0] if len(args) == 2 else fn.child_by_field_name("object") if fn is not None else None
        schema = sx.strip_types(schema)
        if schema is not None and schema.type == "identifier" and ep.fn.body is not None:
            # (`const shape = z.object({...}); shape.parse(raw)` inside the action itself)
            schema = local_const(src, ep.fn.body, ctx.text(schema)) or schema
        found = schema_keys(ctx.module, schema, ctx.analyzer.program)
        if found is None:
            return None
        keys = set(found) if keys is None else keys | set(found)
    return keys


def _another_action(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The sink, in an inline form action, is a call of another server action, an exported function of a
    `"use server"` module (`await createAbsence({ ... formData.get("startDate") ... })`): that
    action is an entry point of its own, which any client may call with anything, so what it checks
    (or not) of these values is judged there, not once more at each caller."""
    node = ev.node
    if node.type != "call_expression" or ep.kind != "inline-action":
        # (an exported action handing its own parameters on keeps its finding: nothing in front of it checks
        # them either, and a judge reads the hole where the request arrives)
        return False
    target = ctx.analyzer.target(ctx.module, node)
    if target is None or target.key == ep.fn.key or target.module.directive != "use server":
        return False
    return target.name in target.module.exports.values() and sx.is_function(target.node)


def _vetted_by_mailer(ctx: FileContext, ev: Event) -> set[str]:
    """`send(to, subject, <Report address={to} />)` of a helper that sends nothing unless `to` is one
    of the stored addresses (`Summary.email_vetted`): the plain locals handed at such a position hold
    the checked value wherever else the call puts them (the mail's body)."""
    if ev.kind != "email" or ev.node.type != "call_expression":
        return set()
    target = ctx.analyzer.target(ctx.module, ev.node)
    vetted = ctx.analyzer.summary(target).email_vetted if target is not None else frozenset()
    if not vetted:
        return set()
    out: set[str] = set()
    params = target.param_nodes() if target is not None else []
    for p, arg in zip(params, sx.call_args(ev.node), strict=False):
        names = sx.pattern_names(target.module.src, p) if target is not None else []
        bare = sx.strip_types(arg)
        if bare is not None and bare.type == "identifier" and len(names) == 1 and names[0] in vetted:
            out.add(sx.text(ctx.src, bare))
    return out


def _account_admin_call(ev: Event) -> bool:
    """`supabase.auth.admin.createUser({ email, app_metadata })`, `updateUserById(id, body)`: accounts made or
    changed with the service key, from what the caller sends (a sink like a database write)."""
    return ev.kind == "store" and ev.node.type == "call_expression" and bool(ACCOUNT_ADMIN.search(ev.callee or ""))


def _remote_file_change(ctx: FileContext, ev: Event) -> bool:
    """`dav.putFileContents(path, text)`, `dav.deleteFile(path)`: a remote store's file (WebDAV) written or
    removed by the path it is handed, recorded as a store change; its path is a sink as an `fs` call's is."""
    return ev.kind == "store" and bool(ev.callee) and remote_file_write(ctx.module, ev.callee)


def _remote_path_change(ev: Event) -> bool:
    """A store change by a remote file store's method (`_remote_file_change`, the module asked there)."""
    return ev.kind == "store" and sx.last_name(ev.callee or "") in REMOTE_FILE_WRITES


def _unchecked_nodes(ctx: FileContext, ev: Event) -> list[Node]:
    """What the sink consumes; for a project helper's query, only the arguments that get there
    without passing the helper's own check (`validateWithSchema(schema, req.body)` inside it)."""
    target = ctx.analyzer.target(ctx.module, ev.node) if ev.node.type == "call_expression" else None
    if target is not None and ev.op is not None and ev.op.api == "helper":
        return helper_args(ctx.src, ev.node, target, ev.op.unchecked)
    if target is not None and ev.kind == "email" and ctx.analyzer.summary(target).sends_email:
        return helper_args(ctx.src, ev.node, target, ctx.analyzer.summary(target).email_params)
    if target is not None and ev.kind == "redirect" and ctx.analyzer.summary(target).redirect_params:
        # a project helper redirecting to a target its caller hands it: that argument
        return helper_args(ctx.src, ev.node, target, ctx.analyzer.summary(target).redirect_params)
    if target is not None and ev.kind in ("fs", "exec"):
        # a project helper that writes files or runs a command: the arguments that get there unchecked
        return helper_args(ctx.src, ev.node, target, ctx.analyzer.summary(target).effect_params)
    # (a remote file written: its path, not the bytes stored there)
    raw = fs_path_args(ctx.src, ev.node) if _remote_path_change(ev) else sink_nodes(ctx.analyzer, ctx.module, ev)
    nodes = [v for n in raw for v in template_values(ctx.src, n)]
    return [a for n in nodes for a in _raw_sql_text(ctx, n)]


_RAW_SQL_BUILDERS = frozenset({"raw", "unsafe"})


def _raw_sql_text(ctx: FileContext, node: Node) -> list[Node]:
    """`db.execute(sql.raw(...))` with a template of the caller's value: the text a raw SQL builder is
    handed is what the query consumes (the builder's value is no database answer); also a raw fragment a
    tagged template nests, `` sql`... AND ${sql.raw(`status IN (${list})`)}`.execute(db) ``."""
    inner = node.named_children[0] if node.type == "template_substitution" and node.named_child_count == 1 else node
    call = sx.unwrap(inner)
    if call is None or call.type != "call_expression":
        return [node]
    if sx.last_name(sx.callee_name(ctx.src, call)) not in _RAW_SQL_BUILDERS:
        return [node]
    return sx.call_args(call)[:1] or [node]


# Request parts that are strings (or string arrays) by construction: the URL and its headers.
_URL_PARTS = frozenset({"query", "headers", "cookies", "method", "url"})
# ... and the connection the request came over (`req.socket.remoteAddress`, the older `req.connection`): the
# peer's address, set by the network stack, no field the client fills
_PEER_PARTS = frozenset({"socket", "connection"})


def _uncoerced(src: bytes, node: Node) -> Node:
    """The value a type coercion is made of, past a literal fallback: `parseInt(req.query.page as string, 10) || 1`
    is `req.query.page`."""
    node = sx.unwrap(node) or node
    if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) in ("||", "??"):
        right = sx.unwrap(node.child_by_field_name("right"))
        if right is not None and right.type in ("number", "string"):
            node = sx.unwrap(node.child_by_field_name("left")) or node
    if node.type == "call_expression" and sx.callee_name(src, node) in TYPE_COERCIONS:
        args = sx.call_args(node)
        if args:
            return sx.unwrap(args[0]) or node
    return node


def _url_member(src: bytes, node: Node, roots: set[str]) -> bool:
    """`req.query`, `req.query.teamId`, `req.headers["x-id"]`: a URL or header read of a request param."""
    return _url_part(src, node, roots) in _URL_PARTS | _PEER_PARTS


def _url_part(src: bytes, node: Node, roots: set[str]) -> str | None:
    """The request part a member read of a request param starts with: `query` for `req.query.teamId`."""
    node = sx.unwrap(node) or node
    while node.type in ("member_expression", "subscript_expression"):
        obj = sx.unwrap(node.child_by_field_name("object"))
        if obj is not None and obj.type == "identifier" and sx.text(src, obj) in roots:
            prop = node.child_by_field_name("property") if node.type == "member_expression" else None
            return sx.text(src, prop) if prop is not None else None
        if obj is None:
            return None
        node = obj
    return None


def _raw_query_value(src: bytes, node: Node, roots: set[str]) -> bool:
    """`req.query.id as string`, `String(req.query.id ?? "")`, `req.query`: a pages-router query value as it came
    (`string | string[]`, a cast or `String()` checks nothing); not one made a number (`Number(req.query.page)`)."""
    node = sx.unwrap(node) or node
    for _ in range(2):  # `String(req.query.id || "")`, `String(req.query.id) || ""`
        if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) in ("||", "??"):
            right = sx.unwrap(node.child_by_field_name("right"))
            if right is not None and right.type == "string":
                node = sx.unwrap(node.child_by_field_name("left")) or node
        if node.type == "call_expression" and sx.callee_name(src, node) == "String":
            args = sx.call_args(node)
            if args:
                node = sx.unwrap(args[0]) or node
    return _url_part(src, node, roots) == "query"


def _only_url_uses(src: bytes, nodes: list[Node], name: str, raw_query: bool = False) -> bool:
    """Every use of the request ``name`` in ``nodes`` reads a URL part (`req.query.id`); with ``raw_query``,
    a query value used as it came (`req.query.id as string`, `String(req.query.id)`) is no such use."""
    seen = False
    for node in nodes:
        for n in sx.walk(node, into_functions=True):
            if n.type != "identifier" or sx.text(src, n) != name:
                continue
            top = n
            while (
                top.parent is not None
                and top.parent.type in ("member_expression", "subscript_expression")
                and (top.parent.child_by_field_name("object") == top)
            ):
                top = top.parent
            if not _url_member(src, top, {name}):
                return False
            if raw_query and _url_part(src, top, {name}) == "query" and not _made_a_number(src, top):
                return False
            seen = True
    return seen


def _made_a_number(src: bytes, node: Node) -> bool:
    """``node`` is the argument of a number coercion, past casts and a literal fallback:
    `parseInt(req.query.page as string, 10)`, `Number(req.query.n ?? "1")`."""
    p = node.parent
    while p is not None and (
        p.type in sx.TRANSPARENT
        or (p.type == "binary_expression" and sx.text(src, p.child_by_field_name("operator")) in ("||", "??"))
    ):
        p = p.parent
    call = p.parent if p is not None and p.type == "arguments" else None
    return call is not None and call.type == "call_expression" and sx.callee_name(src, call) in TYPE_COERCIONS


def _in_query_string(src: bytes, nodes: list[Node], name: str) -> bool:
    """``name`` is pasted into a template after its `?` (`/start?qr=${code}`), where it can add
    query values of the caller's own."""
    for node in nodes:
        for n in sx.walk(node, into_functions=True):
            if n.type != "identifier" or sx.text(src, n) != name:
                continue
            slot = n.parent
            while slot is not None and slot.type not in ("template_substitution", "arguments", "statement_block"):
                slot = slot.parent
            tpl = slot.parent if slot is not None and slot.type == "template_substitution" else None
            if tpl is not None and slot is not None and src.find(b"?", tpl.start_byte, slot.start_byte) != -1:
                return True
    return False


def _query_slots(src: bytes, nodes: list[Node], name: str, serialized: bool) -> Iterator[tuple[Node | None, bool]]:
    """Each use of ``name`` in ``nodes``: the template substitution it fills, `${encodeURIComponent(name)}`
    (encoded) or `${name}` when ``name`` holds a serialized query string, else None; and whether it was encoded."""
    for node in nodes:
        for n in sx.walk(node, into_functions=True):
            if n.type != "identifier" or sx.text(src, n) != name:
                continue
            args = n.parent
            while args is not None and args.type in sx.TRANSPARENT:
                args = args.parent
            call = args.parent if args is not None and args.type == "arguments" else None
            encoded = (
                call is not None
                and call.type == "call_expression"
                and sx.callee_name(src, call) == "encodeURIComponent"
            )
            slot = call.parent if call is not None and encoded else None
            if not encoded and serialized and n.parent is not None and n.parent.type == "template_substitution":
                slot = n.parent  # `${q}`, the serialized query itself
            yield (slot if slot is not None and slot.type == "template_substitution" else None), encoded


def _only_encoded_query(
    src: bytes, nodes: list[Node], name: str, client: set[str], assigned: dict[str, list[Node]]
) -> bool:
    """Every use of ``name`` in ``nodes`` is `encodeURIComponent(name)` in the path or query string of a
    template whose path is same-origin and fixed (`${basePath}/sign-in?error=${encodeURIComponent(e)}`,
    `/join/${encodeURIComponent(code)}/login`),
    or a server route then its query (`${ROUTES.settings.root}?error=${encodeURIComponent(e)}`); or
    ``name`` holds a whole query string a serializer encoded (`const q = new URLSearchParams(f).toString()`,
    then `${route}?${q}`): a query value cannot move the target."""
    serialized = bool(assigned.get(name)) and all(_serialized_query(src, v) for v in assigned[name])
    seen = False
    for slot, encoded in _query_slots(src, nodes, name, serialized):
        tpl = slot.parent if slot is not None else None
        if slot is None or tpl is None:
            return False
        # `/join/${encodeURIComponent(code)}/accept`: an encoded segment of a same-origin path has
        # no `/`, `?` or `#` of its own to move the target off the path the server wrote
        if not (_fixed_query_head(src, tpl, slot, client) or (encoded and _same_origin_path(src, tpl, client))):
            return False
        seen = True
    return seen


_FIXED_URL_HEAD = re.compile(rb"^`https?://[\w.-]+(:\d+)?(/[^`$?#]*)?\?[^`$#]*$")


def _encoded_query_of_fixed_url(src: bytes, nodes: list[Node], name: str, assigned: dict[str, list[Node]]) -> bool:
    """Every use of ``name`` in ``nodes`` is a query value of a template URL whose scheme, host and path are
    literal text (`https://api.example.com/v2/search?${q}`): ``name`` encoded there
    (`encodeURIComponent(name)`) or holding a query string a serializer encoded with keys the server names
    (`new URLSearchParams({ query }).toString()`). The caller picks a search term, not where it goes."""
    serialized = bool(assigned.get(name)) and all(_serialized_query(src, v) for v in assigned[name])
    seen = False
    for slot, _encoded in _query_slots(src, nodes, name, serialized):
        tpl = slot.parent if slot is not None else None
        if slot is None or tpl is None or tpl.type != "template_string":
            return False
        if not _FIXED_URL_HEAD.match(src[tpl.start_byte : slot.start_byte]):
            return False
        seen = True
    return seen


def _fixed_query_head(src: bytes, tpl: Node, slot: Node, client: set[str]) -> bool:
    """``slot`` is in the query string of ``tpl``, after a same-origin path (`/x?`, `${basePath}/x?`) or
    after a server value alone (`${ROUTES.settings.root}?`): what comes before the `?` holds no client value."""
    head = src[tpl.start_byte : slot.start_byte]
    if b"?" not in head:
        return False
    if _same_origin_path(src, tpl, client):
        return True
    subs = [c for c in tpl.named_children if c.type == "template_substitution"]
    first = subs[0] if subs else None
    return (
        first is not None
        and first.start_byte == tpl.start_byte + 1
        and src[first.end_byte : first.end_byte + 1] == b"?"
        and not identifiers(src, first, into_functions=True) & client
    )


# a whole query string made by an encoder: `new URLSearchParams(f).toString()`, `qs.stringify(f)`, a
# project serializer named for it (`filtersToQueryString(f)`, `buildSearchParams(f)`)
_QUERY_SERIALIZER = re.compile(
    r"(?:^|\.)(?:qs|querystring|queryString)\.stringify$"
    r"|(?:^|\.)(?:to|build|make|create|serialize|encode|format)\w*(?:Query|Search)_?(?:Params|String)$"
    r"|\wTo(?:Query|Search)_?(?:Params|String)$"
)


def _serialized_query(src: bytes, value: Node) -> bool:
    v = sx.unwrap(value)
    if v is None:
        return False
    if v.type == "new_expression":
        # (keys the server names, `new URLSearchParams({ page, sort })`; not the caller's whole object, whose
        # keys are theirs: `next=` among them)
        args = [sx.strip_types(a) for a in sx.call_args(v)]
        return sx.text(src, v.child_by_field_name("constructor")) == "URLSearchParams" and all(
            a is not None
            and a.type == "object"
            and all(c.type in ("pair", "shorthand_property_identifier") for c in a.named_children)
            for a in args
        )
    if v.type != "call_expression":
        return False
    fn = sx.strip_types(v.child_by_field_name("function"))
    if (
        fn is not None
        and fn.type == "member_expression"
        and sx.text(src, fn.child_by_field_name("property")) == "toString"
    ):
        obj = sx.unwrap(fn.child_by_field_name("object"))
        return obj is not None and _serialized_query(src, obj)
    return bool(_QUERY_SERIALIZER.search(sx.callee_name(src, v)))


def _local_path_after_origin(
    src: bytes, ep: EntryPoint, nodes: list[Node], name: str, client: set[str], assigned: dict[str, list[Node]]
) -> bool:
    """`const next = p.startsWith("/") ? p : "/home"` (or `if (!next.startsWith("/")) next = "/"`), then only
    ever `${origin}${next}`, `${origin}/${next}` or `https://${host}${next}`: a path right after the request's
    or the server's origin cannot leave it (`//evil.example` there is the path `https://app.example//evil.example`;
    without the origin, `//host` or `/\\host` might; without the check, `@host` might)."""
    values = assigned.get(name, [])
    picked = bool(values) and all(_local_path_pick(src, v, client) for v in values)
    if not picked and not _reset_unless_path(src, ep.fn.node, nodes, name):
        return False
    seen = False
    for node in nodes:
        for n in sx.walk(node, into_functions=True):
            if n.type != "identifier" or sx.text(src, n) != name:
                continue
            slot = n.parent
            tpl = slot.parent if slot is not None else None
            if slot is None or slot.type != "template_substitution" or tpl is None or tpl.type != "template_string":
                return False
            subs = [c for c in tpl.named_children if c.type == "template_substitution"]
            first = subs[0] if subs else None
            if first is None or len(subs) < 2 or subs[1] != slot:
                return False
            # before the origin: nothing, or a scheme (`https://${host}`); between it and the path: nothing,
            # or more path (`${origin}/${next}`)
            scheme = src[tpl.start_byte + 1 : first.start_byte]
            between = src[first.end_byte : slot.start_byte]
            if (scheme and not _SCHEME.fullmatch(scheme)) or (between and not between.startswith(b"/")):
                return False
            origin = sx.text(src, first)[2:-1].strip()
            named_origin = not scheme and (origin == "origin" or origin.endswith(".origin"))
            if not named_origin and identifiers(src, first) & client:
                return False
            seen = True
    return seen


_SCHEME = re.compile(rb"[a-z][a-z0-9+.-]*://")


def _reset_unless_path(src: bytes, fn: Node, nodes: list[Node], name: str) -> bool:
    """`if (!next.startsWith("/")) next = "/"` (or a branch that leaves), in the block that holds every use of
    ``name`` in ``nodes``, before them all, and no other assignment of ``name`` past it: what reaches them
    starts with `/`."""
    uses = [n for node in nodes for n in sx.walk(node, into_functions=True) if n.type == "identifier"]
    uses = [n for n in uses if sx.text(src, n) == name]
    if not uses:
        return False
    assigns = [
        a for a in sx.find(fn, ("assignment_expression",)) if sx.text(src, a.child_by_field_name("left")) == name
    ]
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        cond, then = stmt.child_by_field_name("condition"), stmt.child_by_field_name("consequence")
        block = stmt.parent
        if cond is None or then is None or block is None or stmt.child_by_field_name("alternative") is not None:
            continue
        if not any(_not_starting_with_slash(src, t, name) for t in _operands(src, cond, "||")):
            continue
        if not all(u.start_byte >= stmt.end_byte and sx.contains(block, u) for u in uses):
            continue
        if any(a.start_byte >= stmt.start_byte and not sx.contains(then, a) for a in assigns):
            continue  # assigned again past the test
        if sx.exits(src, then) is not None:
            return True
        body = sx.statements(then)
        resets = [
            st.named_children[0]
            for st in body
            if st.type == "expression_statement"
            and st.named_children
            and st.named_children[0].type == "assignment_expression"
        ]
        if (
            body
            and len(resets) == len(body)
            and all(
                sx.text(src, r.child_by_field_name("left")) == name
                and (value := sx.unwrap(r.child_by_field_name("right"))) is not None
                and (
                    value.type == "string"
                    or (
                        value.type == "template_string"
                        and not any(c.type == "template_substitution" for c in value.named_children)
                    )
                )
                for r in resets
            )
        ):
            return True
    return False


def _not_starting_with_slash(src: bytes, term: Node, name: str) -> bool:
    """`!name.startsWith("/")`."""
    inner = sx.unwrap(term)
    if inner is None or inner.type != "unary_expression" or sx.text(src, inner)[:1] != "!":
        return False
    call = sx.unwrap(inner.child_by_field_name("argument"))
    if call is None or call.type != "call_expression" or sx.callee_name(src, call) != f"{name}.startsWith":
        return False
    args = sx.call_args(call)
    return len(args) == 1 and args[0].type == "string" and sx.text(src, args[0])[1:-1] == "/"


def _local_path_through_helper(ctx: FileContext, nodes: list[Node], name: str) -> bool:
    """`redirect(landingUrl(next))`: ``name`` reaches the redirect only as an argument of project helpers
    that paste it into a URL only in the branch of a test that it is a local path (`if (p &&
    isLocalPath(p))`, the predicate answering `p.startsWith("/") && !p.startsWith("//")`), right after a
    value of the server's own (`${origin}${p}`): a path of this site cannot leave it."""
    seen = False
    for node in nodes:
        for n in sx.walk(node, into_functions=True):
            if n.type != "identifier" or ctx.text(n) != name:
                continue
            up = n.parent
            if up is not None and up.type == "ternary_expression" and up.child_by_field_name("condition") == n:
                continue  # (`parsed ? landingUrl(parsed.next) : home`: it only picks the branch)
            arg = n  # (or a field of it, `parsed.next`)
            while arg.parent is not None and arg.parent.type == "member_expression" and arg.parent.child(0) == arg:
                arg = arg.parent
            args = arg.parent
            call = args.parent if args is not None and args.type == "arguments" else None
            helper = ctx.analyzer.target(ctx.module, call) if call is not None else None
            if args is None or call is None or helper is None or helper.body is None:
                return False
            index = [a for a in args.named_children if a.type != "comment"].index(arg)
            params = helper.params
            if index >= len(params) or not _pasted_only_when_local(ctx, helper, params[index], set(params)):
                return False
            seen = True
    return seen


def _pasted_only_when_local(ctx: FileContext, helper: Function, param: str, params: set[str]) -> bool:
    """Every use of ``param`` in ``helper`` sits in an `if` whose `&&` terms test it to be a local path,
    in its condition, in a method call on it (`p.includes("?")`), or right after a first template value
    built from none of the helper's parameters (`${origin}${p}...`); or is the key of a project lookup
    answering a value of its own (`getSettingsPath(workspaceId)`, the path of a row it found)."""
    src = helper.module.src
    body = helper.body
    if body is None:
        return False
    uses = [n for n in sx.walk(body, into_functions=False) if n.type == "identifier" and sx.text(src, n) == param]
    for use in uses:
        guard = next(
            (
                a
                for a in sx.ancestors(use)
                if a.type == "if_statement"
                and _local_path_test(ctx, helper.module, a.child_by_field_name("condition"), param)
            ),
            None,
        )
        if guard is None:
            if _lookup_key(ctx, helper.module, use):
                continue
            return False
        cond = guard.child_by_field_name("condition")
        if cond is not None and sx.contains(cond, use):
            continue
        slot = use.parent
        if slot is not None and slot.type == "member_expression" and slot.parent is not None:
            if slot.parent.type == "call_expression":
                continue  # `p.includes("?")`
            return False
        tpl = slot.parent if slot is not None and slot.type == "template_substitution" else None
        subs = [c for c in tpl.named_children if c.type == "template_substitution"] if tpl is not None else []
        if (
            tpl is None
            or len(subs) < 2
            or subs[1] != slot
            or subs[0].start_byte != tpl.start_byte + 1
            or slot.start_byte != subs[0].end_byte
            or identifiers(src, subs[0]) & params
        ):
            return False
    return bool(uses)


def _lookup_key(ctx: FileContext, mod: Module, use: Node) -> bool:
    """``use`` is an argument of a call of a project function that answers none of its input, or not
    that one (`settingsPath(workspaceId, tab)` answering `tab` only)."""
    args = use.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    target = ctx.analyzer.target(mod, call) if args is not None and call is not None else None
    if target is None:
        return False
    summary = ctx.analyzer.summary(target)
    if not summary.returns_input:
        return True
    returned = summary.returned_params
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    index = given.index(use)
    return (
        returned is not None
        and returned <= set(target.params)
        and index < len(target.params)
        and target.params[index] not in returned
        and not any(a.type == "spread_element" for a in given)
    )


def _local_path_test(ctx: FileContext, mod: Module, cond: Node | None, param: str) -> bool:
    """`p && isLocalPath(p)` (a project predicate whose whole body answers `x.startsWith("/") &&
    !x.startsWith("//")` of its parameter), or that test written inline, among the `&&` terms."""
    src = mod.src
    if cond is None:
        return False
    terms = _operands(src, cond, "&&")
    if _starts_local(src, terms, param):
        return True
    for term in terms:
        call = sx.unwrap(term)
        if call is None or call.type != "call_expression":
            continue
        args = sx.call_args(call)
        if len(args) != 1 or sx.text(src, args[0]) != param:
            continue
        fn = sx.strip_types(call.child_by_field_name("function"))
        pred = (
            ctx.analyzer.program.resolve_function(mod, sx.text(src, fn))
            if fn is not None and fn.type == "identifier"
            else None
        )
        body = pred.body if pred is not None else None
        ret = sx.statements(body)[0] if body is not None and len(sx.statements(body)) == 1 else body
        if pred is None or ret is None or len(pred.params) != 1:
            continue
        value = ret.named_children[0] if ret.type == "return_statement" and ret.named_children else ret
        if _starts_local(pred.module.src, _operands(pred.module.src, value, "&&"), pred.params[0]):
            return True
    return False


def _starts_local(src: bytes, terms: list[Node], p: str) -> bool:
    """`p.startsWith("/")` and `!p.startsWith("//")` both among ``terms``."""
    tests: set[tuple[str, bool]] = set()
    for part in terms:
        inner, neg = sx.unwrap(part), False
        while inner is not None and inner.type == "unary_expression" and sx.text(src, inner)[:1] == "!":
            inner, neg = sx.unwrap(inner.child_by_field_name("argument")), not neg
        if inner is None or inner.type != "call_expression" or sx.callee_name(src, inner) != f"{p}.startsWith":
            continue
        args = sx.call_args(inner)
        if len(args) == 1 and args[0].type == "string":
            tests.add((sx.text(src, args[0])[1:-1], neg))
    return ("/", False) in tests and ("//", True) in tests


def _local_path_pick(src: bytes, value: Node, client: set[str]) -> bool:
    """`p.startsWith("/") ? p : "/"` (also `&& !p.startsWith("//")`, or `!p.startsWith("/") || ... ? "/" : p`):
    ``p`` only when it is a path, else a value of the server's."""
    tern = sx.unwrap(value)
    if tern is None or tern.type != "ternary_expression":
        return False
    cond = tern.child_by_field_name("condition")
    yes, no = tern.child_by_field_name("consequence"), tern.child_by_field_name("alternative")
    if cond is None or yes is None or no is None:
        return False
    yes, no = sx.strip_types(yes) or yes, sx.strip_types(no) or no
    for picked, other, op, negated in ((yes, no, "&&", False), (no, yes, "||", True)):
        if picked.type != "identifier" or identifiers(src, other) & client:
            continue
        p = sx.text(src, picked)
        tests: set[tuple[str, bool]] = set()
        for part in _operands(src, cond, op):
            inner, neg = sx.unwrap(part), False
            while inner is not None and inner.type == "unary_expression" and sx.text(src, inner)[:1] == "!":
                inner, neg = sx.unwrap(inner.child_by_field_name("argument")), not neg
            if inner is None or inner.type != "call_expression":
                continue
            fn = sx.strip_types(inner.child_by_field_name("function"))
            args = sx.call_args(inner)
            if (
                fn is None
                or fn.type != "member_expression"
                or sx.text(src, fn.child_by_field_name("object")) != p
                or sx.text(src, fn.child_by_field_name("property")) != "startsWith"
                or len(args) != 1
                or args[0].type != "string"
            ):
                continue
            tests.add((sx.text(src, args[0])[1:-1], neg != negated))
        # (`//host` is let through: only ever put after an origin, where it is a path of this site)
        if ("/", False) in tests:
            return True
    return False


def _operands(src: bytes, node: Node, op: str) -> list[Node]:
    """The operands of a chain of ``op`` (`a && b && c`)."""
    inner = sx.unwrap(node)
    operator = inner.child_by_field_name("operator") if inner is not None else None
    if inner is not None and inner.type == "binary_expression" and sx.text(src, operator) == op:
        left, right = inner.child_by_field_name("left"), inner.child_by_field_name("right")
        return [*(_operands(src, left, op) if left else []), *(_operands(src, right, op) if right else [])]
    return [node]


# a request carrying a server secret: a path an encoded `..` moves within the API is not harmless there
_SECRET_SETTING = re.compile(r"process\.env\.\w*(SECRET|TOKEN|_KEY|PASSWORD)")
_ORIGIN = re.compile(rb"^https?://[\w.-]+(:\d+)?/")


class _PinnedUrl:
    """Whether a fetch URL built from client input still goes to a host the server chose: every client
    value in it is an `encodeURIComponent`-ed part after a server base (`${apiUrl}/x/${encodeURIComponent(id)}`),
    a pages-router `req.url` (a path, `/...`) right after one (`${HUB}${req.url}`: a reverse proxy), or
    only picks a branch (`id ? ... : null`), also through the locals the URL is built in."""

    def __init__(self, ctx: FileContext, ep: EntryPoint, client: set[str], assigned: dict[str, list[Node]]) -> None:
        self.src = ctx.src
        self.ep = ep
        self.client = client
        self.assigned = assigned

    def holds(self, name: str, nodes: list[Node], depth: int = 0) -> bool:
        uses = [n for node in nodes for n in sx.walk(node, into_functions=True) if n.type == "identifier"]
        uses = [n for n in uses if sx.text(self.src, n) == name]
        return bool(uses) and all(self._fine(n, depth) for n in uses)

    def _fine(self, n: Node, depth: int) -> bool:
        name = sx.text(self.src, n)
        if _in_test(n) or self._encoded(n) or self._proxied_path(n):
            return True
        values = self.assigned.get(name)
        if depth > 3 or not values or n.parent is None or n.parent.type not in ("arguments", "template_substitution"):
            return False
        # a local the URL was built in: each client value inside its values must be fine there
        return all(
            self.holds(c, [v], depth + 1)
            for v in values
            for c in identifiers(self.src, v, into_functions=True) & self.client
        )

    def _slot(self, n: Node) -> tuple[Node, Node] | None:
        """(substitution, template) of the template part ``n`` fills."""
        slot = n.parent
        tpl = slot.parent if slot is not None and slot.type == "template_substitution" else None
        return (slot, tpl) if slot is not None and tpl is not None and tpl.type == "template_string" else None

    def _base_before(self, slot: Node, tpl: Node, joined: bool) -> bool:
        """The template starts with the server's origin (`${apiUrl}` or `https://host/`), and ``slot``
        comes after it: right after (``joined``), or in the path."""
        src = self.src
        text = src[tpl.start_byte + 1 : tpl.end_byte]
        first = next((c for c in tpl.named_children if c.type == "template_substitution"), None)
        if text.startswith(b"${") and first is not None and first != slot:
            if identifiers(src, first, into_functions=True) & self.client:
                return False
            between = src[first.end_byte : slot.start_byte]
            return between == b"" if joined else between.startswith(b"/")
        origin = _ORIGIN.match(text)
        return not joined and origin is not None and tpl.start_byte + 1 + origin.end() <= slot.start_byte

    def _encoded(self, n: Node) -> bool:
        args = n.parent
        while args is not None and args.type in sx.TRANSPARENT:
            args = args.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        if call is None or call.type != "call_expression" or sx.callee_name(self.src, call) != "encodeURIComponent":
            return False
        found = self._slot(call)
        return found is not None and self._base_before(found[0], found[1], joined=False)

    def _proxied_path(self, n: Node) -> bool:
        member = n.parent
        if self.ep.kind != "pages-api" or member is None or member.type != "member_expression":
            return False
        if sx.text(self.src, member.child_by_field_name("property")) != "url":
            return False
        found = self._slot(member)
        return found is not None and self._base_before(found[0], found[1], joined=True)


def _from_class_methods(ctx: FileContext, ep: EntryPoint, name: str, assigned: dict[str, list[Node]]) -> bool:
    """Every value ``name`` holds is a method's answer on a server action's parameter typed as a class
    of the project (`logger.getConfig()`, `logger: Logger`): an action's arguments arrive as plain data,
    with no methods, so the call throws before anything the client sent could come out of it."""
    values = [sx.unwrap(v) for v in assigned.get(name, [])]
    if not values:
        return False
    types = {
        sx.text(ctx.src, p.child_by_field_name("pattern")): sx.text(ctx.src, p.child_by_field_name("type")).lstrip(": ")
        for p in ep.fn.param_nodes()
        if p.child_by_field_name("type") is not None
    }
    for v in values:
        fn = (
            sx.strip_types(v.child_by_field_name("function")) if v is not None and v.type == "call_expression" else None
        )
        obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        found = ctx.analyzer.program.resolve_value(ep.fn.module, types.get(sx.text(ctx.src, obj), "")) if obj else None
        if fn is None or found is None or found[1].type != "class_declaration":
            return False
        method = sx.text(ctx.src, fn.child_by_field_name("property"))
        home, cls = found
        if not any(
            sx.text(home.src, m.child_by_field_name("name")) == method for m in sx.find(cls, ("method_definition",))
        ):
            return False
    return True


# the web request classes a parameter can be typed as (`NextRequest` from next/server, the global `Request`)
_REQUEST_CLASSES = {"NextRequest": "next/server", "Request": ""}


def _cloned_request_url(ctx: FileContext, ep: EntryPoint, name: str, assigned: dict[str, list[Node]]) -> bool:
    """Every value ``name`` holds is a clone of a server action's parameter typed as a web request, or of
    its URL (`const url = request.nextUrl.clone()` with `request: NextRequest`: a middleware helper kept in a
    use-server module). An action's arguments arrive as plain data, and nothing a browser can send has a
    `clone` method: the call throws before anything the client sent could come out of it."""
    values = [sx.unwrap(v) for v in assigned.get(name, [])]
    if not values:
        return False
    src = ctx.src
    imports = ep.fn.module.imports
    typed: set[str] = set()
    for p in ep.fn.param_nodes():
        pattern, annotation = p.child_by_field_name("pattern"), p.child_by_field_name("type")
        if pattern is None or annotation is None or pattern.type != "identifier":
            continue
        cls = sx.text(src, annotation).lstrip(": ").strip()
        if cls not in _REQUEST_CLASSES:
            continue
        binding = imports.get(cls)
        # (`NextRequest` imported from next/server; `Request` the global one, not a project type so named)
        if (binding.spec if binding is not None else "") == _REQUEST_CLASSES[cls]:
            typed.add(sx.text(src, pattern))
    if not typed:
        return False
    for v in values:
        if v is None or v.type != "call_expression" or sx.call_args(v):
            return False
        fn = sx.strip_types(v.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression" or sx.text(src, fn.child_by_field_name("property")) != "clone":
            return False
        obj = sx.strip_types(fn.child_by_field_name("object"))
        if obj is not None and obj.type == "member_expression":
            if sx.text(src, obj.child_by_field_name("property")) != "nextUrl":
                return False
            obj = sx.strip_types(obj.child_by_field_name("object"))
        if obj is None or obj.type != "identifier" or sx.text(src, obj) not in typed:
            return False
    return True


def _in_test(n: Node) -> bool:
    """``n`` only decides a branch or a boolean (`id ? a : b`, `id === "x"`)."""
    child, p = n, n.parent
    while p is not None and p.type not in ("statement_block", "program", "variable_declarator"):
        if p.type == "ternary_expression" and p.child_by_field_name("condition") == child:
            return True
        if p.type == "binary_expression" and p.child_by_field_name("operator") is not None:
            op = p.child_by_field_name("operator")
            if op is not None and op.type in ("===", "!==", "==", "!="):
                return True
        child, p = p, p.parent
    return False


def _same_origin_path(src: bytes, tpl: Node, client: set[str]) -> bool:
    """A template that starts with a path (`/x`, or a server value such as `${basePath}` then `/x`)."""
    text = src[tpl.start_byte + 1 : tpl.end_byte]
    if text.startswith(b"${"):
        first = next((c for c in tpl.named_children if c.type == "template_substitution"), None)
        if first is None or identifiers(src, first, into_functions=True) & client:
            return False
        text = src[first.end_byte : tpl.end_byte]
    return text.startswith(b"/") and not text.startswith(b"//")


def _sql_text_nodes(src: bytes, nodes: list[Node], client_tag: Node | None = None) -> list[Node]:
    """`db.execute(sql.raw(<template with ${table}>))`: the text inside a raw fragment is what is pasted;
    a tagged `sql` template binds its substitutions (also a key it builds with a template of its own,
    `` sql`select pg_advisory_xact_lock(${`org:${id}`})` ``), and pastes only the raw fragments among them.
    ``client_tag``: the operation's own template, tagged by a SQL client whatever its name (`const db = getDb();
    db`... ${id}``, `pg`...`` of `postgres(url)`): it binds its substitutions as `sql` does (a nested
    `db.unsafe(text)` runs as a raw statement of its own)."""
    out: list[Node] = []
    for n in nodes:
        inner = sx.unwrap(n)
        if inner is not None and inner.type == "call_expression" and sx.callee_name(src, inner).endswith("raw"):
            out.extend(sx.call_args(inner))
        elif (
            inner is not None
            and inner.type == "call_expression"
            and (_sql_tag(src, inner) or (client_tag is not None and inner == client_tag))
        ):
            subs = template_values(src, inner)
            out.extend(_sql_text_nodes(src, [c for sub in subs for c in sub.named_children if _sql_call(src, c)]))
        else:
            out.append(n)
    return out


def _op_text_nodes(src: bytes, op: DbOp) -> list[Node]:
    """What of a raw SQL operation's first argument is pasted into its text (see `_sql_text_nodes`)."""
    call = op.call
    own = (
        call
        if op.api == "sql" and is_tagged_template(call) and sx.last_name(sx.callee_name(src, call)) != "unsafe"
        else None
    )
    return _sql_text_nodes(src, op.args[:1], own)


def _sql_tag(src: bytes, call: Node) -> bool:
    """A tag that binds its substitutions: `sql`, `Prisma.sql`, Prisma's `$queryRaw` / `$executeRaw`."""
    last = sx.last_name(sx.callee_name(src, call))
    return is_tagged_template(call) and (last == "sql" or last in ("$queryRaw", "$executeRaw"))


def _sql_call(src: bytes, node: Node) -> bool:
    """A fragment a `sql` template nests: `sql.raw(...)` or another `sql` template."""
    inner = sx.unwrap(node)
    return inner is not None and inner.type == "call_expression" and sx.callee_name(src, inner).startswith("sql")


def _helper_sql_text_args(ctx: FileContext, ev: Event) -> list[Node]:
    """`notesByTag(userId, tag)` where the project helper pastes `tag` into its SQL text
    (a template `... '${tag}' ...` with `[userId]` bound): the arguments of this call that do. Bound
    parameters and keys of a lookup (`SORTS[sort]`) are not pasted."""
    if ev.kind != "db" or ev.op is None or ev.op.api != "helper" or ev.node.type != "call_expression":
        return []
    target = ctx.analyzer.target(ctx.module, ev.node)
    if target is None:
        return []
    memo = ctx.analyzer.pasted_params
    key = (target.module.path, target.node.start_byte)
    reached = memo.get(key)
    if reached is None:  # a helper is called from many entry points: walk its flow once
        reached = memo[key] = _pasted_params(ctx, target)
    args = sx.call_args(ev.node)
    return [args[i] for i, p in enumerate(target.params) if p in reached and i < len(args)]


def _pasted_params(ctx: FileContext, target: Function) -> set[str]:
    """The parameters of a project helper that reach the text of its SQL."""
    src = target.module.src
    sources: dict[str, set[str]] | None = None
    reached: set[str] = set()
    for e in ctx.analyzer.helper_flow(target).events:
        if not _content_sink(e) or e.kind != "db" or e.op is None:
            continue
        if sources is None:
            # (a local only ever given a checked or coerced value, `kept = asked.filter((f) => COLS.has(f))`,
            # carries none of the parameter's text)
            coerced = coerced_locals(ctx.analyzer, target)
            sources = (
                param_sources(ctx.analyzer, target, frozenset(coerced))
                if coerced
                else param_sources(ctx.analyzer, target)
            )
        for text in _op_text_nodes(src, e.op):
            for n in sx.walk(text, into_functions=True):
                p = n.parent
                key = p.child_by_field_name("index") if p is not None and p.type == "subscript_expression" else None
                if n.type != "identifier" or key == n:
                    continue
                found = sources.get(sx.text(src, n))
                if found and not _through_checking_helper(ctx, target.module, n, text):
                    reached |= found
    return reached


def _through_checking_helper(ctx: FileContext, mod: Module, n: Node, top: Node) -> bool:
    """``n`` is (within ``top``) an argument of a project helper whose answer carries none of its
    arguments unchecked: `${orderByClause(sort, dir)}` answering `ORDER BY ${COLUMNS[sort]} ${dir === "asc" ?
    "ASC" : "DESC"}` pastes no text of the caller's."""
    node = n.parent
    while node is not None and node != top.parent:
        if node.type == "arguments" and node.parent is not None and node.parent.type == "call_expression":
            called = ctx.analyzer.target(mod, node.parent)
            if called is not None and called.body is not None:
                return not ctx.analyzer.summary(called).returns_unchecked
        node = node.parent
    return False


def _only_through_checking_helpers(ctx: FileContext, nodes: list[Node], name: str) -> bool:
    """Every mention of ``name`` in the SQL text ``nodes`` is an argument of a project helper whose answer
    carries none of its arguments unchecked (`${orderBy(sp.get("sort"), sp.get("dir"))}` picking constants
    of its allow-list maps): no text of the caller's is pasted (sql-injection credits the same helper)."""
    seen = False
    for top in nodes:
        for n in sx.walk(top, into_functions=True):
            if n.type != "identifier" or ctx.text(n) != name:
                continue
            if not _through_checking_helper(ctx, ctx.module, n, top):
                return False
            seen = True
    return seen


def _sql_text_sink(ctx: FileContext, ev: Event) -> bool:
    """A raw SQL call with something pasted into its text (not a tagged template's bound values)."""
    return (
        ev.kind == "db"
        and ev.op is not None
        and ev.op.api == "sql"
        and bool(ev.op.args)
        and bool(_op_text_nodes(ctx.src, ev.op))
    )


def _content_sink(ev: Event) -> bool:
    """Sinks where a string's content matters, not only its type: URLs, paths and SQL text."""
    if ev.kind in ("redirect", "fetch", "fs", "exec") or _remote_path_change(ev):
        return True
    return ev.kind == "db" and ev.op is not None and ev.op.api == "sql" and bool(ev.op.args)


# Mongoose methods whose first argument names fields rather than compares values
_FIELD_NAMING = frozenset({"distinct", "select"})


def _filter_text_nodes(ctx: FileContext, ev: Event) -> list[Node]:
    """`.or(`portal_token.eq.${token},backup_token.eq.${token}`)` in a Supabase chain: PostgREST parses
    the text as filters, so a URL value pasted into it adds conditions of the caller's own
    (`x,id.eq.<uuid>`) as pasted SQL text would; `.eq(col, value)` binds its value. Also a Mongoose
    field name (`Model.distinct(field)`, `.select(field)`): it picks which field of the documents is read
    (`+passwordHash` too), where a filter value (`{ category }`) is only compared."""
    if ev.op is not None and ev.op.api == "mongoose":
        named = []
        for method, call in chain_calls(ev.op.chain, ctx.src):
            args = sx.call_args(call) if method in _FIELD_NAMING else []
            first = sx.strip_types(args[0]) if args else None
            if first is not None and first.type not in ("string", "object", "array"):
                named.append(first)
        return named
    return _postgrest_built_text(ctx, ev, _FILTER_TEXT)


# PostgREST filter methods handed text the code builds, and which argument it is: `.or(text)` is parsed as
# filters; `.ilike(column, pattern)` / `.like(...)` match by a pattern (`%${term}%`)
_FILTER_TEXT = {"or": 0}
_PATTERN_TEXT = {"or": 0, "ilike": 1, "like": 1}


def _postgrest_built_text(ctx: FileContext, ev: Event, methods: dict[str, int]) -> list[Node]:
    """The text built by template or concatenation (not a bare value, which supabase-js binds as it is)
    handed to the named filter methods of a Supabase chain, also of a query built in steps."""
    if ev.op is None or ev.op.api != "supabase":
        return []
    out: list[Node] = []
    calls = list(chain_calls(ev.op.chain, ctx.src))
    for step in _query_steps(ctx, ev.op.chain):
        calls.extend(chain_calls(step, ctx.src))
    for method, call in calls:
        at = methods.get(method)
        args = sx.call_args(call) if at is not None else []
        text = sx.strip_types(args[at]) if at is not None and len(args) > at else None
        if text is not None and (
            (text.type == "template_string" and any(c.type == "template_substitution" for c in text.named_children))
            or (text.type == "binary_expression" and ctx.text(text.child_by_field_name("operator")) == "+")
        ):
            out.append(text)
    return out


def _mongo_filter_parts(ctx: FileContext, ep: EntryPoint, ev: Event) -> list[Node]:
    """What a Mongo query consumes besides its call's arguments: the values set on the filter object
    ahead of it (`query.status = status`, `query.$or = [{ code: { $regex: search } }]` before
    `Order.find(query)`; a raw value there may be an object, `{ $ne: null }`, an operator injection) and the
    page of its chain (`.skip(skip).limit(limit)`)."""
    op = ev.op
    if op is None or op.api not in ("mongoose", "mongo") or op.api == "helper":
        return []
    out: list[Node] = []
    for call in sx.find(op.chain, ("call_expression",), into_functions=False):
        if sx.last_name(sx.callee_name(ctx.src, call)) in ("skip", "limit"):
            out.extend(sx.call_args(call))
    first = sx.strip_types(op.args[0]) if op.args else None
    body = ep.fn.body
    if first is None or first.type != "identifier" or body is None:
        return out
    name = ctx.text(first)
    for a in sx.find(body, ("assignment_expression",), into_functions=False):
        left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
        if (
            a.end_byte <= ev.node.start_byte
            and left is not None
            and right is not None
            and left.type in ("member_expression", "subscript_expression")
            and sx.root_identifier(ctx.src, left) == name
        ):
            out.append(right)
    return out


def _pattern_text_nodes(ctx: FileContext, ev: Event) -> list[Node]:
    """`.ilike("last_name", `%${term}%`)`, `.or(`name.ilike.%${q}%`)`: a pattern or filter text built from the
    caller's value is a DB call's argument as `.eq(column, value)` is (what the op's filters leave out). For a
    route's search and route params only `.or` text counts (`_filter_text_nodes`): into a pattern they stay
    strings by construction, exempt as in `.eq` (pass 21)."""
    return _postgrest_built_text(ctx, ev, _PATTERN_TEXT)


def _unchecked_pattern_input(
    ctx: FileContext, ep: EntryPoint, ev: Event, decls: _Decls, elements: set[str], trimmed: frozenset[str]
) -> tuple[set[str], dict[str, list[Node]], list[Node]]:
    """(names, their values, the pattern pieces) of the URL values (search or route params) that reach
    a Mongo query of ``ev`` as a regular expression with no check of their content."""
    pieces = _pattern_pieces(ctx, ep, ev)
    if not pieces:
        return set(), {}, []
    names, assigned = client_derived(ctx, ep, url_values=True, route_params=True, found=decls)
    client = ev.state.client | (names & elements)
    validated = ev.state.validated - trimmed
    bad = (_flowing(ctx, pieces, names) & client & names) - validated
    bad = {n for n in bad if not _checked(ctx, n, validated, names, assigned, set())}
    return bad, assigned, pieces


_PATTERN_USES = frozenset({"test", "exec", "match", "matchAll", "replace", "replaceAll", "search", "split"})
_ESCAPES = re.compile(r"(?i)escape|quote|sanitize")


def _pattern_pieces(ctx: FileContext, ep: EntryPoint, ev: Event) -> list[Node]:
    """What the entry point pastes into a regular expression ahead of a Mongo query ``ev``: the value of a
    `$regex` key (each substitution of a template) and the first argument of `new RegExp(...)` (not one
    only tested in memory, `new RegExp(x).test(s)`, `s.replace(new RegExp(x), "")`); not a literal, nor a
    text escaped first (`escapeRegExp(q)`, a `.replace` of the special characters by `"\\$&"`)."""
    if ev.op is None or ev.op.api not in ("mongoose", "mongo"):
        return []
    body = ep.fn.body
    if body is None:
        return []
    found: list[Node] = []
    for n in sx.find(body, ("pair", "new_expression", "call_expression")):
        if n.start_byte > ev.node.end_byte:
            break
        value: Node | None = None
        if n.type == "pair" and ctx.text(n.child_by_field_name("key")).strip("\"'") == "$regex":
            value = n.child_by_field_name("value")
        elif n.type in ("new_expression", "call_expression") and _made_by_regexp(ctx, n):
            args = sx.call_args(n) if n.type == "call_expression" else _new_args(n)
            value = args[0] if args and not _tested_in_memory(ctx, n) else None
        value = sx.strip_types(value)
        if value is None or sx.string_value(ctx.src, value) is not None or value.type == "regex":
            continue
        if value.type == "template_string":
            subs = [sx.unwrap(c.named_children[0]) for c in value.named_children if c.type == "template_substitution"]
            found.extend(p for p in subs if p is not None and not _escaped(ctx, p))
        elif not _escaped(ctx, value):
            found.append(value)
    return found


def _made_by_regexp(ctx: FileContext, node: Node) -> bool:
    name = node.child_by_field_name("constructor" if node.type == "new_expression" else "function")
    return name is not None and ctx.text(sx.strip_types(name)) == "RegExp"


def _new_args(node: Node) -> list[Node]:
    args = node.child_by_field_name("arguments")
    return [c for c in args.named_children if c.type != "comment"] if args is not None else []


def _tested_in_memory(ctx: FileContext, regexp: Node) -> bool:
    """`new RegExp(x).test(s)`, `s.replace(new RegExp(x), "")`: a pattern run on a string, not a query."""
    p = regexp.parent
    while p is not None and p.type == "parenthesized_expression":
        p = p.parent
    if p is not None and p.type == "member_expression" and ctx.text(p.child_by_field_name("property")) in _PATTERN_USES:
        return True
    call = p.parent if p is not None and p.type == "arguments" else None
    return call is not None and sx.last_name(sx.callee_name(ctx.src, call)) in _PATTERN_USES


def _escaped(ctx: FileContext, node: Node) -> bool:
    """`escapeRegExp(q)`, `_.escapeRegExp(q)`, a `.replace` of the special characters by `"\\$&"`: the text
    made literal."""
    call = sx.unwrap(node)
    if call is None or call.type != "call_expression":
        return False
    callee = sx.last_name(sx.callee_name(ctx.src, call))
    if _ESCAPES.search(callee):
        return True
    args = sx.call_args(call)
    return callee in ("replace", "replaceAll") and len(args) == 2 and "$&" in ctx.text(args[1])


def _query_steps(ctx: FileContext, chain: Node) -> list[Node]:
    """`let query = supabase.from(t).select(); if (x) query = query.or(...)`: the chains a query built in
    steps is given later in its function (each reassignment of the local from itself), run with it."""
    holder = chain.parent
    while holder is not None and holder.type in ("await_expression", "parenthesized_expression"):
        holder = holder.parent
    if holder is None or holder.type != "variable_declarator":
        return []
    name_node = holder.child_by_field_name("name")
    fn = sx.enclosing_function(chain)
    if name_node is None or name_node.type != "identifier" or fn is None:
        return []
    name = ctx.text(name_node)
    steps: list[Node] = []
    for a in sx.find(fn, ("assignment_expression",), into_functions=False):
        right = sx.strip_types(a.child_by_field_name("right"))
        if (
            a.start_byte > holder.end_byte
            and ctx.text(a.child_by_field_name("left")) == name
            and right is not None
            and right.type == "call_expression"
            and sx.root_identifier(ctx.src, right) == name
        ):
            steps.append(right)
    return steps


def _trpc_caller_call(ctx: FileContext, ev: Event) -> bool:
    """`caller.email.send(body)` with `const caller = appRouter.createCaller(ctx)` (or a caller made by
    `createCallerFactory(router)`, kept in a module): tRPC runs the procedure's input parser on what it is
    handed before its resolver, and a procedure with no parser never sees it."""
    node = ev.node
    fn = sx.strip_types(node.child_by_field_name("function")) if node.type == "call_expression" else None
    if fn is None or fn.type != "member_expression":
        return False
    obj = sx.strip_types(fn.child_by_field_name("object"))
    if obj is None or obj.type != "member_expression":
        return False  # (`caller.router.procedure(...)`: a procedure of a router, not a method of the caller)
    root = sx.root_identifier(ctx.src, obj)
    if root is None:
        return False
    value: Node | None = None
    src = ctx.src
    home = sx.enclosing_function(node)
    while home is not None and value is None:
        for d in sx.find(home, ("variable_declarator",), into_functions=False):
            name = d.child_by_field_name("name")
            if name is not None and name.type == "identifier" and sx.text(src, name) == root:
                value = sx.unwrap(d.child_by_field_name("value"))
                break
        home = sx.enclosing_function(home)
    mod = ctx.module
    if value is None:
        found = ctx.analyzer.program.resolve_value(mod, root)
        if found is not None:
            mod, value = found[0], sx.unwrap(found[1])
            src = mod.src
    if value is None or value.type != "call_expression":
        return False
    callee = sx.callee_name(src, value)
    if sx.last_name(callee) == "createCaller":
        return True
    # (`makeCaller(ctx)` with `const makeCaller = createCallerFactory(appRouter)`)
    made = ctx.analyzer.program.resolve_value(mod, callee) if callee.isidentifier() else None
    maker = sx.unwrap(made[1]) if made is not None else None
    return (
        made is not None
        and maker is not None
        and maker.type == "call_expression"
        and sx.last_name(sx.callee_name(made[0].src, maker)) == "createCallerFactory"
    )


def _authenticators_own_lookup(ctx: FileContext, ev: Event) -> bool:
    """`getUser(res, req)`: a project function that works out who is calling (returns the session
    or user its caller checks, or throws without one) reads the credentials the request carries
    (a bearer API key looked up by its id) before it decides. Those lookups are the authentication,
    not a sink for the request; what it does past its own sign-in check (`guarded`) still counts."""
    if ev.kind != "db" or ev.op is None or ev.op.api != "helper" or ev.op.guarded:
        return False
    target = ctx.analyzer.target(ctx.module, ev.node) if ev.node.type == "call_expression" else None
    if target is None:
        return False
    summary = ctx.analyzer.summary(target)
    if summary.auth_source and not summary.enforces_auth and _answered_as_is(ev.node):
        # `return create(req, res)`: the helper is the endpoint's whole work, its answer the response;
        # nobody checks it, so its lookups (`findFirst({ where: { token } })`) are sinks
        return False
    return summary.auth_source or summary.enforces_auth


def _hands_body_value(ctx: FileContext, ep: EntryPoint, ev: Event, assigned: dict[str, list[Node]]) -> bool:
    """A route handing a value of its parsed JSON body to that helper (`verifyResetToken(token)` of `const {
    token } = await req.json()`): not a credential the request carries in a header or cookie (text), but JSON
    the client shaped, whose object (`{ "not": "x" }`) is a query filter in the helper's lookup."""
    if ep.kind not in ("route", "pages-api") or ev.node.type != "call_expression":
        return False
    args = ev.node.child_by_field_name("arguments")
    if args is None:
        return False
    handed = identifiers(ctx.src, args) & ev.state.client
    if not handed:
        return False
    if any(_from_body(ctx, ep, n, assigned, set()) for n in handed):
        return True
    # (`const { token } = await req.json()`: bound from the body by destructuring)
    for d in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        value = d.child_by_field_name("value")
        names = set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
        if value is not None and names & handed and _BODY_READ.search(ctx.text(value)):
            return True
    return False


def _action_hands_its_input(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A server action handing a value its caller sent to a helper that looks a user up by it
    (`getUserByResetPasswordToken(resetPasswordToken)` running a prepared query): an action has no request
    whose credentials a helper reads, so the value is input bound into that lookup, as in any DB call."""
    if ep.kind not in ("action", "inline-action") or ev.node.type != "call_expression":
        return False
    args = ev.node.child_by_field_name("arguments")
    return args is not None and bool(identifiers(ctx.src, args) & ev.state.client)


def _answered_as_is(call: Node) -> bool:
    """The call's result is what the endpoint returns (`return handle(req, res)`), not a value tested."""
    p = call.parent
    while p is not None and (p.type == "await_expression" or p.type in sx.TRANSPARENT):
        p = p.parent
    return p is not None and p.type == "return_statement"
