r"""Signed-in user acts on a resource chosen by the client without an ownership check.

## What it does
Flags an authenticated endpoint that reads private data or changes a resource selected
by a client-controlled identifier (parameter, FormData field, route or search param,
body field) when the query is not constrained by the session user
(`where: { id, userId: session.user.id }`, `AND user_id = $2`) and no ownership or role
check comes first (load the record, compare its owner with the session user, 403).
Also flags an owner id written from client input (`authorId: formData.get("userId")`, also under the key a session
helper answers the caller's id under, `volunteerId` of `return { volunteerId: session.user.id }`); the
author or owner of a new row, and who last edited a row (`updatedBy`), is flagged even after an
ownership check on its parent, also in rows built before the write (`const rows = items.map((t) =>
({ accountId, ... }))`, an array of literals). Rows built from the id and the session user (`chunks.map((c) =>
({ file_id: fileId, user_id: profile.user_id }))`) are data, not an ownership check of the record
the id selects. Files changed in an object store under a tenant or owner folder the client names
(`deleteFile(`${params.repositoryId}/${name}`)`, a presigned upload into `${body.orgId}/...`), also through
project helpers, are that tenant's: flagged with no role or ownership check first and no session value in
the key. Firestore documents (`.collection("c").doc(id).update(x)`, also a reference held in a local,
`ref.set(x)`, handed to a batch or transaction, `batch.set(ref, x)`, or to the modular SDK, `updateDoc(doc(db,
"c", id), x)`) and TypeORM
repositories (`repo.delete({ id })`, `repo.update(criteria, patch)`) are queries like any other; a
`/jobs/` route that reads a user's session is checked too (only job runners, with no user, are exempt).
A route factory that checks the caller, then hands each method Next's route context as it came
(`m(req, holder, ctx)`), leaves `ctx.params` the URL's values, the client's, whatever the parameter is called.
An id split off the input after its check (`const { fleetId, ...settings } = parsedInput` past
`isFleetAdmin(uid, parsedInput.fleetId)`) is the id checked. A check of one id does not cover another read off
the same object: the caller owning the store
`params.storeId` says nothing of the billboard `params.billboardId` a write picks alone, and a
presence test (`if (!params.billboardId) return 400`) checks nobody's rights.
In raw SQL only values that pick rows count: one written by `SET status = '${status}'`, a sort order
(`ORDER BY ${sort}`) or a page size (`"... LIMIT " + n` too, a query builder's `.offset(page * 50)`) chooses
no record (sql-injection's concern, not this rule's). A record read by a client id alone and duplicated into the
caller's own tenant
(`create({ data: { ...src, tenantId: viewer.tenantId } })`) is a private read like one sent back.
A role asked inline of a project helper handed only the session's own tenant (`await requireMembership(ctx.orgId,
["owner"])`) is such a standing too: a new row it files under a tenant-owned parent the client names (`depot_id`
of a query builder's insert, a Prisma relation's key) is flagged unless that parent was looked up or checked.
A project helper whose raw SQL read filters an owner or tenant column by the parameter the caller hands a client
value (`depotRevenue(companyId, from)` with `WHERE company_id = '" + companyId + "'`) reads that tenant's rows, as
the query written inline does; a value that only sorts or bounds the rows picks none.
So does a helper whose drizzle or Prisma read filters the tenant column by such a parameter
(`columnsOf({ organizationId: params.organizationId })` with `eq(t.organizationId, organizationId)`); a client
value that only filters a kind, beside the session's own tenant, picks no one else's rows. So does a report
builder handed an options object it unpacks in its body (`buildDigest({ orgId, from, requestedBy: user.email })`)
whose own fetch helpers filter a Supabase read by it (`.eq("org_id", orgId)`): a session value it only files in
the result picks nothing.
A Prisma filter object filled in key by key before the query (`const where: any = {}; if (userId) where.userId =
userId`) is read as the same keys written inline: an id assigned into it picks the rows; a bound or a search term
does not.
A new row filed under an owner the client names (`leaveDay.create({ data: { teamId } })`) is reported on its own;
a change of an existing record of another model the same handler then picks by a client id is a second finding.
An ORM owner relation set from an owner-id field (`owner: data.ownerId`, MikroORM / TypeORM) is judged as that
field.
A project gate whose role test its own parameter switches on (`requireStaff(minRole = "agent")` throwing when
`minRole === "lead" && role !== "lead"`) checks a role where it is called with that literal (`requireStaff("lead")`),
not where it is called without it (`requireStaff()` checks a session only).
So is a record read by a client id alone whose parent, read off it (`permitId: fee.permitId`), files a later new
row naming nobody of the session's: a payment recorded against whatever permit the fee belongs to; and so is
one whose own id files a child row of it naming nobody (`refund.create({ data: { registrationId: reg.id } })`).
A raw SELECT of a code the caller typed (`WHERE g.id = $1 AND d.code = $2`) that selects only the code table's
columns (`d.percent_off`) reads nothing of the owned row it joins.
The check may follow the read: a field of the record read handed with the session user to a project helper
that throws unless a lookup by that user finds it (`await assertFleetManager(userId, machine.companyId)`),
or to one that signs the caller in itself (`await requireHarbourmaster(arrival.marinaId)`), before anything
returns the record, is load-then-check. An ownership check that holds only later
covers a read when the record, or the client value that picked it, took part in a check first: a
scoped lookup of another id (`sitter.findFirst({ where: { id: body.sitterId, agencyId } })`, then `if
(!pet || !sitter) return 404`) says nothing of the pet read by `body.petId` before it.
A local bound once to a schema's parse of the request (`const input = NewDepot.parse(raw)`) and written whole
into a new row (`create({ data: input })`) fills its columns with the schema's keys, as `parsedInput` does: a
tenant key the schema admits (`companyId`) is an owner id taken from the client.
A check of the row an update changes says nothing of whom or what the update moves it to: with no role
checked, a tenant's person or a tenant-owned record the client names (`data: { depotId: targetDepotId }` of a
machine found in the caller's company, `data: { employeeId }` of a shift) is flagged on the value unless it was
looked up in the caller's scope or compared first (a schema's parse of its shape is no such check), and so is
who did what the row records (`administeredBy: String(formData.get("administeredBy"))`; another field of the form,
`formData.get("id")`, read before is no check of it).
A role checked in the caller's own tenant covers that tenant's rows only: under a wrapper that hands
the action its tenant and the role of the membership it looked up there (`fn(formData, { orgId,
role: membership.role })`, or both destructured off one seat lookup, `const { workspace, role } = await
requireMembership(slug, user.id)` handed as `{ user, workspace, role }`), an update or delete of a row picked by a
client id alone
(`flag.update({ where: { id } })`) is flagged unless the tenant is in the filter or the row was
looked up in it first.
A read counts when the record goes back to the caller: in the return value, in a redirect's URL
(a field other than its id), or as the recipients of a mail the caller writes (`bcc` built from the
rows of someone else's event; not a person picked by id and notified). A helper in view that can
stop nothing (`ensureCanEdit` answering `{ ok: false }`, no throw or redirect) is no check when its
answer is dropped (`await ensureCanEdit(user.id, eventId);`), however it is named. The caller's own
membership, found by the session alone (`getViewer()` answering `{ companyId, role }` past `if
(!membership) redirect(...)`), compares no role: only a test of that role does (`if (viewer.role !==
"admin") throw`), and a wrapper that refuses only the role its caller names (`exceptRole("banned", handler)`
testing `token.role === role`) checks none: every other account gets in. A wrapper that refuses unless
the caller's roles hold one of the list it is handed (`withAccess({ allowedRoles: ["ADMIN"] }, handler)` testing
`allowedRoles.some((r) => user.roles.includes(r))`) checks a role, but not where it is handed the wildcard
its test lets through (`["*"]` against `r === "*" || ...`). An id that is the caller's own only when asked for
(`id = params.id === "me" ? session.user.id : params.id`) is compared as the client's: `if (isAdmin ||
session.user.id === id)` around the write checks it. An id the client may send,
with the caller's as a mere default (`input.asUserId ??
ctx.userId`), picks someone's rows whatever the model, and a Prisma model under a required parent that
belongs to a tenant (`Application` of a `Job` with `companyId`) holds that tenant's rows.

An id read back from a row found by the client's id alone (`const file = await db.file.findUnique({
where: { id } }); if (!file) return; await db.file.delete({ where: { id: file.id } })`) is still the
client's choice: the existence check proves nothing of whose it is. A key named for a record of the caller's
own that the entry point holds (`donorId: input.donorId` beside `const { donor } = await currentDonor()`) is
an owner id: the client's value files the row under someone else's; so is the owner of a Prisma nested
create's row (`memberships: { create: { userId, role: "owner" } }`). Not when that row was found among a parent's
(`ticket.findFirst({ where: { code, eventId: id } })`) whose record the same id loaded first and whose tenant an
awaited role helper then checked (`await requireCharityRole(event.charityId, roles)`): the organisation derived
from the resource and checked. An awaited guard of one id does not cover another id whose own guard, in the
same condition, is left un-awaited (`!isCoachOf(user, fromTeamId) || !(await isCoachOf(user, toTeamId))`, then
a change of `fromTeamId`'s rows): that guard never runs.
A new row filed under a parent the client picked whose only check never runs (`void
assertTicketAccess(userId, input.to)` then `create({ data: { ...src, ticketId: input.to } })`, or one left
un-awaited: a bare `assertOrderOwner(uid, id);`, `!isOrgMember(...) && ...`, a parsed row written whole whose
`data.organizerId` only such a check names, or a parent looked up by the id, `planSet.findUnique({ where: {
id } })`, whose record's fields only such a check gets, `canEditPermit(uid, ps.permitId)`, or an awaited
read-only check answering `{ error }` whose answer is dropped, `await checkSampleAccess(uid, id);`) is flagged too,
unless a role the caller holds still stands; an event row (`custody_events`) is such a row when it is all the
entry point writes (the operation itself, a custody hand-over), not when it logs another change beside it;
a later change of a record the same client id picks (`loan.update({ where: { id: loanId } })`) is a
second site. An account row read by a client id and named in a cookie (`cookies().set("impersonate",
target.id)`) is taken over, not only read: it is flagged with nothing of it returned.
A role in a tenant the client names (`withStaff(handler)`, which hands its callback to `withRole(roles,
handler)`, or `await requireOrgRole(orgSlug, roles)` inline, answering `{ organizerId, role }`, also `{
coopId: id, role }` with the role held in a local and the tenant key the id its caller named, also a tenant id the
wrapper handed a role-verdict helper first, `if (!(await isTreasurer(userId, gardenId))) throw`, also a helper
that only throws when the caller has no seat there, `await assertProjectMember(user.id, projectId)`) covers that
tenant's rows only: a row changed, deleted, sent back or copied into the caller's tenant by a client id alone
is flagged. A column of a record the code loaded is the database's, not the client's (`ownerId:
booking.ownerId`; an unchecked read whose owner files a write is reported at the read, also a tenant the write
connects, Prisma's `team: { connect: { id: invite.teamId } }` of an invitation taken by its id, and a read bound
inside a `$transaction` callback), and so is the id of a
person found by a code they hand out (`userId: referrer.id` of `where: { referralCode }`), or of a row found by
the secret the caller presents (`bookingId: booking.id` of `where: { qrToken }`); not the id of a row the
client's id or e-mail picked, nor one that files the row in a tenant (`companyId: company.id` found by slug).
An owner id read off a caller-sent identity the session only defaults (`const user =
providedUser ?? (await getCurrentUser())`, `userId: user.id`) is flagged even where no sign-in is proven, whatever the
id column is called when the default is the same field of the signed-in principal (`{ driverId }` of `const driverId
= providedDriverId ?? (await requireDriver()).driverId`). So is a tenant the client sends that the caller's own seat
fills only when it is missing (`let orgId = body.orgId ?? null; if (!orgId) orgId = seat.organization_id`,
then `insert({ organization_id: orgId })`): the client's whenever it is sent.
Each person a new row takes from the client is its own finding, on its own line (`trainerId` naming a
`TrainerProfile`, `memberId` a tenant's `Member`): fixing one leaves the other open.
Who made a change, written with it (`.update({ status, published_by: user.id }).eq("id", postId)`), is a
value stored, not a filter: it scopes nothing. So is the session's id handed to a project helper that
only writes it (`setStatus(orgId, id, session.userId, status)` updating `{ id }` with `$set: {
lastModifiedBy: userId }`): only the arguments that reach the helper's filter pick the rows.
A Supabase table the code files under an owner (`.from("trips").insert({ owner_id: user.id, ... })`, or
`.eq("user_id", user.id)` somewhere) holds someone's rows, and so do the rows picked by the id of such a
parent (`.from("stops").select(...).eq("trip_id", tripId)`); RLS is not in view (see `assume_rls`). A
query builder's new row (Supabase, drizzle, kysely) filed under a parent the client picked is flagged when
the parent's rows are private: named for private data (`.insert({ patient_id })`), a tenant's, or kept by
the code under such a parent (`treatment_id` of `treatments` filtered by `patient_id`), or linked to the people
whose own row the code reads (`.from("guardians")...eq("user_id", user.id).maybeSingle()`) by a table of two ids
alone (`pupil_guardians (pupil_id, guardian_id)`: a pupil is their guardians'); a group column the code reads off the
caller's own row and lists rows by (`family_id`, `.eq("family_id", guardian.family_id)`) given a client value files the
row, the caller's own membership row too, in any group; not a comment or
rating on a row only filed under its author, nor one whose parent was first looked up among the caller's
own (reported when nothing else of the entry point is). An
`upsert(row, { onConflict: "trip_id" })` overwrites the row its conflict columns pick: a client value
there chooses whose row, unless the caller's id is one of those columns (also a conflict column set on the
bound row after its literal, `if (input.id) row.id = input.id`). So does a drizzle `insert(t).values(row)
.onConflictDoUpdate({ target: t.id, set })` or a Kysely `.onConflict((oc) => oc.column("id").doUpdateSet(...))`,
also inside a repository method handed the row (`upsertThread({ id: threadId, userId: me })`: the caller's
id stored in the row it would create does not keep the rewrite to the caller's rows).
A client value pasted into SQL only as a search pattern (`display_name ilike ${"%" + q + "%"}`, also inside
the pattern's own quotes, `ilike '%${q}%'`, `"... like '%" + q + "%'"`) or as the
whole condition (`where ${filter}`: sql-injection's finding) names no record; an id compared with a column
does, also in a query fragment (`where ${sql`id = ${id}`}`).
A client value named for a credential's row (`tokenId`, `apiKeyId`) is an id like any other, not the presented
secret. A deny-list role test conjoined with a test of the loaded row (`if (!lab || (me.role === "patient" &&
!lab.released)) return 404`) is one role's view of anyone's rows, no role gate; a builder's filter on a
public flag (`.where("published", "=", 1)`) reads the public catalogue. A value first written into the
caller's own row, after a lookup by it stopped the request when any row held it, picks only that row.
A role gate handed nothing that finds the caller's seat by the session alone (`requireAdmin()` reading
`membership.findFirst({ where: { userId } })` of a model its tenant files) proves a role in the caller's own
tenant: a row of any tenant picked by a client id (also one filed under a tenant's row through a declared
relation, `ReportSchedule { clientId }`) or a new row under a parent the client names (also a typed parameter
spread or written whole) is reported. A public reset link's row retired by the very id that found it, the
caller's identity read off that row, is the credential presented. A drizzle table one of the project's queries
holds to the caller (`eq(settlements.buyerId, userId)`, or through a joined parent's owner) is private: one row
read by its own key from a client id is reported; one declaring no owner, held to nobody, and listed whole to
every signed-in caller by some entry point (one shop's till) is shared: a row by its id, or its child rows by
its key, are not.
A row read by a client id alone whose owner or tenant column files a later write (`insert({ team_id:
file.team_id })`) is reported at the read: the caller works in whatever team the row it picked is in
(not for a row found by a secret, an invite by its token hash). A local flag holding the caller's role
against named roles (`const isAdmin = me?.role === "admin" || me?.role === "owner"`) is a role check
where it is tested (`if (isAdmin && id)`, `if (!isAdmin) return`); so is what a project role getter handed the
caller's id answers, awaited and compared with role names (`(await getShopRole(user.id, payout.shopId)) !==
"owner"`, or through a local, `const r = await getShopRole(...)`), in the tenant it was asked about; so is a
platform-wide role on the session
(`if (session.user.superRole !== "ADMIN") throw`, `platformRole`, `global_role`), also inside a helper, past
which an author field a console admin fills from its input (`createdBy: reporterId`) is by design; and so is
the signed-in account's kind, whatever the field is called, compared with a name of an administrator (`if
(user.type !== "Admin" && user.type !== "SuperAdmin") return 403`; not `user.type !== "Student"`, a kind the
client sends in its body, nor the kind of a row looked up by the client's id).
So is the caller's membership looked up inline in a tenant the client names (`const me = await
Membership.findOne({ userId: session.user.id, workspaceId })`, its role tested): a row then changed or
deleted by a client id alone (`Membership.findByIdAndDelete(memberId)`, or loaded by it and written back,
`target.role = role; await target.save()`) is flagged unless it was looked up in that tenant first or
tested against it (`if (target.workspaceId !== workspaceId) return 404`); a test of its other fields
(`if (target.role === "owner")`) is none.

An entry of the audit trail naming a workspace (`auditLog({ actorId, workspaceId, action })` filing an
`auditEvents` row) records where something happened: its tenant key is no tenant the caller files a row under.
Who sent a new message (`fromUserId`, `senderId`), or cast a new vote (`voter_id`, raw SQL inserts too), is its
author, taken from the session, and so is who
signed, approved, submitted, administered, performed, witnessed, verified, recorded, requested, filed or booked a
row (`signedById`, `approved_by`, `requestedById`,
also behind a partner API key whose parent check passed; off a caller-sent identity the session
only defaults, `signedById: user.userId`, beside the filter that identity picks). A new row's party that
the caller's own sign-in answer holds (`vendorId` written from the form beside `vendor.vendorId`, `vendor
= await requireVendorSession()`) is the caller's, and a tenant's person the row is for (`workerId` of a
`Worker` with a `tenantId`) is checked only by a lookup of that very value: a check of the project the row
is filed under covers neither. A raw SQL
insert's columns are read off its placeholders (`INSERT INTO check_calls (id, load_id) VALUES
(gen_random_uuid(), $1)` with `[loadId]`): a `load_id` from the client naming a table or model a tenant
owns (`loads` with `tenant_id`) files the row in someone else's record, as a Prisma tenant parent does. A
parsed client row spread into an insert (`values({ id, ...data })`) whose parent id only an un-awaited
check names is flagged like one written whole. A page's inline action changing the row its page's route id
picks (`where: { id }`, `id` from `await params`) whose only check of that id is left un-awaited is flagged,
unless the page first handed the id to a project helper signing the caller in (`getPantryForUser(id)`). A
role a wrapper hands beside an id it looked the seat up by (`{ marinaId, role: member.role }` of
`findFirst({ where: { marinaId, userId } })`) is held in that tenant, whatever the domain calls it, and the
seat's role asked of a list of roles (`SELLERS.has(ctx.role)`) is a role test, no ownership test. A drizzle
table or Mongoose model with a column naming a
tenant's table (`carrierId` of a `carriers` table with a `tenantId`) holds that tenant's rows; so does a Prisma
model filed that way with no relation declared, also down a chain (`ReviewComment { planSetId }` under
`PlanSet { permitId }` under a `Permit` with the tenant's column).
The schema also names a domain's own tenants and people: what a membership model with a role joins users
to (`Membership { userId foundationId role }`: `foundationId`), and a model kept one per user (`Donor {
userId @unique }`: `donorId`); a row carrying such a column is private, unless the read keeps to the public
catalogue (`where: { id, published: true }`, or only a listing's title and price of a model declaring a
`published`/`isPublic` column). A record read by a client id and mailed to an address the client chose
(`sendEmail(input.email, `Receipt ${gift.receiptNo}`)`) goes back to the caller; mailed to its own address
(`to: target.email`, a followed user told of a new follower) it goes to the person it is about. The ids of
a client list a helper walks (`for (const slip of input.slips) await setSlipById(slip._id, ...)`) are the
caller's choice. A write picking the account
by a caller-sent identity the session only defaults (`user = actor ?? (await requireUser())`, `where: { id:
user.id }`) is flagged; a write run only when a lookup scoped by the caller's tenant found the row (`const m =
await membership.findFirst({ where: { userId: id, tenantId } }); if (m) await user.update(...)`) is not.
A read whose filter takes the client's person id with the session's only as its default (`userId:
parsed.userId ?? session.userId`) is scoped by nothing, and is flagged when its row picks the write that
follows. A raw SQL or Supabase filter on the tenant column itself (`WHERE studio_id = $1`, `.eq("studio_id",
id)` for the schema's `studioId`) reads that tenant's rows, also when they go back as a CSV text.

A helper that signs the caller in and answers `{ error: "No access" }` on a refusal and `{ error: null, … }` past its
role check is that check only for a caller exiting on `answer.error` (also when its pass answer names no `error`,
`return { role: m.role }`); awaited with its answer dropped, it checks nothing whatever its name. One answering a
null user on each refusal (`{ user: null, response: forbidden }`, also its sign-in helper's answer spread under `if
(!res.user)`) and the user past its role check is that check for a caller exiting on a blank user (`if (!user) return
response`); not where a refusal keeps the user (`{ session, error: forbidden }`), nor for a helper that only signs in.
An operation past an
`if` arm that always leaves the handler (`if (req.method === "POST") { ...; return }`), or in its other arm, runs on
another request and is a finding of its own; so is a later read picked by other client values than a read already
flagged (`ids.codeId` after `ids.customerId`). A bare method call on the client's own value (`return
submission.reply()`) hands it to no check. An action's parsed input written whole into a Prisma create (`data:
parsedInput`) files the row by its schema's keys; such a key naming a tenant's model by name alone (`fieldId` of a
`Field { coopId }`, no relation declared) is the parent the client picked. A local holding a schema's parse of the
request (`const input = Create.parse(await req.json())`), written whole into a new row or spread into one (`{
...input, ownerId: userId }`), writes each owner or tenant key its schema admits (`workspaceId`) from the client,
unless the literal sets that key again after the spread; so does the request's body taken as it came (`{
...(await req.json()) }`) for each owner or tenant column the model declares (also who sent it, `senderId`).
A value a call made of session values
(`photoUrl: blob.url` of `put(`menu/${orgId}/...`)`) written into a Prisma update does not tie the row the
client's id picked to the caller. A staff principal on a session whose exit also asks for another record's id (`if
(!session.staffId || !session.wineryId) throw`, a terminal unlocked for one winery) is that tenant's staff, not a
platform operator (a help desk's `session.agentId` alone is a staff principal like `staffId`). So is one that every
sign-in of the project saves together with a tenant's id (`session.operatorId = m.userId; session.shopId = shopId;
await session.save()`: a kiosk operator of one shop). A project lookup
that stops nothing itself (`const m = await getMembership(user.id, coopId)`), its answer never tested nor handed
to a project helper (only logged, or put in a header), checks nothing; so does an inline query of the caller's seat
in a tenant the client names (`membership.findFirst({ where: { orgId: targetOrgId, userId } })`) whose answer only
reaches the reply, and a tenant column then set to that value past a role gate (`data: { orgId: targetOrgId }`,
also parsed by a schema out of the form alone) is a tenant the client picked. A role helper handed a tenant id the
client names that answers the caller's membership row whole (`const { membership } = await
requireCoopRole(input.coopId, roles)`) is a role in that tenant only: a row then changed by another client id
alone may sit in any other tenant. A raw read joining a table the repo declares with an owner column (`FROM
readings r JOIN meters m ... WHERE m.id = $1`, `meters.member_id`) reads someone's rows, whatever table it reads.
Kysely tables are read off the database interface (`interface DB { price_lists: PriceListTable
}`, each member an interface of columns, or its columns written inline, `access_codes: { id: string; marina_id: string
}`, in an interface handed to `new Kysely<DB>`; a snake-case column also counts under its camel-case name): a
table with a tenant's column, or filed under one by name (`price_list_id`), is private. A local bound to `row && (await
db.member.findFirst({ where: { id: row.memberId, userId } }))`, then required (`if (!row || !member) throw`), is the
ownership check of the row, as the read bound alone is. Such a wrapper's test of the caller's role in their own
tenant covers filing a new row there that names another record, as an inline role test does.
A role helper's whole answer kept in one name and tested as a flag (`const isAdmin = await
checkIsAdmin(id); if (!isAdmin) query = query.eq("user_id", id)`, the helper answering `{ isAdmin, error }` on
every way) is always truthy: the check never takes effect, so it counts for nothing (a destructured `{ isAdmin
}` or a test of `answer.isAdmin` is a real one). A Supabase query kept in a local and answered by `await
query.single()` is read like one awaited in place.

A Stripe checkout, billing portal, subscription or payment made for a customer id the client sends
(`customer: parsedInput.customerId`) by a signed-in caller is flagged as an owner taken from the client: the
caller acts as another account's Stripe customer (its invoices, cards, subscription) unless the id was
compared with the one the server keeps first (a missing id refused, `if (!teamId) throw`, is no comparison). So is
a Polar checkout or customer portal (`polar.customerSessions.create({ externalCustomerId: teamId })`) for a team id
a route handler reads from its query string.
A flag a project session helper works out from the caller's role and hands back
(`ui: { canAccessAdmin: isSuperUser || orgRole === "admin" }`), tested with an exit, is a role check; when one of
the roles it names is held in one organisation (`orgRole`, `seatRole`, `membership.role`) it covers what Clerk's
organisation role covers (rows of no tenant, rows kept to the caller's organisation), not a tenant's row the
client's id picks. A drizzle table imported under another name (`clients as clientsTable`) is the table it exports.
A role list handed on to a role question (`requireRole(roles)` asking `hasRole(user.id, roles)`, which
tests `roles.includes(userRole)`) is a role check for callers naming roles; a local holding a signed-request
predicate's verdict (`const ok = isValidPartnerWebhook({ webhookSecret, body, signature })` recomputing the
HMAC, then `if (!ok) return 401`) authenticates a sender by its secret, not a user.
So is a staff guard's role-list parameter asked of the account-type column of the caller's own row
(`requireStaff(["cashier"])` testing `allowedRoles.length > 0 && !allowedRoles.includes(staff[0].userType)`, the
row found by the session's id; `requireStaff()` names no role), and an awaited question answering a rank
helper's verdict on the session's user (`if (!(await hasCommitteeRole("ADMIN")))` of `return roleAtLeast(user,
role)`). The client a query chain starts from is no filter: `ctx.supabaseAdmin.from("t").select().eq("id", id)`
of a safe-action's context finds any caller's row. Owner keys the server set from the session in the object a
schema parses (`{ ...fields of body, createdByUserId: userId }` then `safeParse`) come back as the server's
(not past a later spread of the request, or a write into that key); the caller's name in a written text
(`note: `asked by ${me.name}``) ties the updated row to nobody.
A model filed under the parent a schema's login table names (`Claim { insurerId }` beside a portal's `InsurerUser {
insurerId email passwordHash }`) holds that tenant's rows: read by a client id alone, or by a tenant id the client
sends (`where: { insurerId: id }` with `id` its parsed argument), it may be another tenant's. An owner column a
parameter's type declares (`input: { patient_user_id: string }`), spread into a new row as it came (`insert({
...input })`), is an owner taken from the client: a type checks nothing at run time. A seat of an organisation
changed through Clerk's backend API (`clerk.organizations.deleteOrganizationMembership({ organizationId, userId
})`, `updateOrganizationMembership`) is that organisation's row: for an organisation the client names it is
flagged unless a role that still stands is checked first; Clerk's organisation role covers the caller's own
organisation (`organizationId: orgId` of `auth()`) only, and an un-awaited role helper checks nothing. A user's
account changed through Clerk's backend API (`clerk.users.updateUserMetadata(userId, ...)`, `banUser(id)`,
`deleteUser(id)`) for a user id the client sends, past a sign-in only, is flagged (also beside a database row the
same action writes); the caller's own id, an id compared with it first, or a role checked first is fine.
Records about people who need not sign in are private though their table has no user column: a table the
project's SQL declares with a birth date or health column (`pupils { date_of_birth, medical_notes }`), or one
keyed to it (`absences (pupil_id references pupils)`), read by an id the client sent (`.eq("class_id", id)`,
`WHERE pupil_id = $1`); a search by name or a date range picks no record. A Mongoose model of such records
(`LabResult { patient: { type: ObjectId, ref: "Patient" } }`) is read as privately as `Message` is, and its
single-id person relation (`patient`) is its `patientId` when a new document is filed under a client-picked one.
So is a secret column picked by name
(`db.select({ token: machines.controllerToken })`, `select: { apiKey: true }`, `.select("webhook_secret")`) of a
row the client names and sent back, whoever's row it is (a token only tested for presence goes nowhere).

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
A project helper that compares a row's owner with an optional parameter only when one is passed
(`getRun(runId, user?)` with `if (user) { if (run.user_id !== user.id) return null }`) holds the rows
private by its author's account; a caller that leaves that argument out reads them unchecked.
Nor does a helper that only signs the caller in make the id it hands back the session's:
`const id = await userIdFor(userId)` answering `requested ?? session.user.id` past no role or
ownership check of its own is still the client's `userId`.

## Not flagged
A tenant column copied off a row the server read (`(await db.item.findUnique({ where: { id } }))!.orgId`, or
`removed.orgId` of a delete's answer) whose filter is the id an earlier read, before the role check, was
picked by: a value of the row whose tenant was checked, not client input.
A raw multi-row `INSERT INTO t (a, b) VALUES ${placeholders(rows, 2)}` whose rows cannot be read off its
columns files new rows and selects none (not one that updates on conflict).
A page's inline action whose filter holds the row to the page's route param (`where: { id: machineId, depotId }`)
after a membership check of that param for the caller (`if (!(await isDepotStaff(userId, depotId))) throw`); a
verdict asked only once its row was found, `const allowed = row ? await isDepotStaff(userId, row.depotId) : false`,
then tested. A Prisma write to a row nobody owns in a schema that ranks nobody (`Project`, and `Occurrence` under
its `Notice` under it, no owner or tenant column, no `members User[]` or `ProjectMember` model, and no model with a
`role`, `isAdmin` or admin-naming enumeration, beside a `User` model): a one-team tool where every signed-in
person runs every project by design. (Flagged: a raw SQL filter on a tenant's code, `company_code = ?`, as on
`org_id`; a drizzle table read through the schema's namespace import, `schema.depotStaffInvites`, owned like the
table itself.)
A loader (`getById`, `findOffer`) lapsing the row it has just read into the state its own fields call for
(`if (isExpired(quote.expiresAt) && quote.status === "SENT") await repo.update(id, { status: "EXPIRED" })`: a
fixed value, none of the caller's data) before the caller compares the owner: upkeep of the read, not a change
the caller asks for (a `closeOffer` doing the same, or a loader writing the caller's data, still is).
A row picked by the session credential the caller presents (`const current = req.cookies.get("auth_token")?.value`,
then `delete().eq("id", current)`: the caller's own session, ended), and ids mapped off rows read under a parent
an ownership or stored-rule check already covered (`if (me.role !== "admin" && !rules.apply(run.rule, me)) throw`
on the run, then its open steps found by the run's id and closed by `id: { in: steps.map((s) => s.id) }`).
A find-or-create (`upsert({ where: { email }, create, update: {}, select: { id: true } })`: no existing row is
changed, only its id, or the value it was found by, read), and a profile row read with only the fields its
public card shows (`select: { stageName: true, bio: true }`, a mongoose projection `{ stageName: 1, bio: 1,
_id: 0 }`, a Kysely `.select("uuid")` resolving a username to the member's id).
The tally of a parent the same action files the caller's own new row under (`reply.create({ data: { threadId,
authorId: session.user.id } })`, then `thread.update({ where: { id: threadId }, data: { replyCount: { increment:
1 } } })`, or a rating worked out again, `rating: _avg.stars` of a Prisma `aggregate`), or a copy on the parent of
a value the new row holds (`lots.set({ currentBid: amount })` beside `insert(bids).values({ lotId, buyerId:
ctx.user.id, amount })`: the latest bid a lot shows; not an id, owner or privileged column set on the parent).
A Prisma `userId` that no relation of its model uses, where the model reaches `User` through another
column (`ltUserId` with `@relation(fields: [ltUserId])`): an end user's label an API customer sends,
not the row's owner (a `userId` with no relation to `User` at all is still judged as an owner).
The `user_id` of a notice written after the entry point's own change of another table (`notifications.insert({
user_id: assignedTo, type: "comment_assigned" })` after the comment's insert) is who is told, not who acts.
Queries constrained by a session-derived value (user, team, workspace from the session
or the authenticated middleware's `ctx`), load-then-compare ownership checks and role
checks before the operation (also a verdict kept in a local and tested by an exit, `allowed = row.reporterId
=== me.id || (await can(me.id, "x"))` then `if (!row || !allowed) return 404`, also a check handed the
database client beside the row's field and the caller, `row.user_id === user.id || (await isOrgMember(supabase,
row.brand_id, user.id))`, or one such verdict per party
refused together, `if (!isCoach && !isClient) return 403`, or a flag started `false` and set
to `true` only inside branches such a comparison or a row found in the caller's tenant opened, `if
(row.deskId === ownDeskId) allowed = true; else if (seat) allowed = true`; an optional id looked up in the
caller's tenant where given, `if (invoiceId) { ...; if (!found) return 400 }`, then written as
`invoiceId ?? null`; ids made only from rows a checked read loaded, `notes.filter(...).map((n) => n.id)`;
a route a machine calls with a shared secret in a header, compared by a project helper answering only a
constant-time comparison, `if (!bearerMatches(req.headers.get("authorization"), secret)) return 401`; a helper's
write of the rows it loaded by the caller's emailed token, the token its credential and the rest of the input only
written; one a next-safe-action middleware chained on a signed-in client makes,
`managerClient = authClient.use(async ({ next, ctx }) => { if (!ROLES.includes(ctx.role)) throw ...; return
next({ ctx }) })`; also a granted right on a permissions object the project works out for the caller, `if
(!permissions.manage) return 401`, but not its identity fields; a route behind a `middleware.ts` that
lets `/api/*` through only when the session holds an operator's id (`const isLoggedIn = !!session.adminId`),
`permissions.user`; also a project `checkAuthorization*`/`require*Access`
helper, a lookup scoped by the session's tenant followed by `if (!record) throw`, or a
scoped `findUniqueOrThrow`), a project guard that throws unless the caller's role or tenant
matches (`throwIfNoPermission({ role: workspace.role, ... })`, `assertTestWorkspace(workspace)`),
a CASL ability asked about the loaded record with an exit
(`if (ability.cannot("delete", subject("SpaceMember", member))) throw`),
Clerk permission checks (`if (!has({ permission: "org:x:manage" })) throw`,
`await auth.protect({ role: "org:admin" })`; Clerk's `orgRole` claim, `sessionClaims.org_role` or
`sessionClaims.o.rol` tested against any role with an exit, `if (orgRole !== "org:admin") throw` or
`if (!["org:admin", "org:billing"].includes(orgRole)) throw`, inline, in a helper or in a zsa or next-safe-action
middleware, as `has({ role })` is (not `if (!orgRole) throw`, any role in some organisation); that role is held in
the caller's active organisation, so it covers rows of no tenant (users, sessions: a back office) and rows kept to
the caller's `orgId`, not a tenant's row, or the tenant itself, that the client's id picks), the account a
login just verified the password of
(`bcrypt.compare(password, user.passwordHash)`, also through a project `verifyPassword` helper: its `user.workspaceId`
is the caller's, and so is the row its `user.id` picks, `UPDATE users SET last_login_at = now() WHERE id = ${user.id}`;
a password-strength check reading only its argument, `validatePassword(password)`, verifies nobody),
reads of models with no owner or tenant column in their declaration (a read is private when the
model's name says so or its `schema.prisma` model, TypeORM entity, drizzle table or Mongoose schema has
one, the model also called by the `const` it is bound to, `ReviewRunModel = mongoose.model("ReviewRun", s)`;
a query of the audit trail, `AuditEvent.find({ orgId })`, is such a read, not an audit entry; so is
raw SQL filtering an owner or tenant column, `WHERE org_id = ?`, whatever the table),
a project session lookup given the chosen id whose empty answer makes the caller exit
(`const scope = await getScopeContext(organizationId); if (!scope) return`),
a role gate in another file (`await requireRole(["admin"])` throwing unless
`allowed.includes(user.role)`), also through a local helper that rethrows its refusal or hands it
back for the caller to exit on (`const denied = await ensureAdmin(); if (denied) return denied`;
a `catch` that swallows the refusal and carries on makes it no check), a client id searched for among
the rows a lookup handed the session user answered (`const { data: mine } = await sb.rpc("reachable_tasks",
{ p_user_id: user.id })`, `const hit = mine.find((t) => t.task_id === taskId)`, `if (!hit) return 404`), a
record sent back only after a question handed the session user and a value learnt from it (`const m = await
verifyMembership({ wsId: task.list.ws_id, userId: user.id })`) was tested with an exit (`if (!m.ok) return
404`), a gate awaited and negated in an exiting condition (`if (!(await requireTeam(auth, boardId,
body.team_id))) return 404`) like one kept and tested, load-then-assert through
a project helper given the session user and the chosen id or what was loaded by it, which throws
unless a lookup scoped by that user finds it (`const s = await db.section.findUnique(...)` then
`await assertCanWriteBoard(user, s.board)`; `assertCanWriteAccount(user, input.accountId)` before
writing `accountId`; not for an author field, and not when the check is on an unrelated id; the
helper's lookup may itself be a project function given the user, `const access = await
getTeamAccess(userId, teamId); if (!access) throw`, and its result may be kept, `const access =
await requireBoardManager(user.id, boardId)`; with the row's parent so checked, its `userId` is the
member being added), an inline membership verdict kept in a flag every value of which is one
(`let ok = team.ownerId === user.id; if (!ok) ok = (await lookupMembership(user.id, teamId)).length > 0`
written out, then `if (!ok) throw`) or an empty lookup by the caller (`if (membership.length === 0) throw`),
a client value first looked up with the session's tenant in the filter and rejected when nothing
matched (`if (!mateChannel) throw`), a value an earlier session-scoped Prisma `delete`/`update`
selected by (it throws, rolling back its `$transaction` batch, unless the row is the caller's),
ids the server made or signed (the id of a row the same action just created, also read off it inside a
transaction's callback or assigned in a `try` to a `let` declared earlier, also the answer of an
`add*`/`create*` project helper whose writes create one, `const projectUuid = row.uuid`, a user id from a
state whose signature a helper verified, or the function compared and exited on:
`if (!timingSafeEqual(...)) return`), a project helper given the chosen id that signs the caller in
itself and throws unless a lookup by the session user finds it (`await authProject({ projectId })`),
a loader that reads the record by the chosen id and answers `{ error }` unless a person a row-reading
helper found for it is the caller (`const signer = await resolveSigner(loaded.application); if
(context.user.id !== signer.id) return { error }`; not when that helper was handed the caller's identity),
a role-named gate that signs the caller in and hands the id with the session user to a further check
(`await requireAdmin(organizationId)`; a gate that ignores the id is none), also one named as an
ownership check handed a field of the row the chosen id loaded (`await canEditWorkload(rule.workloadId)`
before deleting by `ruleId`) or the id a row saved back is then loaded by, and a check in a project
wrapper's callback that holds the operation (`simpleAction(async () => { await canEdit(id); ... })`;
a check of the project beside a save picking the row by `id: appId` is of another id; so is a check of
`data.volumeId` beside `service.save({ ...data, id: data.id })` whose helper picks its row by `item.id` alone,
unless the helper first looked the row up by both and stopped when none matched; the value a form wrapper
hands its callback, `saveForm(input, schema, async (data) => ...)` calling it with its parse of `input`, is
the client's, validated), a membership looked up
with the session user and refused unless its status matches (`if (membership?.status !== "approved")
return 403`), the caller's own row looked up with a role the code names in its filter and refused when
absent (`findFirst({ where: { userId: ctx.userId, role: { in: ["CASHIER", "AUDITOR"] } } })` then `if
(!drawer) throw`: a role check; with a tenant the client names beside it, the caller's seat in that
tenant, which covers that tenant's rows only; so is the caller's row in a role's own table, `admins`,
`harbour_masters`, refused when absent, though not a `members` or `profiles` row), values an API-key or
auth wrapper put on the request (`request.auth`, `request.apiAuth`), creating a record that belongs to the
session user, an owner handing its own record over (the write's filter holds the owner column to the
caller, `where: { id, ownerId: user.id }`, and sets it to a user the server looked up, `data: { ownerId:
next.id }`),
a zsa procedure the action is built on that asks a lookup scoped by the session user about
`input.boardId` and throws on no answer (zsa merges the procedure's input with the action's, so the
action's `input.boardId`, destructured or not, and queries confined to it are vetted; a procedure that
only tests that the id exists, or lets every caller through, vets nothing),
webhooks and cron jobs verified by a signature or secret (no user to scope by), secret
tokens chosen by the client (a reset or invite token is its own credential; so is a row
found by its secret column, `where: { token: code }`), visitors signed in by a one-time code
(no account to scope by), the code store of an endpoint that mails a new code (replacing the
pending one for that address), and Supabase queries when `assume_rls: true` is configured.
Also a permission answer about the chosen id itself, asked with the session user and tested with an
exit (`const level = await levelIn(user.id, body.spaceId); if (level !== "owner" && level !==
"editor") return 403`, destructured verdicts `if (!member || !writer)`, a refusal handed back `if
(refusal) return refusal`, a response in place of the record `if (found instanceof Response)`), and
rows picked within a parent so asked about (`(executionId, workflowId)`); an account id a provider
answered for the token the caller presented (`fetch(GRAPH_BASE + "/me")` after an OAuth code
exchange; not a URL the client picks); what a payment provider's checkout session, read back by its
unguessable id, holds (`stripe.checkout.sessions.retrieve(id)`, its `client_reference_id` set by the server
that opened it), and a row found by such a server value (`where: { id: teamId, slug }`: a client value beside
it only narrows the row); the row the request itself just wrote (`saved =
inserted[0]`, reverted on failure); an address bound by a signed link (`if (!verifyLinkToken(email,
token)) return 403` with the token an HMAC of the address under a server secret); a platform
superuser flag (`if (!effectiveSuperUser) return 403`, `if (!row?.isPlatformAdmin) throw` in a helper), a
role check; an awaited role answer about the caller, tested (`const permitted = await hasRole(viewer,
["OWNER"]); if (!permitted) throw`); a new row filed under a parent looked up as public first (`where: {
id: loadId, visibility: "PUBLIC" }`, then `if (!posting) return`; not its owner or author); and a row a wrapper found by
the caller's API token (`partner.findUnique({ where: { token } })`), the caller's own principal.
A record read inside a project wrapper's callback (`return withRecovery(async () => { ... })`) goes
back only when the callback returns it; rows found with a client tenant in the filter that a guard
was handed first (`await requirePermission(orgId, [...])` signing the caller in and throwing unless
a role there) and the ids kept from them (`rows.filter(...).map((r) => r.id)`) are the caller's tenant's.
A query through a Prisma client whose query hook writes the caller's tenant into every `where`
(`args.where = { ...args.where, organizationId }`, the value from a session read the hook checks) is
scoped to that tenant, for the operations and models the hook does this for (not creates it lets
through first, nor a model it leaves out: `if (model !== "Organization")`).
A pending verification row claimed by the code its holder was handed (found only by a code-named
value, `where: { code }`) is found by that credential, not by a client-picked id, as is a raw SQL row found
by a secret column (`where code_hash = ${sha256(code)}`, `WHERE token_hash = $1`; not under an `OR`); so
is a pending device pairing (`device_pairings`), also picked by the id of the row the code found; a row
found by a client id stays a finding.
A Supabase row loaded as `const { data: member } = await supabase.from(...)...single()` is one record:
its owner compared with the caller (`if (member.user_id !== user.id) return 403`) vets the `member.id` a
new row is then filed under.

A read of a redeemable model (promo code, coupon, voucher, gift card) picked by the code the caller typed
(`.where("code", "=", input.code)`) is what that code redeems.
A row read by a client id and then, in the same block, refused unless a secret field of it matches what the caller
sent (`if (inv.tokenHash !== sha256(token)) return`, `if (!secureCompare(b.qrToken, input.qrToken)) return`) goes
on only for the holder of that token. A Supabase table the
project's own queries hold to the caller elsewhere (`.from("reviews")...eq("reviewer_id", user.id)`) holds private
rows, whatever its name. A `jobs/` route is a queue runner's only when no user sign-in gate (a helper that throws when
signed out and answers the user, `await requireUser();`) runs before the change. An `is…Manager` flag tested by a
gate (`if (!ctx.isManager) throw`) is a role check, like `isAdmin`.

The client's ids counted in the caller's tenant with an exit when the count falls short (`if (both !== 2) throw`,
`if (n < ids.length) throw` past `count({ where: { id: { in: ids }, orgId } })`) are the tenant's. A query builder's
new row filed under a parent record found in the caller's scope (`workOrderId: wo.id`) cites its other ids (a
catalogue `partId`) as references, as a row filed under the caller does.
A catalogue entry's public fields (a course's title and price) read by a client id and copied into the caller's
tenant (`schoolId: ctx.schoolId`) are flagged when the code asked an access check of that id that never runs.

Rows read by the client's ids and tested one by one through `some`/`every` (`if (rows.some((r) =>
!canEdit(r.teamId))) throw`, `if (!rows.every((r) => r.ownerId === me.id)) throw`) were each checked; so
were ids all found (`if (found.length !== ids.length) throw`) in a tenant looked for among the session's own
list first (`if (!myTeamIds.includes(teamId)) throw`), or that a project helper handed the session's scope throws
unless it finds (`await verifyClientAccess(input.clientId, workspace.id)`; the tenant may be another field of the
same input as the ids). A raw SQL `DELETE` on another table keyed by exactly the `column = $n` terms a lookup of the
booked table found free, whose values the request then filed in the caller's own new row (`INSERT ... (slot_id,
booking_date, email)` with the session's e-mail), releases the caller's own hold; a part of that key is flagged.
A row read by the client's id whose tenant is then looked for
in the list a project lookup answers for the caller's own id, with an exit when it is missing (`if (!row ||
!(await teamIdsFor(userId)).includes(row.teamId)) return 404`), was checked before it is returned.
So was a record read by the client's id whose tenant is then looked for among a list built from the session
user (`if (!marinas.includes(wo.marinaId)) throw`).
An action's input parsed by the schema its wrapper is handed and spread into a new row (`create({ data: { ...data,
status } })`) writes each owner key, and each column naming a user through a Prisma relation, the schema admits
(`studentId`), unless the row is filed under the caller (`studentId: user.id`) or such a key was read by name first.
A query builder's new row naming nobody, only a parent the client picked and what goes in it
(`.from("collection_items").insert({ collection_id, model_id })`), under a Supabase table the code holds to its
owner (`.eq("owner_id", user.id)`), changes that owner's record; so does a drizzle insert under a table the code
holds to its owner (`db.insert(photos).values({ listingId, url })` beside `eq(listings.sellerId, userId)`).
Past a role gate whose seat lookup keeps to the session's tenant (`organizationId: session.orgUUID`), a row some
tenant files (`Employee { organizationId }`) or its child (`payStub.findMany({ where: { employeeId } })`) picked by
a client key alone is any tenant's, unless its tenant column was compared with the session's first. An owner check
comparing the caller's id only with what the client sent (`me._id !== comment.author` of the action's argument, an
`authUserId` parameter) proves nothing of a row picked by another client id.

## References
- https://cwe.mitre.org/data/definitions/639.html
- https://cwe.mitre.org/data/definitions/862.html
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from tree_sitter import Node

from checks.analysis import effect, guards, sessions, tenancy
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import DbOp, chain_calls, held_sql, object_keys, outer_chain, sql_text
from checks.analysis.dataflow import client_refs, server_key_of_parsed, session_constrained
from checks.analysis.entry_points import EntryPoint, exits_unless, raw_body_local
from checks.analysis.flow import (
    Analyzer,
    Event,
    Flow,
    better_auth_instance,
    bound_call,
    clerk_org_role_gated,
    identifiers,
    is_awaited,
    negated_filter_only,
    pattern_keys,
    result_dropped,
    seat_checked_before,
    session_picks_nothing,
    sql_search_terms,
    sql_values_only,
    stops_nothing,
)
from checks.analysis.model_secrets import prisma_models, secret_column
from checks.analysis.module import Function, Module
from checks.analysis.notices import addressed_notice
from checks.analysis.owner_columns import (
    account_key_columns,
    caller_held_drizzle_tables,
    caller_held_tables,
    connected_value,
    drizzle_caller_held_tables,
    owner_columns_of,
    owner_relation,
    owner_user_columns,
)
from checks.analysis.person_records import person_record_table
from checks.analysis.prisma_labels import label_column, schemas_with_relations
from checks.analysis.program import Program
from checks.analysis.schemas import bounded_number_schema, schema_keys
from checks.analysis.shared_models import shared_model
from checks.context import FileContext, short
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint, operation
from checks.sources import SCRIPT_SUFFIXES, project_files, read_once, tree_fact

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
        "parent_from_client": "{endpoint} files a new row under `{field}` from client input `{value}` without "
        "checking that the signed-in user may act on that record",
        "moved_to_client": "{endpoint} moves the row it checked to `{field}` from client input `{value}` without "
        "checking that the signed-in user may act on that record",
        "store_unscoped": "{endpoint} changes stored files under client-controlled `{value}` without checking "
        "that the signed-in user may act on that record",
        "account_unscoped": "{endpoint} changes the account of client-controlled user `{value}` at the identity "
        "provider without checking that the signed-in user may act on it",
    },
    help="Constrain the query by the session user (`where: { id, userId: session.user.id }`) or load the record "
    "and compare its owner with the session user before acting.",
    abuse="Any signed-in user can change the id in the request and read or modify another user's records.",
    references=("https://cwe.mitre.org/data/definitions/639.html",),
)


def _presented_link_values(ctx: FileContext, ep: EntryPoint, events: list[Event], i: int, chosen: set[str]) -> set[str]:
    """Of ``chosen``, the client values that, before ``events[i]``, found a row of the same credential store
    (`recovery_tokens`, a name the vocabulary calls secret) by the same values as written (`eq(t.id,
    input.recoveryTokenId)`), when every identity the entry point holds is that row or read off it (`member`
    of `where(eq(staff.id, recoveryToken.staffId))`): a public link's own row, the credential its holder
    presents. A caller signed in otherwise (a session of its own) picks any link by its id."""
    src = ctx.src
    ev = events[i]
    op = ev.op
    identity = ev.state.session | ev.state.fetched
    if op is None or not op.model or not identity or not _credential_store(op.model.rsplit(".", 1)[-1]):
        return set()
    paths = {p for f in _filter_nodes(ev, src) for p in _access_paths(src, f, chosen)}
    rows: set[str] = set()
    found: set[str] = set()
    for e in events[:i]:
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.op.model != op.model:
            continue
        picked = {p for f in _filter_nodes(e, src) for p in _access_paths(src, f, chosen)}
        bound = _declared_over(src, ep.fn.node, e.node)
        if paths and paths <= picked and bound:
            rows |= bound
            found |= {n for n in chosen if any(p == n or p.startswith(n + ".") for p in paths)}
    if not rows:
        return set()
    for name in identity - rows:
        values = [v for names, v in _declared_values(src, ep.fn.node) if name in names]
        if not values or not all(identifiers(src, v, into_functions=True) & rows for v in values):
            return set()  # (an identity of its own: a session, a signed-in user)
    return found


# the words of a table of credentials handed out (`recovery_tokens`, `PasswordReset`, `login_otps`)
_CREDENTIAL_STORE_WORDS = frozenset({"token", "tokens", "reset", "resets", "otp", "otps", "passcode", "passcodes"})


def _credential_store(name: str) -> bool:
    return vocab.is_secret_name(name) or bool(set(vocab.words(name)) & _CREDENTIAL_STORE_WORDS)


def _declared_values(src: bytes, fn: Node) -> Iterator[tuple[set[str], Node]]:
    """Each `variable_declarator` below ``fn`` (nested callbacks too: a transaction's) with a value: the names
    it binds and that value."""
    for d in sx.find(fn, ("variable_declarator",)):
        target, value = d.child_by_field_name("name"), d.child_by_field_name("value")
        if target is not None and value is not None:
            yield set(sx.pattern_names(src, target)), value


def _declared_over(src: bytes, fn: Node, node: Node) -> set[str]:
    """The names a declarator below ``fn`` binds a value holding ``node`` to (`const [row] = await tx.select()...`,
    the query's whole chain)."""
    out: set[str] = set()
    for names, value in _declared_values(src, fn):
        if value.start_byte <= node.start_byte and node.end_byte <= value.end_byte:
            out |= names
    return out


def _filter_nodes(ev: Event, src: bytes) -> list[Node]:
    """The parts of an operation that select which records it touches."""
    op = ev.op
    assert op is not None
    if op.api == "prisma" and op.args:
        keys = object_keys(src, op.args[0])
        return [keys["where"]] if "where" in keys else []
    if op.api == "supabase" and op.verb == "upsert":
        return [*op.args, *_conflict_values(src, op)]
    if op.api == "helper" and op.picks is not None:
        return list(op.picks)
    if op.api == "helper" and op.filter_uses is not None and op.call.type == "call_expression":
        # `saveProfile(session.user.id, fields)` whose query picks its row by the first parameter only:
        # the written values choose no record
        args = sx.call_args(op.call)
        return [args[i] for i in sorted(op.filter_uses) if i < len(args)]
    if op.api in ("drizzle", "kysely"):
        # (a page size or offset, `.offset(params.page * 50)`, shifts a window over the rows the filter
        # keeps: it picks no one's record)
        return [a for a in op.args if not _page_window_arg(src, a)]
    if op.api in ("supabase", "mongoose", "mongo", "sequelize", "helper"):
        return list(op.args)
    if op.api == "sql":
        return [*op.args[1:], *op.args[:1]]
    return list(op.args)


def _page_window_arg(src: bytes, node: Node) -> bool:
    """``node`` is what a query builder's `.limit(...)` or `.offset(...)` is handed."""
    args = node.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    callee = call.child_by_field_name("function") if call is not None else None
    prop = callee.child_by_field_name("property") if callee is not None and callee.type == "member_expression" else None
    return prop is not None and sx.text(src, prop) in ("limit", "offset")


# a key naming a record (`userId`, `team_id`, `id`), not a bound or a search term (`date`, `status`)
_PICKING_KEY = re.compile(r"^(id|[A-Za-z]\w*?(Id|_id))$")


def _ids_assigned_into_filter(ctx: FileContext, fn: Node, ev: Event) -> list[Node]:
    """`const where: any = {}; if (userId) where.userId = userId; prisma.activity.findMany({ where })`: a Prisma
    filter object filled in by assignment before the query; the ids written into it pick the rows as the
    same keys written inline would (a date bound or a search term assigned there picks none)."""
    op = ev.op
    if op is None or op.api != "prisma" or not op.args or not ev.state.client:
        return []
    where = sx.unwrap(object_keys(ctx.src, op.args[0]).get("where"))
    if where is None or where.type not in ("identifier", "shorthand_property_identifier"):
        return []
    name = ctx.text(where)
    out: list[Node] = []
    for assign in sx.find(fn, ("assignment_expression",), into_functions=False):
        if assign.start_byte >= ev.node.start_byte:
            continue
        left = assign.child_by_field_name("left")
        right = assign.child_by_field_name("right")
        if left is None or right is None or left.type != "member_expression":
            continue
        obj = left.child_by_field_name("object")
        prop = left.child_by_field_name("property")
        if obj is None or prop is None or ctx.text(obj) != name or not _PICKING_KEY.match(ctx.text(prop)):
            continue
        out.append(right)
    return out


def _filter_paths(src: bytes, ev: Event, fn: Node | None = None) -> set[str]:
    """The client values the operation's filters read (`input.coopId`, `coopId`). With ``fn``, also the
    field a local of them was destructured from (`parsed.orgId` of `const { orgId, ...rest } = parsed`)."""
    out: set[str] = set()
    for f in _filter_nodes(ev, src):
        out |= _access_paths(src, f, ev.state.client)
    if fn is not None:
        out |= set(_destructured_paths(src, fn, out).values())
    return out


def _loaded_rows_pickers(ctx: FileContext, ev: Event) -> list[Node] | None:
    """A helper's write whose filter no argument reaches (`where: { id: invite.id }`, a row it loaded):
    the arguments that picked the rows it loaded, its reads' filter arguments (`completeEnrolment(token,
    input)` finding the invite by `token`; `input` is only written). None when that is not worked out."""
    op = ev.op
    if op is None or op.api != "helper" or op.kind != "write" or op.filter_uses is None or op.filter_uses:
        return None
    call = sx.unwrap(op.chain)
    target = ctx.analyzer.target(ctx.module, call) if call is not None and call.type == "call_expression" else None
    if call is None or target is None:
        return None
    ops = ctx.analyzer.summary(target).ops
    reads = [o for o in ops if o.kind == "read"]
    if not reads or any(o.filter_uses is None for o in reads):
        return None
    # (the rows a signed passkey assertion was verified against are the caller's own credential)
    verified = _assertion_verified_rows(target, [o for o in ops if o.kind == "write"])
    reads = [o for o in reads if not any(a <= o.chain.start_byte and o.chain.end_byte <= b for a, b in verified)]
    args = sx.call_args(call)
    picking = sorted({i for o in reads for i in o.filter_uses or ()})
    return [args[i] for i in picking if i < len(args)]


# @simplewebauthn/server's checks of a signed passkey assertion (or attestation) against the
# server's challenge and the stored public key
_WEBAUTHN_VERIFIES = frozenset({"verifyAuthenticationResponse", "verifyRegistrationResponse"})
_WEBAUTHN_PACKAGE = "@simplewebauthn/server"


def _assertion_verified_rows(fn: Function, writes: list[DbOp]) -> list[tuple[int, int]]:
    """Spans of the declarations in ``fn`` whose rows it handed to `verifyAuthenticationResponse`
    (`@simplewebauthn/server`), exiting unless the answer's `.verified` holds, before any write of its
    own (`const [cred] = ...where(eq(credentialId, response.id))`, `credential: { publicKey:
    cred.publicKey }`, `if (!result.verified) throw`): the signature proves the caller holds that key,
    so the row the client's credential id found is the caller's own. Empty when the answer is ignored."""
    body = fn.body
    src = fn.module.src
    if body is None or _WEBAUTHN_PACKAGE.encode() not in src:
        return []
    given: set[str] = set()
    for call in sx.find(body, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        binding = fn.module.imports.get(callee)
        if binding is None or binding.spec != _WEBAUTHN_PACKAGE or binding.imported not in _WEBAUTHN_VERIFIES:
            continue
        p = call.parent
        while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
            p = p.parent
        target = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
        if target is None:
            continue
        # `if (!result.verified)`, or `const { verified } = ...; if (!verified)`
        tests = (
            {f"{sx.text(src, target)}.verified", f"{sx.text(src, target)}?.verified"}
            if target.type == "identifier"
            else ({"verified"} if "verified" in sx.pattern_names(src, target) else set())
        )
        gate = next((s for s in _exit_ifs_testing(src, body, tests) if s.start_byte > call.end_byte), None)
        if gate is None or any(sx.contains(fn.node, w.chain) and w.chain.start_byte < gate.end_byte for w in writes):
            continue
        given |= {n for a in sx.call_args(call) for n in identifiers(src, a, into_functions=True)}
    if not given:
        return []
    spans: list[tuple[int, int]] = []
    for d in sx.find(body, ("variable_declarator",), into_functions=False):
        value = d.child_by_field_name("value")
        if value is not None and set(sx.pattern_names(src, d.child_by_field_name("name"))) & given:
            spans.append((value.start_byte, value.end_byte))
    return spans


def _exit_ifs_testing(src: bytes, body: Node, tests: set[str]) -> Iterator[Node]:
    """The `if` statements of ``body`` that exit when one of ``tests`` is false (`!result.verified`,
    also beside other failures: `!result.verified || !result.registrationInfo`)."""
    if not tests:
        return
    for stmt in sx.find(body, ("if_statement",), into_functions=False):
        cond = stmt.child_by_field_name("condition")
        if cond is None or not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        for neg in sx.disjuncts(src, cond):
            arg = sx.unwrap(neg.child_by_field_name("argument")) if neg.type == "unary_expression" else None
            if arg is not None and _operator(src, neg) == "!" and sx.text(src, arg) in tests:
                yield stmt
                break


def _conflict_values(src: bytes, op: DbOp) -> list[Node]:
    """A Supabase `upsert(row, { onConflict: "trip_id" })`: the values of the conflict columns pick the
    row it overwrites (`row` written inline or bound to an object literal in the same function)."""
    args = sx.call_args(op.call)
    options = object_keys(src, args[1]) if len(args) >= 2 else {}
    columns = sx.string_value(src, options["onConflict"]) if "onConflict" in options else None
    if not columns or not args:
        return []
    row = sx.unwrap(args[0])
    fn: Node | None = None
    named = sx.text(src, row) if row is not None and row.type == "identifier" else None
    if row is not None and row.type == "identifier":
        fn = op.call.parent
        while fn is not None and not sx.is_function(fn):
            fn = fn.parent
        decls = (
            [
                d
                for d in sx.find(fn, ("variable_declarator",), into_functions=False)
                if sx.text(src, d.child_by_field_name("name")) == sx.text(src, row)
            ]
            if fn is not None
            else []
        )
        row = sx.unwrap(decls[0].child_by_field_name("value")) if len(decls) == 1 else None
    if row is None or row.type != "object":
        return []
    keys = object_keys(src, row)
    found = [keys[c.strip()] for c in columns.split(",") if c.strip() in keys]
    if fn is not None and named is not None:
        # (a conflict column set on the bound row afterwards: `if (input.id) row.id = input.id`)
        wanted = {c.strip() for c in columns.split(",")} - keys.keys()
        for a in sx.find(fn, ("assignment_expression",), into_functions=False):
            left = sx.strip_types(a.child_by_field_name("left"))
            if (
                left is not None
                and left.type == "member_expression"
                and a.start_byte < op.call.start_byte
                and sx.text(src, left.child_by_field_name("object")) == named
                and sx.text(src, left.child_by_field_name("property")) in wanted
                and (value := a.child_by_field_name("right")) is not None
            ):
                found.append(value)
    return found


# where a name is bound, not used: `const id = ...`, `(id) =>`, `[a, id]`, `{ k: id } = ...`, `id = 1` default
_BINDING_PARENTS = frozenset(
    {"required_parameter", "optional_parameter", "array_pattern", "pair_pattern", "rest_pattern", "assignment_pattern"}
)


def _owner_check_of_other_ids(ctx: FileContext, flow: Flow, fn: Node, ev: Event) -> bool:
    """An ownership check covers the record it was about: a write or read chosen by a client id that
    nothing before it mentions (no lookup, helper call or comparison used it) was not checked. Ids
    are told apart by what is read off them (`params.storeId` is not `params.billboardId`), and a
    presence test (`if (!params.billboardId) return 400`) looks at no record. Ids mentioned anywhere
    else earlier, even only in passing, count as covered: this only drops cover."""
    src = ctx.src
    filters = _filter_nodes(ev, src)
    chosen = {n for n in client_refs(src, ev, filters) - set(flow.records) if not vocab.is_secret_name(n)}
    if chosen:
        # (a page's inline action holding the row to the page's route param, `where: { id, depotId }`,
        # checked for the caller first, `isDepotStaff(userId, depotId)`: that id picks the rows too)
        chosen |= _captured_names(src, fn, filters)
    # (a guard left un-awaited, `!isCoachOf(user, fromTeamId)`, never runs: naming the id there checks nothing)
    floating = tuple(e.node for e in flow.events if e.kind == "floating" and e.node.start_byte < ev.node.start_byte)
    return _unmentioned_before(
        ctx, fn, ev, chosen - {"req", "request"}, filters, (*_unvetted_lookups(ctx, flow, ev), *floating)
    )


def _upsert_apart_from_parent(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """`upsert({ where: { key: photo.key }, update, create: { shopId: shop.id } })` past the check of `shop`:
    the new row is filed under the checked record, but the row the update branch changes is whichever
    holds the key the client sent, in anybody's shop (the filter names neither the record nor the caller)."""
    op = ev.op
    if op is None or op.api != "prisma" or op.verb != "upsert" or not op.args:
        return False
    src = ctx.src
    keys = object_keys(src, op.args[0])
    where, create = keys.get("where"), keys.get("create")
    if where is None or create is None or not client_refs(src, ev, [where]):
        return False
    loaded = set(flow.records)
    if identifiers(src, where, into_functions=True) & (loaded | ev.state.session | ev.state.fetched):
        return False
    filed = [sx.unwrap(v) for v in object_keys(src, create).values()]
    return any(v is not None and v.type == "member_expression" and sx.root_identifier(src, v) in loaded for v in filed)


def _captured_id_check_never_runs(ctx: FileContext, flow: Flow, ep: EntryPoint, ev: Event) -> str | None:
    """A page's inline action changing the row its page's route id picks (`where: { id }`, `id` from
    `await params` around it: any signed-in caller opens the page for any id), whose only check of that
    id is an async one left un-awaited (`if (!canResolve(s.user.id, id)) throw`): the id, else None. A
    captured id no check mentions is left alone, and so is a filter that also holds the row to the caller."""
    op = ev.op
    if ep.kind != "inline-action" or op is None or op.kind != "write" or op.verb in _CREATE_VERBS:
        return None
    if ev.state.owner or ev.state.role:
        return None
    src = ctx.src
    fn = ep.fn.node
    filters = _filter_nodes(ev, src)
    used = {n for f in filters for n in identifiers(src, f)}
    if not filters or used & (ev.state.session | ev.state.fetched | ev.state.client):
        return None
    captured = _captured_names(src, fn, filters)
    floating = [e.node for e in flow.events if e.kind == "floating" and e.node.start_byte < ev.node.start_byte]
    for name in sorted(captured - _vetted_by_the_page(ctx, ep, fn)):
        dead = live = False
        for call in sx.find(fn, ("call_expression",)):
            if call.start_byte >= ev.node.start_byte:
                continue
            if name not in {sx.text(src, a) for a in sx.call_args(call)}:
                continue
            if any(f.start_byte <= call.start_byte and call.end_byte <= f.end_byte for f in floating):
                dead = True
            else:
                live = True
        if dead and not live:
            return name
    return None


def _vetted_by_the_page(ctx: FileContext, ep: EntryPoint, fn: Node) -> set[str]:
    """The names the page around the inline action ``fn`` hands, before defining it, to a project helper
    that signs the caller in itself (`const pantry = await getPantryForUser(id)`, reading the session and
    the caller's seat): the page renders, and so binds its action, only for ids vetted for that caller
    (Next encrypts the closure's values, so the caller cannot swap them)."""
    src = ctx.src
    out: set[str] = set()
    for a in sx.ancestors(fn):
        if not sx.is_function(a):
            continue
        for call in sx.find(a, ("call_expression",), into_functions=False):
            if call.start_byte >= fn.start_byte:
                continue
            target = ctx.analyzer.target(ep.fn.module, call)
            if target is None:
                continue
            summary = ctx.analyzer.summary(target)
            if summary.authenticates or summary.enforces_auth:
                out.update(sx.text(src, x) for x in sx.call_args(call) if x.type == "identifier")
    return out


def _captured_names(src: bytes, fn: Node, filters: list[Node]) -> set[str]:
    """Names in ``filters`` that ``fn`` does not declare but a function around it does (an inline server
    action's use of its page's `depotId`, from `await params`)."""
    own = set(sx.param_names(src, fn))
    for d in sx.find(fn, ("variable_declarator",)):
        own.update(sx.pattern_names(src, d.child_by_field_name("name")))
    outer: set[str] = set()
    for a in sx.ancestors(fn):
        if not sx.is_function(a):
            continue
        outer.update(sx.param_names(src, a))
        for d in sx.find(a, ("variable_declarator",), into_functions=False):
            outer.update(sx.pattern_names(src, d.child_by_field_name("name")))
    used = {n for f in filters for n in identifiers(src, f)}
    return (used & outer) - own


_TESTED_LITERALS = frozenset({"string", "number", "true", "false", "null", "undefined", "template_string"})


def _unvetted_lookups(ctx: FileContext, flow: Flow, ev: Event) -> list[Node]:
    """The reads before ``ev`` whose loaded row, up to ``ev``, is only tested for presence or against
    literals (`if (!application) throw`, `if (application.status !== "pending") throw`): the id that
    found it was looked up, not checked against the caller (`if (user.id !== userId) throw` before
    the lookup vouches for `userId` only)."""
    src = ctx.src
    out: list[Node] = []
    for e in flow.events:
        op = e.op
        if e.kind != "db" or op is None or op.kind != "read" or op.helper is not None:
            continue
        if op.chain.end_byte >= ev.node.start_byte or sx.contains(op.chain, ev.node):
            continue
        names = {name for name, o in flow.records.items() if o is op}
        if not names:
            continue  # (its answer not held: who knows what vetted it)
        filters = _filter_nodes(e, src)
        refs: set[str] = set()
        for f in (op.chain, *op.args):
            refs |= identifiers(src, f, into_functions=True)
        if refs & (e.state.session | e.state.fetched):
            continue  # scoped by what the server knows (`where: { id, shopId: shop.id }`, a relation's own)
        picked = {
            sx.text(src, sx.member_top(n))
            for f in filters
            for n in sx.walk(f, into_functions=True)
            if n.type in ("identifier", "shorthand_property_identifier") and sx.text(src, n) in e.state.client
        }
        if len(picked) != 1:
            continue  # the id looked up inside another one the client sent (`{ id: sizeId, shopId }`)
        uses = [
            n
            for n in sx.walk(flow.fn.node, into_functions=True)
            if n.type in ("identifier", "shorthand_property_identifier")
            and op.chain.end_byte < n.start_byte < ev.node.start_byte
            and sx.text(src, n) in names
        ]
        if uses and all(_tested_only(src, n) for n in uses):
            out.append(op.chain)
    return out


def _tested_only(src: bytes, n: Node) -> bool:
    """``n`` (or a field read off it) is tested for presence (`!row`) or against a literal
    (`row.status !== "pending"`), nothing else (a relation's size, `row.members.length === 0`, is a
    membership test)."""
    top = sx.member_top(n)
    if top is not n and _property(src, top) == "length":
        return False
    parent = top.parent
    while parent is not None and parent.type in sx.TRANSPARENT:
        top, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type == "unary_expression" and _operator(src, parent) == "!":
        return True
    if parent.type == "binary_expression" and _operator(src, parent) in ("===", "!==", "==", "!="):
        left, right = parent.child_by_field_name("left"), parent.child_by_field_name("right")
        other = sx.strip_types(right if left == top else left)
        return other is not None and other.type in _TESTED_LITERALS
    return False


def _destructured_paths(src: bytes, fn: Node, names: set[str], copies: bool = False) -> dict[str, str]:
    """Those of ``names`` that ``fn`` splits off an object by destructuring (`const { fleetId, ...rest } =
    parsedInput`, `const { garageId: id } = input`), each with the value it reads (`parsedInput.fleetId`):
    a check of that value checked the local. With ``copies``, also a const copied once from a field
    (`const shortlistId = params.id`): the same value under another name."""
    out: dict[str, str] = {}
    if not names:
        return out
    for d in sx.find(fn, ("variable_declarator",)):
        pattern = d.child_by_field_name("name")
        value = sx.strip_types(d.child_by_field_name("value"))
        if (
            copies
            and pattern is not None
            and pattern.type == "identifier"
            and value is not None
            and value.type == "member_expression"
            and d.parent is not None
            and d.parent.type == "lexical_declaration"
            and sx.text(src, d.parent).startswith("const")
            and sx.text(src, pattern) in names
        ):
            out[sx.text(src, pattern)] = re.sub(r"[\s?!]", "", sx.text(src, value))
            continue
        if pattern is None or pattern.type != "object_pattern" or value is None:
            continue
        if value.type not in ("identifier", "member_expression"):
            continue
        base = re.sub(r"[\s?!]", "", sx.text(src, value))
        for c in pattern.named_children:
            if c.type == "shorthand_property_identifier_pattern":
                key = name = sx.text(src, c)
            elif c.type == "pair_pattern":
                k, v = c.child_by_field_name("key"), c.child_by_field_name("value")
                if k is None or v is None or v.type != "identifier" or k.type != "property_identifier":
                    continue
                key, name = sx.text(src, k), sx.text(src, v)
            else:
                continue
            if name in names:
                out[name] = f"{base}.{key}"
    return out


def _unmentioned_before(
    ctx: FileContext, fn: Node, ev: Event, chosen: set[str], filters: list[Node], lookups: tuple[Node, ...] = ()
) -> bool:
    """Some of ``chosen``, as ``filters`` read them, is mentioned nowhere before ``ev`` (see above) but
    in ``lookups``, reads whose rows went unvetted. A local split off an object (`const { fleetId } =
    parsedInput`) is mentioned by what it reads (`isFleetAdmin(uid, parsedInput.fleetId)` before it)."""
    src = ctx.src
    if not chosen:
        return False
    if chosen & _element_params(src, fn, ev.node):
        return False  # `items.map((k) => ...)` binds each item, as `for (const k of items)` does
    # a row loaded from the database is one record: its fields (`payout.partnerId`) speak for its `id`
    split = chosen - _loaded_rows(ctx, fn, chosen)
    paths: set[str] = set()
    for f in filters:
        paths |= _access_paths(src, f, split)
    aliases = set(_destructured_paths(src, fn, chosen, copies=True).values())
    alias_roots = {a.split(".", 1)[0] for a in aliases}
    parses, parsed_from = _schema_parsed_sources(src, fn, chosen)
    before = ev.node.start_byte
    for n in sx.walk(fn, into_functions=True):
        if n.start_byte >= before:
            break  # a pre-order walk meets nodes in source order
        if n.type not in ("identifier", "shorthand_property_identifier"):
            continue
        name = sx.text(src, n)
        if name in parsed_from and not any(sx.contains(c, n) for c in parses):
            # `const parsed = schema.safeParse({ userId })`, then `if (me.id !== userId) ...`: the
            # value the schema parsed is the one it answers (a presence test still looks at nothing)
            if chosen & parsed_from[name] and _mentions_value(src, n) and not any(sx.contains(k, n) for k in lookups):
                return False
            continue
        if name not in chosen and (name not in alias_roots or n.type != "identifier"):
            continue
        parent = n.parent
        if parent is None or parent.type in _BINDING_PARENTS:
            continue
        if parent.type == "variable_declarator" and parent.child_by_field_name("name") == n:
            continue
        if parent.type in sx.FUNCTION_TYPES:
            continue  # `id => ...`: a single bare parameter
        if any(sx.contains(look, n) for look in lookups):
            continue  # the row it found was never compared with the caller
        top = sx.member_top(n)
        if (
            top.parent is not None
            and top.parent.type == "unary_expression"
            and _operator(src, top.parent)
            in (
                "!",
                "typeof",
            )
        ):
            continue  # `!params.billboardId`, `typeof viewId !== "string"`: is it there, not whose it is
        if top is not n and _property(src, top) == "length":
            continue  # `viewId.length > 30`: its size, not whose it is
        if _own_method_call(n):
            continue  # `submission.reply()`: the client's parsed form answering itself, no record looked at
        mention = re.sub(r"[\s?!]", "", sx.text(src, top)) if n.type == "identifier" else sx.text(src, n)
        if n.type == "identifier" and _form_field_read(src, n, top):
            mention = re.sub(r"[\s?!]", "", sx.text(src, top.parent or top))  # (`formData.get("id")`: that field)
        elif (
            n.type == "identifier" and top.parent is not None and top.parent.type == "call_expression" and top is not n
        ):
            mention = re.sub(r"[\s?!]", "", sx.text(src, top.child_by_field_name("object") or top))
        if name not in chosen:
            if any(mention == a or mention.startswith(a + ".") for a in aliases) and not _copied_from(src, top, chosen):
                return False  # `parsedInput.fleetId`, read later as the destructured `fleetId`
            continue
        if sx.text(src, n) in split and paths and not any(_same_value(p, mention) for p in paths):
            continue  # another value read off the same object (`params.storeId`)
        return False
    return True


def _copied_from(src: bytes, value: Node, names: set[str]) -> bool:
    """``value`` is what one of ``names`` was copied from (`const listId = params.listId`): the copy
    itself, no check of it."""
    decl = value.parent
    return (
        decl is not None
        and decl.type == "variable_declarator"
        and decl.child_by_field_name("value") == value
        and (name := decl.child_by_field_name("name")) is not None
        and sx.text(src, name) in names
    )


def _element_params(src: bytes, fn: Node, at: Node) -> set[str]:
    """The element parameters of the callbacks around ``at`` (inside ``fn``) handed to a list's `map`,
    `flatMap` or `forEach` (`items.map((k) => ...)`: `k`)."""
    out: set[str] = set()
    for a in sx.ancestors(at):
        if a == fn:
            break
        args = a.parent if sx.is_function(a) else None
        call = args.parent if args is not None and args.type == "arguments" else None
        if call is None or call.type != "call_expression" or sx.call_args(call)[:1] != [a]:
            continue
        callee = sx.strip_types(call.child_by_field_name("function"))
        if callee is None or callee.type != "member_expression":
            continue
        if sx.text(src, callee.child_by_field_name("property")) in ("map", "flatMap", "forEach"):
            out.update(sx.param_names(src, a)[:1])
    return out


def _own_method_call(n: Node) -> bool:
    """``n`` is the bare receiver of a method call (`submission.reply()`, no argument): the client's own
    value running its method, which hands it to no check."""
    member = n.parent
    if member is None or member.type != "member_expression" or member.child_by_field_name("object") != n:
        return False
    call = member.parent
    if call is None or call.type != "call_expression" or call.child_by_field_name("function") != member:
        return False
    args = call.child_by_field_name("arguments")
    return args is not None and args.named_child_count == 0


_SCHEMA_PARSE = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync"})


def _schema_parsed_sources(src: bytes, fn: Node, chosen: set[str]) -> tuple[list[Node], dict[str, set[str]]]:
    """For the locals of ``chosen`` bound to a schema's parse of plain values (`const parsed =
    paramSchema.safeParse({ userId })`): the parse calls, and each value parsed -> those locals."""
    calls: list[Node] = []
    out: dict[str, set[str]] = {}
    for d in sx.find(fn, ("variable_declarator",)):
        name = d.child_by_field_name("name")
        if name is None or name.type != "identifier" or sx.text(src, name) not in chosen:
            continue
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        if sx.last_name(sx.callee_name(src, value)) not in _SCHEMA_PARSE:
            continue
        args = sx.call_args(value)
        arg = sx.strip_types(args[0]) if len(args) == 1 else None
        if arg is None:
            continue
        if arg.type == "identifier":
            given = [sx.text(src, arg)]
        elif arg.type == "object" and all(c.type == "shorthand_property_identifier" for c in arg.named_children):
            given = [sx.text(src, c) for c in arg.named_children]
        else:
            continue
        calls.append(value)
        for g in given:
            out.setdefault(g, set()).add(sx.text(src, name))
    return calls, out


def _mentions_value(src: bytes, n: Node) -> bool:
    """``n`` is used for its value: not bound, not a bare parameter, not a presence or size test."""
    parent = n.parent
    if parent is None or parent.type in _BINDING_PARENTS or parent.type in sx.FUNCTION_TYPES:
        return False
    if parent.type == "variable_declarator" and parent.child_by_field_name("name") == n:
        return False
    top = sx.member_top(n)
    if (
        top.parent is not None
        and top.parent.type == "unary_expression"
        and _operator(src, top.parent) in ("!", "typeof")
    ):
        return False
    return not (top is not n and _property(src, top) == "length")


_PARENT_KEY = re.compile(r"(Id|_id)$")


def _writes_beside(events: list[Event], ev: Event) -> bool:
    """The entry point writes something other than log rows besides ``ev``: the log row records that change."""
    return any(
        e is not ev
        and e.kind == "db"
        and e.op is not None
        and e.op.kind == "write"
        and not _LOG_TABLE.search(e.op.model or "")
        and not vocab.AUDIT.search(e.op.model or "")
        for e in events
    )


def _verdicts_dropped(ctx: FileContext, fn: Node, before: int) -> set[int]:
    """Calls before byte ``before`` that are bare statements (`await checkSampleAccess(uid, id);`) of a project
    check that only reads and answers a failure (`return { error: "No access" }`) rather than throwing: its
    answer is the verdict, and dropping it leaves the check without effect."""
    out: set[int] = set()
    for stmt in sx.find(fn, ("expression_statement",), into_functions=False):
        if stmt.start_byte >= before or not stmt.named_children:
            continue
        call = sx.unwrap(stmt.named_children[0])
        if call is not None and call.type == "await_expression" and call.named_children:
            call = sx.unwrap(call.named_children[0])
        if call is None or call.type != "call_expression":
            continue
        target = ctx.analyzer.target(ctx.module, call)
        if target is None or target.body is None:
            continue
        summary = ctx.analyzer.summary(target)
        if (
            (summary.answers_failure or _answers_error(target))
            and not (summary.enforces_auth or summary.role or summary.owner)
            and summary.ops
            and all(op.kind == "read" for op in summary.ops)
        ):
            out.add(call.id)
    return out


def _answers_error(target: Function) -> bool:
    """The function answers a failure as an object holding an error (`return { error: "No access" }`)."""
    src = target.module.src
    for ret in sx.find(target.node, ("return_statement",), into_functions=False):
        value = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        if value is not None and value.type == "object" and "error" in object_keys(src, value):
            return True
    return False


def _parent_check_never_runs(ctx: FileContext, flow: Flow, ev: Event, tenant_role: bool) -> Node | None:
    """A new row filed under a parent the client picked (`attachment.create({ data: { ...src, ticketId:
    input.to } })`) whose only check is one that never runs (`void assertTicketAccess(userId, input.to)`,
    its promise discarded, or an async check left un-awaited): the value written, else None. A parent id
    no check mentions is left alone (a comment on a public post); one checked anywhere for real counts
    as checked."""
    assert ev.op is not None
    src = ctx.src
    fn = flow.fn.node
    # (an un-awaited check past a role the caller holds leaves that role standing: only a `void`ed
    # one, discarded on purpose, is counted then; a tenant wrapper's role covers its own tenant only)
    floating = set() if ev.state.role and not tenant_role else {e.node.id for e in flow.events if e.kind == "floating"}
    if not ev.state.role or tenant_role:
        floating |= _verdicts_dropped(ctx, fn, ev.node.start_byte)  # (an awaited check whose answer is dropped)
    pairs: list[tuple[str, Node | None]] = list(_sql_insert_pairs(ctx, ev.op))
    for data in ev.op.data:
        for row in _rows_written(ctx, fn, data):
            # (a parsed object written whole, or spread into the row: `values({ id, ...data })`)
            spreads = [sx.strip_types(c.named_children[0]) for c in row.named_children if c.type == "spread_element"]
            for whole_row in [row, *(n for n in spreads if n is not None)]:
                whole = _whole_client_row_parent(ctx, flow, ev, whole_row, floating)
                if whole is not None:
                    return whole
            pairs.extend(object_keys(src, row).items())
    if pairs:
        for key, value in pairs:
            roots = identifiers(src, value, into_functions=True) & ev.state.client if value is not None else set()
            if not _PARENT_KEY.search(key) or not roots:
                continue
            paths = _access_paths(src, value, roots)
            dead = live = False
            for n in sx.walk(fn, into_functions=True):
                if n.start_byte >= ev.node.start_byte:
                    break
                if n.type not in ("identifier", "shorthand_property_identifier") or sx.text(src, n) not in roots:
                    continue
                if n.type == "identifier" and _binding(n):
                    continue
                mention = re.sub(r"[\s?!]", "", sx.text(src, sx.member_top(n)))
                if not any(_same_value(p, mention) for p in paths):
                    continue
                if mention in roots and (n.parent is None or n.parent.type != "arguments"):
                    # (a plain local counts where it is handed to a call: `check(uid, eventId)`; in a
                    # lookup, `planSet.findUnique({ where: { id } })`, by what is done with the record found:
                    # its `ps.permitId` handed only to a check that never runs is no check of the parent)
                    found = _found_by_lookup(ctx, flow, ev, n)
                    if found:
                        if _record_checks_never_run(ctx, flow, ev, found, floating):
                            dead = True
                        else:
                            live = True
                    continue
                if _never_runs(src, n, fn, floating):
                    dead = True
                else:
                    live = True
            if dead and not live:
                return value
    return None


def _whole_client_row_parent(ctx: FileContext, flow: Flow, ev: Event, row: Node, floating: set[int]) -> Node | None:
    """A parsed client object written whole (`create({ data })`, `data = schema.parse(input)`) whose
    parent key (`data.organizerId`) only a check that never runs mentions (`!isOrgMember(uid,
    data.organizerId) && ...` un-awaited): the row written, else None."""
    src = ctx.src
    node = sx.strip_types(row)
    if node is None or node.type not in ("identifier", "shorthand_property_identifier"):
        return None
    name = sx.text(src, node)
    if name not in ev.state.client:
        return None
    dead: set[str] = set()
    live: set[str] = set()
    for m in sx.find(flow.fn.node, ("member_expression",)):
        if m.start_byte >= ev.node.start_byte:
            break
        obj, prop = m.child_by_field_name("object"), m.child_by_field_name("property")
        if obj is None or prop is None or sx.text(src, obj) != name or not _PARENT_KEY.search(sx.text(src, prop)):
            continue
        key = sx.text(src, prop)
        if _never_runs(src, m, flow.fn.node, floating):
            dead.add(key)
            continue
        # (`program.findUnique({ where: { id: data.programId } })` only finds the parent: what is checked
        # is then the record found, `isFoundationAdmin(uid, program.foundationId)`)
        found = _found_by_lookup(ctx, flow, ev, m)
        if found is None:
            live.add(key)
        elif found:
            (dead if _record_checks_never_run(ctx, flow, ev, found, floating) else live).add(key)
    return row if dead - live else None


def _found_by_lookup(ctx: FileContext, flow: Flow, ev: Event, mention: Node) -> set[str] | None:
    """The names bound to the record an earlier read found by ``mention`` alone (no session in its
    filter), or None when the mention is no such lookup."""
    for e in flow.events:
        if e.node.start_byte >= ev.node.start_byte:
            break
        if e.kind != "db" or e.op is None or e.op.kind != "read" or not sx.contains(e.node, mention):
            continue
        if session_constrained(ctx.src, e):
            return None
        return {n for n, op in flow.records.items() if op is e.op or op.call.id == e.node.id}
    return None


def _record_checks_never_run(ctx: FileContext, flow: Flow, ev: Event, names: set[str], floating: set[int]) -> bool:
    """A field of the found record (`program.foundationId`) is handed only to checks that never run."""
    src = ctx.src
    dead = live = False
    for m in sx.find(flow.fn.node, ("member_expression",)):
        if m.start_byte >= ev.node.start_byte:
            break
        obj = m.child_by_field_name("object")
        if obj is None or obj.type != "identifier" or sx.text(src, obj) not in names:
            continue
        if _never_runs(src, m, flow.fn.node, floating):
            dead = True
        else:
            live = True
    return dead and not live


def _binding(n: Node) -> bool:
    parent = n.parent
    return (
        parent is None
        or parent.type in _BINDING_PARENTS
        or (parent.type == "variable_declarator" and parent.child_by_field_name("name") == n)
    )


def _never_runs(src: bytes, n: Node, fn: Node, floating: set[int]) -> bool:
    """``n`` sits in a call whose promise is discarded on purpose (`void check(...)`), or in an async
    check left un-awaited (``floating``: a bare `assertLeaseHolder(userId, id);`, `!inBuilding(...)`),
    or behind one that short-circuits it (`!isEditor(...) && !(await canEdit(...))`)."""
    p = n.parent
    while p is not None and p != fn:
        if p.type == "unary_expression" and _operator(src, p) == "void":
            return True
        if p.type == "call_expression" and p.id in floating:
            return True
        p = p.parent
    return _short_circuited(src, n, fn, floating)


def _short_circuited(src: bytes, n: Node, fn: Node, floating: set[int]) -> bool:
    """``n`` is in the right operand of `&&` whose left one is always false (`!isEditor(...)`, an un-awaited
    check negated: a Promise is never falsy) or of `||` whose left one is always true (`isBlocked(...)`
    un-awaited): JavaScript never evaluates it, so a check there never runs."""
    child, p = n, n.parent
    while p is not None and p != fn:
        if p.type == "binary_expression" and p.child_by_field_name("right") == child:
            op = _operator(src, p)
            if op in ("&&", "||") and _constant_promise_test(src, p.child_by_field_name("left"), op, floating):
                return True
        child, p = p, p.parent
    return False


def _constant_promise_test(src: bytes, node: Node | None, op: str, floating: set[int]) -> bool:
    """``node`` is always false (for `&&`: `!floating()`, or a conjunction holding one) or always true
    (for `||`: `floating()`, or a disjunction holding one)."""
    node = sx.strip_types(node)
    if node is None:
        return False
    if node.type == "binary_expression" and _operator(src, node) == op:
        return any(_constant_promise_test(src, node.child_by_field_name(f), op, floating) for f in ("left", "right"))
    if op == "&&" and node.type == "unary_expression" and _operator(src, node) == "!":
        inner = sx.strip_types(node.child_by_field_name("argument"))
        return inner is not None and inner.type == "call_expression" and inner.id in floating
    return op == "||" and node.type == "call_expression" and node.id in floating


def _rows_found_by_client(ctx: FileContext, flow: Flow, before: list[Event], names: set[str]) -> set[str]:
    """The client's values that chose a row an earlier read found by them alone, one of ``names`` being
    bound to it (`const file = await db.attachment.findUnique({ where: { id } })`, no session in the
    filter, not a secret token): its `file.id` is the client's choice read back, and an existence check
    on it proves nothing."""
    src = ctx.src
    out: set[str] = set()
    for e in before:
        op = e.op
        if e.kind != "db" or op is None or op.kind != "read" or op.api == "helper" or session_constrained(src, e):
            continue
        filters = _filter_nodes(e, src)
        picked = client_refs(src, e, filters)
        if (
            not picked
            or any(vocab.is_secret_name(n) for n in picked)
            or guards.found_by_credential(src, op.args)
            or guards.sql_found_by_credential(src, op)
            or guards.found_by_handed_out_code(src, op)
        ):
            continue
        if len(picked) > 1 and _under_checked_resource(ctx, flow, before, e, picked):
            # `ticket.findFirst({ where: { code, eventId } })` after a role check in the event's charity: the
            # row is one of a parent the caller may act on, and its id read back is the server's
            continue
        if any(
            n in names and (o is op or o.call.id == e.node.id) and not _compared_after(ctx, flow, n, e.node)
            for n, o in flow.records.items()
        ):
            out |= picked  # (what chose the row: a check of those, `getToken(user, params.repo)`, vets it)
    return out


def _under_checked_resource(ctx: FileContext, flow: Flow, before: list[Event], read: Event, picked: set[str]) -> bool:
    """One of ``picked`` is the id that loaded a parent record first (`const event = await
    db.event.findUnique({ where: { id } })`), a field of which an awaited role or ownership helper then
    checked before ``read`` (`await requireCharityRole(event.charityId, ORGANIZER_ROLES)`): the organisation
    derived from the resource and checked, so ``read`` keeps to that parent's rows."""
    src = ctx.src
    for name, rec in flow.records.items():
        load = next((b for b in before if b.op is rec and b.node.start_byte < read.node.start_byte), None)
        if load is None or rec.kind != "read":
            continue
        ids = client_refs(src, load, _filter_nodes(load, src))
        if not ids or not ids <= picked or ids == picked:
            continue  # (the parent's own ids, and more besides: a row among that parent's)
        for call in sx.find(flow.fn.node, ("call_expression",)):
            if not (load.node.end_byte <= call.start_byte < read.node.start_byte) or not is_awaited(call):
                continue
            held = [a for a in sx.call_args(call) if a.type == "member_expression" and _root(src, a) == name]
            helper = ctx.analyzer.target(ctx.module, call) if held else None
            if helper is not None and _dominates(call, read.node) and _answers_tenant_grant(helper):
                return True
    return False


def _compared_after(ctx: FileContext, flow: Flow, name: str, read: Node) -> bool:
    """A field of ``name`` compared with a value, not a literal, in an exit after the ``read``
    (`if (!customer || customer.portal_token !== input.token) return`): the row was checked."""
    src = ctx.src
    for stmt in _exiting_ifs(ctx, flow.fn.node):
        cond = stmt.child_by_field_name("condition")
        if stmt.start_byte < read.end_byte or cond is None:
            continue
        for n in sx.find(cond, ("binary_expression",)):
            if _operator(src, n) not in ("===", "!==", "==", "!="):
                continue
            sides = [sx.strip_types(n.child_by_field_name("left")), sx.strip_types(n.child_by_field_name("right"))]
            if any(x is None or x.type in _LITERAL_TYPES for x in sides):
                continue
            if any(x is not None and x.type == "member_expression" and _root(src, x) == name for x in sides):
                return True
        for call in sx.find(cond, ("call_expression",)):
            # (`!matchesCode(row.confirmation_code, code)`, `!safeEqual(row.token_hash, hash)`: a helper
            # comparing the row's secret with what the caller sent)
            callee = sx.strip_types(call.child_by_field_name("function"))
            args = [sx.strip_types(a) for a in sx.call_args(call)]
            if callee is None or len(args) != 2 or any(a is None or a.type in _LITERAL_TYPES for a in args):
                continue
            if not _SECRET_COMPARE.search(ctx.text(callee)):
                continue
            for x in args:
                if x is not None and x.type == "member_expression" and _root(src, x) == name:
                    prop = x.child_by_field_name("property")
                    field = ctx.text(prop) if prop is not None else ""
                    if vocab.is_secret_name(field) or _HANDED_OUT_CODE.search(field):
                        return True
    return False


# a helper comparing two values (`matchesConfirmationCode`, `safeCompare`, `timingSafeEqual`, `verifyToken`)
_SECRET_COMPARE = re.compile(r"(?i)(match|compare|equal|verify)\w*$")


_LITERAL_TYPES = frozenset({"null", "undefined", "true", "false", "string", "number", "template_string"})


def _loaded_rows(ctx: FileContext, fn: Node, names: set[str]) -> set[str]:
    """Those of ``names`` bound (also in a nested callback) to what a database read returned (also
    the `data` of a Supabase query's answer: `const { data: member } = await supabase.from(...)...`)."""
    out: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",)):
        name = sx.strip_types(d.child_by_field_name("name"))
        value = sx.unwrap(d.child_by_field_name("value"))
        if name is not None and name.type == "object_pattern" and value is not None:
            bound = sx.names_bound_to(ctx.src, name, "data") & names
            if bound and _supabase_read_chain(ctx, value):
                out |= bound
            continue
        if name is None or name.type != "identifier" or ctx.text(name) not in names:
            continue
        if value is not None and value.type == "call_expression":
            op = ctx.analyzer.classify(ctx.module, value)
            if (op is not None and op.kind == "read") or (op is None and _reading_helper(ctx, value)):
                out.add(ctx.text(name))
    return out


def _supabase_read_chain(ctx: FileContext, value: Node) -> bool:
    """`supabase.from("members").select("id, user_id").eq("id", id).single()`: a Supabase read, the op
    classified on an inner call of the chain."""
    node: Node | None = value
    for _ in range(8):
        if node is None or node.type != "call_expression":
            return False
        op = ctx.analyzer.classify(ctx.module, node)
        if op is not None:
            return op.api == "supabase" and op.kind == "read"
        fn = sx.unwrap(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return False
        node = sx.unwrap(fn.child_by_field_name("object"))
    return False


def _reading_helper(ctx: FileContext, call: Node) -> bool:
    """`getTourByUuid(id)`: a project helper whose database work is reads only (at least one), so what
    it answers is a loaded row."""
    target = ctx.analyzer.target(ctx.module, call)
    if target is None:
        return False
    ops = [e.op for e in ctx.analyzer.helper_flow(target).events if e.kind == "db" and e.op is not None]
    return bool(ops) and all(op.kind == "read" for op in ops)


_REQUEST_PARTS = frozenset({"query", "params", "body"})
_ID_NAME = re.compile(r"(^id$|Id$|_id$|ID$|^slug$|[a-z]Slug$)")  # `req.query.workspaceSlug` picks the tenant too


def _inline_request_ids(src: bytes, ev: Event, filters: list[Node]) -> set[str]:
    """`User.findByIdAndUpdate(req.query.id, ...)` (pages/api): an id read straight off the request
    where the record is chosen. The whole `req` is no chosen id (helpers get it passed through),
    but `req.query.id` is."""
    out: set[str] = set()
    for node in filters:
        for n in sx.walk_named(node, into_functions=True):
            if n.type != "member_expression":
                continue
            obj = n.child_by_field_name("object")
            prop = sx.text(src, n.child_by_field_name("property"))
            if obj is None or obj.type != "member_expression" or not _ID_NAME.search(prop):
                continue
            root, part = obj.child_by_field_name("object"), obj.child_by_field_name("property")
            if root is None or part is None or root.type != "identifier":
                continue
            if sx.text(src, root) in ev.state.client and sx.text(src, part) in _REQUEST_PARTS:
                out.add(sx.text(src, n))
    return out


def _owner_fields(ctx: FileContext, fn: Node, ev: Event, ep: EntryPoint | None = None) -> Iterator[tuple[str, Node]]:
    op = ev.op
    assert op is not None
    src = ctx.src
    # (a new row's parent only: moving rows between parents is judged by the filter that picks them)
    program = ctx.analyzer.program
    creates = op.api == "prisma" and op.verb in _CREATE_VERBS
    # (raw SQL declares no relations: its `load_id` names the parent table by name; the query builders'
    # parent ids are left to the checks that mention them, as a comment on a public post is)
    inserts = op.api == "sql"
    # (a query builder's new row names its parent by column: `.insert({ patient_id })` on a table the
    # name or the code says is someone's; not a log of what happened, `scan_events`, `login_attempts`)
    builds = op.api in _BUILDER_APIS and op.verb in _CREATE_VERBS and not _LOG_TABLE.search(op.model or "")
    pairs: list[tuple[str, Node]] = list(_sql_insert_pairs(ctx, op))
    whole: set[str] = set()
    for data in op.data:
        for row in _rows_written(ctx, fn, data):
            pairs.extend(object_keys(src, row).items())
            if op.verb in _CREATE_VERBS and row.type == "object":
                # (a schema's answer spread into a new row, `{ ...input, ownerId: userId }`: each key its schema
                # admits is a column the client filled, reported on the spread)
                for at, spread in enumerate(row.named_children):
                    arg = sx.unwrap(spread.named_children[0]) if spread.type == "spread_element" else None
                    later = {  # (a key set after the spread wins: `{ ...input, orgId: ctx.orgId }`)
                        sx.text(src, k).strip("\"'")
                        for p in row.named_children[at + 1 :]
                        if (k := p if p.type == "shorthand_property_identifier" else p.child_by_field_name("key"))
                    }
                    parsed = _parsed_local_keys(ctx, fn, arg, ev.state.client)
                    listed: Node | None = None
                    if not parsed:
                        # (each row of a list parsed in place, spread by the map callback writing it: the
                        # owner is the list's, as the client sent it)
                        parsed, listed = _parsed_row_keys(ctx, fn, arg)
                    if not parsed and ep is not None and arg is not None and not _filed_under_caller(ctx, ev, row):
                        # (the action's own input, parsed by the schema its wrapper or client was handed:
                        # `validatedActionWithUser(schema, async (data) => create({ data: { ...data } }))`; in a
                        # row the literal files under the caller, `studentId: user.id`, the others are its parties)
                        owners = _owner_keys(ctx.analyzer) | _user_relation_columns(ctx, op.model if creates else "")
                        # (a key the code read by name before the write, `getOrgRole(data.orgId, user.id)`,
                        # is left to the checks that mention it, and the row's other people are its parties)
                        before = ctx.src[fn.start_byte : ev.node.start_byte].decode("utf-8", "replace")
                        parsed = [k for k in _whole_input_keys(ctx, ep, arg, ev.state.client) if k in owners]
                        if any(re.search(rf"\b{re.escape(ctx.text(arg))}\??\.{k}\b", before) for k in parsed):
                            parsed = []
                    if not parsed and arg is not None and ep is not None and raw_body_local(ctx.src, ep.fn.node, arg):
                        # (the request's body as it came, `{ ...payload }`: any owner column the model declares
                        # rides along, `senderId`, unless the literal sets it after the spread)
                        declared = _declared_columns(ctx, op)
                        parsed = sorted(
                            (_owner_keys(ctx.analyzer) | {c for c in declared if _SENDER_KEY.match(c)}) & declared
                        )
                    if not parsed and arg is not None and ep is not None:
                        # (an action's parameter spread in as it came, its type listing an owner column, `{
                        # ...input }` of `input: { body: string; patient_user_id: string }`: the type checks
                        # nothing at run time, and the owner it declares is the client's)
                        parsed = _typed_owner_keys(ctx, ep, op, arg)
                    pairs.extend((key, listed or spread) for key in parsed if key not in later)
        if op.verb in _CREATE_VERBS:
            # (so is a new row that is the schema's answer whole, `create({ data: input })`, also as the one
            # document of a list, Mongoose's `Comment.create([input], { session })`)
            parsed = _parsed_local_keys(ctx, fn, _sole_element(data), ev.state.client)
            whole.update(parsed)
            pairs.extend((key, data) for key in parsed)
        if creates and ep is not None:
            # (the action's parsed input written whole, `create({ data: parsedInput })`: its schema's keys are
            # the new row's columns, each filled by the client)
            admitted = _whole_input_keys(ctx, ep, data, ev.state.client)
            if not admitted:
                # (or its own unvalidated parameter, typed: `create({ data: input })` of `input: { partnerId:
                # string }`, the keys the spread of it is judged by)
                admitted = _typed_owner_keys(ctx, ep, op, data)
            whole.update(admitted)
            pairs.extend((key, data) for key in admitted)
    if creates:
        # (a Prisma nested create files its rows under the new one: `memberships: { create: { userId,
        # role: "owner" } }`, whose `userId` is an owner written like a top-level one)
        for _key, value in list(pairs):
            nested = object_keys(src, value).get("create") if sx.unwrap(value) is not None else None
            node = sx.unwrap(nested)
            rows = [node] if node is not None and node.type == "object" else []
            if node is not None and node.type == "array":
                rows = [r for r in map(sx.unwrap, node.named_children) if r is not None and r.type == "object"]
            for row in rows:
                pairs.extend(object_keys(src, row).items())
    if builds:
        # (a row filed under the caller, `{ pet_id, booking_id, user_id: user.id }`, is the caller's own:
        # the ids it names are references, not a change to those records)
        mine = ev.state.session | ev.state.fetched
        builds = not any(k in _OWN_ROW_KEYS and identifiers(src, v, into_functions=True) & mine for k, v in pairs)
        # (so is one filed under a parent record found in the caller's scope, `workOrderId: wo.id` of a work
        # order looked up in the caller's org: a part it cites is a reference)
        vetted = _loaded_rows(ctx, fn, mine)
        builds = builds and not any(
            _PARENT_STEM.match(k) and k not in _TENANT_COLUMNS and _read_off_rows(src, v, vetted) for k, v in pairs
        )
    # (a new row naming nobody at all, `collection_items.insert({ collection_id, model_id })`, puts something
    # into the parent it names: under a parent held to its owner, that is a change of the owner's record)
    # (a row with an author or owner column, `author_id: authorId`, is someone's, judged by that column)
    anonymous = builds and not any(
        identifiers(src, v, into_functions=True) & (ev.state.session | ev.state.fetched)
        or k in _OWNER_COLUMNS
        or k in vocab.OWNER_FIELDS
        or _AUTHORSHIP.match(k)
        for k, v in pairs
    )
    # (a key the caller's own session holds, `vendorId` beside `vendor.vendorId`: the caller's company,
    # whatever the schema says of it)
    held = _session_held_keys(ctx, fn, ev, pairs)
    # (and the columns the project files its rows under the caller by, under a name of its own:
    # `applicantId` of `data: { applicantId: userId }`)
    users = owner_columns_of(ctx.analyzer)
    # (an entry of the audit trail naming a workspace, `auditLog({ workspaceId, action })`, records what
    # happened there: it is no row of that workspace's the caller files)
    trail = bool(vocab.AUDIT.search(op.model or ""))
    # (a document naming the caller as one of its people, `{ studentId: user.id, instructorId }`, is the
    # caller's own: the other person is whom it is addressed to)
    people = op.api == "mongoose" and not any(
        (k in vocab.OWNER_FIELDS or k in users or _PERSON_KEY.match(k))
        and identifiers(src, v, into_functions=True) & (ev.state.session | ev.state.fetched)
        for k, v in pairs
    )
    filed_as_caller = inserts and any(
        (k in _OWN_ROW_KEYS or k in vocab.OWNER_FIELDS or k in _TENANT_COLUMNS or _AUTHORSHIP.match(k))
        and identifiers(src, v, into_functions=True) & (ev.state.session | ev.state.fetched)
        for k, v in pairs
    )
    for key, value in pairs:
        owned = owner_relation(ctx.src, key, value)
        if owned is not None:
            # (`user: { connect: { cid } }`: the owner judged by the value it is connected by)
            key, value = owned, connected_value(ctx.src, value) or value
        if trail and (key in vocab.TENANT_OWNER_FIELDS or key in _TENANT_FIELDS):
            continue
        owner = (
            key in vocab.OWNER_FIELDS
            or (key in users and not _looked_up_user(ctx, fn, value))
            or key in _EDITOR_FIELDS
            or key in _TENANT_FIELDS
            or key in _SENDER_FIELDS
            or _ACTOR_FIELD.match(key) is not None
        )
        if (
            owner
            or key in held
            # (`driverId` defaulting to `(await requireDriver()).driverId`: the signed-in principal's id)
            or (ep is not None and _principal_key(ctx, ep, key, value))
            or (creates and key.endswith("Id") and _tenant_parent_key(program, op, key))
            # (of a parsed input written whole, a column with no relation declared: `fieldId` of a `SoilTest`,
            # naming a tenant's `Field`)
            or (key in whole and key.endswith("Id") and _named_tenant_parent(program, key))
            # (an author a parsed input written whole names, `author` of a Mongoose ref: whose the row is)
            or (key in whole and _WHOLE_AUTHOR.match(key) is not None)
            or (inserts and _named_tenant_parent(program, key))
            # (a raw insert's column list read like an ORM create's keys: `studio_id` spelling the parent the
            # schema's role rows assign users to, filled from the client, files the row under any of them; not
            # in a row filed under the caller or the caller's tenant, whose other ids are references)
            or (inserts and not filed_as_caller and _assigned_parent_column(program, key))
            or (builds and _private_parent_key(program, key, op.api == "supabase"))
            # (`emergency_contacts.insert({ family_id })`: a new row filed in the group the client picked, a group
            # the project reads off the caller's own row; also that row itself, `guardians.insert({ user_id: user.id,
            # family_id })`, the caller joining any of them)
            or (op.api == "supabase" and op.verb in _CREATE_VERBS and _caller_row_group(program, key))
            or (builds and anonymous and op.api == "supabase" and _held_parent_key(program, key))
            # (the same of a drizzle insert under a table the code holds to its owner, `eq(items.userId, userId)`)
            or (builds and anonymous and op.api == "drizzle" and _held_parent_key(program, key, drizzle=True))
            or (op.verb in _CREATE_VERBS and _tenant_person_key(program, key))
            or (people and _mongoose_person_key(program, op, key))
            # (a `mongodb` driver document filed under a parent collection the project inserts with an owner,
            # `invites.insertOne({ groupId })` beside `groups.insertOne({ ownerId: me })`: that owner's record)
            or (op.api == "mongo" and op.verb in _MONGO_INSERTS and _names_table(key, _owned_models(program)))
        ):
            yield key, value


_MONGO_INSERTS = frozenset({"insertOne", "insertMany"})


def _read_off_rows(src: bytes, value: Node, rows: set[str]) -> bool:
    """``value`` is a field read off one of ``rows`` (`wo.id`)."""
    node = sx.strip_types(value)
    return node is not None and node.type == "member_expression" and sx.root_identifier(src, node) in rows


def _whole_input_keys(ctx: FileContext, ep: EntryPoint, data: Node, client: set[str]) -> list[str]:
    """The keys of the object schema(s) an action parses its input by, when ``data`` is that input
    itself (`data: parsedInput`); none otherwise or when a schema's keys are unknown."""
    node = sx.strip_types(data)
    if node is None or node.type not in ("identifier", "shorthand_property_identifier"):
        return []
    if ctx.text(node) not in ep.input_params:
        # (a local bound to a schema's parse of the request, `const input = NewDepot.parse(raw)`: the same)
        call = _parse_bound_to(ctx, ep.fn.node, ctx.text(node))
        return _parse_client_keys(ctx, call, client) if call is not None else []
    if not ep.schemas:
        return []
    keys: list[str] = []
    for mod, schema in ep.schemas:
        found = schema_keys(mod, schema, ctx.analyzer.program)
        if found is None:
            return []
        keys.extend(k for k in found if k not in keys)
    return keys


# who sent a message or a post (`senderId`, `sender_id`, `fromUserId`): the caller, as its author is
_SENDER_KEY = re.compile(r"^(sender|from_?user)(Id|_id)$")


def _declared_columns(ctx: FileContext, op: DbOp) -> frozenset[str]:
    """The columns the schema declares for the model ``op`` writes (a Prisma model or a Mongoose schema)."""
    if not op.model:
        return frozenset()
    if op.api == "mongoose":
        return tenancy.mongoose_model_keys(ctx.analyzer.program, op.model)
    body = prisma_models(ctx.analyzer.program, ctx.path).get(op.model.lower(), "")
    return frozenset(line.split()[0] for line in body.splitlines() if line.split() and line.split()[0].isidentifier())


def _filed_under_caller(ctx: FileContext, ev: Event, row: Node) -> bool:
    """The row literal sets an id column to the caller's own user id (`{ ...data, studentId: user.id }`): the
    row is the caller's, and the people the spread names beside it (`tutorId`) are its other parties."""
    mine = ev.state.session | ev.state.fetched
    for key, value in object_keys(ctx.src, row).items():
        node = sx.strip_types(value)
        if node is None or not _ID_COLUMN_KEY.match(key) or not _CALLER_USER_ID.fullmatch(ctx.text(node)):
            continue
        refs = identifiers(ctx.src, node, into_functions=True)
        if refs & mine and not refs & ev.state.client:
            return True
    return False


# an id column (`studentId`, `client_id`), not the row's own `id`; the caller's user id as code writes it
_ID_COLUMN_KEY = re.compile(r"^[A-Za-z]\w*?(?:Id|_id)$")
_CALLER_USER_ID = re.compile(
    r"(?:[\w$]+\??\.)*(?:\w*[uU]ser|me|viewer|caller|actor)\??\.id|(?:[\w$]+\??\.)*(?:userId|user_id)"
)


def _user_relation_columns(ctx: FileContext, model: str | None) -> frozenset[str]:
    """The columns of a Prisma model naming a user through a relation (`studentId` of `student User
    @relation(fields: [studentId], ...)`): whose row it is, or who takes part in it."""
    if not model:
        return frozenset()
    body = prisma_models(ctx.analyzer.program, ctx.path).get(model.lower(), "")
    out: set[str] = set()
    for line in body.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1].rstrip("?[]") == "User":
            found = re.search(r"fields:\s*\[\s*(\w+)\s*\]", line)
            if found is not None:
                out.add(found.group(1))
    return frozenset(out)


def _owner_keys(az: Analyzer) -> frozenset[str]:
    """The keys naming whose or which tenant's a row is: the usual owner and tenant fields, and the columns the
    project files its rows under the caller by."""
    return frozenset(vocab.OWNER_FIELDS | _TENANT_FIELDS | _TENANT_COLUMNS | owner_columns_of(az))


def _typed_param_keys(ctx: FileContext, ep: EntryPoint, node: Node) -> list[str]:
    """The keys an object type literal declares for the entry point's own unvalidated parameter ``node``
    names (`input: { body: string; patient_user_id: string }`); none for anything else."""
    held = sx.unwrap(node)
    if held is None or held.type not in ("identifier", "shorthand_property_identifier"):
        return []
    name = ctx.text(held)
    if name not in ep.input_params or name in ep.validated_params:
        return []
    if ep.schema_validated and name not in ep.raw_params:
        return []
    params = ep.fn.node.child_by_field_name("parameters")
    for param in params.named_children if params is not None else []:
        pattern = param.child_by_field_name("pattern")
        annotation = param.child_by_field_name("type")
        if pattern is None or annotation is None or ctx.text(pattern) != name:
            continue
        shape = next((c for c in annotation.named_children if c.type == "object_type"), None)
        if shape is None:
            return []
        return [
            ctx.text(key).strip("\"'")
            for sig in shape.named_children
            if sig.type == "property_signature" and (key := sig.child_by_field_name("name")) is not None
        ]
    return []


def _typed_owner_keys(ctx: FileContext, ep: EntryPoint, op: DbOp, node: Node) -> list[str]:
    """`_typed_param_keys` naming whose or which tenant's the new row is: an owner or tenant column, a person
    of a Mongoose document, or the key of a parent the schema files under a tenant (`partnerId` of a `Digest`
    under a workspace's `Partner`)."""
    program = ctx.analyzer.program
    creates = op.api == "prisma" and op.verb in _CREATE_VERBS
    return [
        k
        for k in _typed_param_keys(ctx, ep, node)
        if k in _owner_keys(ctx.analyzer)
        or _mongoose_person_key(program, op, k)
        or (creates and k.endswith("Id") and _tenant_parent_key(program, op, k))
    ]


def _sole_element(data: Node) -> Node | None:
    """``data`` itself, or the one element of a list literal (`[input]`)."""
    node = sx.unwrap(data)
    if node is not None and node.type == "array":
        items = [c for c in node.named_children if c.type != "comment"]
        return sx.unwrap(items[0]) if len(items) == 1 else None
    return node


def _parsed_local_keys(ctx: FileContext, fn: Node, node: Node | None, client: set[str]) -> list[str]:
    """The owner and tenant keys of the object schema whose parse of the request a local of ``fn`` holds (`const input =
    NewDepot.parse(raw)`, `await Body.parseAsync(await req.json())`), ``node`` naming that local; none when
    the local is made otherwise or the schema's keys are unknown."""
    if node is None or node.type != "identifier":
        return []
    call = _parse_bound_to(ctx, fn, ctx.text(node))
    # (its owner and tenant keys only: a parent the row cites is judged where a check mentions it; an
    # author named bare, `author: z.string()` of a Mongoose ref, is whose the row is too)
    if call is None:
        return []
    owners = _owner_keys(ctx.analyzer)
    return [k for k in _parse_client_keys(ctx, call, client) if k in owners or _WHOLE_AUTHOR.match(k)]


# what keeps a list schema's rows as they are: its bounds, optionality, a default
_LIST_BOUNDS = frozenset({"min", "max", "length", "nonempty", "optional", "nullable", "default", "describe"})


def _parsed_row_keys(ctx: FileContext, fn: Node, node: Node | None) -> tuple[list[str], Node | None]:
    """`rows.map((r) => ({ ...r, tenantId }))` of `const rows = z.array(Row.extend({ userId })).max(200).parse(raw)`,
    ``node`` the callback's parameter: each row holds the owner keys of the list's row schema. (keys, the
    parsed list `rows`: the client value they come from)"""
    if node is None or node.type != "identifier":
        return [], None
    name = ctx.text(node)
    callback = node.parent
    while callback is not None and callback.type not in ("arrow_function", "function_expression"):
        callback = callback.parent
    params = callback.child_by_field_name("parameters") if callback is not None else None
    single = callback.child_by_field_name("parameter") if callback is not None else None
    declared = [ctx.text(single)] if single is not None else []
    declared += [ctx.text(p) for p in (params.named_children if params is not None else ())]
    declared = [d.split(":", 1)[0].strip() for d in declared]
    if callback is None or not declared or declared[0] != name or callback.parent is None:
        return [], None
    mapping = callback.parent.parent  # (arguments -> the `.map(...)` call)
    callee = sx.strip_types(mapping.child_by_field_name("function")) if mapping is not None else None
    if callee is None or callee.type != "member_expression" or _property(ctx.src, callee) != "map":
        return [], None
    listed = sx.strip_types(callee.child_by_field_name("object"))
    call = _parse_bound_to(ctx, fn, ctx.text(listed)) if listed is not None and listed.type == "identifier" else None
    parser = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
    value = sx.strip_types(parser.child_by_field_name("object")) if parser is not None else None
    while value is not None and value.type == "call_expression":
        step = sx.strip_types(value.child_by_field_name("function"))
        if step is None or step.type != "member_expression" or _property(ctx.src, step) == "array":
            break
        if _property(ctx.src, step) not in _LIST_BOUNDS:
            return [], None
        value = sx.strip_types(step.child_by_field_name("object"))
    if value is None or value.type != "call_expression" or sx.callee_name(ctx.src, value) != "z.array":
        return [], None
    args = sx.call_args(value)
    found = schema_keys(ctx.module, args[0], ctx.analyzer.program) if args else None
    owners = _owner_keys(ctx.analyzer)
    return [k for k in found or () if k in owners], listed


def _parse_bound_to(ctx: FileContext, fn: Node, name: str) -> Node | None:
    """The call of `const <name> = <Schema>.parse(x)` (or an awaited `parseAsync`), ``name`` bound once in
    ``fn`` and never assigned again; None otherwise."""
    found: Node | None = None
    for d in _declarators(ctx, fn):
        target = d.child_by_field_name("name")
        if target is None or target.type != "identifier" or ctx.text(target) != name:
            continue
        call = sx.strip_types(d.child_by_field_name("value"))
        while call is not None and call.type == "await_expression":
            call = sx.strip_types(call.named_children[0] if call.named_children else None)
        callee = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
        if found is not None or call is None or call.type != "call_expression" or callee is None:
            return None
        if callee.type != "member_expression" or ctx.text(callee.child_by_field_name("property")) not in (
            "parse",
            "parseAsync",
        ):
            return None
        found = call
    if found is not None and any(
        ctx.text(a.child_by_field_name("left")) == name for a in sx.find(fn, ("assignment_expression",))
    ):
        return None  # (assigned again somewhere)
    return found


def _parse_client_keys(ctx: FileContext, call: Node, client: set[str]) -> list[str]:
    """The keys of the schema ``call`` parses by (`NewDepot.parse(raw)`), less those the parsed object sets
    from no client value (`parse({ ...raw, orgId: viewer.orgId })`); none when the schema's keys are unknown."""
    callee = sx.strip_types(call.child_by_field_name("function"))
    schema = callee.child_by_field_name("object") if callee is not None else None
    found = schema_keys(ctx.module, schema, ctx.analyzer.program) if schema is not None else None
    args = sx.call_args(call)
    given = sx.unwrap(args[0]) if args else None
    server = {
        k
        for k, v in (object_keys(ctx.src, given).items() if given is not None and given.type == "object" else ())
        if not identifiers(ctx.src, v, into_functions=True) & client
    }
    return [k for k in found or () if k not in server]


_LOOKUP_CALL = re.compile(r"^await\s+[\w$.]+\.(?:findUnique|findFirst|findOne|findUniqueOrThrow|findFirstOrThrow)\(")


def _looked_up_user(ctx: FileContext, fn: Node, value: Node) -> bool:
    """``value`` is the id of a record the code looked up itself (`applicant.id` of `const applicant =
    await prisma.user.findUnique({ where: { email } })`): a person the server found by what the client
    sent, as staff filing for a walk-in applicant do, not an id the client names. (Only for the
    project's own owner columns; the usual owner fields keep their stricter reading.)"""
    node = sx.strip_types(value)
    if node is None or node.type != "member_expression" or ctx.text(node.child_by_field_name("property")) != "id":
        return False
    root = node.child_by_field_name("object")
    if root is None or root.type != "identifier":
        return False
    name = ctx.text(root)
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        if ctx.text(decl.child_by_field_name("name")) == name:
            init = decl.child_by_field_name("value")
            return init is not None and _LOOKUP_CALL.match(ctx.text(init)) is not None
    return False


def _handed_over(ctx: FileContext, fn: Node, ev: Event, key: str, value: Node) -> bool:
    """The write's own filter keeps it to rows whose ``key`` is the caller (`where: { id, ownerId: user.id
    }`, drizzle's `eq(t.ownerId, user.id)`), and it sets that same column to a person the server looked up
    itself (`next.id` of `const next = await prisma.user.findUnique({ where: { email } })`): the owner
    handing its own record over, a transfer. A raw id from the form (`ownerId: formData.get("ownerId")`
    beside the fields an edit form sends) is still an owner the client picked."""
    if not _looked_up_user(ctx, fn, value):
        return False
    src = ctx.src
    own = ev.state.session | ev.state.fetched
    client = ev.state.client

    def callers(value: Node | None) -> bool:
        refs = identifiers(src, value, into_functions=True)
        return bool(refs & own) and not refs & client

    for f in _filter_nodes(ev, src):
        for n in sx.walk(f, into_functions=False):
            if n.type == "pair":
                if sx.text(src, n.child_by_field_name("key")).strip("\"'") == key and callers(
                    n.child_by_field_name("value")
                ):
                    return True
            elif n.type == "call_expression" and sx.callee_name(src, n) == "eq":
                args = sx.call_args(n)
                for side, other in ((args[0], args[1]), (args[1], args[0])) if len(args) == 2 else ():
                    col = sx.strip_types(side)
                    if (
                        col is not None
                        and col.type == "member_expression"
                        and sx.text(src, col.child_by_field_name("property")) == key
                        and callers(other)
                    ):
                        return True
    return False


def _session_held_keys(ctx: FileContext, fn: Node, ev: Event, pairs: list[tuple[str, Node]]) -> set[str]:
    """The written keys that the caller's session itself holds a value of, read in the entry point
    (`vendorId` of a row written beside `vendor.vendorId`, `vendor = await requireVendorSession()`): the
    caller's own one of them, so a client value there files the row under someone else's."""
    src = ctx.src
    keys = {k for k, _ in pairs if _PARENT_STEM.match(k) and k not in vocab.OWNER_FIELDS}
    if not keys or not ev.state.fetched:
        return set()
    out: set[str] = set()
    # (`donorId: input.donorId` beside `const { donor } = await currentDonor()`: the caller's own donor
    # record, by the key's stem, is in hand)
    # (not the sign-in's own answer, `sessionId: cs.id` beside `const session = await auth.api.getSession()`:
    # a record of the caller's that a project helper looked up)
    for k in keys:
        stem = k[:-2] if k.endswith("Id") else ""
        if (
            stem
            and stem not in _SIGN_IN_ANSWERS
            and stem in ev.state.fetched
            and _bound_to_sign_in(ctx, fn, stem, True, ev.state.client - ev.state.session)
        ):
            out.add(k)
    # (a byte search first: most written keys are read off nothing in the function)
    keys = {k for k in keys - out if src.find(b"." + k.encode(), fn.start_byte, fn.end_byte) >= 0}
    if not keys:
        return out
    for m in sx.find(fn, ("member_expression",)):
        obj = m.child_by_field_name("object")
        prop = m.child_by_field_name("property")
        if obj is None or prop is None or obj.type != "identifier" or sx.text(src, prop) not in keys:
            continue
        name = sx.text(src, obj)
        if name in ev.state.fetched and _bound_to_sign_in(ctx, fn, name, client=ev.state.client - ev.state.session):
            out.add(sx.text(src, prop))
    return out


def _caller_row_group(program: Program, key: str) -> bool:
    """``key`` (`family_id`) is a parent column of a table (`guardians`) that a query of the project reads
    off the caller's own row (`.from("guardians").select("id, family_id").eq("user_id", user.id)`) and that
    its queries list a group's rows by (`.eq("family_id", guardian.family_id)`): the group that row puts the
    caller in (not a plan or a country a row merely cites)."""
    return key.endswith("_id") and key in _caller_row_groups(program)


def _caller_row_groups(program: Program) -> frozenset[str]:
    return _caller_rows(program)[0]


def _caller_record_tables(program: Program) -> frozenset[str]:
    """Supabase tables (lower case) whose one row the code reads as the caller's own (`.from("guardians")
    .select(...).eq("user_id", user.id).maybeSingle()`): a person's record."""
    return _caller_rows(program)[1]


def _caller_rows(program: Program) -> tuple[frozenset[str], frozenset[str]]:
    return tree_fact(program.tree, "caller_row_facts", lambda: _read_caller_rows(program))


def _read_caller_rows(program: Program) -> tuple[frozenset[str], frozenset[str]]:
    out: set[str] = set()
    records: set[str] = set()
    grouped: set[str] = set()
    for _, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b".from(", b".select("):
        text = data.decode("utf-8", "replace")
        grouped.update(m.group(1) for m in _GROUP_FILTER.finditer(text) if m.group(1) == m.group(2))
        for m in _SUPABASE_FROM.finditer(text):
            end = _CHAIN_END.search(text, m.end(), m.end() + 600)
            chain = text[m.end() : end.start() if end else m.end() + 600]
            picked = _SELECT_LIST.search(chain)
            if picked is None or not _BY_CALLER.search(chain):
                continue
            if ".single(" in chain or ".maybeSingle(" in chain:
                records.add(m.group(1).lower())
            columns = {c for c in _SNAKE_ID.findall(picked.group(1)) if c not in vocab.OWNER_FIELDS}
            out.update(columns)
    return frozenset(out & grouped), frozenset(records)


# `.eq("family_id", guardian.family_id)`: rows listed by the group a record is in (the same column on both sides)
_GROUP_FILTER = re.compile(r"""\.eq\(\s*["'`]([a-z]\w*_id)["'`]\s*,\s*[\w$]+\??\.([a-z]\w*_id)\s*\)""")
_SELECT_LIST = re.compile(r"""^\s*\.select\(\s*["'`]([^"'`]*)["'`]""")
# a Supabase filter holding a row to the signed-in user (`.eq("user_id", user.id)`)
_BY_CALLER = re.compile(
    r"""\.eq\(\s*["'`](?:user_id|owner_id|profile_id|id)["'`]\s*,\s*[\w$.?]*(?:user\??\.id|userId)\s*\)"""
)


_SIGN_IN_ANSWERS = frozenset({"session", "auth", "authSession", "ctx", "context", "identity", "claims", "token"})


def _bound_to_sign_in(
    ctx: FileContext, fn: Node, name: str, helper_only: bool = False, client: set[str] | frozenset[str] = frozenset()
) -> bool:
    """``name`` holds what an auth source or sign-in helper answered (`const sub = await requireSubSession()`),
    not a row looked up with the caller's id (`existing.clientId` of a conversation found by it), nor the
    row a helper that signs in itself picks by an id the client chose (`getChatById(chatId)`, a name in
    ``client``)."""
    for d in sx.find(fn, ("variable_declarator",)):
        left = d.child_by_field_name("name")
        if left is None or name not in (
            [sx.text(ctx.src, left)]
            if left.type == "identifier"
            else sx.pattern_names(ctx.src, left)
            if left.type == "object_pattern"
            else []
        ):
            continue
        call = sx.unwrap(d.child_by_field_name("value"))
        if call is None or call.type != "call_expression":
            return False
        if ctx.analyzer.vocab.is_auth_source(sx.callee_name(ctx.src, call)):
            return not helper_only
        target = ctx.analyzer.target(ctx.module, call)
        if target is None or target.body is None:
            return False
        summary = ctx.analyzer.summary(target)
        if client and any(
            a is not None and a.type == "identifier" and ctx.text(a) in client
            for a in (sx.unwrap(arg) for arg in sx.call_args(call))
        ):
            return False
        return summary.enforces_auth or summary.auth_source
    return False


def _party_left_unchecked(ctx: FileContext, fn: Node, ev: Event, key: str, value: Node) -> bool:
    """Past an ownership check of something else (the project a timesheet is filed under), a new row's
    party the client names that no check covered: a key the caller's session holds a value of (`vendorId`
    beside `vendor.vendorId`), or a tenant's person (`employeeId` of an `Employee` with a `tenantId`) that
    nothing before the write mentions (`parsed.data.employeeId` looked up nowhere)."""
    op = ev.op
    if op is None or op.kind != "write" or op.verb not in _CREATE_VERBS:
        return False
    if key in _session_held_keys(ctx, fn, ev, [(key, value)]):
        return True
    if not _tenant_person_key(ctx.analyzer.program, key):
        return False
    chosen = identifiers(ctx.src, value, into_functions=True) & ev.state.client
    return _unmentioned_before(ctx, fn, ev, chosen, [value])


# whom a row is for, when that is a person (`employeeId`, `patient_id`): an owner like `userId`
_PERSON_KEY = re.compile(
    r"^(employee|member|staff|worker|customer|client|patient|student|trainer|instructor|coach)(Id|_id)$"
)


def _mongoose_person_key(program: Program, op: DbOp, key: str) -> bool:
    """`memberId` of a new Mongoose document whose schema files it under the person it names (`ShiftLog
    { memberId, hours }`): whose the document is, like an owner column."""
    if op.api != "mongoose" or op.verb not in _CREATE_VERBS:
        return False
    if _PERSON_KEY.match(key) is not None:
        return key in tenancy.mongoose_model_keys(program, op.model or "")
    # (Mongoose keeps a relation's id under the relation's own name: `patient: { type: ObjectId, ref:
    # "Patient" }` is the `patientId` of the document)
    return _PERSON_KEY.match(key + "Id") is not None and key in tenancy.mongoose_id_keys(program, op.model or "")


def _tenant_person_key(program: Program, key: str) -> bool:
    """`employeeId` naming an `Employee` model a tenant files its people in: the person a new row is
    for, so the client's choice of them is an owner id taken from the client (moving existing rows to
    another person is judged by the filter that picks them)."""
    return _PERSON_KEY.match(key) is not None and _names_table(key, _tenant_models(program))


# who sent a new message (`fromUserId`, `senderId`), or cast a new vote (`voterId`): its author, as the
# session knows them
_SENDER_FIELDS = frozenset(
    {"fromUserId", "from_user_id", "senderId", "sender_id", "senderUserId", "sentById", "voterId", "voter_id"}
)
_PARENT_STEM = re.compile(r"^([A-Za-z]\w*?)(?:Id|_id)$")


_BUILDER_APIS = frozenset({"supabase", "drizzle", "kysely", "knex"})
_OWN_ROW_KEYS = frozenset({"userId", "user_id", "ownerId", "owner_id", "accountId", "account_id"})
# a record of something that happened (`scanEvents`, `audit_logs`, `login_attempts`), not part of the thing
_LOG_TABLE = re.compile(r"(?:_(?:events?|logs?|attempts?)|[a-z](?:Events?|Logs?|Attempts?))$")


def _private_parent_key(program: Program, key: str, supabase: bool = False) -> bool:
    """`patient_id` / `treatmentId` of a query builder's new row, naming a parent whose rows are someone's:
    a table named for private data (`patients`, `invoices`), one a tenant owns, or one the code keeps
    under such a parent (`.from("treatments").eq("patient_id", ...)`). A parent that is only filed under
    its author (`recipes` with `user_id`) is not: rating or commenting on one changes nothing of it.
    A Supabase column named for private data that names none of the project's tables (`document_id`,
    a customer's tax number, where no `documents` table is queried or created) is data, not a parent."""
    m = _PARENT_STEM.match(key)
    if m is None or key in _OWNER_COLUMNS or key in _TENANT_COLUMNS or _AUTHORSHIP.match(key):
        return False
    stem = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", m.group(1)).lower()
    names = {stem, stem + "s", stem + "es", stem[:-1] + "ies"}
    if vocab.private_model(stem):
        # a person's id (`skipper_user_id`) names an owner whatever tables the project has
        return not supabase or bool(_PERSON_STEM.search(stem)) or _names_a_table(names, _supabase_tables(program))
    return bool(
        names & (_tenant_models(program) | _filed_under_tenant(program) | _private_children(program))
        or names & _linked_to_callers(program)
    )


def _linked_to_callers(program: Program) -> frozenset[str]:
    return tree_fact(program.tree, "tables_linked_to_caller_rows", lambda: _read_linked_to_callers(program))


def _read_linked_to_callers(program: Program) -> frozenset[str]:
    """Tables (lower case) the project's SQL links to its people by a table of two ids alone (`pupil_guardians
    (pupil_id, guardian_id)`), the other id naming a table whose row the code reads as the caller's own
    (`.from("guardians")...eq("user_id", user.id).maybeSingle()`): each row is its linked people's (a pupil
    is their guardians'), as one with an owner column is."""
    people = _caller_record_tables(program)
    if not people:
        return frozenset()
    out: set[str] = set()
    for cols in tenancy.sql_tables(program).values():
        ids = sorted(c for c in cols if _SNAKE_ID.fullmatch(c))
        if len(cols) != 2 or len(ids) != 2:
            continue
        for a, b in (ids, ids[::-1]):
            other = b.removesuffix("_id")
            if {other + "s", other + "es", other[:-1] + "ies"} & people:
                stem = a.removesuffix("_id")
                out |= {stem + "s", stem + "es", stem[:-1] + "ies"}
    return frozenset(out)


def _held_parent_key(program: Program, key: str, drizzle: bool = False) -> bool:
    """`collection_id` naming a Supabase table the project's queries hold to the signed-in user
    (`.from("collections")...eq("owner_id", user.id)`): each of its rows is someone's. ``drizzle``: a
    drizzle table's export so held (`itemId` of `eq(items.userId, userId)`)."""
    m = _PARENT_STEM.match(key)
    if m is None or key in _OWNER_COLUMNS or key in _TENANT_COLUMNS or _AUTHORSHIP.match(key):
        return False
    stem = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", m.group(1)).lower()
    names = {stem + "s", stem + "es", stem[:-1] + "ies"}
    if drizzle:  # (an export's name, `itemImages`, read in lower case)
        return bool({n.replace("_", "") for n in names} & caller_held_drizzle_tables(program))
    return bool(names & caller_held_tables(program))


_PERSON_STEM = re.compile(r"(?:^|_)(?:user|owner|member|account|person|profile)$")


def _names_a_table(names: set[str], tables: frozenset[str]) -> bool:
    """One of ``names`` is a table of ``tables``, alone or as its first or last word (`crm_customer`
    for `customer`, `patient_documents` and `document_versions` for `document`); true when no table
    is known at all."""
    ends = tuple("_" + n for n in names)
    starts = tuple(n + "_" for n in names)
    return not tables or any(t in names or t.endswith(ends) or t.startswith(starts) for t in tables)


def _supabase_tables(program: Program) -> frozenset[str]:
    return tree_fact(program.tree, "supabase_table_names", lambda: _read_supabase_tables(program))


_SQL_CREATE_TABLE = re.compile(
    r"(?i)\bcreate\s+(?:unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?(?:[\"\w]+\.)?\"?(\w+)\"?"
)


def _read_supabase_tables(program: Program) -> frozenset[str]:
    """The tables (lower case) a Supabase project names: in the code's `.from("x")` (storage buckets
    too: more names only keep more columns parents) and in its SQL migrations' `create table`."""
    out: set[str] = set()
    for path in program.index.paths:
        if "node_modules" in path:
            continue
        sql = path.endswith(".sql")
        if not sql and not path.endswith((".ts", ".tsx", ".js", ".jsx", ".mjs")):
            continue
        data = read_once(program.tree, path)
        if data is None or (not sql and b".from(" not in data):
            continue
        text = data.decode("utf-8", "replace")
        out.update(m.group(1).lower() for m in (_SQL_CREATE_TABLE if sql else _SUPABASE_FROM).finditer(text))
    return frozenset(out)


def _private_children(program: Program) -> frozenset[str]:
    return tree_fact(program.tree, "private_child_tables", lambda: _read_private_children(program))


def _read_private_children(program: Program) -> frozenset[str]:
    """Supabase tables (lower case) the code keeps under a private parent: a column of theirs it filters,
    inserts or selects names such a table (`.from("pregnancies").eq("patient_id", id)`), or a tenant."""
    out: set[str] = set()
    for _, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b".from(", b"_id"):
        text = data.decode("utf-8", "replace")
        for m in _SUPABASE_FROM.finditer(text):
            end = _CHAIN_END.search(text, m.end(), m.end() + 600)
            chain = text[m.end() : end.start() if end else m.end() + 600]
            for column in set(_SNAKE_ID.findall(chain)):
                if column in _TENANT_COLUMNS:
                    out.add(m.group(1).lower())
                    break
                if column in _OWNER_COLUMNS or _AUTHORSHIP.match(column):
                    continue
                if vocab.private_model(column.removesuffix("_id")):
                    out.add(m.group(1).lower())
                    break
    return frozenset(out)


_SNAKE_ID = re.compile(r"\b([a-z][a-z0-9_]*_id)\b")


def _named_tenant_parent(program: Program, key: str) -> bool:
    """`load_id` of a raw SQL insert, where the repo declares a `Load` model or `loads`
    table with a tenant column: the new row is filed in a tenant's record the client names."""
    return _names_table(key, _tenant_models(program))


def _names_table(key: str, tables: frozenset[str] | set[str]) -> bool:
    """`load_id` / `loadId` names a `Load` model or `loads` table among ``tables`` (lower case)."""
    m = _PARENT_STEM.match(key)
    if m is None or key in vocab.OWNER_FIELDS or key in _TENANT_COLUMNS or key in _TENANT_FIELDS:
        return False
    stem = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", m.group(1)).lower()
    names = {stem, stem + "s", stem.replace("_", ""), stem.replace("_", "") + "s"}
    # (`trainerId` of a `TrainerProfile` model: a person's profile row)
    names |= {n + suffix for n in (stem, stem.replace("_", "")) for suffix in ("profile", "profiles", "_profiles")}
    return bool(names & tables)


_SQL_INSERT = re.compile(r"(?is)^\s*insert\s+into\s+[\w\".`]+\s*\(([^)]*)\)\s*values\s*\((.*)\)")
# (`INSERT INTO t (a, b) SELECT $1, g FROM generate_series(...)`: the select list fills the columns)
_SQL_INSERT_SELECT = re.compile(r"(?is)^\s*insert\s+into\s+[\w\".`]+\s*\(([^)]*)\)\s*select\s+(.*?)\s+from\b")
_SQL_HOLE = "\x00"


def _sql_insert_pairs(ctx: FileContext, op: DbOp, casts: bool = False) -> list[tuple[str, Node]]:
    """The columns of a raw `INSERT INTO t (a, b) VALUES (...)` with the values filling them: a
    placeholder's parameter (`$2`, `?` of `[loadId, ...]`) or a pasted value (`${loadId}`); with ``casts``,
    also a placeholder cast to a type (`$4::date`)."""
    if op.api != "sql" or op.call is None:
        return []
    args = sx.call_args(op.call)
    first = sx.unwrap(args[0]) if args else None
    first = held_sql(ctx.module, first) if first is not None and first.type == "identifier" else first
    holes: list[Node] = []
    if first is not None and first.type == "string":
        text = sx.text(ctx.src, first)[1:-1]
    else:
        tpl = first if first is not None and first.type == "template_string" else None
        if tpl is None:
            tpl = next(iter(sx.find(op.call, ("template_string",))), None)
        if tpl is None:
            return []
        text = ""
        for c in tpl.children:
            if c.type == "template_substitution" and c.named_children:
                text += _SQL_HOLE + str(len(holes)) + _SQL_HOLE
                holes.append(c.named_children[0])
            elif c.type != "template_substitution":
                text += sx.text(ctx.src, c)
        text = text.strip("`")
    m = _SQL_INSERT.match(text) or _SQL_INSERT_SELECT.match(text)
    if m is None:
        return []
    columns = [c.strip().strip('"`') for c in m.group(1).split(",")]
    values: list[str] = []
    depth, cur = 0, ""
    for ch in m.group(2):
        if ch == "," and depth == 0:
            values.append(cur.strip())
            cur = ""
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        cur += ch
    values.append(cur.strip())
    if len(columns) != len(values):
        return []
    params_node = sx.unwrap(args[1]) if len(args) > 1 and holes == [] else None
    params = list(params_node.named_children) if params_node is not None and params_node.type == "array" else []
    out: list[tuple[str, Node]] = []
    question = 0
    for column, value in zip(columns, values, strict=True):
        node: Node | None = None
        if casts:
            value = re.sub(r"\s*::\s*\w+$", "", value)
        if value.startswith(_SQL_HOLE) and value.endswith(_SQL_HOLE) and value.strip(_SQL_HOLE).isdigit():
            node = holes[int(value.strip(_SQL_HOLE))]
        elif value == "?":
            node = params[question] if question < len(params) else None
            question += 1
        elif value.startswith("$") and value[1:].isdigit():
            n = int(value[1:])
            node = params[n - 1] if 0 < n <= len(params) else None
        if node is not None:
            out.append((column, node))
    return out


def _held_text(ctx: FileContext, op: DbOp) -> Node | None:
    """The SQL text a local handed to a raw query holds (`const q = `INSERT ...`; query(q, params)`)."""
    args = sx.call_args(op.call) if op.api == "sql" and op.call is not None else []
    first = sx.unwrap(args[0]) if args else None
    if first is None or first.type != "identifier":
        return None
    held = held_sql(ctx.module, first)
    return held if held.type in ("string", "template_string") else None


_SQL_INSERT_HEAD = re.compile(r"(?is)^\s*insert\s+into\s+[\w\".`]+\s*\([^)]*\)\s*values\b")
_SQL_UPSERT = re.compile(r"(?is)\bon\s+conflict\b.*\bdo\s+update\b|\bon\s+duplicate\s+key\s+update\b")


def _sql_plain_insert(ctx: FileContext, op: DbOp) -> bool:
    """A raw `INSERT INTO t (a, b) VALUES ...` whose rows `_sql_insert_pairs` cannot map to its columns (a
    multi-row `VALUES ${placeholders(rows, 3)}`): it files new rows and selects none, unless it overwrites
    the rows it collides with (`ON CONFLICT ... DO UPDATE`, `ON DUPLICATE KEY UPDATE`)."""
    if op.api != "sql" or op.call is None:
        return False
    args = sx.call_args(op.call)
    first = sx.unwrap(args[0]) if args else None
    first = held_sql(ctx.module, first) if first is not None and first.type == "identifier" else first
    if first is None or first.type not in ("string", "template_string"):
        return False
    text = sx.text(ctx.src, first)[1:-1]
    return bool(_SQL_INSERT_HEAD.match(text)) and not _SQL_UPSERT.search(text)


_PRIMARY_KEYS = frozenset({"id", "_id"})
# a table of pending verifications (`chatLinkVerifications`, `email_verification`): the code a row is found by
# was handed to the one person meant to confirm it; so is a pending device pairing (`device_pairings`): the code
# the device shows its holder
_PENDING_CHECK_STORE = re.compile(r"(?i)(verifications?|pairings?)$")


def _claimed_by_code(op: DbOp, chosen: set[str]) -> bool:
    """A pending verification picked by nothing but a code the client sends (`where code = $code`)."""
    return (
        bool(chosen)
        and bool(_PENDING_CHECK_STORE.search(op.model or ""))
        and all(_HANDED_OUT_CODE.search(n) for n in chosen)
    )


# a code its holder hands out to name them (`referralCode`, `invite_code`): whoever sends it was given it
_HANDED_OUT_CODE = re.compile(r"(?i)(^|_)code$|[a-z]Code$")


def _server_record_field(ctx: FileContext, flow: Flow, key: str, value: Node) -> set[str]:
    """The record whose field ``value`` is, when that field is server data: `booking!.ownerId` of a
    booking the code loaded, `referrer.id` of a user found by a referral code. A record found by a
    client value is tainted, but its columns are what the database holds, not what the client sent
    (an unchecked read filing a write under its owner is reported at the read: `_owner_copied`).
    Its own primary key only for a row found by a code or secret the caller holds (`where: { referralCode }`,
    `where: { qrToken }`): not when the client's id or e-mail picked it (`user.findUnique({ where: { id } })`
    then `authorId: user.id`: the client's pick read back), nor when it files the row in a tenant (`companyId:
    company.id` of a company found by the slug sent: the caller joins the one it named).
    Also a row a project loader answered (`const file = await getFileById(id)`, the loader's answer
    its rows, not its arguments), and behind a literal default (`file.workspaceId ?? null`)."""
    node = _without_literal_default(ctx.src, sx.strip_types(value))
    if node is None or node.type != "member_expression":
        return set()
    root = sx.root_identifier(ctx.src, node)
    op = flow.records.get(root or "")
    prop = node.child_by_field_name("property")
    obj = sx.strip_types(node.child_by_field_name("object"))
    if root is None or prop is None or obj is None or obj.type != "identifier":
        return set()  # (only a column of the row itself, `row.ownerId`; not `row.meta.ownerId`)
    if op is None:
        # (a loader's filter is out of sight: its primary key may be the client's id read back)
        loaded = ctx.text(prop) not in _PRIMARY_KEYS and (
            _loader_answer(ctx, flow.fn, root) or _callers_own_auth_record(ctx, flow.fn, root)
        )
        return {root} if loaded else set()
    if op.kind != "read" or not op.args:
        return set()
    if ctx.text(prop) in _PRIMARY_KEYS:
        # (a parent that is no owner nor tenant, `bookingId: booking.id` of a booking found by the QR token
        # the caller scanned, is the row that credential names: its id is the database's answer)
        if key in _TENANT_COLUMNS or key in _TENANT_FIELDS:
            return set()
        first = sx.strip_types(op.args[0])
        if first is None or first.type != "object":
            return set()
        keys = object_keys(ctx.src, first)
        where = sx.strip_types(keys.get("where")) if op.api == "prisma" else first
        picked = set(object_keys(ctx.src, where)) if where is not None and where.type == "object" else set()
        if not any(_HANDED_OUT_CODE.search(k) or vocab.is_secret_name(k) for k in picked - _PRIMARY_KEYS):
            return set()  # (an account found by an e-mail or an id the client typed is still its pick)
    return {root}


_LITERALS = frozenset({"null", "undefined", "true", "false", "number", "string"})


def _without_literal_default(src: bytes, node: Node | None) -> Node | None:
    """`row.workspaceId ?? null` / `|| undefined` / `|| ""`: the value itself, a literal default
    adding nothing anyone sent."""
    while node is not None and node.type == "binary_expression" and _operator(src, node) in ("??", "||"):
        right = sx.strip_types(node.child_by_field_name("right"))
        if right is None or right.type not in _LITERALS:
            break
        node = sx.strip_types(node.child_by_field_name("left"))
    return node


# better-auth organisation endpoints that answer a record only to the signed-in caller it concerns: the
# invitation addressed to the session's e-mail (anyone else's is refused), the caller's own membership, an
# organisation the caller is a member of
_BETTER_AUTH_CALLERS_RECORDS = frozenset({"getInvitation", "getActiveMember", "getFullOrganization"})


def _callers_own_auth_record(ctx: FileContext, fn: Function, name: str) -> bool:
    """``name`` is declared once in ``fn`` from the project's better-auth answering a record for the request's
    own session (`const invitation = await auth.api.getInvitation({ query: { id }, headers: await headers() })`):
    the library refused it unless it concerns the caller, so its columns are the database's, not the client's.
    Without the headers nobody's session is asked."""
    src = fn.module.src
    found: Node | None = None
    for d in sx.find(fn.node, ("variable_declarator",)):
        target = d.child_by_field_name("name")
        if target is None or name not in sx.pattern_names(src, target):
            continue
        if found is not None or target.type != "identifier":
            return False  # (declared again, or one field of a destructured answer)
        found = sx.unwrap(d.child_by_field_name("value"))
    if found is None or found.type != "call_expression":
        return False
    callee = sx.callee_name(src, found)
    last = sx.last_name(callee)
    args = sx.call_args(found)
    return (
        last in _BETTER_AUTH_CALLERS_RECORDS
        and callee.endswith(".api." + last)
        and bool(args)
        and "headers" in object_keys(src, args[0])
        and better_auth_instance(ctx.analyzer.program, fn.module, callee)
    )


def _loader_answer(ctx: FileContext, fn: Function, name: str) -> bool:
    """``name`` is declared once in ``fn`` from an awaited project helper that reads rows and answers
    with them, never with what it was handed (`const record = await getFileMetadataById(id)`)."""
    src = fn.module.src
    found = False
    for d in sx.find(fn.node, ("variable_declarator",)):
        target = d.child_by_field_name("name")
        if target is None or name not in sx.pattern_names(src, target):
            continue
        if found or target.type != "identifier":
            return False  # (declared again, or one field of a destructured answer)
        found = True
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            return False
        helper = ctx.analyzer.target(fn.module, value)
        summary = ctx.analyzer.summary(helper) if helper is not None else None
        if summary is None or not summary.returns_records or summary.returns_input:
            return False
        if not any(o.kind == "read" for o in summary.ops):
            return False
    return found


def _reassigned_from_client(ctx: FileContext, fn: Node, names: set[str], ev: Event) -> set[str]:
    """Those of ``names`` a plain assignment before ``ev`` gives a value of the client's alone
    (`if (!projectId) projectId = data.projectId`)."""
    src = ctx.src
    own = ev.state.session | ev.state.fetched
    out: set[str] = set()
    for a in sx.find(fn, ("assignment_expression",), into_functions=False):
        left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
        if left is None or right is None or a.start_byte > ev.node.start_byte or ctx.text(left) not in names:
            continue
        refs = identifiers(src, right)
        if refs & ev.state.client and not refs & own - names:
            out.add(ctx.text(left))
    return out


def _server_value_only_when_missing(ctx: FileContext, fn: Node, names: set[str], ev: Event) -> set[str]:
    """Those of ``names`` declared with a client value (`let teamId = body.teamId ?? null`) and given a
    server value only inside `if (!teamId) { ...; teamId = seat.team_id }` before ``ev``: the server's
    value is a default, the client's wins whenever it is sent (as in `body.teamId ?? seat.team_id`)."""
    src = ctx.src
    out: set[str] = set()
    for name in names:
        declared = False
        for d in sx.find(fn, ("variable_declarator",), into_functions=False):
            target = d.child_by_field_name("name")
            if target is not None and target.type == "identifier" and ctx.text(target) == name:
                declared = bool(identifiers(src, d.child_by_field_name("value")) & ev.state.client)
        if not declared:
            continue
        filled = [
            a
            for a in sx.find(fn, ("assignment_expression",), into_functions=False)
            if a.start_byte < ev.node.start_byte and ctx.text(a.child_by_field_name("left")) == name
        ]
        if filled and all(_inside_absence_branch(src, a, name) for a in filled):
            out.add(name)
    return out


def _inside_absence_branch(src: bytes, node: Node, name: str) -> bool:
    """``node`` sits in the consequence of an `if` testing that ``name`` is missing (`if (!name)`)."""
    p = node.parent
    while p is not None and p.type not in sx.FUNCTION_TYPES:
        if p.type == "if_statement":
            cons = p.child_by_field_name("consequence")
            cond = p.child_by_field_name("condition")
            if cons is not None and cond is not None and sx.contains(cons, node) and _absence_test(src, cond, name):
                return True
        p = p.parent
    return False


def _tenant_parent_key(program: Program, op: DbOp, key: str) -> bool:
    """`projectId` of a `Dataset` whose relation leads to `Project`, a model with a `teamId`: the row
    is filed in a tenant's parent, so the parent the client names is the tenant it writes into."""
    model = (op.model or "").lower()
    return bool(model) and key in _tenant_parent_keys(program).get(model, frozenset())


def _tenant_parent_keys(program: Program) -> dict[str, frozenset[str]]:
    return tree_fact(program.tree, "tenant_parent_keys", lambda: _read_tenant_parent_keys(program))


def _read_tenant_parent_keys(program: Program) -> dict[str, frozenset[str]]:
    models: dict[str, tuple[set[str], list[tuple[str, list[str]]]]] = {}  # model: (names, relations)
    tenants: set[str] = set()
    # (also the domain's own tenant column the schema's membership model shows: `firmId`, `clinicId`)
    columns = _TENANT_COLUMNS | tenancy.tenant_columns(program)
    for text in schemas_with_relations(program):
        for m in _PRISMA_MODEL.finditer(text):
            body = m.group(2)
            mapped = _PRISMA_MAP.search(body)
            names = {n.lower() for n in (m.group(1), mapped.group(1) if mapped else None) if n}
            if set(_FIELD.findall(body)) & columns:
                tenants.add(m.group(1))
            relations = [(t, [c.strip() for c in cols.split(",")]) for t, cols in _PRISMA_RELATION.findall(body)]
            models[m.group(1)] = (names, relations)
    out: dict[str, frozenset[str]] = {}
    for names, relations in models.values():
        keys = frozenset(c for t, cols in relations if t in tenants for c in cols)
        for n in names if keys else ():
            out[n] = keys
    return out


def _rows_written(ctx: FileContext, fn: Node, data: Node) -> list[Node]:
    """The object literals a write's data stands for: itself, or what the local it names was built
    as (`const rows = [{ accountId, amount }, ...]`, `items.map((t) => ({ accountId, ... }))`), or the
    rows a call in its place maps to."""
    node = sx.strip_types(data)
    value: Node | None = None
    if node is not None and node.type == "call_expression":
        value = node  # (built inline: `.values(ids.map((id) => { return { id, spaceId } }))`)
    elif node is None or node.type not in ("identifier", "shorthand_property_identifier"):
        return [data]
    for d in _declarators(ctx, fn) if value is None else ():
        target = d.child_by_field_name("name")
        if target is not None and target.type == "identifier" and ctx.text(target) == ctx.text(node):
            value = sx.unwrap(d.child_by_field_name("value"))
            break
    if value is None:
        return [data]
    if value.type == "object":
        return [value]
    if value.type == "array":
        return [r for r in map(sx.unwrap, value.named_children) if r is not None and r.type == "object"]
    if value.type == "call_expression" and sx.last_name(sx.callee_name(ctx.src, value)) in ("map", "flatMap"):
        args = sx.call_args(value)
        cb = sx.strip_types(args[0]) if args else None
        body = cb.child_by_field_name("body") if cb is not None and sx.is_function(cb) else None
        if body is None:
            return [data]
        outs = (
            [
                r.named_children[0]
                for r in sx.find(body, ("return_statement",), into_functions=False)
                if r.named_children
            ]
            if body.type == "statement_block"
            else [body]
        )
        objs = [_local_object(ctx, body, o) for o in map(sx.unwrap, outs) if o is not None]
        return [o for o in objs if o is not None] or [data]
    return [data]


def _local_object(ctx: FileContext, body: Node, out: Node) -> Node | None:
    """The object a callback answers: a literal, or the local it built one in (`const d = { ... };
    ...; return d`)."""
    if out.type == "object":
        return out
    if out.type != "identifier":
        return None
    for d in sx.find(body, ("variable_declarator",), into_functions=False):
        target, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if target is not None and ctx.text(target) == ctx.text(out) and value is not None and value.type == "object":
            return value
    return None


# The acts whose doer a row records (`gradedBy`, `reviewed_by_id`, `administeredBy`: a dose given, a check
# performed, an entry witnessed): the caller, as the session knows them.
# Not a person a row is given to or tells of (`supervisedBy`, `managedBy`, `referredBy`): the client picks
# those.
_ACTS = (
    r"signed|approved|certified|submitted|graded|reviewed|verified|rejected|confirmed|inspected|issued|revoked"
    r"|resolved|completed|closed|cancell?ed|published|uploaded|posted|recorded|granted|authori[sz]ed"
    r"|acknowledged|accepted|declined|processed|archived|deleted|administered|performed|witnessed"
)
# Who made or owns a new row: never the client's choice, whatever else was checked (an
# ownership check on the parent note does not let the caller post as someone else).
_AUTHORSHIP = re.compile(
    r"(?i)^(author|owner|creator|created_?by|updated_?by|sender|sent_?by|from_?user"
    r"|(" + _ACTS + r"|requested|filed|booked)_?by(_?id)?$)"
)
# who a parsed document names as its maker: an author (`author`, `creator`) or the user it came from
# (`sourceUser`, `fromUser` of a report or a message)
_WHOLE_AUTHOR = re.compile(_AUTHORSHIP.pattern + r"|^(?i:(source|from)_?user(_?id)?)$")
# Who last changed a row (`updatedBy`): the caller, as the session knows them, like its author.
_EDITOR_FIELDS = frozenset({"updatedBy", "updated_by", "updatedById"})
# Who signed, approved or graded it (`signedById`, `approved_by`): the caller, as the session knows them.
_ACTOR_FIELD = re.compile(r"^(" + _ACTS + r")(By|_by)(Id|_id)?$")
# the tenant a row belongs to, besides the owner fields the vocabulary lists (`orgId`, `workspaceId`)
_TENANT_FIELDS = frozenset({"companyId", "company_id"})


def _helper_sql_read_by_client_tenant(ctx: FileContext, ev: Event) -> bool:
    """`depotRevenue(companyId, from)` whose raw SQL read filters an owner or tenant column (`WHERE company_id =
    '" + companyId + "'`, `company_id = $1`) and picks its rows by a parameter the caller hands a client value
    (not one that only sorts, bounds or is written): the tenant's rows, private as the query written inline."""
    call = ev.node
    if call.type != "call_expression" or not ev.state.client:
        return False
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or target.body is None:
        return False
    args = sx.call_args(call)
    sent = {
        p
        for p, a in zip(target.params, args, strict=False)
        if identifiers(ctx.src, a, into_functions=True) & ev.state.client
    }
    if not sent:
        return False
    tsrc = target.module.src
    program = ctx.analyzer.program
    for inner in ctx.analyzer.summary(target).ops:
        if inner.api != "sql" or inner.kind != "read" or not inner.args or inner.call is None:
            continue
        text = sx.text(tsrc, inner.args[0])
        if not (_SQL_OWNER_FILTER.search(text) or _sql_text_tenant_parent_filter(program, text)):
            continue
        picking = {n for a in inner.args for n in identifiers(tsrc, a)} - sql_values_only(tsrc, inner)
        if picking & sent:
            return True
    return False


_QUERY_BUILDERS = frozenset({"drizzle", "prisma", "kysely", "knex", "supabase"})


def _helper_builder_read_by_client_tenant(ctx: FileContext, ev: Event) -> bool:
    """`columnsOf({ organizationId })` whose drizzle or Prisma read picks rows by the tenant column with the
    parameter the caller hands a client value (`eq(t.organizationId, organizationId)`, `where: { orgId }`):
    the tenant's rows, private as the query written inline. Only the tenant column counts (a client value
    that only filters a kind or sorts, the tenant pinned to the session, picks nobody else's rows); reads
    the helper pins to the session or checks itself stay its own."""
    call = ev.node
    if call.type != "call_expression" or not ev.state.client:
        return False
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or target.body is None:
        return False
    tsrc = target.module.src
    sent: set[str] = set()
    for p, a in zip(target.param_nodes(), sx.call_args(call), strict=False):
        if not identifiers(ctx.src, a, into_functions=True) & ev.state.client:
            continue
        bound = set(sx.pattern_names(tsrc, p))
        if a.type == "object":
            # (`{ organizationId: params.organizationId, sort }`: the keys whose values are the client's)
            keys = {
                sx.text(ctx.src, k)
                for pair in a.named_children
                if pair.type in ("pair", "shorthand_property_identifier")
                for k in [pair.child_by_field_name("key") if pair.type == "pair" else pair]
                if k is not None and identifiers(ctx.src, pair, into_functions=True) & ev.state.client
            }
            bound = (bound & keys) | _unpacked_in_body(tsrc, target, bound, keys)
        sent |= bound
    return bool(sent) and _builder_read_picks(ctx, target, sent, 0)


def _unpacked_in_body(src: bytes, fn: Function, params: set[str], keys: set[str]) -> set[str]:
    """`buildDigest(args)` that unpacks its options in the body (`const { orgId, from } = args`): the
    locals bound for ``keys``."""
    out: set[str] = set()
    if len(params) != 1 or fn.body is None:
        return out
    for n in sx.walk(fn.body):
        if n.type != "variable_declarator":
            continue
        value, name = n.child_by_field_name("value"), n.child_by_field_name("name")
        if value is not None and name is not None and sx.text(src, value) in params:
            out |= _keyed_locals(src, name, keys)
    return out


def _keyed_locals(src: bytes, param: Node, keys: set[str]) -> set[str]:
    """The locals a destructuring (`{ orgId, generatedBy = null }`, a parameter or a declaration) binds for
    ``keys``, defaults included."""
    wrapped = param.type in ("required_parameter", "optional_parameter")
    pattern = param.child_by_field_name("pattern") if wrapped else param
    if pattern is None:
        return set()
    return {local for local, (key, _) in pattern_keys(src, pattern).items() if key in keys}


def _builder_read_picks(ctx: FileContext, target: Function, sent: set[str], depth: int) -> bool:
    """Whether a query builder read of ``target`` (or of a project helper it hands those names on to, two
    calls deep: a report builder's own fetch helpers) picks rows by the tenant column with one of ``sent``."""
    tsrc = target.module.src
    for inner in ctx.analyzer.summary(target).ops:
        if inner.call is None:
            continue
        if inner.api == "helper" and depth < 2:
            if _helper_handed_picks(ctx, target, inner.call, sent, depth):
                return True
            continue
        if inner.api not in _QUERY_BUILDERS or inner.kind != "read":
            continue
        if inner.guarded or inner.owner_checked or inner.self_scoped or inner.tenant_scoped:
            continue
        text = " ".join(sx.text(tsrc, a) for a in inner.args)
        if inner.api == "supabase":
            # (a Supabase read filters in the chain after its `select`: `.select("*").eq("org_id", orgId)`)
            text = sx.text(tsrc, outer_chain(inner.call))
        # (every pick spells both the column and the name: only pairs found in the text are compiled,
        # not one regex per column and parameter of every helper read)
        columns = [column for column in _TENANT_COLUMNS if column in text]
        names = [name for name in sent if name in text] if columns else []
        if any(_tenant_pick(column, name).search(text) for column in columns for name in names):
            return True
    return False


def _helper_handed_picks(ctx: FileContext, caller: Function, call: Node, sent: set[str], depth: int) -> bool:
    """`fetchReadings(sb, from, orgId)` inside a helper: whether the callee, handed one of ``sent`` as a
    plain argument, reads by it."""
    inner = ctx.analyzer.target(caller.module, call)
    if inner is None or inner.body is None or inner.key == caller.key:
        return False
    src = caller.module.src
    handed = {
        name
        for p, a in zip(inner.param_nodes(), sx.call_args(call), strict=False)
        if a.type == "identifier" and sx.text(src, a) in sent
        for name in sx.pattern_names(inner.module.src, p)
    }
    return bool(handed) and _builder_read_picks(ctx, inner, handed, depth + 1)


@functools.lru_cache(maxsize=512)
def _tenant_pick(column: str, name: str) -> re.Pattern[str]:
    """The filter `column = name`: drizzle's `eq(t.column, name)`, an object key `column: name` (or the
    shorthand `{ column }`), a builder's `.eq("column", name)` / `where("column", "=", name)`."""
    c, n = re.escape(column), re.escape(name)
    shorthand = rf"|[{{,]\s*{c}\s*[,}}]" if column == name else ""
    return re.compile(
        rf"\.{c}\s*,\s*{n}\b|\b{c}\s*:\s*{n}\b|[\"']{c}[\"']\s*,\s*(?:[\"']=[\"']\s*,\s*)?{n}\b{shorthand}"
    )


def _owner_check_left_out(ctx: FileContext, ev: Event) -> bool:
    """`getRunsData(runId)` where the helper compares the row's owner with its optional `user` parameter
    only when one is passed (`if (user) { if (run.user_id !== user.id) return null }`): its author holds
    the rows private, and this caller leaves the check out."""
    call = ev.node
    if call.type != "call_expression":
        return False
    target = ctx.analyzer.target(ctx.module, call)
    if target is None:
        return False
    passed = len(sx.call_args(call))
    tsrc = target.module.src
    params = target.param_nodes()
    left_out = {
        name
        for i, p in enumerate(params)
        if i >= passed and (p.type == "optional_parameter" or p.child_by_field_name("value") is not None)
        for name in sx.pattern_names(tsrc, p)
    }
    if not left_out:
        return False
    for stmt in sx.find(target.node, ("if_statement",), into_functions=False):
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        then = stmt.child_by_field_name("consequence")
        if cond is None or then is None or sx.text(tsrc, cond) not in left_out:
            continue  # `if (user)`: the check hangs on the parameter's presence
        for cmp in sx.find(then, ("binary_expression",)):
            op = sx.text(tsrc, cmp.child_by_field_name("operator"))
            if op not in ("===", "!==", "==", "!="):
                continue
            sides = [sx.strip_types(cmp.child_by_field_name(f)) for f in ("left", "right")]
            owner = [
                n
                for n in sides
                if n is not None
                and n.type == "member_expression"
                and sx.text(tsrc, n.child_by_field_name("property")) in _OWNER_COLUMNS
            ]
            if owner and any(n is not None and sx.root_identifier(tsrc, n) in left_out for n in sides):
                return True
    return False


_CREATE_VERBS = frozenset({"create", "createMany", "insert", "insertInto"})
# a project helper named for adding a new row (`addCustomer`, `createInvoice`, `insertNote`)
_CREATOR_NAME = re.compile(r"^(add|create|insert)[A-Z_]")
# auth providers' admin APIs making an account (Supabase `auth.admin.createUser`, Clerk `users.createUser`)
_ACCOUNT_CREATORS = re.compile(r"(?:^|\.)(?:auth\.admin|users)\.createUser$")
_MIDDLEWARE_AUTH = re.compile(r"\b(req|request)\??\.(auth|apiAuth|session|user|locals)\b")
_MACHINE_ROUTE = re.compile(r"(?i)/(cron|crons|webhooks?|qstash|inngest|jobs)/")


def _user_gate_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A project gate that signs a user in called before ``ev`` with its user left unbound (`await
    requireUser();`): it throws when signed out and answers the session's user, so the route has a signed-in
    caller, whatever its folder says (a job board's `jobs/`, not a queue runner's shared secret)."""
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        if call.start_byte >= ev.node.start_byte:
            break
        target = ctx.analyzer.target(ep.fn.module, call)
        summary = ctx.analyzer.summary(target) if target is not None else None
        if summary is not None and summary.enforces_auth and summary.auth_source and not summary.secret_gate:
            return True
    return False


def _middleware_scoped(ctx: FileContext, ev: Event) -> bool:
    """`where: { id, userId: request.auth.userId }`: scoped by what the auth middleware set."""
    assert ev.op is not None
    return any(_MIDDLEWARE_AUTH.search(ctx.text(n)) for n in [ev.op.chain, *ev.op.args])


def _checked_later(ctx: FileContext, flow: Flow, ev: Event, later: list[Event], role_before: bool = False) -> bool:
    """``role_before``: the role the later states hold was tested before ``ev`` (an organisation's role,
    set aside for a tenant's row by the pass 31 ruling), not a check of what ``ev`` read."""
    if not (ev.state.owner or ev.state.role):
        if not role_before and (flow.final.role or any(e.state.role for e in later)):
            return True
        owned = next((e for e in later if e.state.owner), None)
        if owned is None and not flow.final.owner:
            return False
        # an ownership check proven later covers this read only when the record took part in some check
        # before it held: a scoped lookup of another id the client sent (`sitter.findFirst({ where: { id:
        # body.sitterId, agencyId } })`, then `if (!pet || !sitter) return 404`) says nothing of the pet
        end = owned.node.start_byte if owned is not None else flow.fn.node.end_byte
        return _record_used_before(ctx, flow, ev, end)
    # a check passed before the read (the caller's membership) is no comparison of what it loads: only
    # a later exit that tests the loaded record is (`if (view.ownerId !== m.userId) throw`)
    bound = {n for n, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    return any(
        identifiers(ctx.src, part) & bound and not any(_absence_test(ctx.src, part, b) for b in bound)
        for s in _exiting_ifs(ctx, flow.fn.node)
        if s.start_byte > ev.node.end_byte
        for part in sx.disjuncts(ctx.src, s.child_by_field_name("condition"))
    )


def _record_used_before(ctx: FileContext, flow: Flow, ev: Event, end: int) -> bool:
    """Before ``end`` (where an ownership check is first seen to hold), the record ``ev`` read, or the
    client value that picked it, is named other than in an absence test (`if (!pet) return`): handed to
    a check (`canReadTicket(userId, ticketId)` beside the read), compared, or filtering a lookup."""
    src = ctx.src
    bound = {n for n, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    if not bound:
        return True  # (nothing to follow: the earlier credit stands)
    picking = _picking_paths(src, ev, client_refs(src, ev, _filter_nodes(ev, src)) - {"req", "request"})
    roots = {p.split(".")[0] for p in picking}
    absent: list[Node] = [
        part
        for s in _exiting_ifs(ctx, flow.fn.node)
        if s.start_byte < end
        for part in sx.disjuncts(src, s.child_by_field_name("condition"))
        if any(_absence_test(src, part, b) for b in bound | roots)
    ]
    body = flow.fn.body if flow.fn.body is not None else flow.fn.node
    for n in sx.find(body, ("identifier", "shorthand_property_identifier")):
        if n.start_byte >= end or sx.contains(ev.node, n) or any(sx.contains(a, n) for a in absent):
            continue
        name = sx.text(src, n)
        if name in bound and n.start_byte >= ev.node.end_byte:
            return True
        if name in roots:
            path = re.sub(r"[\s?!]", "", sx.text(src, sx.member_top(n)))
            if any(_same_value(path, p) for p in picking):
                return True
    return False


def _asserted_after_read(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """Load-then-assert, the check after the read: a field of the record ``ev`` read is handed with the
    session user to a project helper that throws unless a lookup by that user finds it (`await
    assertFleetManager(userId, machine.companyId)`), awaited as a statement of the function's own body
    before anything returns. (`_asserted_before` asks the same of the helpers run before an operation.)"""
    src = ctx.src
    bound = {n for n, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    sessionish = ev.state.session | ev.state.fetched
    if not bound:
        return False
    candidates = ctx.helper_calls.get(flow.fn.node.id)
    if candidates is None:
        candidates = ctx.helper_calls[flow.fn.node.id] = list(_helper_calls(ctx, flow))
    for call, helper in candidates:
        if call.start_byte < ev.node.end_byte or not _dominates(call, ev.node):
            continue
        if any(
            e.kind == "return"
            and ev.node.end_byte <= e.node.start_byte < call.start_byte
            and identifiers(src, e.value, into_functions=True) & bound
            for e in flow.events
            if e.value is not None
        ):
            return False  # (the record answered before the check: `if (preview) return machine`)
        if not any(
            sx.root_identifier(src, a) in bound and a.type == "member_expression"
            for a in map(sx.strip_types, sx.call_args(call))
            if a is not None
        ):
            continue
        # (or the caller it signs in itself: `const { userId } = await verifySession()` in its own body)
        guarded = (_guarded_params(src, call, helper, sessionish) if sessionish else set()) | _own_sign_in(ctx, helper)
        if guarded and _throws_unless_found(ctx, helper, guarded):
            return True
    return False


def _own_sign_in(ctx: FileContext, helper: Function) -> set[str]:
    """The names ``helper`` binds in its own body to a session it fetches itself (`const { userId } = await
    verifySession()`): the signed-in caller, as if its caller had handed it over."""
    body = helper.body
    if body is None or body.type != "statement_block":
        return set()
    out: set[str] = set()
    for d in sx.find(body, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        if (
            value is not None
            and value.type == "call_expression"
            and ctx.analyzer.is_auth_source_call(helper.module, value)
        ):
            out |= set(sx.pattern_names(helper.module.src, d.child_by_field_name("name")))
    return out


def _secret_matched_after_read(ctx: FileContext, flow: Flow, ev: Event, before: Node | None = None) -> bool:
    """Load-then-check through the row's own secret: after the read by a client id, an exit on every way
    on compares a secret field of the loaded row with what the caller sent (`if (inv.tokenHash !==
    sha256(token)) return`): only a caller holding the invitation's or link's token gets past it.
    ``before``: a later operation the exit must come before (on its way), for a change after the match."""
    src = ctx.src
    records = {n for n, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    client = ev.state.client | flow.final.client
    if not records or not client:
        return False
    for stmt in _exiting_ifs(ctx, flow.fn.node):
        if stmt.start_byte < ev.node.end_byte or stmt.parent is None or not sx.contains(stmt.parent, ev.node):
            continue
        if before is not None and (stmt.end_byte > before.start_byte or not sx.contains(stmt.parent, before)):
            continue
        for part in sx.disjuncts(src, stmt.child_by_field_name("condition")):
            sides = _compared_sides(ctx, part)
            for held, sent in (sides, sides[::-1]) if sides else ():
                if held is None or sent is None or held.type != "member_expression":
                    continue
                field = sx.text(src, held.child_by_field_name("property"))
                if (
                    sx.root_identifier(src, held) in records
                    and (
                        vocab.SENSITIVE_FIELD.search(field)
                        # (`!safeEqual(ticket.transferCode, sha256(code))`: a code of the row itself the author
                        # compares in constant time is a secret too, whatever the column's name says; not a
                        # parent's shared one, `visit.site.checkInPin`, which opens every row under it)
                        or (
                            part.type == "unary_expression"
                            and _CODE_FIELD.search(field) is not None
                            and sx.text(src, sx.strip_types(held.child_by_field_name("object"))) in records
                        )
                    )
                    and identifiers(src, sent, into_functions=True) & client
                ):
                    return True
    return False


_CODE_FIELD = re.compile(r"(?i)(code|nonce)$")


def _secret_matched_before(ctx: FileContext, flow: Flow, events: list[Event], i: int, chosen: set[str]) -> bool:
    """A change of a row the client picked, after a read by the same id whose own secret the caller's value
    matched with an exit on a mismatch (`_secret_matched_after_read`): holding the transfer code or the
    link's token is the authorization, for the change as for the read."""
    src = ctx.src
    ev = events[i]
    if ev.op is None or ev.op.kind != "write":
        return False
    for e in events[:i]:
        if e.kind != "db" or e.op is None or e.op.kind != "read":
            continue
        if chosen <= client_refs(src, e, _filter_nodes(e, src)) and _secret_matched_after_read(ctx, flow, e, ev.node):
            return True
    return False


def _compared_sides(ctx: FileContext, part: Node) -> list[Node | None]:
    """The two values a failed match tests: `a !== b`, or a compare helper's refusal, `!secureCompare(a, b)`
    (`safeEqual`, `timingSafeEqual(Buffer.from(a), Buffer.from(b))`: the values inside the buffers)."""
    src = ctx.src
    if part.type == "binary_expression":
        if sx.text(src, part.child_by_field_name("operator")) not in ("!=", "!=="):
            return []
        return [sx.strip_types(part.child_by_field_name(f)) for f in ("left", "right")]
    if part.type != "unary_expression" or sx.text(src, part.child_by_field_name("operator")) != "!":
        return []
    call = sx.unwrap(part.child_by_field_name("argument"))
    if call is None or call.type != "call_expression":
        return []
    if not _SECRET_COMPARE.search(sx.last_name(sx.callee_name(src, call))):
        return []
    args = [sx.strip_types(a) for a in sx.call_args(call)]
    if len(args) != 2:
        return []
    out: list[Node | None] = []
    for a in args:
        if a is not None and a.type == "call_expression" and sx.callee_name(src, a) == "Buffer.from":
            a = sx.strip_types(next(iter(sx.call_args(a)), None))
        out.append(a)
    return out


def _answer_tested_after_read(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """Load-then-check through a permission question: after the read, a call is handed the session
    user and something learnt from the record (`const wsId = task.list.board.ws_id`, then `const m =
    await verifyMembership({ wsId, userId: user.id })`), and an exit on every way on tests its
    answer (`if (!m.ok) return 404`): the record goes back only to a caller the question admitted."""
    src = ctx.src
    sessionish = ev.state.session | ev.state.fetched
    records = {n for n, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    if not sessionish or not records:
        return False
    fn = flow.fn.node
    clients = _db_clients(ctx, fn)
    learnt = set(records)
    for d in _declarators(ctx, fn):
        value = d.child_by_field_name("value")
        if d.start_byte > ev.node.end_byte and value is not None and identifiers(src, value) & learnt:
            learnt.update(sx.pattern_names(src, d.child_by_field_name("name")))
    for d in _declarators(ctx, fn):
        value = sx.unwrap(d.child_by_field_name("value"))
        if d.start_byte <= ev.node.end_byte or value is None or value.type != "call_expression":
            continue
        given = {n for a in sx.call_args(value) for n in identifiers(src, a, into_functions=True)}
        if not (given & (sessionish - learnt - clients) and given & learnt):
            continue
        target = ctx.analyzer.target(ctx.module, value)
        if target is not None and target.is_async and not is_awaited(value):
            continue  # a Promise, truthy whatever the answer
        names = set(sx.pattern_names(src, d.child_by_field_name("name")))
        for stmt in _exiting_ifs(ctx, fn):
            if stmt.start_byte < d.end_byte or stmt.parent is None or not sx.contains(stmt.parent, ev.node):
                continue
            cond = stmt.child_by_field_name("condition")
            if cond is not None and any(
                _absence_test(src, part, n) or _unless_granted(src, part, {n})
                for part in sx.disjuncts(src, cond)
                for n in names
            ):
                return True
    return False


def _copied_into_write(ctx: FileContext, flow: Flow, ev: Event, later: list[Event], own: bool = False) -> bool:
    """Fields of the record read by ``ev`` are written into a later row (`create({ data: { title:
    source.title, ... } })`): a copy the caller then holds, as good as the record sent back. With
    ``own``, the row is filed under the caller's own owner or tenant (`{ ...src, tenantId:
    viewer.tenantId }`): a duplicate in the caller's account of whatever row the client's id picked."""
    bound = {name for name, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    if not bound:
        return False
    for out in later:
        if out.kind != "db" or out.op is None or out.op.kind != "write":
            continue
        if not any(identifiers(ctx.src, d, into_functions=True) & bound for d in out.op.data):
            continue
        if not own:
            return True
        if (
            out.op.verb in _CREATE_VERBS
            and not _picked_by_secret(ctx.src, _filter_nodes(ev, ctx.src))
            and _filed_under_records_parent(ctx, flow, out, bound)
        ):
            return True
        # (a duplicate: a row of the same model, or the record spread whole; not the fields of an
        # invitation or a template handed on into a row of another kind)
        same = ev.op is not None and ev.op.model is not None and out.op.model == ev.op.model
        spread = any(
            sx.root_identifier(ctx.src, sx.strip_types(sp.named_children[0] if sp.named_children else None)) in bound
            for d in out.op.data
            for sp in sx.find(d, ("spread_element",))
        )
        if not (same or spread):
            continue
        mine = out.state.session | out.state.fetched
        for key, value in _owner_fields(ctx, flow.fn.node, out):
            if (key in vocab.OWNER_FIELDS or key in _TENANT_FIELDS) and identifiers(ctx.src, value) & mine:
                return True
        # (or filed in the caller's tenant by the schema's own tenant key: `schoolId: ctx.schoolId`)
        tenant_keys = _TENANT_COLUMNS | tenancy.tenant_columns(ctx.analyzer.program)
        for d in out.op.data:
            for row in _rows_written(ctx, flow.fn.node, d):
                for key, value in object_keys(ctx.src, row).items():
                    if key in tenant_keys and identifiers(ctx.src, value) & mine:
                        return True
    return False


def _filed_under_records_parent(ctx: FileContext, flow: Flow, out: Event, bound: set[str]) -> bool:
    """The new row ``out`` writes is filed under the parent of a record in ``bound`` (`permitId: fee.permitId`):
    a row added to whatever permit the fee the client named belongs to. Not the record's own id in a row
    the caller signs (`feeId: fee.id, userId`, a reference to it), nor a parent the code handed a check
    first (`canEditClaim(userId, est.claimId)`, however it went: the write's own finding speaks of it), nor
    a row filed under the caller too (`buyerId: userId` of an order for a product the buyer picked: the
    caller's own row, citing the shop). The record's own id (`bookingId: b.id`) counts in a row that names
    nobody, not in an event log."""
    assert out.op is not None
    mine = out.state.session | out.state.fetched
    if any(identifiers(ctx.src, d, into_functions=True) & mine for d in out.op.data):
        return False
    checked = {
        re.sub(r"[\s?!]", "", ctx.text(a))
        for c in sx.find(flow.fn.node, ("call_expression",))
        if c.end_byte <= out.node.start_byte and c.id != out.node.id
        for a in sx.call_args(c)
    }
    for d in out.op.data:
        for row in _rows_written(ctx, flow.fn.node, d):
            for key, value in object_keys(ctx.src, row).items():
                v = sx.strip_types(value)
                if v is None or v.type != "member_expression" or sx.root_identifier(ctx.src, v) not in bound:
                    continue
                field = _property(ctx.src, v)
                if field == "id":
                    # (the record's own id filing a child row of it that names nobody, `refund.create({ data:
                    # { bookingId: b.id, amountCents: b.paidCents } })`, the key named for the record's model: a
                    # row added under the record the client picked; an event log of it files nothing)
                    record = flow.records.get(sx.root_identifier(ctx.src, v) or "")
                    model = re.sub(r"[^a-z0-9]", "", (record.model or "").lower()) if record is not None else ""
                    # (not a person's account named as the row's owner, `userId: customer.id`: a member
                    # enrolled by a staff desk files nothing under that account)
                    if (
                        not model
                        or re.sub(r"[^a-z0-9]", "", key.lower()) != model + "id"
                        or key in vocab.OWNER_FIELDS
                        or _LOG_TABLE.search(out.op.model or "")
                    ):
                        continue
                elif not (_PARENT_KEY.search(key) and _PARENT_KEY.search(field)):
                    continue
                if re.sub(r"[\s?!]", "", ctx.text(v)) not in checked:
                    return True
    return False


def _picks_later_write(ctx: FileContext, flow: Flow, ev: Event, later: list[Event]) -> bool:
    """The record read by ``ev`` picks a later write (`update({ where: { id: entry.id } })`): the read
    found the row the action changes."""
    bound = {name for name, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    return bool(bound) and any(
        out.kind == "db"
        and out.op is not None
        and out.op.kind == "write"
        and any(identifiers(ctx.src, f, into_functions=True) & bound for f in _filter_nodes(out, ctx.src))
        for out in later
    )


def _returned(ctx: FileContext, flow: Flow, ev: Event, later: list[Event]) -> bool:
    """The record read by ``ev`` (the call itself, or a name bound to it) is in a later return
    value or response body."""
    src = ctx.src
    p = ev.node.parent
    while p is not None and not sx.is_function(p) and not p.type.endswith(("statement", "declarator")):
        if _yes_or_no(src, p):
            return False  # `return !(await isSlugTaken(slug))`: only whether it was found goes back
        p = p.parent
    bound = {name for name, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    if ev.op is not None and ev.op.api == "helper":
        bound |= _bound_names(src, ev.node)  # `const members = await getMembers(slug)`: the helper's rows
    for out in later:
        if out.kind not in ("return", "respond") or out.value is None:
            continue
        # `const { oAuthApp, ...integration } = await db.integration.create(...)` re-binds the name
        # before the return: what goes back is the new row, not the one read
        held = bound - _rebound(ctx, flow.fn.node, ev.node.end_byte, out.node.start_byte, frozenset(bound))
        inner = _wrapped_body(out.value, ev.node)
        if inner is not None:
            # `return withErrorRecovery(async () => { const user = await guard(orgId); ...; return { ok: true } })`:
            # what goes back is what the callback returns, not every name its body mentions
            mine = held | _bound_names(src, ev.node)
            kept = _collected(ctx, flow.fn.node, mine, ev.node.end_byte) if mine else set()
            for v in _returned_values(inner):
                names = identifiers(src, v, into_functions=True)
                if sx.contains(v, ev.node) or names & mine or names & kept:
                    return True
            continue
        if sx.contains(out.value, ev.node) or identifiers(src, out.value, into_functions=True) & held:
            return True
        names = identifiers(src, out.value, into_functions=True)
        if held and names & _collected(ctx, flow.fn.node, held, ev.node.end_byte):
            return True
        if held and names & _gathered(ctx, flow.fn.node, held, ev.node.end_byte, out.node.start_byte):
            return True
    if _sent_out(ctx, flow, ev, later, bound):
        return True
    if bound and _checkout_answered(ctx, flow, ev, later, bound):
        return True
    # `return db.note.findUnique(...)` / `return NextResponse.json(await getNote(id))`
    p = ev.node.parent
    while p is not None and not sx.is_function(p):
        if p.type == "return_statement":
            return True
        p = p.parent
    return False


# a payment provider's hosted page made from the record (`stripe.checkout.sessions.create`): its URL
# shows the caller the amount and the name it was given
_PAYMENT_PAGE = re.compile(r"(?i)(^|\.)(checkout|paymentIntents|paymentLinks|invoices)(\.sessions)?\.create$")


def _checkout_answered(ctx: FileContext, flow: Flow, ev: Event, later: list[Event], bound: set[str]) -> bool:
    """A field of the record (other than its id) priced or named in a payment page
    (`const s = await stripe.checkout.sessions.create({ unit_amount: policy.premiumCents })`) whose
    session goes back (`return { url: s.url }`): the caller reads the record on the provider's page."""
    decls = [d for d in _declarators(ctx, flow.fn.node) if d.start_byte > ev.node.end_byte]
    made = {
        name
        for d in decls
        if (v := sx.unwrap(d.child_by_field_name("value"))) is not None
        and v.type == "call_expression"
        and _PAYMENT_PAGE.search(sx.callee_name(ctx.src, v))
        for name in _made_from_fields(ctx, [d], bound)
    }
    return bool(made) and any(
        o.kind in ("return", "respond") and o.value is not None and identifiers(ctx.src, o.value) & made for o in later
    )


def _wrapped_body(value: Node, node: Node) -> Node | None:
    """The statement body of the callback inside a returned ``value`` that holds ``node`` (an operation
    a project wrapper runs: `return withRecovery(async () => { ... })`); None when ``node`` is not in one."""
    if not sx.contains(value, node):
        return None
    fn = sx.enclosing_function(node)
    while fn is not None and sx.contains(value, fn):
        body = fn.child_by_field_name("body")
        if body is not None and body.type == "statement_block" and sx.contains(body, node):
            outer = sx.enclosing_function(fn)
            if outer is None or not sx.contains(value, outer):
                return body
        fn = sx.enclosing_function(fn)
    return None


def _mailed_on(ctx: FileContext, flow: Flow, ev: Event, later: list[Event]) -> bool:
    """The record read by ``ev`` addresses or fills a later e-mail (`sendEmail(link.recipient, ...)`)
    and the same client id then picks a change of it (`serviceLink.update({ where: { id } })`): the
    lookup of the row the action re-issues, its contents sent out, a site of its own beside the change.
    A row read only to notify its owner of a fixed notice, with nothing of it changed, is not this."""
    bound = {name for name, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    if not bound:
        return False
    src = ctx.src
    picked = {n for f in _filter_nodes(ev, src) for n in identifiers(src, f, into_functions=True)} & ev.state.client
    own = ev.state.session | ev.state.fetched
    model = ev.op.model if ev.op is not None else None
    reissued = False
    for e in later:
        # (the same row re-issued, by the same id, with nothing of the caller's in its filter)
        if e.kind != "db" or e.op is None or e.op.kind != "write" or e.op.model != model:
            continue
        ids = {n for f in _filter_nodes(e, src) for n in identifiers(src, f, into_functions=True)}
        if ids & picked and not ids & own:
            reissued = True
            break
    if not picked or not reissued:
        return False
    for out in later:
        if out.kind != "email" or out.node.type != "call_expression":
            continue
        args = out.node.child_by_field_name("arguments")
        if args is not None and identifiers(ctx.src, args, into_functions=True) & bound:
            return True
    return False


# an account row: whom a session or an impersonation cookie names
_ACCOUNT_ROW = re.compile(r"(?i)^(app_?|auth_?)?(users?|accounts?)$")
# a cookie written: `cookies().set(k, v)`, `(await cookies()).set`, `res.cookies.set`, `cookieStore.set`
_COOKIE_SET = re.compile(r"(?i)cookies?\w*\W*\.set$")
_COOKIE_STORE = re.compile(r"^(await\s+)?cookies\(\)$")


def _account_put_in_cookie(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """The account row read by ``ev`` (`user.findUnique({ where: { id } })`) names the caller in a cookie
    set later (`cookies().set("impersonate", target.id)`): the caller then acts as that account, which
    is more than reading it."""
    if ev.op is None or not _ACCOUNT_ROW.match(ev.op.model or ""):
        return False
    bound = {name for name, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    if not bound:
        return False
    src = ctx.src
    # (`const jar = await cookies()`: the store held in a local)
    jars = {
        sx.text(src, d.child_by_field_name("name"))
        for d in sx.find(flow.fn.node, ("variable_declarator",), False)
        if _COOKIE_STORE.match(sx.text(src, d.child_by_field_name("value")))
    }
    for call in sx.find(flow.fn.node, ("call_expression",), False):
        if call.start_byte < ev.node.end_byte:
            continue
        fn = call.child_by_field_name("function")
        args = sx.call_args(call)
        if fn is None or len(args) < 2 or fn.type != "member_expression":
            continue
        held = sx.text(src, fn.child_by_field_name("object"))
        if not (_COOKIE_SET.search(sx.text(src, fn)) or (held in jars and sx.text(src, fn).endswith(".set"))):
            continue
        if identifiers(src, args[1], into_functions=True) & bound:
            return True
    return False


def _returned_values(block: Node) -> Iterator[Node]:
    """The values the function of ``block`` returns (not those of functions nested in it)."""
    for r in sx.find(block, ("return_statement",), False):
        if r.named_children:
            yield r.named_children[0]


def _owner_copied(ctx: FileContext, flow: Flow, ev: Event, later: list[Event]) -> bool:
    """The owner or tenant of the record read by ``ev`` files a later write (`insert({ team_id:
    file.team_id, ... })`): the caller works in the tenant of whatever row its id picked, so the
    unchecked read is where that goes wrong (not the copied column: no value the client wrote)."""
    bound = {name for name, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    # (a row bound in a callback the walk enters, `$transaction(async (tx) => { const invite = await
    # tx.invite.findUnique(...) })`, is kept in no record table: the name it is declared under)
    bound = bound or _declared_for(ctx.src, ev.node)
    if not bound or _picked_by_secret(ctx.src, _filter_nodes(ev, ctx.src)):
        return False  # (an invite found by its token hash files the member in the inviting team)
    for out in later:
        if out.kind != "db" or out.op is None or out.op.kind != "write":
            continue
        for key, written in [*_owner_fields(ctx, flow.fn.node, out), *_connected_relations(ctx, flow.fn.node, out)]:
            value = sx.strip_types(written)
            prop = value.child_by_field_name("property") if value is not None else None
            if (
                (key in vocab.OWNER_FIELDS or key in _TENANT_FIELDS)
                and value is not None
                and value.type == "member_expression"
                # the row's own owner or tenant column (not its id: a user row picked is the owner named)
                and prop is not None
                and (ctx.text(prop) in vocab.OWNER_FIELDS or ctx.text(prop) in _TENANT_FIELDS)
                and sx.root_identifier(ctx.src, value) in bound
            ):
                return True
    return False


def _declared_for(src: bytes, call: Node) -> set[str]:
    """The plain name `const x = await call` declares (nothing for a pattern or any other place)."""
    p = call.parent
    while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
        p = p.parent
    name = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
    return {sx.text(src, name)} if name is not None and name.type == "identifier" else set()


def _connected_relations(ctx: FileContext, fn: Node, ev: Event) -> Iterator[tuple[str, Node]]:
    """Prisma's `organization: { connect: { id: invite.organizationId } }` in a write's data, as the column
    it sets (`organizationId`, the value it is connected by)."""
    assert ev.op is not None
    for data in ev.op.data:
        for row in _rows_written(ctx, fn, data):
            for key, value in object_keys(ctx.src, row).items():
                connected = connected_value(ctx.src, value)
                if connected is not None and connected.type != "shorthand_property_identifier":
                    yield f"{key}Id", connected


def _picked_by_secret(src: bytes, filters: list[Node]) -> bool:
    """A column the filters name is a secret (`{ tokenHash: hashToken(raw) }`, `.eq("invite_token", t)`)."""
    for f in filters:
        for n in sx.walk(f):
            name = ""
            if n.type in ("property_identifier", "shorthand_property_identifier"):
                name = sx.text(src, n)
            elif n.type == "string":
                name = sx.string_value(src, n) or ""
            if name and vocab.is_secret_name(name) and vocab.words(name)[-1] not in ("id", "ids"):
                return True
    return False


# a call named to write a record out as a document or text (`renderInvoicePdf(invoice)`, `toCsv(rows)`,
# `JSON.stringify(row)`): what it answers is the record's contents
_RENDERER = re.compile(r"^(render|format|seriali[sz]e|stringify|export)\w*$|^to(Csv|Pdf|Html|Xml|Json|Text)$|Pdf$")


def _gathered(ctx: FileContext, fn: Node, rows: set[str], start: int, end: int) -> set[str]:
    """Object or array literals built from the rows between ``start`` and ``end`` (`const stats = {
    total, delivered: delivered.length }`, then `return { data: stats }`), or rendered from them
    (`const pdf = renderInvoicePdf(invoice)`): the rows go back in them."""
    held = set(rows)
    out: set[str] = set()
    decls = [n for n in _declarators(ctx, fn) if start <= n.start_byte and n.end_byte <= end]
    for _ in range(3):
        grew = False
        for n in decls:
            value = sx.unwrap(n.child_by_field_name("value"))
            pattern = n.child_by_field_name("name")
            if value is None or pattern is None or pattern.type != "identifier":
                continue
            if value.type == "call_expression" and sx.last_name(sx.callee_name(ctx.src, value)) == "join":
                # `const csv = [header, ...rows.map((r) => ...)].join("\n")`: the rows as text (a CSV export)
                fn_node = sx.strip_types(value.child_by_field_name("function"))
                value = sx.unwrap(fn_node.child_by_field_name("object")) if fn_node is not None else None
                if value is None:
                    continue
            if value.type == "call_expression" and sx.callee_name(ctx.src, value) in (
                "Promise.all",
                "Promise.allSettled",
            ):
                # `const withCounts = await Promise.all(rows.map(async (r) => ({ ...r, n })))`: the rows, reshaped
                args = sx.call_args(value)
                value = sx.unwrap(args[0]) if len(args) == 1 else None
                if value is None:
                    continue
            if value.type == "call_expression" and _RENDERER.match(sx.last_name(sx.callee_name(ctx.src, value))):
                pass  # `const pdf = renderInvoicePdf(invoice)`: the record's contents in another form
            elif value.type == "call_expression" and _reshaped_rows(ctx.src, value, held):
                pass  # `const list = rows.filter(...).map((m) => ({ email: m.user.email }))`: the rows, reshaped
            elif value.type not in ("object", "array", "template_string"):
                continue  # (a page written around the rendered rows, `` `<html>${reportHtml}</html>` ``, holds them)
            if not identifiers(ctx.src, value, into_functions=True) & held:
                continue
            name = ctx.text(pattern)
            if name not in held:
                held.add(name)
                out.add(name)
                grew = True
        if not grew:
            break
    return out


_ROW_RESHAPERS = frozenset({"map", "filter", "flatMap", "slice", "sort", "toSorted", "reverse"})


def _reshaped_rows(src: bytes, call: Node, held: set[str]) -> bool:
    """``call`` is a chain of list methods (`map`, `filter`, `slice`) over one of the ``held`` rows."""
    node: Node | None = call
    while node is not None and node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return False
        if sx.text(src, fn.child_by_field_name("property")) not in _ROW_RESHAPERS:
            return False
        node = sx.unwrap(fn.child_by_field_name("object"))
        # (`(data ?? []).map(...)`: the rows, or none)
        if node is not None and node.type == "binary_expression" and _operator(src, node) in ("??", "||"):
            node = sx.unwrap(node.child_by_field_name("left"))
    return node is not None and node.type == "identifier" and sx.text(src, node) in held


def _collected(ctx: FileContext, fn: Node, rows: set[str], start: int) -> set[str]:
    """Arrays the rows are gathered into after ``start``: `for (const d of rows) out.push({ d, n })`
    sends each row back through `out`."""
    src = ctx.src
    if src.find(b".push(", start, fn.end_byte) == -1:
        return set()  # (cheap pre-test: no array is filled)
    each = set(rows)
    for loop in sx.find(fn, ("for_in_statement",), into_functions=False):
        right = loop.child_by_field_name("right")
        if loop.start_byte > start and right is not None and identifiers(src, right) & rows:
            each |= set(sx.pattern_names(src, loop.child_by_field_name("left")))
    out: set[str] = set()
    for call in sx.find(fn, ("call_expression",)):
        callee = sx.callee_name(src, call)
        if call.start_byte <= start or not callee.endswith(".push") or "." in callee[:-5]:
            continue
        if any(identifiers(src, a, into_functions=True) & each for a in sx.call_args(call)):
            out.add(callee[:-5])
    return out


_ID_FIELD = re.compile(r"(?i)^(id|_id|uuid|slug)$")


def _sent_out(ctx: FileContext, flow: Flow, ev: Event, later: list[Event], bound: set[str]) -> bool:
    """The record leaves by another door: a field of it other than its id in a later redirect's
    URL (`redirect(`/x?as=${target.email}`)`, which the caller's browser receives), or its rows,
    also through names built from them (`const to = rows.map((r) => r.email)`), as the recipients
    of a later mail send (the addresses of someone else's list, mailed the caller's text)."""
    src = ctx.src
    if not bound:
        return False
    carried = set(bound)
    decls = [d for d in _declarators(ctx, flow.fn.node) if d.start_byte > ev.node.end_byte]
    for _ in range(3):
        grown = {
            n
            for d in decls
            if (v := d.child_by_field_name("value")) is not None and identifiers(src, v, into_functions=True) & carried
            for n in sx.pattern_names(src, d.child_by_field_name("name"))
        } - carried
        if not grown:
            break
        carried |= grown
    for out in later:
        args = out.node.child_by_field_name("arguments") if out.node.type == "call_expression" else None
        if args is None:
            continue
        if out.kind == "redirect":
            for m in sx.find(args, ("member_expression",)):
                prop = m.child_by_field_name("property")
                if sx.root_identifier(src, m) in bound and prop is not None and not _ID_FIELD.match(ctx.text(prop)):
                    return True
            # (a link made from a field of it: `storage.signedUrl(file.storageKey)`, then `redirect(url)`)
            if identifiers(src, args, into_functions=True) & _made_from_fields(ctx, decls, bound):
                return True
        elif out.kind == "ai" and identifiers(src, args, into_functions=True) & carried:
            # the record in a model's prompt whose answer goes back (`summarise ${note.body}`)
            answer = _bound_names(src, out.node)
            if any(
                o.kind in ("return", "respond") and o.value is not None and identifiers(src, o.value) & answer
                for o in later
                if o.node.start_byte > out.node.end_byte
            ):
                return True
        elif out.kind == "email" and not _PERSON_MODEL.match(ev.op.model if ev.op is not None else ""):
            # the rows are the recipients (`bcc: recipients`), not a record quoted in a notice to a
            # colleague; a person picked by id and notified (`users.findUnique(assignee)`) is ordinary use
            recipients = [
                v for a in sx.call_args(out.node) for k, v in object_keys(src, a).items() if _RECIPIENT_KEY.match(k)
            ]
            if any(identifiers(src, r, into_functions=True) & carried for r in recipients):
                return True
            if _callers_text_mailed_to(ctx, out, carried):
                return True
        if out.kind == "email" and _mailed_to_callers_pick(ctx, out, carried):
            return True
    return False


def _callers_text_mailed_to(ctx: FileContext, out: Event, carried: set[str]) -> bool:
    """`sendEmail(ph.email, input.subject, input.html)`: the record's address as a mail helper's first
    argument, mailed the caller's own text (not a notice the app words itself)."""
    src = ctx.src
    args = sx.call_args(out.node)
    first = sx.strip_types(args[0]) if args else None
    if first is None or first.type == "object" or not out.state.client:
        return False
    return bool(identifiers(src, first, into_functions=True) & carried) and any(
        identifiers(src, c, into_functions=True) & out.state.client for c in args[1:]
    )


def _mailed_to_callers_pick(ctx: FileContext, out: Event, carried: set[str]) -> bool:
    """A mail sent to an address the client chose (`sendEmail(input.email, ...)`, `to: body.email`)
    that quotes the record (`Receipt ${gift.receiptNo}`): the caller has it delivered where they like;
    not the record's own address (`to: target.email`: its person is told about it)."""
    src = ctx.src
    args = sx.call_args(out.node)
    if not args or not out.state.client:
        return False
    first = sx.strip_types(args[0])
    if first is not None and first.type == "object":
        keyed = object_keys(src, first)
        recipients = [v for k, v in keyed.items() if _RECIPIENT_KEY.match(k)]
        content = [v for k, v in keyed.items() if not _RECIPIENT_KEY.match(k)]
    else:
        recipients, content = args[:1], args[1:]
    # (`to: target.email` of the record itself: it is mailed to the person it is about, whatever picked it)
    picked = out.state.client - carried
    return any(identifiers(src, r, into_functions=True) & picked for r in recipients) and any(
        identifiers(src, c, into_functions=True) & carried for c in content
    )


def _made_from_fields(ctx: FileContext, decls: list[Node], bound: set[str]) -> set[str]:
    """Names bound to a call handed a field of the record other than its id
    (`const { url } = await storage.signedUrl(file.storageKey)`)."""
    out: set[str] = set()
    for d in decls:
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        for m in sx.find(value.child_by_field_name("arguments") or value, ("member_expression",)):
            prop = m.child_by_field_name("property")
            if sx.root_identifier(ctx.src, m) in bound and prop is not None and not _ID_FIELD.match(ctx.text(prop)):
                out |= set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
                break
    return out


_RECIPIENT_KEY = re.compile(r"(?i)^(to|cc|bcc|recipients?)$")
_PERSON_MODEL = re.compile(r"(?i)^(users?|profiles?|accounts?)$")


_COMPARISONS = frozenset({"===", "!==", "==", "!=", "<", ">", "<=", ">="})


def _yes_or_no(src: bytes, node: Node) -> bool:
    """A negation or comparison: what it gives is a boolean, not the record it was given."""
    if node.type == "unary_expression":
        return _operator(src, node) == "!"
    return node.type == "binary_expression" and _operator(src, node) in _COMPARISONS


def _rebound(ctx: FileContext, fn: Node, start: int, end: int, records: frozenset[str] = frozenset()) -> set[str]:
    """Names declared again between ``start`` and ``end`` (a shadowing `const` in an inner block);
    not an alias of one of ``records`` (`const list = rows as Row[]`: still the rows read)."""
    out: set[str] = set()
    for n in _declarators(ctx, fn):
        if start <= n.start_byte and n.end_byte <= end:
            if records and identifiers(ctx.src, n.child_by_field_name("value")) & records:
                continue
            out.update(sx.pattern_names(ctx.src, n.child_by_field_name("name")))
    return out


_QUIET_PRISMA_READS = vocab.PRISMA_READS - {"findUniqueOrThrow", "findFirstOrThrow"}


def _untested_dynamic_model_lookup(ctx: FileContext, fn: Node, call: Node) -> bool:
    """`const row = await prisma[model].findUnique({ where: { id, organizationId } })` (a model picked at run
    time, so no query the walk knows) whose answer is never tested: a lookup that stops nothing, not the
    check of the id it was handed (one that throws when nothing is found, `findUniqueOrThrow`, is)."""
    callee = sx.strip_types(call.child_by_field_name("function"))
    if callee is None or callee.type != "member_expression":
        return False
    obj = sx.strip_types(callee.child_by_field_name("object"))
    if obj is None or obj.type != "subscript_expression":
        return False
    if sx.text(ctx.src, callee.child_by_field_name("property")) not in _QUIET_PRISMA_READS:
        return False
    names = _bound_names(ctx.src, call)
    return not names or _names_never_tested(ctx, fn, call, names)


def _vetted_before(ctx: FileContext, flow: Flow, ev: Event, chosen: set[str]) -> bool:
    """A call before the operation that takes the chosen id together with the session's user or
    tenant (`getCampaignOrThrow({ programId: program.id, campaignId })`,
    `verifyFolderAccess({ workspace, folderId })`), or an ownership-named helper given the id
    (`await assertCanEditPost(postId)`), is the ownership check: real apps put it in helpers."""
    src = ctx.src
    sessionish = ev.state.session | ev.state.fetched
    floating = {e.node.id for e in flow.events if e.kind == "floating"}  # un-awaited: never runs
    # the parts of a query (`and(eq(t.id, id), eq(t.userId, userId))`) are a lookup, not a check:
    # it counts only when its result is checked (`_matched_by_scoped_lookup`)
    queries = [e.op.chain for e in flow.events if e.kind == "db" and e.op is not None and e.op.api != "helper"]
    picks = _field_paths(src, _filter_nodes(ev, src), chosen) if ev.op is not None else None
    derived: set[str] | None = None  # what the code learnt from the chosen id (the row it loaded)
    picked_by: set[str] | None = None  # the chosen values the operation's filter names
    for call in [*_calls_before(flow.fn.node, ev.node), *_then_receivers(src, flow.fn.node, ev.node)]:
        if _rpc_predicate(src, call, chosen) and _tested_with_exit(ctx, flow, call, ev):
            return True
        if (
            call.id in floating
            or _short_circuited(src, call, flow.fn.node, floating)
            or any(sx.contains(q, call) for q in queries)
            or _dropped_promise(ctx, call)
            or _dropped_verdict(ctx, call)
            or _untested_dynamic_model_lookup(ctx, flow.fn.node, call)
        ):
            continue
        args = call.child_by_field_name("arguments")
        if args is None:
            continue
        refs = identifiers(src, args, into_functions=True)
        if not refs & chosen:
            if not _gate_named(src, call):
                continue  # (both tests below need `_gate_on_loaded`, which needs a gate so named: cheap first)
            if derived is None:
                paths = {p for f in _filter_nodes(ev, src) for p in _access_paths(src, f, chosen)}
                derived = _derived_names(ctx, flow.fn.node, paths, chosen)
                inner = sx.enclosing_function(ev.node)  # (loaded in a wrapper's callback holding the write)
                if inner is not None and inner != flow.fn.node:
                    derived |= _derived_names(ctx, inner, paths, chosen)
            if refs & derived and _gate_on_loaded(ctx, call, refs & derived):
                return True
            if _rows_of_gated_ids(ctx, flow, ev, call, refs) & chosen and _gate_on_loaded(ctx, call, refs):
                return True  # `await canEditApp(appId)`, then `app = getById(appId)` saved back: that row
            continue
        if _answer_never_tested(ctx, flow.fn.node, call):
            continue  # `const m = await getMembership(user.id, coopId)` only logged: looked up, never compared
        if ev.op is not None and ev.op.kind == "write" and _answer_tested_after(ctx, flow.fn.node, call, ev.node):
            continue  # `allowed = await canView(...)`, the update, then `if (!allowed) throw`: too late
        if _other_field(src, args, picks, chosen):
            continue  # `requireProjectAccess(input.projectId)` before a pick by `input.taskId`: another id
        if picked_by is None:
            picked_by = _picked_by(src, _filter_nodes(ev, src), chosen)
        if picked_by and not refs & picked_by:
            continue  # `ensureCanCreateIn(me, projectId)` before a save picked by `id: appId`: another id
        callee = sx.callee_name(src, call)
        name = sx.last_name(callee)
        if name in _BUILDERS and not sx.find(args, ("throw_statement",)):
            continue  # `chunks.map((c) => ({ file_id: fileId, user_id: profile.user_id }))` builds rows, checks nothing
        if callee.split(".", 1)[0] == "console" or vocab.Vocabulary.is_structured_log(callee):
            continue  # `logger.info({ userId, invoiceId }, "voided")`: a log line names both, checks neither
        if refs & sessionish and not session_picks_nothing(ctx.analyzer, ctx.module, call, sessionish):
            return True  # (not a read whose filter drops the session's id: `eq(a, me) && eq(b, id)`)
        if vocab.OWNERSHIP_CALLS.search(name) or vocab.ROLE_CALLS.match(name):
            return True
        # `const scope = await getScopeContext(organizationId); if (!scope) return`: a project session
        # lookup asked about the chosen id (it reads the caller's session and membership itself), its
        # answer kept in a local or negated in the exit's own test (`if (!(await managesStage(id))) throw`)
        target = ctx.analyzer.target(ctx.module, call)
        if (
            target is not None
            and ctx.analyzer.summary(target).auth_source
            and (_tested_with_exit(ctx, flow, call, ev) or _refused_inline(ctx, flow, call, ev))
        ):
            return True
    return False


def _picked_by(src: bytes, filters: list[Node], chosen: set[str]) -> set[str]:
    """The chosen values the operation's filters name; of a whole row handed to a save helper
    (`save({ id: appId, name, projectId })`), those of its `id` key, the row it picks (the rest is
    written; a `where: { id, clubId }` confines the row to both)."""
    named: set[str] = set()
    for f in filters:
        if f.type == "object" and f.parent is not None and f.parent.type == "arguments":
            key = object_keys(src, f).get("id")
            picked = identifiers(src, key, into_functions=True) & chosen if key is not None else set()
            if picked:
                named |= picked
                continue
        named |= identifiers(src, f, into_functions=True) & chosen
    return named


def _rows_of_gated_ids(ctx: FileContext, flow: Flow, ev: Event, call: Node, refs: set[str]) -> set[str]:
    """The locals the code learnt from the values ``call`` is handed (`app` of `const app = await
    getById(appId)` after `await canEditApp(appId)`), in the function and in the callback holding ``ev``."""
    src = ctx.src
    paths = {p for a in sx.call_args(call) for p in _access_paths(src, a, refs)}
    out = _derived_names(ctx, flow.fn.node, paths, refs)
    inner = sx.enclosing_function(ev.node)
    if inner is not None and inner != flow.fn.node:
        out |= _derived_names(ctx, inner, paths, refs)
    return out


def _gate_on_loaded(ctx: FileContext, call: Node, learnt: set[str]) -> bool:
    """Load-then-check through a project gate: `const rule = await getRule(ruleId)`, then `await
    canEditWorkload(rule.workloadId)` before deleting by `ruleId`. The gate is named as an ownership or
    role check, is awaited (or called) as a statement, signs the caller in itself and hands the value
    it was given, with the session, to a further check: the record's parent is checked, so the record."""
    if not _gate_named(ctx.src, call):
        return False
    helper = ctx.analyzer.target(ctx.module, call)
    if helper is None or helper.body is None or (helper.is_async and not sx.awaited_directly(call)):
        return False
    if not ctx.analyzer.summary(helper).enforces_auth:
        return False
    params = helper.param_nodes()
    for i, arg in enumerate(sx.call_args(call)):
        if i >= len(params) or not identifiers(ctx.src, arg, into_functions=True) & learnt:
            continue
        pattern = params[i].child_by_field_name("pattern") or params[i]
        if pattern.type == "identifier" and _forwards_with_session(ctx, helper, sx.text(helper.module.src, pattern)):
            return True
    return False


def _gate_named(src: bytes, call: Node) -> bool:
    """``call`` is named as an ownership or role check and run as a statement: what `_gate_on_loaded` asks
    first, of the call alone."""
    name = sx.last_name(sx.callee_name(src, call))
    return bool(vocab.OWNERSHIP_CALLS.search(name) or vocab.ROLE_CALLS.match(name)) and _statement_call(call)


def _rpc_predicate(src: bytes, call: Node, chosen: set[str]) -> bool:
    """`supabase.rpc("is_org_owner", { org: orgId })`: a database function named as a role or ownership
    predicate (`is_org_owner`, `has_team_access`), asked about the chosen id; it answers about the
    signed-in caller, whose JWT the client sends, as a project predicate helper would."""
    if sx.last_name(sx.callee_name(src, call)) != "rpc":
        return False
    args = sx.call_args(call)
    fn = sx.string_value(src, args[0]) if len(args) == 2 else None
    if not fn or not identifiers(src, args[1], into_functions=True) & chosen:
        return False
    camel = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), fn.lower())
    return bool(vocab.ROLE_CALLS.match(camel) or vocab.OWNERSHIP_CALLS.search(camel))


def _answer_never_tested(ctx: FileContext, fn: Node, call: Node) -> bool:
    """`const seat = await findSeat(user.id, guildId)` of a project lookup that stops nothing itself
    (no throw or redirect, no role or owner check in its summary), its answer and the locals read off
    it never tested (in a condition, a `&&`/`||`) nor handed to a project helper: a lookup whose result
    only reaches a log line or a response header checks nothing (rule 2: a check counts when its result
    is checked)."""
    src = ctx.src
    names = _bound_names(src, call)
    if not names:
        return False
    target = ctx.analyzer.target(ctx.module, call)
    if target is None:
        return False
    summary = ctx.analyzer.summary(target)
    if summary.keyed_refusal is not None:
        # (`const { role } = await getSeatRole(id)` of a helper answering `{ error }` to an outsider: only
        # logged, the refusal in its answer stops nobody, whatever the helper stops itself)
        return _names_never_tested(ctx, fn, call, names)
    if not stops_nothing(target) or summary.role or summary.owner or summary.enforces_auth:
        return False
    return _names_never_tested(ctx, fn, call, names)


def _answer_tested_after(ctx: FileContext, fn: Node, call: Node, op: Node) -> bool:
    """`const allowed = await canViewRecord(orgId, id)` of a project question that stops nothing itself, its
    answer named nowhere between the call and the write ``op`` (tested only past it): the write ran unchecked."""
    src = ctx.src
    names = _bound_names(src, call)
    target = ctx.analyzer.target(ctx.module, call) if names else None
    if target is None or not stops_nothing(target) or ctx.analyzer.summary(target).enforces_auth:
        return False
    used = [
        n
        for n in sx.find(fn, ("identifier", "shorthand_property_identifier"))
        if n.start_byte >= call.end_byte and sx.text(src, n) in names
    ]
    return bool(used) and all(n.start_byte >= op.end_byte for n in used)


def _untested_read(ctx: FileContext, flow: Flow, call: Node) -> bool:
    """`const seat = await db.seat.findFirst({ where: { orgId: targetOrgId, userId } })`: a DB read whose
    answer (and the locals read off it) is never tested nor handed to a check, so the ids it was given
    are vetted by nothing (`_answer_never_tested` for an inline query)."""
    if not any(
        e.kind == "db" and e.op is not None and e.op.kind == "read" and e.op.api != "helper" and e.node == call
        for e in flow.events
    ):
        return False
    names = _bound_names(ctx.src, call)
    return bool(names) and _names_never_tested(ctx, flow.fn.node, call, names)


def _names_never_tested(ctx: FileContext, fn: Node, call: Node, names: set[str]) -> bool:
    """No name of ``names`` (bound to ``call``'s answer, or to a local read off one) is tested in a
    condition or a `&&`/`||`, nor handed to a project helper or a role check, after ``call``."""
    src = ctx.src
    seen: set[str] = set()
    while names - seen:
        name = (names - seen).pop()
        seen.add(name)
        for n in sx.find(fn, ("identifier", "shorthand_property_identifier")):
            if n.start_byte < call.end_byte or sx.text(src, n) != name:
                continue
            p: Node | None = n
            while p is not None and p != fn:
                up = p.parent
                if up is None:
                    break
                if up.type in ("if_statement", "while_statement", "ternary_expression", "switch_statement") and (
                    up.child_by_field_name("condition") == p or up.child_by_field_name("value") == p
                ):
                    return False  # tested
                if up.type == "binary_expression" and _operator(src, up) in ("&&", "||"):
                    return False  # `mine || deny()`
                if up.type == "variable_declarator" and up.child_by_field_name("value") == p:
                    names |= set(sx.pattern_names(src, up.child_by_field_name("name")))  # `const role = mine?.role`
                    break
                if up.type == "arguments" and up.parent is not None and up.parent.type == "call_expression":
                    callee = sx.callee_name(src, up.parent)
                    if ctx.analyzer.target(ctx.module, up.parent) is not None or vocab.ROLE_CALLS.match(
                        sx.last_name(callee)
                    ):
                        return False  # `assertOfficer(mine)`: handed to a check
                if up.type in ("expression_statement", "return_statement", "lexical_declaration"):
                    break
                p = up
    return True


def _field_paths(src: bytes, nodes: list[Node], roots: set[str]) -> set[str] | None:
    """The fields of the client's objects ``nodes`` name (`input.taskId`, `submission.value.entryId`);
    None when one of them is named whole (`input`), or not at all."""
    out: set[str] = set()
    for node in nodes:
        for n in sx.walk_named(node):
            if n.type != "identifier" or sx.text(src, n) not in roots:
                continue
            top = n
            while (
                top.parent is not None
                and top.parent.type == "member_expression"
                and top == top.parent.child_by_field_name("object")
            ):
                top = top.parent
            if top is n:
                return None
            out.add(sx.text(src, top).replace("?.", "."))
    return out or None


def _other_field(src: bytes, args: Node, picks: set[str] | None, chosen: set[str]) -> bool:
    """A call handed only other fields of the client's object than the operation picks by (`input.projectId`
    beside `where: { id: input.taskId }`): what it checks says nothing of the id picked."""
    given = _field_paths(src, [args], chosen)
    if picks is None or given is None:
        return False
    return not any(g == p or p.startswith(g + ".") or g.startswith(p + ".") for g in given for p in picks)


def _calls_before(fn: Node, node: Node) -> Iterator[Node]:
    """The calls of ``fn`` that end before ``node`` starts. Inside a call that holds it, only those
    of a callback that holds it too: `simpleAction(async () => { await canEdit(id); await write(id) })`
    runs the check before the write, in the same callback (a sibling callback or an argument of the
    wrapper is no step on the way)."""
    holder: Node | None = None
    for call in sx.find(fn, ("call_expression",)):
        if call.start_byte >= node.start_byte:
            return
        if call.end_byte > node.start_byte:
            holder = call
            continue
        if holder is not None:
            scope = sx.enclosing_function(call)
            if scope is None or not (sx.contains(holder, scope) and sx.contains(scope, node)):
                continue
        yield call


def _then_receivers(src: bytes, fn: Node, node: Node) -> list[Node]:
    """`canManage(user, id).then(async (ok) => { ...; update })`: the calls whose promise a callback
    holding ``node`` waits for (they ran before it, though the `.then` call encloses it)."""
    out: list[Node] = []
    p = node.parent
    while p is not None and p != fn:
        callee = p.child_by_field_name("function") if p.type == "call_expression" else None
        if callee is not None and callee.type == "member_expression" and _property(src, callee) == "then":
            receiver = sx.unwrap(callee.child_by_field_name("object"))
            if receiver is not None and receiver.type == "call_expression":
                out.append(receiver)
        p = p.parent
    return out


def _property(src: bytes, member: Node) -> str:
    return sx.text(src, member.child_by_field_name("property"))


def _tested_with_exit(ctx: FileContext, flow: Flow, call: Node, ev: Event) -> bool:
    """``call``'s result is bound to a name that an `if (!name) return/throw` tests before ``ev``."""
    decl = call.parent
    while decl is not None and (decl.type == "await_expression" or decl.type in sx.TRANSPARENT):
        decl = decl.parent
    if decl is None or decl.type != "variable_declarator":
        return False
    names = sx.pattern_names(ctx.src, decl.child_by_field_name("name"))
    for stmt in sx.find(flow.fn.node, ("if_statement",)):
        if not (call.end_byte <= stmt.start_byte and stmt.end_byte <= ev.node.start_byte):
            continue
        cond = stmt.child_by_field_name("condition")
        if cond is None or not sx.exits(ctx.src, stmt.child_by_field_name("consequence")):
            continue
        if (
            stmt.parent is not None
            and sx.contains(stmt.parent, ev.node)
            and any(_absence_test(ctx.src, cond, n) for n in names)
        ):
            return True
    return False


# Calls that build a value from their arguments (a callback's rows, a copied object): passing them
# the id and the session user together decides nothing. A check called inside them is seen on its own.
_BUILDERS = frozenset(
    {"map", "flatMap", "reduce", "push", "unshift", "concat", "stringify", "assign", "fromEntries", "from"}
)


_last_declarators: tuple[bytes, Node, list[Node]] | None = None


def _declarators(ctx: FileContext, fn: Node) -> list[Node]:
    """The variable declarators of ``fn`` outside nested functions, in source order: one
    tree-sitter search per function (asked once per name traced, and again per operation)."""
    global _last_declarators
    last = _last_declarators
    if last is not None and last[0] is ctx.src and last[1] == fn:
        return last[2]
    found = sx.find(fn, ("variable_declarator",), into_functions=False)
    _last_declarators = (ctx.src, fn, found)
    return found


_ROLE_WORD = re.compile(r"(?i)\broles?\b|[a-z]Roles?\b")


def _tests_a_role(ctx: FileContext, fn: Function, depth: int = 0) -> bool:
    """`if (!roles.includes(m.role)) throw`: ``fn`` (or a helper it calls) exits on a test of a role, not
    only when no seat is found."""
    src = fn.module.src
    for i in sx.find(fn.node, ("if_statement",)):
        cond = i.child_by_field_name("condition")
        if (
            cond is not None
            and _ROLE_WORD.search(sx.text(src, cond))
            and sx.exits(src, i.child_by_field_name("consequence"))
        ):
            return True
    if depth < 2:
        for c in sx.find(fn.node, ("call_expression",)):
            t = ctx.analyzer.target(fn.module, c)
            if t is not None and t.node != fn.node and _tests_a_role(ctx, t, depth + 1):
                return True
    return False


def _seat_found_only(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The role the state holds before ``ev`` comes from project guards that only find the caller's seat
    (`requireStudioMember(id)`: `if (!membership) throw`), none testing which role it is, nor an inline role
    test: membership, which lets any member in, not a role over other members' rows."""
    src = ctx.src
    found = False
    for n in sx.find(ep.fn.node, ("if_statement", "call_expression"), into_functions=False):
        if n.start_byte >= ev.node.start_byte:
            continue
        if n.type == "if_statement":
            cond = n.child_by_field_name("condition")
            if (
                cond is not None
                and _ROLE_WORD.search(ctx.text(cond))
                and sx.exits(src, n.child_by_field_name("consequence"))
            ):
                return False
            continue
        t = ctx.analyzer.target(ctx.module, n)
        if t is None or not ctx.analyzer.summary(t).role:
            continue
        if _tests_a_role(ctx, t):
            return False
        found = True
    return found


def _clamped_numbers(ctx: FileContext, fn: Node, names: set[str]) -> set[str]:
    """Locals bound to a clamp, `const months = Math.min(Math.max(parseInt(raw) || 3, 1), 12)`: a quantity
    kept within bounds (a window, a page size), not the identifier of anyone's record."""
    if not names:
        return set()
    out: set[str] = set()
    for d in _declarators(ctx, fn):
        name, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if name is None or value is None or ctx.text(name) not in names or value.type != "call_expression":
            continue
        if (
            sx.callee_name(ctx.src, value) in ("Math.min", "Math.max")
            or _listed_choice(ctx, value)
            or _page_number_parse(ctx, value, ctx.text(name))
        ):
            out.add(ctx.text(name))
    return out


_RANGE_KEYS = frozenset(("gte", "gt", "lte", "lt"))


def _range_bounds_only(ctx: FileContext, filters: list[Node], names: set[str]) -> set[str]:
    """Client names a read's filter uses only as the bounds of a window over a column that is no id
    (`heldOn: { gte: new Date(from), lte: new Date(to) }`): they narrow the rows, they pick no one's."""
    out: set[str] = set()
    for name in names:
        uses = [i for f in filters for i in sx.find(f, ("identifier",)) if ctx.text(i) == name]
        if uses and all(_range_bound(ctx, use, filters) for use in uses):
            out.add(name)
    return out


def _range_bound(ctx: FileContext, node: Node, filters: list[Node]) -> bool:
    """``node`` sits in the value of a `gte`/`lte` key whose column's name is not an id's."""
    tops = {f.id for f in filters}
    keys: list[str] = []
    cur: Node | None = node
    while cur is not None and cur.id not in tops and len(keys) < 2:
        if cur.type == "pair":
            keys.append(ctx.text(cur.child_by_field_name("key")).strip("'\""))
        cur = cur.parent
    return len(keys) == 2 and keys[0] in _RANGE_KEYS and not re.search(r"(?i)(^|_)id$|[a-z]Id$", keys[1])


# a page window's names (`offset`, `parsedLimit`, `pageSize`, `take`), not `pageId`
_PAGE_WORD = re.compile(r"(?:^|[a-z_])(?:limit|offset|page|pageSize|perPage|pageNumber|skip|take)$", re.IGNORECASE)


def _page_number_parse(ctx: FileContext, call: Node, name: str) -> bool:
    """`const parsedLimit = limitSchema.parse(raw)` with `limitSchema = z.coerce.number().int().max(50)`: a
    number schema with an upper bound, or one bound to a page word, sizes or shifts a page of rows (`.limit()`,
    `offset`, `take`); it names no record. (A bare `z.coerce.number().parse(id)` may be a numeric id.)"""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression" or ctx.text(fn.child_by_field_name("property")) != "parse":
        return False
    number, bounded = bounded_number_schema(ctx.module, fn.child_by_field_name("object"), ctx.analyzer.program)
    return number and (bounded or bool(_PAGE_WORD.search(name)))


def _listed_choice(ctx: FileContext, call: Node) -> bool:
    """`z.enum(["MEMBER", "LEAD"]).parse(role)`: one of the constants the code lists (a role, a status to
    filter by), not the identifier of anyone's record. (`z.enum(ids)`: a list the code does not spell.)"""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression" or ctx.text(fn.child_by_field_name("property")) != "parse":
        return False
    made = sx.unwrap(fn.child_by_field_name("object"))
    if made is None or made.type != "call_expression" or not sx.callee_name(ctx.src, made).endswith(".enum"):
        return False
    args = sx.call_args(made)
    listed = sx.unwrap(args[0]) if len(args) == 1 else None
    return (
        listed is not None
        and listed.type == "array"
        and bool(listed.named_children)
        and all(sx.string_value(ctx.src, c) is not None for c in listed.named_children)
    )


def _origin_call(ctx: FileContext, fn: Node, name: str, depth: int = 0, guarded: bool = False) -> Node | None:
    """The call whose result ``name`` holds, through aliases and destructuring
    (`const { targetUserId } = validation` where `const validation = validateCallback(...)`); with
    ``guarded``, also the call of a guard's one branch, `user ? await bcrypt.compare(...) : false` (the
    other branch answers no)."""
    if depth > 4:
        return None
    for n in _declarators(ctx, fn):
        target = n.child_by_field_name("name")
        if target is None or name not in sx.pattern_names(ctx.src, target):
            continue
        value = sx.unwrap(n.child_by_field_name("value"))
        if guarded and value is not None and value.type == "ternary_expression":
            value = _guarded_call(ctx, value)
        if value is None:
            return None
        if value.type == "call_expression":
            return value
        if value.type in ("identifier", "member_expression"):
            root = sx.root_identifier(ctx.src, value)
            return _origin_call(ctx, fn, root, depth + 1, guarded) if root and root != name else None
        return None
    return None


def _guarded_call(ctx: FileContext, value: Node) -> Node | None:
    """`cond ? await check(...) : false`: the one call of a ternary whose other branch is `false`."""
    yes = sx.unwrap(value.child_by_field_name("consequence"))
    no = sx.unwrap(value.child_by_field_name("alternative"))
    if yes is not None and no is not None and ctx.text(no) == "false" and yes.type == "call_expression":
        return yes
    return None


def _verified_accounts(ctx: FileContext, flow: Flow, ev: Event) -> set[str]:
    """Records whose stored credential a check the caller passed was given (`const valid = await
    bcrypt.compare(password, user.passwordHash)`, then `if (!valid) return`): a login's account is
    the caller once its password matched, though the client's email chose it."""
    out: set[str] = set()
    for name in ev.state.fetched - ev.state.session:
        origin = _origin_call(ctx, flow.fn.node, name, guarded=True)
        if origin is None or origin.end_byte > ev.node.start_byte:
            continue
        for arg in sx.call_args(origin):
            out |= identifiers(ctx.src, arg, into_functions=True) & set(flow.records)
    return out


_PRISMA_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)
_PRISMA_MAP = re.compile(r"@@map\(\s*\"(\w+)\"")
# TypeORM `@Entity("schedule_slots") export class ScheduleSlot {`, drizzle `pgTable("jobs", {`
_CODE_TABLE = re.compile(
    r"@Entity\(\s*(?:[\"'`](\w+)[\"'`])?[^)]*\)\s*(?:export\s+)?class\s+(\w+)"
    r"|\bconst\s+(\w+)\s*=\s*(?:pg|mysql|sqlite)Table\(\s*[\"'`](\w+)[\"'`]"
)
_FIELD = re.compile(r"^\s*(\w+)\b", re.M)
# a required relation to a parent model: `job Job @relation(fields: [jobId], references: [id])`
_PRISMA_PARENT = re.compile(r"^\s*\w+\s+(\w+)\s+@relation\([^)]*\bfields\s*:", re.M)
# a relation's parent model and its columns: `Project Project? @relation(fields: [projectId], ...)`
_PRISMA_RELATION = re.compile(r"^\s*\w+\s+(\w+)\??\s+@relation\([^)]*\bfields\s*:\s*\[([^\]]*)\]", re.M)
_TENANT_COLUMNS = frozenset(
    {"companyId", "company_id", "organizationId", "organization_id", "orgId", "org_id", "workspaceId"}
    | {"workspace_id", "teamId", "team_id", "tenantId", "tenant_id", "agencyId", "agency_id"}
    | {"organizerId", "organizer_id", "organiserId", "organiser_id"}
)
_MONGOOSE_SCHEMA = re.compile(r"\bconst\s+(\w+)\s*=\s*new\s+(?:mongoose\.)?Schema\s*(?:<[^>]*>)?\(")
_RELATION = re.compile(r"@ManyToOne\b.*?\)\s*(\w+)[!?]?\s*:")
_COLUMN_NAME = re.compile(r"\b(?:fieldName|name)\s*:\s*[\"'](\w+)[\"']")
_OWNER_COLUMNS = (
    vocab.OWNER_FIELDS
    | {"workspace_id", "organization_id", "org_id", "companyId", "company_id"}
    | {
        "agencyId",
        "agency_id",
        "organizerId",
        "organizer_id",
        "organiserId",
        "organiser_id",
    }
)


def _owned_models(program: Program) -> frozenset[str]:
    """Models and tables (lower case) the repo declares with an owner or tenant column (`workspaceId`,
    `user_id`): rows that belong to someone, in `schema.prisma`, TypeORM entities or drizzle tables."""
    return _owned_and_tenant_models(program)[0]


def _tenant_models(program: Program) -> frozenset[str]:
    """Of those, the models and tables (lower case) a tenant owns: a tenant column of their own
    (`tenantId`, `org_id`), or a required Prisma parent that has one."""
    return _owned_and_tenant_models(program)[1]


def _filed_under_tenant(program: Program) -> frozenset[str]:
    """Code tables and Mongoose models (lower case) filed by name under a tenant's record (`projectId`
    of a `databases` table, `projects` carrying an `organizationId`): a tenant's rows one step down."""
    return _owned_and_tenant_models(program)[2]


def _under_tenant(program: Program) -> frozenset[str]:
    """Code tables and Prisma models (lower case) filed by name under a tenant's record, owned by a person
    or not (`enrollments { classId, userId }`, `classes` carrying a `studioId`)."""
    return _owned_and_tenant_models(program)[3]


def _owned_and_tenant_models(
    program: Program,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return tree_fact(program.tree, "owned_models", lambda: _read_owned_models(program))


def _read_owned_models(program: Program) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    out: set[str] = set()
    tenant_tables: set[str] = set()
    unowned: dict[str, set[str]] = {}  # code tables and Mongoose models: their columns
    loose: dict[str, set[str]] = {}  # Prisma models with no owner column: their fields
    prisma: dict[str, tuple[set[str], bool, set[str]]] = {}  # model: (names, tenant column, required parents)
    # (the schema's own tenants and people: `foundationId` of a membership model, `donorId` of a
    # model kept one per user)
    parties = tenancy.party_columns(program)
    # (and a drizzle key named for the app's own account table, `memberId` of `members`: a member's rows)
    owner_columns = _OWNER_COLUMNS | parties | account_key_columns(program)
    tenant_columns = _TENANT_COLUMNS | parties
    for path in program.index.paths:
        if "node_modules" in path or not path.endswith((".prisma", ".ts", ".tsx", ".js", ".mjs")):
            continue
        data = read_once(program.tree, path)
        if data is None:
            continue
        if b"mongoose" in data:  # (Mongoose models are often plain JavaScript)
            mongoose_text = data.decode("utf-8", "replace")
            out |= _mongoose_owned(mongoose_text)
            for name, columns in _mongoose_columns(mongoose_text).items():
                unowned.setdefault(name, set()).update(columns)
        if b".from(" in data:
            out |= _supabase_owned(data.decode("utf-8", "replace"), owner_user_columns(program))
        if b"insertOne(" in data or b"insertMany(" in data:
            out |= _mongo_driver_owned(data.decode("utf-8", "replace"))
        if b"kysely" in data and b"interface " in data:
            for name, columns in _kysely_tables(data.decode("utf-8", "replace")).items():
                # (or a user's id under the part they play that the project files and lists the caller's
                # rows by, `host_user_id`: as a Supabase table's is read)
                if columns & owner_columns or columns & owner_user_columns(program):
                    out.add(name)
                if columns & tenant_columns:
                    tenant_tables.add(name)
                unowned.setdefault(name, set()).update(columns)
        if not path.endswith((".prisma", ".ts", ".tsx")) or (
            b"model " not in data and b"@Entity" not in data and b"Table(" not in data
        ):
            continue
        text = data.decode("utf-8", "replace")
        if path.endswith(".prisma"):
            for m in _PRISMA_MODEL.finditer(text):
                mapped = _PRISMA_MAP.search(m.group(2))
                names = {n.lower() for n in (m.group(1), mapped.group(1) if mapped else None) if n}
                fields = set(_FIELD.findall(m.group(2)))
                if fields & owner_columns:
                    out.update(names)
                # (a schema's own tenant files the rows that carry its column, not their children: the
                # lessons of a school's course are as public as the course)
                prisma[m.group(1)] = (names, bool(fields & _TENANT_COLUMNS), set(_PRISMA_PARENT.findall(m.group(2))))
                if fields & parties:
                    tenant_tables.update(names)
                if not fields & owner_columns:
                    for n in names:  # (filed by name alone, `claimId String` with no relation declared)
                        loose.setdefault(n, set()).update(fields)
            continue
        for m in _CODE_TABLE.finditer(text):
            body = tenancy.braced(text, m.end())
            # (an entity's relation to its owner: `@ManyToOne(() => Org, { fieldName: "org_id" }) org!: string`)
            relations = {f + "Id" for f in _RELATION.findall(body)} | set(_COLUMN_NAME.findall(body))
            columns = {*_FIELD.findall(body), *re.findall(r"(\w+)\s*[:!?]", body), *relations}
            if columns & owner_columns:
                out.update(n.lower() for n in m.groups() if n)
            if columns & tenant_columns:
                tenant_tables.update(n.lower() for n in m.groups() if n)
            for n in m.groups():
                if n:
                    unowned.setdefault(n.lower(), set()).update(columns)
    children = _tenant_children(prisma)
    tenant_tables |= children | {n for names, has, _ in prisma.values() if has for n in names}
    # (a drizzle table, Mongoose or Prisma model filed under a tenant's record by name, `carrierId` of a
    # `carriers` table with a `tenantId`: no relation is declared, but its rows are that tenant's)
    named = {
        name
        for name, columns in unowned.items()
        if name not in out and any(_names_table(c, tenant_tables) for c in columns if _PARENT_STEM.match(c))
    }
    # (a person's rows by name: `donations { donorId }` under `donors { userId, email, phone }`, a user's own
    # profile with their contact details; not `comments { postId }` under `posts { userId }`, as public as it)
    profiles = {name for name, columns in unowned.items() if name in out and any(_CONTACT.match(c) for c in columns)}
    out |= {
        name
        for name, columns in unowned.items()
        if name not in out and any(_names_table(c, profiles) for c in columns if _PARENT_STEM.match(c))
    }
    # (of a Prisma model, not under a catalogue's entry: the slots of a published service are as public as
    # it; private to read, but not a parent a new row in the caller's tenant may not point at)
    listed = {n for n in tenant_tables if tenancy.public_capable(program, n)}
    loose_named: set[str] = set()
    while True:
        # (and down the chain: `ReviewComment { planSetId }` under `PlanSet { permitId }` under a tenant's
        # `Permit` is that tenant's too, as a declared relation would make it)
        parents = (tenant_tables - listed) | loose_named
        more = {
            name
            for name, columns in loose.items()
            if name not in out
            and name not in loose_named
            and any(_names_table(c, parents) for c in columns if _PARENT_STEM.match(c))
        }
        if not more:
            break
        loose_named |= more
    # (a tenant's rows one step down whoever else owns them, `enrollments { classId, userId }` under a
    # studio's `classes`: `_under_tenant`)
    # (a published catalogue's too: an enrolment in a studio's listed class is still that studio's row)
    parents = set(tenant_tables)
    parents |= {n[:-2] for n in parents if n.endswith(("ses", "xes", "ches", "shes"))}  # (`classes`: `classId`)
    under = {n for n, cs in unowned.items() if any(_names_table(c, parents) for c in cs if _PARENT_STEM.match(c))}
    return (
        frozenset(out | children | named | loose_named),
        frozenset(tenant_tables),
        frozenset(named),
        frozenset(under | loose_named),
    )


# a person's contact details, what makes a user's own row their profile
_CONTACT = re.compile(r"(?i)^(e_?mail|phone(_?number)?|mobile)$")
_TS_SHAPE = re.compile(r"\binterface\s+(\w+)(?:\s*<[^>{]*>)?(?:\s+extends\s+[^{]+)?\s*(?=\{)")
_TS_MEMBER = re.compile(r"(\w+)\s*\??\s*:\s*([\w.<>, |\[\]]+?)\s*[;,\n}]")


def _kysely_tables(text: str) -> dict[str, set[str]]:
    """Kysely tables (lower case) with their columns: the members of a database interface, one whose
    every member names an interface of columns (`interface DB { price_lists: PriceListTable }` with
    `interface PriceListTable { id: string; winery_id: string }`). A snake-case column counts under
    its camel-case name too (`winery_id` as the schema's `wineryId`)."""
    bodies = {m.group(1): tenancy.braced(text, m.end()) for m in _TS_SHAPE.finditer(text)}
    out: dict[str, set[str]] = {}
    for body in bodies.values():
        members = _TS_MEMBER.findall(body[1:])
        if not members or not all(t in bodies for _, t in members):
            continue
        for table, shape in members:
            columns = {c for c, _ in _TS_MEMBER.findall(bodies[shape][1:])}
            camel = {re.sub(r"_([a-z])", lambda m: m.group(1).upper(), c) for c in columns}
            out[table.lower()] = columns | camel
    # (the tables' columns written inline, `interface DB { access_codes: { id: string; marina_id: string } }`,
    # of an interface the file hands to `new Kysely<DB>(...)`)
    for name in set(_KYSELY_OF.findall(text)) & set(bodies):
        body = bodies[name]
        for m in _INLINE_TABLE.finditer(body, 1):
            if not _top_level(body, m.start()):
                continue  # (a member of a nested shape, not of the interface)
            shape = tenancy.braced(body, m.end() - 1)
            columns = {c.group(1) for c in _MEMBER_NAME.finditer(shape, 1) if _top_level(shape, c.start())}
            camel = {re.sub(r"_([a-z])", lambda m: m.group(1).upper(), c) for c in columns}
            out.setdefault(m.group(1).lower(), set()).update(columns | camel)
    return out


_KYSELY_OF = re.compile(r"\bKysely\s*<\s*(\w+)\s*>")
_INLINE_TABLE = re.compile(r"(\w+)\s*:\s*\{")
_MEMBER_NAME = re.compile(r"(\w+)\s*\??\s*:")


def _top_level(body: str, at: int) -> bool:
    """Offset ``at`` of a braced ``body`` is inside its outer braces only, in none nested deeper."""
    return body.count("{", 0, at) == body.count("}", 0, at) + 1


# codes a customer types to redeem something (a promo code, a voucher): the holder may see what it gives
_REDEEMED_MODEL = re.compile(r"(?i)coupon|promo|voucher|gift_?card")
_TYPED_CODE = re.compile(r"(?i)^(\w+_?)?code$")


def _found_by_typed_code(ctx: FileContext, ev: Event) -> bool:
    """A read of a redeemable model picked by the code the caller typed (`where: { code }`, Kysely
    `.where("code", "=", input.code)`): the code is the caller's to present, its row what it redeems."""
    op = ev.op
    if op is None or not _REDEEMED_MODEL.search(op.model or ""):
        return False
    keys: list[tuple[str, Node | None]] = []
    if op.args and op.api in ("prisma", "mongoose"):
        first = object_keys(ctx.src, op.args[0])
        where = first.get("where") if op.api == "prisma" else sx.strip_types(op.args[0])
        keys += list(object_keys(ctx.src, where).items()) if where is not None else []
    for method, call in chain_calls(op.chain, ctx.src):
        args = sx.call_args(call)
        if method in ("where", "eq") and len(args) >= 2:
            keys.append((sx.string_value(ctx.src, args[0]) or "", args[-1]))
    return any(
        _TYPED_CODE.match(k) and v is not None and bool(identifiers(ctx.src, v) & ev.state.client) for k, v in keys
    )


def _mongoose_columns(text: str) -> dict[str, set[str]]:
    """Mongoose models (lower case) with the paths of their schema."""
    schemas = {m.group(1): m.end() for m in _MONGOOSE_SCHEMA.finditer(text)}
    out: dict[str, set[str]] = {}
    for name, m in tenancy.mongoose_models(text):
        at = schemas.get(m.group(2))
        if at is not None:
            out[name] = set(re.findall(r"(\w+)\s*:", tenancy.braced(text, at)))
    return out


# who created a row is no owner of it: a catalogue entry or a post stamped `created_by` is often public
_SUPABASE_OWNER_COLUMNS = _OWNER_COLUMNS - {"createdBy", "created_by", "createdById", "authorId", "author_id"}
_SUPABASE_FROM = re.compile(r"\.from\(\s*[\"'`](\w+)[\"'`]\s*\)")
# where one query's chain ends: the next query, a blank line, the next statement
_CHAIN_END = re.compile(r"\.from\(|\n\s*\n|;|\n\s*(?:const|let|var|return|if|await|for|throw)\b")
_SUPABASE_OWNER_FILTER = re.compile(r"\.(?:eq|match)\(\s*(?:[\"'`](\w+)[\"'`]|\{([^}]*)\})")
_SUPABASE_ROW_WRITE = re.compile(r"\.(?:insert|upsert)\(\s*\[?\s*(?=\{)")


def _supabase_owned(text: str, project_owners: frozenset[str] = frozenset()) -> set[str]:
    """Supabase tables (lower case) the code files under an owner: written with an owner column
    (`.from("trips").insert({ owner_id: user.id, ... })`) or filtered by one (`.eq("user_id", user.id)`),
    also one the project names its own way (`owner_user_id`, `owner_columns`).
    The database schema is not in view, but the code shows whose rows they are."""
    out: set[str] = set()
    for m in _SUPABASE_FROM.finditer(text):
        end = _CHAIN_END.search(text, m.end(), m.end() + 600)
        chain = text[m.end() : end.start() if end else m.end() + 600]
        columns: set[str] = set()
        for f in _SUPABASE_OWNER_FILTER.finditer(chain):
            columns |= {f.group(1)} if f.group(1) else set(re.findall(r"(\w+)\s*:", f.group(2)))
        for w in _SUPABASE_ROW_WRITE.finditer(chain):
            columns |= set(re.findall(r"(\w+)\s*:", tenancy.braced(text, m.end() + w.end())))
        if columns & (_SUPABASE_OWNER_COLUMNS | project_owners):
            out.add(m.group(1).lower())
    return out


# `WHERE p.class_id = $1`, `pupil_id = '${id}'`, `id IN (...)`: an id column compared with a value of the call
_SQL_ID_TEST = re.compile(
    r"(?i)\b(?:\w+\.)?(?:id|\w+_id)\s*(?:=|\bin\b)\s*(?:any\s*\(\s*)?(?:array\s*\[\s*)?['\"(]?\s*(?:\$\d|\?|\$\{)"
)


def _picked_by_client_id(ctx: FileContext, ev: Event) -> bool:
    """A Supabase or raw SQL read picking rows by an id the client sent (`.eq("class_id", classId)`,
    `WHERE pupil_id = $1` given `[pupilId]`): a record the caller chose by its identifier (rule 2), not a
    search by name or a date range over all of them."""
    assert ev.op is not None
    src = ctx.src
    if ev.op.api == "sql":
        text = ctx.text(ev.op.args[0]) if ev.op.args else ""
        call_args = ev.op.call.child_by_field_name("arguments")
        given = identifiers(src, call_args, into_functions=True) if call_args is not None else set()
        return bool(_SQL_ID_TEST.search(text)) and bool(given & ev.state.client)
    for method, call in chain_calls(ev.op.chain, src):
        args = sx.call_args(call)
        column = sx.string_value(src, args[0]) if method in ("eq", "in") and len(args) == 2 else None
        if column and (column == "id" or column.endswith("_id")) and identifiers(src, args[1]) & ev.state.client:
            return True
    return False


def _drizzle_row_by_own_key(ctx: FileContext, ev: Event) -> bool:
    """A drizzle read whose filter picks the table's row by its own key from a client value (`eq(catches.id,
    parsedInput.id)`): one record the caller chose, not the rows under a parent it names."""
    src = ctx.src
    return any(
        column.type == "member_expression" and sx.text(src, prop) in ("id", "uuid")
        for column, prop in _client_eq_columns(ev, src)
    )


def _client_eq_columns(ev: Event, src: bytes) -> Iterator[tuple[Node, Node]]:
    """The columns a drizzle read's filter holds to a client value, `eq(t.col, clientValue)`: each column's
    expression and its property name's node."""
    for f in _filter_nodes(ev, src):
        for call in sx.find(f, ("call_expression",)):
            args = sx.call_args(call)
            if sx.last_name(sx.callee_name(src, call)) != "eq" or len(args) != 2:
                continue
            column = sx.strip_types(args[0])
            prop = column.child_by_field_name("property") if column is not None else None
            if column is not None and prop is not None and identifiers(src, args[1]) & ev.state.client:
                yield column, prop


def _answered(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """The read's answer goes back to the caller: the call, or a name bound to it, in a later return value or
    response (a row only tested, `if (!row?.token) throw`, or written elsewhere, goes nowhere)."""
    bound = {name for name, o in flow.records.items() if o is ev.op or o.call.id == ev.node.id}
    return any(
        out.kind in ("return", "respond")
        and out.value is not None
        and out.node.start_byte > ev.node.start_byte
        and (sx.contains(out.value, ev.node) or bool(identifiers(ctx.src, out.value, into_functions=True) & bound))
        for out in flow.events
    )


def _picks_secret_column(ctx: FileContext, ev: Event) -> bool:
    """A read that names a secret column among the ones it picks (drizzle `db.select({ token:
    machines.controllerToken })`, Prisma `select: { apiKey: true }`, Supabase `.select("webhook_secret")`)."""
    op = ev.op
    assert op is not None
    src = ctx.src
    picked: list[str] = []
    if op.api == "drizzle" and op.call.type == "call_expression":
        args = sx.call_args(op.call) if sx.last_name(sx.callee_name(src, op.call)) == "select" else []
        fields = object_keys(src, args[0]) if len(args) == 1 else {}
        for key, value in fields.items():
            column = sx.unwrap(value)
            picked.append(key)
            if column is not None and column.type == "member_expression":
                picked.append(sx.text(src, column.child_by_field_name("property")))
    elif op.api == "prisma" and op.args:
        select = object_keys(src, op.args[0]).get("select")
        picked = [k for k, v in object_keys(src, select).items() if sx.text(src, v) == "true"]
    elif op.api == "supabase":
        for method, call in chain_calls(op.chain, src):
            args = sx.call_args(call)
            text = sx.string_value(src, args[0]) if method == "select" and args else None
            if text is not None:
                picked += [w[-1] for c in text.split(",") if (w := re.findall(r"\w+", c))]
    return any(secret_column(name) for name in picked)


def _under_owned_parent(ctx: FileContext, ev: Event) -> bool:
    """A Supabase read picking rows by a client-chosen parent id whose table is filed under an owner
    (`.from("stops").eq("trip_id", tripId)` with `trips` owned): the rows of someone's record."""
    assert ev.op is not None
    src = ctx.src
    for method, call in chain_calls(ev.op.chain, src):
        args = sx.call_args(call)
        column = sx.string_value(src, args[0]) if method == "eq" and len(args) == 2 else None
        if not column or not column.endswith("_id") or not identifiers(src, args[1]) & ev.state.client:
            continue
        parent = column.removesuffix("_id").lower()
        owned = _owned_models(ctx.analyzer.program)
        # (`search_id` of `searches`, `category_id` of `categories`)
        if parent and {parent, parent + "s", parent + "es", parent[:-1] + "ies"} & owned:
            return True
        if _tenant_id_column(ctx.analyzer.program, column):
            return True  # `.eq("studio_id", studioId)`: a tenant's rows, the tenant the client names
    return False


def _tenant_children(models: dict[str, tuple[set[str], bool, set[str]]]) -> set[str]:
    """Prisma models that belong to a tenant through a required parent (`Application` with `job Job
    @relation(...)`, `Job` with `companyId`): in a multi-tenant schema such a row is that tenant's too.
    (Not through a user-owned parent: the comments of a post are often public.)"""
    tenant = {m for m, (_, has, _) in models.items() if has}
    while True:
        more = {m for m, (_, _, parents) in models.items() if m not in tenant and parents & tenant}
        if not more:
            break
        tenant |= more
    return {n for m in tenant if not models[m][1] for n in models[m][0]}


# A raw query that filters by an owner or tenant column (`WHERE org_id = '...'`) reads owned rows,
# whatever the table is called and wherever (or whether) it is declared
_SQL_OWNER_FILTER = re.compile(
    r"(?i)\b(user|owner|author|account|tenant|org|organi[sz]ation|team|workspace|agency)_id\s*(=|in\b)|"
    # (a tenant named by its code, `company_code = ?` of a legacy table: the key of that company's rows)
    r"\b(tenant|org|organi[sz]ation|workspace|agency|company)_code\s*(=|in\b)"
)


_SQL_PARENT_FILTER = re.compile(r"(?i)\b([a-z]\w*_id)\s*(?:=|in\b)")


def _sql_tenant_parent_filter(ctx: FileContext, query: Node) -> bool:
    """`WHERE p.location_id = $1`, where the repo keeps a `Location` model or `locations` table under a
    tenant: the rows of that tenant's record, private like the record itself."""
    return _sql_text_tenant_parent_filter(ctx.analyzer.program, ctx.text(query))


def _sql_text_tenant_parent_filter(program: Program, text: str) -> bool:
    if any(
        _named_tenant_parent(program, m.group(1)) or _tenant_id_column(program, m.group(1))
        for m in _SQL_PARENT_FILTER.finditer(text)
    ):
        return True
    # (or a key the project reads off the caller's own tenant row, `WHERE ukprn = ?`: see tenancy)
    keys = tenancy.tenant_key_columns(program)
    return bool(keys) and any(m.group(1).lower() in keys for m in _SQL_KEY_FILTER.finditer(text))


_SQL_KEY_FILTER = re.compile(r"(?i)\b([a-z]\w*)\s*(?:=|in\b)")


def _assigned_parent_column(program: Program, column: str) -> bool:
    """`creator_id` (or `creatorId`) spelling a parent column of a role table keyed by the identity provider's
    user id (`tenancy.assigned_parent_columns`)."""
    keys = tenancy.assigned_parent_columns(program)
    return bool(keys) and column.replace("_", "").lower() in {k.replace("_", "").lower() for k in keys}


def _tenant_id_column(program: Program, column: str) -> bool:
    """`studio_id` spelling a tenant column the schema declares (`studioId`, the parent of a membership
    model with a role): rows filtered by it are that tenant's, whichever table holds them."""
    snake = {re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", c).lower() for c in tenancy.tenant_columns(program)}
    return column.lower() in snake


def _mongoose_owned(text: str) -> set[str]:
    """Mongoose models whose schema has an owner or tenant path (`new Schema({ orgId: String })`
    registered as `mongoose.model("AuditEvent", AuditEventSchema)`)."""
    schemas = {m.group(1): m.end() for m in _MONGOOSE_SCHEMA.finditer(text)}
    out: set[str] = set()
    for name, m in tenancy.mongoose_models(text):
        at = schemas.get(m.group(2))
        keys = set(re.findall(r"(\w+)\s*:", tenancy.braced(text, at))) if at is not None else set()
        # (or a person's: `memberId`, `patientId`, a document kept about the member it names)
        if keys & _OWNER_COLUMNS or any(_PERSON_KEY.match(k) for k in keys):
            out.add(name)
    return out


# a MongoDB driver collection handle held in a local: `const groups = await getCollection("groups")`,
# `const notes = db.collection("notes")`; and a document inserted through one, `groups?.insertOne({`
_MONGO_HANDLE = re.compile(r"\b(\w+)\s*=\s*(?:await\s+)?[\w.]*\(\s*[\"'](\w+)[\"']\s*\)")
_MONGO_INSERT = re.compile(r"(?:\b(\w+)|\.collection\(\s*[\"'](\w+)[\"']\s*\))\s*\??\.insert(?:One|Many)\(\s*\[?\s*\{")


def _mongo_driver_owned(text: str) -> set[str]:
    """Collections of the `mongodb` driver (no schema declares them) whose documents the project inserts
    with an owner or tenant key (`groups.insertOne({ name, ownerId: new ObjectId(user.userId) })`): rows
    that belong to someone, as a Mongoose schema's owner path says."""
    handles = [(m.start(), m.group(1), m.group(2)) for m in _MONGO_HANDLE.finditer(text)]
    out: set[str] = set()
    for m in _MONGO_INSERT.finditer(text):
        # (the local's nearest binding before the insert: each function binds its own handle)
        bound = [c for at, local, c in handles if local == m.group(1) and at < m.start()]
        name = m.group(2) or (bound[-1] if bound else None)
        if name and set(re.findall(r"(\w+)\s*:", tenancy.braced(text, m.end() - 1))) & _OWNER_COLUMNS:
            out.add(name.lower())
    return out


# a table a raw query joins (`JOIN meters m ON ...`)
_SQL_JOINED = re.compile(r"(?i)\bjoin\s+[\"`]?(\w+)")


def _joins_owned_table(ctx: FileContext, query: Node) -> bool:
    """A raw query joining a table the repo declares with an owner or tenant column (`readings r JOIN
    meters m ... WHERE m.id = $1`, `meters.member_id`): the rows it reads are someone's, even when the
    table it reads from is kept elsewhere (no schema in the repo)."""
    return any(_owned_model(ctx.analyzer.program, t) for t in _SQL_JOINED.findall(ctx.text(query)))


def _owned_model(program: Program, model: str) -> bool:
    # (`schema.depotInvites`: a drizzle table read off the schema module's namespace import)
    key = model.rsplit(".", 1)[-1].lower()
    owned = _owned_models(program)
    return bool(key) and (key in owned or key + "s" in owned or key.removesuffix("s") in owned)


def _created_names(ctx: FileContext, fn: Node) -> set[str]:
    """Names bound to the row a write of this function returns (`const org = await db.organization.create(...)`):
    its id is made by the database (or was picked by that write, which is judged on its own), not chosen
    anew by the client."""
    names: set[str] = set()
    # (also inside a transaction's callback: `db.transaction().execute(async (trx) => { ... })`)
    declarators = (
        sx.find(fn, ("variable_declarator",))
        if ctx.src.find(b"transaction", fn.start_byte, fn.end_byte) != -1
        else _declarators(ctx, fn)
    )
    for n in declarators:
        value = sx.unwrap(n.child_by_field_name("value"))
        if value is not None and value.type in ("member_expression", "identifier") and names:
            # `const projectUuid = row.uuid`, `const { uuid } = row`: read off the row just written
            if sx.root_identifier(ctx.src, value) in names:
                names.update(sx.pattern_names(ctx.src, n.child_by_field_name("name")))
            continue
        if _written_row(ctx, value):
            names.update(sx.pattern_names(ctx.src, n.child_by_field_name("name")))
    # `saved = insertedRows[0]` into a `let saved` declared earlier: still the row written, unless the
    # name is also given something else (`saved = body.hook`); so is `let row = null; ... row = await
    # db.row.create(...)` (the row a `try` block creates, removed again when a later step fails)
    given: dict[str, bool] = {}
    for a in sx.find(fn, ("assignment_expression",), into_functions=False):
        left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
        if left is not None and left.type == "identifier":
            ours = sx.root_identifier(ctx.src, sx.unwrap(right)) in names or _written_row(ctx, right)
            given[ctx.text(left)] = given.get(ctx.text(left), True) and ours
    return names | {n for n, ours in given.items() if ours}


def _written_row(ctx: FileContext, value: Node | None) -> bool:
    """The value is what a write call hands back (`await db.org.create(...)`, `db.insert(t).values(v)
    .returning()`): a row the database made, not one the client picked."""
    call = sx.unwrap(value)
    if call is not None and call.type == "call_expression" and _ACCOUNT_CREATORS.search(sx.callee_name(ctx.src, call)):
        return True  # `admin.auth.admin.createUser({ email })`: the id of the account it made is the server's
    for _ in range(6):  # `db.insert(t).values(v).returning()`: the op sits on an inner call
        if call is None or call.type != "call_expression":
            return False
        op = ctx.analyzer.classify(ctx.module, call)
        if op is not None:
            # (an update hands back the rows it picked: that pick is judged at the update itself)
            return op.kind == "write"
        target = ctx.analyzer.target(ctx.module, call)
        if target is not None and _CREATOR_NAME.match(target.name or ""):
            # `await addCustomer({...})`: a project helper named for adding a row whose writes (across
            # its own helpers) include a create: what it hands back is the row it made
            ops = ctx.analyzer.summary(target).ops
            return any(o.kind == "write" and o.verb in _CREATE_VERBS for o in ops)
        callee = sx.strip_types(call.child_by_field_name("function"))
        call = (
            sx.unwrap(callee.child_by_field_name("object"))
            if callee is not None and (callee.type == "member_expression")
            else None
        )
    return False


def _provider_answers(ctx: FileContext, fn: Node, client: set[str]) -> set[str]:
    """Locals holding what a third-party API answered (`const profile = await (await fetch(`${GRAPH}/me`,
    { headers: { Authorization: `Bearer ${token}` } })).json()`, and what is read off it): the account
    id a provider reports for the credential the caller presented is the provider's word, not an id
    the client picked. Only a request to a fixed origin: a URL the client chooses answers what it likes."""
    src = ctx.src
    if src.find(b"etch", fn.start_byte, fn.end_byte) == -1:
        return set()
    out: set[str] = set()
    for d in _declarators(ctx, fn):
        value = d.child_by_field_name("value")
        if value is None:
            continue
        refs = identifiers(src, value, into_functions=True)
        fetched = any(
            _requests_url(ctx, c) and _fixed_origin(ctx, fn, next(iter(sx.call_args(c)), None))
            for c in sx.find(value, ("call_expression",))
        )
        # (the request is handed along for its abort signal, not as data)
        if fetched or (refs & out and not (refs & client) - out - {"req", "request"}):
            out.update(sx.pattern_names(src, d.child_by_field_name("name")))
    return out


def _requests_url(ctx: FileContext, call: Node) -> bool:
    """`fetch(url, init)`, or a project wrapper handing its first parameter to `fetch` as the URL
    (`fetchWithRetry(url, init)` retrying on a 429): a request to the URL the caller of it names."""
    if sx.last_name(sx.callee_name(ctx.src, call)) == "fetch":
        return True
    target = ctx.analyzer.target(ctx.module, call) if call.type == "call_expression" else None
    if target is None or not target.params or target.body is None:
        return False
    tsrc = target.module.src
    return any(
        sx.last_name(sx.callee_name(tsrc, c)) == "fetch"
        and (first := next(iter(sx.call_args(c)), None)) is not None
        and sx.text(tsrc, first) == target.params[0]
        for c in sx.find(target.body, ("call_expression",))
    )


def _provider_keyed(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """An OAuth callback with no app session, signed in only by its code exchange, writing the row
    the provider's answer keys (`updateOne({ installationId: grant.installation_id }, { $set: { teamId } })`):
    the caller's own installation, and its owner fields name the provider's account, not a tenant here."""
    if ev.state.session:
        return False
    refs: set[str] = set()
    for n in _filter_nodes(ev, ctx.src):
        refs |= identifiers(ctx.src, n, into_functions=True)
    if not refs:
        return False
    return refs <= _provider_answers(ctx, ep.fn.node, ev.state.client)


def _fixed_origin(ctx: FileContext, fn: Node, url: Node | None, depth: int = 0) -> bool:
    """``url`` names a server chosen by the code: a literal `https://host/...` (whatever its query
    carries), or a template led by a constant (`${GRAPH_BASE}/me`), also through `new URL(...)` or a local."""
    node = sx.unwrap(url)
    if node is None or depth > 3:
        return False
    src = ctx.src
    if node.type == "new_expression":
        args = node.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        return _fixed_origin(ctx, fn, first, depth + 1)
    if node.type == "string":
        return bool(re.match(r"^[\"']https?://[\w.-]+", sx.text(src, node)))
    if node.type == "template_string":
        text = sx.text(src, node)
        if re.match(r"^`https?://[\w.-]+[/?`]", text):
            return True
        subs = sx.find(node, ("template_substitution",))
        if not subs or not text.startswith("`${") or subs[0].start_byte != node.start_byte + 1:
            return False
        lead = sx.unwrap(subs[0].named_children[0]) if subs[0].named_children else None
        return lead is not None and _constant_name(ctx, lead)
    if node.type == "identifier":
        for d in _declarators(ctx, fn):
            target = d.child_by_field_name("name")
            if target is not None and target.type == "identifier" and ctx.text(target) == ctx.text(node):
                return _fixed_origin(ctx, fn, d.child_by_field_name("value"), depth + 1)
    return False


def _constant_name(ctx: FileContext, node: Node) -> bool:
    """`GRAPH_BASE`, `env.API_URL`, `process.env.API_URL`: a setting of the deployment, not a request value."""
    text = ctx.text(node)
    return bool(re.match(r"^(?:(?:process\.)?env\.)?[A-Z][A-Z0-9_]+$", text))


# Calls that check a signature or MAC: what passes them was signed by the server.
_VERIFIES = re.compile(
    r"(?i)^(timingSafeEqual|safeCompare|secureCompare|constantTimeEqual|safeEqual|jwtVerify|verifyJwt|unsign|"
    r"verifySignature|verify\w*Signature|compareSignature)$"
)
_VERIFY_WORDS = (b"equal", b"compare", b"verif", b"unsign")  # what every `_VERIFIES` name holds, lower-cased
# a payment library's check of a provider signature over the values named in its first argument
# (Razorpay's `validatePaymentVerification({ order_id, payment_id }, signature, secret)`): taken from a
# package only (a project's `validateEmailVerification` may check no signature)
_LIBRARY_VERIFIES = re.compile(r"^(verify|validate)\w*(Signature|Verification)$")


def _verifies_signature(
    ctx: FileContext, fn: Function, depth: int = 0, seen: set[tuple[str, int]] | None = None
) -> bool:
    """Does ``fn`` (or a project function it calls) check a signature before returning data?"""
    seen = seen if seen is not None else set()
    if depth > 4 or fn.key in seen or fn.body is None:
        return False
    seen.add(fn.key)
    src = fn.module.src
    for call in sx.find(fn.body, ("call_expression",)):
        callee = sx.callee_name(src, call)
        if _VERIFIES.match(sx.last_name(callee)) or callee in ("jwt.verify", "jsonwebtoken.verify"):
            return True
        fn_node = sx.strip_types(call.child_by_field_name("function"))
        if fn_node is not None and fn_node.type == "identifier":
            inner = ctx.analyzer.program.resolve_function(fn.module, sx.text(src, fn_node))
            if inner is not None and _verifies_signature(ctx, inner, depth + 1, seen):
                return True
    return False


def _signed_names(ctx: FileContext, fn: Node, names: set[str]) -> set[str]:
    """Those of ``names`` that come out of a project helper verifying a signature (a signed OAuth
    state bound to a cookie, a signed token): server-issued values, not the client's choice."""
    out: set[str] = set()
    for name in names:
        call = _origin_call(ctx, fn, name)
        callee = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
        if callee is None or callee.type != "identifier":
            continue
        helper = ctx.analyzer.program.resolve_function(ctx.module, ctx.text(callee))
        if helper is not None and _verifies_signature(ctx, helper):
            out.add(name)
    out |= _verified_inline(ctx, fn, names - out)
    return out | _verified_by_helper(ctx, fn, names - out)


def _link_gated(ctx: FileContext, fn: Node) -> bool:
    """The handler exits unless a signed link's MAC checks out (`if (!verifyUnsubscribeToken(id, topic,
    token)) return 403`): what it signs is bound, not every value the request sends (a webhook's
    signature covers its whole body; a link's covers the values it names, checked one by one)."""
    if (
        ctx.src.find(b"Token", fn.start_byte, fn.end_byte) == -1
        and ctx.src.find(b"Link", fn.start_byte, fn.end_byte) == -1
    ):
        return False
    return bool(_verified_by_helper(ctx, fn, identifiers(ctx.src, fn)))


def _verified_by_helper(ctx: FileContext, fn: Node, names: set[str]) -> set[str]:
    """Those of ``names`` handed to a project check that compares them with a MAC it computes with a
    server secret, the request exiting when it fails (`if (!verifyUnsubscribeToken(email, token))
    return 403`, the token being `createHmac(secret).update(email)`): a signed link binds the value."""
    if not names:
        return set()
    src = ctx.src
    out: set[str] = set()
    for stmt in _exiting_ifs(ctx, fn):
        cond = stmt.child_by_field_name("condition")
        if cond is None or not _negated_test(src, cond):
            continue
        call = sx.unwrap(sx.strip_types(cond))
        while call is not None and call.type in ("unary_expression", "await_expression"):
            call = sx.unwrap(call.named_children[0] if call.named_children else None)
        if call is not None and call.type == "member_expression":
            # `const check = verifyToken(email, token); if (!check.valid) return 400`
            root = sx.root_identifier(src, call)
            call = _origin_call(ctx, fn, root) if root else None
        if call is None or call.type != "call_expression":
            continue
        given = {n for a in sx.call_args(call) for n in identifiers(src, a, into_functions=True)} & names
        target = ctx.analyzer.target(ctx.module, call) if given else None
        if target is not None and _checks_mac(ctx, target):
            out |= given
    return out


# node:crypto MACs and signatures, and Web Crypto's `crypto.subtle.sign`/`verify`
_MAC_CALLS = frozenset({"createHmac", "createSign", "createVerify"})


def _checks_mac(ctx: FileContext, fn: Function) -> bool:
    """``fn`` verifies a signature, or compares something with a MAC it computes (itself or through a
    project helper: `generateToken(email)` calling `createHmac`)."""
    if fn.body is None:
        return False
    if _verifies_signature(ctx, fn):
        return True
    src = fn.module.src
    compares = any(_operator(src, b) in ("===", "!==", "==", "!=") for b in sx.find(fn.body, ("binary_expression",)))
    return compares and (_computes_mac(ctx, fn, 0, set()) or _hashes_a_secret(ctx, fn))


def _hashes_a_secret(ctx: FileContext, fn: Function) -> bool:
    """A keyed hash: a call handed a server secret from the environment with the value
    (`sha256Hex(`${email}:${salt}:${env.AUTH_SECRET}`)`), as a MAC keys it."""
    src = fn.module.src
    for call in sx.find(fn.body, ("call_expression",)) if fn.body is not None else []:
        for m in (m for a in sx.call_args(call) for m in sx.walk(a) if m.type == "member_expression"):
            obj, prop = m.child_by_field_name("object"), m.child_by_field_name("property")
            env = obj is not None and sx.last_name(sx.text(src, obj)) == "env"
            if env and prop is not None and vocab.is_secret_name(sx.text(src, prop)):
                return True
    return False


def _computes_mac(ctx: FileContext, fn: Function, depth: int, seen: set[tuple[str, int]]) -> bool:
    if depth > 3 or fn.key in seen or fn.body is None:
        return False
    seen.add(fn.key)
    src = fn.module.src
    for call in sx.find(fn.body, ("call_expression",)):
        callee = sx.callee_name(src, call)
        last = sx.last_name(callee)
        if last in _MAC_CALLS or (last in ("sign", "verify") and callee.endswith(("subtle.sign", "subtle.verify"))):
            return True
        inner = ctx.analyzer.target(fn.module, call)
        if inner is not None and _computes_mac(ctx, inner, depth + 1, seen):
            return True
    return False


def _verified_inline(ctx: FileContext, fn: Node, names: set[str]) -> set[str]:
    """Those of ``names`` assigned from a local whose signature the function itself compared and
    exited on (`if (!crypto.timingSafeEqual(sig(signed), expected)) return`, then `payload =
    JSON.parse(signed.payload)`): a state the server signed, not the client's choice."""
    if not names:
        return set()
    src = ctx.src
    low = src[fn.start_byte : fn.end_byte].lower()
    if low.isascii() and not any(w in low for w in _VERIFY_WORDS):
        return set()  # (cheap: no callee in it can be named for a signature check)
    locals_ = {n for d in _declarators(ctx, fn) for n in sx.pattern_names(src, d.child_by_field_name("name"))}
    verified: set[str] = set()  # locals whose parts a signature check that stops the request was given
    results: dict[str, set[str]] = {}  # `const isValid = timingSafeEqual(...)`: what it was given
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        last = sx.last_name(callee)
        if not _VERIFIES.match(last) and not (
            _LIBRARY_VERIFIES.match(last) and _package_call(ctx, callee) and len(sx.call_args(call)) >= 2
        ):
            continue
        given = {n for a in sx.call_args(call) for n in identifiers(src, a, into_functions=True)} & locals_
        p = call.parent
        while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
            p = p.parent
        if p is not None and p.type in ("variable_declarator", "assignment_expression"):
            # (`isVerified = check(...)` in each branch: what either was given)
            target = p.child_by_field_name("name" if p.type == "variable_declarator" else "left")
            if target is not None and target.type == "identifier":
                results.setdefault(sx.text(src, target), set()).update(given)
        stmt = p
        while stmt is not None and stmt.type != "if_statement" and not sx.is_function(stmt):
            stmt = stmt.parent
        if stmt is not None and stmt.type == "if_statement" and sx.exits(src, stmt.child_by_field_name("consequence")):
            cond = stmt.child_by_field_name("condition")
            if cond is not None and sx.contains(cond, call) and _negated_test(src, cond):
                verified |= given
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        cond = stmt.child_by_field_name("condition")
        if cond is None or not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        for result, given in results.items():
            if _absence_test(src, cond, result) or (
                # `if (isVerified) { ...; return ok }` then the failure: the work runs only once verified
                stmt.child_by_field_name("alternative") is None and _bare_test(src, cond) == result
            ):
                verified |= given
    if not verified:
        return set()
    out: set[str] = verified & names  # (the values the signature covers themselves)
    for node in sx.find(fn, ("variable_declarator", "assignment_expression"), into_functions=False):
        left = node.child_by_field_name("name" if node.type == "variable_declarator" else "left")
        value = node.child_by_field_name("value" if node.type == "variable_declarator" else "right")
        if left is None or value is None or left.type != "identifier" or sx.text(src, left) not in names:
            continue
        if identifiers(src, value, into_functions=True) & verified:
            out.add(sx.text(src, left))
    return out


def _bare_test(src: bytes, cond: Node) -> str | None:
    """`if (isVerified)`: the local tested for truth."""
    node = sx.strip_types(cond)
    while node is not None and node.type == "parenthesized_expression":
        node = sx.strip_types(node.named_children[0]) if node.named_children else None
    return sx.text(src, node) if node is not None and node.type == "identifier" else None


def _package_call(ctx: FileContext, callee: str) -> bool:
    """The callee is imported from a package, not from the project's own files."""
    root = callee.split(".", 1)[0]
    return root in ctx.module.imports and not ctx.analyzer.program.is_project_import(ctx.module, root)


def _negated_test(src: bytes, cond: Node) -> bool:
    """`!check(...)` (in parentheses): the branch runs when the check failed."""
    node = sx.strip_types(cond)
    while node is not None and node.type == "parenthesized_expression":
        node = sx.strip_types(node.named_children[0]) if node.named_children else None
    return node is not None and node.type == "unary_expression" and _operator(src, node) == "!"


def _statement_call(call: Node) -> bool:
    p = effect.run_site(call).parent  # `yield* _(check(...));` runs like `await check(...);`
    while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
        p = p.parent
    return p is not None and p.type == "expression_statement"


def _declared_call(call: Node) -> bool:
    """`const access = await requireSpaceManager(user.id, spaceId);`: run to completion like a
    statement, its result kept (a guard that throws stops the request all the same)."""
    p = effect.run_site(call).parent
    while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
        p = p.parent
    decl = p.parent if p is not None and p.type == "variable_declarator" else None
    return decl is not None and decl.type in ("lexical_declaration", "variable_declaration")


def _guarded_params(src: bytes, call: Node, helper: Function, sessionish: set[str]) -> set[str]:
    """Parameters of ``helper`` that receive a session-derived value at ``call`` (in ``src``)
    (`throwIfNoPermission({ role: workspace.role })` -> role)."""
    hsrc = helper.module.src
    args = sx.call_args(call)
    out: set[str] = set()
    for i, p in enumerate(helper.param_nodes()):
        if i >= len(args):
            break
        arg = sx.strip_types(args[i])
        pattern = p.child_by_field_name("pattern") if p.type in ("required_parameter", "optional_parameter") else p
        if arg is None or pattern is None:
            continue
        if pattern.type == "identifier":
            if identifiers(src, arg, into_functions=True) & sessionish:
                out.add(sx.text(hsrc, pattern))
        elif pattern.type == "object_pattern" and arg.type == "object":
            given = object_keys(src, arg)
            for c in pattern.named_children:
                if c.type == "shorthand_property_identifier_pattern":
                    key = local = sx.text(hsrc, c)
                elif c.type == "pair_pattern":
                    key = sx.text(hsrc, c.child_by_field_name("key"))
                    local = sx.text(hsrc, c.child_by_field_name("value"))
                else:
                    continue
                if key in given and identifiers(src, given[key], into_functions=True) & sessionish:
                    out.add(local)
    return out


_ROLEISH = re.compile(r"(?i)(role|permission|scope|admin|owner|access)")
_IDISH = re.compile(r"(\.id|Id|_id)$")


def _compares(src: bytes, cond: Node, names: set[str]) -> bool:
    """``cond`` checks the caller's role or tenant (`workspace.id !== TEST_WORKSPACE_ID`,
    `!required.every((p) => PERMISSIONS[role].includes(p))`), not a presence test, a flag or a plan."""
    for n in sx.walk(cond, into_functions=True):
        if n.type == "binary_expression" and _operator(src, n) in ("===", "!==", "==", "!="):
            sides = [n.child_by_field_name("left"), n.child_by_field_name("right")]
            if any(sx.text(src, x) in ("null", "undefined", "true", "false") for x in sides):
                continue
            for x in sides:
                text = sx.text(src, x)
                if identifiers(src, x, into_functions=True) & names and (_IDISH.search(text) or _ROLEISH.search(text)):
                    return True
        elif n.type == "call_expression":
            used = identifiers(src, n, into_functions=True) & names
            if any(_ROLEISH.search(u) for u in used):
                return True
            # `hasOrganizationRole(membership.role, "owner")`: a role read off the record asked about
            if any(
                identifiers(src, a, into_functions=True) & names and _ROLEISH.search(sx.text(src, a))
                for a in sx.call_args(n)
                if a.type == "member_expression"
            ):
                return True
    return False


def _compares_any(src: bytes, conds: list[Node], names: set[str]) -> bool:
    return any(_compares(src, c, names) for c in conds)


def _tested_values(src: bytes, body: Node, cond: Node, names: set[str]) -> tuple[list[Node], set[str]]:
    """``cond`` and the values of the locals it tests that were computed from ``names``
    (`const hasCapability = membership != null && hasOrganizationRole(membership.role, "owner");
    if (!hasCapability) ...`): a verdict kept in a local is tested like the expression itself.
    Also ``names`` with the locals computed from them (`membership`, looked up by the user)."""
    derived = set(names)
    values: dict[str, Node] = {}
    scope = sx.enclosing_function(cond)  # (the `Effect.gen` generator the test sits in)
    for d in sx.find(body, ("variable_declarator",)):
        value = d.child_by_field_name("value")
        if value is None or d.start_byte > cond.start_byte or sx.enclosing_function(d) != scope:
            continue
        if identifiers(src, value, into_functions=True) & derived:
            for n in sx.pattern_names(src, d.child_by_field_name("name")):
                derived.add(n)
                values[n] = value
    return [cond] + [values[n] for n in identifiers(src, cond) if n in values], derived


def _operator(src: bytes, node: Node) -> str:
    return sx.text(src, node.child_by_field_name("operator"))


def _session_guard_before(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """A project guard called on the caller's role or tenant before the operation, which throws
    unless it matches (`throwIfNoPermission({ role: workspace.role, ... })`,
    `assertTestWorkspace(workspace)`): a role or tenant check."""
    sessionish = ev.state.session | ev.state.fetched
    if not sessionish:
        return False
    for call, helper in _helpers_run_before(ctx, flow, ev):
        guarded = _guarded_params(ctx.src, call, helper, sessionish)
        if not guarded or helper.body is None:
            continue
        hsrc = helper.module.src
        for stmt in sx.find(helper.body, ("if_statement",)):
            cond = stmt.child_by_field_name("condition")
            if (
                cond is not None
                and sx.exits(hsrc, stmt.child_by_field_name("consequence")) == "throw"
                and _compares_any(hsrc, *_tested_values(hsrc, helper.body, cond, guarded))
            ):
                return True
    return False


def _access_paths(src: bytes, node: Node | None, roots: set[str]) -> set[str]:
    """The values ``node`` reads off ``roots``, as written (`input.taskId`, `sectionId`): which id
    a filter or an argument names, finer than the root (`input.boardId` is not `input.taskId`)."""
    out: set[str] = set()
    for n in sx.walk_named(node, into_functions=True) if node is not None else []:
        t = n.type  # (read once: each read makes a new str; most nodes are neither kind)
        if t == "shorthand_property_identifier":
            name = sx.text(src, n)
            if name in roots:
                out.add(name)
            continue
        if t != "identifier" or sx.text(src, n) not in roots:
            continue
        top = sx.member_top(n)
        if _form_field_read(src, n, top):
            top = top.parent or top  # `formData.get("userId")`: one field of the form, not the whole form
        elif top.parent is not None and top.parent.type == "call_expression" and top is not n:
            top = top.child_by_field_name("object") or top  # `input.ids.includes(x)` reads `input.ids`
        out.add(re.sub(r"[\s?!]", "", sx.text(src, top)))
    return out


def _form_field_read(src: bytes, n: Node, top: Node) -> bool:
    """`formData.get("userId")`: ``n`` (the form) read by `.get` with a literal field name, one value of
    the form as a member expression is one value of an object."""
    call = top.parent
    if top is n or top.type != "member_expression" or call is None or call.type != "call_expression":
        return False
    if top.child_by_field_name("object") != n or _property(src, top) != "get":
        return False
    args = sx.call_args(call)
    return len(args) == 1 and sx.string_value(src, args[0]) is not None


def _derived_names(ctx: FileContext, fn: Node, paths: set[str], roots: set[str]) -> set[str]:
    """Locals computed from ``paths`` (`const existing = await db.section.findUnique({ where: { id:
    sectionId } })`, `const boardId = existing?.board.id`): what the code learnt from the chosen id."""
    derived: set[str] = set()
    for d in _declarators(ctx, fn):
        value = d.child_by_field_name("value")
        if value is None:
            continue
        if _access_paths(ctx.src, value, roots) & paths or identifiers(ctx.src, value, into_functions=True) & derived:
            derived.update(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    return derived


def _swallowed(src: bytes, call: Node, ev: Node) -> bool:
    """``call`` sits in a `try` (one not holding ``ev``) whose `catch` carries on: what it throws
    stops nothing."""
    p = call.parent
    while p is not None and not sx.is_function(p):
        if p.type == "try_statement" and not sx.contains(p, ev):
            body, handler = p.child_by_field_name("body"), p.child_by_field_name("handler")
            if (
                body is not None
                and sx.contains(body, call)
                and handler is not None
                and not sx.exits(src, handler.child_by_field_name("body"))
            ):
                return True
        p = p.parent
    return False


_BRANCHING = frozenset(
    {
        "if_statement",
        "for_statement",
        "for_in_statement",
        "while_statement",
        "do_statement",
        "switch_statement",
        "catch_clause",
        "ternary_expression",
        "binary_expression",
    }
)


def _dominates(call: Node, ev: Node) -> bool:
    """``call`` runs on every path to ``ev``: no branch, loop or callback between them."""
    p = call.parent
    while p is not None and not sx.contains(p, ev):
        if p.type in _BRANCHING or sx.is_function(p):
            return False
        p = p.parent
    return p is not None


def _throws_unless_found(ctx: FileContext, helper: Function, guarded: set[str], depth: int = 0) -> bool:
    """``helper`` looks a record up with one of ``guarded`` (the caller's session user) in the filter
    and throws when nothing matched (`if (!row) throw new AuthorizationError()`), itself or through
    a guard it hands the user on to (`return assertCanReadBoard(user, boardId)`)."""
    body = helper.body
    if body is None or body.type != "statement_block" or depth > 3:
        return False
    hsrc = helper.module.src
    scoped = set(guarded)  # `const where = me.role === "admin" ? { id } : { id, ownerId: me.id }`
    found: set[str] = set()  # bound to a lookup filtered by the user
    for d in sx.find(body, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        names = sx.pattern_names(hsrc, d.child_by_field_name("name"))
        if value is None or not identifiers(hsrc, value, into_functions=True) & scoped:
            continue
        op = _chain_op(ctx, helper.module, value) if value.type == "call_expression" else None
        if (op is not None and op.kind == "read") or (op is None and _scoped_lookup_call(ctx, helper, value, scoped)):
            found.update(names)
        elif op is None:
            scoped.update(names)
    for stmt in sx.find(body, ("if_statement",), into_functions=False):
        cond = stmt.child_by_field_name("condition")
        if (
            cond is not None
            and sx.exits(hsrc, stmt.child_by_field_name("consequence")) == "throw"
            # (`if (!access.exists || !access.hasAccess) throw`: any branch of an `||` exits)
            and any(_absence_test(hsrc, part, name) for part in sx.disjuncts(hsrc, cond) for name in found)
        ):
            return True
    for stmt in sx.statements(body):
        inner = (
            stmt.named_children[0]
            if stmt.type in ("return_statement", "expression_statement") and stmt.named_children
            else None
        )
        call = sx.unwrap(inner)
        fn_node = (
            sx.strip_types(call.child_by_field_name("function"))
            if call is not None and call.type == "call_expression"
            else None
        )
        if call is None or fn_node is None or fn_node.type != "identifier":
            continue
        target = ctx.analyzer.program.resolve_function(helper.module, sx.text(hsrc, fn_node))
        if target is None or target.key == helper.key:
            continue
        handed = _guarded_params(hsrc, call, target, scoped)
        if handed and _throws_unless_found(ctx, target, handed, depth + 1):
            return True
    return False


def _chain_op(ctx: FileContext, mod: Module, call: Node) -> DbOp | None:
    """The query ``call`` runs, classified at the call itself or at an inner call of its chain
    (Drizzle's `db.select().from(t).where(...).limit(1)` is one at its `.where(...)`)."""
    node: Node | None = call
    for _ in range(8):
        if node is None or node.type != "call_expression":
            return None
        op = ctx.analyzer.classify(mod, node)
        if op is not None:
            return op
        fn = sx.unwrap(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return None
        node = sx.unwrap(fn.child_by_field_name("object"))
    return None


def _scoped_lookup_call(ctx: FileContext, helper: Function, call: Node, scoped: set[str]) -> bool:
    """``call`` (in ``helper``) runs a project function that reads the database with what one of
    ``scoped`` is passed as in the query (`const access = await getTeamAccess(userId, teamId)`,
    which selects the team joined with the caller's membership row): a lookup by the caller, like
    a query written inline."""
    if call.type != "call_expression":
        return False
    target = ctx.analyzer.target(helper.module, call)
    if target is None or target.key == helper.key:
        return False
    hsrc = helper.module.src
    given = {i for i, a in enumerate(sx.call_args(call)) if identifiers(hsrc, a, into_functions=True) & scoped}
    return bool(given) and any(op.kind == "read" and op.param_uses & given for op in ctx.analyzer.summary(target).ops)


def _asserted_before(ctx: FileContext, flow: Flow, ev: Event, value: Node | None, chosen: set[str]) -> bool:
    """Load-then-assert through a project helper: before the operation, a helper is given the
    session user and the chosen value, or something the code learnt from it (the record it
    selects, its parent board), and throws unless a lookup scoped by that user finds it
    (`await assertCanWriteBoard(user, existing.board)`, `await assertCanWriteAccount(user,
    input.accountId)`). ``value`` is the filter (or the written value) that names the chosen id."""
    src = ctx.src
    sessionish = ev.state.session | ev.state.fetched
    if not sessionish or value is None:
        return False
    paths = _access_paths(src, value, chosen)
    derived: set[str] | None = None
    for call, helper in _helpers_run_before(ctx, flow, ev):
        if not _dominates(call, ev.node) or _swallowed(src, call, ev.node):
            continue
        args = sx.call_args(call)
        if not any(_access_paths(src, a, chosen) & paths for a in args):
            if derived is None:
                derived = _derived_names(ctx, flow.fn.node, paths, chosen)
            if not any(identifiers(src, a, into_functions=True) & derived for a in args):
                continue
        guarded = _guarded_params(src, call, helper, sessionish)
        if guarded and _throws_unless_found(ctx, helper, guarded):
            return True
    return False


def _answer_tested_before(ctx: FileContext, flow: Flow, ev: Event, value: Node | None, chosen: set[str]) -> bool:
    """A permission question asked with the session user about the chosen value itself, whose answer
    stops the request before the operation: `const level = await levelIn(user.id, body.spaceId)` then
    `if (level !== "owner" && level !== "editor") return 403`, a destructured verdict (`if (!member ||
    !writer) return`), a refusal handed back (`if (refusal) return refusal`) or a response in place of
    the record (`if (found instanceof Response) return found`). A question about another id is none."""
    src = ctx.src
    sessionish = ev.state.session | ev.state.fetched
    if not sessionish or value is None:
        return False
    paths = _access_paths(src, value, chosen)
    if not paths:
        return False
    loaded: set[str] | None = None  # the locals read off the chosen value (`wo` of `findUnique({ where: { id } })`)
    for call in sx.find(flow.fn.node, ("call_expression",)):
        if call.end_byte > ev.node.start_byte:
            break
        args = sx.call_args(call)
        given = {n for a in args for n in identifiers(src, a, into_functions=True)}
        listed = sx.last_name(sx.callee_name(src, call)) in ("includes", "has")
        if listed:
            # `if (!myTeamIds.includes(teamId)) throw`: the value looked for among the session's own list
            head = sx.strip_types(call.child_by_field_name("function"))
            held = head.child_by_field_name("object") if head is not None and head.type == "member_expression" else None
            given |= identifiers(src, held, into_functions=True) if held is not None else set()
        if not given & sessionish or session_picks_nothing(ctx.analyzer, ctx.module, call, sessionish):
            continue  # (a read whose filter drops the session's id asks nothing of the caller)
        if not any(_access_paths(src, a, chosen) & paths for a in args):
            # `existing.organizationId` of the row loaded by the id asked about: learnt from that id
            asked = given - sessionish
            learnt = _derived_names(ctx, flow.fn.node, {p for a in args for p in _access_paths(src, a, asked)}, asked)
            if listed and loaded is None:
                loaded = _derived_names(ctx, flow.fn.node, paths, chosen)
            # (or a field of the row the chosen id loaded, looked for among the caller's own list:
            # `if (!marinas.includes(wo.marinaId)) throw`, the organisation derived from the resource)
            if not chosen & learnt and not (listed and asked & (loaded or set())):
                continue
        target = ctx.analyzer.target(ctx.module, call)
        if target is not None and target.is_async and not is_awaited(call):
            continue  # `const allowed = isBoardAdmin(...)`: a Promise, truthy whatever the answer
        if _named_gate(ctx, call, ev):
            return True
        names = _bound_names(src, call)
        if names and _exit_on_answer(ctx, flow, call, ev, names):
            return True
        if _refused_inline(ctx, flow, call, ev):
            return True
    return False


def _refused_inline(ctx: FileContext, flow: Flow, call: Node, ev: Event) -> bool:
    """`if (!(await requireTeam(auth, boardId, body.teamId))) return 404`: the awaited answer negated
    in (a `||` part of) the condition of an `if` that exits, before ``ev`` on every way to it."""
    p = call.parent
    while p is not None and (p.type == "await_expression" or p.type in sx.TRANSPARENT):
        p = p.parent
    if p is None or p.type != "unary_expression" or _operator(ctx.src, p) != "!":
        return False
    for stmt in _exiting_ifs(ctx, flow.fn.node):
        cond = stmt.child_by_field_name("condition")
        if cond is None or not sx.contains(cond, call) or stmt.end_byte > ev.node.start_byte:
            continue
        if stmt.parent is None or not sx.contains(stmt.parent, ev.node):
            continue
        return any(sx.contains(part, p) and sx.unwrap(part) == p for part in sx.disjuncts(ctx.src, cond))
    return False


def _within_vetted_parent(ctx: FileContext, flow: Flow, ev: Event, filters: list[Node], chosen: set[str]) -> bool:
    """`where(and(eq(t.executionId, executionId), eq(t.workflowId, workflowId)))` after the caller's rights
    over `workflowId` were asked (`_answer_tested_before`): the rows are confined to a parent the caller
    may act on (or are that very record). A project helper is judged by all it is handed
    (`cancelRuns(executionId, workflowId)`): it may check the pair inside before touching rows by the
    child id alone."""
    parts = list(filters)
    if ev.op is not None and ev.op.api == "helper" and ev.node.type == "call_expression":
        parts = sx.call_args(ev.node)
    roots = {r for p in parts for r in identifiers(ctx.src, p, into_functions=True)} & ev.state.client
    if not roots & chosen:
        return False
    return any(_answer_tested_before(ctx, flow, ev, p, {r}) for p in parts for r in roots)


def _named_gate(ctx: FileContext, call: Node, ev: Event) -> bool:
    """`await assertActiveWorkspaceAccess(workspaceId, userId)`: a gate named as a role or ownership
    check, run to completion on every path to ``ev`` (awaited, not in a `try` that carries on)."""
    name = sx.last_name(sx.callee_name(ctx.src, call))
    if not (ctx.analyzer.vocab.is_role_call(name) or vocab.OWNERSHIP_CALLS.search(name)):
        return False
    if not (_statement_call(call) or _declared_call(call)) or not _dominates(call, ev.node):
        return False
    fn = sx.enclosing_function(call)
    if fn is not None and ev.op is not None and ev.op.kind == "write" and _answer_tested_after(ctx, fn, call, ev.node):
        return False  # `allowed = await canView(...)`, the update, then `if (!allowed) throw`: too late
    return not (_swallowed(ctx.src, call, ev.node) or _dropped_promise(ctx, call) or _dropped_verdict(ctx, call))


def _bound_names(src: bytes, call: Node) -> set[str]:
    """The names `const x = await call(...)` / `const { a, b } = await call(...)` binds."""
    p = call.parent
    while p is not None and (p.type == "await_expression" or p.type in sx.TRANSPARENT):
        p = p.parent
    if p is None or p.type != "variable_declarator":
        return set()
    return set(sx.pattern_names(src, p.child_by_field_name("name")))


_REFUSAL_NAME = re.compile(r"(?i)(error|denied|forbidden|refus|reject|unauthori[sz]ed)")


def _exit_on_answer(ctx: FileContext, flow: Flow, call: Node, ev: Event, names: set[str]) -> bool:
    """An `if` between ``call`` and ``ev``, on the way to ``ev``, that exits unless the answer bound to
    ``names`` grants: some `||` branch of its condition is false only for a granting answer."""
    src = ctx.src
    for stmt in _exiting_ifs(ctx, flow.fn.node):
        if stmt.start_byte < call.end_byte or stmt.end_byte > ev.node.start_byte:
            continue
        if stmt.parent is None or not sx.contains(stmt.parent, ev.node):
            continue
        cond = stmt.child_by_field_name("condition")
        for part in sx.disjuncts(src, cond):
            if any(_absence_test(src, part, n) for n in names) or _unless_granted(src, part, names):
                return True
            if (
                part.type == "binary_expression"
                and _operator(src, part) == "instanceof"
                and _root(src, part.child_by_field_name("left")) in names
            ):
                return True  # `found instanceof Response`: a refusal in place of the record
            if part.type == "identifier" and ctx.text(part) in names:
                # `if (refusal) return refusal`: a truthy answer is the refusal, handed back
                handed = _returned_names(src, stmt.child_by_field_name("consequence"))
                if ctx.text(part) in handed or _REFUSAL_NAME.search(ctx.text(part)):
                    return True
    return False


def _unless_granted(src: bytes, node: Node | None, names: set[str]) -> bool:
    """`level !== "owner" && level !== "editor"`: true for every answer but the granting literals."""
    node = sx.unwrap(node)
    if node is None or node.type != "binary_expression":
        return False
    op = _operator(src, node)
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if op == "&&":
        return _unless_granted(src, left, names) and _unless_granted(src, right, names)
    if op not in ("!==", "!="):
        return False
    return any(
        _root(src, a) in names and b is not None and b.type == "string" for a, b in ((left, right), (right, left))
    )


def _returned_names(src: bytes, block: Node | None) -> set[str]:
    out: set[str] = set()
    for r in sx.find(block, ("return_statement",), into_functions=False) if block is not None else []:
        value = sx.unwrap(r.named_children[0]) if r.named_children else None
        if value is not None and value.type == "identifier":
            out.add(sx.text(src, value))
    return out


def _parent_asserted(ctx: FileContext, flow: Flow, ev: Event, value: Node, key: str) -> bool:
    """Another client value of the row ``value`` is written in was asserted by a load-then-assert
    helper (`await requireBoardManager(user.id, input.boardId)` before inserting `{ boardId:
    input.boardId, userId: input.userId }`): rights over the parent are proven, and the owner
    field names the member being added, as after an inline role or owner check."""
    row = value.parent
    if row is not None and row.type == "pair":
        row = row.parent
    if row is None or row.type != "object":
        return False
    for other, v in object_keys(ctx.src, row).items():
        refs = identifiers(ctx.src, v, into_functions=True) & ev.state.client
        if other == key or not refs:
            continue
        if _asserted_before(ctx, flow, ev, v, refs) or _gate_given_before(ctx, flow, ev, v, refs):
            return True
    return False


def _gate_given_before(ctx: FileContext, flow: Flow, ev: Event, value: Node | None, chosen: set[str]) -> bool:
    """A project gate named as a role or ownership check (`await requireAdmin(organizationId)`) runs
    before the operation with the chosen value, signs the caller in itself, and hands that value
    together with the session's user to a further check (`runActorCheck({ userId: ctx.user.id,
    organizationId, requiredRole: "admin" })`), one whose body the analysis may not follow (an
    Effect program): the check of that value. A gate that ignores the value it is given is none."""
    src = ctx.src
    if value is None:
        return False
    paths = _access_paths(src, value, chosen)
    az = ctx.analyzer
    for call in flow.fn.module.parsed.find(("call_expression",), flow.fn.node):
        if call.end_byte > ev.node.start_byte:
            break
        fn_node = sx.strip_types(call.child_by_field_name("function"))
        if fn_node is None or fn_node.type != "identifier":
            continue
        name = ctx.text(fn_node)
        if not (az.vocab.is_role_call(name) or vocab.OWNERSHIP_CALLS.search(name)):
            continue
        helper = az.program.resolve_function(ctx.module, name)
        if helper is None or helper.body is None or (helper.is_async and not sx.awaited_directly(call)):
            continue
        if not _dominates(call, ev.node) or _swallowed(src, call, ev.node):
            continue
        if not az.summary(helper).enforces_auth:
            continue
        params = helper.param_nodes()
        for i, arg in enumerate(sx.call_args(call)):
            if i >= len(params) or not _access_paths(src, arg, chosen) & paths:
                continue
            pattern = params[i].child_by_field_name("pattern") or params[i]
            if pattern.type == "identifier" and _forwards_with_session(
                ctx, helper, sx.text(helper.module.src, pattern)
            ):
                return True
    return False


def _forwards_with_session(ctx: FileContext, helper: Function, param: str) -> bool:
    """``helper`` passes ``param`` and a session-derived value together to a call at statement level
    (`await runActorCheck({ userId: authContext.user.id, organizationId })`)."""
    hsrc = helper.module.src
    hflow = ctx.analyzer.flow(helper)
    sessionish = hflow.final.session | hflow.final.fetched
    if not sessionish or helper.body is None:
        return False
    for call in sx.find(helper.body, ("call_expression",), into_functions=False):
        if not _statement_call(call):
            continue
        refs: set[str] = set()
        for a in sx.call_args(call):
            refs |= identifiers(hsrc, a, into_functions=True)
        if param in refs and refs & sessionish:
            return True
    return False


def _helpers_run_before(ctx: FileContext, flow: Flow, ev: Event) -> Iterator[tuple[Node, Function]]:
    """Project helpers called as statements before the operation (`await assertX(...)`, or a sync
    call), with the function each call runs: the guards a caller can delegate a check to."""
    # (the calls that may be such a guard, whatever the operation, found once per function: asked per
    # operation, each a climb up the tree per call before it)
    candidates = ctx.helper_calls.get(flow.fn.node.id)
    if candidates is None:
        candidates = ctx.helper_calls[flow.fn.node.id] = list(_helper_calls(ctx, flow))
    at = ev.node.start_byte
    for call, helper in candidates:
        if call.start_byte > at:
            break
        if call.end_byte > at:
            continue  # (one holding the operation, `Effect.gen(function* () {...})`, is no guard before it)
        yield call, helper


def _helper_calls(ctx: FileContext, flow: Flow) -> Iterator[tuple[Node, Function]]:
    """`_helpers_run_before`'s calls, in source order, before the operation is known."""
    for call in flow.fn.module.parsed.find(("call_expression",), flow.fn.node):
        if not (_statement_call(call) or _declared_call(call)):
            continue
        fn_node = sx.strip_types(call.child_by_field_name("function"))
        if fn_node is None or fn_node.type != "identifier":
            continue
        helper = ctx.analyzer.program.resolve_function(ctx.module, ctx.text(fn_node))
        if helper is None or helper.body is None or (helper.is_async and not sx.awaited_directly(call)):
            continue
        if effect.returns_effect(helper) and effect.run_site(call) == call:
            continue  # an effect built and never yielded runs nothing
        yield call, helper


def _dropped_verdict(ctx: FileContext, call: Node) -> bool:
    """`await ensureCanEdit(user.id, eventId);` as a statement of its own, where the helper in view
    answers `{ ok: false }` and can stop nothing: the answer is dropped, so nothing was checked."""
    if not result_dropped(call):
        return False
    target = ctx.analyzer.target(ctx.module, call)
    if target is None:
        return False
    # (`await checkAccess(teamId, roles);` signing in, then answering `{ error }` for a caller holding no
    # role there: its role or owner check is in the answer, dropped here)
    summary = ctx.analyzer.summary(target)
    return stops_nothing(target) or summary.refusal is not None or summary.keyed_refusal is not None


def _dropped_promise(ctx: FileContext, call: Node) -> bool:
    """`assertInvoiceAccess(orgId, id);` with no `await`: a project async check whose promise
    nobody waits for never stops the request (its rejection is unhandled)."""
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or not target.is_async or is_awaited(call):
        return False
    p = call.parent
    while p is not None and not sx.is_function(p) and not p.type.endswith(("statement", "declaration")):
        if p.type == "await_expression":
            return False  # `await Promise.all([check(a), check(b)])`
        p = p.parent
    if p is None or p.type not in ("expression_statement", "if_statement"):
        return False
    cond = p.child_by_field_name("condition") if p.type == "if_statement" else p
    return cond is not None and sx.contains(cond, call)


_THROWING_VERBS = frozenset({"delete", "update", "findUniqueOrThrow", "findFirstOrThrow"})


def _proven_by_earlier_op(src: bytes, events: list[Event], i: int, chosen: set[str]) -> bool:
    """An earlier Prisma `delete`/`update` scoped by the session and selecting by the same value
    throws when the row is not the caller's, so the rest (the same `$transaction` batch, or what
    follows it) never runs on someone else's key."""
    for e in events[:i]:
        op = e.op
        if e.kind != "db" or op is None or op.api != "prisma" or op.verb not in _THROWING_VERBS:
            continue
        if session_constrained(src, e) and chosen <= client_refs(src, e, _filter_nodes(e, src)):
            return True
    return False


def _set_on_own_row_first(
    ctx: FileContext, flow: Flow, events: list[Event], i: int, filters: list[Node], chosen: set[str]
) -> bool:
    """Every client value picking ``events[i]`` was first written, under the same field, into the caller's
    own row (`Patient.updateOne({ _id: userId }, { $set: { phone } })`), after a lookup by that field stopped
    the request when any row held it (`if (await Patient.exists({ phone })) return`): the one row holding it
    is the caller's (`issueOtp(phone)` then sends the code to the caller's own new number)."""
    src = ctx.src
    paths = {p for f in filters for p in _access_paths(src, f, chosen)}
    if not paths:
        return False
    for path in paths:
        write = next(
            (
                (j, key)
                for j, e in enumerate(events[:i])
                if e.kind == "db" and e.op is not None and e.op.kind == "write" and e.op.verb not in _CREATE_VERBS
                for key in _keys_set_to(src, e.op.data, path)
                if _session_scoped(ctx, flow, e, set())
            ),
            None,
        )
        if write is None or not _unique_before(ctx, flow, events[: write[0]], write[1], path):
            return False
    return True


def _keys_set_to(src: bytes, data: list[Node], path: str) -> set[str]:
    """The keys of written objects in ``data`` whose value is ``path`` as written (`{ phone: input.phone }`)."""
    out: set[str] = set()
    for d in data:
        for n in sx.find(d, ("pair", "shorthand_property_identifier")):
            if n.type == "shorthand_property_identifier":
                if sx.text(src, n) == path:
                    out.add(path)
                continue
            key, value = n.child_by_field_name("key"), sx.strip_types(n.child_by_field_name("value"))
            if key is not None and value is not None and re.sub(r"[\s?!]", "", sx.text(src, value)) == path:
                out.add(sx.text(src, key).strip("\"'"))
    return out


def _unique_before(ctx: FileContext, flow: Flow, events: list[Event], key: str, path: str) -> bool:
    """A read among ``events`` by ``key`` = ``path`` alone, bound to a local that an exit tests for presence
    (`const taken = await Patient.exists({ phone }); if (taken) return`): no other row holds the value."""
    src = ctx.src
    for e in events:
        if e.kind != "db" or e.op is None or e.op.kind != "read":
            continue
        if _keys_set_to(src, e.op.args[:1], path) != {key}:
            continue
        d = e.node.parent
        while d is not None and d.type in ("await_expression", "parenthesized_expression"):
            d = d.parent
        name = d.child_by_field_name("name") if d is not None and d.type == "variable_declarator" else None
        if name is None or name.type != "identifier":
            continue
        bound = sx.text(src, name)
        for stmt in _exiting_ifs(ctx, flow.fn.node):
            cond = sx.unwrap(stmt.child_by_field_name("condition"))
            if stmt.start_byte > e.node.end_byte and cond is not None and sx.text(src, cond) == bound:
                return True
    return False


def _absence_test(src: bytes, cond: Node, name: str) -> bool:
    """`!record`, `!record?.accessToken`, `record == null`."""
    node = sx.strip_types(cond)
    while node is not None and node.type == "parenthesized_expression":
        node = sx.strip_types(node.named_children[0]) if node.named_children else None
    if node is None:
        return False
    if node.type == "unary_expression" and _operator(src, node) == "!":
        return sx.root_identifier(src, sx.strip_types(node.child_by_field_name("argument"))) == name
    if node.type == "binary_expression" and _operator(src, node) in ("==", "==="):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        return any(
            sx.root_identifier(src, a) == name and sx.text(src, b) in ("null", "undefined")
            for a, b in ((left, right), (right, left))
        )
    op = _operator(src, node) if node.type == "binary_expression" else ""
    if op in ("!=", "!==", "<", ">"):
        # `if (found.length !== ids.length) throw`: fewer rows found than ids asked for, the one absent
        # among them (`found.length < ids.length` likewise)
        lt, rt = sx.text(src, node.child_by_field_name("left")), sx.text(src, node.child_by_field_name("right"))
        count = f"{name}.length"
        if (op != ">" and lt == count and rt.endswith(".length")) or (
            op != "<" and rt == count and lt.endswith(".length")
        ):
            return True
    if op in ("!=", "!=="):
        # `membership?.status !== "approved"`: a missing record reads `undefined`, unequal to the literal
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        return any(
            a is not None
            and b is not None
            and sx.root_identifier(src, a) == name
            and sx.text(src, a).startswith(name + "?.")
            and b.type in ("string", "number", "true")
            for a, b in ((left, right), (right, left))
        ) or _short_count(src, node, name)
    if node.type == "binary_expression" and _operator(src, node) == "<":
        return _short_count(src, node, name)
    return False


def _short_count(src: bytes, test: Node, name: str) -> bool:
    """`both !== 2`, `n < ids.length`: the count ``name`` (on the left) falls short of how many ids were
    looked up, some of them not found."""
    left, right = sx.strip_types(test.child_by_field_name("left")), sx.strip_types(test.child_by_field_name("right"))
    if left is None or right is None or left.type != "identifier" or sx.text(src, left) != name:
        return False
    if right.type == "number":
        return sx.text(src, right).isdigit() and int(sx.text(src, right)) > 0  # (not `n !== 0`: some found)
    return right.type == "member_expression" and _property(src, right) == "length"


def _same_value(a: str, b: str) -> bool:
    """Two access paths read the same value, or one holds the other (`params` holds `params.id`)."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _matched_by_scoped_lookup(
    ctx: FileContext,
    flow: Flow,
    events: list[Event],
    i: int,
    names: set[str],
    paths: set[str] | None = None,
    public: bool = False,
    vetted: bool = False,
) -> bool:
    """The client's value was looked up first with the session's user or tenant in the same filter,
    and the code stops when nothing matched (`if (!mateChannel?.accessToken) throw`): the value is
    one the caller may use (load-then-check). With ``paths``, the lookup must have used those values,
    not others off the same object (the store `params.storeId` looked up is not `params.billboardId`).
    With ``public``, the filter pins the row public instead (`where: { loadId, visibility: "PUBLIC" }`):
    a parent anyone may file a row under (a bid on a public posting). With ``vetted``, the filter may
    pin it instead to a tenant the client named whose rights the code asked with the session user
    and exited on (`verifyMembership({ wsId, userId: user.id })`, `if (!m.ok) return 403`, then
    `.eq("id", habitId).eq("ws_id", wsId)`): a row found in a workspace the caller belongs to."""
    src = ctx.src
    ev = events[i]
    for e in events[:i]:
        op = e.op
        if e.kind != "db" or op is None or op.kind != "read":
            continue
        filters = _filter_nodes(e, src)
        if public:
            if not _public_filter(src, e):
                continue
        elif not session_constrained(src, e) and not (
            vetted and _tenant_vetted_filter(ctx, flow, e, filters, names, paths)
        ):
            continue
        if not names <= client_refs(src, e, filters):
            continue
        if paths:
            looked_up: set[str] = set()
            for f in _filter_nodes(e, src):
                looked_up |= _access_paths(src, f, names)
            if not all(any(_same_value(p, q) for q in looked_up) for p in paths):
                continue
        bound = {n for n, o in flow.records.items() if o is op or o.call.id == e.node.id}
        if _runs_only_if_found(src, e.node, ev.node, bound):
            return True  # `if (m) await db.user.update(...)`: the operation runs only on a match
        for stmt in sx.find(flow.fn.node, ("if_statement",)):
            if not (e.node.end_byte <= stmt.start_byte and stmt.end_byte <= ev.node.start_byte):
                continue
            cond = stmt.child_by_field_name("condition")
            if cond is None or not sx.exits(src, stmt.child_by_field_name("consequence")):
                continue
            # the check must guard the operation: not one in another branch (`if (method === "GET")`)
            if stmt.parent is None or not (
                sx.contains(stmt.parent, ev.node) or _checked_where_present(src, stmt, ev.node, names)
            ):
                continue
            # (also one part of an `||`: `if (lookupError || !habit) return 404` exits without the row)
            if any(_absence_test(src, part, b) for part in sx.disjuncts(src, cond) for b in bound):
                return True
    return False


def _checked_where_present(src: bytes, stmt: Node, op: Node, names: set[str]) -> bool:
    """``stmt`` sits in `if (contactId) { ...lookup...; if (!c) return 400 }`, an `if` with no else
    opened only when the client's value is there, whose block ``op`` follows: past it the value is
    either absent (nothing to look up: `contactId ?? null` writes none) or one the lookup found."""
    node = stmt.parent
    while node is not None and node.type in ("statement_block", "else_clause"):
        node = node.parent
    if node is None or node.type != "if_statement" or node.child_by_field_name("alternative") is not None:
        return False
    if node.parent is None or not sx.contains(node.parent, op) or sx.contains(node, op):
        return False
    cond = sx.unwrap(node.child_by_field_name("condition"))
    if cond is None or len(names) != 1:
        return False
    name = next(iter(names))
    return cond.type == "identifier" and sx.text(src, cond) == name


def _runs_only_if_found(src: bytes, lookup: Node, op: Node, bound: set[str]) -> bool:
    """``op`` sits in the then-branch of an `if` past the ``lookup`` whose condition requires a
    record it bound (`if (m)`, `if (m && ok)`, `if (m?.id)`), or after `m &&`: it runs only when the
    lookup found one."""
    for anc in sx.ancestors(op):
        if anc.start_byte < lookup.end_byte:
            break
        if anc.type == "if_statement":
            cons = anc.child_by_field_name("consequence")
            cond = anc.child_by_field_name("condition")
            if cons is not None and sx.contains(cons, op) and cond is not None and _requires(src, cond, bound):
                return True
        elif anc.type == "binary_expression" and _operator(src, anc) == "&&":
            left, right = anc.child_by_field_name("left"), anc.child_by_field_name("right")
            if right is not None and sx.contains(right, op) and _requires(src, left, bound):
                return True
    return False


def _requires(src: bytes, cond: Node | None, bound: set[str]) -> bool:
    """``cond`` is true only when one of ``bound`` is there: `m`, `m?.id`, or one side of an `&&`."""
    node = sx.strip_types(cond)
    while node is not None and node.type == "parenthesized_expression":
        node = sx.strip_types(node.named_children[0]) if node.named_children else None
    if node is None:
        return False
    if node.type == "binary_expression" and _operator(src, node) == "&&":
        return _requires(src, node.child_by_field_name("left"), bound) or _requires(
            src, node.child_by_field_name("right"), bound
        )
    return node.type in ("identifier", "member_expression") and sx.root_identifier(src, node) in bound


def _tenant_vetted_filter(
    ctx: FileContext, flow: Flow, e: Event, filters: list[Node], names: set[str], paths: set[str] | None = None
) -> bool:
    """A filter of ``e`` pins a client value other than ``names`` (its tenant) whose rights were asked
    with the session user before it, the answer stopping the request (`_answer_tested_before`), or that a
    project helper handed the session's scope throws unless it finds (`_asserted_before`). With ``paths``
    (the values the operation picks its rows by), another field of the same input counts as another
    value (`validated.clientId` beside `validated.postIds`)."""
    src = ctx.src
    for f in filters:
        refs = identifiers(src, f, into_functions=True) & e.state.client
        for r in refs:
            if r in names:
                own = _access_paths(src, f, {r})
                if not paths or all(any(_same_value(p, q) for q in paths) for p in own):
                    continue  # (only the operation's own ids: nothing else pins the rows)
            if _answer_tested_before(ctx, flow, e, f, {r}) or _asserted_before(ctx, flow, e, f, {r}):
                return True  # (`await verifyClientAccess(input.clientId, workspace.id)`, throwing unless found)
    return False


def _confined_to_found_parent(
    ctx: FileContext, flow: Flow, events: list[Event], i: int, chosen: set[str], filters: list[Node]
) -> bool:
    """Rows picked together by several client values (`upsert({ habit_id, day }, { onConflict:
    "habit_id,day" })`, `.eq("id", itemId).eq("list_id", listId)`) where one of them was found first in a
    scope the caller may act on (`_matched_by_scoped_lookup`): the others only pick among that
    parent's rows, as for a parent whose rights were asked (`_within_vetted_parent`)."""
    if len(chosen) < 2:
        return False
    src = ctx.src
    for name in sorted(chosen):
        paths = {p for f in filters for p in _access_paths(src, f, {name})}
        if _matched_by_scoped_lookup(ctx, flow, events, i, {name}, paths, vetted=True):
            return True
    return False


_DENY_LITERALS = frozenset({"false", "null", "undefined"})
# a filter key pinning a row public, with the literal that does (`visibility: "PUBLIC"`, `isPublic: true`)
_PUBLIC_KEY = re.compile(r"(?i)^(visibility|is_?public|public|is_?published|published|access)$")
_PUBLIC_VALUE = re.compile(r"(?i)^(true|[\"'](public|published|open)[\"'])$")


def _public_filter(src: bytes, e: Event) -> bool:
    """A read whose filter holds a public-visibility literal (`where: { loadId, visibility: "PUBLIC" }`)."""
    for f in _filter_nodes(e, src):
        for n in sx.find(f, ("pair",)):
            key = sx.text(src, n.child_by_field_name("key")).strip("\"'")
            value = sx.strip_types(n.child_by_field_name("value"))
            if value is not None and _PUBLIC_KEY.match(key) and _PUBLIC_VALUE.match(sx.text(src, value)):
                return True
    # (a builder's equality filter, Kysely `.where("published", "=", 1)`, Supabase `.eq("is_public", true)`)
    for method, call in chain_calls(e.op.chain, src) if e.op is not None else ():
        args = sx.call_args(call)
        if method not in ("where", "eq") or len(args) not in (2, 3):
            continue
        if len(args) == 3 and sx.string_value(src, args[1]) not in ("=", "=="):
            continue
        column = (sx.string_value(src, args[0]) or "").rsplit(".", 1)[-1]
        value = sx.strip_types(args[-1])
        if value is None or not _PUBLIC_KEY.match(column):
            continue
        text = sx.text(src, value)
        # (`1` of a MySQL flag column: true, but only of a flag, not a `visibility` level)
        if _PUBLIC_VALUE.match(text) or (text == "1" and _PUBLIC_FLAG.match(column)):
            return True
    return False


_PUBLIC_FLAG = re.compile(r"(?i)^(is_?public|public|is_?published|published)$")


_last_exiting_ifs: tuple[bytes, Node, list[Node]] | None = None


def _exiting_ifs(ctx: FileContext, fn: Node) -> list[Node]:
    """The `if`s of ``fn`` whose then-branch exits: one search per function, not per operation."""
    global _last_exiting_ifs
    last = _last_exiting_ifs
    if last is not None and last[0] is ctx.src and last[1] == fn:
        return last[2]
    found = [s for s in sx.find(fn, ("if_statement",)) if sx.exits(ctx.src, s.child_by_field_name("consequence"))]
    _last_exiting_ifs = (ctx.src, fn, found)
    return found


def _verdict_exit_before(ctx: FileContext, flow: Flow, events: list[Event], i: int) -> bool:
    """An inline membership or ownership check before the operation, kept in a flag or tested by
    the size of a lookup: `if (!hasAccess) throw`, where every value `hasAccess` is given is a
    verdict on the caller (`org.ownerId === user.id`, `membership.length > 0` of a lookup filtered
    by the session user, `false`), or `if (membership.length === 0) throw`. Like an owner check."""
    src = ctx.src
    ev = events[i]
    fn = flow.fn.node
    exits = [
        s
        for s in _exiting_ifs(ctx, fn)
        if s.end_byte <= ev.node.start_byte and s.parent is not None and sx.contains(s.parent, ev.node)
    ]
    if not exits:
        return False
    sessionish = ev.state.session | ev.state.fetched
    scoped = {  # bound to a read filtered by the session user
        n
        for n, op in flow.records.items()
        if any(e.kind == "db" and e.op is op and session_constrained(src, e) for e in events[:i])
    }
    records = set(flow.records) - sessionish
    assigned: dict[str, list[Node | None]] = {}  # every value each local is given
    for n in sx.find(fn, ("variable_declarator", "assignment_expression", "augmented_assignment_expression")):
        left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
        if left is None or left.type != "identifier":
            continue
        value = n.child_by_field_name("value" if n.type == "variable_declarator" else "right")
        assigned.setdefault(sx.text(src, left), []).append(value if n.type != "augmented_assignment_expression" else fn)

    scope = _VerdictScope(src, assigned, flow.fn.params, scoped, sessionish, records)

    for stmt in exits:
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        if cond is None:
            continue
        if cond.type == "unary_expression" and _operator(src, cond) == "!":
            if _verdict(scope, cond.child_by_field_name("argument")):
                return True
        elif cond.type == "binary_expression" and _operator(src, cond) in ("===", "==", "<", "<="):
            left, lit = cond.child_by_field_name("left"), sx.text(src, cond.child_by_field_name("right"))
            if _verdict(scope, left) and (lit == "0" or (_operator(src, cond) == "<" and lit == "1")):
                return True  # `if (membership.length === 0) throw`
    return False


# how many rows a lookup found: an array's `length`, node-postgres's `rowCount` of its result
_SIZE_FIELDS = frozenset({"length", "rowCount"})


def _verdict(v: _VerdictScope, node: Node | None, depth: int = 0) -> bool:
    """``node`` is true only when the caller owns or belongs to what was looked up (`_verdict_exit_before`).
    (A function of its own, not a closure over the scope: a closure calling itself is a reference
    cycle per call, which only the cyclic collector frees, with the scope it holds.)"""
    src = v.src
    node = sx.unwrap(node)
    if node is None or depth > 4:
        return node is None  # `let allowed;`: undefined, a refusal
    if node.type in ("false", "null", "undefined") or sx.text(src, node) in _DENY_LITERALS:
        return True
    if node.type == "identifier":
        name = sx.text(src, node)
        values = v.assigned.get(name, [])
        return bool(values) and name not in v.params and all(_verdict(v, x, depth + 1) for x in values)
    if node.type == "unary_expression" and _operator(src, node) == "!":
        inner = sx.unwrap(node.child_by_field_name("argument"))
        if inner is not None and inner.type == "unary_expression" and _operator(src, inner) == "!":
            return sx.root_identifier(src, sx.strip_types(inner.child_by_field_name("argument"))) in v.scoped
        return False
    if node.type == "member_expression":  # `membership.length`, pg's `check.rowCount`
        return sx.text(src, node.child_by_field_name("property")) in _SIZE_FIELDS and _root(src, node) in v.scoped
    if node.type != "binary_expression":
        return False
    op = _operator(src, node)
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if op == "&&":
        return _verdict(v, left, depth + 1) or _verdict(v, right, depth + 1)
    if op == "||":
        return _verdict(v, left, depth + 1) and _verdict(v, right, depth + 1)
    if op in ("===", "=="):  # `org.ownerId === user.id`: a loaded record's owner is the caller
        roots = {_root(src, left), _root(src, right)}
        return bool(roots & v.sessionish) and bool(roots & (v.records | v.scoped))
    if op in (">", ">=", "!==", "!="):  # `membership.length > 0`
        lit = sx.text(src, right)
        return (
            left is not None
            and left.type == "member_expression"
            and sx.text(src, left.child_by_field_name("property")) in _SIZE_FIELDS
            and _root(src, left) in v.scoped
            and (lit == "0" or (op == ">=" and lit == "1"))
        )
    return False


class _VerdictScope:
    """What `_verdict` reads of the entry point: its source, every value each local is given, its
    parameters, and the session-derived, session-scoped and loaded names before the operation."""

    def __init__(
        self,
        src: bytes,
        assigned: dict[str, list[Node | None]],
        params: list[str],
        scoped: set[str],
        sessionish: set[str],
        records: set[str],
    ) -> None:
        self.src = src
        self.assigned = assigned
        self.params = params
        self.scoped = scoped
        self.sessionish = sessionish
        self.records = records


def _root(src: bytes, node: Node | None) -> str | None:
    return sx.root_identifier(src, sx.strip_types(node))


def _session_fallbacks(ctx: FileContext, ev: Event, fn: Node, names: set[str]) -> set[str]:
    """Those of ``names`` bound to the client's value with the session's as a mere default
    (`const targetId = parse(userId) ?? session.userId`): the client picks whose row it is."""
    out: set[str] = set()
    sessionish = ev.state.session | ev.state.fetched
    for n in _declarators(ctx, fn):
        target = n.child_by_field_name("name")
        value = sx.unwrap(n.child_by_field_name("value"))
        if target is None or target.type != "identifier" or ctx.text(target) not in names:
            continue
        if value is not None and value.type == "binary_expression" and _operator(ctx.src, value) in ("??", "||"):
            left = identifiers(ctx.src, value.child_by_field_name("left"), into_functions=True)
            right = identifiers(ctx.src, value.child_by_field_name("right"), into_functions=True)
            # (`params.get("tripId") ?? params.get("trip_id")`: two spellings of the client's id, no session)
            if left & ev.state.client and not left & sessionish and right & sessionish:
                out.add(ctx.text(target))
        elif value is not None and value.type == "ternary_expression":
            # `const userId = input.length > 0 ? input : ctx.user.id`: the client's id whenever the
            # client's own value passes the test (not a test of the caller's role: `isAdmin ? id : own`)
            test = identifiers(ctx.src, value.child_by_field_name("condition"), into_functions=True)
            sides = [
                identifiers(ctx.src, value.child_by_field_name(f), into_functions=True)
                for f in ("consequence", "alternative")
            ]
            client = ev.state.client
            if (
                test
                and test <= client
                and not test & sessionish
                and any(a & client and not a & sessionish and b & sessionish for a, b in (sides, sides[::-1]))
            ):
                out.add(ctx.text(target))
    return out


# the signed-in caller's own id on a session answer (`ctx.userId`, `session.user.id`), not a tenant's
_CALLER_ID = re.compile(r"(?i)(^|\.)(user_?id|uid)$|\.user\??\.id$")


def _picked_by_caller_default(ctx: FileContext, ev: Event, fn: Node, fallbacks: set[str]) -> bool:
    """One of ``fallbacks`` (`_session_fallbacks`) defaults to the caller's own id (`const userId =
    providedUserId ?? ctx.userId`) and picks the rows ``ev`` changes: the caller meant their own row, and
    the client's value overrides it."""
    if not fallbacks:
        return False
    picked: set[str] = set()
    for f in _filter_nodes(ev, ctx.src):
        picked |= identifiers(ctx.src, f, into_functions=True)
    for n in _declarators(ctx, fn):
        target = n.child_by_field_name("name")
        value = sx.unwrap(n.child_by_field_name("value"))
        if target is None or value is None or ctx.text(target) not in fallbacks & picked:
            continue
        default = value.child_by_field_name("right") if value.type == "binary_expression" else None
        if default is not None and _CALLER_ID.search(re.sub(r"\s", "", ctx.text(default))):
            return True
    return False


def _untaken_by_floating(ctx: FileContext, flow: Flow, ev: Event) -> set[str]:
    """Locals bound to a choice made by an un-awaited async check (`const scope = canManage(id) ? { tripId } :
    { tripId, userId }`): the Promise is always truthy, so the branch naming the session is never the one
    taken; the session names the local carries scope nothing."""
    floating = {e.node.start_byte for e in flow.events if e.kind == "floating"}
    if not floating:
        return set()
    sessionish = ev.state.session | ev.state.fetched
    out: set[str] = set()
    for n in _declarators(ctx, flow.fn.node):
        target = n.child_by_field_name("name")
        value = sx.unwrap(n.child_by_field_name("value"))
        if target is None or target.type != "identifier" or value is None or value.type != "ternary_expression":
            continue
        cond = sx.unwrap(value.child_by_field_name("condition"))
        negated = cond is not None and cond.type == "unary_expression" and ctx.text(cond).startswith("!")
        call = sx.unwrap(cond.child_by_field_name("argument")) if negated and cond is not None else cond
        if call is None or call.start_byte not in floating:
            continue
        taken, untaken = ("alternative", "consequence") if negated else ("consequence", "alternative")
        if identifiers(ctx.src, value.child_by_field_name(taken), into_functions=True) & sessionish:
            continue
        if identifiers(ctx.src, value.child_by_field_name(untaken), into_functions=True) & sessionish:
            out.add(ctx.text(target))
    return out


def _inline_session_defaults(ctx: FileContext, ev: Event) -> set[str]:
    """Session names the operation reads only as the default of a client value written inline
    (`where: { id: user.id ?? session.user.id }`, `user` the client's): the client's id wins."""
    assert ev.op is not None
    src = ctx.src
    sessionish = ev.state.session | ev.state.fetched
    parts = [n for n in (ev.op.chain, *ev.op.args) if n is not None]
    defaults: list[Node] = []
    for part in parts:
        for n in sx.find(part, ("binary_expression",)):
            if _operator(src, n) not in ("??", "||"):
                continue
            left = identifiers(src, n.child_by_field_name("left"), into_functions=True)
            right = n.child_by_field_name("right")
            if right is not None and left & ev.state.client and not left & sessionish:
                defaults.append(right)
        # `.where(data.memberId ? eq(members.id, data.memberId) : eq(members.clerkUserId, userId))`: the
        # session's arm is taken only when the client sends no id of its own
        for n in sx.find(part, ("ternary_expression",)):
            test = identifiers(src, n.child_by_field_name("condition"), into_functions=True)
            if not test or not test <= ev.state.client or test & sessionish:
                continue
            arms = [n.child_by_field_name(f) for f in ("consequence", "alternative")]
            names = [identifiers(src, a, into_functions=True) if a is not None else set() for a in arms]
            for i, arm in enumerate(arms):
                own, other = names[i], names[1 - i]
                if arm is not None and own & sessionish and other & ev.state.client and not other & sessionish:
                    defaults.append(arm)
    if not defaults:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for part in parts:
        for n in sx.walk(part, into_functions=True):
            if n.type != "identifier" or sx.text(src, n) not in sessionish:
                continue
            (inside if any(sx.contains(d, n) for d in defaults) else outside).add(sx.text(src, n))
    return inside - outside


def _client_identity_over_session(ctx: FileContext, ep: EntryPoint, value: Node, client: set[str]) -> bool:
    """``value`` reads a local bound as a caller-sent identity with the session's user only its
    default (`const user = providedUser ?? (await getCurrentUser())`; `user.id`): the client names
    whose row it is whenever it sends one."""
    src = ctx.src
    root = _value_root(ctx, value)
    if not root:
        return False
    for d in _declarators(ctx, ep.fn.node):
        name, init = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if name is None or init is None or ctx.text(name) != root:
            continue
        if init.type != "binary_expression" or _operator(src, init) not in ("??", "||"):
            return False
        left = identifiers(src, init.child_by_field_name("left"), into_functions=True)
        right = init.child_by_field_name("right")
        calls = sx.find(right, ("call_expression",)) if right is not None else []
        return bool(left & client) and any(ctx.analyzer.is_auth_source_call(ep.fn.module, c) for c in calls)
    return False


def _principal_key(ctx: FileContext, ep: EntryPoint, key: str, value: Node) -> bool:
    """``key`` (`driverId`) is written from a local whose default is the same field of what a session
    reader answers (`(await requireDriver()).driverId`): the signed-in principal's own id, by name."""
    root = _value_root(ctx, value)
    if root is None or not _PRINCIPAL_ID.match(key):
        return False
    for d in _declarators(ctx, ep.fn.node):
        name, init = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if name is None or init is None or ctx.text(name) != root or init.type != "binary_expression":
            continue
        right = sx.unwrap(init.child_by_field_name("right"))
        if right is not None and right.type == "member_expression":
            return ctx.text(right.child_by_field_name("property")) == key
    return False


def _value_root(ctx: FileContext, value: Node) -> str | None:
    """The local a written value reads (`user` of `user.id`; `driverId` of the shorthand `{ driverId }`)."""
    node = sx.strip_types(value)
    if node is not None and node.type == "shorthand_property_identifier":
        return ctx.text(node)
    return sx.root_identifier(ctx.src, node)


_PRINCIPAL_ID = re.compile(r"^[a-z]\w*(Id|_id)$")
_IDENTITY_KEYS = vocab.OWNER_FIELDS | {"id", "_id"}


def _identity_filter(ctx: FileContext, ep: EntryPoint, ev: Event) -> Node | None:
    """A Prisma write whose `where` picks the account by a caller-sent identity the session only
    defaults (`const user = actor ?? (await requireUser())`, `update({ where: { id: user.id } })`):
    the value, else None. Whoever sends `actor` names the account changed."""
    op = ev.op
    if op is None or op.api != "prisma" or not op.args or not ev.state.client:
        return None
    where = object_keys(ctx.src, op.args[0]).get("where")
    for key, value in object_keys(ctx.src, where).items() if where is not None else ():
        if key in _IDENTITY_KEYS and _client_identity_over_session(ctx, ep, value, ev.state.client):
            return value
    return None


def _default_refs(ctx: FileContext, value: Node, client: set[str]) -> set[str]:
    """Names only in the default of a client value written inline (`formData.get("userId") ??
    user.id`): the client's value wins whenever it sends one."""
    out: set[str] = set()
    for n in sx.find(value, ("binary_expression",)):
        if _operator(ctx.src, n) not in ("??", "||"):
            continue
        left = identifiers(ctx.src, n.child_by_field_name("left"), into_functions=True)
        if left & client:
            out |= identifiers(ctx.src, n.child_by_field_name("right"), into_functions=True) - left
    return out


def _keyed_by_fallback(ctx: FileContext, ev: Event, fn: Node) -> bool:
    """The read filters by a value that defaults to the caller's own id (`where: { interviewerId:
    input.asUserId ?? ctx.userId }`): whatever the model, its rows are someone's."""
    names = client_refs(ctx.src, ev, _filter_nodes(ev, ctx.src))
    # (also written inline: `where: { userId: parsed.userId ?? session.userId }`)
    return bool(names) and bool(_session_fallbacks(ctx, ev, fn, names) or _inline_session_defaults(ctx, ev))


def _record_derived(ctx: FileContext, fn: Node, records: set[str]) -> set[str]:
    """Names bound to loaded records, or to a value taken from one (`categories.find(...)`)."""
    out = set(records)
    for decl in _declarators(ctx, fn):
        name, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
        if name is not None and name.type == "identifier" and sx.root_identifier(ctx.src, value) in out:
            out.add(ctx.text(name))
    return out


def _uses_root_elsewhere(ctx: FileContext, ev: Event) -> bool:
    """The query's client also appears as a filter value (`.eq("owner", supabase.userId)`)."""
    assert ev.op is not None
    root = _root(ctx.src, ev.op.chain)
    return any(root in identifiers(ctx.src, a, into_functions=True) for a in ev.op.args)


_WRAPPERS = ("non_null_expression", "parenthesized_expression", "as_expression")


def _supabase_client_only(ctx: FileContext, fn: Function, index: int, depth: int = 0) -> bool:
    """The helper's parameter ``index`` is a Supabase client it only queries through
    (`supabase.from("clients").update(...)`), also by handing it to project helpers that do the same:
    it picks no record itself and the helper makes no auth call with it."""
    if depth > 2 or fn.body is None or index >= len(fn.params):
        return False
    nodes = fn.param_nodes()
    param = nodes[index] if index < len(nodes) else None
    pattern = param if param is None or param.type == "identifier" else param.child_by_field_name("pattern")
    if pattern is None or pattern.type != "identifier":
        return False
    name = fn.params[index]
    used = False
    for ident in sx.find(fn.body, ("identifier",)):
        if fn.module.text(ident) != name:
            continue
        parent = ident.parent
        if (
            parent is not None
            and parent.type == "member_expression"
            and parent.child_by_field_name("object") == ident
            and fn.module.text(parent.child_by_field_name("property")) == "from"
            and parent.parent is not None
            and parent.parent.type == "call_expression"
        ):
            used = True
            continue
        call = parent.parent if parent is not None and parent.type == "arguments" else None
        target = ctx.analyzer.target(fn.module, call) if call is not None else None
        if call is None or target is None or target is fn:
            return False
        at = next((k for k, a in enumerate(sx.call_args(call)) if a == ident), -1)
        if not _supabase_client_only(ctx, target, at, depth + 1):
            return False
        used = True
    return used


def _stored_only(ctx: FileContext, fn: Function, index: int, depth: int = 0) -> bool:
    """The helper's parameter ``index`` is only written into records (`$set: { lastModifiedBy: userId }`),
    or handed on to a project helper that does the same: it picks no record (no op's filter takes it),
    is compared with nothing and passed to no other call, so it checks nothing of the records it writes."""
    if depth > 3 or fn.body is None or index >= len(fn.params):
        return False
    nodes = fn.param_nodes()
    param = nodes[index] if index < len(nodes) else None
    pattern = param if param is None or param.type == "identifier" else param.child_by_field_name("pattern")
    if pattern is None or pattern.type != "identifier":
        return False  # `({ name, userId })`: which field picks the records is not tracked per field
    summary = ctx.analyzer.summary(fn)
    if summary.role or summary.owner or summary.enforces_auth:
        return False
    if any(op.filter_uses is None or index in op.filter_uses for op in summary.ops):
        return False
    name = fn.params[index]
    for ident in sx.find(fn.body, ("identifier", "shorthand_property_identifier")):
        if fn.module.text(ident) != name:
            continue
        node, parent = ident, ident.parent
        # (`set({ title: thread.title })`: a field of the parameter stored, as the parameter itself is)
        while parent is not None and (
            parent.type in _WRAPPERS
            or (parent.type == "member_expression" and parent.child_by_field_name("object") == node)
        ):
            node, parent = parent, parent.parent
        if ident.type == "shorthand_property_identifier" or (
            parent is not None and parent.type == "pair" and parent.child_by_field_name("value") == node
        ):
            continue  # a field's value in an object literal (a filter would have been in `filter_uses`)
        if parent is not None and parent.type == "arguments" and parent.parent is not None:
            call = parent.parent
            target = ctx.analyzer.target(fn.module, call) if call.type == "call_expression" else None
            at = [a for a in parent.named_children if a.type != "comment"]
            if target is not None and node in at and _stored_only(ctx, target, at.index(node), depth + 1):
                continue
        return False
    return True


def _dead_guard_of(ctx: FileContext, flow: Flow, ev: Event, chosen: set[str]) -> bool:
    """An access check on the very ids the write picks ran before it un-awaited (`if (!canAccessClaim(
    ctx.userId, claimId)) throw`): a Promise, never falsy, so the check the code meant to make is dead."""
    return any(
        e.kind == "floating"
        and e.node.end_byte <= ev.node.start_byte
        and e.node.type == "call_expression"
        and bool(identifiers(ctx.src, e.node.child_by_field_name("arguments"), into_functions=True) & chosen)
        for e in flow.events
    )


_RELATION_WRITE = re.compile(r"\b(connect|connectOrCreate|create|createMany|upsert|push)\b")
# a column naming a person (`reviewer_id`, `referentId`, `approvedBy`)
_PERSON_COLUMN = re.compile(r"(?i)(_id|[a-z]Id|_by|[a-z]By)$")


def _made_from_session(ctx: FileContext, fn: Node, ev: Event) -> set[str]:
    """The session-derived names bound to what a call made of session values (`const blob = await
    put(`menu/${orgId}/x.jpg`, file)`): a new value, not the caller's identity."""
    out: set[str] = set()
    for name in ev.state.session:
        call = _origin_call(ctx, fn, name)
        args = call.child_by_field_name("arguments") if call is not None else None
        if args is not None and identifiers(ctx.src, args, into_functions=True) & (ev.state.session - {name}):
            out.add(name)
    return out


def _stamped_refs(ctx: FileContext, data: list[Node], session: set[str], every_column: bool = False) -> set[str]:
    """The session names a write's data only stamps into person columns (`{ status, reviewer_id: me.id }`),
    or with ``every_column`` into any column of its object: those, unless the same name is written
    elsewhere in the data too."""
    stamped: set[str] = set()
    other: set[str] = set()
    for d in data:
        obj = sx.strip_types(d)
        if obj is None or obj.type != "object":
            other |= identifiers(ctx.src, d, into_functions=True)
            continue
        for pair in obj.named_children:
            # (`{ ...data, userId }`: a shorthand is its own key)
            key = pair.child_by_field_name("key") if pair.type == "pair" else None
            key = pair if pair.type == "shorthand_property_identifier" else key
            names = identifiers(ctx.src, pair, into_functions=True)
            if key is not None and key is pair:
                if every_column or _PERSON_COLUMN.search(ctx.text(pair)):
                    stamped |= names
                else:
                    other |= names
            elif key is not None and (every_column or _PERSON_COLUMN.search(ctx.text(key).strip("\"'"))):
                value = pair.child_by_field_name("value")
                stamped |= identifiers(ctx.src, value, into_functions=True) if value is not None else set()
            elif key is not None and _text_only(pair.child_by_field_name("value")):
                # (`note: `Refund asked by ${me.name}``: the caller's words in a text, no tie to the row)
                stamped |= names - identifiers(ctx.src, key, into_functions=True)
            else:
                other |= names
    return (stamped & session) - other


def _text_only(value: Node | None) -> bool:
    """A template string with substitutions: whatever it holds is written as words."""
    value = sx.strip_types(value)
    return value is not None and value.type == "template_string"


# a raw write whose row is picked by a code or token the caller presents (`WHERE code = ${c}`)
_SQL_CODE_FILTER = re.compile(r"(?is)\bwhere\b.*?\b\w*(code|token)\s*=")


def _options_only_filed(ctx: FileContext, helper: Function, call: Node, sessionish: set[str]) -> set[str]:
    """The session's names a helper read's options object carries only for the helper to file in what it
    builds (`buildDigest({ orgId, generatedBy: user.email })` whose body only puts `generatedBy` in its
    result): they scope none of its queries, so the rows are still those the other options pick."""
    args = sx.call_args(call)
    params = helper.param_nodes()
    if len(args) != 1 or args[0].type != "object" or len(params) != 1 or helper.body is None:
        return set()
    hsrc = helper.module.src
    bound = set(sx.pattern_names(hsrc, params[0]))
    skipped: set[str] = set()
    kept = identifiers(ctx.src, call.child_by_field_name("function"), into_functions=True)
    for pair in args[0].named_children:
        names = identifiers(ctx.src, pair, into_functions=True)
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        if key is None or not names & sessionish:
            kept |= names
            continue
        keys = {sx.text(ctx.src, key)}
        locals_ = _keyed_locals(hsrc, params[0], keys) | _unpacked_in_body(hsrc, helper, bound, keys)
        if locals_ and all(_only_filed_in_result(ctx, helper, n) for n in locals_):
            skipped |= names
        else:
            kept |= names
    return skipped - kept


def _only_filed_in_result(ctx: FileContext, fn: Function, name: str) -> bool:
    """Every use of the local ``name`` in ``fn`` is a field's value of an object literal outside its queries
    (`meta: { generatedBy }`): a value the helper reports, not one that picks rows."""
    assert fn.body is not None
    chains = [outer_chain(op.call) for op in ctx.analyzer.summary(fn).ops if op.call is not None]
    used = False
    for ident in sx.find(fn.body, ("identifier", "shorthand_property_identifier")):
        if fn.module.text(ident) != name:
            continue
        if any(sx.contains(c, ident) for c in chains):
            return False
        node, parent = ident, ident.parent
        while parent is not None and parent.type in _WRAPPERS:
            node, parent = parent, parent.parent
        if not (
            ident.type == "shorthand_property_identifier"
            or (parent is not None and parent.type == "pair" and parent.child_by_field_name("value") == node)
        ):
            return False
        used = True
    return used


def _session_scoped(ctx: FileContext, flow: Flow, ev: Event, fallbacks: set[str], data_ties: bool = True) -> bool:
    """`session_constrained`, not counting names that only default to the session's value. With
    ``data_ties`` off, a Prisma write's `data` naming the caller does not make it the caller's own change."""
    assert ev.op is not None
    if ev.op.kind == "write" and not ev.state.role and _picked_by_caller_default(ctx, ev, flow.fn.node, fallbacks):
        # `where("user_id", "=", providedUserId ?? ctx.userId).where("festival_id", "=", ctx.festivalId)`:
        # the client names whose row changes; the tenant filter beside it only keeps that person a colleague
        return False
    refs: set[str] = set()
    call = sx.unwrap(ev.op.chain)
    helper = (
        ctx.analyzer.target(flow.fn.module, call)
        if ev.op.api == "helper"
        and ev.op.kind == "write"
        and ev.op.filter_uses is not None
        and call is not None
        and call.type == "call_expression"
        else None
    )
    picking = ev.op.filter_uses
    if helper is not None and call is not None and picking is not None:
        # `updateStatus(orgId, id, session.userId, status)` whose helper only writes `lastModifiedBy: userId`:
        # who made the change is a value stored, not a filter; only the arguments that pick the rows count
        sessionish = ev.state.session | ev.state.fetched
        refs |= identifiers(ctx.src, call.child_by_field_name("function"), into_functions=True)
        for k, a in enumerate(sx.call_args(call)):
            names = identifiers(ctx.src, a, into_functions=True)
            if names & sessionish and k not in picking and _stored_only(ctx, helper, k):
                continue
            if names & sessionish and k not in picking and _supabase_client_only(ctx, helper, k):
                continue  # (the user's Supabase client handed over: it scopes nothing but through RLS)
            inside = [p for p in ev.op.picks or () if a.start_byte <= p.start_byte and p.end_byte <= a.end_byte]
            if k in picking and inside and ev.op.verb == "upsert":
                # `upsertThread({ id: threadId, userId: me })` whose upsert conflicts on `id` alone: the
                # caller's id is only stored in the row it would create, the client's picks the row rewritten
                names = {n for p in inside for n in identifiers(ctx.src, p, into_functions=True)}
            refs |= names
        return bool((refs - fallbacks) & sessionish)
    for n in [ev.op.chain, *ev.op.args]:
        refs |= identifiers(ctx.src, n, into_functions=True)
    refs -= negated_filter_only(ctx.src, ev.op)
    if ev.op.api == "helper" and call is not None and call.type == "call_expression" and ev.op.kind == "read":
        # `getClient(supabase, uuid)`: the user's Supabase client handed to a helper that only queries
        # through it scopes nothing but through RLS, which the code does not show
        target = ctx.analyzer.target(flow.fn.module, call)
        for k, a in enumerate(sx.call_args(call) if target is not None else []):
            if target is not None and a.type == "identifier" and _supabase_client_only(ctx, target, k):
                refs.discard(ctx.text(a))
        if target is not None:
            refs -= _options_only_filed(ctx, target, call, ev.state.session | ev.state.fetched)
    if ev.op.api == "supabase" and not _uses_root_elsewhere(ctx, ev):
        # the client an auth helper hands back with the user (`const { supabase, user } = await
        # requireUser()`) scopes nothing but through RLS, which the code does not show
        refs.discard(_root(ctx.src, ev.op.chain) or "")
    call = sx.unwrap(ev.op.chain)
    if ev.op.api == "prisma" and call is not None and call.type == "call_expression":
        # a Prisma write's `data` tying the row to the caller (`connect: { id: session.user.id }`)
        # makes it the caller's own change; a value from a record it loaded (`categoryId:
        # category.id`) does not: only `where` picks the records
        picked = identifiers(ctx.src, call.child_by_field_name("function"), into_functions=True)
        for n in _filter_nodes(ev, ctx.src):
            picked |= identifiers(ctx.src, n, into_functions=True)
        loaded = _record_derived(ctx, flow.fn.node, set(flow.records))
        data = ev.op.data
        opts = object_keys(ctx.src, ev.op.args[0]) if ev.op.verb == "upsert" and ev.op.args else {}
        where = sx.strip_types(opts.get("where"))
        by_id = (
            where is not None
            and where.type == "object"
            and any(_PICKING_KEY.match(k) for k in object_keys(ctx.src, where))
        )
        if by_id:
            # an upsert by a record's id: its `create` ties only the row it makes to the caller; the row its
            # `where` finds is changed by `update` alone, as by `update()` (`where: { id: data.id }, update: {
            # ...data, userId }`) (not one keyed by a value only its holder knows, a push `endpoint`)
            data = [opts["update"]] if "update" in opts else []
            refs = set(picked)
            for d in data:
                refs |= identifiers(ctx.src, d, into_functions=True)
        if (ev.op.verb in ("update", "updateMany") or by_id) and not any(
            _RELATION_WRITE.search(ctx.text(d)) for d in data
        ):
            # `update({ where: { id }, data: { reviewerId: me.id } })`: the caller's id stamped into a person
            # column of whichever row the client's id picked (claiming it), not a scope of that row (a
            # relation the caller is linked into, `members: { connect: { id: me.id } }`, still ties it);
            refs -= _stamped_refs(ctx, data, ev.state.session)
            # nor is a value a call made from the session's (`photoUrl: blob.url` of `put(`menu/${orgId}/…`)`,
            # an upload to the caller's folder), written into any column
            refs -= _stamped_refs(ctx, data, _made_from_session(ctx, flow.fn.node, ev), every_column=True)
        return bool(
            (picked - fallbacks) & (ev.state.session | ev.state.fetched)
            or (data_ties and (refs - fallbacks - loaded) & ev.state.session)
        )
    if ev.op.api == "sql" and ev.op.kind == "write" and not _SQL_CODE_FILTER.search(ctx.text(ev.op.chain)):
        # `UPDATE tickets SET voided_by = ? WHERE ticket_no = ?` bound to `[user.id, ticketNo]`: the caller's
        # id only fills a value written, the row is picked by the client's alone (not a code the caller
        # presents, `UPDATE promo_codes SET redeemed_by = ${user.id} WHERE code = ${c}`: the code is the
        # credential, and the caller claims it)
        refs -= sql_values_only(ctx.src, ev.op)
    if ev.op.kind == "write" and ev.op.data:
        # `.update({ status, published_by: user.id }).eq("id", articleId)`: who made the change is a value
        # written, not a filter; only what picks the rows scopes them
        written: set[str] = set()
        for d in ev.op.data:
            written |= identifiers(ctx.src, d, into_functions=True)
        filtered: set[str] = set()
        for a in _filter_nodes(ev, ctx.src):  # (an upsert's conflict columns pick rows too)
            filtered |= identifiers(ctx.src, a, into_functions=True)
        # (a conflict value may sit in the row object bound before the call: `upsert(row, ...)`)
        refs = (refs | filtered) - (written - filtered)
    return bool((refs - fallbacks) & (ev.state.session | ev.state.fetched))


def _owner_key(key: str) -> bool:
    return (
        key in vocab.OWNER_FIELDS
        or key in _EDITOR_FIELDS
        or key in _TENANT_FIELDS
        or key in _SENDER_FIELDS
        or _ACTOR_FIELD.match(key) is not None
    )


def _parent_in_any_tenant(ctx: FileContext, ep: EntryPoint, ev: Event, verdict: bool, key: str) -> bool:
    """A new row filed under a parent the client names (`slide.create({ data: { deckId } })`), a
    parent the schema files under a tenant, when the only check is a role in the caller's own tenant
    (a project wrapper or safe-action middleware handing it, `_tenant_role_wrapper`): that role says
    nothing of another tenant's deck. Not the tenant key itself, nor a person the row is for."""
    op = ev.op
    if op is None or op.verb not in _CREATE_VERBS or not _PARENT_KEY.search(key):
        return False
    if not ev.state.role or verdict or key in _TENANT_FIELDS or key in vocab.OWNER_FIELDS:
        return False
    program = ctx.analyzer.program
    if op.api == "prisma":
        parent = key.endswith("Id") and _tenant_parent_key(program, op, key)
    else:
        # (a query builder's row names its parent by column: `depot_id` of a company's `Depot`)
        parent = op.api in _BUILDER_APIS and _named_tenant_parent(program, key)
    if not parent:
        return False
    if not ev.state.owner and _tenant_role_wrapper(ctx, ep):
        return True
    # (the helper's lookup of the caller's membership is the only ownership it proved: checks of the parent
    # itself are looked for by the caller)
    if _own_tenant_role_asked(ctx, ep, ev):
        return True
    # (so is a role gate handed nothing that finds the caller's own seat, `await requireAdmin()`, or that seat
    # read inline by the session's values: a role in the caller's own tenant)
    events = ctx.flow(ep).events
    i = next((k for k, e in enumerate(events) if e.node.id == ev.node.id), len(events))
    return _session_tenant_role_gate(ctx, ep, events, ev) or _own_tenant_row_role(ctx, events, i)


def _own_tenant_role_asked(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """Before ``ev`` the entry point awaited a project helper that checks the caller's role in a tenant it is
    handed, and handed it the session's own tenant only (`await requireMembership(ctx.companyId, ["owner"])`):
    the standing a tenant wrapper hands over, in the caller's own tenant. (A tenant the client names is
    `_inline_tenant_role`'s.)"""
    src = ctx.src
    own = ev.state.session | ev.state.fetched
    for call in sx.find(ep.fn.node, ("call_expression",)):
        if call.start_byte >= ev.node.start_byte:
            break
        if not is_awaited(call) or not own:
            continue
        args = [a for a in map(sx.strip_types, sx.call_args(call)) if a is not None]
        names = {n for a in args for n in identifiers(src, a)}
        if not names or names & ev.state.client or not names <= own:
            continue
        if not any(a.type == "member_expression" and _TENANT_KEY.match(_property(src, a)) for a in args):
            continue
        helper = ctx.analyzer.target(ctx.module, call)
        summary = ctx.analyzer.summary(helper) if helper is not None and helper.body is not None else None
        # (a helper testing the roles its caller lists: a role check where the call lists them)
        if summary is not None and summary.enforces_auth and (summary.role or 0 <= summary.role_list_param < len(args)):
            return True
    return False


def _helper_tenant_parent(ctx: FileContext, ep: EntryPoint, ev: Event, verdict: bool) -> tuple[str, Node] | None:
    """`appendSlide(input.deckId, body)` whose Prisma create files the new row under a tenant's parent
    its parameter names (`data: { deckId, ... }`), as an inline create's key is judged: past no role
    check, or a role in the caller's own tenant only (`_parent_in_any_tenant`). The parent key and the
    argument handed for it, when the client chose it."""
    op = ev.op
    call = sx.unwrap(op.call) if op is not None else None
    if op is None or call is None or call.type != "call_expression" or not ev.state.client:
        return None
    if ev.state.owner or verdict:
        return None
    target = ctx.analyzer.target(ctx.module, call)
    if target is None:
        return None
    args = sx.call_args(call)
    tsrc = target.module.src
    program = ctx.analyzer.program
    for inner in ctx.analyzer.summary(target).ops:
        if inner.api != "prisma" or inner.verb not in _CREATE_VERBS or inner.model != op.model:
            continue
        for data in inner.data:
            for key, value in object_keys(tsrc, data).items():
                v = sx.unwrap(value)
                if v is None or v.type not in ("identifier", "shorthand_property_identifier"):
                    continue
                if not key.endswith("Id") or key in _TENANT_FIELDS or key in vocab.OWNER_FIELDS:
                    continue
                name = sx.text(tsrc, v)
                index = target.params.index(name) if name in target.params else -1
                if (
                    0 <= index < len(args)
                    and _tenant_parent_key(program, inner, key)
                    and identifiers(ctx.src, args[index], into_functions=True) & ev.state.client
                    and (not ev.state.role or _tenant_role_wrapper(ctx, ep))
                ):
                    return key, args[index]
    return None


# a platform-wide standing tested before (`activeSuperuser`, `isSuperAdmin`, `platformRole`): it files rows in
# any tenant by design
_PLATFORM_GATE = re.compile(rb"(?i)super_?(user|admin|role)|platform_?(role|admin)|global_?role")


# the tenant itself by its usual names, where the schema does not show it (`organization`, `workspaces`)
_TENANT_MODEL_NAME = re.compile(r"(?i)^(compan(y|ies)|organi[sz]ations?|orgs?|workspaces?|tenants?)$")


def _picks_client_tenant(ctx: FileContext, ev: Event) -> bool:
    """The operation's filter names a tenant by a client value and by nothing the session holds: a tenant
    column (`where: { organizationId: orgId }`), the key of the schema's tenant itself
    (`organization.delete({ where: { uuid: orgId } })`), or the key of a row some tenant files, or of
    its parent (`employee.delete({ where: { uuid } })`, `payStub.findMany({ where: { employeeId } })`)."""
    op = ev.op
    assert op is not None
    src = ctx.src
    program = ctx.analyzer.program
    columns = _TENANT_COLUMNS | _TENANT_FIELDS | tenancy.tenant_columns(program)
    tenant_model = bool(op.model) and (
        tenancy.root_tenant(program, op.model) or _TENANT_MODEL_NAME.match(op.model) is not None
    )
    # a row some tenant files (`Employee { organizationId }`), or a child of one (`PayStub { employeeId }`)
    # picked by its own key or its parent's: the tenant it is of is whatever tenant the row is in
    filed = bool(op.model) and not tenant_model and _tenant_row(ctx, op.model, columns)
    own = ev.state.session | ev.state.fetched
    hit = False
    for f in _filter_nodes(ev, src):
        for key, value in object_keys(src, f).items():
            refs = identifiers(src, value, into_functions=True)
            if refs & own:
                return False  # (kept to the session's tenant, or the caller's own rows)
            if refs & ev.state.client and (
                key in columns
                or (tenant_model and key in _NEW_ROW_KEYS)
                or (filed and key in _NEW_ROW_KEYS)
                or (bool(op.model) and _filed_parent_key(ctx, key, columns))
            ):
                hit = True
    return hit


_FILED_PARENT_KEY = re.compile(r"^([A-Za-z][A-Za-z0-9]*?)_?(?:Id|id)$")
_FIELD_NAME = re.compile(r"(?m)^\s*(\w+)\s")


def _tenant_row(ctx: FileContext, model: str, columns: frozenset[str]) -> bool:
    """``model``'s Prisma rows are each a tenant's: it declares a tenant column (`organizationId`), or the
    schema files it under one (`PayStub { employeeId }` of `Employee { organizationId }`)."""
    program = ctx.analyzer.program
    body = prisma_models(program, ctx.path).get(model.lower())
    if body is None:
        return False
    # (also through a declared relation whose key does not spell the parent's name: `clientId` of
    # `client ReportClient @relation(fields: [clientId], ...)` under `ReportClient { organizationId }`)
    return (
        bool(set(_FIELD_NAME.findall(body)) & columns)
        or tenancy.tenant_filed(program, model)
        or bool(_tenant_parent_keys(program).get(model.lower()))
    )


def _filed_parent_key(ctx: FileContext, key: str, columns: frozenset[str]) -> bool:
    """`employeeId` / `employee_id` naming a model whose rows are each a tenant's; not a person's key (the
    caller's own rows are judged elsewhere) nor the tenant's own."""
    m = _FILED_PARENT_KEY.match(key)
    if m is None or m.group(1).lower() in ("user", "owner", "author", "creator", "member", "account"):
        return False
    program = ctx.analyzer.program
    return _tenant_row(ctx, m.group(1), columns) and not tenancy.root_tenant(program, m.group(1))


_EQUALITY = frozenset({"===", "!==", "==", "!="})


def _equality_tests_before(src: bytes, fn: Node, at: int) -> Iterator[tuple[Node, Node]]:
    """The two sides of each equality test (`a === b`, `a != b`) in ``fn`` before byte ``at``."""
    for cmp in sx.find(fn, ("binary_expression",)):
        if cmp.start_byte >= at:
            break
        op = cmp.child_by_field_name("operator")
        left, right = cmp.child_by_field_name("left"), cmp.child_by_field_name("right")
        if op is None or left is None or right is None or sx.text(src, op) not in _EQUALITY:
            continue
        yield left, right


def _tenant_compared_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """Before ``ev`` the entry point compares a tenant column of a row with the session's tenant
    (`if (stub.employee.organizationId !== session.orgUUID) throw`): the row was kept to that tenant."""
    src = ctx.src
    columns = _TENANT_COLUMNS | _TENANT_FIELDS | tenancy.tenant_columns(ctx.analyzer.program)
    for left, right in _equality_tests_before(src, ep.fn.node, ev.node.start_byte):
        for one, other in ((left, right), (right, left)):
            prop = one.child_by_field_name("property") if one.type == "member_expression" else None
            if (
                prop is not None
                and sx.text(src, prop) in columns
                and identifiers(src, other, into_functions=True) & ev.state.session
            ):
                return True
    return False


def _owner_compared_with_client_only(ctx: FileContext, flow: Flow, fn: Node, ev: Event) -> bool:
    """Every comparison of the caller's id before ``ev`` is with a value the client sent (`if (me._id !==
    comment.author) throw` of the action's own argument, `me._id !== authorId` a parameter), which the
    filter does not keep to, and nothing looked the picked row up first: the caller proved it is who it
    said it was, not that it owns the row it names by another id (`findByIdAndUpdate(id, ...)`)."""
    src = ctx.src
    chosen = client_refs(src, ev, _filter_nodes(ev, src))
    if not chosen:
        return False
    own = ev.state.session | ev.state.fetched
    # (the action's own arguments only: `comment` of `editComment(id, comment)`, `authUserId`)
    params = set(sx.param_names(src, fn))
    compared: set[str] = set()
    for left, right in _equality_tests_before(src, fn, ev.node.start_byte):
        lroot, rroot = sx.root_identifier(src, left), sx.root_identifier(src, right)
        for mine, other in ((lroot, rroot), (rroot, lroot)):
            if mine is None or mine not in own or other is None or other in own:
                continue
            if other not in ev.state.client or other in flow.records or other not in params:
                return False  # (compared with a stored row's owner, or a row loaded: a real ownership check)
            compared.add(other)
    if not compared or compared & chosen:
        return False
    # (a row read or a project helper handed the picked id before: its check is judged elsewhere)
    for e in flow.events:
        if e.node.start_byte >= ev.node.start_byte:
            break
        if e.kind == "db" and e.op is not None and identifiers(src, e.node, into_functions=True) & chosen:
            return False
    for call in sx.find(fn, ("call_expression",)):
        if call.start_byte >= ev.node.start_byte:
            break
        if ctx.analyzer.target(ctx.module, call) is None:
            continue
        if any(identifiers(src, a, into_functions=True) & chosen for a in sx.call_args(call)):
            return False
    return True


def _session_tenant_role_gate(ctx: FileContext, ep: EntryPoint, events: list[Event], ev: Event) -> bool:
    """Before ``ev`` the entry point awaits a project role gate handed no client value whose membership
    lookup keeps to the tenant the session holds (`role.findFirst({ where: { organizationId:
    session.orgUUID, userId } })`, itself or in a helper it calls): a role in that tenant only. An ownership
    the walk credits must be that gate's own (the caller's seat found by its user id), not a check of its own."""
    src = ctx.src
    owned = next((e.node for e in events if e.state.owner), None)
    for call in sx.find(ep.fn.node, ("call_expression",)):
        if call.start_byte >= ev.node.start_byte:
            break
        if not is_awaited(call) or any(identifiers(src, a) & ev.state.client for a in sx.call_args(call)):
            continue
        if ev.state.owner and (owned is None or owned.start_byte != call.start_byte):
            continue
        helper = ctx.analyzer.target(ctx.module, call)
        if helper is not None and ctx.analyzer.summary(helper).role and _seat_in_session_tenant(ctx, helper, 0):
            return True
        # (`await requireAdmin()` that finds the caller's seat by its user id alone, `seat.findFirst({ where:
        # { userId: session.user.id } })` of `Seat { workspaceId }`, and tests its role: the caller's own tenant)
        if helper is not None and helper.body is not None and ctx.analyzer.summary(helper).role:
            inner = ctx.analyzer.helper_flow(helper).events
            if any(
                e.kind == "return" and e.state.role and _own_row_role_before(ctx, helper.module.src, inner, k)
                for k, e in enumerate(inner)
            ):
                return True
    return False


def _own_tenant_row_role(ctx: FileContext, events: list[Event], i: int) -> bool:
    """Before ``events[i]`` the entry point read the caller's own row by session values alone (`member.findFirst({
    where: { email: session.user.email } })`), a row its tenant files (`Member { teamId }`), and the role proven
    since is that row's: a role in the caller's own tenant, which covers that tenant's rows only."""
    op = events[i].op
    if op is None or op.kind != "write":
        return False  # (changes only, as under a tenant wrapper: a read past the role is judged as before)
    return _own_row_role_before(ctx, ctx.src, events, i)


def _own_row_role_before(ctx: FileContext, src: bytes, events: list[Event], i: int) -> bool:
    """`_own_tenant_row_role`'s walk of ``events`` (an entry point's, or a role gate's own) before ``events[i]``."""
    columns = _TENANT_COLUMNS | _TENANT_FIELDS | tenancy.tenant_columns(ctx.analyzer.program)
    for j, e in enumerate(events[:i]):
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.op.api != "prisma" or e.state.role:
            continue
        refs: set[str] = set()
        for f in _filter_nodes(e, src):
            refs |= identifiers(src, f, into_functions=True)
        own = e.state.session | e.state.fetched
        if not refs or not refs <= own or refs & e.state.client:
            continue
        if not e.op.model or not _tenant_row(ctx, e.op.model, columns):
            continue
        # (the role first holds past that read, nothing else read between)
        if any(x.kind == "db" and x.op is not None and x.op.kind == "read" for x in events[j + 1 : i]):
            continue
        return True
    return False


def _seat_in_session_tenant(ctx: FileContext, fn: Function, depth: int) -> bool:
    """``fn`` (or a project function it calls, two levels down) reads a row whose filter sets a tenant
    column from the session (`organizationId: session.orgUUID`, also as a default of a parameter)."""
    src = fn.module.src
    columns = _TENANT_COLUMNS | _TENANT_FIELDS | tenancy.tenant_columns(ctx.analyzer.program)
    for e in ctx.analyzer.helper_flow(fn).events:
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.op.api == "helper":
            continue
        first = e.op.args[0] if e.op.args else None
        where = object_keys(src, first).get("where") if e.op.api == "prisma" else first
        for key, value in object_keys(src, where).items() if where is not None else ():
            if key in columns and identifiers(src, value, into_functions=True) & e.state.session:
                return True
    if depth >= 2:
        return False
    for call in sx.find(fn.node, ("call_expression",)):
        inner = ctx.analyzer.target(fn.module, call)
        if inner is not None and inner.key != fn.key and _seat_in_session_tenant(ctx, inner, depth + 1):
            return True
    return False


def _platform_gate_before(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The entry point names a platform-wide standing before ``ev`` (`if (!user.isSuperAdmin)`), also
    through a module constant it hands a check (`checkPermission(perms, scope)` with `const scope =
    "superAdmin:billing:upsert"`)."""
    src = ctx.src
    before = src[ep.fn.node.start_byte : ev.node.start_byte]
    if _PLATFORM_GATE.search(before):
        return True
    for n in sx.find(ep.fn.node, ("identifier",)):
        if n.start_byte >= ev.node.start_byte:
            break
        value = sx.strip_types(ctx.module.values.get(ctx.text(n)))
        if value is not None and value.type == "string" and _PLATFORM_GATE.search(ctx.text(value).encode()):
            return True
    return False


def _tenant_from_client(ctx: FileContext, flow: Flow, ev: Event) -> tuple[str, Node] | None:
    """Past a role check alone, a write whose tenant column takes the client's value (`firmId:
    formData.get("firmId")`, a tenant column the schema's membership model shows): the role is the
    caller's in its own tenant, so the row is filed in (or moved to) whichever tenant the client names.
    A value that any call before the write is handed (`requireOrgRole(orgId)`: the role asked for in
    that tenant), that falls back on the session's, or that is read off a row the server looked up
    (`cycle.program.foundationId`), is not this."""
    op = ev.op
    assert op is not None
    src = ctx.src
    fn = flow.fn.node
    # (a schema's answer may carry what the server put in it: `parsed.data.organizationId` of an object built
    # with the session's; only a value the request itself hands over is judged)
    own = ev.state.session | ev.state.fetched
    sent = ev.state.client - set(flow.records) - ev.state.validated
    sent |= _parsed_from_request_alone(ctx, fn, (ev.state.client & ev.state.validated) - set(flow.records), own)
    sent -= _read_off_records(ctx, fn, sent, set(flow.records))
    columns = _TENANT_COLUMNS | _TENANT_FIELDS | tenancy.tenant_columns(ctx.analyzer.program)
    for data in op.data:
        for row in _rows_written(ctx, fn, data):
            for key, value in object_keys(src, row).items():
                if key not in columns:
                    continue
                refs = identifiers(src, value, into_functions=True)
                if not refs & sent or refs & own:
                    continue
                bare = sx.strip_types(value) or value
                text = ctx.text(bare)
                if _read_off_vetted_row(ctx, flow, ev, value):
                    continue  # (`deleted.organizationId`: the tenant of the row the check was made on)
                if _new_row_key(ctx, fn, bare):
                    continue  # (`organization.uuid` of the organization this request just created)
                if any(
                    _handed(ctx, bare, text, args) and not _untested_read(ctx, flow, call)
                    for call in sx.find(fn, ("call_expression",), into_functions=False)
                    if call.end_byte <= ev.node.start_byte and (args := call.child_by_field_name("arguments"))
                ):
                    continue  # (the tenant the role was asked for; not a seat looked up and never tested)
                if _asked_in_callback(ctx, flow, ev, bare, text, own):
                    continue  # (`withSession(async ({ userId }) => { const denied = await check(teamId, userId) ...`)
                if _wrapper_checks_handed(ctx, fn, ev.node, bare, text):
                    continue  # (`withTeamMember(teamId, async () => ...)` asking about that tenant first)
                return key, value
    return None


def _asked_in_callback(ctx: FileContext, flow: Flow, ev: Event, value: Node, text: str, own: set[str]) -> bool:
    """In a callback on the way to ``ev`` (`withSession(async ({ userId }) => ...)`), a project function
    handed ``value`` together with the session's user (`const denied = await checkTeamAdmin(teamId,
    userId)`) whose answer an exit then tests (`if (denied?.error) return denied`) before ``ev``: the
    tenant asked about. Not a lookup of the tenant alone, nor a check whose answer is dropped."""
    fn = flow.fn.node
    scopes: list[Node] = []
    p = ev.node.parent
    while p is not None and p != fn:
        if sx.is_function(p):
            scopes.append(p)
        p = p.parent
    for scope in scopes:
        for call in sx.find(scope, ("call_expression",), into_functions=False):
            args = call.child_by_field_name("arguments")
            if call.end_byte > ev.node.start_byte or args is None or not _handed(ctx, value, text, args):
                continue
            if not identifiers(ctx.src, args, into_functions=True) & own:
                continue
            if not _answers_verdict(ctx, ctx.module, call):
                continue
            if _answer_heeded(ctx.src, scope, call, ev.node.start_byte, text if text.isidentifier() else ""):
                return True
    return False


def _answer_heeded(src: bytes, scope: Node, call: Node, before: int, given: str = "") -> bool:
    """``call``'s answer is bound (`const denied = await check(...)`) and an `if` of ``scope`` between it and
    byte ``before``, on the way there, exits on a test of it (`if (denied?.error) return denied`). On the way
    also when only the id ``given`` is (`if (orgId) { check orgId }`): the id is checked where there is one."""
    names = _bound_names(src, call)
    if not names:
        return False
    for stmt in sx.find(scope, ("if_statement",)):
        if stmt.start_byte < call.end_byte or stmt.end_byte > before:
            continue
        if not _on_the_way(src, stmt, before, given):
            continue
        if not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        if identifiers(src, stmt.child_by_field_name("condition")) & names:
            return True
    return False


def _on_the_way(src: bytes, stmt: Node, before: int, given: str) -> bool:
    """``stmt`` runs on the way to byte ``before``: its block holds it, or is the branch of an `if (given)`
    that the block holding it runs (not an `else`)."""
    p = stmt.parent
    while p is not None and not (p.start_byte <= before < p.end_byte):
        branch = p.parent
        if not given or p.type != "statement_block" or branch is None or branch.type != "if_statement":
            return False
        if branch.child_by_field_name("consequence") != p:
            return False
        cond = sx.unwrap(branch.child_by_field_name("condition"))
        if cond is None or sx.text(src, cond) != given:
            return False
        p = branch.parent
    return p is not None


def _wrapper_checks_handed(ctx: FileContext, fn: Node, at: Node, value: Node, text: str) -> bool:
    """``at`` runs in a callback handed to a project wrapper together with ``value`` (`return
    withTeamMember(teamId, async (ctx) => ...)`), and the wrapper hands that parameter and another value
    to a project function before it calls the callback (`const denied = await checkTeamMember(teamId,
    ctx.userId); if (denied?.error) return denied; return fn(ctx)`), exiting on its answer: the tenant
    asked about first."""
    p = at.parent
    while p is not None and p != fn:
        args = p.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        if sx.is_function(p) and call is not None and call.type == "call_expression":
            target = ctx.analyzer.target(ctx.module, call)
            if target is not None and target.body is not None:
                given = sx.call_args(call)
                params = target.param_nodes()
                cb = next((i for i, a in enumerate(given) if a.id == p.id), -1)
                handed = [i for i, a in enumerate(given) if i != cb and _handed(ctx, value, text, a)]
                if 0 <= cb < len(params) and handed and handed[0] < len(params):
                    # (plain names only: `teamId: string`, not a destructured parameter)
                    callback = sx.pattern_names(target.module.src, params[cb])
                    param = sx.pattern_names(target.module.src, params[handed[0]])
                    if (
                        len(callback) == 1
                        and len(param) == 1
                        and _checked_before_callback(ctx, target, param[0], callback[0])
                    ):
                        return True
        p = p.parent
    return False


def _checked_before_callback(ctx: FileContext, wrapper: Function, param: str, callback: str) -> bool:
    """In ``wrapper``, a project function is handed ``param`` and another value, and an exit tests its
    answer, before the first call of ``callback``."""
    mod = wrapper.module
    body = wrapper.body
    if body is None:
        return False
    calls = sx.find(body, ("call_expression",))
    first = min((c.start_byte for c in calls if sx.callee_name(mod.src, c) == callback), default=None)
    if first is None:
        return False
    for c in calls:
        if c.end_byte > first or sx.callee_name(mod.src, c) == callback:
            continue
        args = c.child_by_field_name("arguments")
        if args is None or len(sx.call_args(c)) < 2 or param not in identifiers(mod.src, args, into_functions=True):
            continue
        scope = c.parent
        while scope is not None and not sx.is_function(scope):
            scope = scope.parent
        if _answers_verdict(ctx, mod, c) and scope is not None and _answer_heeded(mod.src, scope, c, first):
            return True
    return False


def _answers_verdict(ctx: FileContext, mod: Module, call: Node) -> bool:
    """``call`` is of a project function answering a verdict rather than a record: a refusal as `{ error }`
    (`null` or nothing past its check), or whether the caller may."""
    target = ctx.analyzer.target(mod, call)
    if target is None or target.body is None:
        return False
    summary = ctx.analyzer.summary(target)
    return (
        _answers_error(target)
        or summary.refusal is not None
        or summary.keyed_refusal is not None
        or summary.answers_check
        or summary.answers_membership
    )


_NEW_ROW_KEYS = frozenset({"id", "_id", "uuid"})


def _new_row_key(ctx: FileContext, fn: Node, value: Node) -> bool:
    """`org.uuid` of `const org = await db.organization.create(...)`: the key the database gave the row
    this request made (its other columns may be what the client sent; that write is judged on its own)."""
    if value.type != "member_expression":
        return False
    prop = value.child_by_field_name("property")
    obj = sx.strip_types(value.child_by_field_name("object"))
    return (
        prop is not None
        and ctx.text(prop) in _NEW_ROW_KEYS
        and obj is not None
        and obj.type == "identifier"
        and ctx.text(obj) in _created_names(ctx, fn)
    )


def _read_off_records(ctx: FileContext, fn: Node, names: set[str], records: set[str]) -> set[str]:
    """Of ``names``, the locals bound to a field of a row the server looked up, or that field with a constant
    for none (`const teamId = picked.seats[0]?.teamId || ""`): the looked-up row's own tenant, as the field
    read in place (`picked.teamId`) is."""
    out: set[str] = set()
    for decl in _declarators(ctx, fn):
        target = decl.child_by_field_name("name")
        value = sx.strip_types(decl.child_by_field_name("value"))
        if target is None or target.type != "identifier" or ctx.text(target) not in names or value is None:
            continue
        if value.type == "binary_expression" and ctx.text(value.child_by_field_name("operator")) in ("||", "??"):
            right = sx.strip_types(value.child_by_field_name("right"))
            if right is None or right.type not in ("string", "null", "undefined", "number"):
                continue
            value = sx.strip_types(value.child_by_field_name("left"))
        if value is not None and value.type == "member_expression" and sx.root_identifier(ctx.src, value) in records:
            out.add(ctx.text(target))
    return out


def _parsed_from_request_alone(ctx: FileContext, fn: Node, names: set[str], own: set[str]) -> set[str]:
    """Of ``names`` (validated client values), those a declarator binds straight from a schema's parse of
    the request's own values (`const { targetOrgId } = z.object(...).parse(Object.fromEntries(formData))`):
    the schema checked their type, and nothing of the session or a loaded row went in."""
    out: set[str] = set()
    for decl in _declarators(ctx, fn):
        value = sx.strip_types(decl.child_by_field_name("value"))
        while value is not None and value.type == "await_expression":
            value = sx.strip_types(value.named_children[0] if value.named_children else None)
        if value is None or value.type != "call_expression":
            continue
        if sx.last_name(sx.callee_name(ctx.src, value)) not in ("parse", "parseAsync"):
            continue
        bound = set(sx.pattern_names(ctx.src, decl.child_by_field_name("name"))) & names
        args = value.child_by_field_name("arguments")
        if bound and args is not None and not identifiers(ctx.src, args, into_functions=True) & own:
            out |= bound
    return out


def _handed(ctx: FileContext, value: Node, text: str, args: Node) -> bool:
    """``value`` (its ``text``) is handed to the call of ``args``: a local among its identifiers (not a
    string naming it, `formData.get("targetOrgId")`), else the same expression's text."""
    if value.type == "identifier":
        return text in identifiers(ctx.src, args, into_functions=True)
    return text in ctx.text(args)


def _moved_to_client_party(ctx: FileContext, flow: Flow, events: list[Event], i: int) -> tuple[str, Node] | None:
    """Past a check of the row it changes and no role, an update that moves the row to a tenant's person or
    to a record a tenant owns, named by the client (`data: { depotId: targetDepotId }` of a machine found in
    the caller's company, `data: { workerId }` of a shift): the row's check says nothing of that other id, which
    may be another tenant's. Not a value of the session's or of a loaded row, nor one looked up in the
    caller's scope or handed to a check first. The key and the value written, else None."""
    ev = events[i]
    op = ev.op
    assert op is not None
    src = ctx.src
    program = ctx.analyzer.program
    own = ev.state.session | ev.state.fetched
    sent = ev.state.client - set(flow.records)
    parses = tuple(
        c for c in sx.find(flow.fn.node, ("call_expression",)) if sx.last_name(sx.callee_name(src, c)) in _SCHEMA_PARSE
    )
    for data in op.data:
        for row in _rows_written(ctx, flow.fn.node, data):
            for key, value in object_keys(src, row).items():
                # (or says who did what it records, `administeredBy`: the caller, as the session knows them)
                if not (
                    _tenant_person_key(program, key) or _named_tenant_parent(program, key) or _ACTOR_FIELD.match(key)
                ):
                    continue
                refs = identifiers(src, value, into_functions=True)
                chosen = refs & sent
                if not chosen or refs & own:
                    continue
                # (a value handed to anything but a schema's parse before, `findUniqueOrThrow` in the caller's
                # workspace, a site compared with the row's tenant, may be its check: left alone)
                if not _unmentioned_before(ctx, flow.fn.node, ev, chosen, [value], parses):
                    continue
                if (
                    _matched_by_scoped_lookup(ctx, flow, events, i, chosen, _access_paths(src, value, chosen))
                    or _asserted_before(ctx, flow, ev, value, chosen)
                    or _answer_tested_before(ctx, flow, ev, value, chosen)
                    or _gate_given_before(ctx, flow, ev, value, chosen)
                ):
                    continue
                return key, value
    return None


def _read_off_vetted_row(ctx: FileContext, flow: Flow, ev: Event, value: Node) -> bool:
    """``value`` is a column of what a store operation answered (`(await db.item.findUnique(...))!.orgId`,
    `removed.orgId` of `const removed = await db.item.delete(...)`), that operation picking its row only by
    client values an earlier read before ``ev`` was picked by too (the row whose tenant the role was
    asked in): a value the server read, not one the client sent."""
    src = ctx.src
    node = sx.strip_types(value)
    if node is None or node.type != "member_expression":
        return False
    source = sx.unwrap(node.child_by_field_name("object"))
    if source is not None and source.type == "identifier":
        # (a local bound once to an awaited operation's answer)
        name, bound = ctx.text(source), None
        for d in sx.find(flow.fn.node, ("variable_declarator",), into_functions=False):
            if d.end_byte <= ev.node.start_byte and ctx.text(d.child_by_field_name("name")) == name:
                if bound is not None:
                    return False
                bound = d
        source = sx.unwrap(bound.child_by_field_name("value")) if bound is not None else None
    if source is None or source.type != "call_expression":
        return False
    answered = next(
        (
            e
            for e in flow.events
            if e.kind == "db" and e.op is not None and source.id in (e.node.id, e.op.call.id, e.op.chain.id)
        ),
        None,
    )
    if answered is None or answered.op is None:
        return False
    key = ctx.text(node.child_by_field_name("property"))
    if any(key in object_keys(src, d) for d in answered.op.data):
        return False  # (the column it wrote: whatever the data put there)
    picked = _filter_paths(src, answered)
    if not picked:
        return False
    return any(
        e.kind == "db"
        and e.op is not None
        and e.op.kind == "read"
        and e.node.end_byte <= answered.node.start_byte
        and picked <= _filter_paths(src, e)
        for e in flow.events
    )


# A row a user files about a record to mark it for themselves: a follow, a like, a favourite, a bookmark
_MARKER_TABLE = re.compile(
    r"(?i)^(\w*?_?)?(follow(s|ers?|ings?)?|likes?|favou?rites?|bookmarks?|stars?|watchers?|watchlists?)$"
)


# the owner fields naming a person (not the tenant a row is filed under: `teamId`, `orgId`)
_USER_OWNER_FIELDS = vocab.OWNER_FIELDS - vocab.TENANT_OWNER_FIELDS


def _marker_target_beside(ctx: FileContext, ev: Event, key: str, users: frozenset[str]) -> bool:
    """A marker row naming another record besides the tenant ``key`` (`{ user_id, indicator_id, org_id }` of
    an organisation's shared watchlist): that record is what it points at, the tenant where it is filed."""
    assert ev.op is not None
    for data in ev.op.data:
        row = sx.unwrap(data)
        if row is None or row.type != "object":
            continue
        for other in object_keys(ctx.src, row):
            if other != key and _PARENT_STEM.match(other) and other not in _USER_OWNER_FIELDS and other not in users:
                return True
    return False


def _filed_by_session(ctx: FileContext, ev: Event, owned: list[tuple[str, Node]]) -> bool:
    """The row's user is the session's (`userId: user.id`), none of it the client's."""
    own = ev.state.session | ev.state.fetched
    for key, value in owned:
        refs = identifiers(ctx.src, value, into_functions=True)
        if key in _USER_OWNER_FIELDS and refs & own and not refs & ev.state.client:
            return True
    return False


def _unscoped(
    ctx: FileContext, ep: EntryPoint, node: Node, op: DbOp, value: str, confidence: Confidence = Confidence.HIGH
) -> Finding:
    """The finding of a row picked by ``value``, a client id the code never ties to the caller."""
    return ctx.finding(
        META,
        "unscoped",
        node,
        function=ep.fn,
        endpoint=endpoint(ep),
        operation=operation(op),
        value=value,
        confidence=confidence,
    )


def _owner_from_client(
    ctx: FileContext, ep: EntryPoint, key: str, value: Node, api: str = "", at: Node | None = None
) -> Finding:
    """An owner column (`userId`) written from a value the client chose instead of the session's (or a
    query builder's new row filed under a private parent the client chose: ``api``). Reported on the value,
    or on ``at``."""
    return ctx.finding(
        META,
        "parent_from_client" if api in _BUILDER_APIS and not _owner_key(key) else "owner_from_client",
        value if at is None else at,
        function=ep.fn,
        endpoint=endpoint(ep),
        field=key,
        value=short(ctx.text(value), 40),
    )


# A tenant the caller acts in, as a key of what a wrapper hands its callback (`{ orgId, role }`)
_TENANT_KEY = re.compile(
    r"(?i)^(org|organi[sz]ation|organi[sz]er|team|workspace|tenant|project|company|store|space|agency|firm)(Id|_id)?$"
)


_ID_KEY = re.compile(r"^(?!(?i:user|member|account)).*(Id|_id)$")  # (not the caller's own id)


def _read_off(src: bytes, value: Node, row: str | None) -> bool:
    """``value`` is a field of the row ``row`` (`membership.brokerageId`)."""
    node = sx.strip_types(value)
    if row is None or node is None or node.type != "member_expression":
        return False
    return sx.root_identifier(src, node) == row


def _tenant_role_wrapper(ctx: FileContext, ep: EntryPoint) -> bool:
    """The entry point runs in a project wrapper that hands it the caller's role in one tenant
    (`fn(formData, { orgId: user.activeOrgId, role: membership.role })`): a role checked there is
    the caller's standing in that tenant, not over every tenant's rows."""
    az = ctx.analyzer
    # (a membership row handed whole counts where the wrapper itself checks its role, `withRole`: a
    # role the action compares inline is credited as before)
    rows = ep.role_checked
    for callee in ep.wrappers:
        wrapper = az.program.resolve_function(ep.fn.module, callee) if "." not in callee else None
        if wrapper is not None and _hands_tenant_role(ctx, wrapper, 0, rows):
            return True
    # a safe-action middleware's `next({ ctx: { ...ctx, workspaceId, role: membership.role } })`
    return any(_hands_tenant_role(ctx, m, 0, rows) for m in ep.middlewares)


def _hands_tenant_role(ctx: FileContext, fn: Function, depth: int, rows: bool = False) -> bool:
    memo: dict[tuple[tuple[str, int], bool], bool] = tree_fact(ctx.analyzer.program.tree, "tenant_role_wrappers", dict)
    key = (fn.key, rows)
    if key not in memo:
        memo[key] = False  # (a cycle of wrappers hands nothing)
        memo[key] = _computes_tenant_role(ctx, fn, depth, rows)
    return memo[key]


def _computes_tenant_role(ctx: FileContext, fn: Function, depth: int, rows: bool) -> bool:
    """``fn`` calls a callback with an object holding a tenant key and the `role` of a row it read
    (a membership looked up for that tenant), itself or through a wrapper it builds on (`withRole`
    returning `withOrg(async (formData, ctx) => ...)`)."""
    src = fn.module.src
    az = ctx.analyzer
    if fn.body is None or depth > 3 or not _ROLE_OR_SEAT.search(src[fn.node.start_byte : fn.node.end_byte]):
        return False
    for call in sx.find(fn.node, ("call_expression",)):
        args = sx.call_args(call)
        for arg in args:
            if rows and (_membership_row(ctx, fn, arg) or _tenant_principal(ctx, fn, arg)):
                return True  # `fn(membership, ...args)`: the caller's seat, its role and tenant
            keys = object_keys(src, arg)
            if "ctx" in keys and sx.strip_types(keys["ctx"]) is not None:
                keys = object_keys(src, keys["ctx"]) or keys  # `next({ ctx: { ...ctx, workspaceId, role } })`
            if any(_ID_KEY.search(k) and _role_verdict_tenant(ctx, fn, call, v) for k, v in keys.items()):
                return True  # `fn(formData, { gardenId })` past `if (!(await isTreasurer(userId, gardenId))) throw`
            role = sx.strip_types(keys.get("role"))  # (`role: membership.role as Role`)
            if role is None and any(_ID_KEY.search(k) and _off_seat_found_by_role(ctx, fn, v) for k, v in keys.items()):
                return True  # `studioId: membership.studioId` of a seat found by `{ userId, role: "LEAD" }`
            if role is not None and role.type in ("identifier", "shorthand_property_identifier"):
                # (`{ user, workspace, role }` of `const { workspace, role } = await requireMembership(...)`)
                if _seat_fields_handed(ctx, fn, keys, sx.text(src, role)):
                    return True
                continue
            if role is None or role.type != "member_expression":
                continue
            row = sx.root_identifier(src, role)
            # the tenant by name, or an id read off the same row (`brokerageId: membership.brokerageId`), or
            # the id the row was looked up by (`marinaId` of `findFirst({ where: { marinaId, userId } })`)
            if not any(
                _TENANT_KEY.match(k)
                or (_ID_KEY.search(k) and (_read_off(src, v, row) or _row_found_by(ctx, fn, row, v)))
                for k, v in keys.items()
            ):
                continue
            if row and _bound_to_read(ctx, fn, row):
                return True
        fn_node = sx.strip_types(call.child_by_field_name("function"))
        if fn_node is None or fn_node.type != "identifier":
            continue
        if not any(sx.is_function(sx.strip_types(a) or a) or _passed_on(src, fn, a) for a in args):
            # (a wrapper it builds on is handed a callback, or the one it was handed: `withRole(roles, handler)`)
            continue
        inner = az.program.resolve_function(fn.module, sx.text(src, fn_node))
        if inner is not None and inner.key != fn.key and _hands_tenant_role(ctx, inner, depth + 1, rows):
            return True
    return False


def _row_found_by(ctx: FileContext, fn: Function, row: str | None, value: Node) -> bool:
    """``value`` is a local ``fn`` looked the row ``row`` up by (`marinaId` of `const member = await
    db.marinaMember.findFirst({ where: { marinaId, userId } })`): the tenant that row's role holds in,
    whatever the domain calls it. (A role read off the account by its user alone names no tenant.)"""
    src = fn.module.src
    node = sx.strip_types(value)
    if row is None or node is None or node.type not in ("identifier", "shorthand_property_identifier"):
        return False
    name = sx.text(src, node)
    return any(
        sx.text(src, sx.strip_types(v) or v) == name for where in _filters_binding(ctx, fn, row) for v in where.values()
    )


def _filters_binding(ctx: FileContext, fn: Function, row: str) -> Iterator[dict[str, Node]]:
    """The `where` keys of each DB read whose answer ``fn`` binds to the local ``row`` (`const member = await
    db.member.findFirst({ where: { marinaId, userId } })`)."""
    src = fn.module.src
    for d in sx.find(fn.node, ("variable_declarator",)):
        target = d.child_by_field_name("name")
        call = sx.unwrap(d.child_by_field_name("value"))
        if target is None or row not in sx.pattern_names(src, target) or call is None or call.type != "call_expression":
            continue
        op = ctx.analyzer.classify(fn.module, call)
        args = sx.call_args(call)
        if op is not None and op.kind == "read" and args:
            yield object_keys(src, sx.unwrap(object_keys(src, args[0]).get("where")))


def _role_verdict_tenant(ctx: FileContext, fn: Function, call: Node, value: Node) -> bool:
    """``value`` (a name) was handed, before ``call``, to an awaited project helper answering whether the caller
    holds a role there, its `false` acted on by an exit (`if (!(await isTreasurer(userId, gardenId))) throw`):
    the tenant that role was checked in."""
    src = fn.module.src
    node = sx.strip_types(value)
    if node is None or node.type not in ("identifier", "shorthand_property_identifier"):
        return False
    name = sx.text(src, node)
    for c in sx.find(fn.node, ("call_expression",)):
        if c.start_byte >= call.start_byte or not exits_unless(c):
            continue
        if name not in {i for a in sx.call_args(c) for i in identifiers(src, a)}:
            continue
        helper = ctx.analyzer.target(fn.module, c)
        if helper is None or helper.body is None:
            continue
        summary = ctx.analyzer.summary(helper)
        body = helper.module.src[helper.node.start_byte : helper.node.end_byte]
        if (summary.answers_check or summary.answers_membership or summary.role) and _ROLE_IN_BODY.search(body):
            return True
    return False


_ROLE_IN_BODY = re.compile(rb"(?i)\brole\b")


def _off_seat_found_by_role(ctx: FileContext, fn: Function, value: Node) -> bool:
    """``value`` is a field of a row ``fn`` read with a filter on its `role` (`membership.studioId` of
    `const membership = await prisma.studioMember.findFirst({ where: { userId, role: "LEAD" } })`): the
    tenant of a seat the caller holds that role in."""
    src = fn.module.src
    node = sx.strip_types(value)
    if node is None or node.type != "member_expression":
        return False
    row = sx.root_identifier(src, node)
    return row is not None and any("role" in where for where in _filters_binding(ctx, fn, row))


def _passed_on(src: bytes, fn: Function, arg: Node) -> bool:
    """``arg`` is one of ``fn``'s own parameters, handed on as it came (`withStaff(handler)` calling
    `withRole(ALL_STAFF, handler)`)."""
    node = sx.strip_types(arg)
    return node is not None and node.type == "identifier" and sx.text(src, node) in fn.params


_SEAT_NAME = re.compile(r"(?i)(member|seat)")
_ROLE_OR_SEAT = re.compile(rb"(?i)(role|member|seat|scope|permission)")


def _seat_fields_handed(ctx: FileContext, fn: Function, keys: dict[str, Node], role: str) -> bool:
    """``role`` and a tenant handed beside it (`workspace`) are destructured together off one read's answer
    (`const { workspace, role } = await requireMembership(slug, user.id)`): the role held in that tenant."""
    src = fn.module.src
    handed = [sx.strip_types(v) for k, v in keys.items() if _TENANT_KEY.match(k)]
    tenants = {sx.text(src, v) for v in handed if v is not None and v.type != "member_expression"}
    for d in sx.find(fn.node, ("variable_declarator",)):
        target = d.child_by_field_name("name")
        if target is None or target.type != "object_pattern":
            continue
        names = set(sx.pattern_names(src, target))
        if role in names and names & tenants:
            return _bound_to_read(ctx, fn, role)
    return False


def _membership_row(ctx: FileContext, fn: Function, arg: Node) -> bool:
    """``arg`` is a local named for a membership (`membership`, `seat`) that ``fn`` read from the
    database, itself or through a project helper (`await getMembership(slug)`): handed on whole."""
    node = sx.strip_types(arg)
    if node is None or node.type != "identifier":
        return False
    name = sx.text(fn.module.src, node)
    return bool(_SEAT_NAME.search(name)) and _bound_to_read(ctx, fn, name)


_GRANT_KEYS = frozenset({"role", "roles", "scopes", "permissions"})


def _tenant_principal(ctx: FileContext, fn: Function, arg: Node, depth: int = 0) -> bool:
    """``arg`` holds what a project helper answered with a tenant and the grants of a stored
    principal (`const key = await authenticateApiKey(req)` returning `{ workspaceId: key.workspaceId,
    scopes: key.scopes }`): an API key of one workspace, whose scopes say nothing of another's rows."""
    src = fn.module.src
    node = sx.strip_types(arg)
    if node is None or node.type != "identifier":
        return False
    for d in sx.find(fn.node, ("variable_declarator",)):
        target = d.child_by_field_name("name")
        value = sx.unwrap(d.child_by_field_name("value"))
        if target is None or sx.text(src, target) != sx.text(src, node) or value is None:
            continue
        helper = ctx.analyzer.target(fn.module, value) if value.type == "call_expression" else None
        return helper is not None and _answers_tenant_grant(helper, ctx, depth)
    return False


def _session_claim(ctx: FileContext | None, helper: Function, grant: Node) -> bool:
    """`role: session.user.role` of `const session = await auth()`: the role the sign-in put in the
    session, not a stored membership's or key's read for one tenant; checking it is checking a role."""
    if ctx is None:
        return False
    src = helper.module.src
    root = sx.root_identifier(src, grant)
    value = bound_call(src, helper.node, root) if root is not None else None
    return value is not None and ctx.analyzer.vocab.is_auth_source(sx.callee_name(src, value))


def _answers_tenant_grant(helper: Function, ctx: FileContext | None = None, depth: int = 0) -> bool:
    """``helper`` returns a tenant and the grants of a stored principal (`{ organizerId:
    membership.organizerId, role: membership.role }`, `{ workspaceId: key.workspaceId, scopes }`), also
    as what another such helper answered it (`const ctx = await getStaffContext(); ...; return ctx`)."""
    if helper.body is None:
        return False
    hsrc = helper.module.src
    for r in sx.find(helper.body, ("return_statement",), into_functions=False):
        returned = sx.strip_types(r.named_children[0]) if r.named_children else None
        if ctx is not None and depth < 2 and returned is not None and returned.type == "identifier":
            if _tenant_principal(ctx, helper, returned, depth + 1):
                return True
            continue
        keys = object_keys(hsrc, r.named_children[0]) if r.named_children else {}
        grants = [sx.strip_types(v) for k, v in keys.items() if k in _GRANT_KEYS]
        member = any(
            g is not None and _stored_grant(hsrc, helper.body, g) and not _session_claim(ctx, helper, g) for g in grants
        )
        if member and any(_TENANT_KEY.match(k) or _named_tenant(helper, k, v) for k, v in keys.items()):
            return True
    return False


def _named_tenant(helper: Function, key: str, value: Node) -> bool:
    """`coopId: id` (`const id = cuid.parse(coopId)`), `guildId` handed in: an id key answering the tenant
    its caller named, whatever the tenant is called."""
    if not _PARENT_KEY.search(key) or key.lower() in ("userid", "user_id"):
        return False
    params = set(helper.params)
    value = sx.strip_types(value) or value
    if value.type not in ("identifier", "shorthand_property_identifier"):
        return False
    name = sx.text(helper.module.src, value)
    if name in params:
        return True
    assert helper.body is not None
    for d in sx.find(helper.body, ("variable_declarator",), False):
        target = d.child_by_field_name("name")
        if target is not None and sx.text(helper.module.src, target) == name:
            return bool(identifiers(helper.module.src, d.child_by_field_name("value")) & params)
    return False


def _hands_back_seat(ctx: FileContext, helper: Function) -> bool:
    """``helper`` is handed a tenant's id (`requireCoopRole(coopId, roles)`), checks a role and answers
    the caller's membership row of that tenant whole (`return { user, membership }`, `return seat`, the
    row a deeper helper read and tested): the same standing as a role answered by name, in that tenant
    only."""
    if helper.body is None or not ctx.analyzer.summary(helper).role:
        return False
    if not any(_PARENT_KEY.search(p) and p.lower() not in ("userid", "user_id") for p in helper.params):
        return False
    hsrc = helper.module.src
    for r in sx.find(helper.body, ("return_statement",), into_functions=False):
        returned = sx.strip_types(r.named_children[0]) if r.named_children else None
        if returned is None:
            continue
        if returned.type == "identifier":
            seats = [returned]
        else:
            seats = [v for k, v in object_keys(hsrc, returned).items() if _SEAT_NAME.search(k)]
        for seat in seats:
            node = sx.strip_types(seat)
            if node is not None and node.type in ("identifier", "shorthand_property_identifier"):
                name = sx.text(hsrc, node)
                if _SEAT_NAME.search(name) and _bound_to_read(ctx, helper, name):
                    return True
    return False


def _stored_grant(src: bytes, body: Node, grant: Node) -> bool:
    """``grant`` is read off a stored row (`membership.role`), also through a local holding it (`const role =
    membership.role as CoopRole; return { coopId: id, role }`)."""
    if grant.type == "member_expression":
        return True
    if grant.type not in ("identifier", "shorthand_property_identifier"):
        return False
    name = sx.text(src, grant)
    for d in sx.find(body, ("variable_declarator",), False):
        value = sx.strip_types(d.child_by_field_name("value"))
        target = d.child_by_field_name("name")
        if target is not None and sx.text(src, target) == name:
            return value is not None and value.type == "member_expression"
    return False


def _platform_role(ctx: FileContext, ep: EntryPoint, events: list[Event], i: int) -> bool:
    """The role proven before ``events[i]`` is no standing in one tenant (no tenant wrapper, no helper
    answering a role in a tenant the client names, no membership looked up inline): the caller's own
    platform-wide role (`if (session.user.superRole !== "ADMIN") throw`)."""
    return not (
        _tenant_role_wrapper(ctx, ep)
        or _inline_tenant_role(ctx, ep, events[i])
        or _inline_seat_tenants(ctx, events, i)
        or any(e.kind == "db" and e.op is not None and e.op.kind == "read" and not e.state.role for e in events[:i])
    )


def _filed_in_callers_tenant(ctx: FileContext, ev: Event) -> bool:
    """The write files its row under a tenant read off the caller's own session answer (`coopId: ctx.coopId` of
    `ctx = await requireBoard()`): the role proven is a seat in that tenant, not a platform-wide one, so it
    gives no right to sign the row as another person."""
    if ev.op is None:
        return False
    own = ev.state.session | ev.state.fetched
    for data in ev.op.data:
        for key, value in object_keys(ctx.src, data).items():
            node = sx.strip_types(value)
            if (
                _ID_KEY.search(key)
                and not _AUTHORSHIP.match(key)
                and node is not None
                and node.type == "member_expression"
                and sx.root_identifier(ctx.src, node) in own
            ):
                return True
    return False


def _inline_tenant_role(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """Before ``ev`` the entry point itself awaits a project helper that answers the caller's role in
    a tenant the client names (`await requireOrgRole(orgSlug, roles)`, `orgSlug` a parameter): the
    same standing a tenant wrapper hands over, which covers that tenant's rows only."""
    src = ctx.src
    for call in sx.find(ep.fn.node, ("call_expression",)):
        if call.start_byte >= ev.node.start_byte:
            break
        if not is_awaited(call):
            continue
        args = {n for a in sx.call_args(call) for n in identifiers(src, a)}
        if not args & ev.state.client:
            continue
        helper = ctx.analyzer.target(ctx.module, call)
        if helper is not None and (
            _answers_tenant_grant(helper)
            or _hands_back_seat(ctx, helper)
            or (_role_in_handed_tenant(ctx, helper) and _tenant_named_by_client(ctx, ep, call, ev))
        ):
            return True
    return False


def _tenant_named_by_client(ctx: FileContext, ep: EntryPoint, call: Node, ev: Event) -> bool:
    """``call`` is handed a client value as it came (`input.organizationId`), not a field of a row the entry
    point read (`file.teamId` of the file the client picked: that row's own tenant, checked)."""
    rows = set(ctx.flow(ep).records)
    return any(
        (root := sx.root_identifier(ctx.src, sx.strip_types(a) or a)) in ev.state.client and root not in rows
        for a in sx.call_args(call)
    )


def _role_in_handed_tenant(ctx: FileContext, helper: Function) -> bool:
    """``helper`` is handed a tenant's id (`requireOrgAdmin(organizationId)`, `isOrgAdmin(userId, orgId)`),
    looks the caller's membership up by that id and a user and tests it (its role, or only that it exists,
    `assertProjectMember(userId, projectId)` throwing without a seat): a standing in that tenant only,
    whatever it answers (the user's id, a boolean, nothing)."""
    summary = ctx.analyzer.summary(helper)
    if helper.body is None:
        return False
    # (a guard that throws when the caller has no seat, `assertProjectMember(userId, projectId)`, answers nothing)
    throws = any(True for _ in sx.find(helper.body, ("throw_statement",), False))
    if not (summary.role or summary.answers_check or summary.answers_membership or throws):
        return False
    tenants = {p for p in helper.params if _PARENT_KEY.search(p) and p.lower() not in ("userid", "user_id")}
    hsrc = helper.module.src
    if not tenants:
        return False
    for e in ctx.analyzer.helper_flow(helper).events:
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.op.api == "helper" or not e.op.args:
            continue
        where = object_keys(hsrc, e.op.args[0]).get("where") if e.op.api == "prisma" else e.op.args[0]
        keys = object_keys(hsrc, where) if where is not None else {}
        by_tenant = any(
            k not in ("id", "_id") and identifiers(hsrc, v) & tenants for k, v in keys.items() if v is not None
        )
        by_user = any(
            k.lower() in ("userid", "user_id", "memberid", "member_id") or identifiers(hsrc, v) & e.state.session
            for k, v in keys.items()
            if v is not None
        )
        if by_tenant and by_user:
            return True
    return False


def _inline_tenant_names(ctx: FileContext, ep: EntryPoint, ev: Event, paths: bool = False) -> set[str]:
    """The names standing for the tenant of `_inline_tenant_role`'s helper before ``ev``: the client's ids
    handed to it and the local its answer is bound to (`const ctx = await requireCoopMember(coopId, roles)`).
    With ``paths``, the client values handed to it only, as written (`input.coopId`)."""
    src = ctx.src
    out: set[str] = set()
    for call in sx.find(ep.fn.node, ("call_expression",)):
        if call.start_byte >= ev.node.start_byte:
            break
        if not is_awaited(call):
            continue
        args = {n for a in sx.call_args(call) for n in identifiers(src, a)} & ev.state.client
        helper = ctx.analyzer.target(ctx.module, call) if args else None
        if helper is None or not (
            _answers_tenant_grant(helper)
            or _hands_back_seat(ctx, helper)
            or (_role_in_handed_tenant(ctx, helper) and _tenant_named_by_client(ctx, ep, call, ev))
        ):
            continue
        if paths:
            out |= {p for a in sx.call_args(call) for p in _access_paths(src, a, ev.state.client)}
            continue
        out |= args
        p = call.parent
        while p is not None and p.type in ("await_expression", "parenthesized_expression", "as_expression"):
            p = p.parent
        name = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
        if name is not None and name.type == "identifier":
            out.add(sx.text(src, name))
    return out


def _inline_seat_tenants(ctx: FileContext, events: list[Event], i: int) -> set[str]:
    """Client values naming the tenant in which, before ``events[i]``, the entry point looked up the
    caller's own membership inline and then tested its role (`const me = await Membership.findOne({
    userId: session.user.id, workspaceId })`, `if (!["owner", "admin"].includes(me.role)) return 403`,
    `workspaceId` a route param): that role covers the rows of that tenant only. Empty when the
    operation's own filter names that tenant."""
    src = ctx.src
    ev = events[i]
    out: set[str] = set()
    seat_paths: set[str] = set()  # the values read off those names (`parsedInput.fleetId`)
    for e in events[:i]:
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.state.role:
            continue  # (a role established before this read is not the role it looked up)
        ids: set[str] = set()
        filters = _filter_nodes(e, src)
        for f in filters:
            ids |= identifiers(src, f, into_functions=True)
        if ids & (e.state.session | e.state.fetched):
            tenant = ids & e.state.client
            out |= tenant
            for f in filters:
                for m in sx.find(f, ("member_expression",)):
                    if sx.root_identifier(src, m) in tenant:
                        seat_paths.add(re.sub(r"[\s?!]", "", sx.text(src, m)))
    if out:
        mine: set[str] = set()
        for f in _filter_nodes(ev, src):
            mine |= identifiers(src, f, into_functions=True) | _local_builder_refs(src, ev.node, f)
        if out & mine:
            return set()
        # (the tenant's id split off the input first: `const { fleetId, ...settings } = parsedInput`)
        top = None  # (the outermost function around the operation: the entry point's own body)
        for p in sx.ancestors(ev.node):
            if sx.is_function(p):
                top = p
        if top is not None and seat_paths and seat_paths & set(_destructured_paths(src, top, mine).values()):
            return set()
    return out


def _local_builder_refs(src: bytes, at: Node, f: Node) -> set[str]:
    """The names in the bodies of local functions a filter calls to build its condition (`const
    inOrg = (d: string) => and(eq(t.orgId, orgId), eq(t.domain, d))`, `.where(inOrg(row.domain))`),
    declared in a function around ``at``."""
    called = {
        sx.text(src, c.child_by_field_name("function"))
        for c in sx.find(f, ("call_expression",))
        if (c.child_by_field_name("function") or c).type == "identifier"
    }
    out: set[str] = set()
    if not called:
        return out
    for p in sx.ancestors(at):
        if not sx.is_function(p):
            continue
        for d in sx.find(p, ("variable_declarator",), into_functions=False):
            name, value = d.child_by_field_name("name"), sx.strip_types(d.child_by_field_name("value"))
            if name is None or value is None or sx.text(src, name) not in called or not sx.is_function(value):
                continue
            body = value.child_by_field_name("body")
            out |= identifiers(src, body, into_functions=True) - set(sx.param_names(src, value))
    return out


def _document_saved(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """The record read by ``ev`` is written back as a Mongoose document (`member.role = role; await
    member.save()`, `await doc.deleteOne()`): the read picks the row the write changes."""
    if ev.op is None or ev.op.api != "mongoose":
        return False
    bound = {name for name, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    for call in sx.find(flow.fn.node, ("call_expression",)):
        if call.start_byte <= ev.node.end_byte:
            continue
        callee = sx.callee_name(ctx.src, call).split(".")
        if len(callee) == 2 and callee[1] in _DOCUMENT_WRITES and callee[0] in bound:
            return True
    return False


_DOCUMENT_WRITES = ("save", "deleteOne", "remove", "updateOne")


def _seat_tenant_vetted(ctx: FileContext, flow: Flow, events: list[Event], i: int, tenants: set[str]) -> bool:
    """Before the write ``events[i]`` a read by the same client id loaded the row and an exit tested it
    against the caller's tenant (`const t = await Seat.findById(id); if (t.boardId !== boardId) return`)."""
    src = ctx.src
    ev = events[i]
    ids: set[str] = set()
    for f in _filter_nodes(ev, src):
        ids |= identifiers(src, f, into_functions=True)
    ids &= ev.state.client
    paths = _filter_paths(src, ev)
    for e in events[:i]:
        if e.kind != "db" or e.op is None:
            continue
        picked: set[str] = set()
        for f in _filter_nodes(e, src):
            picked |= identifiers(src, f, into_functions=True)
        if not picked & ids:
            continue
        if not _same_values(paths, {p for f in _filter_nodes(e, src) for p in _access_paths(src, f, ev.state.client)}):
            continue  # `input.meetingId` loaded and tested says nothing of the row `input.motionId` picks
        if e.op.kind == "read" and _tenant_tested_later(ctx, flow, e, tenants, ev.node.start_byte):
            return True
        if e.op.kind == "read" and tenants <= _learnt_from_rows(ctx, flow, e, ev.node.start_byte):
            return True  # (the tenants checked are those the rows the same ids picked live in)
        # (`const q = await Query.findOne({ _id: id, tenantId: workspaceId }); if (!q) return 404`)
        bound = _bound_names(src, e.node)
        if picked & tenants and bound and _exit_on(ctx, flow, bound, e.node.end_byte, ev.node.start_byte):
            return True
    return False


def _same_values(a: set[str], b: set[str]) -> bool:
    """Some client value of ``a`` is one of ``b``, or a part or a whole of it (`input` and `input.id`)."""
    return any(x == y or x.startswith(y + ".") or y.startswith(x + ".") for x in a for y in b)


_SET_TESTS = frozenset({"has", "includes"})


def _kept_in_checked_tenant(ctx: FileContext, flow: Flow, ev: Event, tenants: set[str]) -> bool:
    """The write ``ev`` picks rows by elements of a list kept from the client's only when their ids are
    in a set of ids of rows read in one of ``tenants`` (the tenant whose role was tested): `const
    valid = new Set(rows.filter((r) => r.workspaceId === workspaceId).map((r) => r.id))` (or rows
    read with the tenant in their filter), `for (const u of updates.filter((u) => valid.has(u.id)))`.
    Other client values in the same conjunction (`eq(t.kind, kind)`) only narrow the kept ids."""
    src = ctx.src
    filters = _filter_nodes(ev, src)
    names: set[str] = set()
    for f in filters:
        names |= identifiers(src, f, into_functions=True)
    names &= ev.state.client
    if not names:
        return False
    decls: dict[str, Node] = {}  # (the last declaration before the write)
    for d in sx.find(flow.fn.node, ("variable_declarator",)):
        target, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if (
            target is not None
            and value is not None
            and target.type == "identifier"
            and d.end_byte <= ev.node.start_byte
        ):
            decls[ctx.text(target)] = value
    kept = {n for n in names if _kept_element(ctx, ev, n, decls, tenants)}
    if not kept:
        return False
    if kept == names:
        return True
    for f in filters:
        if any(sx.last_name(sx.callee_name(src, c)) == "or" for c in sx.find(f, ("call_expression",))):
            return False
        if f.type == "object" and ({"OR", "$or"} & set(object_keys(src, f))):
            return False
    return True


def _loop_list(src: bytes, ev: Event, name: str) -> Node | None:
    """The list ``name`` runs over around ``ev``: `for (const name of list)`, `list.map((name) => ...)`."""
    for p in sx.ancestors(ev.node):
        if p.type == "for_in_statement" and name in sx.pattern_names(src, p.child_by_field_name("left")):
            return sx.unwrap(p.child_by_field_name("right"))
        if sx.is_function(p) and name in sx.param_names(src, p):
            call = p.parent.parent if p.parent is not None and p.parent.type == "arguments" else None
            fn = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
            if fn is None or fn.type != "member_expression" or _property(src, fn) not in ("map", "forEach"):
                return None
            return sx.unwrap(fn.child_by_field_name("object"))
    return None


def _kept_element(ctx: FileContext, ev: Event, name: str, decls: dict[str, Node], tenants: set[str]) -> bool:
    """``name`` runs over a list filtered by membership in a set of ids from rows found in ``tenants``
    (`moves.filter((m) => valid.has(m.id))`)."""
    src = ctx.src
    kept = _loop_list(src, ev, name)
    if kept is not None and kept.type == "identifier":
        kept = decls.get(ctx.text(kept))
    callee = (
        sx.strip_types(kept.child_by_field_name("function"))
        if kept is not None and kept.type == "call_expression"
        else None
    )
    if kept is None or callee is None or callee.type != "member_expression" or _property(src, callee) != "filter":
        return False
    test = sx.strip_types(next(iter(sx.call_args(kept)), None))
    if test is None or not sx.is_function(test):
        return False
    item = set(sx.param_names(src, test))
    for call in sx.find(test, ("call_expression",)):
        member = sx.strip_types(call.child_by_field_name("function"))
        if member is None or member.type != "member_expression" or _property(src, member) not in _SET_TESTS:
            continue
        obj = sx.strip_types(member.child_by_field_name("object"))
        args = sx.call_args(call)
        if (
            obj is None
            or obj.type != "identifier"
            or not args
            or sx.root_identifier(src, sx.strip_types(args[0])) not in item
        ):
            continue
        if _ids_in_tenant(ctx, decls.get(ctx.text(obj)), decls, tenants):
            return True
    return False


def _ids_in_tenant(ctx: FileContext, value: Node | None, decls: dict[str, Node], tenants: set[str]) -> bool:
    """``value`` (`new Set(rows.filter((r) => r.workspaceId === workspaceId).map((r) => r.id))`) holds
    fields of rows a read found, kept when their tenant column equals one of ``tenants`` or read with
    one of them in the filter."""
    src = ctx.src
    if value is not None and value.type == "new_expression":
        args = value.child_by_field_name("arguments")
        value = sx.unwrap(args.named_children[0]) if args is not None and args.named_children else None
    tested = False
    while value is not None and value.type == "call_expression":
        member = sx.strip_types(value.child_by_field_name("function"))
        if member is None or member.type != "member_expression" or _property(src, member) not in _ROW_NARROWERS:
            return False
        if _property(src, member) == "filter":
            test = sx.strip_types(next(iter(sx.call_args(value)), None))
            if test is not None and sx.is_function(test) and _tenant_equality(src, test, tenants):
                tested = True
        value = sx.unwrap(member.child_by_field_name("object"))
    if value is None or value.type != "identifier":
        return False
    rows = ctx.text(value)
    read = decls.get(rows)
    if read is None or not _reads_rows(ctx, read):
        return False
    return tested or bool(identifiers(src, read, into_functions=True) & tenants)


def _reads_rows(ctx: FileContext, value: Node) -> bool:
    """``value`` is a database read: a query chain (`tx.select(...).from(t).where(...)`, classified at
    any of its calls) or a project helper that reads."""
    node: Node | None = value
    while node is not None and node.type == "call_expression":
        op = ctx.analyzer.classify(ctx.module, node)
        if op is not None:
            return op.kind == "read"
        fn = sx.strip_types(node.child_by_field_name("function"))
        node = (
            sx.unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
        )
    helper = ctx.analyzer.target(ctx.module, value) if value.type == "call_expression" else None
    return helper is not None and any(o.kind == "read" for o in ctx.analyzer.summary(helper).ops)


def _tenant_equality(src: bytes, test: Node, tenants: set[str]) -> bool:
    """``test`` (`(r) => r.workspaceId === workspaceId`) requires a field of its element to equal a tenant."""
    item = set(sx.param_names(src, test))
    body = test.child_by_field_name("body")
    if body is not None and body.type == "statement_block":
        returned = [
            r.named_children[0] for r in sx.find(body, ("return_statement",), into_functions=False) if r.named_children
        ]
        body = returned[0] if len(returned) == 1 else None
    for part in _conjuncts(src, body):
        if part.type != "binary_expression" or _operator(src, part) not in ("===", "=="):
            continue
        sides = [sx.strip_types(part.child_by_field_name(f)) for f in ("left", "right")]
        for mine, other in (sides, sides[::-1]):
            if (
                mine is not None
                and other is not None
                and mine.type == "member_expression"
                and sx.root_identifier(src, mine) in item
                and other.type == "identifier"
                and sx.text(src, other) in tenants
            ):
                return True
    return False


def _conjuncts(src: bytes, node: Node | None) -> list[Node]:
    """The operands of a top-level `a && b && c` (unwrapped)."""
    node = sx.unwrap(node)
    if node is None:
        return []
    if node.type == "binary_expression" and _operator(src, node) == "&&":
        return _conjuncts(src, node.child_by_field_name("left")) + _conjuncts(src, node.child_by_field_name("right"))
    return [node]


def _learnt_from_rows(ctx: FileContext, flow: Flow, read: Event, until: int) -> set[str]:
    """Locals computed, before ``until``, from the records ``read`` loaded (`const orgIds = [...new
    Set(rows.map((r) => r.orgId))]`), and the elements of a loop over one (`for (const orgId of orgIds)`):
    the tenants those rows live in, which a role check per element covers."""
    src = ctx.src
    out = {n for n, op in flow.records.items() if op is read.op or op.call.id == read.node.id}
    if not out:
        return out
    for n in sx.find(flow.fn.node, ("variable_declarator", "for_in_statement")):
        if n.start_byte <= read.node.end_byte or n.start_byte >= until:
            continue
        if n.type == "variable_declarator":
            value, target = n.child_by_field_name("value"), n.child_by_field_name("name")
        else:
            value, target = n.child_by_field_name("right"), n.child_by_field_name("left")
        if value is not None and identifiers(src, value, into_functions=True) & out:
            out.update(sx.pattern_names(src, target))
    return out


_SKIP_STATEMENTS = ("continue_statement", "return_statement", "throw_statement")


def _kept_from_scoped_rows(ctx: FileContext, flow: Flow, events: list[Event], i: int, chosen: set[str]) -> bool:
    """Each of ``chosen`` is the element of a loop over a local list (`for (const id of kept)`) that
    only ever received client ids found among rows an authorised read loaded (`const hit =
    rows.find((r) => r.id === id); if (!hit) continue; kept.push(id)`, `rows` read in the tenant
    whose role was tested): the ids were filtered against rows the caller may act on."""
    src = ctx.src
    ev = events[i]
    fn = flow.fn.node
    allowed: set[str] = set()  # records bound to reads made with a role or ownership proven, in scope
    for j, e in enumerate(events[:i]):
        if e.kind != "db" or e.op is None or e.op.kind != "read" or not (e.state.role or e.state.owner):
            continue
        if _inline_seat_tenants(ctx, events, j) or not _filter_nodes(e, src):
            continue  # (a role in one tenant, the rows of another)
        allowed |= {n for n, op in flow.records.items() if op is e.op or op.call.id == e.node.id}
    if not allowed or not chosen:
        return False
    for name in chosen:
        loop = next(
            (
                p
                for p in sx.ancestors(ev.node)
                if p.type == "for_in_statement" and name in sx.pattern_names(src, p.child_by_field_name("left"))
            ),
            None,
        )
        right = sx.strip_types(loop.child_by_field_name("right")) if loop is not None else None
        if right is None or right.type != "identifier":
            return False
        kept = ctx.text(right)
        pushes = [
            c
            for c in sx.find(fn, ("call_expression",))
            if sx.callee_name(src, c) == kept + ".push" and c.end_byte <= loop.start_byte  # type: ignore[union-attr]
        ]
        if not pushes or not all(_found_before_push(ctx, fn, c, allowed) for c in pushes):
            return False
    return True


def _ids_of_vetted_reads(ctx: FileContext, flow: Flow, events: list[Event], i: int, chosen: set[str]) -> bool:
    """Each of ``chosen`` is made only from rows an earlier read loaded by ids the code vetted (`const
    unseen = notes.filter((n) => !n.seenAt).map((n) => n.id)`, `notes` read by a `patientId` that
    `requirePatientAccess(patientId)` checked): the server's own rows picked the ids, not the client."""
    src = ctx.src
    fn = flow.fn.node
    vetted: dict[int, bool] = {}
    for name in chosen:
        decls = [d for d in _declarators(ctx, fn) if sx.text(src, d.child_by_field_name("name")) == name]
        value = decls[0].child_by_field_name("value") if len(decls) == 1 else None
        if value is None or decls[0].start_byte >= events[i].node.start_byte:
            return False
        if any(
            sx.text(src, a.child_by_field_name("left")) == name
            for a in sx.find(fn, ("assignment_expression", "augmented_assignment_expression"))
        ):
            return False  # (given something else later)
        refs = identifiers(src, value)  # (not into the callbacks: `(n) => n.id` reads a row's own)
        rows = refs & set(flow.records)
        if not rows or refs - rows - {"undefined", "null"}:
            return False
        for row in rows:
            op = flow.records[row]
            j = next((k for k, e in enumerate(events[:i]) if e.kind == "db" and e.op is op), None)
            if j is None:
                return False
            if j not in vetted:
                vetted[j] = _read_vetted(ctx, flow, events, j)
            if not vetted[j]:
                return False
    return bool(chosen)


def _read_vetted(ctx: FileContext, flow: Flow, events: list[Event], j: int) -> bool:
    """The read ``events[j]`` picks its rows by the session, or by client ids checked before it."""
    src = ctx.src
    e = events[j]
    if e.op is None or e.op.kind != "read" or e.op.api == "helper":
        return False
    if session_constrained(src, e):
        return True
    filters = _filter_nodes(e, src)
    picked = client_refs(src, e, filters) - set(flow.records) - {"req", "request"}
    if not filters or not picked:
        return False
    if (e.state.owner or _verdict_exit_before(ctx, flow, events, j)) and not _owner_check_of_other_ids(
        ctx, flow, flow.fn.node, e
    ):
        return True  # (`if (board.ownerId !== me.id) throw` about the id that picks the rows)
    return (
        _vetted_before(ctx, flow, e, picked)
        or _matched_by_scoped_lookup(ctx, flow, events, j, picked, vetted=True)
        or any(_asserted_before(ctx, flow, e, f, picked) for f in filters)
    )


_MEMBER_SEARCHES = frozenset({"find", "some", "findLast"})
_CLIENT_METHODS = frozenset({"from", "rpc", "query", "execute", "selectFrom", "collection"})


def _db_clients(ctx: FileContext, fn: Node) -> set[str]:
    """The locals ``fn`` queries through (`supabase.from(...)`, `sb.rpc(...)`): a client made with the
    caller's cookies is session-derived, but it names nobody."""
    out: set[str] = set()
    for c in sx.find(fn, ("call_expression",)):
        callee = c.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            continue
        if sx.text(ctx.src, callee.child_by_field_name("property")) in _CLIENT_METHODS:
            root = sx.root_identifier(ctx.src, callee.child_by_field_name("object"))
            if root is not None:
                out.add(root)
    return out


def _found_among_callers_rows(ctx: FileContext, flow: Flow, ev: Event, chosen: set[str]) -> bool:
    """Each of ``chosen`` was searched for among the rows a lookup made with the session user
    answered, and the request stops when it is not there: `const { data: mine } = await
    supabase.rpc("accessible_tasks", { p_user_id: user.id })`, `const hit = (mine ?? []).find((t) =>
    t.task_id === taskId)`, `if (!hit) return 404` (load-then-check: only ids the caller may reach
    get past)."""
    src = ctx.src
    sessionish = ev.state.session | ev.state.fetched
    if not sessionish or not chosen:
        return False
    fn = flow.fn.node
    decls = [d for d in _declarators(ctx, fn) if d.end_byte <= ev.node.start_byte]
    users = sessionish - _db_clients(ctx, fn)
    # locals holding the answer of a call handed the session user (`p_user_id: user.id`)
    callers_rows: set[str] = set()
    for d in decls:
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        if any(identifiers(src, a, into_functions=True) & users for a in sx.call_args(value)):
            callers_rows.update(sx.pattern_names(src, d.child_by_field_name("name")))
    if not callers_rows:
        return False
    found: set[str] = set()
    for d in decls:
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        callee = value.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            continue
        if sx.text(src, callee.child_by_field_name("property")) not in _MEMBER_SEARCHES:
            continue
        if not identifiers(src, callee.child_by_field_name("object"), into_functions=True) & callers_rows:
            continue
        args = sx.call_args(value)
        test = sx.unwrap(args[0]) if args else None
        if test is None or test.type not in ("arrow_function", "function_expression"):
            continue
        # the element's field equal to the chosen id (`(t) => t.task_id === taskId`)
        matched = {
            sx.text(src, side)
            for cmp in sx.find(test, ("binary_expression",))
            if _operator(src, cmp) in ("===", "==")
            for side in (cmp.child_by_field_name("left"), cmp.child_by_field_name("right"))
            if side is not None and side.type == "identifier"
        } & chosen
        if not matched:
            continue
        hits = set(sx.pattern_names(src, d.child_by_field_name("name")))
        for stmt in _exiting_ifs(ctx, fn):
            if not (d.end_byte <= stmt.start_byte and stmt.end_byte <= ev.node.start_byte):
                continue
            if stmt.parent is None or not sx.contains(stmt.parent, ev.node):
                continue
            cond = stmt.child_by_field_name("condition")
            if cond is not None and any(_absence_test(src, part, h) for part in sx.disjuncts(src, cond) for h in hits):
                found |= matched
                break
    return chosen <= found


_ROW_NARROWERS = frozenset({"filter", "slice", "map", "flatMap"})


def _picked_from_guarded_tenant_rows(
    ctx: FileContext, flow: Flow, events: list[Event], i: int, chosen: set[str]
) -> bool:
    """Each of ``chosen`` holds rows (or a `.filter`/`.slice`/`.map` of them) an earlier read found with
    a client tenant in its filter that a project guard was handed first, one that signs the caller in
    and throws unless the caller holds a role there (`await requirePermission(orgId, [...])`, then
    `findMany({ where: { id: { in: ids }, organizationId: orgId } })`, then `deleteMany` of
    `kept.map((r) => r.id)`): the ids were found inside the tenant the caller was checked in."""
    src = ctx.src
    fn = flow.fn.node
    az = ctx.analyzer
    allowed: set[str] = set()
    for e in events[:i]:
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.op.api == "helper":
            continue
        if not (e.state.role or e.state.owner):
            continue
        tenants = set()
        for f in _filter_nodes(e, src):
            tenants |= identifiers(src, f, into_functions=True) & e.state.client
        guarded: set[str] = set()
        for call in sx.find(fn, ("call_expression",)):
            if call.start_byte >= e.node.start_byte:
                break
            if call.end_byte > e.node.start_byte:
                continue  # (a wrapper's call holding the read: `withRecovery(async () => { ... })`)
            target = az.target(ctx.module, call)
            if (
                target is None
                or not sx.awaited_directly(call)
                or not _statement_level_call(call)
                or not _dominates(call, e.node)
            ):
                continue
            summary = az.summary(target)
            if summary.enforces_auth and (summary.role or summary.owner):
                for a in sx.call_args(call):
                    guarded |= identifiers(src, a, into_functions=True)
        if tenants & guarded:
            allowed |= {n for n, op in flow.records.items() if op is e.op or op.call.id == e.node.id}
            allowed |= _bound_names(src, e.node)  # (also inside a wrapper's callback)
    if not allowed or not chosen:
        return False
    for name in chosen:
        if name in allowed:
            continue
        value = None
        for n in sx.find(fn, ("variable_declarator",)):
            if sx.text(src, n.child_by_field_name("name")) == name:
                value = sx.strip_types(n.child_by_field_name("value"))
                break
        callee = (
            sx.strip_types(value.child_by_field_name("function"))
            if value is not None and value.type == "call_expression"
            else None
        )
        if callee is None or callee.type != "member_expression" or _property(src, callee) not in _ROW_NARROWERS:
            return False
        if sx.root_identifier(src, sx.strip_types(callee.child_by_field_name("object"))) not in allowed:
            return False
    return True


def _statement_level_call(call: Node) -> bool:
    p = call.parent
    while p is not None and (p.type == "await_expression" or p.type in sx.TRANSPARENT):
        p = p.parent
    return p is not None and p.type in ("expression_statement", "variable_declarator")


def _found_before_push(ctx: FileContext, fn: Node, push: Node, allowed: set[str]) -> bool:
    """`if (!hit) continue;` earlier in the block of the statement holding ``push`` (`kept.push(id)`),
    `hit` bound to `rows.find((r) => r.id === id)` over one of the ``allowed`` records."""
    src = ctx.src
    args = [sx.strip_types(a) for a in sx.call_args(push)]
    if len(args) != 1 or args[0] is None or args[0].type != "identifier":
        return False
    value = ctx.text(args[0])
    stmt = push
    while stmt.parent is not None and stmt.parent.type != "statement_block":
        stmt = stmt.parent
    block = stmt.parent
    if block is None:
        return False
    found: set[str] = set()
    for s in sx.statements(block):
        if s.start_byte >= stmt.start_byte:
            break
        for d in sx.find(s, ("variable_declarator",), into_functions=False):
            call = sx.unwrap(d.child_by_field_name("value"))
            name = d.child_by_field_name("name")
            if call is None or call.type != "call_expression" or name is None or name.type != "identifier":
                continue
            callee = sx.callee_name(src, call)
            if not callee.endswith(".find") or callee[:-5] not in allowed:
                continue
            cb = sx.strip_types(next(iter(sx.call_args(call)), None))
            if cb is not None and sx.is_function(cb) and value in identifiers(src, cb):
                found.add(ctx.text(name))
        if s.type == "if_statement":
            cons = sx.statements(s.child_by_field_name("consequence"))
            cond = s.child_by_field_name("condition")
            if (
                cond is not None
                and cons
                and cons[-1].type in _SKIP_STATEMENTS
                and any(_absence_test(src, cond, f) for f in found)
            ):
                return True
    return False


def _exit_on(ctx: FileContext, flow: Flow, names: set[str], start: int, end: int) -> bool:
    """An exiting `if` between ``start`` and ``end`` tests one of ``names``."""
    for s in _exiting_ifs(ctx, flow.fn.node):
        if start < s.start_byte < end and identifiers(ctx.src, s.child_by_field_name("condition")) & names:
            return True
    return False


def _tenant_tested_later(ctx: FileContext, flow: Flow, ev: Event, tenants: set[str], until: int = -1) -> bool:
    """A later exit tests the record read by ``ev`` against the caller's tenant or account
    (`if (target.workspaceId.toString() !== workspaceId) return 404`), not only its other fields
    (`if (target.role === "owner")`)."""
    bound = {n for n, op in flow.records.items() if op is ev.op or op.call.id == ev.node.id}
    if not bound and ev.op is not None and ev.op.chain is not None:
        bound = _bound_names(ctx.src, ev.op.chain)  # (read inside a callback: `db.transaction(async (tx) => ...)`)
    own = tenants | ev.state.session | ev.state.fetched
    for s in _exiting_ifs(ctx, flow.fn.node):
        if s.start_byte <= ev.node.end_byte or 0 <= until <= s.start_byte:
            continue
        for part in sx.disjuncts(ctx.src, s.child_by_field_name("condition")):
            names = identifiers(ctx.src, part)
            if names & bound and names & own:
                return True
    return False


def _bound_to_read(ctx: FileContext, fn: Function, name: str) -> bool:
    """``name`` is declared in ``fn`` from a database read (`const seat = await db.membership.findFirst(...)`)."""
    src = fn.module.src
    for d in sx.find(fn.node, ("variable_declarator",)):
        target = d.child_by_field_name("name")
        value = sx.unwrap(d.child_by_field_name("value"))
        if target is None or name not in sx.pattern_names(src, target) or value is None:
            continue
        if value.type == "call_expression":
            op = ctx.analyzer.classify(fn.module, value)
            if op is not None and op.kind == "read":
                return True
            # a project helper that reads it (`await getMembership(userId)`)
            helper = ctx.analyzer.target(fn.module, value)
            if helper is not None and any(o.kind == "read" for o in ctx.analyzer.summary(helper).ops):
                return True
    return False


_INPUT_KEYS = ("input", "clientInput", "parsedInput")


def _param_key_names(src: bytes, fn: Function, keys: tuple[str, ...]) -> dict[str, str]:
    """Local name -> key for the keys of a handler's object parameter (`({ ctx, input: data })`)."""
    out: dict[str, str] = {}
    for p in fn.param_nodes()[:1]:
        pattern = p.child_by_field_name("pattern") if p.type in ("required_parameter", "optional_parameter") else p
        for c in pattern.named_children if pattern is not None and pattern.type == "object_pattern" else []:
            if c.type == "shorthand_property_identifier_pattern" and sx.text(src, c) in keys:
                out[sx.text(src, c)] = sx.text(src, c)
            elif c.type == "pair_pattern":
                key, value = sx.text(src, c.child_by_field_name("key")), c.child_by_field_name("value")
                if key in keys and value is not None and value.type == "identifier":
                    out[sx.text(src, value)] = key
    return out


def _procedure_vetted_keys(ctx: FileContext, ep: EntryPoint) -> frozenset[str]:
    """Input keys a zsa procedure (or safe-action middleware) the action is built on proves the caller
    owns before the action runs: its handler asks a project lookup scoped by the session user about
    `input.boardId` and throws on no answer (`const owned = await findOwnedBoard(input.boardId,
    ctx.userId); if (!owned) throw ...`), or hands both to a helper that throws unless such a lookup
    finds it. zsa merges the procedure's input with the action's, so the action's `input.boardId` is
    the id vetted. An existence lookup by the id alone, or an answer that stops nothing, vets none."""
    out: set[str] = set()
    for m in ep.middlewares:
        body = m.body
        if body is None or body.type != "statement_block":
            continue
        msrc = m.module.src
        names = _param_key_names(msrc, m, ("ctx", "context", "input", "clientInput"))
        inputs = {n for n, k in names.items() if k in ("input", "clientInput")}
        session = {n for n, k in names.items() if k in ("ctx", "context")}
        if not inputs or not session:
            continue
        stmts = sx.statements(body)
        for i, stmt in enumerate(stmts):
            for call in sx.find(stmt, ("call_expression",), into_functions=False):
                args = sx.call_args(call)
                keys = {
                    path.split(".")[1] for a in args for path in _access_paths(msrc, a, inputs) if path.count(".") == 1
                }
                if not keys or not any(identifiers(msrc, a, into_functions=True) & session for a in args):
                    continue
                if not is_awaited(call):
                    continue
                helper = ctx.analyzer.target(m.module, call)
                if helper is None:
                    continue
                if stmt.type == "expression_statement":
                    guarded = _guarded_params(msrc, call, helper, session)
                    if guarded and _throws_unless_found(ctx, helper, guarded):
                        out |= keys
                    continue
                bound = _bound_names(msrc, call)
                if not bound or not _scoped_lookup_call(ctx, m, call, session):
                    continue
                if any(
                    later.type == "if_statement"
                    and sx.exits(msrc, later.child_by_field_name("consequence")) == "throw"
                    and any(
                        _absence_test(msrc, part, b)
                        for part in sx.disjuncts(msrc, later.child_by_field_name("condition"))
                        for b in bound
                    )
                    for later in stmts[i + 1 :]
                ):
                    out |= keys
    return frozenset(out)


def _vetted_by_procedure(ctx: FileContext, ep: EntryPoint, filters: list[Node], chosen: set[str]) -> set[str]:
    """Those of ``chosen`` that only name ids a procedure vetted (`input.boardId`, `boardId` destructured
    from the input, `const { boardId } = input`); all of them when the query is confined to such an id
    (`and(eq(cards.boardId, boardId), eq(cards.id, cardId))`, also through the rows a loop walks,
    `for (const row of rows) ... eq(cards.boardId, row.boardId)` with `rows` built with `boardId`)."""
    vetted = _procedure_vetted_keys(ctx, ep)
    if not vetted:
        return set()
    src = ctx.src
    inputs = _param_key_names(src, ep.fn, _INPUT_KEYS)
    keyed: dict[str, str] = {}  # local -> input key it holds
    for p in ep.fn.param_nodes()[:1]:
        pattern = p.child_by_field_name("pattern") if p.type in ("required_parameter", "optional_parameter") else p
        for c in pattern.named_children if pattern is not None and pattern.type == "object_pattern" else []:
            value = c.child_by_field_name("value") if c.type == "pair_pattern" else None
            if value is not None and sx.text(src, c.child_by_field_name("key")) in _INPUT_KEYS:
                keyed.update(_destructured_keys(src, value))
    for d in _declarators(ctx, ep.fn.node):
        value = sx.unwrap(d.child_by_field_name("value"))
        target = d.child_by_field_name("name")
        if value is None or target is None:
            continue
        if value.type == "identifier" and sx.text(src, value) in inputs:
            keyed.update(_destructured_keys(src, target))
        elif value.type == "member_expression" and target.type == "identifier":
            obj = value.child_by_field_name("object")
            if obj is not None and obj.type == "identifier" and sx.text(src, obj) in inputs:
                keyed[sx.text(src, target)] = sx.text(src, value.child_by_field_name("property"))
    held = {n for n, k in keyed.items() if k in vetted} | {f"{i}.{k}" for i in inputs for k in vetted}
    if _confined_to(ctx, ep.fn.node, filters, held):
        return set(chosen)
    out: set[str] = set()
    for name in chosen:
        paths = {p for f in filters for p in _access_paths(src, f, {name})}
        if paths and paths <= held:
            out.add(name)
    return out


_DISJUNCTION = re.compile(r"\bor\(|\|\||\$or\b|\bOR\b")


def _confined_to(ctx: FileContext, fn: Node, filters: list[Node], held: set[str]) -> bool:
    """A filter with no disjunction that names one of ``held`` (an id the caller was proven to own),
    directly or as a field of the rows a `for...of` walks whose every row was built with it."""
    src = ctx.src
    if not held or not filters or any(_DISJUNCTION.search(ctx.text(f)) for f in filters):
        return False
    for f in filters:
        for n in sx.walk(f, into_functions=True):
            if n.type in ("identifier", "shorthand_property_identifier") and ctx.text(n) in held:
                return True
            if n.type != "member_expression":
                continue
            path = re.sub(r"[\s?!]", "", ctx.text(n))
            if path in held:
                return True
            obj = n.child_by_field_name("object")
            walked = _walked_by(ctx, n, ctx.text(obj)) if obj is not None and obj.type == "identifier" else None
            if walked is None:
                continue
            rows = _rows_written(ctx, fn, walked)
            key = ctx.text(n.child_by_field_name("property"))
            values = [object_keys(src, r).get(key) for r in rows if r.type == "object"]
            if (
                rows
                and len(values) == len(rows)
                and all(v is not None and re.sub(r"[\s?!]", "", ctx.text(v)) in held for v in values)
            ):
                return True
    return False


def _walked_by(ctx: FileContext, node: Node, name: str) -> Node | None:
    """The local a `for (const <name> of rows)` around ``node`` walks (`rows`), if any."""
    for loop in sx.ancestors(node):
        if loop.type != "for_in_statement":
            continue
        left, right = loop.child_by_field_name("left"), sx.strip_types(loop.child_by_field_name("right"))
        if left is not None and left.type == "identifier" and ctx.text(left) == name:
            return right if right is not None and right.type == "identifier" else None
    return None


def _destructured_keys(src: bytes, pattern: Node) -> dict[str, str]:
    """Local -> key of an object pattern (`{ boardId, title: name }`)."""
    out: dict[str, str] = {}
    if pattern.type != "object_pattern":
        return out
    for c in pattern.named_children:
        if c.type == "shorthand_property_identifier_pattern":
            out[sx.text(src, c)] = sx.text(src, c)
        elif c.type == "pair_pattern":
            value = c.child_by_field_name("value")
            if value is not None and value.type == "identifier":
                out[sx.text(src, value)] = sx.text(src, c.child_by_field_name("key"))
    return out


_PROFILE_ROWS = re.compile(r"(?i)(profile|card)s?$|^(users?|authors?|members?)$")


def _public_card_read(ctx: FileContext, op: DbOp) -> bool:
    """A read that picks by name only the fields a public profile card shows (`select: { stageName:
    true, bio: true }`, a mongoose projection `{ stageName: 1, bio: 1, _id: 0 }`): nothing private
    of the row leaves the database, whose ever it is. A relation or `include` brings more. Only a
    profile's row (`ArtistProfile`, `user`): an organisation's customers by name are its own list."""
    if not _PROFILE_ROWS.search(op.model or ""):
        return False
    if op.api == "kysely":
        return _kysely_card_read(ctx, op)
    if not op.args:
        return False
    if op.api in ("prisma", "drizzle"):
        opts = object_keys(ctx.src, op.args[0])
        if "include" in opts or "with" in opts:
            return False
        picked = opts.get("select") if op.api == "prisma" else opts.get("columns")
    elif op.api == "mongoose" and sx.last_name(sx.callee_name(ctx.src, op.call)) in ("findOne", "findById", "find"):
        call_args = sx.call_args(op.call)  # (the op's `args` hold the filter only)
        picked = call_args[1] if len(call_args) > 1 else None
    else:
        return False
    fields = object_keys(ctx.src, picked) if picked is not None else {}
    shown = {k for k, v in fields.items() if ctx.text(v) in ("true", "1")}
    hidden = {k for k, v in fields.items() if ctx.text(v) in ("false", "0")}
    return bool(shown) and shown | hidden == set(fields) and all(vocab.DISPLAY_FIELD.match(k) for k in shown)


_LABEL_FIELD = re.compile(r"(?i)^(id|name|title|label)$")
# `SELECT d.percent_off FROM discounts d JOIN registrations g ... WHERE g.id = $1 AND d.code = $2`: the select
# list, the table read and its alias, and what follows
_SQL_SELECT_FROM = re.compile(r"(?is)^\W*select\s+(.*?)\s+from\s+[\"`]?(\w+)[\"`]?\s+(?:as\s+)?(\w+)\b(.*)$")
_SQL_QUALIFIED = re.compile(r"(?i)^(\w+)\.(\w+)(\s+as\s+\w+)?$")
_SQL_TYPED_CODE = r"\.(code|coupon\w*|promo\w*|voucher\w*|discount_?code)\s*=\s*(\$\d+|\?|:\w+)"


def _code_lookup_read(ctx: FileContext, op: DbOp) -> bool:
    """A raw SQL read of a code the caller typed (`... WHERE g.id = $1 AND d.code = $2`) selecting only
    columns of the code's own table, not an owned one (`SELECT d.percent_off FROM discounts d JOIN
    registrations g ...`): the owned row it joins only narrows the match, nothing of it comes back, and the
    code's terms are what its holder already knows."""
    if op.api != "sql" or not op.args:
        return False
    m = _SQL_SELECT_FROM.match(ctx.text(op.args[0]).strip("`'\""))
    if m is None:
        return False
    columns, table, alias, rest = m.groups()
    program = ctx.analyzer.program
    if _owned_model(program, table) or vocab.private_model(table):
        return False
    if not re.search(r"(?i)\b" + re.escape(alias) + _SQL_TYPED_CODE, rest):
        return False
    picked = [_SQL_QUALIFIED.match(c.strip()) for c in columns.split(",")]
    return all(p is not None and p.group(1) == alias and not vocab.SENSITIVE_FIELD.search(p.group(2)) for p in picked)


def _label_read(ctx: FileContext, op: DbOp) -> bool:
    """A Prisma read of a thing's label only (`vehicle.findUnique({ where: { id }, select: { name: true
    } })`, a page heading): of a model not named for anyone's data, its name says nothing private (a
    model a tenant owns, or the schema files under one, is that tenant's, its title included: one member's
    truck is named for a page heading, another team's board is not shown to this one)."""
    model = op.model or ""
    if op.api != "prisma" or not op.args or vocab.private_model(model) or _PROFILE_ROWS.search(model):
        return False
    key = model.lower()
    tenants = _tenant_models(ctx.analyzer.program) | _filed_under_tenant(ctx.analyzer.program)
    if tenancy.tenant_filed(ctx.analyzer.program, model) or bool({key, key + "s", key.removesuffix("s")} & tenants):
        return False
    opts = object_keys(ctx.src, op.args[0])
    picked = opts.get("select")
    fields = object_keys(ctx.src, picked) if picked is not None else {}
    return bool(fields) and all(_LABEL_FIELD.match(k) and ctx.text(v) == "true" for k, v in fields.items())


def _kysely_card_read(ctx: FileContext, op: DbOp) -> bool:
    """Kysely `selectFrom("users").where("username", "=", name).select("uuid")` (or `.select(["uuid",
    "fullname"])`): only the columns a card shows, named as literals; `selectAll`, a join or a
    column list built elsewhere brings more."""
    names: list[str] = []
    for call in sx.find(op.chain, ("call_expression",), into_functions=False):
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            continue
        method = ctx.text(fn.child_by_field_name("property"))
        if method in ("selectAll", "innerJoin", "leftJoin", "rightJoin", "fullJoin"):
            return False
        if method != "select":
            continue
        for arg in sx.call_args(call):
            items = arg.named_children if arg.type == "array" else [arg]
            for item in items:
                value = sx.string_value(ctx.src, item)
                if value is None:
                    return False
                names.append(value.rsplit(".", 1)[-1])
    return bool(names) and all(vocab.DISPLAY_FIELD.match(n) for n in names)


def _find_or_create(ctx: FileContext, op: DbOp) -> bool:
    """Prisma `upsert({ where: { email }, create: {...}, update: {}, select: { id: true } })`: an
    existing row the client's value picks is left as it is (the empty `update`), and at most its id is
    read back, which stays on the server: a find-or-create, which changes and reveals no one's data."""
    if op.api != "prisma" or op.verb != "upsert" or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    update = sx.strip_types(opts.get("update"))
    if update is None or update.type != "object" or update.named_children:
        return False
    select = sx.strip_types(opts.get("select"))
    if "include" in opts or (select is not None and select.type != "object"):
        return False
    # (the value the row was found by, read back, is the client's own: `where: { email }`, `email: true`)
    asked = set(object_keys(ctx.src, opts["where"])) if "where" in opts else set()
    return select is None or all(_ID_KEY.search(k) or k == "id" or k in asked for k in object_keys(ctx.src, select))


_COUNT_VERBS = frozenset({"count"})


def _counter_bumps_only(src: bytes, data: Node | None, tallies: frozenset[str] = frozenset()) -> bool:
    """`{ replyCount: { increment: 1 } }`: every field written moves a counter by a constant (or is
    a tally the server worked out, ``tallies``: `rating: _avg.stars` of `const { _avg } = await
    review.aggregate(...)`)."""
    data = sx.unwrap(data)
    if data is None or data.type != "object" or not data.named_children:
        return False
    for pair in data.named_children:
        if pair.type == "comment":
            continue
        value = sx.unwrap(pair.child_by_field_name("value")) if pair.type == "pair" else None
        if value is not None and _tally_value(src, value, tallies):
            continue
        if value is not None and _sql_counter_step(src, pair, value):
            continue
        fields = [c for c in value.named_children if c.type != "comment"] if value is not None else []
        if value is None or value.type != "object" or len(fields) != 1:
            return False
        inner = fields[0]
        step = sx.unwrap(inner.child_by_field_name("value")) if inner.type == "pair" else None
        key = sx.text(src, inner.child_by_field_name("key")).strip("'\"") if inner.type == "pair" else ""
        if key not in ("increment", "decrement") or not _bounded_step(src, step):
            return False
    return True


# drizzle's counter step in SQL: `${t.likeCount} + 1`, `GREATEST(${t.likeCount} - 1, 0)`
_SQL_COUNTER_STEP = re.compile(r"(?i)^\s*(greatest\s*\(\s*)?\x00\s*[-+]\s*\d+\s*(?(1),\s*0\s*\)\s*)$")


def _sql_counter_step(src: bytes, pair: Node, value: Node) -> bool:
    """`likeCount: sql`${theme.likeCount} + 1``: the column moved by a constant from its own value."""
    if value.type != "call_expression" or sx.callee_name(src, value) != "sql":
        return False
    tmpl = value.child_by_field_name("arguments")
    if tmpl is None or tmpl.type != "template_string":
        return False
    key = sx.text(src, pair.child_by_field_name("key")).strip("'\"")
    pieces: list[str] = []
    for child in tmpl.children:
        if child.type == "template_substitution":
            inner = sx.unwrap(child.named_children[0]) if child.named_children else None
            prop = (
                inner.child_by_field_name("property")
                if inner is not None and inner.type == "member_expression"
                else None
            )
            if prop is None or sx.text(src, prop) != key:
                return False  # (only the column itself: `${t.likeCount}`)
            pieces.append("\x00")
        elif child.type not in ("`",):
            pieces.append(sx.text(src, child))
    return "".join(pieces).count("\x00") == 1 and _SQL_COUNTER_STEP.match("".join(pieces)) is not None


def _bounded_step(src: bytes, step: Node | None) -> bool:
    """A counter's step the caller cannot size: a number, or one picked from numbers by the server's own
    facts (`1 + Number(!!previousVote)`, `earlier ? 2 : 1`): sums, a flag turned into 0 or 1, a choice."""
    step = sx.unwrap(step)
    if step is None:
        return False
    if step.type == "number":
        return True
    if step.type == "binary_expression":
        op = sx.text(src, step.child_by_field_name("operator"))
        return op in ("+", "-", "*") and all(_bounded_step(src, step.child_by_field_name(f)) for f in ("left", "right"))
    if step.type == "ternary_expression":
        return _bounded_step(src, step.child_by_field_name("consequence")) and _bounded_step(
            src, step.child_by_field_name("alternative")
        )
    if step.type == "call_expression" and sx.callee_name(src, step) == "Number":
        args = sx.call_args(step)
        flag = sx.unwrap(args[0]) if len(args) == 1 else None
        return flag is not None and flag.type == "unary_expression" and sx.text(src, flag).startswith("!")
    return False


def _objects_given(ctx: FileContext, fn: Node, name: str) -> list[Node]:
    """The object literals the local ``name`` is given in ``fn`` (`const t = {...}`, or `t = {...}` in
    each branch of an `if` after `let t`)."""
    out: list[Node] = []
    for n in sx.find(fn, ("variable_declarator", "assignment_expression"), into_functions=False):
        target = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
        value = sx.unwrap(n.child_by_field_name("value" if n.type == "variable_declarator" else "right"))
        if target is not None and ctx.text(target) == name and value is not None and value.type == "object":
            out.append(value)
    return out


_TALLY_CALLS = frozenset({"aggregate", "count", "groupBy"})
# drizzle's aggregate columns: `db.select({ n: count() }).from(t)`
_SQL_AGGREGATES = frozenset({"count", "countDistinct", "sum", "avg", "min", "max"})


def _tally_value(src: bytes, value: Node | None, tallies: frozenset[str] | set[str]) -> bool:
    """A value the server worked out from its tallies and constants: `n`, `rows[0].n - 1`, `_avg.stars`."""
    value = sx.unwrap(value)
    if value is None:
        return False
    if value.type in ("identifier", "member_expression", "subscript_expression"):
        return sx.root_identifier(src, value) in tallies
    if value.type == "binary_expression" and sx.text(src, value.child_by_field_name("operator")) in ("+", "-"):
        # (a tally moved by a constant, `rows[0].n - 1`: one side a tally, the other a tally or a number)
        sides = [sx.unwrap(value.child_by_field_name(f)) for f in ("left", "right")]
        tallied = [_tally_value(src, side, tallies) for side in sides]
        return any(tallied) and all(
            t or (side is not None and side.type == "number") for t, side in zip(tallied, sides, strict=True)
        )
    return False


def _drizzle_tally(src: bytes, value: Node) -> bool:
    """`db.select({ n: count() }).from(likes).where(...)`: every column picked is an aggregate."""
    for call in sx.find(value, ("call_expression",), into_functions=False):
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression" or sx.text(src, fn.child_by_field_name("property")) != "select":
            continue
        args = sx.call_args(call)
        picked = sx.unwrap(args[0]) if len(args) == 1 else None
        if picked is None or picked.type != "object" or not picked.named_children:
            return False
        return all(
            p.type == "pair"
            and (v := sx.unwrap(p.child_by_field_name("value"))) is not None
            and v.type == "call_expression"
            and sx.last_name(sx.callee_name(src, v)) in _SQL_AGGREGATES
            for p in picked.named_children
            if p.type != "comment"
        )
    return False


def _tallies(ctx: FileContext, at: Node) -> frozenset[str]:
    """Locals of the function around ``at`` bound to a Prisma or drizzle tally (`const { _avg } = await
    tx.review.aggregate(...)`, `const n = await db.like.count(...)`, `const [{ n }] = await
    db.select({ n: count() }).from(likes)`), or worked out from one (`const left = rows[0].n - 1`)."""
    fn = sx.enclosing_function(at)
    if fn is None:
        return frozenset()
    out: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None:
            continue
        if (
            (value.type == "call_expression" and sx.last_name(sx.callee_name(ctx.src, value)) in _TALLY_CALLS)
            or _drizzle_tally(ctx.src, value)
            or (value.type == "binary_expression" and _tally_value(ctx.src, value, out))
        ):
            out.update(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    return frozenset(out)


# writes that file a row of the caller's (an upsert's `create` and `update` both name the parent it sits under)
_FILINGS = frozenset({"create", "upsert"})


def _copied_values(src: bytes, data: Node | None) -> set[str]:
    """The values of `{ currentBid: amount, lastBidAt: at }` (plain names or fields) when that is all the
    object writes, into no id, owner or privileged column: the summary a parent keeps of a row filed under
    it. Empty otherwise."""
    data = sx.unwrap(data)
    if data is None or data.type != "object" or not data.named_children:
        return set()
    out: set[str] = set()
    for pair in data.named_children:
        if pair.type == "comment":
            continue
        value: Node | None = pair
        if pair.type == "shorthand_property_identifier":
            key = sx.text(src, pair)
        elif pair.type == "pair":
            key = sx.text(src, pair.child_by_field_name("key")).strip("'\"")
            value = sx.unwrap(pair.child_by_field_name("value"))
        else:
            return set()
        if value is None or value.type not in ("identifier", "member_expression", "shorthand_property_identifier"):
            return set()
        if re.search(r"(?:^id|Id|ID|_id)$", key) or key in vocab.OWNER_FIELDS or key in vocab.PRIVILEGED_FIELDS:
            return set()
        out.add(sx.text(src, value))
    return out


def _given_values(src: bytes, data: list[Node]) -> set[str]:
    """The value texts a new row's literal gives its fields (`amount` of `{ lotId, amount }`)."""
    out: set[str] = set()
    for given in data:
        d = sx.unwrap(given)
        for pair in d.named_children if d is not None and d.type == "object" else ():
            if pair.type == "shorthand_property_identifier":
                out.add(sx.text(src, pair))
            elif pair.type == "pair" and (value := pair.child_by_field_name("value")) is not None:
                out.add(sx.text(src, value))
    return out


def _tally_of_own_filings(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """A Prisma count of rows, or a bump of a counter on the parent row, whose only client choice is
    the parent id under which the same entry point files a new row of its caller's (`reply.create({
    data: { threadId, authorId: session.user.id } })` then `thread.update({ where: { id: threadId },
    data: { replyCount: { increment: 1 } } })`, or `like.count({ where: { postId } })` beside
    `like.create({ data: { userId, postId } })`): the tally of what the caller may add there anyway."""
    op = ev.op
    if op is None or op.api not in ("prisma", "drizzle", "mongoose") or not op.args:
        return False
    src = ctx.src
    mirrored: set[str] = set()
    if op.api == "mongoose":
        if not _mongoose_counter_bump(src, op):
            return False
    elif op.kind == "write":
        if op.verb not in ("update", "updateMany") or len(op.data) != 1:
            return False
        if not _counter_bumps_only(src, op.data[0], _tallies(ctx, ev.node)):
            # (or the parent's copy of the new row's own value: `lots.set({ currentBid: amount })` beside
            # `insert(bids).values({ lotId, buyerId: ctx.user.id, amount })`, the latest bid a lot shows)
            mirrored = _copied_values(src, op.data[0])
            if not mirrored:
                return False
    elif op.verb != "count":
        return False
    picked = client_refs(src, ev, _filter_nodes(ev, src))
    if not picked:
        return False
    for other in flow.events:
        o = other.op
        if other.kind != "db" or o is None or o.kind != "write":
            continue
        if o.api == "drizzle" and o.verb == "delete" and op.kind == "write":
            # (the caller's own row taken out from under the parent, `delete(signups).where(and(eq(s.eventId,
            # eventId), eq(s.userId, session.user.id)))`: the tally follows what the caller may withdraw)
            removed = {n for f in _filter_nodes(other, src) for n in identifiers(src, f)}
            if picked <= removed and removed & other.state.session:
                return True
            continue
        if (
            not (o.api == "prisma" and o.verb in _FILINGS)
            and not (o.api == "drizzle" and o.verb == "insert")
            and not (o.api == "mongoose" and o.verb in _MONGOOSE_FILINGS)
        ):
            continue  # (drizzle: `db.insert(likes).values({ userId, postId })`; mongoose: `Comment.create(...)`)
        if op.kind == "read" and o.model != op.model:
            continue  # (a count: of the very rows filed)
        filed: set[str] = set()
        for given in o.data:
            # (`create({ data: row })` past `const row = { questionId, authorId: session.user.id }`)
            d = sx.unwrap(given)
            home = sx.enclosing_function(d) if d is not None and d.type == "identifier" else None
            built = _local_object(ctx, home, d) if home is not None and d is not None else None
            filed |= identifiers(src, built if built is not None else d)
            # (`data: { ...target, stars }` past `const target = { shop: { connect: { id: shopId } } }`)
            for spread in sx.find(d, ("spread_element",)) if d is not None and d.type == "object" else ():
                local = sx.unwrap(spread.named_children[0]) if spread.named_children else None
                fn = sx.enclosing_function(spread)
                while local is not None and local.type == "identifier" and fn is not None:
                    made = _objects_given(ctx, fn, ctx.text(local))
                    if made:
                        filed |= {n for m in made for n in identifiers(src, m)}
                        break
                    fn = sx.enclosing_function(fn)
        if mirrored and not mirrored <= _given_values(src, o.data):
            continue
        # (filed by a signed-in caller with nobody's id in it, `Comment.create({ ...input })`: the row's own
        # owner is judged on its own; the counter follows whatever may be filed there)
        if picked <= filed and (filed & (other.state.session | other.state.fetched) or other.state.auth in _SIGNED_IN):
            return True
    return False


def _joined_shared_row(ctx: FileContext, ep: EntryPoint, flow: Flow, ev: Event) -> bool:
    """A read of a row with no owner of its own (`events`, no `userId`), picked by the client's id, that the
    same entry point files a row of its caller's under (`insert(attendees).values({ eventId, userId:
    session.user.id })`) or takes the caller's own row out from under (`delete(attendees).where(and(eq(a.eventId,
    eventId), eq(a.userId, session.user.id)))`): joining or leaving something shared, whose row the caller
    reads to join it. A row with an owner column, or named for someone's data, is still judged."""
    op = ev.op
    if op is None or op.kind != "read" or op.api not in ("drizzle", "prisma"):
        return False
    program = ctx.analyzer.program
    model = _imported_table(ep, op.model or "") if op.api == "drizzle" else op.model or ""
    if not model or vocab.private_model(model) or _owned_model(program, model):
        return False
    src = ctx.src
    picked = client_refs(src, ev, _filter_nodes(ev, src))
    if not picked:
        return False
    for other in flow.events:
        o = other.op
        if other.kind != "db" or o is None or o.kind != "write" or o.model == op.model:
            continue
        if o.api == "drizzle" and o.verb == "delete":
            keyed = {n for f in _filter_nodes(other, src) for n in identifiers(src, f)}
        elif (o.api == "drizzle" and o.verb == "insert") or (o.api == "prisma" and o.verb == "create"):
            keyed = {n for d in o.data for n in identifiers(src, d)}
        else:
            continue
        if picked <= keyed and keyed & other.state.session:
            return True
    return False


_SIGNED_IN = frozenset({"throw", "return", "check"})  # how a user's sign-in was proven (not a shared secret)
_MONGOOSE_FILINGS = frozenset({"create", "insertMany"})
_MONGOOSE_BUMPS = frozenset({"findByIdAndUpdate", "findOneAndUpdate", "updateOne"})


def _mongoose_counter_bump(src: bytes, op: DbOp) -> bool:
    """`Post.findByIdAndUpdate(postId, { $inc: { comments: 1 } })`: one document's update that does
    nothing but move counters by a constant (the op's data is what `$inc` holds)."""
    if op.verb not in _MONGOOSE_BUMPS or len(op.data) != 1:
        return False
    bumped = sx.unwrap(op.data[0])
    pair = bumped.parent if bumped is not None else None
    update = pair.parent if pair is not None else None
    if bumped is None or bumped.type != "object" or not bumped.named_children or update is None:
        return False
    if pair is None or pair.type != "pair" or sx.text(src, pair.child_by_field_name("key")).strip("'\"") != "$inc":
        return False
    if len([c for c in update.named_children if c.type != "comment"]) != 1:
        return False  # (`{ $inc: {...}, $set: {...} }`: more than a counter moves)
    return all(
        p.type == "pair" and _bounded_step(src, p.child_by_field_name("value"))
        for p in bumped.named_children
        if p.type != "comment"
    )


# `UPDATE t SET a = a + 1, b = GREATEST(b - 1, 0) WHERE ...`: every column set moves by a constant from its own value
_SQL_TALLY = re.compile(
    r"(?is)^\s*update\s+\w+\s+set\s+((?:\w+\s*=\s*(?:greatest\s*\(\s*)?\w+\s*[-+]\s*\d+(?:\s*,\s*0\s*\))?\s*,?\s*)+)"
    r"\bwhere\b"
)
_SQL_STEP = re.compile(r"(?i)(\w+)\s*=\s*(?:greatest\s*\(\s*)?(\w+)\s*[-+]")


def _sql_tally_beside_own_row(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """A raw SQL counter bump, `UPDATE bands SET followers = followers + 1 WHERE id = ${bandId}`, whose
    only client choice is the id the same entry point files (`INSERT INTO follows (user_id, band_id)
    VALUES (${session.userId}, ${bandId})`) or removes (`DELETE ... WHERE user_id = ${session.userId}
    AND band_id = ${bandId}`) a row of its caller's under: the public tally of what the caller may do
    there anyway (as `_tally_of_own_filings` for Prisma and drizzle)."""
    op = ev.op
    if op is None or op.api != "sql" or op.kind != "write" or ev.node.type != "call_expression":
        return False
    src = ctx.src
    text = sql_text(src, ev.node)
    m = _SQL_TALLY.match(text)
    if m is None or "${" in m.group(1):
        return False
    if any(col.lower() != base.lower() for col, base in _SQL_STEP.findall(m.group(1))):
        return False
    picked = identifiers(src, ev.node.child_by_field_name("arguments")) & ev.state.client
    if not picked:
        return False
    for other in flow.events:
        o = other.op
        if other.kind != "db" or o is None or o.api != "sql" or o.kind != "write" or other.node == ev.node:
            continue
        if other.node.type != "call_expression" or o.verb.upper() not in ("INSERT", "DELETE"):
            continue
        named = identifiers(src, other.node.child_by_field_name("arguments"))
        if picked <= named and named & (other.state.session | other.state.fetched):
            return True
    return False


# `DELETE FROM holds WHERE slot_id = $1 AND day = $2`: the table and the `column = $n` terms of its filter
_SQL_DELETE_WHERE = re.compile(r"(?is)^\s*delete\s+from\s+([\w\".`]+)\s+where\s+(.*?)\s*;?\s*$")
_SQL_EQ_PARAM = re.compile(r"(?is)^\s*([\w\".`]+)\s*=\s*\$(\d+)(\s*::\s*\w+)?\s*$")
_SQL_INSERT_TABLE = re.compile(r"(?is)^\s*insert\s+into\s+([\w\".`]+)")
_SQL_SELECT_WHERE = re.compile(r"(?is)^\s*select\s+.*?\s+from\s+([\w\".`]+)\s+where\s+(.*?)\s*;?\s*$")


def _sql_key_terms(src: bytes, where: str, params: Node) -> dict[str, str] | None:
    """The `column = $n` terms of a WHERE text, each with the parameter's text; None when a term is anything
    else (a range, an `OR`, a subquery) or the parameters are not an array literal."""
    if params.type != "array":
        return None
    values = params.named_children
    terms: dict[str, str] = {}
    for part in re.split(r"(?i)\s+and\s+", where):
        t = _SQL_EQ_PARAM.match(part)
        n = int(t.group(2)) if t is not None else 0
        if t is None or not 0 < n <= len(values):
            return None
        terms[t.group(1).strip('"`').lower()] = sx.text(src, values[n - 1])
    return terms


def _sql_hold_of_own_new_row(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """`DELETE FROM temporary_locks WHERE slot_id = $1 AND booking_date = $2 AND booking_hour = $3` after the
    same entry point filed `INSERT INTO bookings (slot_id, booking_hour, email, booking_date) VALUES ...` with
    the session's own id or e-mail and the very same values under the same columns, once a lookup of the
    booked table by exactly that key found none taken (`SELECT id FROM bookings WHERE slot_id = $1 AND
    booking_date = $2 AND booking_hour = $3`): the caller's checkout hold on what is now their own booking,
    cleared (every term an equality on a parameter, another table than the one filed into; a value the new
    row lacks, or a part of the key, `WHERE day = $1 AND slot = $2`, would reach holds of other people's)."""
    op = ev.op
    if op is None or op.api != "sql" or op.kind != "write" or ev.node.type != "call_expression":
        return False
    src = ctx.src
    m = _SQL_DELETE_WHERE.match(sql_text(src, ev.node))
    args = sx.call_args(ev.node)
    params = sx.unwrap(args[1]) if len(args) > 1 else None
    if m is None or params is None:
        return False
    terms = _sql_key_terms(src, m.group(2), params)
    if terms is None or len(terms) < 2:
        return False
    table = m.group(1).strip('"`').lower()
    checked: set[str] = set()  # the tables looked up by exactly that key before
    for other in flow.events:
        o = other.op
        if (
            other.kind != "db"
            or o is None
            or o.api != "sql"
            or o.kind != "read"
            or other.node.type != "call_expression"
        ):
            continue
        r = _SQL_SELECT_WHERE.match(sql_text(src, other.node))
        oargs = sx.call_args(other.node)
        oparams = sx.unwrap(oargs[1]) if len(oargs) > 1 else None
        if r is not None and oparams is not None and _sql_key_terms(src, r.group(2), oparams) == terms:
            checked.add(r.group(1).strip('"`').lower())
    for other in flow.events:
        o = other.op
        if other.kind != "db" or o is None or o.api != "sql" or other.node.start_byte >= ev.node.start_byte:
            continue
        head = _SQL_INSERT_TABLE.match(sql_text(src, other.node)) if other.node.type == "call_expression" else None
        filed = head.group(1).strip('"`').lower() if head is not None else ""
        if filed == table or filed not in checked:
            continue  # (the rows of the table it files into, or a table whose key it never checked free)
        pairs = {c.lower(): v for c, v in _sql_insert_pairs(ctx, o, casts=True)}
        sessionish = other.state.session | other.state.fetched
        if not any(identifiers(src, v) & sessionish for v in pairs.values()):
            continue  # (a row filed under someone the client names is not the caller's)
        if all(c in pairs and sx.text(src, pairs[c]) == v for c, v in terms.items()):
            return True
    return False


def _before_the_helpers_own_sign_in(ctx: FileContext, ep: EntryPoint, events: list[Event], ev: Event) -> bool:
    """``ev`` is an operation of a project helper (`AuthService.login(email, password)`) that ran before
    the helper signed anyone in, and that helper is the first thing to sign the caller in: the lookup
    finding the account a login checks the password of, made while nobody is signed in (no user to
    scope it by; missing-auth judges such steps)."""
    op = ev.op
    if op is None or op.api != "helper" or op.guarded or ep.initial_state().auth is not None:
        return False
    first = next((e for e in events if e.state.auth is not None), None)
    if first is None or (first.node.start_byte, first.node.end_byte) != (ev.node.start_byte, ev.node.end_byte):
        return False
    # (the sign-in is the helper's own, not one of the caller made just before it)
    target = ctx.analyzer.target(ep.fn.module, ev.node)
    return target is not None and ctx.analyzer.summary(target).enforces_auth


def _picked_in_callers_tenant(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """``ev``'s filter reads the caller's own tenant, or a row the entry point loaded by a tenant column holding it
    (`const garden = await prisma.garden.findFirst({ where: { id, federationId } })`, `federationId` off the
    session, then `where: { gardenId: garden.id, ... }`): kept to the caller's organisation."""
    src = ctx.src
    columns = _TENANT_COLUMNS | tenancy.tenant_columns(ctx.analyzer.program)
    sessionish = ev.state.session | ev.state.fetched
    roots = {n for f in _filter_nodes(ev, src) for n in identifiers(src, f)}
    if roots & sessionish:
        return True  # (`where: { id: orgId }`, or a row the flow found kept to the caller's, `garden.id`)
    for decl in sx.find(ep.fn.node, ("variable_declarator",)):
        if decl.start_byte >= ev.node.start_byte or sx.text(src, decl.child_by_field_name("name")) not in roots:
            continue
        value = decl.child_by_field_name("value")
        if value is None:
            continue
        for pair in sx.find(value, ("pair", "shorthand_property_identifier")):
            if pair.type == "pair":
                key, held = sx.text(src, pair.child_by_field_name("key")), pair.child_by_field_name("value")
            else:
                key, held = sx.text(src, pair), pair
            if key in columns and held is not None and identifiers(src, held) & sessionish:
                return True
    return False


def _shared_with_every_caller(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A drizzle read of a table whose declaration names no owner, and that no query of the project holds to
    the caller, when some entry point of the project lists that table to every signed-in caller (no role or
    owner check, nothing of the session in its filter, no record picked by a client id) and answers them
    (`listSales`): one row of it read by its id, or its rows under such a row by that row's key (a sale's
    lines by `saleId`), shows nothing that list does not. One shop's till, not anyone's own record."""
    op = ev.op
    if op is None or op.api != "drizzle" or not op.model:
        return False
    program = ctx.analyzer.program
    table = _imported_table(ep, op.model).rsplit(".", 1)[-1]
    if _unowned_table(program, table) and _listed_to_every_caller(ctx, table):
        return True
    # (a child row by its parent's key: `eq(saleLines.saleId, saleId)` with `saleId ... references(() => sales.id)`)
    parents = tenancy.drizzle_parents(program).get(table.lower(), {})
    src = ctx.src
    for _column, prop in _client_eq_columns(ev, src):
        parent = parents.get(sx.text(src, prop))
        if (
            parent is not None
            and _unowned_table(program, table)
            and _unowned_table(program, parent)
            and _listed_to_every_caller(ctx, parent)
        ):
            return True
    return False


def _unowned_table(program: Program, table: str) -> bool:
    """A drizzle table that declares no owner or tenant column and that no query of the project holds to the
    caller: whose its rows are, the code never says."""
    columns = tenancy.drizzle_tables(program).get(table.lower())
    return (
        columns is not None
        # (not a person's own row: an account with an address or a password is that person's)
        and not any(_CONTACT.match(c) or _PASSWORD_COLUMN.search(c) for c in columns)
        and not _owned_model(program, table)
        and table.lower() not in drizzle_caller_held_tables(program)
        and not tenancy.assigned_parent_table(program, table)
    )


_PASSWORD_COLUMN = re.compile(r"(?i)password|passwd")


def _listed_to_every_caller(ctx: FileContext, table: str) -> bool:
    memo: dict[str, bool] = tree_fact(ctx.analyzer.program.tree, "listed_to_every_caller", dict)
    if table not in memo:
        memo[table] = False  # (while asked: a list reached from itself lists nothing)
        memo[table] = _reads_listed_to_every_caller(ctx, table)
    return memo[table]


def _reads_listed_to_every_caller(ctx: FileContext, table: str) -> bool:
    """Some entry point of the project (of the first few files naming ``table`` in a `.from(...)`) answers a
    signed-in caller with rows of ``table`` read past no role or owner check, filtered by nothing of the
    session and picking no record by a client id."""
    az = ctx.analyzer
    program = az.program
    needle = f".from({table})".encode()
    for n, (path, _data) in enumerate(project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, needle)):
        if n >= 20:
            break
        mod = program.module(path)
        if mod is None:
            continue
        sub = FileContext(mod, az, ctx.config)
        for ep in sub.entry_points:
            flow = sub.flow(ep)
            for e in flow.events:
                if e.kind != "db" or e.op is None or e.op.kind != "read" or e.op.api != "drizzle":
                    continue
                if (e.op.model or "").rsplit(".", 1)[-1] != table or e.state.auth in (None, "secret"):
                    continue
                if e.state.role or e.state.owner:
                    continue
                refs: set[str] = set()
                for f in _filter_nodes(e, sub.src):
                    refs |= identifiers(sub.src, f, into_functions=True)
                if refs & (e.state.session | e.state.fetched) or refs & e.state.client:
                    continue  # (the caller's own rows, or rows the client picks or searches)
                if _answered(sub, flow, e):
                    return True
    return False


def _imported_table(ep: EntryPoint, model: str) -> str:
    """A drizzle table imported under another name (`clients as clientsTable`): the name the schema
    exports it under (``model`` itself otherwise)."""
    binding = ep.fn.module.imports.get(model)
    return binding.imported if binding is not None and binding.imported not in ("*", "default") else model


def _clerk_role_in_one_tenant(ctx: FileContext, ep: EntryPoint, ev: Event, kept: bool = True) -> bool:
    """The role checked before ``ev`` may be only Clerk's organisation role (`orgRole !== "org:admin"`),
    and ``ev`` reads or changes a tenant's row: its model carries a tenant column, or is filed under one,
    or is the tenant itself (`db.org.update`). That role is a standing in the caller's active organisation
    (pass 31 ruling, narrowed): it covers rows of no tenant (users, sessions: the back office) and rows kept
    to the caller's `orgId`, judged below as without a role; not another organisation's row by a client id.
    ``kept``: a row kept to the caller's organisation is not counted (the role covers it)."""
    op = ev.op
    if op is None or not ev.state.role or not op.model:
        return False
    program = ctx.analyzer.program
    names = {op.model, _imported_table(ep, op.model)}
    # (an organisation's seat at the identity provider is that organisation's row)
    tenant_row = op.api == "clerk" or any(
        name.lower() in _tenant_models(program)
        or name.lower() in _filed_under_tenant(program)
        or name.lower() in _under_tenant(program)
        or tenancy.tenant_filed(program, name)
        or tenancy.root_tenant(program, name)
        or _TENANT_KEY.match(name) is not None
        or _TENANT_KEY.match(name.rstrip("s")) is not None
        for name in names
    )
    if not tenant_row or (kept and _picked_in_callers_tenant(ctx, ep, ev)):
        return False
    return clerk_org_role_gated(ctx.analyzer, ep)


def check(ctx: FileContext) -> Iterator[Finding]:
    src = ctx.src
    for ep in ctx.entry_points:
        reported = False
        flow = ctx.flow(ep)
        events = flow.events
        created: set[str] | None = None  # computed on first need
        tenant_role: bool | None = None  # ditto
        pending_parent: tuple[str, Node, str] | None = None
        # a read reported by a client id leaves the change the same action makes later a site of its own
        read_reported = after_read = False
        # (so does a new row reported under a parent whose check never ran: the change of a record the
        # same id picks is a site of its own, `loan.update({ where: { id: loanId } })` after the repayment)
        dead_parent_reported = False
        filed_owner_model: str | None = None  # (the model of a new row reported for its client-named owner)
        reported_at: Node | None = None  # (the operation reported, while `reported` holds)
        read_ids: set[str] = set()  # (the client values that picked the reads reported)
        for i, ev in enumerate(events):
            if not reported:
                reported_at = None
            elif reported_at is None and i > 0:
                reported_at = events[i - 1].node
            if reported_at is not None and _other_branch(src, reported_at, ev.node, ep.fn.node):
                # (`if (req.method === "POST") { update; return }`, then the GET's read: another request)
                reported = read_reported = after_read = dead_parent_reported = False
                filed_owner_model = None
                reported_at = None
            if not reported and ev.kind == "db" and ev.op is not None and ev.state.auth is None:
                # (no sign-in proven, but the owner written is a caller-sent identity preferred to the
                # session's: `user = providedUser ?? (await getCurrentUser())`, `userId: user.id`)
                # (also who signed or approved it, `signedById: user.userId`: a second finding beside the
                # filter the same identity picks, each on its own line)
                users = owner_columns_of(ctx.analyzer)
                for key, value in _owner_fields(ctx, ep.fn.node, ev, ep) if ev.op.kind == "write" else ():
                    actor = _ACTOR_FIELD.match(key) is not None
                    # (any id key given the signed-in principal's own id by default holds an identity:
                    # `driverId` of `providedDriverId ?? (await requireDriver()).driverId`)
                    principal = _principal_key(ctx, ep, key, value)
                    if (
                        key in vocab.OWNER_FIELDS or key in users or actor or principal
                    ) and _client_identity_over_session(ctx, ep, value, ev.state.client):
                        yield _owner_from_client(ctx, ep, key, value)
                        reported = not actor
                        break
                # (the same identity picking the account a write changes: `where: { id: user.id }`)
                picked = _identity_filter(ctx, ep, ev) if not reported and ev.op.kind == "write" else None
                if picked is not None:
                    yield _unscoped(ctx, ep, ev.node, ev.op, short(ctx.text(picked), 40))
                    reported = True
            if ev.kind != "db" or ev.op is None or ev.state.auth is None:
                continue
            if _before_the_helpers_own_sign_in(ctx, ep, events, ev):
                continue
            captured = _captured_id_check_never_runs(ctx, flow, ep, ev) if not reported else None
            if captured is not None:
                yield _unscoped(ctx, ep, ev.node, ev.op, captured)
                reported = True
                continue
            reopened = dead_parent_reported and ev.op.kind == "write" and ev.op.verb not in _CREATE_VERBS
            # (so does a new row of another model filed under an owner the client named: the change of an
            # existing record picked after it, `activity.update({ where: { id } })` past a `wfhRecord.create({
            # data: { teamId } })`, is another record's finding)
            reopened = reopened or (
                filed_owner_model is not None
                and ev.op.kind == "write"
                and ev.op.verb not in _CREATE_VERBS
                and (ev.op.model or "") != filed_owner_model
            )
            # (so does a later read picked by other client values: `owner` by `customerId`, then the gate code
            # by `codeId`, each another record the caller names)
            other_read = (
                (read_reported or after_read) and ev.op.kind == "read" and _picked_by_other_values(src, ev, read_ids)
            )
            if reported and not (read_reported and ev.op.kind == "write") and not reopened and not other_read:
                continue
            if read_reported or reopened:
                reported = read_reported = dead_parent_reported = False
                filed_owner_model = None
                after_read = True  # (the later writes only, until one of them is reported)
            elif after_read and ev.op.kind != "write" and not other_read:
                continue
            if _clerk_role_in_one_tenant(ctx, ep, ev) or (
                # (nor does it name another member as who did it, `gradedBy` from the form, in its own tenant)
                ev.op.kind == "write"
                and _clerk_role_in_one_tenant(ctx, ep, ev, kept=False)
                and _ACTOR_FIELD.match((_moved_to_client_party(ctx, flow, events, i) or ("", None))[0]) is not None
            ):
                # (judged as before the ruling: the row is kept to the caller's organisation or reported)
                unroled = ev.state.copy()
                unroled.role = False
                ev = replace(ev, state=unroled)
                role_before = True
            else:
                role_before = False
            assert ev.op is not None  # (as checked above; a replaced event keeps its operation)
            op = ev.op
            if op.backfill:
                # `getPost(id)` creating the version row the post it loaded lacks: the loader completing
                # its own row, not the change the caller asks for (that one is judged where it is made)
                continue
            # a role or ownership check covers the operation, but not who a new row is made by
            verdict = _verdict_exit_before(ctx, flow, events, i)
            creates = op.kind == "write" and (
                op.verb in _CREATE_VERBS or bool(_sql_insert_pairs(ctx, op)) or _sql_plain_insert(ctx, op)
            )
            # (a wrapper's test of the caller's role in its own tenant, `withRole([...], fn)`, covers filing a
            # new row in that tenant as an inline role test does; it picks no other tenant's row by a client id)
            filed_by_role = creates and ep.filled_role
            checked = ev.state.role or ev.state.owner or verdict or filed_by_role
            # (a helper that compared the owner of what it read with the caller: the ids it was handed)
            inner_check = (op.api == "helper" and op.owner_checked and ev.state.owner) or op.tenant_scoped
            if op.api == "helper" and op.self_scoped and not creates:
                # (a helper that signed in itself and kept to that session's rows, whoever calls it:
                # `const m = await loadOwned(me.id, id); if (!m) return`, then the change of `id`)
                continue
            if (
                checked
                and not ev.state.role
                and not inner_check
                and _owner_check_of_other_ids(ctx, flow, ep.fn.node, ev)
            ):
                checked = False  # the caller proved it owns a category; the transaction is another id
            if (
                checked
                and ev.state.owner
                and not ev.state.role
                and not verdict
                and _upsert_apart_from_parent(ctx, flow, ev)
            ):
                checked = False  # the new row is filed under the checked parent; the row updated is anyone's
            if (
                checked
                and ev.state.owner
                and not verdict
                and not inner_check
                and _owner_compared_with_client_only(ctx, flow, ep.fn.node, ev)
            ):
                checked = False  # the caller's id matched a value it sent itself, not the row's owner
            # a role in the caller's own tenant says nothing of a row another tenant owns: a change of a
            # row chosen by the client is checked only when scoped to that tenant (or vetted) below
            cross_tenant = False
            if checked and op.kind == "write" and not creates and ev.state.role and not (ev.state.owner or verdict):
                if tenant_role is None:
                    tenant_role = _tenant_role_wrapper(ctx, ep)
                cross_tenant = tenant_role
            if checked and op.kind == "write" and not creates and ev.state.role and not verdict and not cross_tenant:
                # (the same standing asked for inline: its "owner" is of the membership, not of the row;
                # a check of the row's own id is still looked for below)
                cross_tenant = _inline_tenant_role(ctx, ep, ev)
                if cross_tenant and _seat_tenant_vetted(ctx, flow, events, i, _inline_tenant_names(ctx, ep, ev)):
                    cross_tenant = False  # loaded by the same id first and tested against that tenant
                if cross_tenant and _filter_paths(src, ev, ep.fn.node) & _inline_tenant_names(ctx, ep, ev, paths=True):
                    cross_tenant = False  # `where: { id, coopId }`: kept to the tenant whose role was checked
            seat_tenants: set[str] = set()
            if checked and not creates and ev.state.role and not verdict and not cross_tenant:
                # (a membership looked up inline in a tenant the client names, its role tested)
                if op.kind == "write" or (op.api == "mongoose" and _document_saved(ctx, flow, ev)):
                    seat_tenants = _inline_seat_tenants(ctx, events, i)
                if seat_tenants and op.kind == "write" and _seat_tenant_vetted(ctx, flow, events, i, seat_tenants):
                    seat_tenants = set()  # loaded by the same id first and tested against that tenant
                if seat_tenants and op.kind == "write" and _kept_in_checked_tenant(ctx, flow, ev, seat_tenants):
                    seat_tenants = set()  # ids kept only when their rows sit in that tenant
                cross_tenant = bool(seat_tenants)
            if checked and op.kind == "read" and ev.state.role and not (ev.state.owner or verdict):
                # (so is a row read by a client id alone and sent back, or copied into the caller's tenant)
                if tenant_role is None:
                    tenant_role = _tenant_role_wrapper(ctx, ep)
                cross_tenant = tenant_role
            if (
                checked
                and not creates
                and ev.state.role
                and not (verdict or cross_tenant)
                and _picks_client_tenant(ctx, ev)
                and (_session_tenant_role_gate(ctx, ep, events, ev) or _own_tenant_row_role(ctx, events, i))
                and not _platform_gate_before(ctx, ep, ev)
                and not _tenant_compared_before(ctx, ep, ev)
            ):
                # (the role was looked up in the tenant the session holds, `organizationId: session.orgUUID`;
                # the rows picked are of the tenant the client names)
                cross_tenant = True
            if checked and op.kind == "write" and ev.state.role and not verdict:
                moved = _tenant_from_client(ctx, flow, ev)
                if moved is not None and not _platform_gate_before(ctx, ep, ev):
                    yield _owner_from_client(ctx, ep, *moved)
                    reported = True
                    continue
            if checked and op.kind == "write" and not creates and not ev.state.role and not cross_tenant:
                # (the check was of the row changed: who or what it is moved to is another id)
                moved = _moved_to_client_party(ctx, flow, events, i)
                if moved is not None and _ACTOR_FIELD.match(moved[0]):
                    yield _owner_from_client(ctx, ep, *moved)  # (who did it, named by the client)
                    reported = True
                    continue
                if moved is not None:
                    yield ctx.finding(
                        META,
                        "moved_to_client",
                        moved[1],
                        function=ep.fn,
                        endpoint=endpoint(ep),
                        field=moved[0],
                        value=short(ctx.text(moved[1]), 40),
                    )
                    reported = True
                    continue
            if checked and not creates and not cross_tenant:
                continue
            # a webhook/cron verified by a signature or shared secret has no signed-in user to scope by
            # (a `/jobs/` route that reads a user's session is an app's jobs, not a job runner)
            if (ev.state.auth == "secret" and not _link_gated(ctx, ep.fn.node)) or (
                ep.kind in ("route", "pages-api")
                and _MACHINE_ROUTE.search(ep.path)
                and not ev.state.session | ev.state.fetched
                and not _user_gate_before(ctx, ep, ev)
            ):
                continue
            if ctx.config.assume_rls and op.api == "supabase":
                continue
            if _session_guard_before(ctx, flow, ev) and not (creates and _own_tenant_role_asked(ctx, ep, ev)):
                continue  # (a new row's parent is judged below past a role in the caller's own tenant)
            if _find_or_create(ctx, op):
                continue
            # owner id taken from the client (in a write: lookups and checks may filter by any id)
            if op.kind == "write" and _provider_keyed(ctx, ep, ev):
                continue
            users = owner_columns_of(ctx.analyzer)
            owned = list(_owner_fields(ctx, ep.fn.node, ev, ep)) if op.kind == "write" else []
            # (`follows.values({ userId: user.id, teamId })`: the caller's own marker on the team picked)
            marker = creates and _MARKER_TABLE.match(op.model or "") is not None and _filed_by_session(ctx, ev, owned)
            for key, value in owned:
                if not creates and _handed_over(ctx, ep.fn.node, ev, key, value):
                    continue  # `where: { id, ownerId: user.id }, data: { ownerId: next.id }`: a transfer
                if (
                    marker
                    and key not in _USER_OWNER_FIELDS
                    and key not in users
                    and not (key in vocab.TENANT_OWNER_FIELDS and _marker_target_beside(ctx, ev, key, users))
                ):
                    continue  # what the follow points at, not a tenant it is filed under
                # (`userId: providedUserId ?? session.userId` past a membership check only: the row is meant
                # to be the caller's, the session its default; a member of the club may not book as another)
                defaulted = (
                    key in _USER_OWNER_FIELDS
                    and bool(_default_refs(ctx, value, ev.state.client) & (ev.state.session | ev.state.fetched))
                    and (not ev.state.role or _seat_found_only(ctx, ep, ev))
                )
                if (
                    checked
                    and not _AUTHORSHIP.match(key)
                    and not defaulted
                    and not _parent_in_any_tenant(ctx, ep, ev, verdict, key)
                    and (ev.state.role or filed_by_role or not _party_left_unchecked(ctx, ep.fn.node, ev, key, value))
                ):
                    continue  # rights over the parent proven: `userId` may be the member being added
                if (
                    checked
                    and _AUTHORSHIP.match(key)
                    and ev.state.role
                    and not (ev.state.owner or verdict or cross_tenant)
                    and _platform_role(ctx, ep, events, i)
                    and not _filed_in_callers_tenant(ctx, ev)
                ):
                    continue  # a platform-wide role (a console admin) files rows for whomever it picks
                if op.api == "prisma" and op.model and label_column(ctx.analyzer.program, op.model, key):
                    continue  # an end user's label; the row's owner is another relation to `User`
                if addressed_notice(events, ev, key):
                    continue  # who a notice of the entry point's own change is addressed to, not who acts
                refs = identifiers(src, value, into_functions=True)
                if _MIDDLEWARE_AUTH.match(ctx.text(value).lstrip()):
                    continue  # `request.auth.userId`: put on the request by the auth middleware
                from_client = refs & ev.state.client
                # (`String(formData.get("userId") ?? user.id)`: the session's id only a default)
                primary = refs - _default_refs(ctx, value, ev.state.client) if from_client else refs
                own = ev.state.session | ev.state.fetched
                if (
                    from_client & own
                    and key not in vocab.OWNER_FIELDS
                    and key not in users
                    and key not in _TENANT_FIELDS
                ):
                    # `projectId = data.projectId` on the path without an API key: the key's project
                    # on one path, the client's on the other (a parent key's only)
                    own = own - _reassigned_from_client(ctx, ep.fn.node, from_client & own, ev)
                if from_client & own:
                    # (`let teamId = body.teamId ?? null; if (!teamId) teamId = seat.team_id`: the seat's
                    # team only when the client sent none)
                    own = own - _server_value_only_when_missing(ctx, ep.fn.node, from_client & own, ev)
                if from_client and not primary & (own | _verified_accounts(ctx, flow, ev)):
                    if created is None:
                        created = _created_names(ctx, ep.fn.node)
                    from_client -= created | _signed_names(ctx, ep.fn.node, from_client - created)
                    from_client -= _provider_answers(ctx, ep.fn.node, ev.state.client)
                    from_client -= _server_record_field(ctx, flow, key, value)
                    from_client -= server_key_of_parsed(src, ep.fn.node, value, ev.state.client)
                    if (
                        from_client
                        and not _AUTHORSHIP.match(key)
                        and key not in _USER_OWNER_FIELDS
                        and key not in users
                        and not _PERSON_KEY.match(key)
                        and seat_checked_before(ctx.analyzer, ep.fn, ctx.text(sx.strip_types(value)), ev.node)
                    ):
                        # `organizationId: body.organizationId` past `if (!(await seatIn(body.organizationId)))
                        # return 403`: the tenant the caller sits in (its other owner columns are still asked)
                        continue
                    # (an owner written must be the id looked up: `input.claimId` found in the caller's
                    # tenant proves nothing of `input.ownerId`)
                    # (so must a tenant's person the row is for: `parsed.data.siteId` looked up says nothing
                    # of `parsed.data.workerId`)
                    owner_paths = (
                        _access_paths(src, value, from_client)
                        if _AUTHORSHIP.match(key) or key in vocab.OWNER_FIELDS or key in users or _PERSON_KEY.match(key)
                        else None
                    )
                    if not from_client or _matched_by_scoped_lookup(ctx, flow, events, i, from_client, owner_paths):
                        continue
                    if (
                        creates
                        and not _AUTHORSHIP.match(key)
                        and key not in vocab.OWNER_FIELDS
                        and key not in users
                        and _matched_by_scoped_lookup(ctx, flow, events, i, from_client, public=True)
                    ):
                        continue  # a new row under a parent looked up as public first (a bid on a public posting)
                    if not _AUTHORSHIP.match(key) and (
                        _asserted_before(ctx, flow, ev, value, from_client)
                        or _answer_tested_before(ctx, flow, ev, value, from_client)
                        or _gate_given_before(ctx, flow, ev, value, from_client)
                        or _parent_asserted(ctx, flow, ev, value, key)
                    ):
                        continue  # `assertCanWriteAccount(user, input.accountId)`: the parent is the caller's
                    if op.api in _BUILDER_APIS and not _owner_key(key):
                        # (a new row under a private parent: reported when nothing else of the entry
                        # point is, the change of a record it picks comes first)
                        pending_parent = pending_parent or (key, value, op.api)
                        break
                    # (each person a new row names from the client is its own finding, on its own line:
                    # the trainer a session is logged under beside its member)
                    person = creates and _PERSON_KEY.match(key) is not None
                    if reported and not person:
                        continue
                    # (a whole object written, `data: input`, has no line of its own key: the write's)
                    whole = any(value.id == d.id for d in op.data)
                    yield _owner_from_client(ctx, ep, key, value, at=ev.node if whole else None)
                    reported = True
                    filed_owner_model = (op.model or "") if creates else None
                    if not person:
                        break
            if creates and not reported and op.api == "helper":
                handed = _helper_tenant_parent(ctx, ep, ev, verdict)
                if handed is not None:
                    key, value = handed
                    chosen = identifiers(src, value, into_functions=True) & ev.state.client
                    if not (
                        _matched_by_scoped_lookup(ctx, flow, events, i, chosen)
                        or _matched_by_scoped_lookup(ctx, flow, events, i, chosen, public=True)
                        or _asserted_before(ctx, flow, ev, value, chosen)
                        or _answer_tested_before(ctx, flow, ev, value, chosen)
                        or _gate_given_before(ctx, flow, ev, value, chosen)
                    ):
                        yield ctx.finding(
                            META,
                            "parent_from_client",
                            value,
                            function=ep.fn,
                            endpoint=endpoint(ep),
                            field=key,
                            value=short(ctx.text(value), 40),
                        )
                        reported = True
            # (an audit or event-log row naming the client's id, `auditLog({ studioId: id, ... })`, is filed
            # under nothing: it selects and changes no record of the parent's)
            # (an event row that is all the entry point writes is the operation itself, a custody hand-over
            # in `custody_events`: judged like any row filed under the client's parent)
            logged = bool(vocab.AUDIT.search(op.model or "")) or (
                bool(_LOG_TABLE.search(op.model or "")) and _writes_beside(events, ev)
            )
            if creates and not reported and not logged:
                if tenant_role is None and ev.state.role:
                    tenant_role = _tenant_role_wrapper(ctx, ep)
                dead = _parent_check_never_runs(ctx, flow, ev, bool(tenant_role))
                if dead is not None:
                    yield _unscoped(ctx, ep, ev.node, op, short(ctx.text(dead), 40))
                    reported = dead_parent_reported = True
            if reported or (checked and not cross_tenant):
                continue
            # (a write to a row nobody owns, in a schema that ranks nobody: every signed-in caller runs
            # every one by design, so there is no owner or role to check; `shared_models`)
            if (
                op.kind != "read"
                and op.api == "prisma"
                and shared_model(ctx.analyzer.program, op.model or "", _owned_models(ctx.analyzer.program))
            ):
                continue
            # (a model declared with an owner column is private too, for queries whose whole filter is
            # in view: a project helper's inner reads keep its own checks out of sight)
            if op.kind == "read" and not (
                vocab.private_model(op.model or "")
                or (op.api != "helper" and _owned_model(ctx.analyzer.program, op.model or ""))
                or (op.api == "drizzle" and _owned_model(ctx.analyzer.program, _imported_table(ep, op.model or "")))
                # (a table filed under the parent a role row keyed by the identity provider's user id assigns
                # each user to, `user_roles { clerkUserId, role, creatorId }`: that parent's rows, whatever
                # the table is called)
                or (
                    op.api == "drizzle"
                    and tenancy.assigned_parent_table(ctx.analyzer.program, _imported_table(ep, op.model or ""))
                )
                # (the rows of the tenant the schema keeps its accounts under: a portal's `Claim { insurerId }`
                # beside `InsurerUser { insurerId passwordHash }`)
                or (op.api != "helper" and tenancy.account_tenant_filed(ctx.analyzer.program, op.model or ""))
                or (op.api == "sql" and bool(op.args) and _SQL_OWNER_FILTER.search(ctx.text(op.args[0])))
                or (op.api == "sql" and bool(op.args) and _joins_owned_table(ctx, op.args[0]))
                or (op.api == "sql" and bool(op.args) and _sql_tenant_parent_filter(ctx, op.args[0]))
                or _keyed_by_fallback(ctx, ev, ep.fn.node)
                or (op.api == "supabase" and _under_owned_parent(ctx, ev))
                # (a table the project's own queries hold to the caller elsewhere: `.eq("reviewer_id", user.id)`)
                or (op.api == "supabase" and (op.model or "").lower() in caller_held_tables(ctx.analyzer.program))
                # (so is a drizzle table, held there by its own column or a parent's it joins: `.from(catches)
                # .innerJoin(boats, ...).where(eq(boats.ownerId, userId))`)
                # (one row picked by its own key, not a lot's bid list by the lot's)
                or (
                    op.api == "drizzle"
                    and (op.model or "").rsplit(".", 1)[-1].lower() in drizzle_caller_held_tables(ctx.analyzer.program)
                    and _drizzle_row_by_own_key(ctx, ev)
                )
                # (a secret column of the row picked by name, `select({ token: machines.controllerToken })`, and
                # answered: whoever's row it is, its credential is nobody's to read by naming the row; one only
                # used by the server, to copy into a row or call an API, is judged where it is used)
                or (
                    op.api in ("drizzle", "prisma", "supabase")
                    and _picks_secret_column(ctx, ev)
                    and _answered(ctx, flow, ev)
                )
                # (records about people who need not sign in, `pupils { date_of_birth }` and the rows under them)
                or (
                    op.api in ("supabase", "sql")
                    and person_record_table(ctx.analyzer.program, op.model or "")
                    and _picked_by_client_id(ctx, ev)
                )
                # (a Mongoose model of such records, `LabResult { patient: ref "Patient" }`: read as a model
                # named for private data is, `Message.find(...)`)
                or (op.api == "mongoose" and person_record_table(ctx.analyzer.program, op.model or ""))
                or (op.api == "helper" and _owner_check_left_out(ctx, ev))
                or (op.api == "helper" and _helper_sql_read_by_client_tenant(ctx, ev))
                or (op.api == "helper" and _helper_builder_read_by_client_tenant(ctx, ev))
            ):
                continue
            if op.kind == "read" and not ev.state.owner and _shared_with_every_caller(ctx, ep, ev):
                continue  # the shop-wide rows every signed-in caller is listed anyway (one till's sales)
            if (
                op.kind == "read"
                and (_public_card_read(ctx, op) or _label_read(ctx, op) or _code_lookup_read(ctx, op))
                and not _account_put_in_cookie(ctx, flow, ev)
                # (not someone's row found by the id the client sends over the session's own, `userId:
                # parsed.userId ?? session.userId`: its id picks what the action goes on to change)
                and not (_keyed_by_fallback(ctx, ev, ep.fn.node) and _picks_later_write(ctx, flow, ev, events[i + 1 :]))
            ):
                continue  # `{ stageName: 1, bio: 1 }`: the fields a public card shows, whoever asks
            if op.kind == "read" and (
                _public_filter(src, ev)
                or (
                    tenancy.catalogue_read(src, ctx.analyzer.program, op)
                    # (not when the code asked a check of that very id first that never ran: it holds the row
                    # private itself, `const allowed = canEditCourse(uid, courseId)` un-awaited)
                    and not _dead_guard_of(ctx, flow, ev, client_refs(src, ev, _filter_nodes(ev, src)))
                )
            ):
                continue  # `where: { id, published: true }`, or a course's title and price: the public catalogue
            # load-then-compare: a read followed by an ownership or role check is the check's input
            if op.kind == "read" and seat_tenants:
                if _tenant_tested_later(ctx, flow, ev, seat_tenants):
                    continue
            elif op.kind == "read" and (
                _checked_later(ctx, flow, ev, events[i + 1 :], role_before)
                or _answer_tested_after_read(ctx, flow, ev)
                or _secret_matched_after_read(ctx, flow, ev)
                or _asserted_after_read(ctx, flow, ev)
            ):
                continue
            # a read only "reads private data" when the record goes back to the caller: slug and
            # uniqueness lookups (`if (existing) return { error: "taken" }`) return nothing of it
            if (
                op.kind == "read"
                and not _returned(ctx, flow, ev, events[i + 1 :])
                and not _owner_copied(ctx, flow, ev, events[i + 1 :])
                and not _copied_into_write(ctx, flow, ev, events[i + 1 :], own=not cross_tenant)
                and not _mailed_on(ctx, flow, ev, events[i + 1 :])
                and not _account_put_in_cookie(ctx, flow, ev)
                and not seat_tenants
                and not (_keyed_by_fallback(ctx, ev, ep.fn.node) and _picks_later_write(ctx, flow, ev, events[i + 1 :]))
            ):
                continue
            if creates and op.api != "sql":
                continue
            if creates and not _sql_insert_pairs(ctx, op):
                continue  # `INSERT ... VALUES ${placeholders(rows, 3)}`: the client's values are written, not selectors
            if guards.found_by_credential(src, op.args) or guards.sql_found_by_credential(src, op):
                continue  # `delete({ where: { token: code } })`: the caller's one-time code is its own credential
            if guards.found_by_handed_out_code(src, op):
                continue  # `inviteCode.delete({ where: { uuid: codeId } })`: the code the caller was handed
            if op.kind == "read" and _found_by_typed_code(ctx, ev):
                continue  # `promo_codes ... where("code", "=", input.code)`: what the caller's code redeems
            if vocab.CHALLENGE_STORE_MODELS.match(op.model or ""):
                continue  # a pending passkey challenge taken by the random id its options step handed out
            if vocab.CODE_STORE_MODELS.match(op.model or "") and any(e.kind == "email" for e in flow.events):
                continue  # replacing the pending code of the address it mails a new one to: the request step
            if _joined_shared_row(ctx, ep, flow, ev):
                continue  # the shared event read by the volunteer joining or leaving it under their own id
            if _tally_of_own_filings(ctx, flow, ev) or _sql_tally_beside_own_row(ctx, flow, ev):
                continue  # `replyCount: { increment: 1 }`, `like.count({ where: { postId } })` beside the new row
            if _sql_hold_of_own_new_row(ctx, flow, ev):
                continue  # the checkout hold on the slot the caller has just booked under their own id
            filters = _filter_nodes(ev, src)
            filters = [*filters, *_ids_assigned_into_filter(ctx, ep.fn.node, ev)]
            picking = _loaded_rows_pickers(ctx, ev)
            if picking is not None:
                filters = picking  # (a helper's write of the rows it loaded: what picked those)
            if not filters:
                continue
            # ids read from records the code loaded are not the client's choice; a secret token
            # (reset link, invite code) chosen by the client is its own credential
            # (a whole `request` handed to a helper is a pass-through, not a chosen id)
            # (but `tokenId`, `apiKeyId` name a stored credential's row, as readable off a listing as any id)
            chosen = {
                n
                for n in client_refs(src, ev, filters) - set(flow.records) - {"req", "request"}
                if not vocab.is_secret_name(n) or vocab.words(n)[-1] in ("id", "ids")
            }
            chosen |= _inline_request_ids(src, ev, filters)
            chosen -= _clamped_numbers(ctx, ep.fn.node, chosen)
            if op.kind == "read":
                chosen -= _range_bounds_only(ctx, filters, chosen)
            if chosen:
                # (`req.cookies.get("auth_token")?.value`: the caller's own credential, so the row it picks,
                # the session a logout deletes, is the caller's own, not one the client chose among others')
                chosen -= sessions.presented_credentials(ctx.analyzer, ep.fn)
            if chosen and op.kind == "write":
                # (a public reset link's own row, picked by the id that found it and that the caller's identity
                # was read off: the credential the caller presents, retired after use)
                chosen -= _presented_link_values(ctx, ep, events, i, chosen)
            # (not the account a login just checked the password of: the caller, though its email chose it)
            verified = _verified_accounts(ctx, flow, ev) if chosen or op.kind == "write" else set()
            chosen -= verified
            if op.kind == "write":
                found_by = client_refs(src, ev, filters) - verified
                if creates and op.api == "sql":
                    # (a value a new row only holds, `INSERT ... VALUES ($1, ...)` of a spot's id looked up by its
                    # code, changes no row the lookup found: the parent it names is judged as a parent)
                    found_by -= sql_values_only(src, op, _held_text(ctx, op))
                chosen |= _rows_found_by_client(ctx, flow, events[:i], found_by) - verified
            if _claimed_by_code(op, chosen):
                # `discordVerifications` claimed by the code its holder was handed: the code is the credential
                # (also a pending pairing picked by the id of the row that code found: `WHERE id = ${pending.id}`)
                continue
            if op.api == "sql":
                chosen -= sql_values_only(src, op, _held_text(ctx, op)) | sql_search_terms(src, op)
            if chosen:
                if created is None:
                    created = _created_names(ctx, ep.fn.node)
                chosen -= created | _signed_names(ctx, ep.fn.node, chosen - created)
            if chosen and ep.middlewares:
                chosen -= _vetted_by_procedure(ctx, ep, filters, chosen)
            if (
                not chosen
                or _session_scoped(
                    ctx,
                    flow,
                    ev,
                    _session_fallbacks(ctx, ev, ep.fn.node, chosen)
                    | _inline_session_defaults(ctx, ev)
                    | _untaken_by_floating(ctx, flow, ev),
                    # (`data: { adjusterId: ctx.userId }` after a dead check of the same id: a takeover, not
                    # the caller's own change)
                    data_ties=op.kind != "write" or not _dead_guard_of(ctx, flow, ev, chosen),
                )
                or _middleware_scoped(ctx, ev)
                or (
                    _vetted_before(ctx, flow, ev, chosen)
                    or _proven_by_earlier_op(src, events, i, chosen)
                    or _set_on_own_row_first(ctx, flow, events, i, filters, chosen)
                    or _secret_matched_before(ctx, flow, events, i, chosen)
                    or _matched_by_scoped_lookup(
                        ctx,
                        flow,
                        events,
                        i,
                        chosen,
                        {p for f in filters for p in _access_paths(src, f, chosen)},
                        vetted=True,
                    )
                    or _confined_to_found_parent(ctx, flow, events, i, chosen, filters)
                    or any(_asserted_before(ctx, flow, ev, f, chosen) for f in filters)
                    or _within_vetted_parent(ctx, flow, ev, filters, chosen)
                    or _kept_from_scoped_rows(ctx, flow, events, i, chosen)
                    or _ids_of_vetted_reads(ctx, flow, events, i, chosen)
                    or _found_among_callers_rows(ctx, flow, ev, chosen)
                    or _picked_from_guarded_tenant_rows(ctx, flow, events, i, chosen)
                )
            ):
                continue
            yield _unscoped(
                ctx, ep, ev.node, op, sorted(chosen)[0], Confidence.HIGH if op.kind == "write" else Confidence.MEDIUM
            )
            reported = True
            read_reported = op.kind == "read"
            read_ids = read_ids | _picking_paths(src, ev, chosen) if read_reported else read_ids
        reported = reported or after_read
        if not reported and pending_parent is not None:
            yield _owner_from_client(ctx, ep, *pending_parent)
            reported = True
        # (an account at the identity provider changed for a client-named user is a record of its own: it is
        # reported beside a database row the same action writes, `users.updateUserMetadata(userId, ...)` then
        # `profiles.update(...)`)
        for i, ev in enumerate(events):
            if ev.kind != "store" or (reported and not _clerk_user_write(ctx, ev)):
                continue
            picked = _store_under_client_tenant(ctx, ep, flow, events, i)
            if picked is not None:
                clerk = _clerk_user_write(ctx, ev)
                yield ctx.finding(
                    META,
                    "account_unscoped" if clerk else "store_unscoped",
                    ev.node,
                    function=ep.fn,
                    endpoint=endpoint(ep),
                    value=short(ctx.text(picked), 40),
                    confidence=Confidence.HIGH if clerk else Confidence.MEDIUM,
                )
                break
        if not reported and flow.final.auth is not None:
            customer = _billing_customer_from_client(ctx, ep)
            if customer is not None:
                yield _owner_from_client(ctx, ep, "customer", customer)


# Stripe calls made for one customer: whose checkout, billing portal, subscription or payment it is
_STRIPE_BILLING = re.compile(
    r"\.(checkout\.sessions|billingPortal\.sessions|subscriptions|paymentIntents|setupIntents|invoices)\.(create|update)$"
)
# ... and Polar's: a customer's checkout or customer portal session
_POLAR_BILLING = re.compile(r"\.(checkouts|customerSessions)\.create$")


def _polar_client(ctx: FileContext, root: str) -> bool:
    """``root`` is a Polar SDK client (`export const api = new Polar({ accessToken })`, imported or local)."""
    found = ctx.analyzer.program.resolve_value(ctx.module, root)
    value = sx.strip_types(found[1]) if found is not None else None
    if found is None or value is None or value.type != "new_expression":
        return False
    binding = found[0].imports.get(sx.text(found[0].src, value.child_by_field_name("constructor")))
    return binding is not None and binding.spec == "@polar-sh/sdk"


def _billing_customer_from_client(ctx: FileContext, ep: EntryPoint) -> Node | None:
    """`stripe.checkout.sessions.create({ customer: parsedInput.customerId })`, a billing portal opened for
    `body.customerId`: the Stripe customer a signed-in caller acts as is one the client names, not the one
    the server keeps for the caller's account or team (a check of another id, the team's, does not cover
    it). So is Polar's (`polar.customerSessions.create({ externalCustomerId: teamId })` of a search param).
    A customer id tested in an exiting `if` before the call is vetted (not one refused only when missing,
    `if (!teamId) throw`). The client's value, or None."""
    src = ctx.src
    inputs = ep.input_params
    client: set[str] | None = None  # (the handler's client-derived locals, on first need)
    for call in ctx.calls_named(ep.fn.node, frozenset({"create", "update"})):
        callee = sx.callee_name(src, call)
        head = callee.split(".", 1)[0]
        stripe = _STRIPE_BILLING.search(callee) is not None and "stripe" in head.lower()
        if not stripe and not (_POLAR_BILLING.search(callee) and _polar_client(ctx, head)):
            continue
        options = next((a for a in sx.call_args(call) if (sx.strip_types(a) or a).type == "object"), None)
        keys = object_keys(src, options)
        value = keys.get("customer") if stripe else keys.get("externalCustomerId") or keys.get("customerId")
        node = sx.unwrap(value)
        while node is not None and node.type == "binary_expression" and _operator(src, node) in ("||", "??"):
            node = sx.unwrap(node.child_by_field_name("left"))  # (`customerId || undefined`)
        root = sx.root_identifier(src, node) if node is not None else None
        if value is None or root is None:
            continue
        if root not in inputs:
            # (a route handler's search param read into a local: `const teamId = sp.get("id")`)
            if client is None:
                client = ctx.flow(ep).final.client if ep.kind in ("route", "pages-api") else set()
            if stripe or root not in client:
                continue
        name = sx.text(src, node)
        tested = any(
            (name in identifiers(src, part) or name in ctx.text(part)) and not _absence_test(src, part, name)
            for stmt in _exiting_ifs(ctx, ep.fn.node)
            if stmt.end_byte <= call.start_byte
            for part in sx.disjuncts(src, stmt.child_by_field_name("condition"))
        )
        if not tested:
            return value
    return None


def _picking_paths(src: bytes, ev: Event, roots: set[str]) -> set[str]:
    """What of the client's ``roots`` picks ``ev``'s rows (`ids.customerId`, not all of `ids`)."""
    return {p for f in _filter_nodes(ev, src) for p in _access_paths(src, f, roots)} or set(roots)


def _picked_by_other_values(src: bytes, ev: Event, earlier: set[str]) -> bool:
    """``ev`` is picked by client values, none of them one of the ``earlier`` ones (nor holding one)."""
    if not earlier:
        return False
    mine = _picking_paths(src, ev, client_refs(src, ev, _filter_nodes(ev, src)) - {"req", "request"})
    return bool(mine) and not any(_same_value(a, b) for a in mine for b in earlier)


def _other_branch(src: bytes, done: Node, node: Node, fn: Node) -> bool:
    """``node`` runs on another request than ``done``: ``done`` sits in an arm of an `if` that always
    leaves the function (`if (req.method === "POST") { ...; return }`), and ``node`` is past that `if` or
    in its other arm. (Arms that meet again, an update or an insert of one upsert, are one operation.)"""
    p: Node | None = done
    while p is not None and p.id != fn.id:
        parent = p.parent
        if parent is not None and parent.type == "if_statement":
            if p.type == "else_clause":
                body: Node | None = p.named_children[-1] if p.named_children else None
                other = parent.child_by_field_name("consequence")
            else:
                body = p if parent.child_by_field_name("consequence") == p else None
                other = parent.child_by_field_name("alternative")
            if body is not None and sx.exits(src, body):
                if other is not None and sx.contains(other, node):
                    return True
                if node.start_byte >= parent.end_byte:
                    return True
        p = parent
    return False


# the id of whoever (or whichever tenant) a stored object is filed under, in its key or folder
_STORE_TENANT = re.compile(
    r"(?i)^(repository|repo|org|organization|organisation|team|workspace|project|tenant|company|account|user|owner)_?id$"
)


def _store_under_client_tenant(
    ctx: FileContext, ep: EntryPoint, flow: Flow, events: list[Event], i: int
) -> Node | None:
    """A file-store change (a delete, an upload, a presigned upload URL) of a signed-in caller, keyed by a
    tenant or owner id the client sent (`deleteFile(`${params.repositoryId}/${name}`)`, a presigned POST
    into `${body.orgId}/...`) with no role or ownership check first and no session value in the key:
    any signed-in user acts in another tenant's folder. The client's id, or None."""
    ev = events[i]
    st = ev.state
    if st.auth is None or st.auth == "secret" or st.role or st.owner or _verdict_exit_before(ctx, flow, events, i):
        return None
    if ep.kind in ("route", "pages-api") and _MACHINE_ROUTE.search(ep.path):
        return None
    src = ctx.src
    args = ctx.analyzer.store_args(ctx.module, ev)
    own = st.session | st.fetched
    if not args or any(identifiers(src, a, into_functions=True) & own for a in args):
        return None  # (`${session.user.id}/${name}`: the caller's own folder)
    # (the first argument of a Clerk user write is the user whose account it changes, whatever its name)
    clerk = _clerk_user_write(ctx, ev)
    for a in args[:1] if clerk else args:
        for n in sx.find(a, ("member_expression", "identifier", "shorthand_property_identifier")):
            if n.type == "member_expression":
                root = sx.root_identifier(src, n)
                name = sx.text(src, n.child_by_field_name("property"))
            else:
                root = name = sx.text(src, n)
            if root in st.client and (clerk or _STORE_TENANT.match(name)):
                return n
    return None


# Clerk's backend API changing one user's account: `clerk.users.updateUserMetadata(userId, ...)`, `banUser(id)`
_CLERK_USER_WRITE = re.compile(
    r"\busers\.(updateUser|updateUserMetadata|deleteUser|banUser|unbanUser|lockUser|unlockUser|disableUserMFA)$"
)


def _clerk_user_write(ctx: FileContext, ev: Event) -> bool:
    """``ev`` changes a user's account through Clerk's backend API (in a module importing Clerk)."""
    return bool(_CLERK_USER_WRITE.search(ev.callee)) and any(
        b.spec.startswith("@clerk/") for b in ctx.module.imports.values()
    )
