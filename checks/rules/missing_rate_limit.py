r"""Sensitive endpoint without a rate limit.

## What it does
Flags a sensitive entry point with no rate-limit call before its sensitive work:
login/sign-in, sign-up/register, password reset or forgot, OTP/2FA/code verification
(also of a reset's token, `verifyResetToken`, `verifyPasswordResetCode`)
(by name, or by what it does: a client `pin`/`passcode`/`otp`/`code` compared or verified
against a stored one (also a local worked out of it, `row.key.slice(-6).padStart(4, "0")`), as in a note
or vault PIN unlock, an invite link's PIN (`checkInvitePin`: named for an invitation, still a code check) or a
device pairing PIN (`pairingPin`: a PIN
is short whatever it is for; so is a `pairingCode` read off a screen, also compared through a local holding its
hash, `const h = sha256(body.pairingCode)`, and trims of both sides, `.slice(0, 16)`), or handed to a provider's check,
`auth.verifyAuthCode({ email, code })`, `completeEmailChallenge({ code })`, or to a call named for
checking a one-time code, `supabase.auth.verifyOtp({ email, token })`), change password (also better-auth's
`auth.api.changePassword(...)`, whatever the endpoint is called), resend
verification, magic link (also a call making its token, `createMagicLinkToken({ user })`), invite and contact
forms, a session made for the holder of a record found by a token or code a signed-out caller sends
(`findSeatByToken(input.seatToken)`, then `setSession({ user })`), recovery (backup) code redemption
(`useRecoveryCode`), any entry point that sends email or SMS (also through a project mailer named for
it that POSTs to its provider with `fetch`, `sendNotificationEmail(to, ...)`, also a text or WhatsApp message
sent so, `sendGatewayText(phone, body)`, `sendWhatsApp(to, body)`, or being such a mailer itself, an exported
`sendSms(options)` of a `"use server"` module, or a `fetch` to a mail provider's
send endpoint, `api.brevo.com/v3/smtp/email`, `api.sendgrid.com/v3/mail/send`; an invitation Supabase's admin
API mails, `auth.admin.inviteUserByEmail(email)`), and entry points that call paid AI
APIs without authentication (cost abuse; Gemini embeddings, `model.embedContent(text)`, and OpenAI's speech
models, `openai.audio.transcriptions.create(...)`, `audio.speech.create(...)`, and the AI SDK's image models,
`experimental_generateImage(...)` / `generateImage(...)` imported from `ai`, included; so is Genkit, by
its import: `ai.generate(...)` on the instance `genkit({ plugins })` makes, a prompt `ai.definePrompt(...)` made,
called, and a flow `ai.defineFlow(config, fn)` called, whose `fn` runs;
also behind a project gate that answers `true` to some
callers before it reads any session, `if (!site.isPrivate) return true`). Rate limits in a
next-safe-action/zsa middleware or a project wrapper count. An Auth.js credentials provider's `authorize`
that checks a password (`bcrypt.compare`, also in a project helper it hands the credentials to,
`loginUser(email, password)`) is a sign-in when only the library's route runs it (its options
reach `NextAuth(...)` and no server code calls `signIn("<its id>")`): reported on the `authorize` function,
unless the project's middleware, matching exactly the callback's path (`matcher: ["/api/auth/callback/credentials"]`),
counts the posts there in a store and answers 429 past a bound.
A record looked up by a password the caller sends, whoever's column it is (`where: { sellerId, sellerPassword:
password }`), is a password check.
A code handed to a project helper named for a check that looks the stored code up itself
(`checkCode({ phone, code })`) is a code verification. A password a caller not signed in sends, compared in
code with a stored one (`if (plan.sharePassword !== input.password) return { error }`), is a sign-in step, as
the same check through `secureCompare(...)` or `bcrypt.compare(...)` is (not two typed values compared, a
password and its confirmation).
A code the caller posts is theirs also when a project form wrapper parses it and hands the parse to the
action's callback (`saveForm(input, schema, async (values) => verifyTotp(email, values.totp))`).
An invite form mails whoever it is given, also when a role is needed to post it (`to: email` for each address typed in).
A lookup keyed by a
short code the caller sends (`where: { accessCode }`, `pin`, `otp`, a Supabase `.eq("access_code", code)`, a raw
SQL filter `WHERE code_hash = encode(sha256(${code}::bytea), 'hex')` on a table of no redeemable codes; not a
long random `token`, unless the input schema pins it to a few characters: `token: z.string().length(5)`)
is a code verification whatever the endpoint is called (not a get-or-create, `let badge = findFirst({ where: {
code } }); if (!badge) badge = create(...)`, whose miss makes the row rather than turning the caller away: a
catalogue key), and an entry point nobody is signed in
to that hashes a password the caller sends (`bcrypt.hash(password, 12)`, accepting an invitation by
creating the account, also past a lookup of the invitation in a token store by the token it sent) is a
sign-up, also when it hands the request to a project controller that
checks no session of its own and hashes it (`POST /api/users` answering with `await postUser(req)`).
So is an action a sign-up page calls (imported by a module under `signup/` or `register/` that names it,
`add_vendor` of `components/pages/signup/vendor-signup.jsx`) that, with nobody signed in, only files new
rows, one an account with a login column and a password (hash) column set from what the caller sends
(`{ vendor_email, vendor_password_hash }`, the form having hashed the password itself).
Through an identity provider's API the analyser cannot see into, what the code does with the
caller's credentials still tells: a password the caller sends handed to any call by a signed-out
caller is a sign-in or sign-up step (`createSession({ checks: { password } })`, `addHumanUser({
password })`), and by a signed-in one (also past a project helper that stops the signed-out itself,
`await verifySession()` redirecting to sign-in) to a call that sets a password (`setPassword({ newPassword: {
password } })`) or hashed into the account row (`db.user.update({ data: { passwordHash:
await bcrypt.hash(password, 12) } })`, no current password asked; also under a short name, `hash(pw)`, and into
a model of another name whose schema keeps a password hash and a unique login, `Owner { email @unique
passwordHash }`) a password change, and a value it
sends compared with the password hash of its own account row, read by the session's id, is its password asked
again whatever the form calls it (`bcrypt.compare(current, row.password_hash)`; not a resource's, a locker picked
by a client id)
(a new account row filed with it by a signed-in caller is someone added, no change;
`if (session) return ...` turns the signed-in away, so what follows is signed out); a session made or
extended from what a signed-out caller sends,
reading a credential from it (`checks.otpEmail`), is a sign-in step. A sign-up that checks the
session it has just made is still signed out, and an invitation endpoint named for sending
(`sendInviteEmailCode`) sends whatever it calls. A paid AI call inside an async function the entry point
starts without awaiting it (`(async () => { streamText(...) })()`) still runs. An entry point that sends email or
SMS is reported whoever it mails and whoever calls it (rule 7: "any entry point that sends email or SMS"):
a signed-in caller mailing their own stored address (`sendEmail(user.email, ...)`) or an admin mailing a
stored member can still script the send, flooding that inbox and the sender's reputation.
An input shape test after finding out who calls (`await
getIronSession(...)`) is no
work a limiter must precede.
A Supabase lookup by code bound as `{ data: taken }` and only tested by an exit (`if (taken) return 409`)
is a duplicate check, as the Prisma form is.

An entry point with nobody signed in that posts the caller's words to a chat webhook setting
(`fetch(process.env.SLACK_WEBHOOK_URL, { method: "POST", body })`) is a contact form, whatever it is called.

## Why is this bad?
Without a limit an attacker can brute-force passwords and codes, flood inboxes through
your mail provider, or run up an AI bill (CWE-307, CWE-770).

## Example
```ts
"use server";
import { signIn } from "@/auth";

export async function login(formData: FormData) {
  await signIn("credentials", formData);
}
```

## Use instead
```ts
"use server";
import { headers } from "next/headers";
import { signIn } from "@/auth";
import { ratelimit } from "@/lib/ratelimit";

export async function login(formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "unknown";
  const { success } = await ratelimit.limit(`login:${ip}`);
  if (!success) return { error: "Too many attempts. Try again later." };
  await signIn("credentials", formData);
}
```

## Not flagged
An entry point named for a sign-up only as the object of another verb (`cancelShiftSignup`, `addToRegistered`)
whose code makes no account: it only updates or deletes existing rows, sends nothing and names no e-mail,
password, phone or username (a volunteer's booking cancelled).
Entry points with an `@upstash/ratelimit` `limit()`, a project `rateLimit*`/`checkRateLimit`/
`throttle` helper, an arcjet `protect()` (also of a client derived with `aj.withRule(...)`, in any
file), or a configured rate-limit function before the sensitive
work (a guard's early exit such as `if (!session) return { error }` is not work); authenticated AI
calls, and AI calls after a usage quota kept in the database (a stored count of use, read in a
time window, that stops the caller at a bound: `if (dailyCount >= dailyLimit) throw new
UsageLimitError()`, also in a helper; a seat total with no clock, or a cooldown on a date, is no
quota; sign-in, code and email endpoints still need a rate limit), and AI calls made with the caller's
own provider key from the request body (`createOpenAI({ apiKey })`, also `apiKey: key || ""`: billed to
the caller; a fallback to the app's key is not); cron and webhook routes that
check their caller or mail only fixed addresses; the caller's session read that a per-user
limit is keyed on (`requireUser()` before `throttle(user.id)`); sign-in/sign-up/reset/contact
names on endpoints that require a session
(`registerDomain` is not a sign-up; nor is enrolling a passkey once `if (!session) return 401` has
answered the signed-out caller); a password hashed for an account row that also takes values
from the session (`db.user.create({ data: { password: hashed, companyId: session.user.companyId } })`):
a member adding a colleague to their own tenant, not a sign-up, even with the session unchecked (a
missing-auth question); a password read back from a cookie the app set earlier, in place or by a project helper
handed the request that reads no body, form or query (`const creds = savedLogin(request)` decoding
`"user:password"`), and forwarded to another service's API: a kept credential, nothing typed or guessed
(one from the body, or an `Authorization` header compared with a stored hash, is still a sign-in); invitation
endpoints that send nothing (an invite-named action whose only writes are deletes,
`purgeExpiredInvites`; `acceptInvite` or `respondToInvite` by a
signed-in user, or a route named by an existing invitation's id, `invites/[inviteId]/route.ts`,
accepting or revoking it, or a pages/api file in an invitations folder named for such a step, `invites/join.ts`,
or an invite link minted for a caller holding a role and handed back to them, `createInviteAction`), nor
resend-named ones that send nothing and configure or read something (`setResendKey` stores the
Resend mail provider's key); resend or invitation actions whose only work is a request, through the
project's API client, to its own API server at a configured address carrying the caller's own cookie
(`serverApi.post(\`/v1/people/${id}/resend-invite\`)`: that server signs the caller in, sends, and is
where the limit must hold; not one vouched for with the server's secret, nor beside a mailer or library
call); an invitation limited (also by a mail helper, calls deep) after a signed-in caller's lookup in their
own tenant, when what comes between only rewrites the row that lookup found (`db.update(t).set({ inviteToken
}).where(eq(t.id, entry.id))`: repeated, it is still that one row; an insert is not); test helpers whose first
statement answers every production request
(`if (process.env.NODE_ENV === "production") return 404`); sign-in or code endpoints with nothing
to guess (an SSO redirect, listing codes, removing an MFA factor, starting an MFA enrolment: no
`password`/`code`/`otp`/`token` input, nor the caller's whole `Request` handed to a sign-in call;
the `code` of an error the endpoint answers with is output, and so is the `token` of a session
cookie the server stored, `cookie.token`, a `"/password"` page path, or a credential key set to a literal,
`{ password: "" }`); an owner setting a
shared link's password (a resource's, not an account's); managing stored codes
(`createInviteCode`, `listInviteCodes`, `generateInviteQRCode`: nothing compares or looks up a
code the caller sends, and nothing is sent); a limit skipped only in development
(`if (!isDev) { await ratelimit.limit(ip) }`) or only when its store is not configured (`if
(env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) { ... limit(ip) }`: a condition on
deployment settings alone, no request data); the one confirmation email of an OAuth callback (each
call needs a fresh provider code), and an OAuth callback's token exchange
(`pages/api/providers/gitlab/callback.ts` swaps the provider's one-use `code`: nothing to guess).
A `POST`/`PATCH` route in a `password` folder is a password
change, also in a folder under it naming the step (`password/update`, `password/change`; not `password/set`,
a first password). The current password checked inside a transaction's callback
(`db.$transaction(async (tx) => { ... comparePassword(currentPassword, login.passwordHash) ... })`), by a
project helper named for comparing passwords, against a value named for a hash, is a password check.
A project helper that counts requests in a store counts whatever its name: it increments a
stored counter (`await redis.incr(key)`) kept for a window (an `expire`, or a key built from the
date) and compares the count with a bound (`allowed: count <= limit`); a page-view counter compared
with nothing does not. Limits in complementary branches ahead of the work (`if (isGuest) { by IP }`
and `if (!isGuest) { by user }`) cover every caller. A limiter object built by a rate-limit
constructor or factory counts whatever its name
(`const byIp = ratelimit(10, "1 m")`, then `byIp.limit(ip)`, also inside `Promise.all`), and an
early `400` for malformed input (`typeof code !== "string"`, a wrong length, `!email.includes("@")`,
a regex `.test`) before anything is looked up is not work the limit must precede; comparing the
input with a secret is.
A once-per-account allowance kept on the signed-in caller's own row counts: a field tested before the send
(`if (me.ticketUsed) return 400`) and set after it to a value (not cleared); a flag on a row the client picks
does not.
A cooldown kept in the database counts whatever its name: a read of what happened lately (rows newer
than a moment set back from now, `sentAt: { $gt: subMinutes(new Date(), 1) }`) that stops the caller
when it finds one (`if (last) return 429`), also in a helper that answers whether it found none
(`return !recent`) or throws when it found one (`if (recent?.id === id) throw new TooSoonError()`), the
window also written in SQL text (`.whereRaw('"sent_at" > NOW() - INTERVAL ...')`); a helper answering
`!!recent`, or an expiry ahead (`expiresAt: { $gt: new Date() }`), stops nothing. So does a wait on when a
row read there was last touched, before the first write or send
(`const tooSoon = now - new Date(token.updatedAt).getTime() < WAIT * 1000; if (tooSoon) throw ...`,
`if (row.sentAt.getTime() + WAIT > Date.now()) return ...`): one send a window per record; an expiry
(`age > DAY` stops old rows) or a wait from the row's creation (`createdAt`: passed for good) is no limit; the
wait may be counted in other units (`(now.getTime() - last.getTime()) / (1000 * 60) < 5`), on the last update
with the creation only as its fallback (`row.updatedAt ? new Date(row.updatedAt) : new Date(row.createdAt)`), past
a session helper that renews its own session row first. The one-time flag may be tested as `if (row.flag === true)`
on the first of the caller's rows (`const row = rows?.[0]`).
A helper named for a sign-in or reset that reads, stores and sends nothing is no endpoint to limit: it
hashes or checks values the caller hands it (`verify(hash, password)` of argon2 or bcrypt) or sets a
cookie on the caller's own browser. A project token bucket (`new ExpiringTokenBucket(...)`, then
`bucket.consume(key, 1)` or `bucket.check(key, 1)`) is a limiter.
A lookup by a code the endpoint first requires to be at least 20 characters long (`if (!code ||
code.length !== 45) return 400`): an unsubscribe or sign-in link's random capability, nothing to guess.
A helper reading or deleting a stored reset row by its id or address (`getResetPasswordById(id)`,
`deletePasswordResetByEmail(email)`) neither sends a link nor checks a token the caller presents (a
lookup by the token is still a reset check; a model's name, `ResetPassword`, is no credential sent), and a
server action taking no arguments (a data seeder hashing its own literal password), or a route handler handed no
request (`GET()` resetting a fixed account to a fixed password), signs nobody up; nor does a first-run setup that
reads the accounts by fixed values only (`where(eq(users.role, "admin"))`) and turns the caller away when one is
found, before any change: one account, ever; nor a form of the app's admin area (`app/admin/clients/new/actions.ts`,
also `super-admin/`, `admin-panel/`) filing an account with the password the admin types, sending nothing: an admin
adding someone (whether it checks that admin is missing-auth's question); nor, there, a password change of an account
the operator names, with no session of the caller's own and no current password asked (`updateUserPassword(userId,
newPassword)`): nothing to guess. An invitation by a signed-in member that calls nothing named for messaging (send,
notify, push, mail, SMS) and names no address (no email or phone) is an in-app invite row the invitee finds on their
page, not an invite form mailing whom it is given (`inviteProfessional(patientId, professionalId)`).
A helper named for deleting a stored sign-up, sign-in or invitation row (`deleteSignUpToken(token)`) that only
deletes and answers a constant sends nothing and tells nobody whether a guess matched (`findOneAndDelete`
handing back the row's fields is still a check).
A route under a `register` folder that writes, sends and calls nothing and takes no credential or account
detail (no e-mail, phone or username: `upload/resume/register` handing out an upload token) is no sign-up;
the folder's word alone never makes one. Nor is OAuth dynamic client registration (RFC 7591, a route
`oauth/register` or `oidc/register`) taking no credential or account detail: it files a client application.

Under a route-parameter folder (`gift-cards/[code]`), a signed-in handler whose caller's role is checked and that
compares no code with a stored one is a staff lookup of the record the parameter names: neither a code verification
by its folder nor by its lookup.
A folder named `magic` alone (`app/api/magic/check`, a product called Magic answering whether an API key is
active) is not a magic link's: only with signing in in view (a `magic-link` folder, an auth folder around it,
or a handler handing out a session cookie).

A code check named with its channel or step between the verb and the code (`verifySmsCode`, `verifyLoginCode`) is a
code verification, also for a signed-in caller (a sign-in's second step: not a sign-in a session exempts). A code
the input schema pins to a few characters (`joinCode: z.string().length(8)`), compared with a secret (an environment
value, also through a local, `const joinSecret = process.env[...]`, or a stored value named for one, `row.pinHash`),
is a code verification whatever it is for (not a two-letter `countryCode` compared with the stored one: no secret).
A code a project helper checks against a keyed hash it works out of the record's id itself (`verifyBarcode(id,
code)` comparing `createHmac(KEY).update(id)`), reading nothing stored, and that the schema pins past a typed code's
length (`z.string().length(16)`), is a signed label's check: nothing to guess (a six-digit code worked out so still is).
An invite-named action that sends nothing and whose only writes update an existing row of
another table (`organization.update({ data: { billingEmail } })`) makes no invitation. A paid model call through
the AI SDK loaded at run time (`(await import("ai")).generateText(...)`, or a local bound to `await import("ai")`)
is the same call as the imported function's.
A model provider's HTTP API reached with `fetch` is a paid AI call also when its address is built from a
constant, through a local (`${PROVIDER_BASE}/${path}` with `PROVIDER_BASE = "https://openrouter.ai/api"`).
A new row of a mail outbox or queue table (`db.emailOutbox.create(...)`, `mail_queue`), which a worker delivers,
is a sent email, also inside a project mailer; updating a queued row (marking it opened) sends nothing.
Asking for the confirmation mail again by another verb (`requestEmailConfirmation`, `requestPhoneVerification`)
is a resend (not `requestVerificationStatus`, a read, nor `requestVerification` naming no channel).
A sign-in or sign-up that hands the caller's whole input to
a check of who they are (`verifyWalletSignature(parsedInput)`, a provider's signed payload) and then finds or
makes the account is a sign-in, though the signature cannot be guessed: the session that check yields is the
endpoint's own, not one the caller had, and accounts are made without limit (one that only reads an allow-list
makes nothing and is left alone).

## References
- https://cwe.mitre.org/data/definitions/307.html
- https://cwe.mitre.org/data/definitions/770.html
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from checks.analysis import authjs, deployment, guards, model_secrets, path_middleware, quota
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import chain_calls, fixed_host, is_ai_call, object_keys, request_parts
from checks.analysis.dataflow import mentions_any
from checks.analysis.entry_points import EntryPoint
from checks.analysis.flow import Event, Flow, State, identifiers, mailer_request
from checks.analysis.module import Function, Module
from checks.analysis.quota import quota_check
from checks.analysis.schemas import schema_keys
from checks.analysis.sign_up import CREDENTIAL_WORDS as _CREDENTIAL_WORDS
from checks.analysis.sign_up import QUALIFIERS as _QUALIFIERS
from checks.analysis.sign_up import VERIFY_CALL as _VERIFY_CALL
from checks.analysis.sign_up import (
    booking_named_sign_up,
    client_password,
    files_account_for_sign_up_page,
    first_account_only,
    hashes_password,
    hashes_password_signed_out,
    member_credential_past_secret,
    named_sign_up,
    oauth_callback,
    password_step,
    registers_no_account,
    request_names,
    session_for_new_account,
    stored_credential_check,
)
from checks.analysis.sign_up import signed_in_before as _signed_in_before
from checks.analysis.sign_up import stored as _stored
from checks.context import FileContext
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint
from checks.sources import SCRIPT_SUFFIXES, project_files, tree_fact

META = RuleMeta(
    id="missing-rate-limit",
    title="Sensitive endpoint without a rate limit",
    severity=Severity.WARNING,
    confidence=Confidence.MEDIUM,
    cwe=(307, 770),
    owasp=("A07:2021", "API4:2023"),
    messages={
        "sensitive": "{endpoint} is {what} endpoint with no rate limit",
        "email": "{endpoint} sends email or SMS (`{sink}`) with no rate limit",
        "ai": "{endpoint} calls a paid AI API (`{sink}`) without authentication or a rate limit",
    },
    help="Limit attempts per IP and per account before the sensitive work (e.g. `@upstash/ratelimit`: "
    "`const { success } = await ratelimit.limit(key); if (!success) return ...`).",
    abuse="An attacker scripts thousands of requests to guess passwords or codes, spam inboxes or run up costs.",
    references=("https://cwe.mitre.org/data/definitions/307.html",),
)
_KINDS = (
    ("sign-in", r"log_?in|sign_?in"),
    ("sign-up", r"sign_?up|register"),
    ("password reset", r"forgot|forget_?(my_?)?pass|" + vocab.RESET_STEP + r"|request_?password"),
    ("password check", r"(confirm|verify|check)_?password"),
    ("code verification", r"otp|two_?factor|2fa|mfa|verify|code"),
    ("password change", r"(change|update)_?(my_?|" + vocab.PRINCIPAL_NOUNS + r"_?)?password"),
    (
        "resend",
        r"resend|"
        r"request_?((email|phone)_?(confirmation|verification)|(confirmation|verification)_?(email|code))",
    ),
    ("magic link", r"magic"),
    ("invitation", r"invite|" + vocab.SEND_INVITATIONS),
    ("contact form", vocab.CONTACT_FORM),
)


# a setting naming a chat's incoming webhook (`SLACK_WEBHOOK_URL`, `DISCORD_WEBHOOK`)
_WEBHOOK_SETTING = re.compile(r"(?i)webhook")


def _relayed_to_chat(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`fetch(process.env.SLACK_WEBHOOK_URL, { method: "POST", body: JSON.stringify({ text: message }) })`
    with nobody signed in and no limiter: the caller's words posted to an incoming webhook the server
    holds, as often as anyone likes (a contact form relayed to the team's chat). Not a machine route
    (a provider's webhook forwarded on), nor a fixed text."""
    if ev.kind != "fetch" or ev.state.auth is not None or ev.state.rate_limited or ep.authenticated_by:
        return False
    if ep.kind in ("route", "pages-api") and _MACHINE_ROUTE.search(ep.path):
        return False
    if sx.last_name(ev.callee) != "fetch" or ev.node.type != "call_expression":
        return False
    args = sx.call_args(ev.node)
    if len(args) < 2:
        return False
    url = sx.strip_types(args[0])
    if url is not None and url.type == "identifier":
        bound = sx.first_declarators(ctx.src, ep.fn.node).get(ctx.text(url))
        url = sx.strip_types(bound.child_by_field_name("value")) if bound is not None else None
    dotted = sx.dotted(ctx.src, url) if url is not None and url.type == "member_expression" else ""
    if not dotted.startswith("process.env.") or not _WEBHOOK_SETTING.search(dotted):
        return False
    options = object_keys(ctx.src, sx.strip_types(args[1]))
    method = options.get("method")
    body = options.get("body")
    if method is None or (sx.string_value(ctx.src, method) or "").upper() != "POST" or body is None:
        return False
    return bool(identifiers(ctx.src, body, into_functions=True) & ev.state.client)


# A sign-in's second step named for the code it checks (`verifyLoginCode`, `checkSignInOtp`): a code verification,
# which a session does not exempt (the signed-in caller is the one guessing), not a sign-in
_SIGN_IN_CODE_CHECK = re.compile(
    r"(?i)(verify|check|confirm|submit)_?(log_?in|sign_?in)_?(code|otp|totp|pin(?!n)|passcode)"
)


def _what(name: str) -> str:
    """The kind of endpoint, with its article: "a sign-in", "an invitation"."""
    if _SIGN_IN_CODE_CHECK.search(name):
        return "a code verification"
    label = next((label for label, pattern in _KINDS if re.search(f"(?i){pattern}", name)), "sensitive")
    return ("an " if label[0] in "aeiou" else "a ") + label


# named for changing a password, also the named account's: `updateUserPassword`, `changeMemberPassword`
_CHANGE_PASSWORD_NAME = re.compile(r"(?i)^(change|update|set)_?(" + vocab.PRINCIPAL_NOUNS + r"_?|my_?)?pass(word|wd)")


def _shown(matched: str, name: str) -> str:
    """The kind the message names: a current password checked by an endpoint named for changing it
    (`updateUserPassword` comparing `currentPassword`) is a password change, not a sign-in."""
    return "change_password" if matched == "sign_in" and _CHANGE_PASSWORD_NAME.search(name) else matched


# Endpoints that only make sense signed out: when a session is required first, the name
# means something else (`registerDomain`, `updateContact` in a CRM).
_SIGNED_OUT_KINDS = ("a sign-in", "a sign-up", "a password reset", "a magic link", "a contact form")
# Invitation endpoints that do not send anything (`acceptInvite`, `revokeInvitation`).
_NOT_SENDING = re.compile(
    r"(?i)^(accept|join|decline|reject|respond|answer|revoke|cancel|delete|remove|get|list|fetch|find|load|count|save|update|set|edit|"
    r"preview|generate|render)"
)


# Reads named for what they read: `getEarlySignups`, `listRecentLogins`, `countSignups`.
_READS = re.compile(r"^(get|list|fetch|find|load|count|export)([A-Z_]|$)")
_DELETES = re.compile(r"^(delete|remove|clear|purge)([A-Z_]|$)")


# Invitation endpoints named for sending one: `sendInvite`, `emailInvitation`, `resendInviteCode`.
_SENDING = re.compile(r"(?i)^(send|resend|email|mail|notify)")


# Names that manage codes rather than check one (`createInviteCode`, `listInviteCodes`,
# `generateInviteQRCode`): an admin's CRUD on stored codes gives a guesser nothing.
_MANAGES = re.compile(
    r"(?i)^(create|add|new|update|edit|set|rename|toggle|delete|remove|revoke|archive|list|get|fetch|load|count|"
    r"generate|regenerate|export)"
)
# ... unless the name says the code is a one-time or second-factor one (`generateOtp`, `removeTwoFactor`)
_ONE_TIME = re.compile(r"(?i)(otp|two_?factor|2fa|mfa|verify|verification|login_?code|sign_?in_?code)")


_MACHINE_ROUTE = re.compile(r"(?i)/(cron|crons|webhooks?|qstash|inngest|jobs)/")


def _machine_exempt(ctx: FileContext, flow: Flow, depth: int = 0) -> bool:
    """A cron or webhook route that checks its caller somewhere, or mails only fixed addresses (the
    team's digest). One that checks nothing and mails stored addresses (every owner's digest) lets
    anyone flood the users' inboxes, whatever its folder, and one that checks nothing and calls paid
    AI lets anyone run up the bill. A handler that hands its request to a
    sibling handler of the route (`export async function POST(req) { return GET(req) }`) is as
    exempt as that handler is."""
    if flow.final.auth is not None or any(e.state.auth is not None for e in flow.events):
        return True
    # (an open one that runs paid AI work bills every caller's request, whatever it mails)
    if any(e.kind == "ai" for e in flow.events):
        return False
    return all(
        _fixed_recipient(ctx, e) or (depth == 0 and _sibling_exempt(ctx, flow, e))
        for e in flow.events
        if e.kind == "email"
    )


def _sibling_exempt(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """``ev`` calls another route handler of the same file (`return GET(request)`), itself exempt."""
    if ev.node.type != "call_expression":
        return False
    target = ctx.analyzer.target(ctx.module, ev.node)
    if target is None or target.key == flow.fn.key:
        return False
    for other in ctx.entry_points:
        if other.fn.key == target.key and other.kind in ("route", "pages-api"):
            return _machine_exempt(ctx, ctx.flow(other), 1)
    return False


def _fixed_recipient(ctx: FileContext, ev: Event) -> bool:
    """`to: "team@acme.dev"`, `to: ["ops@x.dev"]`, or a helper's first argument a literal."""
    args = sx.call_args(ev.node) if ev.node.type == "call_expression" else []
    to = [v for a in args for k, v in object_keys(ctx.src, a).items() if k == "to"] or args[:1]
    strings = ("string", "template_string")
    return bool(to) and all(
        (u := sx.strip_types(v)) is not None
        and (u.type in strings or (u.type == "array" and all(c.type in strings for c in u.named_children)))
        for v in to
    )


# Second-factor fallbacks: redeeming a recovery (backup) code is a 2FA check (`useRecoveryCode`)
_RECOVERY_CODE = re.compile(r"(?i)(recovery|backup)_?codes?")


_MAGIC_FOLDER = re.compile(r"(?i)magic([-_]?links?)?")
# A folder that says the route is part of signing in: `auth`, `(auth)`, `login`, `sign-in`, `passwordless`
_AUTH_FOLDER = re.compile(r"(?i)^\(?(auth(entication)?|log[-_]?in|sign[-_]?in|passwordless|sessions?)\)?$")
_SETS_COOKIE = re.compile(r"\bcookies\b[\s\S]*?\.set\(|\bsetCookie\(|Set-Cookie")


def _magic_sign_in(ctx: FileContext, ep: EntryPoint, folders: list[str]) -> bool:
    """A folder named `magic` is a magic link's only where signing in is in view: a `magic-link` folder, an
    auth folder around it (`app/api/auth/magic/verify`), or a handler that hands out a session cookie. A
    product called "Magic" (`app/api/magic/check` answering whether an API key is active) is none."""
    if any(seg.lower() != "magic" and _MAGIC_FOLDER.fullmatch(seg) for seg in folders):
        return True
    if any(_AUTH_FOLDER.match(seg) for seg in folders):
        return True
    return bool(_SETS_COOKIE.search(ctx.text(ep.fn.node)))


# Password-hashing libraries: `verify(hash, password)` over values the caller hands in reads nothing stored
_HASH_PACKAGES = re.compile(r"^(@node-rs/(argon2|bcrypt)|argon2|bcrypt|bcryptjs|@oslojs/[\w-]+)$")
_PURE_GLOBALS = frozenset(
    {"Date", "Math", "JSON", "Buffer", "String", "Number", "TextEncoder", "TextDecoder", "Uint8Array", "Object"}
)
_COOKIE_CALL = re.compile(r"^(\(?\s*(await\s+)?cookies\(\)\s*\)?)(\.(get|set|delete|has))?$")
_EFFECT_KINDS = frozenset({"db", "email", "ai", "fetch", "store", "relay", "fs", "exec"})


# calls an API client makes besides its request: no library's, none that could send or store
_PLUMBING_ROOTS = frozenset({"console", "JSON", "String", "Number", "Boolean", "Object", "Array", "Promise", "URL"})
# the caller's own credentials read off the incoming request, to be forwarded
_CALLER_CREDENTIAL_HEADERS = frozenset({"cookie", "authorization"})


def _delegated_to_own_api(ctx: FileContext, ep: EntryPoint) -> bool:
    """The entry point's only work is a request, through project helpers (an API client), to a server the
    deployment configures (`${env.API_URL}${path}`, no host written) carrying the caller's own cookie or
    authorization header (`(await headers()).get("cookie")`): the project's API server, which signs the
    caller in and does the sending, where a limit must hold anyway (it can be posted to directly). Not a
    request the server vouches for with its own secret (the API cannot tell callers apart), nor alongside
    any other library or project-object call (`supabase.auth.resend(...)`, `mailer.emails.send(...)`)."""
    az = ctx.analyzer
    found = False
    seen: set[tuple[str, int]] = set()
    todo = [(ep.fn.module, ep.fn.node, 0)]
    while todo:
        mod, node, depth = todo.pop()
        for call in sx.find(node, ("call_expression",), into_functions=True):
            callee = sx.callee_name(mod.src, call)
            target = az.target(mod, call)
            if target is not None:
                if depth >= 4:
                    return False
                if target.key not in seen:
                    seen.add(target.key)
                    todo.append((target.module, target.node, depth + 1))
                continue
            root = callee.split(".", 1)[0]
            if callee == "fetch":
                if not _forwards_caller_credential(mod, call):
                    return False
                found = True
            elif root in mod.imports:
                if mod.imports[root].spec != "next/headers":  # `headers()`: the request read, not a library
                    return False
            elif not root or root in mod.values or ("." not in callee and root not in _PLUMBING_ROOTS):
                return False  # a module's object or a function out of view
    return found


def _forwards_caller_credential(mod: Module, call: Node) -> bool:
    """`fetch(url, { headers })` to a configured host (`${base}${path}`), in a function that reads the incoming
    request's `cookie` or `authorization` header and names no server secret setting."""
    scope = sx.enclosing_function(call)
    if scope is None:
        return False
    url, opts, _ = request_parts(mod, scope, call, "fetch")
    if url is None or opts is None or "headers" not in object_keys(mod.src, opts) or fixed_host(mod, scope, url):
        return False
    reads = False
    for c in sx.find(scope, ("call_expression", "member_expression"), into_functions=False):
        if c.type == "member_expression":
            text = sx.text(mod.src, c)
            if text.startswith("process.env.") and vocab.is_secret_name(text.rsplit(".", 1)[-1]):
                return False
            continue
        args = sx.call_args(c)
        name = sx.string_value(mod.src, args[0]) if args and sx.last_name(sx.callee_name(mod.src, c)) == "get" else None
        reads = reads or (name is not None and name.lower() in _CALLER_CREDENTIAL_HEADERS)
    return reads


def _inert(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """A helper named for a sign-in or reset that reads, stores and sends nothing: it hashes or checks
    values the caller hands it (`verify(hash, password)` of argon2) or sets a cookie on the caller's
    own browser. No stored credential to guess, nothing sent: a limit has nothing to protect."""
    if any(e.kind in _EFFECT_KINDS for e in flow.events):
        return False
    for call in sx.find(ep.fn.node, ("call_expression", "new_expression")):
        if call.type == "new_expression":
            made = sx.dotted(ctx.src, call.child_by_field_name("constructor"))
            if made.split(".", 1)[0] not in _PURE_GLOBALS:
                return False
            continue
        callee = sx.callee_name(ctx.src, call)
        root = callee.split(".", 1)[0]
        binding = ctx.module.imports.get(root)
        if root in _PURE_GLOBALS or _COOKIE_CALL.match(callee):
            continue
        if binding is not None and (_HASH_PACKAGES.match(binding.spec) or binding.spec == "next/headers"):
            continue
        return False
    # ... and compares with nothing held on the server: `provided !== process.env.OTP` checks a secret
    for node in sx.find(ep.fn.node, ("identifier",)):
        name = ctx.text(node)
        binding = ctx.module.imports.get(name)
        if name != "process" and (binding is None or _HASH_PACKAGES.match(binding.spec)):
            continue
        if binding is not None and binding.spec == "next/headers":
            continue
        whole = node.parent
        while whole is not None and whole.type == "member_expression":
            if ctx.text(whole).endswith(".NODE_ENV"):
                break  # `secure: env.NODE_ENV === "production"`: a deployment setting
            whole = whole.parent
        else:
            return False
    return True


_DELETE_VERBS = frozenset({"delete", "deletemany", "deleteone", "destroy", "remove", "findbyidanddelete"})
_UPDATE_VERBS = frozenset({"update", "updatemany", "updateone", "findbyidandupdate", "findoneandupdate"})


# better-auth's organization plugin making an invitation (`auth.api.createInvitation({ body, headers })`)
_PROVIDER_INVITATION = re.compile(r"\.api\.createInvitation$")


def _invitation_mailed_by_better_auth(ctx: FileContext, ep: EntryPoint) -> bool:
    """The entry point has better-auth make an invitation, and the project's organization plugin is
    configured to mail it (`organization({ sendInvitationEmail })`): the call sends that mail. (Without the
    hook the plugin mails no one; the project sends its own, and that send is judged.)"""
    if b"createInvitation" not in ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte]:
        return False
    if not any(
        _PROVIDER_INVITATION.search(sx.callee_name(ctx.src, call)) for call in sx.find(ep.fn.node, ("call_expression",))
    ):
        return False
    program = ctx.analyzer.program

    def hooked() -> bool:
        return any(
            b"sendInvitationEmail" in data
            for _, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b"better-auth")
        )

    return bool(tree_fact(program.tree, "better-auth-invitation-mail", hooked))


# A call that messages someone beside mail: a push, a notification, an SMS or a chat message.
_MESSAGING_CALL = re.compile(r"(?i)(send|notif|push|sms|mail|message|alert)\w*$")
# An address the invitation names (an email or a phone number), which a mail provider may be sent to.
_ADDRESSED = re.compile(rb"(?i)e-?mail|phone|mobile")


def _messages_someone(ctx: FileContext, ep: EntryPoint) -> bool:
    """The entry point calls something named for messaging (`sendNotificationToUser(id, ...)`,
    `pushToMember`), or names an address: an invitee is told of the invite, however the analyser sees
    into it."""
    if _ADDRESSED.search(ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte]):
        return True  # `invite.create({ data: { email } })`: a provider out of sight may mail the address
    return any(
        _MESSAGING_CALL.search(sx.callee_name(ctx.src, call).rsplit(".", 1)[-1])
        for call in sx.find(ep.fn.node, ("call_expression",))
    )


def _makes_invitation(flow: Flow) -> bool:
    """A write that can be an invitation: a new row, or any write to an invitation table. An invite-named
    action whose only writes update some other existing row (`organization.update({ data: { billingEmail }
    })`) makes no invitation and mails no one: its name alone asks for no limit. Nor does a delete, of
    invitations too (`purgeExpiredInvites`: expired rows removed)."""
    for e in flow.events:
        if e.kind != "db" or e.op is None or e.op.kind != "write":
            continue
        if e.op.verb.lower() in _DELETE_VERBS:
            continue
        if e.op.verb.lower() not in _UPDATE_VERBS or "invit" in (e.op.model or "").lower():
            return True
    return False


# the step a folder under a `password` folder names when it replaces the password (not `set`: a first one)
_CHANGE_STEP = re.compile(r"(?i)update|change|edit")


def _sensitive_name(ctx: FileContext, ep: EntryPoint, name: str) -> str | None:
    if vocab.RATE_SENSITIVE_NAMES.search(name) or _RECOVERY_CODE.search(name):
        return name
    if ep.kind in ("route", "pages-api") and "/" in ep.path:
        folder = ep.path.rsplit("/", 2)[-2]
        if vocab.RATE_SENSITIVE_NAMES.search(folder.replace("-", "_")):
            return folder
        # `pages/api/auth/reset-password.ts`: in pages/api the file name is the endpoint's name
        stem = ep.path.rsplit("/", 1)[-1].split(".", 1)[0]
        if ep.kind == "pages-api" and stem != "index" and vocab.RATE_SENSITIVE_NAMES.search(stem.replace("-", "_")):
            return stem
        if folder.lower() == "password" and ep.method in ("POST", "PUT", "PATCH"):
            return "update_password"  # `PATCH /api/user/password`
        parent = ep.path.rsplit("/", 3)[-3] if ep.path.count("/") >= 3 else ""
        if parent.lower() == "password" and _CHANGE_STEP.fullmatch(folder) and ep.method in ("POST", "PUT", "PATCH"):
            return "update_password"  # `POST /api/auth/password/update`: the folder under it names the step
        folders = ep.path.split("/")[:-1]
        if any(_MAGIC_FOLDER.fullmatch(seg) for seg in folders) and _magic_sign_in(ctx, ep, folders):
            return "magic_link"  # `app/api/auth/magic/verify/route.ts`: the landing of a sign-in link
    return None


_TOKEN_TYPES = (
    "identifier",
    "property_identifier",
    "shorthand_property_identifier",
    "shorthand_property_identifier_pattern",
    "string_fragment",
)


# Sign-in calls that check a password or mail a code/link: `signIn("resend", ...)`, `signInWithOtp`,
# `createMagicLinkToken({ user })` (the token a sign-in link carries, made to be mailed)
_SIGN_IN_CALL = re.compile(
    r"^signIn(With|Via|By)(Otp|Email|Password|MagicLink|Code)$"
    r"|^(send|request|create|issue|generate)\w*(Otp|OTP|MagicLink|LoginCode)(Token|Email|Url)?$"
)


_DELETE_VERB = re.compile(r"(?i)^(delete\w*|remove\w*|destroy\w*|findOneAndDelete|findByIdAndDelete)$")


def _deletes_only_answering_nothing(flow: Flow) -> bool:
    """Every database event deletes (`SignUpToken.deleteOne({ token })`), and every return answers a constant
    (`return true`) or nothing: whether a row matched is never told to the caller."""
    db = [e for e in flow.events if e.kind == "db"]
    if not db or any(e.op is None or e.op.kind != "write" or not _DELETE_VERB.match(e.op.verb) for e in db):
        return False
    return all(
        e.value is None or e.value.type in ("true", "false", "null", "undefined")
        for e in flow.events
        if e.kind == "return"
    )


def _takes_credential(ctx: FileContext, ep: EntryPoint) -> bool:
    """A sign-in or code check has something to guess: a name or key that *is* a credential
    (`password`, `code`, `otpCode`), not one that merely mentions it (`loadRecentOtpSummary`),
    or a sign-in call that checks or mails one."""
    for call in sx.find(ep.fn.node, ("call_expression",)):
        last = sx.last_name(sx.callee_name(ctx.src, call))
        args = sx.call_args(call)
        provider = bool(args) and sx.string_value(ctx.src, args[0]) is not None  # Auth.js `signIn("resend", ...)`
        if _SIGN_IN_CALL.match(last) or (last in ("signIn", "login") and provider and not _redirect_only(ctx, args)):
            return True
        # `auth.completeOAuthSignIn(request)`: a sign-in handed the caller's whole request checks what it carries
        if vocab.RATE_SENSITIVE_NAMES.search(last) and any(_whole_request(ctx, ep, a) for a in args):
            return True
    flow = ctx.flow(ep)
    # (and what a callback was handed of the client's: `submitForm(input, schema, async (values) =>
    # check(values.totp))`, bound in the callback's own state)
    client = flow.final.client | flow.handed_client
    # (`disableTotp()` declaring no parameter: its own name is no value the caller sends)
    params = ep.fn.node.child_by_field_name("parameters")
    own_name = ep.fn.node.child_by_field_name("name") if params is not None and not params.named_children else None
    for node in sx.find(ep.fn.node, _TOKEN_TYPES):
        if node.type == "identifier" and ctx.text(node)[:1].isupper():
            continue  # `ResetPassword.findById(id)`: a model or class, not a value the caller sends
        if own_name is not None and node.id == own_name.id:
            continue
        ws = vocab.words(ctx.text(node))
        credential = (
            bool(ws)
            and ws[-1] in _CREDENTIAL_WORDS
            and (ws[-1] in _SHORT_WORDS or set(ws) <= _CREDENTIAL_WORDS | _QUALIFIERS)
        )
        # (a string counts as a field name, `formData.get("password")`, not a path: `"/password?"`)
        field = node.type != "string_fragment" or bool(_FIELD_NAME.match(ctx.text(node)))
        # (... not an option's value, `mfa.enroll({ factorType: "totp" })`: the kind of factor made)
        held = node.parent
        if node.type == "string_fragment" and held is not None and held.parent is not None:
            field = field and not (held.parent.type == "pair" and held.parent.child_by_field_name("value") == held)
        if (
            credential
            and field
            and not _answer_key(ctx, node)
            and not _stored_property(ctx, node, client)
            and not _constant_key(ctx, node)
        ):
            return True
    return False


_FIELD_NAME = re.compile(r"^[A-Za-z_$][\w$-]*$")
# what a new account is made of, besides a credential: `email`, `primaryEmail`, `phoneNumber`, `username`
_ACCOUNT_WORDS = frozenset({"email", "phone", "username"})


# an address a list files its entries under (`email`, `emailAddress`)
_ADDRESS_KEY = re.compile(r"(?i)^e_?mail(_?address)?$")


def _files_address_only(ctx: FileContext, flow: Flow) -> bool:
    """Every effect is a Prisma `upsert` of a model that is no account, found by an address (`where: { email }`),
    creating the row with that address alone and updating nothing (`update: {}`): the address put on a list."""
    writes = 0
    for e in flow.events:
        if e.kind in ("email", "ai", "fetch", "store", "relay", "fs", "exec"):
            return False
        if e.kind != "db" or e.op is None or e.op.kind != "write":
            continue
        op = e.op
        if op.api != "prisma" or op.verb != "upsert" or len(op.args) != 1:
            return False
        if re.match(r"(?i)^(users?|accounts?|members?|profiles?|credentials?)$", op.model or ""):
            return False
        opts = object_keys(ctx.src, op.args[0])
        where, create, update = opts.get("where"), opts.get("create"), opts.get("update")
        if where is None or create is None or update is None or set(opts) != {"where", "create", "update"}:
            return False
        keys = [set(object_keys(ctx.src, where)), set(object_keys(ctx.src, create))]
        if not all(ks and all(_ADDRESS_KEY.match(k) for k in ks) for ks in keys) or ctx.text(update).strip() != "{}":
            return False
        writes += 1
    return writes > 0


# a `register` route right under an OAuth/OIDC folder: the dynamic client registration endpoint
_OAUTH_REGISTER = re.compile(r"(?i)(^|/)(oauth2?|oidc)/register(/route|/index)?\.m?[jt]sx?$")


def _takes_account_detail(ctx: FileContext, ep: EntryPoint) -> bool:
    """A name or key in the entry point's body that names an account detail (`email`, `primaryEmail`,
    `username`): what a sign-up handed to a provider's API would be made of."""
    for node in sx.find(ep.fn.node, _TOKEN_TYPES):
        if node.type == "string_fragment" and not _FIELD_NAME.match(ctx.text(node)):
            continue
        if set(vocab.words(ctx.text(node))) & _ACCOUNT_WORDS:
            return True
    return False


# Auth.js `signIn` options that only say where to land afterwards
_REDIRECT_OPTIONS = frozenset({"redirect", "redirectTo", "callbackUrl"})


def _redirect_only(ctx: FileContext, args: list[Node]) -> bool:
    """`signIn("github", { redirectTo: "/app" })`: an OAuth provider's page takes over, handed nothing
    to guess or mail (not `signIn("resend", { email })`, nor `signIn("credentials", formData)`)."""
    if len(args) > 2:
        return False
    opts = sx.strip_types(args[1]) if len(args) == 2 else None
    return opts is None or (opts.type == "object" and set(object_keys(ctx.src, opts)) <= _REDIRECT_OPTIONS)


def _stored_property(ctx: FileContext, node: Node, client: set[str]) -> bool:
    """`cookie.token` of a session cookie the server stored: the caller's own session, nothing guessed."""
    p = node.parent
    if node.type != "property_identifier" or p is None or p.type != "member_expression":
        return False
    root = sx.root_identifier(ctx.src, p)
    return root is not None and root not in client and root not in ("this",)


_CONSTANT_VALUES = frozenset({"string", "number", "true", "false", "null", "undefined"})


def _constant_key(ctx: FileContext, node: Node) -> bool:
    """`{ password: "" }` handed to a provider call: the key names a credential, but its value is fixed in the
    source, not one the caller sends to be guessed."""
    p = node.parent
    if p is None or p.type != "pair" or p.child_by_field_name("key") != node:
        return False
    value = sx.strip_types(p.child_by_field_name("value"))
    return value is not None and value.type in _CONSTANT_VALUES


# better-auth's server call checking the current password the caller sends before it sets a new one
# (`auth.api.changePassword({ body: { currentPassword, newPassword }, headers })`)
_PROVIDER_PASSWORD_CHANGE = re.compile(r"\.api\.changePassword$")


def _provider_password_change(ctx: FileContext, ep: EntryPoint) -> bool:
    """The entry point changes the password through the auth library, whatever it is called
    (`changeVolunteerPassword`): a current password to guess, as in one named for it."""
    if b"changePassword" not in ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte]:
        return False
    return any(
        _PROVIDER_PASSWORD_CHANGE.search(sx.callee_name(ctx.src, call))
        for call in sx.find(ep.fn.node, ("call_expression",))
    )


_PROOF_CHECK = re.compile(r"^(verify|authenticate)[A-Z_]")


def _signs_in_with_proof(ctx: FileContext, ep: EntryPoint, name: str) -> bool:
    """A sign-in or sign-up by name, signed in by nothing before it, that hands the caller's whole input
    to a check of who they are (`verifyWalletSignature(parsedInput)`, `verifyFarcasterUser(parsedInput)`):
    the session that check yields is the one the endpoint makes. Only when it also writes (finds or
    makes the account: `findOrCreateWalletUser`): a signature cannot be guessed, but accounts made without
    limit can; one that only reads who may sign in (an admin allow-list) has nothing to abuse."""
    if ep.authenticated_by or not re.search(r"(?i)log_?in|sign_?(in|up)", name):
        return False
    if not any(e.kind == "db" and e.op is not None and e.op.kind == "write" for e in ctx.flow(ep).events):
        return False
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        last = sx.last_name(sx.callee_name(ctx.src, call))
        if _PROOF_CHECK.match(last) and any(_whole_input(ctx, ep, a) for a in sx.call_args(call)):
            return True
    return False


def _whole_input(ctx: FileContext, ep: EntryPoint, arg: Node) -> bool:
    """The entry point's whole input: a parameter carrying it (`parsedInput` of a safe action, `input`)."""
    arg = sx.strip_types(arg) or arg
    return arg.type == "identifier" and ctx.text(arg) in ep.input_params


def _whole_request(ctx: FileContext, ep: EntryPoint, arg: Node) -> bool:
    """A parameter of the entry point typed as the HTTP request (`request: Request`, `req: NextRequest`)."""
    arg = sx.strip_types(arg) or arg
    if arg.type != "identifier":
        return False
    for p in ep.fn.param_nodes():
        pattern = p.child_by_field_name("pattern")
        ann = p.child_by_field_name("type")
        if pattern is not None and ann is not None and ctx.text(pattern) == ctx.text(arg):
            return ctx.text(ann).lstrip(":").strip() in ("Request", "NextRequest")
    return False


_ANSWER_PARTS = frozenset(
    {"pair", "object", "array", "parenthesized_expression", "ternary_expression", "as_expression", "spread_element"}
)


def _answer_key(ctx: FileContext, node: Node) -> bool:
    """`return { success: false, code: AuthErrorCode.EXPIRED }`: a key of what the endpoint answers
    (an error code) is output, not something the caller sends to be guessed."""
    p = node.parent
    if p is None or p.type != "pair" or p.child_by_field_name("key") != node:
        return False
    while p is not None and p.type in _ANSWER_PARTS:
        p = p.parent
    if p is not None and p.type == "return_statement":
        return True
    # `NextResponse.json({ code: "EXPIRED" })`
    call = p.parent if p is not None and p.type == "arguments" else None
    return call is not None and sx.last_name(sx.callee_name(ctx.src, call)) == "json"


# A short code a caller can guess through: compared against the stored one, it is code verification
_CODE_WORDS = frozenset({"pin", "passcode", "otp", "totp", "code"})
_SHORT_WORDS = frozenset({"pin", "passcode", "otp", "totp"})
# What a call that checks a code the caller sends is named by (not `exchangeCodeForSession`: an OAuth code is random)
_CHECKING_WORDS = frozenset({"verify", "challenge", "authenticate"})
_COMPARING_WORDS = frozenset({"match", "matches", "equal", "equals", "compare", "compares"})


def _code_value(ctx: FileContext, node: Node | None, client: set[str]) -> bool:
    """`pin`, `input.otpCode`: a client value that *is* a short code (not `inviteCode`, a token or a password)."""
    node = sx.strip_types(node)
    if node is None or node.type not in ("identifier", "member_expression", "shorthand_property_identifier"):
        return False
    ws = vocab.words(sx.last_name(ctx.text(node)))
    root = ctx.text(node) if node.type == "shorthand_property_identifier" else sx.root_identifier(ctx.src, node)
    # a PIN or one-time code is short whatever it is for (`pairingPin`, `kioskPin`); a `code` only
    # with qualifiers that say so (`inviteCode` may be a long random token)
    short = bool(ws) and ws[-1] in _SHORT_WORDS
    return (
        bool(ws)
        and ws[-1] in _CODE_WORDS
        and (short or set(ws) <= _CODE_WORDS | _CREDENTIAL_WORDS | _QUALIFIERS)
        and root in client
    )


def _short_code_value(ctx: FileContext, node: Node | None, client: set[str]) -> bool:
    """`pin`, `input.pin`, `body.otp`: a client value named for a PIN or one-time code (short by what it is)."""
    node = sx.strip_types(node)
    if not _code_value(ctx, node, client) or node is None:
        return False
    ws = vocab.words(sx.last_name(ctx.text(node)))
    return bool(ws) and ws[-1] in _SHORT_WORDS


def _named_pin(ctx: FileContext, node: Node | None) -> bool:
    """`sharePin`, `process.env.SHARE_PIN`: a value named for a PIN or one-time code."""
    node = sx.strip_types(node)
    if node is None or node.type not in ("identifier", "member_expression"):
        return False
    ws = vocab.words(sx.last_name(ctx.text(node)))
    return bool(ws) and ws[-1] in _SHORT_WORDS


def _server_pin(ctx: FileContext, ep: EntryPoint, node: Node | None) -> bool:
    """`venuePin` bound to `venue ? venuePinFor(venue) : null`: a local named for a PIN that a project function
    works out from no value the caller sends directly (a row it picked may be, the PIN in it is not the caller's)."""
    node = sx.strip_types(node)
    if node is None or node.type != "identifier" or not _named_pin(ctx, node):
        return False
    direct = _direct_input(ctx, ep)
    for d in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        target, value = d.child_by_field_name("name"), d.child_by_field_name("value")
        if target is None or value is None or ctx.text(node) not in sx.pattern_names(ctx.src, target):
            continue
        if identifiers(ctx.src, value) & direct:
            return False
        return any(ctx.analyzer.target(ctx.module, c) is not None for c in sx.find(value, ("call_expression",)))
    return False


def _unhashed(ctx: FileContext, node: Node | None, fn: Node | None = None) -> Node | None:
    """`crew.pinHash !== sha256(String(pin))`: the client code inside the digest (or coercion) call,
    also trimmed (`.slice(0, 16)`) or held in a local of ``fn`` (`const h = sha256(body.pairingCode)`)."""
    return guards.compared_origin(ctx.src, node, fn)


def _verifies_code(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """The entry point checks a code from the client against a stored one (`if (note.lockPin !== pin)`,
    `bcrypt.compare(pin, user.pinHash)`): code verification, whatever the function is called."""
    client = flow.final.client
    written: set[str] | None = None
    for n in sx.find(ep.fn.node, ("binary_expression", "call_expression")):
        if n.type == "binary_expression":
            if ctx.text(n.child_by_field_name("operator")) not in ("===", "!==", "==", "!="):
                continue
            left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
            for a, b in ((left, right), (right, left)):
                # (the stored side also through a local worked out of it: `const expected = row.key.slice(-6)`)
                stored_side = _stored(ctx, b, flow) or _stored(ctx, _unhashed(ctx, b, ep.fn.node), flow)
                sent = _unhashed(ctx, a, ep.fn.node)
                # (`joinCode: z.string().length(8)` against `const joinSecret = process.env[...]`: any short
                # code pinned by the schema, compared with a secret, not a stored value anyone may know)
                short_against_secret = _short_code_by_schema(ctx, ep, sent, client) and _secret_side(
                    ctx, b, ep.fn.node, flow
                )
                # (`pin !== sharePin` with `const sharePin = process.env.SHARE_PIN`, or `venuePin !== input.pin`
                # with the venue's PIN worked out into a local: the server's own PIN, guessed by whoever types one)
                # (named for a PIN on both sides: `passcodeHash !== kioskHash` checks a device's credential)
                pin_against_server_pin = (
                    _short_code_value(ctx, sent, client)
                    and _named_pin(ctx, b)
                    and (_secret_side(ctx, b, ep.fn.node, flow) or _server_pin(ctx, ep, b))
                )
                if (_code_value(ctx, sent, client) and stored_side) or short_against_secret or pin_against_server_pin:
                    if written is None:
                        written = _written_values(ctx, flow)
                    if _plain_name(ctx, a) in written:
                        # `code !== existing.code` before `update({ data: { code } })`: a new value, not a guess
                        continue
                    return True
        else:
            last = sx.last_name(sx.callee_name(ctx.src, n))
            # (also a project helper comparing the two: `matchesConfirmationCode(row.code, code)`)
            checks = _VERIFY_CALL.match(last) or set(vocab.words(last)) & _COMPARING_WORDS
            # `auth.verifyAuthCode({ email, code })`, `completeEmailChallenge({ code: params.code })`: the
            # caller's code handed to a provider's check, which holds the stored one
            provider_check = bool(set(vocab.words(last)) & _CHECKING_WORDS)
            if not checks and not provider_check:
                # `checkCode({ phone, code })`: a project helper named for a check that looks the stored
                # code up itself (its own database read holds the stored one)
                provider_check = "check" in vocab.words(last) and _reads_store(ctx, n)
                if not provider_check:
                    continue
            args = [sx.strip_types(a) for a in sx.call_args(n)]
            leaves: list[Node | None] = []
            for a in args:
                # `authenticator.verify({ token: code, secret: user.totpSecret })`
                objs = a.named_children if a is not None and a.type == "object" else []
                leaves.extend([p.child_by_field_name("value") or p for p in objs] if objs else [_buffered(ctx, a)])
            if any(_code_value(ctx, x, client) for x in leaves) and (
                provider_check or any(_stored(ctx, x, flow) for x in leaves)
            ):
                if _signed_label_check(ctx, ep, n, [x for x in leaves if _code_value(ctx, x, client)]):
                    continue
                return True
            # `supabase.auth.verifyOtp({ email, token })`: the call says the value it checks is a
            # one-time code, whatever the caller's field is called
            if (
                provider_check
                and set(vocab.words(last)) & _SHORT_WORDS
                and any(_from_client(ctx, x, client) for x in leaves)
            ):
                return True
    return False


def _signed_label_check(ctx: FileContext, ep: EntryPoint, call: Node, codes: list[Node | None]) -> bool:
    """`verifyBarcode(donationId, code)`: a project helper working the expected code out of its other argument
    with a keyed hash (`createHmac(KEY).update(donationId)`, also in a project helper it calls) and reading
    nothing stored, handed codes the input schema pins past a typed code's length (`z.string().length(16)`): the
    check of a label the server signed, as a webhook's signature is. Guessing it is forging the MAC. A short code
    worked out the same way (a six-digit TOTP), or one whose length nothing pins, is still one to guess."""
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or target.body is None or ctx.analyzer.summary(target).ops:
        return False
    if not _computes_mac(ctx, target):
        return False
    return bool(codes) and all(x is not None and _long_by_schema(ctx, ep, x) for x in codes)


def _computes_mac(ctx: FileContext, fn: Function, depth: int = 0) -> bool:
    """``fn`` (or a project helper it calls, two levels deep) computes a keyed hash: `createHmac(...)`."""
    src = fn.module.src
    for c in sx.find(fn.node, ("call_expression",), into_functions=False):
        if sx.last_name(sx.callee_name(src, c)) == "createHmac":
            return True
        inner = ctx.analyzer.target(fn.module, c) if depth < 2 else None
        if inner is not None and inner.body is not None and _computes_mac(ctx, inner, depth + 1):
            return True
    return False


def _long_by_schema(ctx: FileContext, ep: EntryPoint, node: Node) -> bool:
    """`code` of `z.object({ code: z.string().length(16) }).parse(...)` in the entry point (or a schema
    constant it parses by): a value pinned to more characters than a code a person types."""
    node = sx.strip_types(node) or node
    name = sx.last_name(ctx.text(node))
    mod = ep.fn.module
    for c in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        fn = sx.strip_types(c.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression" or ctx.text(fn.child_by_field_name("property")) not in _PARSES:
            continue
        entry = (schema_keys(mod, fn.child_by_field_name("object"), ctx.analyzer.program) or {}).get(name)
        lengths = [int(n) for n in _LEAST_LENGTH.findall(mod.text(entry))] if entry is not None else []
        if lengths and min(lengths) > _SHORT_CODE_LENGTH:
            return True
    return False


_PARSES = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync"})
_SECRET_WORDS = frozenset({"secret", "hash", "hashed", "digest", "pin", "otp", "totp", "passcode"})


def _short_code_by_schema(ctx: FileContext, ep: EntryPoint, node: Node | None, client: set[str]) -> bool:
    """`joinCode`, `parsedInput.code`: a client value named for a code that its input schema pins to a few
    characters (`z.string().length(8)`): typed by a person, whatever the code is for."""
    node = sx.strip_types(node)
    if node is None or node.type not in ("identifier", "member_expression", "shorthand_property_identifier"):
        return False
    ws = vocab.words(sx.last_name(ctx.text(node)))
    root = ctx.text(node) if node.type == "shorthand_property_identifier" else sx.root_identifier(ctx.src, node)
    if not (ws and ws[-1] == "code" and root in client):
        return False
    if _short_by_schema(ctx, ep, node):
        return True
    # a schema parsed in the body (`z.object({ joinCode: z.string().length(8) }).parse(...)`)
    name = sx.last_name(ctx.text(node))
    mod = ep.fn.module
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression" or ctx.text(fn.child_by_field_name("property")) not in _PARSES:
            continue
        entry = (schema_keys(mod, fn.child_by_field_name("object"), ctx.analyzer.program) or {}).get(name)
        m = _EXACT_LENGTH.search(mod.text(entry)) if entry is not None else None
        if m is not None and int(m.group(1)) <= _SHORT_CODE_LENGTH:
            return True
    return False


def _secret_side(ctx: FileContext, node: Node | None, fn: Node, flow: Flow) -> bool:
    """The compared value is a secret: read from the environment (also through a local of ``fn``,
    `const joinSecret = process.env[...]`) or a stored value named for one (`user.pinHash`), not a stored
    value such as `agency.countryCode` that the caller may simply know."""
    node = sx.strip_types(_unhashed(ctx, node, fn))
    if node is None:
        return False
    if sx.root_identifier(ctx.src, node) == "process":
        return True
    if node.type == "identifier":
        for d in sx.find(fn, ("variable_declarator",), into_functions=False):
            target, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
            named = target is not None and ctx.text(target) == ctx.text(node)
            if named and value is not None and value.type in ("member_expression", "subscript_expression"):
                return sx.root_identifier(ctx.src, value) == "process"
    return _stored(ctx, node, flow) and bool(set(vocab.words(sx.last_name(ctx.text(node)))) & _SECRET_WORDS)


# (`currentPassword` handed in: the change asks for the password it replaces, checked in SQL or a helper
# (`WHERE id = ? AND password = ?`), so it can be guessed there as at a sign-in)
_CURRENT_PASSWORD = re.compile(rb"(?i)\b(?:current|old|existing|previous)_?(?:password|passwd|pwd|pw|pass)\b")


def _compares_password(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """A caller not signed in has a password it sends compared in code with a stored one (`if
    (plan.sharePassword !== input.password) return { error }`): guessed as at a sign-in, as when the same
    two go through `secureCompare(...)` or `bcrypt.compare(...)`."""
    if b"assword" not in ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte]:
        return False
    client = flow.final.client
    for n in sx.find(ep.fn.node, ("binary_expression",)):
        if ctx.text(n.child_by_field_name("operator")) not in ("===", "!==", "==", "!="):
            continue
        left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
        for a, b in ((left, right), (right, left)):
            if (
                a is not None
                and b is not None
                and client_password(ctx, a, client)
                and _stored(ctx, b, flow)
                and not _signed_in_before(ctx, ep, n)
            ):
                return True
    return False


def _buffered(ctx: FileContext, node: Node | None) -> Node | None:
    """`Buffer.from(pin)`: the value a `timingSafeEqual` side is the bytes of."""
    if node is not None and node.type == "call_expression" and sx.callee_name(ctx.src, node) == "Buffer.from":
        args = sx.call_args(node)
        return sx.strip_types(args[0]) if args else node
    return node


def _written_values(ctx: FileContext, flow: Flow) -> set[str]:
    """The locals the entry point's own writes store (`data: { name, code }`, `...(code && { code })`)."""
    out: set[str] = set()
    for e in flow.events:
        if e.kind == "db" and e.op is not None and e.op.kind == "write" and e.op.api != "helper":
            for d in e.op.data:
                out |= identifiers(ctx.src, d)
    return out


def _plain_name(ctx: FileContext, node: Node | None) -> str:
    node = sx.strip_types(node)
    return ctx.text(node) if node is not None and node.type == "identifier" else ""


def _reads_store(ctx: FileContext, call: Node) -> bool:
    """``call`` runs a project helper that reads the database."""
    target = ctx.analyzer.target(ctx.module, call)
    if target is None:
        return False
    return any(
        e.kind == "db" and e.op is not None and e.op.kind == "read" for e in ctx.analyzer.helper_flow(target).events
    )


def _from_client(ctx: FileContext, node: Node | None, client: set[str]) -> bool:
    node = sx.strip_types(node)
    if node is None or node.type not in ("identifier", "member_expression", "shorthand_property_identifier"):
        return False
    root = ctx.text(node) if node.type == "shorthand_property_identifier" else sx.root_identifier(ctx.src, node)
    return root in client


def _return_conditions(ep: EntryPoint, ev: Event) -> list[Node | None]:
    """The conditions of the `if`s around ``ev``, a return in ``ep``'s own body (not in a callback); empty
    when ``ev`` is no return or sits in a nested function."""
    conditions: list[Node | None] = []
    p = ev.node.parent
    while p is not None and p != ep.fn.node:
        if sx.is_function(p):
            return []
        if p.type == "if_statement":
            conditions.append(p.child_by_field_name("condition"))
        p = p.parent
    return conditions if ev.node.type == "return_statement" else []


def _exit_only(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`if (!session) return { error: "Sign in" }`: a signed-out guard's early exit answers the caller
    and does no work (its conditions test only the session or a schema's verdict, and what it returns awaits nothing and
    calls no project or sign-in function). `if (!login) return 401` after a code lookup is the answer
    to a guess, and stays work."""
    conditions = _return_conditions(ep, ev)
    if not conditions:
        return False
    # the session, or a schema's verdict on the input (`if (submission.status !== "success")`)
    known = ev.state.session | ev.state.fetched | ev.state.validated
    if not all((names := identifiers(ctx.src, c)) and names <= known for c in conditions):
        return False
    for n in sx.walk(ev.value) if ev.value is not None else []:
        if n.type == "await_expression":
            return False
        if n.type == "call_expression" and (
            ctx.analyzer.target(ctx.module, n) is not None
            or vocab.RATE_SENSITIVE_NAMES.search(sx.last_name(sx.callee_name(ctx.src, n)))
        ):
            return False
    return True


_ENV_NAMES = frozenset({"process", "env", "NODE_ENV", "VERCEL_ENV", "NEXT_PUBLIC_VERCEL_ENV"})


def _env_condition(ctx: FileContext, fn: Node, cond: Node | None) -> bool:
    """A condition on the deployment environment only: `process.env.NODE_ENV !== "development"`,
    or `!isDev` with `const isDev = process.env.NODE_ENV === "development"` in the function."""
    names = identifiers(ctx.src, cond)
    if not names:
        return False
    env_locals: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = d.child_by_field_name("value")
        if value is not None and identifiers(ctx.src, value) and identifiers(ctx.src, value) <= _ENV_NAMES:
            env_locals.update(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    return names <= (_ENV_NAMES | env_locals) and bool(names & ({"NODE_ENV", "VERCEL_ENV"} | env_locals))


# a module of deployment settings: `import { env } from "@/env"`, `import { config } from "@/config"`
_CONFIG_IMPORT = re.compile(r"(?i)^(env|config|settings)$")
_CONFIG_OPS = frozenset({"&&", "||", "===", "!==", "==", "!="})


def _config_condition(ctx: FileContext, fn: Node, cond: Node | None, depth: int = 0) -> bool:
    """A condition on deployment settings only, no request data: `env.UPSTASH_REDIS_REST_URL &&
    env.UPSTASH_REDIS_REST_TOKEN`, `!!process.env.REDIS_URL`, or a local bound to one. A limit
    skipped only when its store is not configured is a deployment choice an attacker cannot make."""
    cond = sx.unwrap(cond)
    if cond is None or depth > 2:
        return False
    t = cond.type
    if t == "binary_expression":
        if ctx.text(cond.child_by_field_name("operator")) not in _CONFIG_OPS:
            return False
        sides = [cond.child_by_field_name(f) for f in ("left", "right")]
        settings = [sd for sd in sides if not _literal_value(sd)]
        return bool(settings) and all(_config_condition(ctx, fn, sd, depth) for sd in settings)
    if t == "unary_expression":
        return ctx.text(cond).startswith("!") and _config_condition(ctx, fn, cond.named_children[0], depth)
    if t == "member_expression":
        dotted = sx.dotted(ctx.src, cond)
        if dotted.startswith("process.env."):
            return True
        root = dotted.split(".", 1)[0]
        return "." in dotted and root in ctx.module.imports and bool(_CONFIG_IMPORT.match(root))
    if t == "identifier":  # `const rateLimitEnabled = Boolean(env.UPSTASH_URL)`
        name = ctx.text(cond)
        for d in sx.find(fn, ("variable_declarator",), into_functions=False):
            if ctx.text(d.child_by_field_name("name")) == name:
                value = sx.unwrap(d.child_by_field_name("value"))
                boolean = value is not None and value.type == "call_expression"
                if boolean and value is not None and sx.callee_name(ctx.src, value) == "Boolean":
                    args = sx.call_args(value)
                    value = args[0] if len(args) == 1 else None
                return _config_condition(ctx, fn, value, depth + 1)
    return False


def _literal_value(node: Node | None) -> bool:
    node = sx.unwrap(node)
    return node is not None and node.type in ("string", "number", "true", "false", "null", "undefined")


def _limited_outside_development(ctx: FileContext, ep: EntryPoint, before: Node | None) -> bool:
    """A rate-limit call ahead of the sensitive work that only an environment check can skip
    (`if (!isDev) { const { success } = await ratelimit.limit(ip); ... }`): production is limited."""
    fn = ep.fn.node
    if ep.fn.module is ctx.module and not ctx.limiter_within(fn):
        return False  # (no call below it named like a limiter: the file's, found once)
    for call in sx.find_outside_functions(ep.fn.module.parsed, fn, ("call_expression",)):
        if before is not None and call.start_byte >= before.start_byte:
            break
        if not ctx.analyzer.vocab.is_rate_limit(sx.callee_name(ctx.src, call)):
            continue
        p, conditions = call.parent, []
        while p is not None and p != fn:
            if p.type == "if_statement":
                conditions.append(p.child_by_field_name("condition"))
            p = p.parent
        if conditions and all(_env_condition(ctx, fn, c) or _config_condition(ctx, fn, c) for c in conditions):
            return True
    return False


def _limits_call(ctx: FileContext, ep: EntryPoint, call: Node) -> bool:
    """A rate limit by name, or a project helper that limits (`checkAndEnforceGuestLimit(ip)`
    counting requests in Redis)."""
    if ctx.analyzer.vocab.is_rate_limit(sx.callee_name(ctx.src, call)):
        return True
    target = ctx.analyzer.target(ep.fn.module, call)
    return target is not None and ctx.analyzer.summary(target).rate_limits


def _branch_key(ctx: FileContext, call: Node, ifs: list[Node]) -> tuple[str, bool] | None:
    """(condition, polarity) of the one `if` that guards ``call`` inside ``fn``: `if (isGuest) {...}`
    gives ("isGuest", True), `if (!isGuest)` ("isGuest", False); None when there is no such single
    `if` (nested ones, or the else branch of one with another condition). ``ifs``: the `if` statements
    in ``fn``, nested functions included."""
    # the `if` statements holding the call (from the file's one search, not a climb up the tree per
    # call: a node's parent is found from the root down); none: no key, two or more: none either (a
    # nested one), one: the call must sit in its consequence
    s, e = call.start_byte, call.end_byte
    holding = [i for i in ifs if i.start_byte <= s and e <= i.end_byte]
    if len(holding) != 1:
        return None
    p = holding[0]
    then = p.child_by_field_name("consequence")
    if then is None or not (then.start_byte <= s and e <= then.end_byte):
        return None
    cond = sx.unwrap(p.child_by_field_name("condition"))
    positive = True
    while cond is not None and cond.type == "unary_expression" and ctx.text(cond).startswith("!"):
        positive = not positive
        cond = sx.unwrap(cond.named_children[0])
    if cond is None:
        return None
    return (ctx.text(cond), positive)


def _limited_on_both_branches(ctx: FileContext, ep: EntryPoint, before: Node | None) -> bool:
    """Limits in complementary branches ahead of the work (`if (isGuest) { guest limit by IP }`,
    `if (!isGuest) { per-user limit }`): every caller passes one of them."""
    fn = ep.fn.node
    keys: set[tuple[str, bool]] = set()
    ifs = sx.find(fn, ("if_statement",))
    for call in sx.find_outside_functions(ep.fn.module.parsed, fn, ("call_expression",)):
        if before is not None and call.start_byte >= before.start_byte:
            break
        key = _branch_key(ctx, call, ifs)
        if key is None or key in keys or not _limits_call(ctx, ep, call):
            continue
        if (key[0], not key[1]) in keys:
            return True
        keys.add(key)
    return False


# Awaited calls that only read the request: `await request.json()`, `await params`.
_REQUEST_READS = frozenset({"json", "formData", "text", "arrayBuffer", "blob", "params", "searchParams", "headers"})


# SDK client factories (`createClient()`, `createServerClient(url, key, ...)`), as `taint._CLIENT_FACTORY`
_CLIENT_FACTORY = re.compile(r"^create\w*Client$")


def _shape_rejection(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """An early return that rejects malformed input (`if (typeof code !== "string") return 400`)
    before anything is looked up: the caller learns nothing to guess with, so it is not the
    sensitive work a limiter must precede. A condition that compares two values
    (`password !== process.env.ADMIN_PASSWORD`) or calls a check is a verification, not a shape test."""
    if ev.kind != "return" or (ev.value is not None and sx.find(ev.value, ("await_expression",))):
        return False
    src, fn = ctx.src, ep.fn.node
    for aw in sx.find_outside_functions(ep.fn.module.parsed, fn, ("await_expression",)):
        if aw.start_byte >= ev.node.start_byte:
            break
        inner = sx.unwrap(aw)
        callee = sx.callee_name(src, inner) if inner is not None and inner.type == "call_expression" else ""
        name = sx.last_name(callee) if callee else sx.last_name(sx.dotted(src, inner))
        # (nor a CSRF check of the form's token against the caller's own cookie: nothing stored is looked up)
        if name not in _REQUEST_READS and not ctx.analyzer.vocab.is_validation(callee) and not _CSRF.search(name):
            # (finding out who calls, `await getIronSession(req, res, opts)`, looks up nothing the caller guesses)
            # (`await f<T>(...)` parses as a call of `await f`: the call is the await's parent)
            call = aw.parent if inner is not None and inner.type == "identifier" else inner
            if call is None or call.type != "call_expression":
                return False
            # (nor building an SDK client, `await createClient()`: a connection, no lookup)
            if _CLIENT_FACTORY.match(name):
                continue
            if not ctx.analyzer.is_auth_source_call(ep.fn.module, call):
                return False
    conditions = []
    p = ev.node.parent
    while p is not None and p != fn:
        if p.type == "if_statement":
            conditions.append(p.child_by_field_name("condition"))
        p = p.parent
    return bool(conditions) and not any(_verifies(ctx, c) for c in conditions)


def _verifies(ctx: FileContext, cond: Node | None) -> bool:
    """A condition doing more than a shape test: a call other than a validator, or a
    comparison between two values that are neither literals, `typeof` nor `.length`."""
    for n in sx.walk(cond) if cond is not None else ():
        if (
            n.type == "call_expression"
            and not ctx.analyzer.vocab.is_validation(sx.callee_name(ctx.src, n))
            and not _shape_call(ctx, n)
        ):
            return True
        if n.type == "binary_expression" and ctx.text(n.child_by_field_name("operator")) in ("==", "===", "!=", "!=="):
            sides = [sx.strip_types(n.child_by_field_name(f)) for f in ("left", "right")]
            if not any(_shape_operand(ctx, side) for side in sides):
                return True
    return False


# String methods that test the input's shape against a literal: `email.includes("@")`, `/^\d+$/.test(code)`.
_SHAPE_METHODS = frozenset({"includes", "startsWith", "endsWith", "test", "match"})
_LITERAL_ARGS = ("string", "regex", "number")
_DECODE_RESULT_TESTS = frozenset({"Either.isLeft", "Either.isRight", "isLeft", "isRight"})
# built-in type tests of a value (`!Array.isArray(entries)`, `!Number.isInteger(n)`): a shape test
_TYPE_TESTS = frozenset({"Array.isArray", "Number.isInteger", "Number.isFinite", "Number.isSafeInteger"})


def _shape_call(ctx: FileContext, call: Node) -> bool:
    """`email.includes("@")` or `/^[0-9]{6}$/.test(code)`: the input held against a literal pattern,
    which reads nothing stored and so tells a guesser nothing."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    callee = sx.callee_name(ctx.src, call)
    if callee in _DECODE_RESULT_TESTS:
        return True  # effect's `Either.isLeft(decoded)`: the schema's verdict, as zod's `!parsed.success`
    if callee in _TYPE_TESTS:
        return True
    if fn is None or fn.type != "member_expression":
        return False
    method = ctx.text(fn.child_by_field_name("property"))
    if method not in _SHAPE_METHODS:
        return False
    args = [sx.strip_types(a) for a in sx.call_args(call)]
    obj = sx.strip_types(fn.child_by_field_name("object"))
    if method == "test":
        return obj is not None and obj.type == "regex" and len(args) == 1
    if method == "includes" and obj is not None and obj.type == "array" and len(args) == 1:
        # `["admin", "member"].includes(role)`: the input held against a literal allow-list
        return bool(obj.named_children) and all(e.type in _LITERAL_ARGS for e in obj.named_children)
    return bool(args) and all(a is not None and a.type in _LITERAL_ARGS for a in args)


def _shape_operand(ctx: FileContext, node: Node | None) -> bool:
    if node is None or node.type in ("string", "number", "null", "undefined", "true", "false", "template_string"):
        return True
    if node.type == "unary_expression" and ctx.text(node.child_by_field_name("operator")) == "typeof":
        return True
    return node.type == "member_expression" and ctx.text(node.child_by_field_name("property")) == "length"


# What a short, guessable code is called: `accessCode`, `pin`, `otp`, `joinCode` (a `token` is long and random).
_GUESSABLE = frozenset({"code", "otp", "totp", "pin", "passcode"})
# What a typed secret is called whoever holds it (`sellerPassword`, `door_passcode`): a record looked up by
# one the caller sends is a password check, whatever qualifies the column.
_TYPED_SECRETS = frozenset({"password", "passcode", "passphrase"})
# What a value classifies a record by (`cardType`, `input.kind`): a key of bookkeeping, not a secret.
_KIND_WORDS = frozenset({"type", "kind", "category", "status"})


def _code_lookup(ctx: FileContext, ev: Event, records: set[str], ep: EntryPoint | None = None) -> bool:
    """A lookup keyed by a code the caller sends (`findFirst({ where: { accessCode } })`, also
    through a project helper handed that object, or a Supabase `.eq("join_code", code)`): checking a
    code, whatever the endpoint is called. So is one keyed by a value the input schema pins to a few
    characters (`token: z.string().length(5)`, `.eq("token", token)`), whatever the value is called."""
    if ev.kind != "db" or ev.op is None or ev.op.kind != "read" or ev.node.type != "call_expression":
        return False
    if ev.op.api == "sql":
        return _sql_code_filter(ctx, ev)
    if ev.op.api == "supabase":
        for method, call in chain_calls(ev.op.chain, ctx.src):
            args = sx.call_args(call)
            column = sx.string_value(ctx.src, args[0]) if method == "eq" and len(args) == 2 else None
            if not column or not identifiers(ctx.src, args[1]) & ev.state.client:
                continue
            ws = vocab.words(column)
            named = bool(ws) and ws[-1] in _GUESSABLE and set(ws) <= _CREDENTIAL_WORDS | _QUALIFIERS | _GUESSABLE
            # (`.eq("code", shareCode)`: a share or invite link's code is a long random capability)
            held = sx.strip_types(args[1])
            named = named and not (
                held is not None
                and held.type in ("identifier", "member_expression")
                and set(vocab.words(sx.last_name(ctx.text(held)))) & _LINK_WORDS
            )
            if named or (ep is not None and _short_by_schema(ctx, ep, args[1])):
                return True
        return False
    args = sx.call_args(ev.node)
    where = object_keys(ctx.src, args[0]).get("where") if args else None
    for key, value in object_keys(ctx.src, where).items():
        if ep is not None and identifiers(ctx.src, value) & ev.state.client and _short_by_schema(ctx, ep, value):
            return True
        ws = vocab.words(key)
        if ws and ws[-1] in _TYPED_SECRETS and identifiers(ctx.src, value) & ev.state.client:
            return True  # `where: { sellerId: id, sellerPassword: password }`
        if not ws or ws[-1] not in _GUESSABLE or not set(ws) <= _CREDENTIAL_WORDS | _QUALIFIERS | _GUESSABLE:
            continue
        # `where: { code: cardType }`: the value is named for a kind of record, not a code anyone types
        held = sx.strip_types(value)
        if held is not None and held.type in ("identifier", "member_expression"):
            vws = vocab.words(sx.last_name(ctx.text(held)))
            if vws and vws[-1] in _KIND_WORDS:
                continue
        # `code Int @default(autoincrement())`: the record's sequence number, nothing to guess
        if ev.op.model and model_secrets.serial_column(ctx.analyzer.program, ev.op.model, key, ctx.path):
            continue
        # the caller's value: client input, or a body a request helper handed back (not a stored row's field)
        names = identifiers(ctx.src, value)
        if names & ev.state.client:
            return True
        # (`where: { code: OFFICIAL_TEMPLATE_CODE }`: a constant of the module or one it imports)
        names = {n for n in names if not _module_constant(ctx, ev.node, n)}
        if names and not names & records and value.type != "string":
            return True
    return False


def _module_constant(ctx: FileContext, at: Node, name: str) -> bool:
    """``name`` is bound at the module's top (a `const`, an import) and not again in the function
    holding ``at``: the same value for every caller."""
    mod = ctx.module
    if name not in mod.values and name not in mod.imports:
        return False
    fn = sx.enclosing_function(at)
    if fn is None:
        return True
    if name in sx.param_names(ctx.src, fn):
        return False
    return not any(
        name in sx.pattern_names(ctx.src, d.child_by_field_name("name")) for d in sx.find(fn, ("variable_declarator",))
    )


# a raw SQL filter on a column by an interpolated value, through any function calls around it:
# `code_hash = encode(sha256(${code}::bytea), 'hex')`, `pin = ${pin}`
_SQL_FILTER = re.compile(r"\b(\w+)\s*=\s*(?:\w+\(\s*)*\$\{\s*([^}]*?)\s*\}")
# a table of codes that redeem something (`promo_codes`, `vouchers`): whether looking one up is a code
# verification is left open by the labelled apps (marquee, pawprint: ambiguous), so raw SQL does not add it
_REDEEMED_TABLE = re.compile(r"(?i)coupon|promo|voucher|gift_?card")
# what a stored code's column adds to its name when it keeps the code's digest (`code_hash`, `pin_digest`)
_DIGEST_WORDS = frozenset({"hash", "hashed", "digest", "sha256"})


def _sql_code_filter(ctx: FileContext, ev: Event) -> bool:
    """A raw SQL read (a postgres.js tagged template) whose filter picks a row by a code column the caller's
    value fills (`WHERE code_hash = encode(sha256(${code}::bytea), 'hex')`, `AND pin = ${pin}`): the
    same code check as a Prisma `where: { code }` (a column keeping the code's hash is named for the code)."""
    assert ev.op is not None
    text = ctx.text(ev.node)
    if "${" not in text or _REDEEMED_TABLE.search(ev.op.model or ""):
        return False
    for column, expr in _SQL_FILTER.findall(text):
        ws = vocab.words(column)
        while ws and ws[-1] in _DIGEST_WORDS:
            ws = ws[:-1]
        if not ws or ws[-1] not in _GUESSABLE or not set(ws) <= _CREDENTIAL_WORDS | _QUALIFIERS | _GUESSABLE:
            continue
        # (the caller's value, not one named for a share or invite link: `${shareCode}` is a long random one)
        names = re.findall(r"[A-Za-z_$][\w$]*", expr)  # (`input.shareCode`: root `input`, named `shareCode`)
        if names and names[0] in ev.state.client and not set(vocab.words(names[-1])) & _LINK_WORDS:
            return True
    return False


# What a link's code is named for: a share or invitation link carries a long random one.
_LINK_WORDS = frozenset({"share", "invite", "invitation", "link", "referral", "unsubscribe", "magic"})


# The most characters a code a person types has (`z.string().length(6)`): a few, walked through quickly.
_SHORT_CODE_LENGTH = 8
_EXACT_LENGTH = re.compile(r"\.length\(\s*(\d+)\s*[,)]")


def _short_by_schema(ctx: FileContext, ep: EntryPoint, value: Node) -> bool:
    """``value`` (`token.toUpperCase()`, `parsedInput.code`) is the caller's field an input schema pins
    to an exact, short length (`token: z.string().length(5)`): a code to type, not a random token."""
    node = sx.strip_types(value)
    while node is not None and node.type == "call_expression":  # `token.toUpperCase()`, `.trim()`
        fn = sx.strip_types(node.child_by_field_name("function"))
        node = (
            sx.strip_types(fn.child_by_field_name("object"))
            if fn is not None and fn.type == "member_expression"
            else None
        )
    if node is None or node.type not in ("identifier", "member_expression", "shorthand_property_identifier"):
        return False
    name = sx.last_name(ctx.text(node))
    program = ctx.analyzer.program
    for mod, schema in ep.schemas:
        entry = (schema_keys(mod, schema, program) or {}).get(name)
        m = _EXACT_LENGTH.search(mod.text(entry)) if entry is not None else None
        if m is not None and int(m.group(1)) <= _SHORT_CODE_LENGTH:
            return True
    return False


# The least length a code must have to be a random capability (an unsubscribe or sign-in link's),
# not something a person types and an attacker can walk through.
_RANDOM_CODE_LENGTH = 20


def _taken_check(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`const taken = await db.dept.findFirst({ where: { code } }); if (taken) return { error: "in use" }`:
    the row found is only ever a reason to refuse a duplicate (every use of it is the test of an `if`
    that exits); a hit grants nothing, so the caller has nothing to guess at."""
    # (a Supabase read is the whole chain, `.from(t).select().eq(...).maybeSingle()`, not its first call)
    start = ev.op.chain if ev.op is not None and ev.op.api == "supabase" and ev.op.chain is not None else ev.node
    holder = start.parent
    while holder is not None and holder.type in ("await_expression", "parenthesized_expression", "as_expression"):
        holder = holder.parent
    name_node = holder.child_by_field_name("name") if holder is not None else None
    if name_node is not None and name_node.type == "object_pattern" and ev.op is not None and ev.op.api == "supabase":
        name_node = _data_binding(ctx, name_node)  # `const { data: taken } = await supabase...maybeSingle()`
    if holder is None or holder.type != "variable_declarator" or name_node is None or name_node.type != "identifier":
        return False
    name = ctx.text(name_node)
    uses = [
        n
        for n in sx.find(ep.fn.node, ("identifier", "shorthand_property_identifier"))
        if n.start_byte > name_node.end_byte and ctx.text(n) == name
    ]
    for use in uses:
        # (also inside the test, `if (taken.data && taken.data.length > 0) return { error: "exists" }`)
        cond: Node = use
        # (never under `!`: `if (!row) return` refuses a miss, which is a code check)
        while cond.parent is not None and (
            cond.parent.type == "member_expression"
            or (
                cond.parent.type == "binary_expression"
                and ctx.text(cond.parent.child_by_field_name("operator")) in ("&&", ">")
            )
        ):
            cond = cond.parent
        paren = cond.parent
        stmt = paren.parent if paren is not None and paren.type == "parenthesized_expression" else None
        if (
            stmt is None
            or stmt.type != "if_statement"
            or stmt.child_by_field_name("condition") != paren
            or not sx.exits(ctx.src, stmt.child_by_field_name("consequence"))
        ):
            return False
    return bool(uses)


def _data_binding(ctx: FileContext, pattern: Node) -> Node | None:
    """The local a Supabase answer's `data` is bound to in `{ data: taken, error }`."""
    for pair in pattern.named_children:
        if pair.type == "pair_pattern" and ctx.text(pair.child_by_field_name("key")) == "data":
            value = pair.child_by_field_name("value")
            return value if value is not None and value.type == "identifier" else None
    return None


def _found_or_made(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`let badge = await db.badge.findFirst({ where: { code } }); if (!badge) { badge = await
    db.badge.create(...) }`: a get-or-create, whose miss makes the row rather than turning the caller
    away: a catalogue key looked up, no code checked (nothing answers whether a guess was right)."""
    holder = ev.node.parent
    while holder is not None and holder.type in ("await_expression", "parenthesized_expression", "as_expression"):
        holder = holder.parent
    name_node = holder.child_by_field_name("name") if holder is not None else None
    if holder is None or holder.type != "variable_declarator" or name_node is None or name_node.type != "identifier":
        return False
    decl = holder.parent
    if decl is None or not ctx.text(decl).startswith("let"):
        return False
    name = ctx.text(name_node)
    for branch in sx.find(ep.fn.node, ("if_statement",), into_functions=False):
        cond = sx.unwrap(branch.child_by_field_name("condition"))
        if branch.start_byte < holder.end_byte or cond is None or ctx.text(cond).replace(" ", "") != f"!{name}":
            continue
        for a in sx.find(branch.child_by_field_name("consequence") or branch, ("assignment_expression",), False):
            right = sx.unwrap(a.child_by_field_name("right"))
            if right is not None and right.type == "await_expression" and right.named_children:
                right = sx.unwrap(right.named_children[0])
            if (
                ctx.text(a.child_by_field_name("left")) == name
                and right is not None
                and right.type == "call_expression"
                and sx.last_name(sx.callee_name(ctx.src, right)) in ("create", "insert", "upsert")
            ):
                return True
    return False


def _short_link(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """`GET /r/[code]`: a route named by its segment that sends and compares nothing and answers by
    redirecting to a value of the row the segment found (`redirect(link.target_url)`): a short link
    resolved, its code a public slug, not a secret checked."""
    folder = ep.path.rsplit("/", 2)[-2] if ep.kind == "route" and "/" in ep.path else ""
    if not folder.startswith("[") or ep.method != "GET" or any(e.kind == "email" for e in flow.events):
        return False
    if _verifies_code(ctx, ep, flow):
        return False
    src = ctx.src
    rows = set(flow.records)
    found: set[str] = set(rows)
    # (`const link = (rows as any[])[0]`: a row of the answer)
    for decl in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        name, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
        if (
            name is not None
            and name.type == "identifier"
            and value is not None
            and sx.root_identifier(src, sx.unwrap(value)) in found
        ):
            found.add(sx.text(src, name))
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        if sx.last_name(sx.callee_name(src, call)) != "redirect":
            continue
        args = sx.call_args(call)
        target = sx.strip_types(args[0]) if args else None
        if target is not None and target.type == "member_expression" and sx.root_identifier(src, target) in found:
            return True
    return False


def _staff_lookup(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """`POST gift-cards/[code]`: a signed-in caller whose role is checked (at the record the code found,
    `requireWineryRole(card.wineryId, roles)`, or before), the code compared with nothing stored: staff
    looking a record up by the code printed on it prove no code and guess nothing."""
    folder = ep.path.rsplit("/", 2)[-2] if ep.kind in ("route", "pages-api") and "/" in ep.path else ""
    return (
        folder.startswith("[")  # (the record the route's own parameter names)
        and flow.final.auth is not None
        and flow.final.role
        and not _verifies_code(ctx, ep, flow)
    )


def _long_code_lookup(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`if (!code || code.length !== 45) return 400` before `findFirst({ where: { code } })`: the
    endpoint itself turns away any code shorter than a random token's, so there is nothing to guess."""
    args = sx.call_args(ev.node) if ev.node.type == "call_expression" else []
    where = object_keys(ctx.src, args[0]).get("where") if args else None
    keyed = [
        v for k, v in object_keys(ctx.src, where).items() if vocab.words(k)[-1:] and vocab.words(k)[-1] in _GUESSABLE
    ]
    if not keyed:
        return False
    pinned = _length_pinned(ctx, ep.fn.node, ev.node.start_byte)
    for value in keyed:
        names = identifiers(ctx.src, value)
        for decl in sx.find(ep.fn.node, ("variable_declarator",)):  # `const lowered = code.toLowerCase()`
            if ctx.text(decl.child_by_field_name("name")) in names:
                names = names | identifiers(ctx.src, decl.child_by_field_name("value"))
        if not names & pinned:
            return False
    return True


def _length_pinned(ctx: FileContext, fn: Node, before: int) -> set[str]:
    """Names an exit before ``before`` pins to at least `_RANDOM_CODE_LENGTH` characters: a disjunct
    `x.length !== 45` / `x.length < 32` of an `if` whose branch returns or throws."""
    out: set[str] = set()
    for stmt in sx.find(fn, ("if_statement",)):
        cons = stmt.child_by_field_name("consequence")
        if stmt.start_byte >= before or not sx.exits(ctx.src, cons):
            continue
        pending = [sx.unwrap(stmt.child_by_field_name("condition"))]
        while pending:
            n = pending.pop()
            if n is None or n.type != "binary_expression":
                continue
            op = ctx.text(n.child_by_field_name("operator"))
            left, right = n.child_by_field_name("left"), sx.strip_types(n.child_by_field_name("right"))
            if op == "||":
                pending += [sx.unwrap(left), sx.unwrap(right)]
                continue
            length = sx.strip_types(left)
            if op not in ("!==", "!=", "<") or length is None or length.type != "member_expression":
                continue
            if ctx.text(length.child_by_field_name("property")) != "length" or right is None or right.type != "number":
                continue
            if ctx.text(right).isdigit() and int(ctx.text(right)) >= _RANDOM_CODE_LENGTH:
                out.add(sx.root_identifier(ctx.src, length) or "")
    return out


# A schema pinning a token's least length (`z.string().length(64)`, `.min(32)`), and an anchored pattern of
# one character class repeated (`/^[A-Za-z0-9_-]{40,60}$/`): the length a random link token has.
_LEAST_LENGTH = re.compile(r"\.(?:length|min)\(\s*(\d+)\s*[,)]")
_PATTERN_LENGTH = re.compile(r"^/\^(?:\[[^\]]+\]|\\[wdA-Za-z]|\.)\{(\d+)(?:,\d*)?\}\$/[a-z]*$")


def _long_token_lookup(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    r"""`verifyEmail(token)` parsing `z.string().length(64)` (or testing `/^[\w-]{40,60}$/`, or
    `token.length !== 45` exiting) before every lookup keyed by it: the token of an e-mailed link, long
    and random, nothing a caller can walk through (a six-digit code stays a code verification)."""
    pinned = _length_pinned(ctx, ep.fn.node, ep.fn.node.end_byte) | _long_by_schema_or_pattern(ctx, ep.fn.node)
    keyed = False
    for e in flow.events:
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.node.type != "call_expression":
            continue
        args = sx.call_args(e.node)
        where = object_keys(ctx.src, args[0]).get("where") if args else None
        for value in object_keys(ctx.src, where).values():
            names = identifiers(ctx.src, value) & (e.state.client | pinned)
            if names - pinned:
                return False  # (also keyed by a value nothing pins long)
            keyed = keyed or bool(names)
    return keyed


def _long_by_schema_or_pattern(ctx: FileContext, fn: Node) -> set[str]:
    r"""Names pinned to at least `_RANDOM_CODE_LENGTH` characters: `const t = z.string().length(64).parse(token)`
    (both `t` and `token`), or `token` of an exiting `if (!/^[\w-]{40,60}$/.test(token))`."""
    out: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",)):
        value = sx.unwrap(decl.child_by_field_name("value"))
        if value is not None and value.type == "await_expression" and value.named_children:
            value = sx.unwrap(value.named_children[0])
        callee = sx.strip_types(value.child_by_field_name("function")) if value is not None else None
        if value is None or value.type != "call_expression" or callee is None or callee.type != "member_expression":
            continue
        if ctx.text(callee.child_by_field_name("property")) != "parse":
            continue
        lengths = [int(n) for n in _LEAST_LENGTH.findall(ctx.text(callee.child_by_field_name("object")))]
        if lengths and min(lengths) >= _RANDOM_CODE_LENGTH:
            out.add(ctx.text(decl.child_by_field_name("name")))
            out |= identifiers(ctx.src, value.child_by_field_name("arguments"))
    for stmt in sx.find(fn, ("if_statement",)):
        if not sx.exits(ctx.src, stmt.child_by_field_name("consequence")):
            continue
        # (a disjunct of the exit's condition only: `!RE.test(t) || ...`, not `!RE.test(t) && other`)
        pending, negations = [sx.unwrap(stmt.child_by_field_name("condition"))], []
        while pending:
            n = pending.pop()
            if n is not None and n.type == "binary_expression" and ctx.text(n.child_by_field_name("operator")) == "||":
                pending += [sx.unwrap(n.child_by_field_name("left")), sx.unwrap(n.child_by_field_name("right"))]
            elif n is not None and n.type == "unary_expression":
                negations.append(n)
        for neg in negations:
            call = sx.unwrap(neg.named_children[0]) if neg.named_children else None
            callee = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
            if call is None or call.type != "call_expression" or callee is None or callee.type != "member_expression":
                continue
            regex = sx.unwrap(callee.child_by_field_name("object"))
            m = _PATTERN_LENGTH.match(ctx.text(regex)) if regex is not None and regex.type == "regex" else None
            if (
                ctx.text(neg).startswith("!")
                and m
                and ctx.text(callee.child_by_field_name("property")) == "test"
                and int(m.group(1)) >= _RANDOM_CODE_LENGTH
            ):
                out |= identifiers(ctx.src, call.child_by_field_name("arguments"))
    return out


_WORK_KINDS = frozenset({"db", "email", "ai", "fetch"})


def _is_work(ctx: FileContext, ep: EntryPoint, e: Event) -> bool:
    """Work the limit must precede: a lookup, send or call out, or an answer to the caller that is
    not a limiter's rejection (a return from a catch), a malformed-input rejection or a guard's exit."""
    if (
        e.kind == "db"
        and e.op is not None
        and e.op.api == "helper"
        and ctx.analyzer.is_auth_source_call(ep.fn.module, e.node)
    ):
        return False  # `await requireUser()`: finding out who calls is what a per-user limit is keyed on
    if (
        e.kind == "db"
        and e.op is not None
        and e.op.api == "helper"
        and e.op.kind == "read"
        and _check_helper(ctx, ep, e)
    ):
        return False  # `canSupport(userId, schoolId)` reads the caller's membership to decide: a check, not work
    if e.kind == "db" and e.op is not None and e.op.kind == "read" and _own_account_read(ctx, e):
        return False  # `getSubscriberByUid(token.uid)`: the caller's own record, what a per-user limit is keyed on
    if e.kind in _WORK_KINDS:
        return True
    return (
        e.kind == "return"
        and e.catch_param is None
        and not _shape_rejection(ctx, ep, e)
        and not _exit_only(ctx, ep, e)
        and not _csrf_rejection(ctx, ep, e)
    )


_CSRF = re.compile(r"(?i)[cx]srf")


def _csrf_rejection(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """`if (!(await validateCsrfToken(token))) return 403`: a CSRF check holds the form's token against
    the caller's own cookie, so its refusal tells a guesser nothing and does no work a limit must precede.
    Every condition around the return must be only such a call (negated or awaited)."""
    conditions = _return_conditions(ep, ev)
    if not conditions:
        return False
    for cond in conditions:
        node = sx.unwrap(cond)
        while node is not None and (
            node.type == "await_expression" or (node.type == "unary_expression" and ctx.text(node).startswith("!"))
        ):
            node = sx.unwrap(node.named_children[0])
        if node is None or node.type != "call_expression":
            return False
        if not _CSRF.search(sx.last_name(sx.callee_name(ctx.src, node))):
            return False
    return True


def _limited_past_tenant_lookups(ctx: FileContext, ep: EntryPoint, flow: Flow, matched: str) -> bool:
    """An invitation limited after a signed-in caller's lookup inside their own tenant (`and(eq(employers.id,
    id), eq(employers.orgId, ctx.orgId))`, then `if (!emp) throw`) but before the row and the mail: that
    lookup checks what the caller names, and the sensitive work, the sending, is limited. (A lookup by
    the typed address alone, or of a code, is the guess itself: it still has to come after the limit.)"""
    if _what(matched) != "an invitation":
        return False
    found: set[str] = set()  # what those lookups bound (`const [entry] = await db.select(...)`)
    for e in flow.events:
        if not _is_work(ctx, ep, e):
            continue
        if _tenant_lookup(ctx, e):
            found |= _bound_names(ctx, e.op.chain if e.op is not None else e.node)
            continue
        if _found_row_updated(ctx, e, found):
            continue
        return e.state.rate_limited
    return False


def _bound_names(ctx: FileContext, node: Node) -> set[str]:
    """The names the declaration holding ``node`` binds (`row` of `const [row] = await db.select(...)`)."""
    p = node.parent
    while p is not None and p.type in ("await_expression", "parenthesized_expression", "as_expression"):
        p = p.parent
    if p is None or p.type != "variable_declarator" or p.child_by_field_name("value") is None:
        return set()
    pattern = p.child_by_field_name("name")
    return identifiers(ctx.src, pattern) if pattern is not None else set()


def _found_row_updated(ctx: FileContext, e: Event, found: set[str]) -> bool:
    """`db.update(t).set({ inviteToken }).where(eq(t.id, entry.id))` of the row a tenant lookup found: run
    again and again it rewrites that one row, nothing piles up (an insert makes a row per call)."""
    if not found or e.kind != "db" or e.op is None or e.op.kind != "write" or e.op.api == "helper":
        return False
    if not re.match(r"(?i)update", e.op.verb or sx.callee_name(ctx.src, e.op.call).rsplit(".", 1)[-1]):
        return False
    data = e.op.data
    picks = [a for a in e.op.args if not any(a.start_byte <= d.start_byte < d.end_byte <= a.end_byte for d in data)]
    named = set().union(*(identifiers(ctx.src, a) for a in picks)) if picks else set()
    # (the found row is the one the caller named: what else picks the rows must not be theirs)
    return bool(named & found) and not (named - found) & e.state.client


def _tenant_lookup(ctx: FileContext, e: Event) -> bool:
    """A read past the sign-in whose arguments hold a value of the session (the caller's tenant)."""
    if e.kind != "db" or e.op is None or e.op.kind != "read" or e.state.auth is None:
        return False
    own = e.state.session | e.state.fetched
    return bool(own) and mentions_any(ctx.src, [e.op.chain, *e.op.args], own)


def _own_account_read(ctx: FileContext, e: Event) -> bool:
    """A read picked only by what the session holds (`getSubscriberByUid(token.sub.uid)`, then
    `getUserEmails(subscriber.id)`): finding out who calls, with nothing the caller sends, as
    `requireUser()` does; a sign-in's guessed password or code is no session value."""
    args = e.node.child_by_field_name("arguments") if e.node.type == "call_expression" else None
    if args is None:
        return False
    names = identifiers(ctx.src, args)
    own = e.state.session | e.state.fetched
    return bool(names) and names <= own and not names & e.state.client


def _secret_refusal(ctx: FileContext, flow: Flow, e: Event) -> bool:
    """`if (key !== process.env.HARNESS_KEY) return 403`: the refusal of a shared-secret gate (what
    follows the `if` runs with the secret checked) answers a caller without the deployment's secret
    and does no work. (Not a password or code compared there: that is a sign-in, answered per guess.)"""
    if e.kind != "return" or e.state.auth is not None:
        return False
    gate = next((p for p in sx.ancestors(e.node) if p.type == "if_statement" or sx.is_function(p)), None)
    if gate is None or gate.type != "if_statement":
        return False
    cond = gate.child_by_field_name("condition")
    names = identifiers(ctx.src, cond) if cond is not None else set()
    if any(set(vocab.words(n)) & _GUESSED_WORDS for n in names):
        return False
    after = next((x for x in flow.events if x.node.start_byte >= gate.end_byte), None)
    return after is not None and after.state.auth == "secret"


_GUESSED_WORDS = frozenset({"password", "passcode", "pin", "otp", "totp", "code", "passphrase"})
_CAN = re.compile(r"^can[A-Z]\w+$")  # `canSupport(userId, schoolId)`: a permission question


def _check_helper(ctx: FileContext, ep: EntryPoint, e: Event) -> bool:
    """The read is a project permission helper's (`canSupport`, `isCourseStaff`): role or ownership."""
    last = sx.last_name(e.callee or "")
    if ctx.analyzer.vocab.is_role_call(e.callee or "") or vocab.OWNERSHIP_CALLS.search(last) or _CAN.match(last):
        return True
    target = ctx.analyzer.target(ep.fn.module, e.node)
    if target is None:
        return False
    summary = ctx.analyzer.summary(target)
    return summary.role or summary.owner or summary.answers_check


# What makes or extends a session: `createSession(...)`, `setSessionAndUpdateCookie(...)`, `startSession`.
_SESSION_VERBS = frozenset({"create", "set", "update", "start", "new", "add", "open", "issue", "establish"})


def _hashes_password_signed_out(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """A sign-up by the password it hashes to store (`checks.analysis.sign_up`), with no limiter called
    anywhere (behind a deployment switch, or after a miss)."""
    if ep.fn.module is ctx.module:
        if ctx.limiter_within(ep.fn.node):  # (the file's limiter calls, found once)
            return False
    elif any(
        ctx.analyzer.vocab.is_rate_limit(sx.callee_name(ctx.src, c)) for c in sx.find(ep.fn.node, ("call_expression",))
    ):
        return False
    # (or the account a sign-up page's action files with the password its form hashed: `add_vendor`)
    return (
        hashes_password_signed_out(ctx, ep, flow)
        or _password_past_token_store(ctx, ep, flow)
        or files_account_for_sign_up_page(ctx, ep, flow)
    ) and not _made_for_others(ctx, ep, flow)


# an app's admin area: `app/admin/clients/new/actions.ts`, `app/(admin)/...`, `app/api/admin/users/route.ts`
# (also `super-admin/`, `sysadmin/`, `admin-panel/`: an operator's console under another spelling)
_ADMIN_AREA = re.compile(r"(?i)(^|/)\(?((super|sys|site|platform)[-_]?)?admin(s|istration)?([-_][a-z]+)?\)?/")


def _made_for_others(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """An account made with the caller's password that is no sign-up anyone repeats: a first-run setup turning
    the caller away once an account exists (one, ever), or a form of the app's admin area (an admin adding a
    client or a colleague: whether it checks that admin is missing-auth's question)."""
    return bool(_ADMIN_AREA.search(ep.path)) or first_account_only(ctx, ep, flow)


# where one-time tokens wait (`verificationToken`), and invitations
_TOKEN_STORE = re.compile(r"(?i)^\w*invit(e|ation)s?$")


def _password_past_token_store(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """`if (!(await db.verificationToken.findFirst({ where: { identifier: `invite:${token}` } }))) return`,
    then `bcrypt.hash(password, 12)` stored: the only "sign-in" on the way is a lookup in a token or
    invitation store, by what the caller sent (keyed otherwise than by a `token` column, which is already
    a held secret), and no session is read before the hash. Accepting an invitation with a password:
    a sign-up."""
    if ep.authenticated_by or (ep.kind in ("action", "inline-action") and not sx.param_names(ctx.src, ep.fn.node)):
        return False
    first = next((i for i, e in enumerate(flow.events) if e.state.auth not in (None, "secret")), None)
    if first is None:
        return False
    reads = [e.op for e in flow.events[:first] if e.kind == "db" and e.op is not None]
    if not reads or not all(
        o.kind == "read" and (vocab.CODE_STORE_MODELS.match(o.model or "") or _TOKEN_STORE.match(o.model or ""))
        for o in reads
    ):
        return False
    return any(
        hashes_password(ctx.src, c) and not _signed_in_before(ctx, ep, c)
        for c in sx.find(ep.fn.node, ("call_expression",), into_functions=False)
    )


def _direct_input(ctx: FileContext, ep: EntryPoint) -> set[str]:
    """The entry point's parameters, and names destructured straight from them (`let { checks } = options`)."""
    names = set(ep.input_params) - request_names(ep)
    for d in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is not None and value.type == "identifier" and ctx.text(value) in names:
            names |= set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
        elif value is not None and value.type == "object" and identifiers(ctx.src, value) & names:
            names |= set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))  # `{ password: input.password }`
    return names


def _session_from_input(ctx: FileContext, ep: EntryPoint, calls: list[Node]) -> Node | None:
    """A session made or extended from what the caller sends (`createSession({ checks })`,
    `setSessionAndUpdateCookie({ checks: options.checks })`) by a caller not signed in before it."""
    if ctx.src.find(b"ession", ep.fn.node.start_byte, ep.fn.node.end_byte) == -1:
        return None  # (cheap: no callee in it can name a session)
    direct: set[str] | None = None  # (worked out for the first call named for a session)
    for call in calls:
        last = sx.last_name(sx.callee_name(ctx.src, call))
        if "session" not in last.lower():
            continue  # (cheap: the name holds no word "session")
        ws = vocab.words(last)
        if not (ws and ws[0] in _SESSION_VERBS and "session" in ws):
            continue
        roots = {
            (ctx.text(n) if n.type != "member_expression" else sx.root_identifier(ctx.src, n)) or ""
            for a in sx.call_args(call)
            for n in sx.walk(a)
            if n.type in ("identifier", "shorthand_property_identifier", "member_expression")
        }
        if direct is None:
            direct = _direct_input(ctx, ep)
        if roots & direct and not _signed_in_before(ctx, ep, call):
            return call
    return None


def _session_for_token_holder(ctx: FileContext, ep: EntryPoint, calls: list[Node]) -> Node | None:
    """A session made (`setSession({ user })`, `startSession(seat.userId)`) for a record found by a token or
    code the caller sends (`findSeatByToken(input.seatToken)`, then the user it names) by a caller not signed
    in before: the token is the credential of a sign-in step, as a magic link's is."""
    if ctx.src.find(b"ession", ep.fn.node.start_byte, ep.fn.node.end_byte) == -1:
        return None
    sessions = []
    for call in calls:
        ws = vocab.words(sx.last_name(sx.callee_name(ctx.src, call)))
        if ws and ws[0] in _SESSION_VERBS and "session" in ws and not _signed_in_before(ctx, ep, call):
            sessions.append(call)
    if not sessions:
        return None
    direct = _direct_input(ctx, ep)
    # the caller's credential values: input names, or fields of the input, named for a token or code
    creds = {n for n in direct if set(vocab.words(n)) & _CREDENTIAL_WORDS}
    found: set[str] = set()
    decls = list(sx.find(ep.fn.node, ("variable_declarator",), into_functions=False))
    for _ in range(3):  # (the record found by the token, then the user it names)
        for d in decls:
            value = d.child_by_field_name("value")
            names = set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
            if value is None or not names or names <= found:
                continue
            for call in sx.find(value, ("call_expression",)):
                args = [n for a in sx.call_args(call) for n in sx.walk(a)]
                keyed = any(
                    (n.type == "identifier" and ctx.text(n) in creds | found)
                    or (
                        n.type == "member_expression"
                        and sx.root_identifier(ctx.src, n) in direct
                        and set(vocab.words(ctx.text(n.child_by_field_name("property")))) & _CREDENTIAL_WORDS
                    )
                    or (n.type == "member_expression" and sx.root_identifier(ctx.src, n) in found)
                    for n in args
                )
                if keyed:
                    found |= names
                    break
    if not found:
        return None
    for call in sessions:
        roots = {
            (ctx.text(n) if n.type != "member_expression" else sx.root_identifier(ctx.src, n)) or ""
            for a in sx.call_args(call)
            for n in sx.walk(a)
            if n.type in ("identifier", "shorthand_property_identifier", "member_expression")
        }
        if roots & found:
            return call
    return None


def _reads_client_credential(ctx: FileContext, ep: EntryPoint, client: set[str]) -> bool:
    """`checks.password`, `options.checks?.otp`: a credential read from what the caller sends (not a type)."""
    for n in sx.find(ep.fn.node, ("member_expression",)):
        ws = vocab.words(ctx.text(n.child_by_field_name("property")))
        if ws and ws[0] in _CREDENTIAL_WORDS | {"otp", "totp"} and sx.root_identifier(ctx.src, n) in client:
            return True
    return False


def _chain_limited(ctx: FileContext, ep: EntryPoint) -> bool:
    """`client.use(createRateLimitMiddleware(5, "1 h")).action(fn)`: a limiter in the action's chain."""
    p = ep.fn.node.parent
    while p is not None and p.type in ("arguments", "call_expression", "member_expression"):
        if p.type == "call_expression":
            for c in sx.find(p, ("call_expression",), into_functions=False):
                ws = vocab.words(sx.last_name(sx.callee_name(ctx.src, c)))
                if ctx.analyzer.vocab.is_rate_limit(sx.callee_name(ctx.src, c)) or (
                    "limit" in ws and ("rate" in ws or "limiter" in ws)
                ):
                    return True
        p = p.parent
    return False


def _signs_in_by_behaviour(ctx: FileContext, ep: EntryPoint, flow: Flow) -> tuple[str, Node] | None:
    """What an entry point does with the caller's credentials, whatever it is called, through an
    identity provider's API the analyser cannot see into: a session made or extended from what the
    caller sends, reading a credential from it (`setSession({ checks })` after `checks.password`), by a
    caller not signed in before it is a sign-in step; otherwise the password step
    `checks.analysis.sign_up.password_step` finds (the reading missing-auth shares for sign-ups).
    ("sign_in", "sign_up", "change_password", "reset_password" or "confirm_password", the call)"""
    if flow.final.role or oauth_callback(ep):
        return None  # an admin setting a user's password; an OAuth callback's session comes from the provider
    client = flow.final.client - request_names(ep)
    client -= _saved_in_cookie(ctx, ep, client)
    calls = sx.find_outside_functions(ep.fn.module.parsed, ep.fn.node, ("call_expression",))
    # (a limiter outside its callbacks is one below it at all: the file's limiter calls first, found once)
    limiter = ep.fn.module is not ctx.module or ctx.limiter_within(ep.fn.node)
    if (limiter and any(ctx.analyzer.vocab.is_rate_limit(sx.callee_name(ctx.src, c)) for c in calls)) or _chain_limited(
        ctx, ep
    ):
        return None  # a limiter it calls somewhere (behind a deployment switch, or after a miss)
    made = _session_from_input(ctx, ep, calls)
    if made is not None and _reads_client_credential(ctx, ep, client):
        return "sign_in", made
    step = None
    if b"password" in ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte].lower():
        # (cheap first: no name in it can end in `password`; the callbacks it hands a call run too)
        step = password_step(ctx, ep, flow, [*calls, *_callback_calls(ctx, ep, calls)], client)
    if step is None and (made := _session_for_token_holder(ctx, ep, calls)) is not None:
        return "sign_in", made  # (a reset's or sign-up's session is named for that step first)
    if step is None and (made := session_for_new_account(ctx, ep, flow)) is not None:
        return "sign_up", made  # (a passwordless sign-up: a new account handed its session token)
    return step


_READS_COOKIE = re.compile(rb"\bcookies\b(\(\))?\s*\.\s*get\(")
_READS_BODY = re.compile(rb"\.(json|formData|text)\(\)|\.body\b|searchParams|\bquery\b")


def _saved_in_cookie(ctx: FileContext, ep: EntryPoint, client: set[str]) -> set[str]:
    """Of ``client``, the locals holding what a cookie the app set earlier holds, read in place
    (`const [user, password] = atob(request.cookies.get("login")!.value).split(":")`) or by a project
    helper handed the request (`const creds = savedLogin(request)`) that reads a cookie and nothing the
    caller types (no body, form or query): a credential the server kept and forwards to another service,
    not one the caller is guessing now."""
    src = ctx.src
    requests = request_names(ep)
    held: set[str] = set()
    for decl in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        names = set(sx.pattern_names(src, decl.child_by_field_name("name"))) & client
        value = sx.unwrap(decl.child_by_field_name("value"))
        if not names or value is None:
            continue
        text = src[value.start_byte : value.end_byte]
        if _READS_BODY.search(text):
            continue
        in_place = _READS_COOKIE.search(text) is not None
        if not in_place and not held and not _cookie_helper_call(ctx, ep, value):
            continue  # (nothing below can hold: asked before the value's identifiers, the costly part)
        refs = identifiers(src, value, into_functions=True) & (client | requests)
        if in_place and not refs - requests - held:
            held |= names  # the cookie read in place
            continue
        if refs and refs <= held:
            held |= names  # decoded from a cookie's value held above
            continue
        if not refs or not refs <= requests:
            continue
        if _cookie_helper_call(ctx, ep, value):
            held |= names  # a project helper reading the request's cookies, and nothing typed
    return held


def _cookie_helper_call(ctx: FileContext, ep: EntryPoint, value: Node) -> bool:
    """``value`` calls a project helper whose text reads the request's cookies and nothing typed."""
    if value.type != "call_expression":
        return False
    target = ctx.analyzer.target(ep.fn.module, value)
    if target is None or target.body is None:
        return False
    body = target.module.src[target.node.start_byte : target.node.end_byte]
    return _READS_COOKIE.search(body) is not None and not _READS_BODY.search(body)


def _callback_calls(ctx: FileContext, ep: EntryPoint, calls: list[Node]) -> list[Node]:
    """The calls inside a function written as an argument of one of ``calls``: the body of a
    transaction (`db.$transaction(async (tx) => { ... })`), which the callee runs."""
    out: list[Node] = []
    for call in calls:
        for arg in sx.call_args(call):
            fn = sx.strip_types(arg)
            if fn is not None and sx.is_function(fn):
                inner = sx.find_outside_functions(ep.fn.module.parsed, fn, ("call_expression",))
                out.extend([*inner, *_callback_calls(ctx, ep, inner)])
    return out


def _mentions_code(ctx: FileContext, ep: EntryPoint) -> bool:
    """Cheap test before `_verifies_code`: every code name it accepts holds `pin`, `code` or `otp`."""
    text = ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte].lower()
    return b"pin" in text or b"code" in text or b"otp" in text


def _callers_own_key(ctx: FileContext, ep: EntryPoint) -> bool:
    """Every AI client the entry point builds takes its `apiKey` from the request body
    (`const { apiKey } = (await req.json()).config; createOpenAI({ apiKey })`): the caller pays for
    its calls, so there is no cost to abuse (a fallback to the app's key, `?? process.env.X`, is one)."""
    if b"apiKey" not in ctx.src:
        return False
    keys = [
        n.child_by_field_name("value") if n.type == "pair" else n
        for n in sx.find(ep.fn.node, ("pair", "shorthand_property_identifier"))
        if ctx.text(n.child_by_field_name("key") if n.type == "pair" else n) == "apiKey"
    ]
    return bool(keys) and all(_body_value(ctx, ep, k, 0) for k in keys)


def _body_value(ctx: FileContext, ep: EntryPoint, node: Node | None, depth: int) -> bool:
    """``node`` is read straight out of the request body: `await req.json()`, its members and
    destructured fields, also past `?? {}` (no call of ours in between, no fallback value)."""
    node = sx.unwrap(node)
    if node is None or depth > 5:
        return False
    if node.type == "await_expression" and node.named_children:
        node = sx.unwrap(node.named_children[0])  # (`unwrap` may have taken the `await` off already)
        if node is None:
            return False
    if node.type == "call_expression":
        fn = node.child_by_field_name("function")
        return (
            fn is not None
            and fn.type == "member_expression"
            and ctx.text(fn.child_by_field_name("property")) in ("json", "formData")
            and ctx.text(fn.child_by_field_name("object")) in ep.input_params
        )
    if node.type == "binary_expression" and ctx.text(node.child_by_field_name("operator")) in ("??", "||"):
        right = sx.unwrap(node.child_by_field_name("right"))
        # `config ?? {}`, or `apiKey || ""`: an empty key the provider refuses, never the app's own
        empty = right is not None and (
            (right.type == "object" and not right.named_children) or sx.string_value(ctx.src, right) == ""
        )
        return empty and _body_value(ctx, ep, node.child_by_field_name("left"), depth + 1)
    if node.type == "member_expression":
        return _body_value(ctx, ep, node.child_by_field_name("object"), depth + 1)
    if node.type not in ("identifier", "shorthand_property_identifier"):
        return False
    name = ctx.text(node)
    for decl in sx.find(ep.fn.node, ("variable_declarator",)):
        target = decl.child_by_field_name("name")
        if target is not None and name in sx.pattern_names(ctx.src, target):
            return _body_value(ctx, ep, decl.child_by_field_name("value"), depth + 1)
    return False


def _window_counts(ctx: FileContext, ep: EntryPoint) -> tuple[set[str], set[int]]:
    """Locals of ``ep`` bound to what a project helper counted in a recent window
    (`const recent = await countRecentSends(email, 1)`, the helper `quota.answers_recent_count`),
    and the ids of those calls."""
    src = ctx.src
    out: set[str] = set()
    calls: set[int] = set()
    for decl in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(decl.child_by_field_name("value"))
        if value is not None and value.type == "await_expression":
            value = sx.unwrap(value.named_children[0]) if value.named_children else None
        if value is None or value.type != "call_expression":
            continue
        target = ctx.analyzer.target(ctx.module, value)
        if target is not None and ctx.analyzer.summary(target).counts_recent:
            out.update(sx.pattern_names(src, decl.child_by_field_name("name")))
            calls.add(value.id)
    return out, calls


def _under_quota(ctx: FileContext, ep: EntryPoint, ev: Event) -> bool:
    """A paid AI call after a usage quota kept in the database (`if (dailyCount >= dailyLimit) throw`),
    in the entry point or in a helper it calls first (followed a few calls deep): the quota bounds
    what each caller can spend, which is the cost abuse this rule is about. (Brute force and
    inbox flooding still need a rate limit: a plan's monthly quota does not slow a guesser.)"""
    own = quota_check(ctx.flow(ep))
    if own is not None and own.end_byte <= ev.node.start_byte:
        return True
    seen: set[int] = set()
    todo = [
        (ep.fn, c, 0)
        for c in sx.find(ep.fn.node, ("call_expression",), into_functions=False)
        if c.end_byte <= ev.node.start_byte
    ]
    while todo:
        fn, call, depth = todo.pop()
        target = ctx.analyzer.target(fn.module, call)
        if target is None or target.node.id in seen or depth > 3:
            continue
        seen.add(target.node.id)
        if quota_check(ctx.analyzer.helper_flow(target), throws=True) is not None:
            return True
        todo.extend((target, c, depth + 1) for c in sx.find(target.node, ("call_expression",), into_functions=False))
    return False


def _detached_ai_call(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """A paid AI call inside a function the entry point starts and does not await (`(async () => {
    streamText(...) })()`, streaming into a value it returns): it runs all the same, for a caller
    no check or limit stopped anywhere on the way."""
    if flow.final.auth is not None or flow.final.rate_limited or any(e.state.auth for e in flow.events):
        return None
    if ctx.src.find(b")(", ep.fn.node.start_byte, ep.fn.node.end_byte) == -1:
        return None  # (cheap: an immediately called function ends in `})(`)
    for call in sx.find(ep.fn.node, ("call_expression",), into_functions=False):
        fn = call.child_by_field_name("function")
        inner = sx.strip_types(fn)
        if fn is None or fn.type != "parenthesized_expression" or inner is None or not sx.is_function(inner):
            continue
        for c in sx.find(inner, ("call_expression",)):
            if is_ai_call(ctx.module, sx.callee_name(ctx.src, c)):
                return c
    return None


def _gate_open_to_anyone(ctx: FileContext, flow: Flow, ev: Event) -> bool:
    """The session before ``ev`` was required by a project gate that lets some callers through without
    one (`hostingAuth(req, hosting)` answering `true` for a public hosting): for those the paid call is
    anonymous."""
    az = ctx.analyzer
    for call in sx.find(flow.fn.node, ("call_expression",), into_functions=False):
        if call.start_byte >= ev.node.start_byte:
            return False
        target = az.target(ctx.module, call)
        summary = az.summary(target) if target is not None else None
        if summary is not None and summary.enforces_auth:
            return summary.opens_before_auth  # the first gate the caller passes decides
        if az.is_auth_source_call(ctx.module, call):
            return False
    return False


def _signed_in(ep: EntryPoint, state: State) -> bool:
    """A session is required by then. (Auth declared in a route's options is often a project's
    publishable key, `auth: { type: clientAuthSchema }`, that any visitor's browser sends: a
    signed-in caller only when it demands an admin.)"""
    if state.auth == "inherited" and (ep.authenticated_by or "").startswith("auth declared"):
        return ep.declared_admin or state.role
    return state.auth is not None


def _callback_limited(ctx: FileContext, provider: str) -> bool:
    """A middleware of the project (next to the `app/` folder of the file declaring the provider, or
    of any folder above it) whose matcher is exactly the provider's callback path and that counts
    requests and answers 429: every sign-in post through that callback is limited."""
    parts = ctx.path.split("/")[:-1]
    roots = {"/".join(parts[:i]) + "/" if i else "" for i in range(len(parts) + 1)}
    roots |= {r + "src/" for r in set(roots)}
    url = f"/api/auth/callback/{provider}"
    return any(path_middleware.limiting_middleware(ctx.analyzer, r, url) for r in sorted(roots))


def _verifies_secret(ctx: FileContext, mod: Module, node: Node, depth: int) -> bool:
    """``node`` checks a password (`bcrypt.compare`, `argon2.verify`), itself or through a project helper
    it hands the credentials to (`loginUser(credentials.email, credentials.password)` running the compare)."""
    for c in sx.find(node, ("call_expression",)):
        if _VERIFY_CALL.match(sx.callee_name(mod.src, c).rsplit(".", 1)[-1]):
            return True
        target = ctx.analyzer.target(mod, c) if depth < 2 and sx.call_args(c) else None
        if (
            target is not None
            and target.node is not node
            and _verifies_secret(ctx, target.module, target.node, depth + 1)
        ):
            return True
    return False


def _unlimited_credentials(ctx: FileContext) -> Iterator[Finding]:
    """An Auth.js credentials provider's `authorize` checking a password (`bcrypt.compare`) with no limit,
    when only the library's route runs it: the browser's `signIn("credentials")` posts straight to
    `/api/auth/callback/credentials`, so the callback is the sign-in entry point. Not when server code
    signs in with that provider (the action is the entry point, judged as one), nor when the options
    never reach `NextAuth(...)` (read by `getServerSession` only: no route serves them)."""
    if b"providers/credentials" not in ctx.src:
        return
    program = ctx.analyzer.program
    signed_in_by_server = authjs.server_sign_in_providers(program)
    for found in authjs.credentials_authorizers(program):
        if found.path != ctx.path or not found.mounted or found.provider in signed_in_by_server:
            continue
        node = ctx.module.parsed.root.descendant_for_byte_range(found.start, found.end)
        while node is not None and not sx.is_function(node) and node.parent is not None:
            node = node.parent if node.parent.start_byte == found.start and node.parent.end_byte == found.end else None
        if node is None or not sx.is_function(node) or ctx.limiter_within(node):
            continue
        if not _verifies_secret(ctx, ctx.module, node, 0):
            continue  # a stub (`authorize: async () => null`) or a token exchange: no password is guessed
        fn = ctx.module.function_for(node)
        if ctx.analyzer.summary(fn).rate_limits:
            continue  # (a project helper that limits: `await throttleLogin(email)`)
        if _callback_limited(ctx, found.provider):
            continue  # a middleware matching exactly `/api/auth/callback/<id>` counts and refuses posts
        yield ctx.finding(
            META,
            "sensitive",
            node,
            function=fn,
            endpoint=f"The `authorize` of Auth.js credentials provider `{found.provider}`",
            what=_what("sign_in"),
        )


def check(ctx: FileContext) -> Iterator[Finding]:
    yield from _unlimited_credentials(ctx)
    for ep in ctx.entry_points:
        if ep.rate_limited_by:
            continue
        name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
        if name in ("default", "<anonymous>"):
            # `async function signInWithPassword(...) {...}; export default signInWithPassword`: its own name
            declared = ep.fn.node.child_by_field_name("name")
            name = ctx.text(declared) if declared is not None else name
        flow = ctx.flow(ep)
        # a return from a catch block is the rejection of a limiter that throws (`limiter.check`), not work
        # ... and neither is a guard's early exit (`if (!session) return { error }`)
        # (found lazily: the return tests read the function's tree and only the first match matters)
        first = next((e for e in flow.events if _is_work(ctx, ep, e)), None)
        if first is not None and _secret_refusal(ctx, flow, first) and _sensitive_name(ctx, ep, name) is None:
            first = next((e for e in flow.events if _is_work(ctx, ep, e) and not _secret_refusal(ctx, flow, e)), None)
        work_ev = next((e for e in flow.events if e.kind in _WORK_KINDS), None)
        work = work_ev.node if work_ev is not None else None
        if _limited_outside_development(ctx, ep, work) or _limited_on_both_branches(ctx, ep, work):
            continue
        src = ctx.src
        # (the cooldown's own lookup of recent rows comes before the `if (last) return 429` it is read by)
        guarded = next(
            (e.node for e in flow.events if e.kind in _WORK_KINDS and not quota.recent_read(src, e.node)), None
        )
        if quota.cooled_down(flow, guarded):
            continue  # `if (lastSend) return 429` on a send found in the last minute
        # (the session helper's own bookkeeping, a session row renewed, is no send: `await requireProjectContext()`)
        sent = next(
            (
                e.node
                for e in flow.events
                if e.kind in _WORK_KINDS
                and not (e.kind == "db" and e.op is not None and e.op.kind == "read")
                and not ctx.analyzer.is_auth_source_call(ep.fn.module, e.node)
            ),
            None,
        )
        if quota.elapsed_cooldown(flow, sent):
            continue  # `if (now - token.updatedAt.getTime() < WAIT) throw` before the mail: one a window
        if quota.spent_once(flow, sent):
            continue  # `if (me.ticketUsed) return 400` before the mail, the flag set after it: one ever
        if quota.limited_in_memory(flow, work):
            continue  # `if (entry.count >= LIMIT) return` on a per-user window kept in a module Map
        counts, counting = _window_counts(ctx, ep)
        if counts:
            # (the count's own helper call comes before the `if (recent >= MAX) return 429` it is read by)
            counted = next(
                (
                    e.node
                    for e in flow.events
                    if e.kind in _WORK_KINDS and not quota.recent_read(src, e.node) and e.node.id not in counting
                ),
                None,
            )
            if quota.counted_down(flow, counted, counts):
                continue  # `if (await countRecentSends(email, 1) >= MAX_PER_HOUR) return 429`
        state = first.state if first is not None else flow.final
        # (a sign-in's own check of the signed message the caller sends is no machine's shared secret)
        # (... nor is a kiosk's: a member's PIN checked behind it can still be guessed at the device)
        if (
            state.auth == "secret"
            and not _signs_in_with_proof(ctx, ep, name)
            and not member_credential_past_secret(ctx, ep, flow)
        ):
            continue
        if ep.kind in ("route", "pages-api") and _MACHINE_ROUTE.search(ep.path) and _machine_exempt(ctx, flow):
            continue  # cron jobs and webhooks: only the scheduler or the provider calls them
        if deployment.closed_for_entry(ctx.analyzer, ep):
            continue  # a test helper: production callers get the early answer and nothing else
        matched = _sensitive_name(ctx, ep, name)
        # (a code compared with a stored one or a secret: something to guess, whatever the input is called)
        by_check = matched is None and _mentions_code(ctx, ep) and _verifies_code(ctx, ep, flow)
        if by_check:
            matched = "verify_code"
        if matched is None and _compares_password(ctx, ep, flow):
            matched = "sign_in"
        if matched is None and stored_credential_check(ctx, ep, flow, short=True) is not None:
            # (`row.kioskPinHash !== hashSecret(parsed.data.current)`: the stored PIN says what is guessed)
            matched, by_check = "verify_code", True
        behaviour = _signs_in_by_behaviour(ctx, ep, flow)
        if behaviour is not None and behaviour[0] == "sign_up" and _made_for_others(ctx, ep, flow):
            behaviour = None
        if matched is None and behaviour is not None:
            matched = behaviour[0]
        if matched is None and _provider_password_change(ctx, ep):
            matched = "change_password"
        if (
            matched is not None
            and _what(matched) == "a password change"
            and _ADMIN_AREA.search(ep.path)
            and not _signed_in(ep, flow.final)
            and not _compares_password(ctx, ep, flow)
            and not _CURRENT_PASSWORD.search(ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte])
        ):
            # an admin area's tool setting the password of an account the operator names, with no session
            # of its own to change and no current password asked: nothing to guess (missing-auth's question)
            continue
        if matched is not None:
            label = _what(matched)
            sends = any(e.kind == "email" for e in flow.events) or _invitation_mailed_by_better_auth(ctx, ep)
            writes = any(e.kind == "db" and e.op is not None and e.op.kind == "write" for e in flow.events)
            # (`if (!session) return 401` answers before the work: the work is what needs the session)
            work_state = work_ev.state if work_ev is not None else state
            # (`internal/sign-up-rules-test`: a folder named for sign-ups, by its words)
            kind = _what(matched.replace("-", "_")) if label == "a sensitive" else label
            signed_in_use = kind in _SIGNED_OUT_KINDS and (_signed_in(ep, state) or _signed_in(ep, work_state))
            # ... not when the session checked is one it made from the caller's credentials first (a sign-up's)
            signed_in_use = (
                signed_in_use
                and (behaviour is None or behaviour[0] == "change_password")
                and _session_from_input(ctx, ep, sx.find(ep.fn.node, ("call_expression",), False)) is None
                # ... nor one it proved from the caller's own signed payload (`verifyWalletSignature(parsedInput)`)
                and not _signs_in_with_proof(ctx, ep, name)
            )
            # an SSO redirect or listing codes checks nothing a caller could guess
            # (... but `sendInviteEmailCode` sends one, through a provider API the analyser cannot see into)
            # (... nor one signing in by what it does: a credential it read, a token it found the account by)
            nothing_to_guess = (
                label in ("a sign-in", "a code verification")
                and behaviour is None
                and not by_check
                and not (label == "a code verification" and _SENDING.match(name))
                and not _takes_credential(ctx, ep)
                and not _signs_in_with_proof(ctx, ep, name)
            )
            # (`sendInviteEmailCode` says it sends, through a provider API the analyser cannot see into)
            # (`invites/[inviteId]/route.ts`: a route named by its invite's id acts on one that exists,
            # accepting or revoking it, rather than inviting someone)
            # (`pages/api/invites/join.ts`: under an invitations folder, the file names the step)
            stem = ep.path.rsplit("/", 1)[-1].split(".", 1)[0] if ep.kind == "pages-api" else ""
            no_invite = (
                label == "an invitation"
                and not sends
                and (
                    _NOT_SENDING.match(name)
                    or (matched != stem and _NOT_SENDING.match(stem))
                    or matched.startswith("[")
                    or not (_makes_invitation(flow) or _SENDING.match(name))
                    # an invite link minted for a caller holding a role, handed back to them (not mailed):
                    # no address is messaged and nothing is guessed
                    or (not _SENDING.match(name) and (state.role or work_state.role))
                    # ... or for a signed-in member, when nothing it calls messages anyone (an in-app invite
                    # row the invitee finds on their page): the rule's invite forms are a spam relay
                    or (
                        not _SENDING.match(name)
                        and (_signed_in(ep, state) or _signed_in(ep, work_state))
                        and not _messages_someone(ctx, ep)
                    )
                )
            )
            if no_invite and _mentions_code(ctx, ep) and _verifies_code(ctx, ep, flow):
                # `checkInvitePin` comparing the link's stored PIN with the caller's: named for an invitation,
                # a code verification by what it does
                matched, label, kind, no_invite = "verify_code", _what("verify_code"), _what("verify_code"), False
            # `setResendKey` stores the key of the Resend mail provider: a resend that sends nothing
            # and is named for configuring or reading something resends nothing
            no_resend = label == "a resend" and not sends and bool(_NOT_SENDING.match(name))
            # `resendPortalInvite(id)` only asking the project's own API server, with the caller's cookie,
            # to resend: that server signs the caller in and sends, and its limit is the one that holds
            delegated = (
                label in ("a resend", "an invitation") and not sends and not writes and _delegated_to_own_api(ctx, ep)
            )
            # a contact *form* submits something; `getContact` in a CRM reads a record
            # (nor `decline-contact/`: a stored contact acted on, however it is written)
            no_form = (
                label == "a contact form"
                and not sends
                and (not writes or bool(vocab.CONTACT_RECORD.search(matched.replace("-", "_"))))
            )
            # creating, listing or rendering stored codes compares or looks up none the caller sends
            # (a lookup by the caller's code is still caught below, whatever the name)
            manages = (
                label == "a code verification"
                and bool(_MANAGES.match(name))
                and not _ONE_TIME.search(name)
                and not sends
                and not _verifies_code(ctx, ep, flow)
            )
            # `getEarlySignups`, `listLogins`: a read of stored sign-ups or logins signs no one up or in
            reads_records = (
                label in ("a sign-up", "a sign-in")
                and behaviour is None
                and bool(_READS.match(name))
                and not sends
                and not writes
                and not _takes_credential(ctx, ep)
            )
            # `getPasswordResetById`, `deletePasswordResetByEmail`: a helper reading or deleting a stored reset
            # row neither sends a link nor checks a token the caller presents
            reset_row = (
                label in ("a password reset", "a sensitive")
                and "reset" in name.lower()
                and behaviour is None
                and ((bool(_READS.match(name)) and not writes) or bool(_DELETES.match(name)))
                and not sends
                and not _takes_credential(ctx, ep)
            )
            # `deleteSignUpToken(token)`: a helper deleting the stored sign-up (or sign-in) rows a value picks and
            # answering nothing of whether one matched sends nothing and checks nothing: no oracle to guess with
            spent_row = (
                label in ("a sign-up", "a sign-in", "an invitation")
                and behaviour is None
                and bool(_DELETES.match(name))
                and not sends
                and _deletes_only_answering_nothing(flow)
            )
            # `api/upload/resume/register`: a folder named for registering something else, whose handler
            # writes, sends and asks a provider nothing and takes no account detail, signs nobody up
            no_account = (
                kind == "a sign-up"
                and behaviour is None
                and matched != name
                and not any(e.kind in _EFFECT_KINDS for e in flow.events)
                and not _takes_credential(ctx, ep)
                and not _takes_account_detail(ctx, ep)
            )
            # `GET /api/auth/public-signup` answering whether sign-ups are open: a GET that takes nothing
            # from the caller, writes and sends nothing, signs nobody up or in
            status_read = (
                kind in ("a sign-up", "a sign-in")
                and ep.kind in ("route", "pages-api")
                and ep.method == "GET"
                and behaviour is None
                and not sends
                and not writes
                and not flow.final.client
                and not _takes_credential(ctx, ep)
                and not _takes_account_detail(ctx, ep)
            )
            # `oauth/register`: OAuth dynamic client registration (RFC 7591) files a client application (its
            # name, its redirect URIs), not a person: no credential or account detail is taken
            client_app = (
                kind == "a sign-up"
                and behaviour is None
                and ep.kind in ("route", "pages-api")
                and _OAUTH_REGISTER.search(ep.path) is not None
                and not _takes_credential(ctx, ep)
                and not _takes_account_detail(ctx, ep)
            )
            # `cancelShiftSignup` only changing a booking row: a sign-up by its last word, making no account
            booked = kind == "a sign-up" and behaviour is None and booking_named_sign_up(ctx.src, ep, flow)
            # `staffRegister` filing a roster row: named for registering, it makes no account (the reading
            # of a sign-up missing-auth shares: `sign_up.named_sign_up` or an account made)
            booked = booked or (
                kind == "a sign-up" and behaviour is None and not sends and registers_no_account(ctx.src, ep, flow)
            )
            # `registerInterest(formData)` filing the address in a list (an upsert by it that changes nothing when
            # it is there): named for registering, it sends nothing and makes no account, a newsletter-like form
            booked = booked or (
                kind == "a sign-up"
                and behaviour is None
                and not sends
                and not named_sign_up(ep)
                and not _takes_credential(ctx, ep)
                and _files_address_only(ctx, flow)
            )
            staff_lookup = label == "a code verification" and matched.startswith("[") and _staff_lookup(ctx, ep, flow)
            # `verifyEmail(token)` consuming an e-mailed link whose token is pinned long: nothing to guess
            # (... not when a short code is compared as well: a link's token with a 4-digit PIN)
            link_token = (
                label == "a code verification"
                and not sends
                and _long_token_lookup(ctx, ep, flow)
                and not _verifies_code(ctx, ep, flow)
            )
            # `invites/verify-invite` accepting a token the server signed (`jwt.verify(token, key)` throws on
            # any other): nothing short to guess and nothing sent (a short code compared beside it still is one)
            signed_token = (
                label == "a code verification"
                and not sends
                and bool(flow.token_gates)
                and not _verifies_code(ctx, ep, flow)
            )
            # `GET /go/[code]` sending the visitor on to the target of the link the segment names: a short
            # link's public slug, no secret (a pairing code answering whether it matched still is one)
            short_link = label == "a code verification" and matched.startswith("[") and _short_link(ctx, ep, flow)
            if (
                staff_lookup
                or signed_token
                or short_link
                or link_token
                or signed_in_use
                or status_read
                or no_account
                or client_app
                or booked
                or no_invite
                or no_resend
                or delegated
                or no_form
                or nothing_to_guess
                or manages
                or reads_records
                or reset_row
                or spent_row
            ):
                matched = None
        # `verifyPasswordHash(hash, password)`, `hashPassword(password)`, `setResetSessionCookie(token)`
        if matched is not None and _inert(ctx, ep, flow):
            matched = None
        elif matched is None and _hashes_password_signed_out(ctx, ep, flow) and not _inert(ctx, ep, flow):
            matched = "sign_up"  # `acceptInvite` creating the account with the caller's password
        if matched is None and not _staff_lookup(ctx, ep, flow) and not _short_link(ctx, ep, flow):
            # `findTeam({ where: { accessCode } })` then `if (!team) return 404`: a code check by what it does
            lookup = next(
                (
                    e
                    for e in flow.events
                    if _code_lookup(ctx, e, set(flow.records), ep)
                    and not _long_code_lookup(ctx, ep, e)
                    and not _taken_check(ctx, ep, e)
                    and not _found_or_made(ctx, ep, e)
                ),
                None,
            )
            if lookup is not None and not lookup.state.rate_limited:
                yield ctx.finding(
                    META, "sensitive", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what=_what("code")
                )
                continue
        if matched is not None:
            if not state.rate_limited and not _limited_past_tenant_lookups(ctx, ep, flow, matched):
                yield ctx.finding(
                    META,
                    "sensitive",
                    ep.anchor,
                    function=ep.fn,
                    endpoint=endpoint(ep),
                    what=_what(_shown(matched, name)),
                )
            continue
        # an OAuth callback mails once per completed flow: each call needs a fresh one-time provider code
        from_oauth = oauth_callback(ep)
        detached = _detached_ai_call(ctx, ep, flow) if not any(e.kind == "ai" for e in flow.events) else None
        if detached is not None:
            sink = sx.callee_name(ctx.src, detached)
            yield ctx.finding(
                META, "ai", ep.anchor, function=ep.fn, endpoint=endpoint(ep), sink=sink, confidence=Confidence.HIGH
            )
            continue
        relayed = next((e for e in flow.events if _relayed_to_chat(ctx, ep, e)), None)
        if relayed is not None:
            # a public form's words posted to the team's chat, whatever it is called: a contact form
            yield ctx.finding(
                META, "sensitive", ep.anchor, function=ep.fn, endpoint=endpoint(ep), what="a contact form"
            )
            continue
        for ev in flow.events:
            # (or the send itself: an exported `sendSms(options)` posting the message to its gateway with `fetch`)
            mails = ev.kind == "email" or (ev.kind == "fetch" and mailer_request(ep.fn, ctx.src, ev))
            if mails and not ev.state.rate_limited and not from_oauth:
                yield ctx.finding(META, "email", ep.anchor, function=ep.fn, endpoint=endpoint(ep), sink=ev.callee)
                break
            if (
                ev.kind == "ai"
                and not ev.state.rate_limited
                and (ev.state.auth is None or _gate_open_to_anyone(ctx, flow, ev))
                and not _under_quota(ctx, ep, ev)
                and not _callers_own_key(ctx, ep)
            ):
                yield ctx.finding(
                    META,
                    "ai",
                    ep.anchor,
                    function=ep.fn,
                    endpoint=endpoint(ep),
                    sink=ev.callee,
                    confidence=Confidence.HIGH,
                )
                break
