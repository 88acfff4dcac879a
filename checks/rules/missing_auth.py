r"""Endpoint changes or reads private data without authentication.

## What it does
Flags a server action, route handler or `pages/api` handler that writes to the
database, reads user-scoped data, or deletes stored data outside the database (uploadthing
`utapi.deleteFiles`, @vercel/blob `del`, S3 `DeleteObjectCommand`, `stripe.accounts.del`; a file written, moved or
deleted on a WebDAV share through the `webdav` package, `client.putFileContents(path, data)`), changes the app's own
Stripe account (`stripe.products.update`, `prices.create`, `refunds.create`, a customer's billing portal opened with
`billingPortal.sessions.create`; a checkout session or payment intent
is how a public shop takes payment), runs a Supabase database function named for a change
(`supabase.rpc("delete_integration", { p_id })`; one named for a read and handed parameters reads the rows they pick,
so a session fetched but never checked whose id it is handed, `rpc("reviewer_stats", { reviewer: user?.id ?? null })`,
is used), accepts uploads through an uploadthing FileRouter's file route with no `.middleware()` (each
`f({ image: {...} })` chain of a router a route's `createRouteHandler` mounts), or hands out a
presigned upload URL (`getSignedUrl(s3, new PutObjectCommand({ Key }))`: its holder writes whatever they like)
or a realtime service's grant made with the server's key (Ably `new Ably.Rest(key).auth.createTokenRequest(...)`,
Pusher `pusher.authorizeChannel(socketId, channel)`, Liveblocks `liveblocks.prepareSession(userId)`),
changes a vector database the server holds the key of (Qdrant `client.createCollection(...)`,
`upsert`, `delete`; searches are reads), stores what the caller sent in a Redis key-value store, or removes
the record it names, in its own body (an Upstash/ioredis client, `kv.set(\`draft:${id}\`, { ...draft,
...changes })`, `kv.del(key)`; not a cache of what the server fetched itself, nor a limiter's `incr`),
sends money out through a payout SDK (Tremendous `orders.createOrder(...)`), changes
accounts through Supabase's auth admin API (`admin.auth.admin.deleteUser(id)`, `updateUserById`) or Firebase's
admin Auth API (`adminAuth.setCustomUserClaims(uid, { role })`, `updateUser(uid, { password })`, `deleteUser`),
acts on a
background job run the caller names (Trigger.dev `runs.cancel(runId)`, a public read token minted for
it), queues a background job or starts a workflow run (graphile-worker `addJob`, BullMQ `queue.add`, Vercel
Workflow's `start(workflow, [args])`), writes files, or runs a command that its caller or stored configuration
picks (`exec(cmd)`,
node:child_process, also made to answer a promise, `promisify(exec)`, execa, an MCP `StdioClientTransport({
command })`), runs a tool of a configured MCP server that the caller picks (`mcpClientsManager.toolCall(serverId,
toolName, input)` on an MCP client manager the project imports: the server's stored connection and credentials
act for the caller), sends what the caller names
to a service the deployment configures with the server's own secret in the request headers
(`fetch(new URL(path, serviceUrl), { headers: { "x-api-secret": process.env.SERVICE_SECRET } })`:
the service trusts the server, so the caller acts with its rights), also inside a project helper
it calls, with no authentication check on every path before it. Forwarding the caller's own token or
cookies, a public key (`NEXT_PUBLIC_*`) and a third-party API at a host written in the URL (a weather
or model API called with a key) are not that, unless the request changes a record the caller names with
the app's key: a DELETE, PUT, PATCH or POST whose URL path carries the caller's value (or, but for a
POST, whose body does): `fetch(url, { method: "DELETE" })` with the record's id in the path of `url`
and the key in its query string or headers. A fixed tool run on the caller's
input (`execFile("ffmpeg", args)`) and files written in the OS temp directory are processing, not a
change. Authentication done by a
next-safe-action/zsa middleware, the `.use(...)` middleware of a next-zod-route builder
(`export const GET = orgRoute.handler(fn)` with `orgRoute = createZodRoute().use(mw)`), a step of a
project action builder whose code builds an object with `use` and `execute` members
(`pipeline().use(requireMember()).execute(fn)`: each `.use(step)` runs before the handler), or a
project wrapper counts, resolved across files by what
its body does; also a wrapper called in the body with a callback (`return withAuth(async ({ user }) =>
...)`, nested as `sew(() => withAuth(...))`) when it calls that callback only past its own check
(a session, or a bearer token looked up by its hash); a check inside a callback a tracing call runs at once
and answers with (`return tracer.startActiveSpan(name, async (span) => { ...check...; return handler() })`,
Sentry `startSpan`/`withScope`) is the wrapper's own. A later next-safe-action `.use()` step that throws
unless the context's session, read and handed on by an earlier step, names someone (`if (!ctx.session.userId)
throw`) authenticates. A tRPC procedure exported as a server action (`export const x = createAction(router.proc)`
with `createAction = experimental_createServerActionHandler(t, { createContext })`), or tRPC v11's procedure
built on `proc.experimental_caller(experimental_nextAppDirCaller({ createContext }))` and exported from a
use-server module (`export const x = action.input(s).mutation(fn)`), is read the same way: its
`.mutation(fn)`/`.query(fn)` resolver is the action, `.input(s)` validates, and a `.use(mw)` step of its chain
(`t.middleware(({ ctx, next }) => { if (!ctx.session) throw new TRPCError(...) })`, on the session
`createContext` read) authenticates; a `publicProcedure` (`t.procedure`) does not. An exported API-key check
that finds the key's row by
the hash of the key presented (`update(apiKeys).set({ lastUsedAt }).where(eq(apiKeys.keyHash, hash(key)))`)
is the authentication itself, also when the key is hashed by a local helper that only digests it
(`createHash("sha256").update(key).digest("hex")`) and a missing key row is refused (`if (error || !row)
return 401`). A project helper that reads the session (`session = session ?? (await
getSession().then((s) => s?.session))`) and answers the rows it names or an object of nulls (`{ user: null }`) is a
session read: a middleware throwing on that `user` field signs the caller in. A Postgres setting made for a
row-level policy (`SELECT set_config('app.user_id', ...)`) reads no row. A session that is fetched but never checked
(`session?.user.id` with no `if (!session)`) does not count, nor does refusing when no row is found by it in a
Mongoose filter on a key the schema does not declare `required` (`const { userId } = auth(); const me = await
User.findOne({ clerkId: userId }); if (!me) return`: signed out, the filter is `{ clerkId: null }`, which matches
every document lacking the key). An inline action defined in a page past the
page's exit on the session (`if (!userId) return <SignIn />`) and closing over the value it tested runs signed in:
the server binds that value only in a signed-in render. Nor does an enforcing helper whose refusal a
`.catch` swallows (`await verifySession().catch(() => null)`: the redirect becomes `null` and the action
carries on), nor a project `validateRequest(request, schema)` that only runs the schema over the body (no cookie,
header, session or token read), whatever Lucia's reader is called; a door's PIN step (`door/[token]/verify-pin/`) is
a code check like `verify-otp/`, and so is a person's PIN checked against the hash on their row with nobody signed
in, answering that verdict alone (`const ok = row?.pinHash === hashPin(pin); return { ok }`), whatever it is called;
answering a field of the row beside it, or writing once it matched, is more than a check.
A row read by a client-chosen id counts as private when its
secret fields are used (`customModel.api_key`), and rows picked by a caller-chosen person or tenant id
(`where: { userId }`, `eq(workPeriod.employeeId, employeeId)`, `where: { organizationId }`, Supabase's
`.eq("user_id", userId)`) are that
person's or organization's data unless the filter keeps public rows only (`isPublished: true`), and rows
a filter keeps to drafts (`.eq("status", "draft")`) are private whatever the table;
so are raw SQL reads filtered that way (postgres.js ``sql`... "interviewerId" = ${id}` ``, `pool.query("...
author_id = $1", [id])`, mysql2's `author_id = ?`, also glued in, `"... tenant_id = '" + tenant + "'"`, also
in a project helper handed the client's value; a table the schema leaves out also
by the key of a record the schema files under a tenant, `readings WHERE meter_serial = '${serial}'` of `Meter {
coopId }`, not a catalogue's entry), rows picked by the e-mail
address the caller typed (more than their ids), and a
whole row (no fields picked) found by the caller's id of a model whose schema holds an e-mail, a phone
or a credential (a raw `SELECT *` of a table the project declares with drizzle, in its own SQL migrations or in
Supabase's generated `Database` types, by its declared columns, a birth date or medical notes among them).
Audit-trail rows (`auditLog`, whatever column picks them) are private (and an insert into
the audit table after a session fetched and left unchecked is a write: anyone forges the trail, though not
the trail's record of the refusal written in the sign-in check's branch that then exits, `if (!session?.user) {
writeFailure({ status: "failure" }); return 401 }`), and so is a
field a read picks that is named as kept from outsiders (`internalNotes`, `private_memo`), a personal field
inside a nested relation's `select`, or the business's customer behind a row (`customer: { select: {
name: true } }`), or its people pulled in whole and sent back
(`include: { customers: true }`, also through a module constant, `include: productInclude`; a Drizzle
relational read's `with: { contact: true }`, or a contact detail its nested `columns` pick, `with: { contact:
{ columns: { contactEmail: true } } }`), or, in a Supabase select, a related table named for someone's data
embedded whole (`select("*, applicants(*)")`).
A sign-out that writes many rows keyed by a session value no check proved
(`deleteMany({ where: { userId: userId ?? undefined } })`), or writes a row the caller names by a client id
with nobody checked (`User.findByIdAndUpdate(data.userId, { active: false })`), is not exempt as a sign-out;
nor is a sign-in (`loginUser(email, uid)`) that seals into its cookie session an account found or made from what
the caller sent while naming no password, code or token anywhere; nor an action named like a verification
step (`verifyIfUserExistsByEmail(email)`) that answers the whole row the typed address finds while its body
reads no code, token or password.
A whole Mongoose document read by a client id, of a schema holding contact details or a credential
(`token`), is private (a filter on the token itself is the caller's credential). So are every row of a Prisma
model holding an e-mail, a phone or a credential (`client_password_hash`) listed whole with no filter
(`prisma.clients.findMany()`, also only ordered or paged) and sent back, and every document a helper lists
(`Donation.find()`) with a relation populated whole whose referenced model holds them (`.populate(["user",
"donor"])` of `donor: { type: ObjectId, ref: "Donor" }`). A modular Firestore query on a collection kept in a
local (`const col = collection(db, "creations"); getDocs(query(col, where("userId", "==", userId)))`) reads it,
and a `where` on an owner field with the caller's value picks someone's documents; Firebase Storage's
`uploadString`/`uploadBytes`/`deleteObject` change stored data, and so do a GridFS upload
(`bucket.openUploadStream(name)`) and a Stripe payment intent cancelled or captured. A Mongoose filter on an
owner field with the caller's value (`Toast.find({ userId: userId })`; not the account model's own handle)
picks someone's documents, and a purchase is someone's order. Copies of sent mail (a Prisma model with `to`,
`subject` and a body) listed and answered hand out the recipients' addresses and the links they carried.
A reset request named for the mail it sends (`sendResetEmail(email)`) is the password-reset request.
An action resetting a network's or device's
password (`resetWifiPassword`) is no password-reset step. A row found with an
unchecked optional session in its filter (`ownerId: session?.userId`: undefined when signed out, and Prisma drops
the condition) proves no sign-in; an endpoint named like a public form that lists the rows the form collects
(`waitlistEntry.findMany({ where: { eventId } })`) is no form; a drizzle `select()` of every column of a table that
declares a secret (`qrSecret`) is private; GPS pings and location trails (`ping`, `locationHistory`) are
someone's whereabouts; and an organiser is a tenant (`where: { organizerId }`). A second-factor reset
(`resetTwoFactor`) is no password-reset step. A session minted for a user id the caller sends
(`lucia.createSession(userId)`, its cookie then set) with no test that refuses first (a code or password
checked) is a write: the caller signs in as whoever they name. So is a jose token signed over claims the
caller hands in whole (`encrypt({ ...payload, expires })` of a use-server session module, the token then set as
its cookie): the caller picks the account and the role. A provider's token fetched with the app's own stored
credentials (`const { gatewayPassword } = settings`) signs the server in there, not the caller here.
A domain's own tenant, read off the schema
(what a membership model with a role joins users to: `foundationId` of `Membership { userId foundationId
role }`), is a tenant too: rows of a model carrying its column, picked by a client value and sent back, are
private unless the read keeps to the public catalogue (`where: { status: "published" }`); so are the documents
of a Mongoose model whose schema declares a tenant key by its usual name (`tenantId`, `orgId`). So is the
company an account belongs to (`User { role companyId }`, when at least two other models carry `companyId`):
a tenant model's rows picked by a client value, or all of them (`findMany()` with no filter), sent back (also
through a model's answer written from their fields: `generateText` asked to summarise the row). So are all the
rows of a Supabase table that the project's own SQL declares with a required column filing each row under a person
or a tenant (`org_id uuid NOT NULL`, no visibility column), read with no filter and sent back, or picked by a
value the caller sends (`.eq("location_id", input.locationId)`; not by the public slug in a URL, not a count).
So are all the rows of a drizzle table declaring a person's e-mail, phone or a credential (`db.select().from(clients)`,
no filter, no columns picked, sent back), and raw SQL rows picked by an e-mail column the caller fills (`WHERE
guardian_email = ?`), unless only ids, a constant or a count are selected. Security
logs are private by name (`activityLog`, `accessLog`, `loginAttempt`, `securityEvent`). An unauthenticated
exported read is also private when its own module runs it past a sign-in check in another entry point
that also writes that model (`export const getXClient = action.use(auth).action(() => getX())`): the module
treats the rows as the signed-in users' own. So are a drizzle table's rows filed under a tenant (`crew_shifts {
operatorId }`), picked by a client value and sent back past a session fetched and never checked (`const { user }
= await validateRequest()`, only `user?.id` logged): the action was meant for that tenant's people.

A mail whose recipient and content the caller both chooses (`send({ to: mail.to, subject: mail.subject,
html: mail.html })`, an SES `SendEmailCommand` built so; the caller's whole mail handed to the mailer,
`sendMail(input.mail)` or `sendMail({ from, ...letter })`; also the JSON body of a `fetch` to a mail provider's
send endpoint, `api.brevo.com/v3/smtp/email`), with no check before it, is an open relay: the
server's sending identity lent to anyone (a fixed message to the address given, a public contact form
mailing the team, is not).

An action that decrypts what the caller sends with a key made from the server's secret and answers the
plain text (`createDecipheriv(alg, scryptSync(process.env.ENCRYPTION_KEY, salt, 32), iv)`), with no check
before it, is a decryption oracle: whoever holds a ciphertext the app stored reads it in clear (a key made
from a passphrase the caller types is the caller's own). So is an export of a use-server file answering a
sibling lookup open to anyone (`requireBoardEditor(memberId, boardId)` returning `seatOnBoard(memberId,
boardId)`), however much its name reads like a guard.

A webhook's signature check that runs only when the header came, or the secret is set (`if (SECRET &&
signature) { if (!verify(body, signature)) return 401 }`, then the work, with no `else`), lets in a request
without the header: it authenticates nothing (`if (!signature || !verify(body, signature)) return 401` does).
A presigned upload whose command is built in a local first (`const command = new PutObjectCommand({...});
return getSignedUrl(s3, command)`) hands out the write like one written in place.

A cookie named for impersonation set to a user id the caller sent (`cookies().set("kp_impersonate", userId)`)
with no check before it is the operation itself, though no row is written. A field of an iron-session
(`session.marinaId` of `getIronSession(...)` or a helper answering it) is undefined until a sign-in sets it, so
unchecked in a filter it proves no sign-in, as `session?.userId` does not. A stored file signed for anyone
(`storage.from(bucket).createSignedUrl(model.file_path)`), its path read off a row the caller's id picked from a
table the project holds to its owners elsewhere (`.eq("owner_id", user.id)`) with no visibility filter
(`.eq("is_public", true)`), hands out private files. Not flagged: a public form's lookup
of a tenant by its slug whose people's picked addresses only receive the notice (`sendSms(dispatcherPhone,
...)`), none of it answered; a read filtered by a record found with its own visibility filter (`marinaId:
marina.id` of `findFirst({ where: { slug, isPublic: true } })`), which keeps the public rows; and rows kept by
a filter comparing a secret-named field with the caller's value (`holds.filter((h) => h.holdToken ===
holdToken)`), each then written by its own id; nor a read of one row by its own id and the e-mail on it, both
from the caller (a guest's order-tracking lookup); nor the distinct values of one category column (`distinct:
["practiceArea"]`, picked alone) of the rows under a tenant found by its public slug: a dropdown's options.
A session read and then dereferenced plainly through its user (`session.user.id`, supabase's
`data.user.id`, no `?.`) before the work throws when nobody is signed in: the work after it runs signed in.
So does a Prisma `findUnique` keyed by the optional session id alone (`user.findUnique({ where: { id:
session?.user?.id } })`: an undefined unique key is refused, nothing read), and a test of the row it finds
(`if (!user) return 401`) is the sign-in check; `findFirst` drops the undefined condition and answers any row.

A key the server process keeps for its own start-up call (`if (key !== globalThis.bootKey) return 401`) is a
shared secret, as `process.env.X_KEY` is; a process-wide cache or public key is not. So is a device's own stored
token that a project helper compares with the one presented in a request header (`return d.token === presented`
after reading the device's row, the route answering 401 on `false`; the `===` is timing-unsafe-comparison's
finding); a column that is no secret (`d.label`) is not, nor is a verdict the route drops.

Records about people who need not sign in are private data though their table has no user column: a table the
project's SQL declares with a birth date or health column (`pupils { date_of_birth, medical_notes }`), one keyed
to it by a foreign key (`absences`, `attendance`), and such rows embedded in another read (`select("title,
slip_signatures(signed_name)")`); so is a Mongoose model whose schema declares such a field, or names such a
model by one id (`patient: { type: Types.ObjectId, ref: "Patient" }`: `LabResult`). Not a table keyed to the
account table (`profiles`, `users`, one keyed to
`auth.users`): the reviews the app's users write stay as public as before. A school's `students` (`pupils`) rows
are such records whatever their columns (pass 41). So are the rows of a table Supabase's generated `Database` types
hand to people through a link table of nothing but a person's id and a key to it (`teachers (class_id, teacher_id)`:
`classes`), and the rows one key below it (`seating_plans.class_id`), read and sent back with nobody signed in; not
such a table with a public face (a visibility flag, a slug, a price or a status: a course catalogue keeps its
instructors that way too).
So are the whole rows of a code store (coupons, vouchers, gift
cards, promo codes) read with no code the caller typed (`Coupon.find(query)` answered): whoever reads a code can
spend it; the checkout's lookup of the one code its holder typed, and a read choosing display fields, stay public.

## Why is this bad?
Every server action and route handler is a public HTTP endpoint. Anyone can call it
with any arguments, signed in or not (CWE-306).

## Example
```ts
"use server";
import { db } from "@/lib/db";

export async function deletePost(id: string) {
  await db.post.delete({ where: { id } });
}
```

## Use instead
```ts
"use server";
import { auth } from "@/auth";
import { db } from "@/lib/db";

export async function deletePost(id: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await db.post.delete({ where: { id, authorId: session.user.id } });
}
```

## Not flagged
An entry point the code declares public: built on a next-safe-action / zsa client or a tRPC procedure named so
(`publicActionClient`, `publicProcedure`, `unauthenticatedProcedure`, `guestAction`) with no middleware that
signs the caller in, while all it does is read, insert new rows, send messages, presign an upload to a key the
server makes, or finish the rows it just inserted; and, for its reads only, an action whose own name says public
(`getPublicOrg`, `listPublicEvents`). (Flagged still: such an entry point updating or deleting existing rows,
filing a row as the account the caller names (`userId: input.userId`), or, named public only, writing at all.)

Rows read only to be counted or tested (`return rows.length`, `rows.length > 0`, a drizzle select of
`sql\`count(*)\`` only; the rows printed to the server's console besides), with no filter by a person's or tenant's
id or the session: a head-count of a status or a year. (Flagged: the count of the rows of the person the caller
names, `where(eq(t.userId, userId))`.) (Flagged too: a server-sent event stream, `new ReadableStream({ start(c) {
... c.enqueue(...) } })`, whose source reads a row the caller picks and enqueues it: the stream is the answer; a
drizzle read that joins a table of people only to pick one by the caller's value, `leftJoin(students, ...)
.where(eq(students.lrn, lrn))`, answering that person's records; a Prisma `findMany` answering its account
relation's e-mail or phone, `select: { user: { select: { email: true } } }`; a Firestore document read by the
caller's id whose contact fields the answer names.)
(Flagged too: a handler exempt only by its `public/` route folder that updates or deletes a row the caller picks by
id; the folder's reads and new rows stay exempt.) A read by an action of the `(public)` route group, with no session
read and no contact field or secret picked, of no private table: the pages anyone may open show that data.
(Flagged: an OAuth callback that writes into a row a cookie names as it was read, `where: { id:
jar.get("qb_org")?.value }`, before anyone is signed in; the provider's answer to the code vouches for the
caller's account there, not for whose record here.)
Authentication endpoints (login, sign-up, password reset request (not a reset step that itself writes a new
password on the account the caller names with no token, code or session), `sendPasswordResetCode`, `forgetPassword`,
a PIN account's reset request, `requestPinReset`,
an account-recovery request, `emailRecoveryAction`, `recoverAccount`, also by its route folder,
`pages/api/forgot-password/` or a pages-router `forgot.ts`, not under a route parameter, email verification,
also by its route folder
(`api/verify-email/`, not under a route parameter), a one-time-code route (`api/chat/[slug]/otp/`,
`api/verify-otp/`; not a member's, `users/[id]/otp/`, nor the user's own `settings/otp/`), a SAML
assertion consumer service `sso/saml/acs/`,
magic links (also an inline action handing its form to such an exported step, `await sendMagicLink(fd)`),
also by what they do: a token's hash stored, also by raw SQL, and the link mailed, past a
rate limit or through a mail helper named for a sign-in link, `sendMagicLinkEmail`, or by its name,
a request for a sign-in link of a kind of account, `requestMemberLoginLinkAction`; an account's activation
(`activateAccount`, `activate(code)`; not `activateTariff`, a record an operator switches on); not an entry
point named for a sign-up only as the object of another verb whose code makes no account (`cancelShiftSignup`
updating a booking row, with no e-mail, password, phone or username in sight); also a pages-router
handler named for the step, `pages/api/mobile/login.ts`, and an
action of the sign-up pages, `app/(auth)/sign-up/actions.ts`, that only creates new rows pointing at
nothing but what it just made: a new agency and its owner's invite; an action a sign-up page calls (imported
by a module under `signup/` that names it, `add_vendor`) filing only new rows, one an account whose login and
password (hash) columns come from the caller, `{ vendor_email, vendor_password_hash }`; a guest account made
for a visitor,
`User.create({ role: "guest", email })` filed under no id of the caller's), public forms (contact,
newsletter sign-up, feedback, a visitor's enquiry, `submitLead`, a job application sent from a `careers/` page,
`submitApplication`, `quickApply`, a resident's complaint or tip-off,
`fileComplaint`, `submitAnonymousTip`; an unsubscribe or opt-out counts only
when it exits unless a check
handed the link's token passes: by address alone, anyone opts anyone out; a helper handed only
`input.token` finds its row by the caller's secret; also the actions of a form's own page,
`listings/[id]/enquire/actions.ts`, while
they file new rows; also by what they write: a new,
free-standing demo-request, waitlist, feedback, enquiry or lead row with no user, team or
other record id, also filed by raw SQL: `INSERT INTO supplier_leads (company, email) VALUES ($1, $2)`)
while they file new rows (an update or delete of existing rows chosen by a
client-sent id, `saveFeedback(messageId, score)` or `where: { id: note.id }`, is not a form submission,
nor a bulk import, `createMany` of a list, nor an update or delete of the rows a fetched, unchecked session
picks, `deleteMany({ where: { email: user?.email } })`; an action named for a form that files and sends
nothing, `previewNewsletter(id)`, is a reader, judged by what it reads,
nor is a row filed as an account the caller names, also through a Prisma relation to an account model,
`pilot: { connect: { id: pilotId } }`), endpoints that only file
new rows under a record the server looked up (a guest's table booking or review for `venue.id`,
also an ORM relation set to its id, `berth: berth.id`)
past a rate limit, with no session read anywhere (the author bounded anonymous callers on purpose),
handlers that throttle callers by their address themselves (`await formLimiter.limit(getIp(req))`, also
behind `if (formLimiter)`, a key holding the IP or `x-forwarded-for`, also a project helper called as a statement
that keys its own limiter by the address it reads, `await rateLimitByIp("donate")`; not a limiter merely named for
IPs, `limitByIp("guest:" + email)`) and read no session anywhere, while they file or read rows: not account or
session records, not rows tied to a record the client names (a row the handler's own query answered, also one it
just upserted by the address typed, is no such record), not updates or deletes of rows a client value
picks (the row the handler just filed or found itself may be updated), a delete of the credential row the
caller's own session cookie holds (`delete().eq("id", jar.get(PENDING_TOKEN)?.value)`, also through a
project helper handed nothing: a pending sign-in cancelled, a sign-out),
a device's pairing step (a one-time code the caller sends compared with a
stored row's hashed one, a mismatch turned away, then a fresh secret minted and handed over as a cookie or in
the answer: the code check is the device's sign-in, and the row read to compare is part of it; comparing
without turning the mismatch away, or no code at all, is still flagged), a presigned upload to a key under a
fixed folder whose first varying part the server makes fresh (`` `resumes/${randomUUID()}-${name}` ``,
`Date.now()`) with no session read (an anonymous applicant's file slot: nothing of anyone's is overwritten;
a key the caller names, or a folder it picks, is still flagged), reads of public data (also the reads of a
route handler marking its answer `Cache-Control: public`, which any shared cache hands to anyone; a model
private by name only through the generic head "record", `TuitionRateRecord`, whose schema ties no row to anyone:
a catalogue entry, also read through a service helper; a priced Prisma catalogue people pick from,
`Subscription { title price }` keyed from `User { subscriptionId }` with no owner, parent or personal field;
rows of a model whose visibility column makes
them public unless hidden, `isPublic Boolean @default(true)`, a community's posts by community or author,
unless the read asks for the hidden ones, `isPublic: false`; a raw SQL read whose WHERE clause keeps published
rows among its `AND`-ed terms, `WHERE is_public AND owner_id = $1`, picking no personal column (not under an
`OR`); a profile read whose Prisma `omit` leaves out
every contact and credential column of the schema; also a
listing's advertised pay range and its firm's address picked by name,
`select: { minSalary: true, companyEmail: true }`; a row found only by a slug or a publishable or widget key,
`where: { publishableKey }`,
with non-private fields selected; not a read the entry point itself puts behind a sign-in or role gate it never
awaits, `requireAdmin();` then `SELECT id, name, plan FROM tenants`: its author calls that data private; nor a
raw `SELECT *` of rows the caller picks from a table the Prisma schema declares with contact details, `SELECT * FROM
"Donor" WHERE "charityId" = $1`, nor one whose column list names a contact detail or credential, sent back,
`SELECT applicant_name, applicant_phone FROM permit_balances WHERE permit_number = ?`, of any table; a
sum or count of the rows under a record found by its public slug among the shown ones, `where: { slug,
status: "live" }`, is public: a live appeal's raised total), a beacon appending a new, free-standing click
or page-view row (`INSERT INTO link_clicks (slug, referrer)`, `pageView.create`; no `...Id` column), the log,
request and cron-run rows a request-logging wrapper the handler hands its work to as a callback appends (and prunes by
age) for every request (`return withJobLog(opts, () => handleGET(req))`, the callback checking the cron
secret itself), the row a project logger named for its level appends for each line it logs
(`error("payment failed", meta)` keeping a `Log` row, also from a catch block), the counter rows a rate
limiter keeps in its own table (`applyRateLimit(limits.search, req)` upserting a `RateLimitCounter` row or
pruning the expired ones: what the handler does past the limit decides), handlers their
wrapper declares public (`PublicEndpoint(handler)`, as
a `public/` route folder does), the rows of an anonymous widget's visitor picked by the random id their
browser keeps (`{ siteId, visitorId }`), sign-ups by what they do (an account row created, then a
session for it, `lucia.createSession(user.id)`; or, as missing-rate-limit reads a sign-up, the caller's password
hashed into a new account row, also by a helper handed the form, `createClientUser(user)`, when the address is then
mailed a confirmation and nothing but new rows is written: an account made with no mail, staff added by an action
nobody signs in to, is still flagged), survey answers (`submitSurvey`) as feedback forms, an
inline action of a public page that bumps a counter of the row the page shows, picked by the page's own
route value (`update article_votes set up = up + 1 where slug = ${slug}`, a "was this helpful" vote),
a view counter bumped by one for any reader (`data: { viewCount: { increment: 1 } }`, drizzle's
`` .set({ downloads: sql`${t.downloads} + 1` }) ``, Mongoose
`{ $inc: { viewCount: 1 } }`, Firestore `{ count: snap.data().count + 1 }` or `FieldValue.increment(1)` in a
collection of clicks or views (`link-tracker`, the first click stored as `{ count: 1 }`), also `clicks`,
`impressions`, `downloadCount`, one named in the past tense, `{ $inc: { visited: 1 } }`; not votes, likes or
credits), a read-through cache: a new row, with no session read, of only what an outside API answered
(`fetch`, also in a project helper), filed in the table the handler looked in first and found empty
(`if (!stored) { const answer = await fromCarrier(ref); await DepotList.create({ depots: answer }) }`; one
keeping a value the caller sent, filed without looking first, or an update is still a change), a guest
checkout by what it does: with no session read, only new orders that keep the buyer's typed contact details
inline under no account (`new Order({ lines, total, user: { id: `guest-${randomUUID()}`, phone, email } })`;
an order with no buyer's details, filed under `userId` or a record or buyer id the caller picks, or beside an
update of another row, is still flagged),
endpoints whose middleware or wrapper authenticates (also wrappers composed from an auth
middleware, `withMiddleware(handler, authMiddleware)`; Auth.js v5's `auth(async (req) => ...)`
only when the handler tests `req.auth`), route handlers that verify a
webhook signature, a cron secret or an API key before their work (also @octokit/webhooks'
`createNodeMiddleware(new Webhooks({ secret }))` or `webhooks.verifyAndReceive(...)` called by the handler,
or in a branch of it on an App a project factory builds, `await app.webhooks.verifyAndReceive(...)` alone or in
a `try` whose `catch` leaves, for what follows in that branch:
the handlers registered with `webhooks.on(...)` run only past its signature check; also a secret checked only when it is
set, when the branch without it answers every production request, `else if (NODE_ENV === "production")
return 500`, or when the test leaves only a development server without it, `if (!isDev) { ...401 }` with
`const isDev = NODE_ENV === "development"`; also through a project helper that
looks the key up by its hash and answers a built response, one status past its check and others on a
miss, when the handler exits on `if (res.status !== 200) return res`; also either of two such helpers,
`(await tenantFromBearer(req)) ?? (await tenantFromHeaders(req))` then `if (!tenant) return 401`, where a
helper answering `null` before its secret comparison and a record only past it is one; also a helper answering
a constant-time match behind a length test, `return got.length === want.length && timingSafeEqual(got, want)`,
when the handler exits on `!matches(header)` (a length test alone, or another way to true, is no secret
check); also work under
`if (customer)` of a local declared empty and given a value only past such a check, `customer = await
find(email)` after an e-mail HMAC answering 401 on a mismatch). `middleware.ts`/
`proxy.ts` never counts for a server action: action requests can be posted to any path. A route
handler answers at its own path only: a `middleware.ts`/`proxy.ts` function whose `config.matcher` runs it
there and whose own test of a prefix of that path answers 401/403 or redirects when the session it read is
missing authenticates it (a cookie's presence is no session; a library middleware is not read; a
catch-all matcher `/((?!_next/static|favicon.ico).*)` runs it on every path but those it names, and a
branch `if (path.includes("health") || isLoggedIn) return NextResponse.next(); return 401` refuses
anonymous callers on paths the other terms miss; so does Supabase's `updateSession(request)` helper whose
answer the middleware returns, when it redirects a caller without `getUser()`'s user on every path its
allow-list (`!path.startsWith(PATHS.login) && ...`, constants read across files) leaves out, and no earlier
`return` lets that path through; a helper that only refreshes the cookie signs nobody in). An
export that only builds a cached reader and hands it back (`(id) => unstable_cache(async () =>
db.x.findFirst(...), keys)`, React `cache`) runs no query when called: its caller runs it. A session reader
whose every return hands back fields of the verified session and whose other ways out redirect
(`verifySession = cache(async () => ...)`; also one field, `return row.userId`, and the cookie of a sign-in
waiting for its second factor, `jar.get("app_2fa_pending")` looked up by its hash), and Stack Auth's
`getUser({ or: "redirect" })`, stop a signed-out caller themselves. A bearer token verified by a
project helper that answers the claims or nothing (`token ? parseToken(token) : undefined`, then
`if (!claims) return 401`) authenticates; so does
better-auth's `auth.api.signInAnonymous(...)` in the branch without a session (a guest signed in on the
spot, or the error thrown), and better-auth's own-account endpoints handed the request's headers
(`auth.api.setPassword({ body, headers: await headers() })`, `changePassword`, `updateUser`: its session
middleware throws without a session), and its organisation plugin's `auth.api.hasPermission({ headers, body })`
(also inside a project helper answering `Boolean(success)` and false on an error), its answer tested with an
exit). A signed token verified in the entry point's own body
(jsonwebtoken `verify(token, key)`, jose `await jwtVerify(token, key)`, an SSO sign-in's partner JWT,
Firebase Admin's awaited `adminAuth.verifyIdToken(idToken)` / `verifySessionCookie(cookie)` on `getAuth()` of
`firebase-admin/auth` or `admin.auth()`, also bound in another file) authenticates what follows, unless a catch
that carries on swallows the failure. A session read
that only runs sometimes (`providedUser ?? await requireUser()`) does not count either.
A public read that a session only narrows (`if (session) { ...the caller's follows... }`, the
session read nowhere else but in tests and in branches where a test showed it present) is a read
of public data; `session?.user.id` read outside such a branch is still a finding.

Also not flagged: an action without inputs whose every answer is a yes/no (`return
conf?.sms?.enabled === true`: a site-wide switch), or with inputs when its reads keep a time window picked
by no person's id (`isBarberAvailable({ barberId, date })` over `date: { gte, lt }`: whether a slot is taken), a session
read in parallel with other work
(`Promise.all([auth(), ...])`,
better-all `all({ session() {...} })`) and checked before the results are used (also a row read
first only to name what a sign-in helper checks, `requireSpaceOwner(deal.Space.slug)`, its refusal handed
back, `if (access instanceof Response) return access`), or a throwing
guard awaited among them (`const [ctx] = await Promise.all([requireAuth(), ...])`; not
`allSettled`, which never rejects, and not work in the same array, which runs alongside it); a helper
whose first step throws without the session user it is handed (`assertGroupVisible(user)`);
the work of a helper handed session-derived values (`index({ communityId, permissions })`, the
permissions a project service worked out from the session) past its own check of them (`if
(!permissions.user) return { status: 403 }`), and its reads before that check whose rows only
conditions test (a check after the write, or in one branch only, is still flagged); a helper
that verifies the request's HMAC; an inline action that checks the session its page
closed over; a row found only by a caller-held secret token (an emailed cancel link), also trimmed first
(`raw = token.endsWith(".ics") ? token.slice(0, -4) : token`) and through a project lookup, the work past
`if (!row) return 404` then done for the person the token names (a calendar feed URL); reads
of a profile model whose schema (mongoose or Prisma, a split schema folder too) holds display fields only, or that
selects display fields only (`select: { id: true, name: true, image: true }`, drizzle's
`db.select({ id: userTable.id }).from(userTable)`); a public read that
the session only personalises through a nested relation's filter with a stand-in for visitors
(`include: { vote: { where: { userId: session?.user?.id || "" } } }`: the caller's own votes, none
for a visitor; with no stand-in the filter vanishes for a visitor and it is still flagged), or only through
the condition of a Kysely `leftJoin` (`join.onRef(...).on("best.userId", "=", viewer?.id!)`: the outer rows are
anyone's, the joined ones the caller's own; not an `innerJoin`, nor the read's own `where`);
event handlers registered on a library bot (`bot.onNewMention(cb)`), which run when the
library dispatches a verified event. Mongoose documents saved back (`doc.save()`) count as writes.
A project request helper that reports a missing session in its result (`const { auth, error } =
await parseRequest(req); if (error) return error();`) counts when its body sets that field on every
path where nobody is signed in (its answer kept without that test, `const { session } = await
checkSupportAgent()`, or dropped, checks nobody: the helper stops nobody itself); so does supabase's own
`getUser()` error (`const { data, error } =
await supabase.auth.getUser(); if (error) throw ...`, also handed on by a helper or a wrapper's
failure): current auth-js answers `AuthSessionMissingError` for a signed-out caller (older ones a
401). `getSession()`'s error (it reads the cookie without verifying it), an error only logged, or
another call's error is still flagged. One-time codes for visitors: an endpoint that stores a code
and mails it (an OTP or magic-link request) may write its code store (`verificationToken`);
one that finds the code row by the caller's code (`where: { token: code }`; also the `code` column of a
verification-code table, `verificationCode.findFirst({ where: { code, kind } })`, not a discount code) and exits
when there is none has signed the visitor in. Clearing codes without mailing one, or finding them
by the email alone, is still flagged. The last step of a sign-in (by what it does, whatever its
name): a pending sign-in token from the caller's cookies handed to a call whose result's cookies are
then set (the session it issues), and work done only once that call succeeded (`if (result.success)`);
work before it, or without a token read from a session/auth cookie, is still flagged.
Session readers built on next-auth's `getToken({ req })` (`next-auth/jwt`) count, also when they
answer a refusal message instead of nothing (`if (typeof token === "string") return 401`); so does a
sign-in helper's verdict whose field must hold a fixed value to go on (`if (result.status !==
"success") return 400`). A row read only to learn whether it exists (`if (!target) return 404`, none
of its fields used, or rows counted against zero: `available: rows.length === 0`, or only negated into a
yes/no: `return { isPublic: !error }` of a Supabase read keeping its `error` alone) reads nothing
private; a count (`unread: rows.length`) is still flagged. A helper handed the session's user id
(`getSettings(session?.user?.id ?? null)`) whose first step answers without it (`if (!userId) return
defaults`) reads only for a signed-in caller. A public form by shape: a mail helper's own lookup
(the recipient's unsubscribe preferences) when the endpoint, past a rate limit and with no session
read, mails an address the server fixed (`to: "help@" + env.EMAIL_DOMAIN`), not one the caller
sends; route folders are read in kebab-case too (`demo-requests/`). A single sign-on step by its
route (`.../sso/route.ts`, also `saml`, `oidc`: "may this e-mail use SSO here?") that only reads,
past a rate limit, with no session read; one that writes, or reads without a limit (an
organization's SSO settings), is still flagged; so is an action of the sign-in pages' module
(`app/(auth)/sign-in/actions.ts`, `login/`) answering which method an address may use. A rate-limited
request that stores only the hash of a token it then mails (a magic-link or reset request) is an
authentication entry point by what it does; one that also stores what the caller sent, or hands the
token back, is not; so is one, limited or not, that draws a code at random (`randomInt(...)`,
`Math.random()`), stores its hash in the row's sign-in code column (`pickup_pin`, `otp_hash`, `login_code`;
not a share link's `share_token`) and mails it. A public form may file its row in a nested create under a
record the server found
(`applicant: { create: { boardId: posting.boardId } }`), with the file it takes uploaded past the same
limit. A sign-in that reads the key
the caller's signed token is verified with (`verify(token, config.sso_secret)`), the row used for
nothing else, reads it as part of the authentication. A use-server export whose first step calls a
method on a parameter that nothing a client can send has (`logger.getConfig()` on a `Logger`:
arguments arrive as plain data) throws for every client call: a server utility, not flagged.
Development helpers whose first statement answers every production request and stops
(`if (process.env.NODE_ENV !== "development") throw ...`, `if (NODE_ENV === "production") return 404`),
or whose whole body runs outside production only (`if (NODE_ENV !== "production" && LOCAL_LOGS) {...}`,
then at most a fixed answer); a check for development or test only, or a feature flag alone, leaves
production open and is still flagged.
The step of an authentication flow whose credential is the caller's own secret: a recovery code or token
parameter compared with the stored one before anything changes (`if (recoveryCode !== stored) return
false`, and the read of that stored value), a row found by the hash of a token the caller presents
(`const id = sha256(token)`, then `.where(eq(resets.id, id))`) and that same row touched again. Regenerating
a recovery code (`resetUserRecoveryCode(userId)`) is no password-reset step. A read whose own filter keeps
published rows only (`eq(t.isPublished, true)`, `status: "published"`) reads what its owners chose to
show, unless it picks a personal field (an e-mail, a phone); so does a read tested right after away from
a draft state (`if (!permit || permit.status === "DRAFT") return []`), and chosen fields of the rows
under that record (its inspections' `kind` and `result`), also of a record found with the flag in its own
filter and a 404 when missing (`garden.findFirst({ where: { id, isPublic: true } })`, `if (!garden) return 404`,
then its tools by `garden.id` alone). A raw SQL read of a table kept outside the schema by the id of the schema's
own tenant (`WHERE garden_id = ${id}` of `Garden`) reads that tenant's rows. A filter leaving drafts out (`status <>
'DRAFT'`, `NOT IN ('draft', ...)`) is no read of drafts.
Queries through a Prisma client extended with a query hook that throws without a signed-in caller
(`prisma.$extends({ query: { $allModels: { async $allOperations({ operation, args, query }) { const
orgId = await currentOrgId(); if (!orgId) throw ...; return query(args) } } } })`) are authenticated,
per operation and model as the hook decides them (creates it lets through first are not; the client
it was made from never is). A read before the session check whose record leaves unauthenticated only
in the branch of its own visibility flag (`if (board.isPublic) return board.notes`) answers public
data there; a Prisma `count()` of a whole table, or of what a constant filter keeps, is a site-wide
total; an ORM read run as a statement of its own (`await db.project.findFirst();`, a health probe) hands
nothing of the row to anyone. Reported, though: a session row made past a join link's row for the account found by the
e-mail address the caller typed (`user.findUnique({ where: { email } })`, no session read, a
registered address not refused): whoever holds the link signs in as any existing account.
A next-safe-action middleware that refuses with `returnValidationErrors(...)` (typed `never`: it always
throws) ends the path like `throw`. Actions a project wrapper makes from an options object
(`validatedCallback({ inputValidation, callback })`) are analysed through the function property the
wrapper's returned function calls with what the client sent (whatever its key); a wrapper that
authenticates before calling it guards them, one that only validates does not.
A row read by its own id picking only what a public timetable shows of a class or event slot
(`select: { title: true, startsAt: true, capacity: true, status: true }`) is the public schedule, whatever
the model is called (a `classSession` is no sign-in session). So is a constant SQL read of one table
picking only the hours a slot is booked for (`SELECT booking_hour AS hour FROM bookings WHERE slot_id = $1 AND
booking_date = $2`), filtered by no person: when it is taken.

A Mongoose read whose own filter keeps published documents (`Note.find({ wineId, published: true })`, or those not
hidden, `hidden: false`) reads public
data, as a Prisma `where` does. A rate-limited public create that takes the parsed input whole (`{ id, ...input }`)
is filed under the parent a read found by `input.eventId` and required (`if (!event) return`); an optional session
whose only use is a value stamped on the new row (`userId: session?.userId ?? null`) does not undo such a form. A
`confirm…` action is an authentication step only when named for what of the account it confirms (`confirmEmail`,
`confirmSignUp`, `confirmTwoFactor`, `confirmPhone`, a bare `confirm`); `confirmAgeAtCounter` is a change like any
other.
An account row a Supabase read finds by the public handle in the URL (`.eq("username", handle)`,
`` .or(`username.eq.${u},display_username.eq.${u}`) ``), none of which goes back, only keys what its owner
published (a public registry); a Supabase counter set to its own value plus one (`.update({ downloads_count:
row.downloads_count + 1 })`) is a view counter; an analytics row about a record the handler read, written from
server values only (`component_analytics.insert({ component_id: component.id, activity_type: DOWNLOAD })`), is a
beacon. A lookup of the caller's API key refused by a throw its catch answers (`catch (error) { if
(error.message === "Invalid key") return 401 }`) is the authentication: the catch's `error` is not the lookup's.
The staff's own sign-in form named for whose it is (`adminLogin`, `staffSignInAction`: the prefix, then the step
and nothing else) is a login entry point; `adminLoginAsUser(userId)` is an operator's tool and still needs a session.
A rate-limited create with no session read into a Prisma model whose block ties a row to nothing (no foreign key, no
`@relation`, no credential or role column: a `quote` of an e-mail, a company and a word count) is a public form's
free-standing row, whatever the model is called (also a drizzle table's, `db.insert(schema.quotes)` of columns none of
which is a key, a `.references(...)`, a credential or a role). A Prisma `aggregate` answering only `_avg`, `_min`,
`_max` or `_count` over the rows a filter on plain columns keeps (no id, key, contact or tenant column; no `_sum`) is a
going rate (`_avg: { dailyRate: true }` of a category), which picks out nobody. A raw SQL read of the plural of a
declared Prisma model (`machines` of `model Machine`) is judged by its own columns; one whose table is a value the
caller sent (`sql.unsafe(\`select * from ${table}\`)`) reads any table, accounts too. A constant SQL text whose
every selected item is `count(...)`
(or a subquery selecting one) is a site-wide total, as a Prisma `count()` is. A profile read whose filter pins the
account kind to a constant (`where: { id, platformRole: "TRANSLATOR" }`) and whose `select` picks no private field
is a marketplace's public listing.

A Stripe checkout's return route (`/api/stripe/checkout?session_id=...`) writing only what it fetched of that
Checkout Session from Stripe with the server's key (`stripe.checkout.sessions.retrieve(id)`: the customer, the
subscription, the `client_reference_id` the signed-in checkout was opened for) replays what Stripe recorded; a
value the request carries besides (`?team=`) is still flagged. So does a payment gateway's return route that
writes only constants (`set({ paymentStatus: "paid" })`) in the branch of a test that the answer the server
fetched about the payment says it went through (`payment.status === "completed"`), with its lookup of the row it
marks; a status the request carries, or a value the caller sends written besides, is still flagged.

## References
- https://cwe.mitre.org/data/definitions/306.html
- https://nextjs.org/docs/app/guides/authentication#server-actions
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from tree_sitter import Node

from checks.analysis import deployment, guards, sessions, sign_up, tenancy
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import (
    ACCOUNT_ADMIN,
    CLERK_BACKEND_WRITES,
    FIREBASE_ACCOUNT_WRITES,
    MCP_TOOL_RUN,
    PAYMENT_ACCOUNT_CHANGE,
    DbOp,
    chain_calls,
    command_arg,
    env_secret,
    is_email_send,
    is_job_control,
    is_job_enqueue,
    is_mcp_tool_call,
    is_presigned_write,
    is_realtime_grant,
    is_store_mutation,
    is_store_upload,
    is_upload_grant,
    may_be_service_write,
    object_keys,
    presigned_command,
    secret_from_env,
    service_write,
    sql_text,
)
from checks.analysis.dataflow import mentions_any
from checks.analysis.entry_points import EntryPoint, find_entry_points, octokit_receiver
from checks.analysis.flow import Analyzer, Event, Flow, identifiers, sql_text_parts, typeof_test
from checks.analysis.links import hashed_names, mailed_link_token, written_values
from checks.analysis.model_secrets import prisma_models, sensitive_field
from checks.analysis.module import Function, Module
from checks.analysis.owner_columns import caller_held_columns, caller_held_tables, caller_owned_tables
from checks.analysis.person_records import person_record_table
from checks.analysis.program import Program
from checks.analysis.schemas import drizzle_joined_tables
from checks.analysis.shared_models import price_catalogue
from checks.analysis.sign_up import booking_named_sign_up
from checks.analysis.supabase_types import assigned_tables, supabase_tables
from checks.context import FileContext, short
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint, operation
from checks.rules._describe import sink as sink_name
from checks.sources import SCRIPT_SUFFIXES, project_files, tree_fact

META = RuleMeta(
    id="missing-auth",
    title="Endpoint without authentication",
    severity=Severity.ERROR,
    confidence=Confidence.HIGH,
    cwe=(306,),
    owasp=("A01:2021",),
    messages={
        "unauthenticated": "{endpoint} {operation} (`{sink}`) without checking who is signed in",
        "unchecked": "{endpoint} fetches the session but never checks it before it {operation} (`{sink}`)",
    },
    help="Check the session first (`const session = await auth(); if (!session) throw ...`), or build the "
    "action on an authenticated client or wrapper.",
    abuse="Anyone on the internet can call this endpoint directly, signed in or not, with any arguments.",
    references=("https://cwe.mitre.org/data/definitions/306.html",),
)
_AUTH_ROUTE = re.compile(
    r"(^|/)(api/)?auth/|(^|/)\[\.\.\.nextauth\]/|(^|/)(log[-_]?in|sign[-_]?in|sign[-_]?up|register|log[-_]?out|sign[-_]?out)/|"
    r"(^|/)oauth/|(^|/)callbacks?/"
    # a SAML assertion consumer service (`api/sso/saml/acs/route.ts`): the IdP's signed answer signs the user in
    r"|(^|/)(saml|sso)/([\w-]+/)*acs/"
    # a pages-router handler named for the step (`pages/api/mobile/login.ts`; `pages/api/legacy/forgot.ts`, a
    # forgotten password's or username's request)
    r"|(^|/)(log[-_]?in|sign[-_]?in|sign[-_]?up|register|log[-_]?out|sign[-_]?out|forgot)\.[cm]?[jt]sx?$"
    # (`pages/api/legacy/donor-login.ts`: whose sign-in, then the step)
    r"|(^|/)[a-z0-9]+[-_](log[-_]?in|sign[-_]?in)\.[cm]?[jt]sx?$"
    # the password-reset request and its answer (`pages/api/forgot-password/index.ts`); not under a
    # route parameter (`users/[id]/reset-password/`: someone's password reset by an administrator)
    # (a PIN or passcode is the password of the accounts that sign in with one: `api/kiosk/forgot-pin/`)
    r"|(^|/)(?<!\]/)(forgot[-_]?(password|pin|passcode)|reset[-_]?password|password[-_]?reset)(/|\.[cm]?[jt]sx?$)"
    # the landing of an emailed verification link (`api/verify-email/route.ts`); not under a route
    # parameter (`members/[id]/verify-email/`: someone's address marked verified by an administrator)
    r"|(^|/)(?<!\]/)((verify|confirm)[-_]?email|email[-_]?(verification|confirmation))(/|\.[cm]?[jt]sx?$)"
    # a one-time code mailed and checked (`api/chat/[slug]/otp/route.ts`, `api/verify-otp/`): the sign-in
    # step of a visitor, also a gated resource's own (not a member's factor, `users/[id]/otp/`: below)
    r"|(^|/)((send|request|resend|verify|check|validate|confirm|email|sms)[-_]?)?otp(/|\.[cm]?[jt]sx?$)"
    # a door's or kiosk's PIN checked (`api/door/[token]/verify-pin/`): the code step of whoever holds the link
    r"|(^|/)(verify|check|validate)[-_]?(pin|passcode)(/|\.[cm]?[jt]sx?$)"
    # a magic link's landing or code check (`api/magic-link/verify/`): the passwordless sign-in step; not
    # under a route parameter (`members/[id]/magic-link/`: a link minted for someone by an administrator)
    r"|(^|/)(?<!\]/)magic[-_]?links?(/|\.[cm]?[jt]sx?$)"
)
# one-time-code settings: someone's, addressed by their id (an administrator's tool), or the signed-in
# user's own second factor (`settings/otp/`, `security/verify-otp/`): no sign-in step
_SOMEONES_OTP = re.compile(
    r"(^|/)((users?|accounts?|members?|staff|employees?)/\[[^/]+\]|settings|account|profile|security|me|mfa|2fa|"
    r"two[-_]?factor)/([a-z]+[-_])?(otp|pin|passcode)(/|\.)"
)


# Routes public by design: tracking pixels and beacons, public APIs, OG images, OAuth, health.
_PUBLIC_ROUTE = re.compile(
    r"(^|/)(public|track|tracking|og|og-image|\.well-known|sitemap|robots|feed|rss|mobile-auth)/"
)
# A health or status probe answers a GET; a handler there that takes a POST or PATCH (an agent reporting
# in, `orders/[id]/status/` changed) changes data like any other. A `status/` folder under a route value
# (`runs/[runId]/status/`) or holding further folders (`jobs/status/running/`) is a resource's status, not
# the service's: what it reads decides
_PROBE_ROUTE = re.compile(r"(^|/)(health|healthz)/|(^|/)(?<!\]/)status/[^/]+$")


# A wrapper that declares its handler public (`export default PublicEndpoint(handler)`), as a `public/` folder does
_PUBLIC_WRAPPER = re.compile(r"^[Pp]ublic[A-Z]\w*$")


# An operator's tool named for an auth step it performs on someone else's account
# (`forceVerifyEmail`, `adminResetPassword`): not the caller's own step
_OPERATOR_TOOL = re.compile(r"^(force|admin|manual(ly)?|override|staff|operator|impersonat\w*?)(?=[A-Z_])")
# ... but the sign-in step itself, named for whose sign-in it is (`adminLogin`, `staffSignInAction`): the
# administrators' own login form, not a tool acting on someone's account (`adminLoginAsUser` still is); also
# named for the credential it takes (`staffPinSignIn`, `adminPasswordLogin`)
_STAFF_SIGN_IN = re.compile(
    r"(?i)^(admin|staff|operator)_?((pin|passcode|password|badge|code|otp|e?mail)_?)?(log_?in|sign_?in)(_?(action|handler))?$"
)


# A request step of the reset or verification flow (`emailVerificationTokenRequest`), and the parameters that
# name an account by its id rather than by the address the caller types (`createEmailVerificationRequest(userId,
# email)`: a request for someone's account, not the caller's own sign-in step)
_REQUEST_STEP = re.compile(
    r"(?i)(password_?reset|reset_?password|e?mail_?verification)(_?(token|code|link|e?mail))?_?request(_?(action|handler))?$"
)
_ACCOUNT_ID_PARAM = re.compile(r"(?i)^(user|member|account|customer)_?id$|^uid$")


def exempt(ep: EntryPoint, path: str, by_name: bool = True) -> bool:
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    if (
        by_name
        and (vocab.AUTH_ENDPOINT_NAMES.search(name) or sign_up.named_sign_up(ep))
        and (not _OPERATOR_TOOL.match(name) or _STAFF_SIGN_IN.match(name))
        and not (_REQUEST_STEP.search(name) and any(_ACCOUNT_ID_PARAM.match(p) for p in ep.fn.params))
    ):
        return True
    if any(_PUBLIC_WRAPPER.match(sx.last_name(w)) for w in ep.wrappers) or ep.shared_cache:
        return True
    if ep.kind in ("route", "pages-api"):
        route = path.lower()
        if (
            _AUTH_ROUTE.search(route) and not _ACCOUNT_LOOKUP_ROUTE.search(route) and not _SOMEONES_OTP.search(route)
        ) or _PUBLIC_ROUTE.search(route):
            return True
        if _PROBE_ROUTE.search(route) and (ep.kind == "pages-api" or ep.name in ("GET", "HEAD")):
            return True
    return False


# a `public/` folder of the route: what anyone may read or send
_PUBLIC_SEGMENT = re.compile(r"(^|/)public/", re.I)


def _public_folder_rewrite(ctx: FileContext, ep: EntryPoint, by_name: bool) -> bool:
    """A route exempt only by its `public/` folder that rewrites or deletes a stored row the caller picks by
    id (`pantry.update({ where: { id }, data: { contactEmail } })`): a public route serves published rows and
    files what anyone sends, it does not let anyone change anyone's row."""
    if ep.kind not in ("route", "pages-api") or not _PUBLIC_SEGMENT.search(ep.path):
        return False
    if exempt(ep, _PUBLIC_SEGMENT.sub(r"\1", ep.path), by_name):
        return False  # (exempt on other grounds too: an auth step, a tracking pixel, a public wrapper)
    return any(rewrites_client_row(ctx, ev) for ev in ctx.flow(ep).events)


# an account looked up by a route value under `auth/` (`api/auth/user/[email]/route.ts`): a record read, no step
_ACCOUNT_LOOKUP_ROUTE = re.compile(r"(^|/)auth/(users?|accounts?|members?|profiles?)/\[(?!\.\.\.)[^/]+\]/")


# (verbs a visitor's form page is named for; not `feedback/`, `newsletter/`: an area that manages them)
_FORM_PAGE = re.compile(r"(?i)^(contact(_us)?|get_in_touch|enquire|inquire|subscribe|request_a_demo)$")


def public_form(ep: EntryPoint, path: str) -> bool:
    """Named or routed as a public form (contact, newsletter, feedback)."""
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    # (route folders are kebab-case: `demo-requests/` names what `demoRequest` does)
    route = path.lower().replace("-", "_")
    if _UNSUBSCRIBE.search(name) or (ep.kind in ("route", "pages-api") and _UNSUBSCRIBE.search(route)):
        return _checks_link_secret(ep)  # an opt-out link carrying a signed token; by address alone, anyone's
    if vocab.CONTACT_RECORD.search(name) or (ep.kind in ("route", "pages-api") and vocab.CONTACT_RECORD.search(route)):
        return False  # a stored contact acted on (`contacts/[contactId]/notes`), not a visitor's form
    if _admin_only(ep):
        return False  # `adminGetFeedbackById`, `data/admin/feedback.ts`: a tool for admins, no visitor's form
    if vocab.PUBLIC_FORM_NAMES.search(name):
        return True
    if _CAREERS_PAGE.search(route) and _JOB_APPLICATION.search(name if ep.kind == "action" else route):
        return True  # a visitor applying for a job on the public careers page: no account to sign in with
    if ep.kind == "action":
        # the actions of a form's own page (`listings/[id]/enquire/actions.ts`): the folder names the form
        # (a page, not a collection: `dashboard/contacts/` is a CRM's records)
        return bool(_FORM_PAGE.match(route.rsplit("/", 1)[0].rsplit("/", 1)[-1]))
    # (a scheduler's route, `api/cron/waitlist/`, is a job run by whoever calls it, not a visitor's form)
    return (
        ep.kind in ("route", "pages-api")
        and bool(vocab.PUBLIC_FORM_NAMES.search(route))
        and not _SCHEDULED_ROUTE.search(route)
    )


# (a company's public careers page, `app/careers/[slug]/actions.ts`, `api/careers/apply/`; not a recruiter's
# `hiring/` area, nor an account holder's grant or permit `apply/` portal)
_CAREERS_PAGE = re.compile(r"(?i)(^|/)careers?(/|$)")
# what its form does: `submitApplication`, `quickApply`, `applyToJob` (not `withdrawApplication`, `applicationStatus`)
_JOB_APPLICATION = re.compile(
    r"(?i)(^|/|quick_?|easy_?)apply(_?(now|(to|for)_?(a_?)?(job|role|position|vacancy|opening)))?(/|$)"
    r"|(^|/)(submit|send)_?(job_?)?application(/|$)"
)
_SCHEDULED_ROUTE = re.compile(r"(^|/)(cron|crons|cron_?jobs?|scheduled)/")
_UNSUBSCRIBE = re.compile(r"(?i)un_?subscribe|opt_?out")


# an action named for reading records (`getContactsByOrg`, `listContacts`, `fetchContactById`)
_BUSINESS_CONTACT = re.compile(r"(?i)(org|organi[sz]ation|company|business|shop|store|site|support)[-_]?contact")
_READER_NAME = re.compile(r"^(get|list|fetch|find|load|read|search)(?=[A-Z_])")


def _reader_endpoint(ep: EntryPoint, path: str) -> bool:
    """A route's `GET`, or an action named for reading records: whatever its folder or name says of
    contacts or feedback, it answers stored rows, which no visitor's form does (a form is sent)."""
    if ep.kind in ("route", "pages-api"):
        # (a pages handler serves every method; `org-contact/`: a business's published contact details)
        return ep.kind == "route" and ep.name in ("GET", "HEAD") and not _BUSINESS_CONTACT.search(path)
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    return bool(_READER_NAME.match(name))


# `adminGetThread`, `appAdminListComments`, `superAdminDeleteUser`: an operation its author names for admins
_ADMIN_NAME = re.compile(r"^((app|super|platform)_?)?admin(?=[A-Z_])", re.IGNORECASE)
_ADMIN_FOLDER = re.compile(r"(?i)(^|/)(admin|app_?admin|super_?admin)/")


def _admin_only(ep: EntryPoint) -> bool:
    """Named for admins (`adminGetThread`), or a server action in an `admin/` folder (`data/admin/x.ts`):
    its author meant it for an administrator, so what it reads is not for every visitor."""
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    return bool(_ADMIN_NAME.match(name)) or (ep.kind == "action" and bool(_ADMIN_FOLDER.search(ep.fn.module.path)))


def _checks_link_secret(ep: EntryPoint) -> bool:
    """An exit on a check handed the link's secret (`if (!isValidUnsubscribeToken(email, token)) return 400`)."""
    src = ep.fn.module.src
    for stmt in sx.find(ep.fn.node, ("if_statement",), into_functions=False):
        cond = stmt.child_by_field_name("condition")
        if cond is None or not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        for call in sx.find(cond, ("call_expression",)):
            args = call.child_by_field_name("arguments")
            if args is not None and any(_credential(n) for n in identifiers(src, args)):
                return True
    return False


_REWRITE_VERB = re.compile(r"(?i)update|delete|destroy|remove")
_ROW_ID = re.compile(r"(?i)^ids?$|(Id|_id|Ids|_ids)$")


def rewrites_client_row(ctx: FileContext, ev: Event) -> bool:
    """An update or delete of existing rows chosen by a client-sent id (`.where(eq(t.id, replyId))`,
    `saveFeedback(messageId, ...)`): not what a public form does, which files a new row."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or "upsert" in op.verb.lower():
        return False
    if not _REWRITE_VERB.search(op.verb):
        return False
    filters = list(op.args)
    if op.api != "helper" and filters:
        where = object_keys(ctx.src, filters[0]).get("where")
        if where is not None:
            filters = [where]  # `{ where, data }`: only the filter picks the rows
    names = {n for f in filters for n in identifiers(ctx.src, f)} & ev.state.client
    # `removeRule.trigger({ ruleId: body.ruleId })`, `where: { id: note.id }`: the id named by its key or
    # by the field of the client's value it came from
    names |= {n for f in filters for n in _client_id_names(ctx, f, ev.state.client)}
    return any(_ROW_ID.search(n) for n in names)


# a client or procedure its author names as open to anyone (`publicActionClient`, `publicProcedure`,
# `unauthenticatedProcedure`, `guestAction`)
_PUBLIC_CLIENT = re.compile(r"(?i)public|unauthenticated|anonymous|guest")
_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def declared_public(ep: EntryPoint) -> str | None:
    """How the code itself declares the entry point public: "client" when it is built from a client or
    procedure so named that no middleware authenticates (`publicActionClient.inputSchema(s).action(fn)`);
    "name" when its own name says public (`getPublicOrg`, `listPublicEvents`), which declares its reads
    public only; "client+name" for both. None otherwise."""
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    named = ep.kind not in ("route", "pages-api") and "public" in (w.lower() for w in _WORDS.findall(name))
    if ep.client_name is not None and ep.authenticated_by is None and _PUBLIC_CLIENT.search(ep.client_name):
        return "client+name" if named else "client"
    return "name" if named else None


# a new row taking shared stock or money (an order, a seat hold, a payment): a guest checkout, not a form's
# submission, whatever its client is called
_STOCK_OR_MONEY = re.compile(
    r"(?i)(orders?|payments?|checkouts?|holds?|reservations?|invoices?|charges?|purchases?|transactions?|carts?"
    r"|refunds?|payouts?|credits?)$"
)


def _declared_public_step(ctx: FileContext, ev: Event, declared: str, flow: Flow) -> bool:
    """A step a declared-public entry point may take for anyone: a read; for a public client also a new
    row (not filed as the account the caller names), a message, and a change of only the rows it filed
    itself. An update or delete of rows the caller picks, or one of any other existing rows, is still a
    hole, whatever the client is called; so is a step using a session read but never checked. A client's
    name declares its reads public unless it answers a tenant's rows picked by the caller's choice of
    tenant with no public filter (`promoCode.findMany({ where: { organizerId } })`), which its own name
    does not call public."""
    op = ev.op
    names = ev.state.fetched | ev.state.session
    if ev.kind == "db" and op is not None and names and mentions_any(ctx.src, [op.chain, *op.args, *op.data], names):
        return False  # `session?.user.id` used unchecked: a finding of its own
    if ev.kind == "db" and op is not None and op.kind == "read":
        return declared != "client" or not (
            _keyed_by_client_owner(ctx, op, ev.state.client) and _sent_back(ctx, flow, ev)
        )
    if declared not in ("client", "client+name"):
        return False
    if ev.kind == "email":
        return True
    if ev.kind != "db" or op is None or op.kind != "write":
        return False
    verb = op.verb.lower()
    if verb in _CREATE_VERBS or verb.startswith(("insert", "create")) or "upsert" in verb:  # (`insertInto`)
        return not _STOCK_OR_MONEY.search(op.model or "") and not _filed_as_client_named_person(ctx, ev)
    return _changes_rows_it_filed(ctx, ev, flow.events)


def _changes_rows_it_filed(ctx: FileContext, ev: Event, events: list[Event]) -> bool:
    """An update whose filter picks rows by the ids an earlier step of the same flow gave the rows it
    inserted, and by nothing else the caller sent (`.where(inArray(submission.id, submissionIds))` after
    `insert(submission).values({ id: submissionIds[i] })`): finishing its own new rows, not changing
    anyone's (however those ids were counted out: `roleIds.map(() => generateId())`)."""
    op = ev.op
    if op is None or not op.args:
        return False
    filed: set[str] = set()  # the names given as the new rows' `id`
    for e in events:
        if e is ev:
            break
        if e.kind == "db" and e.op is not None and e.op.kind == "write" and e.op.verb.lower() in _CREATE_VERBS:
            for data in e.op.data:
                for pair in sx.find(data, ("pair",)):
                    key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                    if key is not None and ctx.text(key).strip("\"'") == "id":
                        filed |= identifiers(ctx.src, value, into_functions=True)
    picked = {n for a in op.args for n in identifiers(ctx.src, a)}
    return bool(picked & filed) and not (picked & ev.state.client) - filed


def _client_id_names(ctx: FileContext, node: Node, client: set[str]) -> set[str]:
    """The keys of ``node``'s pairs holding a client value, and the fields read off a client value
    (`body.ruleId`): what names the value a helper is handed."""
    found: set[str] = set()
    for pair in sx.find(node, ("pair",)):
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        if key is not None and identifiers(ctx.src, value) & client:
            found.add(ctx.text(key).strip("\"'"))
    for member in sx.find(node, ("member_expression",)):
        prop = member.child_by_field_name("property")
        if prop is not None and sx.root_identifier(ctx.src, member) in client:
            found.add(ctx.text(prop))
    return found


def _reads_collected_rows(ctx: FileContext, ev: Event) -> bool:
    """A list read of the rows a form collects, picked by a client value (`waitlistEntry.findMany({
    where: { eventId } })`, whose e-mails go out): not what a public form does, which files a new row."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "read" or op.verb not in ("findMany", "find"):
        return False
    if _every_collected_row(ctx, ev):
        return True  # `db.query.waitlist.findMany()`: every row the form collected, not one filed
    return bool({n for a in op.args for n in identifiers(ctx.src, a)} & ev.state.client)


def _every_collected_row(ctx: FileContext, ev: Event) -> bool:
    """`db.query.waitlist.findMany()` with no filter and no fields picked, of a table a public form fills
    (`_INTAKE_MODEL`) whose schema holds a person's e-mail or phone: everyone's address who signed up."""
    op = ev.op
    if op is None or op.kind != "read" or op.verb not in ("findMany", "find") or op.args or op.projected:
        return False
    if not _INTAKE_MODEL.match(op.model or ""):
        return False
    fields = _schema_fields(ctx, op) if op.api != "drizzle" else _drizzle_columns(ctx, op.model)
    return bool(fields) and any(_PERSONAL_FIELD.match(f) for f in fields or [])


def _every_kysely_person_row(ctx: FileContext, ev: Event) -> bool:
    """`db.selectFrom("donors").selectAll()` with no filter, of a table the project's Kysely `Database` type
    declares with a person's e-mail or phone (`DonorsTable { email: string }`): everyone's contact details."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "kysely" or op.projected or not op.model:
        return False
    if any(a.type != "number" for a in op.args):
        return False  # (a filter; `.limit(500)` alone picks no one)
    declared = tenancy.kysely_tables(ctx.analyzer.program).get(op.model.lower())
    return bool(declared) and any(_PERSONAL_FIELD.match(f) for f in declared or {})


# what a Prisma list read may hold besides a filter or fields picked: an order, a page, related rows
_PRISMA_LIST_KEYS = frozenset({"orderBy", "take", "skip", "cursor", "include", "distinct"})


def _every_prisma_person_row(ctx: FileContext, ev: Event) -> bool:
    """`prisma.vendor.findMany()` (also `findMany({})`, or only ordered and paged) with no filter and no fields
    picked, of a model the Prisma schema declares with a person's e-mail or phone or a credential
    (`vendor_password_hash`): every account's contact details and login hash, as `_every_kysely_person_row`."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "prisma" or op.verb != "findMany" or op.projected:
        return False
    if len(op.args) > 1:
        return False
    if op.args:
        arg = sx.unwrap(op.args[0])
        if arg is None or arg.type != "object" or not set(object_keys(ctx.src, arg)) <= _PRISMA_LIST_KEYS:
            return False  # (a filter picks rows: judged by what it picks elsewhere; a spread, unknown)
        # (`{ skip, take }` in shorthand too: a page of the same list; a spread is unknown)
        if any(c.type not in ("pair", "shorthand_property_identifier", "comment") for c in arg.named_children):
            return False
    fields = _schema_fields(ctx, op)
    return bool(fields) and any(_PERSONAL_FIELD.match(f) or _CREDENTIAL_FIELD.match(f) for f in fields or [])


# what a stored copy of a sent e-mail holds: its recipient, its subject and its body
_MAIL_BODY_FIELDS = frozenset({"html", "body", "text"})


def _stored_mail_rows(ctx: FileContext, ev: Event) -> bool:
    """A Prisma list read of a model the schema declares as a sent mail (`LocalEmail { to subject html }`):
    the recipients' addresses, and the sign-in codes and reset links those mails carry, whatever the
    model is called."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "prisma" or op.verb != "findMany":
        return False
    fields = set(_schema_fields(ctx, op) or ())
    return {"to", "subject"} <= fields and bool(fields & _MAIL_BODY_FIELDS)


def _every_drizzle_person_row(ctx: FileContext, ev: Event) -> bool:
    """`db.select().from(clients)` (or `db.query.clients.findMany()`) with no filter, no join and no columns
    picked, of a table the project's drizzle schema declares with a person's e-mail or phone or a credential:
    every row's contact details, as `_every_prisma_person_row`. Not a table declaring which rows are public."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "drizzle" or op.prepared or op.projected or not op.model:
        return False
    if {m for m, _ in chain_calls(op.chain, ctx.src)} & {"where", "innerJoin", "leftJoin", "rightJoin", "fullJoin"}:
        return False
    if op.verb in ("findMany", "findFirst") and op.args:
        first = sx.strip_types(op.args[0])
        if first is None or first.type != "object" or set(object_keys(ctx.src, first)) & {"where", "columns"}:
            return False
    program = ctx.analyzer.program
    fields = tenancy.drizzle_tables(program).get(op.model.lower())
    if not fields or any(_VISIBILITY_KEY.match(k) for k in fields):
        return False
    if not any(_PERSONAL_FIELD.match(k) or _CREDENTIAL_FIELD.match(k) for k in fields):
        return False
    return not tenancy.public_by_default(program, op.model)


def _drizzle_columns(ctx: FileContext, table: str) -> list[str] | None:
    """The columns of the drizzle table declared under ``table`` (`pgTable("waitlist", { email: ... })`)."""
    found = ctx.analyzer.program.resolve_value(ctx.module, table)
    call = sx.strip_types(found[1]) if found is not None else None
    if found is None or call is None or call.type != "call_expression":
        return None
    if not sx.last_name(sx.callee_name(found[0].src, call)).lower().endswith("table"):
        return None
    args = sx.call_args(call)
    return list(object_keys(found[0].src, args[1])) if len(args) > 1 else None


def _reads_by_session(ctx: FileContext, ev: Event) -> bool:
    """A read filtered by the session it fetched (`where(eq(contacts.firmId, session?.user?.firmId ?? ""))`):
    the caller's own rows, which a public form never reads (a route named for what it exports,
    `exports/contacts/`, is no contact form)."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "read":
        return False
    names = ev.state.fetched | ev.state.session
    return bool(names) and mentions_any(ctx.src, [op.chain, *op.args], names)


# the bulk writes of an ORM: many rows in one call (`createMany`, `insertMany`, `bulkCreate`)
_BULK_VERBS = frozenset({"createMany", "createManyAndReturn", "insertMany", "bulkCreate", "bulkWrite", "bulkInsert"})


def _files_many(ev: Event) -> bool:
    """`newsletterSubscriber.createMany({ data: emails.map(...) })`: a list of rows filed at once is an
    import, which no visitor's form does (a visitor sends their own one entry)."""
    return ev.kind == "db" and ev.op is not None and ev.op.kind == "write" and ev.op.verb in _BULK_VERBS


def _rows_picked_by_session(ctx: FileContext, ev: Event) -> bool:
    """An update, upsert or delete of the rows the fetched session picks (`deleteMany({ where: { email } })`
    with `email = user?.email`): the caller's own rows, which a visitor's form never changes."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or op.api == "helper":
        return False
    if not (_REWRITE_VERB.search(op.verb) or "upsert" in op.verb.lower()):
        return False
    names = ev.state.fetched | ev.state.session
    if not names:
        return False
    filters = list(op.args)
    if filters:
        where = object_keys(ctx.src, filters[0]).get("where")
        if where is not None:
            filters = [where]  # `{ where, data }`: only the filter picks the rows
    return mentions_any(ctx.src, filters, names)


# what an entry point does that sends nothing on: answers, checks, and its own database reads
_ANSWER_KINDS = frozenset({"return", "respond", "validate", "redirect"})


def _answers_rows(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """Some database read of the entry point's own sends its rows back (not only a count or a yes/no)."""
    return any(
        ev.kind == "db"
        and ev.op is not None
        and ev.op.kind == "read"
        and not _counted_uses_only(ctx, ep, ev)
        and _rows_answered(ctx, ep, ev)
        for ev in flow.events
    )


def _sends_something(flow: Flow) -> bool:
    """A form is sent: it writes or sends what it was given. An entry point named for one that only reads
    the database itself (`previewNewsletter(id)` answering an issue) is a reader, judged by what it reads.
    (A project helper may send out of sight, `sendEmail(...)` reading its recipient: it counts as sending.)"""
    return not any(ev.kind == "db" for ev in flow.events) or any(
        ev.kind not in _ANSWER_KINDS
        and not (ev.kind == "db" and ev.op is not None and ev.op.kind == "read" and ev.op.api != "helper")
        for ev in flow.events
    )


def _credential(name: str) -> bool:
    """`token`, `hashedToken`, `otp`: a secret value, not the id of one (`tokenId`)."""
    ws = vocab.words(name)
    return vocab.is_secret_name(name) and bool(ws) and ws[-1] not in ("id", "ids")


def _handed_names(ctx: FileContext, arg: Node) -> set[str]:
    """The names an argument hands on: a plain field read (`input.token`) by its field, else its identifiers."""
    node = sx.strip_types(arg)
    if node is not None and node.type == "member_expression":
        obj = node.child_by_field_name("object")
        if obj is not None and obj.type == "identifier":
            return {ctx.text(node.child_by_field_name("property"))}
    return identifiers(ctx.src, arg)


def _credential_local(ctx: FileContext, fn: Node, name: str) -> bool:
    """A local given one value, made of credentials alone (`const raw = token.endsWith(".ics") ?
    token.slice(0, -4) : token`): the caller's secret, trimmed."""
    values = [
        d.child_by_field_name("value")
        for d in sx.find(fn, ("variable_declarator",), into_functions=False)
        if ctx.text(d.child_by_field_name("name")) == name
    ]
    assigned = any(
        ctx.text(a.child_by_field_name("left")) == name
        for a in sx.find(fn, ("assignment_expression", "augmented_assignment_expression"), into_functions=False)
    )
    return len(values) == 1 and not assigned and guards.trimmed_secret(ctx.src, values[0])


def _filter_from_session_only(ctx: FileContext, ev: Event) -> bool:
    """A Prisma filter whose only names are the session the endpoint read itself (`where: { coopId:
    token?.coopId ?? undefined }` of next-auth's `getToken({ req })`): a JWT named `token` is no secret the
    caller presented, so the row is not found by a credential."""
    if ev.op is None or not ev.op.args:
        return False
    where = object_keys(ctx.src, ev.op.args[0]).get("where")
    names = identifiers(ctx.src, where) if where is not None else set()
    return bool(names) and names <= (ev.state.fetched | ev.state.session)


def keyed_by_secret(ctx: FileContext, op: DbOp) -> bool:
    """The caller's secret is the credential: the row is found by an emailed or issued token
    (`deleteEmailChangeRequest(token)`, `where: { token: hashedToken }`) and only that row is touched."""
    if op.api == "helper":
        # (`findLinkStatus(input.token)`: the field read off the input names what is handed on)
        args = sx.call_args(op.call)
        names = {n for a in args for n in _handed_names(ctx, a)}
        fn = sx.enclosing_function(op.call)
        return (
            bool(args)
            and bool(names)
            and all(_credential(n) or (fn is not None and _credential_local(ctx, fn, n)) for n in names)
        )
    opts = object_keys(ctx.src, op.args[0]) if op.args else {}
    where = opts.get("where")
    first = sx.strip_types(op.args[0]) if op.args else None
    if (op.api in ("mongoose", "mongo") or op.prepared) and first is not None:
        # `findOne({ token })`, a prepared query's `ps.execute({ token })`: the filter itself
        where = first if first.type == "object" else None
    names = identifiers(ctx.src, where) if where is not None else set()
    # `where: { token: code, identifier }`: the secret column narrows it, whatever else does
    if (bool(names) and all(_credential(n) for n in names)) or guards.found_by_credential(ctx.src, op.args):
        return True
    if guards.found_by_handed_out_code(ctx.src, op):
        return True  # `registrationCode.delete({ where: { uuid: code } })`: the code the caller was handed
    if op.api in ("mongoose", "mongo") and guards.filter_by_credential(ctx.src, where):
        return True  # `Token.deleteOne({ token: cookie.value })`: the row the presented secret names
    return op.api == "drizzle" and _drizzle_found_by_credential(ctx, op)


def _drizzle_found_by_credential(ctx: FileContext, op: DbOp) -> bool:
    """`update(apiKeys).set({ lastUsedAt }).where(and(eq(apiKeys.keyHash, hash(key)), isNull(...)))`: a
    builder's filter narrowed by a secret column (not `tokenId`) set to a value the caller presents, or
    its hash; not inside an `or(...)`, where another term finds rows without it."""
    for where in sx.find(op.chain, ("call_expression",)):
        filters = where.child_by_field_name("arguments")
        if filters is None or sx.last_name(sx.callee_name(ctx.src, where)) != "where":
            continue
        for term in sx.find(filters, ("call_expression",)):
            column, value = _filter_term(ctx, term)
            if column is None or value is None or not (_credential(column) or _hashed_secret(ctx, op, value)):
                continue
            if value.type == "call_expression":
                args = sx.call_args(value)
                value = sx.unwrap(args[0]) if len(args) == 1 else None  # `hash(key)`: the secret, hashed
            if value is None or value.type not in ("identifier", "member_expression"):
                continue
            p = term.parent
            while (
                p is not None
                and p != where
                and not (p.type == "call_expression" and sx.callee_name(ctx.src, p) == "or")
            ):
                p = p.parent
            if p == where:
                return True
    return False


_DIGEST = re.compile(r"(?i)^(sha\d*|hash\w*|digest|createHash|update|encode\w*)$")


def _hashed_secret(ctx: FileContext, op: DbOp, value: Node) -> bool:
    """`const sessionId = encodeHexLowerCase(sha256(encode(token)))`, then `.where(eq(t.id, sessionId))`:
    the row's key is the hash of the secret the caller presents, so the row is found by that secret."""
    if value.type != "identifier":
        return False
    fn = sx.enclosing_function(op.chain)
    name = ctx.text(value)
    for d in sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None else ():
        left = d.child_by_field_name("name")
        init = d.child_by_field_name("value")
        if left is None or init is None or ctx.text(left) != name:
            continue
        digests = [
            c for c in sx.find(init, ("call_expression",)) if _DIGEST.match(sx.last_name(sx.callee_name(ctx.src, c)))
        ]
        return bool(digests) and any(_credential(n) for n in identifiers(ctx.src, init))
    return False


def issues_codes(flow: Flow) -> bool:
    """The entry point mails a one-time code (an OTP or magic-link request step): a visitor asking
    for a code is not signed in yet, and the code store is the flow's own state, not an account's."""
    return any(e.kind == "email" for e in flow.events)


_PROFILE_MODEL = re.compile(r"(?i)^(user|profile|author|member)s?$")
_PRIVATE_FIELD = re.compile(
    r"(?i)(e_?mail|phone|mobile|address|birth|dob|ssn|password|hash|token|secret|api_?key|salt|otp|mfa|recovery|"
    r"stripe|customer|billing|card|iban|tax|salary|ip_?addr|private|session|credit|balance|plan|role|locale)"
)


def _schema_fields(ctx: FileContext, op: DbOp, mod: Module | None = None, depth: int = 0) -> list[str] | None:
    """Fields of the model a read touches, from the repo's mongoose or Prisma schema (a project
    helper's read: the model as the helper's own module names it)."""
    program = ctx.analyzer.program
    if op.api == "helper" and op.call.type == "call_expression" and depth < 3:
        target = ctx.analyzer.target(mod or ctx.module, op.call)
        if target is None:
            return None
        inner = [o for o in ctx.analyzer.summary(target).ops if o.kind == op.kind and o.model == op.model]
        seen: set[tuple[str, ...]] = set()
        for o in inner:
            fields = _schema_fields(ctx, o, target.module, depth + 1)
            if fields is None:
                return None
            seen.add(tuple(fields))
        return list(next(iter(seen))) if len(seen) == 1 else None
    if op.api == "mongoose":
        found = program.resolve_value(mod or ctx.module, op.model)
        if found is None:
            return None
        mod = found[0]
        schemas = [
            n
            for n in sx.find(mod.parsed.root, ("new_expression",))
            if "Schema" in mod.text(n.child_by_field_name("constructor"))
        ]
        if len(schemas) != 1:
            return None
        args = sx.call_args(schemas[0])
        return list(object_keys(mod.src, args[0])) if args else None
    if op.api in ("prisma", "sql"):
        # (raw SQL: the table a Prisma schema declares, `SELECT * FROM "Donor"`)
        body = prisma_models(program, (mod or ctx.module).path).get(op.model.lower())
        if body is not None:
            rows = [ln.split() for ln in body.splitlines()]
            return [r[0] for r in rows if r and r[0][:1].isalpha()]
    return None


_RECORD_HEAD = frozenset({"record", "records"})


def _ownerless_record(ctx: FileContext, op: DbOp) -> bool:
    """`TuitionRateRecord.findOne({ programCode, term })`: a model private by name only through the
    generic head `record`, whose schema declares no column tying a row to someone (no user, owner or
    foreign key, no contact detail, credential or free text): a catalogue entry, public data."""
    if op.kind != "read" or not op.model:
        return False
    words = vocab.words(op.model)
    if len(words) < 2 or words[-1] not in _RECORD_HEAD or vocab.private_model("_".join(words[:-1])):
        return False
    fields = _schema_fields(ctx, op)
    return bool(fields) and not any(_TIED_COLUMN.search(f) or _FOREIGN_KEY.search(f) for f in fields or [])


_PRISMA_SCALARS = frozenset({"Int", "String", "Boolean", "DateTime", "Float", "Decimal", "BigInt"})
# a scalar column that ties a row to someone, or holds something only they should see
_TIED_COLUMN = re.compile(
    r"(?i)(user|owner|author|member|tenant|org|organi[sz]ation|team|workspace|account|customer|creator|email|"
    r"phone|name|address|password|hash|token|secret|key|note|content|body|text|data|json|ip)"
)


_FOREIGN_KEY = re.compile(r"(?<=[a-z0-9])(Id|_id|ID)$")


def _ownerless_counter_read(ctx: FileContext, op: DbOp) -> bool:
    """A Prisma read with no `where` or `include` of a model the repo's `.prisma` files declare with
    scalar columns of plain types only, none of them tying a row to someone or holding text
    (`model GenerationNumber { order Int @id  createdAt DateTime }`): the read returns the site's
    own counters and dates, public data whatever the model's name suggests (an `order` here is a
    sequence number, not a purchase)."""
    # (a helper's op is named for the helper; the helper's own read is the Prisma call)
    if op.api not in ("prisma", "helper") or op.kind != "read" or not op.model:
        return False
    # (a helper's op: its arguments are in the helper's file, not this one; none of its parameters may
    # reach it) a read of the table as a whole, not of rows the caller picks
    if op.helper is not None and op.param_uses:
        return False
    if op.helper is None and op.args and {"include", "where"} & set(object_keys(ctx.src, op.args[0])):
        return False
    body = prisma_models(ctx.analyzer.program, ctx.path).get(op.model.lower())
    if body is None:
        return False
    rows = [ln.split() for ln in body.splitlines()]
    fields = [r for r in rows if len(r) >= 2 and r[0][:1].isalpha()]
    scalars = [r[0] for r in fields if r[1].rstrip("?[]") in _PRISMA_SCALARS]
    others = [r for r in fields if r[1].rstrip("?[]") not in _PRISMA_SCALARS]
    # (relations are not read without `include`; an enum or a composite type may be)
    return (
        bool(scalars)
        and all(r[1].endswith("[]") for r in others)
        and not any(_TIED_COLUMN.search(f) or _FOREIGN_KEY.search(f) for f in scalars)
    )


# What makes a row a person's own: how to reach them, or what signs them in
_PERSONAL_FIELD = re.compile(r"(?i)^(e_?mail|phone(_?number)?|mobile|password\w*|\w*_?hash|\w*secret)$")


# relations holding a business's people records (its customers, clients, patients, contacts, leads)
_PEOPLE_RELATION = re.compile(r"(?i)^(customers?|clients?|patients?|contacts?|leads?)$")


def _includes_people(ctx: FileContext, ev: Event) -> bool:
    """A Prisma read that pulls in a relation of people records whole (`include: { customers: true }`,
    or with only nested includes and no `select`), also further down its includes (`include: { shifts:
    { include: { crew: true } } }`), of a relation named for people or whose model the schema gives a
    person's contact details or credentials, or that picks such a field inside an include (`crew: {
    select: { email: true } }`): whatever the read's own model, each answer carries those people's rows."""
    return _op_includes_people(ctx, ev.op)


def _op_includes_people(ctx: FileContext, op: DbOp | None) -> bool:
    if op is not None and op.kind == "read" and op.api == "drizzle" and op.args and op.helper is None:
        return _drizzle_with_people(ctx, op.args[0])
    if op is None or op.kind != "read" or op.api != "prisma" or not op.args:
        return False
    include = object_keys(ctx.src, op.args[0]).get("include")
    if include is not None and include.type == "identifier" and op.helper is None:
        include = _const_object(ctx.module, ctx.text(include))  # (`include: productInclude`, declared once)
    return include is not None and _people_in_include(ctx, op.model or "", include, 0)


# a PostgREST embedded resource taken whole: `applicants(*)`, `owner:profiles(*)`, `members!team_id(*)`
# any embedded table: `slip_signatures(signed_name)`, `guardian:guardians!fk(relationship)`
_EMBEDDED = re.compile(r"(?:^|[,\s(])(?:\w+\s*:\s*)?(\w+)\s*(?:!\s*\w+\s*)?\(")
_EMBEDDED_WHOLE = re.compile(r"(?:^|[,\s(])(?:\w+\s*:\s*)?(\w+)\s*(?:!\s*\w+\s*)?\(\s*\*\s*\)")


def _embeds_private_rows(ctx: FileContext, ev: Event) -> bool:
    """A Supabase read by a client value whose select embeds a related table named for someone's data
    whole (`select("*, applicants(*)")`): whatever the read's own table, each answer carries those rows."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "supabase" or op.helper is not None:
        return False
    if not identifiers(ctx.src, op.chain, into_functions=True) & ev.state.client:
        return False
    for call in sx.find(op.chain, ("call_expression",)):
        args = sx.call_args(call)
        if sx.last_name(sx.callee_name(ctx.src, call)) != "select" or not args:
            continue
        text = sx.string_value(ctx.src, args[0])
        if text is not None and any(vocab.private_model(m) for m in _EMBEDDED_WHOLE.findall(text)):
            return True
        # (an embedded table of records about people, whichever columns: `slip_signatures(signed_name, pupil_id)`)
        if text is not None and any(person_record_table(ctx.analyzer.program, m) for m in _EMBEDDED.findall(text)):
            return True
    return False


def _const_object(mod: Module, name: str) -> Node | None:
    """The object literal of a module-level `const name = { ... }` (typed or not)."""
    value = mod.values.get(name)
    decl = value.parent if value is not None else None
    if decl is None or decl.type != "variable_declarator" or decl.parent is None:
        return None
    if not sx.text(mod.src, decl.parent).startswith("const"):
        return None
    obj = sx.strip_types(value)
    return obj if obj is not None and obj.type == "object" else None


# a relation naming the person behind a row (its author, its owner), loaded whole by a drizzle `with`
_PERSON_RELATION = re.compile(r"(?i)^(author|user|owner|creator|member|customer|client|patient|sender|recipient)s?$")


def _drizzle_with_people(ctx: FileContext, opts: Node, depth: int = 0) -> bool:
    """`db.query.posts.findMany({ with: { author: true } })`: each row's person loaded whole (every
    column of the account table, whose schema holds a credential or contact detail); also a relation
    of the business's people records loaded whole (`with: { contact: true }`, as Prisma's `include`),
    or one whose `columns` pick a contact detail (`contact: { columns: { contactEmail: true } }`),
    further down the nested `with`s too."""
    loaded = object_keys(ctx.src, opts).get("with")
    program = ctx.analyzer.program
    for key, value in object_keys(ctx.src, loaded).items() if loaded is not None else ():
        node = sx.strip_types(value)
        if node is None:
            continue
        if node.type == "true" and _PEOPLE_RELATION.match(key):
            return True
        if node.type == "object" and depth < 3:
            picked = object_keys(ctx.src, object_keys(ctx.src, node).get("columns"))
            if any(_PICKED_PERSONAL.search(k) for k, v in picked.items() if ctx.text(v) == "true"):
                return True
            if _drizzle_with_people(ctx, node, depth + 1):
                return True
        if node.type != "true" or not _PERSON_RELATION.match(key):
            continue
        if any(sensitive_field(program, t, ctx.path) for t in (key, key + "s", "user", "users", "account", "accounts")):
            return True
    return False


# a column holding how to reach a person or what signs them in
_CONTACT_FIELD = re.compile(r"(?i)^(e_?mail|phone(_?number)?|mobile|password\w*)$")


def _people_in_include(ctx: FileContext, model: str, include: Node, depth: int) -> bool:
    models = prisma_models(ctx.analyzer.program, ctx.path)
    for key, raw in object_keys(ctx.src, include).items():
        value = sx.strip_types(raw)
        if value is None:
            continue
        target = _relation_model(models, model, key)
        opts = object_keys(ctx.src, value) if value.type == "object" else {}
        whole = value.type == "true" or (value.type == "object" and "select" not in opts)
        if whole and (_PEOPLE_RELATION.match(key) or (target is not None and _holds_contact(models, target))):
            return True
        if depth >= 3:
            continue
        if "select" in opts and _selects_personal(ctx, opts["select"], depth + 1):
            return True  # (`crew: { select: { email: true } }`)
        nested = opts.get("include")
        if nested is not None and _people_in_include(ctx, target or "", nested, depth + 1):
            return True
    return False


def _relation_model(models: dict[str, str], model: str, key: str) -> str | None:
    """The model a Prisma relation field of ``model`` points to (`crew  crew @relation(...)`)."""
    body = models.get(model.lower())
    if body is None:
        return None
    for line in body.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == key:
            kind = parts[1].rstrip("?[]").lower()
            return kind if kind in models else None
    return None


def _holds_contact(models: dict[str, str], model: str) -> bool:
    for line in models.get(model.lower(), "").splitlines():
        parts = line.split()
        if parts and _CONTACT_FIELD.match(parts[0]):
            return True
    return False


def _joins_people_whole(ctx: FileContext, ev: Event) -> bool:
    """A drizzle read choosing no columns that joins in a table of someone's data (`.innerJoin(users,
    ...)`): whatever the `from` table, each answer carries the joined table's whole row."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "drizzle" or op.projected or op.helper is not None:
        return False  # (a helper's op: its chain is written in the helper's module)
    joined = drizzle_joined_tables(ctx.analyzer.program, ctx.module, op, joined_only=True)
    return any(vocab.private_model(t) for t in joined)


def _behind_a_floating_gate(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`requirePlatformAdmin();` (not awaited) before `SELECT id, name, plan FROM "Charity"`: the entry
    point's own author put a sign-in or role gate in front of the read, so what it reads is not
    public data by their own reckoning, however the table is named; the gate never runs (rule 11)."""
    return any(e.kind == "floating" and e.node.start_byte < ev.node.start_byte for e in ctx.flow(ep).events)


def _whole_personal_row(ctx: FileContext, ev: Event) -> bool:
    """A whole row (no fields picked) found by an id the caller chose, of a model whose schema holds a
    person's contact details or credentials: their private record, whatever the model is called."""
    op = ev.op
    if op is not None and op.kind == "read" and op.api == "drizzle" and not op.projected:
        # `db.select().from(scanCache).where(eq(scanCache.eventId, id))`: every column, a stored secret among them
        if not identifiers(ctx.src, op.chain, into_functions=True) & ev.state.client:
            return False
        held = sensitive_field(ctx.analyzer.program, op.model, ctx.path) if op.model else None
        return held is not None and bool(_PERSONAL_FIELD.match(held))
    if op is not None and op.kind == "read" and op.api == "mongoose" and not op.projected and op.args:
        # `ResetTicket.findById(id)`: the whole document of a schema holding a credential (`token`) or contact
        if not identifiers(ctx.src, op.args[0], into_functions=True) & ev.state.client:
            return False
        fields = _schema_fields(ctx, op)
        return bool(fields) and any(_PERSONAL_FIELD.match(f) or _CREDENTIAL_FIELD.match(f) for f in fields or [])
    if op is not None and op.kind == "read" and op.api == "sql" and op.whole_rows and op.model:
        # `pool.query('SELECT * FROM "Donor" WHERE "charityId" = ' + charity)`: every column of the rows the
        # caller picked, of a table the Prisma schema declares with a person's contact details
        if not any(identifiers(ctx.src, a, into_functions=True) & ev.state.client for a in op.args):
            return False
        fields = _schema_fields(ctx, op)
        if fields is None:
            # (a table the project declares with drizzle, `pgTable("players", {...})`, queried by its SQL
            # name: its columns as declared, a birth date or medical notes as personal as an e-mail)
            # (or by its own SQL migrations, `create table contractors (phone text, bank_iban text)`, or
            # Supabase's generated types)
            program = ctx.analyzer.program
            name = op.model.lower()
            declared = (
                tenancy.drizzle_tables(program).get(name)
                or tenancy.sql_tables(program).get(name)
                or (supabase_tables(program)[name].columns if name in supabase_tables(program) else None)
            )
            return bool(declared) and any(
                _PERSONAL_FIELD.match(f) or _CREDENTIAL_FIELD.match(f) or _SPECIAL_PERSONAL_FIELD.match(f)
                for f in declared or {}
            )
        return bool(fields) and any(_PERSONAL_FIELD.match(f) or _CREDENTIAL_FIELD.match(f) for f in fields or [])
    if op is None or op.kind != "read" or op.api != "prisma" or op.projected or not op.args:
        return False
    where = object_keys(ctx.src, op.args[0]).get("where")
    if where is None or not identifiers(ctx.src, where) & ev.state.client:
        return False
    fields = _schema_fields(ctx, op)
    return bool(fields) and any(_PERSONAL_FIELD.match(f) or _CREDENTIAL_FIELD.match(f) for f in fields or [])


_SPECIAL_PERSONAL_FIELD = vocab.SPECIAL_PERSONAL_FIELD


# A stored credential column (`token`, `resetToken`, `access_token`)
_CREDENTIAL_FIELD = re.compile(r"(?i)^(\w*_)?token$|^[a-z]\w*Token$")


# A picked column holding how to reach a person, or a credential (`payoutEmail`, `contact_phone`); not a
# business's own address on its listing (`companyEmail`, `firm_email`) or a listing's advertised pay range
# (`minSalary`, `salaryRange`, `payMax`): what a job board shows every visitor
_PICKED_PERSONAL = re.compile(
    r"(?i)((?<!company)(?<!company_)(?<!firm)(?<!firm_)(?<!business)(?<!business_)(?<!support)(?<!support_)e_?mail"
    r"|phone|mobile|password|passcode|secret|api_?key|ssn|iban|birth"
    r"|(?<!min)(?<!max)(?<!min_)(?<!max_)salary(?!_?(min|max|range|from|to)))"
)


def _picks_personal_field(ctx: FileContext, ev: Event) -> bool:
    """A read by an id the caller chose that picks a person's contact detail or a credential by name
    (`db.select({ code: t.code, payoutEmail: t.payoutEmail })`, `select: { email: true }`): choosing
    the columns does not make them public."""
    op = ev.op
    if op is None or op.kind != "read" or op.api not in ("prisma", "drizzle") or not op.projected:
        return False
    if not identifiers(ctx.src, op.chain, into_functions=True) & ev.state.client:
        return False
    if op.api == "prisma" and op.args:
        return _selects_personal(ctx, object_keys(ctx.src, op.args[0]).get("select"), 0)
    picked: dict[str, Node] = {}
    for call in sx.find(op.chain, ("call_expression",)):
        args = sx.call_args(call)
        if sx.last_name(sx.callee_name(ctx.src, call)) == "select" and args:
            picked = object_keys(ctx.src, args[0])
    return any(_PICKED_PERSONAL.search(k) or _PICKED_INTERNAL.match(k) for k in picked)


# a relation to the app's accounts or the people it keeps (`user`, `applicant`, `members`)
_ACCOUNT_RELATION = re.compile(
    r"(?i)^(user|account|member|owner|applicant|student|patient|customer|client|person|profile|holder)s?$"
)


def _lists_account_contacts(ctx: FileContext, ev: Event) -> bool:
    """`plotApplication.findMany({ where: { status: "WAITING" }, select: { user: { select: { email: true,
    phone: true } } } })`: every row of a list, each with its account holder's e-mail or phone picked
    through the relation. Picking the fields keeps the contacts in; a constant filter picks nobody out
    (the rows a public listing shows, `published: true`, are judged as published)."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "prisma" or op.verb != "findMany" or len(op.args) != 1:
        return False
    keys = object_keys(ctx.src, op.args[0])
    where = keys.get("where")
    if where is not None and (identifiers(ctx.src, where) & ev.state.client or _VISIBLE_ONLY.search(ctx.text(where))):
        return False  # (a pick by the caller's value: judged by whose rows it picks)
    for rel, value in object_keys(ctx.src, keys.get("select")).items():
        node = sx.unwrap(value)
        if not _ACCOUNT_RELATION.match(rel) or node is None or node.type != "object":
            continue
        picked = object_keys(ctx.src, object_keys(ctx.src, node).get("select"))
        if any(_PICKED_PERSONAL.search(k) for k in picked):
            return True
    return False


def _firestore_personal_fields_answered(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A Firestore document (or query) picked by what the caller sent, whose data's contact fields the
    answer names (`const data = snap.data(); return { email: data.email, phone: data.phone }`): picking
    them one by one keeps a person's details in, as `select({ email })` does."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "firestore" or not ev.state.client:
        return False
    if not identifiers(ctx.src, op.chain, into_functions=True) & ev.state.client:
        return False
    names = _bound_names(ctx, ev.node)
    if not names:
        return False
    held = _derived(ctx, ep.fn.node, names)
    for ret in sx.find(ep.fn.node, ("return_statement",), into_functions=False):
        for member in sx.find(ret, ("member_expression",)):
            obj = sx.unwrap(member.child_by_field_name("object"))
            prop = member.child_by_field_name("property")
            if obj is None or prop is None or obj.type != "identifier" or ctx.text(obj) not in held:
                continue
            if _PICKED_PERSONAL.search(ctx.text(prop)):
                return True
    return False


def _sb_personal_column_mailed(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A Supabase read by an id the caller chose whose select list names a person's contact detail
    (`.select("email").eq("meeting_id", meetingId)`), the addresses then mailed (`sendMail({ to:
    attendees.join(",") })`, through locals made of the rows) or sent back: the people of a record the
    caller picked, read and written to by anyone who names it."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "supabase" or not ev.state.client:
        return False
    if not identifiers(ctx.src, op.chain, into_functions=True) & ev.state.client:
        return False
    picked: list[str] = []
    for method, call in chain_calls(op.chain, ctx.src):
        args = sx.call_args(call)
        text = sx.string_value(ctx.src, args[0]) if method == "select" and args else None
        if text is not None:
            picked = [w[-1] for c in text.split(",") if (w := re.findall(r"\w+", c))]
    if not any(_PICKED_PERSONAL.search(c) for c in picked):
        return False
    flow = ctx.flow(ep)
    if _sent_back(ctx, flow, ev):
        return True
    carried = {name for name, o in flow.records.items() if o is op or o.call.id == ev.node.id}
    if not carried:
        return False
    fn = ep.fn.node
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):  # (in source order)
        value = decl.child_by_field_name("value")
        if decl.start_byte > ev.node.start_byte and value is not None and identifiers(ctx.src, value) & carried:
            carried |= set(sx.pattern_names(ctx.src, decl.child_by_field_name("name")))
    return any(
        e.kind == "email"
        and e.node.start_byte > ev.node.end_byte
        and bool(identifiers(ctx.src, e.node, into_functions=True) & carried)
        for e in flow.events
    )


# the column list of a raw `SELECT`: `SELECT permit_number, applicant_phone AS phone FROM ...`
_SQL_SELECT_LIST = re.compile(r"(?is)^\W*select\s+(?:distinct\s+)?(.*?)\s+from\s")


def _sql_picks_personal_column(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A raw SQL read by a value the caller sent whose column list names a person's contact detail or a
    credential (`SELECT applicant_name, applicant_phone FROM permit_balances WHERE permit_number = ?`),
    sent back: someone's private record, whether or not a schema in the repo declares the table."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "sql" or not op.args or not ev.state.client:
        return False
    if not identifiers(ctx.src, op.call.child_by_field_name("arguments"), into_functions=True) & ev.state.client:
        return False
    m = _SQL_SELECT_LIST.match(ctx.text(op.args[0]))
    if m is None:
        return False
    columns = [re.findall(r"\w+", c)[-1] for c in m.group(1).split(",") if re.findall(r"\w+", c)]
    if not any(_PICKED_PERSONAL.search(c) for c in columns):
        return False
    return _sent_back(ctx, ctx.flow(ep), ev)


# a field kept from outsiders by its name (`internalNotes`, `private_comment`; not an `isPrivate` flag)
_PICKED_INTERNAL = re.compile(r"^(internal|private)(_[a-z]|[A-Z])")
# a relation to the business's own customer, whose name and details are the business's records
_CUSTOMER_RELATION = re.compile(r"(?i)^(customer|patient)s?$")


def _past_floating_guard(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """An auth check the endpoint tests before the read (`if (!authenticateScim(req)) return 401`), left
    un-awaited: its author meant the read for authenticated callers only, and the check never runs."""
    return any(
        e.kind == "floating"
        and e.node.start_byte < ev.node.start_byte
        and any(a.type == "if_statement" for a in sx.ancestors(e.node))
        for e in ctx.flow(ep).events
    )


def _picks_personal_rows(ctx: FileContext, ev: Event) -> bool:
    """A Prisma read that picks a person's contact detail or credential (`select: { email: true }`), by any filter."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "prisma" or not op.projected or not op.args:
        return False
    return _selects_personal(ctx, object_keys(ctx.src, op.args[0]).get("select"), 0)


def _selects_personal(ctx: FileContext, select: Node | None, depth: int) -> bool:
    """A Prisma `select` that picks a personal or internal field, also inside a nested relation's own
    `select` (`customer: { select: { name: true } }`: the customer behind the row, by name)."""
    for key, value in object_keys(ctx.src, select).items():
        if _PICKED_PERSONAL.search(key) or _PICKED_INTERNAL.match(key):
            return True
        node = sx.unwrap(value)
        if node is None or node.type != "object" or depth > 3:
            continue
        if _CUSTOMER_RELATION.match(key):
            return True  # the business's customer, picked in any shape
        if _selects_personal(ctx, object_keys(ctx.src, node).get("select"), depth + 1):
            return True
    return False


# `published: true`, `isPublic: true`, `status: "published"`: a filter keeping what the public may see (an
# issue `status: "SENT"`: a newsletter or bulletin once it went out, its drafts held back)
_VISIBLE_ONLY = re.compile(
    r"(?i)\b(is_?)?(public|published|visible|listed|preview)\s*:\s*true\b"
    r"|\b(status|visibility)\s*:\s*['\"](public|published|sent)['\"]"
)


def _skips_visibility_filter(ctx: FileContext, ev: Event) -> bool:
    """A Prisma read by the caller's id of a model that another read of this file keeps to published
    rows (`where: { id, course: { published: true } }`), without that filter: the rows the public read
    hides (drafts, paid content) are what this one hands out."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "prisma" or not op.model or not op.args:
        return False
    where = object_keys(ctx.src, op.args[0]).get("where")
    if where is None or not identifiers(ctx.src, where) & ev.state.client or _VISIBLE_ONLY.search(ctx.text(where)):
        return False
    if _under_visible_record(ctx, op.call, where):
        return False  # `marinaId: marina.id` of a marina found with `isPublic: true`: the filter carried over
    model = op.model.encode()
    if ctx.src.count(b"." + model + b".") < 2:
        return False  # (no other read of the model here: the cheap test first)
    for call in sx.find(ctx.module.parsed.root, ("call_expression",)):
        fn = sx.strip_types(call.child_by_field_name("function"))
        obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        if obj is None or sx.last_name(sx.callee_name(ctx.src, call)) not in ("findFirst", "findMany", "findUnique"):
            continue
        if call == op.call or not ctx.text(obj).endswith("." + op.model):
            continue
        args = sx.call_args(call)
        other = object_keys(ctx.src, args[0]).get("where") if args else None
        if other is not None and _VISIBLE_ONLY.search(ctx.text(other)):
            return True
    return False


def _under_visible_record(ctx: FileContext, call: Node, where: Node) -> bool:
    """The filter names a record read earlier in the function with a visibility filter of its own
    (`const marina = await prisma.marina.findFirst({ where: { slug, isPublic: true } })`, then `marinaId:
    marina.id`): the same rows as `marina: { slug, isPublic: true }` written in place."""
    fn = sx.enclosing_function(call)
    names = identifiers(ctx.src, where)
    for d in sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None else ():
        if d.start_byte >= call.start_byte or ctx.text(d.child_by_field_name("name")) not in names:
            continue
        value = sx.unwrap(d.child_by_field_name("value"))
        args = sx.call_args(value) if value is not None and value.type == "call_expression" else []
        found = object_keys(ctx.src, args[0]).get("where") if args else None
        if found is not None and _VISIBLE_ONLY.search(ctx.text(found)):
            return True
    return False


def _public_profile_read(ctx: FileContext, op: DbOp) -> bool:
    """A read of a profile model whose schema holds only display fields (name, username, bio,
    image), or that selects only such fields (`select: { id: true, name: true, image: true }`):
    the public profile of a social app, not private data."""
    if op.kind == "read" and _PROFILE_TABLE.match(op.model or "") and _supabase_display_columns_only(ctx, op):
        return True
    if op.kind == "read" and _drizzle_display_columns_only(ctx, op):
        return True
    if op.kind != "read" or not _PROFILE_MODEL.match(op.model or ""):
        return False
    if _selects_display_fields_only(ctx, op) or _listed_kind_read(ctx, op):
        return True
    fields = _schema_fields(ctx, op)
    if fields and _omits_every_personal_field(ctx, op, fields):
        return True
    return bool(fields) and not any(_PRIVATE_FIELD.search(f) for f in fields or [])


# drizzle's table constants for accounts: `userTable`, `users_table`, `usersTable`
_DRIZZLE_TABLE_SUFFIX = re.compile(r"(?i)_?table$")


def _drizzle_display_columns_only(ctx: FileContext, op: DbOp, mod: Module | None = None, depth: int = 0) -> bool:
    """`db.select({ id: userTable.id }).from(userTable)`: a drizzle read of an account table naming only
    display columns of it (the ids of the authors whose name a public search matched), no whole row;
    also inside a project helper (each of its reads of that table)."""
    if not _PROFILE_MODEL.match(_DRIZZLE_TABLE_SUFFIX.sub("", op.model or "")):
        return False
    if op.api == "helper" and op.call.type == "call_expression" and depth < 3:
        target = ctx.analyzer.target(mod or ctx.module, op.call)
        if target is None:
            return False
        inner = [o for o in ctx.analyzer.summary(target).ops if o.kind == "read" and o.model == op.model]
        return bool(inner) and all(_drizzle_display_columns_only(ctx, o, target.module, depth + 1) for o in inner)
    src = (mod or ctx.module).src
    if (
        op.api != "drizzle"
        or op.call.type != "call_expression"
        or sx.last_name(sx.callee_name(src, op.call)) != "select"
    ):
        return False
    args = sx.call_args(op.call)
    picked = sx.unwrap(args[0]) if len(args) == 1 else None
    fields = object_keys(src, picked) if picked is not None and picked.type == "object" else {}
    for key, value in fields.items():
        column = sx.unwrap(value)
        if (
            column is None
            or column.type != "member_expression"
            or sx.text(src, column.child_by_field_name("object")) != op.model
        ):
            return False
        name = sx.text(src, column.child_by_field_name("property"))
        if not (_DISPLAY_FIELD.match(name) and _DISPLAY_FIELD.match(key)) or _PRIVATE_FIELD.search(name + " " + key):
            return False
    return bool(fields)


# A column naming an account in public URLs: `username`, `display_username`, `handle`, `login`
_HANDLE_COLUMN = re.compile(r"(?i)^(\w+_)?(user_?name|handle|login|nick_?name)$")
_SUPABASE_FILTERS = frozenset({"eq", "ilike", "like", "match", "or", "filter"})


def _handle_lookup_kept(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A Supabase read of an account (`users`, `profiles`) whose client-chosen filters are all on a public
    handle (`.eq("username", handle)`, `` .or(`username.eq.${u},display_username.eq.${u}`) ``), none of whose
    row goes back to the caller: the profile a public URL names, looked up to key what its owner published
    (read on its own terms). A row sent back, or one found by an e-mail, is still someone's private data."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "supabase" or not _PROFILE_MODEL.match(op.model or ""):
        return False
    client = ev.state.client
    handled = False
    for call in sx.find(op.chain, ("call_expression",)):
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "member_expression":
            continue
        method = ctx.text(fn.child_by_field_name("property"))
        args = sx.call_args(call)
        if method not in _SUPABASE_FILTERS or not args:
            continue
        if not any(identifiers(ctx.src, a, into_functions=True) & client for a in args):
            continue
        if method == "or" or method == "match":
            # `` `username.eq.${u},display_username.eq.${u}` ``: the column before each term's operator
            text = ctx.text(args[0]).strip("`'\"{}")
            columns = [t.strip().split(".", 1)[0].split(":", 1)[0].strip() for t in text.split(",") if t.strip()]
        else:
            columns = [sx.string_value(ctx.src, args[0]) or ""]
        if not columns or not all(_HANDLE_COLUMN.match(c) for c in columns):
            return False
        handled = True
    return handled and not _sent_back(ctx, ctx.flow(ep), ev)


# the key naming which kind of account a row is (`role`, `platformRole`, `accountType`)
_ACCOUNT_KIND_KEY = re.compile(r"(?i)^(\w*_?role|(account_?|user_?)?(type|kind))$")


def _listed_kind_read(ctx: FileContext, op: DbOp) -> bool:
    """`user.findFirst({ where: { id, platformRole: "TRANSLATOR" }, select: { name: true, bio: true,
    ratePerWord: true } })`: one kind of account a marketplace lists (its filter pins the kind to a
    constant), with fields picked by name and none of them private: the provider's public listing."""
    if op.api != "prisma" or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    where, picked = opts.get("where"), opts.get("select")
    if where is None or picked is None or "include" in opts:
        return False
    pinned = any(
        _ACCOUNT_KIND_KEY.match(k) and sx.string_value(ctx.src, v) for k, v in object_keys(ctx.src, where).items()
    )
    fields = object_keys(ctx.src, picked)
    return (
        pinned
        and bool(fields)
        and all(ctx.text(v) == "true" and not _PRIVATE_FIELD.search(k) for k, v in fields.items())
    )


def _omits_every_personal_field(ctx: FileContext, op: DbOp, fields: list[str]) -> bool:
    """`user.findUnique({ where: { id }, omit: { email: true, password_hash: true } })`: a Prisma read
    leaving out by name every column of the schema holding a person's contact detail or a credential
    (and including no relation): the profile its owner shows the public, with what is private dropped."""
    if op.api != "prisma" or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    if "omit" not in opts or "include" in opts or "select" in opts:
        return False
    omitted = {k for k, v in object_keys(ctx.src, opts["omit"]).items() if ctx.text(v) == "true"}
    personal = {f for f in fields if _PERSONAL_FIELD.match(f) or _CREDENTIAL_FIELD.match(f)}
    return bool(omitted & personal) and personal <= omitted


def _selects_display_fields_only(ctx: FileContext, op: DbOp) -> bool:
    """`findMany({ where, select: { id: true, name: true, image: true } })`: every field picked by
    name with `true`, none of them private; a nested relation (`accounts: true` is a whole row
    of another model, `posts: { ... }`) or an `include` brings more than the fields named."""
    if op.api not in ("prisma", "drizzle") or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    picked = opts.get("select") if op.api == "prisma" else opts.get("columns")
    if picked is None or "include" in opts or "with" in opts:
        return False
    fields = object_keys(ctx.src, picked)
    return bool(fields) and all(
        ctx.text(v) == "true" and _DISPLAY_FIELD.match(k) and not _PRIVATE_FIELD.search(k) for k, v in fields.items()
    )


_DISPLAY_FIELD = vocab.DISPLAY_FIELD
# a profile table under a longer name (`user_profiles`, `public_profile`)
_PROFILE_TABLE = re.compile(r"(?i)^((user|public|member|author)_?)?(user|profile|author|member)s?$")


def _supabase_display_columns_only(ctx: FileContext, op: DbOp, mod: Module | None = None, depth: int = 0) -> bool:
    """`supabase.from("user_profiles").select("avatar_url").eq("id", userId)`: a Supabase read naming only
    display columns (no `*`, no embedded relation), also inside a project helper (`getUserAvatarUrl(id)`)."""
    if op.api == "helper" and op.call.type == "call_expression" and depth < 3:
        target = ctx.analyzer.target(mod or ctx.module, op.call)
        if target is None:
            return False
        inner = [o for o in ctx.analyzer.summary(target).ops if o.kind == "read"]
        return bool(inner) and all(_supabase_display_columns_only(ctx, o, target.module, depth + 1) for o in inner)
    if op.api != "supabase":
        return False
    src = (mod or ctx.module).src
    for call in sx.find(op.chain, ("call_expression",)):
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "member_expression" or sx.text(src, fn.child_by_field_name("property")) != "select":
            continue
        args = sx.call_args(call)
        text = sx.string_value(src, args[0]) if args else None
        columns = [c.strip() for c in text.split(",")] if text else []
        return bool(columns) and all(_DISPLAY_FIELD.match(c) and not _PRIVATE_FIELD.search(c) for c in columns)
    return False


# Keys a tenant hands out to be found by the public: an embed's publishable or widget key (in its page's
# script), a page's slug
_PUBLIC_HANDLE = re.compile(r"(?i)(slug|(public|publishable|widget|embed)_?(api_?)?key)$")
# an OAuth app's registration, looked up by its client id: the public half an authorize URL carries
_OAUTH_CLIENT_MODEL = re.compile(r"(?i)^o_?auth_?(app|application|client)s?$")
_CLIENT_ID_KEY = re.compile(r"(?i)^client_?id$")


_PUBLIC_CACHE = re.compile(r"(?i)^['\"`]\s*public\b")


def _answers_publicly_cached(ctx: FileContext, ep: EntryPoint) -> bool:
    """The handler marks an answer `Cache-Control: public` (a header object's key, or `headers.set(...)`):
    any shared cache may hand it to anyone, so what it reads is public by design (a wrapper doing so
    is `EntryPoint.shared_cache`). Reads only: a write is still one."""
    src = ctx.src
    fn = ep.fn.node
    body = src[fn.start_byte : fn.end_byte]
    if b"public" not in body and b"headers" not in body:
        return False
    if any(_public_cache_header(ctx, pair) for pair in sx.find(fn, ("pair",), into_functions=False)):
        return True
    for pair in sx.find(fn, ("pair", "shorthand_property_identifier"), into_functions=False):
        # `{ headers: corsHeaders }` of a module constant `{ "Cache-Control": "public, s-maxage=60", ... }`
        if pair.type == "pair":
            key, value = pair.child_by_field_name("key"), sx.strip_types(pair.child_by_field_name("value"))
            if key is None or ctx.text(key).strip("'\"`").lower() != "headers":
                continue
        else:
            value = pair if ctx.text(pair) == "headers" else None
        if value is None or value.type != "identifier":
            continue
        bound = sx.strip_types(ctx.module.values.get(ctx.text(value))) if ep.fn.module is ctx.module else None
        if bound is not None and bound.type == "object" and _public_cache_pair(ctx, bound):
            return True
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        args = sx.call_args(call)
        if len(args) >= 2 and (sx.string_value(src, args[0]) or "").lower() == "cache-control":
            value = sx.strip_types(args[1])
            if value is not None and _PUBLIC_CACHE.match(ctx.text(value)):
                return True
    return False


def _public_cache_pair(ctx: FileContext, obj: Node) -> bool:
    return any(pair.type == "pair" and _public_cache_header(ctx, pair) for pair in obj.named_children)


def _public_cache_header(ctx: FileContext, pair: Node) -> bool:
    """`"Cache-Control": "public, s-maxage=60"`: a pair marking an answer cacheable by anyone."""
    key = pair.child_by_field_name("key")
    value = sx.strip_types(pair.child_by_field_name("value"))
    return (
        key is not None
        and ctx.text(key).strip("'\"`").lower() == "cache-control"
        and value is not None
        and _PUBLIC_CACHE.match(ctx.text(value)) is not None
    )


def _public_face_read(ctx: FileContext, op: DbOp) -> bool:
    """`organization.findUnique({ where: { publishableKey: key }, select: { id: true, name: true } })`:
    a row found only by a key its owner publishes (an embed widget's `pk_...`, a page slug), with
    fields picked by name and none of them private, is the tenant's public face."""
    if op.kind != "read" or op.api != "prisma" or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    where, picked = opts.get("where"), opts.get("select")
    if where is None or picked is None or "include" in opts:
        return False
    keys = object_keys(ctx.src, where)
    fields = object_keys(ctx.src, picked)
    return (
        bool(keys)
        and all(_PUBLIC_HANDLE.search(k) for k in keys)
        and bool(fields)
        and all(ctx.text(v) == "true" and not _PRIVATE_FIELD.search(k) for k, v in fields.items())
    )


# a filter keeping rows not yet public: `.eq("status", "draft")`, `where: { published: false }`, `isPublic: false`
_UNPUBLISHED = re.compile(
    r"""(?i)["'`](draft|drafts|unpublished)["'`]|\b(is_?)?(published|public|visible|listed)["'`]?\s*[:,]\s*false\b"""
    # (`eq(posts.isDraft, true)`: a filter; `isDraft: true` may be a column picked)
    r"""|\b(is_?)?draft["'`]?\s*,\s*true\b"""
)


# what comes right before a draft named to be left out: `status <> 'DRAFT'`, `!= 'draft'`, `NOT IN ('draft',
# ...)`, `.neq("status", "draft")`, `ne(t.status, "draft")`, `status: { not: "draft" }`, `notIn: ["draft"]`
_EXCLUDED_BEFORE = re.compile(
    r"""(?i)(<>|!=|\bnot\s+in\s*\([^)]*|\bneq?\s*\([^)]*,|\bnot\s*:|\bnotIn\s*:\s*\[[^\]]*|\$?nin\s*:\s*\[[^\]]*|\$ne\s*:)\s*$"""
)


def _unpublished_only(ctx: FileContext, op: DbOp) -> bool:
    """The read keeps drafts only (`from("articles").select("*").eq("status", "draft")`): whatever the
    table's name, unpublished content is its authors', not the public's. A draft named to be left out
    (`status <> 'DRAFT'`) keeps the others: the opposite."""
    if op.kind != "read":
        return False
    for a in op.args:
        text = ctx.text(a)
        for m in _UNPUBLISHED.finditer(text):
            if not _EXCLUDED_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                return True
    return False


# The id an anonymous visitor's browser makes up and keeps (a chat widget's random `visitorId`)
_VISITOR_KEY = re.compile(r"(?i)^(visitor|anonymous|anon|guest)_?id$")


def _visitor_rows(ctx: FileContext, op: DbOp) -> bool:
    """`ChatTranscript.updateOne({ workspaceId: ws.id, visitorId }, ...)`: rows picked by the random id
    an anonymous visitor holds are that visitor's own, on a surface anonymous by design (a support
    widget): they have no account to sign in with."""
    if not op.args:
        return False
    where = op.args[0]
    if op.api == "prisma":
        where = object_keys(ctx.src, op.args[0]).get("where") or op.args[0]
    return any(_VISITOR_KEY.match(k) for k in object_keys(ctx.src, where))


# What a public form files: a new lead row (`demoRequest`, `waitlistEntry`, `feedback`), not user data
_INTAKE_MODEL = re.compile(
    r"(?i)^(demo|sales|quote|access|beta|early_?access|callback)_?(requests?|bookings?|signups?)$|^\w*?_?leads?$|"
    r"^(wait_?list|newsletter)\w*$|^(feedbacks?|enquir\w*|inquir\w*|subscribers?)$|"
    r"^contact_?(messages?|requests?|submissions?|forms?)$|"
    # an anonymous beacon's log: a click on a tracking link, a page view or impression appended
    r"^(\w*?_?)?(clicks?|impressions?|page_?(views?|visits?|hits?|events?))$"
)
_INTAKE_VERBS = frozenset({"create", "insert", "insertone"})
_REFERENCE_KEY = re.compile(r"(?i)(Id|_id|Ids|_ids)$")


def _public_intake(ctx: FileContext, op: DbOp) -> bool:
    """`prisma.demoRequest.create({ data: { email, company } })`: a public form filing a new,
    free-standing lead row, or a beacon appending a click or page-view row (`INSERT INTO link_clicks
    (slug, referrer)`); a row that points at a user, team or other record is user-scoped."""
    if op.kind != "write" or not _INTAKE_MODEL.match(op.model or ""):
        return False
    if op.api == "sql" and op.args:
        # `pool.query("INSERT INTO supplier_leads (company, email) VALUES ($1, $2)", [...])`: the columns
        m = _SQL_INSERT.match(ctx.text(op.args[0]).lstrip("`'\"( \n"))
        return m is not None and not any(_REFERENCE_KEY.search(c.strip(' "`')) for c in m.group(1).split(","))
    if op.verb.lower() not in _INTAKE_VERBS:
        return False
    return not any(
        _REFERENCE_KEY.search(k) or _connects(ctx, v) for d in op.data for k, v in object_keys(ctx.src, d).items()
    )


def _connects(ctx: FileContext, value: Node | None) -> bool:
    """`pilot: { connect: { id } }`: a Prisma relation set to an existing record, as a reference key would."""
    value = sx.strip_types(value)
    return (
        value is not None
        and value.type == "object"
        and bool({"connect", "connectOrCreate"} & set(object_keys(ctx.src, value)))
    )


_SQL_INSERT = re.compile(r"(?i)^insert\s+into\s+[\w\".]+\s*\(([^)]*)\)")

# An analytics log: `component_analytics`, `download_events`, `analytics_events`
_ANALYTICS_TABLE = re.compile(r"(?i)^(\w+_)?analytics(_?events?)?$|^(\w+_)?(download|view|click)_?events?$")
# a key filing a row under a person or a tenant
_PARTY_KEY = re.compile(r"(?i)^(user|owner|author|account|member|customer|team|org|organization|workspace)_?id$")


def _read_locals(ctx: FileContext, ep: EntryPoint) -> set[str]:
    """The names a declaration binds to what a database read of the handler answered (`const { data: row } =
    await supabase.from(t).select(...).returns<T>().single()`), also where the flow keeps no record of it."""
    reads = [e.node for e in ctx.flow(ep).events if e.kind == "db" and e.op is not None and e.op.kind == "read"]
    out: set[str] = set()
    for d in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        value = d.child_by_field_name("value")
        if value is not None and any(sx.contains(value, r) for r in reads):
            out.update(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    return out


def _served_row_event(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`analytics.insert({ component_id: component.id, activity_type: "download", created_at })`: a new
    analytics row about a record the handler itself read, written from the server's values alone (no client
    value, no person or tenant it is filed under): a beacon counting what was served, like a view counter."""
    op = ev.op
    if op is None or op.kind != "write" or op.verb.lower() not in _INTAKE_VERBS or not op.data:
        return False
    if not _ANALYTICS_TABLE.match(op.model or ""):
        return False
    records = set(ctx.flow(ep).records) | _read_locals(ctx, ep)
    for data in op.data:
        literal = sx.unwrap(data)
        values = object_keys(ctx.src, literal) if literal is not None and literal.type == "object" else {}
        if not values:
            return False
        for key, value in values.items():
            refs = identifiers(ctx.src, value, into_functions=True)
            # (the record read, found by the slug in the URL, is the one served: its id is no client value)
            if (refs - records) & ev.state.client or _PARTY_KEY.match(key):
                return False
            if _REFERENCE_KEY.search(key) and not refs & records:
                return False  # (the record it points at is one the handler read, not any id at all)
    return True


# The tables a request-logging wrapper keeps: log lines and events, the request and cron-run records,
# usage events (`log_events`, `request_logs`, `cron_runs`, `requests`, `usage_events`)
_TELEMETRY_TABLE = re.compile(
    r"(?i)^(\w+_)?(logs?|log_?(events?|entries|lines|records|items))$|"
    r"^(requests?|api_?requests?|(cron|job)_?runs?|usage_?events?|telemetry\w*|traces?|spans?)$"
)
_CALLBACK_TYPES = frozenset({"arrow_function", "function_expression", "function"})
_LOG_APPENDS = frozenset({"insert", "create", "createmany", "insertone", "insertmany", "add"})


def _handler_wrapper_log(ctx: FileContext, ev: Event) -> bool:
    """`return withCronLogDrain(opts, () => handleGET(req))`: the log and request rows a wrapper around
    the handler writes (and prunes by age) for every request are its bookkeeping, not the handler's
    work, which the callback guards itself; rows a wrapper picks by a value handed in are not that."""
    op = ev.op
    if op is None or op.helper is None or not _TELEMETRY_TABLE.match(op.model or ""):
        return False
    picks = op.filter_uses if op.filter_uses is not None else op.param_uses
    if (picks and op.verb.lower() not in _LOG_APPENDS) or ev.node.type != "call_expression":
        return False
    args = ev.node.child_by_field_name("arguments")
    for arg in args.named_children if args is not None else []:
        value = sx.unwrap(arg)
        if value is not None and value.type in _CALLBACK_TYPES:
            return True
    return False


# A project logger named for its level (`error(msg, meta)`, `logWarning(msg)`), or a method of one
_LOGGER_CALL = re.compile(
    r"(?i)^((\w+\.)?(log|info|warn|warning|error|debug|trace|fatal|critical|notice|verbose)|"
    r"log_?(error|warn|warning|info|debug|event|message|exception)|(logger|log)\.\w+)$"
)


def _logger_row(ev: Event) -> bool:
    """`error("payment failed", meta)` with a project logger that appends each line to a
    `Log` collection: the logger's own row, written wherever code logs (a catch block too), is no
    change a caller makes to anyone's data."""
    op = ev.op
    return (
        op is not None
        and op.helper is not None
        and op.kind == "write"
        and op.verb.lower() in _LOG_APPENDS
        and bool(_TELEMETRY_TABLE.match(op.model or ""))
        and bool(_LOGGER_CALL.match(ev.callee))
    )


def _server_made_log_line(ev: Event) -> bool:
    """`getMessage(id)` appending `Logs { action: "VIEWED", message: "viewed " + row.subject }`: a new
    log line the helper writes of what it served, no value its caller handed in reaching it (not
    `writeLog(action, message)`, whose caller writes the line): the trail of a read, whatever is read."""
    op = ev.op
    return (
        op is not None
        and op.helper is not None
        and op.kind == "write"
        and not op.param_uses
        and op.verb.lower().startswith(("insert", "create", "add"))
        and bool(_TELEMETRY_TABLE.match(op.model or ""))
    )


# The table a limiter keeps its counts in (`RateLimitCounter`, `rate_limits`, `ThrottleBucket`, `ip_hits`)
_LIMITER_TABLE = re.compile(r"(?i)rate_?limit|ratelimit|throttle|limiter|(^|_)(hits?|buckets?)$|[a-z](Hits?|Buckets?)$")


def _limiter_counter(ev: Event) -> bool:
    """`await applyRateLimit(limits.search, req)` whose helper upserts a `RateLimitCounter` row (or prunes
    its expired ones): a limiter (named for one, not for configuring it) counting the request in its own
    table. That is the limit's bookkeeping, not the endpoint's work: what the handler does past it
    decides. (A helper named for the limiter writing another table, `clearRateLimitBans` unlocking a
    `user`, still counts.)"""
    op = ev.op
    if (
        op is None
        or op.helper is None
        or vocab.RATE_LIMIT.search(ev.callee) is None
        or _LIMITER_TABLE.search(op.model or "") is None
    ):
        return False
    # (`updateRateLimitSettings(body)` configures the limiter: an admin's write, not a count)
    return _CONFIGURES.match(sx.last_name(ev.callee)) is None


_CONFIGURES = re.compile(r"^(update|set|save|configure|edit|put|patch|create|delete|remove|upsert|change)[A-Z_]")


# A table holding data derived from other rows for lookups: a full-text search index, a cache
# (`cms_entry_search`, `guideSearch`, `page_fts`, `searchIndex`, `render_cache`)
_DERIVED_TABLE = re.compile(r"(?i)(?:^|_|(?<=[a-z0-9]))(?:search(?:_?index)?|fts\d?|search_?cache|cache[ds]?)$")


def _derived_index_refill(op: DbOp) -> bool:
    """A project helper's write to a derived table (a search index, a cache) that none of the caller's
    arguments reach (`searchDocs(q)` refilling `cms_entry_search` from stored entries when it is empty):
    upkeep of what a public read looks in, the caller changes nothing of anyone's."""
    reached = bool(op.param_uses) and bool(op.param_names or op.filter_uses)
    return op.api == "helper" and not reached and bool(_DERIVED_TABLE.search(op.model or ""))


# A name made fresh per request: a random id or the request's time
_FRESH_NAME = re.compile(r"(randomUUID|randomBytes|nanoid|createId|generateId|cuid2?|uuid|uuidv4|v4|ulid|Date\.now)$")


def _fresh_upload_slot(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`getSignedUrl(s3, new PutObjectCommand({ Key: `resumes/${randomUUID()}-${name}` }))`, also through a
    project helper handed that key: a presigned upload to a key under a fixed folder whose first varying
    part the server makes fresh (a random id, the time). Its holder writes a new object only: nothing of
    anyone's is overwritten, as a public form files a new row (a key the caller names, or a folder it
    picks, is still flagged)."""
    if ev.node.type != "call_expression":
        return False
    keys: list[Node] = []
    if is_presigned_write(ctx.module, ev.node):
        command = presigned_command(ctx.module, ev.node)
        opts = sx.call_args(command) if command is not None else []
        key = object_keys(ctx.src, opts[0]).get("Key") if opts else None
        keys = [key] if key is not None else []
    else:
        target = ctx.analyzer.target(ctx.module, ev.node)
        if target is None or target.body is None:
            return False
        if not any(is_presigned_write(target.module, c) for c in sx.find(target.body, ("call_expression",))):
            return False
        keys = sx.call_args(ev.node)[:1]
    return any(_fresh_key(ctx, ep.fn.node, k, 0) for k in keys)


def _fresh_key(ctx: FileContext, fn: Node, key: Node | None, depth: int) -> bool:
    """``key`` is a template with a fixed leading folder whose first substitution is a fresh name."""
    key = sx.unwrap(key)
    if key is not None and key.type == "identifier" and depth < 2:
        name = ctx.text(key)
        # (the function's own binding first, else one in a callback: `files.map(async (f) => { const key = ... })`)
        for into in (False, True):
            for d in sx.find(fn, ("variable_declarator",), into_functions=into):
                target = d.child_by_field_name("name")
                if target is not None and target.type == "identifier" and ctx.text(target) == name:
                    return _fresh_key(ctx, fn, d.child_by_field_name("value"), depth + 1)
        return False
    if key is None or key.type != "template_string":
        return False
    parts = [c for c in key.named_children if c.type in ("string_fragment", "template_substitution")]
    if parts and parts[0].type == "template_substitution" and _server_root(ctx, fn, parts[0]):
        parts = parts[1:]  # `${storageRoot}/temp/headshots/${generateId()}`: the server's own root first
    if len(parts) < 2 or parts[0].type != "string_fragment" or "/" not in ctx.text(parts[0]):
        return False
    first = next((p for p in parts if p.type == "template_substitution"), None)
    inner = sx.unwrap(first.named_children[0]) if first is not None and first.named_children else None
    return (
        inner is not None
        and inner.type == "call_expression"
        and bool(_FRESH_NAME.search(sx.callee_name(ctx.src, inner)))
    )


def _server_root(ctx: FileContext, fn: Node, part: Node) -> bool:
    """A key's leading `${storageRoot}` / `${env.BUCKET_PREFIX}`: a name the function neither takes nor
    binds (a module constant, the environment), so not the caller's choice."""
    inner = sx.unwrap(part.named_children[0]) if part.named_children else None
    if inner is None or inner.type not in ("identifier", "member_expression"):
        return False
    root = sx.root_identifier(ctx.src, inner)
    if root is None:
        return False
    bound: set[str] = set()  # (also in the callbacks: `files.map((file) => `${file.dir}/...`)`)
    for d in sx.find(fn, ("variable_declarator",), into_functions=True):
        bound.update(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    for params in [fn.child_by_field_name("parameters"), *sx.find(fn, ("formal_parameters",), into_functions=True)]:
        for p in params.named_children if params is not None else ():
            bound.update(sx.pattern_names(ctx.src, p))
    for arrow in [fn, *sx.find(fn, ("arrow_function",), into_functions=True)]:
        bound.update(sx.pattern_names(ctx.src, arrow.child_by_field_name("parameter")))  # (`f => ...`)
    return root not in bound


# the route group of the pages anyone may open: `app/(public)/find-pantry/actions.ts`
_PUBLIC_GROUP = re.compile(r"(^|/)\(public\)/", re.I)


def _public_group_read(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A read by an action of the `(public)` route group, the pages its author made open to anyone (a pantry
    directory by its network's slug), that reads no session and picks no one's contact field or secret: public
    data (rule 1). A write from there, or a read of a private table, is not."""
    if ep.kind not in ("action", "inline-action") or not _PUBLIC_GROUP.search(ep.path):
        return False
    if ev.state.session or ev.state.fetched:
        return False  # (meant for a signed-in caller)
    # (nor a read by id, without the visibility filter another read of the model keeps: a private marina's berth)
    return not (
        _whole_personal_row(ctx, ev)
        or _picks_personal_field(ctx, ev)
        or _secret_field_used(ctx, ep, ev.node)
        or _skips_visibility_filter(ctx, ev)
    )


def _discarded_read(op: DbOp) -> bool:
    """A read of the ORM itself run as a statement of its own (`await db.project.findFirst();`): its answer
    is bound to nothing, returned nowhere and handed to nothing, so no row reaches the caller (a database
    health probe). A project helper's read is not: the helper may send what it read on itself."""
    if op.api == "helper":
        return False
    node = op.chain
    while node.parent is not None and node.parent.type in ("await_expression", "parenthesized_expression"):
        node = node.parent
    return node.parent is not None and node.parent.type == "expression_statement"


def _selects_nothing(ctx: FileContext, op: DbOp) -> bool:
    """A Prisma read whose `select` sets every field it names to `false` (and includes nothing): no field
    of the row is read."""
    if op.api != "prisma" or op.helper is not None or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    select = sx.strip_types(opts.get("select"))
    if select is None or select.type != "object" or "include" in opts:
        return False
    values = [sx.strip_types(v) for v in object_keys(ctx.src, select).values()]
    return (
        bool(values)
        and len(values) == select.named_child_count
        and all(v is not None and v.type == "false" for v in values)
    )


_TABLE_SLOT = re.compile(r"(?i)\b(from|join)\s+[\"`]?$")


def _client_named_table(ctx: FileContext, ev: Event) -> bool:
    """A raw SQL read whose table is a value the caller sent (`select * from ${table}`): no table of the
    app's, however private, is out of its reach."""
    op = ev.op
    if op is None or op.api != "sql" or op.kind != "read" or not op.args or not ev.state.client:
        return False
    text = sx.strip_types(op.args[0])
    if text is None or text.type != "template_string":
        return False
    before = ""
    for part in text.children:
        if part.type == "template_substitution":
            if _TABLE_SLOT.search(before) and identifiers(ctx.src, part) & ev.state.client:
                return True
            before = ""
        else:
            before += ctx.text(part)
    return False


def sensitive(ctx: FileContext, ev: Event, ep: EntryPoint, mails_codes: bool = False) -> bool:
    if ev.kind == "db" and ev.op is not None:
        if ev.op.guarded and not _open_check_answered(ctx, ep, ev):
            return False  # a helper's op past its own session check, or its session lookup itself
        if (
            (keyed_by_secret(ctx, ev.op) and not _filter_from_session_only(ctx, ev))
            or _public_profile_read(ctx, ev.op)
            or _public_intake(ctx, ev.op)
        ):
            return False
        if _served_row_event(ctx, ep, ev):
            return False  # `component_analytics.insert({ component_id: component.id, activity_type: DOWNLOAD })`
        if _reference_and_email_lookup(ctx, ev):
            return False  # a guest's order-tracking lookup: the row's own id and its e-mail, held together
        if _distinct_categories_by_handle(ctx, ev.op):
            return False  # a dropdown's options: the distinct values of one category column, no row
        if _visitor_rows(ctx, ev.op):
            return False  # an anonymous widget's visitor and their own transcript
        if _handler_wrapper_log(ctx, ev):
            return False  # a logging wrapper's request rows around a handler that guards itself
        if _logger_row(ev):
            return False  # a project logger's own line, kept as a row
        if _server_made_log_line(ev):
            return False  # a helper's access-log line of what it served, made of the server's own values
        if _limiter_counter(ev):
            return False  # a rate limiter's own counter row, bumped on every request it limits
        if mails_codes and vocab.CODE_STORE_MODELS.match(ev.op.model or ""):
            return False  # storing (and replacing) the code it mails
        if ev.op.api == "helper" and ctx.analyzer.is_auth_source_call(ep.fn.module, ev.node):
            return False  # the authentication lookup itself (`authenticateRequest(req)` reads api_keys)
        if sessions.keyed_by_session_token(ctx.analyzer, ep.fn, ctx.flow(ep), [ev.op.chain, *ev.op.args]):
            return False  # an exported session reader: the row its caller's own cookie names
        if ev.op.kind == "write" and _derived_index_refill(ev.op):
            return False  # a search index rebuilt from the server's own rows when found empty
        if ev.op.kind == "write":
            return True
        if _discarded_read(ev.op):
            return False  # `await db.project.findFirst();` alone: a health probe, nothing of the row goes out
        if _selects_nothing(ctx, ev.op):
            return False  # `select: { isNewUser: false }`: every field left out, no field read
        if _site_wide_count(ctx, ev.op) or _sql_counts_only(ctx, ev.op) or _market_figure(ctx, ev.op):
            return False  # `db.user.count()`: how many rows a whole table holds, nobody's own data
        if _counted_only(ctx, ep, ev) or (_aggregates_only(ctx, ev.op) and not _counts_someones(ctx, ev)):
            return False  # `return rows.length` of a status's rows: a head-count, as `count()` answers
        if _total_under_a_public_row(ctx, ctx.flow(ep), ev.op):
            return False  # a live campaign's raised total, as its public page shows it
        if _only_with_session_id(ctx, ev):
            return False  # `getSettings(session?.user?.id ?? null)` answering defaults without it
        if _verification_key_read(ctx, ep, ev.node):
            return False  # the key the caller's signed token is checked with: the sign-in itself
        if _mailer_lookup(ctx, ep, ev):
            return False  # a public form mailing the team: the mailer's own lookup of the recipient
        if _team_notified_only(ctx, ep, ev):
            return False  # a public form texting the team it found by its slug: their phones are where it goes
        if _presence_only(ctx, ep, ev.node):
            return False  # `if (!target) return 404`: whether the row exists, none of its fields
        if _answers_a_flag_only(ctx, ep):
            return False  # `return settings?.sms?.enabled === true`: a site-wide yes/no, none of the rows
        if _slot_free_answer(ctx, ep, ev):
            return False  # `isStylistFree(id, at)`: whether a time is taken, answered yes/no
        if (
            ep.kind in ("route", "pages-api")
            and not mentions_any(ctx.src, [ev.op.chain, *ev.op.args], ev.state.client)
            and _responds_flags_only(ctx, ep)
        ):
            return False  # `json({ disabled: row?.off ?? false })`: a public status route's yes/no
        if _public_face_read(ctx, ev.op):
            return False
        if ep.kind in ("route", "pages-api") and _answers_publicly_cached(ctx, ep):
            return False  # `Cache-Control: public` on its answer: a shared cache hands it to anyone
        if _ownerless_counter_read(ctx, ev.op):
            return False  # `omegaOrder.findFirst()`: a row of scalars nobody owns, whatever its name says
        if (_published_only(ctx, ev.op) or _published_tested_next(ctx, ev)) and not _picks_personal_field(ctx, ev):
            return False  # `where(and(eq(t.slug, slug), eq(t.isPublished, true)))`: what its owner published
        if _under_published_record(ctx, ep, ev):
            return False  # the chosen fields of a published record's children: its public page
        if _ownerless_record(ctx, ev.op):
            return False  # `tuitionRateRecord`: a fee schedule's row nobody owns, whatever "record" suggests
        if _timetable_slot(ctx, ev.op):
            return False  # `classSession.findUnique({ where: { id }, select: { title, startsAt, capacity } })`
        if _time_window_only(ctx, ev.op):
            return False  # `from("bookings").select("starts_at, ends_at").eq("venue_id", id)`: when it is busy
        if _handle_lookup_kept(ctx, ep, ev):
            return False  # `users` found by the username in a public URL, only to key its published rows
        if _unowned_lookup_list(ctx, ev.op):
            return False  # `from("task_priorities").select("*").order("id")`: a fixed list of labels
        if ev.op.kind == "read" and price_catalogue(ctx.analyzer.program, ev.op.model or ""):
            return False  # `subscription.findFirst({ where: { id } })` of plans people pick: the offers on sale
        if vocab.private_model(ev.op.model or "") or _unpublished_only(ctx, ev.op):
            return True
        if _PUPIL_RECORDS.match(ev.op.model or "") and _rows_answered(ctx, ep, ev):
            return True  # `from("students").eq("class_id", id)`: children's names, whoever their class is
        if _joined_person_picked(ctx, ev) and _rows_answered(ctx, ep, ev) and not _answers_yes_no(ctx, ep):
            return True  # `from(grades).leftJoin(students, ...).where(eq(students.lrn, lrn))`: that pupil's grades
        if _every_redeemable_code(ctx, ep, ev):
            return True  # `Coupon.find(query)` answered whole: every code the shop hands out, to spend
        if ev.op.model and person_record_table(ctx.analyzer.program, ev.op.model):
            return True  # `from("pupils")`, `FROM absences`: records about people, a birth date or health notes
        if _owned_table_rows_answered(ctx, ep, ev):
            return True  # `from("properties").select("id, title")`: rows the project holds to their owners elsewhere
        if _client_named_table(ctx, ev):
            return True  # `sql.unsafe(\`select * from ${table}\`)`: whichever table the caller names, accounts too
        if _public_group_read(ctx, ep, ev):
            return False  # an action of the `(public)` pages reading the catalogue they show
        if _behind_a_floating_gate(ctx, ep, ev):
            return True  # `requirePlatformAdmin();` un-awaited first: the author's own gate calls it private
        if _ADMIN_NAME.match(ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name):
            # `adminGetFeedbackById(id)` with no check: the author's own name calls it private (an `admin/`
            # folder alone does not: the published blog posts its admin pages edit are read from there too)
            return True
        if _whole_personal_row(ctx, ev):
            return True  # `candidate.findUnique({ where: { id } })` returned whole: someone's e-mail, phone
        if _every_collected_row(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `db.query.waitlist.findMany()` answered: every sign-up's e-mail
        if _every_kysely_person_row(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `db.selectFrom("donors").selectAll()` answered: every donor's e-mail and phone
        if _every_prisma_person_row(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `prisma.clients.findMany()` answered: every client's e-mail and password hash
        if _stored_mail_rows(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `prisma.localEmail.findMany()` answered: the mails sent, their links and codes
        if _every_drizzle_person_row(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `db.select().from(clients)` answered: every client's e-mail and phone
        if ev.op.api == "helper" and _helper_whole_personal_row(ctx, ep, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `loadHelper(params.id)` answering `Helper.findById(id).lean()` whole, sent back
        if ev.op.api == "helper" and _helper_every_personal_row(ctx, ep, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `listDonors()` answering `Donor.find()`: every donor's e-mail, sent back
        if _joins_people_whole(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `db.select().from(seats).innerJoin(users, ...)` answered: each seat's whole user row
        if (_includes_people(ctx, ev) or _helper_includes_people(ctx, ep, ev)) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `phoneLine.findMany({ include: { customers: true } })`: the people behind each row
        if _embeds_private_rows(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `from("campaigns").select("*, applicants(*)").eq("id", id)`: each applicant's row
        if _past_floating_guard(ctx, ep, ev) and _picks_personal_rows(ctx, ev):
            return True  # `if (!authenticateScim(req)) return 401` un-awaited, then people's e-mails listed
        if _sb_personal_column_mailed(ctx, ep, ev):
            return True  # `from("attendees").select("email").eq("meeting_id", id)`, each address then mailed
        if _lists_account_contacts(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev):
            return True  # `application.findMany({ where: { status }, select: { user: { select: { email } } } })`
        if _picks_personal_field(ctx, ev) or _skips_visibility_filter(ctx, ev):
            return True  # `select({ payoutEmail })` of a row the caller picked; a draft the public read hides
        if _firestore_personal_fields_answered(ctx, ep, ev):
            return True  # `doc(applicantId).get()` then `{ email: data.email, phone: data.phone }` answered
        if _sql_picks_personal_column(ctx, ep, ev):
            return True  # `SELECT applicant_phone FROM ...` by the caller's number, answered
        if _secret_field_used(ctx, ep, ev.node):
            return True  # `customModel.api_key` of a row read by a client id: a stored secret, private
        if (
            _tenant_row_by_client(ctx, ep, ev)
            or _every_tenants_rows(ctx, ep, ev)
            or _every_owners_rows(ctx, ep, ev)
            or _every_sql_filed_rows(ctx, ep, ev)
            or _sql_filed_rows_by_client(ctx, ep, ev)
            or _tenant_rows_past_unchecked_session(ctx, ep, ev)
            or _sql_table_rows_past_unchecked_session(ctx, ep, ev)
        ):
            return True  # `award.findUnique({ where: { id } })` of a model the schema files under a tenant
        owner_keyed = (
            _keyed_by_client_owner(ctx, ev.op, ev.state.client)
            or _sql_keyed_by_client_owner(ctx, ev)
            or _keyed_by_client_email(ctx, ev.op, ev.state.client)
            or (_drizzle_keyed_by_client_email(ctx, ev) and _sent_back(ctx, ctx.flow(ep), ev))
            # (a session fetched, so meant for a signed-in caller, but never checked: rows by a column the
            # project holds to the caller elsewhere, `eq(apprentices.tutorId, userId)`, are someone's own)
            or (
                bool(ev.state.fetched)
                and _keyed_by_client_owner(ctx, ev.op, ev.state.client, caller_held_columns(ctx.analyzer.program))
            )
        )
        if (
            owner_keyed
            and not _handle_from_caller(ctx, ep, ev.op)
            and not tenancy.public_by_default(ctx.analyzer.program, ev.op.model or "")
        ):
            return True  # `where: { userId }` with the caller's choice of user: someone's own rows
            # (not of a model whose rows are public unless hidden: a member's or a community's posts)
        if ev.op.api == "helper" and ev.op.kind == "read" and _helper_keyed_by_client_owner(ctx, ep, ev):
            return True  # `getContractByEmployeeId(employeeId)` whose read is `where: { employee_id }`
        if _open_action(ctx, ep, ev):
            return True  # `getContract(employeeId)`: an action open to anyone, its answer handed on
        names = ev.state.fetched | ev.state.session
        if not mentions_any(ctx.src, [ev.op.chain, *ev.op.args], names):
            return False
        # a public read narrowed for signed-in callers (`if (session) { ...follows... }`) reads nothing
        # of anyone's for a visitor, and only the caller's own data otherwise
        if _session_narrows_relations_only(ctx, ev.op, names):
            return False  # the session only picks the caller's own rows of a nested relation
        if _session_narrows_left_joins_only(ctx, ev.op, names):
            return False  # the session only picks the caller's own rows a LEFT JOIN adds to public ones
        return not _session_read_only_when_present(ctx, ep.fn.node, names)
    if ev.kind == "store":
        if is_mcp_tool_call(ctx.module, ev.callee):
            # (the caller picks the server or the tool: it runs with another user's connection)
            return bool(identifiers(ctx.src, ev.node.child_by_field_name("arguments")) & ev.state.client)
        if is_job_control(ctx.module, ev.callee):
            # `runs.cancel(runId)`: a run the caller names (not one this endpoint started or looked up)
            names = identifiers(ctx.src, ev.node.child_by_field_name("arguments")) & ev.state.client
            return any(_sent_by_caller(ctx, ep, n, 0) for n in names)
        # `utapi.deleteFiles(key)`, `stripe.accounts.del(id)`: stored data deleted elsewhere; an upload
        # counts when the caller supplies what is stored (a cache of server-made content is not a change)
        # (a presigned upload URL hands the caller the write itself: whatever they send is stored)
        if not (ev.state.session or ev.state.fetched) and _fresh_upload_slot(ctx, ep, ev):
            return False  # an anonymous visitor's upload under a name the server made fresh
        return (
            not is_store_upload(ctx.module, ev.node, ev.callee)
            or is_presigned_write(ctx.module, ev.node)
            or is_upload_grant(ctx.module, ev.callee)
            or _uploads_client_content(ctx, ev)
        )
    if ev.kind == "exec":
        # a command the caller or stored data picks (`spawn(cmd)`, an MCP stdio transport's `command`),
        # also through a project helper; a fixed tool (`spawn("ffmpeg", args)`) is processing, not a change
        if ev.node.type == "call_expression" and ctx.analyzer.target(ctx.module, ev.node) is not None:
            return True
        return bool(identifiers(ctx.src, command_arg(ctx.src, ev.node)) & ev.state.client)
    if ev.kind == "fs":
        return any(w in ev.callee for w in ("write", "append", "unlink", "rm", "rename", "mkdir"))
    if ev.kind in ("fetch", "relay"):
        # a service called with the server's own secret about what the caller names: the service
        # trusts the server, so the caller acts with the server's rights
        secret, inputs = ctx.analyzer.relay_inputs(ctx.module, ep.fn.node, ev)
        return bool(secret) and mentions_any(ctx.src, inputs, ev.state.client)
    if ev.kind == "email":
        return _open_relay(ctx, ev, ep)
    return False


_RECIPIENT_KEYS = frozenset({"to", "cc", "bcc", "recipient", "recipients", "email", "address", "destination"})
_CONTENT_KEYS = frozenset(
    # (`htmlContent`, `textContent`: the names of Brevo's HTTP API)
    {"subject", "html", "text", "body", "message", "content", "react", "template", "htmlcontent", "textcontent"}
)


_LITERAL_VALUES = frozenset({"null", "true", "false", "undefined", "number", "string", "string_fragment"})


# records about the learners a school or tutor keeps (`students`, `pupils`, `StudentModel`): people, often
# children, who never sign in (not `student_testimonials`, quotes published on the home page)
_PUPIL_RECORDS = re.compile(r"(?i)^(students?|pupils?)(_?model)?$")
# codes that redeem something (`coupons`, `GiftVoucher`, `promo_codes`): whoever reads one can spend it
_CODE_STORE = re.compile(r"(?i)coupon|voucher|gift_?cards?|promo(tion)?_?codes?|discount_?codes?")
_NAMES_A_CODE = re.compile(r"(?i)\b\w*code\b")


# the people a register keeps records about, by the words of its table's name (`StudentInfoTable`,
# `applicants_information`, `patient`): a join to one of them picks whose rows the read answers
_PERSON_WORDS = frozenset(
    {
        "student",
        "pupil",
        "learner",
        "applicant",
        "patient",
        "client",
        "customer",
        "member",
        "employee",
        "staff",
        "candidate",
        "person",
        "people",
        "tenant",
        "resident",
        "guardian",
        "parent",
        "child",
        "user",
        "account",
    }
)
_DRIZZLE_JOINS = frozenset({"innerJoin", "leftJoin", "rightJoin", "fullJoin"})


def _joined_person_picked(ctx: FileContext, ev: Event) -> bool:
    """`db.select({ grade: grades.final }).from(grades).leftJoin(students, ...).where(eq(students.lrn, lrn))`:
    a drizzle read joining a table of people only to pick one of them by what the caller sent (their
    number, their id): the rows answered are that person's own records (grades, discounts, visits). Not a
    pick by a public handle (`eq(users.username, name)`: a profile's published rows), nor a read of a
    model public unless hidden."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "drizzle" or not ev.state.client:
        return False
    calls = chain_calls(op.chain, ctx.src)
    joined: set[str] = set()
    for method, call in calls:
        args = sx.call_args(call)
        if method in _DRIZZLE_JOINS and args and sx.strip_types(args[0]) is not None:
            table = ctx.text(args[0])
            if {w.rstrip("s") for w in vocab.words(table)} & _PERSON_WORDS:
                joined.add(table)
    if not joined or tenancy.public_by_default(ctx.analyzer.program, op.model or ""):
        return False
    for method, call in calls:
        if method != "where":
            continue
        for term in sx.find(call, ("call_expression",)):
            column, value = _filter_term(ctx, term)
            if column is None or value is None or term.type != "call_expression":
                continue
            col = next((a for a in map(sx.unwrap, sx.call_args(term)) if a is not None and a is not value), None)
            if col is None or col.type != "member_expression":
                continue
            if ctx.text(col.child_by_field_name("object")) not in joined or _HANDLE_COLUMN.match(column):
                continue
            if _public_term(ctx, column, value) or not identifiers(ctx.src, value) & ev.state.client:
                continue
            return True
    return False


def _every_redeemable_code(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A read of a code store (coupons, vouchers, gift cards) answering whole rows, not found by a code the
    caller typed: every code the shop hands out, inactive and unreleased ones too. Not the checkout's
    lookup of the one code its holder typed (`findOne({ code })`, `.eq("code", code)`), and not a read
    choosing its fields (a banner's title and percent off)."""
    op = ev.op
    if op is None or op.kind != "read" or op.projected or op.api == "helper":
        return False
    if not _CODE_STORE.search(op.model or ""):
        return False
    if any(_NAMES_A_CODE.search(ctx.text(a)) for a in op.args) or _NAMES_A_CODE.search(ctx.text(op.chain)):
        return False  # (narrowed by a code: the holder's own)
    return _rows_answered(ctx, ep, ev)


def _rows_answered(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """Rows of the read go back to the caller (not a count, a `head: true` probe or a lookup kept inside)."""
    assert ev.op is not None
    if _no_rows_read(ctx, ev.op) or _SUPABASE_HEAD_ONLY.search(ctx.text(ev.op.chain)):
        return False
    return _sent_back(ctx, ctx.flow(ep), ev)


_SUPABASE_HEAD_ONLY = re.compile(r"\bhead\s*:\s*true\b")


def _site_wide_count(ctx: FileContext, op: DbOp) -> bool:
    """A Prisma `count()` of a whole table, or of the rows a constant filter keeps (`where: { deletedAt:
    null }`): a site-wide total, which picks out nobody; a filter with any value the caller or the
    session chose (`where: { userId }`) counts someone's rows."""
    if op.api != "prisma" or op.verb != "count" or len(op.args) > 1:
        return False
    if not op.args:
        return True
    opts = sx.strip_types(op.args[0])
    if opts is None or opts.type != "object":
        return False
    keys = object_keys(ctx.src, opts)
    if set(keys) - {"where"} or len(keys) != len(opts.named_children):
        return False
    where = sx.strip_types(keys.get("where"))
    if where is None:
        return True
    return where.type == "object" and _constant_object(where)


_FIGURES = frozenset({"_avg", "_min", "_max", "_count"})


def _market_figure(ctx: FileContext, op: DbOp) -> bool:
    """`machine.aggregate({ where: { category, status: "available" }, _avg: { dailyRate: true } })`: an
    average, least, most or count over every owner's rows that a filter on plain columns keeps: a going rate,
    which picks out nobody (not a `_sum`, a business's takings, nor a filter on an id or a key to a record)."""
    if op.api != "prisma" or op.verb != "aggregate" or len(op.args) != 1:
        return False
    opts = sx.strip_types(op.args[0])
    if opts is None or opts.type != "object":
        return False
    keys = object_keys(ctx.src, opts)
    if not set(keys) & _FIGURES or set(keys) - _FIGURES - {"where"} or len(keys) != len(opts.named_children):
        return False
    where = sx.strip_types(keys.get("where"))
    if where is None:
        return True
    if where.type != "object":
        return False
    columns = object_keys(ctx.src, where)
    if len(columns) != len([c for c in where.named_children if c.type != "comment"]):
        return False  # (a spread filter: its columns are unknown)
    for key, value in columns.items():
        v = sx.strip_types(value)
        if key == "id" or _FOREIGN_KEY.search(key) or key in ("AND", "OR", "NOT") or v is None:
            return False
        if _CONTACT_FIELD.match(key) or key in tenancy.party_columns(ctx.analyzer.program):
            return False  # (`where: { email }`: the rows of the person the caller names)
        if v.type == "object" and not _constant_object(v):
            return False  # (a relation filter, `depot: { companyId }`)
    return True


def _sql_counts_only(ctx: FileContext, op: DbOp) -> bool:
    """`pool.query("SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM jobs)::int AS
    jobs")`: a constant SQL text (no parameter, no interpolation) whose every selected item is a
    `count(...)`, or a subquery selecting one: site-wide totals, as a Prisma `count()` is."""
    if op.api != "sql" or op.kind != "read" or len(op.args) != 1:
        return False
    arg = sx.strip_types(op.args[0])
    if arg is None or arg.type not in ("string", "template_string"):
        return False
    if any(c.type == "template_substitution" for c in arg.named_children):
        return False
    return _counts_only(ctx.text(arg)[1:-1].strip())


_SQL_COUNT_ITEM = re.compile(r"(?is)^count\s*\((\*|[\w.\"]+)\)$")
_SQL_ITEM_TAIL = re.compile(r"(?is)(\s*::\s*\w+)?(\s+(as\s+)?[\w\"]+)?$")


def _counts_only(sql: str, depth: int = 0) -> bool:
    """Every item of the (outer) select list is `count(...)` or a parenthesised query of the same kind."""
    m = re.match(r"(?is)^select\s+(.*)$", sql)
    if m is None or depth > 3:
        return False
    rest, items, level, start = m.group(1), [], 0, 0
    end = len(rest)
    for i, ch in enumerate(rest):
        if ch == "(":
            level += 1
        elif ch == ")":
            level -= 1
        elif level == 0 and ch == ",":
            items.append(rest[start:i])
            start = i + 1
        elif level == 0 and re.match(r"(?i)\bfrom\b", rest[i : i + 5]) and (i == 0 or rest[i - 1].isspace()):
            end = i
            break
    items.append(rest[start:end])
    for item in items:
        item = item.strip()
        # (`(...)::int AS jobs`, `count(*) total`: a cast and an alias after the value)
        tail = _SQL_ITEM_TAIL.search(item)
        value = item[: tail.start()].strip() if tail is not None and tail.group(0) else item
        if _SQL_COUNT_ITEM.match(value):
            continue
        if not (value.startswith("(") and value.endswith(")") and _counts_only(value[1:-1].strip(), depth + 1)):
            return False
    return bool(items)


# `status: "live"`, `published: true`, `visibility: "public"`: a constant filter on whether a row is shown
_SHOWN_FILTER = re.compile(r"(?i)^(status|state|visibility|(is_?)?(public|published|visible|listed|live|active))$")
_SHOWN_VALUES = frozenset({"true", "live", "published", "public", "active", "open", "listed", "visible"})
_TOTALS = frozenset({"where", "_sum", "_count", "_avg"})


def _total_under_a_public_row(ctx: FileContext, flow: Flow, op: DbOp) -> bool:
    """`donation.aggregate({ where: { campaignId: campaign.id, status: "succeeded" }, _sum: { amountPence: true }
    })` where `campaign` was found by its public slug among the live ones (`where: { slug, status: "live" }`):
    a sum or count of the rows under a record the public may see (an appeal's raised total, as its page
    shows), no row's fields; not a total under a row found by a client id, nor one with no visibility filter."""
    if op.api != "prisma" or op.verb not in ("aggregate", "count") or len(op.args) != 1:
        return False
    opts = sx.strip_types(op.args[0])
    if opts is None or opts.type != "object":
        return False
    keys = object_keys(ctx.src, opts)
    where = sx.strip_types(keys.get("where"))
    if set(keys) - _TOTALS or where is None or where.type != "object":
        return False
    parents = 0
    for value in object_keys(ctx.src, where).values():
        v = sx.strip_types(value)
        if v is not None and v.type in ("string", "number", "true", "false", "null"):
            continue
        record = v.child_by_field_name("object") if v is not None and v.type == "member_expression" else None
        field = v.child_by_field_name("property") if v is not None and v.type == "member_expression" else None
        parent = flow.records.get(ctx.text(record)) if record is not None and record.type == "identifier" else None
        if parent is None or field is None or ctx.text(field) != "id" or not _shown_by_handle(ctx, parent):
            return False
        parents += 1
    return parents > 0


def _shown_by_handle(ctx: FileContext, op: DbOp) -> bool:
    """A Prisma read of one row by a public handle (`slug`, a publishable key) kept to the shown ones by a
    constant filter (`where: { slug, status: "live" }`)."""
    if op.api != "prisma" or op.kind != "read" or not op.args:
        return False
    where = sx.strip_types(object_keys(ctx.src, op.args[0]).get("where"))
    if where is None or where.type != "object":
        return False
    handle = shown = False
    for key, value in object_keys(ctx.src, where).items():
        v = sx.strip_types(value)
        constant = ctx.text(v).strip("'\"`").lower() if v is not None and v.type in ("string", "true") else None
        if _PUBLIC_HANDLE.search(key) and constant is None:
            handle = True
        elif _SHOWN_FILTER.match(key) and constant in _SHOWN_VALUES:
            shown = True
        else:
            return False
    return handle and shown


def _constant_object(obj: Node) -> bool:
    """An object literal whose every value is a literal (or such an object)."""
    for child in obj.named_children:
        if child.type == "comment":
            continue
        if child.type != "pair":
            return False
        value = sx.strip_types(child.child_by_field_name("value"))
        if value is None:
            return False
        if value.type == "object":
            if not _constant_object(value):
                return False
        elif value.type not in _LITERAL_VALUES:
            return False
    return True


def _open_relay(ctx: FileContext, ev: Event, ep: EntryPoint) -> bool:
    """A mail whose recipient and content the caller both chooses (`send({ to: params.to, subject:
    params.subject, html: params.html })`): the server's sending identity lent to anyone, an open relay.
    A fixed message to a given address (a confirmation, a sign-in link) is not; positional arguments
    (`sendLoginLink(email, url)`) say nothing of which is which and are left alone."""
    client = ev.state.client
    args = [a for a in map(sx.strip_types, sx.call_args(ev.node)) if a is not None]
    if not args or not client:
        return False
    first = args[0]
    if ev.callee == "fetch":
        # `fetch(MAIL_API, { body: JSON.stringify({ to, subject, htmlContent }) })`: the mail is the body sent
        sent = _json_body(ctx, args[1]) if len(args) > 1 else None
        if sent is None:
            return False
        first = sent
    if first.type == "identifier":
        # `sesClient.send(command)` with `const command = new SendEmailCommand({ Destination, Message })`
        fn = sx.enclosing_function(ev.node)
        made = [
            sx.unwrap(d.child_by_field_name("value"))
            for d in (sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None else [])
            if ctx.text(d.child_by_field_name("name")) == ctx.text(first)
        ]
        ctor = made[0] if len(made) == 1 else None
        inner = sx.call_args(ctor) if ctor is not None and ctor.type == "new_expression" else []
        first = (sx.strip_types(inner[0]) or first) if inner else first
    # the caller's whole mail as it came to a mailer's own call (`sendMail(input.mail)`, `sendMail({ from,
    # ...letter })`): every field theirs, recipient and body among them (not a project helper's arguments,
    # which say nothing of where each goes)
    target = ctx.analyzer.target(ctx.module, ev.node)
    library = target is None
    # (`relayMail.trigger(mail)` of a project helper that hands its parameter on to the mailer whole)
    passed_whole = library or (len(args) == 1 and _mails_whole_parameter(target))
    spreads: list[Node | None] = (
        [first] if passed_whole and len(args) == 1 and first.type in ("identifier", "member_expression") else []
    )
    if library and first.type == "object":
        spreads = [sx.strip_types(c.named_children[0]) for c in first.named_children if c.type == "spread_element"]
    for whole in spreads:
        root = sx.root_identifier(ctx.src, whole) if whole is not None else None
        if root is not None and root in client and _sent_by_caller(ctx, ep, root, 0):
            return True
    keys = {k.lower(): v for k, v in object_keys(ctx.src, first).items()}
    to = [v for k, v in keys.items() if k in _RECIPIENT_KEYS]
    said = [v for k, v in keys.items() if k in _CONTENT_KEYS]
    if not keys and target is not None:
        # (`sendMail(to, subject, body)`: positional, placed by the helper's own mail literal)
        placed = _placed_positions(target)
        if placed is not None:
            to = [args[i] for i in placed[0] if i < len(args)]
            said = [args[i] for i in placed[1] if i < len(args)]
    return mentions_any(ctx.src, to, client) and any(_bare_client_value(ctx, v, client) for v in said)


def _json_body(ctx: FileContext, options: Node) -> Node | None:
    """The object a request's options send as its JSON body (`{ body: JSON.stringify({...}) }`)."""
    body = sx.strip_types(object_keys(ctx.src, options).get("body"))
    if body is None or body.type != "call_expression" or sx.callee_name(ctx.src, body) != "JSON.stringify":
        return None
    inner = sx.call_args(body)
    sent = sx.strip_types(inner[0]) if inner else None
    return sent if sent is not None and sent.type == "object" else None


def _placed_positions(fn: Function) -> tuple[list[int], list[int]] | None:
    """A project mail helper's parameters by what its own mailer call makes of them: the positions that
    become the recipient and those that become the content (`sendMail(to, subject, text)` calling
    `transport.sendMail({ from, to, subject, text })`), or None without one such literal of plain parameters."""
    if fn.body is None:
        return None
    src = fn.module.src
    index = {name: i for i, name in enumerate(fn.params)}
    for call in sx.find(fn.body, ("call_expression",), into_functions=False):
        args = sx.call_args(call)
        literal = sx.strip_types(args[0]) if args else None
        if literal is None or literal.type != "object":
            continue
        recipient: list[int] = []
        content: list[int] = []
        for key, value in object_keys(src, literal).items():
            held = sx.strip_types(value)
            at = index.get(sx.text(src, held)) if held is not None and held.type in _PLAIN else None
            if at is not None and key.lower() in _RECIPIENT_KEYS:
                recipient.append(at)
            elif at is not None and key.lower() in _CONTENT_KEYS:
                content.append(at)
        if recipient and content:
            return recipient, content
    return None


_PLAIN = ("identifier", "shorthand_property_identifier")


# what hands a list on with its items as they came (`mails.slice(0, 100)`), or each item copied whole
_PASS_ON = frozenset({"map", "slice", "filter"})


def _mails_whole_parameter(fn: Function | None) -> bool:
    """A project helper of one parameter that hands it to a mailer as the mail itself (`send(payload)`,
    `send({ ...payload, headers })`), also its fields or a list of its items copied whole
    (`const { mails } = payload; batch.send(mails.map((m) => ({ ...m, headers })))`): whatever the
    caller puts in it, recipient and body alike, is sent. A mail the helper builds from some of its
    fields (`{ to: payload.to, html: render(...) }`) is not."""
    if fn is None or fn.body is None or len(fn.params) != 1:
        return False
    src = fn.module.src
    whole = {fn.params[0]}

    def passes_on(node: Node | None) -> bool:
        node = sx.unwrap(node)
        if node is None:
            return False
        if node.type in ("identifier", "member_expression"):
            return sx.root_identifier(src, node) in whole
        if node.type == "object":
            return any(
                c.type == "spread_element" and passes_on(c.named_children[0] if c.named_children else None)
                for c in node.named_children
            )
        if node.type == "call_expression":
            head = sx.strip_types(node.child_by_field_name("function"))
            if head is None or head.type != "member_expression":
                return False
            if sx.last_name(sx.callee_name(src, node)) not in _PASS_ON:
                return False
            if not passes_on(head.child_by_field_name("object")):
                return False
            cbs = [a for a in map(sx.strip_types, sx.call_args(node)) if a is not None and sx.is_function(a)]
            for cb in cbs:  # `(m) => ({ ...m, headers })`: each item copied whole
                params = sx.param_names(src, cb)
                body = cb.child_by_field_name("body")
                rets = [body] if body is not None and body.type != "statement_block" else []
                if body is not None and body.type == "statement_block":
                    rets = [r.named_children[0] for r in sx.find(body, ("return_statement",)) if r.named_children]
                whole.update(params[:1])
                if not params or not rets or not all(passes_on(r) for r in rets):
                    return False
            return True
        return False

    for d in sx.find(fn.body, ("variable_declarator",), into_functions=False):
        if passes_on(d.child_by_field_name("value")):
            whole.update(sx.pattern_names(src, d.child_by_field_name("name")))
    for call in sx.find(fn.body, ("call_expression",)):
        args = sx.call_args(call)
        if len(args) == 1 and is_email_send(sx.callee_name(src, call)) and passes_on(args[0]):
            return True
    return False


def _bare_client_value(ctx: FileContext, node: Node, client: set[str]) -> bool:
    """``node`` is, or holds in an object (`{ Data: body }`), a client value as it came (`mail.html`,
    `body`): not one put into the server's own text (`Thanks, ${name}`), which a caller cannot fill."""
    node = sx.strip_types(node) or node
    if node.type == "object":
        return any(_bare_client_value(ctx, v, client) for v in object_keys(ctx.src, node).values())
    if node.type in ("identifier", "member_expression", "shorthand_property_identifier"):
        return sx.root_identifier(ctx.src, node) in client or ctx.text(node) in client
    return False


def _sent_by_caller(ctx: FileContext, ep: EntryPoint, name: str, depth: int) -> bool:
    """``name`` is a parameter, or bound from one (`const { runId } = await req.json()`), not from
    what a call of the server's returned (`const handle = await tasks.trigger(...)`)."""
    params = set(ep.fn.params) | ep.input_params
    if name in params:
        return True
    if depth > 2:
        return False
    for decl in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        if name in sx.pattern_names(ctx.src, decl.child_by_field_name("name")):
            value = sx.unwrap(decl.child_by_field_name("value"))
            parsed = sx.call_args(value) if value is not None and value.type == "call_expression" else []
            if (
                len(parsed) == 1
                and value is not None
                and _SCHEMA_PARSE.search(ctx.text(value.child_by_field_name("function")))
            ):
                value = parsed[0]  # `const mail = schema.parse(body)`: the caller's value, checked for shape only
            root = sx.root_identifier(ctx.src, value)
            return root is not None and _sent_by_caller(ctx, ep, root, depth + 1)
    return False


_SCHEMA_PARSE = re.compile(r"\.parse(Async)?$")
_NARROWING = frozenset({"||", "??"})
_RELATION_PICKS = frozenset({"include", "select"})


def _session_narrows_relations_only(ctx: FileContext, op: DbOp, names: set[str]) -> bool:
    """A public read that the session only personalises: every use of it is the filter of a relation
    nested in the read's `include`/`select` (`vote: { where: { userId: session?.user?.id || "" } }`),
    with a literal stand-in for a visitor, so the outer rows are the same for anyone and the nested
    ones are the caller's own (none for a visitor; without the stand-in the filter would vanish)."""
    if op.api != "prisma" or op.kind != "read" or not op.args:
        return False
    root = sx.strip_types(op.args[0])
    uses = [n for n in sx.find(op.chain, ("identifier", "shorthand_property_identifier")) if ctx.text(n) in names]
    return bool(uses) and root is not None and all(_nested_relation_filter(ctx, root, n) for n in uses)


def _session_narrows_left_joins_only(ctx: FileContext, op: DbOp, names: set[str]) -> bool:
    """A Kysely read the session only personalises: every use of it is the value of an `.on(col, "=", ...)` in a
    `leftJoin` callback (`leftJoin("best", (join) => join.onRef(...).on("best.userId", "=", viewer?.id!))`), so
    the outer rows are the same for anyone and the joined ones the caller's own (for a visitor the condition
    matches nothing: SQL binds the missing id as NULL, no filter is dropped)."""
    if op.api != "kysely" or op.kind != "read":
        return False
    uses = [n for part in (op.chain, *op.args) for n in sx.find(part, ("identifier",)) if ctx.text(n) in names]
    return bool(uses) and all(_left_join_condition_value(ctx, n) for n in uses)


def _left_join_condition_value(ctx: FileContext, ident: Node) -> bool:
    """``ident`` opens the whole value argument (`viewer?.id!`) of an `.on(...)` call inside a `leftJoin` callback."""
    node = ident
    while node.parent is not None and (
        (node.parent.type == "member_expression" and node.parent.child_by_field_name("object") == node)
        or node.parent.type in sx.TRANSPARENT
    ):
        node = node.parent
    args = node.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, call)) != "on":
        return False
    fn = sx.enclosing_function(call)
    handed = fn.parent if fn is not None else None
    join = handed.parent if handed is not None and handed.type == "arguments" else None
    return (
        join is not None
        and join.type == "call_expression"
        and sx.last_name(sx.callee_name(ctx.src, join)) == "leftJoin"
    )


def _nested_relation_filter(ctx: FileContext, root: Node, ident: Node) -> bool:
    """``ident`` sits in `<session...> || "literal"`, the value of a key under `include|select`.<relation>...`where`."""
    node = ident
    while node.parent is not None and (node.parent.type == "member_expression" or node.parent.type in sx.TRANSPARENT):
        if node.parent.type == "member_expression" and node.parent.child_by_field_name("object") != node:
            return False
        node = node.parent
    fallback = node.parent
    if fallback is None or fallback.type != "binary_expression" or fallback.child_by_field_name("left") != node:
        return False
    stand_in = sx.unwrap(fallback.child_by_field_name("right"))
    operator = ctx.text(fallback.child_by_field_name("operator"))
    if stand_in is None or stand_in.type != "string" or operator not in _NARROWING:
        return False
    keys: list[str] = []
    p: Node | None = fallback.parent
    while p is not None and p != root:
        if p.type == "pair":
            keys.append(ctx.text(p.child_by_field_name("key")).strip("'\""))
        elif p.type != "object":
            return False  # computed on the way (a spread of a call, a helper): not a plain nested filter
        p = p.parent
    keys.reverse()  # from the read's options down: include, vote, where, userId
    return p == root and len(keys) >= 3 and keys[0] in _RELATION_PICKS and "where" in keys[2:]


# a person's id, or a tenant's (an organization's rows are its members' private data)
_OWNER_COLUMN = re.compile(
    r"(?i)^(user|employee|owner|customer|patient|member|student|learner|pupil|applicant|staff|person|"
    r"organi[sz]ation|organi[sz]er|org|team|workspace|tenant|company|agency)_?id$"
)
_VISIBILITY_FLAG = re.compile(r"(?i)^(is_?)?(public|published|visible|shared|listed)$")
_VISIBILITY_STATE = re.compile(r"(?i)^(visibility|status|state)$")
# ... and a flag that hides a row from the public, kept off (`hidden: false`, `isPrivate: false`)
_HIDING_FLAG = re.compile(r"(?i)^(is_?)?(hidden|private)$")
_PUBLIC_STATE = re.compile(r"(?i)^['\"`](public|published|visible|listed|live)['\"`]$")
_FILTER_EQ = frozenset({"eq", "equals"})


# A person's address picks their rows as their id does (`where: { jobId, candidate: { email } }`)
_EMAIL_COLUMN = re.compile(r"(?i)^e_?mail(_?address)?$")


def _keyed_by_client_email(ctx: FileContext, op: DbOp, client: set[str]) -> bool:
    """`application.findFirst({ where: { jobId, candidate: { email } }, select: { status: true } })`: rows
    picked by the address the caller typed, and more of them than their ids (ids only answer whether
    the address is known, which is information-disclosure's question)."""
    if op.kind != "read" or op.api != "prisma" or not client or not op.args:
        return False
    picked = object_keys(ctx.src, object_keys(ctx.src, op.args[0]).get("select"))
    if picked and all(k in ("id", "_id") for k in picked):
        return False
    for node in sx.find(op.chain, ("pair", "shorthand_property_identifier")):
        column, value = _filter_term(ctx, node)
        if column is None or value is None or not _EMAIL_COLUMN.match(column):
            continue
        if identifiers(ctx.src, value, into_functions=True) & client and _in_filter(ctx, node, op):
            return True
    return False


def _answers_row_by_typed_email(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A form that answers the row found by the address typed into it (`waitlistPosition(email)` sending back
    that entry's place and postcode): a lookup of someone's entry, not a new one filed."""
    if ev.kind != "db" or ev.op is None or ev.op.kind != "read":
        return False
    return (
        _keyed_by_client_email(ctx, ev.op, ev.state.client) or _drizzle_keyed_by_client_email(ctx, ev)
    ) and _sent_back(ctx, ctx.flow(ep), ev)


def _drizzle_keyed_by_client_email(ctx: FileContext, ev: Event) -> bool:
    """`db.select({ position: t.position, postcode: t.postcode }).from(t).where(eq(t.email, email))`: a drizzle
    builder's rows picked by the address the caller typed, more of them than their ids, as in prisma's
    `where: { email }` (the caller sending it back is tested by the caller of this)."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "drizzle" or not ev.state.client:
        return False
    picked: dict[str, Node] = {}
    for call in sx.find(op.chain, ("call_expression",)):
        args = sx.call_args(call)
        if sx.last_name(sx.callee_name(ctx.src, call)) == "select" and args:
            picked = object_keys(ctx.src, args[0])
    if picked and all(k in ("id", "_id") for k in picked):
        return False  # (ids only answer whether the address is known: information-disclosure's question)
    for term in sx.find(op.chain, ("call_expression",)):
        column, value = _filter_term(ctx, term)
        if column is None or value is None or not _EMAIL_COLUMN.match(column):
            continue
        if identifiers(ctx.src, value, into_functions=True) & ev.state.client and _in_filter(ctx, term, op):
            return True
    return False


# a column naming a kind of thing (`practiceArea`, `serviceType`, `category`): a value many rows share
_CATEGORY_WORDS = frozenset(
    {"area", "areas", "type", "kind", "category", "categories", "tag", "tags", "topic", "service", "department",
     "specialty", "speciality", "region", "language", "level", "sector", "industry", "genre"}
)  # fmt: skip


def _distinct_categories_by_handle(ctx: FileContext, op: DbOp) -> bool:
    """`matter.findMany({ where: { firm: { slug } }, distinct: ["practiceArea"], select: { practiceArea: true }
    })`: the distinct values of one category column of the rows under a tenant found by its public handle (a
    public form's dropdown), none of the rows themselves. A column naming a person (`clientName`), or any other
    column picked beside it, is still rows."""
    if op.kind != "read" or op.api != "prisma" or op.verb != "findMany" or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    distinct, picked, where = opts.get("distinct"), opts.get("select"), opts.get("where")
    if distinct is None or picked is None or where is None:
        return False
    listed = sx.unwrap(distinct)
    columns = [sx.string_value(ctx.src, c) for c in listed.named_children] if listed is not None else []
    named = {c for c in columns if c}
    if not named or len(named) != len(columns) or set(object_keys(ctx.src, picked)) != named:
        return False
    if not all(vocab.words(c) and vocab.words(c)[-1].lower() in _CATEGORY_WORDS for c in named):
        return False
    # (the filter: a public handle, in place or on the parent relation, `{ firm: { slug } }`)
    leaves: list[Node] = []
    for t in sx.find(where, ("pair", "shorthand_property_identifier")):
        if t.type == "shorthand_property_identifier":
            leaves.append(t)
            continue
        value = sx.unwrap(t.child_by_field_name("value"))
        if value is None or value.type != "object":
            leaves.append(t.child_by_field_name("key") or t)
    return bool(leaves) and all(_PUBLIC_HANDLE.search(ctx.text(t)) for t in leaves)


_ROW_ID_KEY = re.compile(r"^_?id$")
_ANY_EMAIL_COLUMN = re.compile(r"(?i)^([a-z]+_?)?e_?mail(_?address)?$")


def _reference_and_email_lookup(ctx: FileContext, ev: Event) -> bool:
    """`booking.findFirst({ where: { id: bookingId, guestEmail: email } })`, MikroORM `em.findOne(Booking, { id,
    guestEmail })`: a read of one row by its own id and the address on it, both from the caller: a guest's
    status page (order tracking asks for the order number and the buyer's e-mail), found only by whoever holds
    both. The id alone, or the address alone, is still someone's row."""
    op = ev.op
    if op is None or op.kind != "read" or not ev.state.client:
        return False
    for obj in (o for n in [op.chain, *op.args] for o in sx.find(n, ("object",))):
        terms = object_keys(ctx.src, obj)
        ids = [v for k, v in terms.items() if _ROW_ID_KEY.match(k)]
        emails = [v for k, v in terms.items() if _ANY_EMAIL_COLUMN.match(k)]
        if (
            ids
            and emails
            and all(identifiers(ctx.src, v, into_functions=True) & ev.state.client for v in (ids[0], emails[0]))
        ):
            return True
    return False


# what a typed code redeems: a coupon, promo, voucher or gift card found by the code the caller holds
_REDEEMED_MODEL = re.compile(r"(?i)coupon|promo|voucher|gift_?card")
_TYPED_CODE = re.compile(r"(?i)^(\w+_?)?code$")


def _tenant_row_by_client(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A Prisma read picked by a client value of a model the repo's schema files under its own tenant
    (`Award { foundationId }`, `foundationId` the parent of a membership model with a role): that
    tenant's private rows, unless it reads the public catalogue (`where: { status: "published" }`, a
    listing's title and price of a model that declares which rows are public), or the model's rows are
    public unless their owners hide them (`isPublic Boolean @default(true)`: a community's posts)."""
    op = ev.op
    if op is not None and op.api == "drizzle":
        return _drizzle_tenant_row_by_client(ctx, ep, ev)
    if op is None or op.kind != "read" or op.api not in ("prisma", "mongoose") or not op.args or not ev.state.client:
        return False
    program = ctx.analyzer.program
    flow = ctx.flow(ep)
    # (a Mongoose document by the usual names of a tenant's key only: a `venueId` of the schema's own
    # parties may file the public reviews of a venue)
    filed = (
        tenancy.mongoose_tenant_filed(program, op.model or "")
        if op.api == "mongoose"
        else tenancy.tenant_filed(program, op.model or "")
    )
    if not filed or tenancy.catalogue_read(ctx.src, program, op):
        return False
    if tenancy.public_by_default(program, op.model or ""):
        return False  # `thread.findMany({ where: { guildId } })` of `isPublic Boolean @default(true)`: a forum's posts
    # (Mongoose: `Trip.find({ policyId })`, the filter itself)
    first = sx.strip_types(op.args[0])
    where = first if op.api == "mongoose" and first is not None and first.type == "object" else None
    where = where if op.api == "mongoose" else object_keys(ctx.src, op.args[0]).get("where")
    if (
        where is not None
        and _REDEEMED_MODEL.search(op.model or "")
        and any(_TYPED_CODE.match(k) for k in object_keys(ctx.src, where))
    ):
        # (also narrowed further: `{ code, OR: [{ eventId }, { eventId: null }] }`, the code still needed)
        return False  # `coupon.findFirst({ where: { code } })`: the code's holder may see what it redeems
    if where is not None and all(_PUBLIC_HANDLE.search(k) for k in object_keys(ctx.src, where) or ["id"]):
        return False  # `venue.findUnique({ where: { slug } })`: the page the tenant publishes
    if (
        where is not None
        and _OAUTH_CLIENT_MODEL.match(op.model or "")
        and all(_CLIENT_ID_KEY.match(k) for k in object_keys(ctx.src, where) or ["id"])
    ):
        return False  # `oAuthApp.findFirst({ where: { clientId } })`: the consent screen's public client id
    if where is not None and _fixed_tenant(ctx, where):
        return False  # `where: { employerId: "demo", ... }`: one fixed tenant's rows, whatever the caller sends
    return (
        where is not None
        and bool(identifiers(ctx.src, where, into_functions=True) & ev.state.client)
        and not _VISIBLE_ONLY.search(ctx.text(where))
        and _sent_back(ctx, flow, ev)
    )


def _drizzle_tenant_row_by_client(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The drizzle form of the same: a read of a table the schema files under a tenant (`clients {
    organizationId }` beside `member { userId organizationId role }`, or `planning_docs { clientId }`
    filed under such a client), picked by a client value and sent back. Not of a table that declares
    which rows are public (`published`: a tenant's catalogue, its entries shown to anyone), nor one
    whose rows are public by default, nor found by a public handle only (`eq(t.slug, slug)`) or by a
    person's record kept one per user only (`eq(slots.sitterId, id)`: a provider's public profile), a typed
    code it redeems, an OAuth client id, one tenant the code pins (`eq(t.orgId, "demo")`), or with a
    filter keeping public rows only (`eq(t.published, true)`)."""
    op = ev.op
    if op is None or op.kind != "read" or not ev.state.client:
        return False
    program = ctx.analyzer.program
    model = op.model or ""
    if not (tenancy.tenant_filed(program, model) or tenancy.member_tenant_table(program, model)):
        return False
    if tenancy.public_capable(program, model) or tenancy.public_by_default(program, model):
        return False
    tenants = tenancy.tenant_columns(program)
    picked: list[str] = []
    for column, value in _call_filter_terms(ctx, op):
        if _public_term(ctx, column, value):
            return False  # the public rows only
        if column in tenants and value.type == "string":
            return False  # one tenant the code names
        if identifiers(ctx.src, value, into_functions=True) & ev.state.client:
            picked.append(column)
    if not picked or all(_PUBLIC_HANDLE.search(c) for c in picked):
        return False  # nothing the caller picks, or the page a tenant publishes found by its slug
    people = tenancy.party_columns(program) - tenants
    if all(c in people for c in picked):
        return False  # `eq(slots.sitterId, id)`: a provider kept one per user, the open slots their profile shows
    if _REDEEMED_MODEL.search(model) and any(_TYPED_CODE.match(c) for c in picked):
        return False  # a coupon found by the code its holder typed
    if _OAUTH_CLIENT_MODEL.match(model) and all(_CLIENT_ID_KEY.match(c) for c in picked):
        return False  # the consent screen's public client id
    return _sent_back(ctx, ctx.flow(ep), ev)


# what a public timetable shows of a class or event slot: its title, times, length, places and state
_SLOT_FIELD = re.compile(
    r"(?i)^(id|title|description|summary|(starts?|ends?)_?(at|time|date)?|(start|end)_?(s_?)?(at|time|date)|"
    r"duration\w*|capacity|max_?(capacity|spots|seats|attendees)|status|level|category)$"
)
_SLOT_START = re.compile(r"(?i)^starts?_?(at|time|date)?$")


def _tenant_rows_past_unchecked_session(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A drizzle read of a table the schema files under a tenant (`crew_shifts { operatorId }` with
    `OperatorMember { userId operatorId role }`), picked by a client value and sent back, after the action
    fetched a session it never checks (`const { user } = await validateRequest()`, only `user?.id` logged):
    its author meant it for the tenant's signed-in people, and anyone gets the rows. Not when the filter
    keeps public rows only (`eq(t.published, true)`)."""
    op = ev.op
    if op is None or op.api != "drizzle" or op.kind != "read" or not ev.state.fetched or not ev.state.client:
        return False
    if not tenancy.tenant_filed(ctx.analyzer.program, op.model or ""):
        return False
    picked = visible = False
    for column, value in _call_filter_terms(ctx, op):
        if _public_term(ctx, column, value):
            visible = True
        elif identifiers(ctx.src, value, into_functions=True) & ev.state.client:
            picked = True
    return picked and not visible and _sent_back(ctx, ctx.flow(ep), ev)


def _sql_table_rows_past_unchecked_session(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A raw SQL read (or a project helper's) of a table only the project's own SQL declares, whose rows each
    name a row the schema files under a tenant (`CREATE TABLE takes (episode_id ...)` of `Episode { networkId
    }`), sent back after the endpoint fetched a session it never checks: meant for the tenant's signed-in
    devices, and anyone gets the rows."""
    op = ev.op
    if op is None or op.kind != "read" or op.api not in ("sql", "helper") or not op.model or not ev.state.fetched:
        return False
    return tenancy.sql_table_under_tenant(ctx.analyzer.program, op.model) and _sent_back(ctx, ctx.flow(ep), ev)


def _timetable_slot(ctx: FileContext, op: DbOp) -> bool:
    """A Prisma read of one row by its own id (`where: { id }`) picking only what a public timetable
    shows of a slot, a start time among them (`select: { title: true, startsAt: true, capacity: true }`):
    a class or event as its schedule page lists it, whatever the model's name (a `classSession` is no
    sign-in session). A person's id or name, a note, a price or a relation beside it, a tenant's whole
    list (`where: { gymId }`) or a write is more than the schedule shows."""
    if op.api != "prisma" or op.kind != "read" or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    where = opts.get("where")
    if where is None or set(object_keys(ctx.src, where)) != {"id"} or "include" in opts or "select" not in opts:
        return False
    fields = object_keys(ctx.src, opts["select"])
    return any(_SLOT_START.match(k) for k in fields) and all(
        ctx.text(v) == "true" and _SLOT_FIELD.match(k) for k, v in fields.items()
    )


# the two ends of a time window (`starts_at`, `endTime`, `start_date`), nothing about the slot itself
_WINDOW_END = re.compile(r"(?i)^(starts?|ends?)_?(at|time|date)?$|^(start|end)_?(s_?)?(at|time|date)$")
# a column naming a person or an account: a filter by one reads that person's own schedule
_PERSON_COLUMN = re.compile(
    r"(?i)(user|owner|member|author|guardian|player|customer|client|email|person|account|_by$|By$)"
)


def _time_window_only(ctx: FileContext, op: DbOp) -> bool:
    """A read picking only the start and end times of rows (`select("starts_at, ends_at")`, `select({
    start: t.startsAt, end: t.endsAt })`, `select: { startsAt: true, endsAt: true }`), filtered by no
    person (`.eq("venue_id", id)`, not `.eq("booked_by", userId)`): a public availability calendar,
    when a room or a pitch is taken. Any other column, every column or a person's rows are more."""
    if op.kind != "read":
        return False
    src = ctx.src
    if op.api == "sql":
        return _sql_time_window_only(src, op)
    picked: list[str] | None = None
    select: Node | None = None
    for call in sx.find(op.chain, ("call_expression",)):
        args = sx.call_args(call)
        if sx.last_name(sx.callee_name(src, call)) == "select" and len(args) == 1:
            select = args[0]
            text = sx.string_value(src, args[0])
            if text is not None:  # supabase: `"starts_at, ends_at"`
                picked = [c.strip() for c in text.split(",")]
            else:  # drizzle: `{ start: t.startsAt }`, the column its value names
                values = object_keys(src, args[0]).values()
                picked = [ctx.text(v).rsplit(".", 1)[-1] for v in values] or None
    if picked is None and op.api == "prisma" and op.args:
        fields = object_keys(src, object_keys(src, op.args[0]).get("select"))
        if all(ctx.text(v) == "true" for v in fields.values()):
            picked = list(fields) or None
            select = object_keys(src, op.args[0]).get("select")
    if not picked or not all(_WINDOW_END.match(c) or _BOOKED_HOUR.match(c) for c in picked):
        return False
    filters = [n for n in sx.walk(op.chain) if select is None or not sx.contains(select, n)]
    for n in filters:
        name = sx.string_value(src, n) if n.type == "string" else None
        if n.type == "property_identifier":
            name = ctx.text(n)
        if name is not None and _PERSON_COLUMN.search(name):
            return False
    return True


# the hour a slot is booked for (`booking_hour`, `start_hour`): when it is taken, as `starts_at` is
_BOOKED_HOUR = re.compile(r"(?i)^((booking|booked|slot|start|end|reserved|reservation)_?)?hours?$")
# one table's columns picked by a constant SQL text, `AS` aliases allowed, and its filter (no join)
_SQL_PLAIN_SELECT = re.compile(r"(?is)^\s*select\s+(.+?)\s+from\s+\"?\w+\"?\s*(?:where\s+(.*))?$")
_SQL_FILTER_COLUMN = re.compile(r"(?i)\b([a-z_][\w.\"]*)\s*(?:=|<|>|\bin\b|\blike\b|\bis\b)")


def _sql_time_window_only(src: bytes, op: DbOp) -> bool:
    """`SELECT booking_hour AS hour FROM bookings WHERE slot_id = $1 AND booking_date = $2`: the times a
    slot is taken, filtered by no person, as `_time_window_only` reads a builder's columns."""
    found = _SQL_PLAIN_SELECT.match(sql_text(src, op.args[0])) if op.args else None
    if found is None:
        return False
    picked = [re.split(r"(?i)\s+as\s+", c.strip())[0].strip().strip('"') for c in found.group(1).split(",")]
    if not all(re.fullmatch(r"\w+", c) and (_WINDOW_END.match(c) or _BOOKED_HOUR.match(c)) for c in picked):
        return False
    filters = _SQL_FILTER_COLUMN.findall(found.group(2) or "")
    return not any(_PERSON_COLUMN.search(c.strip('"').rsplit(".", 1)[-1]) for c in filters)


def _fixed_tenant(ctx: FileContext, where: Node) -> bool:
    """The filter pins a tenant column to a literal (`employerId: "demo"`): the rows of one tenant the
    code names, not of one the caller picks."""
    tenants = tenancy.tenant_columns(ctx.analyzer.program)
    for key, node in object_keys(ctx.src, where).items():
        value = sx.strip_types(node)
        if key in tenants and value is not None and value.type == "string":
            return True
    return False


def _every_tenants_rows(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`source.findMany()` of a model the schema files under a tenant, with no filter at all: every
    tenant's rows, sent back to the caller."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "prisma" or op.verb != "findMany":
        return False
    if op.args and (sx.strip_types(op.args[0]) is None or "where" in object_keys(ctx.src, op.args[0])):
        return False
    program = ctx.analyzer.program
    return (
        tenancy.tenant_filed(program, op.model or "")
        and not tenancy.public_by_default(program, op.model or "")
        and not tenancy.catalogue_read(ctx.src, program, op)
        and _sent_back(ctx, ctx.flow(ep), ev)
    )


# a drizzle table's column filing each row under a person, required (`userId: uuid("user_id").notNull()`)
_OWNER_COLUMN_KEYS = frozenset({"userId", "user_id", "ownerId", "owner_id"})
# ... and the columns that make rows public at their owner's word (`isPublic`, `published`, `visibility`)
_VISIBILITY_KEY = re.compile(r"(?i)^(is_?)?(public|published|shared|visible|visibility|listed)(_?at)?$")


def _every_owners_rows(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`db.select().from(processedTexts)` (or `db.query.t.findMany()`) with no filter, of a drizzle table whose
    rows are each filed under a person (a required `userId` column, no visibility column), sent back:
    every user's rows, to anyone."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "drizzle" or op.prepared or not op.model:
        return False
    steps = {m for m, _ in chain_calls(op.chain, ctx.src)}
    if steps & {"where", "innerJoin", "leftJoin", "rightJoin", "fullJoin"}:
        return False
    if op.verb in ("findMany", "findFirst") and op.args:
        first = sx.strip_types(op.args[0])
        if first is None or first.type != "object" or "where" in object_keys(ctx.src, first):
            return False
    program = ctx.analyzer.program
    fields = tenancy.drizzle_tables(program).get(op.model.lower())
    if not fields or any(_VISIBILITY_KEY.match(k) for k in fields):
        return False
    if not any(k in _OWNER_COLUMN_KEYS and ".notNull()" in fields[k] for k in fields):
        return False
    return not tenancy.public_by_default(program, op.model) and _sent_back(ctx, ctx.flow(ep), ev)


# a column filing each row under a person or a tenant (`org_id uuid NOT NULL`)
_FILING_COLUMN = re.compile(r"(?i)^(user|owner|org|organi[sz]ation|tenant|team|workspace|company|account)_?id$")
# Supabase steps that keep some rows only
_SB_FILTERS = frozenset(
    {
        "eq",
        "neq",
        "in",
        "is",
        "match",
        "filter",
        "or",
        "not",
        "like",
        "ilike",
        "gt",
        "gte",
        "lt",
        "lte",
        "contains",
        "containedBy",
        "overlaps",
        "textSearch",
        "range",
        "rangeGt",
        "rangeLt",
        "rangeGte",
        "rangeLte",
    }
)


def _sql_filed_table(program: Program, name: str) -> bool:
    """The project's own SQL declares table ``name`` with a required column filing each row under a person or
    a tenant (`org_id uuid NOT NULL`) and no visibility column."""
    cols, required = tenancy.sql_declared_columns(program).get(name, (frozenset(), frozenset()))
    if not cols or any(_VISIBILITY_KEY.match(c) for c in cols):
        return False
    return any(_FILING_COLUMN.match(c) for c in required)


def _every_sql_filed_rows(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`supabase.from("temp_logs").select("*")` with no filter, of a table the project's own SQL declares with a
    required column filing each row under a person or a tenant (`org_id uuid NOT NULL`) and no visibility
    column, sent back: every user's or tenant's rows, to anyone (as `_every_owners_rows` for drizzle)."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "supabase" or not op.model:
        return False
    if {m for m, _ in chain_calls(op.chain, ctx.src)} & _SB_FILTERS:
        return False
    program = ctx.analyzer.program
    name = op.model.lower()
    if not _sql_filed_table(program, name):
        return False
    if _no_rows_read(ctx, op) or name in _supabase_shown_tables(program):
        return False
    return not tenancy.public_by_default(program, op.model) and _sent_back(ctx, ctx.flow(ep), ev)


def _sql_filed_rows_by_client(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`supabase.from("incidents").select(...).eq("location_id", input.locationId)` of a table the project's own
    SQL files under a person or a tenant (as `_every_sql_filed_rows`), picked by a value the caller sends and
    sent back: whichever tenant's rows the caller names (the Supabase form of `_tenant_row_by_client`). Not a
    row found by the public handle in its URL (`.eq("slug", slug)`), nor a table some query reads for its
    public rows, nor a count."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "supabase" or not op.model or not ev.state.client:
        return False
    filters = [call for step, call in chain_calls(op.chain, ctx.src) if step in _SB_FILTERS]
    if not filters or not any(identifiers(ctx.src, call, into_functions=True) & ev.state.client for call in filters):
        return False
    for call in filters:
        args = sx.call_args(call)
        column = sx.string_value(ctx.src, args[0]) if args else None
        if column is not None and _PUBLIC_HANDLE.search(column):
            return False  # `.eq("slug", slug)`: the page the tenant publishes
    program = ctx.analyzer.program
    name = op.model.lower()
    if not _sql_filed_table(program, name) or _no_rows_read(ctx, op) or name in _supabase_shown_tables(program):
        return False
    chain = ctx.text(op.chain)
    if _SB_SHOWN.search(chain) or _SB_SHOWN_STATUS.search(chain) or _SB_HEAD_ONLY.search(chain):
        return False  # (`{ count: "exact", head: true }`: how many, no row)
    return not tenancy.public_by_default(program, op.model) and _sent_back(ctx, ctx.flow(ep), ev)


_SB_HEAD_ONLY = re.compile(r"\bhead\s*:\s*true\b")


def _sent_back(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """The row read by ``ev`` goes back to the caller: the call sits in a return value or response,
    or a name bound to it is in a later one (a row only tested, `if (!folder?.dashboard) throw`, or
    used to pick a plan's limits, goes nowhere)."""
    bound = {name for name, o in flow.records.items() if o is ev.op or o.call.id == ev.node.id}
    if ev.op is not None and ev.op.api == "helper":
        bound |= _bound_names(ctx, ev.node)  # `const helper = await loadHelper(id)`: the helper's answer
    # a model's answer about the row (`generateText({ prompt: `...${rfi.question}` })`): a summary, a
    # translation of it carries its content back
    for ai in flow.events:
        if ai.kind == "ai" and ai.node.start_byte > ev.node.end_byte and bound:
            args = ai.node.child_by_field_name("arguments")
            if args is not None and identifiers(ctx.src, args, into_functions=True) & bound:
                bound = bound | _bound_names(ctx, ai.node)
    regrouped = _regrouped(ctx, ev.node, bound)
    if _streamed_out(ctx, ev.node, bound | _bound_names(ctx, ev.node)):
        return True  # (a callback's own locals are no records of the flow: named where it binds them)
    for out in flow.events:
        if out.kind not in ("return", "respond") or out.value is None or out.node.end_byte < ev.node.start_byte:
            continue
        if sx.contains(out.value, ev.node) or any(
            (ctx.text(n) in bound and not _tested_only(n)) or (ctx.text(n) in regrouped and _passed_as_is(out.value, n))
            for n in sx.find(out.value, ("identifier", "shorthand_property_identifier"))
        ):
            return True
    return False


def _streamed_out(ctx: FileContext, node: Node, bound: set[str]) -> bool:
    """`new ReadableStream({ async start(controller) { const run = await ...; controller.enqueue(encode(
    message({ status: run.status }))) } })`: what the stream source enqueues is the response's body (a
    server-sent event), so a row named there goes back to the caller."""
    source = next((a for a in sx.ancestors(node) if a.type in sx.FUNCTION_TYPES), None)
    if not bound or source is None or not sx.stream_source_method(ctx.src, source):
        return False
    params = ctx.module.function_for(source).params
    if not params:
        return False
    controller = params[0]
    for call in sx.find(source, ("call_expression",)):
        if sx.callee_name(ctx.src, call) != controller + ".enqueue" or call.start_byte < node.end_byte:
            continue
        args = call.child_by_field_name("arguments")
        if args is not None and identifiers(ctx.src, args, into_functions=True) & bound:
            return True
    return False


# where a value sits when it goes out as it is: the answer itself, or a field or element of it
_AS_IS_PARENTS = frozenset({"pair", "object", "array", "spread_element", "return_statement"})


def _passed_as_is(value: Node, ident: Node) -> bool:
    """``ident`` is ``value`` or a field or element of it (`{ months: grouped }`), not something worked out
    of it (`Object.keys(grouped).length`)."""
    if ident.type == "shorthand_property_identifier" or ident.id == value.id:
        return True
    p = ident.parent
    while p is not None and p.type in sx.TRANSPARENT:
        if p.id == value.id:
            return True
        p = p.parent
    return p is not None and (p.id == value.id or p.type in _AS_IS_PARENTS)


# methods answering the same rows they are called on (reordered, cut or thinned, each row whole)
_SAME_ROWS_METHODS = frozenset({"slice", "sort", "filter", "reverse", "toSorted", "toReversed", "concat", "flat"})
# functions filing the rows they are handed under keys, each row kept whole (lodash's and the like)
_ROW_GROUPINGS = frozenset({"groupBy", "keyBy", "sortBy", "uniqBy", "partition", "chunk"})


def _same_rows(src: bytes, node: Node | None, bound: set[str]) -> bool:
    """``node`` answers the rows a name in ``bound`` holds, each whole: `rows.slice(1)`, `rows.sort(cmp)`,
    `groupBy(rows, key)` (not `rows.map(...)`, which may pick fields)."""
    node = sx.unwrap(node)
    if node is None:
        return False
    if node.type == "identifier":
        return sx.text(src, node) in bound
    if node.type == "object":
        return _spreads(src, node, bound)  # `{ question: { ...rows[0].question, answers } }`: a row copied whole
    if node.type != "call_expression":
        return False
    fn = sx.strip_types(node.child_by_field_name("function"))
    args = sx.call_args(node)
    if fn is not None and fn.type == "member_expression":
        prop = sx.text(src, fn.child_by_field_name("property"))
        if prop in _SAME_ROWS_METHODS:
            return _same_rows(src, fn.child_by_field_name("object"), bound)
        cb = sx.strip_types(args[0]) if prop == "map" and len(args) == 1 else None
        if cb is not None and cb.type == "arrow_function":
            # `rows.map((row) => ({ policy: { ...row.policy, stores } }))`: each row copied whole, fields added
            params = set(sx.param_names(src, cb))
            body = sx.unwrap(cb.child_by_field_name("body"))
            if len(params) == 1 and body is not None and body.type == "object" and _spreads(src, body, params):
                return _same_rows(src, fn.child_by_field_name("object"), bound)
    name = sx.last_name(sx.callee_name(src, node))
    return name in _ROW_GROUPINGS and bool(args) and _same_rows(src, args[0], bound)


def _spreads(src: bytes, obj: Node, names: set[str]) -> bool:
    """The object literal ``obj`` (or one nested in it as a field) spreads a value rooted at one of ``names``."""
    for n in sx.find(obj, ("spread_element",), into_functions=False):
        arg = n.named_children[0] if n.named_children else None
        if sx.root_identifier(src, arg) in names:
            return True
    return False


def _regrouped(ctx: FileContext, read: Node, bound: set[str]) -> set[str]:
    """Names bound after ``read`` to the same rows as ``bound`` (`const grouped = groupBy(rows.slice(1), key)`),
    in the order written: what is returned through them is the rows themselves."""
    fn = next((a for a in sx.ancestors(read) if a.type in sx.FUNCTION_TYPES), None)
    if fn is None or not bound:
        return set()
    out = set(bound)
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        if d.start_byte > read.end_byte and _same_rows(ctx.src, d.child_by_field_name("value"), out):
            out |= set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    return out - bound


def _tested_only(ident: Node) -> bool:
    """``ident`` sits under a negation (`exists: !!bay`): only whether the row was found goes back."""
    p = ident.parent
    while p is not None and p.type in sx.TRANSPARENT:
        p = p.parent
    return p is not None and p.type == "unary_expression" and p.child(0) is not None and p.child(0).type == "!"


def _client_filled_params(ctx: FileContext, ep: EntryPoint, ev: Event) -> tuple[Function, set[str]] | None:
    """The project helper ``ev`` calls and the names of its parameters the client's values fill."""
    call = sx.unwrap(ev.node)
    if call is None or call.type != "call_expression":
        return None
    target = ctx.analyzer.target(ep.fn.module, call)
    if target is None or target.body is None:
        return None
    params = target.param_nodes()
    client: set[str] = set()
    # (a value of a record the code loaded, `key.workspaceId` of the API key the caller's secret found,
    # is not the client's choice)
    chosen = ev.state.client - set(ctx.flow(ep).records) - ev.state.fetched
    for k, arg in enumerate(sx.call_args(call)):
        names = identifiers(ctx.src, arg, into_functions=True) & chosen
        if k < len(params) and names and not all(_project_answer(ctx, ep, n) for n in names):
            client |= set(sx.pattern_names(target.module.src, params[k]))
    return (target, client) if client else None


def _helper_keyed_by_client_owner(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A project helper handed the client's value reads, in its own code, the rows of the person or
    tenant that value names (`where: { employee_id: employeeId }` with `employeeId` the parameter
    the client's value fills): someone's own rows, as if the read were written in the entry point."""
    filled = _client_filled_params(ctx, ep, ev)
    if filled is None:
        return False
    target, client = filled
    hctx = ctx if target.module is ctx.module else FileContext(target.module, ctx.analyzer, ctx.config)
    return any(
        # (also a raw SQL read, `legacy.query("... WHERE shift_id = ?", [shiftId])`)
        op.kind == "read" and (_keyed_by_client_owner(hctx, op, client) or _sql_keyed_by(hctx, op, client))
        for op in ctx.analyzer.summary(target).ops
        # (the helper's own reads, in its own code: not those of helpers it calls in turn)
        if op.helper == target.name and sx.contains(target.node, op.call)
    )


def _helper_includes_people(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A project helper (in a plain module too) whose own read pulls in people's rows whole
    (`shortlist.findMany({ include: { user: true } })`) and answers them: as if read in the entry point."""
    op = ev.op
    call = sx.unwrap(ev.node)
    if op is None or op.kind != "read" or op.api != "helper" or call is None or call.type != "call_expression":
        return False
    target = ctx.analyzer.target(ep.fn.module, call)
    if target is None or target.body is None:
        return False
    summary = ctx.analyzer.summary(target)
    hctx = ctx if target.module is ctx.module else FileContext(target.module, ctx.analyzer, ctx.config)
    return any(
        _op_includes_people(hctx, o) and _answered_whole(hctx.src, target.node, o.call)
        for o in summary.ops
        # (the helper's own reads, in its own code)
        if o.helper == target.name and sx.contains(target.node, o.call)
    )


def _answered_whole(src: bytes, fn: Node, call: Node) -> bool:
    """The rows of ``call`` are ``fn``'s answer as they are: `return await db.x.findMany(...)` (or an
    arrow's body), or `const rows = await db.x.findMany(...); return rows` (not `rows.length`)."""
    n = call
    while n.parent is not None and n.parent.type in ("await_expression", "parenthesized_expression"):
        n = n.parent
    parent = n.parent
    if parent is None:
        return False
    if parent.type == "return_statement" or (
        parent.type in sx.FUNCTION_TYPES and parent.child_by_field_name("body") == n
    ):
        return True
    name = parent.child_by_field_name("name") if parent.type == "variable_declarator" else None
    if name is None or name.type != "identifier":
        return False
    local = sx.text(src, name)
    for ret in sx.find(fn, ("return_statement",)):
        value = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        if value is not None and value.type == "identifier" and sx.text(src, value) == local:
            return True
    return False


def _helper_whole_personal_row(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A project helper handed the client's value finds, in its own code, a whole Mongoose document by
    it (`Helper.findById(helperId).lean()`, no fields picked) of a schema holding a person's contact
    details or a credential, and answers it: their private record, as if read in the entry point."""
    filled = _client_filled_params(ctx, ep, ev)
    if filled is None:
        return False
    target, client = filled
    summary = ctx.analyzer.summary(target)
    if not summary.returns_records:
        return False
    hctx = ctx if target.module is ctx.module else FileContext(target.module, ctx.analyzer, ctx.config)
    for op in summary.ops:
        if op.helper != target.name or not sx.contains(target.node, op.call):
            continue  # (the helper's own reads, in its own code)
        if op.kind != "read" or op.api != "mongoose" or op.projected or not op.args:
            continue
        if not identifiers(hctx.src, op.args[0], into_functions=True) & client:
            continue
        fields = _schema_fields(hctx, op, target.module)
        if fields and any(_PERSONAL_FIELD.match(f) or _CREDENTIAL_FIELD.match(f) for f in fields):
            return True
    return False


def _helper_every_personal_row(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A project helper that lists, in its own code, every document of a Mongoose schema holding a
    person's contact details or a credential (`Donor.find()`, no filter and no fields picked) and answers
    them: everyone's record, as `_every_kysely_person_row` for Kysely (sent back: the caller's check)."""
    call = sx.unwrap(ev.node)
    if ev.op is None or ev.op.kind != "read" or call is None or call.type != "call_expression":
        return False
    target = ctx.analyzer.target(ep.fn.module, call)
    if target is None or target.body is None:
        return False
    summary = ctx.analyzer.summary(target)
    if not summary.returns_records:
        return False
    hctx = ctx if target.module is ctx.module else FileContext(target.module, ctx.analyzer, ctx.config)
    for op in summary.ops:
        if op.helper != target.name or not sx.contains(target.node, op.call):
            continue  # (the helper's own reads, in its own code)
        if op.kind != "read" or op.api != "mongoose" or op.projected or op.verb != "find":
            continue
        if any(a.type != "object" or a.named_children for a in (sx.unwrap(x) for x in op.args) if a is not None):
            continue  # (a filter picks someone's documents: judged as such elsewhere)
        fields = _schema_fields(hctx, op, target.module)
        if fields and any(_PERSONAL_FIELD.match(f) or _CREDENTIAL_FIELD.match(f) for f in fields):
            return True
        if _populates_people(hctx, op, target.module):
            return True  # `Donation.find().populate(["user", "donor"])`: each donation's donor whole
    return False


# `ref: "Donor"` in a Mongoose schema field's declaration (`{ type: Schema.Types.ObjectId, ref: "Donor" }`)
_MONGOOSE_REF = re.compile(r"\bref\s*:\s*[\"'`](\w+)[\"'`]")


def _populated_paths(src: bytes, chain: Node) -> set[str]:
    """The relations a Mongoose query's `.populate(...)` steps fill in whole: `populate("user")`,
    `populate(["user", "donor"])`, `populate({ path: "donor" })`; not one that picks fields (`populate("user",
    "name")`, `{ path, select }`), which keeps only those."""
    out: set[str] = set()
    for call in sx.find(chain, ("call_expression",), into_functions=False):
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "member_expression":
            continue
        if sx.text(src, fn.child_by_field_name("property")) != "populate":
            continue
        args = [sx.unwrap(a) for a in sx.call_args(call)]
        if not args or args[0] is None or len(args) > 1:
            continue
        first = args[0]
        items = first.named_children if first.type == "array" else [first]
        for each in items:
            item = sx.unwrap(each)
            if item is None:
                continue
            if item.type == "object":
                keys = object_keys(src, item)
                if "select" not in keys and "path" in keys:
                    path = sx.string_value(src, keys["path"])
                    out.update([path] if path else [])
                continue
            path = sx.string_value(src, item)
            out.update(path.split() if path else [])
    return out


def _populates_people(ctx: FileContext, op: DbOp, mod: Module) -> bool:
    """A Mongoose read that populates, whole, a relation its schema declares as a reference to a model whose
    schema holds a person's e-mail or phone or a credential (`donor: { type: ObjectId, ref: "Donor" }` with
    `Donor { email }`): the people behind each document, sent back with it."""
    paths = _populated_paths(ctx.src, op.chain)
    if not paths:
        return False
    program = ctx.analyzer.program
    found = program.resolve_value(mod, op.model)
    if found is None:
        return False
    schemas = [
        n
        for n in sx.find(found[0].parsed.root, ("new_expression",))
        if "Schema" in found[0].text(n.child_by_field_name("constructor"))
    ]
    args = sx.call_args(schemas[0]) if len(schemas) == 1 else []
    declared = object_keys(found[0].src, args[0]) if args else {}
    refs = set()
    for path in paths & set(declared):
        ref = _MONGOOSE_REF.search(found[0].text(declared[path]))
        refs.update([ref.group(1).lower()] if ref else [])
    return any(
        name in refs and any(_PERSONAL_FIELD.match(k) or _CREDENTIAL_FIELD.match(k) for k in keys)
        for name, keys in tenancy.mongoose_schema_declarations(program)
    )


def _project_answer(ctx: FileContext, ep: EntryPoint, name: str) -> bool:
    """``name`` is bound to what a project function answered (`const key = await authenticateApiKey(raw)`):
    a value the server looked up, not one the client chose."""
    for d in sx.find(ep.fn.node, ("variable_declarator",)):
        if name not in sx.pattern_names(ctx.src, d.child_by_field_name("name")):
            continue
        value = d.child_by_field_name("value")
        for c in sx.find(value, ("call_expression",)) if value is not None else ():
            if ctx.analyzer.target(ep.fn.module, c) is not None:
                return True
    return False


def _keyed_by_client_owner(ctx: FileContext, op: DbOp, client: set[str], also: frozenset[str] = frozenset()) -> bool:
    """A read whose filter picks a person or tenant by a caller-chosen id (`where: { userId }`,
    `eq(workPeriod.employeeId, employeeId)`, `where: { organizationId }`, or a column of ``also``) returns
    their own rows. A filter that also keeps public rows only (`isPublished: true`, `eq(t.status,
    "published")`) does not."""
    if op.kind == "read" and op.api == "supabase" and client:
        return _supabase_keyed_by_client_owner(ctx, op, client, also)
    if op.kind == "read" and op.api == "firestore" and client:
        return _firestore_keyed_by_client_owner(ctx, op, client, also)
    if op.kind == "read" and op.api == "mongoose" and client:
        return _mongoose_keyed_by_client_owner(ctx, op, client)
    if op.kind != "read" or op.api not in ("prisma", "drizzle") or not client:
        return False
    owners: list[Node] = []
    publics: list[tuple[Node, Node]] = []
    terms = [(n, op.chain) for n in sx.find(op.chain, ("pair", "shorthand_property_identifier", "call_expression"))]
    for held in _filter_locals(ctx, op):
        terms += [(n, held) for n in sx.find(held, ("call_expression",))]
    for node, top in terms:
        column, value = _filter_term(ctx, node)
        if column is None or value is None:
            continue
        if not (_in_filter(ctx, node, op) if top is op.chain else not _under_pair(node, top)):
            continue
        if _public_term(ctx, column, value):
            publics.append((node, top))
        elif (
            _OWNER_COLUMN.match(column) or column in also or column in tenancy.tenant_columns(ctx.analyzer.program)
        ) and identifiers(ctx.src, value, into_functions=True) & client:
            owners.append(node)
    # (a public term that is only the other branch of an `or` with the owner's, `or(eq(t.userId, userId),
    # eq(t.visibility, "public"))`, keeps that person's private rows too: it narrows nothing)
    return bool(owners) and not any(not _or_sibling(ctx, node, top, owners) for node, top in publics)


# a Mongoose model of accounts: its `userId` is the row's own handle (a public profile's), not an owner's
_MONGOOSE_ACCOUNT_MODEL = re.compile(r"(?i)^(users?|accounts?|members?|profiles?)$")


def _mongoose_keyed_by_client_owner(ctx: FileContext, op: DbOp, client: set[str]) -> bool:
    """`Toast.find({ userId: userId, category })`: a Mongoose filter picking a person's rows by the id the
    caller sends, as `where: { userId }` does in Prisma: their own notifications, messages, orders. Not on
    the account model itself (its `userId` names the row), nor with a term keeping public rows only."""
    if _MONGOOSE_ACCOUNT_MODEL.match(op.model or "") or not op.args:
        return False
    first = sx.unwrap(op.args[0])
    if first is None or first.type != "object":
        return False
    owned = False
    for node in first.named_children:
        column, value = _filter_term(ctx, node)
        if column is None or value is None:
            continue
        if _public_term(ctx, column, value):
            return False
        if _OWNER_COLUMN.match(column) and identifiers(ctx.src, value, into_functions=True) & client:
            owned = True
    return owned


def _or_sibling(ctx: FileContext, node: Node, top: Node, others: list[Node]) -> bool:
    """``node`` and one of ``others`` are alternatives of one `or(...)` (drizzle) / `OR: [...]` (prisma)
    between ``node`` and ``top``."""
    p = node.parent
    while p is not None and p != top:
        alternatives = (p.type == "call_expression" and sx.callee_name(ctx.src, p) == "or") or (
            p.type == "pair" and ctx.text(p.child_by_field_name("key")).strip("'\"") == "OR"
        )
        if alternatives and any(sx.contains(p, o) for o in others):
            return True
        p = p.parent
    return False


def _firestore_where(ctx: FileContext, value: Node) -> tuple[str, Node] | None:
    """(the field, the `where` call) of a Firestore query step whose compared value ``value`` is
    (`where("userId", "==", id)`, `….where("userId", "==", id)`)."""
    args = value.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, call)) != "where":
        return None
    parts = sx.call_args(call)
    field = sx.string_value(ctx.src, parts[0]) if len(parts) == 3 else None
    return (field, call) if field else None


def _firestore_keyed_by_client_owner(ctx: FileContext, op: DbOp, client: set[str], also: frozenset[str]) -> bool:
    """`getDocs(query(collection(db, "creations"), where("userId", "==", userId)))` with the caller's choice of
    user: that person's documents, as `where: { userId }` is; not when another step keeps public documents
    only (`where("isPublic", "==", true)`). (The op's filters are the values of all its `where` steps.)"""
    owner = visible = False
    for value in op.args:
        found = _firestore_where(ctx, value)
        if found is None:
            continue
        field = found[0]
        if _public_term(ctx, field, value):
            visible = True
        elif _OWNER_COLUMN.match(field) or field in also:
            owner = owner or bool(identifiers(ctx.src, value, into_functions=True) & client)
    return owner and not visible


# the Supabase filters that pick rows by a column's value (`.eq("user_id", id)`, `.in("user_id", ids)`)
_SUPABASE_PICKS = frozenset({"eq", "in"})


# the prefix Postgres functions give their parameters (`p_organization_id`, `_user_id`)
_RPC_PARAM_PREFIX = re.compile(r"^(p_|_|in_)")


def _supabase_keyed_by_client_owner(ctx: FileContext, op: DbOp, client: set[str], also: frozenset[str]) -> bool:
    """`supabase.from("answers").select("*").eq("user_id", userId)` with the caller's choice of user: that
    person's own rows, as `where: { userId }` is; not when the chain also keeps public rows only
    (`.eq("is_public", true)`). A database function named for a read and handed such an id
    (`rpc("detect_anomalies", { p_organization_id: orgId })`) reads that tenant's rows the same way."""
    if op.verb.startswith("rpc "):
        params = sx.strip_types(op.args[0]) if op.args else None
        if params is None or params.type != "object":
            return False
        return any(
            (_OWNER_COLUMN.match(_RPC_PARAM_PREFIX.sub("", key)) is not None or key in also)
            and bool(identifiers(ctx.src, value, into_functions=True) & client)
            for key, value in object_keys(ctx.src, params).items()
        )
    owner = False
    for call in sx.find(op.chain, ("call_expression",)):
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "member_expression":
            continue
        method = ctx.text(fn.child_by_field_name("property"))
        args = [sx.unwrap(a) for a in sx.call_args(call)]
        column = sx.string_value(ctx.src, args[0]) if len(args) == 2 and args[0] is not None else None
        if column is None or args[1] is None or method not in ("eq", "in", "is"):
            continue
        if _VISIBILITY_FLAG.match(column) and args[1].type == "true":
            return False
        if method in _SUPABASE_PICKS and (
            _OWNER_COLUMN.match(column) or column in also or column in tenancy.tenant_columns(ctx.analyzer.program)
        ):
            owner = owner or bool(identifiers(ctx.src, args[1], into_functions=True) & client)
    return owner


def _published_only(ctx: FileContext, op: DbOp) -> bool:
    """A read whose own filter keeps published rows only (`.where(and(eq(coaches.slug, slug),
    eq(coaches.isPublished, true)))`, `where: { slug, published: true }`, also through a local the
    builder is handed), or a Mongoose filter's own key (`Note.find({ wineId, published: true })`): the rows
    its owners chose to show the public."""
    if op.kind == "read" and op.api == "sql" and op.call is not None:
        return _sql_published_only(ctx, op.call)
    if op.kind != "read" or op.api not in ("prisma", "drizzle", "mongoose"):
        return False
    if op.api == "mongoose":
        where = sx.strip_types(op.args[0]) if op.args else None
        pairs = (
            [p for p in where.named_children if p.type == "pair"]
            if where is not None and where.type == "object"
            else []
        )
        return any(_shown_only(ctx, *_filter_term(ctx, p)) for p in pairs)
    terms = [(n, op.chain) for n in sx.find(op.chain, ("pair", "call_expression"))]
    for held in _filter_locals(ctx, op):
        terms += [(n, held) for n in sx.find(held, ("call_expression",))]
    for node, top in terms:
        if not _shown_only(ctx, *_filter_term(ctx, node)):
            continue
        if _in_filter(ctx, node, op) if top is op.chain else not _under_pair(node, top):
            return True
    return False


# a SQL select's WHERE clause up to what follows it, and a visibility flag among its `AND`-ed terms
# (`WHERE is_public AND owner_id = ...`, `published = true`, `status = 'published'`)
_SQL_WHERE = re.compile(
    r"(?is)^\s*select\s+(.*?)\s+from\s.*?\bwhere\b(.*?)(?:\border\s+by\b|\bgroup\s+by\b|\blimit\b|$)"
)
_SQL_SHOWN = re.compile(
    r"(?i)^\s*\(?\s*(?:\w+\.)?(?:(?:is_?)?(?:public|published|visible|listed)(?:\s*=\s*(?:true|1|'t'))?"
    r"|(?:visibility|status)\s*=\s*'(?:public|published)')\s*\)?\s*$"
)
_SQL_PERSONAL = re.compile(r"(?i)\*|\b(e_?mail|phone|password\w*|\w*token|secret|address|birth\w*)\b")


def _sql_published_only(ctx: FileContext, call: Node) -> bool:
    """`pool.query("SELECT id, title FROM models WHERE is_public AND owner_id = '" + maker + "'")`: a raw read
    whose WHERE clause keeps published rows among its `AND`-ed terms (not under an `OR`), picking no personal
    column: the rows their owners chose to show the public."""
    pieces = [
        " ? " if pasted else ctx.text(child)[1:-1] if child.type == "string" else ctx.text(child).strip("`")
        for pasted, child in sql_text_parts(ctx.src, call)
    ]
    found = _SQL_WHERE.match("".join(pieces))
    if found is None or _SQL_PERSONAL.search(found.group(1)) or re.search(r"(?i)\bor\b", found.group(2)):
        return False
    return any(_SQL_SHOWN.match(term) for term in re.split(r"(?i)\band\b", found.group(2)))


def _shown_only(ctx: FileContext, column: str | None, value: Node | None) -> bool:
    """`published: true`, `status: "published"`, `hidden: false`: a filter term keeping the rows shown to the
    public."""
    if column is None or value is None:
        return False
    if _HIDING_FLAG.match(column) is not None and value.type == "false":
        return True
    return _public_term(ctx, column, value)


def _public_term(ctx: FileContext, column: str, value: Node) -> bool:
    """`published: true`, `status: "published"`: a filter term keeping the public rows only."""
    return (_VISIBILITY_FLAG.match(column) is not None and value.type == "true") or (
        _VISIBILITY_STATE.match(column) is not None and _PUBLIC_STATE.match(ctx.text(value)) is not None
    )


def _call_filter_terms(ctx: FileContext, op: DbOp) -> Iterator[tuple[str, Node]]:
    """The call terms filtering a read's own rows (`eq(t.column, value)` under its `where`): (column, value)."""
    for node in sx.find(op.chain, ("call_expression",)):
        column, value = _filter_term(ctx, node)
        if column is not None and value is not None and _in_filter(ctx, node, op):
            yield column, value


def _published_tested_next(ctx: FileContext, ev: Event) -> bool:
    """`const profile = await db.query.coaches.findFirst({ where: eq(coaches.slug, slug), columns: {...} })`
    followed at once by `if (!profile || !profile.isPublished) return 404`: the row answers nothing
    unless its owner published it, as a read filtered on the flag does. So does a test of its state
    against an unpublished one (`if (!permit || permit.status === "DRAFT") return []`) or away from a
    public one (`row.visibility !== "public"`)."""
    name = _bound_read_name(ctx, ev)
    if name is None:
        return False
    nxt = _exiting_if_next(ctx, ev)
    if nxt is None:
        return False
    cond = nxt.child_by_field_name("condition")
    for neg in sx.find(cond, ("unary_expression",)) if cond is not None else []:
        inner = sx.unwrap(neg.named_children[0]) if neg.named_children else None
        if ctx.text(neg).startswith("!") and inner is not None and inner.type == "member_expression":
            prop = inner.child_by_field_name("property")
            root = sx.root_identifier(ctx.src, inner)
            if root == name and prop is not None and _VISIBILITY_FLAG.match(ctx.text(prop)):
                return True
    for test in sx.find(cond, ("binary_expression",)) if cond is not None else []:
        op = ctx.text(test.child_by_field_name("operator"))
        sides = [sx.strip_types(test.child_by_field_name(f)) for f in ("left", "right")]
        state = next((x for x in sides if x is not None and x.type == "member_expression"), None)
        value = next((x for x in sides if x is not None and x.type == "string"), None)
        if state is None or value is None or sx.root_identifier(ctx.src, state) != name:
            continue
        if not _VISIBILITY_STATE.match(ctx.text(state.child_by_field_name("property"))):
            continue
        if (op in ("===", "==") and _HIDDEN_STATE.match(ctx.text(value))) or (
            op in ("!==", "!=") and _PUBLIC_STATE.match(ctx.text(value))
        ):
            return True
    return False


# a state the public never sees (`"DRAFT"`, `"unpublished"`, `"private"`)
_HIDDEN_STATE = re.compile(r"(?i)^['\"`](drafts?|unpublished|private|hidden|unlisted)['\"`]$")


def _bound_read_name(ctx: FileContext, ev: Event) -> str | None:
    """The local a read's answer is bound to (`const permit = await prisma.permit.findUnique(...)`)."""
    if ev.op is None or ev.op.kind != "read":
        return None
    decl = ev.node.parent
    while decl is not None and (decl.type == "await_expression" or decl.type in sx.TRANSPARENT):
        decl = decl.parent
    if decl is None or decl.type != "variable_declarator":
        return None
    pattern = decl.child_by_field_name("name")
    if pattern is None or pattern.type != "identifier":
        return None
    return ctx.text(pattern)


def _under_published_record(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`inspection.findMany({ where: { permitId: permit.id }, select: { kind: true, result: true } })` past
    `if (!permit || permit.status === "DRAFT") return []`: chosen fields of the rows under a record
    shown only once published are what its public page shows (a published post's comments), unless
    they pick a person's contact detail, a credential or an internal field."""
    op = ev.op
    if op is None or op.kind != "read" or not op.projected or _picks_personal_field(ctx, ev):
        return False
    refs = identifiers(ctx.src, op.chain, into_functions=True)
    for e in ctx.flow(ep).events:
        if e.node.start_byte >= ev.node.start_byte:
            break
        name = _bound_read_name(ctx, e)
        if name is not None and name in refs and _published_tested_next(ctx, e):
            return True
        # `garden.findFirst({ where: { id, isPublic: true } })` then `if (!garden) return 404`: found among the
        # public rows only, or not at all
        if (
            name is not None
            and name in refs
            and e.op is not None
            and _published_only(ctx, e.op)
            and _missing_exits_next(ctx, e, name)
            # (by the parent alone: not one person's rows among them, `donorId` picked by the caller)
            and not (refs & ev.state.client) - {name}
        ):
            return True
    return False


def _exiting_if_next(ctx: FileContext, ev: Event) -> Node | None:
    """The `if` statement right after the declaration holding the read ``ev``, when its branch exits
    (`if (!row) return 404`)."""
    decl = ev.node.parent
    while decl is not None and decl.type != "variable_declarator":
        decl = decl.parent
    stmt = decl.parent if decl is not None else None
    nxt = stmt.next_named_sibling if stmt is not None else None
    if nxt is None or nxt.type != "if_statement" or not sx.exits(ctx.src, nxt.child_by_field_name("consequence")):
        return None
    return nxt


def _missing_exits_next(ctx: FileContext, ev: Event, name: str) -> bool:
    """The statement after the read binding ``name`` is `if (!name) <exit>`."""
    nxt = _exiting_if_next(ctx, ev)
    if nxt is None:
        return False
    cond = sx.unwrap(nxt.child_by_field_name("condition"))
    return cond is not None and cond.type == "unary_expression" and ctx.text(cond).replace(" ", "") == f"!{name}"


def _filter_locals(ctx: FileContext, op: DbOp) -> list[Node]:
    """The values a local handed to a drizzle builder's `.where(cond)` is given in the function
    (`let cond = and(eq(t.orgId, orgId), ...)`, `cond = and(cond, ilike(...))`): the read's filter."""
    if op.api != "drizzle":
        return []
    names = set()
    for call in sx.find(op.chain, ("call_expression",)):
        args = sx.call_args(call)
        arg = sx.strip_types(args[0]) if len(args) == 1 else None
        if arg is not None and arg.type == "identifier" and sx.callee_name(ctx.src, call).endswith(".where"):
            names.add(ctx.text(arg))
    if not names:
        return []
    fn = next((p for p in sx.ancestors(op.chain) if sx.is_function(p)), None)
    if fn is None:
        return []
    out: list[Node] = []
    for n in sx.find(fn, ("variable_declarator", "assignment_expression"), into_functions=False):
        if n.start_byte >= op.chain.start_byte:
            continue
        target = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
        value = n.child_by_field_name("value" if n.type == "variable_declarator" else "right")
        if target is not None and value is not None and target.type == "identifier" and ctx.text(target) in names:
            out.append(value)
    return out


def _under_pair(node: Node, top: Node) -> bool:
    """A `key: value` pair between ``node`` and ``top`` (a nested relation's options, not the filter)."""
    p = node.parent
    while p is not None and p != top:
        if p.type == "pair":
            return True
        p = p.parent
    return False


# In raw SQL, a person's id by their part too (`"interviewerId" = ${id}`, `author_id = $1`)
_SQL_OWNER_COLUMN = re.compile(
    r"(?i)^(user|employee|owner|customer|patient|member|student|staff|person|organi[sz]ation|org|team|workspace|"
    r"tenant|company|agency|interviewer|author|candidate|applicant|recruiter|assignee|reviewer)_?id$"
)
# (`= $1` of pg and postgres.js, a glued-in value's marker, or mysql2's positional `= ?`)
# a column holding a person's e-mail address (`email`, `guardian_email`, `contactEmail`)
_SQL_EMAIL_COLUMN = re.compile(r"(?i)^(\w+_|[a-z]+)?e_?mail(_?address)?$")
# a read answering ids, a constant or a count only: whether the address is known (information-disclosure's question)
_SQL_IDS_ONLY = re.compile(
    r"""(?is)^[\s"'`]*select\s+(1|true|(\w+\.)?"?id"?|count\s*\([\w\s*.]*\))(\s+as\s+\w+)?\s+from\b"""
)
_SQL_TERM = re.compile(r"(?i)\"?(\w+)\"?\s*=\s*'?(?:\x00(\d+)\x00|\$(\d+)|(\?))")


def _sql_keyed_by_client_owner(ctx: FileContext, ev: Event) -> bool:
    """A raw SQL read filtered by a person's or tenant's id the caller chose (postgres.js
    ``sql`... WHERE "interviewerId" = ${id}` ``, `sql.unsafe("... = '${input.companyId}'")`, `pool.query("...
    author_id = $1", [id])`): their own rows, like `where: { userId }`."""
    return ev.op is not None and _sql_keyed_by(ctx, ev.op, ev.state.client, emails=True)


def _sql_keyed_by(ctx: FileContext, op: DbOp, client: set[str], emails: bool = False) -> bool:
    """``op`` is a raw SQL read filtered by a person's or tenant's id made of the names in ``client``; with
    ``emails``, also by a person's e-mail address (`WHERE guardian_email = '...'`) when it picks more than
    ids (as `_keyed_by_client_email`)."""
    if op.kind != "read" or op.api != "sql" or not client:
        return False
    values: list[Node] = []
    pieces: list[str] = []
    first = sx.strip_types(next(iter(sx.call_args(op.call)), None))
    if first is not None and first.type == "binary_expression" and _concatenation(ctx, first):
        # `"... WHERE org_id = '" + org + "'"`: the glued-in values stand where the template's would
        for part in _concatenation(ctx, first):
            if part.type == "string":
                pieces.append(ctx.text(part)[1:-1])
            else:
                pieces.append(f"\x00{len(values)}\x00")
                values.append(part)
    else:
        text_node = next(iter(sx.find(op.call, ("template_string", "string"))), None)
        if text_node is None:
            return False
        for child in text_node.children if text_node.type == "template_string" else []:
            if child.type == "template_substitution":
                pieces.append(f"\x00{len(values)}\x00")
                values.append(child)
            else:
                pieces.append(ctx.text(child))
        if not pieces:
            pieces.append(ctx.text(text_node))
    text = "".join(pieces)
    params = sx.call_args(op.call)[1:2]
    listed = sx.strip_types(params[0]) if params else None
    # (a table the schema leaves out, `readings` kept in another database: whose rows they are only the key
    # of the record they hang off says; a declared table is judged by its own columns)
    # (`machines` of `model Machine`: a plural table name is still the declared model's)
    unmodelled = _schema_fields(ctx, op) is None and not _declared_plural(ctx, op.model or "")
    by_email = emails and not _SQL_IDS_ONLY.match(text)
    for m in _SQL_TERM.finditer(text):
        if not (
            _SQL_OWNER_COLUMN.match(m.group(1))
            or (by_email and _SQL_EMAIL_COLUMN.match(m.group(1)))
            or (unmodelled and _keys_tenant_record(ctx.analyzer.program, m.group(1)))
            or (unmodelled and _keys_root_tenant(ctx.analyzer.program, m.group(1)))
        ):
            continue
        if m.group(2) is not None:
            value: Node | None = values[int(m.group(2))]
        elif (
            m.group(3) is not None
            and listed is not None
            and listed.type == "array"
            and 0 < int(m.group(3)) <= len(listed.named_children)
        ):
            value = listed.named_children[int(m.group(3)) - 1]
        elif m.group(4) is not None and listed is not None and listed.type == "array":
            # (mysql2 binds its `?`s in order: this one takes the value after the ones before it)
            at = text.count("?", 0, m.start(4))
            value = listed.named_children[at] if at < len(listed.named_children) else None
        else:
            continue
        if value is not None and identifiers(ctx.src, value) & client:
            return True
    return False


def _declared_plural(ctx: FileContext, table: str) -> bool:
    """``table`` is the plural of a model the Prisma schema declares (`machines` of `model Machine`)."""
    models = prisma_models(ctx.analyzer.program, ctx.path)
    key = table.lower()
    return key.endswith("s") and (key[:-1] in models or (key.endswith("es") and key[:-2] in models))


# a column keying a record of another table by its id or serial (`meter_serial`, `meter_id`, `meterId`)
_RECORD_KEY_COLUMN = re.compile(r"^([A-Za-z]+?)_?(id|Id|ID|serial|Serial|uuid|Uuid)$")


def _keys_root_tenant(program: Program, column: str) -> bool:
    """``column`` is the key of the schema's own tenant (`garden_id` of `Garden`, whose members hold roles in
    `GardenMembership`): the rows of a table kept outside the schema (`announcements`) are that tenant's."""
    m = _RECORD_KEY_COLUMN.match(column)
    return m is not None and m.group(2).lower() == "id" and tenancy.root_tenant(program, m.group(1))


def _keys_tenant_record(program: Program, column: str) -> bool:
    """``column`` picks rows by the key of a record the schema files under a tenant (`meter_serial` of
    `Meter { coopId }`; not a catalogue's entry that declares which rows are public, `Listing { published }`):
    the rows of a table kept outside the schema (`readings`) that belong to that tenant's record."""
    m = _RECORD_KEY_COLUMN.match(column)
    if m is None:
        return False
    stem = m.group(1)
    return tenancy.tenant_filed(program, stem) and not tenancy.public_capable(program, stem)


def _concatenation(ctx: FileContext, node: Node) -> list[Node]:
    """The operands of a `+` chain (`"a" + b + "c"`), left to right; none when any `+` is not one."""
    out: list[Node] = []
    while node.type == "binary_expression":  # (down the left spine: a long chain nests deep)
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or ctx.text(node.child_by_field_name("operator")) != "+":
            return []
        out.append(right)
        node = left
    out.append(node)
    out.reverse()
    return out


def _handle_from_caller(ctx: FileContext, ep: EntryPoint, op: DbOp) -> bool:
    """`queryClient.query.employee.findFirst(...)` on a client the function is handed: a caller over
    the wire cannot pass a database handle, so this export is a helper run with the server's one."""
    return sx.root_identifier(ctx.src, op.call.child_by_field_name("function")) in ep.fn.params


def _filter_term(ctx: FileContext, node: Node) -> tuple[str | None, Node | None]:
    """`column: value`, shorthand `column`, or `eq(table.column, value)` -> (column, value)."""
    if node.type == "shorthand_property_identifier":
        return ctx.text(node), node
    if node.type == "pair":
        key = node.child_by_field_name("key")
        return (ctx.text(key).strip("'\"") if key is not None else None), sx.unwrap(node.child_by_field_name("value"))
    if sx.callee_name(ctx.src, node) not in _FILTER_EQ:
        return None, None
    args = [sx.unwrap(a) for a in sx.call_args(node)]
    if len(args) != 2 or args[0] is None or args[1] is None:
        return None, None
    col, value = (args[0], args[1]) if args[0].type == "member_expression" else (args[1], args[0])
    if col.type != "member_expression":
        return None, None
    return ctx.text(col.child_by_field_name("property")), value


def _in_filter(ctx: FileContext, node: Node, op: DbOp) -> bool:
    """The term filters the read's own rows: under its top-level `where` (prisma, drizzle relational
    queries) or in a builder's `.where(...)`, not inside a nested relation's `include`/`with`."""
    p = node.parent
    keys: list[str] = []
    while p is not None:
        if p.type == "pair":
            keys.append(ctx.text(p.child_by_field_name("key")).strip("'\""))
        if p.type == "call_expression" and sx.callee_name(ctx.src, p).endswith(".where"):
            return not keys  # (the chain's own last call too: `db.select().from(t).where(eq(...))`)
        if p == op.chain:
            break
        p = p.parent
    return bool(keys) and keys[-1] == "where"


def _session_read_only_when_present(ctx: FileContext, fn: Node, names: set[str]) -> bool:
    """Every session fetched in ``fn`` (a name bound to a call's result) is read only where a test
    has shown it present: in the test itself, in the branch of `if (session)` / `session ? a : b` /
    `session && a`, the `else` of `if (!session)`, past `if (!userId) throw`, or handed to a project
    helper (also one cached, `unstable_cache(core)`) that reads it only so."""
    roots: dict[str, Node] = {}
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        name = d.child_by_field_name("name")
        value = sx.unwrap(d.child_by_field_name("value"))
        bound_to_call = value is not None and value.type == "call_expression"
        if name is not None and name.type == "identifier" and ctx.text(name) in names and bound_to_call:
            roots[ctx.text(name)] = name
    if not roots:
        return False
    tests = set(roots) | _presence_flags(ctx, fn, set(roots))
    for ident in sx.find(fn, ("identifier",), into_functions=True):
        root = ctx.text(ident)
        if root in roots and ident != roots[root] and not _read_when_present(ctx, ctx.module, fn, ident, tests):
            return False
    return True


def _presence_flags(ctx: FileContext, fn: Node, roots: set[str]) -> set[str]:
    r"""`const signedIn = session && session.userId != null`: a local holding a presence test of the
    session, used only as a test itself (`signedIn ? sql\`...${session.userId}\`` : sql\`TRUE\``); a
    test of it is a test of the session."""
    out: set[str] = set()
    decls = sx.find(fn, ("variable_declarator",), into_functions=False)
    for d in decls:
        name, value = d.child_by_field_name("name"), _presence_operand(ctx, d.child_by_field_name("value"))
        if name is None or name.type != "identifier" or not _tests_present(ctx.src, value, roots):
            continue
        flag = ctx.text(name)
        uses = [i for i in sx.find(fn, ("identifier",), into_functions=True) if i != name and ctx.text(i) == flag]
        if uses and all(_used_as_test(i) for i in uses):
            out.add(flag)
    return out


def _presence_operand(ctx: FileContext, value: Node | None) -> Node | None:
    """What `Boolean(x)`, `x != null` and `x !== undefined` test the presence of (`x`); else ``value``."""
    node = sx.unwrap(value)
    if node is not None and node.type == "call_expression" and sx.callee_name(ctx.src, node) == "Boolean":
        args = sx.call_args(node)
        return sx.unwrap(args[0]) if len(args) == 1 else node
    if (
        node is not None
        and node.type == "binary_expression"
        and ctx.text(node.child_by_field_name("operator"))
        in (
            "!=",
            "!==",
        )
    ):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if right is not None and ctx.text(right) in ("null", "undefined"):
            return sx.unwrap(left)
    return node


def _used_as_test(ident: Node) -> bool:
    """``ident`` is (the whole of) an `if` / ternary condition, or the left of an `&&`."""
    child, p = ident, ident.parent
    while p is not None and p.type in ("parenthesized_expression", "unary_expression"):
        child, p = p, p.parent
    if p is None:
        return False
    if p.type in ("if_statement", "ternary_expression"):
        return child == p.child_by_field_name("condition")
    return p.type == "binary_expression" and child == p.child_by_field_name("left")


def _param_read_only_when_present(ctx: FileContext, helper: Function, index: int, depth: int) -> bool:
    """The helper's parameter at ``index`` (a plain name) is read only where a test has shown it
    present (`if (!userId) throw` before `eq(t.userId, userId)`, `...(userId ? {...} : {})`)."""
    nodes = helper.param_nodes()
    if index >= len(nodes) or helper.body is None:
        return False
    param = nodes[index]
    pattern = param.child_by_field_name("pattern") if param.type != "identifier" else param
    if pattern is None or pattern.type != "identifier" or param.type == "rest_pattern":
        return False
    src = helper.module.src
    name = sx.text(src, pattern)
    reads = 0
    for ident in sx.find(helper.body, ("identifier", "shorthand_property_identifier"), into_functions=True):
        if sx.text(src, ident) != name:
            continue
        if ident.type == "shorthand_property_identifier" or not _read_when_present(
            ctx, helper.module, helper.node, ident, {name}, depth
        ):
            return False
        reads += 1
    return reads > 0


def _tests_present(src: bytes, cond: Node | None, roots: set[str], negated: bool = False) -> bool:
    """``cond`` holds only when one of ``roots`` is set (`session`, `session?.user`, `session && x`), or,
    ``negated``, only when it is not (`!session`)."""
    cond = sx.unwrap(cond)
    if cond is None:
        return False
    if cond.type == "unary_expression" and sx.text(src, cond.child_by_field_name("operator")) == "!":
        return _tests_present(src, cond.child_by_field_name("argument"), roots, not negated)
    if cond.type == "binary_expression" and sx.text(src, cond.child_by_field_name("operator")) == (
        "||" if negated else "&&"
    ):
        return any(_tests_present(src, cond.child_by_field_name(f), roots, negated) for f in ("left", "right"))
    if negated:
        # `typeof token === "string"`: the reader answered a refusal message, no session
        op = sx.text(src, cond.child_by_field_name("operator")) if cond.type == "binary_expression" else ""
        left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
        return op in ("==", "===") and typeof_test(src, left, right) in roots
    return cond.type in ("identifier", "member_expression") and sx.root_identifier(src, cond) in roots


_YES_NO_OPS = frozenset({"===", "!==", "==", "!="})


def _yes_no_read(src: bytes, ident: Node) -> bool:
    """The member chain ``ident`` opens is compared (`a === session.userId`), negated or made a
    `Boolean(...)`: what is read is a yes/no."""
    chain = ident
    while (
        chain.parent is not None
        and chain.parent.type == "member_expression"
        and chain == chain.parent.child_by_field_name("object")
    ):
        chain = chain.parent
    outer = chain.parent
    if outer is None:
        return False
    op = (
        sx.text(src, outer.child_by_field_name("operator"))
        if outer.type in ("binary_expression", "unary_expression")
        else ""
    )
    if (outer.type == "binary_expression" and op in _YES_NO_OPS) or (outer.type == "unary_expression" and op == "!"):
        return True
    call = outer.parent if outer.type == "arguments" else None
    return call is not None and call.type == "call_expression" and sx.callee_name(src, call) == "Boolean"


def _read_when_present(ctx: FileContext, mod: Module, fn: Node, ident: Node, roots: set[str], depth: int = 0) -> bool:
    src = mod.src
    if _yes_no_read(src, ident):
        return True  # `post.authorId === session.userId`, `!session.userId`, `Boolean(...)`: no data handed on
    child, p = ident, ident.parent
    while p is not None and p != fn:
        if (
            p.type == "binary_expression"
            and sx.text(src, p.child_by_field_name("operator")) == "&&"
            and child == p.child_by_field_name("left")
            and _tests_present(src, child, roots | {sx.text(src, ident)})
        ):
            return True  # `session && ...`: the test itself (falsy when it passes anything on)
        if p.type in ("if_statement", "ternary_expression"):
            cond = p.child_by_field_name("condition")
            if cond is not None and sx.contains(cond, ident):
                return True  # a test: it decides where control goes, it hands no data on
            if child == p.child_by_field_name("consequence") and _tests_present(src, cond, roots):
                return True
            if child == p.child_by_field_name("alternative") and _tests_present(src, cond, roots, True):
                return True
        if (
            p.type == "binary_expression"
            and sx.text(src, p.child_by_field_name("operator")) == "&&"
            and child == p.child_by_field_name("right")
            and _tests_present(src, p.child_by_field_name("left"), roots)
        ):
            return True
        if p.type == "statement_block":
            # past `if (!userId) throw ...` in the same block: only a caller with it gets here
            for stmt in p.named_children:
                if stmt.start_byte >= child.start_byte:
                    break
                if sx.exit_guard(src, stmt) and _tests_present(src, stmt.child_by_field_name("condition"), roots, True):
                    return True
        if p.type == "arguments" and child == ident and depth < 2 and p.parent is not None:
            # handed to a project helper that reads it only when present (`getCached(sort, userId)`)
            call = p.parent
            helper = ctx.analyzer.target(mod, call) if call.type == "call_expression" else None
            args = [a for a in p.named_children if a.type != "comment"]
            if helper is not None and helper.node != fn and ident in args:
                return _param_read_only_when_present(ctx, helper, args.index(ident), depth + 1)
        child, p = p, p.parent
    return False


_VERIFY_CALL = re.compile(r"(?i)^(verify\w*|jwtVerify|timingSafeEqual|safeCompare|secureCompare|createHmac)$")


def _verification_key_read(ctx: FileContext, ep: EntryPoint, call: Node) -> bool:
    """`const { data: config } = await db.from("project_configs").select("sso_secret")...` whose row is
    used only for its secret handed to a verification (`verify(token, config.sso_secret)`), and in
    presence tests: the key the caller's signed token is checked with, read by the sign-in itself and
    never answered."""
    p = call.parent  # (up a query chain: `db.from(t).select(...).eq(...).single()`)
    while p is not None and (
        p.type in sx.TRANSPARENT or p.type in ("await_expression", "member_expression", "call_expression")
    ):
        p = p.parent
    pattern = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
    if pattern is None:
        return False
    rows: set[str] = {ctx.text(pattern)} if pattern.type == "identifier" else set()
    rows |= sx.names_bound_to(ctx.src, pattern, "data")  # supabase's `{ data: config, error }`: the row is `data`
    uses = [
        n
        # (`{ userRole }` answered is a use too: the row goes out whole)
        for n in sx.find(ep.fn.node, ("identifier", "shorthand_property_identifier"), into_functions=True)
        if ctx.text(n) in rows and not sx.contains(call, n) and not sx.contains(pattern, n)
    ]
    return bool(uses) and all(_verification_key(ctx, n) or _presence_test(ctx, n) for n in uses)


def _verification_key(ctx: FileContext, ident: Node) -> bool:
    """`config?.sso_secret as string` handed after the token to `verify(token, ...)`."""
    member = ident.parent
    if member is None or member.type != "member_expression":
        return False
    if not vocab.is_secret_name(ctx.text(member.child_by_field_name("property"))):
        return False
    arg = member
    while arg.parent is not None and arg.parent.type in sx.TRANSPARENT:
        arg = arg.parent
    args = arg.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or args is None:
        return False
    position = next((i for i, a in enumerate(args.named_children) if a.id == arg.id), 0)
    return position > 0 and bool(_VERIFY_CALL.match(sx.last_name(sx.callee_name(ctx.src, call))))


def _presence_test(ctx: FileContext, ident: Node) -> bool:
    test = ident.parent
    while test is not None and (test.type in sx.TRANSPARENT or _negation(ctx, test)):
        test = test.parent
    return test is not None and test.type == "if_statement"


def _without_fallback(ctx: FileContext, arg: Node | None) -> Node | None:
    """`session?.user?.id ?? null` -> `session?.user?.id`: the fallback hands a visitor nothing."""
    if arg is None or arg.type != "binary_expression":
        return arg
    op = ctx.text(arg.child_by_field_name("operator"))
    if op in ("??", "||") and guards.falsy(ctx.src, arg.child_by_field_name("right")):
        return sx.strip_types(arg.child_by_field_name("left"))
    return arg


def _only_with_session_id(ctx: FileContext, ev: Event) -> bool:
    """`getSettings(session?.user?.id ?? null)` whose first step answers without that parameter
    (`if (!userId) return defaultSettings`): the helper reads only for a signed-in caller, by the
    session's own id; for a visitor it answers before any read."""
    if ev.op is None or ev.op.api != "helper" or ev.node.type != "call_expression":
        return False
    sessionish = ev.state.session | ev.state.fetched
    if not sessionish:
        return False
    target = ctx.analyzer.target(ctx.module, ev.node)
    if target is None:
        return False
    args = sx.call_args(ev.node)
    for i in guards.throws_without(target, ctx.analyzer.target, answers=True):
        arg = _without_fallback(ctx, sx.strip_types(args[i]) if i < len(args) else None)
        if (
            arg is not None
            and arg.type in ("member_expression", "identifier")
            and sx.root_identifier(ctx.src, arg) in sessionish
        ):
            return True
    return False


def _mailer_lookup(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`sendEmail({ to: "help@" + env.EMAIL_DOMAIN, ... })` past a rate limit, with no session read:
    a read inside the mail helper (the recipient's unsubscribe preferences) for an address the server
    fixed is the mailer's business, and the endpoint a public form mailing the team. A recipient the
    caller sends, or read from a row, is not fixed."""
    st = ev.state
    if ev.op is None or ev.op.api != "helper" or ev.node.type != "call_expression":
        return False
    if not (st.rate_limited or ep.rate_limited_by) or st.session or st.fetched:
        return False
    if not is_email_send(sx.callee_name(ctx.src, ev.node)):
        return False
    args = sx.call_args(ev.node)
    first = sx.strip_types(args[0]) if args else None
    to = object_keys(ctx.src, first).get("to") if first is not None and first.type == "object" else first
    if to is None:
        return False
    names = identifiers(ctx.src, to, into_functions=True)
    return not names & (st.client | set(ep.fn.params) | ep.input_params | set(ctx.flow(ep).records))


def _team_notified_only(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`workspace.findUnique({ where: { slug }, select: { members: { select: { phone: true } } } })` by an
    anonymous caller, whose people's addresses are used only as where a notice goes (`sendSms(dispatcherPhone,
    ...)`, `for (const m of firm.members) sendEmail(m.user.email, ...)`) and none of the row is answered: a
    public form notifying the team of the tenant it is filed with, as a mail helper's own lookup of the
    recipient is. Not a row found by an id, nor an address answered or mailed to one the caller typed."""
    op, src = ev.op, ctx.src
    if op is None or op.kind != "read" or op.api != "prisma" or not op.args or ev.state.session or ev.state.fetched:
        return False
    where = sx.strip_types(object_keys(src, op.args[0]).get("where"))
    keys = object_keys(src, where) if where is not None and where.type == "object" else {}
    if not keys or not all(_PUBLIC_HANDLE.search(k) for k in keys):
        return False
    flow = ctx.flow(ep)
    bound = {name for name, o in flow.records.items() if o is op or o.call.id == ev.node.id}
    if not bound or _sent_back(ctx, flow, ev):
        return False
    recipients: list[Node] = []
    for e in flow.events:
        if e.kind == "email" and e.node.start_byte > ev.node.end_byte and e.node.type == "call_expression":
            args = sx.call_args(e.node)
            first = sx.strip_types(args[0]) if args else None
            to = object_keys(src, first).get("to") if first is not None and first.type == "object" else first
            if to is not None:
                recipients.append(to)
    fn = ep.fn.node
    carried = set(bound)  # (`for (const m of firm.members)`: each of its people)
    for loop in sx.find(fn, ("for_in_statement",), into_functions=False):
        right = loop.child_by_field_name("right")
        if right is not None and identifiers(src, right) & carried:
            carried |= set(sx.pattern_names(src, loop.child_by_field_name("left")))
    uses: list[Node] = []
    for m in sx.find(fn, ("member_expression",), into_functions=True):
        prop = m.child_by_field_name("property")
        if prop is not None and _PICKED_PERSONAL.search(ctx.text(prop)) and sx.root_identifier(src, m) in carried:
            uses.append(m)
    if not uses or not recipients:
        return False
    for m in uses:
        if any(sx.contains(r, m) for r in recipients):
            continue
        decl = m.parent
        while decl is not None and decl.type in sx.TRANSPARENT:
            decl = decl.parent
        # (`const dispatcherPhone = workspace?.members[0]?.phone`: the local goes only where the notice goes)
        alias = decl.child_by_field_name("name") if decl is not None and decl.type == "variable_declarator" else None
        if alias is None or alias.type != "identifier" or not _recipient_only(ctx, fn, ctx.text(alias), recipients):
            return False
    return True


def _recipient_only(ctx: FileContext, fn: Node, name: str, recipients: list[Node]) -> bool:
    """Every later use of the local ``name`` is a recipient, or a test of whether it is there."""
    for n in sx.find(fn, ("identifier",), into_functions=True):
        if ctx.text(n) != name or _declares(n):
            continue
        if any(sx.contains(r, n) for r in recipients) or _gates_only(ctx, n) or _emptiness_test(ctx, n):
            continue
        return False
    return True


def _secret_field_used(ctx: FileContext, ep: EntryPoint, call: Node) -> bool:
    """The row a read returns is used for a secret-named field (`row.api_key`, `row.accessToken`), also
    each row of a list read handing it on (`rows.map((row) => unseal(row.password))`, `for (const row of
    rows)`; not compared, `rows.filter((h) => h.holdToken === token)`: the caller's token checked)."""
    names = _bound_names(ctx, call)
    if not names:
        return False
    elements = _row_elements(ctx, ep, names) - names
    for m in sx.find(ep.fn.node, ("member_expression",), into_functions=True):
        obj = sx.unwrap(m.child_by_field_name("object"))
        if obj is None or obj.type != "identifier" or ctx.text(obj) not in names | elements:
            continue
        if not vocab.is_secret_name(ctx.text(m.child_by_field_name("property"))):
            continue
        if ctx.text(obj) in names:
            return True
        up = m.parent
        while up is not None and up.type in sx.TRANSPARENT:
            up = up.parent
        if up is not None and up.type in ("arguments", "pair", "return_statement", "arrow_function"):
            return True
    return False


# array methods whose callback is handed each element as its first parameter
_ELEMENT_METHODS = frozenset({"map", "forEach", "flatMap", "filter", "find", "some", "every", "reduce"})


def _row_elements(ctx: FileContext, ep: EntryPoint, names: set[str]) -> set[str]:
    """The names each element of a list in ``names`` is bound to: the first parameter of an array method's
    callback (`(rows ?? []).map((row) => ...)`, `reduce`'s second) and a `for (const row of rows)` loop's."""
    out: set[str] = set()
    for n in sx.find(ep.fn.node, ("call_expression", "for_in_statement"), into_functions=True):
        if n.type == "for_in_statement":
            right = n.child_by_field_name("right")
            left = n.child_by_field_name("left")
            if left is not None and right is not None and identifiers(ctx.src, right) & names:
                out |= set(sx.pattern_names(ctx.src, left))
            continue
        fn = sx.strip_types(n.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            continue
        method = ctx.text(fn.child_by_field_name("property"))
        if method not in _ELEMENT_METHODS or not identifiers(ctx.src, fn.child_by_field_name("object")) & names:
            continue
        args = sx.call_args(n)
        cb = sx.strip_types(args[0]) if args else None
        if cb is None or not sx.is_function(cb):
            continue
        plist = cb.child_by_field_name("parameters")
        single = cb.child_by_field_name("parameter")  # (`row => ...`)
        params = [p for p in plist.named_children if p.type != "comment"] if plist is not None else [single]
        at = 1 if method == "reduce" else 0
        if len(params) > at and params[at] is not None:
            out |= set(sx.pattern_names(ctx.src, params[at]))
    return out


def _presence_only(ctx: FileContext, ep: EntryPoint, call: Node) -> bool:
    """A row read only to learn whether it exists: its name is used nowhere but as the whole
    condition of an `if`, plain or negated (`if (!targetUser) return 404`), negated into a yes/no
    (`return { isPublic: !error }` of a Supabase read whose `error` alone is kept), or by its count
    against zero (`const available = rows.length === 0`: whether a handle is taken)."""
    names = _bound_names(ctx, call)
    if not names:
        # `if (!(await isFeatureOn(wsId))) return 404`: a helper's answer used as nothing but the gate
        return _gates_only(ctx, call)
    if len(names) != 1:
        return False
    uses = [
        n
        for n in sx.find(ep.fn.node, ("identifier", "shorthand_property_identifier"), into_functions=True)
        if ctx.text(n) in names and not sx.contains(call.parent or call, n) and not _declares(n)
    ]
    for n in uses:
        if _emptiness_test(ctx, n) or _gates_only(ctx, n) or _negated(ctx, n) or _server_console_arg(ctx, n):
            continue
        return False
    return bool(uses)


def _server_console_arg(ctx: FileContext, ident: Node) -> bool:
    """`console.log(rows)`: printed in the server's own log, never sent to the caller."""
    args = ident.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    return call is not None and call.type == "call_expression" and sx.callee_name(ctx.src, call).startswith("console.")


def _counted_only(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`const rows = await db.select({ id: t.id }).from(t).where(eq(t.status, "pending")); return rows.length`:
    rows read only to be counted (or tested for any), as a `count()` would: a head-count of a status or a
    year, nobody's data; not a count of the rows of the person the caller or the session names (`where:
    { userId }`: someone's own tally), which stays a read of theirs."""
    return _counted_uses_only(ctx, ep, ev) and not _counts_someones(ctx, ev)


def _counted_uses_only(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """The read's rows are bound to one local used only by its count (`rows.length`), a yes/no test of
    it, or the server's console."""
    op = ev.op
    if op is None or op.kind != "read" or op.helper is not None:
        return False
    names = _bound_names(ctx, ev.node)
    if len(names) != 1:
        return False
    uses = [
        n
        for n in sx.find(ep.fn.node, ("identifier", "shorthand_property_identifier"), into_functions=True)
        if ctx.text(n) in names and not sx.contains(ev.node.parent or ev.node, n) and not _declares(n)
    ]
    counted = False
    for n in uses:
        if _emptiness_test(ctx, n) or _gates_only(ctx, n) or _negated(ctx, n) or _server_console_arg(ctx, n):
            continue
        member = n.parent
        if member is None or member.type != "member_expression" or member.child_by_field_name("object") != n:
            return False
        if ctx.text(member.child_by_field_name("property")) not in ("length", "size"):
            return False
        counted = True
    return counted


def _counts_someones(ctx: FileContext, ev: Event) -> bool:
    """A read filtered by the session's values or by a person's or tenant's id (or e-mail) the caller
    chose: a count of it is that person's own tally (`unread: rows.length`)."""
    op = ev.op
    assert op is not None
    return (
        mentions_any(ctx.src, [op.chain, *op.args], ev.state.fetched | ev.state.session)
        or _keyed_by_client_owner(ctx, op, ev.state.client)
        or _keyed_by_client_email(ctx, op, ev.state.client)
        or _sql_keyed_by_client_owner(ctx, ev)
    )


def _negated(ctx: FileContext, ident: Node) -> bool:
    """`!row`, `!(row)`: a yes/no of whether it is there, nothing of what it holds."""
    p = ident.parent
    while p is not None and p.type in sx.TRANSPARENT:
        p = p.parent
    return p is not None and _negation(ctx, p)


_EQUALITY = frozenset({"===", "!==", "==", "!="})


def _answers_a_flag_only(ctx: FileContext, ep: EntryPoint) -> bool:
    """An entry point without inputs whose every answer is a yes/no: a value compared with a literal
    (`data?.phone?.enabled === true`), a negation, or `true`/`false`. Whatever it read stays on the
    server; the caller learns one site-wide switch. (With an input it could tell someone's state,
    `hasPaid(userId)`, so those are still judged by what they read.)"""
    return not ep.fn.params and _returns_flags_only(ctx, ep)


def _returns_flags_only(ctx: FileContext, ep: EntryPoint) -> bool:
    """An action whose every `return` is `true`/`false`, a negation or a comparison with a literal."""
    if ep.kind != "action":
        return False
    returns = sx.find(ep.fn.node, ("return_statement",), into_functions=False)
    if not returns:
        return False
    for r in returns:
        value = sx.unwrap(r.named_children[0]) if r.named_children else None
        if value is None:
            return False
        if value.type in ("true", "false") or _negation(ctx, value):
            continue
        if value.type == "binary_expression" and ctx.text(value.child_by_field_name("operator")) in _EQUALITY:
            left = sx.unwrap(value.child_by_field_name("left"))
            right = sx.unwrap(value.child_by_field_name("right"))
            if (left is not None and left.type in _LITERALS) or (right is not None and right.type in _LITERALS):
                continue
        return False
    return True


def _answers_yes_no(ctx: FileContext, ep: EntryPoint) -> bool:
    """An action whose every `return` is a yes/no: `true`/`false`, a negation, a comparison with a literal,
    or such joined by `&&` / `||` (`rows.length > 0 && rows[0].status === "Dropped"`): whatever it read,
    none of the row's fields leaves (for the folder's and the joined-person tests, which look at rows)."""
    if ep.kind != "action":
        return False
    returns = sx.find(ep.fn.node, ("return_statement",), into_functions=False)
    return bool(returns) and all(
        bool(r.named_children) and _yes_no_value(ctx, sx.unwrap(r.named_children[0])) for r in returns
    )


def _yes_no_value(ctx: FileContext, value: Node | None) -> bool:
    if value is None:
        return False
    if value.type in ("true", "false") or _negation(ctx, value):
        return True
    if value.type != "binary_expression":
        return False
    op = ctx.text(value.child_by_field_name("operator"))
    left, right = sx.unwrap(value.child_by_field_name("left")), sx.unwrap(value.child_by_field_name("right"))
    if op in ("&&", "||"):
        return _yes_no_value(ctx, left) and _yes_no_value(ctx, right)
    if op in _EQUALITY or op in ("<", ">", "<=", ">="):
        return any(n is not None and n.type in _LITERALS for n in (left, right))
    return False


def _slot_free_answer(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`isBarberAvailable({ barberId, date })`: an action answering only yes/no, whose read keeps the rows of a
    time window (`date: { gte: dayStart, lt: dayEnd }`, `.gte("starts_at", from)`) and is picked by no
    person's id: whether a slot is taken, what a booking page shows anyone. The rows stay on the server (a
    yes/no about someone's own rows, `hasBooking(customerId, day)`, still tells on them)."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "read" or op.helper is not None:
        return False
    text = " ".join(ctx.text(a) for a in [op.chain, *op.args])
    if not _TIME_RANGE.search(text) or _PERSON_ID.search(text):
        return False
    return _returns_flags_only(ctx, ep)


# a range filter: prisma `{ gte: start }`, drizzle `lt(t.at, end)` / `between(...)`, supabase `.gte("at", x)`
_TIME_RANGE = re.compile(r"(?<![\w$])(gte|gt|lte|lt|between)\s*[:(]")
# a filter naming a person's id (`customerId`, `user_id`)
_PERSON_ID = re.compile(r"(?i)(user|owner|customer|client|patient|member|account|guest|student|profile)_?id\b")


_LITERALS = frozenset({"string", "number", "true", "false", "null", "undefined"})


def _flag_value(src: bytes, value: Node | None, caught: str | None) -> bool:
    """A yes/no or a constant: `true`, `"failed"`, `!row`, `n === 0`, `row?.off ?? false`; or the
    caught error where it is caught (what it carries is information-disclosure's concern)."""
    value = sx.unwrap(value)
    if value is None:
        return False
    if value.type in _LITERALS or (value.type == "template_string" and not value.named_children):
        return True
    if value.type == "unary_expression":
        return sx.text(src, value.child_by_field_name("operator")) == "!"
    if value.type == "identifier":
        return caught is not None and sx.text(src, value) == caught
    if value.type != "binary_expression":
        return False
    op = sx.text(src, value.child_by_field_name("operator"))
    left = sx.unwrap(value.child_by_field_name("left"))
    right = sx.unwrap(value.child_by_field_name("right"))
    if op in _EQUALITY or op in ("<", ">", "<=", ">="):
        return any(n is not None and n.type in _LITERALS for n in (left, right))
    return op in ("??", "||") and right is not None and right.type in ("true", "false")


def _caught_name(src: bytes, node: Node, fn: Node) -> str | None:
    """The error parameter of the catch clause ``node`` is in (within ``fn``)."""
    p = node.parent
    while p is not None and p != fn:
        if p.type == "catch_clause":
            param = p.child_by_field_name("parameter")
            return sx.text(src, param) if param is not None and param.type == "identifier" else None
        p = p.parent
    return None


def _flag_object(src: bytes, obj: Node | None, caught: str | None) -> bool:
    """`{ needsSetup: count === 0, error: "..." }`: an object literal of yes/no and constant values."""
    obj = sx.unwrap(obj)
    if obj is None or obj.type != "object":
        return False
    for child in obj.named_children:
        if child.type == "comment":
            continue
        if child.type != "pair" or not _flag_value(src, child.child_by_field_name("value"), caught):
            return False
    return True


def _answers_flags(ctx: FileContext, fn: Node, value: Node | None, depth: int) -> bool:
    """A response body that is a flag object, or a name bound to one or to the answer of a project
    helper whose every return is one (`const state = await installState(); return json(state)`)."""
    src = ctx.src
    caught = _caught_name(src, value, fn) if value is not None else None
    if _flag_object(src, value, caught):
        return True
    value = sx.unwrap(value)
    if value is None or value.type != "identifier" or depth > 0:
        return False
    name = ctx.text(value)
    decls = [
        d
        for d in sx.find(fn, ("variable_declarator",), into_functions=False)
        if ctx.text(d.child_by_field_name("name")) == name
    ]
    if len(decls) != 1:
        return False
    bound = sx.unwrap(decls[0].child_by_field_name("value"))
    if bound is None or bound.type != "call_expression":
        return False
    target = ctx.analyzer.target(ctx.module, bound)
    if target is None or target.node is None:
        return False
    hsrc = target.module.src
    returns = [r for r in sx.walk_named(target.node) if r.type == "return_statement"]
    return bool(returns) and all(
        _flag_object(hsrc, r.named_children[0] if r.named_children else None, None) for r in returns
    )


def _responds_flags_only(ctx: FileContext, ep: EntryPoint) -> bool:
    """A route whose every answer is `NextResponse.json(...)` / `Response.json(...)` of yes/no and
    constant values: a public status (is the homepage off, does the site still need its first
    account). The row it read stays on the server."""
    fn = ep.fn.node
    returns = sx.find(fn, ("return_statement",), into_functions=False)
    if not returns:
        return False
    for r in returns:
        value = sx.unwrap(r.named_children[0]) if r.named_children else None
        if value is None or value.type != "call_expression" or not sx.callee_name(ctx.src, value).endswith("json"):
            return False
        args = sx.call_args(value)
        if not args or not _answers_flags(ctx, fn, args[0], 0):
            return False
    return True


def _gates_only(ctx: FileContext, node: Node) -> bool:
    """``node`` (a value, or the call answering it) is the whole condition of an `if` or a `?:`,
    awaited, negated or compared with a literal (`if ((await flagOf(id)) !== "on")`): a yes/no that
    lets the request on, none of the rows behind it."""
    test = node.parent
    top = node  # (the outermost of the value, its negation or comparison)
    compared = False
    while test is not None:
        if test.type in sx.TRANSPARENT or test.type == "await_expression" or _negation(ctx, test):
            top, test = test, test.parent
            continue
        if (
            not compared
            and test.type == "binary_expression"
            and ctx.text(test.child_by_field_name("operator")) in _EQUALITY
        ):
            left, right = test.child_by_field_name("left"), test.child_by_field_name("right")
            other = sx.unwrap(right if left is not None and sx.contains(left, node) else left)
            if other is None or other.type not in _LITERALS:
                return False
            compared = True
            top, test = test, test.parent
            continue
        break
    if test is not None and test.type == "ternary_expression":
        # `found ? "/portal" : "/apply"`: the yes/no picks an answer; the branches are other uses
        cond = test.child_by_field_name("condition")
        return cond is not None and cond.id == top.id
    return test is not None and test.type == "if_statement"


_EMPTINESS_BOUND = {"===": "0", "!==": "0", "==": "0", "!=": "0", ">": "0", "<": "1", ">=": "1", "<=": "0"}


def _emptiness_test(ctx: FileContext, ident: Node) -> bool:
    """`rows.length === 0`, `rows.length > 0`, `!rows.length`: whether any row was found (a
    boolean), not how many (`unread: rows.length`); a Firestore snapshot's `if (snap.empty)`,
    `if (!snap.exists)`, `snap.size === 0` alike."""
    member = ident.parent
    if (
        member is None
        or member.type != "member_expression"
        or ctx.text(member.child_by_field_name("property")) not in ("length", "size", "empty", "exists")
    ):
        return False
    test = member.parent
    while test is not None and test.type in sx.TRANSPARENT:
        test = test.parent
    if test is not None and (_negation(ctx, test) or test.type == "if_statement"):
        return True
    if test is None or test.type != "binary_expression":
        return False
    op = ctx.text(test.child_by_field_name("operator"))
    right = test.child_by_field_name("right")
    return right is not None and _EMPTINESS_BOUND.get(op) == ctx.text(right)


def _negation(ctx: FileContext, node: Node) -> bool:
    return node.type == "unary_expression" and ctx.text(node.child_by_field_name("operator")) == "!"


def _declares(ident: Node) -> bool:
    """``ident`` is the name a declarator binds (not a use of it)."""
    p = ident.parent
    return p is not None and p.type == "variable_declarator" and p.child_by_field_name("name") == ident


def _bound_names(ctx: FileContext, call: Node) -> set[str]:
    """Names a call's result is bound to: `const chatPromise = getChat(id)`,
    `const [session, count] = await Promise.all([...])`."""
    p = call.parent
    while p is not None and not sx.is_function(p) and not p.type.endswith("statement"):
        if p.type == "variable_declarator":
            return set(sx.pattern_names(ctx.src, p.child_by_field_name("name")))
        p = p.parent
    return set()


def _derived(ctx: FileContext, fn: Node, names: set[str]) -> set[str]:
    """``names`` and every local computed from them (`const chat = await chatPromise`)."""
    out = set(names)
    decls = sx.find(fn, ("variable_declarator", "assignment_expression"))
    changed = True
    while changed:
        changed = False
        for d in decls:
            left = d.child_by_field_name("name" if d.type == "variable_declarator" else "left")
            value = d.child_by_field_name("value" if d.type == "variable_declarator" else "right")
            bound = set(sx.pattern_names(ctx.src, left)) if left is not None else set()
            if bound - out and identifiers(ctx.src, value, into_functions=True) & out:
                out |= bound
                changed = True
    return out


def _presented_secret(name: str) -> bool:
    """A parameter that is the caller's secret: `token`, `otp`, `recoveryCode`, `backupCode`, `code`."""
    ws = vocab.words(name)
    return _credential(name) or (bool(ws) and ws[-1] == "code")


def _secret_checks(ctx: FileContext, ep: EntryPoint) -> list[tuple[Node, set[str]]]:
    """Top-level `if (recoveryCode !== stored) return false` exits on the caller's own secret parameter
    compared with a value the server holds: what follows runs only for the holder of that secret (the
    recovery-code or reset-token step of an authentication flow). Returns each check and the names it reads."""
    src = ctx.src
    secrets = {n for n in ep.fn.params if _presented_secret(n)}
    if not secrets:
        return []
    out: list[tuple[Node, set[str]]] = []
    for stmt in sx.statements(ep.fn.body):
        if stmt.type != "if_statement" or not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        for test in sx.find(cond, ("binary_expression",)) if cond is not None else ():
            op = test.child_by_field_name("operator")
            if op is None or ctx.text(op) not in ("!==", "!="):
                continue
            sides = [sx.unwrap(test.child_by_field_name(f)) for f in ("left", "right")]
            if any(n is None or n.type in _LITERALS for n in sides):
                continue
            names = [ctx.text(n) for n in sides if n is not None and n.type == "identifier"]
            if any(n in secrets for n in names):
                out.append((stmt, identifiers(src, cond)))
                break
    return out


def _behind_secret_check(ctx: FileContext, ep: EntryPoint, ev: Event, checks: list[tuple[Node, set[str]]]) -> bool:
    """``ev`` runs past a check of the caller's own secret, or is the read of the stored value it is
    compared with (`findFirst({ columns: { recoveryCode: true } })`, then `if (code !== stored) return`)."""
    for stmt, read in checks:
        if ev.node.start_byte >= stmt.end_byte:
            return True
        if ev.op is not None and ev.op.kind == "read":
            names = _bound_names(ctx, ev.node)
            if names and _derived(ctx, ep.fn.node, names) & read:
                return True
    return False


def _past_octokit_verification(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """``ev`` comes after `await app.webhooks.verifyAndReceive({...})` of an octokit App or Webhooks
    (`octokit_receiver`) in a block holding both: a statement of its own (a mismatch throws out of the
    handler), or in a `try` whose `catch` leaves the handler. Only that block: another branch of the
    handler (a GitLab delivery beside a GitHub one) is judged by its own checks."""
    src = ctx.src
    fn = ep.fn.node
    if src.find(b"verifyAndReceive", fn.start_byte, fn.end_byte) == -1:
        return False
    for block in sx.ancestors(ev.node):
        if block == fn:
            break
        if block.type != "statement_block":
            continue
        for stmt in sx.statements(block):
            if stmt.end_byte > ev.node.start_byte:
                break
            body = stmt
            if stmt.type == "try_statement":
                handler = stmt.child_by_field_name("handler")
                if handler is None or not sx.exits(src, handler.child_by_field_name("body")):
                    continue
                body = stmt.child_by_field_name("body") or stmt
            for s in sx.statements(body) if body.type == "statement_block" else [body]:
                call = sx.unwrap(s.named_children[0]) if s.type == "expression_statement" and s.named_children else None
                if call is not None and call.type == "await_expression" and call.named_children:
                    call = sx.unwrap(call.named_children[0])
                callee = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
                if (
                    call is not None
                    and callee is not None
                    and callee.type == "member_expression"
                    and ctx.text(callee.child_by_field_name("property")) == "verifyAndReceive"
                    and octokit_receiver(ctx.analyzer, ctx.module, fn, callee.child_by_field_name("object"))
                ):
                    return True
    return False


def _row_found_by_secret(ctx: FileContext, ep: EntryPoint, events: list[Event], i: int) -> bool:
    """A write picked only by a row found earlier by the caller's secret (`const [row] = await
    db.select().from(resets).where(eq(resets.id, hash(token)))`, then `.where(eq(resets.id, row.id))`):
    the same credential's own row again."""
    ev = events[i]
    if ev.op is None or ev.op.kind != "write":
        return False
    used = {n for a in [ev.op.chain, *ev.op.args] for n in identifiers(ctx.src, a)}
    kept = _kept_by_token(ctx, ep.fn.node, ev.state.client)
    if kept:
        # (`for (const hold of mine)` over `holds.filter((h) => h.holdToken === holdToken)`: only the rows
        # whose token the caller holds, each written by its own id)
        rows = _derived(ctx, ep.fn.node, kept)
        for loop in sx.find(ep.fn.node, ("for_in_statement",), into_functions=False):
            right = loop.child_by_field_name("right")
            if right is not None and identifiers(ctx.src, right) & rows:
                rows |= set(sx.pattern_names(ctx.src, loop.child_by_field_name("left")))
        if used & rows and (used & ev.state.client) <= rows:
            return True
    picked = used & ev.state.client
    if not picked:
        return False
    found: set[str] = set()
    for e in events[:i]:
        if e.kind == "db" and e.op is not None and e.op.kind == "read" and keyed_by_secret(ctx, e.op):
            found |= _bound_names(ctx, e.node)
    return bool(found) and picked <= _derived(ctx, ep.fn.node, found)


def _kept_by_token(ctx: FileContext, fn: Node, client: set[str]) -> set[str]:
    """`const mine = holds.filter((h) => h.holdToken === holdToken)`: the locals holding rows kept because
    a secret-named field of theirs equals the caller's value (the credential matched in code, not SQL)."""
    out: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, value)) != "filter":
            continue
        args = sx.call_args(value)
        body = sx.unwrap(args[0].child_by_field_name("body")) if args and args[0].type == "arrow_function" else None
        if body is None or body.type != "binary_expression" or ctx.text(body.child_by_field_name("operator")) != "===":
            continue
        left, right = sx.unwrap(body.child_by_field_name("left")), sx.unwrap(body.child_by_field_name("right"))
        for field, other in ((left, right), (right, left)):
            if field is None or other is None or field.type != "member_expression":
                continue
            secret = vocab.is_secret_name(ctx.text(field.child_by_field_name("property")))
            if secret and identifiers(ctx.src, other) & client:
                out |= set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    return out


def _checkout_confirmed(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A checkout's return page (`/api/stripe/checkout?session_id=...`): the write comes after the server
    fetched that Checkout Session from Stripe with its own key (`stripe.checkout.sessions.retrieve(id)`),
    and every value the caller could have chosen in it is one read off what Stripe answered (the customer,
    the subscription, the `client_reference_id` the signed-in checkout was opened for). The unguessable id
    only replays what Stripe recorded; a value the request carries besides (`?team=`) is still flagged."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write":
        return False
    fetched: set[str] = set()
    for call in sx.find(ep.fn.node, ("call_expression",)):
        if call.end_byte <= ev.node.start_byte and sx.callee_name(ctx.src, call).endswith(
            ".checkout.sessions.retrieve"
        ):
            fetched |= _bound_names(ctx, call)
    if not fetched:
        return False
    confirmed = _derived(ctx, ep.fn.node, fetched)
    used = {n for a in [op.chain, *op.args] for n in identifiers(ctx.src, a, into_functions=True)}
    return bool(used & confirmed) and not (used & ev.state.client) - confirmed


def _payment_confirmed(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A payment gateway's return URL (`/pay/return?invoice_id=...`): the write sits in the branch of a test
    that the answer the server fetched about the payment says it is done (`payment.status === "completed"`),
    and writes constants only (`set({ paymentStatus: "paid" })`); or it is the read, in that branch, of the
    row such a write then marks. As with a Stripe checkout's return, the caller can only replay what the
    gateway recorded; a status the request carries, or a value the caller sends written besides, is still
    flagged."""
    op = ev.op
    if ev.kind != "db" or op is None or op.api == "helper":
        return False
    if op.kind == "write":
        return _constant_write(op) and _in_paid_branch(ctx, ep, ev)
    found = _bound_names(ctx, ev.node)
    found = _derived(ctx, ep.fn.node, found) if found else found  # (`const project = rows[0]`)
    return (
        bool(found)
        and any(
            e.kind == "db"
            and e.op is not None
            and e.op.kind == "write"
            and e.node.start_byte > ev.node.end_byte
            and mentions_any(ctx.src, [e.op.chain, *e.op.args], found)
            and _payment_confirmed(ctx, ep, e)
            for e in ctx.flow(ep).events
        )
        and _in_paid_branch(ctx, ep, ev)
    )


def _constant_write(op: DbOp) -> bool:
    """Every value ``op`` writes is a literal (`set({ payState: "paid" })`)."""
    if not op.data:
        return False
    for data in op.data:
        obj = sx.strip_types(data)
        if obj is None or obj.type != "object":
            return False
        for pair in obj.named_children:
            if pair.type == "comment":
                continue
            value = sx.strip_types(pair.child_by_field_name("value")) if pair.type == "pair" else None
            if value is None or value.type not in _LITERALS:
                return False  # (a value worked out or sent: not only what the gateway's answer allows)
    return True


def _in_paid_branch(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """``ev`` runs only past a test that an answer the server fetched says a payment went through."""
    fetched: set[str] = set()
    for e in ctx.flow(ep).events:
        if e.kind == "fetch" and e.node.end_byte <= ev.node.start_byte:
            fetched |= _bound_names(ctx, e.node)
    if not fetched:
        return False
    # (the answer's names carry the caller's taint, the id it asked about; what they hold is the gateway's)
    confirmed = _derived(ctx, ep.fn.node, fetched)
    node, p = ev.node, ev.node.parent
    while p is not None and p.id != ep.fn.node.id:
        cond = p.child_by_field_name("condition") if p.type == "if_statement" else None
        tests = sx.find(cond, ("binary_expression",)) if cond is not None else []
        if node == p.child_by_field_name("consequence") and any(_paid_status_test(ctx, t, confirmed) for t in tests):
            return True
        node, p = p, p.parent
    return False


# what a gateway answers of a payment that went through
_PAID_STATUS = re.compile(r"(?i)^(completed?|paid|succeeded|success(ful)?|captured|approved|settled)$")


def _paid_status_test(ctx: FileContext, test: Node, confirmed: set[str]) -> bool:
    """`payment.status === "completed"` with `payment` read off the fetched answer."""
    if ctx.text(test.child_by_field_name("operator")) not in ("===", "=="):
        return False
    left, right = sx.unwrap(test.child_by_field_name("left")), sx.unwrap(test.child_by_field_name("right"))
    for value, other in ((left, right), (right, left)):
        word = sx.string_value(ctx.src, value) if value is not None else None
        if word is not None and _PAID_STATUS.match(word) and other is not None:
            root = sx.root_identifier(ctx.src, other) if other.type in ("identifier", "member_expression") else None
            if root is not None and root in confirmed:
                return True
    return False


def _session_for_typed_email(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A session row made (`db.session.create({ data: { userId: user.id, sessionToken } })`) for an
    account looked up by the e-mail address the caller typed (`user.findUnique({ where: { email } })`),
    past a row a token found (a team's shareable join link): the token vouches for the link, not for
    whoever owns that address, so anyone signs in as any existing account by typing its address."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or op.verb.lower() not in _CREATE_VERBS:
        return False
    if not _SESSION_MODEL.match(op.model or "") or not op.data or ev.state.auth == "inherited":
        return False
    # (no session read on the way: what let it through was the token's row, not a signed-in caller)
    mod = ep.fn.module
    if any(
        ctx.analyzer.is_auth_source_call(mod, call)
        for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False)
        if call.start_byte < ev.node.start_byte
    ):
        return False
    found: set[str] = set()
    for e in ctx.flow(ep).events:
        if e.node.start_byte >= ev.node.start_byte:
            break
        if (
            e.kind == "db"
            and e.op is not None
            and e.op.kind == "read"
            and _ACCOUNT_MODEL.match(e.op.model or "")
            and _keyed_by_client_email(ctx, e.op, e.state.client)
        ):
            found |= _bound_names(ctx, e.node)
    if not found or not mentions_any(ctx.src, op.data, _derived(ctx, ep.fn.node, found)):
        return False
    # (`if (existing) throw new Error("taken")`: a sign-up, whose session is only ever for the new account)
    for stmt in sx.find(ep.fn.node, ("if_statement",), into_functions=False):
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        if (
            cond is not None
            and cond.type == "identifier"
            and ctx.text(cond) in found
            and sx.exits(ctx.src, stmt.child_by_field_name("consequence")) is not None
        ):
            return False
    return True


def _used_only_after_auth(ctx: FileContext, ep: EntryPoint, events: list[Event], i: int) -> bool:
    """A read started before the session check (often in parallel with it) whose result is
    consumed only after the check: nothing leaves the server unauthenticated."""
    ev = events[i]
    if ev.op is None or ev.op.kind != "read":
        return False
    names = _bound_names(ctx, ev.node)
    later = events[i + 1 :]
    if not names or not any(e.state.auth is not None for e in later):
        return False
    derived = _derived(ctx, ep.fn.node, names)
    first = next(e for e in later if e.state.auth is not None)
    # (keyed by a name the session set on one path and the client on another; a lookup by a secret
    # token, `if (!customer) return 401`, is the caller's credential checked)
    mixed = ev.state.client & (ev.state.session | ev.state.fetched)
    if (
        mixed
        and mentions_any(ctx.src, [ev.op.chain, *ev.op.args], mixed)
        and _exits_on_own_answer(ctx, ep.fn.node, derived, ev.node.end_byte, first.node.start_byte)
    ):
        return False  # `if (!user) return 404` after a lookup by a `?email=` is no session check
    signs_in: dict[int, bool] = {}
    # (`const access = await requireOwner(deal.slug)`, then `if (access instanceof Response) return access`:
    # the sign-in helper's own refusal, not the read's rows)
    for d in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        v = sx.unwrap(d.child_by_field_name("value"))
        if v is not None and v.type == "await_expression" and v.named_children:
            v = sx.unwrap(v.named_children[0])
        if v is None or v.type != "call_expression" or not identifiers(ctx.src, v) & derived:
            continue
        target = ctx.analyzer.target(ctx.module, v)
        signs_in[v.id] = target is not None and ctx.analyzer.summary(target).auth_source
        if signs_in[v.id]:
            derived -= set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    for e in later:
        where = e.value if e.kind in ("return", "respond") else e.node
        used = identifiers(ctx.src, where, into_functions=True) & derived
        # (`catch (error) { ... error.message }`: the caught error, not the read's `{ error }` it shadows)
        used.discard(e.catch_param or "")
        if e.state.auth is None and used:
            if e.kind == "db" and e.node.type == "call_expression":
                # `requireSpaceOwner(deal.Space.slug)`: the read only named what the sign-in helper checks
                # (its own lookups answer the caller nothing but a refusal or the signed-in result)
                if e.node.id not in signs_in:
                    target = ctx.analyzer.target(ctx.module, e.node)
                    signs_in[e.node.id] = target is not None and ctx.analyzer.summary(target).auth_source
                if signs_in[e.node.id]:
                    continue
            if e.kind in ("return", "respond") and _under_public_flag(ctx, ep.fn.node, e.node, names):
                continue  # `if (board.isPublic) return board.notes`: what its owner made public
            if e.kind in ("return", "respond") and _answer_drops(ctx, e.value, derived):
                continue  # `return serverError(loadError)`: a helper answering a fixed text, logging the rest
            return False
    return True


def _answer_drops(ctx: FileContext, value: Node | None, names: set[str]) -> bool:
    """``value`` is a call of a project helper whose answers carry none of its parameters, also
    through its locals (`serverError(error, "Load project")` logs the error and answers "Something
    went wrong"), and none of ``names`` picks the helper: what the read found stays on the server."""
    call = sx.unwrap(value)
    if call is not None and call.type == "await_expression" and call.named_children:
        call = sx.unwrap(call.named_children[0])
    if call is None or call.type != "call_expression":
        return False
    callee = call.child_by_field_name("function")
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or target.body is None or callee is None or identifiers(ctx.src, callee) & names:
        return False
    src = target.module.src
    carried = set(target.params)
    decls = sx.find(target.body, ("variable_declarator",), into_functions=False)
    for _ in range(3):
        for d in decls:
            if identifiers(src, d.child_by_field_name("value"), into_functions=True) & carried:
                carried.update(sx.pattern_names(src, d.child_by_field_name("name")))
    rets = sx.find(target.body, ("return_statement",), into_functions=False)
    if not rets:
        return False
    return not any(identifiers(src, r, into_functions=True) & carried for r in rets)


def _under_public_flag(ctx: FileContext, fn: Node, node: Node, names: set[str]) -> bool:
    """``node`` sits in the branch of `if (board.isPublic)` / `if (doc?.visibility === "public")`, a
    test of the read record's own visibility flag (alone, or one of the conjuncts): the answer there
    is what the record's owner made public."""
    child = node
    for anc in sx.ancestors(node):
        if anc.id == fn.id:
            return False
        if anc.type == "if_statement" and anc.child_by_field_name("consequence") == child:
            cond = sx.strip_types(anc.child_by_field_name("condition"))
            while cond is not None and cond.type == "parenthesized_expression" and cond.named_children:
                cond = sx.strip_types(cond.named_children[0])
            if any(_visibility_test(ctx, term, names) for term in _and_terms(ctx, cond)):
                return True
        child = anc
    return False


def _and_terms(ctx: FileContext, node: Node | None) -> list[Node]:
    node = sx.strip_types(node)
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = sx.strip_types(node.named_children[0])
    if node is None:
        return []
    if node.type == "binary_expression" and ctx.text(node.child_by_field_name("operator")) == "&&":
        return _and_terms(ctx, node.child_by_field_name("left")) + _and_terms(ctx, node.child_by_field_name("right"))
    return [node]


def _visibility_test(ctx: FileContext, term: Node, names: set[str]) -> bool:
    """`board.isPublic`, `doc?.visibility === "public"`: the record's own flag, tested positively."""
    if term.type == "member_expression":
        prop = term.child_by_field_name("property")
        return (
            sx.root_identifier(ctx.src, term) in names
            and prop is not None
            and _VISIBILITY_FLAG.match(ctx.text(prop)) is not None
        )
    if term.type == "binary_expression" and ctx.text(term.child_by_field_name("operator")) in ("===", "=="):
        left, right = (
            sx.strip_types(term.child_by_field_name("left")),
            sx.strip_types(term.child_by_field_name("right")),
        )
        for subject, other in ((left, right), (right, left)):
            if subject is None or other is None or subject.type != "member_expression":
                continue
            prop = subject.child_by_field_name("property")
            if (
                sx.root_identifier(ctx.src, subject) in names
                and prop is not None
                and _VISIBILITY_STATE.match(ctx.text(prop))
                and _PUBLIC_STATE.match(ctx.text(other))
            ):
                return True
    return False


def _exits_on_own_answer(ctx: FileContext, fn: Node, names: set[str], start: int, end: int) -> bool:
    """An exiting test of the read's own answer between it and the first guarded step: the flow
    counts it as a check when the lookup's key was the session's on some path (`email =
    session.user.email` only when `?email=` is absent), but it vets nothing of the caller."""
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if not start <= stmt.start_byte < end:
            continue
        tested = identifiers(ctx.src, stmt.child_by_field_name("condition"))
        if tested and tested <= names and sx.exits(ctx.src, stmt.child_by_field_name("consequence")):
            return True
    return False


def _flow_with_closure(ctx: FileContext, ep: EntryPoint) -> Flow:
    """An inline action sees the session its page read (`const session = await getSession()`):
    closed-over values are bound (and encrypted) by the server at render, not sent by the caller,
    so `if (!session) return` inside the action is a real check."""
    outer = sx.enclosing_function(ep.fn.node) if ep.kind == "inline-action" else None
    if outer is None:
        return ctx.flow(ep)
    page_flow = ctx.analyzer.flow(ctx.module.function_for(outer), None)
    page = page_flow.final
    own = set(ep.fn.params)
    closed = (page.session | page.fetched) & identifiers(ctx.src, ep.fn.body, into_functions=True) - own
    if not closed:
        return ctx.flow(ep)
    st = ep.initial_state()
    st.session |= closed
    st.fetched |= closed
    # (the session or a value read off it: a row the page looked up with it, `if (!job) notFound()`, tells
    # of that row; the action must still check the caller itself)
    read_off = {n for n in closed - set(page_flow.records) if _session_value(ctx, outer, n, page.session)}
    if page.auth is not None and _defined_past_page_exit(ctx, outer, ep.fn.node, read_off):
        # (`if (!userId) return <SignIn />` before `const drop = async () => { "use server"; ...userId... }`:
        # the bound value exists only in a signed-in render, so the action runs for a signed-in caller)
        st.auth = "return"
    return ctx.analyzer.flow(ep.fn, st, entry=True)


def _session_value(ctx: FileContext, page: Node, name: str, session: set[str]) -> bool:
    """``name`` is bound in ``page`` to the session (`await auth()`) or to a value read off it (`session?.user?.id`),
    not to a row or an answer a helper looked up with it."""
    for d in sx.find(page, ("variable_declarator",), into_functions=False):
        if name not in sx.pattern_names(ctx.src, d.child_by_field_name("name")):
            continue
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None:
            return False
        if value.type == "call_expression":
            callee = sx.callee_name(ctx.src, value)
            target = ctx.analyzer.target(ctx.module, value)
            return ctx.analyzer.vocab.is_auth_source(callee) or (
                target is not None and ctx.analyzer.summary(target).auth_source
            )
        return value.type in ("member_expression", "identifier") and sx.root_identifier(ctx.src, value) in session
    return False


def _defined_past_page_exit(ctx: FileContext, page: Node, action: Node, closed: set[str]) -> bool:
    """``action`` is defined in ``page``'s body after a statement `if (<test of a closed name>) return/throw`
    at the same level (`if (!userId) return ...` then the inline action using `userId`)."""
    body = page.child_by_field_name("body")
    if body is None or not closed:
        return False
    for stmt in sx.statements(body):
        if stmt.start_byte <= action.start_byte < stmt.end_byte:
            return False
        if stmt.type != "if_statement" or stmt.child_by_field_name("alternative") is not None:
            continue
        cond = stmt.child_by_field_name("condition")
        if sx.exits(ctx.src, stmt.child_by_field_name("consequence")) and identifiers(ctx.src, cond) & closed:
            return True
    return False


_DOCUMENT_WRITES = ("save", "deleteOne", "remove", "updateOne")


def _document_write(ctx: FileContext, ep: EntryPoint, flow: Flow) -> DbOp | None:
    """Mongoose documents written back: `const user = await User.findOne(...); user.save()`,
    `new Community({...}).save()`, in an entry point that never authenticates."""
    if flow.final.auth is not None or any(e.state.auth is not None for e in flow.events):
        return None
    made: dict[str, DbOp] = {n: op for n, op in flow.records.items() if op.api == "mongoose"}
    for d in sx.find(ep.fn.node, ("variable_declarator",)):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "new_expression":
            continue
        ctor = value.child_by_field_name("constructor")
        root = ctx.text(ctor) if ctor is not None and ctor.type == "identifier" else ""
        found = ctx.analyzer.program.resolve_value(ctx.module, root) if root[:1].isupper() else None
        if found is not None and b"model(" in found[0].src:  # `mongoose.model("Community", schema)`
            for name in sx.pattern_names(ctx.src, d.child_by_field_name("name")):
                made[name] = DbOp("write", root, "mongoose", value, value, verb="create")
    for call in sx.find(ep.fn.node, ("call_expression",)):
        callee = sx.callee_name(ctx.src, call).split(".")
        if len(callee) == 2 and callee[1] in _DOCUMENT_WRITES and callee[0] in made:
            op = made[callee[0]]
            return replace(op, kind="write", call=call, chain=call, verb=op.verb if op.kind == "write" else "save")
    return None


# a storage bucket's reads: a signed download link, or the file itself (Supabase Storage, `bucket.file(...)`)
_FILE_READS = frozenset({"createSignedUrl", "createSignedUrls", "download"})


def _session_keyed_file_read(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """`supabase.storage.from("statements").createSignedUrl(`${ctx.user?.id}/${id}.pdf`)` past a session
    fetched and never checked: a file kept under the signed-in person's own folder, read (or linked)
    for whoever calls. A file named by the caller alone, or by nothing of the session, is not this
    (whether it is public is the bucket's business). Returns the call."""
    if flow.final.auth is not None or any(e.state.auth is not None for e in flow.events):
        return None
    names = flow.final.session | flow.final.fetched
    if not names:
        return None
    src = ctx.src
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        if ".storage." not in callee or sx.last_name(callee) not in _FILE_READS:
            continue
        args = sx.call_args(call)
        if args and identifiers(src, args[0], into_functions=True) & names:
            return call
    return None


# a visibility filter on a Supabase read (`.eq("is_public", true)`): the rows their owners show the public
_SB_VISIBLE = re.compile(r"""\.eq\(\s*["'](is_?)?(public|published|visible|listed)["']\s*,\s*true\s*\)""")
# (or a status filter keeping the rows shown: `.eq("status", "published")`)
_SB_SHOWN_STATUS = re.compile(
    r"""\.eq\(\s*["']\w*status["']\s*,\s*["'](public|published|live|active|listed)["']\s*\)"""
)


# the steps of a Supabase read that pick no rows by anything: the whole list, sorted or cut
_LIST_STEPS = frozenset({"from", "select", "order", "limit", "range", "returns"})
# a word naming a person or a tenant: a table of theirs (`user_roles`, `team_labels`) is someone's list
_PARTY_WORD = re.compile(
    r"^(users?|accounts?|profiles?|members?|customers?|clients?|patients?|owners?|tenants?|teams?|orgs?|"
    r"organi[sz]ations?|workspaces?|people|persons?|employees?|staff|students?|my|own|private|personal)$"
)
_SB_FROM = re.compile(r"""\.from\(\s*["'`](\w+)["'`]\s*\)""")
# where one query's chain ends: the next query, a blank line, the next statement
_SB_CHAIN_END = re.compile(r"\.from\(|\n\s*\n|;|\n\s*(?:const|let|var|return|if|await|for|throw)\b")


def _unowned_lookup_list(ctx: FileContext, op: DbOp) -> bool:
    """`from("task_priorities").select("*").order("id")`: every row of a Supabase table private by name only
    through a word before its head (`task`), whose head names nobody's data (`priorities`), and that the
    project's code never writes, filters or holds to anyone: a fixed list of labels seeded with the database,
    public data. Not a table named for a party (`user_roles`), nor one a query anywhere picks rows of."""
    if op.api != "supabase" or op.kind != "read" or not op.model:
        return False
    names = vocab.words(op.model)
    if len(names) < 2 or vocab.private_model(names[-1]) or any(_PARTY_WORD.match(w) for w in names):
        return False
    if any(m not in _LIST_STEPS for m, _ in chain_calls(op.chain, ctx.src)):
        return False
    if _sql_filed_table(ctx.analyzer.program, op.model.lower()):
        return False  # (each row filed under a tenant by the project's own SQL: no seeded list of labels)
    return op.model.lower() not in _supabase_picked_tables(ctx.analyzer.program)


def _supabase_picked_tables(program: Program) -> frozenset[str]:
    return tree_fact(program.tree, "supabase_picked_tables", lambda: _read_supabase_picked_tables(program))


def _read_supabase_picked_tables(program: Program) -> frozenset[str]:
    """Supabase tables (lower case) some chain of the project's code does more than list: writes, filters,
    or picks one row of (`.insert(`, `.eq(`, `.single()`)."""
    return _supabase_tables_whose_chain(
        program, lambda chain: any(step not in _LIST_STEPS for step in re.findall(r"\.(\w+)\s*\(", chain))
    )


def _supabase_tables_whose_chain(program: Program, keep: Callable[[str], bool]) -> frozenset[str]:
    """Supabase tables (lower case) of every `.from("t")` chain in the project's code that `keep` accepts
    (the chain's text up to its end, at most 600 characters)."""
    out: set[str] = set()
    for _, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b".from("):
        text = data.decode("utf-8", "replace")
        for m in _SB_FROM.finditer(text):
            end = _SB_CHAIN_END.search(text, m.end(), m.end() + 600)
            if keep(text[m.end() : end.start() if end else m.end() + 600]):
                out.add(m.group(1).lower())
    return frozenset(out)


def _owned_table_rows_answered(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A Supabase read of a table the project's own queries hold to the signed-in user elsewhere by an owner
    column (`.from("properties")...eq("owner_id", user.id)`), its rows sent back: the code says each row is
    someone's, so a read of them is private whichever columns it picks. Not a count or a yes/no, nor a read
    keeping the public rows (`.eq("is_public", true)`), nor a table held only to its authors (posts, reviews)."""
    op = ev.op
    if op is None or op.api != "supabase" or op.kind != "read" or not op.model:
        return False
    # (or tables the generated `Database` types hand to people through a link table, `teachers (class_id,
    # teacher_id)`, and the rows one key below them)
    name = op.model.lower()
    if name not in caller_owned_tables(ctx.analyzer.program) and name not in assigned_tables(ctx.analyzer.program):
        return False
    chain = ctx.text(op.chain)
    if _SB_SHOWN.search(chain) or _SB_SHOWN_STATUS.search(chain) or _no_rows_read(ctx, op):
        return False
    # (a table some query of the project reads for its public rows, `.eq("is_public", true)`: its owners
    # show some of it to everyone, so a read of it may be that listing)
    if op.model.lower() in _supabase_shown_tables(ctx.analyzer.program):
        return False
    return _sent_back(ctx, ctx.flow(ep), ev)


# a filter keeping the rows shown to everyone: `.eq("is_public", true)`, `.eq("is_featured", true)`
_SB_SHOWN = re.compile(r"""\.eq\(\s*["'](is_?)?(public|published|visible|listed|featured)["']\s*,\s*true\s*\)""")


def _supabase_shown_tables(program: Program) -> frozenset[str]:
    return tree_fact(program.tree, "supabase_shown_tables", lambda: _read_supabase_shown_tables(program))


def _read_supabase_shown_tables(program: Program) -> frozenset[str]:
    """Supabase tables (lower case) some chain of the project's code filters by a visibility flag or status."""
    return _supabase_tables_whose_chain(
        program, lambda chain: bool(_SB_SHOWN.search(chain) or _SB_SHOWN_STATUS.search(chain))
    )


def _stored_file_signed_for_anyone(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """`storage.from("model-files").createSignedUrl(model.file_path, 600)` with nobody signed in, the path
    read off a row of a table the project holds to its owners elsewhere (`.eq("owner_id", user.id)`), picked
    by the caller's id with no visibility filter (`.eq("is_public", true)`): a private file handed to anyone
    who names its record. A path the caller names itself is the bucket's business. Returns the call."""
    if flow.final.auth is not None or any(e.state.auth is not None for e in flow.events):
        return None
    held = caller_held_tables(ctx.analyzer.program)
    rows = {
        name
        for name, op in flow.records.items()
        if op.api == "supabase"
        and (op.model or "").lower() in held
        and mentions_any(ctx.src, [op.chain], flow.final.client)
        and not _SB_VISIBLE.search(ctx.text(op.chain))
    }
    if not rows:
        return None
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        callee = sx.callee_name(ctx.src, call)
        if ".storage." not in callee or sx.last_name(callee) not in _FILE_READS:
            continue
        args = sx.call_args(call)
        if args and sx.root_identifier(ctx.src, sx.strip_types(args[0])) in rows:
            return call
    return None


_DECIPHER = frozenset({"createDecipheriv", "createDecipher"})


def _decryption_oracle(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """`createDecipheriv(alg, scryptSync(process.env.ENCRYPTION_KEY, salt, 32), iv)` on what the caller
    sent, the plain text answered, with nobody signed in: the server's key lent to anyone holding a
    ciphertext (the stored secrets it protects, once one leaks or is shown to a page, are read in clear).
    A key made from what the caller types (a passphrase) is the caller's own. Returns the call."""
    if ep.kind != "action" or flow.final.auth is not None or any(e.state.auth is not None for e in flow.events):
        return None
    src = ctx.src
    client = flow.final.client | set(ep.fn.params)
    answered = [
        e.value for e in flow.events if e.kind == "return" and e.value is not None and _carries_plain(ctx, e.value)
    ]
    if not answered:
        return None
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        if sx.last_name(sx.callee_name(src, call)) not in _DECIPHER:
            continue
        args = sx.call_args(call)
        if len(args) < 2 or not any(identifiers(src, a, into_functions=True) & client for a in args[2:]):
            continue  # (the nonce, or what the decipher is then fed, is the caller's)
        if _made_from_server_secret(ctx, ep.fn.node, args[1], 0):
            return call
    return None


# settings named secret-like that the browser is meant to hold (`STRIPE_PUBLISHABLE_KEY`, a Supabase
# anon key, a captcha site key)
_BROWSER_SETTING_WORDS = frozenset({"publishable", "public", "anon", "site"})


def _server_secret_answered(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """`return process.env.SESSION_SECRET`, `json({ key: process.env.MAIL_API_KEY })`: a server secret
    handed back with nobody signed in (private data read by anyone: the key to every account or service it
    guards). A yes/no about it (`code === process.env.TOKEN`) is no such. Returns the environment read."""
    for e in flow.events:
        if e.kind not in ("return", "respond") or e.value is None or e.state.auth is not None:
            continue
        found = _env_secret_in_answer(ctx, e.value, 0)
        if found is not None:
            return found
    return None


def _env_secret_in_answer(ctx: FileContext, value: Node, depth: int) -> Node | None:
    """The `process.env.X` of a secret-named setting that ``value`` hands back as it is: itself, a
    fallback (`|| ""`, `??`), a conditional's branch, an object's field or an array's item."""
    node = sx.unwrap(value)
    if node is None or depth > 4:
        return None
    if node.type == "member_expression":
        name = env_secret(ctx.src, node)
        return node if name and not set(vocab.words(name)) & _BROWSER_SETTING_WORDS else None
    parts: list[Node | None]
    if node.type == "binary_expression":
        # (`a || b`, `a ?? b` answer either side, `a && b` its right; a comparison answers yes or no)
        op = ctx.text(node.child_by_field_name("operator"))
        right = node.child_by_field_name("right")
        parts = [node.child_by_field_name("left"), right] if op in ("||", "??") else [right] if op == "&&" else []
    elif node.type == "ternary_expression":
        parts = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
    elif node.type == "object":
        parts = [p.child_by_field_name("value") for p in node.named_children if p.type == "pair"]
    elif node.type == "array":
        parts = list(node.named_children)
    elif node.type == "call_expression" and sx.last_name(sx.callee_name(ctx.src, node)) == "json":
        parts = [*sx.call_args(node)[:1]]  # `NextResponse.json({ ... })`, `res.json(...)`: the body
    else:
        return None
    for part in parts:
        found = _env_secret_in_answer(ctx, part, depth + 1) if part is not None else None
        if found is not None:
            return found
    return None


def _carries_plain(ctx: FileContext, value: Node) -> bool:
    """An answer that is not a yes/no (`return plain === expected` tells whether, not what)."""
    node = sx.unwrap(value)
    if node is None or node.type in ("true", "false", "null", "undefined", "number", "string"):
        return False
    if node.type == "unary_expression" and ctx.text(node).startswith("!"):
        return False
    op = node.child_by_field_name("operator") if node.type == "binary_expression" else None
    return op is None or ctx.text(op) not in ("===", "!==", "==", "!=", "<", ">", "<=", ">=", "&&", "||")


def _made_from_server_secret(ctx: FileContext, scope: Node, node: Node | None, depth: int) -> bool:
    """``node`` (a cipher key) is an environment secret, or derived from one through locals and calls
    (`scryptSync(secret, salt, 32)`, `Buffer.from(process.env.KEY, "hex")`, `deriveKey(secretKey, salt)`)."""
    node = sx.unwrap(node)
    if node is None or depth > 4:
        return False
    if secret_from_env(ctx.module, scope, node, ctx.analyzer.target):
        return True
    if node.type == "identifier":
        name = ctx.text(node)
        for decl in sx.find(scope, ("variable_declarator",), into_functions=False):
            left = decl.child_by_field_name("name")
            if left is not None and left.type == "identifier" and ctx.text(left) == name:
                return _made_from_server_secret(ctx, scope, decl.child_by_field_name("value"), depth + 1)
        return False
    if node.type == "call_expression":
        # (`Buffer.from(x)`, `scryptSync(x, salt)`, `createHash("sha256").update(x).digest()`)
        parts: list[Node | None] = [*sx.call_args(node)]
        fn = node.child_by_field_name("function")
        if fn is not None and fn.type == "member_expression":
            parts.append(fn.child_by_field_name("object"))
        return any(_made_from_server_secret(ctx, scope, a, depth + 1) for a in parts)
    return False


_WHAT = {
    "store": "deletes stored data outside the database",
    "exec": "runs commands",
    "email": "sends e-mail to an address with a message the caller chooses",
}


def _uploads_client_content(ctx: FileContext, ev: Event) -> bool:
    """The stored content of an upload comes from the caller: `put(name, req.body)`,
    `storage.from(b).upload(path, file)`, `new PutObjectCommand({ Body: buffer })` with a client file."""
    args = sx.call_args(ev.node)
    content = args[1:] if len(args) > 1 else args
    if ".uploader.upload" in ev.callee:
        content = args[:1]  # cloudinary `uploader.upload(file, { resource_type })`: the file comes first
    first = sx.unwrap(args[0]) if args else None
    if ev.callee.endswith(".send") and first is not None and first.type == "new_expression":
        command_args = sx.call_args(first)
        body = object_keys(ctx.src, command_args[0]).get("Body") if command_args else None
        content = [body] if body is not None else []
    refs: set[str] = set()
    for node in content:
        refs |= identifiers(ctx.src, node, into_functions=True)
    return bool(refs & ev.state.client)


def _effect(ctx: FileContext, ev: Event) -> str:
    """What a non-database event does, for the message."""
    if ev.kind in ("fetch", "relay"):
        secret, _ = ctx.analyzer.relay_inputs(ctx.module, ev.node, ev)
        return f"calls a service with the server's secret `{secret}` about what the caller sends"
    if ev.kind == "store" and ev.node.type == "call_expression":
        if is_mcp_tool_call(ctx.module, ev.callee):
            return MCP_TOOL_RUN
        if is_upload_grant(ctx.module, ev.callee):
            return "hands out signed parameters for uploads to a storage service"
        if is_realtime_grant(ctx.module, ev.node, ev.callee):
            return "hands out a realtime service token made with the server's API key"
        if is_store_upload(ctx.module, ev.node, ev.callee):
            return "uploads files to a storage service"
        if is_job_control(ctx.module, ev.callee):
            return "acts on a background job run that the caller names"
        if is_job_enqueue(ctx.module, ev.node, ev.callee):
            return "queues a background job that runs with the server's rights"
        if ACCOUNT_ADMIN.search(ev.callee):
            return "changes user accounts through the auth admin API"
        if CLERK_BACKEND_WRITES.search(ev.callee):
            return "changes user accounts or organizations through Clerk's backend API"
        if FIREBASE_ACCOUNT_WRITES.search(ev.callee):
            return "changes user accounts (their claims, passwords) through Firebase's admin Auth API"
        if ev.callee.endswith("billingPortal.sessions.create"):
            return "opens a customer's billing portal (their subscriptions and payment methods)"
        if PAYMENT_ACCOUNT_CHANGE.search(ev.callee):
            return "changes the app's payment-provider account (products, prices, refunds, subscriptions)"
        if may_be_service_write(ev.callee) and not is_store_mutation(ctx.module, ev.node, ev.callee):
            root, _, method = ev.callee.partition(".")
            found = ctx.analyzer.program.resolve_value(ctx.module, root)
            what = service_write(found[0], found[1], method) if found is not None else None
            if what is not None:
                return what
        if ctx.analyzer.target(ctx.module, ev.node) is not None:
            return "changes stored data outside the database"  # (a helper that uploads or deletes)
    if ev.kind == "email" and "sms" in vocab.words(sx.last_name(ev.callee)):
        return "sends a text message to a number with a message the caller chooses"  # (`sendSms(phone, body)`)
    return _WHAT.get(ev.kind, "writes files")


_COOKIE_READS = frozenset({"cookies().get", "cookies.get", "getCookie"})
_SIGN_IN_STATE = frozenset({"session", "auth", "token", "pending", "challenge"})


def _bound_to(call: Node) -> Node | None:
    """The declarator a call's result (or a field of it) is bound to: `const t = (await cookies()).get(X)?.value`."""
    p = call.parent
    while p is not None and (p.type in sx.TRANSPARENT or p.type in ("await_expression", "member_expression")):
        p = p.parent
    return p if p is not None and p.type == "variable_declarator" else None


def _sign_in_exchange(ctx: FileContext, ep: EntryPoint) -> tuple[Node, set[str]] | None:
    """A sign-in finished here: a pending sign-in token from the caller's cookies is handed to a call
    (`auth.completeOrgSelection({ pendingAuthToken: pending.value, orgId })`) and the cookies that
    call's result carries are set (the session it issues). Returns the call and its result names."""
    src, fn = ctx.src, ep.fn.node
    tokens: set[str] = set()
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        if sx.callee_name(src, call) not in _COOKIE_READS:
            continue
        args = sx.call_args(call)
        decl = _bound_to(call)
        if not args or decl is None:
            continue
        names = sx.pattern_names(src, decl.child_by_field_name("name"))
        if set(vocab.words(ctx.text(args[0]))) & _SIGN_IN_STATE:
            tokens.update(names)
    if not tokens:
        return None
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        arg_list = call.child_by_field_name("arguments")
        decl = _bound_to(call)
        if decl is None or arg_list is None or not identifiers(src, arg_list) & tokens:
            continue
        result = set(sx.pattern_names(src, decl.child_by_field_name("name")))
        if result and _sets_cookies_from(ctx, fn, call, result):
            return call, result
    return None


def _sets_cookies_from(ctx: FileContext, fn: Node, after: Node, result: set[str]) -> bool:
    """`setCookies(result.cookies)`, `for (const c of result.cookies) (await cookies()).set(c.name, c.value)`."""
    src = ctx.src
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        if call.start_byte < after.end_byte or not re.search(r"(?i)cookies?\(\)\.set$|^set_?cookies?$", callee):
            continue
        used = identifiers(src, call.child_by_field_name("arguments"))
        p = call.parent
        while p is not None and p != fn:
            if p.type == "for_in_statement":
                used |= identifiers(src, p.child_by_field_name("right"))
            p = p.parent
        if used & result:
            return True
    return False


def _after_sign_in(ctx: FileContext, exchange: tuple[Node, set[str]], ev: Event) -> bool:
    """``ev`` runs only once the sign-in call succeeded: inside `if (result.success) {...}`, or after
    `if (!result.success) return ...`."""
    call, result = exchange
    node = ev.node
    if node.start_byte < call.end_byte:
        return False
    src = ctx.src
    p = node.parent
    while p is not None and not sx.is_function(p):
        if p.type == "if_statement":
            cons = p.child_by_field_name("consequence")
            cond = p.child_by_field_name("condition")
            if cons is not None and sx.contains(cons, node) and identifiers(src, cond) & result:
                return True
        if p.type == "statement_block":
            for stmt in p.named_children:
                if stmt.start_byte >= node.start_byte:
                    break
                if (
                    stmt.type == "if_statement"
                    and stmt.start_byte > call.end_byte
                    and identifiers(src, stmt.child_by_field_name("condition")) & result
                    and sx.exits(src, stmt.child_by_field_name("consequence"))
                ):
                    return True
        p = p.parent
    return False


# (`insertInto`: Kysely's insert, `db.insertInto("tour_requests").values(...)`)
_CREATE_VERBS = frozenset({"create", "insert", "insertone", "insertmany", "createmany", "insertinto"})
_ACCOUNT_MODEL = re.compile(r"(?i)^(users?|accounts?|auth_?users?)$")
_SESSION_MODEL = re.compile(r"(?i)^(user_?)?sessions?$")


def _signs_up(ctx: FileContext, flow: Flow) -> bool:
    """A sign-up by what it does, whatever its name: it creates an account row and then a session for
    that new account (`lucia.createSession(user.id)`, `db.session.create({ data: { userId: user.id } })`).
    An account made with no session for it (staff added by someone), or a session for an id the
    caller sent, is not one."""
    src = ctx.src
    made: set[str] = set()
    for ev in flow.events:
        op = ev.op
        if ev.kind != "db" or op is None or op.kind != "write" or op.verb.lower() not in _CREATE_VERBS:
            continue
        if _ACCOUNT_MODEL.match(op.model or ""):
            decl = _bound_to(op.call)
            if decl is not None:
                made |= set(sx.pattern_names(src, decl.child_by_field_name("name")))
        elif made and _SESSION_MODEL.match(op.model or "") and mentions_any(src, op.data, made):
            return True
    if not made:
        return False
    for call in sx.find(flow.fn.node, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        if "." in callee and callee.endswith(".createSession"):
            args = call.child_by_field_name("arguments")
            if args is not None and identifiers(src, args) & made:
                return True
    return False


def _provider_sign_up(ctx: FileContext, ep: EntryPoint) -> bool:
    """The entry point makes the caller's account through the auth library's sign-up call: a sign-up
    endpoint by what it does (its folder may be named for the flow it finishes, `invite/complete-signup/`)."""
    text = ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte]
    if b"ignUp" not in text and b"WithEmailAndPassword" not in text and b"createUser" not in text:
        return False  # (cheap: no call in it can be one)
    made = any(
        sign_up.provider_sign_up_call(ctx, call) or _admin_sdk_sign_up_call(ctx, call)
        for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False)
    )
    # (an account whose permissions or admin flag the caller picks is an operator's provisioning tool:
    # a visitor signing up gets what the code grants)
    return made and not _caller_granted_privilege(ctx, ep)


def _admin_sdk_sign_up_call(ctx: FileContext, call: Node) -> bool:
    """`adminAuth.createUser({ email, password })` (Firebase Admin): an account made for the address the
    caller sent, with a password, as the client SDK's `createUserWithEmailAndPassword` makes one."""
    callee = sx.callee_name(ctx.src, call)
    if not callee.endswith(".createUser") or not FIREBASE_ACCOUNT_WRITES.search(callee):
        return False
    args = sx.call_args(call)
    keys = set(object_keys(ctx.src, args[0])) if args else set()
    return "email" in keys and "password" in keys


# what only an operator grants: a permission list, an admin flag
_GRANT_KEY = re.compile(r"(?i)^(permissions?|is_?(super_?)?admin|admin|scopes)$")


def _caller_granted_privilege(ctx: FileContext, ep: EntryPoint) -> bool:
    """The entry point writes permissions or an admin flag taken from what the caller sent."""
    client = ctx.flow(ep).final.client
    for pair in sx.find(ep.fn.node, ("pair", "shorthand_property_identifier"), into_functions=False):
        key = pair.child_by_field_name("key") if pair.type == "pair" else pair
        if key is None or not _GRANT_KEY.match(ctx.text(key).strip("'\"")):
            continue
        value = pair.child_by_field_name("value") if pair.type == "pair" else pair
        if value is not None and identifiers(ctx.src, value, into_functions=True) & client:
            return True
    return False


# A module of the sign-up pages (`app/(auth)/sign-up/actions.ts`, `app/register/actions.ts`)
_SIGN_UP_MODULE = re.compile(r"(?i)(^|/)(sign[-_]?up|register)/")


# the role of an account made for a visitor who has none
_GUEST_ROLE = re.compile(r"(?i)^(guest|visitor|anonymous|anon)$")
_ROLE_KEY = re.compile(r"(?i)^(role|type|kind|account_?type|user_?type)$")


def _guest_account(ctx: FileContext, flow: Flow) -> bool:
    """`User.create({ role: "guest", email, firstName })` with no session read: a guest account made for
    a visitor who has none, a sign-up by what it does (its caller is signed out by definition). Every
    write makes such a row, filed under nothing the caller names (`groupId`: another row of the app)."""
    writes = [e for e in flow.events if e.kind == "db" and e.op is not None and e.op.kind == "write"]
    if not writes or any(e.kind in ("store", "exec", "fs", "relay") for e in flow.events):
        return False
    for ev in writes:
        op = ev.op
        if op is None or op.verb.lower() not in _CREATE_VERBS or not _PROFILE_MODEL.match(op.model or ""):
            return False
        if ev.state.session or ev.state.fetched or len(op.data) != 1:
            return False
        pairs = object_keys(ctx.src, op.data[0])
        role = next((v for k, v in pairs.items() if _ROLE_KEY.match(k)), None)
        if role is None or not _GUEST_ROLE.match(sx.string_value(ctx.src, role) or ""):
            return False
        if any(_REFERENCE_KEY.search(k) for k in pairs):
            return False
    return True


# an order a visitor places: `Order`, `shop_orders`, `checkouts`, `purchases`
_ORDER_MODEL = re.compile(r"(?i)(orders?|checkouts?|purchases?)$")
# where an order keeps who placed it, inline: `user`, `customer`, `buyer`, `contact`, `customerInfo`
_BUYER_KEY = re.compile(r"(?i)^(user|customer|buyer|guest|client|contact|shipping|billing)(_?(info|details|data))?$")
_CONTACT_KEY = re.compile(r"(?i)^(e_?mail|phone(_?number)?|tel|mobile)$")
# the key of an account it would be filed under: `userId`, `customer_id`, `ownerId`
_ACCOUNT_REF = re.compile(r"(?i)^(user|customer|buyer|owner|account|member|client)_?ids?$")


def _guest_order(ctx: FileContext, flow: Flow) -> bool:
    """A guest checkout by what it does: with no session read anywhere, its only writes file new orders
    that carry the buyer's typed contact details inline and point at no account (`new Order({ products,
    total, user: { id: `guest-${randomUUID()}`, name, phone, email } }).save()`): a shop taking orders
    from visitors who have no accounts, as a contact form files a visitor's enquiry. An order with no
    buyer's details (`{ eventId, quantity }`), filed under an account (`userId`) or any record the caller
    names, a buyer id the caller picks, or an update or delete is still flagged."""
    events = flow.events
    writes = [e for e in events if e.kind == "db" and e.op is not None and e.op.kind == "write"]
    if not writes or any(e.kind in ("store", "exec", "fs", "relay") for e in events):
        return False
    if any(e.state.session or e.state.fetched or e.state.auth is not None for e in events):
        return False
    return all(_guest_order_row(ctx, e) for e in writes)


def _guest_order_row(ctx: FileContext, ev: Event) -> bool:
    op = ev.op
    if op is None or op.verb.lower() not in _CREATE_VERBS or len(op.data) != 1:
        return False
    if not _ORDER_MODEL.search(op.model or ""):
        return False
    fn = sx.enclosing_function(ev.node)
    consts = dict(sx.const_values(ctx.src, fn)) if fn is not None else {}
    pairs = object_keys(ctx.src, _local_object(ctx, op.data[0], consts))
    contact = any(_CONTACT_KEY.match(k) for k in pairs)
    for key, value in pairs.items():
        if _ACCOUNT_REF.match(key):
            return False  # filed under an account
        if _REFERENCE_KEY.search(key) and identifiers(ctx.src, value, into_functions=True) & ev.state.client:
            return False  # filed under a record the caller names (`eventId: input.eventId`)
        if not _BUYER_KEY.match(key):
            continue
        inner = object_keys(ctx.src, _local_object(ctx, value, consts))
        if any(_ACCOUNT_REF.match(k) for k in inner):
            return False
        own_id = inner.get("id") or inner.get("_id")
        if own_id is not None and identifiers(ctx.src, own_id, into_functions=True) & ev.state.client:
            return False  # a buyer id the caller picks
        contact = contact or any(_CONTACT_KEY.match(k) for k in inner)
    return contact


def _local_object(ctx: FileContext, node: Node | None, consts: dict[str, Node]) -> Node | None:
    """``node`` as an object literal: itself, or the one a `const` of the function holds."""
    node = sx.unwrap(node)
    if node is not None and node.type in ("identifier", "shorthand_property_identifier"):
        node = consts.get(ctx.text(node))
    return node if node is not None and node.type == "object" else None


def _signs_up_new_rows(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """An action of the sign-up pages that only creates new rows (an agency and its owner's invite),
    pointing at nothing but what it just made, with no session read: a sign-up by where it is and
    what it does. One that reads, updates or deletes rows, or files under a client-sent id, is not."""
    if ep.kind not in ("action", "safe-action") or not _SIGN_UP_MODULE.search(ep.fn.module.path):
        return False
    dbs = [e for e in flow.events if e.kind == "db"]
    if not dbs or any(e.kind in ("store", "exec", "fs", "relay") for e in flow.events):
        return False
    made: set[str] = set()
    created = {
        e.op.model
        for e in dbs
        if e.op is not None and e.op.kind == "write" and e.op.verb.lower() in _CREATE_VERBS and e.op.model
    }
    for k, ev in enumerate(dbs):
        op = ev.op
        if (
            op is not None
            and op.kind == "read"
            and op.api != "helper"
            and op.model in created
            and not ev.state.session | ev.state.fetched
            and any(
                later.op is not None and later.op.kind == "write" and later.op.model == op.model
                for later in dbs[k + 1 :]
            )
        ):
            continue  # `if (await findFirst({ where: { email } })) throw "taken"`: the table it then adds to
        if op is not None and op.kind == "read" and made and mentions_any(ctx.src, op.args, made):
            continue  # `registrationOptions(user.id, email)` reading what the new account already has
        if op is None or op.kind != "write" or op.verb.lower() not in _CREATE_VERBS or op.api == "helper":
            return False
        if ev.state.session or ev.state.fetched:
            return False
        for data in op.data:
            pairs = [(k, sx.root_identifier(ctx.src, sx.strip_types(v))) for k, v in _nested_pairs(ctx, data)]
            pairs += [(ctx.text(n), ctx.text(n)) for n in sx.find(data, ("shorthand_property_identifier",))]
            if any(_REFERENCE_KEY.search(key) and root not in made for key, root in pairs):
                return False  # filed under a row it did not make
        decl = _bound_to(op.call) or _bound_to(op.chain)  # (`const [user] = await db.insert(t).values(v).returning()`)
        if decl is not None:
            made |= set(sx.pattern_names(ctx.src, decl.child_by_field_name("name")))
    return True


def _first_run_only(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """A first-run setup: `const n = await db.user.count(); if (n > 0) return 400` (a count of the
    whole account table) before every change, one of which creates an account. It works only while
    nobody has signed up: the sign-up of the install's first user, an authentication entry point."""
    src, fn = ctx.src, ep.fn.node
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    if src.find(b"count", fn.start_byte, fn.end_byte) == -1:
        return _first_account_read(ctx, ep, flow)
    counts: set[str] = set()
    for ev in flow.events:
        op = ev.op
        if ev.kind == "db" and op is not None and op.verb == "count" and _ACCOUNT_MODEL.match(op.model or ""):
            decl = _bound_to(op.call)
            if decl is not None and _site_wide_count(ctx, op):
                counts |= set(sx.pattern_names(src, decl.child_by_field_name("name")))
    if not counts:
        return _first_account_read(ctx, ep, flow)
    gate = -1
    for stmt in sx.walk_named(body):
        if stmt.type != "if_statement" or not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        if cond is None:
            continue
        if cond.type == "identifier" and ctx.text(cond) in counts:
            gate = stmt.end_byte
        elif cond.type == "binary_expression":
            left = sx.unwrap(cond.child_by_field_name("left"))
            right = ctx.text(cond.child_by_field_name("right"))
            op_text = ctx.text(cond.child_by_field_name("operator"))
            if left is not None and ctx.text(left) in counts and (op_text, right) in _ANY_ROW_TESTS:
                gate = stmt.end_byte
        if gate >= 0:
            break
    if gate < 0:
        return False
    made = False
    for ev in flow.events:
        if ev.kind not in _CHANGE_KINDS or (ev.kind == "db" and ev.op is not None and ev.op.kind == "read"):
            continue
        if ev.node.start_byte < gate:
            return False
        op = ev.op
        if op is not None and op.kind == "write" and op.verb.lower() in _CREATE_VERBS:
            made = made or bool(_ACCOUNT_MODEL.match(op.model or ""))
    return made


def _first_account_read(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """The same gate as a read of the accounts by fixed values only (`where(eq(users.role, "admin"))`)
    exiting on a row found, before any change, then an account created (`sign_up.first_account_only`)."""
    return sign_up.first_account_only(ctx, ep, flow) and _creates_account(flow)


def _creates_account(flow: Flow) -> bool:
    return any(
        ev.kind == "db"
        and ev.op is not None
        and ev.op.kind == "write"
        and ev.op.verb.lower() in _CREATE_VERBS
        and bool(_ACCOUNT_MODEL.match(ev.op.model or ""))
        for ev in flow.events
    )


_CHANGE_KINDS = frozenset({"db", "store", "exec", "fs", "fetch", "relay", "email"})
_ANY_ROW_TESTS = frozenset({(">", "0"), ("!==", "0"), ("!=", "0"), (">=", "1")})


_PASSWORD_KEY = re.compile(r"(?i)^(hashed_?)?password(_?hash)?$")


def _registers_with_password(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """An action of the sign-up pages that makes an account holding the password the caller typed
    (`user.create({ data: { email, passwordHash: await bcrypt.hash(parsed.data.password, 12) } })`),
    with no session read anywhere and nothing changed or removed: a sign-up by where it is and what it
    makes, whatever it looks up first (the firm an e-mail domain joins). An account made for someone
    else, or any update or delete beside it, is not this."""
    if ep.kind not in ("action", "safe-action"):
        return False
    # (elsewhere, `createStudioAccount` of an onboarding page: only past a rate limit, and the account
    # made in the same create as what it owns, `studio.create({ data: { staff: { create: { user: {
    # create: { email, passwordHash } } } } } })`)
    pages = _SIGN_UP_MODULE.search(ep.fn.module.path) is not None
    made = False
    for ev in flow.events:
        if ev.kind in ("store", "exec", "fs", "relay") or ev.state.session or ev.state.fetched:
            return False
        op = ev.op
        if ev.kind != "db" or op is None or op.kind != "write":
            continue
        if op.verb.lower() not in _CREATE_VERBS or op.api == "helper":
            return False
        if not pages and not ev.state.rate_limited:
            return False
        rows = op.data if _ACCOUNT_MODEL.match(op.model or "") else []
        if not rows and not pages and op.api == "prisma":
            rows = [r for data in op.data for r in _nested_account_creates(ctx, data)]
        if not pages and any(_points_at_client_row(ctx, data, ev.state.client) for data in op.data):
            return False  # (an account filed under a tenant the caller names: joining it, not signing up)
        for data in rows:
            for key, value in _nested_pairs(ctx, data):
                if _PASSWORD_KEY.match(key) and identifiers(ctx.src, value, into_functions=True) & ev.state.client:
                    made = True
            if not pages:  # (`{ email, passwordHash }`: the local holding the hash)
                made = made or any(
                    _PASSWORD_KEY.match(ctx.text(n)) is not None and ctx.text(n) in ev.state.client
                    for n in data.named_children
                    if n.type == "shorthand_property_identifier"
                )
    return made


_NEW_ROW_VERB = re.compile(r"(?i)^(create(many)?|insert\w*)$")


def _confirmed_sign_up(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """A sign-up by what it does outside the sign-up pages (`enrollments/public-actions.ts`): the reading
    missing-rate-limit shares (`sign_up.signs_up_by_behaviour`: the caller's password hashed into a new
    account row, here or in a helper handed the form), with the sign-up's own confirmation step (a mail
    sent, `sendVerificationEmail(form.email)`) and nothing but new rows written. An account made with no
    mail (staff added by an action nobody signs in to), or beside an update or delete, is not one."""
    if not any(e.kind == "email" for e in flow.events):
        return False
    for ev in flow.events:
        if ev.kind in ("store", "exec", "fs", "relay"):
            return False
        if ev.kind == "db" and ev.op is not None and ev.op.kind == "write" and not _NEW_ROW_VERB.match(ev.op.verb):
            return False
    return sign_up.signs_up_by_behaviour(ctx, ep, flow)


def _points_at_client_row(ctx: FileContext, data: Node, client: set[str]) -> bool:
    """The created rows name an existing row the client picks: `studioId: input.studioId`,
    `connect: { id: input.teamId }`."""
    for pair in sx.find(data, ("pair",), into_functions=False):
        key = ctx.text(pair.child_by_field_name("key"))
        if (key == "connect" or key.endswith(("Id", "_id"))) and identifiers(
            ctx.src, pair.child_by_field_name("value"), into_functions=True
        ) & client:
            return True
    return False


def _nested_account_creates(ctx: FileContext, data: Node) -> list[Node]:
    """The rows of `user: { create: { ... } }` nested anywhere in a Prisma create's data."""
    out: list[Node] = []
    for pair in sx.find(data, ("pair",), into_functions=False):
        if not _ACCOUNT_MODEL.match(ctx.text(pair.child_by_field_name("key"))):
            continue
        value = sx.strip_types(pair.child_by_field_name("value"))
        if value is None or value.type != "object":
            continue
        for inner in value.named_children:
            if inner.type == "pair" and ctx.text(inner.child_by_field_name("key")) == "create":
                row = sx.strip_types(inner.child_by_field_name("value"))
                if row is not None and row.type == "object":
                    out.append(row)
    return out


# A route whose own folder names a step of a single sign-on (`chat/[identifier]/sso/route.ts`)
_SIGN_IN_STEP = re.compile(r"(?i)(^|/)(sso|saml|oidc)/route\.[cm]?[jt]sx?$")


def _limited_sign_in_step(ep: EntryPoint, flow: Flow) -> bool:
    """`POST chat/[identifier]/sso` answering whether an e-mail may sign in with SSO there: a step of
    a sign-in by its route, that only reads, past a rate limit, with no session read anywhere (the
    author bounded anonymous callers on purpose). One that writes, or reads without a limit (an
    organization's SSO settings), is not that."""
    if ep.kind != "route" or not _SIGN_IN_STEP.search(ep.path):
        return False
    return _limited_reads_only(ep, flow)


# what a route answers with that carries nothing it read: the response builders and the URL of a redirect
_ANSWER_GLOBALS = frozenset({"NextResponse", "Response", "URL", "redirect"})


def _restarts_sign_in(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """An SSO landing that starts the sign-in over (`await signIn("workos", { redirectTo }, { organization })`)
    after reading which organization the provider's connection names: an authentication entry point when
    it changes nothing (no write, send or call out) and every answer is built from the request and the
    module's own helpers only (a redirect), never from a row it read."""
    if ep.kind != "route":
        return False
    starts = False
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        args = sx.call_args(call)
        first = sx.strip_types(args[0]) if args else None
        if sx.last_name(sx.callee_name(ctx.src, call)) == "signIn" and first is not None and first.type == "string":
            starts = True
            break
    if not starts:
        return False
    for e in flow.events:
        if e.kind in ("store", "exec", "fs", "relay", "email", "ai", "fetch"):
            return False
        if e.kind == "db" and (e.op is None or e.op.kind != "read"):
            return False
    mod = ep.fn.module
    allowed = set(ep.fn.params) | set(mod.values) | set(mod.imports) | _ANSWER_GLOBALS
    returns = [e for e in flow.events if e.kind == "return"]
    return all(identifiers(ctx.src, e.value) <= allowed for e in returns)


# A module of the sign-in pages (`app/(auth)/sign-in/actions.ts`, `app/login/actions.ts`)
_SIGN_IN_MODULE = re.compile(r"(?i)(^|/)(\(auth\)|log[-_]?in|sign[-_]?in)/")


def _limited_sign_in_action(ep: EntryPoint, flow: Flow) -> bool:
    """An action of the sign-in pages answering a step of the form (which method may this address use):
    read only, past a rate limit, no session read, like a sign-in step's route."""
    return ep.kind == "action" and bool(_SIGN_IN_MODULE.search(ep.fn.module.path)) and _limited_reads_only(ep, flow)


def _limited_reads_only(ep: EntryPoint, flow: Flow) -> bool:
    dbs = [e for e in flow.events if e.kind == "db"]
    if any(e.kind in ("store", "exec", "fs", "relay") for e in flow.events):
        return False
    return bool(dbs) and all(
        e.op is not None
        and e.op.kind == "read"
        and (e.state.rate_limited or ep.rate_limited_by is not None)
        and not (e.state.session or e.state.fetched)
        for e in dbs
    )


# what a limiter is called (`formRatelimit.limit(ip)`, `rateLimit(key)`, `checkRateLimit`, `throttle`)
_LIMITER_CALL = re.compile(r"(?i)limit|throttle")
# the records of people and their sign-ins: never a public form's business, however it is throttled
_PEOPLE_MODEL = re.compile(r"(?i)^(users?|accounts?|sessions?|members?|memberships?|profiles?|admins?|credentials?)$")


def _ip_throttled_public(ctx: FileContext, ep: EntryPoint, flow: Flow, inline: bool = False) -> bool:
    """Public by how it is built: the handler itself throttles callers by their address
    (`await formRatelimit.limit(getIp(req))`, a key holding `x-forwarded-for`) and reads no session anywhere.
    The author expected anonymous callers and bounded them by IP, the one thing they have: a lead,
    booking or enquiry form, a public tool. (A limiter keyed by the user or an address typed in, or
    one a shared wrapper puts on every route, says nothing of the endpoint; nor does a limiter named
    for IPs, `limitByIp("guest:" + email)`: its key decides.) Updates and deletes, lists of collected
    rows and account records stay findings."""
    if ep.kind not in ("route", "pages-api", "action") and not (inline and ep.kind == "inline-action"):
        return False
    if any(e.state.session or e.state.fetched or e.state.auth is not None for e in flow.events):
        return False
    if not any(e.state.rate_limited for e in flow.events):
        return False
    if _limits_by_address(ctx, ep.fn.module, ep.fn.node):
        return True
    # `await rateLimitByIp("donate")`: a project helper, called as a statement, whose own limiter is keyed
    # by the address it reads itself (not one keyed by what it is handed: `limitByIp("guest:" + email)`)
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        parent = (
            call.parent.parent if call.parent is not None and call.parent.type == "await_expression" else call.parent
        )
        if parent is None or parent.type != "expression_statement":
            continue
        target = ctx.analyzer.target(ctx.module, call)
        # (a parameter named for the address, `limitByIp(ip)`, holds whatever the caller hands it)
        if (
            target is not None
            and target.body is not None
            and _limits_by_address(ctx, target.module, target.node, set(target.params))
        ):
            return True
    return False


def _limits_by_address(
    ctx: FileContext, mod: Module, fn: Node, params: frozenset[str] | set[str] = frozenset()
) -> bool:
    """``fn`` calls a limiter whose key holds the caller's address (`formLimiter.limit(getIp(req))`), not
    only through one of ``params``."""
    src = mod.src
    # (`const key = \`booking:${slug}:${getIp(req)}\``: the key held in a local first)
    locals_: dict[str, Node] = {}
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        name, value = d.child_by_field_name("name"), d.child_by_field_name("value")
        if name is not None and value is not None and name.type == "identifier":
            locals_[sx.text(src, name)] = value
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        if not _LIMITER_CALL.search(callee):
            continue
        args = call.child_by_field_name("arguments")
        if args is None:
            continue
        keys = [args, *(locals_[n] for n in identifiers(src, args) if n in locals_)]
        for key in keys:
            if _IP_HEADER.search(sx.text(src, key)):
                return True
            if any("ip" in vocab.words(n) for n in identifiers(src, key, into_functions=True) - params):
                return True
            for inner in sx.find(key, ("call_expression",)):
                # `clientAddress(req)`: a project helper reading the forwarded-for header
                target = ctx.analyzer.target(mod, inner)
                if target is not None and _IP_HEADER.search(sx.text(target.module.src, target.node)):
                    return True
    return False


_IP_HEADER = re.compile(r"(?i)x-forwarded-for|x-real-ip|cf-connecting-ip|true-client-ip")


def _revokes_presented_credential(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`delete().eq("id", pendingTokenId)` where `pendingTokenId = jar.get(PENDING_TOKEN_COOKIE)?.value`:
    the row of the credential the caller's own cookie holds, dropped (a sign-out, a pending sign-in
    cancelled). Whoever calls, only their own credential goes."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write":
        return False
    if op.api == "helper":
        # `await cancelPendingLink()`: a project helper, handed nothing, whose every write is such a drop
        target = ctx.analyzer.target(ctx.module, ev.node) if ev.node.type == "call_expression" else None
        if target is None or sx.call_args(ev.node) or not target.module.src:
            return False
        inner = ctx.analyzer.flow(target, None)
        writes = [e for e in inner.events if e.kind == "db" and e.op is not None and e.op.kind == "write"]
        return bool(writes) and all(
            e.op is not None and e.op.api != "helper" and _drops_credential(ctx.analyzer, target, e) for e in writes
        )
    return _drops_credential(ctx.analyzer, ep.fn, ev)


def _drops_credential(az: Analyzer, fn: Function, ev: Event) -> bool:
    op = ev.op
    if op is None or not _DELETE_VERB.search(op.verb):
        return False
    creds = sessions.presented_credentials(az, fn)
    if not creds:
        return False
    src = fn.module.src
    refs: set[str] = set()
    for a in (op.chain, *op.args):
        refs |= identifiers(src, a)
    return bool(refs & creds) and not (refs & ev.state.client) - creds


_DELETE_VERB = re.compile(r"(?i)^(delete|deleteOne|deleteMany|destroy|remove)$")


def _filed_under_client_record(ctx: FileContext, ev: Event, records: set[str]) -> bool:
    """A new row tied to a record the caller names (`guest: input.guest.id`, `ownerId: body.userId`):
    attaching to someone's record, not a visitor's free-standing submission."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or op.verb.lower() not in _CREATE_VERBS:
        return False
    for data in op.data:
        for key, value in _nested_pairs(ctx, data):
            inner = sx.strip_types(value)
            ref = _REFERENCE_KEY.search(key) or (
                inner is not None
                and inner.type == "member_expression"
                and _ID_PROPERTY.match(ctx.text(inner.child_by_field_name("property")))
            )
            if ref and (identifiers(ctx.src, value) & ev.state.client) - records - _looked_up(ctx, ev):
                return True
    return False


# a key filing a row as someone's: its author or owner
_PERSON_KEY = re.compile(r"(?i)^(user|owner|author|account|member|creator|created_?by)(_?id)?$")


def _filed_as_client_named_person(ctx: FileContext, ev: Event) -> bool:
    """`insert({ title, content, user_id: userId })` with `userId` from the caller: a form's row filed as
    whichever account the caller names (posting as someone else), not a visitor's own submission."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or op.verb.lower() not in _CREATE_VERBS:
        return False
    accounts = _account_relation_keys(ctx, op.model) if op.api == "prisma" and op.model else frozenset()
    return any(
        (_PERSON_KEY.match(key) or key in accounts) and bool(identifiers(ctx.src, value) & ev.state.client)
        for data in op.data
        for key, value in object_keys(ctx.src, data).items()
    )


# a Prisma model a person signs in as (`User`, `Account`, `Member`)
_ACCOUNT_RELATION_MODEL = re.compile(r"(?i)^" + vocab.PRINCIPAL_NOUNS + r"s?$")
_RELATION_FIELDS = re.compile(r"\bfields:\s*\[([^\]]*)\]")


def _account_relation_keys(ctx: FileContext, model: str) -> frozenset[str]:
    """The fields of a Prisma model relating it to an account (`pilot User? @relation(fields: [pilotId],
    ...)`) and the scalar columns holding that account's id (`pilotId`): what files a row as someone."""
    out: set[str] = set()
    for line in prisma_models(ctx.analyzer.program, ctx.path).get(model.lower(), "").splitlines():
        parts = line.split()
        if len(parts) < 3 or not _ACCOUNT_RELATION_MODEL.match(parts[1].rstrip("?")) or "@relation" not in line:
            continue
        m = _RELATION_FIELDS.search(line)
        if m is None:
            continue  # (the list side of a relation holds no column here)
        out.add(parts[0])
        out.update(f.strip() for f in m.group(1).split(",") if f.strip())
    return frozenset(out)


def _looked_up(ctx: FileContext, ev: Event) -> set[str]:
    fn: Node | None = ev.node
    while fn is not None and fn.type not in sx.FUNCTION_TYPES:
        fn = fn.parent
    return _looked_up_in(ctx, fn) if fn is not None else set()


def _looked_up_in(ctx: FileContext, fn: Node) -> set[str]:
    """Locals holding what a project helper found in the database (`const operator = await
    resolveOperator(req, { slug })`): a record the server resolved, like one read inline."""
    out: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        name, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        while value is not None and value.type == "await_expression" and value.named_children:
            value = sx.unwrap(value.named_children[0])
        if name is None or name.type != "identifier" or value is None or value.type != "call_expression":
            continue
        target = ctx.analyzer.target(ctx.module, value)
        if target is not None and any(op.kind == "read" for op in ctx.analyzer.summary(target).ops):
            out.add(sx.text(ctx.src, name))
    return out


def _changes_rows(ctx: FileContext, ev: Event, server_rows: set[str]) -> bool:
    """An update or delete made inline of rows a client value picks (`guest.updateMany({ where: { email }
    })`): a form files rows, it does not change others'. The row it just filed or found itself
    (`deal.update({ where: { id: deal.id } })`) is its own; a project helper's write is judged by its name."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or op.api == "helper":
        return False
    verb = op.verb.lower()
    if verb in _CREATE_VERBS or "upsert" in verb:
        return False
    filters: list[Node] = [op.chain, *op.args]
    where = object_keys(ctx.src, op.args[0]).get("where") if op.api != "helper" and op.args else None
    if where is not None:
        filters = [where]  # `{ where, data }`: only the filter picks the rows
    refs: set[str] = set()
    for f in filters:
        refs |= identifiers(ctx.src, f)
    picked = refs & ev.state.client
    return not picked or bool(picked - server_rows)


def _server_rows(ctx: FileContext, flow: Flow) -> set[str]:
    """Locals given what one of the function's own queries answered (`const recent = await
    db.x.findFirst(...)`, `deal = await db.deal.create(...)`), and the records it holds."""
    out = set(flow.records)
    queries = [e.node for e in flow.events if e.kind == "db" and e.op is not None]
    for n in sx.find(flow.fn.node, ("variable_declarator", "assignment_expression"), into_functions=False):
        left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
        value = n.child_by_field_name("value" if n.type == "variable_declarator" else "right")
        if left is None or value is None or left.type not in ("identifier", "object_pattern"):
            continue
        if any(sx.contains(value, q) for q in queries):
            out |= set(sx.pattern_names(ctx.src, left))
    return out | _looked_up_in(ctx, flow.fn.node)


def _account_op(ctx: FileContext, ev: Event) -> bool:
    """A query of people's accounts or sessions, also a project helper's given what the client sent
    (`sendEmail({ to })` reading the recipient's row). A helper's own lookup, handed nothing of the
    client's, is the helper's business (`getValidatedReferrerId(db)` answering only an id it vetted)."""
    op = ev.op
    if op is None or not _PEOPLE_MODEL.match(op.model or ""):
        return False
    if op.api != "helper" or op.kind == "write":
        return True
    args = ev.node.child_by_field_name("arguments") if ev.node.type == "call_expression" else None
    return args is None or bool(identifiers(ctx.src, args, into_functions=True) & ev.state.client)


def _limited_public_create(ctx: FileContext, ep: EntryPoint, ev: Event, records: set[str]) -> bool:
    """A public form by how it is built: it files a new row under a record the server looked up (a
    table booking or a guest review for `venue.id`, the venue found by its public slug) past a rate
    limit (its own, or its client's middleware) and reads no session anywhere before: the author
    expected anonymous callers and bounded them. An update or delete, a session read, or rows added
    to a shared table with no parent (`db.insert(items).values(body.items)`) are not that."""
    if ev.kind != "db" or ev.op is None or ev.op.kind != "write" or ev.op.api == "helper":
        return False
    if ev.op.verb.lower() not in _CREATE_VERBS:
        return False
    if not (ev.state.rate_limited or ep.rate_limited_by):
        return False
    if (ev.state.session or ev.state.fetched) and not _session_only_stamped(ctx, ep, ev):
        return False
    for data in ev.op.data:
        if _spread_under_found_parent(ctx, ep, ev, data):
            return True  # `{ id, ...input }` with `input.eventId` the id the event was found by
        # (nested creates too: `applicant: { create: { ...person, boardId: posting.boardId } }`)
        for key, value in _nested_pairs(ctx, data):
            inner = sx.strip_types(value)
            while inner is not None and inner.type == "non_null_expression":
                inner = sx.strip_types(inner.named_children[0]) if inner.named_children else None
            if (
                inner is not None
                and inner.type == "member_expression"
                and (_REFERENCE_KEY.search(key) or _ID_PROPERTY.match(ctx.text(inner.child_by_field_name("property"))))
                and (root := sx.root_identifier(ctx.src, inner)) is not None
                and (root in records or root not in ev.state.client)
            ):
                return True  # `venueId: venue.id`, `berth: berth.id`: the parent the server resolved
    return False


# a column of a model that a throttled visitor may not fill: a tie to a row or person, or a credential
_PRIVILEGED_COLUMN = re.compile(r"(?i)(password|hash|token|secret|role|balance|credits?|plan)$")


def _throttled_free_standing_create(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`prisma.quote.create({ data: parsedInput })` past a rate limit (its own, or its client's middleware),
    with no session read, into a model whose `schema.prisma` block ties a row to nothing (no foreign key,
    no `@relation`, no credential or role column): a public form filing a free-standing lead row, whatever
    the model is called. An update or delete, or a row hung under someone, is not that."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or op.api not in ("prisma", "drizzle"):
        return False
    if op.verb.lower() not in _CREATE_VERBS or not (ev.state.rate_limited or ep.rate_limited_by):
        return False
    if ev.state.session or ev.state.fetched or not op.model:
        return False
    if op.api == "drizzle":
        # `db.insert(schema.quotes)`: the table's columns, none a key to another row, a credential or a role
        cols = tenancy.drizzle_tables(ctx.analyzer.program).get(op.model.rsplit(".", 1)[-1].lower())
        return cols is not None and not any(
            ".references(" in decl or _FOREIGN_KEY.search(key) or _PRIVILEGED_COLUMN.search(key)
            for key, decl in cols.items()
        )
    body = prisma_models(ctx.analyzer.program, ctx.path).get(op.model.lower())
    if body is None:
        return False
    for line in body.splitlines():
        words = line.split()
        if not words or not words[0][:1].isalpha():
            continue
        if "@relation" in line or _FOREIGN_KEY.search(words[0]) or _PRIVILEGED_COLUMN.search(words[0]):
            return False
    return True


def _session_only_stamped(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """An optional session read only to stamp the booker on the new row (`userId: session?.userId ??
    null`): every other mention of it is its own declaration, so it picks no rows and gates nothing."""
    assert ev.op is not None
    names = ev.state.session | ev.state.fetched
    data = [d for d in ev.op.data if d is not None]
    body = ep.fn.node.child_by_field_name("body")
    if body is None or not data:
        return False
    for n in sx.find(body, ("identifier", "shorthand_property_identifier")):
        if ctx.text(n) not in names:
            continue
        parent = n.parent
        if parent is not None and parent.type == "variable_declarator" and parent.child_by_field_name("name") == n:
            continue  # `const session = await getOptionalSession()`
        pair = parent if parent is not None and parent.type == "pair" else None
        inside = any(d.start_byte <= n.start_byte < d.end_byte for d in data)
        if (
            not inside
            or n.type == "shorthand_property_identifier"
            or (pair is not None and pair.child_by_field_name("key") == n)
        ):
            return False
    return True


def _spread_under_found_parent(ctx: FileContext, ep: EntryPoint, ev: Event, data: Node) -> bool:
    """`data: { id, ...input }` where a read found the parent by `input.eventId` (its filter's `id`) and
    the handler exits when it found none (`if (!event) return`): the row is filed under that record."""
    flow = ctx.flow(ep)
    for spread in sx.find(data, ("spread_element",), into_functions=False):
        inner = sx.strip_types(spread.named_children[0]) if spread.named_children else None
        if inner is None or inner.type != "identifier":
            continue
        root = ctx.text(inner)
        for name, op in flow.records.items():
            if op.kind != "read" or op.call.start_byte >= ev.node.start_byte or not op.args:
                continue
            where = object_keys(ctx.src, op.args[0]).get("where") if op.api == "prisma" else None
            picked = object_keys(ctx.src, where).get("id") if where is not None else None
            text = ctx.text(sx.strip_types(picked)) if picked is not None else ""
            if text.startswith(root + ".") and _REFERENCE_KEY.search(text) and _exits_when_missing(ctx, ep, name, ev):
                return True
    return False


def _exits_when_missing(ctx: FileContext, ep: EntryPoint, name: str, ev: Event) -> bool:
    """`if (!event) return ...` (or throw) between the read bound to ``name`` and ``ev``."""
    for stmt in sx.find(ep.fn.node, ("if_statement",), into_functions=False):
        if stmt.start_byte >= ev.node.start_byte:
            break
        cond = stmt.child_by_field_name("condition")
        for d in sx.disjuncts(ctx.src, cond):
            arg = sx.unwrap(d.child_by_field_name("argument")) if d.type == "unary_expression" else None
            negated = d.type == "unary_expression" and ctx.text(d.child_by_field_name("operator")) == "!"
            if (
                negated
                and arg is not None
                and ctx.text(arg) == name
                and sx.exits(ctx.src, stmt.child_by_field_name("consequence"))
            ):
                return True
    return False


# an ORM relation set by the record's own id (`berth: berth.id`, MikroORM or Drizzle naming the relation)
_ID_PROPERTY = re.compile(r"^_?id$")

_SIGN_OUT = re.compile(r"(?i)sign_?out|log_?out")


_CALLBACK_ROUTE = re.compile(r"(^|/)callbacks?/")
# what turns `state` into a trusted value: a signature or a seal checked, or a cookie it is compared with
_STATE_TRUST = re.compile(r"(?i)verif|decrypt|unseal|jwt|sign|hmac|cookie")


def _oauth_state_target(ctx: FileContext, ep: EntryPoint) -> bool:
    """An OAuth callback route (`api/auth/google/calendar/callback/route.ts`) that stores what it got
    into a row named by the `state` query value (`const { code, state: providerId } = ...; upsert({
    where: { providerId } })`, `const [orgId] = state.split("|")`) with no session read, no cookie it is
    matched with and no signature checked: the caller picks whose integration is connected (their own
    provider account wired into anyone's record). Not a sign-in step, whatever its folder says."""
    if ep.kind not in ("route", "pages-api") or not _CALLBACK_ROUTE.search(ep.path.lower()):
        return False
    src, fn = ctx.src, ep.fn.node
    text = src[fn.start_byte : fn.end_byte]
    if b"state" not in text or _STATE_TRUST.search(text.decode("utf-8", "replace")):
        return False
    state: set[str] = set()
    decls = list(sx.find(fn, ("variable_declarator",), into_functions=False))
    for d in decls:
        name, value = d.child_by_field_name("name"), d.child_by_field_name("value")
        if name is None or value is None:
            continue
        if name.type == "object_pattern":
            for part in name.named_children:
                if part.type == "shorthand_property_identifier_pattern" and ctx.text(part) == "state":
                    state.add("state")
                elif part.type == "pair_pattern" and ctx.text(part.child_by_field_name("key")) == "state":
                    state.update(sx.pattern_names(src, part.child_by_field_name("value")))
        elif re.search(r"""\.get\(\s*["']state["']\s*\)|\.query\.state\b""", ctx.text(value)):
            state.update(sx.pattern_names(src, name))
    if not state:
        return False
    for _ in range(2):  # `const [orgId, locationId] = state.split("|")`, `const parsed = JSON.parse(state)`
        for d in decls:
            value = d.child_by_field_name("value")
            if value is not None and identifiers(src, value) & state and value.type != "await_expression":
                state.update(sx.pattern_names(src, d.child_by_field_name("name")))
    flow = ctx.flow(ep)
    if any(ev.state.session or ev.state.fetched or ev.state.auth is not None for ev in flow.events):
        return False
    return any(
        ev.kind == "db"
        and ev.op is not None
        and ev.op.kind == "write"
        and mentions_any(src, [ev.op.chain, *ev.op.args], state)
        for ev in flow.events
    )


_COOKIE_READ = re.compile(r"(?i)cookie\w*(\(\))?\)?\s*\.get\(")


def _oauth_cookie_target(ctx: FileContext, ep: EntryPoint) -> Event | None:
    """An OAuth callback route that writes into a row picked by a value read from a cookie as it is
    (`where: { id: jar.get("qb_org")?.value }`) before anyone signed in is checked: a cookie is the
    caller's to set, so the caller picks whose record gets the connection (a `state` matched with another
    cookie stops a forged redirect, not this; nor is the provider's answer to the code, which vouches for
    the caller's account there, not here). The write, or None. A cookie read through a verify or unseal step is a value
    the server signed, not this."""
    if ep.kind not in ("route", "pages-api") or not _CALLBACK_ROUTE.search(ep.path.lower()):
        return None
    src, fn = ctx.src, ep.fn.node
    if b"cookie" not in src[fn.start_byte : fn.end_byte].lower():
        return None
    picked: set[str] = set()
    jars: set[str] = set()  # (`const jar = await cookies()`)
    codes: set[str] = set()  # the provider's `code` and what exchanging it answered (`tokens`): its account only
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        name, value = d.child_by_field_name("name"), d.child_by_field_name("value")
        if name is None or value is None:
            continue
        if re.search(r"""\.get\(\s*["']code["']\s*\)""", ctx.text(value)) or identifiers(src, value) & codes:
            codes.update(sx.pattern_names(src, name))
        if name.type != "identifier":
            continue
        calls = sx.find(value, ("call_expression",))
        names = {sx.last_name(sx.callee_name(src, c)) for c in calls}
        if names == {"cookies"}:
            jars.add(ctx.text(name))
            continue
        if not names <= {"get", "cookies"}:
            continue  # (read through a verify or unseal step, or worked on)
        for c in calls:
            callee = sx.strip_types(c.child_by_field_name("function"))
            jar = (
                callee.child_by_field_name("object")
                if callee is not None and callee.type == "member_expression"
                else None
            )
            if jar is not None and (ctx.text(jar) in jars or _COOKIE_READ.search(ctx.text(callee) + "(")):
                picked.add(ctx.text(name))
    if not picked:
        return None
    return next(
        (
            ev
            for ev in ctx.flow(ep).events
            if ev.kind == "db"
            and ev.op is not None
            and ev.op.kind == "write"
            # (nobody signed in, or only the provider's answer to the code taken for a sign-in)
            and (
                (ev.state.auth is None and not ev.state.session | ev.state.fetched)
                or (bool(ev.state.session | ev.state.fetched) and not (ev.state.session | ev.state.fetched) - codes)
            )
            and ev.op.api == "prisma"
            and ev.op.args
            and mentions_any(src, [object_keys(src, ev.op.args[0]).get("where") or ev.op.args[0]], picked)
        ),
        None,
    )


def _unchecked_sign_out(ctx: FileContext, ep: EntryPoint) -> bool:
    """`signOutEverywhere`: `const { userId } = await ensureSignedIn()` never checked, then
    `session.deleteMany({ where: { userId: userId ?? undefined } })`. With nobody signed in the filter
    is empty and every row goes: a write over many rows keyed by a session value no check proved there."""
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    if not _SIGN_OUT.search(name):
        return False
    for ev in ctx.flow(ep).events:
        op = ev.op
        if ev.kind != "db" or op is None or op.kind != "write" or ev.state.auth is not None:
            continue
        if op.verb.endswith("Many") and ev.state.fetched and mentions_any(ctx.src, op.args, ev.state.fetched):
            return True
        # `User.findByIdAndUpdate(data.userId, { active: false })`: the caller names whose row it changes,
        # and nobody is checked; signing out is the caller's own business, this is anyone's
        if ev.state.client and mentions_any(ctx.src, op.args, ev.state.client):
            return True
    return False


def _nested_pairs(ctx: FileContext, data: Node) -> Iterator[tuple[str, Node]]:
    for pair in sx.find(data, ("pair",), into_functions=False):
        value = pair.child_by_field_name("value")
        if value is not None:
            yield ctx.text(pair.child_by_field_name("key")), value


def _intake_upload(ctx: FileContext, ev: Event, intake: bool) -> bool:
    """The file a limited public form takes (a résumé stored before the application row is filed),
    uploaded past the same limit with no session: part of the form, not a change to anyone's data."""
    if not intake or ev.kind != "store" or not (ev.state.rate_limited) or ev.state.session or ev.state.fetched:
        return False
    if is_store_upload(ctx.module, ev.node, ev.callee):
        return True
    target = ctx.analyzer.target(ctx.module, ev.node) if ev.node.type == "call_expression" else None
    if target is None or target.body is None:
        return False
    return any(
        is_store_upload(target.module, c, sx.callee_name(target.module.src, c))
        for c in sx.find(target.body, ("call_expression",))
    )


# A module of the password-reset pages (`app/auth/reset-password/[[...token]]/action.ts`, `forgot-password/`);
# not under a route value (`users/[id]/reset-password/`: someone's password, by an administrator)
_RESET_MODULE = re.compile(r"(?i)(^|/)(?<!\]/)(forgot[-_]?password|reset[-_]?password|password[-_]?reset)/")


def _reset_page_step(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """An action of the password-reset pages (the request for a link, a security-question step), whatever
    it is called: with no session read anywhere, nothing stored, run or relayed, and every row it reads or
    changes found by what the caller typed (the address, the answers), never by a row id the caller
    sends: the signed-out user's way back in, an authentication entry point by where it is and what it
    touches. A row picked by a client-sent id (`person.delete({ where: { id: personId } })`) is not that."""
    if ep.kind not in ("action", "safe-action") or not _RESET_MODULE.search(ep.fn.module.path):
        return False
    dbs = 0
    for ev in flow.events:
        if ev.kind in ("store", "exec", "fs", "relay") or ev.state.session or ev.state.fetched:
            return False
        op = ev.op
        if ev.kind != "db" or op is None:
            continue
        dbs += 1
        for arg in [op.chain, *op.args] if op.api != "helper" else _helper_filter_args(ctx.src, op):
            names = identifiers(ctx.src, arg, into_functions=True)
            if not names & ev.state.client:
                continue
            props = {ctx.text(n) for n in sx.find(arg, ("property_identifier", "shorthand_property_identifier"))}
            if any(_ROW_ID.search(n) for n in names | props):
                return False
    return dbs > 0


def _helper_filter_args(src: bytes, op: DbOp) -> list[Node]:
    """What a project helper's call hands to the filter of its query (`{ email }` of `checkAnswers({ email,
    answers })`): what picks its rows, not what it only compares or writes."""
    if op.picks is not None:
        return op.picks
    uses = op.filter_uses if op.filter_uses is not None else op.param_uses
    out: list[Node] = []
    for i, arg in enumerate(sx.call_args(op.call)):
        if i not in uses:
            continue
        node = sx.unwrap(arg)
        if op.filter_names is not None and node is not None and node.type == "object":
            # (a destructured parameter: only the properties bound to names its filter reads)
            out.extend(v for k, v in object_keys(src, node).items() if k in op.filter_names)
            continue
        out.append(arg)
    return out


def _link_request(ctx: FileContext, events: list[Event], ev: Event) -> bool:
    """A rate-limited write that stores only a mailed link's hash (and server values such as a timestamp):
    a magic-link or reset request, an authentication entry point by what it does. A write that also
    stores what the caller sent is not only that."""
    if ev.kind != "db" or ev.op is None or ev.op.kind != "write":
        return False
    if not (ev.state.rate_limited or _mails_sign_in_link(ctx, events, ev) or _stores_fresh_code(ctx, ev)):
        return False
    if not mailed_link_token(ctx, events, ev):
        return False
    for value in written_values(ctx, ev.op):
        if not hashed_names(ctx, value) and identifiers(ctx.src, value) & ev.state.client:
            return False
    return True


# a counter bumped by one: `up = up + 1` in SQL, `{ increment: 1 }` in Prisma
_BUMP_SQL = re.compile(r"\b(\w+)\s*=\s*\1\s*[+-]\s*1\b")
_BUMP_PRISMA = re.compile(r"^\{\s*(increment|decrement)\s*:\s*1\s*\}$")


def _page_counter_vote(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """An inline action of a public page that bumps a counter of the row its page shows, picked by the
    page's own route value the server closed over (`update article_votes set up = up + 1 where slug =
    ${slug}`): an anonymous "was this helpful" vote, a public form. A row picked by what the caller
    sends is not."""
    op = ev.op
    if ep.kind != "inline-action" or ev.kind != "db" or op is None or op.kind != "write":
        return False
    if op.api == "sql":
        text = ctx.text(op.chain)
        parts = re.split(r"(?i)\bwhere\b", text, maxsplit=1)
        if len(parts) < 2 or not _BUMP_SQL.search(text) or re.search(r"(?i)\b(insert|delete)\b", parts[0]):
            return False
        subs = re.findall(r"\$\{([^}]*)\}", parts[1])
        picked = {n for sub in subs for n in re.findall(r"[A-Za-z_$][\w$]*", sub)}
        return bool(picked) and not picked & ev.state.client
    if op.api != "prisma" or op.verb != "update" or not op.args:
        return False
    opts = object_keys(ctx.src, op.args[0])
    where = opts.get("where")
    if where is None or not _bumps(ctx, opts.get("data")):
        return False
    refs = identifiers(ctx.src, where, into_functions=True)
    return bool(refs) and not refs & ev.state.client


# what a page view (or a click on a shared link) counts: `viewCount`, `views`, `clicks`, `impressions`; also
# named for the act in the past tense, `visited`, `timesViewed` (not `liked`: a vote)
_VIEW_COUNTER = re.compile(
    r"(?i)^(view|visit|click|impression|hit|open|play|download)s?(_?count)?$|^(view|visit|click|download)_?total$"
    r"|^(times_?)?(view|visit|click|download|play)ed(_?count|_?times)?$"
)


# a visitor's report of an item of a public listing (`reportImage`, `flagComment`), not a report made
# (`generateReport`) nor one of people (`reportUser`: an account's moderation)
_REPORT_ACTION = re.compile(
    r"(?i)^(report|flag)_?(this_?|an?_?)?(image|photo|picture|video|post|comment|review|listing|message|content)$"
)
# the counter such a button adds one to: `reports`, `report_count`, `flagCount`
_REPORT_COUNTER = re.compile(r"(?i)^(reports?|flags?|flagged)(_?count|_?total)?$")


def _report_bump(ctx: FileContext, ev: Event) -> bool:
    """A public "report this image" button (`_REPORT_ACTION`, checked by the caller to be throttled by the
    caller's address with no session): its one write adds one to the item's report counter, nothing else
    (`UPDATE gallery SET reports = reports + 1 WHERE id = ?`, `data: { flagCount: { increment: 1 } }`).
    Whoever sees the item may report it, as anyone may send a contact form; hiding it or clearing the
    count is a moderator's act."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write":
        return False
    if op.api == "sql":
        text = ctx.text(op.chain)
        found = re.search(r"(?is)\bupdate\s+\w+\s+set\s+(.*?)\s+where\b", text)
        sets = [a.strip() for a in found.group(1).split(",")] if found else []
        bumps = [_BUMP_SQL.fullmatch(a) for a in sets]
        return bool(sets) and all(b is not None and _REPORT_COUNTER.match(b.group(1)) for b in bumps)
    if op.api != "prisma" or op.verb != "update" or not op.args:
        return False
    data = sx.unwrap(object_keys(ctx.src, op.args[0]).get("data"))
    values = object_keys(ctx.src, data) if data is not None and data.type == "object" else {}
    return bool(values) and all(_REPORT_COUNTER.match(k) and _BUMP_PRISMA.match(ctx.text(v)) for k, v in values.items())


def _read_through_cache(ctx: FileContext, ep: EntryPoint, ev: Event, events: list[Event]) -> bool:
    """`const stored = await findDepots(ref); if (!stored) { const answer = await fromCarrier(ref);
    await DepotList.create({ town: answer[0].town, depots: answer }) }`: a lookup that keeps what an outside
    API answered in the table it looked in first and found nothing: a cache of what the server fetched
    itself (as a Redis cache of it is), no change the caller makes, however anonymous. Only a new row, with
    no session read, of values taken from that answer alone (none the caller sent); an update, a row filed
    without looking first, or one keeping a value of the caller's is still a change."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or op.verb.lower() not in _CREATE_VERBS:
        return False
    if not op.model or ev.state.session or ev.state.fetched or len(op.data) != 1:
        return False
    looked: set[str] = set()  # the names the same table's earlier read is bound to
    for e in events:
        if e is ev:
            break
        if e.kind == "db" and e.op is not None and e.op.kind == "read" and e.op.model == op.model:
            looked |= _bound_names(ctx, e.node)
    fn = ep.fn.node
    if not looked or not _past_absence_test(ctx, fn, ev.node, looked):
        return False
    consts = dict(sx.const_values(ctx.src, fn))
    data = sx.unwrap(op.data[0])
    if data is not None and data.type == "identifier":
        data = consts.get(ctx.text(data))
    if data is None or data.type != "object":
        return False
    answers = {n for n, v in consts.items() if _outside_api_answer(ctx, ctx.module, v, 0)}
    inner = {
        p for f in sx.find(data, tuple(sx.FUNCTION_TYPES), into_functions=True) for p in sx.param_names(ctx.src, f)
    }
    names = identifiers(ctx.src, data, into_functions=True) - inner
    return bool(names & answers) and not (names - answers) & ev.state.client


def _past_absence_test(ctx: FileContext, fn: Node, node: Node, looked: set[str]) -> bool:
    """``node`` runs only when the lookup bound to ``looked`` found nothing: inside `if (!stored) {...}`
    (`stored == null`, `!stored?.length`), or after `if (stored) return stored`."""
    p: Node | None = node
    while p is not None and p is not fn:
        parent = p.parent
        if parent is not None and parent.type == "if_statement" and p == parent.child_by_field_name("consequence"):
            cond = sx.unwrap(parent.child_by_field_name("condition"))
            if _tests_absence(ctx, cond, looked):
                return True
        if parent is not None and parent.type == "statement_block":
            for stmt in parent.named_children:
                if stmt.start_byte >= p.start_byte:
                    break
                if stmt.type != "if_statement" or not sx.exits(ctx.src, stmt.child_by_field_name("consequence")):
                    continue
                cond = sx.unwrap(stmt.child_by_field_name("condition"))
                if cond is not None and cond.type == "identifier" and ctx.text(cond) in looked:
                    return True
        p = parent
    return False


def _tests_absence(ctx: FileContext, cond: Node | None, looked: set[str]) -> bool:
    """`!stored`, `!stored?.length`, `stored == null`: true when the lookup bound to ``looked`` found nothing."""
    if cond is None:
        return False
    text = ctx.text(cond)
    if cond.type == "unary_expression" and text.startswith("!") and cond.named_children:
        return sx.root_identifier(ctx.src, cond.named_children[0]) in looked
    found = re.fullmatch(r"(\w+)\s*===?\s*(null|undefined)", text)
    return cond.type == "binary_expression" and found is not None and found.group(1) in looked


# a call that asks an outside HTTP API: `fetch(url, ...)`, `axios.post(...)`, `ky.get(...)`
_HTTP_CALL = re.compile(r"^(fetch|axios|ky|got|ofetch|\$fetch)(\.(get|post|request))?$")


def _outside_api_answer(ctx: FileContext, mod: Module, value: Node | None, depth: int) -> bool:
    """``value`` is what an outside HTTP API answered: a `fetch` call, or a project helper's call whose
    body asks one (followed through the helpers it calls in turn)."""
    value = sx.unwrap(value)
    if value is None or value.type != "call_expression" or depth > 3:
        return False
    if _HTTP_CALL.match(mod.text(value.child_by_field_name("function"))):
        return True
    target = ctx.analyzer.target(mod, value)
    if target is None or target.body is None:
        return False
    return any(
        _outside_api_answer(ctx, target.module, call, depth + 1) for call in sx.find(target.body, ("call_expression",))
    )


def _view_count_bump(ctx: FileContext, ev: Event) -> bool:
    """`threads.update({ where: { incrementId }, data: { viewCount: { increment: 1 } } })`: an anonymous
    reader counted, as a tracking beacon does; whoever may read the row may count a view of it. Votes,
    likes and credits are not views."""
    return ev.kind == "db" and ev.op is not None and _bumps_views(ctx, ctx.module, ev.op, 0)


# Firestore's server-side bump: `FieldValue.increment(1)`, `admin.firestore.FieldValue.increment(1)`, `increment(1)`
_FIRESTORE_BUMP = re.compile(r"^(?:[\w.]*\.)?increment\(\s*1\s*\)$")
# a collection of visit counts: `link-tracker`, `page_views`, `clickStats`
_TRACKER_COLLECTION = re.compile(r"(?i)(view|visit|click|link|hit|impression)s?[-_]?(track|count|stat)|^(page)?views$")
_MONGOOSE_UPDATES = frozenset({"findByIdAndUpdate", "findOneAndUpdate", "updateOne", "updateMany"})
_BUMP_ONE = re.compile(r"^[+-]?1$")


def _bumps_views(ctx: FileContext, mod: Module, op: DbOp, depth: int) -> bool:
    if op.api == "mongoose" and op.kind == "write" and op.verb in _MONGOOSE_UPDATES:
        # `Resource.findByIdAndUpdate(id, { $inc: { viewCount: 1 } })`: the update is that one operator
        args = sx.call_args(op.call)
        update = sx.unwrap(args[1]) if len(args) > 1 else None
        updates = object_keys(mod.src, update) if update is not None and update.type == "object" else {}
        inc = sx.unwrap(updates.get("$inc")) if list(updates) == ["$inc"] else None
        counted = object_keys(mod.src, inc) if inc is not None and inc.type == "object" else {}
        return (
            bool(counted)
            and all(_VIEW_COUNTER.match(k) for k in counted)
            and all(_BUMP_ONE.match(mod.text(v)) for v in counted.values())
        )
    if op.api == "firestore" and op.kind == "write" and op.verb in ("update", "set") and len(op.data) == 1:
        # `transaction.update(ref, { count: doc.count + 1 })`, `ref.update({ views: FieldValue.increment(1) })`,
        # the first view `transaction.set(ref, { count: 1 })`: a bare `count` where the collection counts
        # visits (`link-tracker`, `pageViews`)
        data = sx.unwrap(op.data[0])
        values = object_keys(mod.src, data) if data is not None and data.type == "object" else {}
        return bool(values) and all(
            (_VIEW_COUNTER.match(k) or (k == "count" and _TRACKER_COLLECTION.search(op.model)))
            and (
                _FIRESTORE_BUMP.match(mod.text(v))
                or (op.verb == "update" and _plus_one_of(mod, k, v))
                or (op.verb == "set" and mod.text(v) == "1")
            )
            for k, v in values.items()
        )
    if op.api == "helper" and op.kind == "write":  # followed into the project helper that writes
        # (whatever the verb it inherited: `transaction.set(ref, { count: 1 })` is a first view)
        target = ctx.analyzer.target(mod, op.call) if op.call.type == "call_expression" and depth < 4 else None
        ops = [o for o in ctx.analyzer.summary(target).ops if o.kind == "write"] if target is not None else []
        return bool(ops) and all(_bumps_views(ctx, target.module, o, depth + 1) for o in ops if target)
    if op.kind != "write" or op.verb not in ("update", "updateMany"):
        return False
    if op.api == "supabase":
        # `.update({ downloads_count: pkg.downloads_count + 1 })`: each counter set to its own value read, plus one
        data = sx.unwrap(op.data[0]) if len(op.data) == 1 else None
        values = object_keys(mod.src, data) if data is not None and data.type == "object" else {}
        return bool(values) and all(_VIEW_COUNTER.match(k) and _plus_one_of(mod, k, v) for k, v in values.items())
    if op.api == "drizzle":
        # `.set({ downloads: sql`${builds.downloads} + 1` })`: each counter set to its own column plus one
        data = sx.unwrap(op.data[0]) if len(op.data) == 1 else None
        values = object_keys(mod.src, data) if data is not None and data.type == "object" else {}
        return bool(values) and all(_VIEW_COUNTER.match(k) and _column_plus_one(mod, k, v) for k, v in values.items())
    if op.api != "prisma" or not op.args:
        return False
    data = sx.unwrap(object_keys(mod.src, op.args[0]).get("data"))
    values = object_keys(mod.src, data) if data is not None and data.type == "object" else {}
    return (
        bool(values)
        and all(_VIEW_COUNTER.match(k) for k in values)
        and all(_BUMP_PRISMA.match(mod.text(v)) for v in values.values())
    )


def _column_plus_one(mod: Module, key: str, value: Node) -> bool:
    """`sql`${builds.downloads} + 1`` for the key `downloads`: the column itself, plus one, in SQL."""
    node = sx.unwrap(value)
    if node is None or node.type != "call_expression" or mod.text(node.child_by_field_name("function")) != "sql":
        return False
    tpl = node.child_by_field_name("arguments")
    if tpl is None or tpl.type != "template_string":
        return False
    subs = [c for c in tpl.named_children if c.type == "template_substitution"]
    if len(subs) != 1:
        return False
    column = sx.unwrap(subs[0].named_children[0]) if subs[0].named_children else None
    rest = mod.src[subs[0].end_byte : tpl.end_byte - 1].decode(errors="replace").strip()
    head = mod.src[tpl.start_byte + 1 : subs[0].start_byte].strip()
    return (
        not head
        and rest == "+ 1"
        and column is not None
        and column.type == "member_expression"
        and mod.text(column.child_by_field_name("property")) == key
    )


def _plus_one_of(mod: Module, key: str, value: Node) -> bool:
    """`row.downloads_count + 1` (also `(row.downloads_count ?? 0) + 1`) for the key `downloads_count`."""
    node = sx.unwrap(value)
    if node is None or node.type != "binary_expression" or mod.text(node.child_by_field_name("operator")) != "+":
        return False
    if mod.text(node.child_by_field_name("right")) != "1":
        return False
    left = sx.unwrap(node.child_by_field_name("left"))
    if (
        left is not None
        and left.type == "binary_expression"
        and mod.text(left.child_by_field_name("operator"))
        in (
            "??",
            "||",
        )
    ):
        left = sx.unwrap(left.child_by_field_name("left"))
    if left is None or left.type != "member_expression":
        return False
    return mod.text(left.child_by_field_name("property")) == key


def _bumps(ctx: FileContext, data: Node | None) -> bool:
    """`{ helpful: { increment: 1 } }`, or a choice between such (`up ? { a: ... } : { b: ... }`)."""
    node = sx.unwrap(data)
    if node is None:
        return False
    if node.type == "ternary_expression":
        return _bumps(ctx, node.child_by_field_name("consequence")) and _bumps(
            ctx, node.child_by_field_name("alternative")
        )
    values = object_keys(ctx.src, node) if node.type == "object" else {}
    return bool(values) and all(_BUMP_PRISMA.match(ctx.text(v)) for v in values.values())


# a mail helper named for the sign-in link it sends (`sendMagicLinkEmail`, `sendLoginLink`)
_SIGN_IN_MAIL = re.compile(r"(?i)(magic_?link|login_?link|sign_?in_?link)")


def _session_for_client(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """`lucia.createSession(userId)` for a user id the caller sent, its cookie then set, with no check
    of any kind before it: the caller signs in as whoever they name. Making a session is a write; a
    sign-in step earns it by a credential or code checked first (an exit on a failed test), which
    this is not. Returns the call."""
    src, fn = ctx.src, ep.fn.node
    if src.find(b"createSession", fn.start_byte, fn.end_byte) == -1 or flow.final.auth is not None:
        return None
    calls = sx.find(fn, ("call_expression",), into_functions=False)
    for call in calls:
        callee = sx.callee_name(src, call)
        if "." not in callee or sx.last_name(callee) != "createSession":
            continue
        if ctx.analyzer.target(ctx.module, call) is not None:
            continue  # a project function of that name is the project's, whatever it does
        args = sx.call_args(call)
        if not args or not identifiers(src, args[0]) & flow.final.client:
            continue
        if not any(c.start_byte > call.end_byte and "cookie" in sx.callee_name(src, c).lower() for c in calls):
            continue  # (a session handed back to a trusted caller, not set in this caller's browser)
        if any(
            s.end_byte <= call.start_byte and sx.exits(src, s.child_by_field_name("consequence")) is not None
            for s in sx.find(fn, ("if_statement",), into_functions=False)
        ):
            continue  # a test that refuses first: a code, a password or a pending token checked
        return call
    return None


# what a sign-in checks, or hands on to be checked: a password, a code, a token, a signed assertion
_CREDENTIAL_WORD = re.compile(
    r"(?i)pass(word|wd|code|key|phrase)|hash|token|otp|code|secret|signature|assertion|credential|saml|jwt|"
    r"nonce|challenge|webauthn|verif|validat|authenticat|compare|check|captcha|ticket|grant"
)


# who the session is of, by another name (`session.memberId`)
_SIGNED_IN_PERSON_KEY = re.compile(r"(?i)(user|member|account|person|customer|profile|player|student)_?id$")


def _credential_free_sign_in(ctx: FileContext, ep: EntryPoint) -> Node | None:
    """An entry point named a sign-in (`loginUser(email, uid)`) that writes who the caller is into its cookie
    session (`session.userId = user._id; session.isLoggedIn = true; await session.save()`) for an account
    found or made from what the caller sent, while nothing in it names a credential (no password, code or
    token among its parameters, values or calls): no sign-in step, the caller picks the account. Returns the
    save."""
    src, fn = ctx.src, ep.fn.node
    params = set(ep.fn.params)
    if not params or src.find(b".save(", fn.start_byte, fn.end_byte) == -1:
        return None
    words = [sx.text(src, n) for n in sx.walk(fn) if n.type in ("identifier", "property_identifier", "string_fragment")]
    if any(_CREDENTIAL_WORD.search(w) for w in words):
        return None
    if deployment.closed_in_production(ep.fn.module.src, fn):
        return None
    sessions_ = ctx.flow(ep).final.fetched
    # the locals made from the caller's values (`user` of `getUserBySalesforceUid(uid)`), in source order
    derived = set(params)
    for n in sx.find(fn, ("variable_declarator", "assignment_expression"), into_functions=False):
        declared = n.type == "variable_declarator"
        target = n.child_by_field_name("name" if declared else "left")
        value = n.child_by_field_name("value" if declared else "right")
        made = value is not None and bool(identifiers(src, value) & derived)
        if made and target is not None and target.type == "identifier":
            derived.add(sx.text(src, target))
    written = None
    for a, key, right in _session_field_writes(ctx, fn, sessions_):
        if (_IDENTITY_FIELD.match(key) or _SIGNED_IN_PERSON_KEY.search(key)) and identifiers(src, right) & derived:
            written = a
            break
    if written is None:
        return None
    return next(
        (
            c
            for c in sx.find(fn, ("call_expression",), into_functions=False)
            if c.start_byte > written.end_byte
            and sx.callee_name(src, c).endswith(".save")
            and sx.callee_name(src, c).rsplit(".", 1)[0] in sessions_
        ),
        None,
    )


# session fields that say who the caller is or what they may do (a theme or a last tab says neither)
_IDENTITY_FIELD = re.compile(
    r"(?i)^(user|user_?id|uid|id|email|account_?id|tenant_?id|org(anization)?_?id|team_?id|is_?logged_?in|"
    r"is_?admin|role|roles|permissions)$"
)


def _session_field_writes(ctx: FileContext, fn: Node, sessions_: set[str]) -> Iterator[tuple[Node, str, Node]]:
    """`session.userId = value` in ``fn`` (not in the functions it nests) on a session local it
    fetched: each assignment, the field's name and the value written."""
    for a in sx.find(fn, ("assignment_expression",), into_functions=False):
        left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
        if left is None or right is None or left.type != "member_expression":
            continue
        obj, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
        if obj is None or prop is None or ctx.text(obj) not in sessions_:
            continue
        yield a, ctx.text(prop), right


def _session_written_by_client(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """`Object.assign(session, data); await session.save()` (or `session.userId = userId`) on a cookie
    session (iron-session) fetched and never checked, with what the caller sent: the caller seals into its
    own cookie whichever account it names. A preference (`session.theme = theme`) is no such; a session
    written past a test that refuses (a password or code checked) is a sign-in step. Returns the save."""
    src, fn = ctx.src, ep.fn.node
    sessions_ = flow.final.fetched
    if not sessions_ or flow.final.auth is not None or src.find(b".save(", fn.start_byte, fn.end_byte) == -1:
        return None
    client = flow.final.client | set(ep.fn.params)
    calls = sx.find(fn, ("call_expression",), into_functions=False)
    saves = [
        c
        for c in calls
        if (callee := sx.callee_name(src, c)).endswith(".save")
        and callee.rsplit(".", 1)[0] in sessions_
        and not sx.call_args(c)
    ]
    if not saves:
        return None
    written: list[Node] = []  # where the caller's values go into the session
    for c in calls:
        args = sx.call_args(c)
        if (
            sx.callee_name(src, c) == "Object.assign"
            and len(args) >= 2
            and ctx.text(args[0]) in sessions_
            and any(identifiers(src, a) & client for a in args[1:])
        ):
            written.append(c)
    for a, key, right in _session_field_writes(ctx, fn, sessions_):
        if _IDENTITY_FIELD.match(key) and (identifiers(src, right) & client or _bare_client_value(ctx, right, client)):
            written.append(a)
    for w in written:
        save = next((c for c in saves if c.start_byte > w.end_byte), None)
        if save is None:
            continue
        if any(
            st.end_byte <= w.start_byte and sx.exits(src, st.child_by_field_name("consequence")) is not None
            for st in sx.find(fn, ("if_statement",), into_functions=False)
        ):
            continue  # a test that refuses first: a code, a password or a pending token checked
        return save
    return None


_IMPERSONATION = re.compile(r"(?i)impersonat")


def _impersonation_cookie_for_client(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """`(await cookies()).set("kp_impersonate", userId)` with the user id the caller sent and no check
    that holds before it: the caller browses as whoever they name. No row is written (the cookie is the
    operation), so it is judged by the cookie's name; a preference cookie (`locale`) is no such, nor an
    impersonation cookie cleared or set to a fixed value. Returns the call."""
    src, fn = ctx.src, ep.fn.node
    if src.find(b"mpersonat", fn.start_byte, fn.end_byte) == -1 or flow.final.auth is not None:
        return None
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        if sx.last_name(callee) != "set" or not ("cookie" in callee.lower() or _is_cookie_jar(ctx, fn, callee)):
            continue
        args = sx.call_args(call)
        if len(args) < 2 or not _IMPERSONATION.search(ctx.text(args[0])):
            continue
        if identifiers(src, args[1]) & flow.final.client or _bare_client_value(ctx, args[1], flow.final.client):
            return call
    return None


def _is_cookie_jar(ctx: FileContext, fn: Node, callee: str) -> bool:
    """`jar.set(...)` with `const jar = await cookies()` in the same body."""
    target = callee.rsplit(".", 1)[0] if "." in callee else ""
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        jar = value is not None and value.type == "call_expression" and sx.callee_name(ctx.src, value) == "cookies"
        if jar and target in sx.pattern_names(ctx.src, d.child_by_field_name("name")):
            return True
    return False


# a value drawn at random: `Math.random()`, `randomInt(...)`, `randomBytes(32)`, `crypto.randomUUID()`, `nanoid()`
_RANDOM_CALL = re.compile(r"(?i)^(random\w*|nanoid|customAlphabet|generate(Random\w*|(Otp|Code|Token|Pin)\w*))$")


# where a sign-in code is kept: `pickup_pin`, `otpHash`, `login_code`, `magicLinkToken` (not `share_token`)
_CODE_WORDS = frozenset({"pin", "otp", "passcode"})
_CODE_KINDS = frozenset({"login", "signin", "magic", "link", "verification", "time", "access"})


def _sign_in_code_column(column: str) -> bool:
    ws = [w.lower() for w in vocab.words(column)]
    while ws and ws[-1] in ("hash", "hashed", "digest"):
        ws = ws[:-1]
    if ws and ws[-1] in _CODE_WORDS:
        return True
    return len(ws) >= 2 and ws[-1] in ("code", "token") and (ws[-2] in _CODE_KINDS or "".join(ws[-3:-1]) == "signin")


def _written_column(ctx: FileContext, value: Node) -> str:
    """The column a written value goes to: its key in a data object, or the name before `=` in SQL text."""
    parent = value.parent
    if parent is not None and parent.type == "pair":
        return ctx.text(parent.child_by_field_name("key")).strip("\"'")
    if parent is not None and parent.type == "template_substitution" and parent.parent is not None:
        before = ctx.src[parent.parent.start_byte : parent.start_byte].decode("utf-8", "replace")
        found = re.search(r"\"?(\w+)\"?\s*=\s*$", before)
        return found.group(1) if found else ""
    return ""


def _stores_fresh_code(ctx: FileContext, ev: Event) -> bool:
    """The write stores the hash of a code the endpoint drew at random itself (`const code =
    String(Math.floor(100000 + Math.random() * 900000))`, then `pickup_pin = ${hashToken(code)}`): the request
    step of a sign-in by a mailed code, whatever its helper is called (whether it is rate limited is
    missing-rate-limit's concern; its mail is tested by the caller)."""
    assert ev.op is not None
    fn = sx.enclosing_function(ev.node)
    if fn is None:
        return False
    hashed: set[str] = set()
    for value in written_values(ctx, ev.op):
        names = hashed_names(ctx, value)
        if names and not _sign_in_code_column(_written_column(ctx, value)):
            return False  # (`share_token`: a link handed out, not a code to sign in with)
        hashed |= names
    if not hashed:
        return False
    for name in hashed:
        values = [
            d.child_by_field_name("value")
            for d in sx.find(fn, ("variable_declarator",), into_functions=False)
            if ctx.text(d.child_by_field_name("name")) == name and d.end_byte <= ev.node.start_byte
        ]
        if len(values) != 1 or values[0] is None or identifiers(ctx.src, values[0]) & ev.state.client:
            return False
        if not any(
            _RANDOM_CALL.match(sx.last_name(sx.callee_name(ctx.src, c)))
            for c in sx.find(values[0], ("call_expression",))
        ):
            return False
    return True


def _mails_sign_in_link(ctx: FileContext, events: list[Event], ev: Event) -> bool:
    """A later mail sent through a helper named for a sign-in link: the request step of a magic-link
    sign-in, an authentication entry point (whether it is rate limited is missing-rate-limit's concern)."""
    return any(
        e.kind == "email"
        and e.node.start_byte > ev.node.start_byte
        and e.node.type == "call_expression"
        and _SIGN_IN_MAIL.search(sx.callee_name(ctx.src, e.node))
        for e in events
    )


def _authenticated_usage(ctx: FileContext) -> tuple[set[str], set[str]]:
    """What this module's entry points do past a sign-in check: the project helpers whose reads they
    run (`getOrdersClient = authAction.action(() => getOrders())`) and the models they write."""
    helpers: set[str] = set()
    written: set[str] = set()
    for ep in ctx.entry_points:
        flow = ctx.flow(ep)
        for ev in flow.events:
            if ev.kind != "db" or ev.op is None or ev.state.auth is None:
                continue
            if ev.op.kind == "write" and ev.op.model:
                written.add(ev.op.model.lower())
            elif ev.op.helper is not None and ev.op.kind == "read" and _sent_back(ctx, flow, ev):
                helpers.add(ev.op.helper)  # (its rows handed on: a wrapper of it, not a lookup before a write)
    return helpers, written


def _private_by_usage(ctx: FileContext, ep: EntryPoint, ev: Event, usage: list[tuple[set[str], set[str]]]) -> bool:
    """An exported read that a sibling entry point of its module runs only past a sign-in check (the
    author's signed-in wrapper of it, `getOrdersClient`), of a model those signed-in entry points write:
    its rows are for signed-in users, and the unwrapped export hands them to anyone. A catalogue read
    (public filter, listing fields) and reference data nobody here writes (countries) stay public."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "read" or op.helper is not None or not op.model:
        return False
    if any(_VISIBLE_ONLY.search(ctx.text(a)) for a in op.args) or tenancy.catalogue_read(
        ctx.src, ctx.analyzer.program, op
    ):
        return False
    if not usage:
        usage.append(_authenticated_usage(ctx))
    helpers, written = usage[0]
    wrapped = ep.fn.name in helpers and op.model.lower() in written
    if not (wrapped or ep.kind == "action"):
        return False
    if _presence_only(ctx, ep, ev.node) or not _sent_back(ctx, ctx.flow(ep), ev):
        return False
    return wrapped or _guarded_by_its_folder(ctx, ep, ev)  # (the folder's reading last: it costs the most)


def _guarded_by_its_folder(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """An exported read of a use-server file whose folder's other actions read the same table only past a
    sign-in check (`getStores` checking permissions, then `getStoreById(id)` checking nothing, both under
    `actions/store/`): the author holds those rows to signed-in users, and this one export hands them to
    anyone. Not where any other action of the folder (or of its own file) touches the table with no check:
    the folder serves it openly. Nor a count, a yes/no, or a read the author marks public."""
    op = ev.op
    assert op is not None and op.model is not None
    if ep.kind != "action" or ctx.module.directive != "use server" or _PUBLIC_NAME.search(ep.fn.name or ""):
        return False
    if (
        _no_rows_read(ctx, op)
        or _published_only(ctx, op)
        or _public_face_read(ctx, op)
        or _public_group_read(ctx, ep, ev)
        or _answers_a_flag_only(ctx, ep)
        or _answers_yes_no(ctx, ep)
    ):
        return False
    model = op.model.lower()
    for other in ctx.entry_points:
        if other.fn.node.id != ep.fn.node.id and model in _models_touched(ctx, other, signed_in=False):
            return False
    guarded, open_ = _folder_usage(ctx)
    return model in guarded and model not in open_


# an export named as what anyone may read (`getPublicProfile`, `publicListing`)
_PUBLIC_NAME = re.compile(r"(?i)public|published|shared")
# drizzle's aggregate helpers: a select of only these answers figures, no row
_AGGREGATES = frozenset({"count", "sum", "avg", "min", "max", "countDistinct", "sumDistinct", "avgDistinct"})


def _no_rows_read(ctx: FileContext, op: DbOp) -> bool:
    """A read answering no row: discarded, no field picked, or only counts and sums."""
    return (
        _discarded_read(op)
        or _selects_nothing(ctx, op)
        or _site_wide_count(ctx, op)
        or _sql_counts_only(ctx, op)
        or _aggregates_only(ctx, op)
    )


def _aggregates_only(ctx: FileContext, op: DbOp) -> bool:
    """`db.select({ n: count() }).from(t)`: every field chosen is an aggregate."""
    if op.api != "drizzle":
        return False
    for call in sx.find(op.chain, ("call_expression",)):
        if sx.last_name(sx.callee_name(ctx.src, call)) != "select":
            continue
        args = sx.call_args(call)
        fields = object_keys(ctx.src, args[0]) if args and sx.unwrap(args[0]) is not None else {}
        values = [sx.unwrap(v) for v in fields.values()]
        return bool(values) and all(v is not None and _aggregate_value(ctx, v) for v in values)
    return False


# `sql<number>\`count(*)\``, `sql\`sum(${t.amount})::int\``: an aggregate written as SQL text
_SQL_AGGREGATE = re.compile(r"(?is)^`\s*(count|sum|avg|min|max)\s*\([^`]*\)(\s*::\s*\w+)?\s*`$")


def _aggregate_value(ctx: FileContext, v: Node) -> bool:
    """A drizzle select field answering a figure: `count()`, `sum(t.x)`, or the same as `sql` text."""
    if v.type != "call_expression":
        return False
    name = sx.last_name(sx.callee_name(ctx.src, v))
    if name in _AGGREGATES:
        return True
    tmpl = v.child_by_field_name("arguments")
    return (
        name == "sql"
        and tmpl is not None
        and tmpl.type == "template_string"
        and bool(_SQL_AGGREGATE.match(ctx.text(tmpl)))
    )


def _models_touched(ctx: FileContext, ep: EntryPoint, signed_in: bool) -> set[str]:
    """The tables (lower case) ``ep`` reads or writes past a sign-in check (``signed_in``: only reads whose
    rows go back) or with none."""
    flow = ctx.flow(ep)
    out: set[str] = set()
    for ev in flow.events:
        op = ev.op
        if ev.kind != "db" or op is None or not op.model or (ev.state.auth is not None) != signed_in:
            continue
        if signed_in and (op.kind != "read" or op.helper is not None or not _sent_back(ctx, flow, ev)):
            continue
        if not signed_in and op.kind == "read" and (_no_rows_read(ctx, op) or not _sent_back(ctx, flow, ev)):
            continue  # (a count or a lookup kept inside serves no row openly)
        out.add(op.model.lower())
    return out


def _folder_usage(ctx: FileContext) -> tuple[set[str], set[str]]:
    """For the other use-server files of this file's folder: the tables their actions read and send back
    past a sign-in check, and the tables any of them touches with none (worked out once per folder)."""
    folder = posixpath.dirname(ctx.path)
    cache = ctx.analyzer.folder_usage
    # (kept per file and joined without the asking one: a folder worked out for its first asker must not
    # answer a later sibling with that sibling's own open reads, the very export being judged among them)
    per_file = cache.get(folder)
    if per_file is None:
        per_file = cache[folder] = {}  # (while it is worked out)
        program = ctx.analyzer.program
        for path in sorted(program.index.paths):
            if posixpath.dirname(path) != folder or not path.endswith(_SCRIPT_ENDINGS):
                continue
            mod = program.module(path)
            if mod is None or mod.directive != "use server":
                continue
            sub = FileContext(mod, ctx.analyzer, ctx.config, fixes=False)
            outer = sx.set_current(mod.parsed)
            guarded: set[str] = set()
            open_: set[str] = set()
            try:
                for other in sub.entry_points:
                    if other.kind != "action":
                        continue
                    guarded |= _models_touched(sub, other, signed_in=True)
                    open_ |= _models_touched(sub, other, signed_in=False)
            finally:
                sx.set_current(outer)
            per_file[path] = (guarded, open_)
    others = [v for k, v in per_file.items() if k != ctx.path]
    return set().union(*(g for g, _ in others)), set().union(*(o for _, o in others))


_SCRIPT_ENDINGS = (".ts", ".tsx", ".js", ".jsx", ".mts", ".mjs")


# A code a person types, read off a screen or a message: short, so checking it is a sign-in step
_SHORT_CODE_WORDS = frozenset({"pin", "passcode", "otp", "totp"})
_CODE_QUALIFIERS = frozenset({"pairing", "pair", "one", "time", "verification", "login", "device", "link", "linking"})
# What a device's or session's credential is minted from
_FRESH_SECRET = re.compile(r"(randomUUID|randomBytes|nanoid|createId|generate\w*(Token|Secret|Key))$")
_FRESH_WORDS = re.compile(r"randomUUID|randomBytes|nanoid|createId|generate\w*(Token|Secret|Key)")


def _typed_code(ctx: FileContext, node: Node | None, client: set[str]) -> bool:
    """`body.pairingCode`, `pin`: a client value that is a short code."""
    node = sx.strip_types(node)
    if node is None or node.type not in ("identifier", "member_expression"):
        return False
    ws = vocab.words(sx.last_name(ctx.text(node)))
    qualified = len(ws) > 1 and ws[-1] == "code" and set(ws[:-1]) <= _CODE_QUALIFIERS
    short = bool(ws) and (ws[-1] in _SHORT_CODE_WORDS or qualified)
    return short and sx.root_identifier(ctx.src, node) in client


def _code_exchange(ctx: FileContext, ep: EntryPoint, flow: Flow) -> tuple[int, set[str]] | None:
    """A one-time code exchanged for a credential (a device paired by the code its owner reads off a
    screen): the caller's short code compared with a stored row's (hashed) one, a mismatch turned away,
    then a fresh secret minted and handed over (a cookie, the answer). The check is the device's
    sign-in: where it ends, and the rows read to compare against."""
    fn = ep.fn.node
    src = ctx.src
    if fn is None or not flow.records or not _FRESH_WORDS.search(ctx.text(fn)):
        return None
    client = flow.final.client | flow.final.validated | set(ep.input_params)
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        compared: set[str] = set()
        for n in sx.find(stmt.child_by_field_name("condition") or stmt, ("binary_expression",)):
            if ctx.text(n.child_by_field_name("operator")) not in ("!==", "!="):
                continue
            left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
            for a, b in ((left, right), (right, left)):
                stored = sx.root_identifier(src, b)
                if stored in flow.records and _typed_code(ctx, guards.compared_origin(src, a, fn), client):
                    compared.add(stored)
        if not compared:
            continue
        minted = {
            n
            for d in sx.find(fn, ("variable_declarator",), into_functions=False)
            if d.start_byte > stmt.end_byte
            and (v := sx.unwrap(d.child_by_field_name("value"))) is not None
            and v.type == "call_expression"
            and _FRESH_SECRET.search(sx.callee_name(src, v))
            for n in sx.pattern_names(src, d.child_by_field_name("name"))
        }
        handed = any(
            (callee.endswith("cookies.set") or callee.endswith(".json") or callee == "json")
            and identifiers(src, c) & minted
            for c in sx.find(fn, ("call_expression",), into_functions=False)
            if c.start_byte > stmt.end_byte and (callee := sx.callee_name(src, c))
        )
        return (stmt.end_byte, compared) if handed else None
    return None


def _uploadthing_mounted(ctx: FileContext) -> bool:
    """A route of the project serves an uploadthing FileRouter (`export const { GET, POST } =
    createRouteHandler({ router })`, the older `createNextRouteHandler`)."""
    program = ctx.analyzer.program

    def mounted() -> bool:
        return any(
            ("/route." in path or "pages/api/" in path)
            and (
                b"createRouteHandler" in data
                or b"createNextRouteHandler" in data
                or b"createNextPageApiHandler" in data
            )
            for path, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b"uploadthing")
        )

    return tree_fact(program.tree, "uploadthing-mounted", mounted)


def _open_upload_routes(ctx: FileContext) -> Iterator[tuple[str, Node]]:
    """Each file route of an uploadthing FileRouter (`avatar: f({ image: {...} }).onUploadComplete(...)`, `f`
    made by `createUploadthing()`) whose chain calls no `.middleware(...)`: uploadthing runs a route's
    middleware before it accepts a file, and without one it accepts anyone's. (A chain with a middleware
    is left alone: what that middleware checks is its own code.)"""
    src = ctx.src
    program = ctx.analyzer.program
    source = program.import_source(ctx.module, "createUploadthing") or ""
    if not source.startswith("uploadthing"):
        return
    builders = {
        ctx.text(d.child_by_field_name("name"))
        for d in sx.find(ctx.module.parsed.root, ("variable_declarator",), into_functions=False)
        if (v := sx.unwrap(d.child_by_field_name("value"))) is not None
        and v.type == "call_expression"
        and sx.callee_name(src, v) == "createUploadthing"
    }
    for call in sx.find(ctx.module.parsed.root, ("call_expression",)):
        callee = sx.strip_types(call.child_by_field_name("function"))
        if callee is None or callee.type != "identifier" or ctx.text(callee) not in builders:
            continue
        methods: set[str] = set()
        node = call
        while (
            node.parent is not None
            and node.parent.type == "member_expression"
            and node.parent.parent is not None
            and node.parent.parent.type == "call_expression"
        ):
            methods.add(ctx.text(node.parent.child_by_field_name("property")))
            node = node.parent.parent
        if "middleware" in methods or not methods & {"onUploadComplete", "onUploadError"}:
            continue
        pair = node.parent
        key = pair.child_by_field_name("key") if pair is not None and pair.type == "pair" else None
        yield (ctx.text(key) if key is not None else "file route"), call


def check(ctx: FileContext) -> Iterator[Finding]:
    usage: list[tuple[set[str], set[str]]] = []  # found on first need
    if b"createUploadthing" in ctx.src and _uploadthing_mounted(ctx):
        for route, call in _open_upload_routes(ctx):
            yield ctx.finding(
                META,
                "unauthenticated",
                call,
                endpoint=f"uploadthing file route `{route}`",
                operation="accepts file uploads into the app's storage",
                sink=short(ctx.text(call), 40),
            )
    for ep in ctx.entry_points:
        yield from _check_entry(ctx, ep, usage)


def _open_action(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A read through a project function that is itself a server action open to anyone (an export of a
    "use server" file this rule reports, this one's or another), called with what the caller sent, or with
    nothing: a handler passing on `getContract(employeeId)` hands out what the action does, whatever the
    action's own filter that the call site cannot see (`where: { employee_id }`). An action checking its
    caller is no such."""
    op = ev.op
    if op is None or op.kind != "read" or op.api != "helper" or ev.node.type != "call_expression":
        return False
    if op.param_uses:
        used = [a for i, a in enumerate(sx.call_args(ev.node)) if i in op.param_uses]
        if not any(identifiers(ctx.src, a) & ev.state.client for a in used):
            return False  # (the server's own value: the action's filter answers for it)
    target = ctx.analyzer.target(ctx.module, ev.node)
    # (also a sibling export of the same file: `requireBoardEditor(memberId, id)` answering `seatOnBoard(memberId, id)`
    # is a second public door to it, however its name reads)
    if target is None or target.module.directive != "use server" or target.node == ep.fn.node:
        return False
    key = (target.module.path, target.node.start_byte)
    found = ctx.analyzer.open_actions.get(key)
    if found is None:
        ctx.analyzer.open_actions[key] = False  # (while it is worked out: an action reaching itself)
        sub = FileContext(target.module, ctx.analyzer, ctx.config, fixes=False)
        outer = sx.set_current(target.module.parsed)
        try:
            found = any(
                next(_check_entry(sub, other, []), None) is not None
                for other in sub.entry_points
                if other.fn.node == target.node and other.kind == "action"
            )
        finally:
            sx.set_current(outer)
        ctx.analyzer.open_actions[key] = found
    return found


def _open_check_answered(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`requireBoardEditor(memberId, boardId)` exported from a use-server file, answering `seatOnBoard(memberId,
    boardId)`: a lookup that reads as a check (roles, membership) is the check's input only for a caller who
    signed in; here it is another action open to anyone, its rows sent back to whoever asked for them, so
    the caller is a second door to them, whatever its name says."""
    if ev.state.auth is not None or ev.op is None or ev.op.api != "helper":
        return False
    return _open_action(ctx, ep, ev) and _sent_back(ctx, ctx.flow(ep), ev)


# a value the caller proves who they are with: `input.code`, `otp`, `pin`, `password`, `loginCode` (not a
# `countryCode` or a `postcode`: a lookup by one proves nothing)
_PROOF_NAME = re.compile(
    r"(?i)^(code|otp|totp|pin|passcode|password|passphrase|(login|sign_?in|verification|verify|auth|access|"
    r"one_?time|sms|e?mail|magic)_?(code|pin))$"
)


_NAME_NODES = frozenset({"identifier", "property_identifier", "shorthand_property_identifier"})


def _link_verification(ctx: FileContext, ep: EntryPoint) -> bool:
    """`await supabase.auth.verifyOtp({ token_hash, type: "email_change" })`, then writes filtered by the user
    it answers: the landing of an emailed confirmation link (a verify-email entry point by what it does,
    whatever it is called). Only where nothing else the caller sends reaches a write: the rows touched are
    the verified account's, or none when the token was wrong."""
    src, fn = ctx.src, ep.fn.node
    if src.find(b".verifyOtp(", fn.start_byte, fn.end_byte) == -1:
        return False
    verified: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        if not sx.callee_name(src, value).endswith(".auth.verifyOtp"):
            continue
        args = sx.call_args(value)
        if args and "token_hash" in object_keys(src, args[0]):
            verified |= set(sx.pattern_names(src, d.child_by_field_name("name")))
    if not verified:
        return False
    params = set(ep.fn.params)
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        # (`const row = await db.from(t).select().eq("user_id", data.user?.id)`: found by the verified user)
        refs = identifiers(src, d.child_by_field_name("value"))
        if refs & verified and not refs & params:
            verified |= set(sx.pattern_names(src, d.child_by_field_name("name")))
    writes = [e for e in ctx.flow(ep).events if e.kind == "db" and e.op is not None and e.op.kind == "write"]
    for ev in writes:
        assert ev.op is not None
        names: set[str] = set()
        for a in (ev.op.chain, *ev.op.args, *ev.op.data):
            names |= identifiers(src, a)
        if (names - verified) & ev.state.client or not names & verified:
            return False
    return bool(writes)


_COOKIE_SET = re.compile(r"(?i)cookies?\(\)\)?\.set$|^set_?cookies?$")


def _pin_sign_in(ctx: FileContext, ep: EntryPoint) -> bool:
    """`unlockTerminal`: with nobody signed in, a person's row picked by who the caller says they are, the PIN
    they send compared with the hash on it (`sign_up.person_credential_sign_in`), then a cookie set past that
    comparison: an authentication entry point by what it does."""
    check = sign_up.person_credential_sign_in(ctx, ep, ctx.flow(ep))
    if check is None:
        return False
    fn = ep.fn.node
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        if call.start_byte <= check.end_byte:
            continue
        callee = sx.callee_name(ctx.src, call)
        if _COOKIE_SET.search(callee) or (callee.endswith(".set") and _is_cookie_jar(ctx, fn, callee)):
            return True
    return False


# what an entry point may do besides its reads and its answer: none of these
_ACTING_EVENTS = frozenset({"ai", "email", "exec", "fetch", "fs", "relay", "store", "trail", "redirect"})


def _pin_verdict_answered(ctx: FileContext, ep: EntryPoint) -> bool:
    """`kioskVerifyPin(userId, pin)`: with nobody signed in, a person's PIN checked against the hash on their row
    (`sign_up.person_credential_sign_in`), and nothing done but answering that verdict (`const ok =
    row?.pinHash === hashPin(pin); return { ok }`): a credential check by what it does, whatever it is called
    (guessing at it is missing-rate-limit's), not a read of the person's data. Not when it answers anything of
    the row, or writes, mails or fetches."""
    flow = ctx.flow(ep)
    check = sign_up.person_credential_sign_in(ctx, ep, flow)
    if check is None:
        return False
    for e in flow.events:
        if e.kind in _ACTING_EVENTS or (e.kind == "db" and (e.op is None or e.op.kind != "read")):
            return False
    verdicts: set[str] = set()
    for d in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        value, name = d.child_by_field_name("value"), d.child_by_field_name("name")
        if value is not None and name is not None and name.type == "identifier" and _holds(value, check):
            verdicts.add(ctx.text(name))
    answered = False
    for e in flow.events:
        if e.kind != "return" or e.value is None:
            continue
        if sx.enclosing_function(e.node) != ep.fn.node:
            return False
        names = {
            ctx.text(n)
            for n in sx.walk(e.value)
            if n.type in ("identifier", "shorthand_property_identifier") and not _holds(check, n)
        }
        if names - verdicts:
            return False  # (a field of the row, the caller's own input: more than the verdict)
        answered = answered or bool(names) or _holds(e.value, check)
    return answered


def _holds(outer: Node, inner: Node) -> bool:
    """``inner`` lies within ``outer`` (or is it)."""
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte


def _code_sign_in(ctx: FileContext, ep: EntryPoint) -> bool:
    """`const ok = await codeMatches(parent.id, input.code); if (!ok) return ...`, then `new SignJWT({
    parentId })...sign(key)` of jose set as a cookie, or a cookie session (iron-session) given a field and
    saved: a sign-in by what it does (an authentication entry point), whatever it is called. The session
    is minted only past a stop on a failed check of a code, PIN or password the caller sent (`if (!ok)`,
    also one arm of `if (!site || !staff || !pinOk)`); with no such stop it is anyone's session for the
    asking."""
    src, fn = ctx.src, ep.fn.node
    mint = _jose_cookie_set(ctx, ep) or _cookie_session_saved(ctx, ep)
    if mint is None:
        return False
    verdicts: set[str] = set()  # `ok` of `const ok = await codeMatches(id, input.code)`, `found` of a lookup by it
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        if d.start_byte >= mint.start_byte or value is None:
            continue
        # (`!!site?.pinHash && sameHash(hashPin(input.pin, site.id), site.pinHash)`: the check among others)
        calls = [value] if value.type == "call_expression" else []
        if value.type in ("binary_expression", "unary_expression", "parenthesized_expression"):
            calls = sx.find(value, ("call_expression",), into_functions=False)
        for call in calls:
            args = call.child_by_field_name("arguments")
            named = {ctx.text(n) for n in sx.walk(args) if n.type in _NAME_NODES} if args is not None else set()
            if any(_PROOF_NAME.search(n) for n in named):
                verdicts |= set(sx.pattern_names(src, d.child_by_field_name("name")))
                break
    if not verdicts:
        return False
    # `if (!ok) return ...`, `if (found === null) throw ...`: stops when the proof did not match
    alt = "|".join(map(re.escape, sorted(verdicts)))
    failed = re.compile(rf"^(!\s*({alt})|({alt})\s*===?\s*(null|undefined|false))$")
    return any(
        s.end_byte <= mint.start_byte
        and any(failed.match(ctx.text(arm)) for arm in sx.disjuncts(src, s.child_by_field_name("condition")))
        and sx.exits(src, s.child_by_field_name("consequence")) is not None
        for s in sx.find(fn, ("if_statement",), into_functions=False)
    )


def _jose_cookie_set(ctx: FileContext, ep: EntryPoint) -> Node | None:
    """`(await cookies()).set("s", token)` of a token jose signed in ``ep`` (`new SignJWT({...}).sign(key)`)."""
    src, fn = ctx.src, ep.fn.node
    if src.find(b"SignJWT", fn.start_byte, fn.end_byte) == -1:
        return None
    minted: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = d.child_by_field_name("value")
        if value is not None and sessions.jose_session_token(ctx.module, value):
            minted |= set(sx.pattern_names(src, d.child_by_field_name("name")))
    return next(
        (
            c
            for c in sx.find(fn, ("call_expression",), into_functions=False)
            if sx.callee_name(src, c).lower().endswith("cookies().set")
            and any(identifiers(src, a) & minted for a in sx.call_args(c))
        ),
        None,
    )


def _signed_cookie_of_caller_claims(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """`const token = await encrypt({ ...payload, expires }); cookies().set("session", token)` in an action
    of a use-server session module: a jose token signed over claims the caller hands in whole (the
    parameter itself, or spread into the payload), then set as the caller's cookie, with no test that
    refuses first. The caller picks every claim, an account and a role among them: a sign-in with no
    password. The sign-in that checks a password and then calls it is another entry point. The token is
    signed here (`new SignJWT(claims)`) or by a project helper signing its own parameter whole. Returns
    the cookie set."""
    src, fn = ctx.src, ep.fn.node
    if ep.kind != "action" or flow.final.auth is not None or not ep.fn.params:
        return None
    if src.find(b"cookies", fn.start_byte, fn.end_byte) == -1:
        return None
    whole = set(ep.fn.params)  # locals holding every claim the caller sent (`sessionData = { ...payload }`)
    minted: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        name, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if name is None or name.type != "identifier" or value is None:
            continue
        if _whole_claims(ctx, value, whole):
            whole.add(ctx.text(name))
        elif _signs_claims(ctx, value, whole):
            minted.add(ctx.text(name))
    if not minted:
        return None
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        if not (_COOKIE_SET.search(callee) or (callee.endswith(".set") and _is_cookie_jar(ctx, fn, callee))):
            continue
        if not any(identifiers(src, a) & minted for a in sx.call_args(call)[1:2]):
            continue
        if any(
            s.end_byte <= call.start_byte and sx.exits(src, s.child_by_field_name("consequence")) is not None
            for s in sx.find(fn, ("if_statement",), into_functions=False)
        ):
            continue  # a test that refuses first: a code, a password or a pending token checked
        return call
    return None


def _whole_claims(ctx: FileContext, value: Node | None, whole: set[str]) -> bool:
    """``value`` hands on everything one of ``whole`` holds: the local itself or an object spreading it."""
    node = sx.strip_types(sx.unwrap(value))
    if node is None:
        return False
    if node.type == "identifier":
        return ctx.text(node) in whole
    return node.type == "object" and any(
        c.type == "spread_element" and any(_whole_claims(ctx, s, whole) for s in c.named_children)
        for c in node.named_children
    )


def _signs_claims(ctx: FileContext, value: Node, whole: set[str]) -> bool:
    """``value`` is a jose token signed over claims ``whole`` holds: `new SignJWT(claims)...sign(key)`
    here, or `await encrypt(claims)` of a project function that signs its own parameter whole."""
    for n in sx.find(value, ("new_expression", "call_expression")):
        args = sx.call_args(n) if n.type == "call_expression" else _new_args(n)
        if not args or not _whole_claims(ctx, args[0], whole):
            continue
        if n.type == "new_expression" and _is_jose_signer(ctx.module, n):
            return True
        target = ctx.analyzer.target(ctx.module, n) if n.type == "call_expression" else None
        if target is not None and target.params and _signs_own_parameter(target, target.params[0]):
            return True
    return False


def _new_args(node: Node) -> list[Node]:
    args = node.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def _is_jose_signer(mod: Module, new: Node) -> bool:
    ctor = new.child_by_field_name("constructor")
    binding = mod.imports.get(sx.text(mod.src, ctor)) if ctor is not None else None
    return binding is not None and binding.spec == "jose" and binding.imported == "SignJWT"


def _signs_own_parameter(fn: Function, param: str) -> bool:
    """`new SignJWT(payload)` of jose in ``fn`` over its parameter ``param`` as it came in."""
    mod = fn.module
    return any(
        _is_jose_signer(mod, n) and (args := _new_args(n)) and sx.text(mod.src, sx.strip_types(args[0])) == param
        for n in sx.find(fn.node, ("new_expression",), into_functions=False)
    )


def _cookie_session_saved(ctx: FileContext, ep: EntryPoint) -> Node | None:
    """`session.staffId = staff.id; await session.save()` on a cookie session ``ep`` fetched: the save
    after a field of it is set (a sign-out's `destroy()`, or a save of nothing set, mints nothing)."""
    src, fn = ctx.src, ep.fn.node
    if src.find(b".save(", fn.start_byte, fn.end_byte) == -1:
        return None
    sessions_ = ctx.flow(ep).final.fetched
    written = next((a for a, _, _ in _session_field_writes(ctx, fn, sessions_)), None)
    if written is None:
        return None
    return next(
        (
            c
            for c in sx.find(fn, ("call_expression",), into_functions=False)
            if c.start_byte > written.end_byte
            and (callee := sx.callee_name(src, c)).endswith(".save")
            and callee.rsplit(".", 1)[0] in sessions_
            and not sx.call_args(c)
        ),
        None,
    )


# a table that keeps a trail of what happened (`actionLogs`, `eventTrail`, `audit_entries`)
_TRAIL_TABLE = re.compile(r"(?i)audit|(?:^|_|[a-z])(?:logs?|trail)$")


def _refusal_recorded(ctx: FileContext, ep: EntryPoint, flow: Flow, ev: Event) -> bool:
    """`if (!session?.user) { writeFailure({ status: "failure", ... }); return 401 }`: a row of the audit
    trail written in the branch of the sign-in check that refuses the caller, which exits right after. It
    records the refusal (nobody is named but the one turned away), no work done for the caller; the
    endpoint's work comes past the exit. Not any other write in that branch, nor a trail row on a path that
    carries on."""
    op = ev.op
    if ev.kind != "db" or op is None or op.kind != "write" or flow.final.auth is None:
        return False
    if not (_TRAIL_TABLE.search(op.model or "") or ctx.analyzer.vocab.is_audit(op.helper or "")):
        return False
    sessionish = ev.state.session | ev.state.fetched
    if not sessionish:
        return False
    for node in sx.ancestors(ev.node):
        if node.id == ep.fn.node.id or node.type in sx.FUNCTION_TYPES:
            return False
        if node.type != "if_statement":
            continue
        body = node.child_by_field_name("consequence")
        if body is None or not (body.start_byte <= ev.node.start_byte < body.end_byte):
            continue
        # (the branch refuses: it leaves the function, and its test asks about the session)
        cond = node.child_by_field_name("condition")
        return sx.exits(ctx.src, body) is not None and bool(identifiers(ctx.src, cond) & sessionish)
    return False


def _audit_row_of_unchecked_session(ctx: FileContext, ep: EntryPoint, flow: Flow) -> DbOp | None:
    """`const { userId } = await auth()` never tested, then `prisma.auditLog.create({ data: { actorId: userId,
    ... } })`: an insert into the audit table is still a write (the flow counts it as the audit itself), and an
    action written for a signed-in caller lets anyone forge entries of the trail. Only where a session was
    fetched and left unchecked: a sign-in recording a failed attempt fetched none."""
    if not flow.final.fetched or flow.final.auth is not None:
        return None
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        callee = sx.callee_name(ctx.src, call)
        if "." not in callee or not ctx.analyzer.vocab.is_audit(callee):
            continue
        op = ctx.analyzer.classify(ctx.module, call)
        if op is not None and op.kind == "write" and op.model is not None:
            return op
    return None


def _floating_session_guard(ctx: FileContext, ep: EntryPoint) -> bool:
    """`requireEmployer();` in `resetColleaguePassword`: a guard of the caller's session (called with
    nothing, so not a check of a token or code the visitor sends), never awaited. The action was written for
    a signed-in user, so its auth-step name does not make it a public step; and the guard never runs."""
    return any(
        ev.kind == "floating" and not [a for a in sx.call_args(ev.node) if a.type != "comment"]
        for ev in ctx.flow(ep).events
    )


def _auth_step_calls(ctx: FileContext, ep: EntryPoint) -> list[Node]:
    """The calls an inline action makes to a server action of a use-server module that is an authentication
    entry point itself (`async (fd) => { "use server"; await sendMagicLink(fd); }`): the step is exempt where
    it is exported, and posting to it through the wrapper changes nothing (its own limits run in it)."""
    if ep.kind != "inline-action":
        return []
    out: list[Node] = []
    for call in sx.find(ep.fn.node, ("call_expression",), False):
        target = ctx.analyzer.target(ep.fn.module, call)
        if target is None or target.module is ep.fn.module or target.module.directive != "use server":
            continue
        step = next((e for e in find_entry_points(ctx.analyzer, target.module) if e.fn.node == target.node), None)
        if step is not None and step.kind != "inline-action" and exempt(step, step.path):
            out.append(call)
    return out


# A password column (`password`, `passwordHash`, `hashed_password`)
_PASSWORD_COLUMN = re.compile(r"(?i)^([a-z]+_?)?(password|passwd)(_?(hash|hashed|digest))?$")
# The reset step itself, not its request (`resetPassword`, `resetPasswordAction`; not `requestPasswordReset`)
_RESET_NAME = re.compile(r"(?i)reset")
_RESET_REQUEST_NAME = re.compile(r"(?i)request|forgot|forget|send|mail|link")
# What any proof of the caller would mention: a mailed token or code, a compared secret, a session
_PROOF_WORDS = re.compile(rb"(?i)token|code|otp|secret|signature|compare|verify|jwt|session|auth|cookie|current")


def _unproved_password_reset(ctx: FileContext, ep: EntryPoint) -> Event | None:
    """A reset step (`resetPasswordAction`) that writes a new password itself, in its own body, on an
    existing account with no session and no mention of any proof (no token, code, compared secret or
    session read): the account is the one the caller names, so anyone can take it over. The exemption of
    authentication endpoints covers the reset request and a reset that checks the mailed token, not this.
    (A reset handed to a helper is left alone: its proof may be checked out of sight.)"""
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    if not _RESET_NAME.search(name) or _RESET_REQUEST_NAME.search(name):
        return None
    fn = ep.fn.node
    if _mentions_proof(ctx, fn):
        return None
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        target = ctx.analyzer.target(ctx.module, call)
        summary = ctx.analyzer.summary(target) if target is not None else None
        if summary is not None and (summary.enforces_auth or summary.auth_source or summary.role):
            return None
        stmt = call.parent.parent if call.parent is not None and call.parent.type == "await_expression" else None
        if target is not None and stmt is not None and stmt.type == "expression_statement":
            return None  # (`await requireStaff();` alone: a guard of the project's own, whatever it reads)
    for ev in ctx.flow(ep).events:
        if ev.state.auth is not None:
            return None
        op = ev.op
        if (
            ev.kind != "db"
            or op is None
            or op.kind != "write"
            or op.verb.lower().startswith(("create", "insert", "upsert", "add"))
            or not (fn.start_byte <= ev.node.start_byte and ev.node.end_byte <= fn.end_byte)
        ):
            continue
        if any(_PASSWORD_COLUMN.match(k) for d in op.data for k in object_keys(ctx.src, d)):
            return ev
    for ev in ctx.flow(ep).events:
        # (`adminAuth.updateUser(uid, { password })`: the auth provider's admin API sets it outright)
        admin_api = ACCOUNT_ADMIN.search(ev.callee) or FIREBASE_ACCOUNT_WRITES.search(ev.callee)
        if (
            ev.kind == "store"
            and admin_api
            and any(_PASSWORD_COLUMN.match(k) for a in sx.call_args(ev.node) for k in object_keys(ctx.src, a))
        ):
            return ev
    return None


# the auth SDK's admin handle (`adminAuth`, `firebaseAuth`): a name, not a proof the caller gave
_ADMIN_AUTH_HANDLE = re.compile(r"(?i)^(admin|firebase|firebase_?admin|supabase_?admin)_?auth$")


def _mentions_proof(ctx: FileContext, fn: Node) -> bool:
    """The function's code names a token, code, compared secret or session read: not in its comments, its
    catch blocks (`error.code === "auth/user-not-found"`: the failure's kind) or a message sentence."""
    catches = sx.find(fn, ("catch_clause",))
    for node in sx.find(fn, ("identifier", "property_identifier", "shorthand_property_identifier", "string_fragment")):
        text = ctx.text(node)
        if node.type == "identifier" and _ADMIN_AUTH_HANDLE.match(text):
            continue
        if (node.type == "string_fragment" and " " in text.strip()) or any(sx.contains(c, node) for c in catches):
            continue
        if _PROOF_WORDS.search(text.encode()):
            return True
    return False


def _account_answered_by_typed_email(ctx: FileContext, ep: EntryPoint) -> Event | None:
    """An entry point exempt only by its name (`verifyIfUserExistsByEmail(email)`) that answers a whole row
    (no fields chosen) found by the e-mail address the caller sent, while nothing in its body names a
    credential (no password, code or token read, checked or mailed): a lookup of anyone's record, not a
    step of signing in. Returns the read."""
    if exempt(ep, ep.path, by_name=False):
        return None  # (exempt by its route or wrapper too: judged there)
    body = ep.fn.body
    if body is None:
        return None
    words = [sx.text(ctx.src, n) for n in sx.walk(body) if n.type in _WORD_NODES]
    if any(_CREDENTIAL_WORD.search(w) for w in words):
        return None
    for ev in ctx.flow(ep).events:
        if ev.state.auth is not None or ev.op is None or ev.op.kind != "read" or ev.op.projected:
            continue
        if _answers_row_by_typed_email(ctx, ep, ev):
            return ev
    return None


_WORD_NODES = frozenset({"identifier", "property_identifier", "shorthand_property_identifier", "string_fragment"})


def _unauthenticated(ctx: FileContext, ep: EntryPoint, op: str, sink: str) -> Finding:
    """The entry point's "unauthenticated" finding, for the exempted shapes that still let anyone in."""
    return ctx.finding(
        META, "unauthenticated", ep.anchor, function=ep.fn, endpoint=endpoint(ep), operation=op, sink=sink
    )


def _check_entry(ctx: FileContext, ep: EntryPoint, usage: list[tuple[set[str], set[str]]]) -> Iterator[Finding]:
    # (`cancelShiftSignup` changing a booking makes no account: its name alone exempts nothing)
    # (nor `resetColleaguePassword` calling the caller's session guard: written for a signed-in user)
    by_name = not booking_named_sign_up(ctx.src, ep, ctx.flow(ep)) and not _floating_session_guard(ctx, ep)
    exempted = exempt(ep, ep.path, by_name) and not _public_folder_rewrite(ctx, ep, by_name)
    cookie_write = _oauth_cookie_target(ctx, ep) if exempted else None
    if cookie_write is not None and cookie_write.op is not None:
        # (reported as it is: the code exchanged before the write proves the provider account, not whose row)
        yield _unauthenticated(ctx, ep, operation(cookie_write.op), sink_name(ctx.src, cookie_write.node))
        return
    minted = _credential_free_sign_in(ctx, ep) if exempted and by_name else None
    if minted is not None:
        op = "signs the caller in as the account it names, checking no password, code or token"
        yield _unauthenticated(ctx, ep, op, sink_name(ctx.src, minted))
        return
    answered = _account_answered_by_typed_email(ctx, ep) if exempted and by_name else None
    if answered is not None:
        op = "answers the whole record found by the e-mail address the caller sent"
        yield _unauthenticated(ctx, ep, op, sink_name(ctx.src, answered.node))
        return
    takeover = _unproved_password_reset(ctx, ep) if exempted and by_name else None
    if takeover is not None:
        op = "sets a new password on the account the caller names, with no reset token or session"
        yield _unauthenticated(ctx, ep, op, sink_name(ctx.src, takeover.node))
        return
    if exempted and (_unchecked_sign_out(ctx, ep) or _oauth_state_target(ctx, ep)):
        pass  # a sign-out that deletes every row an absent session id matches is no sign-out (nor a
        # callback writing to whatever its `state` names: a connection made for anyone's record)
    elif exempted or deployment.closed_for_entry(ctx.analyzer, ep):
        return  # (a development helper: production callers get the early answer only)
    if deployment.needs_an_instance(ep.fn.module.src, ep):
        return  # a server utility exported from a use-server file: clients cannot call it through
    if _code_sign_in(ctx, ep):
        return  # a sign-in by what it does: a code checked, then a session minted for its account
    if _pin_sign_in(ctx, ep):
        return  # ... or a person's PIN checked against their row, then a cookie set: whatever it is called
    if _link_verification(ctx, ep):
        return  # a verify-email (or magic) link's landing by what it does: the link's token is the credential
    if _pin_verdict_answered(ctx, ep):
        return  # ... or a person's PIN checked against their row, answering that verdict alone
    # a public form is exempt while it files new rows; rewriting rows picked by a client id is not a form,
    # and neither is a reader (a `GET` of a CRM's `contacts/` route, `getMeetingsByContactId`): a form is sent
    form = public_form(ep, ep.path) and not _reader_endpoint(ep, ep.path)
    flow = _flow_with_closure(ctx, ep)
    # (a route's `GET` is judged as a reader already)
    form = form and (ep.kind != "action" or _sends_something(flow) or not _answers_rows(ctx, ep, flow))
    throttled = not form and _ip_throttled_public(ctx, ep, flow)
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    reporting = bool(_REPORT_ACTION.match(name)) and _ip_throttled_public(ctx, ep, flow, inline=True)
    server_rows = _server_rows(ctx, flow) if throttled else set()
    if (
        _signs_up(ctx, flow)
        or _signs_up_new_rows(ctx, ep, flow)
        or _provider_sign_up(ctx, ep)
        or _registers_with_password(ctx, ep, flow)
        or sign_up.files_account_for_sign_up_page(ctx, ep, flow)
        or _confirmed_sign_up(ctx, ep, flow)
        or _guest_account(ctx, flow)
        or _guest_order(ctx, flow)
        or sign_up.session_for_new_account(ctx, ep, flow) is not None
    ):
        return  # an authentication endpoint by what it does
    if _limited_sign_in_step(ep, flow) or _limited_sign_in_action(ep, flow) or _restarts_sign_in(ctx, ep, flow):
        return
    if _first_run_only(ctx, ep, flow):
        return  # the first account of a fresh install, made only while there is no account at all
    if _reset_page_step(ctx, ep, flow):
        return  # a step of the password-reset pages: an authentication endpoint by where it is and what it does
    events = flow.events
    declared = declared_public(ep)
    mails_codes = issues_codes(flow)
    intake = any(_limited_public_create(ctx, ep, e, set(flow.records)) for e in events)
    # a magic-link request looks the account up before it stores the link: that read is the same step
    link_at = next((e.node.start_byte for e in events if _link_request(ctx, events, e)), -1)
    exchange: tuple[Node, set[str]] | bool | None = False  # found on first need
    secret_checks: list[tuple[Node, set[str]]] | None = None  # found on first need
    paired: tuple[int, set[str]] | bool | None = False  # found on first need
    delegated: list[Node] | None = None  # found on first need
    for i, ev in enumerate(events):
        # (a session minted for the account the caller typed the address of, past a join link's row)
        typed = ev.kind == "db" and ev.state.auth is not None and _session_for_typed_email(ctx, ep, ev)
        if (
            (ev.state.auth is not None and not typed)
            or (
                form
                and not rewrites_client_row(ctx, ev)
                and not _files_many(ev)
                and not _rows_picked_by_session(ctx, ev)
                and not _reads_collected_rows(ctx, ev)
                and not _answers_row_by_typed_email(ctx, ep, ev)
                and not _reads_by_session(ctx, ev)
                and not _filed_as_client_named_person(ctx, ev)
            )
            or (
                throttled
                and ev.state.rate_limited
                and not rewrites_client_row(ctx, ev)
                and not _changes_rows(ctx, ev, server_rows)
                and not _reads_collected_rows(ctx, ev)
                and not _account_op(ctx, ev)
                # (a row the handler itself answered a query with is its own, also one it just made or
                # upserted: a donation filed under `donor.id` of `donor = await db.donor.upsert(...)`)
                and not _filed_under_client_record(ctx, ev, server_rows)
                # (an IP limit bounds how often, not who: a mail the caller writes and addresses is still a relay)
                and not (ev.kind == "email" and _open_relay(ctx, ev, ep))
            )
            or _limited_public_create(ctx, ep, ev, set(flow.records))
            or (declared is not None and _declared_public_step(ctx, ev, declared, flow))
            or _throttled_free_standing_create(ctx, ep, ev)
            or _revokes_presented_credential(ctx, ep, ev)
            or _intake_upload(ctx, ev, intake)
            or _link_request(ctx, events, ev)
            or (ev.kind == "db" and ev.op is not None and ev.op.kind == "read" and ev.node.start_byte < link_at)
            or _page_counter_vote(ctx, ep, ev)
            or _view_count_bump(ctx, ev)
            or _read_through_cache(ctx, ep, ev, events)
            or (reporting and _report_bump(ctx, ev))
            or not (sensitive(ctx, ev, ep, mails_codes) or _private_by_usage(ctx, ep, ev, usage))
            or (ev.op is None and ev.kind == "db")
        ):
            continue
        if _used_only_after_auth(ctx, ep, events, i):
            continue
        if delegated is None:
            delegated = _auth_step_calls(ctx, ep)
        if any(c.start_byte <= ev.node.start_byte and ev.node.end_byte <= c.end_byte for c in delegated):
            continue  # `await sendMagicLink(fd)`: the sign-in action it hands its form to is exempt on its own
        if _refusal_recorded(ctx, ep, flow, ev):
            continue  # the audit trail's record of the refused request, in the branch that refuses it
        if secret_checks is None:
            secret_checks = _secret_checks(ctx, ep)
        if secret_checks and _behind_secret_check(ctx, ep, ev, secret_checks):
            continue  # the recovery-code or reset-token step: the caller's secret is the credential
        if not typed and _row_found_by_secret(ctx, ep, events, i):
            continue  # (the reset session the token found, deleted once it has expired)
        if _past_octokit_verification(ctx, ep, ev):
            continue  # a GitHub delivery whose signature the octokit App checked in this branch
        if _checkout_confirmed(ctx, ep, ev):
            continue  # a checkout's return: what the write holds is what Stripe says of that checkout
        if ep.kind in ("route", "pages-api") and _payment_confirmed(ctx, ep, ev):
            continue  # a gateway's return: a constant "paid" written once the gateway says it is
        if exchange is False:
            exchange = _sign_in_exchange(ctx, ep)
        if isinstance(exchange, tuple) and _after_sign_in(ctx, exchange, ev):
            continue  # the last step of a sign-in: the caller's pending token was accepted
        if paired is False:
            paired = _code_exchange(ctx, ep, flow)
        if isinstance(paired, tuple) and (
            ev.node.start_byte > paired[0]
            or (
                ev.kind == "db"
                and ev.op is not None
                and ev.op.kind == "read"
                and bool(_bound_names(ctx, ev.node) & paired[1])
            )
        ):
            continue  # a code exchanged for a device's credential: its check is the sign-in
        said = ev
        if ev.kind == "db" and ev.op is not None and ev.op.kind == "read" and not typed:
            # (`findUnique` then `upsert`, both unguarded: the message names the write, what matters most)
            said = next(
                (
                    e
                    for e in events[i + 1 :]
                    if e.kind == "db"
                    and e.op is not None
                    and e.op.kind == "write"
                    and e.op.api != "helper"  # (a helper's write is named for its inner call)
                    and not vocab.AUDIT.search(e.op.model or "")  # (the trail of the change, not the change)
                    and e.state.auth is None
                    and sensitive(ctx, e, ep, mails_codes)
                ),
                ev,
            )
        sink = sink_name(ctx.src, said.node)
        op = operation(said.op) if said.op is not None else _effect(ctx, said)
        message_id = "unchecked" if ev.state.fetched and not typed else "unauthenticated"
        if typed:
            op = "creates a session for the account of an e-mail address the caller sent"
        yield ctx.finding(META, message_id, ep.anchor, function=ep.fn, endpoint=endpoint(ep), operation=op, sink=sink)
        break
    else:
        effect = _unguarded_effect(ctx, ep, flow, form)
        if effect is not None:
            message_id, op, node = effect
            yield ctx.finding(
                META,
                message_id,
                ep.anchor,
                function=ep.fn,
                endpoint=endpoint(ep),
                operation=op,
                sink=sink_name(ctx.src, node),
            )


def _unguarded_effect(ctx: FileContext, ep: EntryPoint, flow: Flow, form: bool) -> tuple[str, str, Node] | None:
    """An entry point with no unguarded DB or SDK event may still do something only a signed-in caller should:
    the first of these (checked in this order) is reported as (message id, operation, the node doing it)."""
    minted = _session_for_client(ctx, ep, flow)
    if minted is not None:
        return (
            "unchecked" if flow.final.fetched else "unauthenticated",
            "creates a session for a user the caller names",
            minted,
        )
    sealed = _session_written_by_client(ctx, ep, flow)
    if sealed is not None:
        return "unchecked", "saves into it who the caller says they are", sealed
    claimed = _signed_cookie_of_caller_claims(ctx, ep, flow)
    if claimed is not None:
        return "unauthenticated", "signs the claims the caller sends into its session cookie", claimed
    forged = _audit_row_of_unchecked_session(ctx, ep, flow)
    if forged is not None:
        return "unchecked", operation(forged), forged.call
    worn = _impersonation_cookie_for_client(ctx, ep, flow)
    if worn is not None:
        return "unauthenticated", "sets an impersonation cookie for a user the caller names", worn
    doc = None if form else _document_write(ctx, ep, flow)
    if doc is not None:
        return "unauthenticated", operation(doc), doc.call
    leaked = _server_secret_answered(ctx, ep, flow)
    if leaked is not None:
        return "unauthenticated", "hands out a server secret from the environment", leaked
    oracle = _decryption_oracle(ctx, ep, flow)
    if oracle is not None:
        return "unauthenticated", "decrypts what the caller sends with the server's own key", oracle
    link = _session_keyed_file_read(ctx, ep, flow)
    signed = _stored_file_signed_for_anyone(ctx, ep, flow) if link is None else None
    if signed is not None:
        return "unauthenticated", "hands out a stored file of the record it names", signed
    if link is not None:
        return "unchecked", "hands out a stored file named by it", link
    return None
