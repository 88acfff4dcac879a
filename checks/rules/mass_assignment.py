r"""Client-controlled object written to the database wholesale.

## What it does
Flags a database write that receives a client-controlled object as a whole
(`data: input`, the shorthand `{ where, data }`, `...input`, `Object.fromEntries(formData)`, `.set(body)`,
`.values(body)`, `Model.create(req.body)`, a member of an unchecked parameter written as the row
(`data: input.patch`; also of the request's unparsed body, `.set(body.Operations[0].value)` with `body = await
req.json()`), postgres.js `set ${sql(body, Object.keys(body))}` (or a column list naming a privileged column
the object's schema admits, `sql(body, "email", "balanceCents")`), a raw SQL `SET ${sets}` (or `INSERT INTO t
(${cols})`) whose column list is built from every key of the client's object
(`Object.keys(fields).map(...).join(", ")`; a `.filter` on the way, an allow-list, picks them), a Mongoose
`{ $set: { ...reply } }` (also of a body read into a local declared `{}` first, `let updates = {}; try { updates =
await req.json() } catch {...}`), each client row spread as it is: `items.map((item) => ({ ...item, venueId }))`,
or an object picked
whole out of each client item (`data: items.map((item) => item.lesson)`),
`for (const row of rows) em.create(E, { ...row })`; also an account of the identity provider written through
Supabase's auth admin API, `auth.admin.updateUserById(id, patch)` or `createUser(body)`, with the client's
unchecked object, whatever gate is in front: its e-mail, password and `app_metadata` claims among what it may
set; a role the client picks written into Clerk's server-trusted metadata, `users.updateUserMetadata(id, {
publicMetadata: { role } })` or on the account `users.createUser({ publicMetadata })` makes), or that writes a
privileged field
(`role`, `isAdmin`, `permissions`, `plan`, `credits`, `balance`, `emailVerified` …, and
the record's owner: `userId`/`ownerId`/`authorId`, the actor of an audit-trail row (`actorId` of
`prisma.auditLog.create`: who the history says did it), also in another case, `UserID`, and as an ORM relation:
`owner: data.ownerId`, `user: { connect: { id: parsed.userId } }`, also read through a project helper that hands the
field back past a type or length test (`user_id: toUser` of `const toUser = field(formData, "userId")`: what the value
is was checked, not whose id it is), a Mongoose `author`/`user`/`owner` its schema
declares as one document's id, `Answer.create({ content, author })` with `author: { type: Schema.Types.ObjectId,
ref: "User" }` (not one declared as text, a quotation's `author`), or under the project's own name for it: a
column it files rows under the caller by
and holds them to the caller by (`applicantId`), or one named for who did it that it holds to the caller
(`requestedById` of `if (visit.requestedById !== session.user.id) throw`), or a user's id named for the part
that user plays in the row (`patient_user_id`, `piUserId`) that the code files rows under the caller by, or refuses
another caller by, and lists the caller's rows by (`.eq("patient_user_id", user.id)`; not whom a row is addressed
to, `recipient_user_id`); a role by another name: a column
whose schema type is an enumeration naming an administrator, owner or manager, `employeeType` of Prisma's
`enum EmployeeType { Admin Manager Sales }`, a drizzle `pgEnum`, a Supabase generated `Enums` type) from client
input, also through a project helper handed the client's value (`saveUserType(supabase, user.id,
parsedInput.type)` writing `{ user_type: type }`); a money column such as `balance_cents` set to an unchecked
client number as it came (also moved by it, Mongoose `{ $inc: { creditBalance: amount } }`; `{ $inc: body }`
increments whatever the client names; also through a project helper moving the balance by its parameter,
`adjustCredit(member.id, -(priceCents * qty))` writing `creditCents` plus it);
a column the client names (`.set({ [key]: value })` with `key` an action argument or a form field, also stored
into the row after it was made, `patch[field] = value`, where `if (!field)` only tests that it was sent,
or handed to a project helper that writes its parameter as the row, `updateLead(id, { [column]: value })`):
any column can be written, a privileged one as well; a privileged column a tagged-template SQL
`UPDATE` sets from client input (`sql\`UPDATE accounts SET credits = credits + ${n}\``: bound safely, still a
write), or an `INSERT INTO t (email, role) VALUES (${body.email}, ${body.role})` fills. With nobody signed
in, `createdBy`-style fields count too: the caller claims whose record it is; so does any id column of the party
a row files under set to the user id the entry point is handed (`buyerId: userId`; not a row addressed to
someone, `recipientId: userId`). Rows of a Prisma nested
create count like the record (`images: { createMany: { data: [...images.map((i) => i)] } }`, `tags: {
create: tags }`): an identity map hands each client object on as it is (`images.map((i) => ({ url: i.url
}))` picks a field), and so does a privileged field set on such a row (`memberships: { create: { role:
parsed.data.role } }`, or its owner, `memberships: { create: { userId, role: "owner" } }` with `userId` a
parameter, or a column of that row whose schema enum names an administrator, `staff: { create: { grade:
input.grade } }` of `enum Grade { admin teller }`, whatever the relation and column are called); rows a
project helper hands back unchecked from the client's upload
(`parseCsv(await file.text())`) are the client's rows; a project helper handed the client's object that
writes the rest of its parameter (`const { tagIds, ...rest } = input; create({ data: { ...rest, slug } })`)
writes it wholesale, less a few keys (reported at the call, when it is handed the request's body as it came:
a value the caller built or prepared from a parse, `processLink({ payload })`, is judged where it is built);
so does one that takes it by key in a destructured parameter (`enrol(slug, { enrollment })` to `(slug, {
enrollment }) => insert(t).values({ ...enrollment, user: user.id })`, reported at the call), also when the
helper signs the caller in itself (a session says nothing of the columns the object names).
A spread after a value the server pinned to the caller
(`{ companyId:
caller.companyId, ...parsed.output }`) whose schema admits that key lets the client's own win. A role
check before a write of the caller's own tenant (`where: { id: viewer.companyId }`) is a role in that
tenant: it pays for no `plan`; nor does any role check license a holder writing their own standing (`role`,
`isAdmin`, `permissions`) to their own account row (`updateOne({ _id: ctx.userId }, { $set: parsedInput })` with
the schema admitting `role`), nor a platform-wide flag (`isOps`, `isPlatformAdmin`, `platformRole`) on any row filed
under the caller's own id (`{ ...data, userId: tenant.userId }` of a broker's profile, the schema admitting `isOps`):
a role gate lets its holders manage others' roles, not pick their own; so is one
a project guard checks and answers with the tenant it found the
caller in (`const { organizerId } = await requireOrgRole(slug, ["OWNER"])`, returning `{ organizerId, role }`):
it pays for no `plan` or `credits`. An item of a `for...of` over the request body is the client's
(`for (const op of body.ops) ... role: op.value.role`). drizzle's `sql` imported under another name is
still a column expression;
an advertised pay range (`salaryMin`, `salaryMax`) is a posting's text, not what anyone is paid, and a notice
setting named for a balance (`lowBalanceAlert`) is when to warn, not the balance. A platform-wide admin flag
however qualified (`isPlatformAdmin`, `is_system_admin`) is privileged like `isAdmin`, so is a staff flag
(`isOps`, `isModerator`, `isPlatformStaff`; not a bare `isStaff`, often a contact's description), and a role
named with the same scope (`platformRole`, `system_role`) like `role`. Behind a role check, a
validated parse whose schema admits a role or admin flag is written as the feature (the role-gated policy),
whole or field by field; what is bought (`plan`, `credits`) stays reported. A role check is a test of what
the server knows of the caller (the session user, a row read by the session's id, a role helper), never of
the role the client sends: `if (data.role === "ADMIN")`, or `const isAdmin = data.role === Roles.ADMIN`
then `if (isAdmin)`, before `role: data.role` asks the caller, who answers as they please. A gate letting the
owner through as well as an admin (`if (!u || (u._id !== id && !u.isAdmin)) throw`), or a role test guarding
another field (`if (data.isBanned && !u.isAdmin) throw`), is no role check for the admitted `isAdmin`.

A project wrapper built on another that tests the caller's role against the list it is handed (`withRole(["OWNER"],
fn)` returning `withTeam(async (formData, ctx) => { if (!roles.includes(ctx.role)) throw ...; return fn(formData,
ctx) })`, the role of the membership the inner wrapper looked up) is such a role check, also through a wrapper on it
(`withOwnerAudit` → `withRole(["OWNER"], …)`), and so is an exit in the action's body unless the caller's role in
their tenant is a named one (`if (ctx.memberRole !== "owner") throw`, or one of several: `!== "owner" && !== "admin"`)
before a team role written in that tenant (`where: { id, operatorId: ctx.operatorId }`, or a new row filed under it,
an invite's `tenant_id: ctx.tenantId`); a role the form claims is not. A safe-action input whose whole schema
is an open map (`inputSchema(z.record(z.string(), z.unknown()))`) keeps every key the client sent: `.set(parsedInput)`
is flagged. A credit limit (`creditLimit`, `credit_limit_cents`) is privileged like `credits`, whatever bound its
schema puts on the number, and so are credits of a kind (`smsCredits`, `ai_credits`) of an account or of the
schema's root tenant (not `taxCredits` of some other record).
An owner id the session gave, reassigned from the body on a way only the client's own values or an
always-true answer guard (`let { userId } = await auth(); const isAdmin = await checkIsAdmin(userId); if
(isAdmin && req.body) userId = body.userId`, `isAdmin` the helper's whole `{ isAdmin, error }` object), is the
client's pick of an owner: every caller takes that way. So is an id column whose value defaults to the same field of
the signed-in principal (`driverId` of `const driverId = providedDriverId ?? (await requireDriver()).driverId`),
whatever it is called. A `...Role` column the project's own gate tests against a
manager's or admin's name (`if (ctx.user.yardRole !== "yard_manager") throw`) is a role, whatever its schema type.
A spread inside a Prisma nested create's own literal is reported on the spread's line.
A drizzle-zod schema admits the table's columns also when they end in a spread of shared ones
(`...auditColumns`), through any chain of `.omit`/`.extend`/`.merge`/`.refine`; an owner-or-admin gate written as
a role comparison (`me.role !== Role.Admin && me.id !== input.id`) is no role check for the admitted `role`; an
exit in the body unless the caller's role is a named one (`if (ctx.user.role !== Role.Admin) throw`) lets the
holder file a record under the user it names (an administrator issuing someone's reset token), as a role
wrapper does. A list the server pushes literals into is judged literal by literal, also when a literal spreads
a parsed item in (`rows.push({ ...line, price })`) or the list is reduced.
Also a privileged field declared in better-auth's `user.additionalFields` without `input: false`
(`betterAuth({ user: { additionalFields: { role: { type: "string" } } } })`, mounted by a route's
`toNextJsHandler(auth)`): better-auth takes it from the public sign-up body (and update-user's), so anyone
registers as an administrator; reported on the field's declaration. Not when the config's `databaseHooks`
set that field themselves.

## Why is this bad?
The caller decides which columns are written: they add `role: "admin"` or
`credits: 1e9` to the request and the database takes it (CWE-915).

## Example
```ts
"use server";
import { auth } from "@/auth";
import { db } from "@/lib/db";

export async function updateProfile(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await db.user.update({
    where: { id: session.user.id },
    data: Object.fromEntries(formData),
  });
}
```

## Use instead
```ts
"use server";
import { z } from "zod";
import { auth } from "@/auth";
import { db } from "@/lib/db";

const profile = z.object({ name: z.string().max(80), bio: z.string().max(500) });

export async function updateProfile(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const data = profile.parse(Object.fromEntries(formData));
  await db.user.update({ where: { id: session.user.id }, data });
}
```

## Not flagged
(Flagged: a paid plan named as a compound, `planTier`, `subscription_plan`, `billingTier`, also for its holder,
`userPlan`, `customer_tier`, like `plan`, and a holder's role, `userRole`, like `role`; not `floorPlan` or
`mealPlan`, nor a label, `planName`, `roleDescription`, `userPlanNote`.)
(Flagged: a compound balance column set to a parsed value read under a privileged name, `data: { creditBalance:
parsedInput.credits }`, or under a money name of its own, `.set({ balanceCents: input.balanceCents })`: the schema
itself admits a privileged field, bounded or not. So is an owner id read through a project helper that only checks
the form field and hands it back, `user_id: field(formData, "userId")`: still the client's pick.)
A parse of an object literal written in place, with no spread (`S.parse({ boardId: id, authorId: session.user.id,
body: body.body })`), lets the client set only the keys it fills from client input: an owner key the schema
admits but the literal fills from the session is not the client's. So does one bound to a local first (`const shaped
= { name: raw.name, createdByUserId: userId }`, then `S.safeParse(shaped).data.createdByUserId`), unless a spread
after that key or a later write into it (`shaped.createdByUserId = raw.by`) may set it from the request.
The other party of a row the same write files under the caller (`tutorId` of a lesson beside `studentId:
user.id`, also in a schema spread before it): whom the caller books, not whose record it is (an owner key of
the vocabulary, `userId`, stays judged; a tenant the session holds, `teamId: user.teamId`, files it under nobody).
A row handed over by its holder: the write's own filter pins the owner column it sets to the caller
(`.update({ caseworker_id: to }).eq("id", caseId).eq("caseworker_id", user.id)`), or a project ownership guard
handed the caller and the id the write picks its row by exits unless it holds (`if (!(await ownsBoat(me,
input.boatId))) throw`, `await assertProjectOwner(userId, data.projectId)`; not a guard of another row, nor one
named for seeing or editing, `canViewBoat`), and the new holder is an id the
schema checked (a raw form field, `String(formData.get("ownerId") ?? user.id)`, is still flagged). An owner column
is one the code files rows under the caller by and picks rows by, with the caller's id (a Prisma `where` or
Supabase's `.eq("id", id).eq("holder_user_id", user.id)`).
An owner id vetted in the caller's tenant first: looked up under the same column among rows the session scopes
(`contract.findFirst({ where: { agencyId: ctx.agencyId, authorId: input.authorId } })`) with an exit when none is
found (`if (!author) return`): a payee picked among the tenant's own, the endpoint's purpose (a lookup by the client
id alone, or one whose answer is never tested, is no such check).
A browser's Web Push subscription (its endpoint and `p256dh`/`auth` keys) written as `subscription` beside its
`endpoint`, on a push or device table, or in a handler that reads its `p256dh` key: where to send notifications,
not a billing plan (a `subscription` written onto an account or a billing row is still flagged).
A privileged value the server spells around a number the schema checked (`` plan: `trial+${input.days}` ``
with `days: z.number().int().max(90)`): no plan or role the client picks.
A `plan` written as text onto a note-like record (a clinical note's treatment plan on `VisitNote`, a lesson note,
a journal entry, an itinerary): the note's own plan, nothing bought (one its schema pins to a set of values,
`z.enum(["free", "pro"])`, and a `plan` on an account, a server or any other row is still flagged).
A role chosen by whether the new row joins a tenant written beside it (`role: data.orgId ? "SELLER" : "ADMIN"`
with `orgId: data.orgId || null`): a member of a named tenant, or the founder of none yet; the tenant link is
the client's choice, judged on its own (joining as an administrator, `orgId ? "ADMIN" : "MEMBER"`, and a role
picked by any other client value, `wantsAdmin ? "ADMIN" : "MEMBER"`, are still flagged).
Rows mapped into literals field by field that add a field only under a condition
(`...(volume != null ? { promptVolume: volume } : {})`: that literal is judged like the rest).
The `userId` of an audit-trail row that names who acted under a key of its own (`collection("audit-logs").add({
action, adminId, userId })`, `performedBy`): the account the event concerns (a trail row naming no other actor
says that user did it, and is still judged).
A Prisma `userId` that no relation of its model uses, where the model reaches `User` through another
column (`ltUserId` with `@relation(fields: [ltUserId])`): an end user's label an API customer sends,
not the row's owner (a `userId` with no relation to `User` at all is still judged as an owner).
The user id of a link row, a model named for a record and a user that the write ties to that record
(`db.appointmentUser.create({ data: { appointmentId, userId: assignee } })`, `job_users` with `job_id`):
who is assigned or takes part, not whose row it is (a `role` on it is still judged, and a row that makes
the user the record's owner, `status: "co-owner"`, is an owner field); also a drizzle join
table named `crews_to_users`, or one named for the person's part in the record it ties them to
(`participant_session` with `session_id`, `event_attendees`). The user id of a notification row
(`user_notifications`) for the user such a link row ties to its record in the same entry point: the member
added is told so; also the
addressee of a notice the entry point writes after its own change of another table (`notifications.insert({
user_id: assignedTo, type: "comment_assigned", title })` after the comment's insert): who is told, not whose
record it is (a notice that is all the entry point writes, for any user the client names, or one spreading the
client's object, is still judged).
The result of a zod or valibot object parse (unknown keys are stripped; valibot's
`safeParse(...).output` too, but not `v.looseObject`, nor a next-safe-action/zsa `parsedInput` whose
schema is `.passthrough()`, nor a `safeParse` result's `.data` of such a schema written whole, `data:
parsed.data` (`.catchall(x)` too, here or imported), nor the data a project wrapper parsed with such a
schema and hands on,
`validatedAction(Patch.passthrough(), async (data) => ...)`; an effect/Schema `Schema.Struct` decoded
with `Schema.decodeUnknownSync(S)(raw)`; an arktype type declared with `"+": "delete"` or `"reject"`,
`const out = Profile(input)`, but not one with the default that keeps undeclared keys) unless the
schema itself admits a privileged field
(also the column the same write's filter holds to the session, `where: { id, teamId: ctx.teamId }, data: patch` with
`teamId` in the schema: the row moved to another tenant; also a compound of `balance`/`credits` such as
`creditBalanceCents`, also on the app's own user model, `volunteer.stipendBalanceCents`, or a pay rate:
`hourlyRateCents`, `salary`,
not on a new row naming no account, `caregiver.create({ data: { ...data, agencyId } })`: the employer's entry;
a class-validator DTO's class fields count as its keys: `dto.value` of `validateDto(CrewProfileDto, body)`)
(`.extend`/`.merge`/`.omit`/`.pick` followed; also a field's own object schema, `.set(parsedInput.data)` with
`data: UserSchema` admitting `role`) or the written part is an
open record (`patch: z.record(z.string(), z.unknown())` written as `.set(input.patch)` is flagged, so is
each element of a list of them: `for (const raw of input.rows) insert(t).values({ ...raw })`;
so is `credits: sql\`${t.credits} + ${input.amount}\``), also its rest after
destructuring (`const { id, ...rest } = parsedInput`; keys taken out beside the rest do not
count; a safeParse's `.data` written whole whose schema admits an owner key, `userId` or a Mongoose
User reference such as `user`, also through a project helper: the client names whose record it is; also of a field
whose own schema is a plain zod object, here or imported, `const { paid, ...rest } =
input.patch` with `patch: PatchSchema`: judged by the keys that schema admits), and `const data = parsed.data`
of a `safeParse` (also of a schema a factory builds, `getSchema().parse(raw)`;
rows spread from a list of such a parse and bound to a local, `const rows = parsed.items.map((i) => ({ ...i,
user_id }))`, unless the schema admits a privileged key); objects built field by field (also when
bound to a local and spread, or its rest `const { id: _, ...update } = create`, or rows mapped
one by one into literals without spreads or per-row privileged fields, or pushed as such literals into a
list started empty and used for nothing else, `history.push({ taskId: id, kind: "moved" })`:
`links.map((l) => ({ linkId: l.id, amount }))`, also as a Prisma nested write's rows, `lines: { create: rows }`,
also each row a `for...of` walks over such a list,
also per outer item: `ids.flatMap((id) => rows.map((r) =>
({ id, kind: r.kind })))`, or a local literal the callback returns after adding named fields,
`const d = { note: r.note || "" }; if (runId) d.runId = runId; return d;`, and inside a transaction's
callback, or an array of such literals), also by a project
validator whose every returned `data` is such a literal (`.set(validation.data)` after
`validateSettings(input)`); an owner id the code exits on unless it equals the session's
(`if (!session || userId !== session.user.id) return`; not under `&&`);
a `role` taken as free text (`z.string()`) and written to a record that grants nothing (not a
user, member, invitation, profile, team or organisation model): a job title, not a privilege (also
spread from a parse: `const data = schema.parse(input)`, then `{ ...data, teamId }`); a
chat message's `role` (who spoke); rows a project helper builds and returns field by field
(`const row = toDbMessage(message)` returning `{ id: message.id, chatId: message.chatId, ... }`,
or parts mapped one by one into such literals), judged by the privileged fields they copy;
privileged fields set from server-side values, including data the server fetched
with client input (a payment provider's API, a stored invitation row); writes after a role
check (an admin changing a role, or filing a record under a user, is the feature; a
permission check on the parent record does not let the caller name another owner; a role on the very
record written, `isOrgOwner(userId, orgId)` before the org's own update, is a team role, which pays for
no `plan`, credits or balance), also a project
guard given the session user that throws unless what it looks up grants a capability
(`await requireBoardManager(user.id, boardId)` throwing unless `access.canManage`; one that only
throws when nothing was found checks no role); a team role handed out after a membership guard
given the session user and the team roles it lets through (`await assertOrgRole(user.id, orgId,
["OWNER", "ADMIN"])`: the invitee's `role`; a team role pays for no `plan` or `credits`, and a
guard given no role list checks membership only);
`request.auth.userId` set by an auth wrapper; a check that runs only for one value the
caller picks (`if (role === "ADMIN" && me.role !== "ADMIN")`) is no role check; signature-verified webhooks
(not a route gated by an administrators' password the caller types, `adminPassword !==
process.env.ADMIN_SECRET`: what that person's browser sends is still a client's);
a client-named column checked against a list first (`EDITABLE.includes(key)`), or written in a branch
where it equals one of some literals (`if (key === "image" || key === "logo")`); an object built key by
key behind such a list of unprivileged columns (`Object.keys(input).reduce((acc, key) => { if
(COLUMNS.includes(key)) acc[key] = input[key]; return acc; }, {})`, `Object.fromEntries(Object.entries(input)
.filter(([k]) => COLUMNS.includes(k)))`); rows parsed from a file the server keeps in its own storage
(`JSON.parse(await (await admin.storage.from(BUCKET).download(path)).text())`), whoever picked the path.

## References
- https://cwe.mitre.org/data/definitions/915.html
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from tree_sitter import Node

from checks.analysis import guards, tenancy
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import ACCOUNT_ADMIN, DbOp, chain_calls, object_keys
from checks.analysis.dataflow import server_key_of_parsed
from checks.analysis.entry_points import EntryPoint, raw_body_local
from checks.analysis.flow import (
    Event,
    Summary,
    answer_tested_bare,
    clerk_org_role_gated,
    identifiers,
    sql_insert_values,
)
from checks.analysis.module import Function, Module
from checks.analysis.notices import addressed_notice
from checks.analysis.owner_columns import (
    account_models,
    connected_value,
    mongoose_owner_ref,
    owner_columns_of,
    owner_relation,
)
from checks.analysis.prisma_labels import label_column
from checks.analysis.program import Program
from checks.analysis.role_columns import admin_role_name, nested_role_columns, role_column
from checks.analysis.schemas import factory_schema, schema_field, schema_keys
from checks.analysis.taint import helper_args
from checks.context import FileContext, short
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint
from checks.sources import SCRIPT_SUFFIXES, project_files, tree_fact

META = RuleMeta(
    id="mass-assignment",
    title="Client-controlled object written to the database",
    severity=Severity.ERROR,
    confidence=Confidence.MEDIUM,
    cwe=(915,),
    owasp=("API3:2023",),
    messages={
        "wholesale": "{endpoint} writes client-controlled {value} to the database wholesale",
        "privileged": "{endpoint} writes privileged field `{field}` from client input `{value}`",
        "column": "{endpoint} writes the column that client input `{value}` names, so a caller can set any "
        "field (a role, a verified flag, the owner)",
        "signup_field": "better-auth accepts additional user field `{field}` from its public sign-up and "
        "update-user requests: it is privileged and not declared `input: false`",
    },
    help="Pick the fields to write explicitly, or parse the input with a schema that lists only the editable "
    "fields; never take roles, plans or balances from the request.",
    abuse='A caller adds fields such as `role: "admin"` or `credits` to the request and the database stores them.',
    references=("https://cwe.mitre.org/data/definitions/915.html",),
)
# Owner fields that say who the caller is. missing-authorization reports them only for a signed-in
# caller; with no session the client simply claims an identity, so they are a privilege here.
# (A tenant id such as `organizationId` in a public form names its target, not the caller.)
_IDENTITY_FIELDS = frozenset(
    {"userId", "user_id", "authorId", "author_id", "ownerId", "owner_id", "createdBy", "created_by", "createdById"}
)
# the value an entry point is handed as the caller's own user id (`payComplete(productId, userId)`)
_CALLER_ID_NAME = re.compile(r"(?i)^(user_?id|uid|current_?user(_?id)?|my_?(user_?)?id|self_?id)$")
# whom a row is addressed to or concerns, not who acts in it (`recipientId`, `targetUserId`, `friendId`)
_OTHER_PARTY = re.compile(r"(?i)(recipient|receiver|target|to_?user|addressee|friend|partner|follow|invitee|assignee)")


def _party_claimed(ctx: FileContext, key: str, value: Node) -> bool:
    """`buyerId: userId` with nobody signed in: the user the client says it is, written as the party the
    row files under (a buyer, a sender, a requester); the caller claims whose record it is, as with
    `createdBy`. (Not a row addressed to someone, `recipientId: userId`.)"""
    node = sx.strip_types(value)
    if node is None or not _ID_KEY.match(key) or _OTHER_PARTY.search(key):
        return False
    if node.type == "member_expression":
        node = node.child_by_field_name("property")
    return node is not None and bool(_CALLER_ID_NAME.match(ctx.text(node)))


# The contract names the record's owner (`ownerId`/`userId`) as privileged too: taken from the
# client, it files the record under someone else (missing-authorization may report it as well).
# Tenant keys (`teamId`, `workspaceId`) stay with missing-authorization: they say where, not whose.
# (and the actor of an audit-trail row, `actorId`: who the history says did it)
_OWNER_KEYS = frozenset({"userId", "user_id", "ownerId", "owner_id", "authorId", "author_id", "actorId", "actor_id"})
_OWNER_CASE = {k.lower(): k for k in _IDENTITY_FIELDS}  # `userid` -> `userId`


# an account's profile table, keyed by the account's own user id (Supabase's `profiles.id`)
_PROFILE_TABLE = re.compile(r"(?i)^(user_?)?profiles?$")
_NEW_ROW_VERBS = frozenset({"insert", "upsert", "create"})


def _owner_keys(ctx: FileContext) -> frozenset[str]:
    """The owner keys, with the columns the project itself shows to hold a record's user under a
    name of its own (`applicantId` scoped by `where: { id, applicantId: userId }`)."""
    return _OWNER_KEYS | owner_columns_of(ctx.analyzer)


def _session_defaulted_principal(ctx: FileContext, ep: EntryPoint, key: str, value: Node) -> bool:
    """``key`` (`driverId`) is written from a local the client's value fills, with the same field of what a
    session reader answers only as its default (`const driverId = providedDriverId ?? (await
    requireDriver()).driverId`): the signed-in principal's own id, which the client may replace."""
    node = sx.strip_types(value)
    if node is None or node.type not in ("identifier", "shorthand_property_identifier") or not _ID_KEY.match(key):
        return False
    name = ctx.text(node)
    for d in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        init = sx.unwrap(d.child_by_field_name("value"))
        if ctx.text(d.child_by_field_name("name")) != name or init is None or init.type != "binary_expression":
            continue
        if ctx.text(init.child_by_field_name("operator")) not in ("??", "||"):
            return False
        right = sx.unwrap(init.child_by_field_name("right"))
        if right is None or right.type != "member_expression" or ctx.text(right.child_by_field_name("property")) != key:
            return False
        return any(ctx.analyzer.is_auth_source_call(ctx.module, c) for c in sx.find(right, ("call_expression",)))
    return False


_PARSE_METHODS = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync"})


# A schema key naming an account's money (`creditBalanceCents`, `account_balance`): like `balance`.
# (also a credit named with its unit, `creditCents`, `store_credit_cents`; not `creditCardBrand`)
_MONEY_WORDS = re.compile(
    r"(?:(?:^|_)(?:balance|credits)|(?<=[a-z])(?:Balance|Credits))(?=$|_|[A-Z])"
    r"|(?:(?:^|_)credit|(?<=[a-z])Credit)(?=_cents$|Cents$)"
)


# What the business pays the account's holder (`hourlyRateCents`, `salary`): like a balance, never the
# holder's own choice, so a schema behind a write must not admit it.
_PAY_WORDS = ("hourlyrate", "payrate", "salary", "wage")


# The bounds of an advertised range (`salaryMin`, `wage_max`, `salaryRange`): a job posting's text, not
# what anyone is paid.
_RANGE_BOUND = ("min", "max", "minimum", "maximum", "range", "from", "to")


# What the holder sets about their money, after the money word (`lowBalanceAlert`, `creditsReminderEnabled`):
# when to be told, not the amount held.
_NOTICE_WORDS = frozenset(
    {"alert", "alerts", "warning", "warnings", "warn", "threshold", "thresholds", "reminder", "reminders",
     "notification", "notifications", "notify", "notice"}
)  # fmt: skip


# ... or a share or goal measured against it (`targetBalancePercentage`, `reserve_balance_ratio`,
# `floatBalanceTarget`): how much of the money to keep, a preference, not the money held. (`Limit` is left
# out: a cap on a balance is what the business extends, like `creditLimit`.)
_MEASURE_WORDS = frozenset({"percentage", "percent", "pct", "ratio", "share", "fraction", "target", "goal"})


def _money_notice(key: str) -> bool:
    """`lowBalanceAlert`, `balance_warning_cents`, `targetBalancePercentage`: a notice setting or a share named
    for a balance."""
    ws = vocab.words(key)
    for i, w in enumerate(ws):
        if w in ("balance", "credits"):
            return any(x in _NOTICE_WORDS or x in _MEASURE_WORDS for x in ws[i + 1 :])
    return False


# A platform-wide administrator flag, however qualified (`isPlatformAdmin`, `is_system_admin`): like `isAdmin`
_ADMIN_FLAG = re.compile(r"(?i)^is_?(super|platform|site|system|global|app)_?(admin|superuser)$")
# ... and a platform-staff flag under another name (`isOps`, `isModerator`, `isPlatformStaff`): it opens the
# operator's tools as `isAdmin` does (the whole name only: not `isModerated`). A bare `isStaff` is left out: a
# CRM's contact or a school's person is marked staff as a description (`member.isStaff` of a community tool)
_STAFF_FLAG = re.compile(
    r"(?i)^is_?(?:(?:platform|site|system|global|app)_?staff|(?:(?:platform|site|system|global|app)_?)?(?:ops|moderator))$"
)
# ... and a role named with the same scope (`platformRole`, `system_role`): like `role`
_SCOPED_ROLE = re.compile(r"(?i)^(platform|site|system|global|app)_?roles?$")
# ... or for the account holder (`userRole`, `account_role`): like `role`, also written by name (the whole
# name only: not `roleDescription`, `userRoleLabel`)
_HOLDER_ROLE = re.compile(r"(?i)^(user|account)_?roles?$")


# A paid plan named as a compound (`planTier`, `subscription_plan`, `billingTier`), also for its holder
# (`userPlan`, `customer_tier`): like `plan` or `tier` (not a plan of something else, `floorPlan`,
# `mealPlan`, nor its label, `planName`, `userPlanNote`)
_PLAN_COMPOUND = re.compile(r"(?i)^(plan|subscription|billing|pricing|account|user|customer)_?(plan|tier)$")


# What the business extends to an account (`creditLimit`, `credit_limit_cents`): like a balance
_CREDIT_LIMIT = vocab.CREDIT_LIMIT


# When a paid plan runs out (`subscriptionEnd`, `premium_until`, `planExpiresAt`): what was bought, like `plan`
# (not when it began, `subscriptionStart`, nor a notice about it)
_PAID_UNTIL = re.compile(
    r"(?i)^(subscription|plan|premium|membership)_?(end|ends_?at|end_?date|expires?|expires_?at|expiry|expiry_?date|"
    r"until|valid_?until)$"
)


# The SQL name a drizzle column declaration gives its column (`integer("credit_cents")`)
_DRIZZLE_SQL_NAME = re.compile(r"^\s*[\w.]+\(\s*[\"'`]([^\"'`]+)[\"'`]")


def _money_column(key: str, model: str, program: Program) -> bool:
    """`credit: integer("credit_cents")`: a key the written drizzle table declares over a column named for
    money, a balance under a short name (a `credit` over `credit_line` text is a film's credit)."""
    decl = tenancy.drizzle_tables(program).get(model.lower(), {}).get(key) if model else None
    m = _DRIZZLE_SQL_NAME.match(decl or "")
    name = m.group(1) if m is not None else ""
    return bool(name) and name != key and bool(_MONEY_WORDS.search(name)) and not _money_notice(name)


def _privileged_key(key: str) -> bool:
    """A key a schema must not admit: a privileged field, a compound of `balance`/`credits`, a pay rate
    or a credit limit."""
    flat = key.replace("_", "").lower()
    pay = flat.startswith(_PAY_WORDS) and not flat.endswith(_RANGE_BOUND)
    money = (bool(_MONEY_WORDS.search(key)) or bool(_CREDIT_LIMIT.search(key))) and not _money_notice(key)
    scoped = bool(
        _ADMIN_FLAG.match(key)
        or _STAFF_FLAG.match(key)
        or _SCOPED_ROLE.match(key)
        or _HOLDER_ROLE.match(key)
        or _PLAN_COMPOUND.match(key)
        or _PAID_UNTIL.match(key)
    )
    return key in vocab.PRIVILEGED_FIELDS or scoped or money or pay


_EFFECT_DECODERS = re.compile(r"^(?:decode|decodeUnknown|validate|parse)(?:Sync|Promise|Either)?$")


def _effect_schema(ctx: FileContext, call: Node) -> Node | None:
    """The schema of an effect/Schema decoder call, `Schema.decodeUnknownSync(S)(raw)`, whose result
    is the decoded value (a `Schema.Struct` drops keys it does not list)."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "call_expression":
        return None
    root = sx.callee_name(ctx.src, fn).split(".", 1)[0]
    binding = ctx.module.imports.get(root)
    if binding is None or not binding.spec.startswith(("effect", "@effect/schema")):
        return None
    if not _EFFECT_DECODERS.match(sx.last_name(sx.callee_name(ctx.src, fn))):
        return None
    args = sx.call_args(fn)
    return args[0] if args else None


# arktype's undeclared-key modes that leave only declared keys in the output (`"ignore"`, the
# default, hands undeclared keys through)
_ARKTYPE_CLOSED = frozenset({"delete", "reject"})


def _arktype_definition(ctx: FileContext, call: Node) -> tuple[Module, Node] | None:
    """`Profile(input)` where `const Profile = type({...})` from arktype: the object definition."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "identifier":
        return None
    found = ctx.analyzer.program.resolve_value(ctx.module, ctx.text(fn))
    value = sx.strip_types(found[1]) if found is not None else None
    if found is None or value is None or value.type != "call_expression":
        return None
    mod = found[0]
    value = _arktype_undeclared_mode(mod, value)[0]
    callee = sx.callee_name(mod.src, value)
    binding = mod.imports.get(callee)
    args = sx.call_args(value)
    if binding is None or binding.spec != "arktype" or not args or sx.strip_types(args[0]) is None:
        return None
    definition = sx.strip_types(args[0])
    return (mod, definition) if definition is not None and definition.type == "object" else None


def _arktype_undeclared_mode(mod: Module, value: Node) -> tuple[Node, str | None]:
    """`type({...}).onUndeclaredKey("delete")`: the `type(...)` call under the method form and the mode
    it sets (the definition's own `"+"` otherwise)."""
    fn = sx.strip_types(value.child_by_field_name("function"))
    prop = fn.child_by_field_name("property") if fn is not None and fn.type == "member_expression" else None
    if fn is None or mod.text(prop) != "onUndeclaredKey":
        return value, None
    base = sx.strip_types(fn.child_by_field_name("object"))
    args = sx.call_args(value)
    mode = mod.text(args[0]).strip("'\"`") if len(args) == 1 else ""
    return (base, mode) if base is not None and base.type == "call_expression" else (value, None)


def _arktype_closed(ctx: FileContext, call: Node) -> bool:
    """The arktype type called drops or rejects undeclared keys (`"+": "delete"`, or the method form,
    `.onUndeclaredKey("delete")`)."""
    found = _arktype_definition(ctx, call)
    if found is None:
        return False
    fn = sx.strip_types(call.child_by_field_name("function"))
    resolved = ctx.analyzer.program.resolve_value(ctx.module, ctx.text(fn)) if fn is not None else None
    value = sx.strip_types(resolved[1]) if resolved is not None else None
    method = _arktype_undeclared_mode(resolved[0], value)[1] if resolved is not None and value is not None else None
    if method is not None:
        return method in _ARKTYPE_CLOSED
    mode = object_keys(found[0].src, found[1]).get("+")
    return mode is not None and found[0].text(mode).strip("'\"") in _ARKTYPE_CLOSED


def _named_fields_only(ctx: FileContext, call: Node) -> bool:
    """The one argument of ``call`` is an object literal of named, unprivileged keys (no spread)."""
    args = sx.call_args(call)
    obj = sx.strip_types(args[0]) if len(args) == 1 else None
    if obj is None or obj.type != "object" or not obj.named_children:
        return False
    for child in obj.named_children:
        if child.type == "pair":
            key = child.child_by_field_name("key")
            if key is None or key.type == "computed_property_name" or _privileged_key(ctx.text(key).strip("'\"")):
                return False
        elif child.type != "shorthand_property_identifier" or _privileged_key(ctx.text(child)):
            return False
    return True


def _entries_of_named_fields(ctx: FileContext, call: Node) -> bool:
    """`Object.fromEntries(Object.entries({ title: input.title, notes: input.notes }).filter(...))`: the
    fields the server named, the unset ones dropped; not the client's object as sent."""
    args = sx.call_args(call)
    inner = sx.unwrap(args[0]) if len(args) == 1 else None
    while (
        inner is not None
        and inner.type == "call_expression"
        and sx.last_name(sx.callee_name(ctx.src, inner)) == "filter"
    ):
        fn = sx.strip_types(inner.child_by_field_name("function"))
        inner = (
            sx.unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
        )
    return (
        inner is not None
        and inner.type == "call_expression"
        and sx.callee_name(ctx.src, inner) == "Object.entries"
        and _named_fields_only(ctx, inner)
    )


def _bound_to_named_entries(ctx: FileContext, ep: EntryPoint, name: str) -> bool:
    """``name`` is bound to the server's named fields with the unset ones dropped (`const changes =
    Object.fromEntries(Object.entries({ title: input.title }).filter(...))`)."""
    value = sx.unwrap(_binding(ctx, ep.fn.node, name))
    return (
        value is not None
        and value.type == "call_expression"
        and sx.callee_name(ctx.src, value) == "Object.fromEntries"
        and _entries_of_named_fields(ctx, value)
    )


def _arktype_keys(mod: Module, definition: Node) -> dict[str, Node]:
    """The keys an arktype object definition declares (`"bio?"` is `bio`; `"+"` is the mode)."""
    return {k.removesuffix("?"): v for k, v in object_keys(mod.src, definition).items() if k != "+"}


# conform's parse of a form, `parseWithZod(formData, { schema })`: its `.value` holds what the schema
# returned when the submission succeeded (zod drops unknown keys; valibot's object does too)
_CONFORM_PARSES = frozenset({"parseWithZod", "parseWithValibot"})


def _conform_schema(ctx: FileContext, ep: EntryPoint, value: Node | None) -> Node | None:
    """The schema of `parseWithZod(formData, { schema: S })` bound to a local (``value`` names it),
    or None: `submission.value` is then the parse result of ``S``."""
    node = sx.unwrap(value)
    if node is not None and node.type == "identifier":
        node = sx.unwrap(_binding(ctx, ep.fn.node, ctx.text(node)))
    if node is None or node.type != "call_expression":
        return None
    if sx.last_name(sx.callee_name(ctx.src, node)) not in _CONFORM_PARSES:
        return None
    args = sx.call_args(node)
    options = sx.unwrap(args[1]) if len(args) > 1 else None
    if options is None or options.type != "object":
        return None
    return object_keys(ctx.src, options).get("schema")


def _local_schema(ctx: FileContext, ep: EntryPoint, schema: Node | None) -> Node | None:
    """`schema` of `schema.parse(raw)` after `const schema = getSchema()` in the entry point: the
    value it is bound to there (a module-level schema is found by name later)."""
    node = sx.strip_types(schema)
    if node is None or node.type != "identifier":
        return schema
    return sx.unwrap(_binding(ctx, ep.fn.node, ctx.text(node))) or schema


def _schema_admits_privileged(ctx: FileContext, ev: Event, name: str) -> str | None:
    """``name`` holds `schema.parse(...)` (or a safeParse result): does that schema list a privileged key?"""
    for key in _parse_result_keys(ctx, ev, name) or {}:
        if _privileged_key(key):
            return key
    return None


def _admitted_owner_key(ctx: FileContext, ev: Event, name: str) -> str | None:
    """An owner key the schema whose safeParse ``name`` holds admits (`userId`, or `user` that the written
    Mongoose model declares as a User's id), written with `name.data` whole: nothing pins it, the client
    names whose record it is (as for `.set(rest)` of such a parse)."""
    keys = set(_parse_result_keys(ctx, ev, name) or ())
    owners = keys & _owner_keys(ctx)
    if ev.op is not None and ev.op.api in ("mongoose", "helper"):
        program = ctx.analyzer.program
        owners |= {k for k in keys if mongoose_owner_ref(program, ev.op.model, k) is not None}
    return min(owners, default=None)


def _parse_result_keys(ctx: FileContext, ev: Event, name: str) -> dict[str, Node] | None:
    """The keys of the schema whose `parse(...)` (or safeParse result) ``name`` holds."""
    src = ctx.src
    scope = sx.enclosing_function(ev.node) or ctx.module.parsed.root
    for node in sx.walk(scope):
        if node.type != "variable_declarator" or ctx.text(node.child_by_field_name("name")) != name:
            continue
        value = sx.unwrap(node.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        callee = sx.callee_name(src, value)
        fn = sx.strip_types(value.child_by_field_name("function"))
        schema: Node | None = _effect_schema(ctx, value)
        if sx.last_name(callee) in _PARSE_METHODS and fn is not None and fn.type == "member_expression":
            obj = fn.child_by_field_name("object")
            # valibot `v.parse(Schema, raw)`: the schema is the first argument
            schema = sx.call_args(value)[0] if ctx.text(obj) in ("v", "valibot") and sx.call_args(value) else obj
        return schema_keys(ctx.module, schema, ctx.analyzer.program) if schema is not None else None
    return None


def _overridden_server_key(ctx: FileContext, ev: Event, data: Node) -> tuple[str, Node] | None:
    """`{ companyId: caller.companyId, ...parsed.output }` whose schema admits `companyId`: the spread
    comes after the value the server pinned to the caller, so the client's own wins. (key, spread)"""
    if data.type != "object":
        return None
    sessionish = ev.state.session | ev.state.fetched
    pinned: set[str] = set()
    for child in data.named_children:
        if child.type == "pair":
            value = sx.strip_types(child.child_by_field_name("value"))
            session_value = value is not None and value.type == "member_expression"
            if session_value and sx.root_identifier(ctx.src, value) in sessionish:
                pinned.add(ctx.text(child.child_by_field_name("key")))
            continue
        spread = child.type == "spread_element" and child.named_children
        inner = sx.strip_types(child.named_children[0]) if spread else None
        if not pinned or inner is None or inner.type not in ("identifier", "member_expression"):
            continue
        root = sx.root_identifier(ctx.src, inner) if inner.type == "member_expression" else ctx.text(inner)
        if root is None or root not in ev.state.validated or root not in ev.state.client:
            continue
        if inner.type == "member_expression" and ctx.text(inner.child_by_field_name("property")) not in (
            "data",
            "output",
            "value",
        ):
            continue
        admitted = pinned & set(_parse_result_keys(ctx, ev, root) or ())
        if admitted:
            return sorted(admitted)[0], child
    return None


def _declaration(ctx: FileContext, fn: Node, name: str) -> tuple[Node, Node | None] | None:
    """(binding pattern, value) of the local declaration that binds ``name`` (destructuring included)."""
    for n in sx.walk(fn):
        if n.type == "variable_declarator":
            target = n.child_by_field_name("name")
            if target is not None and name in sx.pattern_names(ctx.src, target):
                return target, n.child_by_field_name("value")
    return None


def _taken_out(ctx: FileContext, pattern: Node, name: str) -> set[str]:
    """Keys destructured next to the rest element ``name`` (`const { id, plan, ...rest } = input`)."""
    if pattern.type != "object_pattern":
        return set()
    rest = [c for c in pattern.named_children if c.type == "rest_pattern"]
    if not rest or name not in sx.pattern_names(ctx.src, rest[0]):
        return set()
    keys: set[str] = set()
    for c in pattern.named_children:
        if c.type == "shorthand_property_identifier_pattern":
            keys.add(ctx.text(c))
        elif c.type in ("pair_pattern", "object_assignment_pattern"):
            key = c.child_by_field_name("key") if c.type == "pair_pattern" else c.child_by_field_name("left")
            keys.add(ctx.text(key))
    return keys


def _parsed_schema_keys(ctx: FileContext, ep: EntryPoint, name: str) -> set[str] | None:
    """The keys a parsed value ``name`` can hold: its schema's keys minus those destructured out
    beside it (`const { id, ...rest } = schema.parse(x)` / `= parsedInput`); None when unknown."""
    fields = _parsed_schema_fields(ctx, ep, name)
    return None if fields is None else set(fields)


def _parsed_schema_fields(ctx: FileContext, ep: EntryPoint, name: str, depth: int = 0) -> dict[str, Node] | None:
    """The keys of `_parsed_schema_keys` -> their value schemas."""
    if depth > 4:
        return None
    program = ctx.analyzer.program
    if name in ep.input_params:
        keys: dict[str, Node] = {}
        for mod, node in ep.schemas:
            found = schema_keys(mod, node, program)
            if found is None:
                return None
            keys |= found
        # `({ parsedInput: { id, ...rest } })`: the keys beside the rest are not in it
        taken = (
            {
                k
                for p in sx.find(ep.fn.node.child_by_field_name("parameters") or ep.fn.node, ("object_pattern",))
                for k in _taken_out(ctx, p, name)
            }
            if ep.fn.node.child_by_field_name("parameters")
            else set()
        )
        return _without(keys, taken) if ep.schemas else None
    decl = _declaration(ctx, ep.fn.node, name)
    if decl is None:
        return None
    pattern, value = decl
    value = sx.unwrap(value)
    if value is None:
        return None
    taken = _taken_out(ctx, pattern, name)
    if value.type == "member_expression" and ctx.text(value.child_by_field_name("property")) == "value":
        # `const { password, ...profile } = submission.value` of a conform parse
        conform = _conform_schema(ctx, ep, value.child_by_field_name("object"))
        if conform is None:
            return None
        found = schema_keys(ctx.module, _local_schema(ctx, ep, conform), program)
        return None if found is None else _without(found, taken)
    field = _parsed_field_schema(ctx, ep, value) or _input_field_schema(ctx, ep, value)
    if field is not None:  # `parsed.data.changes` / `input.changes`: the keys its own object schema declares
        found = schema_keys(field[0], field[1], program)
        return None if found is None else _without(found, taken)
    if value.type == "member_expression" and ctx.text(value.child_by_field_name("property")) in ("data", "output"):
        # `parsed.data` of a safeParse result (valibot: `parsed.output`)
        value = sx.unwrap(value.child_by_field_name("object"))
        if value is None:
            return None
    if value.type == "identifier":
        inner = _parsed_schema_fields(ctx, ep, ctx.text(value), depth + 1)
        return None if inner is None else _without(inner, taken)
    if value.type != "call_expression":
        return None
    effect_schema = _effect_schema(ctx, value)
    if effect_schema is not None:
        found = schema_keys(ctx.module, effect_schema, program)
        return None if found is None else _without(found, taken)
    arktype = _arktype_definition(ctx, value)
    if arktype is not None:
        return _without(_arktype_keys(*arktype), taken)
    fn = sx.strip_types(value.child_by_field_name("function"))
    if sx.last_name(sx.callee_name(ctx.src, value)) not in _PARSE_METHODS or fn is None:
        return None
    if fn.type != "member_expression":
        return None
    obj = fn.child_by_field_name("object")
    # valibot `v.parse(Schema, raw)`: the schema is the first argument
    schema = sx.call_args(value)[0] if ctx.text(obj) in ("v", "valibot") and sx.call_args(value) else obj
    found = schema_keys(ctx.module, _local_schema(ctx, ep, schema), program)
    return None if found is None else _without(found, taken)


def _without(fields: dict[str, Node], taken: set[str]) -> dict[str, Node]:
    return {k: v for k, v in fields.items() if k not in taken}


def _input_field_schema(ctx: FileContext, ep: EntryPoint, value: Node | None) -> tuple[Module, Node] | None:
    """`input.patch` of a zsa/next-safe-action input whose schema declares `patch`: that field's
    schema, with its module; None for anything else."""
    node = sx.strip_types(value)
    if node is None or node.type != "member_expression":
        return None
    obj = sx.strip_types(node.child_by_field_name("object"))
    if obj is None or obj.type != "identifier" or ctx.text(obj) not in ep.input_params:
        return None
    prop = ctx.text(node.child_by_field_name("property"))
    for mod, schema in ep.schemas:
        field = schema_field(mod, schema, prop, ctx.analyzer.program)
        if field is not None:
            return field
    return None


# zod methods that keep an object schema a plain object (its unknown keys still dropped)
_PLAIN_OBJECT_STEPS = frozenset({"partial", "strict", "pick", "omit", "required", "optional", "nullable", "nullish"})


def _plain_object_schema(ctx: FileContext, mod: Module, schema: Node | None, depth: int = 0) -> bool:
    """``schema`` (a name here or imported, maybe chained `.partial()`) is a plain zod object schema,
    which drops the keys it does not declare; False when unknown."""
    node = sx.strip_types(schema)
    while node is not None and node.type == "call_expression" and depth < 4:
        step = sx.strip_types(node.child_by_field_name("function"))
        if step is None or step.type != "member_expression":
            break
        if mod.text(step.child_by_field_name("property")) not in _PLAIN_OBJECT_STEPS:
            break
        node = sx.strip_types(step.child_by_field_name("object"))
    if node is not None and node.type == "identifier" and depth < 4:
        found = ctx.analyzer.program.resolve_value(mod, mod.text(node))
        return found is not None and _plain_object_schema(ctx, found[0], found[1], depth + 1)
    if node is None:
        return False
    text = "".join(mod.text(node).split())
    return text.startswith(("z.object(", "z.strictObject(")) and not _keeps_unknown_in(ctx, mod, node)


def _parsed_field_schema(ctx: FileContext, ep: EntryPoint, value: Node | None) -> tuple[Module, Node] | None:
    """`parsed.data.changes` of `const parsed = Schema.safeParse(raw)`: the schema ``Schema`` declares
    for `changes`, with its module; None for anything else."""
    node = sx.strip_types(value)
    if node is None or node.type != "member_expression":
        return None
    obj = sx.strip_types(node.child_by_field_name("object"))
    if obj is None or obj.type != "member_expression" or ctx.text(obj.child_by_field_name("property")) != "data":
        return None
    root = sx.strip_types(obj.child_by_field_name("object"))
    if root is None or root.type != "identifier":
        return None
    parse = sx.unwrap(_binding(ctx, ep.fn.node, ctx.text(root)))
    fn = _parse_method(ctx, parse) if parse is not None and parse.type == "call_expression" else None
    if fn is None:
        return None
    schema = fn.child_by_field_name("object")
    if schema is None or ctx.text(schema) in ("v", "valibot"):
        return None
    prop = ctx.text(node.child_by_field_name("property"))
    return schema_field(ctx.module, _local_schema(ctx, ep, schema), prop, ctx.analyzer.program)


# Schemas of a value that admit any key: `z.record(z.string(), z.unknown())`, `z.any()`, valibot `v.record(...)`.
_OPEN_MAPS = frozenset({"record", "any", "unknown", "json", "passthrough", "catchall", "loose", "looseObject"})


def _open_map_field(ctx: FileContext, ep: EntryPoint, node: Node) -> bool:
    """`.set(input.patch)` where the input schema has `patch: z.record(z.string(), z.unknown())`: the
    parse checked only that `patch` is an object, every key in it is the client's choice."""
    obj = sx.strip_types(node.child_by_field_name("object"))
    if obj is None or obj.type != "identifier" or ctx.text(obj) not in ep.input_params:
        return False
    key = ctx.text(node.child_by_field_name("property"))
    return any(
        _open_schema(ctx, mod, (schema_keys(mod, schema, ctx.analyzer.program) or {}).get(key))
        for mod, schema in ep.schemas
    )


def _open_parsed_field(ctx: FileContext, ev: Event, node: Node) -> bool:
    """`data: parsed.notes` with `const parsed = z.object({ notes: z.record(z.string()) }).parse(input)`: the
    field of a local parse is an open map, every key in it the client's choice (as `_open_map_field`)."""
    obj = sx.strip_types(node.child_by_field_name("object"))
    if obj is None or obj.type != "identifier":
        return False
    keys = _parse_result_keys(ctx, ev, ctx.text(obj))
    entry = keys.get(ctx.text(node.child_by_field_name("property"))) if keys else None
    return entry is not None and _open_schema(ctx, ctx.module, entry)


def _nested_admits_privileged(ctx: FileContext, ep: EntryPoint, node: Node) -> str | None:
    """A privileged key admitted by the object schema of one field of a safe-action/zsa input
    (`input.data` with `z.object({ id: z.string(), data: UserSchema })` and `UserSchema` admitting `role`),
    or an owner key (`userId`): the field written as the whole row leaves nothing to pin it."""
    keys = _nested_schema_keys(ctx, ep, node)
    hit = sorted(k for k in keys if _privileged_key(k)) or sorted(keys & _owner_keys(ctx))
    return hit[0] if hit else None


def _nested_schema_keys(ctx: FileContext, ep: EntryPoint, node: Node) -> set[str]:
    """The keys the object schema of the safe-action/zsa input field ``node`` (`input.data`) admits, or of
    conform's `submission.value`."""
    obj = sx.strip_types(node.child_by_field_name("object"))
    key = ctx.text(node.child_by_field_name("property"))
    program = ctx.analyzer.program
    if key == "value" and (conform := _conform_schema(ctx, ep, obj)) is not None:
        # `{ ...submission.value }` of a conform parse: the keys its schema admits
        return set(schema_keys(ctx.module, _local_schema(ctx, ep, conform), program) or ())
    if obj is None or obj.type != "identifier" or ctx.text(obj) not in ep.input_params:
        return set()
    out: set[str] = set()
    for mod, schema in ep.schemas:
        field = schema_field(mod, schema, key, program)
        if field is not None:
            out |= set(schema_keys(field[0], field[1], program) or ())
    return out


def _open_schema(ctx: FileContext, mod: Module, entry: Node | None, depth: int = 0) -> bool:
    """A schema chain that admits any key, itself or in each element of its list."""
    chain = sx.strip_types(entry)
    if chain is not None and chain.type == "identifier" and depth < 2:
        # `patch: OpenPatch` with `const OpenPatch = Base.partial().passthrough()` (here or imported)
        found = ctx.analyzer.program.resolve_value(mod, mod.text(chain))
        return found is not None and _open_schema(ctx, found[0], found[1], depth + 1)
    while chain is not None and chain.type == "call_expression":
        method = sx.last_name(sx.callee_name(mod.src, chain))
        if method in _OPEN_MAPS:
            return True
        args = sx.call_args(chain)
        if method == "array" and args and _keeps_unknown_in(ctx, mod, args[0]):
            return True  # `rows: z.array(RowSchema)` where `RowSchema = z.object({...}).passthrough()`
        if method == "array" and args and depth < 2 and _open_schema(ctx, mod, args[0], depth + 1):
            return True  # `rows: z.array(z.record(z.string(), z.unknown()))`: every row any keys
        fn = sx.strip_types(chain.child_by_field_name("function"))
        member = fn is not None and fn.type == "member_expression"
        chain = sx.strip_types(fn.child_by_field_name("object")) if fn is not None and member else None
    return False


def _admitted_keys(ctx: FileContext, ep: EntryPoint, ev: Event, name: str) -> set[str]:
    """The keys the schema whose parse ``name`` holds lists."""
    admitted = _parsed_schema_keys(ctx, ep, name)
    return admitted if admitted is not None else set(_parse_result_keys(ctx, ev, name) or ())


_PLAIN_KEYS = ("property_identifier", "string")


def _client_keys_of_parse_input(ctx: FileContext, ev: Event, name: str) -> set[str] | None:
    """``name`` holds `schema.parse({ ... })` of an object literal written in place (no spread): the keys
    whose values carry client input. A key the literal leaves out, or fills from the session or a
    constant, is not the client's to set, whatever the schema admits. None when the input is anything else."""
    fn = sx.enclosing_function(ev.node)
    decl = ctx.first_declarators(fn).get(name) if fn is not None else None
    value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    while value is not None and value.type == "await_expression" and value.named_children:
        value = sx.unwrap(value.named_children[0])
    if (
        value is None
        or value.type != "call_expression"
        or sx.last_name(sx.callee_name(ctx.src, value)) not in _PARSE_METHODS
    ):
        return None
    args = sx.call_args(value)
    literal = sx.strip_types(args[0]) if len(args) == 1 else None
    if literal is None or literal.type != "object":
        return None
    sent: set[str] = set()
    held: Node | None
    for pair in literal.named_children:
        if pair.type == "comment":
            continue
        if pair.type == "shorthand_property_identifier":
            key, held = ctx.text(pair), pair
        elif pair.type == "pair" and (k := pair.child_by_field_name("key")) is not None and k.type in _PLAIN_KEYS:
            key, held = sx.string_value(ctx.src, k) or ctx.text(k), pair.child_by_field_name("value")
        else:
            return None  # (a spread or a computed key: any key may come from the client)
        if held is None or identifiers(ctx.src, held, into_functions=True) & ev.state.client:
            sent.add(key)
    return sent


def _privileged_in_parsed(ctx: FileContext, ep: EntryPoint, ev: Event, name: str) -> str | None:
    fields = _parsed_schema_fields(ctx, ep, name)
    if fields is not None:
        model = ev.op.model or "" if ev.op is not None else ""
        program = ctx.analyzer.program
        hit = sorted(
            k
            for k, v in fields.items()
            if (_privileged_key(k) or _money_column(k, model, program)) and not _category_role(k, v, model)
        )
        return hit[0] if hit else None
    return _schema_admits_privileged(ctx, ev, name) or _admitted_by_input_schema(ctx, ep)


# the values of a role that rank people's permissions (`admin`, `owner`, `member`, `viewer`)
_PERMISSION_LEVEL = re.compile(
    r"(?i)^(super_?)?(admin\w*|owner|manager|member|editor|viewer|guest|user|moderator|mod|staff|reader|writer|"
    r"contributor|collaborator|maintainer|operator|author|reviewer|developer|billing_?admin|root|basic|pro)$"
)
# a table of accounts or memberships: any `role` on it is the person's own
_ACCOUNT_TABLE = re.compile(r"(?i)(user|member|membership|profile|account|admin|staff|collaborator)s?$")


def _category_role(key: str, schema: Node | None, model: str) -> bool:
    """`role: z.enum(["primary", "billing", "shipping"])`: a `role` whose schema lists its values, none a
    permission level, written to a row that is no account or membership: a record's kind, granting
    nothing (a customer contact's billing role; also a `roles` list of them, a partner's kinds)."""
    if key not in ("role", "roles") or schema is None or _ACCOUNT_TABLE.search(model):
        return False
    chain: Node | None = sx.strip_types(schema)
    while chain is not None and chain.type == "call_expression":
        fn = sx.strip_types(chain.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return False
        if key == "roles" and (fn.child_by_field_name("property") or fn).text == b"array" and sx.call_args(chain):
            chain = sx.strip_types(sx.call_args(chain)[0])  # `roles: z.array(z.enum([...]))`: each item's values
            continue
        if (fn.child_by_field_name("property") or fn).text == b"enum":
            args = sx.call_args(chain)
            listed = sx.strip_types(args[0]) if args else None
            if listed is None or listed.type != "array" or not listed.named_children:
                return False
            values = [(c.text or b"").decode()[1:-1] for c in listed.named_children]
            if not all(c.type == "string" for c in listed.named_children):
                return False
            return not any(admin_role_name(v) or _PERMISSION_LEVEL.match(v) for v in values)
        chain = sx.strip_types(fn.child_by_field_name("object"))  # `.default("contact")`, `.optional()`
    return False


def _admitted_by_input_schema(ctx: FileContext, ep: EntryPoint) -> str | None:
    """A privileged key that a safe-action/zsa input schema (possibly in another file) admits."""
    for mod, node in ep.schemas:
        hit = sorted(k for k in schema_keys(mod, node, ctx.analyzer.program) or () if _privileged_key(k))
        if hit:
            return hit[0]
    return None


_ADMITS = re.compile(r"\(its (?:schema|DTO class) admits `([^`]+)`\)$")


def _admits_privileged_only(value: str) -> bool:
    """A wholesale write reported only for the privileged field its validator admits (`` `data` (its
    schema admits `role`) ``), not for an owner key or for keys of any name: behind a role check that
    field is the admin's to set (the role-gated privileged write policy, docs/precision.md); what is
    bought (`plan`, `credits`) stays reported, as for a field written by name."""
    m = _ADMITS.search(value)
    if m is None or m.group(1) in _OWNER_KEYS or not _privileged_key(m.group(1)):
        return False
    return not _PAID_KEY.search(m.group(1))  # (a plan or credits: a team role pays for nothing)


def _files_for_named_party(ctx: FileContext, ev: Event, value: str) -> bool:
    """A new row, behind a role check, written whole from a parse whose schema admits only an owner column
    under the project's own name for a user's part (`piUserId` of `createGrant` by a station admin): the
    administrator files the record for the person it names, the feature. The vocabulary's owner keys
    (`userId`, `ownerId`) stay reported, as before."""
    m = _ADMITS.search(value)
    if m is None or m.group(1) in _OWNER_KEYS or m.group(1) not in owner_columns_of(ctx.analyzer):
        return False
    return ev.op is not None and ev.op.verb.lower().startswith(("create", "insert", "values"))


def _pay_rate_of_a_new_record(ctx: FileContext, ev: Event, data: Node, value: str) -> bool:
    """A wholesale write reported only for the pay rate its validator admits (`hourlyRate`), made as a new
    row that names no account (`caregiver.create({ data: { ...data, agencyId } })`): a staff record the
    employer files, whose pay is theirs to enter. The holder setting their own row's rate, or a new row
    filed under their user id (`{ ...data, userId: session.user.id }`), is still reported."""
    m = _ADMITS.search(value)
    if m is None or not m.group(1).replace("_", "").lower().startswith(_PAY_WORDS):
        return False
    if ev.op is None or not ev.op.verb.lower().startswith(("create", "insert")):
        return False
    obj = sx.strip_types(data)
    if obj is None or obj.type != "object":
        return False
    keys = set(object_keys(ctx.src, obj))
    return not keys & (_owner_keys(ctx) | {"id", "email"})


def _quoted(value: str) -> str:
    """The written value as code in a message; a value that names its schema's privileged key
    (`` `data` (its schema admits `role`) ``) comes quoted already."""
    return value if value.startswith("`") else f"`{value}`"


def _single_column_set(src: bytes, node: Node) -> str | None:
    """The column of Kysely's two-argument `.set("column", value)` whose value ``node`` is."""
    args = node.parent
    while args is not None and args.type in sx.TRANSPARENT:
        args = args.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or sx.last_name(sx.callee_name(src, call)) != "set":
        return None
    given = sx.call_args(call)
    if len(given) != 2 or given[1] != node:
        return None
    return sx.string_value(src, given[0])


def _scope_pinned_keys(ctx: FileContext, ev: Event) -> set[str]:
    """The id columns the write's `where` holds to a value of the session, not the client's
    (`sponsorId: ctx.sponsorId` of `updateMany({ where: { id, sponsorId: ctx.sponsorId }, data })`)."""
    if ev.op is None:
        return set()
    mine = ev.state.session | ev.state.fetched
    out: set[str] = set()
    for arg in ev.op.args:
        obj = sx.strip_types(arg)
        where = sx.strip_types(object_keys(ctx.src, obj).get("where")) if obj is not None else None
        if where is None or where.type != "object":
            continue
        for key, value in object_keys(ctx.src, where).items():
            node = sx.strip_types(value)
            if key == "id" or not _ID_KEY.match(key) or node is None:
                continue
            if node.type not in ("identifier", "member_expression", "shorthand_property_identifier"):
                continue
            root = sx.root_identifier(ctx.src, node) if node.type == "member_expression" else ctx.text(node)
            if root in mine and root not in ev.state.client:
                out.add(key)
    return out


def _wholesale(ctx: FileContext, ev: Event, data: Node, ep: EntryPoint) -> tuple[str, Node] | None:
    src = ctx.src
    st = ev.state
    node = sx.strip_types(data)
    if node is None:
        return None
    if node.type in ("identifier", "shorthand_property_identifier"):  # `data: input`, `{ where, data }`
        name = ctx.text(node)
        column = _single_column_set(src, node)
        if column is not None and not _privileged_key(column):
            return None  # Kysely `.set("username", username)`: one named column, not an object's keys
        if name in st.client:
            if name in st.validated and _stripped(ctx, ep, name):
                # (`S.parse({ exportId: id, authorId: session.user.id, content: body.content })`: the keys
                # the parsed literal fills from the client, the only ones the client can set)
                sent = _client_keys_of_parse_input(ctx, ev, name)
                key = _privileged_in_parsed(ctx, ep, ev, name)
                if key is not None and sent is not None and key not in sent:
                    key = min(
                        (k for k in _admitted_keys(ctx, ep, ev, name) if _privileged_key(k) and k in sent), default=None
                    )
                if key is None:
                    # `.set(rest)`: an owner key the schema admits is the client's to name, nothing pins it
                    key = min((_parsed_schema_keys(ctx, ep, name) or set()) & _owner_keys(ctx), default=None)
                    key = key if key is None or sent is None or key in sent else None
                if key is None:
                    # ... and so is the column the write's own filter holds to the caller's tenant
                    # (`where: { id, teamId: ctx.teamId }, data: patch` with `teamId` in the schema): the
                    # filter finds the row, the patch moves it to whichever tenant the client names
                    admitted = _admitted_keys(ctx, ep, ev, name)
                    key = min(
                        admitted & _scope_pinned_keys(ctx, ev) & (admitted if sent is None else sent), default=None
                    )
                return (f"`{name}` (its schema admits `{key}`)", node) if key else None
            if (
                _parsed_rows_spread(ctx, ep, st.validated, name)
                or _allow_listed(ctx, ep, name)
                or _bound_to_named_entries(ctx, ep, name)
                or _from_stored_file(ctx, ep, node)
            ):
                return None
            return (name, node)
        return None
    if node.type == "await_expression" and _request_json(ctx, ep, node):
        return (ctx.text(node), node)  # `findByIdAndUpdate(id, await req.json())`: the body as sent
    if node.type == "member_expression":
        root = sx.root_identifier(src, node)
        if _built_by_validator(ctx, ep, node):
            return None
        if root in st.client and root not in st.validated and ctx.text(node).endswith(("body", "query", "data")):
            if ep.kind == "route" and ctx.text(node) == f"{root}.body" and _web_request_param(ctx, ep, root):
                return None  # an App Router request's `body` is its ReadableStream: no field of the caller's
            return (ctx.text(node), node)
        # `expense.update(input.changes)`, `data: input.patch`: a part of an unchecked parameter written
        # as the whole row
        parent = node.parent
        while parent is not None and parent.type in sx.TRANSPARENT:  # (`data: input.patch as Prisma.X`)
            parent = parent.parent
        whole = parent is not None and parent.type in ("arguments", "pair")
        if root in ep.input_params and root not in st.validated and whole:
            return (ctx.text(node), node) if _client_derived(ctx, ep, node) else None
        if (
            root is not None
            and root in st.client
            and root not in st.validated
            and whole
            and _client_derived(ctx, ep, node)
        ):
            # `.set(body.Operations[0].value)` with `body = await req.json()`: an object inside the request's
            # own body, as sent (not a provider's answer, which `_client_derived` tells apart)
            return (ctx.text(node), node)
        if whole and node.child_by_field_name("object") is not None:
            # `for (const op of patch.Operations) update({ data: op.value })`: a part of each element of an
            # unchecked request body's list, written as the whole row
            obj = sx.strip_types(node.child_by_field_name("object"))
            rows = _loop_rows(ctx, obj) if obj is not None else None
            rroot = sx.root_identifier(src, rows) if rows is not None else None
            if (
                rows is not None
                and rroot in st.client
                and rroot not in st.validated
                and not _built_by_validator(ctx, ep, rows)
                and _client_derived(ctx, ep, rows)
            ):
                return (ctx.text(node), node)
        if root is not None and root in st.validated and whole and (key := _nested_admits_privileged(ctx, ep, node)):
            # `.set(parsedInput.data)` where the input schema has `data: UserSchema` admitting `role`
            return (f"`{ctx.text(node)}` (its schema admits `{key}`)", node)
        if root is not None and root in st.validated and _open_map_field(ctx, ep, node):
            # (before the safeParse `.data` reading: `input.data` with `data: z.record(...)` in the input schema)
            return (f"`{ctx.text(node)}` (its schema admits any key)", node)
        # safeParse result (valibot's `v.safeParse(...)` hands it back as `.output`)
        if root is not None and root in st.validated and ctx.text(node) in (f"{root}.data", f"{root}.output"):
            shown = ctx.text(node)
            key = _schema_admits_privileged(ctx, ev, root) or _admitted_owner_key(ctx, ev, root)
            if key is None and _parse_keeps_unknown(ctx, ep, root):
                # `schema.passthrough().safeParse(raw)`, `v.safeParse(v.looseObject({...}), raw)`: the
                # caller's object with every key it added
                return (f"`{shown}` (its schema keeps unknown keys)", node)
            return (f"`{shown}` (its schema admits `{key}`)", node) if key else None
        if root is not None and root in st.validated and whole and _open_parsed_field(ctx, ev, node):
            return (f"`{ctx.text(node)}` (its schema admits any key)", node)
        key = _dto_admits_privileged(ctx, ep, root) if root is not None and root in st.validated else None
        return (f"`{ctx.text(node)}` (its DTO class admits `{key}`)", node) if key else None
    spread_rows = _spread_rows_at(ctx, node)
    if spread_rows is not None:  # `items.map((item) => ({ ...item, venueId }))`: each row copied whole
        listed, spread = spread_rows
        held = _parsed_list_keys(ctx, ep, listed)
        if held is not None and spread.parent is not None:
            # `input.extras.map((row) => ({ ...row, organizationId }))` of a parse whose list field holds
            # `z.array(RowSchema)`: each row has that schema's keys, a key after the spread overriding its own
            pinned = _keys_after(ctx, spread.parent, spread)
            hit = sorted(k for k in held - pinned if _privileged_key(k))
            hit = hit or _owner_left_to_client(ctx, spread.parent, spread, held)
            return (f"`{ctx.text(listed)}` (its schema admits `{hit[0]}`)", spread) if hit else None
        # (also the rows a project helper hands back from the client's upload: `parseCsv(await file.text())`)
        found = _wholesale(ctx, ev, listed, ep) if _client_derived(ctx, ep, listed, helpers=True) else None
        lroot = sx.root_identifier(src, listed) if listed.type == "member_expression" else None
        # (`body.cards.map((c) => ({ ...c, tenantId }))` of an unchecked request body: its rows as sent)
        if (
            found is None
            and lroot is not None
            and lroot in st.client
            and lroot not in st.validated
            and not _built_by_validator(ctx, ep, listed)
            and _client_derived(ctx, ep, listed)
        ):
            found = (ctx.text(listed), listed)
        return (found[0], spread) if found is not None else None  # (on the spread: the line that copies it)
    picked = _member_mapped(ctx, node)
    if picked is not None:  # `items.map((item) => item.lesson)`: each item's object written as sent
        root = sx.root_identifier(src, picked) if picked.type == "member_expression" else ctx.text(picked)
        if root in st.client and root not in st.validated and _client_derived(ctx, ep, picked):
            return (short(ctx.text(node), 40), node)
        return None
    if node.type == "call_expression" and sx.callee_name(src, node) == "Object.fromEntries":
        refs = identifiers(src, node)
        if refs & st.client and not _entries_of_named_fields(ctx, node):
            return (short(ctx.text(node), 40), node)
    if node.type == "object":
        for child in node.named_children:
            if child.type == "spread_element":
                inner = sx.strip_types(child.named_children[0]) if child.named_children else None
                if inner is None:
                    continue
                rows = _loop_rows(ctx, inner)
                if rows is not None:  # `for (const row of input.rows) create({ ...row })`: the rows judged
                    found = _wholesale(ctx, ev, rows, ep) if _client_derived(ctx, ep, rows, helpers=True) else None
                    if found is not None:  # (not rows the server loaded with the client's id)
                        return (found[0], child)
                    continue
                refs = identifiers(src, inner)
                behind = _literal_behind(ctx, ep, inner)
                if behind is not inner:  # `...updateData` built field by field on the server
                    nested = _wholesale(ctx, ev, behind, ep)
                    if nested is not None:
                        return nested
                    continue
                stripped = refs <= st.validated and all(_stripped(ctx, ep, r) for r in refs & st.client)
                if (
                    refs & st.client
                    and not stripped
                    and inner.type in ("identifier", "member_expression", "call_expression")
                ):
                    if not _client_derived(ctx, ep, inner):
                        continue  # `...rest` of a row the server loaded (found by the client's id)
                    if inner.type == "identifier" and (
                        _allow_listed(ctx, ep, ctx.text(inner)) or _bound_to_named_entries(ctx, ep, ctx.text(inner))
                    ):
                        continue  # `...picked`: the client's keys a list allowed, or fields the server named
                    return (ctx.text(inner), child)
                if stripped and inner.type == "identifier" and ctx.text(inner) in st.client:
                    name = ctx.text(inner)
                    held = _parsed_schema_keys(ctx, ep, name) or set()
                    caller = st.session | st.fetched
                    hit = sorted(
                        k
                        for k in held
                        if _privileged_key(k)
                        and not _parsed_title_role(ctx, ep, ev, name, k)
                        and not _plan_text(ctx, ep, ev, k, None)
                    ) or _owner_left_to_client(ctx, node, child, held, caller)
                    if hit:  # `...rest` of a parse whose schema admits `credits`
                        return (f"`{name}` (its schema admits `{hit[0]}`)", child)
                if stripped and inner.type == "member_expression":
                    held = _nested_schema_keys(ctx, ep, inner)
                    hit = sorted(k for k in held if _privileged_key(k)) or _owner_left_to_client(ctx, node, child, held)
                    if hit:  # `{ ...input.user }` with the input's `user: UserInsert` admitting `role`
                        return (f"`{ctx.text(inner)}` (its schema admits `{hit[0]}`)", child)
                    hit = _spread_parse_result(ctx, ev, node, child, inner)
                    if hit:  # `{ ...parsed.data, code }` of a safeParse whose schema admits `userId` unpinned
                        return (f"`{ctx.text(inner)}` (its schema admits `{hit[0]}`)", child)
    return None


def _spread_parse_result(ctx: FileContext, ev: Event, obj: Node, spread: Node, inner: Node) -> list[str]:
    """`{ ...parsed.data, guestEmail, code }`, ``parsed`` a safeParse result: spread, its keys are written as
    `data: parsed.data` writes them, so an owner key its schema admits that nothing after the spread pins
    (`userId: objectId.optional()`) is the client's to set: the row is filed under whoever they name."""
    root = sx.root_identifier(ctx.src, inner)
    if root is None or root not in ev.state.validated or ctx.text(inner) not in (f"{root}.data", f"{root}.output"):
        return []
    held = set(_parse_result_keys(ctx, ev, root) or ())
    return _owner_left_to_client(ctx, obj, spread, held, ev.state.session | ev.state.fetched)


def _web_request_param(ctx: FileContext, ep: EntryPoint, name: str) -> bool:
    """``name`` is a parameter of the route handler typed as the Web `Request` (`req: NextRequest`), not
    a wrapper's own request object (which may carry a parsed `body`)."""
    params = ep.fn.node.child_by_field_name("parameters")
    for p in params.named_children if params is not None else []:
        pattern, annotation = p.child_by_field_name("pattern"), p.child_by_field_name("type")
        if pattern is not None and annotation is not None and ctx.text(pattern) == name:
            return ctx.text(annotation).lstrip(": ").strip() in ("Request", "NextRequest")
    return False


def _request_json(ctx: FileContext, ep: EntryPoint, node: Node) -> bool:
    """`await req.json()` of the entry point's request: the parsed body, written in place."""
    call = sx.unwrap(node)
    if call is None or call.type != "call_expression" or sx.call_args(call):
        return False
    head, _dot, last = sx.callee_name(ctx.src, call).partition(".")
    return last == "json" and head in ep.input_params


# what a stored file's contents go through on the way to rows (`JSON.parse(await file.text())`, `rows.slice(i, j)`)
_FILE_STEPS = frozenset({"text", "json", "parse", "slice", "filter", "concat", "flat", "arrayBuffer", "toString"})


def _from_stored_file(ctx: FileContext, ep: EntryPoint, node: Node | None, depth: int = 0) -> bool:
    """``node`` holds the contents of a file the server keeps (`await admin.storage.from(BUCKET).download(path)`,
    `fs.readFile(path)`) parsed into rows: data the server wrote there, not the client's object, however
    the client picked the path (whether it may is the path's concern)."""
    node = sx.unwrap(node)
    if node is None or depth > 10:
        return False
    src = ctx.src
    if node.type == "call_expression":
        callee = sx.callee_name(src, node)
        last = sx.last_name(callee)
        if (last == "download" and ".storage." in f".{callee}") or last in ("readFile", "readFileSync"):
            return True
        if last not in _FILE_STEPS:
            return False
        fn_node = sx.strip_types(node.child_by_field_name("function"))
        member = fn_node is not None and fn_node.type == "member_expression"
        obj = fn_node.child_by_field_name("object") if member and fn_node is not None else None
        if callee == "JSON.parse":
            args = sx.call_args(node)
            return len(args) >= 1 and _from_stored_file(ctx, ep, args[0], depth + 1)
        return obj is not None and _from_stored_file(ctx, ep, obj, depth + 1)
    if node.type == "binary_expression" and ctx.text(node.child_by_field_name("operator")) in ("??", "||"):
        right = sx.unwrap(node.child_by_field_name("right"))
        empty = right is not None and right.type in ("object", "array") and not right.named_children
        return empty and _from_stored_file(ctx, ep, node.child_by_field_name("left"), depth + 1)
    if node.type in ("identifier", "member_expression", "subscript_expression"):
        root = sx.root_identifier(src, node)
        if root is None or root in ep.input_params:
            return False
        value = _scoped_binding(ctx, node, root, ep.fn.node)
        if value is None or value is node or not _from_stored_file(ctx, ep, value, depth + 1):
            return False
        # (`tables = pick(tables)` refines the same value; any other assignment must be as stored)
        for a in sx.find(ep.fn.node, ("assignment_expression",)):
            right = a.child_by_field_name("right")
            if ctx.text(a.child_by_field_name("left")) != root or right is None or root in identifiers(src, right):
                continue
            if not _from_stored_file(ctx, ep, right, depth + 1):
                return False
        return True
    return False


def _scoped_binding(ctx: FileContext, at: Node, name: str, fn: Node) -> Node | None:
    """The value of the declaration of ``name`` that ``at`` sees: in the nearest enclosing block (or
    loop head) declaring it before ``at`` (`const chunk = ...` in two loops names two values)."""
    child, p = at, at.parent
    while p is not None:
        for c in p.named_children:
            if c.start_byte >= child.start_byte:
                break
            if c.type not in ("lexical_declaration", "variable_declaration"):
                continue
            for d in c.named_children:
                target = d.child_by_field_name("name") if d.type == "variable_declarator" else None
                if target is not None and name in sx.pattern_names(ctx.src, target):
                    return d.child_by_field_name("value")
        if p == fn:
            return None
        child, p = p, p.parent
    return None


def _allow_listed(ctx: FileContext, ep: EntryPoint, name: str) -> bool:
    """``name`` is built from the client's object one listed key at a time: `Object.keys(input).reduce((acc,
    key) => { if (COLUMNS.includes(key)) acc[key] = input[key]; return acc; }, {})`, or
    `Object.fromEntries(Object.entries(input).filter(([key]) => COLUMNS.includes(key)))`, with `COLUMNS` an
    array of names none of which is privileged."""
    src = ctx.src
    value = sx.unwrap(_binding(ctx, ep.fn.node, name))
    if value is None or value.type != "call_expression":
        return False
    last = sx.last_name(sx.callee_name(src, value))
    args = sx.call_args(value)
    if sx.callee_name(src, value) == "Object.fromEntries" and len(args) == 1:
        value = sx.unwrap(args[0])
        if value is None or value.type != "call_expression":
            return False
        last = sx.last_name(sx.callee_name(src, value))
        args = sx.call_args(value)
        if last != "filter":
            return False
    else:
        init = sx.unwrap(args[1]) if len(args) == 2 else None
        if last != "reduce" or init is None or init.type != "object":
            return False
    fn_node = sx.strip_types(value.child_by_field_name("function"))
    keys = sx.unwrap(fn_node.child_by_field_name("object")) if fn_node is not None else None
    if keys is None or keys.type != "call_expression":
        return False
    if sx.callee_name(src, keys) not in ("Object.keys", "Object.entries"):
        return False
    cb = sx.unwrap(args[0]) if args else None
    if cb is None or cb.type not in ("arrow_function", "function_expression"):
        return False
    params = cb.child_by_field_name("parameters")
    formal = [p for p in params.named_children if p.type != "comment"] if params is not None else []
    single = cb.child_by_field_name("parameter")
    if single is not None:
        formal = [single]
    key_param: Node | None = None
    if last == "reduce" and len(formal) == 2:
        key_param = formal[1]  # `(acc, key)`
    elif last == "filter" and formal:
        key_param = formal[0]  # `([key])`
    if key_param is not None:
        key_param = key_param.child_by_field_name("pattern") or key_param
    if key_param is not None and key_param.type == "array_pattern":
        first = key_param.named_children[:1]  # `([key, value])` of `Object.entries`
        key_param = first[0] if first else None
    if key_param is None or key_param.type != "identifier":
        return False
    key = ctx.text(key_param)
    body = cb.child_by_field_name("body")
    if body is None:
        return False
    if last == "filter":
        return _lists_key(ctx, ep, body, key)
    # every `acc[key] = ...` sits in the branch of an allowlist test of `key`
    writes = [
        a
        for a in sx.find(body, ("assignment_expression",))
        if (left := a.child_by_field_name("left")) is not None and left.type == "subscript_expression"
    ]
    return bool(writes) and all(_in_listed_branch(ctx, ep, a, body, key) for a in writes)


def _in_listed_branch(ctx: FileContext, ep: EntryPoint, node: Node, stop: Node, key: str) -> bool:
    child, p = node, node.parent
    while p is not None and p != stop:
        if p.type == "if_statement" and child == p.child_by_field_name("consequence"):
            cond = p.child_by_field_name("condition")
            if cond is not None and _lists_key(ctx, ep, cond, key):
                return True
        child, p = p, p.parent
    return False


def _lists_key(ctx: FileContext, ep: EntryPoint, cond: Node, key: str) -> bool:
    """``cond`` is, or holds as one operand of an `&&`, `COLUMNS.includes(key)` over a list of unprivileged names."""
    node = sx.unwrap(cond)
    if node is not None and node.type == "statement_block":
        returns = sx.find(node, ("return_statement",), into_functions=False)
        node = sx.unwrap(returns[0].named_children[0]) if len(returns) == 1 and returns[0].named_children else None
    if node is None:
        return False
    if node.type == "binary_expression" and ctx.text(node.child_by_field_name("operator")) == "&&":
        return any(_lists_key(ctx, ep, node.child_by_field_name(f), key) for f in ("left", "right"))  # type: ignore[arg-type]
    if node.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, node)) not in ("includes", "has"):
        return False
    args = sx.call_args(node)
    arg = sx.strip_types(args[0]) if len(args) == 1 else None
    fn_node = sx.strip_types(node.child_by_field_name("function"))
    listed = sx.strip_types(fn_node.child_by_field_name("object")) if fn_node is not None else None
    if arg is None or ctx.text(arg) != key or listed is None:
        return False
    if listed.type == "identifier":
        bound = _binding(ctx, ep.fn.node, ctx.text(listed)) or _module_const(ctx, ctx.text(listed))
        listed = sx.unwrap(bound)
    if listed is not None and listed.type == "new_expression":  # `new Set([...])`
        inner = listed.child_by_field_name("arguments")
        listed = sx.unwrap(inner.named_children[0]) if inner is not None and inner.named_children else None
    if listed is None or listed.type != "array":
        return False
    names = [sx.string_value(ctx.src, e) for e in listed.named_children if e.type != "comment"]
    return bool(names) and all(n is not None and not _privileged_key(n) for n in names)


def _module_const(ctx: FileContext, name: str) -> Node | None:
    """The value of a top-level `const name = ...` of the file."""
    for n in sx.find(ctx.module.parsed.root, ("variable_declarator",), into_functions=False):
        target = n.child_by_field_name("name")
        if target is not None and target.type == "identifier" and ctx.text(target) == name:
            return n.child_by_field_name("value")
    return None


def _keys_after(ctx: FileContext, obj: Node, spread: Node) -> set[str]:
    """The keys an object literal sets after ``spread`` (which override the spread's own)."""
    return {
        ctx.text(c.child_by_field_name("key")).strip("'\"") if c.type == "pair" else ctx.text(c)
        for c in obj.named_children
        if c.start_byte > spread.start_byte and c.type in ("pair", "shorthand_property_identifier")
    }


# chained zod refinements that keep a schema's shape (`z.array(Row).min(1)`)
_SHAPE_KEEPING = frozenset({"min", "max", "length", "nonempty", "optional", "nullable", "default", "describe"})


def _parsed_list_keys(ctx: FileContext, ep: EntryPoint, listed: Node, depth: int = 0) -> set[str] | None:
    """The keys each element of ``listed`` can hold, when it is a list field of the action's parsed
    input (`input.extras`, or a local bound to it) whose schema declares `z.array(RowSchema)` with a
    known, key-stripping object schema; None otherwise."""
    node = sx.strip_types(listed)
    if node is not None and node.type == "identifier" and depth < 3:
        if ctx.text(node) in ep.input_params:
            return None
        bound = sx.unwrap(_binding(ctx, ep.fn.node, ctx.text(node)))
        return _parsed_list_keys(ctx, ep, bound, depth + 1) if bound is not None else None
    if node is not None and node.type == "call_expression" and depth:
        # `const rows = z.array(Row.extend({ userId })).max(200).parse(raw)`: the list parsed in place
        fn = sx.strip_types(node.child_by_field_name("function"))
        if (
            fn is None
            or fn.type != "member_expression"
            or ctx.text(fn.child_by_field_name("property"))
            not in (
                "parse",
                "parseAsync",
            )
        ):
            return None
        return _array_row_keys(ctx, ctx.module, fn.child_by_field_name("object"))
    if node is None or node.type != "member_expression" or len(ep.schemas) != 1:
        return None
    root = sx.strip_types(node.child_by_field_name("object"))
    if root is None or root.type != "identifier" or ctx.text(root) not in ep.input_params:
        return None
    if not _stripped(ctx, ep, ctx.text(root)):
        return None
    mod, schema = ep.schemas[0]
    program = ctx.analyzer.program
    found = schema_field(mod, schema, ctx.text(node.child_by_field_name("property")), program)
    if found is None:
        return None
    return _array_row_keys(ctx, *found)


def _array_row_keys(ctx: FileContext, fmod: Module, field_value: Node | None) -> set[str] | None:
    """The keys each element of the list schema ``field_value`` holds (`z.array(RowSchema).min(1)`), when
    its row schema is a known, key-stripping object schema; None otherwise."""
    program = ctx.analyzer.program
    value = sx.strip_types(field_value)
    while value is not None and value.type == "call_expression":
        fn = sx.strip_types(value.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            break
        prop = fmod.text(fn.child_by_field_name("property"))
        if prop == "array":
            break
        if prop not in _SHAPE_KEEPING:
            return None
        value = sx.strip_types(fn.child_by_field_name("object"))
    if value is None or value.type != "call_expression" or sx.callee_name(fmod.src, value) not in ("z.array",):
        return None
    args = sx.call_args(value)
    if not args or _keeps_unknown_in(ctx, fmod, args[0]):
        return None
    keys = schema_keys(fmod, args[0], program)
    return set(keys) if keys is not None else None


def _owner_left_to_client(
    ctx: FileContext, obj: Node, spread: Node, admitted: set[str], caller: set[str] | None = None
) -> list[str]:
    """The owner keys (`ownerId`, `userId`) a spread parse admits that no key after the spread pins:
    `{ ...parsedInput }` with `ownerId` in the schema files the row under whoever the client names,
    as `ownerId: parsedInput.ownerId` does; `{ ...input, ownerId: userId }` pins it. A column of the
    project's own is a counterparty where another owner key after the spread files the row under the
    caller (``caller``: the session's names; `{ ...data, studentId: user.id }` admitting `tutorId`)."""
    owners = admitted & _owner_keys(ctx)
    if not owners:
        return []
    after = [c for c in obj.named_children if c.start_byte > spread.start_byte]
    pinned = {
        ctx.text(c.child_by_field_name("key")) if c.type == "pair" else ctx.text(c)
        for c in after
        if c.type in ("pair", "shorthand_property_identifier")
    }
    if caller and _filed_under_caller(ctx, after, caller):
        owners = {k for k in owners if k in _OWNER_KEYS}
    return sorted(owners - pinned)


def _filed_under_caller(ctx: FileContext, pairs: list[Node], caller: set[str], but: str = "") -> bool:
    """One of ``pairs`` (a written literal's entries) sets an id column other than ``but`` to the caller's
    own user id (`studentId: user.id`, `clientId: session?.user?.id as string`, `ownerId: ctx.userId`): the
    row is the caller's, and a project-named owner column beside it (`tutorId` of a lesson) names the other
    party of it, whom the caller books or writes to, not whose record it is (missing-authorization judges
    whether the caller may name them); so does a column naming the caller as who did it (`signedOffBy:
    session.userId` of a lead's sign-off of a member's induction). A tenant the session holds (`teamId:
    ctx.teamId`) is no person."""
    for c in pairs:
        if c.type != "pair":
            continue
        key = ctx.text(c.child_by_field_name("key"))
        value = sx.strip_types(c.child_by_field_name("value"))
        if key == but or not (_ID_KEY.match(key) or _DONE_BY_KEY.search(key)) or value is None:
            continue
        if value.type not in ("member_expression", "identifier") or sx.root_identifier(ctx.src, value) not in caller:
            continue
        if _CALLER_USER_ID.fullmatch(ctx.text(value).replace("?.", ".")):
            return True
    return False


# an id column (`studentId`, `client_id`), not the row's own `id`
_ID_KEY = re.compile(r"^[A-Za-z]\w*?(?:Id|_id)$")
# ... or one naming who did it (`signedOffBy`, `approved_by`, `createdById`)
_DONE_BY_KEY = re.compile(r"[a-z](?:By|_by)(?:Id|_id)?$")
# the caller's user id as code writes it: `user.id`, `me.id`, `session.user.id`, `ctx.userId`, `userId` (not
# `ctx.org.id`, nor `site.id` of a row the caller's id found)
_CALLER_USER_ID = re.compile(r"(?:[\w$]+\.)*(?:\w*[uU]ser|me|viewer|caller|actor)\.id|(?:[\w$]+\.)*(?:userId|user_id)")


def _dto_admits_privileged(ctx: FileContext, ep: EntryPoint, name: str) -> str | None:
    """`dto.value` where `const dto = await validateDto(CrewProfileDto, body)`: a class-validator DTO
    lists the accepted keys as class fields (`@IsInt() hourlyRateCents?: number`); a privileged one is
    accepted like a schema key."""
    call = sx.unwrap(_binding(ctx, ep.fn.node, name))
    if call is None or call.type != "call_expression":
        return None
    for given in sx.call_args(call):
        arg = sx.strip_types(given)
        if arg is None or arg.type != "identifier":
            continue
        found = ctx.analyzer.program.resolve_value(ctx.module, ctx.text(arg))
        if found is None:
            continue
        mod, decl = found
        decl = next(iter(sx.find(decl, ("class_declaration",), into_functions=False)), decl)
        if decl.type != "class_declaration":
            continue
        body = decl.child_by_field_name("body")
        for field in body.named_children if body is not None else []:
            key = field.child_by_field_name("name") if field.type == "public_field_definition" else None
            if key is not None and _privileged_key(mod.text(key)):
                return mod.text(key)
    return None


def _end_user_label(ctx: FileContext, ev: Event, key: str) -> bool:
    """`userId` of a Prisma model owned through another relation to `User`: a label the app's own
    customers give their end users, not the row's owner."""
    return ev.op is not None and bool(ev.op.model) and label_column(ctx.analyzer.program, ev.op.model, key)


# (a person's part in a record names the user too: `participant_session`, `event_attendees`, `team_members`)
_USER_WORDS = frozenset({"user", "users", "participant", "participants", "attendee", "attendees", "member", "members"})
# a link row's standing that makes the user the record's owner
_OWNER_GRANT = re.compile(r"(?i)owner|admin|creator")


def _link_row(ctx: FileContext, ev: Event, data: Node, key: str) -> bool:
    """`db.appointmentUser.create({ data: { appointmentId, userId } })`: a row of a model named for a
    record and a user that links the two (also `job_users` with `job_id`); its user id says who is
    assigned to or takes part in the record, not whose row it is. Whether the caller may touch that
    record is an authorization question; a `role` on the row is still a privilege."""
    model = ev.op.model if ev.op is not None else ""
    ws = [w for w in vocab.words(model) if w != "to"]  # (drizzle's `crews_to_users`, `usersToGroups`)
    others = [w for w in ws if w not in _USER_WORDS]
    if len(ws) != 2 or len(others) != 1:
        return False
    other = others[0]
    stems = {other, other[:-1] if other.endswith("s") else other}
    written_keys = object_keys(ctx.src, data)
    for value in written_keys.values():
        grant = sx.string_value(ctx.src, sx.strip_types(value) or value)
        if grant is not None and _OWNER_GRANT.search(grant):
            return False  # `status: "co-owner"`: the row makes that user the record's owner
    for written in written_keys:
        if written == key:
            continue
        folded = written.lower().replace("_", "")
        if folded.endswith("id") and folded[:-2] in stems:
            return True
    return False


# what an audit trail's table is called (`audit-logs`, `auditLog`, `activity_log`, `history`)
_TRAIL_WORDS = frozenset({"audit", "audits", "log", "logs", "history", "histories"})
# the key an audit row names who acted under, besides the user it concerns (`adminId`, `actorId`, `performedBy`)
_ACTOR_KEY = re.compile(r"(?i)^(admin|actor|operator|moderator|staff)_?id$|[a-z](By|_by)(Id|_id)?$")


def _audit_subject(ctx: FileContext, ev: Event, data: Node, key: str) -> bool:
    """`collection("audit-logs").add({ action: "PIN_RESET", adminId, userId })`: an audit-trail row that names
    who acted under a key of its own records its `userId` as the subject of the event, the account acted
    on, not the row's owner (a row naming no other actor, `auditLog.create({ data: { userId, action } })`,
    says the user did it: still judged; so is the actor key itself)."""
    model = ev.op.model if ev.op is not None else ""
    if ev.kind != "trail" and not set(vocab.words(model)) & _TRAIL_WORDS:
        return False
    if _OWNER_CASE.get(key.lower(), key) not in ("userId", "user_id"):
        return False
    return any(other != key and _ACTOR_KEY.search(other) for other in object_keys(ctx.src, data))


_NOTIFICATION_TABLES = frozenset({"notification", "notifications"})


def _subject_notice(ctx: FileContext, ep: EntryPoint, ev: Event, value: Node) -> bool:
    """`user_notifications` (`db.notification.create`) written for the user the same entry point ties
    to a record on a link row (`crews_to_users`): the member added is told so; the user id is the
    subject of the operation and the notice's addressee, not whose record it is (a notice for any user
    the client names, with no such link row, is still judged; so is `notification_settings`)."""
    ws = vocab.words(ev.op.model if ev.op is not None else "")
    if not ws or ws[-1] not in _NOTIFICATION_TABLES:
        return False
    named = identifiers(ctx.src, value, into_functions=True)
    if not named:
        return False
    for other in ctx.flow(ep).events:
        if other is ev or other.kind != "db" or other.op is None or other.op.kind != "write":
            continue
        for written in other.op.data:
            for data in _choices(_literal_behind(ctx, ep, written, gated=False)):
                for key, held in object_keys(ctx.src, data).items():
                    owner = _OWNER_CASE.get(key.lower(), key) in _OWNER_KEYS
                    same = owner and identifiers(ctx.src, held, into_functions=True) == named
                    if same and _link_row(ctx, other, data, key):
                        return True
    return False


# `update t set ${sql(obj)}` / `insert into t ${sql(obj)}`: the object's keys become columns there
_WRITES_OBJECT = re.compile(r"(?i)(?:\bset|\binsert\s+into\s+[\w.\"]+)\s*$")


def _postgres_helper_rows(ctx: FileContext, ev: Event) -> list[Node]:
    """postgres.js `update t set ${sql(body, Object.keys(body))}`: the tag called with an object
    inside its own template writes the object's keys as columns; a column list other than the object's
    own keys (`sql(body, EDITABLE)`) picks what is written, unless it names a privileged column itself."""
    if ev.op is None or ev.op.kind != "write" or ev.node.type != "call_expression":
        return []
    tag = sx.callee_name(ctx.src, ev.node)
    template = ev.node.child_by_field_name("arguments")
    if not tag or template is None or template.type != "template_string":
        return []
    rows: list[Node] = []
    for sub in template.named_children:
        call = sx.unwrap(sub.named_children[0]) if sub.type == "template_substitution" and sub.named_children else None
        if call is None or call.type != "call_expression" or sx.callee_name(ctx.src, call) != tag:
            continue
        before = ctx.src[template.start_byte : sub.start_byte].decode(errors="replace")
        if not _WRITES_OBJECT.search(before):
            continue  # `where id in ${sql(ids)}`: a list of values, not columns
        args = [a for a in sx.call_args(call) if a.type != "comment"]
        if not args:
            continue
        cols = sx.unwrap(args[1]) if len(args) > 1 else None
        own_keys = (
            cols is not None
            and cols.type == "call_expression"
            and sx.callee_name(ctx.src, cols) == "Object.keys"
            and [ctx.text(a) for a in sx.call_args(cols)] == [ctx.text(args[0])]
        )
        # (`sql(body, "billingEmail", "balanceCents")`: the columns it names are written, a privileged one among
        # them as the object holds it, which the schema that parsed the object may admit)
        listed = [sx.string_value(ctx.src, a) for a in args[1:]]
        if cols is not None and cols.type == "array":
            listed = [sx.string_value(ctx.src, e) for e in cols.named_children if e.type != "comment"]
        names_privileged = all(listed) and any(_privileged_key(c) for c in listed if c)
        if cols is None or own_keys or names_privileged:
            rows.append(args[0])
    return rows


# mysql2's `SET ?`: the placeholder right after `SET` takes an object and writes each of its keys
_SET_OBJECT_SLOT = re.compile(r"(?i)\bset\s+\?(?!\?)\s*(?:$|\bwhere\b|\bon\b)")


def _mysql_object_rows(ctx: FileContext, ev: Event) -> list[Node]:
    """mysql2 `query("INSERT INTO t SET ?", [body])` / `execute("UPDATE t SET ? WHERE id = ?", [patch,
    id])`: the driver expands an object bound to `SET ?` into `col = value` for each of its keys, so the
    object's keys become columns (as with postgres.js `${sql(body)}`). `SET name = ?` binds one value.
    A values argument that is no array (`query("INSERT INTO t SET ?", data)`) is the driver's one value."""
    if ev.op is None or ev.op.kind != "write":
        return []
    args = sx.call_args(ev.op.call)
    first = sx.unwrap(args[0]) if args else None
    params = sx.unwrap(args[1]) if len(args) > 1 else None
    if first is None or params is None or params.type in ("string", "template_string", "number"):
        return []
    if first.type not in ("string", "template_string") or any(
        c.type == "template_substitution" for c in first.children
    ):
        return []
    text = ctx.text(first)[1:-1]
    slot = _SET_OBJECT_SLOT.search(text)
    if slot is None:
        return []
    before = text[: slot.start()]
    index = before.count("?") - before.count("??")  # (`??` binds one identifier)
    if params.type != "array":
        return [params] if index == 0 else []
    values = [c for c in params.named_children if c.type != "comment"]
    if not 0 <= index < len(values) or values[index].type == "spread_element":
        return []
    return [values[index]]


# raw SQL text up to a substitution that lists columns: `SET ${...}` or `INSERT INTO t (${...})`
_LISTS_COLUMNS = re.compile(r"(?i)(?:\bset|\binsert\s+into\s+[\w.\"]+\s*\()\s*$")
_KEY_LISTS = frozenset({"Object.keys", "Object.entries"})


def _keyed_sql_rows(ctx: FileContext, ep: EntryPoint, ev: Event) -> list[Node]:
    """`pool.query(...)` of a template `UPDATE t SET ${sets} WHERE id = $1` with `sets` built
    from `Object.keys(obj).map(...).join(", ")`: each key of ``obj`` becomes a column, so ``obj`` is
    written whole (as mysql2's `SET ?`); a `.filter` on the way (an allow-list) picks what is written."""
    if ev.op is None or ev.op.kind != "write":
        return []
    args = sx.call_args(ev.op.call)
    text = sx.unwrap(args[0]) if args else None
    if text is None or text.type != "template_string":
        return []
    rows: list[Node] = []
    for sub in text.named_children:
        inner = sx.unwrap(sub.named_children[0]) if sub.type == "template_substitution" and sub.named_children else None
        before = ctx.src[text.start_byte : sub.start_byte].decode(errors="replace")
        if inner is None or not _LISTS_COLUMNS.search(before):
            continue
        if inner.type == "identifier":
            inner = sx.unwrap(_binding(ctx, ep.fn.node, ctx.text(inner)))
        keyed = _keys_listed_of(ctx, inner)
        if keyed is not None:
            rows.append(keyed)
    return rows


def _keys_listed_of(ctx: FileContext, node: Node | None) -> Node | None:
    """The object of `Object.keys(obj).map(...).join(", ")` (or `Object.entries`), the object whose every
    key the chain lists; None when a step filters them or the chain starts elsewhere."""
    depth = 0
    while node is not None and node.type == "call_expression" and depth < 6:
        callee = sx.callee_name(ctx.src, node)
        if callee in _KEY_LISTS:
            found = sx.call_args(node)
            return sx.unwrap(found[0]) if len(found) == 1 else None
        step = sx.strip_types(node.child_by_field_name("function"))
        if step is None or step.type != "member_expression":
            return None
        if ctx.text(step.child_by_field_name("property")) not in ("map", "join"):
            return None  # (`.filter((k) => EDITABLE.includes(k))`: an allow-list picks the columns)
        node = sx.unwrap(step.child_by_field_name("object"))
        depth += 1
    return None


def _parsed_rows_spread(ctx: FileContext, ep: EntryPoint, validated: set[str], name: str) -> bool:
    """`const rows = parsed.items.map((item) => ({ ...item, user_id: userId }))`: rows spread from
    a list of a key-stripping schema parse, each row with what that schema declared (the fields the
    map adds are judged as fields)."""
    value = sx.unwrap(_binding(ctx, ep.fn.node, name))
    rows = _spread_rows(ctx, value) if value is not None else None
    root = sx.root_identifier(ctx.src, rows) if rows is not None else None
    if root is None or root not in validated or not _stripped(ctx, ep, root):
        return False
    if root in ep.input_params:
        # `withAuth({ inputSchema, handler: async ({ data }) => ... })`: the wrapper parsed `data`
        source = _options_schema(ctx, ep)
    else:
        parse = sx.unwrap(_binding(ctx, ep.fn.node, root))
        fn = sx.strip_types(parse.child_by_field_name("function")) if parse is not None else None
        if parse is None or parse.type != "call_expression" or fn is None or fn.type != "member_expression":
            return False
        source = _schema_source(ctx, _local_schema(ctx, ep, fn.child_by_field_name("object")))
    if source is None:
        return False
    # (any privileged key at any depth of the schema: the rows are one of its lists)
    mod, schema = source
    keys = (k for n in sx.walk(schema) if n.type == "pair" for k in [mod.text(n.child_by_field_name("key"))])
    return not any(_privileged_key(k.strip("'\"")) for k in keys)


# Options of a route wrapper that hold the schema it parses the input with.
_INPUT_SCHEMA_OPTIONS = frozenset({"inputSchema", "schema", "input", "bodySchema", "validator"})


def _options_schema(ctx: FileContext, ep: EntryPoint) -> tuple[Module, Node] | None:
    """The input schema in the options object literal that holds the handler
    (`withAuth({ inputSchema: S, handler })`)."""
    if ep.fn.module is not ctx.module:
        return None
    holder = ep.fn.node if ep.fn.node.type == "method_definition" else ep.fn.node.parent
    if holder is None or holder.type not in ("pair", "method_definition"):
        return None
    holder = holder.parent  # (`handler: async () => ...` or `async handler() {}`: the options object)
    keys = object_keys(ctx.src, holder)
    schema = next((keys[k] for k in _INPUT_SCHEMA_OPTIONS if k in keys), None)
    return _schema_source(ctx, schema) if schema is not None else None


def _object_field(ctx: FileContext, ep: EntryPoint, root: str, prop: str) -> bool:
    """``prop`` of the wrapper-parsed ``root`` is declared a plain zod object (its own unknown keys
    dropped too)."""
    source = _options_schema(ctx, ep) if root in ep.input_params else None
    if source is None:
        return False
    mod, schema = source
    for n in sx.walk(schema):
        if n.type == "pair" and mod.text(n.child_by_field_name("key")).strip("'\"") == prop:
            text = "".join(mod.text(n.child_by_field_name("value")).split())
            return text.startswith(("z.object(", "z.strictObject(")) and not _keeps_unknown_in(ctx, mod, n)
    return False


def _identity_argument(ctx: FileContext, call: Node) -> Node | None:
    """`toDbType<Row>(value)` of a project function that returns its parameter as it is (a cast):
    the argument, which is what gets written."""
    args = sx.call_args(call)
    target = ctx.analyzer.target(ctx.module, call) if len(args) == 1 else None
    body = target.body if target is not None else None
    params = target.params if target is not None else []
    if body is None or not params:
        return None
    if body.type == "statement_block":
        stmts = sx.statements(body)
        if len(stmts) != 1 or stmts[0].type != "return_statement" or not stmts[0].named_children:
            return None
        body = stmts[0].named_children[0]
    out = sx.strip_types(body)
    assert target is not None
    return args[0] if out is not None and out.type == "identifier" and target.module.text(out) == params[0] else None


def _schema_source(ctx: FileContext, node: Node | None) -> tuple[Module, Node] | None:
    """The schema expression ``node`` names: itself, a module-level or imported declaration, or
    what a factory (`getSchema()`) returns."""
    mod = ctx.module
    node = sx.strip_types(node)
    if node is not None and node.type == "identifier":
        found = ctx.analyzer.program.resolve_value(mod, mod.text(node))
        if found is None:
            return None
        mod, node = found
    made = factory_schema(ctx.analyzer.program, mod, node)
    if made is not None:
        mod, node = made
    return (mod, node) if node is not None else None


def _loop_rows(ctx: FileContext, node: Node) -> Node | None:
    """`row` inside `for (const row of rows) { ... }`: the list it walks, each element handed on as it is."""
    if node.type != "identifier":
        return None
    name = ctx.text(node)
    p = node.parent
    while p is not None and not sx.is_function(p):
        if p.type == "for_in_statement" and ctx.text(p.child_by_field_name("left")) == name:
            if ctx.text(p.child_by_field_name("operator")) != "of":
                return None
            return p.child_by_field_name("right")
        p = p.parent
    return None


def _spread_rows(ctx: FileContext, node: Node) -> Node | None:
    """`items.map((item) => ({ ...item, venueId }))`: the array whose rows a map callback spreads
    into the object it returns (every row written with whatever keys the client put in it)."""
    found = _spread_rows_at(ctx, node)
    return found[0] if found is not None else None


def _spread_rows_at(ctx: FileContext, node: Node) -> tuple[Node, Node] | None:
    """(the array, the spread element) of `items.map((item) => ({ ...item, venueId }))`."""
    if node.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, node)) not in ("map", "flatMap"):
        return None
    fn = sx.strip_types(node.child_by_field_name("function"))
    args = sx.call_args(node)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if fn is None or fn.type != "member_expression" or cb is None or not sx.is_function(cb):
        return None
    params = set(sx.param_names(ctx.src, cb))
    body = cb.child_by_field_name("body")
    if body is None:
        return None
    outs = (
        [r.named_children[0] for r in sx.walk(body) if r.type == "return_statement" and r.named_children]
        if body.type == "statement_block"
        else [body]
    )
    for out in map(sx.unwrap, outs):
        if out is None or out.type != "object":
            continue
        for child in out.named_children:
            spread = child.type == "spread_element" and child.named_children
            inner = sx.strip_types(child.named_children[0]) if spread else None
            rows = _same_rows(ctx, fn.child_by_field_name("object"))
            if inner is not None and inner.type == "identifier" and ctx.text(inner) in params and rows is not None:
                return rows, child
    return None


# Array methods answering some of the same rows, in another order: no row changes
_REORDERING = frozenset({"sort", "toSorted", "reverse", "toReversed", "filter", "slice"})


def _same_rows(ctx: FileContext, node: Node | None) -> Node | None:
    """`items` of `[...items].sort(byOrder)`, `items.filter(keep)`: the list whose rows these are."""
    while True:
        n = sx.strip_types(node)
        if n is None:
            return node
        if n.type == "call_expression" and sx.last_name(sx.callee_name(ctx.src, n)) in _REORDERING:
            fn = sx.strip_types(n.child_by_field_name("function"))
            if fn is None or fn.type != "member_expression":
                return node
            node = fn.child_by_field_name("object")
        elif n.type == "array" and len(n.named_children) == 1 and n.named_children[0].type == "spread_element":
            inner = n.named_children[0].named_children
            if not inner:
                return node
            node = inner[0]
        else:
            return node


def _client_picks_grant(ctx: FileContext, ep: EntryPoint, ev: Event, value: Node) -> bool:
    """`emailVerified: answer === "yes" ? new Date() : null`: the client's input decides whether the
    server's grant (a literal, `true`, a timestamp) is written, so the client sets the field as surely
    as with `body.verified`. A branch keeping the stored value (`... ? user.emailVerified : null`) grants nothing."""
    node = sx.unwrap(value)
    if node is None or node.type != "ternary_expression":
        return False
    cond = node.child_by_field_name("condition")
    if cond is None:
        return False
    # the client's own value (checked by a schema or not), not a row the server looked up with it
    if not (identifiers(ctx.src, cond) & ev.state.client and _client_derived(ctx, ep, cond)):
        return False
    branches = (node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
    if _role_of_tenant_joined(ctx, node, value):
        return False
    return any(_granted_literal(ctx, b) for b in branches)


def _role_of_tenant_joined(ctx: FileContext, ternary: Node, value: Node) -> bool:
    """`role: data.orgId ? "SELLER" : "ADMIN"` beside `orgId: data.orgId || null`: the role follows from
    whether the new row joins a tenant (a member's role) or none yet (its founder's); the tenant link written
    beside it is the client's real choice, judged on its own. Not when joining is what makes the caller
    an administrator (`orgId ? "ADMIN" : "MEMBER"`), nor a test of anything but that tenant id."""
    cond = sx.unwrap(ternary.child_by_field_name("condition"))
    joined: Node | None = ternary.child_by_field_name("consequence")
    founded: Node | None = ternary.child_by_field_name("alternative")
    if cond is not None and cond.type == "unary_expression" and ctx.text(cond.child_by_field_name("operator")) == "!":
        cond, joined, founded = sx.unwrap(cond.child_by_field_name("argument")), founded, joined
    joined_role = sx.string_value(ctx.src, sx.unwrap(joined)) if joined is not None else None
    founder_role = sx.string_value(ctx.src, sx.unwrap(founded)) if founded is not None else None
    if cond is None or not joined_role or not founder_role or admin_role_name(joined_role):
        return False
    if cond.type not in ("identifier", "member_expression"):
        return False
    tested = ctx.text(cond).replace("?.", ".")
    row = next((a for a in sx.ancestors(value) if a.type == "object"), None)
    if row is None:
        return False
    for key, given in object_keys(ctx.src, row).items():
        if key not in vocab.TENANT_OWNER_FIELDS:
            continue
        # `orgId: data.orgId || null`, `tenantId: input.tenantId ?? null`, `orgId` (shorthand)
        written = sx.unwrap(given)
        while (
            written is not None
            and written.type == "binary_expression"
            and ctx.text(written.child_by_field_name("operator")) in ("||", "??")
        ):
            written = sx.unwrap(written.child_by_field_name("left"))
        if written is not None and ctx.text(written).replace("?.", ".") == tested:
            return True
    return False


def _granted_literal(ctx: FileContext, node: Node | None) -> bool:
    """A value the server supplies outright: `true`, `"admin"`, `5`, `new Date()`, `Date.now()`."""
    node = sx.unwrap(node)
    if node is None:
        return False
    if node.type in ("true", "string", "number"):
        return True
    text = ctx.text(node)
    return text.startswith("new Date(") or text.startswith("Date.now(")


_NUMBER_SCHEMA = re.compile(r"^(z|zod)\.(coerce\.)?number\(")


def _text_around_checked_numbers(ctx: FileContext, ev: Event, value: Node) -> bool:
    """`` plan: `trial+${input.days}` `` where `input` is a schema's parse with `days: z.number()...`: the
    server's text names the value, and the client's part is a number the schema checked, which can spell
    no other plan or role."""
    node = sx.unwrap(value)
    if node is None or node.type != "template_string":
        return False
    subs = [c for c in node.named_children if c.type == "template_substitution"]
    literal = any(c.type == "string_fragment" and ctx.text(c).strip() for c in node.named_children)
    if not subs or not literal:
        return False
    for sub in subs:
        inner = sx.unwrap(sub.named_children[0]) if sub.named_children else None
        if inner is None or inner.type != "member_expression":
            return False
        root = sx.root_identifier(ctx.src, inner)
        obj = sx.strip_types(inner.child_by_field_name("object"))
        if root is None or root not in ev.state.validated or obj is None or obj.type != "identifier":
            return False
        keys = _parse_result_keys(ctx, ev, ctx.text(obj)) or {}
        field = keys.get(ctx.text(inner.child_by_field_name("property")))
        if field is None or not _NUMBER_SCHEMA.match(ctx.text(field)):
            return False
    return True


def _set_to_client_amount(ctx: FileContext, ep: EntryPoint, ev: Event, key: str, value: Node) -> bool:
    """`balance_cents: body.balanceCents`: a compound money column (`balance_cents`, `creditBalance`)
    set to the client's own unchecked number as it came; `card.balance_cents - input.amount` is the server's
    arithmetic on the stored balance (a redemption), not the caller naming the balance."""
    model = ev.op.model or "" if ev.op is not None else ""
    node = sx.unwrap(value)
    ops = (
        object_keys(ctx.src, node)
        if node is not None and node.type == "object" and ev.op is not None and ev.op.api == "prisma"
        else None
    )
    # (a bare `credit` stepped atomically, `credit: { decrement: amount }`, is a number held: a balance)
    stepped_credit = (
        key == "credit" and ops is not None and len(ops) == 1 and ("increment" in ops or "decrement" in ops)
    )
    if _money_column(key, model, ctx.analyzer.program):
        pass  # (`credit: integer("credit_cents")`: the table names the column for money)
    elif (
        key in vocab.PRIVILEGED_FIELDS
        or not (_MONEY_WORDS.search(key) or stepped_credit)
        or _money_notice(key)  # (`lowBalanceAlert`: when to be told, not the money held)
        or not _held_money(key, model, ctx.analyzer.program)
    ):
        return False
    if ops is not None:
        # (Prisma's atomic update, `creditCents: { increment: amount }`: the amount the client names; a
        # decrement by it too, when it is the bare credit: a negative amount raises it)
        steps = ("increment", "set", "decrement") if stepped_credit else ("increment", "set")
        step = next((ops[k] for k in steps if k in ops), None) if len(ops) == 1 else None
        node = sx.unwrap(step) if step is not None else None
    if node is not None and node.type == "call_expression" and sx.callee_name(ctx.src, node) in _NUMBER_COERCIONS:
        args = sx.call_args(node)  # `Number(body.balance)`: a coercion, still the client's number
        node = sx.unwrap(args[0]) if args else None
    node = _form_field_read(ctx, node)
    if node is None or node.type not in ("identifier", "member_expression", "shorthand_property_identifier"):
        return False
    root = sx.root_identifier(ctx.src, node) if node.type == "member_expression" else ctx.text(node)
    # a schema-checked amount (`z.number().max(50_000)`) is a bounded value the feature takes (a card's
    # face value); an unchecked body field names any balance the caller likes, and so does one the schema
    # admits under a privileged name (`parsedInput.credits`: the schema itself admits a privileged field),
    # a held money compound among them (`input.balanceCents`: the balance under its own name, not an amount)
    prop = node.child_by_field_name("property") if node.type == "member_expression" else None
    name = ctx.text(prop) if prop is not None else ""
    # (the column written is already a held balance: the name it was read under need only be a money one)
    admitted = name in vocab.PRIVILEGED_FIELDS or (bool(_MONEY_WORDS.search(name)) and not _money_notice(name))
    return root in ev.state.client and (root not in ev.state.validated or admitted) and _client_derived(ctx, ep, node)


_NUMBER_COERCIONS = frozenset({"Number", "parseInt", "parseFloat"})


def _form_field_read(ctx: FileContext, node: Node | None) -> Node | None:
    """`formData.get("balance") ?? 0`, `formData.get("credit") as string`: the form (or query) the
    field is read from, whose root is the client's input; a literal fallback changes nothing."""
    node = sx.unwrap(node)
    if node is not None and node.type == "binary_expression":
        op = node.child_by_field_name("operator")
        right = sx.unwrap(node.child_by_field_name("right"))
        if op is not None and ctx.text(op) in ("??", "||") and right is not None and right.type in ("number", "string"):
            node = sx.unwrap(node.child_by_field_name("left"))
    if node is not None and node.type == "call_expression" and len(sx.call_args(node)) == 1:
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is not None and fn.type == "member_expression" and ctx.text(fn.child_by_field_name("property")) == "get":
            return sx.strip_types(fn.child_by_field_name("object"))
    return node


# What holds a stored value someone could spend: an account, its holder, a team, a wallet, a card
_HOLDER_WORDS = frozenset(
    {
        "user", "account", "member", "profile", "customer", "client", "owner", "team", "org", "organization",
        "organisation", "workspace", "tenant", "company", "wallet", "voucher", "gift", "card", "subscription",
        "billing", "balance", "credit", "ledger", "player", "seller", "merchant", "store", "shop", "vendor",
    }
)  # fmt: skip


def _held_money(key: str, model: str, program: Program | None = None) -> bool:
    """A money compound is an account's own balance when the money word leads it (`balanceCents`,
    `credits_used`) or the written model holds one (`customerWallet.bonusCredits`, the app's own user model,
    `volunteer.stipendBalanceCents`, a record kept one per user, `sponsor.creditCents`, or the schema's root
    tenant, `studio.payoutBalance`); with a qualifier in front on some other record (`taxCredits` of
    a tax calculation, `fuelCredits` of a filing) it is a figure of that record the feature edits. An
    unknown model keeps the compound."""
    head = vocab.words(key)
    if head and head[0] in ("balance", "credits"):
        return True
    parts = vocab.words(model)
    if program is not None and model.lower() in account_models(program):
        return True
    # (the schema's root tenant, the team its memberships hang from, or a record kept one per user, an
    # advertiser's or a donor's own, holds its money as an account does)
    if program is not None and model and (tenancy.root_tenant(program, model) or tenancy.per_user(program, model)):
        return True
    return not parts or any(w in _HOLDER_WORDS or w.rstrip("s") in _HOLDER_WORDS for w in parts)


# credits of a kind, the money word last (`smsCredits`, `ai_credits`): bought like `credits`
_CREDITS_COMPOUND = re.compile(r"(?<=[a-z0-9])Credits$|^[a-z][a-z0-9]*_credits$")


def _credits_compound(ctx: FileContext, ev: Event, key: str) -> bool:
    """`smsCredits` of an account, or of the schema's tenant itself (`clinic.smsCredits`): credits like
    `credits`, whatever bound the schema puts on the number (`taxCredits` of a tax return is that record's
    figure; `smsCreditsReminder` a notice setting)."""
    if not _CREDITS_COMPOUND.search(key) or ev.op is None:
        return False
    model = ev.op.model or ""
    return bool(model) and (_held_money(key, model) or tenancy.root_tenant(ctx.analyzer.program, model))


def _built_by_validator(ctx: FileContext, ep: EntryPoint, node: Node) -> bool:
    """`.set(validation.data)` where `const validation = validateSettings(input)` and every
    `data` that project function returns is an object it built field by field (typeof-checked
    values copied into a literal with no spread and no privileged key): only those fields are written."""
    obj = sx.strip_types(node.child_by_field_name("object"))
    if obj is None or obj.type != "identifier":
        return False
    prop = ctx.text(node.child_by_field_name("property"))
    value = sx.unwrap(_binding(ctx, ep.fn.node, ctx.text(obj)))
    if value is not None and value.type == "await_expression":
        value = sx.unwrap(value.named_children[0]) if value.named_children else None
    target = ctx.analyzer.target(ep.fn.module, value) if value is not None and value.type == "call_expression" else None
    if target is None:
        return False
    tsrc, built = target.module.src, 0
    for ret in sx.find(target.node, ("return_statement",), False):
        returned = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        keys = object_keys(tsrc, returned) if returned is not None and returned.type == "object" else {}
        part = sx.unwrap(keys.get(prop))
        if part is None:
            continue  # an error answer (`{ success: false, error }`)
        if part.type == "identifier":  # `const parsed = { ... }; return { success: true, data: parsed }`
            part = sx.unwrap(_local_value(tsrc, target.node, sx.text(tsrc, part)))
        if part is None or part.type != "object":
            return False
        for child in part.named_children:
            if child.type != "pair" or sx.text(tsrc, child.child_by_field_name("key")) in vocab.PRIVILEGED_FIELDS:
                return False
        built += 1
    return built > 0


def _local_value(src: bytes, fn: Node, name: str) -> Node | None:
    for n in sx.walk(fn):
        if n.type == "variable_declarator" and sx.text(src, n.child_by_field_name("name")) == name:
            return n.child_by_field_name("value")
    return None


# Calls that hand client input through unchanged (or merely coerced): anything else, such as a
# payment provider's API or a database read, gives server-side data.
_PASS_THROUGH = frozenset(
    {
        "json",
        "formData",
        "text",
        "get",
        "getAll",
        "fromEntries",
        "String",
        "Number",
        "Boolean",
        "parseInt",
        "parseFloat",
        "trim",
        "toLowerCase",
        "toUpperCase",
        "toString",
        "parse",
        "safeParse",
        "parseAsync",
        "validate",
        "validateSync",
        "cast",
        "catch",  # `req.json().catch(() => null)`: the body, or nothing
        "parseWithZod",
        "parseWithValibot",
        "parseWithYup",
        # `Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined))`: the object's
        # own entries, some dropped, every kept one as sent (a filter by a key list is `_allow_listed`)
        "entries",
        "filter",
    }
)


def _customer_key(ctx: FileContext, ep: EntryPoint, memo: dict[int, bool]) -> bool:
    """The route's secret is a key stored for one customer (a SCIM or partner client): what it sends is
    that customer's choice, as a user's is, not a provider's signed event."""
    key = ep.fn.node.start_byte
    if key not in memo:
        memo[key] = ep.fn.module is ctx.module and guards.stored_client_secret(
            ctx.src, guards.with_local_helpers(ep.fn, ctx.analyzer.target)
        )
    return memo[key]


def _coerced_items(ctx: FileContext, call: Node) -> bool:
    """`formData.getAll("permissions").map(String)`: each item merely coerced, still the client's."""
    args = sx.call_args(call)
    return (
        sx.last_name(sx.callee_name(ctx.src, call)) == "map"
        and len(args) == 1
        and ctx.text(args[0]) in ("String", "Number", "Boolean")
    )


def _binding(ctx: FileContext, fn: Node, name: str) -> Node | None:
    """The value a local `const`/`let` of ``fn`` binds ``name`` to (destructuring included); for a
    `let data;` declared bare, or with an empty placeholder (`let updates = {}; try { updates = await
    req.json() } catch {...}`), the value first assigned to it (`data = schema.validateSync(raw)`)."""
    for n in sx.walk(fn):
        if n.type == "variable_declarator":
            target = n.child_by_field_name("name")
            if target is not None and name in sx.pattern_names(ctx.src, target):
                value = n.child_by_field_name("value")
                stripped = sx.strip_types(value)
                # (`{}`: a placeholder until the assignment below, if there is one)
                placeholder = stripped is not None and stripped.type == "object" and not stripped.named_children
                if (value is None or placeholder) and target.type == "identifier":
                    return next(
                        (
                            a.child_by_field_name("right")
                            for a in sx.walk(fn)
                            if a.type == "assignment_expression" and ctx.text(a.child_by_field_name("left")) == name
                        ),
                        value,
                    )
                return value
    return None


def _binding_at(ctx: FileContext, fn: Node, name: str, at: Node) -> Node | None:
    """`_binding`, but when ``fn`` declares ``name`` more than once in separate blocks (`{ const rows =
    body.teams } ... const rows = kept.map(...)`), the value of the declaration whose block holds ``at``
    and comes last before it: a `const`/`let` is seen only in its own block."""
    decls = [
        d
        for d in sx.walk(fn)
        if d.type == "variable_declarator"
        and (n := d.child_by_field_name("name")) is not None
        and n.type == "identifier"
        and ctx.text(n) == name
    ]
    if len(decls) < 2:
        return _binding(ctx, fn, name)
    seen = [
        d
        for d in decls
        if d.start_byte < at.start_byte
        and d.parent is not None
        and d.parent.type == "lexical_declaration"
        and d.parent.parent is not None
        and sx.contains(d.parent.parent, at)
    ]
    if not seen:
        return _binding(ctx, fn, name)
    return max(seen, key=lambda d: d.start_byte).child_by_field_name("value")


def _reassigned_from_client(ctx: FileContext, ep: EntryPoint, ev: Event, node: Node) -> bool:
    """`let { userId } = await auth(); if (isAdmin && req.body) userId = body.userId`: the owner id
    written is the client's on a way whose conditions test only the client's own values or an answer
    that is always true (`answer_tested_bare`: a role helper's whole `{ isAdmin, error }` object), so
    every caller may take it. A condition on anything else the server knows (a role flag, a field of
    the answer, the session) may be the admin's way: left to the role checks."""
    name = sx.strip_types(node)
    if name is None or name.type != "identifier":
        return False
    text = ctx.text(name)
    fn = ep.fn.node
    for a in sx.find(fn, ("assignment_expression",), into_functions=False):
        left = a.child_by_field_name("left")
        if a.start_byte >= node.start_byte or left is None or ctx.text(left) != text:
            continue
        if not _client_derived(ctx, ep, a.child_by_field_name("right")):
            continue
        open_to_all = True
        up = a.parent
        while open_to_all and up is not None and up.id != fn.id:
            cond = up.child_by_field_name("condition") if up.type == "if_statement" else None
            for ref in identifiers(ctx.src, cond) if cond is not None else ():
                if ref not in ev.state.client and ref not in ep.input_params and not _void_answer(ctx, fn, ref):
                    open_to_all = False
            up = up.parent
        if open_to_all:
            return True
    return False


def _void_answer(ctx: FileContext, fn: Node, name: str) -> bool:
    """``name`` holds a whole helper answer that is truthy whatever it says (`answer_tested_bare`)."""
    decl = ctx.first_declarators(fn).get(name)
    value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    if value is None or value.type != "call_expression":
        return False
    target = ctx.analyzer.target(ctx.module, value)
    return target is not None and answer_tested_bare(ctx.src, fn, value, target)


# `request.auth.userId`: put on the request by an auth wrapper, not sent by the client
_MIDDLEWARE_SET = re.compile(r"^(req|request)\??\.(auth|apiAuth|session|user|locals)\b")


def _sql_tag(ctx: FileContext, callee: str) -> bool:
    """`sql`, or drizzle's `sql` imported under another name (`import { sql as dsql }`)."""
    if sx.last_name(callee) == "sql":
        return True
    bound = ctx.module.imports.get(callee)
    return bound is not None and bound.imported == "sql"


def _client_derived(
    ctx: FileContext, ep: EntryPoint, node: Node | None, depth: int = 0, helpers: bool = False, checked: bool = False
) -> bool:
    """Does ``node`` carry the client's own input, rather than data the server fetched with it
    (`stripe.checkout.sessions.retrieve(id)`, `db.invite.findUnique(...)`, a provider's webhook body)?
    ``helpers``: also through a project helper that hands back what it was given (rows judged whole).
    ``checked``: also through one that hands it back after checking it, reading nothing from the database
    (`field(formData, "userId")` testing the type and length): a field's value, still the client's pick."""
    node = sx.unwrap(node)
    # (deep enough for `String(body?.plan || "FREE").toUpperCase()` of `(await req.json().catch(...)) as T`)
    if node is None or depth > 8:
        return False
    src = ctx.src
    if node.type == "call_expression":
        tagged = node.child_by_field_name("arguments")
        if tagged is not None and tagged.type == "template_string" and _sql_tag(ctx, sx.callee_name(src, node)):
            # `credits: sql\`${t.credits} + ${input.amount}\``: a column expression over the client's value
            return any(
                _client_derived(ctx, ep, c, depth + 1, helpers)
                for c in tagged.named_children
                if c.type == "template_substitution"
            )
        if _effect_schema(ctx, node) is not None:  # `Schema.decodeUnknownSync(S)(raw)` hands `raw` on
            return any(_client_derived(ctx, ep, a, depth + 1, helpers) for a in sx.call_args(node))
        if sx.last_name(sx.callee_name(src, node)) not in _PASS_THROUGH and not _coerced_items(ctx, node):
            # a project helper that hands back what it was given, unchecked (`parseCsv(text)` answering
            # `{ rows: Papa.parse(text).data }`): the client's input, reshaped
            target = ctx.analyzer.target(ctx.module, node) if helpers or checked else None
            summary = ctx.analyzer.summary(target) if target is not None else None
            if target is None or summary is None or not summary.returned_params:
                return False
            if not (helpers and summary.returns_unchecked) and not (checked and not summary.ops):
                return False
            handed = helper_args(src, node, target, summary.returned_params)
            return any(_client_derived(ctx, ep, a, depth + 1, helpers, checked) for a in handed)
        fn = sx.strip_types(node.child_by_field_name("function"))
        parts = [*sx.call_args(node)]
        if fn is not None and fn.type == "member_expression":
            parts.append(fn.child_by_field_name("object"))  # type: ignore[arg-type]
        return any(_client_derived(ctx, ep, a, depth + 1, helpers, checked) for a in parts)
    if node.type == "ternary_expression":  # the condition only picks which value is written
        branches = (node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
        return any(_client_derived(ctx, ep, b, depth + 1, helpers, checked) for b in branches)
    if node.type in ("identifier", "member_expression", "subscript_expression", "shorthand_property_identifier"):
        root = sx.root_identifier(src, node) if node.type != "shorthand_property_identifier" else ctx.text(node)
        if root is None or _MIDDLEWARE_SET.match(ctx.text(node)):
            return False
        if root in ep.input_params:
            return True
        # (`for (const op of patch.Operations)`, `list.map((op) => ...)`: each item is what the walked list holds)
        value = _binding(ctx, ep.fn.node, root) or _loop_list(ctx, node, root) or _callback_list(ctx, node, root)
        if value is not None and value is not node and _client_derived(ctx, ep, value, depth + 1, helpers, checked):
            return True
        return _date_moved_by_client(ctx, ep, root, depth, helpers)
    return any(
        _client_derived(ctx, ep, c, depth + 1, helpers, checked)
        for c in node.named_children
        if c.type not in ("property_identifier", "comment")
    )


def _date_moved_by_client(ctx: FileContext, ep: EntryPoint, name: str, depth: int, helpers: bool) -> bool:
    """`const end = new Date(); end.setDate(end.getDate() + durationInDay)`: a local date the entry point
    moves by the client's number holds that number."""
    for call in sx.find(ep.fn.node, ("call_expression",)):
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression" or ctx.text(fn.child_by_field_name("object")) != name:
            continue
        if vocab.DATE_SETTER.match(ctx.text(fn.child_by_field_name("property"))) and any(
            _client_derived(ctx, ep, a, depth + 1, helpers) for a in sx.call_args(call)
        ):
            return True
    return False


def _callback_list(ctx: FileContext, at: Node, name: str) -> Node | None:
    """The list whose items ``name`` holds: the first parameter of the nearest function around ``at``,
    that function handed to `list.map` / `forEach` / `flatMap` (the list), or None."""
    p = at.parent
    while p is not None and not sx.is_function(p):
        p = p.parent
    if p is None:
        return None
    params = sx.param_names(ctx.src, p)
    args = p.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if not params or params[0] != name or call is None or call.type != "call_expression":
        return None
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression":
        return None
    if ctx.text(fn.child_by_field_name("property")) not in ("map", "forEach", "flatMap"):
        return None
    return fn.child_by_field_name("object")


def _key_tested(ctx: FileContext, listed: Node, name: Node) -> bool:
    """The callback walking ``listed`` tests the key ``name`` against something (`EDITABLE.includes(f.key)`,
    `f.key !== "bio"`, `allowed.has(f.key)`): taken as an allow-list check of the column it names."""
    call = listed.parent.parent if listed.parent is not None else None
    args = sx.call_args(call) if call is not None and call.type == "call_expression" else []
    cb = sx.strip_types(args[0]) if args else None
    if cb is None:
        return False
    text = ctx.text(name)
    for n in sx.walk(cb):
        if n.type == "call_expression" and sx.last_name(sx.callee_name(ctx.src, n)) in ("includes", "has"):
            found = any(ctx.text(a) == text for a in map(sx.unwrap, sx.call_args(n)) if a is not None)
        elif n.type == "binary_expression" and ctx.text(n.child_by_field_name("operator")) in _EQUALITY_OPS:
            found = text in (ctx.text(n.child_by_field_name("left")), ctx.text(n.child_by_field_name("right")))
        else:
            found = False
        if found:
            return True
    return False


_EQUALITY_OPS = frozenset({"===", "!==", "==", "!="})


def _loop_list(ctx: FileContext, at: Node, name: str) -> Node | None:
    """The list a `for (const <name> of list)` around ``at`` walks (destructured items too)."""
    p = at.parent
    while p is not None and not sx.is_function(p):
        if p.type == "for_in_statement" and ctx.text(p.child_by_field_name("operator")) == "of":
            left = p.child_by_field_name("left")
            if left is not None and name in sx.pattern_names(ctx.src, left):
                return p.child_by_field_name("right")
        p = p.parent
    return None


def _stripped(ctx: FileContext, ep: EntryPoint, name: str, depth: int = 0) -> bool:
    """``name`` holds what a schema parse *returned* (unknown keys dropped), not an object that was
    only checked in place (`validateInputs([input, Schema])`, `schema.parse(input);` as a statement)."""
    if name in ep.input_params:
        # next-safe-action / zsa `parsedInput`, unless a schema hands unknown keys through (`.passthrough()`),
        # or is an open map itself (`inputSchema(z.record(z.string(), z.unknown()))`: every key the client's)
        return (
            ep.schema_validated
            and not any(_keeps_unknown_in(ctx, mod, node) for mod, node in ep.schemas)
            and not any(_open_schema(ctx, mod, node) for mod, node in ep.schemas)
            and not any(_keeps_unknown_keys(ctx, a) for a in _wrapper_arguments(ctx, ep))
        )
    value = sx.unwrap(_binding(ctx, ep.fn.node, name))
    if value is not None and value.type == "identifier" and ctx.text(value) != name and depth < 4:
        return _stripped(ctx, ep, ctx.text(value), depth + 1)  # `const { id, ...rest } = parsedInput`
    if value is not None and value.type == "member_expression" and depth < 4:
        # `const data = parsed.data` where `const parsed = Schema.safeParse(input)`
        obj = sx.strip_types(value.child_by_field_name("object"))
        prop = ctx.text(value.child_by_field_name("property"))
        # (valibot's `safeParse` hands the parsed value back as `.output`)
        if prop in ("data", "output") and obj is not None and obj.type == "identifier" and ctx.text(obj) != name:
            return _stripped(ctx, ep, ctx.text(obj), depth + 1)
        if prop == "value" and (conform := _conform_schema(ctx, ep, obj)) is not None:
            return not _keeps_unknown_keys(ctx, _local_schema(ctx, ep, conform))  # conform's `submission.value`
        field = _parsed_field_schema(ctx, ep, value)
        if field is not None and obj is not None:
            # `const changes = parsed.data.changes` with `changes: z.object({...}).partial()`: zod drops
            # unknown keys at each plain object, the inner one too
            fmod, fschema = field
            plain = "".join(fmod.text(fschema).split()).startswith(("z.object(", "z.strictObject("))
            root = sx.root_identifier(ctx.src, obj)
            return plain and not _keeps_unknown_in(ctx, fmod, fschema) and _stripped(ctx, ep, root or "", depth + 1)
        # `const { flag, ...changes } = data.changes` with `changes: z.object({...})` in the options' schema
        if obj is not None and obj.type == "identifier" and _object_field(ctx, ep, ctx.text(obj), prop):
            return _stripped(ctx, ep, ctx.text(obj), depth + 1)
        # `const { paid, ...rest } = input.patch` with the zsa/safe-action input's `patch: PatchSchema`, a
        # plain zod object (here or imported): its own unknown keys are dropped too
        nested = _input_field_schema(ctx, ep, value)
        if nested is not None and obj is not None and _plain_object_schema(ctx, *nested):
            return _stripped(ctx, ep, ctx.text(obj), depth + 1)
    if value is None or value.type != "call_expression":
        return False
    cast = sx.strip_types(_identity_argument(ctx, value))
    if cast is not None and cast.type == "identifier" and ctx.text(cast) != name and depth < 4:
        return _stripped(ctx, ep, ctx.text(cast), depth + 1)  # `const row = toDbType<Row>(parsed)`
    held = sx.strip_types(value.child_by_field_name("function"))
    if held is not None and held.type == "member_expression" and depth < 4:
        # `const toCreate = parsed.filter(...)`: the same parsed rows, fewer of them
        rows = sx.strip_types(held.child_by_field_name("object"))
        if (
            sx.last_name(sx.callee_name(ctx.src, value)) in _SAME_ELEMENTS
            and rows is not None
            and rows.type == "identifier"
        ):
            return _stripped(ctx, ep, ctx.text(rows), depth + 1)
    if _effect_schema(ctx, value) is not None:
        return True  # effect/Schema drops excess properties unless told otherwise
    if _arktype_closed(ctx, value):
        return True  # arktype with `"+": "delete"`: the output holds the declared keys only
    if _arktype_definition(ctx, value) is not None and _named_fields_only(ctx, value):
        return True  # `Loose({ name: formData.get("name") })`: the object checked holds those keys only
    callee = sx.callee_name(ctx.src, value)
    if not (sx.last_name(callee) in _PARSE_METHODS or ctx.analyzer.vocab.is_validation(callee)):
        return False
    fn = sx.strip_types(value.child_by_field_name("function"))
    schema = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
    if schema is not None and ctx.text(schema) in ("v", "valibot"):
        args = sx.call_args(value)  # valibot `v.parse(Schema, raw)`: the schema is the first argument
        schema = args[0] if args else None
    return not _keeps_unknown_keys(ctx, _local_schema(ctx, ep, schema))


def _parse_keeps_unknown(ctx: FileContext, ep: EntryPoint, name: str) -> bool:
    """``name`` holds a zod/valibot parse result (`const parsed = Open.safeParse(raw)`) whose object schema
    hands unknown keys through (`.passthrough()`, `.catchall(x)`, `.loose()`), here or imported."""
    value = sx.unwrap(_binding(ctx, ep.fn.node, name))
    if (
        value is None
        or value.type != "call_expression"
        or sx.last_name(sx.callee_name(ctx.src, value)) not in _PARSE_METHODS
    ):
        return False
    fn = sx.strip_types(value.child_by_field_name("function"))
    schema = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
    if schema is not None and ctx.text(schema) in ("v", "valibot"):
        args = sx.call_args(value)  # valibot `v.safeParse(Schema, raw)`
        schema = args[0] if args else None
    return schema is not None and _keeps_unknown_keys(ctx, _local_schema(ctx, ep, schema))


def _wrapper_arguments(ctx: FileContext, ep: EntryPoint) -> list[Node]:
    """What a project wrapper is handed beside the action's function, `validatedAction(OpenSchema, async
    (data) => ...)`: among them the schema whose parse result the wrapper hands on."""
    node = ep.fn.node
    args = node.parent
    if ep.kind != "wrapped-action" or ep.fn.module is not ctx.module or args is None or args.type != "arguments":
        return []
    return [a for a in args.named_children if a != node and a.type != "comment"]


# zod `.passthrough()` / `.catchall(x)` / v4 `.loose()` / `z.looseObject({...})`: unknown keys survive the parse
# (valibot: `v.looseObject({...})`, `v.objectWithRest({...}, rest)`)
_KEEPS_UNKNOWN = frozenset({"passthrough", "catchall", "loose", "looseObject", "objectWithRest"})


def _keeps_unknown_keys(ctx: FileContext, schema: Node | None) -> bool:
    """Does the object schema ``schema`` (here or imported) hand unknown keys through?"""
    return _keeps_unknown_in(ctx, ctx.module, schema)


# zod object methods whose result keeps the base schema's unknown-keys policy (`Open.extend({ id })` still
# hands unknown keys through); `.strict()`/`.strip()` reset it, `.merge(other)` takes the other's
_KEEPS_POLICY = frozenset({"extend", "partial", "pick", "omit", "required", "deepPartial", "refine", "superRefine"})


def _keeps_unknown_in(ctx: FileContext, mod: Module, schema: Node | None, depth: int = 0) -> bool:
    node = sx.strip_types(schema)
    if node is not None and node.type == "identifier":
        found = ctx.analyzer.program.resolve_value(mod, mod.text(node))
        mod, node = found if found is not None else (mod, None)
    made = factory_schema(ctx.analyzer.program, mod, node)
    if made is not None:  # `const schema = getSchema()`: what the factory returns
        mod, node = made
    if node is None:
        return False
    for fn in sx.walk(node):
        if fn.type == "member_expression" and mod.text(fn.child_by_field_name("property")) in _KEEPS_UNKNOWN:
            return True
    # `Open.extend({ id: z.string() })` with `const Open = z.object({...}).passthrough()` (here or imported)
    chain: Node | None = node
    while chain is not None and chain.type == "call_expression" and depth < 3:
        step = sx.strip_types(chain.child_by_field_name("function"))
        if step is None or step.type != "member_expression":
            return False
        if mod.text(step.child_by_field_name("property")) not in _KEEPS_POLICY:
            return False
        chain = sx.strip_types(step.child_by_field_name("object"))
        if chain is not None and chain.type == "identifier":
            return _keeps_unknown_in(ctx, mod, chain, depth + 1)
    return False


# Models that hold who may do what: a role there is a privilege whatever its schema says.
_MEMBERSHIP_MODEL = re.compile(
    r"(?i)(user|member|membership|invit|team|org|organi[sz]ation|workspace|tenant|admin|staff|collaborator|"
    r"permission|role|seat|grant|access|profile|person|employee|principal)"
)
# Records of a conversation: their `role` is the speaker's.
_CONVERSATION_MODEL = re.compile(r"(?i)(message|chat|conversation|completion|transcript)")
# Zod methods that pin a string to known values (an enum in all but name).
_PINNING = frozenset({"enum", "nativeEnum", "literal", "regex", "refine", "superRefine", "transform", "pipe", "union"})


def _parse_call_of(ctx: FileContext, ep: EntryPoint, name: str) -> tuple[Node | None, bool] | None:
    """`const data = Schema.parse(input)`: for a local bound to a call, ``(the schema, True)`` when the call
    is a schema's parse method, ``(None, False)`` when it is some other call; None when ``name`` is a
    parameter or not bound to a call."""
    decl = _declaration(ctx, ep.fn.node, name) if name not in ep.input_params else None
    bound = sx.unwrap(decl[1]) if decl is not None and decl[0].type == "identifier" else None
    if bound is None or bound.type != "call_expression":
        return None
    fn = _parse_method(ctx, bound)
    if fn is None:
        return (None, False)
    return (_local_schema(ctx, ep, fn.child_by_field_name("object")), True)


def _parse_method(ctx: FileContext, call: Node) -> Node | None:
    """`Schema.parse(x)` / `Schema.safeParse(x)`: the call's `Schema.parse` member expression when it calls
    a schema's parse method; None for any other call."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression":
        return None
    if sx.last_name(sx.callee_name(ctx.src, call)) not in _PARSE_METHODS:
        return None
    return fn


def _schema_field(ctx: FileContext, ep: EntryPoint, value: Node) -> tuple[Module, Node] | None:
    """The schema entry a written value was parsed by: `role` from `parsedInput: { role }` or from
    `const { role } = schema.parse(x)`, `data.role` from a parse result."""
    program = ctx.analyzer.program
    node = sx.strip_types(value)
    if node is None:
        return None
    if node.type == "member_expression":
        # `input.roles` of the action's parsed input, or of `const input = schema.parse(raw)`
        obj = sx.strip_types(node.child_by_field_name("object"))
        if obj is None or obj.type != "identifier":
            return None
        owner, name = ctx.text(obj), ctx.text(node.child_by_field_name("property"))
        parsed = _parse_call_of(ctx, ep, owner)
        if parsed is not None:
            return schema_field(ctx.module, parsed[0], name, program) if parsed[1] else None
        if owner not in ep.input_params:
            return None
        for mod, schema in ep.schemas:
            field = schema_field(mod, schema, name, program)
            if field is not None:
                return field
        return None
    if node.type in ("identifier", "shorthand_property_identifier"):
        name = ctx.text(node)
        owner = name
        decl = _declaration(ctx, ep.fn.node, name) if name not in ep.input_params else None
        if decl is not None:
            pattern, bound = decl
            bound = sx.unwrap(bound)
            if pattern.type != "object_pattern" or bound is None:
                return None
            owner = ctx.text(bound) if bound.type == "identifier" else ""
            if bound.type == "call_expression":
                fn = sx.strip_types(bound.child_by_field_name("function"))
                if (
                    fn is None
                    or fn.type != "member_expression"
                    or sx.last_name(sx.callee_name(ctx.src, bound)) not in _PARSE_METHODS
                ):
                    return None
                keys = schema_keys(ctx.module, fn.child_by_field_name("object"), program)
                return (ctx.module, keys[name]) if keys and name in keys else None
        if owner in ep.input_params:
            for mod, schema in ep.schemas:
                # (with the module the field is written in: the schema may be imported)
                field = schema_field(mod, schema, name, program)
                if field is not None:
                    return field
                keys = schema_keys(mod, schema, program)
                if keys and name in keys:
                    return (mod, keys[name])
    return None


def _parsed_title_role(ctx: FileContext, ep: EntryPoint, ev: Event, name: str, key: str) -> bool:
    """`{ ...data, teamId }` with `const data = schema.parse(x)` whose schema takes `role` as free text
    (`z.string()`), written to a record that grants nothing: the job title `_descriptive_role` lets
    pass when written by name, here carried by the spread."""
    assert ev.op is not None
    if key != "role" or _MEMBERSHIP_MODEL.search(ev.op.model or ""):
        return False
    parsed = _parse_call_of(ctx, ep, name)
    if parsed is None or not parsed[1]:
        return False
    found = schema_field(ctx.module, parsed[0], key, ctx.analyzer.program)
    return found is not None and _free_text(*found)


def _free_text(mod: Module, node: Node) -> bool:
    """`z.string().max(80)`: any text at all, not a value picked from a set of roles."""
    chain = sx.strip_types(node)
    names: list[str] = []
    while chain is not None and chain.type == "call_expression":
        names.append(sx.last_name(sx.callee_name(mod.src, chain)))
        fn = sx.strip_types(chain.child_by_field_name("function"))
        is_member = fn is not None and fn.type == "member_expression"
        chain = sx.strip_types(fn.child_by_field_name("object")) if fn is not None and is_member else None
    return bool(names) and names[-1] == "string" and not set(names) & _PINNING


_PUSH_MODEL = re.compile(r"(?i)push|notif|device|webpush")


def _push_subscription(ctx: FileContext, ep: EntryPoint, ev: Event, data: Node) -> bool:
    """`{ endpoint: subscription.endpoint, subscription }`: a Web Push subscription (a browser's endpoint
    and its `p256dh`/`auth` keys), stored beside its endpoint, on a push or device table, or in a handler
    that reads its `p256dh` key; it says where to send notifications and grants nothing (a
    `subscription` written onto an account or a billing row is the plan)."""
    assert ev.op is not None
    if _PUSH_MODEL.search(ev.op.model or ""):
        return True
    if "endpoint" in object_keys(ctx.src, data):
        return True
    fn = ep.fn.node
    return ep.fn.module.src.find(b"p256dh", fn.start_byte, fn.end_byte) != -1


# Records whose `plan` is written text (a clinical note's treatment plan, a lesson's or a trip's plan), not a
# plan bought: notes, journals, charts, encounters, lessons, itineraries.
_WRITTEN_PLAN_MODEL = re.compile(
    r"(?i)(note|journal|diary|chart|encounter|treatment|lesson|itinerar|workout|curricul|syllab)"
)


def _plan_text(ctx: FileContext, ep: EntryPoint, ev: Event, key: str, value: Node | None) -> bool:
    """`plan` written onto a note-like record (`VisitNote`, `lessonNote`) as text: the note's own plan,
    nothing bought. Still reported when its schema pins it to a set of values (`z.enum(["free", "pro"])`).
    ``value`` None: carried by a spread of a parse whose schema admits it."""
    assert ev.op is not None
    if key != "plan" or not _WRITTEN_PLAN_MODEL.search(ev.op.model or ""):
        return False
    found = _schema_field(ctx, ep, value) if value is not None else None
    return found is None or _free_text(*found)


def _descriptive_role(ctx: FileContext, ep: EntryPoint, ev: Event, key: str, value: Node | None) -> bool:
    """`data: { role }` on a record that grants nothing (a mailbox, a survey answer), where the
    schema takes `role` as free text: a job title, not a privilege; on a chat message, whoever
    the schema says: who spoke (`user`, `assistant`). ``value`` None: written by a project helper."""
    assert ev.op is not None
    if key not in ("role", "roles") or _MEMBERSHIP_MODEL.search(ev.op.model or ""):
        return False
    if key == "role" and _CONVERSATION_MODEL.search(ev.op.model or ""):
        return True
    if key == "roles":
        # `roles: z.array(z.enum(["CUSTOMER", "SUPPLIER"]))`: a record's kinds, no permission level
        found = _schema_field(ctx, ep, value) if value is not None else None
        return found is not None and _category_role(key, found[1], ev.op.model or "")
    plain = value is not None and (sx.strip_types(value) or value).type != "member_expression"
    found = _schema_field(ctx, ep, value) if value is not None and plain else None
    return found is not None and _free_text(*found)


def _or_no_row(ctx: FileContext, out: Node, skip: tuple[str, ...]) -> Node | None:
    """`hasAny ? upd : null` returned from a map callback (then `.filter(Boolean)`): the row, or no row;
    the side that is a row (any other node as it is)."""
    node = sx.unwrap(out)
    if node is not None and node.type == "ternary_expression":
        sides = [sx.unwrap(node.child_by_field_name(f)) for f in ("consequence", "alternative")]
        rows = [x for x in sides if x is not None and ctx.text(x) not in skip]
        if len(rows) == 1:
            return sx.strip_types(rows[0])
    return sx.strip_types(out)


def _row_local_literal(ctx: FileContext, body: Node, out: Node) -> Node | None:
    """`const d: any = { input: row.input || "" }; if (runId) d.runId = runId; return d;` in a map
    callback: the literal the returned local is built from, when it only gains named, non-privileged
    fields afterwards (not `d[key] = ...`, `Object.assign(d, row)` or `d.role = row.role`)."""
    if out.type != "identifier" or body.type != "statement_block":
        return None
    name = ctx.text(out)
    literal: Node | None = None
    for n in sx.walk(body):
        if n.type == "variable_declarator" and ctx.text(n.child_by_field_name("name")) == name:
            value = sx.strip_types(n.child_by_field_name("value"))
            if literal is not None or value is None or value.type != "object":
                return None
            literal = value
        elif n.type in ("assignment_expression", "augmented_assignment_expression"):
            left = sx.strip_types(n.child_by_field_name("left"))
            if left is None or sx.root_identifier(ctx.src, left) != name:
                continue
            if left.type != "member_expression" or ctx.text(left.child_by_field_name("object")) != name:
                return None
            if ctx.text(left.child_by_field_name("property")) in vocab.PRIVILEGED_FIELDS:
                return None
        elif n.type == "call_expression" and sx.callee_name(ctx.src, n) == "Object.assign":
            args = sx.call_args(n)
            if args and ctx.text(args[0]) == name:
                return None
    return literal


def _mapped_literal(
    ctx: FileContext, value: Node | None, gated: bool = False, outer: frozenset[str] = frozenset()
) -> Node | None:
    """`rows.map((r) => { ...; return { id: r.id, amount } }).filter(Boolean)`: the object literal every
    row is built as (field by field, no spread), or None; also `ids.flatMap((id) => rows.map((r) =>
    ({ ... })))`, rows mapped per outer item. A privileged field copied per row (or per ``outer``
    item) makes the rows the client's, unless a role gate passed (``gated``): then the literal is
    judged as written."""
    node = sx.unwrap(value)
    while node is not None and node.type == "call_expression":
        method = sx.last_name(sx.callee_name(ctx.src, node))
        fn = sx.strip_types(node.child_by_field_name("function"))
        if sx.callee_name(ctx.src, node) == "Promise.all" and len(sx.call_args(node)) == 1:
            # `await Promise.all(images.map(async (img) => ({ ... })))`: the rows the async callback builds
            node = sx.unwrap(sx.call_args(node)[0])
            continue
        if method in ("filter", "flat") and fn is not None and fn.type == "member_expression":
            node = sx.unwrap(fn.child_by_field_name("object"))
            continue
        if method not in ("map", "flatMap"):
            return None
        args = sx.call_args(node)
        cb = sx.strip_types(args[0]) if args else None
        if cb is None or not sx.is_function(cb):
            return None
        body = cb.child_by_field_name("body")
        if body is None:
            return None
        if body.type == "statement_block":
            outs = [r.named_children[0] for r in sx.walk(body) if r.type == "return_statement" and r.named_children]
        else:
            outs = [body]
        # (`if (!newListId) return []`: a flatMap item that adds no row)
        skip = ("null", "undefined", "[]") if method == "flatMap" else ("null", "undefined")
        built = [o for o in (_or_no_row(ctx, x, skip) for x in outs) if o is not None and ctx.text(o) not in skip]
        built = [_row_local_literal(ctx, body, o) or o for o in built]
        if method == "flatMap" and len(built) == 1 and built[0].type == "call_expression":
            items = outer | frozenset(sx.param_names(ctx.src, cb))
            return _mapped_literal(ctx, built[0], gated, items)  # (each outer item's rows)
        if not built or any(
            o.type != "object" or any(c.type == "spread_element" and not _optional_fields(c) for c in o.named_children)
            for o in built
        ):
            return None
        item = set(sx.param_names(ctx.src, cb)) | outer if not gated else set()
        # (`...(volume != null ? { promptVolume: volume } : {})`: fields written only sometimes, judged too)
        parts = [p for o in built for p in [o, *(f for c in o.named_children for f in _optional_fields(c))]]
        for o in parts:  # `items.map((i) => ({ name: i.name, role: i.role }))` copies a privilege per row
            for key, held in object_keys(ctx.src, o).items():
                if key in vocab.PRIVILEGED_FIELDS and identifiers(ctx.src, held, into_functions=True) & item:
                    return None
        return built[0]
    return None


def _optional_fields(spread: Node) -> list[Node]:
    """`...(volume != null ? { promptVolume: volume } : {})`, `...(note && { note })`: a spread of object
    literals the code wrote (with no spread of their own), picked by a condition: their literals, or
    nothing when the spread is anything else."""
    if spread.type != "spread_element" or not spread.named_children:
        return []
    node = sx.unwrap(spread.named_children[0])
    if node is not None and node.type == "ternary_expression":
        sides = [sx.unwrap(node.child_by_field_name(f)) for f in ("consequence", "alternative")]
    elif node is not None and node.type == "binary_expression" and node.child_by_field_name("operator") is not None:
        op = node.child_by_field_name("operator")
        sides = [sx.unwrap(node.child_by_field_name("right"))] if op is not None and op.type == "&&" else []
    else:
        sides = []
    if not sides or any(
        o is None or o.type != "object" or any(c.type == "spread_element" for c in o.named_children) for o in sides
    ):
        return []
    return [o for o in sides if o is not None]


def _keys_written(src: bytes, data: Node) -> dict[str, Node]:
    """The keys of a written literal, with those of the literals it spreads under a condition
    (`...(role && { role })`, `...(x ? { plan } : {})`): each is written whenever its condition holds."""
    keys = dict(object_keys(src, data))
    node = sx.strip_types(data)
    for child in node.named_children if node is not None and node.type == "object" else []:
        for part in _optional_fields(child):
            for key, value in object_keys(src, part).items():
                keys.setdefault(key, value)
    return keys


def _pinned(ctx: FileContext, ep: EntryPoint, ev: Event, value: Node) -> bool:
    node = sx.strip_types(value)
    if node is None or node.type not in ("identifier", "shorthand_property_identifier"):
        return False
    sessionish = ev.state.session | ev.state.fetched
    return guards.pinned_to_session(ctx.src, ep.fn.node, ev.node, ctx.text(node), sessionish)


def _choices(data: Node) -> list[Node]:
    """`pinned ? { pinned: true, pinnedAt: now } : { pinned: false, pinnedAt: null }`: the server
    built each literal the condition picks from, and both are judged; anything else is itself."""
    node = sx.strip_types(data)
    if node is not None and node.type == "ternary_expression":
        branches = [sx.unwrap(node.child_by_field_name(f)) for f in ("consequence", "alternative")]
        if all(b is not None and b.type == "object" for b in branches):
            return [b for b in branches if b is not None]
    rows = _literal_rows(node)
    return rows if rows else [data]


def _literal_rows(node: Node | None) -> list[Node]:
    """`[{ amount: 46, accountId }, { ... }]`: the object literals of an array built row by row (each
    judged like any literal), or nothing."""
    if node is None or node.type != "array" or not node.named_children:
        return []
    rows = [sx.unwrap(c) for c in node.named_children if c.type != "comment"]
    return [r for r in rows if r is not None] if all(r is not None and r.type == "object" for r in rows) else []


def _literal_behind(ctx: FileContext, ep: EntryPoint, data: Node, depth: int = 0, gated: bool = False) -> Node:
    """`data: newMember` where `const newMember = { ... }`: judge the literal the server built; also
    rows mapped one by one into literals (`let rows = []; rows = links.map((l) => ({ ... }))`), and
    the rest of such a literal (`const { id: _, ...update } = create`)."""
    node = sx.strip_types(data)
    lone = [c for c in node.named_children if c.type != "comment"] if node is not None and node.type == "array" else []
    if len(lone) == 1 and depth < 4:
        # `.insert([profileData])`: the one row of a list built around a literal
        behind = _literal_behind(ctx, ep, lone[0], depth + 1, gated)
        if behind is not lone[0] and behind.type == "object":
            return behind
    inner = _stamped(ctx, node) if depth < 4 else None
    if inner is not None:
        # `.set(withUpdatedAt({ role: input.role }))`: the literal a project helper stamps and hands back
        return _literal_behind(ctx, ep, inner, depth + 1, gated)
    if node is not None and node.type in ("identifier", "shorthand_property_identifier"):
        scope = _declaring_scope(ctx, ep, node)
        value = sx.strip_types(_binding_at(ctx, scope, ctx.text(node), node))
        if value is not None and (value.type == "object" or _choices(value)[0] is not value):
            return value
        if value is not None and value.type == "identifier" and ctx.text(value) != ctx.text(node) and depth < 4:
            behind = _literal_behind(ctx, ep, value, depth + 1, gated)
            if behind is not value:
                return behind
        name = ctx.text(node)
        values = [value] + [
            n.child_by_field_name("right")
            for n in sx.walk(scope)
            if n.type == "assignment_expression" and ctx.text(n.child_by_field_name("left")) == name
        ]
        literals = [_mapped_literal(ctx, v, gated) for v in values if not (v is not None and ctx.text(v) == "[]")]
        first = literals[0] if literals else None
        if first is not None and all(lit is not None for lit in literals):
            return first
        # `let record = null; if (upload) record = { id, name: upload.name }`: left empty, then given the
        # one literal the server built (a later `record = upload` keeps it the client's)
        given = [sx.strip_types(v) for v in values[1:]]
        if (
            (value is None or value.type in ("null", "undefined"))
            and len(given) == 1
            and given[0] is not None
            and given[0].type == "object"
        ):
            return given[0]
        # `rows.map((row) => upsert({ create: row }))` with `rows` a list the server built row by row
        listed = sx.strip_types(_callback_list(ctx, node, name)) if value is None and depth < 4 else None
        if listed is not None and listed.type == "identifier":
            built = sx.strip_types(_binding_at(ctx, _declaring_scope(ctx, ep, listed), ctx.text(listed), listed))
            if built is not None and _server_built_rows(ctx, built):
                return built
        # `for (const row of rows) update(t).set(row)` with `rows` mapped one by one into literals
        walked = sx.strip_types(_loop_rows(ctx, node)) if value is None and depth < 4 else None
        if walked is not None and walked.type == "identifier":
            behind = _literal_behind(ctx, ep, walked, depth + 1, gated)
            if behind is not walked and behind.type == "object":
                return behind
    return data


def _server_built_rows(ctx: FileContext, node: Node | None) -> list[Node]:
    """`[{ userId: me.id, boardId }, ...admins.map((a) => ({ userId: a.userId, boardId }))]`: the object
    literals of a list built row by row, where a spread part is the rows of a database read mapped field
    by field (each stored row's own values, not the client's); nothing otherwise."""
    if node is None or node.type != "array" or not node.named_children:
        return []
    rows: list[Node] = []
    for child in node.named_children:
        if child.type == "comment":
            continue
        item = sx.unwrap(child)
        if item is not None and item.type == "object":
            rows.append(item)
            continue
        inner = sx.unwrap(child.named_children[0]) if child.type == "spread_element" and child.named_children else None
        if inner is None or not _maps_stored_rows(ctx, inner):
            return []
        # (a stored row's `userId` is its own: judged as a gated literal, the privileged copy allowed)
        built = _mapped_literal(ctx, inner, gated=True)
        if built is None:
            return []
        rows.append(built)
    return rows


def _maps_stored_rows(ctx: FileContext, call: Node) -> bool:
    """`admins.filter(...).map(...)` with `admins = await db.seat.findMany(...)`: a list of the rows a
    database read answered, mapped."""
    node: Node | None = call
    while node is not None and node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return False
        node = sx.unwrap(fn.child_by_field_name("object"))
    if node is None or node.type != "identifier":
        return False
    scope = sx.enclosing_function(node)
    value = sx.unwrap(_binding(ctx, scope, ctx.text(node))) if scope is not None else None
    if value is None or value.type != "call_expression":
        return False
    op = ctx.analyzer.classify(ctx.module, value)
    return op is not None and op.kind == "read"


def _pushed_literals(ctx: FileContext, ep: EntryPoint, data: Node) -> list[Node]:
    """`const rows = []; if (moved) rows.push({ id, type: "stage_change", ... }); insert(rows)`: the object
    literals the server pushed one by one into a list it started empty and used for nothing else (each
    judged like any literal), or nothing. Also those a project helper of this file built the same way and
    the list took with `rows.push(...fromHelper)`; reading the list (`rows.map(...)`) changes nothing."""
    node = sx.strip_types(data)
    if node is None or node.type != "identifier":
        return []
    scope = _declaring_scope(ctx, ep, node)
    found = _pushed_into(ctx, scope, ctx.text(node), node, 0)
    for _ in range(3):
        if found:
            break
        # `const batch = rows.slice(i, i + 100)`, `for (const row of batch)`: some of the same pushed rows
        value = sx.unwrap(_scoped_binding(ctx, node, ctx.text(node), ep.fn.node))  # (two loops, two `batch`es)
        fn = sx.strip_types(value.child_by_field_name("function")) if value is not None else None
        if value is not None and value.type == "call_expression" and fn is not None and fn.type == "member_expression":
            if sx.last_name(sx.callee_name(ctx.src, value)) not in _SAME_ELEMENTS:
                return []
            listed = sx.strip_types(fn.child_by_field_name("object"))
            if listed is None or listed.type != "identifier":
                return []
            found = _pushed_into(ctx, _declaring_scope(ctx, ep, listed), ctx.text(listed), None, 0)
            if not found:
                return []
            return found
        walked = sx.strip_types(_loop_rows(ctx, node)) if value is None else None
        if walked is None or walked.type != "identifier":
            return []
        node = walked
        scope = _declaring_scope(ctx, ep, node)
        found = _pushed_into(ctx, scope, ctx.text(node), None, 0)
    return found


_LIST_READS = frozenset({"length", "map", "filter", "forEach", "some", "every", "find", "slice", "includes", "reduce"})


def _pushed_into(ctx: FileContext, scope: Node, name: str, node: Node | None, depth: int) -> list[Node]:
    value = sx.strip_types(_binding(ctx, scope, name))
    if value is None or value.type != "array" or value.named_children or depth > 2:
        return []
    out: list[Node] = []
    for n in sx.walk(scope):
        if n.type != "identifier" or ctx.text(n) != name or n == node:
            continue
        p = n.parent
        if p is not None and p.type == "variable_declarator" and p.child_by_field_name("name") == n:
            continue
        if p is not None and p.type == "return_statement" and depth > 0:
            continue  # (the helper answering the list it built)
        prop = p.child_by_field_name("property") if p is not None and p.type == "member_expression" else None
        if prop is None or p is None or p.child_by_field_name("object") != n:
            return []
        if ctx.text(prop) in _LIST_READS and (ctx.text(prop) == "length" or _read_call(p)):
            continue
        call = p.parent
        if ctx.text(prop) != "push" or call is None or call.type != "call_expression":
            return []
        args = [sx.unwrap(a) for a in sx.call_args(call)]
        if not args:
            return []
        for a in args:
            if a is not None and a.type == "spread_element" and len(args) == 1:
                built = _helper_pushed(ctx, scope, a, depth)
                if not built:
                    return []
                out.extend(built)
                continue
            if a is None or a.type != "object":
                return []
            # (a literal spreading a value in, `{ ...line, price }`, is judged with its spread: each
            # written whole unless it is a stripped parse or an item of one)
            out.append(a)
    return out


def _read_call(member: Node) -> bool:
    """`rows.map(...)` called, its answer a new value: the list itself is left as it was."""
    call = member.parent
    return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == member


def _helper_pushed(ctx: FileContext, scope: Node, spread: Node, depth: int) -> list[Node]:
    """`...fromHelper` where `const fromHelper = buildRows(...)` calls a function of this file answering a
    list it started empty and pushed object literals into: those literals."""
    inner = sx.strip_types(spread.named_children[0]) if spread.named_children else None
    if inner is None or inner.type != "identifier":
        return []
    value = sx.unwrap(sx.strip_types(_binding(ctx, scope, ctx.text(inner))))
    if value is None or value.type != "call_expression":
        return []
    mapped = _mapped_literal(ctx, value)  # (`found.map((t) => ({ term: t.term, ... }))`: a literal per row)
    if mapped is not None:
        return [mapped]
    target = ctx.analyzer.target(ctx.module, value)
    if target is None or target.module is not ctx.module or target.body is None:
        return []
    stmts = sx.statements(target.body) if target.body.type == "statement_block" else []
    last = stmts[-1] if stmts else None
    answer = (
        sx.strip_types(last.named_children[0])
        if last is not None and last.type == "return_statement" and last.named_children
        else None
    )
    if answer is None or answer.type != "identifier":
        return []
    rets = sx.find(target.body, ("return_statement",), into_functions=False)
    if any(r.named_children and ctx.text(r.named_children[0]) != ctx.text(answer) for r in rets):
        return []
    return _pushed_into(ctx, target.node, ctx.text(answer), None, depth + 1)


def _stamped(ctx: FileContext, node: Node | None) -> Node | None:
    """`withUpdatedAt({ ... })` with a project helper answering `{ ...data, updatedAt: new Date() }`: the
    argument, whose keys all reach the row."""
    if node is None or node.type != "call_expression":
        return None
    args = sx.call_args(node)
    if len(args) != 1:
        return None
    target = ctx.analyzer.target(ctx.module, node)
    params = target.params if target is not None else []
    if target is None or not params:
        return None
    returned = sx.unwrap(target.body) if target.body is not None and target.body.type != "statement_block" else None
    if returned is None and target.body is not None:
        stmts = sx.statements(target.body)
        last = stmts[-1] if stmts else None
        if last is not None and last.type == "return_statement" and last.named_children:
            returned = sx.unwrap(last.named_children[0])
    if returned is None or returned.type != "object":
        return None
    src = target.module.src
    spreads = [c for c in returned.named_children if c.type == "spread_element"]
    if not any(sx.text(src, sx.strip_types(c.named_children[0])) == params[0] for c in spreads if c.named_children):
        return None
    return args[0]


def _declaring_scope(ctx: FileContext, ep: EntryPoint, node: Node) -> Node:
    """The function, from the one ``node`` sits in out to the entry point, that declares the local
    ``node`` names: rows are often built inside a transaction's callback (`db.transaction(async (tx)
    => { const rows = ids.map(...); await tx.insert(t).values(rows) })`)."""
    name = ctx.text(node)
    fn = sx.enclosing_function(node)
    while fn is not None and fn != ep.fn.node and sx.contains(ep.fn.node, fn):
        if _binding(ctx, fn, name) is not None or name in sx.param_names(ctx.src, fn):
            return fn
        fn = sx.enclosing_function(fn)
    return ep.fn.node


def _helper_built(ctx: FileContext, ep: EntryPoint, data: Node) -> str | None:
    """``data`` names what a project function built and returned (`const row = toDbMessage(message)`),
    a new object of chosen fields (or rows mapped one by one into such objects): not the client's
    object. None when it is not; otherwise the first privileged field the helper copies from client
    input (`role: input.role`), or "" for none."""
    node = sx.strip_types(data)
    if node is None or node.type not in ("identifier", "shorthand_property_identifier"):
        return None
    value = sx.unwrap(_bound_once(ctx.src, node, ctx.text(node)))  # (also in a transaction's callback)
    # (`custom ? namedRows(id, names) : defaultRows(id)`: one of two project functions, each judged)
    calls = (
        [sx.unwrap(value.child_by_field_name(f)) for f in ("consequence", "alternative")]
        if value is not None and value.type == "ternary_expression"
        else [value]
    )
    if any(c is None or c.type != "call_expression" or ctx.analyzer.target(ctx.module, c) is None for c in calls):
        return None
    hits: list[str] = []
    return (hits[0] if hits else "") if _built_value(ctx, ctx.module, value, {}, 0, hits) else None


_PRIVILEGED_OR_OWNER = vocab.PRIVILEGED_FIELDS | _OWNER_KEYS
# Array methods that hand back (some of) the same elements.
_SAME_ELEMENTS = frozenset({"filter", "slice", "reverse", "sort", "toSorted", "toReversed"})


def _built_value(
    ctx: FileContext, mod: Module, node: Node | None, env: dict[str, bool], depth: int, hits: list[str]
) -> bool:
    """Is ``node`` (in ``mod``) an object the server builds field by field: a literal whose spreads are
    such objects, `null`, rows mapped into such literals, or what a project function returns when all
    its returns are? ``env``: the parameters in scope and whether each holds such an object (the
    others hold the caller's data). Privileged fields copied from that data are added to ``hits``."""
    node = sx.unwrap(node)
    if node is None or depth > 8:
        return False
    src = mod.src
    if node.type in ("null", "undefined"):
        return True
    if node.type == "object":
        given = {n for n, built in env.items() if not built}
        for c in node.named_children:
            if c.type == "spread_element":
                if not c.named_children or not _built_value(ctx, mod, c.named_children[0], env, depth + 1, hits):
                    return False
            elif c.type == "pair" and sx.text(src, c.child_by_field_name("key")) in _PRIVILEGED_OR_OWNER:
                if identifiers(src, c.child_by_field_name("value"), into_functions=True) & given:
                    hits.append(sx.text(src, c.child_by_field_name("key")))
            elif c.type == "shorthand_property_identifier" and sx.text(src, c) in _PRIVILEGED_OR_OWNER & given:
                hits.append(sx.text(src, c))
        return True
    if node.type == "ternary_expression":
        return all(
            _built_value(ctx, mod, node.child_by_field_name(f), env, depth + 1, hits)
            for f in ("consequence", "alternative")
        )
    if node.type == "identifier":
        name = sx.text(src, node)
        if name in env:
            return env[name]
        bound = _bound_once(src, node, name)
        return bound is not None and _built_value(ctx, mod, bound, env, depth + 1, hits)
    if node.type != "call_expression":
        return False
    fn = sx.strip_types(node.child_by_field_name("function"))
    args = sx.call_args(node)
    method = sx.last_name(sx.callee_name(src, node))
    if fn is not None and fn.type == "member_expression":
        receiver = fn.child_by_field_name("object")
        if method in _SAME_ELEMENTS:
            return _built_value(ctx, mod, receiver, env, depth + 1, hits)
        if method in ("map", "flatMap"):
            cb = sx.strip_types(args[0]) if args else None
            if cb is None or not sx.is_function(cb):
                return False
            names = sx.param_names(src, cb)
            inner = {**env, **dict.fromkeys(names[1:], True)}  # (the index)
            if names:
                inner[names[0]] = _built_value(ctx, mod, receiver, env, depth + 1, hits)
            return _returns_built(ctx, mod, cb, inner, depth + 1, hits)
    target = ctx.analyzer.target(mod, node)
    if target is None or target.body is None:
        return False
    passed: dict[str, bool] = {}
    for i, p in enumerate(target.param_nodes()):
        pattern = p.child_by_field_name("pattern") or p
        if pattern.type == "identifier":
            arg = args[i] if i < len(args) else None
            passed[target.module.text(pattern)] = arg is not None and _built_value(ctx, mod, arg, env, depth + 1, [])
    return _returns_built(ctx, target.module, target.node, passed, depth + 1, hits)


def _returns_built(ctx: FileContext, mod: Module, fn: Node, env: dict[str, bool], depth: int, hits: list[str]) -> bool:
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    if body.type != "statement_block":
        return _built_value(ctx, mod, body, env, depth, hits)
    outs = [r.named_children[0] for r in sx.find(body, ("return_statement",), False) if r.named_children]
    return bool(outs) and all(_built_value(ctx, mod, o, env, depth, hits) for o in outs)


def _bound_once(src: bytes, at: Node, name: str) -> Node | None:
    """The value the nearest enclosing function binds the local ``name`` to, when nothing assigns it
    again (`let rows = []; rows = input.rows` is not a row built on the server)."""
    fn = sx.enclosing_function(at)
    while fn is not None:
        decl = next(
            (
                d
                for d in sx.find(fn, ("variable_declarator",), into_functions=False)
                if sx.text(src, d.child_by_field_name("name")) == name
            ),
            None,
        )
        if decl is not None:
            reassigned = any(
                sx.text(src, a.child_by_field_name("left")) == name
                for a in sx.find(fn, ("assignment_expression", "augmented_assignment_expression"))
            )
            return None if reassigned else decl.child_by_field_name("value")
        if name in sx.param_names(src, fn):
            return None
        fn = sx.enclosing_function(fn)
    return None


# a caller's standing named on its record: `isAdmin`, `is_staff`, `role`
_STANDING_PROP = re.compile(r"(?i)^(is_?)?(admin|super_?admin|staff|moderator|superuser)$|role")


def _admitted(value: str) -> str:
    """The privileged field a reported value's validator admits (`` `data` (its schema admits `isAdmin`) ``)."""
    m = _ADMITS.search(value)
    return m.group(1) if m is not None else ""


def _owner_or_role_gate_only(ctx: FileContext, ep: EntryPoint, ev: Event, field: str) -> bool:
    """Each test of the caller's standing before ``ev`` refuses only a caller who is neither the owner nor
    an admin (`if (!me || (me._id !== id && !me.isAdmin)) throw`), or only one sending another field than
    ``field`` (`if (data.isBanned && !me.isAdmin) throw`): past them the caller may be the owner alone, who
    then sets the privileged field the parse admits (`isAdmin: true`) for themself."""
    src = ctx.src
    found = False
    for st in sx.find(ep.fn.node, ("if_statement",)):
        if st.start_byte >= ev.node.start_byte:
            break
        cond = st.child_by_field_name("condition")
        if cond is None:
            continue
        standing = [
            m
            for m in sx.find(cond, ("member_expression",))
            if _STANDING_PROP.search(sx.text(src, m.child_by_field_name("property")))
        ]
        if not standing:
            continue
        if sx.exits(src, st.child_by_field_name("consequence")) is None:
            return False
        # (`ctx.staff.role`: the role, not the `staff` record it is read off)
        standing = [m for m in standing if not any(m.parent == o for o in standing)]
        for m in standing:
            # `!me.isAdmin` joined by `&&` to `me._id !== id`: refused only when neither holds (also
            # `me.role !== Role.Admin && me.id !== id`)
            top = m.parent if m.parent is not None and m.parent.type == "unary_expression" else None
            if (
                m.parent is not None
                and m.parent.type == "binary_expression"
                and _operator_text(src, m.parent)
                in (
                    "!==",
                    "!=",
                )
            ):
                top = m.parent
            joint = top.parent if top is not None else None
            while joint is not None and joint.type == "parenthesized_expression":
                joint = joint.parent
            if joint is None or joint.type != "binary_expression" or _operator_text(src, joint) != "&&":
                return False
            others = [c for c in (joint.child_by_field_name("left"), joint.child_by_field_name("right")) if c != top]
            if any(
                c is not None and c.type == "binary_expression" and _operator_text(src, c) in ("!==", "!=")
                for c in others
            ):
                found = True
                continue
            guarded = [_field_tested(src, c) for c in others if c is not None]
            if not guarded or any(g is None or g == field for g in guarded):
                return False  # (a role test of its own, or one guarding this very field)
    return found


def _field_tested(src: bytes, node: Node) -> str | None:
    """`data.isBanned` (also `data?.isBanned`) tested as it is: the field's name."""
    inner = sx.strip_types(node)
    if inner is None or inner.type != "member_expression":
        return None
    return sx.text(src, inner.child_by_field_name("property"))


def _operator_text(src: bytes, node: Node) -> str:
    op = node.child_by_field_name("operator")
    return sx.text(src, op) if op is not None else ""


def _manager_gate_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A project guard handed the session user before the write, which throws unless what it looks
    up for that user grants a capability (`const access = await requireBoardManager(user.id, boardId)`,
    throwing unless `access.canManage` or `canManage(access.role)`): a role check, like an inline one.
    One that only throws when nothing was found (the board exists) checks no role."""
    sessionish = ev.state.session | ev.state.fetched
    for call, target in _guards_before(ctx, ep, ev) if sessionish else ():
        given = _given(ctx.src, call, target, sessionish)
        if given and _throws_unless_capable(ctx, target, given, 0):
            return True
    return False


def _guards_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> Iterator[tuple[Node, Function]]:
    """The calls of project functions with a body that run (awaited, when async) before ``ev``."""
    for call in sx.find(ep.fn.node, ("call_expression",)):
        if call.start_byte >= ev.node.start_byte:
            break
        if call.end_byte > ev.node.start_byte or not _runs_before(call, ev.node):
            continue
        target = ctx.analyzer.target(ctx.module, call)
        if target is None or target.body is None or (target.is_async and not sx.awaited_directly(call)):
            continue
        yield call, target


# Keys that hold a role inside a team: a team's owners and admins hand these out.
_TEAM_ROLE_KEYS = frozenset({"role", "roles", "permission", "permissions"})
_ROLE_PARAM = re.compile(r"(?i)role")
# `venueRole`, `member_role`: a role in one team named for it (not `platformRole`, `systemRole`: a role over
# the whole service, which no team's managers hand out)
_QUALIFIED_TEAM_ROLE = re.compile(r"^(?!(?i:super|platform|system|global|site|app|admin))[a-z]\w*(Role|_role)$")


def _team_role_key(key: str) -> bool:
    return key in _TEAM_ROLE_KEYS or _QUALIFIED_TEAM_ROLE.match(key) is not None


def _team_role_gate_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A membership guard handed the session user and a list of the team roles it lets through
    before the write (`await assertOrganiserRole(user.id, orgId, ["OWNER", "ADMIN"])`, throwing
    unless the caller holds one of them there): the caller manages that team, so the role it gives
    an invitee or member is the feature. Only for role keys: a team role pays for no plan or credits."""
    sessionish = ev.state.session | ev.state.fetched
    src = ctx.src
    for call, target in _guards_before(ctx, ep, ev):
        summary = ctx.analyzer.summary(target)
        args = sx.call_args(call)
        # (handed the session user, or signing the caller in itself: `requireStaffRole(orgId, roles)`)
        if not (summary.owner or summary.role) or not (
            summary.enforces_auth or any(identifiers(src, a, into_functions=True) & sessionish for a in args)
        ):
            continue
        params = target.params
        for i, a in enumerate(args):
            if i < len(params) and _ROLE_PARAM.search(params[i]) and _named_roles(ctx, a):
                return True
    return False


def _named_roles(ctx: FileContext, arg: Node) -> bool:
    """`["OWNER", "ADMIN"]`, or a constant holding such a list (`MANAGER_ROLES`, `["OWNER", "MANAGER"] as
    const satisfies Role[]`, also imported): the roles a guard lets through, named by the code."""
    listed = sx.strip_types(arg)
    if listed is not None and listed.type == "identifier":
        found = ctx.analyzer.program.resolve_value(ctx.module, ctx.text(listed))
        if found is None:
            return False
        decl = found[1]
        value = decl.child_by_field_name("value") if decl.type == "variable_declarator" else decl
        listed = sx.strip_types(value)
        while listed is not None and listed.type in ("satisfies_expression", "as_expression"):
            listed = sx.strip_types(listed.named_children[0]) if listed.named_children else None
    return (
        listed is not None
        and listed.type == "array"
        and bool(listed.named_children)
        and all(c.type == "string" for c in listed.named_children)
    )


# What is bought, not granted by a team: a plan, credits, a balance (`creditBalanceCents`)
_PAID_KEY = re.compile(r"(?i)^plan$|credit|balance")


def _seat_role_test_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """An exit, in the entry point's own body before the write, unless the caller's role in their own
    tenant is a named one (`if (ctx.memberRole !== "owner") throw`, the role a middleware read off the
    caller's membership), and the write keeps to that tenant (`where: { id, operatorId: ctx.operatorId }`):
    the tenant's owner hands out its team roles, the feature. A role the client sends is no such test."""
    sessionish = ev.state.session | ev.state.fetched
    body = ep.fn.body
    if not sessionish or body is None or body.type != "statement_block" or ev.op is None:
        return False
    src = ctx.src
    # (a new row filed under that tenant counts as kept to it too: `insert({ ..., tenant_id: ctx.tenantId })`)
    kept = any(
        n.type == "member_expression"
        and sx.root_identifier(src, n) in sessionish
        and _TENANT_ID.match(ctx.text(n.child_by_field_name("property")))
        for a in [*ev.op.args, *(ev.op.data if ev.op.verb.lower().startswith(("insert", "create")) else [])]
        for n in sx.walk(a)
    )
    if not kept:
        return False
    for stmt in body.named_children:
        if stmt.start_byte >= ev.node.start_byte:
            break
        if stmt.type != "if_statement" or sx.exits(src, stmt.child_by_field_name("consequence")) is None:
            continue
        cond = sx.strip_types(stmt.child_by_field_name("condition"))
        # (`role !== "owner" && role !== "admin"`: every test of one seat role, the exit unless it is one of them)
        tested = {_seat_role_tested(ctx, ev, sessionish, t) for t in _conjunction(ctx, cond)}
        if len(tested) == 1 and None not in tested:
            return True
    return False


def _named_role_exit_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """An exit in the entry point's own body, before ``ev``, unless the caller's role (read off the
    session's side, not the client's) is a named one (`if (ctx.user.role !== Role.Admin) throw`, also
    `if (!me || me.role !== "admin") return`): a role gate like a role wrapper's, so the holder filing a
    record under the user it names is the feature. Not an owner-or-admin gate (`role !== "admin" &&
    me.id !== id`), nor a permission check of the record (`if (!canEdit(me, id))`)."""
    sessionish = ev.state.session | ev.state.fetched
    body = ep.fn.body
    if not sessionish or body is None or body.type != "statement_block":
        return False
    src = ctx.src
    for stmt in body.named_children:
        if stmt.start_byte >= ev.node.start_byte:
            break
        if stmt.type != "if_statement" or sx.exits(src, stmt.child_by_field_name("consequence")) is None:
            continue
        tests = sx.disjuncts(src, stmt.child_by_field_name("condition"))
        roles = [t for t in tests if _caller_role_test(ctx, ev, sessionish, t)]
        # (the other terms only refuse a missing caller: `!me`)
        rest = [t for t in tests if t not in roles]
        if roles and all(_refuses_missing_caller(src, t, sessionish) for t in rest):
            return True
    return False


def _refuses_missing_caller(src: bytes, test: Node, sessionish: set[str]) -> bool:
    """`!me`, `!ctx.user`: a test that only refuses a caller the session gave nothing for."""
    operand = (
        sx.strip_types(test.named_children[0]) if test.type == "unary_expression" and test.named_children else None
    )
    return (
        operand is not None
        and operand.type in ("identifier", "member_expression")
        and sx.root_identifier(src, operand) in sessionish
    )


def _caller_role_test(ctx: FileContext, ev: Event, sessionish: set[str], test: Node) -> bool:
    """`ctx.user.role !== Role.Admin` (or `!== "admin"`): the caller's role, from the session's side,
    unlike a role constant (a string, or a member of an enum or constant object)."""
    if test.type != "binary_expression" or ctx.text(test.child_by_field_name("operator")) not in ("!==", "!="):
        return False
    src = ctx.src
    sides = [sx.strip_types(test.child_by_field_name(f)) for f in ("left", "right")]
    for held, named in (sides, sides[::-1]):
        if (
            held is not None
            and named is not None
            and (named.type == "string" or (named.type == "member_expression" and _constant_member(ctx, named)))
            and held.type == "member_expression"
            and sx.root_identifier(src, held) in sessionish
            and sx.root_identifier(src, held) not in ev.state.client
            and re.search(r"(?i)role$", ctx.text(held.child_by_field_name("property"))) is not None
        ):
            return True
    return False


def _constant_member(ctx: FileContext, node: Node) -> bool:
    """`Role.Admin`, `ROLES.ADMIN`: a member of a capitalised enum or constant object."""
    obj = sx.strip_types(node.child_by_field_name("object"))
    return obj is not None and obj.type == "identifier" and ctx.text(obj)[:1].isupper()


def _conjunction(ctx: FileContext, cond: Node | None) -> list[Node | None]:
    """The terms of an `&&` chain (the condition itself when it is none)."""
    node = sx.strip_types(cond)
    if node is not None and node.type == "binary_expression" and ctx.text(node.child_by_field_name("operator")) == "&&":
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        return _conjunction(ctx, left) + _conjunction(ctx, right)
    return [node]


def _seat_role_tested(ctx: FileContext, ev: Event, sessionish: set[str], test: Node | None) -> str | None:
    """`ctx.memberRole !== "owner"`: the caller's seat role (read off the session's side, not the client's)
    tested against a named role; the role's expression, else None."""
    if test is None or test.type != "binary_expression" or ctx.text(test.child_by_field_name("operator")) != "!==":
        return None
    src = ctx.src
    sides = [sx.strip_types(test.child_by_field_name(f)) for f in ("left", "right")]
    for held, named in (sides, sides[::-1]):
        if (
            held is not None
            and named is not None
            and named.type == "string"
            and held.type == "member_expression"
            and sx.root_identifier(src, held) in sessionish
            and sx.root_identifier(src, held) not in ev.state.client
            and _team_role_key(ctx.text(held.child_by_field_name("property")))
        ):
            return ctx.text(held)
    return None


def _team_gate(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The role check before the write is a role in the tenant written (its owner's or admin's seat):
    it pays for no `plan`, credits or balance."""
    return _team_gate_on_written(ctx, ep, ev) or _own_tenant_row(ctx, ev) or _tenant_role_guard_before(ctx, ep, ev)


def _team_gate_on_written(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The role check before the write is the caller's role on the very record written: a project
    check handed the session user and an id that also picks the written row (`isOrgOwner(userId,
    parsed.orgId)` then `organization.update({ where: { id: parsed.orgId } })`). That is a team role
    (its owner, its admin), not a platform one (`requireAdmin()` names no record). A guard that reads
    the session itself (`checkClubAccess(clubId)`) asks the same of the caller."""
    sessionish = ev.state.session | ev.state.fetched
    assert ev.op is not None
    src = ctx.src
    picked = {ctx.text(n) for a in ev.op.args for n in sx.walk(a) if n.type in ("identifier", "member_expression")}
    for call in sx.find(ep.fn.node, ("call_expression",)) if picked else ():
        if call.start_byte >= ev.node.start_byte:
            break
        # (in a test too: `if (!(await isOrgOwner(userId, orgId))) throw`)
        target = ctx.analyzer.target(ctx.module, call)
        if target is None or target.body is None:
            continue
        summary = ctx.analyzer.summary(target)
        last = sx.last_name(sx.callee_name(src, call))
        named = ctx.analyzer.vocab.is_role_call(last) or vocab.OWNERSHIP_CALLS.search(last)
        # (also a role check handed back in its answer, `{ error }` on a refusal: the write is gated already)
        # (or a seat check so handed back: `return { session, roles }` past a membership read)
        answered = summary.keyed_refusal is not None and (summary.keyed_refusal[1] or summary.keyed_refusal[2])
        if not (named or summary.role or summary.owner or summary.answers_check or answered):
            continue
        args = [sx.strip_types(a) for a in sx.call_args(call)]
        # (handed the session user, or reading the session itself: `checkClubAccess(clubId)`)
        if not (summary.authenticates or any(a is not None and identifiers(src, a) & sessionish for a in args)):
            continue
        if any(
            a is not None and not identifiers(src, a) & sessionish and ctx.text(a) in picked and a.type != "string"
            for a in args
        ):
            return True
    return False


_TENANT_ID = re.compile(r"^(?!user|owner|author|creat)[a-z]\w*(?:Id|_id)$")


def _handed_over(ctx: FileContext, ev: Event, key: str, value: Node) -> bool:
    """The write's own filter pins the owner column it sets to the caller (`.update({ caseworker_id: to
    }).eq("id", caseId).eq("caseworker_id", user.id)`, `where: { id, ownerId: session.user.id }`) and the
    new holder is an id the action's schema checked (`ids.caseworkerId` of a zod parse): only the row's
    holder hands it over, the feature (drizzle's `eq(budgets.leadUserId, me.userId)` too). A raw form field
    (`String(formData.get("ownerId") ?? user.id)`, a hidden input) is still the client's pick of an owner."""
    sessionish = ev.state.session | ev.state.fetched
    assert ev.op is not None
    src = ctx.src
    root = sx.root_identifier(src, sx.strip_types(value))
    if root is None or root not in ev.state.validated:
        return False
    args = [sx.strip_types(a) for a in ev.op.args] if sessionish else []
    for i, a in enumerate(args):
        if a is None:
            continue
        if ev.op.api == "supabase" and a.type == "string" and i + 1 < len(args):
            if sx.string_value(src, a) == key and identifiers(src, args[i + 1]) & sessionish:
                return True  # `.eq("caseworker_id", user.id)`
            continue
        if ev.op.api == "drizzle":
            for call in sx.find(a, ("call_expression",)):
                pair = sx.call_args(call)
                column = sx.strip_types(pair[0]) if len(pair) == 2 and sx.callee_name(src, call) == "eq" else None
                if (
                    column is not None
                    and column.type == "member_expression"
                    and sx.text(src, column.child_by_field_name("property")) == key
                    and identifiers(src, pair[1]) & sessionish
                ):
                    return True  # `eq(budgets.leadUserId, me.userId)`
            continue
        where = object_keys(src, a).get("where") if a.type == "object" else None
        pinned = object_keys(src, sx.strip_types(where)).get(key) if where is not None else None
        if pinned is not None and identifiers(src, pinned) & sessionish:
            return True  # `where: { id, ownerId: session.user.id }`
    return False


def _row_filter(ctx: FileContext, ev: Event) -> frozenset[tuple[str, str]]:
    """The column tests that pick a Supabase query's row (`.eq("id", orgId)`) or an ORM call's `where`
    (`where: { id: orgId }`), as (column, value text) pairs."""
    assert ev.op is not None
    if ev.op.api == "supabase":
        steps = [sx.call_args(c) for m, c in chain_calls(ev.op.chain, ctx.src) if m == "eq"]
        return frozenset(
            (sx.string_value(ctx.src, a[0]) or "", ctx.text(a[1]))
            for a in steps
            if len(a) == 2 and a[0].type == "string"
        )
    objs = [a for a in (sx.strip_types(x) for x in ev.op.args) if a is not None and a.type == "object"]
    where = sx.strip_types(object_keys(ctx.src, objs[0]).get("where")) if objs else None
    if where is None or where.type != "object":
        return frozenset()
    return frozenset((k, ctx.text(v)) for k, v in object_keys(ctx.src, where).items())


def _holder_transfers(ctx: FileContext, ep: EntryPoint, ev: Event, key: str, value: Node) -> bool:
    """The row the write changes was loaded first by the same filter (`.select("owner_id").eq("id", orgId)`,
    `findUnique({ where: { id } })`) and the entry point exits unless that row's owner column holds the
    caller (`if (org.owner_id !== user.id) return`): only the current holder hands it over to the id the
    action's schema checked, as with `_handed_over`'s filter on the write itself."""
    sessionish = ev.state.session | ev.state.fetched
    src = ctx.src
    assert ev.op is not None
    root = sx.root_identifier(src, sx.strip_types(value))
    written = _row_filter(ctx, ev)
    if not sessionish or root is None or root not in ev.state.validated or not written:
        return False
    for e in ctx.flow(ep).events:
        if e.node.start_byte >= ev.node.start_byte:
            break
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.op.model != ev.op.model:
            continue
        if e.op.api != ev.op.api or not written <= _row_filter(ctx, e):
            continue
        bound = _bound_name(ctx, e.op.chain if e.op.api == "supabase" else e.node)
        if bound is not None and _exits_unless_held(ctx, ep.fn.node, f"{bound}.{key}", sessionish, e.node, ev.node):
            return True
    return False


# an ownership test by name (`ownsBoat`, `isProjectOwner`, `assertOwnership`): not a test that the caller may see
# or edit the row (`canViewBoat`, `hasAccess`), which a collaborator passes too
_OWNS_WORDS = frozenset({"owner", "owns", "ownership"})


def _written_row_ids(ctx: FileContext, ev: Event, value: Node) -> set[str]:
    """The texts of the values that pick the written row, outside the written object itself:
    `eq(boats.id, input.boatId)` of a drizzle chain, `where: { id }` of an ORM call, Supabase's `.eq(...)`."""
    assert ev.op is not None
    if ev.op.api != "drizzle":
        return {v for _, v in _row_filter(ctx, ev)}
    written = next((a for a in sx.ancestors(value) if a.type == "object"), None)
    found: set[str] = set()
    for a in ev.op.args:
        for call in sx.find(a, ("call_expression",)):
            pair = sx.call_args(call)
            inside = written is not None and sx.contains(written, call)
            if len(pair) == 2 and sx.callee_name(ctx.src, call) == "eq" and not inside:
                found.add(ctx.text(pair[1]))
    return found


def _guarded_hand_over(ctx: FileContext, ep: EntryPoint, ev: Event, key: str, value: Node) -> bool:
    """A row handed over by its holder past a project ownership guard (`if (!(await ownsBoat(me,
    input.boatId))) throw`, or `await assertProjectOwner(userId, data.projectId)` that throws itself) handed
    the caller and an id that picks the written row: only the holder hands it over, to the id the action's
    schema checked, as with `_handed_over`'s filter on the write itself. A guard of another row, one named
    for seeing or editing (`canViewBoat`), or an answer never tested, is no such check."""
    sessionish = ev.state.session | ev.state.fetched
    assert ev.op is not None
    src = ctx.src
    root = sx.root_identifier(src, sx.strip_types(value))
    if not sessionish or root is None or root not in ev.state.validated or ev.op.verb in _NEW_ROW_VERBS:
        return False
    row_ids = _written_row_ids(ctx, ev, value)
    if not row_ids:
        return False
    exits = [
        s.child_by_field_name("condition")
        for s in sx.find(ep.fn.node, ("if_statement",), into_functions=False)
        if s.end_byte <= ev.node.start_byte
        and s.parent is not None
        and sx.contains(s.parent, ev.node)
        and sx.exits(src, s.child_by_field_name("consequence"))
    ]
    for call in sx.find(ep.fn.node, ("call_expression",)):
        if call.start_byte >= ev.node.start_byte:
            break
        if not _OWNS_WORDS & set(vocab.words(sx.last_name(sx.callee_name(src, call)))):
            continue
        args = [sx.strip_types(a) for a in sx.call_args(call)]
        if not any(a is not None and identifiers(src, a) & sessionish for a in args):
            continue
        if not any(a is not None and ctx.text(a) in row_ids and not identifiers(src, a) & sessionish for a in args):
            continue
        if any(cond is not None and sx.contains(cond, call) for cond in exits):
            return True  # `if (!(await ownsBoat(me, input.boatId))) throw`
        up = call.parent
        statement = up.parent if up is not None and up.type == "await_expression" else up
        dropped = statement is not None and statement.type == "expression_statement"
        if dropped and statement is not None and sx.contains(statement.parent or statement, ev.node) and ev.state.owner:
            # (its answer dropped, it gates only by throwing, and the flow credits an ownership check here)
            return True  # `await assertProjectOwner(userId, data.projectId)` throwing unless held
    return False


def _exit_conditions_between(ctx: FileContext, fn: Node, after: Node, before: Node) -> Iterator[Node]:
    """The conditions of ``fn``'s own `if (...) return|throw` statements that sit between ``after`` and
    ``before`` and enclose ``before``'s block (an exit taken there keeps ``before`` from running)."""
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if stmt.start_byte < after.end_byte:
            continue
        if stmt.end_byte > before.start_byte:
            break
        cond = stmt.child_by_field_name("condition")
        if cond is None or stmt.parent is None or not sx.contains(stmt.parent, before):
            continue
        if sx.exits(ctx.src, stmt.child_by_field_name("consequence")):
            yield cond


def _exits_unless_held(
    ctx: FileContext, fn: Node, column: str, sessionish: set[str], after: Node, before: Node
) -> bool:
    """Between ``after`` and ``before``, an `if (org.owner_id !== user.id) return|throw` (``column`` against
    the session) enclosing ``before``'s block."""
    src = ctx.src
    for raw in _exit_conditions_between(ctx, fn, after, before):
        cond = sx.unwrap(raw)
        if cond is None or cond.type != "binary_expression":
            continue
        if ctx.text(cond.child_by_field_name("operator")) not in ("!==", "!="):
            continue
        sides = [sx.strip_types(cond.child_by_field_name(f)) for f in ("left", "right")]
        texts = [ctx.text(n).replace("?.", ".").replace("!", "") if n is not None else "" for n in sides]
        for i in (0, 1):
            other = sides[1 - i]
            if texts[i] == column and other is not None and identifiers(src, other) & sessionish:
                return True
    return False


def _vetted_in_callers_tenant(ctx: FileContext, ep: EntryPoint, ev: Event, key: str, value: Node) -> bool:
    """The owner id the client names was looked up first under the same column, among rows the caller's
    session scopes (`contract.findFirst({ where: { agencyId: ctx.agencyId, authorId: input.authorId } })`),
    and the entry point exits when none is found (`if (!author) return`): a payee or assignee vetted as one
    of the caller's tenant, the endpoint's purpose, not an identity taken from the client. A check of another
    record (the row handed over, `where: { id, authorId: me }`) leaves the new owner id the client's pick."""
    sessionish = ev.state.session | ev.state.fetched
    node = sx.strip_types(value)
    if not sessionish or node is None or node.type not in ("identifier", "member_expression"):
        return False
    src = ctx.src
    sent = ctx.text(node)
    for e in ctx.flow(ep).events:
        if e.node.start_byte >= ev.node.start_byte:
            break
        if e.kind != "db" or e.op is None or e.op.kind != "read":
            continue
        if e.op.api == "supabase":
            # (`const { data: link } = await admin.from("patients").select("id").eq("supabase_user_id",
            # data.patientUserId).eq("practice_id", ctx.practiceId).maybeSingle()`: the person looked up by the
            # id sent, under whatever column, in the caller's tenant)
            steps = [sx.call_args(c) for m, c in chain_calls(e.op.chain, src) if m == "eq"]
            found = [a[1] for a in steps if len(a) == 2]
            if not any(ctx.text(sx.strip_types(v) or v) == sent for v in found) or not any(
                identifiers(src, v) & sessionish for v in found if ctx.text(sx.strip_types(v) or v) != sent
            ):
                continue
            bound = _bound_name(ctx, e.op.chain)
            if bound is not None and _exits_when_missing(ctx, ep.fn.node, bound, e.node, ev.node):
                return True
            continue
        objs = [a for a in (sx.strip_types(x) for x in e.op.args) if a is not None and a.type == "object"]
        where = sx.strip_types(object_keys(src, objs[0]).get("where")) if objs else None
        keys = object_keys(src, where) if where is not None and where.type == "object" else {}
        same = sx.strip_types(keys.get(key))
        if same is None or ctx.text(same) != sent:
            continue
        if not any(identifiers(src, v) & sessionish for k, v in keys.items() if k != key):
            continue  # (the caller's tenant or own id must scope the lookup)
        bound = _bound_name(ctx, e.node)
        if bound is not None and _exits_when_missing(ctx, ep.fn.node, bound, e.node, ev.node):
            return True
    return False


def _bound_name(ctx: FileContext, call: Node) -> str | None:
    """`author` of `const author = await prisma.contract.findFirst(...)`."""
    node = call.parent
    while node is not None and node.type in ("await_expression", "parenthesized_expression", "as_expression"):
        node = node.parent
    if node is None or node.type != "variable_declarator":
        return None
    name = node.child_by_field_name("name")
    if name is not None and name.type == "object_pattern":
        # (a Supabase answer's rows, `const { data: link } = await ...`)
        for pair in name.named_children:
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type == "pair_pattern" and key is not None and value is not None and ctx.text(key) == "data":
                return ctx.text(value) if value.type == "identifier" else None
        return None
    return ctx.text(name) if name is not None and name.type == "identifier" else None


def _exits_when_missing(ctx: FileContext, fn: Node, name: str, after: Node, before: Node) -> bool:
    """Between ``after`` and ``before``, an `if (!name ...) return|throw` enclosing ``before``'s block (not
    under `&&`, where the exit may be skipped with nothing found)."""
    src = ctx.src
    for cond in _exit_conditions_between(ctx, fn, after, before):
        for n in sx.walk(cond):
            if n.type != "unary_expression" or sx.text(src, n.child_by_field_name("operator")) != "!":
                continue
            arg = sx.strip_types(n.child_by_field_name("argument"))
            if arg is not None and arg.type == "identifier" and ctx.text(arg) == name and not guards.under_and(n, cond):
                return True
    return False


def _own_tenant_row(ctx: FileContext, ev: Event) -> bool:
    """The write picks the caller's own tenant by the id the session holds (`where: { id: viewer.orgId }`,
    `eq(orgs.id, ctx.teamId)`): the role checked before it is a role in that tenant, which pays for
    nothing (a platform administrator names the tenant it changes)."""
    sessionish = ev.state.session | ev.state.fetched
    assert ev.op is not None
    src = ctx.src
    for a in ev.op.args if sessionish else ():
        for n in sx.walk(a):
            if n.type == "pair" and ctx.text(n.child_by_field_name("key")) == "id":
                value = sx.strip_types(n.child_by_field_name("value"))
            elif n.type == "call_expression" and sx.callee_name(src, n) == "eq" and len(sx.call_args(n)) == 2:
                column, value = (sx.strip_types(x) for x in sx.call_args(n))
                if column is None or not ctx.text(column).endswith(".id"):
                    continue
            else:
                continue
            if value is None or value.type != "member_expression":
                continue
            prop = ctx.text(value.child_by_field_name("property"))
            if _TENANT_ID.match(prop) and sx.root_identifier(src, value) in sessionish:
                return True
    return False


# a session value naming the caller's own account: `ctx.userId`, `session.user.id`, `me.id`
_CALLER_ID_PROP = re.compile(r"^(userId|user_id|uid|sub|accountId|account_id)$")
_CALLER_HOLDER = re.compile(r"(?i)(^|\.)(user|me|viewer|caller|account|profile|self)$")
# keys that say what the holder may do (a role, an admin flag, a permission list)
_STANDING_KEYS = frozenset({"role", "roles", "permission", "permissions", "isAdmin", "is_admin", "admin"})


def _self_promotion(ctx: FileContext, ev: Event, key: str) -> bool:
    """``key`` is the caller's standing (`role`, `isAdmin`, `permissions`) written to the caller's own account
    row (`updateOne({ _id: ctx.userId }, ...)`, `where: { id: session.user.id }`): a role gate licenses
    managing others' roles, not picking one's own (any holder of the gated role promotes themself)."""
    platform = bool(_ADMIN_FLAG.match(key) or _STAFF_FLAG.match(key) or _SCOPED_ROLE.match(key))
    standing = platform or key in _STANDING_KEYS or bool(_HOLDER_ROLE.match(key))
    if not standing:
        return False
    # (a platform-wide flag on any row filed under the caller's own id, `{ ...data, userId: tenant.userId }`:
    # a seat in one tenant pays for no operator's standing, on a profile row as on the account)
    return _own_account_row(ctx, ev) or (platform and _filed_under_callers_id(ctx, ev))


def _filed_under_callers_id(ctx: FileContext, ev: Event) -> bool:
    """A written row names the caller's own account id from the session as its owner (`userId:
    tenant.userId`, `user_id: session.user.id`)."""
    sessionish = ev.state.session | ev.state.fetched
    if ev.op is None or not sessionish:
        return False
    for data in ev.op.data:
        obj = sx.strip_types(data)
        if obj is None or obj.type != "object":
            continue
        for key, value in object_keys(ctx.src, obj).items():
            if key in _OWNER_KEYS and _callers_own_id(ctx, sx.strip_types(value), sessionish):
                return True
    return False


def _own_account_row(ctx: FileContext, ev: Event) -> bool:
    """The write picks its row by the caller's own account id from the session (`{ _id: ctx.userId }`,
    `findByIdAndUpdate(ctx.userId, ...)`, `eq(users.id, session.user.id)`)."""
    sessionish = ev.state.session | ev.state.fetched
    if ev.op is None or not sessionish:
        return False
    src = ctx.src
    args = ev.op.args
    picked: list[Node | None] = []
    if sx.last_name(ev.op.verb) in ("findByIdAndUpdate", "findByIdAndDelete") and args:
        picked.append(sx.strip_types(args[0]))
    for a in args:
        for n in sx.walk(a):
            if n.type == "pair" and ctx.text(n.child_by_field_name("key")).strip("\"'") in ("id", "_id"):
                picked.append(sx.strip_types(n.child_by_field_name("value")))
            elif n.type == "call_expression" and sx.callee_name(src, n) == "eq" and len(sx.call_args(n)) == 2:
                column, value = (sx.strip_types(x) for x in sx.call_args(n))
                if column is not None and ctx.text(column).endswith(".id"):
                    picked.append(value)
    return any(_callers_own_id(ctx, value, sessionish) for value in picked)


def _callers_own_id(ctx: FileContext, value: Node | None, sessionish: set[str]) -> bool:
    """`ctx.userId`, `session.user.id`: the caller's own account id, read off the session's side."""
    if value is None or value.type != "member_expression" or sx.root_identifier(ctx.src, value) not in sessionish:
        return False
    prop = ctx.text(value.child_by_field_name("property"))
    holder = ctx.text(value.child_by_field_name("object")).replace("?", "")
    return bool(_CALLER_ID_PROP.match(prop) or (prop == "id" and _CALLER_HOLDER.search(holder)))


def _tenant_role_guard_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The role checked before the write is a seat in a tenant: a project guard that checks a role
    (`await requireOrgRole(orgSlug, ["OWNER"])`) and answers with the tenant it found the caller in
    (`return { userId, organizerId: membership.organizerId, role }`). An owner of one organisation
    names no `plan` or `credits` (a platform administrator's guard names no tenant)."""
    for _call, target in _guards_before(ctx, ep, ev):
        body = target.body
        if body is None or not ctx.analyzer.summary(target).role:
            continue
        src = target.module.src
        for ret in sx.find(body, ("return_statement",), into_functions=False):
            value = sx.unwrap(ret.named_children[0]) if ret.named_children else None
            keys = object_keys(src, value) if value is not None and value.type == "object" else {}
            if any(_TENANT_ID.match(k) for k in keys):
                return True
    return False


def _given(src: bytes, call: Node, target: Function, names: set[str]) -> set[str]:
    """The parameters of ``target`` that ``call`` passes one of ``names`` (by position)."""
    args = sx.call_args(call)
    out: set[str] = set()
    for i, p in enumerate(target.param_nodes()):
        pattern = p.child_by_field_name("pattern") or p
        if i < len(args) and pattern.type == "identifier" and identifiers(src, args[i], into_functions=True) & names:
            out.add(target.module.text(pattern))
    return out


_CAPABILITY = re.compile(r"^(can[A-Z]\w*|is(Admin|Owner|Manager|Superuser|SuperAdmin)|role|roles|permissions?)$")
_CAPABILITY_CALL = re.compile(r"^(can[A-Z]\w*|has(Role|Permission)\w*|is(Admin|Owner|Manager)\w*)$")


def _throws_unless_capable(ctx: FileContext, fn: Function, given: set[str], depth: int) -> bool:
    """``fn`` throws on a test of a capability of ``given`` or of what it computed from them
    (`if (!access.canManage) throw`, `if (!canManageBilling(access.role)) throw`), itself or in a
    project guard it hands them to."""
    body = fn.body
    if body is None or depth > 3:
        return False
    src = fn.module.src
    derived = set(given)
    for d in sx.find(body, ("variable_declarator",), into_functions=False):
        if identifiers(src, d.child_by_field_name("value"), into_functions=True) & derived:
            derived.update(sx.pattern_names(src, d.child_by_field_name("name")))
    for stmt in sx.find(body, ("if_statement",), into_functions=False):
        cond = stmt.child_by_field_name("condition")
        if cond is None or sx.exits(src, stmt.child_by_field_name("consequence")) != "throw":
            continue
        for n in sx.walk(cond, into_functions=False):
            if n.type == "member_expression":
                prop = sx.text(src, n.child_by_field_name("property"))
                if _CAPABILITY.match(prop) and sx.root_identifier(src, n) in derived:
                    return True
            elif (
                n.type == "call_expression"
                and _CAPABILITY_CALL.match(sx.last_name(sx.callee_name(src, n)))
                and any(identifiers(src, a, into_functions=True) & derived for a in sx.call_args(n))
            ):
                return True
    for call in sx.find(body, ("call_expression",), into_functions=False):
        if not _runs_before(call, body):
            continue
        inner = ctx.analyzer.target(fn.module, call)
        if inner is None or inner.key == fn.key or inner.body is None:
            continue
        handed = _given(src, call, inner, derived)
        if handed and _throws_unless_capable(ctx, inner, handed, depth + 1):
            return True
    return False


_PRIVILEGED_FOLDED = frozenset(f.lower().replace("_", "") for f in vocab.PRIVILEGED_FIELDS)
_SQL_UPDATE_SET = re.compile(r"(?is)\bupdate\b.*?\bset\b(.*?)(?:\bwhere\b|\breturning\b|\bfrom\b|$)")
_SQL_ASSIGNMENT = re.compile(r"""(?s)^\s*(?:["`]?\w+["`]?\.)?["`]?(\w+)["`]?\s*=(.*)$""")
_SLOT = re.compile(r"\x00(\d+)\x00")


def _sql_set_columns(ctx: FileContext, op: DbOp) -> list[tuple[str, Node]]:
    """The columns a tagged-template `UPDATE ... SET col = ${value}, ...` assigns, each with the
    interpolated values of its expression (`credits = credits + ${delta}`: `delta`), or an `INSERT INTO
    t (a, b) VALUES (${x}, ${y})` fills."""
    tpl = next((a for a in op.call.children if a.type == "template_string"), None)
    if tpl is None:
        args = op.call.child_by_field_name("arguments")
        tpl = args if args is not None and args.type == "template_string" else None
    if tpl is None:
        return _sql_placeholder_columns(ctx, op)
    values: list[Node] = []
    pieces: list[str] = []
    for child in tpl.children:
        if child.type == "template_substitution":
            pieces.append(f"\x00{len(values)}\x00")
            values.append(child.named_children[0] if child.named_children else child)
        else:
            pieces.append(ctx.text(child))
    text = "".join(pieces)
    inserted = sql_insert_values(ctx.src, op.call)
    if inserted:
        return inserted  # `insert into platform_staff (email, role) values (${body.email}, ${body.role})`
    m = _SQL_UPDATE_SET.search(text)
    if m is None:
        return []
    out: list[tuple[str, Node]] = []
    for part in m.group(1).split(","):
        assigned = _SQL_ASSIGNMENT.match(part)
        if assigned is not None:
            out.extend((assigned.group(1), values[int(i)]) for i in _SLOT.findall(assigned.group(2)))
    return out


_SQL_INSERT_COLUMNS = re.compile(r"(?is)^\s*insert\s+into\s+[\w\".`]+\s*\(([^)]*)\)\s*values\s*\(([^()]*)\)")
_SQL_PARAM = re.compile(r"^\s*(\$(\d+)|\?)\s*$")


def _sql_placeholder_columns(ctx: FileContext, op: DbOp) -> list[tuple[str, Node]]:
    """`pool.query("UPDATE users SET plan = $1 WHERE id = $2", [plan, id])`, `INSERT INTO users (name,
    role) VALUES ($1, $2)` with `[name, role]`: the columns a constant statement assigns a parameter to,
    each with its entry of the parameter array (numbered `$n`, or `?` in order)."""
    args = sx.call_args(op.call)
    first = sx.unwrap(args[0]) if args else None
    params_node = sx.unwrap(args[1]) if len(args) > 1 else None
    if first is None or params_node is None or params_node.type != "array":
        return []
    if first.type not in ("string", "template_string") or any(
        c.type == "template_substitution" for c in first.children
    ):
        return []
    params = [c for c in params_node.named_children if c.type != "comment"]
    text = ctx.text(first)[1:-1]
    pairs: list[tuple[str, str]] = []
    inserted = _SQL_INSERT_COLUMNS.match(text)
    if inserted is not None:
        columns = [c.strip().strip('"`') for c in inserted.group(1).split(",")]
        values = inserted.group(2).split(",")
        if len(columns) != len(values):
            return []
        pairs = list(zip(columns, values, strict=True))
    else:
        m = _SQL_UPDATE_SET.search(text)
        for part in m.group(1).split(",") if m is not None else []:
            assigned = _SQL_ASSIGNMENT.match(part)
            if assigned is not None:
                pairs.append((assigned.group(1), assigned.group(2)))
    out: list[tuple[str, Node]] = []
    question = 0  # (the SET list or VALUES row holds the first `?`s of the statement)
    for column, value in pairs:
        slot = _SQL_PARAM.match(value)
        if slot is None:
            continue
        index = int(slot.group(2)) - 1 if slot.group(2) else question
        if slot.group(2) is None:
            question += 1
        if 0 <= index < len(params) and params[index].type != "spread_element":
            out.append((column, params[index]))
    return out


# Clerk's backend writing a user's metadata (`clerk.users.updateUserMetadata(id, { publicMetadata })`, also
# on the account it creates, `users.createUser({ publicMetadata })`)
_CLERK_USER_METADATA = re.compile(r"\busers\.(createUser|updateUser|updateUserMetadata)$")
# a role held in an account's server-set metadata, under whatever scope (`farmRole`, `org_role`, `roles`)
_METADATA_ROLE = re.compile(r"(?:^|[a-z0-9]_|[a-z0-9](?=R))(?:role|Role)s?$")


def _account_claims_from_client(ctx: FileContext, ep: EntryPoint, ev: Event) -> list[tuple[str, Node]]:
    """`supabase.auth.admin.createUser({ app_metadata: { isAdmin } })` (also `updateUserById(id, {...})`)
    with a privileged claim from the caller's input: the app metadata is what the server trusts about
    the account (its user metadata the user may edit anyway). Clerk's `publicMetadata` and
    `privateMetadata` likewise (`users.updateUserMetadata(id, { publicMetadata: { farmRole } })`), where
    any role key is a grant; not its `unsafeMetadata`, which the user's browser writes itself."""
    callee = ev.callee or ""
    clerk = bool(_CLERK_USER_METADATA.search(callee))
    if ev.node.type != "call_expression" or not (ACCOUNT_ADMIN.search(callee) or clerk):
        return []
    fields = ("publicMetadata", "privateMetadata") if clerk else ("app_metadata",)
    out: list[tuple[str, Node]] = []
    for arg in sx.call_args(ev.node):
        keys = object_keys(ctx.src, arg)
        for field in fields:
            for key, value in object_keys(ctx.src, keys.get(field)).items():
                if not (_privileged_key(key) or (clerk and _METADATA_ROLE.search(key))):
                    continue
                if not identifiers(ctx.src, value, into_functions=True) & ev.state.client:
                    continue
                # (`roles: [invite.role]` of the row the server found with the caller's token: the row's)
                if _client_derived(ctx, ep, value, helpers=True):
                    out.append((key, value))
    return out


# the argument of the auth admin API's account writes that holds the account's attributes
_ACCOUNT_ATTRIBUTES = {"updateUserById": 1, "createUser": 0}


def _account_attributes_wholesale(ctx: FileContext, ep: EntryPoint, ev: Event) -> tuple[str, Node] | None:
    """`supabase.auth.admin.updateUserById(id, patch)`, `createUser(body)` with the client's unchecked object:
    a write of every attribute it holds (its e-mail, password, `email_confirm`, the `app_metadata` claims the
    server trusts), as `data: body` is for a row. (A parsed object is judged by its schema elsewhere.)"""
    callee = ev.callee or ""
    at = _ACCOUNT_ATTRIBUTES.get(sx.last_name(callee))
    if ev.node.type != "call_expression" or at is None or not ACCOUNT_ADMIN.search(callee):
        return None
    args = sx.call_args(ev.node)
    data = sx.strip_types(args[at]) if len(args) > at else None
    if data is None or data.type not in ("identifier", "member_expression", "await_expression"):
        return None
    root = sx.root_identifier(ctx.src, data)
    if root is not None and root in ev.state.validated:
        return None
    return _wholesale(ctx, ev, data, ep)


def _privileged(ctx: FileContext, ep: EntryPoint, key: str, node: Node) -> Finding:
    return ctx.finding(
        META,
        "privileged",
        node,
        function=ep.fn,
        endpoint=endpoint(ep),
        field=key,
        value=short(ctx.text(node), 40),
        confidence=Confidence.HIGH,
    )


def _client_column(ctx: FileContext, ep: EntryPoint, ev: Event, data: Node) -> Node | None:
    """`.set({ [key]: value })` with `key` the caller's, not checked (`EDITABLE.includes(key)`, `key !==
    "bio"` -> exit): the client picks which column is written, a privileged one as well. (A fixed value
    under it, `{ [flag]: true }`, is still a column the caller picks.)"""
    if data.type != "object":
        return None
    for pair in data.named_children:
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        if key is None or key.type != "computed_property_name" or not key.named_children:
            continue
        name = sx.unwrap(key.named_children[0])
        if name is None or name.type not in ("identifier", "member_expression"):
            continue
        root = sx.root_identifier(ctx.src, name)
        if _one_of_literals(ctx, pair, name):
            continue
        if root not in ev.state.client:
            # `fields.map(async (field) => update({ data: { [field.name]: field.value } }))`: an item of
            # the client's list, named in a callback the flow does not mark
            listed = _callback_list(ctx, name, root) if root is not None else None
            if listed is None or not _client_derived(ctx, ep, listed) or _key_tested(ctx, listed, name):
                continue
            return name
        if root in ev.state.validated:
            # (`form: z.string()` in the action's schema: checked to be text, any column's name passes)
            field = _schema_field(ctx, ep, name) if name.type == "identifier" else None
            if field is None or not _free_text(*field):
                continue
        if _client_derived(ctx, ep, name):
            return name
    return None


def _client_keyed_store(ctx: FileContext, ep: EntryPoint, ev: Event, data: Node) -> Node | None:
    """`const patch = {}; patch[field] = value; update(patch)` with `field` the caller's: the same
    client-named column as `{ [field]: value }`, stored after the literal was made. Not under a test
    of the key (`if (EDITABLE.includes(field))`, `if (field === "bio")`), nor in a loop or callback
    (`for (const k of COLUMNS) patch[k] = body[k]` picks the keys itself)."""
    node = sx.strip_types(data)
    if node is None or node.type != "identifier":
        return None
    name = ctx.text(node)
    scope = _declaring_scope(ctx, ep, node)
    literal = sx.strip_types(_binding(ctx, scope, name))
    if literal is None or literal.type != "object":
        return None
    for n in sx.walk(scope):
        if n.type != "assignment_expression" or n.start_byte > ev.node.start_byte:
            continue
        left = sx.strip_types(n.child_by_field_name("left"))
        if left is None or left.type != "subscript_expression" or ctx.text(left.child_by_field_name("object")) != name:
            continue
        key = sx.unwrap(left.child_by_field_name("index"))
        if key is None or key.type not in ("identifier", "member_expression"):
            continue
        root = sx.root_identifier(ctx.src, key)
        if root is None or root not in ev.state.client or _key_guarded(ctx, n, ctx.text(key), scope):
            continue
        if root in ev.state.validated:
            # (`field: z.string()` in the action's schema: checked to be text, any column's name passes;
            # `if (!field) throw` only that it was sent)
            field = _schema_field(ctx, ep, key) if key.type == "identifier" else None
            if field is not None and not _free_text(*field):
                continue
            if field is None and _key_tested_before(ctx, scope, n, key):
                continue
        if _client_derived(ctx, ep, key):
            return key
    return None


def _key_tested_before(ctx: FileContext, scope: Node, at: Node, key: Node) -> bool:
    """Before ``at``, a test in ``scope`` compares ``key`` or hands it to a call (`EDITABLE.includes(field)`,
    `field === "bio"`, `isEditable(field)`, `switch (field)`), more than that it was sent (`!field`)."""
    text = ctx.text(key)
    for n in sx.walk(scope):
        if n.start_byte >= at.start_byte:
            break
        if n.type == "switch_statement" and text in ctx.text(n.child_by_field_name("value")):
            return True
        condition = n.child_by_field_name("condition") if n.type in ("if_statement", "ternary_expression") else None
        for t in sx.walk(condition) if condition is not None else ():
            if t.type == "call_expression" and any(ctx.text(a) == text for a in map(sx.unwrap, sx.call_args(t)) if a):
                return True
            if t.type != "binary_expression":
                continue
            sides = (t.child_by_field_name("left"), t.child_by_field_name("right"))
            op = ctx.text(t.child_by_field_name("operator"))
            # (two tests, not `in (*_EQUALITY_OPS, "in")`: mypyc cannot compile a starred tuple there)
            if (op in _EQUALITY_OPS or op == "in") and text in map(ctx.text, sides):
                return True
    return False


def _key_guarded(ctx: FileContext, node: Node, key: str, scope: Node) -> bool:
    """``node`` sits, within ``scope``, in a branch whose test names ``key``, or in a loop or callback."""
    p = node.parent
    while p is not None and p != scope:
        if sx.is_function(p) or p.type in ("for_statement", "for_in_statement", "while_statement", "do_statement"):
            return True
        if p.type in ("if_statement", "ternary_expression", "switch_statement"):
            test = p.child_by_field_name("condition") or p.child_by_field_name("value")
            if test is not None and key in ctx.text(test):
                return True
        p = p.parent
    return False


def _one_of_literals(ctx: FileContext, node: Node, name: Node) -> bool:
    """``node`` runs only where ``name`` equals one of some literals: in the branch of `if (key === "image"
    || key === "logo")`."""
    text = ctx.text(name)
    child, p = node, node.parent
    while p is not None and not sx.is_function(p):
        if p.type == "if_statement" and child == p.child_by_field_name("consequence"):
            tests = sx.disjuncts(ctx.src, p.child_by_field_name("condition"))
            if tests and all(_equals_literal(ctx, t, text) for t in tests):
                return True
        child, p = p, p.parent
    return False


def _equals_literal(ctx: FileContext, test: Node, text: str) -> bool:
    if test.type != "binary_expression" or ctx.text(test.child_by_field_name("operator")) not in ("===", "=="):
        return False
    sides = [sx.strip_types(test.child_by_field_name(f)) for f in ("left", "right")]
    return any(
        a is not None and b is not None and ctx.text(a) == text and b.type == "string" for a, b in (sides, sides[::-1])
    )


def _runs_before(call: Node, scope: Node) -> bool:
    """``call`` is a statement or a declaration's value (awaited or not) on the straight path to
    ``scope`` (the operation, or a function body): no branch, loop or callback around it."""
    p = call.parent
    while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
        p = p.parent
    if p is None or p.type not in ("expression_statement", "variable_declarator", "return_statement"):
        return False
    while p is not None and not sx.contains(p, scope) and p != scope:
        if p.type in (
            "if_statement",
            "for_statement",
            "for_in_statement",
            "while_statement",
            "do_statement",
            "switch_statement",
            "catch_clause",
            "try_statement",
        ) or sx.is_function(p):
            return False
        p = p.parent
    return p is not None


def _map_callback(ctx: FileContext, node: Node) -> tuple[Node, Node, list[Node]] | None:
    """`list.map((x) => ...)` with one arrow callback: the `list.map` member, the arrow and its parameters."""
    if node.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, node)) != "map":
        return None
    fn = sx.strip_types(node.child_by_field_name("function"))
    args = sx.call_args(node)
    if fn is None or fn.type != "member_expression" or len(args) != 1 or args[0].type != "arrow_function":
        return None
    arrow = args[0]
    single = arrow.child_by_field_name("parameter")
    formal = arrow.child_by_field_name("parameters")
    params = [single] if single is not None else list(formal.named_children) if formal is not None else []
    return fn, arrow, params


def _member_mapped(ctx: FileContext, node: Node) -> Node | None:
    """`items.map((item) => item.lesson)`, `items.map(({ lesson }) => lesson)`: each element's nested
    object (no field chosen of it) written as a row; the array mapped. (An identity map is
    `_identity_mapped`'s; a literal built per item is judged field by field elsewhere.)"""
    mapped = _map_callback(ctx, node)
    if mapped is None:
        return None
    fn, arrow, params = mapped
    if len(params) != 1:
        return None
    param = params[0]
    if param.type == "required_parameter":  # (`(item: Item) => ...`)
        param = param.child_by_field_name("pattern") or param
    body = sx.strip_types(arrow.child_by_field_name("body"))
    if body is None:
        return None
    text = ctx.text(body)
    if param.type == "identifier":
        name = ctx.text(param)
        if body.type != "member_expression" or sx.root_identifier(ctx.src, body) != name:
            return None
        # (a plain chain of names: `item.lesson`, not `item.lesson.title.trim()` nor `item[key]`)
        if not re.fullmatch(rf"{re.escape(name)}(\??\.[A-Za-z_$][\w$]*)+", text) or re.search(_SCALAR_NAME, text):
            return None
    elif param.type == "object_pattern":
        if body.type != "identifier" or text not in sx.pattern_names(ctx.src, param) or _SCALAR_NAME.search(text):
            return None
    else:
        return None
    return fn.child_by_field_name("object")


# names of single values, not objects (`item.id`, `row.title`): a list of those is no wholesale row
_SCALAR_NAME = re.compile(r"(?i)(id|ids|name|title|slug|url|email|text|label|key|count|index|position|order)$")


def _identity_mapped(ctx: FileContext, node: Node) -> Node | None:
    """`rows.map((r: Row) => r)`: each element handed on as it is (no field chosen); the array mapped."""
    mapped = _map_callback(ctx, node)
    if mapped is None:
        return None
    fn, arrow, params = mapped
    names = [n for p in params for n in sx.pattern_names(ctx.src, p)]
    body = sx.strip_types(arrow.child_by_field_name("body"))
    if body is not None and body.type == "statement_block" and len(body.named_children) == 1:
        ret = body.named_children[0]
        body = sx.strip_types(ret.named_children[0]) if ret.type == "return_statement" and ret.named_children else None
    if len(names) != 1 or body is None or body.type != "identifier" or ctx.text(body) != names[0]:
        return None
    return fn.child_by_field_name("object")


def _nested_grant(ctx: FileContext, ep: EntryPoint, ev: Event, given: Node) -> tuple[str, Node] | None:
    """A privileged field of a related row created in the write (`memberships: { create: { role:
    parsed.data.role } }`) set from the client's input: granted as surely as on the row itself, and so is
    its owner (`{ create: { userId } }`). A `role` counts on a membership relation (elsewhere it may be a
    job title)."""
    row = sx.strip_types(given)
    holder = row.parent.parent if row is not None and row.parent is not None else None  # `{ create: row }`
    relation = holder.parent if holder is not None else None  # `memberships: { create: row }`
    if row is None or row.type != "object" or relation is None or relation.type != "pair":
        return None
    related = ctx.text(relation.child_by_field_name("key"))
    for key, value in object_keys(ctx.src, row).items():
        # (the related row's owner too: `memberships: { create: { userId, role: "owner" } }`)
        owner = key in _OWNER_KEYS
        if (key not in vocab.PRIVILEGED_FIELDS and not owner) or (
            key == "role" and not _MEMBERSHIP_MODEL.search(related)
        ):
            continue
        if identifiers(ctx.src, value, into_functions=True) & ev.state.client and _client_derived(ctx, ep, value):
            return key, value
    return None


def _nested_schema_role(ctx: FileContext, ep: EntryPoint, ev: Event, data: Node) -> tuple[str, Node] | None:
    """A related row's column whose schema enum names an administrator, set from the client's input
    through a relation field (`account.update({ data: { staff: { create: { grade: input.grade } } } })`,
    `enum Grade { admin teller }`): whatever the column is called, a role granted on that row."""
    assert ev.op is not None
    for _, column, value in nested_role_columns(ctx.analyzer.program, ctx.module, ev.op.model or "", data):
        if identifiers(ctx.src, value, into_functions=True) & ev.state.client and _client_derived(ctx, ep, value):
            return column, value
    return None


def _nested_rows(ctx: FileContext, data: Node) -> Iterator[tuple[Node, Node]]:
    """(rows, anchor) of Prisma nested creates in a write's data (`images: { createMany: { data: [...] } }`,
    `tags: { create: tags }`): the related rows are written like the record itself. Array elements
    and spreads stand for their rows; an identity map for the array it maps."""
    for pair in sx.find(data, ("pair",), into_functions=False):
        key = ctx.text(pair.child_by_field_name("key"))
        value = sx.strip_types(pair.child_by_field_name("value"))
        holder = pair.parent.parent if pair.parent is not None else None
        if value is None or holder is None or holder.type != "pair":
            continue  # a relation field's `{ create: ... }`, not a column named `create`
        if key == "createMany" and value.type == "object":
            value = sx.strip_types(object_keys(ctx.src, value).get("data"))
        elif key != "create":
            continue
        for item in value.named_children if value is not None and value.type == "array" else [value]:
            anchor = item
            if item is not None and item.type == "spread_element":
                item = sx.strip_types(item.named_children[0]) if item.named_children else None
            if item is not None:
                yield _identity_mapped(ctx, item) or item, anchor or item


def _writing_helper(
    ctx: FileContext, ev: Event, signed_in: bool = False
) -> tuple[Function, Summary, dict[str, int]] | None:
    """The project helper an event's call runs, its summary and its plain parameters by position, unless
    it checks who calls it (`updateMemberRole` asking for an owner or admin: judged by its own check).
    With ``signed_in``, a helper that only signs the caller in is judged too (a session says nothing of
    the columns a client object names)."""
    if ev.node.type != "call_expression":
        return None
    target = ctx.analyzer.target(ctx.module, ev.node)
    if target is None or target.body is None:
        return None
    summary = ctx.analyzer.summary(target)
    if summary.role or summary.owner or (summary.enforces_auth and not signed_in):
        return None
    params: dict[str, int] = {}
    for i, p in enumerate(target.param_nodes()):
        pattern = p.child_by_field_name("pattern") or p
        if pattern.type == "identifier":
            params[target.module.text(pattern)] = i
    return target, summary, params


def _helper_privileged(ctx: FileContext, ep: EntryPoint, ev: Event) -> tuple[str, Node] | None:
    """`await saveUserType(supabase, user.id, parsedInput.type)`, the project helper writing
    `{ user_type: type }` with its parameter: a privileged field (or a column whose schema enum names
    an admin or owner) set from the client's value through the helper. One level deep; owner ids
    are left to missing-authorization."""
    assert ev.op is not None
    program = ctx.analyzer.program
    args = sx.call_args(ev.node)
    for target, params, op, key, value in _helper_written_columns(ctx, ev):
        tsrc = target.module.src
        held = sx.strip_types(value)
        if held is None or held.type not in ("identifier", "shorthand_property_identifier"):
            continue
        index = params.get(sx.text(tsrc, held))
        if index is None or index >= len(args):
            continue
        if key not in vocab.PRIVILEGED_FIELDS and not role_column(program, target.module, op.api, op.model, key):
            continue
        arg = args[index]
        if identifiers(ctx.src, arg, into_functions=True) & ev.state.client and _client_derived(ctx, ep, arg):
            return key, arg
    return None


def _helper_written_columns(ctx: FileContext, ev: Event) -> Iterator[tuple[Function, dict[str, int], DbOp, str, Node]]:
    """Each column the project helper an event's call runs sets in its own unguarded writes: the helper,
    its parameters by position, the write and the column's key and value (in the helper's source)."""
    helper = _writing_helper(ctx, ev)
    if helper is None:
        return
    target, summary, params = helper
    for op in summary.ops:
        if op.kind != "write" or op.api == "helper" or op.guarded:
            continue
        for data in op.data:
            for key, value in object_keys(target.module.src, data).items():
                yield target, params, op, key, value


def _helper_money_moved(ctx: FileContext, ep: EntryPoint, ev: Event) -> tuple[str, Node] | None:
    """`await adjustCredit(m.id, -(priceCents * qty), "purchase")`, the project helper moving an account's
    balance by its parameter (`creditCents: sql` over `${members.creditCents} + ${amountCents}`, Prisma's `{
    increment: amountCents }`) or setting it to it: the client's own unchecked number moves the balance
    through the helper, as `{ increment: body.amount }` does directly (`_set_to_client_amount`). One level
    deep; a schema-checked amount or one the server worked out is the feature's."""
    program = ctx.analyzer.program
    args = sx.call_args(ev.node)
    for target, params, op, key, value in _helper_written_columns(ctx, ev):
        if not _balance_key(program, key, op.model or ""):
            continue
        index = _moved_by_param(target.module.src, key, value, params)
        if index is not None and index < len(args) and _unchecked_client_amount(ctx, ep, ev, args[index]):
            return key, args[index]
    return None


def _balance_key(program: Program, key: str, model: str) -> bool:
    """``key`` holds an account's money: `credits`, `balance`, `creditCents`, `walletCents` over `wallet_cents`."""
    if _money_column(key, model, program):
        return True
    money = bool(_MONEY_WORDS.search(key)) and not _money_notice(key)
    return money and (key in vocab.PRIVILEGED_FIELDS or _held_money(key, model, program))


def _moved_by_param(src: bytes, key: str, value: Node, params: dict[str, int]) -> int | None:
    """The position of the helper parameter a written money value is, or steps the stored balance by: `amount`,
    `{ increment: amount }`, drizzle's `sql` template over `${members.creditCents} + ${amount}`; else None."""
    node = sx.strip_types(value)
    if node is not None and node.type == "object":
        steps = object_keys(src, node)
        step = next((steps[k] for k in ("increment", "decrement", "set") if k in steps), None)
        node = sx.strip_types(step) if len(steps) == 1 else None
    if node is not None and node.type == "call_expression" and sx.callee_name(src, node) == "sql":
        template = node.child_by_field_name("arguments")
        subs = [
            sx.strip_types(c.named_children[0])
            for c in (template.named_children if template is not None and template.type == "template_string" else [])
            if c.type == "template_substitution" and c.named_children
        ]
        # (the stored column itself among them: the balance moved by the parameter, not replaced)
        if not any(
            n is not None and n.type == "member_expression" and sx.text(src, n).endswith("." + key) for n in subs
        ):
            return None
        found = [
            params[sx.text(src, n)]
            for n in subs
            if n is not None and n.type == "identifier" and sx.text(src, n) in params
        ]
        return found[0] if len(found) == 1 else None
    if node is not None and node.type in ("identifier", "shorthand_property_identifier"):
        return params.get(sx.text(src, node))
    return None


# how an amount is worked out of the numbers it is made of
_AMOUNT_PARTS = frozenset(
    {"identifier", "member_expression", "number", "unary_expression", "binary_expression", "parenthesized_expression"}
)


def _unchecked_client_amount(ctx: FileContext, ep: EntryPoint, ev: Event, arg: Node) -> bool:
    """``arg`` is worked out of the client's own unchecked numbers alone (`-(priceCents * qty)` of the request's
    body): no schema-checked value, nothing the server read (`item.priceCents`), no call."""
    node = sx.strip_types(arg)
    if node is None or any(
        n.type not in _AMOUNT_PARTS for n in sx.walk(node) if n.is_named and n.type != "property_identifier"
    ):
        return False
    roots = {
        sx.root_identifier(ctx.src, n) if n.type == "member_expression" else ctx.text(n)
        for n in sx.walk(node)
        if n.type in ("identifier", "member_expression")
        and not (
            n.parent is not None
            and n.parent.type == "member_expression"
            and n.parent.child_by_field_name("object") == n
        )
    }
    roots.discard(None)
    own = ev.state.session | ev.state.fetched | ev.state.validated
    return bool(roots) and roots <= ev.state.client and not roots & own and _client_derived(ctx, ep, node)


def _raw_request_body(ctx: FileContext, ep: EntryPoint, arg: Node) -> bool:
    """`body` of `const body = await request.json()` (or `req.body` itself): the request's body as it came."""
    held = sx.unwrap(arg)
    if held is None:
        return False
    if held.type == "member_expression":
        return ctx.text(held).endswith(".body") and sx.root_identifier(ctx.src, held) in ep.input_params
    return raw_body_local(ctx.src, ep.fn.node, held)


def _rest_of_params(target: Function, params: dict[str, int]) -> dict[str, int]:
    """`const { tagIds, ...rest } = input` in the helper's body: `rest` is its parameter `input` less a few
    keys, every other key the caller's (by the parameter's position)."""
    src = target.module.src
    out: dict[str, int] = {}
    for decl in sx.find(target.node, ("variable_declarator",), into_functions=False):
        pattern, value = decl.child_by_field_name("name"), sx.unwrap(decl.child_by_field_name("value"))
        if pattern is None or pattern.type != "object_pattern" or value is None or value.type != "identifier":
            continue
        index = params.get(sx.text(src, value))
        if index is None:
            continue
        for part in pattern.named_children:
            if part.type == "rest_pattern" and part.named_children:
                out[sx.text(src, part.named_children[0])] = index
    return out


def _destructured_params(target: Function) -> dict[str, tuple[int, str]]:
    """The names a helper's object-pattern parameters bind, each with its position and key
    (`(slug, { enrollment, note: text })`: `enrollment` -> (1, "enrollment"), `text` -> (1, "note"))."""
    src = target.module.src
    out: dict[str, tuple[int, str]] = {}
    for i, p in enumerate(target.param_nodes()):
        pattern = p.child_by_field_name("pattern") or p
        if pattern.type != "object_pattern":
            continue
        for part in pattern.named_children:
            if part.type == "shorthand_property_identifier_pattern":
                out[sx.text(src, part)] = (i, sx.text(src, part))
            elif part.type == "pair_pattern":
                key, value = part.child_by_field_name("key"), part.child_by_field_name("value")
                if key is not None and value is not None and value.type == "identifier":
                    out[sx.text(src, value)] = (i, sx.text(src, key))
    return out


def _helper_wholesale(ctx: FileContext, ep: EntryPoint, ev: Event) -> tuple[str, Node] | None:
    """`await updateNotice(id, patch)` with `patch = await req.json()`, the project helper writing its
    parameter as the row (`knex("notices").where(...).update(patch)`, `data: patch`, `{ ...patch, id }`):
    the client's object written wholesale through the helper. One level deep; a helper that checks who
    calls it, or picks or parses fields of the parameter, is judged by what it writes."""
    for choice in _helper_written_args(ctx, ep, ev):
        found = _wholesale(ctx, ev, choice, ep)
        if found is not None:
            return found
    return None


def _helper_client_column(ctx: FileContext, ep: EntryPoint, ev: Event) -> tuple[Node, Node] | None:
    """`await patchLead(id, { [column]: value })` with `column` the caller's, the helper writing that
    parameter as the row (`.set(changes)`): the client names the column through the helper, as on a
    direct `.set({ [column]: value })`. The key, and the object handed over to anchor on."""
    for choice in _helper_written_args(ctx, ep, ev):
        column = _client_column(ctx, ep, ev, choice)
        if column is not None:
            return column, choice
    return None


def _helper_written_args(ctx: FileContext, ep: EntryPoint, ev: Event) -> Iterator[Node]:
    """The values (each choice of a literal behind a local) the entry point hands a project helper that
    writes the parameter they fill as the row, or spreads it into the row."""
    helper = _writing_helper(ctx, ev, signed_in=True)
    if helper is None:
        return
    target, summary, params = helper
    args = sx.call_args(ev.node)
    tsrc = target.module.src
    rests = _rest_of_params(target, params)
    fields = _destructured_params(target)
    for op in summary.ops:
        # (a write past the helper's own sign-in counts: the session says nothing of the object's keys)
        if op.kind != "write" or op.api == "helper" or op.api == "sql":
            continue
        for data in op.data:
            held = sx.strip_types(data)
            if held is None:
                continue
            rows: list[Node | None] = [held] if held.type == "identifier" else []
            if held.type == "object":
                rows = [
                    sx.strip_types(c.named_children[0])
                    for c in held.named_children
                    if c.type == "spread_element" and c.named_children
                ]
            for row in rows:
                if row is None or row.type != "identifier":
                    continue
                field = fields.get(sx.text(tsrc, row))
                if field is not None and field[0] < len(args):
                    # `helper(slug, { enrollment })` to `(slug, { enrollment }: {...})`: the object's own key
                    value = object_keys(ctx.src, args[field[0]]).get(field[1])
                    if value is not None:
                        yield from _choices(_literal_behind(ctx, ep, value, gated=ev.state.role))
                    continue
                index = params.get(sx.text(tsrc, row), rests.get(sx.text(tsrc, row)))
                if index is None or index >= len(args) or args[index].type == "spread_element":
                    continue
                if sx.text(tsrc, row) not in params and not _raw_request_body(ctx, ep, args[index]):
                    # (the rest of a value the caller built, a parse handed through a project helper's
                    # checks, `processLink({ payload })`, is judged where it is built, not here)
                    continue
                # (a local the caller built field by field, `{ user_id: user.id, note: input.note }`, is
                # judged as that literal, as on a direct write)
                behind = _literal_behind(ctx, ep, args[index], gated=ev.state.role)
                yield from _choices(behind)


def _better_auth_mounted(ctx: FileContext) -> bool:
    """A route of the project serves a better-auth instance (`export const { GET, POST } =
    toNextJsHandler(auth)`): its sign-up and update-user endpoints are public routes."""
    program = ctx.analyzer.program

    def mounted() -> bool:
        return any(
            ("/route." in path or "pages/api/" in path) and b"toNextJsHandler" in data
            for path, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b"better-auth")
        )

    return tree_fact(program.tree, "better-auth-mounted", mounted)


def _open_additional_fields(ctx: FileContext) -> Iterator[tuple[str, Node]]:
    """The privileged `user.additionalFields` of a `betterAuth({...})` config that better-auth accepts from
    the request (no `input: false`), with the key they are declared under. A field the config's
    `databaseHooks` name is left out: a hook that sets it replaces what the request sent."""
    if b"additionalFields" not in ctx.src or b"betterAuth" not in ctx.src:
        return
    for call in sx.find(ctx.module.parsed.root, ("call_expression",)):
        if sx.last_name(sx.callee_name(ctx.src, call)) != "betterAuth" or ctx.analyzer.program.import_source(
            ctx.module, "betterAuth"
        ) not in ("better-auth", "better-auth/minimal"):
            continue
        args = sx.call_args(call)
        config = object_keys(ctx.src, sx.strip_types(args[0]) if args else None)
        user = object_keys(ctx.src, sx.strip_types(config.get("user")))
        fields = sx.strip_types(user.get("additionalFields"))
        hooks = config.get("databaseHooks")
        hooked = set(re.findall(r"\w+", ctx.text(hooks))) if hooks is not None else set()
        for key, value in object_keys(ctx.src, fields).items():
            options = sx.strip_types(value)
            if not _privileged_key(key) or key in hooked or options is None or options.type != "object":
                continue
            given = sx.strip_types(object_keys(ctx.src, options).get("input"))
            if given is not None and given.type != "true":
                continue  # (`input: false`, or a value worked out elsewhere: not known to let it in)
            pair = options.parent
            named = pair.child_by_field_name("key") if pair is not None and pair.type == "pair" else None
            yield key, named or options


def check(ctx: FileContext) -> Iterator[Finding]:
    src = ctx.src
    if b"additionalFields" in src and _better_auth_mounted(ctx):
        for key, node in _open_additional_fields(ctx):
            yield ctx.finding(META, "signup_field", node, field=key, confidence=Confidence.HIGH)
    customer_keys: dict[int, bool] = {}  # `_customer_key`, per entry point, on first need
    for ep in ctx.entry_points:
        clerk_gate: bool | None = None  # `clerk_org_role_gated`, on first need
        for ev in ctx.flow(ep).events:
            if ev.state.role and ev.kind in ("store", "db"):
                if clerk_gate is None:
                    clerk_gate = clerk_org_role_gated(ctx.analyzer, ep)
                if clerk_gate:
                    # (Clerk's organisation role, `orgRole !== "org:admin"`: a standing in the caller's
                    # active organisation, which pays for no privileged field here, as before pass 31)
                    unroled = ev.state.copy()
                    unroled.role = False
                    ev = replace(ev, state=unroled)
            # (a signature-verified webhook's payload is the provider's, not a user's: as for database writes)
            webhook = ev.state.auth == "secret" and ep.kind in ("route", "pages-api") and not ep.secret_gate
            if ev.kind == "store" and not ev.state.role and not webhook:
                for claim, claim_value in _account_claims_from_client(ctx, ep, ev):
                    yield _privileged(ctx, ep, claim, claim_value)
            if ev.kind == "store" and not webhook and (whole_account := _account_attributes_wholesale(ctx, ep, ev)):
                # (past an administrator gate too: the gate says who may edit accounts, not which attributes)
                yield ctx.finding(
                    META,
                    "wholesale",
                    whole_account[1],
                    function=ep.fn,
                    endpoint=endpoint(ep),
                    value=_quoted(whole_account[0]),
                )
            # (an audit-trail row written with the ORM, `prisma.auditLog.create`, is a write too: its actor)
            if ev.kind not in ("db", "trail") or ev.op is None or ev.op.kind != "write":
                continue
            if ev.op.api == "helper":
                gated = ev.state.role or ep.filled_role or _manager_gate_before(ctx, ep, ev)
                through = None if gated else _helper_privileged(ctx, ep, ev)
                if through is None and not gated and not webhook:
                    through = _helper_money_moved(ctx, ep, ev)
                if through is not None:
                    yield _privileged(ctx, ep, *through)
                    continue
                whole = _helper_wholesale(ctx, ep, ev)
                if whole is not None and gated and _admits_privileged_only(whole[0]):
                    whole = None  # (a role-gated write of a parse admitting a privileged field: the feature)
                if whole is not None:
                    yield ctx.finding(
                        META, "wholesale", whole[1], function=ep.fn, endpoint=endpoint(ep), value=_quoted(whole[0])
                    )
                    continue
                named = _helper_client_column(ctx, ep, ev)
                if named is not None:
                    yield ctx.finding(
                        META,
                        "column",
                        named[1],
                        function=ep.fn,
                        endpoint=endpoint(ep),
                        value=short(ctx.text(named[0]), 40),
                        confidence=Confidence.HIGH,
                    )
                continue
            if ev.op.api == "better-auth" and ev.state.role:
                # better-auth handed the request's headers checks that the caller may make this member
                # or user change with these values (a role they may grant, a user of their organization)
                continue
            if (
                ev.state.auth == "secret"
                and ep.kind in ("route", "pages-api")
                and not ep.secret_gate
                and not _customer_key(ctx, ep, customer_keys)
            ):
                # a signature-verified webhook: the body comes from the provider, not a user (an action
                # that compares an invite token still writes what the visitor sent; a token a wrapper
                # checks says who may call, not that the body is a provider's own)
                continue
            reported = False
            # an admin (role-checked) setting a role or plan, or filing a record under a user, is the
            # feature itself; a permission check on the parent record (`canEditNote`) does not let the
            # caller name another author
            # (also a wrapper's test of the caller's role in its own tenant: `withRole(["OWNER"], ...)`)
            gated = ev.state.role or ep.filled_role or _manager_gate_before(ctx, ep, ev)
            team_gate: bool | None = None  # (worked out on first need)
            keyed: list[Node] = []
            for written in (
                ev.op.data
                or _postgres_helper_rows(ctx, ev)
                or _mysql_object_rows(ctx, ev)
                or (keyed := _keyed_sql_rows(ctx, ep, ev))
            ):
                helper_built = _helper_built(ctx, ep, written)
                if helper_built is not None:
                    key = helper_built
                    if key and not gated and not _descriptive_role(ctx, ep, ev, key, None):
                        yield _privileged(ctx, ep, key, written)
                        break
                    continue
                pushed = _pushed_literals(ctx, ep, written)
                behind = pushed[0] if pushed else _literal_behind(ctx, ep, written, gated=gated)
                for data in pushed or _server_built_rows(ctx, behind) or _choices(behind):
                    found = _wholesale(ctx, ev, data, ep)
                    if (
                        found is not None
                        and gated
                        and _admits_privileged_only(found[0])
                        and not _owner_or_role_gate_only(ctx, ep, ev, _admitted(found[0]))
                        and not _self_promotion(ctx, ev, _admitted(found[0]))
                    ):
                        found = None  # (a role-gated write of a parse admitting a privileged field: the feature)
                    if found is not None and _pay_rate_of_a_new_record(ctx, ev, data, found[0]):
                        found = None  # (an employer filing someone's new record enters what it pays them)
                    if found is not None and gated and _files_for_named_party(ctx, ev, found[0]):
                        found = None  # (an administrator filing a new record for the person it names)
                    if found is not None:
                        value, node = found
                        node = node if behind is written else written  # anchor on the write, not the literal
                        if written in keyed:
                            node = ev.node  # (the object whose keys a SET list built up above names)
                        yield ctx.finding(
                            META, "wholesale", node, function=ep.fn, endpoint=endpoint(ep), value=_quoted(value)
                        )
                        reported = True
                        break
                    overridden = _overridden_server_key(ctx, ev, data)
                    if overridden is not None:
                        yield _privileged(ctx, ep, *overridden)
                        reported = True
                        break
                    column = _client_column(ctx, ep, ev, data)
                    stored = None if column is not None else _client_keyed_store(ctx, ep, ev, written)
                    if stored is not None:
                        column = stored
                    if column is not None:
                        yield ctx.finding(
                            META,
                            "column",
                            column if stored is None else written,  # (a stored key: anchored on the write)
                            function=ep.fn,
                            endpoint=endpoint(ep),
                            value=short(ctx.text(column), 40),
                            confidence=Confidence.HIGH,
                        )
                        reported = True
                        break
                    # each privileged field the client sets is its own finding, on its own line: fixing the
                    # first (`userId` from the session) leaves the second (`role: body.role`) open
                    for written_key, value_node in _keys_written(src, data).items():
                        amount = _set_to_client_amount(ctx, ep, ev, written_key, value_node)
                        if amount and gated and team_gate is None:
                            # (a role on the very record written, its owner's seat, pays for no balance either)
                            team_gate = _team_gate(ctx, ep, ev)
                        if amount and (not gated or team_gate):
                            yield _privileged(ctx, ep, written_key, value_node)
                            reported = True
                            continue
                        # (`UserID`, `OwnerId`: the owner column of a PascalCase schema)
                        # (`Answer.create({ author })`, `author` a schema's ObjectId: the owner's id itself,
                        # reported under its own name)
                        stored_ref = (
                            mongoose_owner_ref(ctx.analyzer.program, ev.op.model, written_key)
                            if ev.op.api == "mongoose"
                            else None
                        )
                        key = (
                            owner_relation(ctx.src, written_key, value_node)
                            or stored_ref
                            or _OWNER_CASE.get(written_key.lower(), written_key)
                        )
                        if key != written_key:
                            # (`user: { connect: { id: parsed.userId } }`: judged by the id it is connected by)
                            value_node = connected_value(ctx.src, value_node) or value_node
                        owners = _owner_keys(ctx)
                        if key not in owners and _session_defaulted_principal(ctx, ep, key, value_node):
                            owners = owners | {
                                key
                            }  # (`driverId` of `providedDriverId ?? (await requireDriver()).driverId`)
                        if key == "id" and _PROFILE_TABLE.match(ev.op.model) and ev.op.verb in _NEW_ROW_VERBS:
                            # (`from("profiles").insert({ id: body.userId, plan: "pro" })`: a profile's own
                            # id is its account's user id, so whoever picks it picks the account)
                            owners = owners | {key}
                        if key in owners and ev.op.api == "prisma" and _end_user_label(ctx, ev, key):
                            continue
                        if key in owners and (
                            # (`tutorId: id` beside `studentId: user.id`: the other party of the caller's row)
                            (
                                key not in _OWNER_KEYS
                                and data.type == "object"
                                and _filed_under_caller(
                                    ctx, data.named_children, ev.state.session | ev.state.fetched, written_key
                                )
                            )
                            or _link_row(ctx, ev, data, written_key)
                            or _audit_subject(ctx, ev, data, written_key)
                            or _subject_notice(ctx, ep, ev, value_node)
                            or addressed_notice(ctx.flow(ep).events, ev, written_key)
                            or _handed_over(ctx, ev, written_key, value_node)
                            or _holder_transfers(ctx, ep, ev, written_key, value_node)
                            or _guarded_hand_over(ctx, ep, ev, written_key, value_node)
                            or _vetted_in_callers_tenant(ctx, ep, ev, written_key, value_node)
                        ):
                            continue
                        claimed = ev.state.auth is None and (
                            key in _IDENTITY_FIELDS or _party_claimed(ctx, key, value_node)
                        )
                        # (a credit limit, like `credits`, whatever bound its schema puts on the number; a plan tier)
                        admin_flag = bool(
                            _ADMIN_FLAG.match(key)
                            or _STAFF_FLAG.match(key)
                            or _CREDIT_LIMIT.search(key)
                            or _PLAN_COMPOUND.match(key)
                            or _HOLDER_ROLE.match(key)
                            or _PAID_UNTIL.match(key)
                            or _credits_compound(ctx, ev, key)
                        )
                        if (
                            key not in vocab.PRIVILEGED_FIELDS
                            and not admin_flag
                            and key not in owners
                            and not claimed
                            # (`employeeType`, `user_type`: a column whose schema enum names an admin or owner)
                            and not role_column(ctx.analyzer.program, ctx.module, ev.op.api, ev.op.model, written_key)
                        ):
                            continue
                        # (an owner id behind a permission check on the record stays the client's choice;
                        # behind the role gate of the entry point's own wrapper, `withAdmin(...)`, it is
                        # the admin's to set, as a role is)
                        # (the gate licenses no holder to pick their own role: `_self_promotion`)
                        # (and behind an exit in the body unless the caller holds a named role: `if
                        # (ctx.user.role !== Role.Admin) throw`, a role test, not a check of the record)
                        if (
                            gated
                            and (
                                key not in owners
                                or not ev.state.owner
                                or ep.role_checked
                                or _named_role_exit_before(ctx, ep, ev)
                            )
                            and not _self_promotion(ctx, ev, key)
                        ):
                            if not (_PAID_KEY.search(key) or _PLAN_COMPOUND.match(key)):
                                continue
                            # the owner of the org being written setting its `plan`: a team role pays for nothing
                            if team_gate is None:
                                team_gate = _team_gate(ctx, ep, ev)
                            if not team_gate:
                                continue
                        if _team_role_key(key) and (
                            _team_role_gate_before(ctx, ep, ev) or _seat_role_test_before(ctx, ep, ev)
                        ):
                            continue
                        refs = identifiers(src, value_node, into_functions=True)
                        if key == "stripeCustomerId" and "customer" in ev.op.model.lower():
                            continue  # the customer record's own provider id, not a privilege of the caller
                        if _descriptive_role(ctx, ep, ev, key, value_node) or _plan_text(ctx, ep, ev, key, value_node):
                            continue
                        if key == "subscription" and _push_subscription(ctx, ep, ev, data):
                            continue  # a browser's Web Push endpoint and keys: where to notify, not a plan
                        if _text_around_checked_numbers(ctx, ev, value_node):
                            continue  # `` plan: `trial+${input.days}` `` with `days: z.number().int().max(90)`
                        if key in owners and _pinned(ctx, ep, ev, value_node):
                            continue  # `if (userId !== session.user.id) return` before: the caller's own id
                        if key in owners and server_key_of_parsed(src, ep.fn.node, value_node, ev.state.client):
                            continue  # `createdByUserId: userId` set by the server in the object a schema parsed
                        if key in owners and guards.signed_in_by_secret(ctx.src, ep.fn.node, ev.node, value_node):
                            continue  # the member's own PIN checked first: a sign-in, the id is the caller's
                        if refs & ev.state.client and (
                            # (also through a helper checking the field's type: still the value the client picked)
                            _client_derived(ctx, ep, value_node, checked=key in owners)
                            or (
                                key in owners and not ev.state.role and _reassigned_from_client(ctx, ep, ev, value_node)
                            )
                            or (
                                (key in vocab.PRIVILEGED_FIELDS or admin_flag)
                                and _client_picks_grant(ctx, ep, ev, value_node)
                            )
                        ):
                            yield _privileged(
                                ctx,
                                ep,
                                written_key if stored_ref or key == _OWNER_CASE.get(written_key.lower()) else key,
                                value_node,
                            )
                            reported = True
                    if reported:
                        break
                if reported:
                    break
            # (an owner column behind a permission check on the record stays the client's choice, as below)
            owner_open = not gated or (ev.state.owner and not ep.role_checked)
            if not reported and ev.op.api == "sql" and owner_open:
                # `sql\`UPDATE accounts SET credits = credits + ${n} ...\``: bound safely, still written
                # (`INSERT INTO posts (team_id, author_id, body) VALUES ($1, $2, $3)` with the author from the
                # form: the owner column of a new row, filled by position, as `authorId: ...` would be)
                first = next(iter(sx.call_args(ev.op.call)), None)
                inserts = first is not None and _SQL_INSERT_COLUMNS.match(ctx.text(first)[1:-1]) is not None
                for set_column, set_value in _sql_set_columns(ctx, ev.op):
                    owner = inserts and _OWNER_CASE.get(set_column.lower().strip('"`'), "") in _OWNER_KEYS
                    if (
                        ((set_column.lower().replace("_", "") in _PRIVILEGED_FOLDED and not gated) or owner)
                        and identifiers(src, set_value, into_functions=True) & ev.state.client
                        and _client_derived(ctx, ep, set_value)
                        and not (owner and _pinned(ctx, ep, ev, set_value))
                    ):
                        yield _privileged(ctx, ep, set_column, set_value)
                        reported = True
                        break
            if reported or ev.op.api != "prisma":
                continue
            for written in ev.op.data:
                for rows, anchor in _nested_rows(ctx, written):
                    # (`activities: { create: entries }`, `entries` a list the server pushed literals into:
                    # each literal judged by its fields)
                    pushed = _pushed_literals(ctx, ep, rows)
                    # (`items: { create: items }`, `items` mapped one by one into literals the server wrote
                    # field by field, `products.map((p) => ({ quantity: p.quantity, ... }))`: the literal judged)
                    behind = _literal_behind(ctx, ep, rows) if not pushed else rows
                    found = None
                    for each in pushed or [behind if behind is not rows and behind.type == "object" else rows]:
                        found = _wholesale(ctx, ev, each, ep)
                        if found is not None:
                            break
                    if found is not None:
                        # (a spread inside the nested create's own literal: on its line, as in the write's data)
                        at = found[1] if behind is rows and not pushed and sx.contains(anchor, found[1]) else anchor
                        yield ctx.finding(
                            META, "wholesale", at, function=ep.fn, endpoint=endpoint(ep), value=_quoted(found[0])
                        )
                        reported = True
                        break
                    nested = None if gated else _nested_grant(ctx, ep, ev, rows)
                    if nested is not None:
                        yield _privileged(ctx, ep, *nested)
                        reported = True
                        break
                if reported:
                    break
                schema_role = None if gated else _nested_schema_role(ctx, ep, ev, written)
                if schema_role is not None:
                    yield _privileged(ctx, ep, *schema_role)
                    reported = True
                    break
