r"""Security-relevant operation without an audit log.

## What it does
Flags an entry point that performs a security-relevant operation (delete an account or
user, change a password or email, change roles or permissions, disable 2FA, create or
revoke API keys, sign in, admin actions) with no audit-log call: `logSecurityEvent`,
`auditLog`, `audit.*`, `createAuditLog`, `db.auditLog.create`, other `*audit*` names,
a structured `logger.info/warn/error`, an event shipped to the error monitor (`Sentry.captureMessage`; not
`captureException`) or a log shipper such as `logToAxiom({...})` (in the entry
point or a helper it calls, not deeper), an activity-trail write (`tracker.userActivity({ type: "Banned" })`;
not a read such as `getUserActivity`),
a database function named for recording the event (`supabase.rpc("record_login_attempt", {...})`),
or a configured function. Audit logging in a middleware or wrapper counts. `console.log`
does not. The operation may happen in an auth provider rather than the database (`auth.api.disableTwoFactor(...)`,
`supabase.auth.updateUser({ password })`, also with a local object filled key by key first (`changes.password =
password; updateUser(changes)`), Clerk `publicMetadata: { role }`, a seat created with a role through
Clerk's `createOrganizationMembership({ userId, role })`, an account deleted or a second factor removed through
Supabase Auth, `auth.admin.deleteUser(id)`, `auth.mfa.unenroll({ factorId })`, Clerk's `users.deleteUser(id)`, or
better-auth's `auth.api.deleteUser(...)` and `auth.api.removeUser(...)`, whatever the endpoint is called;
not a sign-up undoing the account it just made, nor a setup clearing stale factors before `auth.mfa.enroll`).
It may also happen in a project helper the action calls (`generateApiToken(...)` creating an `apiToken` row). API tokens
count as API keys, whatever the table is called (`accessToken`, `personalAccessToken`, `scopedAccessToken`),
and so does an OAuth client's access granted or cut off by the signed-in user (an `oAuthAuthorizationCode`
or `oAuthToken` row written for them). An administrator restoring the app's database from a backup
(`restoreSystemBackup`, `uploadAndRestoreDatabaseBackup`, past a role check, running a command or writing a file
or row) replaces every account and role it holds: an admin action (not a user restoring a note of theirs,
`restoreNoteBackup`).
A person's kind of account (`user_type`, `account_type` of a user or profile row) set to a named one on a row
the client picked (`.update({ user_type: "Facilitator" }).match({ id })`), or a new such row made an
administrator's outside a sign-up (`profile.upsert({ id, user_type: "Admin" })`), is a role change.
A model whose Prisma or Mongoose schema keeps a password hash (`Staff` with `passwordHash`), or a unique link to
the identity provider's user beside an e-mail (`kindeId String @unique`), is an account whatever its name: its
permissions, role or on/off flag changed (Mongo `$set`), or its API key hash cleared (`$unset`), is reported as on
a user row.
Switching an account on or off (`{ userStatus: "INACTIVE" }`,
`{ isActive: false }`, `{ banned: true }` on a user row) is an admin action. So is a change to an
account's privileges or balance (`credits`, `plan`, `role`, a credit limit, a role named for where it holds:
`platformRole`;
also among every column a write of the client's whole object may set, `.set(body)`, Prisma's `data: body` or
`data: Object.fromEntries(formData)`) made in the app's admin area (`app/(admin)/admin/...`,
`app/api/admin/...`, or a module named for the admin panel, `legacy-admin.ts`, `admin-tools.ts`; not one named for
whose records it administers, `team-admin.ts`, `donor-admin.ts`) past a check that the caller is an
administrator (`requireAdmin()`, `requireRole("ADMIN")`, `auth.protect({ permission })`,
`if (user.role !== "admin") throw`, a staff role: `role !== "staff"`, the operator's support desk:
`requireSupportAgent("l2")`, `requireSupportStaff()`, or any helper exiting unless a flag of the identity
provider's server-set metadata is `true`, `if (user.publicMetadata?.ops !== true) redirect("/")`, wherever the
file sits;
an un-awaited gate still says what the action is for). A route is named by its path:
`pages/api/kiosk/login.ts` and a `POST` in `app/api/login/route.ts` are sign-ins (a bare verb as the last folder
is the step done to what the folder above names: `auth/password/update` is `update_password`), and so is any endpoint
that marks an iron-session signed in (`session.isLoggedIn = true; await session.save()`, or `session.vendorId =
vendor.id` of the row whose password hash it just verified). Raw SQL counts like
the ORM (`pool.query("DELETE FROM users WHERE id = $1", [id])` deletes an account, `UPDATE Users SET email = ?`
changes its address, `SET isLocked = ?` locks it, and `INSERT INTO Users (email, password, role)` from the admin
area opens a sign-in for someone); another of an account's addresses made its primary one (`emailAddress.update({
data: { isPrimary: true } })`) changes its e-mail; and an administrator
signing an account out everywhere (its `Session` rows deleted past an admin gate; a drizzle `sessionTable`
is such a store) is an admin action,
and so are a ban or suspension stamped on any account row there (`bannedAt`, a tenant's too) and money
an administrator sends out (`stripe.refunds.create`, transfers, payouts); a freeze counts as a suspension
(`{ frozen: false }` on a tenant, past a staff gate), and so does the update of an endpoint there named for a
suspension or ban, whatever column holds the standing (`suspendShop` setting `accepts_orders: false`; not an
entry added to a block list), or for archiving the schema's own tenant (`archiveGarden` setting `isPublic: false`
on `Garden`; not a catalogue row archived). An administrator flag on the account row (`isSuperAdmin`,
`isStaff`, also qualified by where it holds: `isPlatformAdmin`, `is_site_staff`, or without `is`: `nationalAdmin`,
`superAdmin` (also through better-auth's `adminUpdateUser({ body: { userId, data } })`; not a `notifyAdmin`
preference)) set or cleared changes a permission
anywhere, and so does a `can…` flag of a member or user row (`canViewBilling`; not a document's `canComment`),
rows of the audit trail itself deleted by a signed-in caller (`auditLog.deleteMany(...)`, an owner's purge)
erase the record of who did what (such a delete is no audit call; a scheduled job let in by its secret pruning by
age is retention, and so is a route handler signing nobody in that prunes by a cutoff it works out itself: the job
with its secret left out, missing-auth's finding), and a portal's own account row (`renter`, `patient`)
deleted by its signed-in principal (`where: { id: renterId }`, the id from the session, or its link to the
identity provider's user, `where: { supabaseUserId: user.id }`, or a kysely `*_users` table's
`where("id", "=", user.id)`) deletes an account, whoever deletes a row of the
app's own user model (a Prisma model with an `email` column whose row the code picks elsewhere by the caller's id,
`volunteer.update({ where: { id: session.user.id } })`: an administrator deleting a volunteer deletes an account),
and an account table named for the kind of account it holds (`portalUser`, `client_users`, `AppUser`; not a
record's link rows, `projectUser`, `chatUser`) is an account row: its rows deleted delete accounts and its
password column written (`{ passwordHash }`) changes a password.
An endpoint that makes a session row for a user (`db.session.create`, `lucia.createSession`) signs in,
unless it creates the account too (nor is the signed-in caller's own device row one, `user_sessions.insert({
user_id: user.id, user_agent, ip_address })` holding no token, hash or expiry: a note of the provider's
session), and so does one that mints an Auth.js token by hand (`encode({ token, secret,
salt })` of `next-auth/jwt`, a CAS ticket checked) and sets it as a cookie (not the caller's own token
re-issued); one that stores a credential's hash (`tokenHash: sha256(token)`, `embedSecretHash`)
issues a bearer credential like an API key (link and code hashes, reset/verification/invite, are not),
and a row whose table keeps an issued key's hash (`key_hash`, read from a drizzle table, a Prisma model, a Kysely
`Database` type or the project's SQL migration) deleted or stamped revoked (`revoked_at`) revokes that key;
an impersonation endpoint counts when it sets its cookie (also through a session helper it calls, `jar.set(...)` of
`const jar = await cookies()`). Changing how people get into a workspace
counts too: a login method, SSO, MFA, anonymous access or invite links switched
(`{ isCredentialsLoginEnabled }`, `{ mfaRequired }`, `{ inviteLinkEnabled }`), an identity provider's
connection created, changed or deleted (`createSAMLConnection(...)`; also SSO's own settings removed,
`delete from saml_configs`, `{ samlCert: null }`), 2FA switched off by field (`{ twoFactorOn: false }`,
`{ totpSecret: null }`), and a column of the account row
the client names (`{ [key]: value }`: the email among them). Removing a member (`deleteTeamMember`,
`removeOrganizationMember`) is named like removing the user, and someone else's row of the schema's own
tenant's seat table deleted (`gardenMembership.delete(...)` of `GardenMembership { gardenId userId role }`)
takes their permissions away. Deleting the tenant itself (a company,
organisation or workspace row, or the schema's own tenant: `Coop` of `Membership { userId coopId role }`,
under no other tenant; a team deleted past the caller's role gate, `if (role !== "admin") throw`) is the B2B
form of deleting the account (not the row the same endpoint has just inserted, deleted again when a later step
fails: `.delete().eq("id", org.id)` of `const { data: org } = await ....insert(...)`); new 2FA recovery codes (or the
stored secret rebuilt from what it held) change 2FA credentials (a fresh secret stored at setup does
not yet); a membership written from a parsed object whose schema admits `role` changes a role, and so
does adding someone else to a team with a role (`orgMember.create({ data: { userId: invitee.id, role } })`,
or into a Prisma seat whose schema grants one by default: `role Role @default(MEMBER)`, `canSchedule Boolean
@default(true)`; also seats of the schema's own tenant, whatever the table is called, spread from each row of a parsed
list whose schema admits `role`: `for (const row of z.array(S).parse(raw)) agent.create({ data: { ...row, agencyId } })`
with `Agent { agencyId userId role }` under `Agency`, an import granting roles;
the caller's own seat, joining or founding, is none, and so is the first owner seat of a
workspace a sign-up founds for the account its identity API just made, `res.user.id` of `auth.api.signUpEmail(...)`;
a member list with no such column grants
nothing); handing a company, team or workspace to another owner (`transferCompanyOwnership`; not a
ticket's) changes who controls it; a signed-in caller creating an account from a
parsed object whose schema admits a role (`createUser(parsed.data)` with `kind: z.enum(["Rider", "Admin"])`:
one of its values names an administrator; not a sign-up) grants that role, and so does a row inserted through
SQL with such a role (`insert into platform_staff (email, role) values (${body.email}, ${body.role})`);
a column whose schema type is an enumeration
naming an administrator, owner or manager (`employeeType` of `enum EmployeeType { Admin Manager Sales }`, a
Supabase `user_type` enum) is a role by another name, also set by a project helper on the caller's own row
(`saveUserType(supabase, user.id, type)`) or on a related row a Prisma nested write creates or changes
(`account.update({ data: { staff: { create: { grade } } } })`); and
`requireStaff()` asks for an administrator, as does a role gate named for where the role holds handed
administrator roles only (`requireNetworkRole(id, ["admin"])`; not `["admin", "coordinator"]`).
A customer tenant's fee or commission (`feePercent`, `commissionRate` of the schema's tenant row or an
`Organisation`) set in the admin area, or past an administrator gate naming no tenant (`requireStaff()`), is an
admin action (a platform-wide default or a catalogue row's tax rate is configuration).
A tenant's credential rewritten in the admin area past an admin gate
(`{ webhookSecret: newSecret }`, `signingSecret`, `apiKey`) is a credential rotation (so is a connector's credential,
`{ api_key }` or its whole sign-in setup `{ auth_config }`, written past the app's own administrator gate naming no
tenant, `checkAdminRole()`, wherever the file sits; a user keeping their own connector's is ordinary use), and an
endpoint that calls
Auth.js `signIn("credentials", ...)` without creating the account (an SMS code verified) signs in, and so do
a credentials provider of another id handed the caller's proof (`signIn("sms", { phone, redirect: false })`;
not an OAuth or e-mail provider's redirect), better-auth's `auth.api.signInEmail` (not `signInMagicLink`) and
Supabase's `supabase.auth.signInWithPassword(...)` (not `signInWithOtp`, which mails a code or link), whatever the
endpoint is called (`loginByEmail`, `signInWithEmailAndPassword`).
A password reset that writes a password column of any table (`UPDATE legacy_staff SET legacy_password_hash = $1`)
changes the password. So does an update that sets the password or sign-in PIN of a row of a table of people
(`farmerAccounts.pinHash` set by a support desk, a member's own `portalPin`; not a PIN cleared, `pinHash:
null`, nor a protected link's passcode). A token hash
stored for a link the endpoint then mails (a reset or magic-link request) is neither a sign-in nor an issued
credential, nor is the hash of a one-time code a visitor's request stores in that PIN column and mails
(`locker_pin = ${sha(code)}`, nobody signed in). A project helper whose name is
the change itself (`updateUserRole`, `banUser`, `createApiKey`; not `canChangeRole`) counts as that change
when its write is out of sight (an auth library's adapter, a package the analyser does not follow; so does an
account update handed the address or role, `updateUser(user, { email })`), also from an endpoint named for
something else (`makeMeAdmin`); so does a use-case or controller object named for the operation and run by a
generic verb (`createApiKeyController.execute(...)`, resolved from a DI container); an account row
marked deleted (`deletedAt: new Date()`, also in a helper) is a deleted
account, a sign-up switch (`disableUserRegistration`) in a settings object the input schema admits is a
change of who may get in, and drizzle tables are read by their export's name (`apiKeyTable`). A column
named for its table is that field (`UserEmail` on `Users` is the account's email, `UserTrusted` its standing).
An address copied from the session or the identity provider (`email` of `const profile = await currentUser()`,
a signed-in user's profile mirrored into the app's database) is no email change: nothing in the request chose it.
A next-safe-action/zsa middleware (a procedure's handler) that lets in the app's administrators only
(`if (ctx.user.isAdmin !== 1) throw`, `if (!ctx.user.isPlatformAdmin) throw`, `await requireAdmin()`) makes its
actions admin actions wherever their
files sit; there, as in the admin area, an account's standing granted on its row (`trusted`, `approved`),
a payout or refund an endpoint named for it records (`insertUserPayout` writing the ledger's row) and any
write to a permissions table (`admin_page_permissions`, `user_roles`) are admin actions. An identity
provider's user updated with a password (`auth.admin.updateUserById(id, { password })`) is a password
change whatever the endpoint is called; one given a role claim (`updateUserById(id, { app_metadata: { role }
})`) or handed the client's unchecked object whole (`updateUserById(id, patch)`, which may set its e-mail,
password or claims) is a permission or account change; and so are better-auth's `auth.api.changePassword(...)` and
`auth.api.changeEmail(...)` (not `requestPasswordReset`, which only mails a link); a `POST` to the API's
own sessions resource (`app/v1/sessions/google/route.ts`, `app/api/sessions/route.ts`) is a sign-in (not one that
takes no credential, calls nothing named for a sign-in, a session or a token, sets no cookie and answers no token:
a demo record filed). Firebase's `setCustomUserClaims(uid, { role })` gives a role claim, as `app_metadata` does.
A patch parameter typed by the file's interface holding a role (`data: Partial<UserInput>`), spread into the write
(also through `Object.fromEntries(Object.entries(x).filter(...))`), may change the role. An action built by a
project role wrapper handed an administrator's role literal (`withCommitteeRole("COMMITTEE_ADMIN", fn)`) is built
on an admin-only gate; money sent out past a money desk's wrapper (`"TREASURER"`, `"finance"`) is an admin action.
A payment provider's customer id filed on an account (`stripeCustomerId`) is bookkeeping, no privilege; a step named
for coming after the sign-in (`continueAfterLogin`) is no sign-in.
A purge in the admin area past an admin gate (the support desk's `requireSupport()` too) is an admin action:
a delete of rows not picked by their own id (`db.delete(sitterDocuments).where(eq(sitterDocuments.sitterId,
id))`, `job.deleteMany({ where: { orgId } })`, `DELETE FROM lessons WHERE starts_at < $1`); not one row of the
console's catalogue removed by its id (`faqEntry.delete({ where: { id } })`), nor a cache cleared; the rows a
list of ids picks (`{ id: { in: photos.map((p) => p.id) } }`, `inArray(docs.id, ids)`) are such a set.
A person's record (a row of a table of people, `pupils`, `Patient`, or a person's link to another,
`pupil_guardians`) deleted past a gate that lets in the app's administrative staff only and names no tenant
(`requireStaff()`, `requireStaff(["office", "admin"])`, awaited or not, or `if (me.role !== "office" && me.role
!== "admin") throw`) is an admin action wherever the file sits (not past `requireStaff(["teacher", "office"])`
or `requireTeamAdmin(teamId)`, nor an update of that record). So is money sent out (`stripe.refunds.create`,
transfers) past any administrator's gate, a league's or organisation's too (`requireLeagueAdmin()`), wherever
the file sits.
Such a purge past a gate that lets in the app's administrators and names no tenant (`requireAdmin()`,
`requireRole("admin")`) is one wherever the file sits (not past `requireStaff()`, `requireOrgAdmin()` or
`requireRole("admin", "technician")`).
A write there of the request's own object, or of a parse by a schema that keeps the keys it does not list
(`z.object({ name }).passthrough()`), to a table or Prisma model holding such a column (`plan`, a balance under a
compound name its money word leads, `balanceCents`) may set any column,
that one too (`db.update(organisations).set(body)`, `prisma.agency.update({ data: fields })`).
A parent key set on the schema's root tenant in the admin area past an admin gate (`studio.update({ data:
{ franchiseId } })`, a coop linked to a federation) hands the tenant to another organisation: an admin action.
So is a new row of that root tenant made there (a platform administrator opening a customer organisation), and
an admin module's export that checks nobody at all and switches an account or a tenant off or on (`{ suspended:
false }`, `lockedUntil: null`). An entry point named for an API key of something (`rotateInverterApiKey`,
`revokePartnerApiToken`) that writes a `...Key`/`...Token` column creates or revokes the key held on that row.
An API-key table updated in raw SQL is judged by the columns its `SET` names (`UPDATE device_api_keys SET
revoked_at = now()` revokes; `SET last_used_at = now()` is bookkeeping).

An iron-session opened by a project helper that answers `getIronSession(...)` (`getPosSession()`) and given a
principal's id (`session.staffId = …`, `Object.assign(session, { staffId })`), then saved, is a sign-in too.

A session token minted from a payload naming who impersonates (`encrypt({ userId: owner.id, impersonatedBy:
staff.id })`) and set as a cookie is an impersonation, whatever the endpoint is called (not the marker cleared,
`impersonatedBy: null`). A project helper that exits
unless a platform role flag is set (`platformAdminOrRedirect()`: `if (!row?.isPlatformAdmin) redirect("/")`) is an
admin gate whatever it is called. A `PATCH`/`PUT`/`POST` of `<collection>/[id]` that deletes rows (SCIM's
deprovisioning, `active: false`) is named like that item's `DELETE`. A `...Role` column the project's own gate
tests against a manager's or admin's name (`if (ctx.user.yardRole !== "yard_manager") throw`) holds a role.
A member's role set through a Mongo positional path (`$set: { "members.$.role": role }`) changes a role.

2FA spelled `twoFa` (`{ twoFaSecret: null, twoFaEnabled: false }`, also in a project helper's own write) is
disabled as `twoFactor` is, and a table of what a role may do (`roleProjectPermission`, `role_permissions`)
rewritten changes permissions.

The rest of a typed destructuring written whole (`for (const { id, ...patch } of patches) ... .set(patch)` with
`patches: UserPatch[]`) may set every field of its type but those picked out beside it (`role`, `email`). An
account's balance or plan changed past a role gate letting in only the operator's money desk (`requireRole(
"finance")`, `"accounting"`, alone or with the app's admin role) is an admin action wherever the file sits. An
endpoint named for impersonation that writes its iron session's principal (`session.userId = id; await
session.save()`) sets the impersonation cookie. A middleware letting in administrators or the holders of a
permission the action names (`if (!(isAdmin || hasPermission)) throw`) hands the task out: business records
closed or purged behind it are ordinary work, while accounts, roles and permissions managed there are still
admin actions. A project helper's write is followed through the helper it calls in turn (`applyAccess(change)`
calling `promote(ids)` that sets `isAdmin: true`).

## Why is this bad?
Without a trail you cannot tell who changed a role, revoked a key or deleted an
account, nor detect account takeover (CWE-778).

## Example
```ts
"use server";
import { requireAdmin } from "@/lib/auth";
import { db } from "@/lib/db";

export async function changeUserRole(userId: string, role: "user" | "admin") {
  await requireAdmin();
  await db.user.update({ where: { id: userId }, data: { role } });
}
```

## Use instead
```ts
"use server";
import { requireAdmin } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { db } from "@/lib/db";

export async function changeUserRole(userId: string, role: "user" | "admin") {
  const admin = await requireAdmin();
  await db.user.update({ where: { id: userId }, data: { role } });
  await auditLog({ actor: admin.id, action: "user.role.change", target: userId, role });
}
```

## Not flagged
The stored password of a system a row logs into (`containerRegistryPassword`, `smtpPassword` on an `agent` or
`member` row): workload or integration settings, not the sign-in password of the row's person.
The caller's own account row made the constant owner of the tenant the endpoint just created
(`user.update({ where: { id: session.user.id }, data: { orgId: org.id, role: "OWNER" } })`), and structured
log lines that record no operation: in a `catch` block or under a threshold test (`if (took > 1500)
logger.warn(...)`), also in a wrapper (they do not count as its audit). (Flagged: someone else's seat in an
organisation or team deleted, `orgMember.deleteMany({ where: { orgId, userId: target.id } })`; not a class
roster.)
A sign-out clearing the account's presence flag (`signOut` writing `{ active: false }`, `isOnline`: who is
signed in now, not whether the account may sign in), a team's or workspace's admin gate in a middleware
(`requireOrgAdmin(orgId)`), an identity provider's
user created with a first password (a sign-up) or updated with no credential, a sessions resource under
another one (`api/coaching/sessions`) or behind a wrapper that already let the caller in (`withApiKey(...)`
posting a partner's charging sessions), reading refunds (`listRefunds`), a name whose own verb asks a
question (`checkDrawingSetPassword`: a yes or no about a drawing set's password, no credential changed), and
ordinary CRUD (also a team admin's change inside their own team, outside the admin area), and
security-relevant entry points with an audit call anywhere in their
body, middleware or wrapper (project helpers named like `logActivity` count; so does a service helper
that audits in the branch of its success, `if (!isError(result)) await createAudit(...)`, but not one
that only logs in a catch block or in a branch that then leaves, a failure rather than the operation); an
Auth.js `signIn("x", ...)` is audited where the provider's `authorize`, or the auth configuration's
`callbacks.jwt`, `callbacks.signIn` or `events.signIn` on a branch that runs for "x" (not inside
`if (account.provider === "y")`), writes the trail. Joining
or leaving a group oneself (also the seat deleted by the id of the row a supabase read found under the
session user, `const { data: seat } = ...eq("user_id", user.id).single()` then `.delete().eq("id", seat.id)`;
not accepting an invitation that grants a role, even the one the
inviter recorded on it: the caller gains that role; membership rows, channel subscriptions,
created or updated with no role, permission or standing written, `{ channelId: c.id, userId }`,
the first owner seat of a workspace the endpoint itself just created, for the caller or the account a
sign-up just made (`Membership.create({ userId, workspaceId: ws._id, role: "owner" })`, also upserted, or
written from a local object literal),
`{ archived: false }`, also inside project helpers), `lastUsedAt` bookkeeping on an API key (not a client
object written to it as it is, `data: values`, which can set its scopes), creating an
account, and a password-reset (or set-password) request that only stores a link token are not audit events;
nor is a sign-in endpoint that only starts an OAuth/SSO flow (`signInWithOAuth({ provider })` then
`redirect(data.url)`: no credential is checked, the callback signs the user in or not). A password
handed to a project helper whose work is out of sight (`setUserPassword({ userId, password })`, an
identity provider's API) is a password change.
Nor is an endpoint named for an operation that only reads (`impersonationTargets` answering `db.select({
userId: m.userId, role: m.role })`: a column list names what a read answers, no role is changed).
Nor is deleting a user's content: a name with another object after "user" (`deleteUserChats`,
`deleteUserLibraryFiles`) deletes those rows, not the account (`deleteUser`, `deleteUserAccount`,
`deleteUserById`, `removeUserFromTeam` still name the user), nor taking a user out of a chat
(`removeUserFromChatGroup`, `deleteUserFromGroup`, `deleteUserFromConversation`): no access is
revoked. Nor is changing something of e-mail's (`updateEmailTemplate`, `changeEmailPreferences`),
not an address (`updateEmail`, `changeEmailAddress` still are), nor an `updateEmail` whose writes go to a
mailbox's message table and name no address (`{ isRead, isArchived }` on `inboxMessages`). Nor is a
`deleteAccount` of a CRM's customer accounts: a drizzle `accounts` table whose columns name a customer record
(`accountName`, `website`, `industry`) and nothing signed in with (no address, handle, provider link or
credential), with rows filed under it (its notes, deals), and no table of people, sessions or credentials.
Development helpers whose first statement answers every production request
(`if (process.env.NODE_ENV !== "development") throw ...`) are not reachable in production. Nor are an
OAuth token endpoint issuing or rotating a client's tokens, a stored provider access token replaced by what
the provider's refresh-token grant answered (`grant_type: "refresh_token"`, in the handler or the project
helper it calls; not beside an authorization-code exchange, which connects the provider), a scheduled job
(let in by its secret) purging expired keys, or a password reset handed to an auth library whose configured
`onPasswordReset` hook audits.
An identity provider object the server builds from literals, module constants and deployment settings
only (`createOidcProvider({ id: "idp", baseUrl: new URL(prefix, env.API_URL).toString() })`): the same
for every request, no connection is changed.
A project error helper handed the caught error in a catch block (`catch (error) { return { error:
parseError(error) } }`) logs the failure, not the operation: its logger call is no audit.

A `DELETE` route (`members/[id]`) whose handler only updates a status (`status: "cancelled"`), with no delete, no
deletion or removal mark (`deletedAt`, `removedAt`, `status: "removed"`) and no provider operation, is not named for a
deletion by its path.

The keys an action's input schema admits (a next-safe-action/zsa input, a drizzle-zod schema of the users table)
count as written when the input, or its rest beside picked-out keys, is spread into an account row: `.set({
...input })` whose schema admits `email` or `role` changes them, and `values({ ...account, passwordHash })` made
from such a schema admitting `role` opens an account with a chosen role. An administrator (past `if (me.role !==
Role.Admin) throw`) creating a password-reset token for the account the request names hands out a way into it.
An account row (also a model whose schema keeps a password, `UserSlice`) stamped archived (`archivedAt`) is
switched off; a project helper that creates an account with the role it is handed, called by a signed-in
caller, grants that role; and an account row given a password from the app's admin area, checked or not, is
account provisioning (an admin action).

## References
- https://cwe.mitre.org/data/definitions/778.html
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from tree_sitter import Node

from checks.analysis import deployment, sessions, sign_up, tenancy
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.authjs import credentials_authorizers
from checks.analysis.calls import DbOp, object_keys
from checks.analysis.dataflow import mentions_any
from checks.analysis.entry_points import EntryPoint, platform_flag
from checks.analysis.flow import Event, Flow, identifiers, sql_insert_values
from checks.analysis.links import mailed_link_token
from checks.analysis.model_secrets import prisma_models, sensitive_field
from checks.analysis.module import Function, Module
from checks.analysis.owner_columns import account_models
from checks.analysis.program import Program, local_const
from checks.analysis.role_columns import admin_role_name, nested_role_columns, role_column
from checks.analysis.schemas import schema_field, schema_keys, table_columns
from checks.context import FileContext
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint
from checks.sources import read_once, tree_fact

META = RuleMeta(
    id="missing-audit-log",
    title="Security-relevant operation without an audit log",
    severity=Severity.NOTE,
    confidence=Confidence.MEDIUM,
    cwe=(778,),
    owasp=("A09:2021",),
    messages={
        "by_name": "{endpoint} performs a security-relevant operation with no audit log",
        "by_write": "{endpoint} changes `{what}` with no audit log",
        "admin": "{endpoint} makes an admin-only change (`{what}`) with no audit log",
        "sso": "{endpoint} changes an identity provider connection (`{what}`) with no audit log",
    },
    help="Record who did what to which account (`auditLog({ actor, action, target })`) after the operation.",
    abuse="An attacker who takes over an account or abuses admin rights leaves no trace to investigate.",
    references=("https://cwe.mitre.org/data/definitions/778.html",),
)


# What may follow "delete user" in a name that still deletes the account (`deleteUserAccount`,
# `deleteUserById`, `removeUserFromTeam`, `deleteUserAction`); any other word names what of the
# user's is deleted (`deleteUserChats`, `deleteUserLibraryFiles`): content rows, not the account.
_ACCOUNT_QUALIFIERS = frozenset(
    {
        "account",
        "accounts",
        "profile",
        "data",
        "by",
        "from",
        "in",
        "of",
        "and",
        "with",
        "for",
        "action",
        "handler",
        "route",
        "permanently",
        "completely",
        "forever",
        "request",
        "record",
        "row",
        "self",
        "me",
    }
)
_DELETE_USER = re.compile(
    r"(?i)^(delete|remove)_?(account|user|profile)s?$|^(delete|remove|kick)_?((team|org|organi[sz]ation|workspace|project)_?)?members?$"
)


# what a user is taken out of that grants no access (`removeUserFromChatGroup`, `deleteUserFromGroup`):
# a conversation's participants, not a team, organisation or workspace
_CHAT_CONTAINERS = frozenset(
    {"group", "groups", "chat", "chats", "conversation", "conversations", "channel", "channels", "thread", "room"}
)
_CHAT_WORDS = frozenset({"chat", "chats", "conversation", "conversations", "channel", "channels", "thread", "room"})
# `updateEmail`, `changeEmailAddress`, `updateEmailForUser`: the address itself; any other word names
# something of e-mail's (`updateEmailTemplate`, `changeEmailPreferences`), not the account's address
_EMAIL_CHANGE = re.compile(r"(?i)^(change|update)_?(my_?|user_?|account_?)?email$")
_EMAIL_QUALIFIERS = frozenset(
    {"address", "addresses", "action", "handler", "route", "by", "for", "of", "and", "with", "request", "verified"}
)


# A name's first word that asks rather than changes (`checkTileSetPassword`, `verifyChangePasswordLink`)
_QUESTION_VERBS = frozenset({"check", "verify", "validate", "test", "compare", "is", "has", "can", "get", "fetch"})


def _member_callee(value: Node | None) -> Node | None:
    """The `schema.parse` of a declarator holding `schema.parse(...)`: a call's member callee, else None."""
    call = sx.unwrap(value)
    if call is None or call.type != "call_expression":
        return None
    callee = sx.strip_types(call.child_by_field_name("function"))
    return callee if callee is not None and callee.type == "member_expression" else None


def _sensitive_name(name: str) -> bool:
    """The name says a security-relevant operation; "delete user" only when the user (or account)
    is what is deleted, not a collection of theirs named after it, nor a chat it is taken out of;
    "change email" only when the address is what changes. (Pure of the name: answered once per name.)"""
    found = _SENSITIVE_NAMES.get(name)
    if found is None:
        if len(_SENSITIVE_NAMES) >= 65536:
            _SENSITIVE_NAMES.clear()
        found = _SENSITIVE_NAMES[name] = _sensitive_name_uncached(name)
    return found


_SENSITIVE_NAMES: dict[str, bool] = {}
# a step named for coming after the sign-in (`AfterLogin`, `after_sign_in`)
_AFTER_SIGN_IN = re.compile(r"(?i)_?after_?(log_?in|sign_?in)(?-i:(?![a-z]))")


def _sensitive_name_uncached(name: str) -> bool:
    if _AFTER_SIGN_IN.search(name):
        # `continueAfterLogin`, `redirectAfterSignIn`: a step after the sign-in, not the sign-in (unless the rest
        # of the name says another operation)
        name = _AFTER_SIGN_IN.sub("", name)
        if not name:
            return False
    for m in vocab.AUDIT_SENSITIVE_NAMES.finditer(name):
        lead = vocab.words(name[: m.start()])
        if lead and lead[0] in _QUESTION_VERBS and "and" not in lead:
            continue  # `checkDrawingSetPassword`: the name's own verb asks; "set" is a noun there
        email = _EMAIL_CHANGE.match(m.group(0)) is not None
        if not email and not _DELETE_USER.match(m.group(0)):
            return True
        rest = name[m.end() :]
        rest = rest[1:] if rest[:1] == "s" and not rest[1:2].islower() else rest  # `deleteUsers`
        ws = vocab.words(rest)
        if email:
            if not ws or ws[0] in _EMAIL_QUALIFIERS:
                return True
            continue
        if len(ws) > 1 and ws[0] == "from" and ws[1] in _CHAT_CONTAINERS and (ws[1] != "group" or len(ws) == 2):
            continue  # `removeUserFromChatGroup`, `deleteUserFromGroup`
        if len(ws) > 1 and ws[0] == "from" and _CHAT_WORDS & set(ws[1:]):
            continue
        if not ws or ws[0] in _ACCOUNT_QUALIFIERS:
            return True
    return False


# (`loginUser`: the user is who signs in, not an object of the name)
_SIGN_IN = re.compile(
    r"(?i)^(\w*?[a-z_])?(log_?in|sign_?in)(_?"
    + vocab.PRINCIPAL_NOUNS
    + r")?(_?"
    + vocab.AUTH_STEP_VARIANT
    + r")?(action|handler)?$|^authenticate$"
)
# who holds a role: users, also of one part of the app (`yardUsers`, `depot_users`), or members of a
# team/org/workspace (`teamMembers`, `memberships`)
# (also a link row naming who holds a place, `arcade_owner`, `project_collaborators`: its permissions are a grant)
_ROLE_HOLDERS = re.compile(r"(?i)^(\w*users?|\w*members?|\w*memberships?|\w*_owners?|\w*collaborators?)$")
_PASSWORD_RESET = re.compile(r"(?i)reset_?password|password_?reset|forgot|forget_?(my_?)?pass")
_TOKEN_MODELS = re.compile(r"(?i)(reset|verification|password)_?tokens?$")
_ACCOUNT_MODELS = re.compile(r"(?i)^(users?|accounts?|credentials?|passwords?|profiles?)$")


# the fields of a link a reset request mails (`resetPasswordToken`, `resetTokenExpiry`, `otpCode`)
_LINK_WORDS = frozenset({"token", "code", "otp", "expiry", "expires", "expiration", "expire", "expiresat"})


def _stores_link_token(ctx: FileContext, ev: Event) -> bool:
    """The account write only stores the link a reset request mails (`data: { resetPasswordToken,
    resetPasswordTokenExpiry }`): the request step, no password changes."""
    assert ev.op is not None
    keys = [k for d in ev.op.data for k in object_keys(ctx.src, d)]
    return bool(keys) and all(set(vocab.words(k)) & _LINK_WORDS and not _PASSWORD_COLUMN.match(k) for k in keys)


def _does_it(ctx: FileContext, fn: Node, name: str, writes: list[Event]) -> bool:
    """The named operation happens: sign-in always is one (success or failure); a password
    reset only when it writes the account, not when it stores a reset token and sends a link;
    otherwise a write, or a call to an auth provider's operation of that kind
    (`auth.api.disableTwoFactor(...)`, `clerkClient.users.deleteUser(id)`)."""
    if _SIGN_IN.search(name):
        if _stub(ctx, fn):
            return False  # `signIn(formData) { return { error: "Use the login form" } }`: nothing happens
        # starting an OAuth/SSO flow checks no credential: the callback signs the user in or not
        return not _starts_oauth_only(ctx, fn)
    if _PASSWORD_RESET.search(name):
        if any(
            e.op is not None and _ACCOUNT_MODELS.match(_table_name(e.op)) and not _stores_link_token(ctx, e)
            for e in writes
        ):
            return True
        if any(_sets_password_column(ctx, e) for e in writes):
            return True  # `UPDATE legacy_members SET legacy_password_hash = $1`: whatever the table
        # (or hands the new password to the identity provider: `supabase.auth.updateUser({ password })`,
        # unless the provider's configuration audits resets itself)
        handed = _hands_password(ctx, fn)
        return handed is not None and not _reset_hook_audits(ctx, handed)
    if _IMPERSONATE.search(name) and (_sets_cookie(ctx, fn) or _opens_logged_in_session(ctx, fn)):
        # the impersonation cookie (or session) is the operation; a read for a banner is not
        # (`session.userId = id; await session.save()` of an iron session: its save sets the cookie)
        return True
    if (
        re.search(r"(?i)password", name)
        and writes
        and all(e.op is not None and _TOKEN_MODELS.search(e.op.model or "") for e in writes)
    ):
        # `POST /api/user/set-password`: stores a link token and mails it; the change comes later
        return _calls_sensitive_operation(ctx, fn)
    if writes and _DELETES_ACCOUNT.search(name) and all(_business_account(ctx, e) for e in writes):
        return _calls_sensitive_operation(ctx, fn)  # `deleteAccount` of a CRM's `companyAccount` row
    if writes and _DELETES_ACCOUNT.search(name) and _deletes_customer_accounts(ctx, writes):
        return _calls_sensitive_operation(ctx, fn)  # `deleteAccount` of a pipeline's `accounts` and their notes
    if (
        writes
        and _EMAIL_IN_NAME.search(name)
        and all(_message_state_write(ctx, e) for e in writes)
        and not _writes_address_key(ctx, fn)
    ):
        return _calls_sensitive_operation(ctx, fn)  # `updateEmail(id, { isRead })` on a mailbox's message row
    return bool(writes) or _calls_sensitive_operation(ctx, fn) or _posts_to_named_endpoint(ctx, fn)


def _stub(ctx: FileContext, fn: Node) -> bool:
    """A body that calls nothing, awaits nothing and never reads its parameters: it can only answer a
    constant, so no operation happens whatever it is named."""
    body = fn.child_by_field_name("body")
    if body is None or sx.find(body, ("call_expression", "new_expression", "await_expression")):
        return False
    params = set(sx.param_names(ctx.src, fn))
    return not any(ctx.text(i) in params for i in sx.find(body, ("identifier", "shorthand_property_identifier")))


def _posts_to_named_endpoint(ctx: FileContext, fn: Node) -> bool:
    """`fetch(SITE_URL + "/api/user/delete-user", { method: "POST" })`: the action hands its operation to
    the app's own endpoint named for it (the last segment of a fixed path, as a route's folder names it)."""
    if ctx.src.find(b"fetch(", fn.start_byte, fn.end_byte) == -1:
        return False
    for call in sx.find(fn, ("call_expression",)):
        if sx.callee_name(ctx.src, call) != "fetch":
            continue
        args = sx.call_args(call)
        url = sx.unwrap(args[0]) if args else None
        if url is None or url.type not in ("string", "template_string"):
            continue
        path = re.sub(r"\$\{[^}]*\}", "", ctx.text(url).strip("`'\"")).split("?", 1)[0].rstrip("/")
        last = path.rsplit("/", 1)[-1]
        if "-" in last or "_" in last:
            named = re.sub(r"[-_]([a-z])", lambda m: m.group(1).upper(), last.lower())
            if _sensitive_name(named):
                return True
    return False


# (the lookahead case-sensitive: `updateEmailAction` names the change, `updateEmailsent` does not)
_EMAIL_IN_NAME = re.compile(r"(?i:(change|update)_?emails?)(?![a-z])")
# a row that holds a person's address: the account, its profile, an address book of the user's
_ADDRESS_HOLDER = re.compile(
    r"(?i)^(\w*_?)?(users?|accounts?|profiles?|members?|customers?|contacts?|people|persons?)$|address"
)
_ADDRESS_WORD = re.compile(r"(?i)e_?mail|address")
_ADDRESS_KEY = re.compile(r"(?i)^(new_?|primary_?)?e_?mail(_?address)?$")


def _filter_only_names(ev: Event) -> frozenset[str]:
    """The names a project helper's write takes only to pick its row: `mailLink({ email, token })` whose
    helper runs `user.update({ where: { email }, data: { mailedAt } })`. The address chooses the account,
    nothing writes it (a name the helper also writes, `data: { email }`, reaches no filter alone)."""
    op = ev.op
    if op is None or op.api != "helper" or not op.filter_names:
        return frozenset()
    return op.filter_names - op.data_names if op.data_names is not None else frozenset()


def _written_keys(ctx: FileContext, fn: Node, data: Node, ep: EntryPoint | None = None) -> set[str]:
    """The keys a write's data names: those of its object literal, or of the one local it is bound to
    (`const changes = { ... }; update({ data: changes })`), with the keys of objects spread in on a
    condition (`...(email !== old ? { email } : {})`, `...(email && { email })`): written when it holds.
    With ``ep``, also those the action's input schema admits, written whole or spread in (`.set({ ...input
    })`, or the rest of it, `const { id, ...changes } = input`): the client may send each."""
    obj = sx.unwrap(data)
    assigned: set[str] = set()
    if obj is not None and obj.type == "identifier" and ep is not None:
        assigned |= _input_schema_keys(ctx, ep, ctx.text(obj))
    if obj is not None and obj.type == "identifier":
        name = ctx.text(obj)
        found = [
            sx.unwrap(d.child_by_field_name("value"))
            for d in sx.find(fn, ("variable_declarator",), into_functions=False)
            if ctx.text(d.child_by_field_name("name")) == name
        ]
        obj = found[0] if len(found) == 1 else obj
        kept = _entries_kept(ctx, obj)
        if kept is not None:
            # (`Object.fromEntries(Object.entries(next).filter(...))`: the keys of `next`, empty ones dropped)
            return _written_keys(ctx, fn, kept, ep)
        if not found:
            # (`for (const { id, ...patch } of patches) ... .set(patch)`: the rest of a typed element)
            assigned |= _rest_keys(ctx, fn, name)
        if obj is not None and obj.type == "object":
            # (`const update = {}; if (body.role !== undefined) update.role = role`: keys set one by one)
            for a in sx.find(fn, ("assignment_expression",), into_functions=False):
                left = a.child_by_field_name("left")
                if left is None or left.type != "member_expression":
                    continue
                target = left.child_by_field_name("object")
                prop = left.child_by_field_name("property")
                if target is not None and prop is not None and ctx.text(target) == name:
                    assigned.add(ctx.text(prop))
    keys = set(object_keys(ctx.src, obj)) | assigned
    if obj is None or obj.type != "object":
        return keys
    for child in obj.named_children:
        spread = sx.unwrap(child.named_children[0]) if child.type == "spread_element" and child.named_children else None
        if spread is None:
            continue
        branches: list[Node | None] = [spread]
        if spread.type == "ternary_expression":
            branches = [sx.unwrap(spread.child_by_field_name(f)) for f in ("consequence", "alternative")]
        elif spread.type == "binary_expression" and ctx.text(spread.child_by_field_name("operator")) == "&&":
            branches = [sx.unwrap(spread.child_by_field_name("right"))]
        for b in branches:
            if b is not None and b.type == "object":
                keys |= set(object_keys(ctx.src, b))
        if spread.type == "identifier":
            keys |= _typed_keys(ctx, fn, ctx.text(spread))
            # (`data: Partial<MemberInput>` a parameter typed by the file's interface: each field may be sent)
            keys |= _declared_fields(ctx, fn, _param_type(ctx, fn, ctx.text(spread)))
            if ep is not None:
                keys |= _input_schema_keys(ctx, ep, ctx.text(spread))
    return keys


def _entries_kept(ctx: FileContext, value: Node | None) -> Node | None:
    """`Object.fromEntries(Object.entries(x).filter(...))` (or `.map`): the object ``x`` whose entries are kept."""
    if value is None or value.type != "call_expression" or sx.callee_name(ctx.src, value) != "Object.fromEntries":
        return None
    for call in sx.find(value, ("call_expression",)):
        if sx.callee_name(ctx.src, call) == "Object.entries":
            args = sx.call_args(call)
            return args[0] if len(args) == 1 else None
    return None


def _input_schema_keys(ctx: FileContext, ep: EntryPoint, name: str) -> set[str]:
    """The keys ``name`` may hold when it is the parsed input of an action whose schema is known (a
    next-safe-action or zsa input, `authAction(schema, async (input) => ...)`), or the rest of it beside
    the keys picked out (`const { id, ...changes } = input`): the schema's keys; empty otherwise."""
    if not ep.schemas:
        return set()
    taken: set[str] = set()
    if name not in ep.input_params:
        source = _rest_of(ctx, ep.fn.node, name)
        if source is None or source[0] not in ep.input_params:
            return set()
        taken = source[1]
    keys: set[str] = set()
    for mod, schema in ep.schemas:
        found = schema_keys(mod, schema, ctx.analyzer.program)
        if found is None:
            return set()
        keys |= set(found)
    return keys - taken


def _rest_of(ctx: FileContext, fn: Node, name: str) -> tuple[str, set[str]] | None:
    """`const { id, ...rest } = input` in ``fn``: (`input`, the keys picked out beside the rest) for the rest
    ``name``, or None."""
    for rest in sx.find(fn, ("rest_pattern",), into_functions=False):
        pattern = rest.parent
        holder = pattern.parent if pattern is not None else None
        if (
            pattern is None
            or pattern.type != "object_pattern"
            or holder is None
            or holder.type != "variable_declarator"
            or ctx.text(sx.unwrap(rest.named_children[0])) != name
        ):
            continue
        source = sx.unwrap(holder.child_by_field_name("value"))
        if source is None or source.type != "identifier":
            return None
        picked = {
            ctx.text(c.child_by_field_name("key") if c.type == "pair_pattern" else c)
            for c in pattern.named_children
            if c.type in ("pair_pattern", "shorthand_property_identifier_pattern")
        }
        return ctx.text(source), picked
    return None


def _rest_keys(ctx: FileContext, fn: Node, name: str) -> set[str]:
    """The fields the rest ``name`` of a destructuring may hold: `for (const { id, ...patch } of patches)`
    with `patches: UserPatch[]` and `type UserPatch = { id; email?; role? }` (or an interface of the file) holds
    every field of the type but those picked out beside it (`email`, `role`): written whole, each may be set."""
    for rest in sx.find(fn, ("rest_pattern",), into_functions=False):
        pattern = rest.parent
        if pattern is None or pattern.type != "object_pattern" or ctx.text(sx.unwrap(rest.named_children[0])) != name:
            continue
        picked = {
            ctx.text(c.child_by_field_name("key") if c.type == "pair_pattern" else c)
            for c in pattern.named_children
            if c.type in ("pair_pattern", "shorthand_property_identifier_pattern")
        }
        holder = pattern.parent
        type_node: Node | None = None
        if holder is not None and holder.type in ("required_parameter", "optional_parameter"):
            type_node = holder.child_by_field_name("type")
        elif holder is not None and holder.type in ("for_in_statement", "variable_declarator"):
            source = holder.child_by_field_name("right" if holder.type == "for_in_statement" else "value")
            type_node = _param_type(ctx, fn, ctx.text(source)) if source is not None else None
            if type_node is not None and holder.type == "for_in_statement":
                type_node = _element_type(ctx, type_node)
        fields = _declared_fields(ctx, fn, type_node)
        return fields - picked if fields else set()
    return set()


def _param_type(ctx: FileContext, fn: Node, name: str) -> Node | None:
    """The type annotation of the entry point's parameter ``name``."""
    params = fn.child_by_field_name("parameters")
    for p in params.named_children if params is not None else []:
        if (
            p.type in ("required_parameter", "optional_parameter")
            and ctx.text(p.child_by_field_name("pattern")) == name
        ):
            return p.child_by_field_name("type")
    return None


def _element_type(ctx: FileContext, t: Node) -> Node | None:
    """`T[]`, `Array<T>`, `ReadonlyArray<T>` → `T`."""
    t = t.named_children[0] if t.type == "type_annotation" and t.named_children else t
    if t.type == "array_type":
        return t.named_children[0] if t.named_children else None
    if t.type == "generic_type" and ctx.text(t.child_by_field_name("name")) in ("Array", "ReadonlyArray"):
        args = t.child_by_field_name("type_arguments")
        return args.named_children[0] if args is not None and args.named_children else None
    return None


def _declared_fields(ctx: FileContext, fn: Node, t: Node | None) -> set[str]:
    """The property names of an object type, written in place or named by a type alias or interface of the
    entry point's own file (`Partial<T>` as `T`)."""
    t = t.named_children[0] if t is not None and t.type == "type_annotation" and t.named_children else t
    if (
        t is not None
        and t.type == "generic_type"
        and ctx.text(t.child_by_field_name("name")) in ("Partial", "Readonly")
    ):
        args = t.child_by_field_name("type_arguments")
        t = args.named_children[0] if args is not None and args.named_children else None
    if t is not None and t.type == "type_identifier":
        root = fn
        while root.parent is not None:
            root = root.parent
        wanted, t = ctx.text(t), None
        for stmt in root.named_children:
            decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
            if (
                decl is not None
                and decl.type in ("type_alias_declaration", "interface_declaration")
                and ctx.text(decl.child_by_field_name("name")) == wanted
            ):
                t = decl.child_by_field_name("value" if decl.type == "type_alias_declaration" else "body")
                break
    if t is None or t.type not in ("object_type", "interface_body"):
        return set()
    return {
        ctx.text(m.child_by_field_name("name")).strip("'\"")
        for m in t.named_children
        if m.type == "property_signature" and m.child_by_field_name("name") is not None
    }


def _typed_keys(ctx: FileContext, fn: Node, name: str) -> set[str]:
    """The fields the local ``name`` is typed with in place (`const body = (await req.json()) as { name?: string;
    email?: string }`, or `const body: { email: string } = ...`): spread into a write, each may be written."""
    out: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        target = d.child_by_field_name("name")
        if target is None or target.type != "identifier" or ctx.text(target) != name:
            continue
        types = [d.child_by_field_name("type")]
        value = d.child_by_field_name("value")
        while value is not None and value.type in ("parenthesized_expression", "as_expression", "satisfies_expression"):
            if value.type == "parenthesized_expression":
                value = value.named_children[0] if value.named_children else None
                continue
            types.append(value.named_children[-1] if value.named_children else None)
            value = value.named_children[0] if value.named_children else None
        for t in types:
            if t is None:
                continue
            for sig in sx.find(t, ("property_signature",)):
                key = sig.child_by_field_name("name")
                holder = sig.parent  # (the object type itself, or the one a `: {...}` annotation wraps)
                if key is not None and holder is not None and t.id in (holder.id, getattr(holder.parent, "id", None)):
                    out.add(ctx.text(key).strip("'\""))
    return out


def _writes_address_key(ctx: FileContext, fn: Node) -> bool:
    """An `email` key anywhere in the body (`{ email }`, `patch.email = next`): an address is written."""
    for n in sx.find(fn, ("pair", "shorthand_property_identifier", "assignment_expression")):
        if n.type == "pair":
            key = n.child_by_field_name("key")
        elif n.type == "assignment_expression":
            left = n.child_by_field_name("left")
            member = left is not None and left.type == "member_expression"
            key = left.child_by_field_name("property") if member and left is not None else None
        else:
            key = n
        if key is not None and _ADDRESS_KEY.match(ctx.text(key).strip("'\"")):
            return True
    return False


def _message_state_write(ctx: FileContext, ev: Event) -> bool:
    """`db.update(inboxMessages).set(updateData)`: the write goes to a known table that holds no person's
    address (a mailbox's messages) and nothing written names an address: an e-mail *message's* read or
    archived state changed, not an account's e-mail."""
    model = _table_name(ev.op) if ev.op is not None else ""
    if not model or _ADDRESS_HOLDER.search(model) or ev.op is None:
        return False
    return not any(_names_address(ctx, d) for d in ev.op.data)


def _names_address(ctx: FileContext, data: Node) -> bool:
    """Something written names an address: a key or value called `email`, `newEmail`, `emailAddress`,
    `address` (not `email_data`, an e-mail message's fields, nor `emailId`)."""
    if not _ADDRESS_WORD.search(ctx.text(data)):
        return False
    names = [ctx.text(n).strip("'\"") for n in sx.find(data, _NAME_NODES)]
    if data.type in _NAME_NODES:
        names.append(ctx.text(data))
    return any(_ADDRESS_KEY.match(n) or "address" in vocab.words(n) for n in names)


_NAME_NODES = ("identifier", "property_identifier", "shorthand_property_identifier", "string")


# (the lookahead case-sensitive: `deleteAccountAction` names the deletion, `deleteAccountant` does not)
_DELETES_ACCOUNT = re.compile(r"(?i:(delete|remove)_?accounts?)(?![a-z])")
_PRINCIPAL = re.compile(f"(?i)^{vocab.PRINCIPAL_NOUNS}s?$|^(auth|login|oauth|linked|connected|social|provider|sso)$")


def _business_account(ctx: FileContext, ev: Event) -> bool:
    """`companyAccount`, `bankAccount`: a model the Prisma schema declares, named for an account of
    something other than a person who signs in (a qualifier before `account` that is no principal), and
    holding no credential: a customer company or a ledger, not a login account."""
    model = ev.op.model if ev.op is not None and ev.op.model else ""
    ws = vocab.words(model)
    if len(ws) < 2 or ws[-1] not in ("account", "accounts") or any(_PRINCIPAL.match(w) for w in ws[:-1]):
        return False
    program = ctx.analyzer.program
    return model.lower() in prisma_models(program, ctx.path) and sensitive_field(program, model, ctx.path) is None


# a column naming an account as a customer record (`accountName`, `companyName`, `industry`, `website`)
_CUSTOMER_COLUMN = re.compile(r"(?i)^((account|company|business|legal|organi[sz]ation)_?name|industry|website)$")
# ... and one of a sign-in (an address or handle signed in with, a provider's link, a credential)
_LOGIN_COLUMN = re.compile(
    r"(?i)^(e_?mail(_?address)?|user_?name|login|handle|provider(_?account_?id)?|\w*password\w*|\w*_?hash|"
    r"\w*token\w*|\w*secret\w*|email_?verified)$"
)


def _customer_account_table(ctx: FileContext, ev: Event) -> bool:
    """A drizzle table named `account(s)` (`accountTable`), written through a project helper or in place,
    whose declared columns name a customer record (`accountName`, `website`) and nothing a person signs in
    with (no address, handle, provider link or credential): a CRM's lead or client, not a login account."""
    op = ev.op
    if op is None or op.api not in ("drizzle", "helper") or _table_name(op).lower() not in ("account", "accounts"):
        return False
    mod, table = ctx.module, None
    if op.api == "helper":
        target = ctx.analyzer.target(ctx.module, op.call)
        if target is None or target.body is None:
            return False
        mod = target.module
        table = next((n for n in sx.find(target.body, ("identifier",)) if sx.text(mod.src, n) == op.model), None)
    else:
        args = sx.call_args(op.call)
        table = args[0] if args else None
    columns = table_columns(mod, table, ctx.analyzer.program) if table is not None else None
    if not columns or any(_LOGIN_COLUMN.match(c) for c in columns):
        return False
    return any(_CUSTOMER_COLUMN.match(c) for c in columns)


def _deletes_customer_accounts(ctx: FileContext, writes: list[Event]) -> bool:
    """`deleteAccount` removing a customer account (`_customer_account_table`) and rows filed under it (its
    notes, deals, contacts): no write touches a table of people who sign in, their sessions or credentials."""
    found = False
    for e in writes:
        if _customer_account_table(ctx, e):
            found = True
            continue
        model = _table_name(e.op) if e.op is not None else ""
        if (
            not model
            or _ACCOUNT_MODELS.match(model)
            or _ROLE_HOLDERS.match(model)
            or _SESSION_MODELS.match(model)
            or re.search(r"(?i)(session|token|credential|password|key|login|auth)", model)
        ):
            return False
    return found


# what a provider call changes, seen in its argument: `supabase.auth.updateUser({ password })`,
# `clerk.users.updateUserMetadata(id, { publicMetadata: { role } })`, better-auth `{ body: { role } }`
_CHANGED_KEYS = frozenset({"password", "newPassword", "email", "newEmail", "role", "roles", "permissions", "isAdmin"})
_WRAPPER_KEYS = frozenset({"body", "data", "publicMetadata", "privateMetadata", "app_metadata", "user_metadata"})


_IMPERSONATE = re.compile(r"(?i)impersonat")
_SET_COOKIE = re.compile(r"(?i)cookies?\(\)\.set$|^set_?cookies?$|^cookies\.set$")


def _sets_cookie(ctx: FileContext, fn: Node, mod: Module | None = None, depth: int = 0) -> bool:
    """`(await cookies()).set(name, value)`, `setCookie(...)`: the endpoint hands its caller a cookie, also
    through a project helper it calls (`setSession({ user, impersonating: true })` setting the session's)."""
    mod = mod or ctx.module
    # (`const jar = await cookies(); jar.set(...)`, `cks = cks ?? (await cookies())`: the jar under a name)
    jars = {
        sx.text(mod.src, left)
        for a in sx.find(fn, ("variable_declarator", "assignment_expression"))
        if (left := a.child_by_field_name("name" if a.type == "variable_declarator" else "left")) is not None
        and left.type == "identifier"
        and (right := a.child_by_field_name("value" if a.type == "variable_declarator" else "right")) is not None
        and any(sx.callee_name(mod.src, c) == "cookies" for c in sx.find(right, ("call_expression",)))
    }
    for c in sx.find(fn, ("call_expression",)):
        callee = sx.callee_name(mod.src, c)
        if _SET_COOKIE.search(callee) or (callee.endswith(".set") and callee[:-4] in jars):
            return True
        target = ctx.analyzer.target(mod, c) if depth < 2 else None
        if target is not None and target.node != fn and _sets_cookie(ctx, target.node, target.module, depth + 1):
            return True
    return False


_OAUTH_START = re.compile(r"^signInWith(OAuth|SSO)$|^(create|get)Authori[sz]ationU(rl|RL)$")
_CREDENTIAL_CALL = re.compile(r"(?i)(password|otp|credential|code|token)")


def _starts_oauth_only(ctx: FileContext, fn: Node) -> bool:
    """`supabase.auth.signInWithOAuth({ provider })` then `redirect(data.url)`, and no other sign-in call;
    or a library `signIn(config, { redirectUri })` handed no credential: the identity provider's own
    page takes the password, and its callback is where the sign-in succeeds or fails."""
    calls = list(sx.find(fn, ("call_expression",)))
    names = [sx.last_name(sx.callee_name(ctx.src, c)) for c in calls]
    if any(_OAUTH_START.match(n) for n in names):
        return not any(_CREDENTIAL_CALL.search(n) or n in ("signIn", "login") for n in names)
    if any(_CREDENTIAL_CALL.search(n) for n in names if not n.startswith(("encode", "decode"))):
        return False  # (a password or code checked here; `encodeURIComponent` builds the return URL)
    imported = [_imported_name(ctx, n) for n in names]
    signs_in = [c for c, n, i in zip(calls, names, imported, strict=True) if "signIn" in (n, i) or "login" in (n, i)]
    return (
        any(i in ("signIn", "login") for i in imported)
        and bool(signs_in)
        and not any(_HANDS_CREDENTIAL.search(ctx.text(a)) for c in signs_in for a in sx.call_args(c))
        and all(_redirect_options_only(ctx, c) for c in signs_in if _project_auth_call(ctx, c))
    )


def _project_auth_call(ctx: FileContext, call: Node) -> bool:
    """A call of a name imported from the project's own modules (its Auth.js config's `signIn`)."""
    binding = ctx.module.imports.get(sx.callee_name(ctx.src, call))
    return binding is not None and (binding.project or binding.spec.startswith((".", "@/", "~/")))


def _redirect_options_only(ctx: FileContext, call: Node) -> bool:
    """Auth.js `signIn(provider, { redirectTo })`: handed the options of a redirect only, nothing a
    credentials provider of any id would check (`signIn("pin", { badge, pin })`)."""
    args = sx.call_args(call)
    if args and sx.string_value(ctx.src, args[0]) == "credentials":
        return False
    for a in args[1:]:
        options = sx.strip_types(a)
        if options is None or options.type != "object" or set(object_keys(ctx.src, options)) - _SIGN_IN_OPTIONS:
            return False
    return True


# A credential handed to a sign-in call (`{ email, password }`, `"credentials", formData`); the URL
# helpers around a redirect (`encodeURIComponent`) are not
_HANDS_CREDENTIAL = re.compile(r"(?i)\b(password|passcode|otp|code|token|credentials?|form_?data|body)\b")


def _imported_name(ctx: FileContext, local: str) -> str | None:
    """What a package exports under the name bound here (`import { signIn as hostedSignIn } from "..."`),
    also through the project's Auth.js config (`export const { signIn } = NextAuth(config)`)."""
    binding = ctx.module.imports.get(local)
    if binding is None:
        return None
    if binding.project or binding.spec.startswith((".", "@/", "~/")):
        home = ctx.analyzer.program.imported_module(ctx.module, binding.spec)
        return binding.imported if home is not None and _authjs_export(home, binding.imported) else None
    return binding.imported


def _authjs_export(mod: Module, name: str) -> bool:
    """``name`` is destructured from Auth.js' `NextAuth(...)` in ``mod`` (`export const { signIn } = NextAuth(...)`)."""
    if b"NextAuth(" not in mod.src:
        return False
    maker = next((b.local for b in mod.imports.values() if b.spec == "next-auth" and b.imported == "default"), None)
    if maker is None:
        return False
    pattern = rb"\{[^}]*\b" + re.escape(name).encode() + rb"\b[^}]*\}\s*=\s*" + re.escape(maker).encode() + rb"\("
    return re.search(pattern, mod.src) is not None


_PASSWORD_KEYS = frozenset({"password", "newPassword"})


def _hands_password(ctx: FileContext, fn: Node) -> Node | None:
    """A call handed a password to set (`auth.updateUser({ password })`, `{ body: { newPassword } }`)."""
    for call in sx.find(fn, ("call_expression",)):
        if any(_handed_keys(ctx, arg) & _PASSWORD_KEYS for arg in sx.call_args(call)):
            return call
    return None


_UPDATE_USER_CALL = re.compile(r"^update(User|Account)?(ById|Attributes)?$")


def _password_update_call(ctx: FileContext, fn: Node) -> Node | None:
    """An identity provider's user updated with a password (`supabaseAdmin.auth.admin.updateUserById(id,
    { password })`, `supabase.auth.updateUser({ password })`): a password change, by whom it may be.
    (Creating a user with one is a sign-up; a project helper's name decides for itself.)"""
    if ctx.src.find(b"assword", fn.start_byte, fn.end_byte) == -1:
        return None
    for call in sx.find(fn, ("call_expression",)):
        dotted = sx.callee_name(ctx.src, call)
        if "." not in dotted or not _UPDATE_USER_CALL.match(sx.last_name(dotted)):
            continue
        if ".auth." not in f".{dotted}." and not dotted.startswith(("auth.", "clerk")):
            continue
        if any(_handed_keys(ctx, arg) & _PASSWORD_KEYS for arg in sx.call_args(call)):
            return call
    return None


def _address_update_call(ctx: FileContext, fn: Node) -> Node | None:
    """`supabase.auth.updateUser({ email })`: the account's sign-in address changed at the identity
    provider (an address change, as `updateUserById(id, { email })` is for an administrator). Only the
    call's own keys: `{ data: { email } }` is profile metadata, not the address one signs in with."""
    if ctx.src.find(b"mail", fn.start_byte, fn.end_byte) == -1:
        return None
    for call in sx.find(fn, ("call_expression",)):
        dotted = sx.callee_name(ctx.src, call)
        if dotted.endswith(".users.updateUser") and any(
            object_keys(ctx.src, arg).keys() & _PRIMARY_ADDRESS_KEYS for arg in sx.call_args(call)
        ):
            return call  # Clerk's backend `users.updateUser(id, { primaryEmailAddressID })`: the sign-in address
        if "." not in dotted or sx.last_name(dotted) != "updateUser" or ".auth." not in f".{dotted}.":
            continue
        if any(object_keys(ctx.src, arg).keys() & _ADDRESS_KEYS for arg in sx.call_args(call)):
            return call
    return None


_ADDRESS_KEYS = frozenset({"email", "newEmail"})
_PRIMARY_ADDRESS_KEYS = frozenset({"primaryEmailAddressID", "primaryEmailAddressId"})


def _admin_account_change(ctx: FileContext, fn: Node, flow: Flow) -> str | None:
    """`supabase.auth.admin.updateUserById(id, { email })` (also through a local, `const body = { email }`)
    changes an account's address; `auth.admin.createUser({ app_metadata: { isAdmin } })` makes an account
    with a standing, and `updateUserById(id, { app_metadata: { role } })` gives one (the server-only claims
    the app's gates read), as does the client's unchecked object handed over whole (`updateUserById(id,
    patch)`: its `email`, `password` or `app_metadata` among what it may set); `auth.admin.deleteUser(id)`
    deletes one: security operations done with the service key, whoever asks."""
    if ctx.src.find(b".admin.", fn.start_byte, fn.end_byte) == -1:
        return None
    locals_: dict[str, Node | None] = {}
    for d in sx.find(fn, ("variable_declarator",)):
        name = d.child_by_field_name("name")
        if name is not None and name.type == "identifier":
            locals_[sx.text(ctx.src, name)] = d.child_by_field_name("value")
    calls = sx.find(fn, ("call_expression",))
    dotted_calls = [sx.callee_name(ctx.src, c) for c in calls]
    if any(d.endswith(".auth.admin.deleteUser") for d in dotted_calls) and not any(
        d.endswith(".auth.admin.createUser") for d in dotted_calls
    ):
        # an account deleted with the service key (not one the same function just made, rolled back)
        return "deleteUser(...)"
    for call, dotted in zip(calls, dotted_calls, strict=True):
        if not dotted.endswith((".auth.admin.updateUserById", ".auth.admin.createUser")):
            continue
        for arg in sx.call_args(call):
            node = sx.strip_types(arg)
            if node is not None and node.type == "identifier":
                node = sx.strip_types(locals_.get(sx.text(ctx.src, node)))
            keys = object_keys(ctx.src, node)
            last = sx.last_name(dotted)
            if last == "updateUserById" and "email" in keys:
                return f"{last}({{ email }})"
            claims = object_keys(ctx.src, keys.get("app_metadata"))
            if any(k in vocab.PRIVILEGED_FIELDS or _ROLE_CLAIM.match(k) for k in claims):
                return f"{last}({{ app_metadata }})"
        attrs = sx.call_args(call)[1:2]
        if sx.last_name(dotted) == "updateUserById" and attrs and _unchecked_client_object(ctx, flow, call, attrs[0]):
            return f"updateUserById({ctx.text(attrs[0])[:30]})"
    return None


def _unchecked_client_object(ctx: FileContext, flow: Flow, call: Node, data: Node) -> bool:
    """``data``, handed to ``call``, is the client's object as a whole and no schema checked it (a type
    annotation binds nothing at run time: `patch: { user_metadata: ... }` may hold any key)."""
    ev = next((e for e in flow.events if e.node.id == call.id), None)
    node = sx.unwrap(data)
    return (
        ev is not None
        and _client_object(ctx, ev, data)
        and node is not None
        and ctx.text(node) not in ev.state.validated
    )


# a claim naming a standing (`isAdmin`, `is_admin`, `role`)
_ROLE_CLAIM = re.compile(r"(?i)^(is_?)?(admin|super_?admin|staff|owner)$|^roles?$")
# ... also a qualified one in an identity provider's metadata (`networkAdmin`, `teamRole`, `org_roles`)
_QUALIFIED_ROLE_CLAIM = re.compile(r"^(is_?)?[a-z]\w*?(Admin|_admin|Role|_role|Roles|_roles|Permissions|_permissions)$")
# the metadata only the server may write (Clerk's `unsafeMetadata` is the user's own to set)
_SERVER_METADATA = ("publicMetadata", "privateMetadata", "public_metadata", "private_metadata")


def _provider_metadata_grant(ctx: FileContext, fn: Node) -> str | None:
    """`clerk.users.updateUserMetadata(id, { publicMetadata: { networkAdmin: true } })`: a role or an admin
    flag set in the identity provider's server-side metadata, literal or not, is a permission change
    whatever the endpoint is called (the app's gates read that claim)."""
    if _mentions(ctx, fn, (b"setCustomUserClaims",)):
        granted = _custom_claims_grant(ctx, fn)
        if granted is not None:
            return granted
    if not _mentions(ctx, fn, (b"ublicMetadata", b"rivateMetadata", b"ublic_metadata", b"rivate_metadata")):
        return None
    for call in sx.find(fn, ("call_expression",)):
        dotted = sx.callee_name(ctx.src, call)
        if ".users." not in f".{dotted}" or sx.last_name(dotted) not in ("updateUserMetadata", "updateUser"):
            continue
        for arg in sx.call_args(call):
            keys = object_keys(ctx.src, arg)
            for wrapper in _SERVER_METADATA:
                claims = object_keys(ctx.src, keys.get(wrapper))
                if any(_ROLE_CLAIM.match(k) or _QUALIFIED_ROLE_CLAIM.match(k) for k in claims):
                    return f"{sx.last_name(dotted)}({{ {wrapper} }})"
    return None


def _custom_claims_grant(ctx: FileContext, fn: Node) -> str | None:
    """Firebase's `auth.setCustomUserClaims(uid, { role })`: the claims object is all server-set (what the
    app's gates read, as Supabase's `app_metadata` is), so a role or admin claim in it is a permission change."""
    for call in sx.find(fn, ("call_expression",)):
        if sx.last_name(sx.callee_name(ctx.src, call)) != "setCustomUserClaims":
            continue
        args = sx.call_args(call)
        claims = object_keys(ctx.src, args[1]) if len(args) > 1 else {}
        if any(_ROLE_CLAIM.match(k) or _QUALIFIED_ROLE_CLAIM.match(k) for k in claims):
            return "setCustomUserClaims({ role })"
    return None


# better-auth's server calls that change the signed-in account's password or address
# (`auth.api.changePassword({ headers, body: { currentPassword, newPassword } })`, `changeEmail`;
# `requestPasswordReset` only mails a link)
_PROVIDER_CREDENTIAL_CHANGE = re.compile(r"\.api\.(changePassword|setPassword|changeEmail)$")


def _mentions(ctx: FileContext, fn: Node, words: tuple[bytes, ...]) -> bool:
    """Some word of ``words`` is in the text of ``fn``: a cheap test before asking each call's callee for a
    name that must hold one of them (a callee's dotted name is made of the source's own words)."""
    src, s, e = ctx.src, fn.start_byte, fn.end_byte
    return any(src.find(w, s, e) != -1 for w in words)


def _provider_credential_change(ctx: FileContext, fn: Node) -> Node | None:
    """`auth.api.changePassword(...)`: the change happens in the auth library, whatever the endpoint is called."""
    if not _mentions(ctx, fn, (b"changePassword", b"setPassword", b"changeEmail")):
        return None
    for call in sx.find(fn, ("call_expression",)):
        if _PROVIDER_CREDENTIAL_CHANGE.search(sx.callee_name(ctx.src, call)):
            return call
    return None


# Supabase Auth's own account deletion and second-factor removal, Clerk's backend `users.deleteUser(id)`
# and `users.disableUserMFA(id)`: the operation happens in the provider
# (and better-auth's `auth.api.deleteUser(...)`, the caller's own account, and its admin plugin's `removeUser`)
_PROVIDER_ACCOUNT_OPERATION = re.compile(
    r"\bauth\.(admin\.deleteUser|mfa\.unenroll)$|\busers\.(deleteUser|disableUserMFA)$|\bapi\.(deleteUser|removeUser)$"
)
# ... undone by what the same endpoint builds: a sign-up rolling back the account it just made, a factor
# setup clearing the unverified factors of an abandoned one before it enrols the new one
_PROVIDER_MAKES = re.compile(
    r"\bauth\.(admin\.createUser|signUp|admin\.inviteUserByEmail|mfa\.enroll)$|\busers\.createUser$"
    r"|\bapi\.(signUpEmail|createUser)$"
)


def _provider_account_operation(ctx: FileContext, fn: Node, flow: Flow) -> Node | None:
    """`admin.auth.admin.deleteUser(user.id)`, `supabase.auth.mfa.unenroll({ factorId })`: an account deleted
    or a second factor removed in the auth provider, whatever the endpoint is called (`closeAccount`,
    `DELETE`). Not in an endpoint that makes an account or a factor through it too, nor in a scheduled job
    let in by its secret with nobody signed in (retention)."""
    if flow.final.auth == "secret" and not flow.final.session | flow.final.fetched:
        return None
    if not _mentions(ctx, fn, (b"deleteUser", b"removeUser", b"unenroll", b"disableUserMFA")):
        return None  # (no call can be the operation: an endpoint making an account answers None as well)
    found = None
    for call in sx.find(fn, ("call_expression",)):
        name = sx.callee_name(ctx.src, call)
        if _PROVIDER_MAKES.search(name):
            return None
        if found is None and _PROVIDER_ACCOUNT_OPERATION.search(name):
            found = call
    return found


def _handed_keys(ctx: FileContext, arg: Node) -> set[str]:
    """The keys of an object argument, and of the objects under its wrapper keys (`{ body: { ... } }`)."""
    keys = object_keys(ctx.src, arg)
    out = set(keys) | {k for w in keys.keys() & _WRAPPER_KEYS for k in object_keys(ctx.src, keys[w])}
    node = sx.strip_types(arg)
    return out | _filled_keys(ctx, node) if node is not None and node.type == "identifier" else out


def _filled_keys(ctx: FileContext, ident: Node) -> set[str]:
    """`const changes: any = {}; if (password) changes.password = password;` before `updateUser(changes)`:
    the keys a local object literal holds or is given, key by key, before ``ident`` hands it on."""
    fn = sx.enclosing_function(ident)
    if fn is None:
        return set()
    name = ctx.text(ident)
    out: set[str] = set()
    bound = False
    for d in sx.find(fn, ("variable_declarator",), False):
        target = d.child_by_field_name("name")
        value = sx.strip_types(d.child_by_field_name("value"))
        if d.start_byte < ident.start_byte and target is not None and ctx.text(target) == name:
            bound = value is not None and value.type == "object"
            out = set(object_keys(ctx.src, value)) if bound and value is not None else set()
    if not bound:
        return set()
    for a in sx.find(fn, ("assignment_expression",), False):
        left = a.child_by_field_name("left")
        if a.start_byte > ident.start_byte or left is None or left.type != "member_expression":
            continue
        if ctx.text(left.child_by_field_name("object")) == name:
            out.add(ctx.text(left.child_by_field_name("property")))
    return out


def _reset_hook_audits(ctx: FileContext, call: Node) -> bool:
    """The auth instance called is configured in the project with a reset hook that audits (Better Auth
    `emailAndPassword: { onPasswordReset: async ({ user }) => { await auditPasswordReset(user.id) } }`)."""
    root = sx.root_identifier(ctx.src, call.child_by_field_name("function"))
    binding = ctx.module.imports.get(root or "")
    config = ctx.analyzer.program.imported_module(ctx.module, binding.spec) if binding is not None else None
    if config is None or b"onPasswordReset" not in config.src:
        return False
    for pair in sx.find(config.parsed.root, ("pair",)):
        if config.text(pair.child_by_field_name("key")) == "onPasswordReset":
            callees = (sx.callee_name(config.src, c) for c in sx.find(pair, ("call_expression",)))
            if any(ctx.analyzer.vocab.is_audit(c) and not ctx.analyzer.vocab.logs_only(c) for c in callees):
                return True
    return False


# A project helper named for a change of privileges or credentials, the name being the operation itself
# (`updateUserRole`, `grantPermissions`, `banUser`, `createApiKey`; not `canChangeRole`, `getUserRoles`)
_PRIVILEGE_HELPER = re.compile(
    r"(?i)^((change|update|set|assign|edit|grant|revoke)_?((team_?|org_?|organi[sz]ation_?|workspace_?|project_?)?"
    r"(member_?|user_?|account_?))?(roles?|permissions?)|(pro|de)mote_?(user|member|account|to_?admin)|"
    r"(un)?ban_?(user|member|account)|transfer_?((team|org|organi[sz]ation|workspace|project|company|business|tenant|account)_?)?"
    r"ownership|(create|generate|revoke|delete|destroy|rotate|regenerate)_?api_?(keys?|tokens?))"
    r"([A-Z_]\w*)?$"
)
# A use-case or controller object named for one operation and run by a generic verb (`createApiKeyController
# .execute(...)`, `rotateSecretUseCase.run(...)`, resolved from a DI container): its name is the operation
_OPERATION_OBJECT = re.compile(r"^([a-z]\w*?)_?(Controller|UseCase|Usecase|Command|Interactor)$")
_RUN_VERBS = frozenset({"execute", "run", "handle", "invoke", "perform"})


def _operation_object(dotted: str) -> str | None:
    """`createApiKeyController.execute` -> `createApiKey`; None for any other call."""
    receiver, _, verb = dotted.rpartition(".")
    if verb not in _RUN_VERBS or not receiver:
        return None
    m = _OPERATION_OBJECT.match(receiver.rpartition(".")[2])
    return m.group(1) if m else None


def _privilege_helper_call(ctx: FileContext, fn: Node) -> str | None:
    """`await updateUserRole({ userId: ctx.user.id, role: "admin" })` in an endpoint named for something
    else (`makeMeAdmin`): the project helper it calls names the operation; so does an account update
    handed a sign-in address or a role (`updateUser(user, { email })`: an e-mail change)."""
    for call in sx.find(fn, ("call_expression",)):
        dotted = sx.callee_name(ctx.src, call)
        if "." in dotted:
            operation = _operation_object(dotted)
            if operation is not None and _PRIVILEGE_HELPER.match(operation):
                return operation
            continue
        if _PRIVILEGE_HELPER.match(dotted) and _helper_out_of_sight(ctx, call, dotted):
            return dotted
        changed = _account_update_call(ctx, call, dotted)
        if changed is not None:
            return changed
    return None


def _helper_out_of_sight(ctx: FileContext, call: Node, dotted: str) -> bool:
    """A project helper, or a function imported from a package the analyser does not follow (a
    workspace's service package, `@acme/core/services/apiKeys/create`): its name says what it does."""
    return ctx.analyzer.target(ctx.module, call) is not None or dotted in ctx.module.imports


# `updateUser(user, { email })`, `updateAccount(id, { role })`: a helper named for updating the account row,
# handed the account's sign-in address or role (not its display name)
_ACCOUNT_UPDATE = re.compile(r"^(update|change|edit|patch)_?(user|account)$", re.I)
_ACCOUNT_UPDATE_KEYS = {"email": "changeEmail", "role": "changeUserRole", "password": "changePassword"}


def _account_update_call(ctx: FileContext, call: Node, dotted: str) -> str | None:
    if not _ACCOUNT_UPDATE.match(dotted) or not _helper_out_of_sight(ctx, call, dotted):
        return None
    for arg in sx.call_args(call):
        for key in object_keys(ctx.src, arg):
            if key in _ACCOUNT_UPDATE_KEYS:
                return _ACCOUNT_UPDATE_KEYS[key]
    return None


def _calls_sensitive_operation(ctx: FileContext, fn: Node) -> bool:
    for call in sx.find(fn, ("call_expression",)):
        dotted = sx.callee_name(ctx.src, call)
        if "." not in dotted:
            # a project helper whose work is out of sight (an identity API): what it is handed
            # (`setUserPassword({ userId, password })`)
            # (only a password: `role` or `email` keys name checks and templates as often as changes)
            if any(object_keys(ctx.src, a).keys() & {"password", "newPassword"} for a in sx.call_args(call)):
                return True
            # (or a project helper whose name is the operation itself: `updateUserRole(...)`, its write
            # made through an auth library's adapter; not a question about it, `canChangeRole(...)`)
            if _PRIVILEGE_HELPER.match(dotted) and _helper_out_of_sight(ctx, call, dotted):
                return True
            if _account_update_call(ctx, call, dotted) is not None:
                return True  # (`updateUser(user, { email })`)
            continue
        if _sensitive_name(sx.last_name(dotted)):
            return True
        if (operation := _operation_object(dotted)) is not None and _sensitive_name(operation):
            return True
        if sx.last_name(dotted) in _PROJECTIONS:
            continue  # `db.select({ userId: m.userId, role: m.role })`: the columns a read answers
        if any(_handed_keys(ctx, arg) & _CHANGED_KEYS for arg in sx.call_args(call)):
            return True
    return False


# query builders' column lists (drizzle `select`, `selectDistinct`, `selectDistinctOn`): the keys name what
# a read answers, not values written
_PROJECTIONS = frozenset({"select", "selectDistinct", "selectDistinctOn"})


# An identity provider's organisation seat created or changed with a role (Clerk
# `clerk.organizations.createOrganizationMembership({ organizationId, userId, role: "org:admin" })`,
# `updateOrganizationMembership`): the role is granted there, not in our database (an invitation carrying a
# role is not the grant; its acceptance is)
_IDP_SEAT_CALL = re.compile(r"^(create|update)\w*Membership$")


def _idp_role_grant(ctx: FileContext, fn: Node, session: set[str]) -> str | None:
    if not _mentions(ctx, fn, (b"Membership",)):
        return None
    for call in sx.find(fn, ("call_expression",)):
        dotted = sx.callee_name(ctx.src, call)
        if "." not in dotted or not _IDP_SEAT_CALL.match(sx.last_name(dotted)):
            continue
        for arg in sx.call_args(call):
            keys = object_keys(ctx.src, arg)
            if not keys.keys() & _ROLE_KEYS:
                continue
            holder = keys.get("userId")
            root = sx.root_identifier(ctx.src, sx.strip_types(holder)) if holder is not None else None
            if root is not None and root in session:
                continue  # the caller's own seat
            return sx.last_name(dotted)
    return None


# ... or someone's seat removed there (`clerk.organizations.deleteOrganizationMembership({ organizationId,
# userId })`): their access revoked, as `removes_member` is for a seat row of our own
_IDP_SEAT_REMOVAL = re.compile(r"^(delete|remove)\w*Membership$")


def _idp_seat_removed(ctx: FileContext, fn: Node, session: set[str]) -> str | None:
    """The identity provider's call removing another user's organisation seat (leaving oneself, the
    `userId` the caller's own session's, is not an event to audit)."""
    if not _mentions(ctx, fn, (b"Membership",)):
        return None
    for call in sx.find(fn, ("call_expression",)):
        dotted = sx.callee_name(ctx.src, call)
        if "." not in dotted or not _IDP_SEAT_REMOVAL.match(sx.last_name(dotted)):
            continue
        for arg in sx.call_args(call):
            holder = object_keys(ctx.src, arg).get("userId")
            if holder is None:
                continue
            root = sx.root_identifier(ctx.src, sx.strip_types(holder))
            if root is not None and root not in session:
                return sx.last_name(dotted)
    return None


# A bearer credential a user or an administrator issues, an API key by any name (`apiKey`, `accessToken`,
# `personalAccessToken`, `scopedAccessToken`, `scimToken`): creating or revoking one is the
# event. Tokens an OAuth server hands a client (`oAuthToken`, `oauthAccessToken`) are not: its token
# endpoint issues and rotates them as protocol state (`_oauth_grant_model`).
_KEY_QUALIFIERS = frozenset({"api", "access", "personal", "bearer", "deploy", "scim"})
_KEY_NOUNS = frozenset({"key", "keys", "token", "tokens"})
_OAUTH_WORDS = frozenset({"oauth", "auth", "o", "refresh"})
_KEY_GROUPS = frozenset({"set", "sets", "pair", "pairs", "bundle", "bundles"})


def _literal_object(node: Node) -> bool:
    n = sx.unwrap(node)
    return n is not None and n.type == "object"


def _issued_key_model(model: str) -> bool:
    ws = vocab.words(model)
    if len(ws) == 1:
        # (`apikey`, `apikeys`: a table named in one lower-case word, as better-auth's api-key plugin does)
        q = next((q for q in _KEY_QUALIFIERS if ws[0].startswith(q) and ws[0][len(q) :] in _KEY_NOUNS), None)
        ws = [q, ws[0][len(q) :]] if q is not None else ws
    if len(ws) >= 3 and ws[-1] in _KEY_GROUPS:
        ws = ws[:-1]  # (`apiKeySet`, `ApiKeyPair`: keys issued together, a row holding each)
    return len(ws) >= 2 and ws[-1] in _KEY_NOUNS and bool(set(ws[:-1]) & _KEY_QUALIFIERS) and not set(ws) & _OAUTH_WORDS


def _role_grant_table(model: str) -> bool:
    """`roleProjectPermission`, `role_permissions`: a table of what a role may do (its rows are the
    role's permissions), as a `permissions` table is."""
    ws = vocab.words(model)
    return len(ws) >= 2 and ws[0] == "role" and ws[-1] in ("permission", "permissions")


# What an OAuth server stores for a client's access to an account (`oAuthToken`, `oauthRefreshToken`,
# `oAuthAuthorizationCode`, `oauthConsent`): written for the signed-in user, a consent granted or a
# connected app cut off; written at the token endpoint (no user signed in), the protocol at work.
_GRANT_NOUNS = frozenset({"token", "tokens", "code", "codes", "grant", "grants", "consent", "consents"})


# An OAuth refresh-token grant sent to a provider (`grant_type: "refresh_token"`, `?grant_type=refresh_token`)
_REFRESH_GRANT = re.compile(r"""(?i)grant_?type["'`]?\s*[:=,]\s*["'`]?refresh_token\b""")
_CODE_GRANT = re.compile(r"(?i)authorization_code")


def _refreshed_provider_token(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The write stores what a provider's refresh-token grant answered, in the function making it (the
    entry point or the project helper it calls): the stored grant renewing itself, not a credential issued
    or revoked. Not where the same function also exchanges an authorization code (connecting the provider)."""
    assert ev.op is not None
    fn_node, src = ep.fn.node, ctx.src
    if ev.op.api == "helper" and ev.node.type == "call_expression":
        target = ctx.analyzer.target(ctx.module, ev.node)
        if target is None:
            return False
        fn_node, src = target.node, target.module.src
    body = sx.text(src, fn_node)
    return bool(_REFRESH_GRANT.search(body)) and not _CODE_GRANT.search(body)


def _oauth_grant_model(model: str) -> bool:
    ws = vocab.words(model)
    oauth = "oauth" in ws or ("o", "auth") in itertools.pairwise(ws)
    return oauth and bool(ws) and ws[-1] in _GRANT_NOUNS


def _own_membership(ctx: FileContext, ev: Event, events: Sequence[Event] = ()) -> bool:
    """Not worth an audit entry: joining or leaving a group oneself (the filter/data is the
    session user, no role set), or bookkeeping on an API key."""
    assert ev.op is not None
    if ev.op.api == "better-auth" and sx.last_name(sx.callee_name(ctx.src, ev.op.call)) == "leaveOrganization":
        return True  # better-auth's endpoint removes the session user's own seat only: leaving oneself
    keys = {k for d in ev.op.data for k in object_keys(ctx.src, d)}
    if _issued_key_model(_table_name(ev.op)):
        # (a raw SQL `UPDATE api_keys SET revoked_at = now()` names its columns in the statement)
        keys |= _helper_data_keys(ctx, ev) | set(_sql_set_columns(ctx, ev))
        if ev.op.verb.lower().startswith("update"):
            # `lastUsedAt` bookkeeping while authenticating by key; revocation is a delete or a flag.
            # A client object written as it is (`data: values`) can set the scopes or revoke: not bookkeeping.
            if ev.op.api != "helper" and any(_client_object(ctx, ev, d) for d in ev.op.data):
                return False
            if ev.op.api != "helper" and not all(_literal_object(d) for d in ev.op.data):
                return False  # `.set(updateData)` filled field by field: which columns change is unknown
            return not any(re.search(r"(?i)revok|disabl|enabl|active|expire|scope|permission", k) for k in keys)
        return False  # creating or deleting a key is the event itself, also for one's own key
    if keys & {"role", "roles", "permissions", "isAdmin"}:
        # a seat written with a role, also accepting an invitation with the role the inviter stored on it:
        # the caller gains that role (rule 9's role change; the labelled apps agree), not a plain join
        return False
    nodes, session = [*ev.op.args, *ev.op.data], ev.state.session | ev.state.fetched
    if ev.op.api == "helper":  # `removeMembership(user.id, groupId)`: keys are inside the helper
        target = ctx.analyzer.target(ctx.module, ev.node) if ev.node.type == "call_expression" else None
        if target is not None and target.module is ctx.module and _encloses_call(target.node, ev.node):
            # (a closure of the handler, `const leave = async () => { ... deleteMany({ where: { userId:
            # user.id } }) }; await leave()`: it reads the handler's own names, the session user's among them)
            return mentions_any(ctx.src, nodes, session) or _binds_session_user(ctx, [target.node], session)
        return mentions_any(ctx.src, nodes, session)
    return _binds_session_user(ctx, nodes, session) or _seat_found_by_session_user(ctx, ev, session, events)


def _encloses_call(closure: Node, call: Node) -> bool:
    """``closure`` is declared in a function that also holds ``call``: a local of the caller's own."""
    outer = closure.parent
    while outer is not None and not sx.is_function(outer):
        outer = outer.parent
    return outer is not None and outer.start_byte <= call.start_byte and call.end_byte <= outer.end_byte


def _seat_found_by_session_user(ctx: FileContext, ev: Event, session: set[str], events: Sequence[Event] = ()) -> bool:
    """`const mine = await db.query.members.findFirst({ where: and(eq(members.teamId, id), eq(members.userId,
    userId)) })` then `db.delete(members).where(eq(members.id, mine.id))`: the row deleted by its id is the
    one a read of the same table found under the session user (leaving oneself), not one the client named."""
    assert ev.op is not None
    if not _deletes(ctx, ev) or ev.op.api == "helper" or not ev.op.args:
        return False
    fn = sx.enclosing_function(ev.node)
    if fn is None:
        return False
    # the locals whose `.id` the filter names (not the table's own column, `members.id`): each must be
    # a row so found
    roots = {
        sx.text(ctx.src, obj)
        for a in ev.op.args
        for n in sx.walk_named(a)
        if n.type == "member_expression"
        and sx.text(ctx.src, n.child_by_field_name("property")) == "id"
        and (obj := n.child_by_field_name("object")) is not None
        and obj.type == "identifier"
    }
    declarators = sx.find(fn, ("variable_declarator",))
    bound = {d: _row_name(ctx, d) for d in declarators}
    roots &= {n for n in bound.values() if n is not None}
    if not roots:
        return False
    found: set[str] = set()
    for d in declarators:
        value = sx.unwrap(d.child_by_field_name("value"))
        if bound[d] not in roots:
            continue
        if value is None or value.type != "call_expression":
            return False
        op = ctx.analyzer.classify(ctx.module, value)
        if op is None:
            # (a supabase read, `const { data: mine } = await supabase.from(t)...single()`: the flow's read event)
            op = next(
                (
                    e.op
                    for e in events
                    if e.kind == "db"
                    and e.op is not None
                    and value.start_byte <= e.node.start_byte
                    and e.node.end_byte <= value.end_byte
                ),
                None,
            )
        if op is None or op.kind != "read" or op.model.lower() != ev.op.model.lower() or not op.model:
            return False
        if not _binds_session_user(ctx, op.args or [value], session):
            return False
        found.add(bound[d] or "")
    return found == roots


def _row_name(ctx: FileContext, declarator: Node) -> str | None:
    """The local a read's row is bound to: `const mine = ...`, or supabase's `const { data: mine } = ...`."""
    name = declarator.child_by_field_name("name")
    if name is not None and name.type == "identifier":
        return sx.text(ctx.src, name)
    if name is not None and name.type == "object_pattern":
        for pair in name.named_children:
            key, held = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type == "pair_pattern" and key is not None and ctx.text(key) == "data":
                return sx.text(ctx.src, held) if held is not None and held.type == "identifier" else None
    return None


# signed-webhook verifiers of identity providers (svix carries Clerk's events; Clerk's own `verifyWebhook`)
_IDP_WEBHOOK_SPECS = frozenset({"svix", "@clerk/nextjs/webhooks", "@clerk/backend/webhooks"})


def _identity_provider_sync(ctx: FileContext, ev: Event) -> bool:
    """A role written by a route let in only by an identity provider's signed webhook (svix `Webhook.verify`),
    nobody signed in: the provider's event mirrored into the app's rows. The change was made, by its actor,
    and recorded at the provider; the copy is replication (not an operator endpoint let in by a shared
    secret that sets a role itself)."""
    # (the verify call's answer is often assigned inside a `try` whose `catch` refuses: its state is not
    # always carried to the writes; the verifier imported, and nobody signed in, is the shape; a route
    # that never verifies is missing-auth's finding)
    if ev.state.auth not in (None, "secret") or ev.state.session:
        return False
    # (`event = wh.verify(body, headers)`: the verified event is read as an auth source's answer; that is
    # the provider's signed event, nobody signed in: any other auth source's answer is someone signed in)
    if ev.state.fetched - _verified_events(ctx, ev.node):
        return False
    return any(b.spec in _IDP_WEBHOOK_SPECS for b in ctx.module.imports.values())


def _verified_events(ctx: FileContext, node: Node) -> set[str]:
    """Names the function around ``node`` binds only to a signed webhook's verified payload
    (`event = wh.verify(body, headers) as WebhookEvent`, `const evt = await verifyWebhook(req)`)."""
    fn = sx.enclosing_function(node)
    if fn is None:
        return set()
    verified: set[str] = set()
    other: set[str] = set()
    for bind in sx.find(fn, ("variable_declarator", "assignment_expression"), False):
        left = bind.child_by_field_name("name" if bind.type == "variable_declarator" else "left")
        right = sx.unwrap(
            sx.strip_types(bind.child_by_field_name("value" if bind.type == "variable_declarator" else "right"))
        )
        if left is None or left.type != "identifier" or right is None:
            continue
        if right.type == "await_expression" and right.named_children:
            right = sx.unwrap(sx.strip_types(right.named_children[0]))
        name = ctx.text(left)
        if (
            right is not None
            and right.type == "call_expression"
            and sx.last_name(sx.callee_name(ctx.src, right)) in ("verify", "verifyWebhook")
        ):
            verified.add(name)
        else:
            other.add(name)
    return verified - other


_MEMBERSHIP_MODEL = re.compile(r"(?i)^\w*memberships?$")
_GRANT_KEY = re.compile(
    r"(?i)(role|permission|admin|owner|scope|access|privilege|status|active|enabled|banned|blocked|suspended|"
    r"approved|accepted|verified)"
)


# a member of a team, org or workspace (`orgMember`, `team_members`); `membership` is a key event already
# (also an employee row: an organisation's seat, `corporateEmployee`, provisioned with a role)
_MEMBER_MODEL = re.compile(r"(?i)^\w*(members?|employees?)$")
# ... of a tenant or project, whose seat is the access (`orgMember`, `project_members`; not a course's `cohort_members`)
_TENANT_SEAT_MODEL = re.compile(r"(?i)^(org|organi[sz]ation|team|workspace|company|tenant|project)_?members?$")
_ROLE_KEYS = frozenset({"role", "roles", "permissions"})
# ... or of the schema's own tenant, named for it (`MarinaMember` under `Marina`, `harbour_members`,
# `GardenMembership` under `Garden`)
_NAMED_SEAT_MODEL = re.compile(r"(?i)^(\w+?)_?(members?|memberships?)$")


def _tenant_seat_model(ctx: FileContext, model: str) -> bool:
    """``model`` is the seat table of the schema's own tenant (`HarbourMember { harbourId userId role }`
    under `Harbour`, at the top of the tree): a row there is someone's access to that tenant, with a role."""
    m = _NAMED_SEAT_MODEL.match(model)
    if m is None or not tenancy.root_tenant(ctx.analyzer.program, m.group(1)):
        return False
    body = prisma_models(ctx.analyzer.program, ctx.path).get(model.lower()) or ""
    columns = {line.split()[0].lower() for line in body.splitlines() if line.split()}
    return bool({"userid", "user_id"} & columns) and "role" in columns


_SEAT_HOLDER_KEY = re.compile(r"(?i)(user_?id|owner_?id)$")
_TENANT_KEY_COLUMN = re.compile(r"^(\w+?)_?[Ii]d$")


def _seat_of_root_tenant(ctx: FileContext, model: str) -> bool:
    """``model`` holds a user's seat with a role in the schema's own tenant, whatever it is called
    (`Agent { agencyId userId role }` under `Agency`, as `HarbourMember` is under `Harbour`)."""
    if _tenant_seat_model(ctx, model):
        return True
    body = prisma_models(ctx.analyzer.program, ctx.path).get(model.lower()) or ""
    columns = {line.split()[0] for line in body.splitlines() if line.split()}
    if not ({"userId", "user_id"} & columns and "role" in columns):
        return False
    program = ctx.analyzer.program
    return any(
        (m := _TENANT_KEY_COLUMN.match(c)) is not None
        and c not in ("userId", "user_id")
        and tenancy.root_tenant(program, m.group(1))
        for c in columns
    )


def _parsed_schema_of(ctx: FileContext, fn: Node, name: str, depth: int = 0) -> tuple[Node, bool] | None:
    """The object schema a local holds the parse of (`const rows = z.array(S).parse(raw)`: S, a list), also
    each element of such a list walked by `for (const row of rows)`: (schema, is_list)."""
    src = ctx.src
    if depth > 2:
        return None
    for loop in sx.find(fn, ("for_in_statement",), into_functions=False):
        left, right = loop.child_by_field_name("left"), sx.strip_types(loop.child_by_field_name("right"))
        if left is None or right is None or right.type != "identifier" or ctx.text(left) != name:
            continue
        operator = loop.child_by_field_name("operator")
        if operator is None or ctx.text(operator) != "of":
            continue  # (`for (const i in rows)`: the indexes)
        held = _parsed_schema_of(ctx, fn, ctx.text(right), depth + 1)
        return (held[0], False) if held is not None and held[1] else None
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        if ctx.text(d.child_by_field_name("name")) != name:
            continue
        callee = _member_callee(d.child_by_field_name("value"))
        if callee is None or ctx.text(callee.child_by_field_name("property")) not in _PARSERS:
            return None
        schema = sx.strip_types(callee.child_by_field_name("object"))
        if schema is not None and schema.type == "call_expression" and sx.callee_name(src, schema).endswith(".array"):
            args = sx.call_args(schema)
            return (args[0], True) if args else None
        return (schema, False) if schema is not None else None
    return None


def _seat_spread_from_parsed_role(ctx: FileContext, ep: EntryPoint, ev: Event) -> str | None:
    """`agent.create({ data: { ...row, agencyId } })` for each `row` of `z.array(S).parse(raw)` whose schema
    admits `role`: seats of the tenant made with the roles the request chose (an import of members), a
    role granted. Not the caller's own seat, nor a seat whose parsed schema names no role."""
    assert ev.op is not None
    model = ev.op.model or ""
    if ev.op.api != "prisma" or ev.state.auth is None or ev.state.auth == "secret":
        return None
    if not (_MEMBER_MODEL.match(model) or _seat_of_root_tenant(ctx, model)):
        return None
    sessionish = ev.state.session | ev.state.fetched
    for data in ev.op.data:
        node = sx.strip_types(data)
        for spread in (
            c
            for c in (node.named_children if node is not None and node.type == "object" else [])
            if c.type == "spread_element"
        ):
            inner = sx.strip_types(spread.named_children[0]) if spread.named_children else None
            if inner is None or inner.type != "identifier":
                continue
            name = ctx.text(inner)
            if name not in ev.state.client or name in sessionish:
                continue
            held = _parsed_schema_of(ctx, ep.fn.node, name)
            if held is None or held[1]:
                continue
            keys = schema_keys(ctx.module, held[0], ctx.analyzer.program) or {}
            hit = sorted(k for k in keys if k in _ROLE_KEYS or _SCOPED_ROLE.match(k))
            if hit:
                return f"{model}.{hit[0]}"
    return None


def _plain_role_literal(ctx: FileContext, value: Node | None) -> bool:
    """A role written as a string literal naming no elevated standing (`"MEMBER"`, not `"ADMIN"`)."""
    literal = sx.strip_types(value) if value is not None else None
    return literal is not None and literal.type == "string" and not _ELEVATED_SEAT.search(ctx.text(literal))


def _written_false(ctx: FileContext, data: Node, key: str) -> bool:
    """The object literal ``data`` writes ``key`` as the literal `false`."""
    value = object_keys(ctx.src, data).get(key)
    stripped = sx.strip_types(value) if value is not None else None
    return stripped is not None and stripped.type == "false"


def _bound_object(ctx: FileContext, at: Node, data: Node) -> Node:
    """The object literal a write's data names through a local (`const insertData: any = { role };
    .insert(insertData)`), declared once in the function around ``at``; else ``data`` itself."""
    name = sx.unwrap(data)
    if name is None or name.type != "identifier":
        return data
    fn = next((p for p in sx.ancestors(at) if sx.is_function(p)), None)
    decl = ctx.first_declarators(fn).get(ctx.text(name)) if fn is not None else None
    value = sx.strip_types(decl.child_by_field_name("value")) if decl is not None else None
    return value if value is not None and value.type == "object" else data


def _member_created_with_role(ctx: FileContext, ev: Event) -> str | None:
    """`orgMember.create({ data: { orgId, userId: invitee.id, role: input.role } })`: someone else
    added to a team with a role, a role granted (the caller's own seat is ``own``, not this)."""
    assert ev.op is not None
    # (`org_memberships.insert({ user_id, org_id, role })`: a membership row with a role is a seat too)
    seat_row = bool(_MEMBER_MODEL.match(ev.op.model or "") or _MEMBERSHIP_MODEL.match(ev.op.model or ""))
    if not seat_row or ev.op.model.lower() in ("user", "users"):
        return None
    if _binds_session_user(ctx, [*ev.op.args, *ev.op.data], ev.state.session | ev.state.fetched):
        return None  # the caller's own seat (joining, founding a team, accepting an invitation)
    for data in ev.op.data:
        for key, value in object_keys(ctx.src, data).items():
            root = sx.root_identifier(ctx.src, sx.strip_types(value)) if value is not None else None
            if _SEAT_HOLDER_KEY.search(key) and root is not None and root in ev.state.session:
                return None  # (`logtoUserId: claims.sub`: the provider's id of the signed-in caller)
    if _identity_provider_sync(ctx, ev):
        return None  # (a seat the provider created, with its role, mirrored here)
    member_row = bool(_MEMBER_MODEL.match(ev.op.model or ""))
    for data in ev.op.data:
        written = object_keys(ctx.src, _bound_object(ctx, ev.node, data))
        hit = sorted(k for k in written if k in _ROLE_KEYS or _SCOPED_ROLE.match(k))
        if not member_row:
            # (a `memberships` row given a fixed plain role, `role: "MEMBER"`, is joining (an invite accepted
            # by the account it just made): the role a request names, or an elevated one, is a grant)
            hit = [k for k in hit if not _plain_role_literal(ctx, written[k])]
        if hit:
            return f"{ev.op.model}.{hit[0]}"
    # (no role written, but the seat's schema grants one by default, `role CrewRole @default(MEMBER)`,
    # `canSchedule Boolean @default(true)`: someone else seated by a signed-in caller gains it)
    if ev.op.api != "prisma" or ev.state.auth is None or ev.state.auth == "secret":
        return None
    if not _MEMBER_MODEL.match(ev.op.model or ""):
        return None  # (a schema default read for member rows only, as before: a plan's `membership` has none)
    if not any(_SEAT_HOLDER_KEY.search(k) for data in ev.op.data for k in object_keys(ctx.src, data)):
        return None
    body = prisma_models(ctx.analyzer.program, ctx.path).get(ev.op.model.lower())
    for column, kind, default in _DEFAULTED_COLUMN.findall(body or ""):
        if _GRANT_COLUMN.match(column) and kind != "DateTime" and default not in ("false", "0", "now()"):
            return f"{ev.op.model}.{column}"
    return None


# a column given a value by default (`role CrewRole @default(MEMBER)`): its name, type and default
_DEFAULTED_COLUMN = re.compile(r"(?m)^\s*(\w+)\s+(\w+)[^\n]*?@default\(([^\n]*?)\)\s*(?:@|$)")
# ... one that grants a standing (`canSchedule`, `accessLevel`, `permissions`, `isAdmin`; not `lastAccess`)
_GRANT_COLUMN = re.compile(
    r"^(?i:(\w*_)?(roles?|permissions?|scopes?|access_?level|is_?admin))$|^\w*(Role|Permission|Scope)s?$|^can[A-Z_]"
)


# the kind of account a person has, the role of apps without a `role` column (`user_type`, `accountType`)
_ACCOUNT_KIND = re.compile(r"(?i)^(user|account)_?(type|kind|level)$")
# the rows that say who a person is: their account, or the profile beside it
_PERSON_ROWS = re.compile(r"(?i)^(app_?)?(users?|accounts?|profiles?|user_?profiles?)$")


def _account_kind_set(ctx: FileContext, ev: Event, creates: bool, flow: Flow) -> str | None:
    """`profile.update({ user_type: "Facilitator" }).match({ id })` of a person the caller names, or
    `profile.upsert({ id, user_type: "Admin" })`: a person's kind (their role) set to a named one, a role
    granted or taken. A new row only counts with an administrator's kind, and not as a sign-up's (the
    founder of the tenant the entry point made first, an account given a password or made by the auth
    library's sign-up); a change only on a row the client picked (not the caller's own onboarding choice)."""
    assert ev.op is not None
    model = _table_name(ev.op)
    if ev.op.api == "helper" or not _PERSON_ROWS.match(model):
        return None
    if creates and _signs_up(ctx, ev, flow):
        return None
    for data in ev.op.data:
        for key, value in object_keys(ctx.src, data).items():
            if not (_ACCOUNT_KIND.match(key) or key in _ROLE_KEYS or _SCOPED_ROLE.match(key)):
                continue
            kind = sx.string_value(ctx.src, sx.strip_types(value)) if value is not None else None
            if kind is None:
                continue
            if creates and admin_role_name(kind):
                return f"{model}.{key}"
            if not creates and _picked_by_client(ctx, ev):
                return f"{model}.{key}"
    return None


def _signs_up(ctx: FileContext, ev: Event, flow: Flow) -> bool:
    """The account row ``ev`` makes is a sign-up's: a row written before it in the entry point (the
    tenant it founds), a password among its values, or the auth library's sign-up call in the function."""
    assert ev.op is not None
    if any(
        e.kind == "db" and e.op is not None and e.op.kind == "write" and e.node.start_byte < ev.node.start_byte
        for e in flow.events
    ):
        return True
    if any("password" in k.lower() for d in ev.op.data for k in object_keys(ctx.src, d)):
        return True
    fn = sx.enclosing_function(ev.node)
    return fn is not None and any(
        sign_up.provider_sign_up_call(ctx, c) for c in sx.find(fn, ("call_expression",), into_functions=False)
    )


def _picked_by_client(ctx: FileContext, ev: Event) -> bool:
    """The write's filter (not the values it writes) names a row by what the client sent (`.match({ id:
    user_id })`, `where: { id: userId }`)."""
    assert ev.op is not None
    written = [(d.start_byte, d.end_byte) for d in ev.op.data]
    client = ev.state.client - ev.state.session
    for top in (ev.op.chain, *ev.op.args):
        for n in sx.find(top, ("identifier", "shorthand_property_identifier")):
            if any(a <= n.start_byte < b for a, b in written):
                continue
            if ctx.text(n) in client:
                return True
    return False


def _account_created_with_role(ctx: FileContext, ev: Event) -> str | None:
    """`user.create({ data: { email, passwordHash, role } })` by a signed-in caller, the role the one
    the request names: an account made for someone else with privileges chosen for it (an administrator
    adding a user), not a sign-up (nobody signed in yet) nor a row made with a fixed role."""
    assert ev.op is not None
    model = ev.op.model or ""
    if not (_ACCOUNT_ROWS.match(model) or _KIND_OF_ACCOUNT.match(model)) or ev.op.api == "helper":
        return None
    # (signed in; not a provisioning webhook let in by its secret, copying an identity provider's roles)
    if ev.state.auth is None or ev.state.auth == "secret":
        return None
    sessionish = ev.state.session | ev.state.fetched
    for data in ev.op.data:
        for key, value in object_keys(ctx.src, data).items():
            if key not in _ROLE_KEYS and not _SCOPED_ROLE.match(key):
                continue
            node = sx.strip_types(value) if value is not None else None
            if node is None:
                continue
            # (`{ email, role }`: the shorthand's local)
            shorthand = node.type == "shorthand_property_identifier"
            root = ctx.text(node) if shorthand else sx.root_identifier(ctx.src, node)
            if root is not None and root in ev.state.client and root not in sessionish:
                return f"{model}.{key}"
    return None


_PARSERS = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync"})


def _account_created_from_action_schema(ctx: FileContext, ep: EntryPoint, ev: Event) -> str | None:
    """`prisma.user.create({ data: parsedInput })` in a next-safe-action / zsa action whose input schema
    admits `role`: an account made by a signed-in caller with the role the request chose, as
    `_account_created_from_parsed_role` reads it for a `safeParse` in the body."""
    assert ev.op is not None
    model = ev.op.model or ""
    # (a drizzle table by its export's name: `usersTable`)
    table = _table_name(ev.op)
    if not ep.schemas or not any(_ACCOUNT_ROWS.match(m) or _KIND_OF_ACCOUNT.match(m) for m in (model, table)):
        return None
    if ev.state.auth is None or ev.state.auth == "secret":
        return None
    names = ("identifier", "shorthand_property_identifier")
    whole = [
        n
        for n in map(sx.strip_types, ev.op.data)
        if n is not None and n.type in names and ctx.text(n) in ev.state.client
    ]
    if not whole:
        # (`values({ ...account, passwordHash })` with `const { password, ...account } = input`: the input's
        # keys, less those picked out, spread into the new row)
        spread = {
            k
            for n in map(sx.strip_types, ev.op.data)
            if n is not None and n.type == "object"
            for c in n.named_children
            if c.type == "spread_element" and c.named_children
            for k in _input_schema_keys(ctx, ep, ctx.text(sx.unwrap(c.named_children[0]) or c.named_children[0]))
        }
        hit = sorted(k for k in spread if k in _ROLE_KEYS or _SCOPED_ROLE.match(k))
        return f"{model}.{hit[0]}" if hit else None
    for mod, schema in ep.schemas:
        keys = schema_keys(mod, schema, ctx.analyzer.program) or {}
        hit = sorted(k for k in keys if k in _ROLE_KEYS or _SCOPED_ROLE.match(k))
        if hit:
            return f"{model}.{hit[0]}"
    return None


def _account_created_from_parsed_role(ctx: FileContext, fn: Node, ev: Event) -> str | None:
    """`addPerson(parsed.data)` (or `UserModel.create(parsed.data)`) after `parsed = personInput.safeParse(body)`
    by a signed-in caller, the schema admitting a role: `role`, or a field whose enumeration names an
    administrator (`kind: z.enum(["Rider", "SuperAdmin"])`): an account made whole from the request with
    privileges it chose, as when the role is written by name (`_account_created_with_role`). Not a sign-up,
    a schema whose kinds name no administrator, nor a row of another table."""
    assert ev.op is not None
    model = ev.op.model or ""
    # (a Mongoose model by its export, `UserModel`: the `User` collection's)
    bare = model[:-5] if model.endswith("Model") and len(model) > 5 else model
    if not (_ACCOUNT_ROWS.match(bare) or _KIND_OF_ACCOUNT.match(bare)):
        return None
    if ev.state.auth is None or ev.state.auth == "secret":
        return None
    program = ctx.analyzer.program
    sessionish = ev.state.session | ev.state.fetched
    nodes = [*ev.op.data, *(sx.call_args(ev.node) if ev.op.api == "helper" else ())]
    parsed: set[str] = set()
    for node in map(sx.strip_types, nodes):
        if node is not None and node.type == "member_expression" and sx.dotted(ctx.src, node).endswith(".data"):
            node = sx.strip_types(node.child_by_field_name("object"))  # `parsed.data` of a `safeParse`
        if node is not None and node.type == "identifier" and ctx.text(node) in ev.state.client - sessionish:
            parsed.add(ctx.text(node))
    if not parsed:
        return None
    for schema in _parse_schemas(ctx, fn, parsed):
        for key in sorted(schema_keys(ctx.module, schema, program) or {}):
            field = schema_field(ctx.module, schema, key, program)  # (with the module it is written in)
            if key in _ROLE_KEYS or _SCOPED_ROLE.match(key) or (field is not None and _admin_enum(*field)):
                return f"{model}.{key}"
    return None


def _parse_schemas(ctx: FileContext, fn: Node, names: set[str]) -> Iterator[Node]:
    """The schemas whose parse call one of ``names`` is bound to in ``fn`` (`const data = Patch.parse(body)`,
    `parsed = personInput.safeParse(body)`)."""
    for bind in sx.find(fn, ("variable_declarator", "assignment_expression")):
        left = bind.child_by_field_name("name") or bind.child_by_field_name("left")
        value = sx.unwrap(bind.child_by_field_name("value") or bind.child_by_field_name("right"))
        if left is None or ctx.text(left) not in names or value is None or value.type != "call_expression":
            continue
        callee = sx.strip_types(value.child_by_field_name("function"))
        if callee is None or callee.type != "member_expression":
            continue
        if ctx.text(callee.child_by_field_name("property")) not in _PARSERS:
            continue
        schema = callee.child_by_field_name("object")
        if schema is not None:
            yield schema


def _sql_row_given_parsed_admin_role(ctx: FileContext, fn: Node, ev: Event) -> str | None:
    """`sql`insert into platform_staff (email, role) values (${body.email}, ${body.role})`` by a signed-in
    caller, `body` parsed by a schema whose `role` enumeration names an administrator (`z.enum(["admin",
    "support"])`): a row made with a privilege the request chose, whatever the table is called. Not a role
    the schema keeps to ordinary values (a chat message's `"user" | "assistant"`), nor one of the server's."""
    assert ev.op is not None
    if ev.op.api != "sql" or ev.op.call is None or ev.state.auth is None or ev.state.auth == "secret":
        return None
    sessionish = ev.state.session | ev.state.fetched
    for column, value in sql_insert_values(ctx.src, ev.op.call):
        node = sx.strip_types(value)
        if column.lower() not in _ROLE_KEYS or node is None or node.type != "member_expression":
            continue
        root = sx.root_identifier(ctx.src, node)
        if root is None or root not in ev.state.client - sessionish:
            continue
        key = ctx.text(node.child_by_field_name("property"))
        for bind in sx.find(fn, ("variable_declarator",)):
            value_node = sx.unwrap(bind.child_by_field_name("value"))
            if ctx.text(bind.child_by_field_name("name")) != root or value_node is None:
                continue
            callee = sx.strip_types(value_node.child_by_field_name("function"))
            if value_node.type != "call_expression" or callee is None or callee.type != "member_expression":
                continue
            if ctx.text(callee.child_by_field_name("property")) not in _PARSERS:
                continue
            field = schema_field(ctx.module, callee.child_by_field_name("object"), key, ctx.analyzer.program)
            if field is not None and _admin_enum(*field):
                return f"{ev.op.model or 'sql'}.{column}"
    return None


def _admin_enum(mod: Module, schema: Node | None) -> bool:
    """`z.enum(["Rider", "SuperAdmin"])` (also `.optional()` and the like after it): an enumeration one of
    whose values names an administrator."""
    node = sx.strip_types(schema)
    while node is not None and node.type == "call_expression":
        callee = sx.strip_types(node.child_by_field_name("function"))
        if callee is None or callee.type != "member_expression":
            return False
        if mod.text(callee.child_by_field_name("property")) == "enum":
            args = sx.call_args(node)
            first = sx.strip_types(args[0]) if args else None
            return (
                first is not None
                and first.type == "array"
                and any(
                    admin_role_name(v) for v in (sx.string_value(mod.src, item) for item in first.named_children) if v
                )
            )
        node = sx.strip_types(callee.child_by_field_name("object"))
    return False


_SUBSCRIPTION_FIELD = re.compile(r"(?m)^\s*(plan|renewsAt|renews_at|priceCents|price_cents|billingCycle)\s")
_PERMISSION_FIELD = re.compile(r"(?im)^\s*\w*(role|permission|scope|admin|access)\w*\s")


def _plan_subscription(program: Program, model: str, path: str) -> bool:
    """``model`` (a membership by its name) is a customer's plan subscription in the Prisma schema: it has
    plan or renewal fields and no role, permission or access column."""
    if not _MEMBERSHIP_MODEL.match(model):
        return False
    body = prisma_models(program, path).get(model.lower())
    if body is None:
        return _mongoose_plan_subscription(program, model)
    return bool(_SUBSCRIPTION_FIELD.search(body)) and not _PERMISSION_FIELD.search(body)


_SUBSCRIPTION_KEY = re.compile(r"^(plan|renewsAt|renews_at|priceCents|price_cents|billingCycle)$")
_PERMISSION_KEY = re.compile(r"(?i)role|permission|scope|admin|access")


def _mongoose_plan_subscription(program: Program, model: str) -> bool:
    """The same judgement from a Mongoose schema's top-level keys (`Membership { userId plan status renewsAt
    punchesLeft }`): a plan's status or visit balance changed, no permission held on it."""
    keys = tenancy.mongoose_model_keys(program, model)
    return any(_SUBSCRIPTION_KEY.match(k) for k in keys) and not any(_PERMISSION_KEY.search(k) for k in keys)


_ROLE_MODEL = re.compile(r"(?i)^roles?$")
_PRISMA_FIELD = re.compile(r"(?m)^\s*(\w+)\s+(\w+)")
# a field naming who holds the role or what it lets them do
_HOLDER_OR_GRANT = re.compile(
    r"(?i)user|account|member|profile|person|people|permission|privilege|grant|scope|access|admin|staff|owner|polic|abilit"
)


# `StaffRole`, `project_roles`, `CrewRole`: a model named for roles of some kind ...
_KIND_OF_ROLE = re.compile(r"(?i)^[a-z]\w*?[a-z]_?roles?$")
# ... whose rows name who holds the role (a person's id) and which role: each row is a role someone holds
_HOLDER_KEY = re.compile(r"(?i)^(user|member|account|profile|person|staff|employee)(_?id)?$")
_ROLE_KEY = re.compile(r"(?i)^(role|roles|role_?name|role_?id)$")


def _role_assignment_model(program: Program, api: str, model: str, path: str) -> bool:
    """``model`` (`StaffRole { userId gymId role active }`) holds the roles people hold, by its schema: a row
    granted, switched off (`active: false`) or deleted changes someone's role, as a `user_roles` row does.
    Not a role's label nobody holds (`BadgeRole { label color }`)."""
    if not _KIND_OF_ROLE.match(model) or vocab.AUDIT_SENSITIVE_MODELS.match(model):
        return False
    if api == "mongoose":
        keys = set(tenancy.mongoose_model_keys(program, model))
    elif api == "prisma":
        body = prisma_models(program, path).get(model.lower())
        keys = {name for name, _ in _PRISMA_FIELD.findall(body)} if body is not None else set()
    else:
        return False
    return any(_HOLDER_KEY.match(k) for k in keys) and any(_ROLE_KEY.match(k) for k in keys)


def _label_role(program: Program, model: str, path: str) -> bool:
    """``model`` (`Role`) is a label in the Prisma schema, a duty of a roster (`Role { name color missionId }`):
    no field of it names an account that holds it or a permission it grants. Prisma declares both sides of
    a relation, so a role accounts hold has its back relation (`users User[]`) in its own body."""
    if not _ROLE_MODEL.match(model):
        return False
    body = prisma_models(program, path).get(model.lower())
    if body is None:
        return False
    people = account_models(program)
    return not any(
        _HOLDER_OR_GRANT.search(name) or _HOLDER_OR_GRANT.search(kind) or kind.lower() in people
        for name, kind in _PRISMA_FIELD.findall(body)
    )


def _joins_without_role(ctx: FileContext, mod: Module, op: DbOp, depth: int = 0) -> bool:
    """`memberships.createMany({ data: channels.map((c) => ({ channelsId: c.id, usersId })) })`, also
    in a project helper: membership rows created (or updated, `{ archived: false }`) whose every
    written object literal holds no role, permission, standing (`status`, `banned`) or spread (a
    value written whole may hold anything)."""
    if not _MEMBERSHIP_MODEL.match(op.model or "") or not op.verb.lower().startswith(("create", "insert", "update")):
        return False
    if op.api == "helper":
        target = ctx.analyzer.target(mod, op.call) if op.call.type == "call_expression" and depth < 6 else None
        if target is None:
            return False
        ops = [o for o in ctx.analyzer.summary(target).ops if o.kind == "write" and o.model == op.model]
        return bool(ops) and all(_joins_without_role(ctx, target.module, o, depth + 1) for o in ops)
    objects = [n for d in op.data for n in sx.walk(d, into_functions=True) if n.type == "object"]
    return bool(objects) and all(
        child.type in ("pair", "shorthand_property_identifier", "comment")
        and (
            not _GRANT_KEY.search(
                mod.text(child.child_by_field_name("key")) if child.type == "pair" else mod.text(child)
            )
            or _plan_state(ctx, mod, child)
        )
        for o in objects
        for child in o.named_children
    )


# The states of a paid plan (`paused`, `cancelled`, `past_due`): a subscription's, not a standing. `active`
# alone may be an approval (a join request let in), so it counts only beside another plan state.
_PLAN_STATES = frozenset({"paused", "cancelled", "canceled", "expired", "lapsed", "past_due", "trialing", "frozen"})


def _plan_state(ctx: FileContext, mod: Module, pair: Node) -> bool:
    """`status: "cancelled"`, or `status: body.status` with `const body = PlanSchema.parse(...)` whose
    `status` is `z.enum(["active", "paused", "cancelled"])`: a membership's plan paused, resumed or
    ended, no role, permission or access granted (`"pending"`, `"suspended"`, `"banned"` are standings)."""
    if pair.type != "pair" or mod.text(pair.child_by_field_name("key")).strip("\"'") != "status":
        return False
    value = sx.strip_types(pair.child_by_field_name("value"))
    literal = sx.string_value(mod.src, value)
    if literal is not None:
        return literal.lower() in _PLAN_STATES
    if (
        value is None
        or value.type != "member_expression"
        or mod.text(value.child_by_field_name("property")) != "status"
    ):
        return False
    obj = sx.strip_types(value.child_by_field_name("object"))
    fn = sx.enclosing_function(pair)
    decl = sx.first_declarators(mod.src, fn).get(mod.text(obj)) if fn is not None and obj is not None else None
    callee = _member_callee(decl.child_by_field_name("value")) if decl is not None else None
    if callee is None or mod.text(callee.child_by_field_name("property")) != "parse":
        return False
    field = schema_field(mod, callee.child_by_field_name("object"), "status", ctx.analyzer.program)
    if field is None:
        return False
    fsrc, enum = field[0].src, sx.strip_types(field[1])
    if enum is None or enum.type != "call_expression" or sx.last_name(sx.callee_name(fsrc, enum)) != "enum":
        return False
    args = sx.call_args(enum)
    items = sx.unwrap(args[0]) if args else None
    values = [sx.string_value(fsrc, i) for i in (items.named_children if items is not None else [])]
    states = {v.lower() for v in values if v is not None}
    return len(states) == len(values) and bool(states & _PLAN_STATES) and states <= _PLAN_STATES | {"active"}


def _created_rows(ctx: FileContext, events: list[Event]) -> dict[str, str]:
    """`const org = await Organization.create({...})`: the locals bound to a row this endpoint created,
    with its model."""
    out: dict[str, str] = {}
    for e in events:
        if e.kind != "db" or e.op is None or e.op.kind != "write":
            continue
        if not e.op.verb.lower().startswith(("create", "insert")):
            continue
        node: Node | None = e.op.chain
        while node is not None and node.parent is not None:
            if node.parent.type not in sx.TRANSPARENT and node.parent.type != "await_expression":
                break
            node = node.parent
        decl = node.parent if node is not None else None
        if decl is None or decl.type != "variable_declarator" or decl.child_by_field_name("value") != node:
            continue
        name = decl.child_by_field_name("name")
        if name is not None and name.type == "array_pattern" and len(name.named_children) == 1:
            name = name.named_children[0]  # `const [ws] = await db.insert(workspaces).values(...).returning()`
        if name is not None and name.type == "object_pattern" and e.op.api == "supabase":
            # `const { data: ws } = await supabase.from("workspaces").insert({...}).select().single()`
            pairs = [
                p
                for p in name.named_children
                if p.type == "pair_pattern" and ctx.text(p.child_by_field_name("key")) == "data"
            ]
            name = sx.strip_types(pairs[0].child_by_field_name("value")) if pairs else None
        if name is not None and name.type == "identifier":
            out[ctx.text(name)] = e.op.model or ""
    return out


def _undoes_own_insert(ctx: FileContext, ev: Event, events: list[Event]) -> bool:
    """`await supabase.from("workspaces").delete().eq("id", ws.id)` after `const { data: ws } = await
    supabase.from("workspaces").insert(...)`: the row this endpoint just made removed again (a rollback
    when a later step fails); nothing that existed before the request is deleted."""
    assert ev.op is not None
    rows = _created_rows(ctx, [e for e in events if e.node.start_byte < ev.node.start_byte])
    if not rows or not ev.op.model:
        return False
    return any(_row_id_of(ctx, n, rows) == ev.op.model for n in sx.find(ev.op.chain, ("member_expression",)))


def _row_id_of(ctx: FileContext, value: Node | None, rows: dict[str, str]) -> str | None:
    """`org._id`, `org.id`, `String(org._id)`, `org._id.toString()`: the id of a created row, its model
    (also `org.uuid`, a key the schema calls by that name)."""
    v = sx.unwrap(value)
    if v is not None and v.type == "call_expression":
        fn = sx.strip_types(v.child_by_field_name("function"))
        args = sx.call_args(v)
        if fn is not None and fn.type == "identifier" and ctx.text(fn) == "String" and len(args) == 1:
            v = sx.unwrap(args[0])
        elif fn is not None and fn.type == "member_expression" and not args:
            v = sx.unwrap(fn.child_by_field_name("object"))
    if v is None or v.type != "member_expression":
        return None
    obj = sx.strip_types(v.child_by_field_name("object"))
    prop = ctx.text(v.child_by_field_name("property"))
    if obj is None or obj.type != "identifier" or prop not in ("_id", "id", "uuid"):
        return None
    return rows.get(ctx.text(obj))


def _founds_tenant(ctx: FileContext, ev: Event, events: list[Event]) -> bool:
    """`Membership.create({ userId: session.user.id, workspaceId: ws._id, role: "owner" })` right after
    `const ws = await Workspace.create(...)`: the first seat of a tenant this endpoint founded, for the
    caller (or the account a sign-up just made). Nobody's standing in an existing group changes."""
    assert ev.op is not None
    # (an upsert keyed in a tenant made by this request can only insert: no seat of it existed before)
    if not ev.op.verb.lower().startswith(("create", "insert", "upsert")) or not ev.op.data:
        return False
    rows = _created_rows(ctx, [e for e in events if e.node.start_byte < ev.node.start_byte])
    if not rows:
        return False
    tenant = user = False
    for d in _seat_objects(ctx, ev):
        for key, value in object_keys(ctx.src, d).items():
            model = _row_id_of(ctx, value, rows)
            # (also the schema's own root tenant, whatever it is called: a `Studio` its memberships hang from)
            if model is not None and (_TENANT_MODELS.match(model) or tenancy.root_tenant(ctx.analyzer.program, model)):
                tenant = True
            elif _USER_KEY.match(key):
                session = ev.state.session | ev.state.fetched
                if model is None and not _binds_session_user(ctx, [d], session) and not _signed_up(ctx, value):
                    return False
                user = True
    return tenant and user


def _seat_objects(ctx: FileContext, ev: Event) -> list[Node]:
    """The written objects of ``ev``, a local's object literal in place of the local (`const seat = {
    org_id: org.id, role: "owner" }; ....upsert(seat as any)`), when the function never assigns it again."""
    assert ev.op is not None
    fn = sx.enclosing_function(ev.node)
    out: list[Node] = []
    for d in ev.op.data:
        v = sx.unwrap(d)
        if v is not None and v.type == "identifier" and fn is not None:
            decl = ctx.first_declarators(fn).get(ctx.text(v))
            value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
            reassigned = any(
                ctx.text(a.child_by_field_name("left")) == ctx.text(v)
                for a in sx.find(fn, ("assignment_expression",), False)
            )
            if value is not None and value.type == "object" and not reassigned:
                out.append(value)
                continue
        out.append(d)
    return out


# a seat above the default one: taken by a sign-up only in a tenant the same endpoint founds
_ELEVATED_SEAT = re.compile(r"(?i)owner|admin|manager|super")


def _new_accounts_first_seat(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`db.insert(memberships).values({ studioId, userId: res.user.id, role: "member" })` after
    `const res = await auth.api.signUpEmail(...)`, nobody signed in: the account this sign-up has just made
    seated with a fixed role (its default, or owner of the workspace it founds). Nobody's standing changes;
    a role the form picks, a seat for a user the form names, or one made by a signed-in caller (an
    administrator making accounts) is still a role granted."""
    assert ev.op is not None
    if ev.state.auth is not None or ev.state.session:
        return False
    if not ev.op.verb.lower().startswith(("create", "insert")) or not ev.op.data:
        return False
    made = sign_up.accounts_made_by_provider(ctx, ep.fn.node, ev.node.start_byte)
    if not made or not ev.state.fetched <= made:
        return False  # (the sign-up's own result is read as an auth source's: no other one)
    seated = False
    for d in ev.op.data:
        for key, value in object_keys(ctx.src, d).items():
            if key in ("role", "roles"):
                literal = sx.strip_types(value) if value is not None else None
                if literal is None or literal.type != "string":
                    return False  # (a role the request picks)
                if _ELEVATED_SEAT.search(ctx.text(literal)):
                    return False  # (an owner seat is a grant, unless the endpoint founded the tenant: _founds_tenant)
            elif _USER_KEY.match(key):
                if sx.root_identifier(ctx.src, sx.strip_types(value)) not in made:
                    return False  # (a seat for someone else)
                seated = True
    return seated


def _signed_up(ctx: FileContext, value: Node) -> bool:
    """`res.user.id` of `const res = await auth.api.signUpEmail({ body })`: the account the sign-up just made."""
    root = sx.root_identifier(ctx.src, sx.strip_types(value))
    fn = value.parent
    while fn is not None and not sx.is_function(fn):
        fn = fn.parent
    return root is not None and fn is not None and root in sign_up.accounts_made_by_provider(ctx, fn, value.start_byte)


_SELF_KEY = re.compile(r"^(_?id|user_?[iI]d)$")


def _own_row_joins_founded_tenant(ctx: FileContext, ev: Event, events: list[Event], data: Node) -> bool:
    """`user.update({ where: { id: session.user.id }, data: { orgId: org.id, role: "OWNER" } })` right
    after `const org = await organization.create(...)`: the caller's own account row made the first owner
    of the tenant this endpoint founded (a schema with the role on the user row), as `_founds_tenant` is
    for a seat row. The role is a constant: one the client picks is still a change of standing."""
    assert ev.op is not None
    src = ctx.src
    session = ev.state.session | ev.state.fetched
    filters = [object_keys(src, ev.op.args[0]).get("where")] if ev.op.api == "prisma" and ev.op.args else []
    if not any(
        f is not None
        and any(
            _SELF_KEY.match(k) and v is not None and mentions_any(src, [v], session)
            for k, v in object_keys(src, f).items()
        )
        for f in filters
    ):
        return False  # (another account's row, or a filter not worked out)
    rows = _created_rows(ctx, [e for e in events if e.node.start_byte < ev.node.start_byte])
    written = object_keys(src, data)
    if not any((m := _row_id_of(ctx, v, rows)) is not None and _TENANT_MODELS.match(m) for v in written.values()):
        return False
    roles = [v for k, v in written.items() if k in ("role", "roles")]
    return all(v is not None and (sx.strip_types(v) or v).type == "string" for v in roles)


def _client_object(ctx: FileContext, ev: Event, data: Node) -> bool:
    """The written data is a client-controlled object as a whole (`data: values`), not a literal."""
    node = sx.unwrap(data)
    return node is not None and node.type == "identifier" and ctx.text(node) in ev.state.client


def _helper_role_change(ctx: FileContext, ev: Event) -> str | None:
    """A project helper's own update of a member or user row sets a role (`toggleRole(memberId, r)`
    running `member.update({ data: { teamRole } })`): the event only carries the caller's arguments."""
    assert ev.op is not None
    model = ev.op.model or ""
    if ev.op.api != "helper":
        return None
    if _identity_provider_sync(ctx, ev):
        return None  # (the provider's signed event handed to a handler in another file: replication there too)
    if _ROLE_HOLDERS.match(model) or model.lower().startswith("user"):
        # (an account row's administrator flag too, `isAdmin: true`, as when written in the entry point)
        account = model.lower().startswith("user") or bool(_KIND_OF_ACCOUNT.match(model))
        roles = sorted(
            k
            for k in _helper_data_keys(ctx, ev)
            if k in ("role", "roles", "permissions") or _SCOPED_ROLE.match(k) or (account and _ADMIN_FLAG.match(k))
        )
        if roles:
            return f"{model}.{roles[0]}"
    return _helper_schema_role(ctx, ev)


def _helper_account_created_with_role(ctx: FileContext, ev: Event) -> str | None:
    """A project helper, called by a signed-in caller, that creates an account with the role it is handed
    (`createUserBySuperAdmin({ login, password, role })` running `User.create({ ..., role: input.role })`):
    an account made with the privileges the request chose, as `_account_created_with_role` reads it in the
    entry point. An account table by its name or by the password its schema keeps (`UserSlice`); not a
    sign-up (nobody signed in), nor a role the helper fixes itself (`role: "customer"`)."""
    assert ev.op is not None
    model = ev.op.model or ""
    if (
        ev.op.api != "helper"
        or not ev.op.verb.lower().startswith(_CREATE_PREFIXES)
        or ev.node.type != "call_expression"
    ):
        return None
    if ev.state.auth is None or ev.state.auth == "secret":
        return None
    if not (model.lower().startswith("user") or _KIND_OF_ACCOUNT.match(model) or _signs_in_model(ctx, model)):
        return None
    target = ctx.analyzer.target(ctx.module, ev.node)
    if target is None:
        return None
    params = set(target.params)
    for op in ctx.analyzer.summary(target).ops:
        if op.model != model or op.verb != ev.op.verb or op.api == "helper":
            continue
        for d in op.data:
            for key, value in object_keys(target.module.src, d).items():
                role = key in _ROLE_KEYS or _SCOPED_ROLE.match(key)
                if role and value is not None and identifiers(target.module.src, value) & params:
                    return f"{model}.{key}"
    return None


def _helper_schema_role(ctx: FileContext, ev: Event) -> str | None:
    """A project helper's own update sets a column whose schema enum names an admin or owner
    (`saveUserType(supabase, id, type)` running `users.update({ user_type: type })`)."""
    assert ev.op is not None
    target = ctx.analyzer.target(ctx.module, ev.node) if ev.node.type == "call_expression" else None
    if target is None:
        return None
    program = ctx.analyzer.program
    for op in ctx.analyzer.summary(target).ops:
        if op.model != ev.op.model or op.verb != ev.op.verb or op.api == "helper":
            continue
        for d in op.data:
            for k in sorted(object_keys(target.module.src, d)):
                if role_column(program, target.module, op.api, op.model, k):
                    return f"{op.model}.{k}"
    return None


def _helper_data_keys(ctx: FileContext, ev: Event) -> set[str]:
    """The keys a project helper's own write of this model sets (`deleteToken(userId, id)` running
    `accessToken.update({ data: { revoked: true } })`): the event only carries the caller's arguments."""
    assert ev.op is not None
    if ev.op.api != "helper" or ev.node.type != "call_expression":
        return set()
    return _helper_written_keys(ctx, ctx.module, ev.node, ev.op.model, ev.op.verb)


def _helper_written_keys(
    ctx: FileContext, mod: Module, call: Node, model: str | None, verb: str, depth: int = 0
) -> set[str]:
    """The keys the helper ``call`` names writes to ``model``, also through a helper it calls in turn
    (`applyAccess(change)` calling `promote(ids)` running `updateMany(..., { isAdmin: true })`)."""
    target = ctx.analyzer.target(mod, call)
    if target is None:
        return set()
    keys: set[str] = set()
    for op in ctx.analyzer.summary(target).ops:
        if op.model != model or op.verb != verb:
            continue
        if op.api == "helper" and depth < 2 and op.call.type == "call_expression":
            keys |= _helper_written_keys(ctx, target.module, op.call, model, verb, depth + 1)
            continue
        keys |= {k for d in op.data for k in object_keys(target.module.src, d)}
    return keys


# (`profileId`: a schema whose people are `Profile` rows keys seats by them)
_USER_KEY = re.compile(r"(?i)^(user_?id|user|owner_?id|profile_?id)$|\.(user_?id|owner_?id|profile_?id)$")


def _binds_session_user(ctx: FileContext, nodes: list[Node], session: set[str]) -> bool:
    """The row is the caller's own: a session value under a user key (`{ userId: user.id }`,
    `eq(members.userId, session.user.id)`, `.eq("user_id", user.id)`), not merely somewhere in
    the filter (`{ id: memberId, teamId: session.teamId }` removes someone else)."""
    src = ctx.src
    for root in nodes:
        # a Supabase chain's filters come as their arguments (`"user_id"`, `user.id`): the `.eq(...)` they
        # sit in pairs them
        call = root.parent.parent if root.parent is not None and root.parent.type == "arguments" else None
        if call is not None and call.type == "call_expression" and sx.call_args(call)[:1] == [root]:
            root = call
        seg = src[root.start_byte : root.end_byte].lower()
        if seg.isascii() and b"user" not in seg and b"owner" not in seg and b"profile" not in seg:
            continue  # (cheap: no key in it can match `_USER_KEY`)
        for n in sx.walk_named(root):
            key: Node | None = None
            value: Node | None = None
            if n.type == "pair":
                key, value = n.child_by_field_name("key"), n.child_by_field_name("value")
            elif n.type == "shorthand_property_identifier":
                key = value = n
            elif n.type == "call_expression" and len(sx.call_args(n)) == 2:
                key, value = sx.call_args(n)
            if (
                key is not None
                and value is not None
                and _USER_KEY.search(sx.text(src, key).strip("'\""))
                and mentions_any(src, [value], session)
            ):
                return True
    return False


# Switching an account on or off: `{ userStatus: "INACTIVE" }`, `{ isActive: false }`, `{ banned: true }`
# (`isArchived`: an archived account is refused at sign-in, as a deactivated one is)
_STATE_FLAG = re.compile(
    r"(?i)^(is_?)?(active|enabled|disabled|banned|blocked|suspended|locked|deactivated|frozen|archived)$"
    # (or its time stamp, `archivedAt: new Date()`, cleared to restore the account)
    r"|^(banned|suspended|deactivated|archived)_?at$"
)
# A sign-out's presence flag (`active`, `isOnline`): who is signed in now, not whether the account may sign in
_SIGN_OUT = re.compile(r"(?i)sign_?out|log_?out")
_PRESENCE_FLAG = re.compile(r"(?i)^(is_?)?(active|online)$")
_ACCOUNT_ROWS = re.compile(r"(?i)^(users?|accounts?|app_?users?|auth_?users?)$")
_STATUS_KEY = re.compile(r"(?i)^(user_?|account_?)?status$")
_STATUS_VALUE = re.compile(
    r"(?i)^(in)?active|^(disabled|enabled|banned|blocked|suspended|locked|deactivated|archived)$"
)


# a password hash field of a Prisma model: its rows are accounts someone signs in with
_PASSWORD_FIELD = re.compile(r"(?im)^\s*(password|password_?hash|hashed_?password|password_?digest)\s+String\b")


# ... and a Mongoose schema's key for one
_PASSWORD_KEY = re.compile(r"(?i)^(password|password_?hash|hashed_?password|password_?digest)$")


def _signs_in_model(ctx: FileContext, model: str) -> bool:
    """The Prisma schema gives ``model`` a password hash (`Installer { hashedPassword String }`), or its
    Mongoose schema declares one (`Staff` with `passwordHash: { type: String }`): an account."""
    if not model:
        return False
    body = prisma_models(ctx.analyzer.program, ctx.path).get(model.lower())
    if body and _PASSWORD_FIELD.search(body):
        return True
    return _mongoose_account(ctx.analyzer.program, model)


# a Prisma field holding the identity provider's user id, one row per such user (`kindeId String @unique`,
# `clerkUserId`, `supabase_user_id`): the app's own account of a person who signs in at that provider
_IDP_LINK_FIELD = re.compile(
    r"(?im)^\s*(kinde|clerk|supabase|auth0|firebase|cognito|workos|stytch|descope|external_?auth|auth)_?(user_?)?id"
    r"\s+String\b[^\n]*@unique"
)
_EMAIL_FIELD = re.compile(r"(?im)^\s*email\s+String\b")


def _identity_linked_account(ctx: FileContext, model: str) -> bool:
    """The Prisma schema gives ``model`` a unique link to the identity provider's user and an e-mail
    (`Clinician { kindeId String @unique  email String }`): a person's account in the app, as a model holding
    a password hash is (not a row naming who made it, `createdByClerkId`, nor a device with no e-mail)."""
    body = prisma_models(ctx.analyzer.program, ctx.path).get(model.lower()) if model else None
    return bool(body and _IDP_LINK_FIELD.search(body) and _EMAIL_FIELD.search(body))


def _mongoose_account(program: Program, model: str) -> bool:
    """A Mongoose model whose schema declares a password hash."""
    return any(_PASSWORD_KEY.match(k) for k in tenancy.mongoose_model_keys(program, model))


def _account_state_keys(ctx: FileContext, data: Node) -> set[str]:
    out: set[str] = set()
    for key, value in object_keys(ctx.src, data).items():
        if _STATE_FLAG.match(key):
            out.add(key)
        elif _STATUS_KEY.match(key):
            text = sx.string_value(ctx.src, value)
            # a literal account state; a client-chosen status could be anything, presence included
            if text is not None and _STATUS_VALUE.match(text):
                out.add(key)
    return out


# How a workspace lets people in, switched in its settings (`isCredentialsLoginEnabled`, `ssoEnforced`,
# `mfaRequired`, `isAnonymousAccessEnabled`, `memberApprovalRequired`, `inviteLinkEnabled`): a change of
# who can sign in or join, as a change of role is. (What it shows, sends or approves of content is not.)
_POLICY_SUBJECTS = frozenset({"login", "logins", "sso", "saml", "oidc", "mfa", "2fa", "anonymous", "signup", "signups"})
_POLICY_PAIRS = frozenset(
    {
        ("two", "factor"),
        ("invite", "link"),
        ("member", "approval"),
        ("members", "approval"),
        ("join", "approval"),
        # (who may open an account: `disableUserRegistration`; an event's `registrationOpen` is not)
        ("user", "registration"),
        ("users", "registration"),
        ("account", "registration"),
    }
)
_POLICY_VERBS = frozenset({"enabled", "disabled", "enable", "disable", "required", "require", "enforced", "enforce"})
_POLICY_VERBS_ACCESS = _POLICY_VERBS | {"allowed", "allow", "access"}


def _auth_policy_key(key: str) -> bool:
    ws = vocab.words(key)
    subject = bool(set(ws) & _POLICY_SUBJECTS) or any(p in _POLICY_PAIRS for p in itertools.pairwise(ws))
    return subject and bool(set(ws) & _POLICY_VERBS_ACCESS)


# An identity provider's connection set up, changed or removed (`connectionAPIController.createSAMLConnection(...)`,
# `updateOIDCConnection`, `deleteSSOConnection`): who may sign in to an account, and how.
_SSO_CONNECTION_CALL = re.compile(
    r"^(create|update|delete|remove)(SAML|OIDC|SSO|Saml|Oidc|Sso)(Connection|Provider)s?$"
)


# The same words as they must stand in such a call's name; the literal tests first (a case-insensitive
# pattern with no literal prefix costs a full pass over the file per entry point).
_SSO_CONNECTION_TEXT = re.compile(rb"(SAML|OIDC|SSO|Saml|Oidc|Sso)(Connection|Provider)")


def _sso_connection_call(ctx: FileContext, fn: Node) -> Node | None:
    """In the endpoint or in a function of its file it hands on (`defaultHandler(req, res, { POST: handlePOST })`)."""
    src = ctx.src
    if (b"Connection" not in src and b"Provider" not in src) or not _SSO_CONNECTION_TEXT.search(src):
        return None  # (most files: no such call to look for)
    bodies = [fn]
    for ident in sx.find(fn, ("identifier",)):
        local = ctx.module.local_function(ctx.text(ident))
        if local is not None and local.node is not fn:
            bodies.append(local.node)
    return next(
        (
            c
            for body in bodies
            for c in sx.find(body, ("call_expression",))
            if _SSO_CONNECTION_CALL.match(sx.last_name(sx.callee_name(ctx.src, c))) and not _from_settings(ctx, c)
        ),
        None,
    )


# Calls whose answer is a deployment setting or a value made of such: `getEnvVariable("API_URL")`,
# `new URL(path, base)`, `base.toString()` (what the receiver and arguments are is judged apart).
_SETTING_CALL = re.compile(r"(?i)env|^(URL|String|toString|href)$")


# Nodes whose value is made of their parts only (`{ a: x }`, `` `${x}/y` ``, `await x`, `x!`).
_SETTING_PARTS = frozenset(
    {"template_string", "object", "array", "pair", "template_substitution", "parenthesized_expression"}
    | {"binary_expression", "await_expression", "non_null_expression", "string_fragment", "escape_sequence"}
)


def _from_settings(ctx: FileContext, call: Node) -> bool:
    """`createOidcProvider({ id: "idp", baseUrl: idpBase.toString() })` with every argument built from
    literals, module constants and deployment settings: the server builds its own provider object, the
    same for every request; a connection is changed with what the caller or their session names."""
    scopes = [p for p in sx.ancestors(call) if sx.is_function(p)]
    args = call.child_by_field_name("arguments")
    return args is not None and all(_setting_value(ctx, a, scopes, 0) for a in args.named_children)


def _setting_value(ctx: FileContext, node: Node | None, scopes: list[Node], depth: int) -> bool:
    node = sx.strip_types(node)
    if node is None or depth > 16:  # (each wrapper, `new URL(process.env.X!)`, is a step)
        return False
    t = node.type
    if t in ("string", "number", "true", "false", "null", "undefined", "comment"):
        return True
    if t == "identifier":
        return _bound_to_setting(ctx, ctx.text(node), scopes, depth)
    if t == "member_expression":
        if ctx.text(node).startswith("process.env."):
            return True
        return _setting_value(ctx, node.child_by_field_name("object"), scopes, depth + 1)
    if t in ("call_expression", "new_expression"):
        fn = sx.strip_types(node.child_by_field_name("function" if t == "call_expression" else "constructor"))
        if fn is None or not _SETTING_CALL.search(sx.last_name(ctx.text(fn))):
            return False
        recv = fn.child_by_field_name("object") if fn.type == "member_expression" else None
        args = node.child_by_field_name("arguments")
        parts = [*(args.named_children if args is not None else []), *([recv] if recv is not None else [])]
        return all(_setting_value(ctx, a, scopes, depth + 1) for a in parts)
    if t in _SETTING_PARTS:
        kids: list[Node | None] = [c for c in node.named_children if c.type != "property_identifier"]
        if t == "pair":
            kids = [node.child_by_field_name("value")]
        return all(_setting_value(ctx, c, scopes, depth + 1) for c in kids)
    return False


def _bound_to_setting(ctx: FileContext, name: str, scopes: list[Node], depth: int) -> bool:
    """``name`` is a `const` of an enclosing function or of the module bound to a setting value
    (a parameter, or a local bound to anything else, is not)."""
    for scope in scopes:
        body = scope.child_by_field_name("body")
        if any(name in sx.pattern_names(ctx.src, p) for p in ctx.module.function_for(scope).param_nodes()):
            return False
        for decl in sx.find(body, ("variable_declarator",)) if body is not None else []:
            if ctx.text(decl.child_by_field_name("name")) == name:
                return _setting_value(ctx, decl.child_by_field_name("value"), scopes, depth + 1)
    value = ctx.module.values.get(name)
    return value is not None and _setting_value(ctx, value, scopes, depth + 1)


# a table of people who sign in (`members`, `staff`, `customers`), as its last word says
_PEOPLE_TABLE = re.compile(
    r"(?i)(user|account|profile|member|staff|employee|student|patient|volunteer|driver|worker)s?$"
)


def _own_person_row(ctx: FileContext, ev: Event) -> bool:
    """`update(members)...where(eq(members.id, member.id))`, `member.update({ where: { id: user.id } })`: a row of
    a table of people, picked by the signed-in caller's own id (the caller's account, whatever it is called)."""
    assert ev.op is not None
    if not _PEOPLE_TABLE.search(_table_name(ev.op)):
        return False

    def own_id(n: Node | None) -> bool:
        n = sx.strip_types(n)
        return (
            n is not None
            and n.type == "member_expression"
            and sx.root_identifier(ctx.src, n) in ev.state.session
            and sx.last_name(ctx.text(n)) == "id"
        )

    for a in ev.op.args:
        # `where: { id: user.id }`: the row's own id is the caller's (not `{ id, projectId: workspace.id }`)
        if own_id(object_keys(ctx.src, a).get("id")) or own_id(
            object_keys(ctx.src, object_keys(ctx.src, a).get("where") or a).get("id")
        ):
            return True
        # `eq(members.id, member.id)`
        for call in sx.find(a, ("call_expression",)):
            args = [sx.strip_types(x) for x in sx.call_args(call)]
            if sx.last_name(sx.callee_name(ctx.src, call)) == "eq" and len(args) == 2:
                first = args[0]
                if first is not None and sx.last_name(ctx.text(first)) == "id" and own_id(args[1]):
                    return True
    return False


def _client_address(ctx: FileContext, ev: Event, data: Node) -> bool:
    """The `email` written is a value the caller sends (`set({ email })` of a parsed form field)."""
    value = object_keys(ctx.src, data).get("email")
    return value is not None and bool(identifiers(ctx.src, value) & ev.state.client)


def _client_chosen_keys(ctx: FileContext, ev: Event, data: Node) -> set[str]:
    """`{ [key]: value }` with `key` from the client, unchecked: the caller picks the account column, its
    email or password among them."""
    return {
        k
        for k in object_keys(ctx.src, data)
        if k.startswith("[") and k[1:-1].strip() in ev.state.client - ev.state.validated
    }


# The API's own sessions resource (`app/api/sessions/route.ts`, `app/v1/sessions/google/route.ts`,
# `app/api/auth/sessions/route.ts`): creating one signs in (a chat's or a workout's sessions sit
# under their own resource, `api/chat/sessions`)
_SESSIONS_ROUTE = re.compile(r"(^|/)(app|api|v\d+|auth)/sessions(/[a-z][\w-]*)?/route\.[jt]sx?$")


# what a caller signs in with, or is handed to stay signed in (`password`, `idToken`, `code`, `assertion`)
_CREDENTIAL_WORD = re.compile(
    r"(?i)pass|token|code|credential|secret|assertion|signature|otp|pin$|key|nonce|ticket|jwt"
)


def _session_record_only(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """A `POST` to a sessions resource that takes no credential from the caller (no client value named for one),
    calls nothing named for signing in or a token, sets no cookie and answers no token: it files a record (a demo
    session row) and signs no one in."""
    if any(_CREDENTIAL_WORD.search(n) for n in flow.final.client):
        return False
    if _sets_cookie(ctx, ep.fn.node):
        return False
    for call in sx.find(ep.fn.node, ("call_expression",)):
        if re.search(r"(?i)sign_?in|log_?in|authenticate|session|token", sx.last_name(sx.callee_name(ctx.src, call))):
            return False
    for ret in sx.find(ep.fn.node, ("return_statement",), into_functions=False):
        if any(_CREDENTIAL_WORD.search(k) for k in _answered_keys(ctx, ret)):
            return False
    return True


def _answered_keys(ctx: FileContext, ret: Node) -> set[str]:
    """The keys of the objects a return statement answers (`NextResponse.json({ token })`)."""
    keys: set[str] = set()
    for obj in sx.find(ret, ("object",)):
        keys.update(object_keys(ctx.src, obj))
    return keys


# a bare verb as a route's last folder: the step done to what the folder above names
_STEP_FOLDER = re.compile(r"(?i)update|change|edit|reset|delete|remove")


def _route_name(ep: EntryPoint) -> str | None:
    """A route's name is its path: the folder of an app-router handler that changes something
    (`app/api/login/route.ts` POST), the file of a pages/api handler (`pages/api/kiosk/login.ts`)."""
    if ep.kind == "route" and ep.method == "POST" and _SESSIONS_ROUTE.search(ep.path) and not ep.authenticated_by:
        # `POST /v1/sessions/google`: a session created from the caller's credential (not behind a wrapper
        # that already let an API key or a session in: there the sessions are the app's records, a charge's)
        return "login"
    if ep.kind == "route" and ep.method not in (None, "GET") and "/" in ep.path:
        folders = ep.path.split("/")[:-1]
        if ep.method == "DELETE" and len(folders) > 1 and folders[-1].startswith("["):
            # `DELETE members/[memberId]`: the item of the collection above it is what goes
            return f"delete_{folders[-2]}".replace("-", "_")
        if len(folders) > 1 and _STEP_FOLDER.fullmatch(folders[-1]) and not folders[-2].startswith(("[", "(")):
            # `auth/password/update`: the step, done to the object the folder above names (`update_password`)
            return f"{folders[-1]}_{folders[-2]}".replace("-", "_").lower()
        return folders[-1].replace("-", "_")
    if ep.kind == "pages-api":
        stem = ep.path.rsplit("/", 1)[-1].split(".", 1)[0]
        return stem.replace("-", "_") if stem != "index" else None
    return None


def _item_deleted_route(ctx: FileContext, ep: EntryPoint, writes: list[Event]) -> str | None:
    """`PATCH scim/v2/Users/[id]` deleting rows (SCIM's deprovisioning, `active: false`): the item of the
    collection goes whatever the method is called, so the route is named as its `DELETE` is."""
    folders = ep.path.split("/")[:-1]
    if ep.kind != "route" or ep.method not in ("PATCH", "PUT", "POST") or len(folders) < 2:
        return None
    if not folders[-1].startswith("[") or not any(_deletes(ctx, e) for e in writes):
        return None
    return f"delete_{folders[-2]}".replace("-", "_")


def _status_only_delete_route(ctx: FileContext, ep: EntryPoint, routed: str, writes: list[Event]) -> bool:
    """`DELETE members/[id]` whose only writes update rows (`status: "cancelled"`) with no delete and no
    deletion mark (`deletedAt`): the route's verb names an item that goes, but nothing is deleted, and no
    sensitive provider operation runs. (A handler named so by its author is judged by its name.)"""
    if ep.method != "DELETE" or not routed.startswith("delete_") or not writes:
        return False
    if any(e.op is None or not e.op.verb.lower().startswith("update") for e in writes):
        return False
    for e in writes:
        assert e.op is not None
        for d in e.op.data:
            for k, v in object_keys(ctx.src, d).items():
                value = sx.text(ctx.src, sx.unwrap(v))
                if _REMOVAL_MARK.match(k) and value not in _CLEARED:
                    return False  # `removedAt: new Date()`: the member taken out of the team
                if _STATE_KEY.match(k) and _REMOVED_STATE.match(value):
                    return False  # `status: "removed"`
    return not any(_deletes(ctx, e) or _soft_deletes(ctx, e) for e in writes) and not _calls_sensitive_operation(
        ctx, ep.fn.node
    )


# what takes a row's holder out (a member removed, archived, an account deactivated), as a timestamp or flag,
# or a state
_REMOVAL_MARK = re.compile(
    r"(?i)^(is_?)?(deleted|removed|revoked|deactivated|disabled|banned|suspended|blocked|left|kicked|archived)"
    r"(_?(at|on))?$"
)
_STATE_KEY = re.compile(r"(?i)^(status|state)$")
_REMOVED_STATE = re.compile(
    r"""(?i)^["'`](deleted|removed|revoked|deactivated|disabled|banned|suspended|blocked|inactive|left|archived)["'`]$"""
)


def _marks_removed(ctx: FileContext, ev: Event) -> bool:
    """An update writing a removal mark on the row (`archivedAt: new Date()`, `removedAt`, `status:
    "archived"`): its holder taken out, the row kept. Clearing the mark (`archivedAt: null`) gives it back."""
    assert ev.op is not None
    if not ev.op.verb.lower().startswith("update") or ev.op.api == "helper":
        return False
    for d in ev.op.data:
        for k, v in object_keys(ctx.src, d).items():
            value = sx.text(ctx.src, sx.unwrap(v))
            if (_REMOVAL_MARK.match(k) and value not in _CLEARED) or (
                _STATE_KEY.match(k) and _REMOVED_STATE.match(value)
            ):
                return True
    return False


_BARE_SEAT = re.compile(r"(?i)^members?$")


def _bare_seat_table(ctx: FileContext, model: str) -> bool:
    """A table called just `member` whose schema gives each row a user, a role and a tenant's usual
    column (`member { organizationId userId role }`, better-auth's organization plugin): a seat in that
    tenant, as an `orgMember` is by its name."""
    if not _BARE_SEAT.match(model):
        return False
    columns = set(tenancy.drizzle_tables(ctx.analyzer.program).get(model.lower(), {}))
    body = prisma_models(ctx.analyzer.program, ctx.path).get(model.lower()) or ""
    columns |= {line.split()[0] for line in body.splitlines() if line.split()}
    if "role" not in columns:
        return False
    if columns & {"userId", "user_id"} and columns & vocab.TENANT_OWNER_FIELDS - {"teamId", "team_id"}:
        return True
    # (a Prisma `Member { role profileId projectId }` related to a profile and to the group it seats them
    # in, `project Project @relation(fields: [projectId])`: a seat with a role in that group as well)
    related = set(_PRISMA_RELATION_KEYS.findall(body))
    return bool(related & _SEAT_HOLDERS) and bool(related - _SEAT_HOLDERS)


# The columns a Prisma relation is keyed by (`@relation(fields: [projectId], references: [id])`)
_PRISMA_RELATION_KEYS = re.compile(r"@relation\([^)]*fields:\s*\[\s*(\w+)")
# ... those holding the person a seat is for
_SEAT_HOLDERS = frozenset({"userId", "user_id", "profileId", "profile_id", "accountId", "account_id"})


# The back office: `app/(admin)/admin/...`, `app/api/admin/...`, `app/admin/actions.ts`
_ADMIN_AREA = re.compile(r"(?i)(^|/)\(?(admin|back_?office|back-office|super_?admin)\)?(/|\.\w+$)")
# ... or a module named for the admin panel by a word beside it (`legacy-admin.ts`, `admin_tools.ts`,
# `site-admin.ts`): which panel or what of it, not whose records it administers (`donor-admin.ts`, a centre's
# staff managing donors; `team-admin.ts`, a team's admin)
_ADMIN_MODULE = re.compile(
    r"(?i)(?:^|/)(?:(?:legacy|old|new|v\d+|site|platform|system|global|app|internal)[-_])?"
    r"(?:admin|back_?office|super_?admin)"
    r"(?:[-_](?:tools|panel|console|actions|api|utils|ops|area|dashboard|helpers))?\.\w+$"
)


def _admin_module(path: str) -> bool:
    return _ADMIN_MODULE.search(path) is not None


# Gates that only an administrator passes: `requireAdmin()`, `isWorkspaceAdmin(...)`, `requireSuperuser()`
_ADMIN_CALL = re.compile(
    r"(?i)^(require|ensure|assert|check|verify|is|has|must|only)\w*(admin|superuser|moderator|staff)"
)
# ... or a role/permission call naming an administrator role (`requireRole("OWNER", "ADMIN")`), or
# Clerk's permission question (`auth.protect({ permission: "org:billing:manage" })`, `has({ permission })`)
# (`staff`: the platform's own employees, as in an admin console's `role !== "staff"`)
# (also named with the scope it holds in: `platform_admin`, `site-admin`, `systemAdmin`, or over:
# `GROUP_ADMIN`, `org_admin`; not `admin_pending`, whose scope word comes after)
_ADMIN_ROLE = re.compile(
    r"(?i)^(org:)?(((platform|site|system|global|super)[_-]?|[a-z]+[_-])?admin|administrator|owner|superuser|staff)$"
)
_ADMIN_COMPARED = re.compile(r"(?i)\.(role|roles)\b|\bis_?((super|platform|site|system|global)_?)?admin\b")


# A gate that lets in only the app operator's own people (`requirePlatformStaff()`, `assertSuperAdmin()`,
# `requireInternalStaff()`, its support desk's `requireSupportAgent()`): what follows is an admin action wherever
# its page sits (`(staff)/staff/...`, `app/support/...`)
_OPERATOR_GATE = re.compile(
    r"(?i)^(require|ensure|assert|check|verify|must|only)_?((platform|super|internal|site)_?(admin|staff)|"
    r"support_?(admin|staff|agent|engineer)|support$)"
)


def _operator_gate(ctx: FileContext, fn: Node, before: int | None = None) -> bool:
    end = fn.end_byte if before is None else before
    calls = [c for c in sx.find(fn, ("call_expression",), False) if c.start_byte < end]
    # (a project helper letting in holders of a flag the platform set in the provider's metadata, `requireOps()`)
    if any(not sx.call_args(c) and _refuses_without_metadata_flag(ctx, c) for c in calls):
        return True
    text = ctx.src[fn.start_byte : end].lower()
    if not any(word in text for word in (b"platform", b"super", b"internal", b"site", b"support")):
        return False
    return any(_OPERATOR_GATE.match(sx.last_name(sx.callee_name(ctx.src, c))) for c in calls)


# The identity provider's metadata only the platform's backend writes (Clerk `publicMetadata` /
# `privateMetadata`, Supabase `app_metadata`); not `unsafeMetadata` / `user_metadata`, which the user writes
_SERVER_SET_METADATA = re.compile(r"^(app_metadata|raw_app_meta_data|publicMetadata|privateMetadata)$")


def _metadata_flag(src: bytes, node: Node | None) -> bool:
    """`user.publicMetadata?.ops`: a flag of the provider's server-set metadata, named for no tenant
    (`orgAdmin` is a customer's standing)."""
    node = sx.strip_types(node)
    if node is None or node.type != "member_expression":
        return False
    holder = sx.strip_types(node.child_by_field_name("object"))
    if holder is None:
        return False
    name = sx.text(src, holder.child_by_field_name("property") if holder.type == "member_expression" else holder)
    flag = sx.text(src, node.child_by_field_name("property"))
    return bool(_SERVER_SET_METADATA.match(name)) and not _TENANT_WORD.search(flag)


def _refuses_without_metadata_flag(ctx: FileContext, call: Node) -> bool:
    """A project helper, whatever it is called (`requireOps()`), that exits unless a flag of the provider's
    server-set metadata is `true` (`if (user.publicMetadata?.ops !== true) redirect("/")`, `if
    (!user.app_metadata.backOffice) throw`): the platform granted it, so it lets in the operator's own staff."""
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or target.body is None or b"etadata" not in target.module.src:
        return False
    src = target.module.src
    for i in sx.find(target.body, ("if_statement",), into_functions=False):
        cond = sx.unwrap(i.child_by_field_name("condition"))
        if cond is None or sx.exits(src, i.child_by_field_name("consequence")) is None:
            continue
        if cond.type == "unary_expression" and sx.text(src, cond)[:1] == "!" and cond.named_children:
            if _metadata_flag(src, sx.unwrap(cond.named_children[0])):
                return True
        elif cond.type == "binary_expression":
            op = cond.child_by_field_name("operator")
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if op is None or sx.text(src, op) not in ("!==", "!="):
                continue
            for flag, const in ((left, right), (right, left)):
                if const is not None and sx.text(src, const) == "true" and _metadata_flag(src, flag):
                    return True
    return False


def _declaring_pages(ep: EntryPoint) -> list[Node]:
    """The functions an inline action is declared in (the page that renders its form): a gate the page
    runs before declaring it says whom the action is for, though it does not run when the action is posted."""
    if ep.kind != "inline-action":
        return []
    out: list[Node] = []
    outer = sx.enclosing_function(ep.fn.node)
    while outer is not None:
        out.append(outer)
        outer = sx.enclosing_function(outer)
    return out


def _admin_gate(ctx: FileContext, fn: Node, before: int) -> bool:
    """The entry point checks, before byte ``before``, that the caller is an administrator: a call
    asking for an admin role or a permission (awaited or not: it says what the action is for), or an
    exit when the caller's role is not an admin one (`if (user.role !== "admin") throw`)."""
    src = ctx.src
    for node in sx.find(fn, ("call_expression", "if_statement"), False):
        if node.start_byte >= before:
            continue
        if node.type == "if_statement":
            if _refuses_non_admin(ctx, node.child_by_field_name("condition")) and sx.exits(
                src, node.child_by_field_name("consequence")
            ):
                return True
            continue
        callee = sx.callee_name(src, node)
        last = sx.last_name(callee)
        if _ADMIN_CALL.match(last) or _OPERATOR_GATE.match(last) or _refuses_without_platform_flag(ctx, node):
            return True
        if not sx.call_args(node) and _refuses_without_metadata_flag(ctx, node):
            return True
        args = sx.call_args(node)
        if last in ("protect", "has") and any({"permission", "role"} & set(object_keys(src, a)) for a in args):
            return True
        if vocab.ROLE_CALLS.match(last) and any(
            _ADMIN_ROLE.match(sx.string_value(src, a) or "") for a in args if a.type == "string"
        ):
            return True
        if _SCOPED_ROLE_CALL.match(last) and any(_admin_roles_only(src, a) for a in args):
            return True
    return False


def _tenant_free_admin_gate(ctx: FileContext, fn: Node, before: int) -> bool:
    """The entry point calls, before byte ``before``, an administrator gate that takes no tenant (`await
    requireStaff()`, `requireAdmin()`): it asks about the platform, not about a tenant the caller runs."""
    return any(
        not sx.call_args(c) and (_ADMIN_CALL.match(last) is not None or _OPERATOR_GATE.match(last) is not None)
        for c in sx.find(fn, ("call_expression",), False)
        if c.start_byte < before
        for last in [sx.last_name(sx.callee_name(ctx.src, c))]
    )


# a gate asking for the whole app's administrator by its name, with no tenant handed to it (`requireAdmin()`,
# `assertSuperuser()`; not a `staff` or `moderator` gate, which a tenant's employees pass in many apps)
# (`requireAdminUser()` too; not `requireOrgAdmin()`, whose tenant is the session's)
_APP_ADMIN_CALL = re.compile(r"(?i)^(require|ensure|assert|check|verify|is|has|must|only)\w*(admin|superuser)")
_TENANT_WORD = re.compile(r"(?i)org|team|workspace|tenant|company|account|project|group|network|club|shop|store")
# an administrator of the whole app, by its role's name (not `owner`, nor Clerk's `org:admin`: a tenant's)
_APP_ADMIN_ROLE = re.compile(r"(?i)^(((platform|site|system|global|super)[_-]?)?admin|administrator|superuser)$")


def _app_admin_gate(ctx: FileContext, fn: Node, before: int) -> bool:
    """The entry point calls, before byte ``before`` (awaited or not: it says whom the action is for), a gate
    that lets in the app's administrators and names no tenant: `requireAdmin()`, the operator's
    `requireSuperAdmin()`, or a role gate handed the administrator's role alone, `requireRole("admin")`
    (`requireWorkspaceRole(id, ["admin"])` names a tenant; `requireRole("admin", "technician")` lets a
    lesser role through)."""
    src = ctx.src
    for c in sx.find(fn, ("call_expression",), False):
        if c.start_byte >= before:
            continue
        last = sx.last_name(sx.callee_name(src, c))
        args = sx.call_args(c)
        if not args and (_OPERATOR_GATE.match(last) or (_APP_ADMIN_CALL.match(last) and not _TENANT_WORD.search(last))):
            return True
        if (
            args
            and vocab.ROLE_CALLS.match(last)
            and all(a.type == "string" and _APP_ADMIN_ROLE.match(sx.string_value(src, a) or "") for a in args)
        ):
            return True
    return False


# The operator's own money desk by role name (`finance`, `accounting`): a back-office role of the whole app, not a
# tenant's (a workspace's `billing` manager buys its own plan)
_BACK_OFFICE_ROLE = re.compile(r"(?i)^(finance|accounting|accountant|accounts|bookkeep(er|ing)|treasurer)$")


def _back_office_gate(ctx: FileContext, fn: Node, before: int) -> bool:
    """Before byte ``before``, a role gate handed role literals only (no tenant), each the app's administrator's
    or its money desk's, one of them the latter: `requireRole("finance")`, `requireRole("accounting", "admin")`."""
    src = ctx.src
    for c in sx.find(fn, ("call_expression",), False):
        if c.start_byte >= before or not vocab.ROLE_CALLS.match(sx.last_name(sx.callee_name(src, c))):
            continue
        roles = [sx.string_value(src, a) if a.type == "string" else None for a in sx.call_args(c)]
        if (
            roles
            and all(r is not None and (_BACK_OFFICE_ROLE.match(r) or _APP_ADMIN_ROLE.match(r)) for r in roles)
            and any(_BACK_OFFICE_ROLE.match(r or "") for r in roles)
        ):
            return True
    return False


def _back_office_wrapper(ctx: FileContext, ep: EntryPoint) -> bool:
    """The action is built by a role wrapper letting in the money desk (`withCommitteeRole("TREASURER", fn)`),
    with the administrator's roles at most beside it."""
    roles = _wrapper_roles(ctx, ep)
    return any(_BACK_OFFICE_ROLE.match(r) for r in roles) and all(
        _BACK_OFFICE_ROLE.match(r) or _APP_ADMIN_ROLE.match(r) for r in roles
    )


# The app's own administrative staff by role name, naming no tenant: its administrators and its office
# (`office`: a school's or clinic's administrative staff; not `teacher`, `coach`, nor `org_admin`)
_STAFF_ROLE = re.compile(
    r"(?i)^(((platform|site|system|global|super)[_-]?)?admin|administrator|superuser|office|staff)$"
)


def _staff_roles_only(src: bytes, args: list[Node]) -> bool:
    """`["office", "admin"]`, `"admin"`: every argument is a role literal (no tenant handed over) and every
    role it lets in is the app's administrative staff's."""
    roles: list[str | None] = []
    for a in args:
        a = sx.unwrap(a) or a
        items = a.named_children if a.type == "array" else [a]
        roles += [sx.string_value(src, i) for i in items if i.type != "comment"]
    return bool(roles) and all(r is not None and _STAFF_ROLE.match(r) for r in roles)


def _staff_role_gate(ctx: FileContext, fn: Node, before: int) -> bool:
    """Before byte ``before`` (awaited or not: it says whom the action is for), the entry point lets in the
    app's administrative staff only, naming no tenant: `requireStaff()`, `requireStaff(["office", "admin"])`,
    `requireAdmin()`, or an exit for every other role (`if (me.role !== "office" && me.role !== "admin")
    throw`). (`requireStaff(["teacher", "office"])` lets a lesser role through; `requireTeamAdmin(teamId)`
    asks about a tenant the caller runs.)"""
    src = ctx.src
    if _app_admin_gate(ctx, fn, before):
        return True
    for node in sx.find(fn, ("call_expression", "if_statement"), False):
        if node.start_byte >= before:
            continue
        if node.type == "if_statement":
            if _refuses_non_admin(ctx, node.child_by_field_name("condition"), _STAFF_ROLE) and sx.exits(
                src, node.child_by_field_name("consequence")
            ):
                return True
            continue
        last = sx.last_name(sx.callee_name(src, node))
        if not _ADMIN_CALL.match(last) or _TENANT_WORD.search(last):
            continue
        args = sx.call_args(node)
        if not args or _staff_roles_only(src, args):
            return True
    return False


# A table of people (or a link row ending in one: `pupil_guardians`): a person's record, not configuration
_PERSON_RECORD = re.compile(
    r"(?i)(pupil|student|learner|guardian|parent|child|children|patient|client|customer|member|user|account|"
    r"profile|staff|employee|volunteer|person|people|resident)s?$"
)


def _deletes_person_record(ctx: FileContext, ev: Event) -> bool:
    """A delete of a row of a table of people (`pupils`, `Patient`) or of a person's link to another
    (`pupil_guardians`: a guardian's access to a child cut); not a catalogue row (`term_dates`)."""
    op = ev.op
    if op is None or op.api == "helper" or not _deletes(ctx, ev):
        return False
    return bool(_PERSON_RECORD.search(_table_name(op)))


# A role gate named for where the role holds: `requireNetworkRole(id, ["admin"])`, `assertTeamRole(id, "owner")`
_SCOPED_ROLE_CALL = re.compile(r"^(require|ensure|assert|check|verify|has|must)[A-Z]\w*Roles?$")


def _admin_roles_only(src: bytes, arg: Node) -> bool:
    """`"owner"`, `["admin"]`, `["owner", "admin"]`: every role the gate lets in is an administrator's
    (`["admin", "coordinator"]` lets a lesser role through: not an admin check)."""
    arg = sx.unwrap(arg) or arg
    items = arg.named_children if arg.type == "array" else [arg]
    roles = [sx.string_value(src, i) for i in items if i.type != "comment"]
    return bool(roles) and all(r is not None and _ADMIN_ROLE.match(r) for r in roles)


def _refuses_without_platform_flag(ctx: FileContext, call: Node) -> bool:
    """A project helper, whatever it is called (`platformAdminOrRedirect()`), that exits unless a platform
    role flag is set (`if (!row?.isPlatformAdmin) redirect("/")`): it lets in administrators only."""
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or target.body is None:
        return False
    src = target.module.src
    for i in sx.find(target.body, ("if_statement",), into_functions=False):
        cond = i.child_by_field_name("condition")
        if cond is None or sx.exits(src, i.child_by_field_name("consequence")) is None:
            continue
        for neg in sx.find(cond, ("unary_expression",), into_functions=False):
            flag = sx.unwrap(neg.named_children[0]) if neg.named_children else None
            if (
                flag is not None
                and flag.type == "member_expression"
                and sx.text(src, neg)[:1] == "!"
                and platform_flag(sx.text(src, flag.child_by_field_name("property")))
            ):
                return True
    return False


# A role named for where it holds: `platformRole`, `system_role`, `orgRole` (not `jobRole`, a title)
_SCOPED_ROLE = re.compile(
    r"(?i)^(platform|system|global|site|app|account|user|org|organi[sz]ation|team|workspace|member|access|admin)_?roles?$"
)


# What the holder sets about a balance, after the money word (`balanceAlertCents`): when to warn, not the money
_BALANCE_NOTICE = frozenset({"alert", "alerts", "warning", "warn", "threshold", "reminder", "notification", "notice"})


def _held_balance(key: str) -> bool:
    """A balance under a compound name its money word leads (`balanceCents`, `balance_cents`, `creditsRemaining`):
    like `balance` (not `dayRateCents`, nor a notice setting, `balanceAlertCents`)."""
    words = vocab.words(key)
    return len(words) > 1 and words[0] in ("balance", "credits") and not _BALANCE_NOTICE.intersection(words[1:])


def _grants_privilege(ctx: FileContext, ev: Event) -> str | None:
    """The privileged field of an account the write sets: `{ credits }`, `{ plan: "trial" }`, `{ balance: 0 }`,
    `{ creditLimit }`, also in SQL (`UPDATE users SET credits = 0`)."""
    assert ev.op is not None
    keys = {k for d in ev.op.data for k in object_keys(ctx.src, d)} | set(_sql_set_columns(ctx, ev))
    keys |= _whole_object_columns(ctx, ev)
    # (a credit limit is a balance the business extends: `creditLimit`, `credit_limit_cents`)
    keys = {
        k
        for k in keys
        if (k in vocab.PRIVILEGED_FIELDS or _SCOPED_ROLE.match(k) or _held_balance(k) or vocab.CREDIT_LIMIT.search(k))
        and not _BILLING_CUSTOMER_REF.search(k)
    }
    return min(keys) if keys else None


# the payment provider's id for the account's customer record (`stripeCustomerId`): filing the account with the
# provider is billing bookkeeping, no privilege or balance (a client setting it is still mass-assignment's matter)
_BILLING_CUSTOMER_REF = re.compile(r"(?i)customer_?id$")


def _adjusts_balance(ctx: FileContext, ev: Event) -> bool:
    """The write sets a balance (`credits`, `balance`, `balanceCents`, a credit limit), not a role or flag."""
    assert ev.op is not None
    keys = {k for d in ev.op.data for k in object_keys(ctx.src, d)} | set(_sql_set_columns(ctx, ev))
    return any(k in ("credits", "balance") or _held_balance(k) or vocab.CREDIT_LIMIT.search(k) for k in keys)


def _whole_object_columns(ctx: FileContext, ev: Event) -> set[str]:
    """`db.update(organisations).set(body)` with the request's own object: every column of the table can
    be written, so its privileged ones (`plan`) are among what the write sets (a drizzle table, read from
    its declaration; a Prisma model's `data: body` or `data: Object.fromEntries(formData)`, read from its
    `model` block)."""
    assert ev.op is not None
    # `prisma.agency.update({ data: fields })` with `fields` the request's own object, a form's entries, or a
    # parse that keeps every key it is not told about (`.passthrough()`): any column of the model
    if ev.op.api not in ("drizzle", "prisma") or not any(
        (_client_object(ctx, ev, d) or _form_entries(ctx, ev, d)) and _open_object(ctx, ev, d) for d in ev.op.data
    ):
        return set()
    if ev.op.api == "prisma":
        body = prisma_models(ctx.analyzer.program, ctx.path).get((ev.op.model or "").lower()) or ""
        # (a field line: its name first; not `@@index(...)`, not a comment)
        return {line.split()[0] for line in body.splitlines() if line.split() and line.split()[0].isidentifier()}
    args = sx.call_args(ev.op.call)
    columns = table_columns(ctx.module, args[0], ctx.analyzer.program) if args else None
    return set(columns or ())


# A schema that keeps the keys it does not list (zod `.passthrough()`/`.catchall()`/`.loose()`, `z.record`,
# valibot `looseObject`): what it answers holds whatever the client sent
_OPEN_SCHEMA = re.compile(r"\.(passthrough|catchall|loose)\(|\b(record|looseObject|looseRecord)\(")


def _open_object(ctx: FileContext, ev: Event, data: Node) -> bool:
    """The written object holds any key the client sent: unchecked, or bound in the entry point to a parse
    by an open schema (`const fields = z.object({ name }).passthrough().parse(patch)`)."""
    name = ctx.text(sx.unwrap(data) or data)
    if name not in ev.state.validated:
        return True
    fn = sx.enclosing_function(data)
    for decl in sx.find(fn, ("variable_declarator",)) if fn is not None else []:
        value = decl.child_by_field_name("value")
        if ctx.text(decl.child_by_field_name("name")) == name and value is not None:
            return bool(_OPEN_SCHEMA.search(ctx.text(value)))
    return False


def _form_entries(ctx: FileContext, ev: Event, data: Node) -> bool:
    """`Object.fromEntries(formData)` of a client form: every field the form sends, as sent."""
    node = sx.unwrap(data)
    if node is None or node.type != "call_expression" or sx.callee_name(ctx.src, node) != "Object.fromEntries":
        return False
    args = sx.call_args(node)
    return len(args) == 1 and sx.root_identifier(ctx.src, sx.unwrap(args[0])) in ev.state.client


_PARENT_KEY = re.compile(r"^[a-z]\w*(Id|_id)$")


def _moves_tenant(ctx: FileContext, ev: Event) -> str | None:
    """The parent key a Prisma update sets on the schema's root tenant (`studio.update({ data: {
    franchiseId } })`, `coop` given a `federationId`): the tenant handed to another organisation, whose
    people then reach it, as an ownership change is. A row inside a tenant moved between tenants, or a
    tenant's own settings, is ordinary editing."""
    op = ev.op
    if op is None or op.api != "prisma" or op.kind != "write" or op.verb not in ("update", "updateMany"):
        return None
    if not tenancy.root_tenant(ctx.analyzer.program, op.model or ""):
        return None
    for d in op.data:
        for key, value in object_keys(ctx.src, d).items():
            v = sx.unwrap(value)
            if _PARENT_KEY.match(key) and v is not None and v.type not in ("null", "undefined", "string"):
                return key
    # (`data: body`: the client's object as a whole may set any parent key of the model)
    return min((k for k in _whole_object_columns(ctx, ev) if _PARENT_KEY.match(k)), default=None)


# An entry point named for issuing or revoking an API key of something (`rotateInverterApiKey`,
# `revokePartnerApiToken`): the key may be a column of that thing's row rather than a row of a key table
_KEY_OPERATION = re.compile(
    r"(?i)^(create|generate|issue|revoke|delete|rotate|regenerate|reset)_?([a-z]+_?){0,2}?api_?(keys?|tokens?)$"
)
_KEY_COLUMN = re.compile(r"(?i)(key|token)$")


def _key_held_on_row(ctx: FileContext, name: str, ev: Event) -> str | None:
    """The key column (`inverterKey`) a write sets in an entry point named for that key's issue or
    revocation: the API key held on another model's row is created or revoked there."""
    if not _KEY_OPERATION.match(name):
        return None
    assert ev.op is not None
    keys = {k for d in ev.op.data for k in object_keys(ctx.src, d)} | set(_sql_set_columns(ctx, ev))
    held = sorted(k for k in keys if _KEY_COLUMN.search(k))
    return held[0] if held else None


# the column an issued API key is kept by (`apiKeyHash`, `key_hash`, `hashedKey`); not a session token's hash
_KEY_HASH_COLUMN = re.compile(r"(?i)^((api_?)?key_?hash|hashed_?(api_?)?key)$")


def _deletes_key_row(ctx: FileContext, ev: Event) -> bool:
    """`db.delete(partners)` of a drizzle table declaring `apiKeyHash` (also a Prisma model with such a
    field): the row is the key, so deleting it revokes the key, whatever the table or action is called; and
    so does marking it revoked in place (`.set({ revokedAt: new Date() })`). A Kysely table
    (`deleteFrom("scanner_keys")`) is read from the project's `Database` type and its SQL `CREATE TABLE`."""
    assert ev.op is not None
    if not (_deletes(ctx, ev) or _marks_revoked(ctx, ev)) or ev.op.api not in ("drizzle", "prisma", "kysely"):
        return False
    columns: set[str]
    if ev.op.api == "kysely":
        table = (ev.op.model or "").lower()
        program = ctx.analyzer.program
        declared = tenancy.kysely_tables(program).get(table) or {}
        columns = set(declared) | set(tenancy.sql_tables(program).get(table) or ())
    elif ev.op.api == "prisma":
        body = prisma_models(ctx.analyzer.program, ctx.path).get((ev.op.model or "").lower()) or ""
        columns = set(re.findall(r"(?m)^\s*(\w+)\s", body))
    else:
        args = sx.call_args(ev.op.call)
        columns = set(table_columns(ctx.module, args[0], ctx.analyzer.program) or ()) if args else set()
    if ev.op.api == "drizzle" and not columns:
        columns = set(tenancy.drizzle_tables(ctx.analyzer.program).get((ev.op.model or "").lower(), {}))
    return any(_KEY_HASH_COLUMN.match(c) for c in columns)


# What marks a row revoked in place (`revokedAt: new Date()`, `revoked: true`, `disabled_at`)
_REVOKED_COLUMN = re.compile(r"(?i)^(is_?)?(revoked|disabled|deactivated)(_?at)?$")


def _marks_revoked(ctx: FileContext, ev: Event) -> bool:
    """`.set({ revokedAt: new Date() })`: an update revoking the row in place (a soft delete of it)."""
    assert ev.op is not None
    if ev.op.kind != "write" or not ev.op.verb.startswith("update"):
        return False
    keys = {k for d in ev.op.data for k in object_keys(ctx.src, d)}
    return any(_REVOKED_COLUMN.match(k) for k in keys)


# A customer's commercial terms on its tenant row: the platform's cut of its money (`feePercent`,
# `platform_fee`, `commissionRate`, `takeRate`, `revenueShare`); not a price of something it sells
# The usual names of a customer tenant's table (`Organisation` of `orgId` columns, `workspaces`)
_TENANT_MODEL = re.compile(r"(?i)^(organi[sz]ations?|orgs?|tenants?|workspaces?|compan(y|ies))$")
_TENANT_TERMS = re.compile(
    r"(?i)^(platform_?)?((fee|commission)(_?(percent|pct|rate|bps|share))?s?|take_?rate|revenue_?share)$"
)


def _changes_tenant_terms(ctx: FileContext, ev: Event) -> str | None:
    """The commercial term an update sets on the schema's root tenant (`organisation.update({ data: {
    feePercent } })`): in the admin area past an admin gate, a platform administrator changing what one
    customer pays, as an account's plan or credits are. A platform-wide default or a catalogue row's rate
    is configuration."""
    op = ev.op
    if op is None or op.kind != "write" or not op.verb.startswith("update"):
        return None
    if not (tenancy.root_tenant(ctx.analyzer.program, op.model or "") or _TENANT_MODEL.match(op.model or "")):
        return None
    keys = {k for d in op.data for k in object_keys(ctx.src, d)} | set(_sql_set_columns(ctx, ev))
    return min((k for k in keys if _TENANT_TERMS.match(k)), default=None)


def _opens_tenant(ctx: FileContext, ev: Event) -> bool:
    """A new row of the schema's root tenant (`coop.create(...)`, `Coop` of `Membership { userId coopId
    role }`): in the admin area past an admin gate, a platform administrator opening a customer organisation,
    the counterpart of deleting one (a user founding their own, outside it, is ordinary use)."""
    op = ev.op
    return (
        op is not None
        and op.kind == "write"
        and op.verb in ("create", "createMany", "insert", "insertOne", "insertMany", "insertInto")
        and tenancy.root_tenant(ctx.analyzer.program, op.model or "")
    )


_SQL_UPDATE = re.compile(r"(?is)\bupdate\s+[\w.\"`]+\s+set\s+(.*?)(?:\bwhere\b|\breturning\b|$)")
_SQL_ASSIGNMENT = re.compile(r"(?is)^\s*[\"`]?(\w+)[\"`]?\s*=\s*(.+?)\s*$")


# A tenant's or an integration's own credential (`webhookSecret`, `signingSecret`, `apiKey`) rewritten:
# an administrator rotating it cuts off whoever held the old one and hands out a new one (not an OAuth
# access token refreshed from its provider: that is the grant renewing itself)
_ROTATED_SECRET = re.compile(r"(?i)^\w*secret$|^(api|signing)_?(key|token)$|^access_?key$")
# a connector's stored sign-in to an outside system, kept whole (`auth_config`, `authConfig`): the key or
# password the server will present on everyone's behalf
_CONNECTOR_AUTH = re.compile(r"(?i)^auth_?config$")


def _rotated_secret(ctx: FileContext, ev: Event) -> str | None:
    """The credential field a write sets to a new value (not cleared, not a link or code's state)."""
    for key, value in _credential_row_fields(ctx, ev):
        v = sx.unwrap(value) if value is not None else None
        if v is None or v.type in ("null", "undefined") or ctx.text(v) == "undefined":
            continue
        # (a second factor's secret, `totpSecret`, is a person's enrolment, judged by `_second_factor_key`)
        if _ROTATED_SECRET.match(key) and not set(vocab.words(key)) & _FLOW_WORDS and not _SECOND_FACTOR.match(key):
            return key
    return None


def _admin_connector_secret(ctx: FileContext, ev: Event) -> str | None:
    """A credential field written with a value (`_rotated_secret`), or a connector's whole sign-in setup
    (`auth_config`), by an insert or update."""
    found = _rotated_secret(ctx, ev)
    if found:
        return found
    for key, value in _credential_row_fields(ctx, ev):
        v = sx.unwrap(value) if value is not None else None
        if v is not None and v.type not in ("null", "undefined") and _CONNECTOR_AUTH.match(key):
            return key
    return None


def _credential_row_fields(ctx: FileContext, ev: Event) -> Iterator[tuple[str, Node]]:
    """The fields a write sets, unless it deletes or writes a link or code store (`resetToken` rows)."""
    assert ev.op is not None
    if _FLOW_MODELS.search(ev.op.model or "") or ev.op.verb.lower().startswith("delete"):
        return
    for data in ev.op.data:
        yield from object_keys(ctx.src, data).items()


# a column holding the password or its hash (`legacy_password_hash`, `hashedPassword`; not a reset token's)
_PASSWORD_COLUMN = re.compile(r"(?i)^([a-z]+_?)?(password|passwd)(_?(hash|hashed|digest))?$")


def _sets_password_column(ctx: FileContext, ev: Event) -> bool:
    """The write sets a password column, in its data or in raw SQL's `SET` list."""
    if ev.op is None or ev.op.verb.lower().startswith(_CREATE_PREFIXES):
        return False
    keys = {k for d in ev.op.data for k in object_keys(ctx.src, d)} | set(_sql_set_columns(ctx, ev))
    return any(_PASSWORD_COLUMN.match(k) for k in keys)


def _pin_column(key: str) -> bool:
    """A sign-in PIN or its hash (`portalPin`, `pin_hash`, `kioskPinHash`; not `pinnedFieldId`, `spin`)."""
    ws = vocab.words(key)
    while ws and ws[-1] in _HASH_WORDS:
        ws = ws[:-1]
    return bool(ws) and (ws[-1] in ("pin", "pincode") or ws[-2:] == ["pin", "code"])


# tables whose rows are people who sign in (`farmerAccounts`, `member`, `staffLogins`)
_PEOPLE_WORD = re.compile(
    r"(user|account|member|staff|employee|worker|driver|customer|login|credential|profile|operator|crew|agent)s?"
)


def _sets_account_secret(ctx: FileContext, ev: Event) -> str | None:
    """An update of a row of a table of people that sets its password or sign-in PIN (`farmerAccounts.pinHash`,
    `member.portalPin`): that person's password changed, by themselves or by a support desk."""
    if ev.op is None or ev.op.verb.lower().startswith(_CREATE_PREFIXES):
        return None
    if not any(_PEOPLE_WORD.fullmatch(w) for w in vocab.words(_table_name(ev.op))):
        return None
    # (a secret cleared, `pinHash: null` of a crew member switched off, is no new password)
    keys = {
        k for d in ev.op.data for k, v in object_keys(ctx.src, d).items() if v.type not in ("null", "undefined")
    } | {k for k, v in _sql_set_columns(ctx, ev).items() if v != "null"}
    return next(
        (k for k in sorted(keys) if (_PASSWORD_COLUMN.match(k) or _pin_column(k)) and not _outside_credential(k)),
        None,
    )


# systems a row may keep a password for, to log into on its owner's behalf
_OUTSIDE_SYSTEMS = frozenset(
    {
        *("registry", "container", "docker", "smtp", "imap", "pop3", "mail", "ftp", "sftp"),
        *("db", "database", "postgres", "mysql", "redis", "mqtt", "ldap", "proxy", "vpn", "wifi", "git", "repo"),
    }
)


def _outside_credential(key: str) -> bool:
    """`containerRegistryPassword`, `smtp_password`: the stored password of a system the row logs into
    (workload or integration settings), not the password its person signs in with."""
    return bool(set(vocab.words(key)) & _OUTSIDE_SYSTEMS)


def _sql_set_columns(ctx: FileContext, ev: Event) -> dict[str, str]:
    """The columns an SQL `UPDATE ... SET a = x, b = null` assigns, with the value's text (lower case)."""
    assert ev.op is not None
    first = ev.op.args[0] if ev.op.args else None
    if first is None or (ev.op.api != "sql" and first.type not in ("string", "template_string")):
        return {}
    text = ctx.text(first)
    found = _SQL_UPDATE.search(text)
    if found is None:
        return {}
    out: dict[str, str] = {}
    for part in found.group(1).split(","):
        m = _SQL_ASSIGNMENT.match(part)
        if m is not None:
            out[m.group(1)] = m.group(2).lower()
    return out


# The columns an SQL `INSERT INTO users (email, password, role) VALUES (...)` lists
_SQL_INSERT_COLUMNS = re.compile(r"(?is)^\s*insert\s+into\s+[\w\".`]+\s*\(([^)]*)\)\s*values\b")


def _sql_insert_columns(ctx: FileContext, ev: Event) -> set[str]:
    """The columns a raw SQL insert lists (`INSERT INTO Users (email, password, role) VALUES (?, ?, ?)`)."""
    assert ev.op is not None
    first = ev.op.args[0] if ev.op.args else None
    if first is None or ev.op.api != "sql" or first.type not in ("string", "template_string"):
        return set()
    found = _SQL_INSERT_COLUMNS.match(ctx.text(first)[1:-1])
    return {c.strip().strip('"`') for c in found.group(1).split(",")} if found is not None else set()


# what an account row's SQL `UPDATE ... SET` changes that the contract names: its address, role or
# permissions (the password has its own test, `_sets_account_secret`)
_SQL_ACCOUNT_COLUMNS = frozenset({"email", "role", "roles", "permissions", "isAdmin", "is_admin"})


def _sql_account_change(ctx: FileContext, ev: Event) -> str | None:
    """Raw SQL counts like the ORM: `UPDATE Users SET email = ? WHERE id = ?` changes an account's address,
    `SET isLocked = ?` locks or unlocks it (`SET role = ?` its role), on the app's account table."""
    assert ev.op is not None
    model = _table_name(ev.op)
    if ev.op.api != "sql" or not (_ACCOUNT_ROWS.match(model) or _KIND_OF_ACCOUNT.match(model)):
        return None
    columns = _sql_set_columns(ctx, ev)
    hit = sorted(k for k in columns if k in _SQL_ACCOUNT_COLUMNS or _STATE_STAMP.match(k) or _ADMIN_FLAG.match(k))
    return hit[0] if hit else None


# a table of an account's e-mail addresses (`EmailAddress`, `user_emails`), and the flag naming the one it
# signs in and is reached with (`isPrimary`)
_ADDRESS_ROWS = re.compile(r"(?i)^(user_?|account_?)?e_?mail_?(address(es)?|s)?$")
_PRIMARY_KEY = re.compile(r"(?i)^(is_?)?primary$")


def _primary_address_switched(ctx: FileContext, ev: Event) -> str | None:
    """Another of the account's addresses made its primary one (`emailAddress.update({ data: { isPrimary:
    true } })`): the account's e-mail changed, kept in a table of addresses rather than on the user row.
    Only the write switching one on (clearing the flag on the others first changes nothing by itself)."""
    assert ev.op is not None
    if ev.op.api == "helper" or ev.op.verb.lower().startswith(("create", "insert", "upsert")):
        return None
    if not _ADDRESS_ROWS.match(_table_name(ev.op)):
        return None
    for data in ev.op.data:
        for key, value in object_keys(ctx.src, data).items():
            if _PRIMARY_KEY.match(key) and value is not None and ctx.text(value) == "true":
                return key
    return None


def _unguarded(ep: EntryPoint, ev: Event) -> bool:
    """Nobody is signed in, nor any secret checked, when the write runs (`zeroCredits(userId)` exported
    from the admin console's actions without its gate)."""
    return ep.kind in ("action", "wrapped-action") and ev.state.auth is None and not ep.authenticated_by


# an administrator flag read (`isAdmin`, `user.isSuperAdmin`)
_ADMIN_FLAG_TEXT = re.compile(r"(?i)^[\w.?!]*\bis_?((super|platform|site|system|global)_?)?admin$")


def _refuses_non_admin(ctx: FileContext, cond: Node | None, roles: re.Pattern[str] | None = None) -> bool:
    """Holds for every caller who is not an administrator: `user.role !== "admin"`, `!user.isAdmin`,
    `!["owner", "admin"].includes(role)`, or one of those in an `||` (in an `&&` another way past is left,
    unless both sides are such tests of platform roles: `role !== "admin" && role !== "super_admin"`).
    ``roles`` names the roles let in (the administrators' by default)."""
    roles = roles or _ADMIN_ROLE
    cond = sx.unwrap(cond)
    if cond is None:
        return False
    if cond.type == "binary_expression":
        op = ctx.text(cond.child_by_field_name("operator"))
        if op == "||":
            return _refuses_non_admin(ctx, cond.child_by_field_name("left"), roles) or _refuses_non_admin(
                ctx, cond.child_by_field_name("right"), roles
            )
        if op == "&&":
            # (not when one of the roles let in is an owner's: `role !== "owner" && role !== "admin"` is how a
            # tenant's console names its organisation's admins, not the platform's)
            owners = any((sx.string_value(ctx.src, n) or "").lower() == "owner" for n in sx.find(cond, ("string",)))
            return (
                not owners
                and _refuses_non_admin(ctx, cond.child_by_field_name("left"), roles)
                and _refuses_non_admin(ctx, cond.child_by_field_name("right"), roles)
            )
        if op in ("===", "=="):
            return _flag_not_set(ctx, cond, op)  # `user.isAdmin === 0`
        if op not in ("!==", "!="):
            return False
        # `user.isAdmin !== 1`, `!== true`: an administrator flag stored as a number or a boolean
        if _flag_not_set(ctx, cond, op):
            return True
    elif not (cond.type == "unary_expression" and ctx.text(cond).startswith("!")):
        return False
    operand = sx.unwrap(cond.named_children[0]) if cond.type == "unary_expression" and cond.named_children else None
    if (
        operand is not None
        and operand.type == "binary_expression"
        and ctx.text(operand.child_by_field_name("operator")) == "||"
    ):
        # `!(isAdmin || hasPermission)`: whoever holds the permission passes too; only when every way in is an
        # administrator's (`!(isAdmin || isSuperAdmin)`) is everyone else refused
        return all(_ADMIN_FLAG_TEXT.search(ctx.text(side)) is not None for side in sx.disjuncts(ctx.src, operand))
    text = ctx.text(cond)
    literals = [sx.string_value(ctx.src, n) or "" for n in sx.find(cond, ("string",))]
    # (a role named by an enum's or constant object's member: `user.role !== Role.Admin`)
    literals += [
        ctx.text(n.child_by_field_name("property"))
        for n in sx.find(cond, ("member_expression",))
        if (o := n.child_by_field_name("object")) is not None and o.type == "identifier" and ctx.text(o)[:1].isupper()
    ]
    if cond.type == "unary_expression" and not literals:
        return bool(re.search(r"(?i)\bis_?((super|platform|site|system|global)_?)?admin\b", text))  # `!user.isAdmin`
    return bool(_ADMIN_COMPARED.search(text)) and any(roles.match(v) for v in literals)


_SET_FLAG = frozenset({"1", "true"})
_UNSET_FLAG = frozenset({"0", "false"})


def _flag_not_set(ctx: FileContext, cond: Node, op: str) -> bool:
    """`x.isAdmin !== 1` / `!== true`, or `x.isAdmin === 0` / `=== false`: true for everyone whose
    administrator flag is not set."""
    sides = [sx.unwrap(cond.child_by_field_name(f)) for f in ("left", "right")]
    texts = [ctx.text(n) if n is not None else "" for n in sides]
    want = _SET_FLAG if op in ("!==", "!=") else _UNSET_FLAG
    for flag, literal in (texts, texts[::-1]):
        if literal in want and re.search(r"(?i)(^|\.)is_?((super|platform|site|system|global)_?)?admin$", flag):
            return True
    return False


# A gate scoped to a group (a team's or workspace's admin) rather than the platform's own administrators
_GROUP_SCOPED = re.compile(r"(?i)(org|team|workspace|tenant|project|member|group|compan)")


def _admin_or_permission(ctx: FileContext, cond: Node | None) -> bool:
    """`!(isAdmin || hasPermission)`: administrators let in, and so is whoever holds the permission named."""
    cond = sx.unwrap(cond)
    if cond is None or cond.type != "unary_expression" or not ctx.text(cond).startswith("!") or not cond.named_children:
        return False
    sides = sx.disjuncts(ctx.src, cond.named_children[0])
    return len(sides) > 1 and any(_ADMIN_FLAG_TEXT.search(ctx.text(side)) for side in sides)


# a project wrapper named for the role it lets in (`withCommitteeRole`, `withAdmin`, `withStaffRole`)
_ROLE_WRAPPER = re.compile(r"(?i)^with\w*(role|admin|staff|officer|permission)s?$")


def _wrapper_roles(ctx: FileContext, ep: EntryPoint) -> list[str]:
    """The role literals handed to the project wrapper the action is built by, beside the action's function
    (`export const refund = withCommitteeRole("TREASURER", async (user, id) => ...)`): the roles it lets in."""
    args = ep.fn.node.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or call.start_byte < 0:
        return []
    if not _ROLE_WRAPPER.match(sx.last_name(sx.callee_name(ep.fn.module.src, call))):
        return []
    src = ep.fn.module.src
    return [v for a in sx.call_args(call) if a.type == "string" and (v := sx.string_value(src, a))]


def _staff_middleware(ctx: FileContext, ep: EntryPoint, delegated: bool = False) -> bool:
    """A next-safe-action/zsa middleware (a procedure's handler) the action is built on lets in the
    app's administrators only (`if (ctx.user.isAdmin !== 1) throw`, `await requireAdmin()`): an admin
    action wherever its file sits. (A team's or workspace's admin, `requireOrgAdmin(orgId)`, is not.)
    ``delegated``: the administrators or whoever holds a permission the action names (`if (!(isAdmin ||
    hasPermission)) throw`): a task the administrators hand out."""
    roles = _wrapper_roles(ctx, ep)
    if not delegated and roles and all(_ADMIN_ROLE.match(r) for r in roles):
        return True  # `withOfficerRole("CLUB_ADMIN", fn)`: the project wrapper lets in that role only
    for mw in ep.middlewares:
        mctx = ctx if mw.module is ctx.module else FileContext(mw.module, ctx.analyzer, ctx.config)
        src = mctx.src
        for node in sx.find(mw.node, ("call_expression", "if_statement"), False):
            if node.type == "if_statement":
                cond = node.child_by_field_name("condition")
                if (
                    (_admin_or_permission(mctx, cond) if delegated else _refuses_non_admin(mctx, cond))
                    and not _GROUP_SCOPED.search(mctx.text(cond))
                    and sx.exits(src, node.child_by_field_name("consequence"))
                ):
                    return True
                continue
            last = sx.last_name(sx.callee_name(src, node))
            if not delegated and _ADMIN_CALL.match(last) and not _GROUP_SCOPED.search(last) and not sx.call_args(node):
                return True
    return False


# What marks an iron-session as signed in: `session.isLoggedIn = true`, `session.userId = user.id`, or the id
# of the principal it now holds (`session.staffId = staff.id`, a terminal unlocked by a staff PIN)
_LOGGED_IN_FIELD = re.compile(
    r"(?i)^(is_?)?(logged_?in|signed_?in|authenticated)$|^user(_?id)?$"
    r"|^(staff|admin|operator|employee|member|customer|account)_?id$"
)


def _opens_logged_in_session(ctx: FileContext, fn: Node) -> bool:
    """`const session = await getIronSession(req, res, opts); session.isLoggedIn = true; await session.save()`:
    the endpoint signs its caller in (a kiosk paired by PIN, a login by any name). Also a session opened
    by a project helper that answers `getIronSession(...)` (`getPosSession()`), and marked by
    `Object.assign(session, { staffId, ... })`."""
    src = ctx.src
    if src.find(b".save(", fn.start_byte, fn.end_byte) == -1:
        return False  # (cheap: most endpoints save no session)
    sessions: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",)):
        value = d.child_by_field_name("value")
        calls = sx.find(value, ("call_expression",)) if value is not None else []
        if any(_opens_iron_session(ctx, c) for c in calls):
            sessions |= set(sx.pattern_names(src, d.child_by_field_name("name")))
    if not sessions:
        return False
    marked = False
    for a in sx.find(fn, ("assignment_expression",)):
        left = a.child_by_field_name("left")
        if left is None or left.type != "member_expression":
            continue
        obj, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
        if obj is not None and prop is not None and ctx.text(obj) in sessions:
            marked = marked or bool(_LOGGED_IN_FIELD.match(ctx.text(prop)))
            # (`session.vendorId = vendor.id` of the row whose password hash was verified: whoever it is)
            marked = marked or (
                bool(_PRINCIPAL_ID_FIELD.match(ctx.text(prop)))
                and (_password_checked_row(ctx, fn, a) or _secret_refused_before(ctx, fn, a))
            )
    for c in sx.find(fn, ("call_expression",)):
        args = sx.call_args(c)
        if sx.callee_name(src, c) == "Object.assign" and len(args) >= 2 and ctx.text(args[0]) in sessions:
            keys = [k for a in args[1:] for k in object_keys(src, a)]
            marked = marked or any(_LOGGED_IN_FIELD.match(k) for k in keys)
    saved = any(sx.callee_name(src, c) in {f"{n}.save" for n in sessions} for c in sx.find(fn, ("call_expression",)))
    return marked and saved


# a stored sign-in code (`magicCodeHash`, `login_code_hash`, `otpHash`, `pin`), not any row's code (`voucher.code`)
_SIGN_IN_CODE_COLUMN = re.compile(
    r"(?i)^(magic|login|sign_?in|auth)_?code_?(hash|hashed|digest)$|^([a-z]+_?)?(otp|pin|passcode)(_?(hash|hashed|digest))?$"
)

# a session field holding some principal's id (`vendorId`, `driver_id`)
_PRINCIPAL_ID_FIELD = re.compile(r"^[a-z]+(Id|_id)$")


def _password_checked_row(ctx: FileContext, fn: Node, assignment: Node) -> bool:
    """The assignment stores `row.id` and `row`'s password hash is handed to a call of ``fn`` (`verify(
    vendor.password_hash, password)`, `bcrypt.compare(password, vendor.passwordHash)`): a login's check.
    Also `row`'s stored sign-in code compared in code (`parent.magicCodeHash !== hashCode(code)`): a
    login by e-mailed code."""
    value = sx.strip_types(assignment.child_by_field_name("right"))
    if value is None or value.type != "member_expression" or sx.last_name(ctx.text(value)) not in _OWN_ID:
        return False
    row = ctx.text(value.child_by_field_name("object"))
    for cmp in sx.find(fn, ("binary_expression",)):
        if ctx.text(cmp.child_by_field_name("operator")) not in ("===", "!==", "==", "!="):
            continue
        for side in (cmp.child_by_field_name("left"), cmp.child_by_field_name("right")):
            side = sx.strip_types(side)
            if side is None or side.type != "member_expression":
                continue
            obj, prop = side.child_by_field_name("object"), side.child_by_field_name("property")
            if (
                obj is not None
                and prop is not None
                and ctx.text(obj) == row
                and _SIGN_IN_CODE_COLUMN.match(ctx.text(prop))
            ):
                return True
    for call in sx.find(fn, ("call_expression",)):
        for arg in map(sx.strip_types, sx.call_args(call)):
            if arg is None or arg.type != "member_expression":
                continue
            obj, prop = arg.child_by_field_name("object"), arg.child_by_field_name("property")
            if obj is not None and prop is not None and ctx.text(obj) == row and _PASSWORD_COLUMN.match(ctx.text(prop)):
                return True
    return False


# a value named for a sign-in secret the caller typed or the server keeps (`pin`, `data.passcode`, `env.X_PIN`)
_SIGN_IN_SECRET = re.compile(r"(?i)(^|[._])(\w*_)?(pin|passcode|password)$|[a-z](Pin|Passcode|Password)$")


def _secret_refused_before(ctx: FileContext, fn: Node, assignment: Node) -> bool:
    """Before ``assignment``, an `if` that compares a PIN or password with another value and exits when they
    differ (`if (pin !== process.env.TILL_PIN) return { error }`): the caller proved the secret, so a principal's
    id saved after it is a sign-in (a terminal unlocked by a shared PIN)."""
    for st in sx.find(fn, ("if_statement",), into_functions=False):
        if st.end_byte > assignment.start_byte or sx.exits(ctx.src, st.child_by_field_name("consequence")) is None:
            continue
        cond = st.child_by_field_name("condition")
        for cmp in sx.find(cond, ("binary_expression",)) if cond is not None else []:
            if ctx.text(cmp.child_by_field_name("operator")) not in ("!==", "!="):
                continue
            sides = [sx.strip_types(cmp.child_by_field_name(f)) for f in ("left", "right")]
            if any(x is None or x.type not in ("identifier", "member_expression") for x in sides):
                continue  # (`pin.length !== 6`, `pin !== ""`: a shape or a literal, no secret proved)
            if any(_SIGN_IN_SECRET.search(ctx.text(x)) for x in sides if x is not None):
                return True
    return False


def _opens_iron_session(ctx: FileContext, call: Node) -> bool:
    """`getIronSession(...)`, or a project function that answers one (`getPosSession()`)."""
    if sx.last_name(sx.callee_name(ctx.src, call)) == "getIronSession":
        return True
    if sx.call_args(call):
        return False  # (the helpers that open the app's session take nothing: `getSession()`)
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or target.body is None:
        return False
    body = target.module.src[target.node.start_byte : target.node.end_byte]
    return b"getIronSession" in body and b"save(" not in body


# A credential's stored hash (`tokenHash: sha256(token)` on a device, `embedSecretHash`, `keyHash`): setting
# it issues or rotates a bearer credential, as creating an API key does. The hashes of links and codes
# (reset, verification, invitation, magic-link, one-time codes) and of sessions are their flows' own state.
_CREDENTIAL_WORDS = frozenset({"secret", "token", "key", "apikey"})
_HASH_WORDS = frozenset({"hash", "hashed", "digest"})
_FLOW_WORDS = frozenset(
    {"reset", "verification", "verify", "invite", "invitation", "magic", "login", "otp", "code", "email", "confirm"}
    | {"confirmation", "session", "password", "pin", "refresh", "recovery", "unsubscribe"}
)
# (also a link store, `shareLinks.tokenHash`, `guestLink`: a URL that opens one shared thing, no API key)
_FLOW_MODELS = re.compile(r"(?i)(invit|reset|verif|magic|otp|code|session|password|login|confirm|links?$)")


# A table of password-reset tokens (`resetPasswordTokens`, `password_reset_tokens`; not e-mail verification's)
_RESET_TOKEN_TABLE = re.compile(r"(?i)(reset|password)\w*?(tokens?|codes?)$")
_TOKEN_HOLDER = re.compile(r"(?i)^(user|account|member|staff)_?(id)?$")


def _reset_issued_by_admin(ctx: FileContext, ep: EntryPoint, ev: Event) -> str | None:
    """An administrator making a password-reset token for the account the request names (`insert(
    resetTokens).values({ userId: forUserId, ... })` past `if (me.role !== Role.Admin) throw`): a way into
    someone else's account handed out, as a password the administrator sets would be. Not a visitor's own
    forgot-password request (nobody signed in, the address the mail goes to), nor a token for the caller."""
    assert ev.op is not None
    if not _RESET_TOKEN_TABLE.search(_table_name(ev.op)) or not ev.op.verb.lower().startswith(_CREATE_PREFIXES):
        return None
    if ev.state.auth is None or ev.state.auth == "secret" or not _admin_gate(ctx, ep.fn.node, ev.node.start_byte):
        return None
    client = ev.state.client - ev.state.session - ev.state.fetched
    for data in ev.op.data:
        for key, value in object_keys(ctx.src, data).items():
            if _TOKEN_HOLDER.match(key) and value is not None and identifiers(ctx.src, value) & client:
                return f"{ev.op.model}.{key}"
    return None


def _issued_credential(ctx: FileContext, ev: Event) -> str | None:
    """The credential-hash field a write sets, on a row that is not a link or code store."""
    for key, value in _credential_row_fields(ctx, ev):
        ws = set(vocab.words(key))
        if ws & _CREDENTIAL_WORDS and ws & _HASH_WORDS and not ws & _FLOW_WORDS and not _as_sent(ctx, ev, value):
            return key
    return None


def _as_sent(ctx: FileContext, ev: Event, value: Node) -> bool:
    """A hash the client computed and sent, stored as it came (`{ hashedKey }` from the body): the
    key of a key-value entry, not a credential the server issues (it hashes what it mints)."""
    v = sx.strip_types(value)
    if v is None or v.type not in ("identifier", "shorthand_property_identifier", "member_expression"):
        return False
    name = sx.text(ctx.src, v) if v.type == "shorthand_property_identifier" else sx.root_identifier(ctx.src, v)
    fn = sx.enclosing_function(ev.node)
    # (by where it is bound, not by the flow's state: a route's declared request fields reach its
    # handler already parsed, alongside the credentials, and count as the server's there)
    return bool(name) and fn is not None and _bound_from_request(ctx, fn, name or "")


def _bound_from_request(ctx: FileContext, fn: Node, name: str) -> bool:
    """``name`` holds a value of the request as sent: a parameter's field, or destructured from
    `await req.json()` / a body object (not computed by a call: `sha256(key)`)."""
    src = ctx.src
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        if name not in sx.pattern_names(src, decl.child_by_field_name("name")):
            continue
        value = sx.unwrap(decl.child_by_field_name("value"))
        if value is not None and value.type == "call_expression":
            return sx.last_name(sx.callee_name(src, value)) in ("json", "formData")
        return value is not None and value.type in ("identifier", "member_expression")
    params = fn.child_by_field_name("parameters")
    return params is not None and any(name in sx.pattern_names(src, p) for p in params.named_children)


_CREATE_PREFIXES = ("create", "insert")


def _makes_session(ctx: FileContext, fn: Node, writes: list[Event], own: set[str]) -> bool:
    """A sign-in by what it does: a session row made for a user (`db.session.create(...)`,
    `lucia.createSession(userId)`) by an endpoint that creates no account (a sign-up's first
    session is part of creating the account). A session made for the user of the caller's own
    session (``own``: names bound to it; `lucia.createSession(current.user.id)`) rotates it: nobody new
    gets in and no credential was checked."""
    made_events = [e for e in writes if e.op is not None and e.op.verb.lower().startswith(_CREATE_PREFIXES)]
    sessions = [
        e.node
        for e in made_events
        if e.op is not None and _SESSION_MODELS.match(e.op.model or "") and not _own_device_row(ctx, e.op, own)
    ]
    # (also a row of any model made holding a new password's hash, `owner.create({ data: { passwordHash } })`:
    # an account, whatever the model is called)
    accounts = [
        e.node
        for e in made_events
        if e.op is not None and (_ACCOUNT_MODELS.match(e.op.model or "") or _holds_password_hash(ctx, e.op))
    ]
    made = [
        c
        for c in (
            sx.find(fn, ("call_expression",)) if ctx.src.find(b"createSession", fn.start_byte, fn.end_byte) >= 0 else ()
        )
        if sx.callee_name(ctx.src, c).endswith(".createSession")
        and "." in sx.callee_name(ctx.src, c)
        and not _for_own_session(ctx, c, own)
    ]
    # (an account made only in a branch the session is not, `if (!user) user = await insertUser(...)`, is
    # a first visit's sign-up: every other visit through here signs an existing account in; so is a session
    # made in a branch that makes no account, `if (existing) { createSession(...); return }`, before it)
    opened = sessions or made
    if accounts and not (
        opened
        and (
            all(_branch_without(n, opened, fn) for n in accounts)
            or any(_branch_without(n, accounts, fn) for n in opened)
        )
    ):
        return False
    return bool(opened)


_PASSWORD_HASH_KEY = re.compile(r"(?i)^(password_?hash|hashed_?password|password_?digest)$")


def _holds_password_hash(ctx: FileContext, op: DbOp) -> bool:
    """`data: { email, passwordHash }`: the row made holds a password's hash (a credential of its own)."""
    return any(_PASSWORD_HASH_KEY.match(k) for data in op.data for k in object_keys(ctx.src, data))


# what makes a session row a credential: the token a cookie carries, its hash, its expiry
_SESSION_CREDENTIAL = re.compile(r"(?i)token|secret|hash|expir|^(session_?)?key$")


def _own_device_row(ctx: FileContext, op: DbOp, own: set[str]) -> bool:
    """`user_sessions.upsert({ user_id: user.id, user_agent, ip_address, last_activity })`: the signed-in
    caller's device noted, a row holding no token, hash or expiry (nothing a cookie could present): a
    record of the session the auth provider keeps, not a session made."""
    if not op.data:
        return False
    for data in op.data:
        keys = object_keys(ctx.src, data)
        users = [v for k, v in keys.items() if k in ("user_id", "userId")]
        if not keys or any(_SESSION_CREDENTIAL.search(k) for k in keys):
            return False
        if not users or not all(identifiers(ctx.src, v) and identifiers(ctx.src, v) <= own for v in users):
            return False
    return True


def _branch_without(node: Node, others: list[Node], fn: Node) -> bool:
    """``node`` sits in a branch of an `if` (inside ``fn``) that holds none of ``others``."""
    p = node.parent
    while p is not None and p != fn:
        if p.type in ("statement_block", "expression_statement") and p.parent is not None:
            owner = p.parent
            if owner.type in ("if_statement", "else_clause") and not any(sx.contains(p, o) for o in others):
                return True
        p = p.parent
    return False


# Auth.js's own JWT encoder: what it signs with the auth secret is a session token
_AUTHJS_JWT = frozenset({"next-auth/jwt", "@auth/core/jwt"})


def _mints_authjs_session(ctx: FileContext, fn: Node, writes: list[Event], own: set[str]) -> bool:
    """`const jwt = await encode({ token: { sub: user.id }, secret, salt })` of Auth.js, set as a cookie:
    the endpoint signs in whom the token names, after a check of its own (a CAS or LDAP ticket); so does a
    jose `new SignJWT({ parentId })...sign(key)` naming an account (`sessions.jose_session_token`). Not a
    sign-up (it creates the account), nor the caller's own token re-issued (`{ ...current, theme }` of
    `getToken()`, ``own``), nor a token answered to another service with no cookie set."""
    src = ctx.src
    if src.find(b"encode", fn.start_byte, fn.end_byte) == -1 and src.find(b"SignJWT", fn.start_byte, fn.end_byte) == -1:
        return False
    made = [e.op for e in writes if e.op is not None and e.op.verb.lower().startswith(_CREATE_PREFIXES)]
    if any(_ACCOUNT_MODELS.match(op.model or "") for op in made):
        return False
    minted: set[str] = set()
    jars: set[str] = set()  # `const jar = await cookies()`
    for d in sx.find(fn, ("variable_declarator",)):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        names = set(sx.pattern_names(src, d.child_by_field_name("name")))
        callee = sx.callee_name(src, value)
        if callee == "cookies":
            jars |= names
        binding = ctx.module.imports.get(callee)
        authjs = binding is not None and binding.spec in _AUTHJS_JWT and binding.imported == "encode"
        if (authjs or sessions.jose_session_token(ctx.module, value)) and not identifiers(src, value) & own:
            minted |= names
    if not minted:
        return False
    for call in sx.find(fn, ("call_expression",)):
        callee = sx.callee_name(src, call)
        target = callee.rsplit(".", 1)[0] if "." in callee else ""
        if "cookie" not in callee.lower() and target not in jars:
            continue
        if any(identifiers(src, a) & minted for a in sx.call_args(call)):
            return True
    return False


_IMPERSONATOR_KEY = re.compile(r"(?i)^['\"]?impersonat\w*['\"]?$")
_NO_VALUE = frozenset({"null", "undefined", "false"})


def _mints_impersonation(ctx: FileContext, fn: Node) -> bool:
    """`const jwt = await encrypt({ userId: owner.id, impersonatedBy: staff.id })` set as a cookie: a
    session token whose payload names who impersonates (better-auth's own session field) is another user's
    session handed to the caller, whatever the endpoint is called. Not the marker cleared (`impersonatedBy:
    null`, back to one's own session), nor a token answered with no cookie set."""
    src = ctx.src
    if src.find(b"mpersonat", fn.start_byte, fn.end_byte) == -1:
        return False

    def names_impersonator(node: Node) -> bool:
        for pair in sx.find(node, ("pair",)):
            key, value = pair.child_by_field_name("key"), sx.unwrap(pair.child_by_field_name("value"))
            if (
                key is not None
                and _IMPERSONATOR_KEY.match(ctx.text(key))
                and value is not None
                and value.type not in _NO_VALUE
                and ctx.text(value) not in _NO_VALUE
            ):
                return True
        return False

    minted: set[str] = set()
    jars: set[str] = set()  # `const jar = await cookies()`
    for d in sx.find(fn, ("variable_declarator",)):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        names = set(sx.pattern_names(src, d.child_by_field_name("name")))
        if sx.callee_name(src, value) == "cookies":
            jars |= names
        elif names_impersonator(value):
            minted |= names
    for call in sx.find(fn, ("call_expression",)):
        callee = sx.callee_name(src, call)
        target = callee.rsplit(".", 1)[0] if "." in callee else ""
        if sx.last_name(callee) != "set" or ("cookie" not in callee.lower() and target not in jars):
            continue
        if any(identifiers(src, a) & minted or names_impersonator(a) for a in sx.call_args(call)):
            return True
    return False


def _for_own_session(ctx: FileContext, call: Node, own: set[str]) -> bool:
    """`createSession(current.user.id, {})` after `invalidateSession(current.session.id)`: the user named
    by the caller's own session, whose session it replaces (a rotation)."""
    args = sx.call_args(call)
    names = identifiers(ctx.src, args[0]) if args else set()
    if not names or not names <= own:
        return False
    scope = sx.enclosing_function(call)
    for c in sx.find(scope, ("call_expression",)) if scope is not None else ():
        if sx.last_name(sx.callee_name(ctx.src, c)) != "invalidateSession" or c.start_byte > call.start_byte:
            continue
        dropped = sx.call_args(c)
        if dropped and identifiers(ctx.src, dropped[0]) & names:
            return True
    return False


def _session_reader_write(ctx: FileContext, ev: Event) -> bool:
    """A session row written inside the project's own session check (`requireAdmin()` reading the
    cookie's session, renewing, expiring or migrating its row on the way): the check's bookkeeping, not
    the endpoint's operation (no sign-in, no session revoked by an administrator)."""
    # (only its session rows: a key, a score or any other row a helper writes stays the endpoint's work)
    if ev.op is None or ev.op.api != "helper" or not _SESSION_MODELS.match(_table_name(ev.op)):
        return False
    call = sx.unwrap(ev.node)
    target = ctx.analyzer.target(ctx.module, call) if call is not None and call.type == "call_expression" else None
    if target is None:
        return False
    summary = ctx.analyzer.summary(target)
    return summary.enforces_auth or summary.auth_source


def _email_from_identity(ctx: FileContext, ep: EntryPoint, ev: Event, data: Node) -> bool:
    """`{ email, name }` with `const email = profile.emailAddresses[0]?.emailAddress` of `profile =
    await currentUser()`: the signed-in user's own address copied from the identity provider's answer
    (a profile mirrored into the app's database), not one the request chose: no email change. Not an
    address read off a database row (`user.pendingEmail` of the caller's own record: a change confirmed)."""
    written = object_keys(ctx.src, data).get("email")
    body = ep.fn.node.child_by_field_name("body")
    if written is None or body is None:
        return False
    names = identifiers(ctx.src, written)
    if not names or names & ev.state.client:
        return False
    for name in names:
        if _identity_answer(ctx, body, name):
            continue
        # (one local deep: `const email = profile.emailAddresses[0]?.emailAddress ?? ""`)
        held = local_const(ctx.src, body, name)
        inner = identifiers(ctx.src, held) if held is not None else set()
        if not inner or inner & ev.state.client or not all(_identity_answer(ctx, body, n) for n in inner):
            return False
    return True


# what an identity provider answers about the signed-in user (Clerk `currentUser()`, Auth.js `auth()`)
_IDENTITY_READS = frozenset({"currentUser", "auth", "getServerSession", "getSession", "getKindeServerSession"})


def _identity_answer(ctx: FileContext, body: Node, name: str) -> bool:
    """``name`` is bound to the answer of an identity provider's call about the signed-in user."""
    held = sx.unwrap(local_const(ctx.src, body, name))
    while held is not None and held.type == "await_expression" and held.named_children:
        held = sx.unwrap(held.named_children[0])
    return (
        held is not None
        and held.type == "call_expression"
        and sx.last_name(sx.callee_name(ctx.src, held)) in _IDENTITY_READS
    )


def _credentials_sign_in(ctx: FileContext, fn: Node, writes: list[Event]) -> bool:
    """Auth.js `signIn("credentials", { ... })` called by an endpoint that creates no account: it signs
    the caller in once its own check passed (an SMS or e-mailed code verified, whatever it is named);
    a sign-up signing its new account in is part of creating the account."""
    if ctx.src.find(b"signIn", fn.start_byte, fn.end_byte) == -1:
        return False
    made = [e.op for e in writes if e.op is not None and e.op.verb.lower().startswith(_CREATE_PREFIXES)]
    if any(_ACCOUNT_MODELS.match(op.model or "") for op in made):
        return False
    calls = list(sx.find(fn, ("call_expression",)))
    if any(sx.callee_name(ctx.src, c).endswith(".auth.signUp") for c in calls):
        return False  # (a Supabase sign-up signing its new account in)
    for call in calls:
        callee = sx.callee_name(ctx.src, call)
        if _PROVIDER_SIGN_IN.search(callee):
            return True  # better-auth `auth.api.signInEmail({ body: { email, password } })`, supabase password
        if callee != "signIn":
            continue
        args = sx.call_args(call)
        provider = sx.string_value(ctx.src, args[0]) if args else None
        if provider == "credentials":
            return True
        # a credentials provider of another id (`signIn("sms", { phone, redirect: false })`): what it is
        # handed is the caller's proof, not the options of a redirect to an OAuth or e-mail provider
        keys = set(object_keys(ctx.src, args[1])) if len(args) > 1 else set()
        if provider and provider.lower() not in _LINK_PROVIDERS and keys - _SIGN_IN_OPTIONS:
            return True
    return False


def _provider_audits_sign_in(ctx: FileContext, fn: Node) -> bool:
    """Auth.js `signIn("credentials", ...)` (or a credentials provider's own id) runs that provider's
    `authorize` callback, declared in the project's auth config (`Credentials({ authorize })` from
    `next-auth/providers/credentials`): when that callback writes the audit trail, the sign-in is audited."""
    if ctx.src.find(b"signIn", fn.start_byte, fn.end_byte) == -1:
        return False
    wanted: set[str] = set()
    for call in sx.find(fn, ("call_expression",)):
        args = sx.call_args(call) if sx.callee_name(ctx.src, call) == "signIn" else []
        provider = sx.string_value(ctx.src, args[0]) if args else None
        if provider:
            wanted.add(provider)
    if not wanted:
        return False
    program = ctx.analyzer.program
    for found in credentials_authorizers(program):
        provider, path, start, end = found.provider, found.path, found.start, found.end
        mod = program.module(path) if provider in wanted else None
        node = mod.parsed.root.descendant_for_byte_range(start, end) if mod is not None else None
        while node is not None and not sx.is_function(node) and node.parent is not None:
            node = node.parent if node.parent.start_byte == start and node.parent.end_byte == end else None
        if (
            mod is not None
            and node is not None
            and sx.is_function(node)
            and ctx.analyzer.summary(mod.function_for(node)).audits
        ):
            return True
    for path, start, end in _sign_in_callbacks(program):
        mod = program.module(path)
        node = mod.parsed.root.descendant_for_byte_range(start, end) if mod is not None else None
        while node is not None and not sx.is_function(node) and node.parent is not None:
            node = node.parent if node.parent.start_byte == start and node.parent.end_byte == end else None
        if mod is None or node is None or not sx.is_function(node):
            continue
        hook = mod.function_for(node)
        if not ctx.analyzer.summary(hook).audits:
            continue
        for call in sx.find(node, ("call_expression",)):
            if _audit_call(ctx, hook, call) and any(_hook_branch_for(mod.src, call, node, p) for p in wanted):
                return True  # (`callbacks.jwt` writing `auth.sign_in` on the first call of a sign-in)
    return False


def _audit_call(ctx: FileContext, fn: Function, call: Node, depth: int = 0) -> bool:
    """``call`` writes the audit trail: an audit call by name, or a project helper that makes one
    outside its failure handling (not an analytics helper whose catch logs a warning)."""
    callee = sx.callee_name(fn.module.src, call)
    if ctx.analyzer.vocab.is_audit(callee) and not ctx.analyzer.vocab.logs_only(callee):
        return True
    helper = ctx.analyzer.program.resolve_function(fn.module, callee) if "." not in callee and depth < 2 else None
    if helper is None or helper is fn or not ctx.analyzer.summary(helper).audits:
        return False
    return any(
        _audit_call(ctx, helper, c, depth + 1)
        for c in sx.find(helper.node, ("call_expression",))
        if not _in_catch(c, helper.node)
    )


def _in_catch(node: Node, top: Node) -> bool:
    p = node.parent
    while p is not None and p != top:
        if p.type == "catch_clause":
            return True
        p = p.parent
    return False


def _hook_branch_for(src: bytes, node: Node, hook: Node, provider: str) -> bool:
    """``node`` in the sign-in hook ``hook`` runs for ``provider``: no `if (account.provider === "x")`
    around it names another provider only, and no `else` around it follows a test naming this one."""
    child, p = node, node.parent
    while p is not None and p != hook:
        if p.type == "if_statement":
            named = _providers_tested(src, p.child_by_field_name("condition"))
            if named and child == p.child_by_field_name("consequence") and provider not in named:
                return False
            if named and child.type == "else_clause" and provider in named:
                return False
        child, p = p, p.parent
    return True


def _providers_tested(src: bytes, cond: Node | None) -> set[str]:
    """The providers `account.provider === "x" || account?.provider === "y"` tests for."""
    out: set[str] = set()
    for n in sx.walk(cond) if cond is not None else []:
        if n.type != "binary_expression" or sx.text(src, n.child_by_field_name("operator")) not in ("===", "=="):
            continue
        left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
        for side, other in ((left, right), (right, left)):
            value = sx.string_value(src, other) if other is not None else None
            if side is not None and value and sx.text(src, side).replace("?", "").endswith("provider"):
                out.add(value)
    return out


# the Auth.js hooks every completed sign-in runs through, whichever provider: `callbacks.signIn`,
# `callbacks.jwt` (its first call carries `account`) and `events.signIn`
_SIGN_IN_HOOKS = {"callbacks": frozenset({"signIn", "jwt"}), "events": frozenset({"signIn"})}


def _sign_in_callbacks(program: Program) -> list[tuple[str, int, int]]:
    """(file, span) of the sign-in hooks of every Auth.js configuration the project declares (an object
    holding `providers` beside `callbacks` or `events`). Worked out once per tree."""
    return tree_fact(program.tree, "sign_in_callbacks", lambda: _read_sign_in_callbacks(program))


def _read_sign_in_callbacks(program: Program) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for path in program.index.paths:
        if "node_modules" in path or not path.endswith((".ts", ".tsx", ".js", ".mjs")):
            continue
        data = read_once(program.tree, path)
        wanted = data is not None and b"next-auth" in data and b"providers" in data
        mod = program.module(path, data=data) if wanted else None
        if mod is None:
            continue
        for obj in sx.find(mod.parsed.root, ("object",)):
            keys = object_keys(mod.src, obj)
            if "providers" not in keys:
                continue
            for group, names in _SIGN_IN_HOOKS.items():
                hooks = sx.strip_types(keys.get(group))
                if hooks is None or hooks.type != "object":
                    continue
                for name, fn in sx.object_functions(mod.src, hooks):
                    if name in names:
                        out.append((path, fn.start_byte, fn.end_byte))
    return out


# better-auth's server calls that check a credential and sign in (`signInMagicLink`/`signInSocial` only
# start a flow that a callback completes)
# (Supabase's password sign-in checks the credential then and there; `signInWithOtp` only mails a code or link)
_PROVIDER_SIGN_IN = re.compile(r"\.api\.(signInEmail|signInUsername|signInPhoneNumber)$|\.auth\.signInWithPassword$")
_LINK_PROVIDERS = frozenset(
    {"email", "resend", "nodemailer", "sendgrid", "postmark", "mailgun", "forwardemail", "http-email", "webauthn"}
)
_SIGN_IN_OPTIONS = frozenset({"redirect", "redirectTo", "callbackUrl", "callbackURL"})


# A table of who may do what (`admin_page_permissions`, `user_roles`, `role_assignments`): in the admin
# area, past an administrator's gate, any write to it changes someone's permissions
_PERMISSION_TABLE = re.compile(
    r"(^|_)([Pp]ermissions?|[Rr]oles?|role_assignments?|ROLES?|PERMISSIONS?)$|[a-z](Permissions?|Roles?|RoleAssignments?)$"
)
_MONEY_WORDS = frozenset({"payout", "payouts", "refund", "refunds"})
_READ_VERBS = frozenset({"get", "list", "fetch", "read", "load", "find", "show", "view", "count", "preview", "search"})


def _names_money_out(name: str) -> bool:
    """`insertUserPayout`, `issueRefund`: named for paying out (not `listRefunds`, a read)."""
    ws = vocab.words(name)
    return bool(ws) and ws[0] not in _READ_VERBS and bool(_MONEY_WORDS & set(ws))


# what an endpoint named for a suspension or ban opens with (`suspendShop`, `banMaker`, `unfreezeAccount`)
_SUSPENSION_VERBS = frozenset(
    {"suspend", "unsuspend", "ban", "unban", "freeze", "unfreeze", "block", "unblock", "deactivate", "reactivate"}
)


def _names_suspension(name: str) -> bool:
    """`suspendShop`, `banMaker`, `reactivateAccount`: named for switching someone's standing (whatever
    column holds it: `accepts_orders: false` on the shop)."""
    ws = vocab.words(name)
    return len(ws) > 1 and ws[0] in _SUSPENSION_VERBS


def _names_tenant_archive(ctx: FileContext, name: str, writes: list[Event]) -> bool:
    """`archiveGarden`: named for archiving, with an update of the schema's own tenant among its writes."""
    ws = vocab.words(name)
    return len(ws) > 1 and ws[0] in ("archive", "unarchive") and any(_archives_tenant(ctx, e) for e in writes)


def _archives_tenant(ctx: FileContext, ev: Event) -> bool:
    """``ev`` updates a row of the schema's own tenant (`garden.update(...)` of `Garden` under no other)."""
    op = ev.op
    return (
        op is not None
        and op.kind == "write"
        and op.verb.lower().startswith("update")
        and tenancy.root_tenant(ctx.analyzer.program, op.model or "")
    )


# Money an administrator sends out through the payment provider (`stripe.refunds.create(...)`)
_MONEY_OUT = re.compile(r"(?i)\.(refunds|transfers|payouts)\.create$")
# A ban or suspension stamped on any account row, a tenant's included (`bannedAt`, `suspendedAt: null`)
_STATE_STAMP = re.compile(
    r"(?i)^(is_?)?(banned|suspended|disabled|blocked|locked|deactivated|frozen)(_?(at|until|on))?$"
)


# An account's standing an administrator grants (`{ trusted: true }`, `UserApproved: 1` on `Users`): on the
# account row only (a post or a comment is approved as content)
_STANDING = re.compile(r"(?i)^(is_?)?(trusted|approved|vetted)(_?(at|on))?$")


# A table holding one row per account under another name (`userCommonData`, `user_profiles`, `profiles`):
# an administrator's approval stamped there is the account's standing as much as on `users`
_ACCOUNT_DATA_ROWS = re.compile(r"(?i)^(user_?(common_?)?(data|profiles?|details|info)|profiles?)$")


def _opens_login(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A new account row given a password (`insert(users).values({ email, role: "patron", password: hash })`,
    the literal also bound to a local first): a sign-in opened for someone. Made from the app's admin area,
    account provisioning; a sign-up is not made there."""
    assert ev.op is not None
    # (`INSERT INTO users (email, password, role) VALUES (?, ?, ?)`: raw SQL like the ORM)
    inserted = _sql_insert_columns(ctx, ev)
    if not (inserted or ev.op.verb.lower().startswith(_CREATE_PREFIXES)) or ev.op.api == "helper":
        return False
    model = _table_name(ev.op)
    if not (_ACCOUNT_ROWS.match(model) or _KIND_OF_ACCOUNT.match(model) or _signs_in_model(ctx, ev.op.model or "")):
        return False
    if any(_PASSWORD_KEY.match(k) for k in inserted):
        return True
    return any(_PASSWORD_KEY.match(k) for d in ev.op.data for k in _written_keys(ctx, ep.fn.node, d))


def _switches_state(ctx: FileContext, ev: Event) -> bool:
    assert ev.op is not None
    keys = _columns(ev.op.model, {k for d in ev.op.data for k in object_keys(ctx.src, d)})
    model = ev.op.model or ""
    account = bool(_ACCOUNT_ROWS.match(model) or _ACCOUNT_DATA_ROWS.match(model))
    return any(_STATE_STAMP.match(k) or (account and _STANDING.match(k)) for k in keys)


def _money_out(ctx: FileContext, fn: Node) -> Node | None:
    return next((c for c in sx.find(fn, ("call_expression",)) if _MONEY_OUT.search(sx.callee_name(ctx.src, c))), None)


_SQL_DELETE = re.compile(r"(?i)^\W*delete\s+from\b")


# an age cutoff in a delete's filter: drizzle `lt(t.createdAt, d)`, Prisma/Mongo `{ lt: d }`/`$lt`, SQL `<`
_AGE_CUTOFF = re.compile(r"\b(?:lte?\(|\$?lte?\s*:)|<=?\s*(?:now\(\)|\$\{|\$\d|\?)")
_DATE_WORD = re.compile(r"(?i)date|time|_at\b|[a-z]At\b|now\b|interval|ago|cutoff|before")


def _pruned_by_age(ctx: FileContext, ev: Event) -> bool:
    """A delete whose filter keeps rows older than a cutoff the server works out (`lt(events.createdAt, new
    Date(now - 400 * DAY))`, `createdAt: { lt: cutoff }`), naming nothing the client sent: retention."""
    op = ev.op
    if op is None:
        return False
    text = ctx.text(op.chain) if op.api != "sql" else " ".join(ctx.text(a) for a in op.args)
    if not _AGE_CUTOFF.search(text) or not _DATE_WORD.search(text):
        return False
    return not identifiers(ctx.src, op.chain) & ev.state.client


def _deletes(ctx: FileContext, ev: Event) -> bool:
    """A delete: by the ORM method, or by raw SQL text (`pool.query("DELETE FROM users WHERE id = $1", ...)`,
    ``sql`DELETE FROM "Session" ...` ``) whose method is only `query`/`execute`."""
    assert ev.op is not None
    if ev.op.verb.lower().startswith("delete"):
        return True
    if ev.op.api != "sql":
        return False
    text = ctx.text(ev.op.args[0]) if ev.op.args else ctx.text(ev.op.call)
    text = text.split("`", 1)[-1] if "`" in text else text
    return bool(_SQL_DELETE.match(text.lstrip("\"'(")))


_SQL_BY_ID = re.compile(r"""(?is)\bwhere\b.*?(?<![\w."`])["`]?_?id["`]?\s*(=|\bin\b)""")
_OWN_ID = frozenset({"id", "_id"})
_CACHE_TABLE = re.compile(r"(?i)cache")


def _purges(ctx: FileContext, ev: Event) -> bool:
    """A delete of stored rows not picked by their own id: a purge (`deleteMany({ where: { sitterId } })`,
    `db.delete(docs).where(eq(docs.sitterId, id))`, `DELETE FROM lessons WHERE starts_at < $1`, also a list of
    ids a query picked, `{ id: { in: photos.map((p) => p.id) } }`, `inArray(docs.id, ids)`), not one row
    of a catalogue removed by its id (`faqEntry.delete({ where: { id } })`, configuration)."""
    op = ev.op
    if op is None or op.api == "helper" or not _deletes(ctx, ev):
        return False
    if _CACHE_TABLE.search(_table_name(op)):
        return False  # (clearing a cache is housekeeping: what it holds is made again from the records)
    src = ctx.src
    if op.api == "sql":
        return not _SQL_BY_ID.search(ctx.text(op.args[0]) if op.args else ctx.text(op.call))
    for arg in op.args:
        where = object_keys(src, arg).get("where")
        keys = object_keys(src, where if where is not None else arg)
        # (`{ id: { in: ids } }`: a list of rows picked by their ids, a set erased as a filter erases one)
        if any(k in _OWN_ID and "in" not in object_keys(src, sx.unwrap(v) or v) for k, v in keys.items()):
            return False
        for c in sx.find(arg, ("call_expression",)):
            # drizzle's `eq(docs.id, id)`: the row's own id (`inArray(docs.id, ids)`: a list of them, a set)
            if sx.last_name(sx.callee_name(src, c)) == "inArray":
                continue
            args = sx.call_args(c)
            first = sx.strip_types(args[0]) if args else None
            prop = (
                first.child_by_field_name("property")
                if first is not None and first.type == "member_expression"
                else None
            )
            if prop is not None and sx.text(src, prop) in _OWN_ID:
                return False
    return True


# A soft delete's mark: `deletedAt`, `isDeleted`, `deletionScheduledAt`
_DELETED_MARK = re.compile(r"(?i)^(is_?)?deleted(_?(at|on))?$|^deletion_?(scheduled_?)?(at|on|date)$")
_CLEARED = frozenset({"null", "undefined", "false"})


def _soft_deletes(ctx: FileContext, ev: Event) -> bool:
    """`user.update({ data: { deletedAt: new Date() } })`, also in a project helper the endpoint calls:
    the account marked deleted (a soft delete, or one scheduled for later). Clearing the mark
    (`deletedAt: null`) restores it."""
    assert ev.op is not None
    if not ev.op.verb.lower().startswith("update"):
        return False
    found: list[tuple[bytes, Node]] = [(ctx.src, d) for d in ev.op.data] if ev.op.api != "helper" else []
    if ev.op.api == "helper" and ev.node.type == "call_expression":
        target = ctx.analyzer.target(ctx.module, ev.node)
        if target is not None:
            found = [
                (target.module.src, d)
                for op in ctx.analyzer.summary(target).ops
                if op.model == ev.op.model and op.verb == ev.op.verb
                for d in op.data
            ]
    return any(
        _DELETED_MARK.match(k) and sx.text(src, sx.unwrap(v)) not in _CLEARED
        for src, d in found
        for k, v in object_keys(src, d).items()
    )


def _revokes_sessions(ctx: FileContext, ev: Event) -> bool:
    """Signing a user out everywhere: the rows of a session store deleted (`DELETE FROM "Session"
    WHERE "userId" = ...`, `db.session.deleteMany({ where: { userId } })`, drizzle's `db.delete(sessionTable)`)."""
    return ev.op is not None and bool(_SESSION_MODELS.match(_table_name(ev.op))) and _deletes(ctx, ev)


_TABLE_SUFFIX = re.compile(r"(?i)_?table$")


def _table_name(op: DbOp) -> str:
    """The model a drizzle write names by the table's export: `sessionTable` and `session_table` hold
    sessions (the table object is the argument, so its variable name is all there is to read)."""
    model = op.model or ""
    # (a project helper's write carries the table its own drizzle call names: `updateUserDb` -> `userTable`)
    drizzle = op.api in ("drizzle", "helper")
    if drizzle and "." in model:
        model = model.rsplit(".", 1)[1]  # (`db.delete(schemas.organization)`: the table by its own name)
    return _TABLE_SUFFIX.sub("", model) if drizzle and len(model) > 5 else model


_SESSION_MODELS = re.compile(r"(?i)^(user_?)?sessions?$")
# An account table named for the kind of account it holds (`portalUser`, `client_users`, `AppUser`): its
# rows are accounts as `user`'s are (a record's link rows, `projectUser`, `chatUser`, are memberships)
_KIND_OF_ACCOUNT = re.compile(
    r"(?i)^(portal|client|customer|app|admin|staff|platform|auth|site|external|guest|end|web|mobile|backoffice)_?users?$"
)


def _unprefixed(model: str | None, key: str) -> str:
    """A column named for its table (`UserEmail` on `Users`, `user_password` on `users`), without the
    table's name: `email`, `password`. Other keys are returned as they are (`ContactEmail` stays)."""
    ms = vocab.words(model or "")
    ks = vocab.words(key)
    if not ms or len(ks) <= len(ms):
        return key
    head = ks[: len(ms)]
    # (the table's name singular or plural: `Users` / `User`)
    if head != ms and [*head[:-1], head[-1] + "s"] != ms:
        return key
    rest = ks[len(ms) :]
    return rest[0] + "".join(w.capitalize() for w in rest[1:])


def _nested_role(key: str) -> bool:
    """A Mongo path to the role of one element of a document's list of members or users
    (`members.$.role`, `members.$[m].role`, `users.0.role`)."""
    parts = [p for p in key.strip("'\"`").split(".") if not p.startswith("$") and not p.isdigit()]
    return len(parts) >= 2 and parts[-1] in _ROLE_KEYS and bool(_ROLE_HOLDERS.match(parts[-2]))


def _columns(model: str | None, keys: set[str]) -> set[str]:
    return keys | {_unprefixed(model, k) for k in keys}


# The tenant itself (`db.organization.delete(...)`): the B2B form of deleting the account
_TENANT_MODELS = re.compile(r"(?i)^(compan(y|ies)|organi[sz]ations?|orgs?|workspaces?|tenants?)$")
# A team: a tenant where roles are held in it (an administrator's gate passed), a roster otherwise
_TEAM_MODEL = re.compile(r"(?i)^teams?$")
# A second factor's stored secret or its backup codes (`twoFactorSecret`, `totpSecret`, `recoveryCodes`)
_SECOND_FACTOR = re.compile(
    r"(?i)^(two_?fa(ctor)?|2fa|mfa|totp|otp)_?(secret|seed|key|backup_?codes?|recovery_?codes?)$|^(backup|recovery)_?codes?$"
)


# (one code, `recoveryCode`, as the Lucia examples keep it, or a list of them)
_BACKUP_CODES = re.compile(r"(?i)(backup|recovery)_?codes?$")
# A workspace's single sign-on set-up: its row (`saml_configs`, `SsoConnection`) or a field of it (`samlCert`)
_SSO_WORDS = frozenset({"sso", "saml", "oidc"})


def _sso_switched_off(ctx: FileContext, ev: Event) -> str | None:
    """Single sign-on switched off: its configuration row deleted (`delete from saml_configs`), or its
    setting cleared (`{ samlCert: null }`, `{ ssoEnabled: false }`). Members' way in changes, as it does
    when an identity provider's connection is deleted."""
    assert ev.op is not None
    model = ev.op.model or ""
    if set(vocab.words(model)) & _SSO_WORDS and _deletes(ctx, ev):
        return model
    for d in ev.op.data:
        for key, value in object_keys(ctx.src, d).items():
            node = sx.unwrap(value) or value
            if node.type in ("null", "false") and set(vocab.words(key)) & _SSO_WORDS:
                return f"{model}.{key}"
    return None


# The account's second factor switched (`twoFactorOn`, `mfaEnabled`, `is_totp_active`): off is "disable 2FA"
# (`twoFaEnabled`: "2FA" spelled out as a word)
_SECOND_FACTOR_SWITCH = re.compile(r"(?i)^(is_?)?(two_?fa(ctor)?|2fa|mfa|totp|otp)_?(on|enabled|active)$")


def _turns_second_factor_off(key: str, value: Node) -> bool:
    """`{ twoFactorOn: false }`, or the stored secret cleared, `{ totpSecret: null }`: 2FA disabled."""
    if value.type == "false":
        return bool(_SECOND_FACTOR_SWITCH.match(key))
    return value.type in ("null", "undefined") and bool(_SECOND_FACTOR.match(key))


def _second_factor_switched_on(ctx: FileContext, data: Node) -> set[str]:
    """The keys of ``data`` that switch the second factor on with a literal `true`
    (`{ twoFactorEnabled: true }`): a value the caller chose may switch it off, and stays."""
    return {
        k
        for k, v in object_keys(ctx.src, data).items()
        if _SECOND_FACTOR_SWITCH.match(k) and (sx.unwrap(v) or v).type == "true"
    }


def _stores_fresh_secret(keys: dict[str, Node]) -> bool:
    """`{ totpSecret: secret.base32, totpEnabled: false }`: enrolment (re)started, the switch stays off
    until a code confirms the new secret; no factor the account relied on is taken away."""
    return any(
        _SECOND_FACTOR.match(k)
        and not _BACKUP_CODES.search(k)  # (a recovery code rotated as the key is cleared enrols nothing)
        and (sx.unwrap(v) or v).type not in ("null", "undefined")
        for k, v in keys.items()
    )


def _second_factor_key(ctx: FileContext, ev: Event, records: set[str]) -> str | None:
    """A 2FA credential rewritten on the account row: new recovery codes, or the stored secret rebuilt
    from what it held (`${totp}|${newCodeHashes}`). A fresh secret stored at setup, before the second
    factor is switched on, changes no credential yet."""
    assert ev.op is not None
    account = bool(_ACCOUNT_ROWS.match(ev.op.model or ""))
    # (a member row that keeps its own second factor, as a staff console's `members` table does:
    # switching it off is "disable 2FA" there too)
    if not account and not _ROLE_HOLDERS.match(ev.op.model or ""):
        return None
    for key, text in _sql_set_columns(ctx, ev).items():
        # `update users set two_factor_secret = null`: the second factor cleared in SQL
        if (text in ("null", "false") and _SECOND_FACTOR_SWITCH.match(key)) or (
            text == "null" and _SECOND_FACTOR.match(key)
        ):
            return key
    for d in ev.op.data:
        keys = object_keys(ctx.src, d)
        for key, value in keys.items():
            if _turns_second_factor_off(key, sx.unwrap(value) or value) and not _stores_fresh_secret(keys):
                return key
            if not account:
                continue
            if not _SECOND_FACTOR.match(key):
                continue
            if _BACKUP_CODES.search(key) or _built_from_records(ctx, ev, value, records):
                return key
    return None


def _helper_second_factor_off(ctx: FileContext, ev: Event) -> str | None:
    """A project helper's own update of the account row switches 2FA off (`deactivate2fa(email)` running
    `user.update({ data: { twoFaSecret: null, twoFaEnabled: false } })`): the event only carries the
    caller's arguments."""
    assert ev.op is not None
    model = ev.op.model or ""
    if ev.op.api != "helper" or ev.node.type != "call_expression":
        return None
    if not (_ACCOUNT_ROWS.match(model) or _ROLE_HOLDERS.match(model)):
        return None
    target = ctx.analyzer.target(ctx.module, ev.node)
    if target is None:
        return None
    for op in ctx.analyzer.summary(target).ops:
        if op.model != model or op.verb != ev.op.verb or op.api == "helper":
            continue
        for d in op.data:
            keys = object_keys(target.module.src, d)
            for key, value in keys.items():
                if _turns_second_factor_off(key, sx.unwrap(value) or value) and not _stores_fresh_secret(keys):
                    return f"{model}.{key}"
    return None


def _built_from_records(ctx: FileContext, ev: Event, value: Node, records: set[str]) -> bool:
    """``value`` mentions a stored row read before, directly or through one local (`const totp = user.secret`)."""
    names = identifiers(ctx.src, value)
    if names & records:
        return True
    fn = sx.enclosing_function(ev.node)
    for d in sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None else ():
        bound = set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
        if bound & names and identifiers(ctx.src, d.child_by_field_name("value")) & records:
            return True
    return False


# An administrator flag on the account row (`isSuperAdmin`, `is_staff`): setting or clearing it changes
# what the account may do, as `isAdmin` does
# (also qualified by where it holds: `isPlatformAdmin`, `is_site_staff`)
# a permission flag of a person's row (`canViewBilling`, `can_invite`; not `cancelledAt`)
_PERMISSION_FLAG = re.compile(r"^can([A-Z]|_[a-z])")
# an administrator flag of some scope on a member row (`isGroupAdmin`, `is_team_admin`; not `isAdminOnly`)
_SCOPED_ADMIN_FLAG = re.compile(r"(?i)^is_?([a-z]+_?)?admin$")
# (`isSuperAdmin`, `isStaff`; without `is` only with the scope it holds in: `superAdmin`, `nationalAdmin`, not a
# `notifyAdmin` preference)
_ADMIN_FLAG = re.compile(
    r"(?i)^(is_?((super|platform|site|system|global|app|national|regional|country)_?)?"
    r"|(super|platform|site|system|global|national|regional|country)_?)(admin|superuser|staff)$"
)
# Rows a session names that are not the signed-in principal: its tenant or group, a membership, the
# session itself (a delete of those is a tenant delete, leaving a group, or signing out)
_NOT_PRINCIPAL = re.compile(
    r"(?i)(compan(y|ies)|organi[sz]ation|org|workspace|tenant|team|group|project|agency|member|membership|session|"
    r"token|key|device)s?$"
)


def _own_principal_row(ctx: FileContext, ev: Event) -> bool:
    """`prisma.renter.delete({ where: { id: renterId } })` with `renterId` from the session: the portal's own
    account row (a renter, a patient) deleted by the signed-in principal, whatever the model is called."""
    assert ev.op is not None
    model = ev.op.model or ""
    if not model or _NOT_PRINCIPAL.search(model):
        return False
    # (an id the session holds, not a row the endpoint loaded: `invitation.delete({ where: { id: invitation.id } })`)
    signed_in = ev.state.session
    want = vocab.words(model)
    if ev.op.api == "supabase" and want and want[-1] in ("profile", "profiles"):
        # `.from("owner_profiles").delete().eq("id", user.id)`: Supabase's profile row, keyed by the auth user's
        # own id, is the account (`profiles.id` references `auth.users`)
        args = [sx.strip_types(a) for a in ev.op.args]
        for a, value in itertools.pairwise(args):
            if (
                a is not None
                and a.type == "string"
                and sx.string_value(ctx.src, a) == "id"
                and sx.root_identifier(ctx.src, value) in signed_in
            ):
                return True
    if ev.op.api == "kysely" and want and want[-1] in _ACCOUNT_NOUNS and _picked_by_own_id(ctx, ev.op, signed_in):
        return True  # `deleteFrom("artist_users").where("id", "=", user.id)`: a kind of account, the caller's row
    if ev.op.api == "drizzle" and want and _drizzle_own_row(ctx, ev.op, signed_in, want):
        return True  # `db.delete(owners).where(eq(owners.id, owner.id))`
    for arg in ev.op.args:
        keys = object_keys(ctx.src, arg)
        where = keys.get("where")
        if where is not None and _owns_idp_account(ctx, where, signed_in):
            return True  # `{ supabaseUserId: user.id }`
        value = sx.strip_types(object_keys(ctx.src, where).get("id") if where is not None else keys.get("id"))
        if value is None:
            continue
        if (
            value.type == "identifier"
            and ctx.text(value) in signed_in
            and vocab.words(ctx.text(value)) == [*want, "id"]
        ):
            return True  # `{ id: renterId }`
    return False


_ACCOUNT_NOUNS = frozenset({"user", "users", "account", "accounts"})


def _drizzle_own_row(ctx: FileContext, op: DbOp, signed_in: set[str] | frozenset[str], want: list[str]) -> bool:
    """A drizzle filter `eq(owners.id, owner.id)`: the row's own id is that of the signed-in principal the
    table is named for (`owner` of `owners`), the principal's own account row (not `eq(boats.ownerId, ...)`,
    rows it holds, nor another table keyed by its id)."""
    singular = [w.removesuffix("s") for w in want]
    for arg in op.args:
        for call in sx.find(arg, ("call_expression",)):
            if sx.callee_name(ctx.src, call) != "eq":
                continue
            pair = [sx.strip_types(a) for a in sx.call_args(call)]
            if len(pair) != 2 or any(a is None or a.type != "member_expression" for a in pair):
                continue
            column, value = pair
            assert column is not None and value is not None
            if ctx.text(column.child_by_field_name("property")) != "id":
                continue
            if ctx.text(value.child_by_field_name("property")) != "id":
                continue
            base = sx.strip_types(value.child_by_field_name("object"))
            if base is None or base.type != "identifier" or ctx.text(base) not in signed_in:
                continue
            if [w.removesuffix("s") for w in vocab.words(ctx.text(base))] == singular:
                return True
    return False


def _picked_by_own_id(ctx: FileContext, op: DbOp, signed_in: set[str] | frozenset[str]) -> bool:
    """A query builder's `where("id", "=", user.id)` triple (kysely), `user` the session's: the row's own id
    is the signed-in user's (not an owner column, `where("user_id", "=", user.id)`: rows the user holds)."""
    args = [sx.strip_types(a) for a in op.args]
    for col, cmp, value in zip(args, args[1:], args[2:], strict=False):
        if col is None or cmp is None or value is None:
            continue
        column = sx.string_value(ctx.src, col)
        if column is None or column.rsplit(".", 1)[-1] not in _OWN_ID or sx.string_value(ctx.src, cmp) != "=":
            continue
        if sx.root_identifier(ctx.src, value) not in signed_in:
            continue
        words = vocab.words(sx.last_name(ctx.text(value)))
        if words and words[-1] == "id" and (len(words) == 1 or words[0] == "user"):
            return True
    return False


# A column linking a row to the identity provider's account (`supabaseUserId`, `clerk_id`, `authUserId`): the row
# keyed by it is the app's own account of that principal, not a record the principal owns (`userId`)
_IDP_ACCOUNT_KEY = re.compile(
    r"(?i)^(supabase|clerk|auth0?|firebase|stytch|kinde|workos|cognito)_?(user_?)?(id|uid|sub)$"
)


def _owns_idp_account(ctx: FileContext, where: Node, signed_in: set[str] | frozenset[str]) -> bool:
    """`where: { supabaseUserId: user.id }` with `user` the session's: the signed-in principal's account row."""
    for key, value in object_keys(ctx.src, where).items():
        v = sx.strip_types(value)
        if _IDP_ACCOUNT_KEY.match(key) and v is not None and sx.root_identifier(ctx.src, v) in signed_in:
            return True
    return False


def _schema_policy_key(ctx: FileContext, ep: EntryPoint, ev: Event) -> str | None:
    """`saveSettings(parsedInput)` whose input schema admits a sign-in or sign-up switch
    (`disableUserRegistration`): how people get in, changed through the parsed object written whole."""
    assert ev.op is not None
    if not ep.schemas or ev.op.verb.lower().startswith(("create", "insert")):
        return None
    nodes = ev.op.data if ev.op.api != "helper" else [*ev.op.data, *sx.call_args(ev.node)]
    client = [
        n
        for n in map(sx.strip_types, nodes)
        if n is not None
        and n.type in ("identifier", "shorthand_property_identifier")
        and ctx.text(n) in ev.state.client
    ]
    if not client:
        return None
    for mod, schema in ep.schemas:
        hit = sorted(k for k in schema_keys(mod, schema, ctx.analyzer.program) or {} if _auth_policy_key(k))
        if hit:
            return hit[0]
    return None


def _schema_role_key(ctx: FileContext, ep: EntryPoint, ev: Event) -> str | None:
    """`data: parsedInput` on a membership whose input schema admits `role`: a role change written whole."""
    assert ev.op is not None
    if not _ROLE_HOLDERS.match(ev.op.model or ""):
        return None
    for data in ev.op.data:
        node = sx.strip_types(data)
        if node is None or node.type not in ("identifier", "shorthand_property_identifier"):
            continue
        if ctx.text(node) not in ev.state.client:
            continue
        # (also a local bound to a schema's parse of the request: `const data = Patch.parse(await req.json())`)
        local = [(ctx.module, s) for s in _parse_schemas(ctx, ep.fn.node, {ctx.text(node)})]
        for mod, schema in [*ep.schemas, *local]:
            keys = schema_keys(mod, schema, ctx.analyzer.program) or {}
            hit = sorted(k for k in keys if k in ("role", "roles", "permissions") or _SCOPED_ROLE.match(k))
            if hit:
                return hit[0]
    return None


_DOC_ROLE_FIELDS = frozenset({"role", "roles", "permissions", "isAdmin"})
_DOC_ACCOUNT_FIELDS = frozenset({"password", "passwordHash", "hashedPassword", "twoFactorEnabled"})


def _document_field_saved(ctx: FileContext, flow: Flow) -> str | None:
    """A Mongoose document the entry point loaded gets a role or password assigned and is saved
    (`target.role = role; await target.save()`, `user.password = hash; await user.save()`): a role or
    password change, `Model.field` named; None otherwise."""
    src = ctx.src
    docs = {n: op for n, op in flow.records.items() if op.api == "mongoose" and op.kind == "read"}
    if not docs:
        return None
    saved: set[str] = set()
    for call in sx.find(flow.fn.node, ("call_expression",)):
        callee = sx.callee_name(src, call).split(".")
        if len(callee) == 2 and callee[1] == "save" and callee[0] in docs:
            saved.add(callee[0])
    for a in sx.find(flow.fn.node, ("assignment_expression",)) if saved else []:
        left = a.child_by_field_name("left")
        if left is None or left.type != "member_expression":
            continue
        obj, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
        if obj is None or prop is None or obj.type != "identifier" or sx.text(src, obj) not in saved:
            continue
        field, model = sx.text(src, prop), docs[sx.text(src, obj)].model or ""
        if (field in _DOC_ROLE_FIELDS and _ROLE_HOLDERS.match(model)) or (
            field in _DOC_ACCOUNT_FIELDS and _ACCOUNT_MODELS.match(model)
        ):
            return f"{model}.{field}"
    return None


# a restore of the app's own data from a backup: `restoreSystemBackup`, `uploadAndRestoreDatabaseBackup`,
# `restoreDb` (not `restoreNoteBackup`: one record's history, named for the record)
_DATA_RESTORE = re.compile(
    r"(?i)restore_?((system|database|db|full|instance|server|site|app)_?)?(backup|snapshot|dump)s?(?-i:(?![a-z]))"
    r"|restore_?(database|db)(?-i:(?![a-z]))"
)


def _restores_app_data(name: str, flow: Flow, writes: list[Event]) -> bool:
    """An administrator restoring the app's database from a backup (named so, past a role check, and
    doing something: a command run, a file written, a row written): every account, role and secret it
    holds is replaced, an admin action to record."""
    if not _DATA_RESTORE.search(name):
        return False
    if not (flow.final.role or any(e.state.role for e in flow.events)):
        return False
    return bool(writes) or any(e.kind in ("exec", "fs") for e in flow.events)


def _bound_name(ctx: FileContext, fn: Node) -> str:
    """The name of the constant a default-exported arrow is bound to (`const deleteAccount = async (id) => {...}`
    then `export default deleteAccount`): what the endpoint is called, as a declared function's own name."""
    parent = fn.parent
    while parent is not None and parent.type in ("parenthesized_expression", "as_expression", "await_expression"):
        parent = parent.parent
    if parent is not None and parent.type == "variable_declarator":
        name = parent.child_by_field_name("name")
        if name is not None and name.type == "identifier":
            return ctx.text(name)
    return "default"


def check(ctx: FileContext) -> Iterator[Finding]:
    src = ctx.src
    for ep in ctx.entry_points:
        if ep.audited_by or deployment.closed_for_entry(ctx.analyzer, ep):
            continue  # (a development helper: production callers get the early answer only)
        flow = ctx.flow(ep)
        if flow.final.audited or flow.audits_somewhere or any(e.state.audited for e in flow.events):
            continue
        name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
        name = _bound_name(ctx, ep.fn.node) if name in ("default", "<anonymous>") else name
        writes = [e for e in flow.events if e.kind == "db" and e.op is not None and e.op.kind == "write"]
        # (what the session check writes on the way, a session renewed or moved, is its own bookkeeping)
        writes = [e for e in writes if not _session_reader_write(ctx, e)]
        # a client's own OAuth row it presented (a refresh token): whose it is says no user is signed in
        protocol_rows = {n for n, op in flow.records.items() if _oauth_grant_model(op.model or "")}
        if not _sensitive_name(name):
            routed = _route_name(ep)
            if routed is not None and _status_only_delete_route(ctx, ep, routed, writes):
                routed = None  # `DELETE members/[id]` setting `status: "cancelled"`: the verb deletes nothing
            if routed == "login" and _session_record_only(ctx, ep, flow):
                routed = None  # a record filed in a sessions collection: no credential in or out
            if routed is not None and not _sensitive_name(routed):
                routed = _item_deleted_route(ctx, ep, writes) or routed
            name = routed or name
        if not _sensitive_name(name) and not writes:
            # (its write out of sight, in an auth library's adapter: the helper's name says what it is)
            name = _privilege_helper_call(ctx, ep.fn.node) or name
        # (a session row holding a mailed link's hash is a reset or magic-link request, not a sign-in)
        made = [e for e in writes if not mailed_link_token(ctx, flow.events, e)]
        if not _sensitive_name(name) and (
            _opens_logged_in_session(ctx, ep.fn.node)
            or _makes_session(ctx, ep.fn.node, made, flow.final.session)
            or _credentials_sign_in(ctx, ep.fn.node, made)
            or _mints_authjs_session(ctx, ep.fn.node, made, flow.final.session)
        ):
            name = "login"  # a sign-in by what it does, whatever the endpoint is called
        if (
            not _sensitive_name(name)
            and (made or _sets_cookie(ctx, ep.fn.node))
            and sign_up.person_credential_sign_in(ctx, ep, flow) is not None
        ):
            name = "login"  # a person's PIN or password checked against their row, then work done: a sign-in
        if not _sensitive_name(name) and _mints_impersonation(ctx, ep.fn.node):
            name = "impersonate"  # a session naming who impersonates, set as a cookie: "log in as"
        if _sensitive_name(name) and _provider_audits_sign_in(ctx, ep.fn.node):
            continue  # (`signIn("credentials", ...)`: the provider's `authorize` writes the trail)
        if _sensitive_name(name) and _does_it(ctx, ep.fn.node, name, writes):
            yield ctx.finding(META, "by_name", ep.anchor, function=ep.fn, endpoint=endpoint(ep))
            continue
        if _restores_app_data(name, flow, writes):
            yield ctx.finding(META, "by_name", ep.anchor, function=ep.fn, endpoint=endpoint(ep))
            continue
        if (pw := _password_update_call(ctx, ep.fn.node)) is not None and not _reset_hook_audits(ctx, pw):
            # (an identity provider's user updated with a new password, whatever the endpoint is called)
            set_pw = f"{sx.last_name(sx.callee_name(src, pw))}({{ password }})"
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=set_pw)
            continue
        if (moved := _address_update_call(ctx, ep.fn.node)) is not None:
            # (the signed-in user's own address changed at the identity provider, whatever the endpoint is called)
            set_email = f"{sx.last_name(sx.callee_name(src, moved))}({{ email }})"
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=set_email)
            continue
        if (account := _admin_account_change(ctx, ep.fn.node, flow)) is not None:
            # (an account's address changed, or one made an administrator, through the auth admin API)
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=account)
            continue
        if (changed_by := _provider_credential_change(ctx, ep.fn.node)) is not None:
            called = f"{sx.callee_name(src, changed_by)}(...)"
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=called)
            continue
        if (op := _provider_account_operation(ctx, ep.fn.node, flow)) is not None:
            called = f"{sx.last_name(sx.callee_name(src, op))}(...)"
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=called)
            continue
        if (sso := _sso_connection_call(ctx, ep.fn.node)) is not None:
            called = sx.last_name(sx.callee_name(src, sso))
            yield ctx.finding(META, "sso", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=called)
            continue
        if (meta := _provider_metadata_grant(ctx, ep.fn.node)) is not None:
            # (a role or an admin flag set in the identity provider's metadata, whatever the endpoint is called)
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=meta)
            continue
        if (grant := _idp_role_grant(ctx, ep.fn.node, flow.final.session | flow.final.fetched)) is not None:
            granted = f"{grant}({{ role }})"
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=granted)
            continue
        if (removed := _idp_seat_removed(ctx, ep.fn.node, flow.final.session | flow.final.fetched)) is not None:
            # (another user's seat removed at the identity provider, whatever the endpoint is called)
            seat = f"{removed}(...)"
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=seat)
            continue
        if (doc := _document_field_saved(ctx, flow)) is not None:
            # (`member.role = role; await member.save()`: a Mongoose document changed and written back)
            yield ctx.finding(META, "by_write", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=doc)
            continue
        for ev in writes:
            assert ev.op is not None
            what = None
            # (a drizzle table by its export's name: `apiKeyTable` holds API keys, `usersTable` accounts)
            model = _table_name(ev.op)
            user_row = (
                model.lower() in ("user", "users")
                or bool(_KIND_OF_ACCOUNT.match(model))
                or _own_principal_row(ctx, ev)
                # (the app's own user model, `Volunteer`, picked elsewhere by the caller's id)
                or (ev.op.api == "prisma" and (ev.op.model or "").lower() in account_models(ctx.analyzer.program))
            )
            deletes_user = user_row and (_deletes(ctx, ev) or _soft_deletes(ctx, ev))
            own = (
                _own_membership(ctx, ev, flow.events)
                or _founds_tenant(ctx, ev, flow.events)
                or _new_accounts_first_seat(ctx, ep, ev)
            )
            key_event = (
                vocab.AUDIT_SENSITIVE_MODELS.match(model)
                or _issued_key_model(model)
                or _role_grant_table(model)
                or _role_assignment_model(ctx.analyzer.program, ev.op.api, ev.op.model or "", ctx.path)
            ) and not own
            # (a provider's access token renewed through its refresh grant: upkeep of a connection)
            key_event = key_event and not (_issued_key_model(model) and _refreshed_provider_token(ctx, ep, ev))
            # (joining: a membership made or kept with no role or standing written sets nobody's privileges)
            key_event = key_event and not _joins_without_role(ctx, ctx.module, ev.op)
            # (a customer's membership of a paid plan, `Membership { plan renewsAt credits }` with no role
            # column: cancelling or expiring it ends a subscription, it grants or removes no permission)
            key_event = key_event and not _plan_subscription(ctx.analyzer.program, ev.op.model or "", ctx.path)
            # (a role of a duty roster, `Role { name color missionId }`, that no account holds and that grants nothing)
            # (its model read from the Prisma schema: a helper's writes too, `setRoles(...)`)
            key_event = key_event and not _label_role(ctx.analyzer.program, ev.op.model or "", ctx.path)
            # (a scheduled job, let in by its secret with nobody signed in, purging expired keys: retention)
            key_event = key_event and not (
                _issued_key_model(model)
                and ev.state.auth == "secret"
                and not ev.state.session | ev.state.fetched
                and _deletes(ctx, ev)
            )
            # an OAuth client's access granted or cut off by the signed-in user
            grant_event = _oauth_grant_model(model) and _binds_session_user(
                ctx, [*ev.op.args, *ev.op.data], (ev.state.session | ev.state.fetched) - protocol_rows
            )
            # (a scheduled job let in by its secret, nobody signed in, purging tenants: retention, as for keys)
            # (the schema's own tenant counts too: `Coop` of `Membership { userId coopId role }`)
            # (also a team deleted past the caller's role gate, `if (role !== "admin") throw`: the team people
            # hold roles in is the tenant there; a roster deleted by its coach is not)
            deletes_tenant = (
                bool(
                    _TENANT_MODELS.match(model)
                    or tenancy.root_tenant(ctx.analyzer.program, model)
                    or (_TEAM_MODEL.match(model) and ev.state.role)
                )
                and _deletes(ctx, ev)
                and not (ev.state.auth == "secret" and not ev.state.session | ev.state.fetched)
                # (the tenant this endpoint has just made, deleted again when a later step fails)
                and not _undoes_own_insert(ctx, ev, flow.events)
            )
            # (the audit trail's own rows erased by a signed-in caller: no entry written, one taken away;
            # a scheduled job let in by its secret pruning by age is retention)
            erases_trail = (
                bool(vocab.AUDIT.search(model))
                and _deletes(ctx, ev)
                and not (ev.state.auth == "secret" and not ev.state.session | ev.state.fetched)
                # (nor such a job whose secret is missing: a route handler signing nobody in that prunes by a
                # cutoff of its own, `lt(auditEvents.createdAt, cutoff)`; missing-auth is its finding)
                and not (
                    ep.kind in ("route", "pages-api")
                    and ev.state.auth is None
                    and not ev.state.session | ev.state.fetched
                    and _pruned_by_age(ctx, ev)
                )
            )
            # (someone else's seat in a team or organisation taken away, `orgMember.deleteMany({ where: { orgId,
            # userId: target.id } })`: their access revoked, as a role taken; leaving oneself is `own`)
            # (also kept but marked gone, `archivedAt: new Date()`, `status: "archived"`: the seat no longer
            # lets them in; a bare `member` table of a tenant, better-auth's organization plugin's, is one too)
            removes_member = (
                bool(_TENANT_SEAT_MODEL.match(model) or _bare_seat_table(ctx, model))
                and not own
                and ev.state.auth not in (None, "secret")
                and (_deletes(ctx, ev) or _marks_removed(ctx, ev))
            )
            # (seats of the schema's own tenant, `marinaMember.deleteMany({ where: { marinaId } })`: as
            # `membership` rows, whoever removes them, also with nobody signed in)
            removes_member = removes_member or (
                not own and ev.state.auth != "secret" and _deletes(ctx, ev) and _tenant_seat_model(ctx, model)
            )
            # (the row holding an issued key's hash deleted: the key revoked; a scheduled purge let in by its
            # secret is retention, as for key tables)
            deletes_key = _deletes_key_row(ctx, ev) and not (
                ev.state.auth == "secret" and not ev.state.session | ev.state.fetched
            )
            if (
                key_event
                or deletes_user
                or grant_event
                or deletes_tenant
                or erases_trail
                or removes_member
                or deletes_key
            ):
                what = ev.op.model
            elif (issued := _issued_credential(ctx, ev)) and not mailed_link_token(ctx, flow.events, ev):
                what = f"{ev.op.model}.{issued}"
            elif reset_for := _reset_issued_by_admin(ctx, ep, ev):
                what = reset_for
            elif (secret := _sets_account_secret(ctx, ev)) and not (
                # (a visitor's sign-in code request storing the hash of the code it mails: no password set)
                ev.state.auth is None and mailed_link_token(ctx, flow.events, ev)
            ):
                what = f"{ev.op.model}.{secret}"
            elif held := _key_held_on_row(ctx, name, ev):
                what = f"{ev.op.model}.{held}"
            elif sql_column := _sql_account_change(ctx, ev):
                what = f"{ev.op.model}.{sql_column}"
            elif primary := _primary_address_switched(ctx, ev):
                what = f"{ev.op.model}.{primary}"

            else:
                # creating an account (sign-up) sets an email and password: not a change to audit
                creates = ev.op.verb.lower().startswith(("create", "insert", "upsert"))
                for data in [] if creates else ev.op.data:
                    keys = _columns(ev.op.model, _written_keys(ctx, ep.fn.node, data, ep) - _filter_only_names(ev))
                    hit = keys & {
                        "role",
                        "roles",
                        "permissions",
                        "isAdmin",
                        "password",
                        "passwordHash",
                        "hashedPassword",
                        "twoFactorEnabled",
                        "email",
                    }
                    # an on/off flag is an account state only on the account row itself
                    # (`user_notification_preferences.enabled` switches a notification)
                    hit |= {k for k in keys if _SCOPED_ROLE.match(k) or _ADMIN_FLAG.match(k)}
                    # (`canViewBilling` on a member row: what that member may do, a permission granted or taken)
                    # (`isGroupAdmin` there too, given or taken: the member's standing in that scope)
                    flags = (
                        {k for k in keys if _PERMISSION_FLAG.match(k) or _SCOPED_ADMIN_FLAG.match(k)}
                        if _ROLE_HOLDERS.match(model)
                        else set()
                    )
                    hit |= flags
                    # (`user_type`, `employeeType`: a column whose schema enum names an admin or owner)
                    by_schema = {
                        k
                        for k in keys
                        if role_column(ctx.analyzer.program, ctx.module, ev.op.api, ev.op.model or "", k)
                    }
                    # (... also on a related row written through a relation field, `staff: { create: { grade } }`)
                    if ev.op.api == "prisma":
                        by_schema |= {
                            f"{path}.{column}"
                            for path, column, _ in nested_role_columns(
                                ctx.analyzer.program, ctx.module, ev.op.model or "", data
                            )
                        }
                    hit |= by_schema
                    # `$set: { "members.$.role": role }`: a member's role inside the tenant's own document
                    nested = {k for k in keys if _nested_role(k)}
                    hit |= nested
                    # (`userTable`: a drizzle account table by its export's name, `_table_name`)
                    # (or a model the schema gives a password hash, `Installer { hashedPassword }`: another kind
                    # of account, switched off by its on/off flag alone)
                    # (or one linked to the identity provider's user, `kindeId String @unique` beside an `email`)
                    signs_in = _signs_in_model(ctx, ev.op.model or "") or _identity_linked_account(
                        ctx, ev.op.model or ""
                    )
                    if signs_in:
                        switched = _account_state_keys(ctx, data)
                        if _SIGN_OUT.search(ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name):
                            switched = {k for k in switched if not _PRESENCE_FLAG.match(k)}
                        hit |= switched
                    if _ACCOUNT_ROWS.match(ev.op.model or "") or _ACCOUNT_ROWS.match(model):
                        states = _account_state_keys(ctx, data)
                        if _SIGN_OUT.search(ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name):
                            # (`signOut` setting `active: false`: the account marked offline, not switched off)
                            states = {k for k in states if not _PRESENCE_FLAG.match(k)}
                        hit |= states | _client_chosen_keys(ctx, ev, data)
                    # (the second factor switched on, `{ twoFactorEnabled: true }`: enrolment finished; the
                    # contract lists disabling 2FA, not enabling it)
                    # (a workspace's `{ mfaEnabled: true }` requires it of every member: a policy, kept)
                    switched_on = (
                        _second_factor_switched_on(ctx, data) if _ACCOUNT_ROWS.match(ev.op.model or "") else set()
                    )
                    hit -= switched_on
                    if "email" in hit and _email_from_identity(ctx, ep, ev, data):
                        hit -= {"email"}  # (the signed-in user's address mirrored from the identity provider)
                    if hit & {"role", "roles"} and _own_row_joins_founded_tenant(ctx, ev, flow.events, data):
                        hit -= {"role", "roles"}  # (the founder's own seat, kept on its account row)
                    if hit & {"role", "roles"} and _identity_provider_sync(ctx, ev):
                        hit -= {"role", "roles"}  # (a role the provider changed and recorded, mirrored here)
                    # (`profiles.update({ is_platform_admin: true })`: the person's row beside the provider's
                    # account made an administrator; a flag written `false` there is left alone)
                    person_admin = (
                        {k for k in hit if _ADMIN_FLAG.match(k) and not _written_false(ctx, data, k)}
                        if _PERSON_ROWS.match(ev.op.model or "")
                        else set()
                    )
                    # (`set({ email })` of a client's address on the caller's own row, whatever table holds it)
                    own_address = "email" in hit and _own_person_row(ctx, ev) and _client_address(ctx, ev, data)
                    if hit and (
                        own_address
                        or (ev.op.model or "").lower().startswith("user")
                        or _KIND_OF_ACCOUNT.match(model)
                        or person_admin
                        or signs_in
                        or (
                            hit & {"role", "roles", "permissions"} | {k for k in hit if _SCOPED_ROLE.match(k)}
                            and _ROLE_HOLDERS.match(ev.op.model or "")
                        )
                        or by_schema
                        or nested
                        or flags
                    ):
                        what = f"{ev.op.model}.{sorted(hit)[0]}"
                    elif policy := sorted(k for k in keys - switched_on if _auth_policy_key(k)):
                        what = f"{ev.op.model}.{policy[0]}"
                if what is None and not own:
                    what = _account_kind_set(ctx, ev, creates, flow)
                if what is None and creates and not own:
                    what = (
                        _member_created_with_role(ctx, ev)
                        or _account_created_with_role(ctx, ev)
                        or _account_created_from_parsed_role(ctx, ep.fn.node, ev)
                        or _account_created_from_action_schema(ctx, ep, ev)
                        or _sql_row_given_parsed_admin_role(ctx, ep.fn.node, ev)
                        or _seat_spread_from_parsed_role(ctx, ep, ev)
                        or _helper_account_created_with_role(ctx, ev)
                    )
                if what is None and not creates and not own:
                    what = _helper_role_change(ctx, ev)
                elif what is None and not creates and ev.op.api == "helper":
                    # (the caller's own row given a role the schema names, `saveUserType(db, me.id, type)`:
                    # a role changed, not a group joined or left)
                    what = _helper_schema_role(ctx, ev)
                # (new recovery codes or TOTP secret; a role written in a parsed object whose schema admits it)
                changed = (
                    None
                    if creates
                    else _second_factor_key(ctx, ev, set(flow.records))
                    or _helper_second_factor_off(ctx, ev)
                    or _schema_role_key(ctx, ep, ev)
                    or _schema_policy_key(ctx, ep, ev)
                )
                what = what or (f"{ev.op.model}.{changed}" if changed else None) or _sso_switched_off(ctx, ev)
            if what:
                yield ctx.finding(
                    META,
                    "by_write",
                    ep.anchor,
                    function=ep.fn,
                    endpoint=endpoint(ep),
                    what=what,
                    confidence=Confidence.HIGH,
                )
                break
        else:
            # an admin action: a change made in the app's admin area past a check that the caller is
            # an administrator (a team admin renaming or deleting in their own workspace is ordinary use)
            pages = _declaring_pages(ep)
            at = ep.fn.node.start_byte
            in_admin_area = (
                _ADMIN_AREA.search(ep.path)
                or _ADMIN_AREA.search(ep.fn.module.path)
                or _admin_module(ep.fn.module.path)
                or _operator_gate(ctx, ep.fn.node)
                or any(_operator_gate(ctx, page, at) for page in pages)
            )
            # (a middleware of the action's client or procedure that lets in administrators only)
            staff = bool(writes) and _staff_middleware(ctx, ep)
            # (a middleware letting in administrators or the holders of a permission the action names: handed
            # out, a task on the business's records is ordinary work; managing accounts, roles or permissions
            # is still the administrators' business)
            delegated = bool(writes) and not staff and not in_admin_area and _staff_middleware(ctx, ep, delegated=True)
            in_admin_area = in_admin_area or staff
            page_gate = staff or delegated or any(_admin_gate(ctx, page, at) for page in pages)
            # (what it changes is an account's privileges or balance: `credits`, `plan`, `role`, or a customer
            # tenant's fee; editing the console's catalogue or settings, a currency or a tax rate, is configuration)
            # (or signs an account out everywhere: its sessions revoked, as a ban does)
            # (or switches an account, a tenant's too, off or on: `bannedAt`, `suspendedAt: null`)
            # (a customer tenant's fee set past an administrator gate naming no tenant, `requireStaff()`: the
            # platform's own people, wherever the file sits; a tenant's admin gate names its tenant)
            terms = [
                e
                for e in writes
                if _changes_tenant_terms(ctx, e) and _tenant_free_admin_gate(ctx, ep.fn.node, e.node.start_byte)
            ]
            # (so is a purge past the app's own administrator gate, wherever the file sits: a set of records
            # erased; a tenant's administrator clearing its rows is ordinary use)
            terms += [e for e in writes if _purges(ctx, e) and _app_admin_gate(ctx, ep.fn.node, e.node.start_byte)]
            # (and a connector's credential written past that gate: `{ auth_config }`, `{ api_key }` of a data
            # source the server signs in to outside systems with; a user keeping their own is ordinary use)
            terms += [
                e
                for e in writes
                if _admin_connector_secret(ctx, e) and _app_admin_gate(ctx, ep.fn.node, e.node.start_byte)
            ]
            changes = (
                [
                    e
                    for e in writes
                    if _grants_privilege(ctx, e)
                    or _revokes_sessions(ctx, e)
                    or _switches_state(ctx, e)
                    or _rotated_secret(ctx, e)
                    or _moves_tenant(ctx, e)
                    or _opens_tenant(ctx, e)
                    or _changes_tenant_terms(ctx, e)
                    or _PERMISSION_TABLE.search(_table_name(e.op) if e.op is not None else "")
                    or _purges(ctx, e)
                    or _opens_login(ctx, ep, e)
                ]
                if in_admin_area
                else [
                    e
                    for e in writes
                    if _grants_privilege(ctx, e)
                    or _revokes_sessions(ctx, e)
                    or _switches_state(ctx, e)
                    or _PERMISSION_TABLE.search(_table_name(e.op) if e.op is not None else "")
                ]
                if delegated
                else terms
            )
            # (an admin module's export that checks nobody at all is still an admin action, unguarded: a
            # privilege granted, or an account locked, unlocked or suspended, or a tenant switched off or on,
            # `{ suspended: false }`)
            admin = next(
                (
                    e
                    for e in changes
                    if page_gate
                    or _admin_gate(ctx, ep.fn.node, e.node.start_byte)
                    or (
                        _unguarded(ep, e)
                        and (_grants_privilege(ctx, e) or _switches_state(ctx, e) or _opens_login(ctx, ep, e))
                    )
                ),
                None,
            )
            if admin is None:
                # (a person's record erased past a gate letting in the app's own administrative staff, wherever
                # the file sits: the office deleting a pupil or cutting a guardian's link; a tenant's admin
                # or a teacher doing classroom work is ordinary use)
                admin = next(
                    (
                        e
                        for e in writes
                        if _deletes_person_record(ctx, e) and _staff_role_gate(ctx, ep.fn.node, e.node.start_byte)
                    ),
                    None,
                )
            if admin is None:
                # (an account's balance or plan changed past the operator's money desk's gate, wherever the file
                # sits: `requireRole("finance")` adjusting a customer team's credits is a back-office action)
                admin = next(
                    (
                        e
                        for e in writes
                        if _grants_privilege(ctx, e)
                        and (
                            _back_office_gate(ctx, ep.fn.node, e.node.start_byte)
                            # (or the app's own administrator gate, `requireAdmin()`, changing a balance: money
                            # adjusted by an administrator is an admin action wherever the file sits)
                            or (_adjusts_balance(ctx, e) and _app_admin_gate(ctx, ep.fn.node, e.node.start_byte))
                        )
                    ),
                    None,
                )
            # (or sends money out: a refund or transfer past the normal rules; past an administrator's gate
            # wherever the file sits, a league's admin refunding a family too: money leaves the business)
            money = _money_out(ctx, ep.fn.node) if admin is None else None
            if money is not None and (
                page_gate or _admin_gate(ctx, ep.fn.node, money.start_byte) or _back_office_wrapper(ctx, ep)
            ):
                what = sx.callee_name(src, money)
                yield ctx.finding(META, "admin", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=what)
                continue
            # (a payout or refund an administrator records: the endpoint is named for the money, its
            # write is the ledger's row)
            paid = (
                next((e for e in writes if e.op is not None), None)
                if in_admin_area and admin is None and _names_money_out(name)
                else None
            )
            if paid is None and in_admin_area and admin is None and _names_tenant_archive(ctx, name, writes):
                # (`archiveGarden` updating the schema's own tenant, `{ isPublic: false }`: the tenant switched
                # off, as a suspension is; a catalogue row archived there is configuration)
                paid = next((e for e in writes if e.op is not None and _archives_tenant(ctx, e)), None)
            if paid is None and in_admin_area and admin is None and _names_suspension(name):
                # (an administrator suspending or banning an account or tenant, by the endpoint's name: its
                # update is the standing, whatever the column is called; not an entry added to a block list)
                paid = next(
                    (
                        e
                        for e in writes
                        if e.op is not None
                        and not e.op.verb.lower().startswith(("create", "insert", "upsert", "delete"))
                        and not (e.op.api == "sql" and not _SQL_UPDATE.search(ctx.text(e.op.call)))
                    ),
                    None,
                )
            if paid is not None and (page_gate or _admin_gate(ctx, ep.fn.node, paid.node.start_byte)):
                what = paid.op.model if paid.op is not None and paid.op.model else "stored data"
                yield ctx.finding(META, "admin", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=what)
                continue
            if admin is not None:
                field = (
                    _grants_privilege(ctx, admin)
                    or _admin_connector_secret(ctx, admin)
                    or _moves_tenant(ctx, admin)
                    or _changes_tenant_terms(ctx, admin)
                )
                what = f"{admin.op.model}.{field}" if admin.op is not None and field else ""
                what = what or (admin.op.model if admin.op is not None else "")
                yield ctx.finding(
                    META, "admin", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=what or "stored data"
                )
