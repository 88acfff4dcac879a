r"""Error details or account states returned to the client.

## What it does
Flags a value returned to the client (an action's return value, a route handler's
response) that (a) tells account states apart ("user not found", also in a template,
`` `User not found with email: ${email}` ``, "no account with that email", "We couldn't find an Acme account",
the same worded in Chinese,
Japanese or Korean, `此帳號不存在` / `帳號已停用` / `密碼錯誤`, `アカウントが見つかりません`,
"No member is registered with that phone number", "incorrect password" next to
a different not-found message, or a wrong second factor, "Date of birth does not match our records",
"Incorrect postcode" (not "Passwords do not match": two fields the caller typed), also "no operator with that badge
number" next to "wrong PIN": any sign-in identifier, and "Badge not found" where a read of a table of people
(`crewMembers`, `drivers`) by what the caller typed found nothing (each answer of such a pair is reported);
an account's status, "this account has been
suspended", next to a not-found message, or answered before the password is checked where an unknown
address gets a generic answer; "No door-staff account is registered to that phone"; "Invalid email."
answered where a lookup of the account by the caller's input found nothing, `if (!user)`, next to "Email is
already verified" or a wrong-password answer, and such an "already verified" answer itself beside a
not-found one; the texts a project helper returns that the route passes on,
`const r = await postUser(req); res.json({ response: r.response })`) or (b) carries raw
error details from a catch block (`error.message`, `error.stack`, `String(err)`, the
error object itself, also under an alias, `const e = err as Error`; also through a local the catch declares with a
generic text and overwrites with them (`let message = "Try again"; if (error.message) message = error.message`);
also the stack trace of an error built in
the handler, `{ trace: new Error(msg).stack }`, though nothing was caught: server file paths, not the app's text;
the text of the body an upstream
answered with, `err.response?.data?.error`, also as `const data = err.response?.data` then `data?.error`;
also through a project helper that hands back the error's text,
`getErrorMessage(err)` returning `err.message`, `prettyObject(e)`, or a response helper that answers
`Response.json({ message: messageOf(error) })`; not one that answers with
codes of its own or only allow-listed messages), or the error object a query answers with instead of
throwing, sent as it is (supabase-js: `const { error } = await supabase.from("t").update(v)`, then `{ error }`;
also a query built in a local and awaited later, `let query = supabase.from("t")...; const { error } = await query`)
or its database's own words (`error.message`, `.details`, `.hint` of that query's error; not the `error` a
project helper answers with, which may be its own text, unless the helper put what it caught there:
`.catch((err) => ({ error: { message: err.message } }))`, then `{ error: error.message }`); likewise the
error Supabase Auth answers with (`const { error } = await supabase.auth.signUp(...)`, then `{ error:
error.message }`: "User already registered", "Email not confirmed" tell account states apart).
The answers of an inline callback a project helper hands back (`return tryCatch(async () => { ...; return
{ error: "Email does not exist!" } })`, the helper returning `await fn()`) reach the caller too, each with
what was checked before it inside the callback.
A zsa handler's `throw new ZSAError(code, "User already exists")` is an answer too: zsa hands a
ZSAError's message to the caller (and a thrown string, `throw "No matching user found"`, in an action made
by zsa's `createServerAction()`); so is a message thrown in an action built on a project wrapper whose
catch returns it (`catch (e) { return standardizeError(e) }`, the helper answering `e.message` for the
app's own class: `throw new AppError("No account associated with this email")`), and one thrown in a
next-safe-action action whose client answers that class's messages (`handleReturnedServerError` or
`handleServerError` returning `e.message` when `e instanceof ActionError`): `throw new ActionError("Email not
registered.")` reaches the caller as `serverError`.
A library's error class (`if (err instanceof APIError) return { error: err.message }`, better-auth's
`APIError`: "User already exists") narrows to that library's raw messages, not to texts the app wrote.
"Email not found" where the read was keyed by an email message's id
(`emailID`) is about that message, not an account.
Nor is "User not found" for an account picked by an opaque record id only (`User.findOne({ clerkID:
params.clerkID })` in `users/[clerkID]`, `findUnique({ where: { id } })`, `findById(id)`, drizzle's
`where(eq(users.id, id))`, a project `getUserById(id)`, a Firestore document by its key,
`collection("users").doc(memberId).get()` then `if (!snap.exists)`, also when a route passes on what such a
helper answered): a minted id is no identifier anyone guesses or knows
of another person, so the 404 is no enumeration oracle (an e-mail, username, phone or login name typed in is,
also as a document's key, `.doc(email)`).
Account states count for signed-in callers too when they name the
account by an email or username (change email, invite by email; "No team member with that e-mail" after a
read of the accounts by it; not "Student email not found" where staff picked a record by its number and
that record lacks an address), or when the account row they picked by something other than an opaque id was
missing, and past a secret kept on another row and
shared by whoever uses it (a kiosk's PIN on the `equipment` row its `equipmentId` picked) when the account is
looked up by another value the caller typed (`No member with that email`; not past a code kept for the very
phone or address the account is looked up by). Also the catch blocks of a
handler a route hands its request to and answers with (`return openaiHandler(req)`,
`case "POST": return handlePOST(req, res)`), a next-safe-action
`handleServerError` that returns `e.message` (or a zsa `experimental_shapeError` callback of a procedure or
action, `({ err }) => ({ message: err.message })`, for every error: zsa answers with it; a known class,
also tested through a local, `const isPublic = err instanceof PublicError`, keeps it ok), a Hono app's
`onError((err, c) => c.json({ detail: err.message }))` (every route's thrown error; an `HTTPException`
branch is ok), a project wrapper an action is built on whose returned function answers with the caught error's message
(`export const x = withServerPromise(async () => ...)`,
the wrapper returning `promise.catch((e) => ({ error: e.message }))` or `return { error: e.message }` from
its catch, also through a helper it returns the result of; reported on each action built on it), and the
catch around a webhook's signature
check (it answers whoever posted the unsigned request), and what a verified webhook or cron handler answers past
its signature or secret check, `catch (e) { return new Response(\`Handler failed: ${e.message}\`) }` (no caller
is exempt: the provider shows the response to whoever runs the integration). The details count however they leave the
catch: taken out by destructuring (`const { message, statusCode = 500 } = err`), put into a
redirect's URL (`redirect(\`/settings?error=${encodeURIComponent(msg)}\`)`) or into a cookie (also
through a project helper that writes it: `setErrorCookie(res, { message })`), or into each item's result of a
batch worked in a `.map` callback (`catch (e) { return { email, error: e.message } }`) whose results are answered,
settled and unwrapped on the way (`Promise.allSettled(pending)`, `settled.map((r) => r.value)`, `[...results]`;
not only counted, `results.filter(...).length`), or pushed from each item's catch into a list answered as it is
(`catch (error) { results.push({ name, error: error.message }) }`, then `{ results }`); and the AI SDK's
stream `onError: (error) => error.message`, whose returned text the client receives. With nobody signed
in, an answer carrying what a read of an account table keyed by the caller's e-mail address found
(`{ provider: data?.[0]?.provider ?? null }`) tells registered addresses apart without any message. To an
anonymous caller who looked it up by an address, "we have no application from that email address" or "no
pending verification for this phone number" says whether the address has anything on file.
A caught error joined onto a message (`"Could not save:\n" + error`) carries the error's text as
much as `error.message` does. A query's or Supabase Auth's own error words put into a server action's
`redirect()` URL (`redirect(\`/login?message=${error.message}\`)`) reach the browser as an answer would; its
code alone (`error.code`) is no detail, unless the branch tested it for a taken account (`if (error.code ===
"user_already_exists")`): then the URL names the account's state.

"Unknown username" (the adjective first, also "Unknown account"/"Unknown email") is such a wording; "Unknown email
or password", the one answer for both, is not, nor "Unknown user type" (a kind of user, such as a guard helper
says of the caller's own session).
A handler that answered a query's own error object (`{ details: demoError }`) is still reported for a caught
error's details further on (`details: String(error)` in its catch): another leak, with its own fix. Inside
`catch (error)` the name is the caught error, not the `{ error }` a query of the `try` answered: a message
compared there with a literal (`if (error.message === "Invalid key") return { error: error.message }`) is that
literal.

## Why is this bad?
Distinct messages let an attacker enumerate which emails have accounts; raw errors leak
SQL, file paths, library versions and internal state (CWE-204, CWE-209).

## Example
```ts
"use server";
import { db } from "@/lib/db";

export async function requestReset(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return { error: "No account with that email" };
  try {
    await sendResetEmail(user.id);
  } catch (err) {
    return { error: (err as Error).message };
  }
  return { ok: true };
}
```

## Use instead
```ts
"use server";
import { db } from "@/lib/db";

export async function requestReset(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  try {
    if (user) await sendResetEmail(user.id);
  } catch (err) {
    console.error(err);
  }
  return { ok: true, message: "If that email has an account, a reset link is on its way." };
}
```

## Not flagged
An answer whose every read of the account found by the caller's address sits in a test that also requires a field
of it to equal what the caller sent (`{ valid: !!user?.resetToken && user.resetToken === presented }`, or a local
holding the password check, `const ok = !!user?.passwordHash && await bcrypt.compare(password, user.passwordHash)`
answered `{ ok }`): `false` for an unknown address and a wrong token or password alike.
Thrown errors in server actions (Next.js redacts them in production), generic messages (also a neutral "If that
email exists, a link is on its way." or "If your account exists, ..."), error messages logged on
the server (also in `streamText`'s `onError({ error })`, whose return goes nowhere), messages
of errors tagged with a code or status the app's own services (imported by the handler, or one step
further) put on what they throw (`Object.assign(new Error("..."), { code: "FORBIDDEN" })`, then `if (code ===
"FORBIDDEN") return { error: (err as Error).message }`; not a library's `P2002`, `ENOENT`, `ER_DUP_ENTRY`), messages
of the app's own error class or a validation library's (`if (e instanceof ApiError)`,
`e instanceof KeyError ? e.message : "Failed"`, a project predicate answering `e instanceof X`, an
`isXError(e)` we cannot read; `instanceof Error` is not narrowing): an app's class counts only when no
`new` of it in the tree (tests aside) hands it another error's or an upstream's text, also through a
parameter its callers fill (or a field of an options parameter, `new QuotaError(options.message)` with
`withQuota(work, { message: "Too many attempts" })`, read in the callers of its module and its
importers): a class wrapping an upstream's message, `new ApiError(errorData.message)`,
`` new RefusalError(`Refused: ${detail}`) ``, is still raw detail; not so a class re-wrapping the texts of
another such class, `if (e instanceof RuleError) throw new ViewError(e.message)`, the caller's own input,
`` `File not found: ${key}` `` with `key` from the parsed request, or a field a project function only ever
sets to a literal, `new SetupError(preflight.reason ?? "...")`, or to a list of its own texts (a validator's
`errors`, pushed only literals: `new AuthError(code, check.errors[0] || "...")`), or the refusal reason
of a service verdict a project function answers as a schema-parsed reply, `if (!verdict.success) throw new
BillingError(verdict.error)`), ZodError issue messages
(validation feedback, also from a project helper that answers only for a ZodError,
`if (!isZodError(error)) return null`), a detail only tested for a fixed answer (`error.meta?.modelName ===
"Review" ? "Only one review." : "Failed."`, `{ missing: error.code === "P2025" }`), a message inside a branch that
compared it with a literal (`if (err.message === "DAILY_LIMIT_REACHED") return { error: err.message
}`, also with one of several, `a === "X" || a === "Y"`, `["X", "Y"].includes(err.message)`),
"not found" answers given before any lookup keyed by client input (they mean "not signed in"; a
lookup through an identity API, `searchUsers({ searchValue: loginName })`, counts in a server
action, for the branch that tests its answer), "not found" answered where a value of the caller's own
session is missing (`if (!email)` of `session?.user?.email`: nothing the caller chose),
`handleServerError` returning a generic string or
only messages of a known error class, and an error handed to a project helper
(`handleCallbackError({ error, provider: "microsoft" })`) whose paths for that call's literal
options return only sanitised values (`getSafe...`/`sanitize...`/`redact...`/`mask...` helpers, or
project functions that answer with their own codes and texts rather than the message they were
given), a message filtered by the app's own word (`if (e.message.includes("state")) return
e.message`), the catch of a try whose calls cannot fail with words of their own (a response built,
`NextResponse.json(constants)`; a header or query value read; `throw Error("No kind given")`; a project helper
whose body is one `try` catching everything, answering or throwing its own literal; a body read whose
failure a `.catch` turns into a plain value, `req.json().catch(() => ({}))`; a permission guard whose only
throw is its own text, also a template of a parameter left to its literal default (`requireAdmin(action = "do
this")`, called `requireAdmin()`), past checks that catch every error themselves; a timer started, its callback
running later; a number parsed), the catch of a try that
only calls project validators whose every `throw` carries a
literal text (`throw new RangeError("End must be after start")`, also through an error factory and with
module constants in a template, `throw badRequest(\`At most ${MAX_YEARS} years\`)`, also literal constants
imported from another project module, not one read from the environment; log lines and `if`s that call
nothing may sit beside them), and "already exists" said of something other than an account ("An active
assignment already exists"; to a signed-in caller, in a branch on a row of another table looked up by the
address, "Email already exists" of a pending invite). The French "Un compte est déjà associé à cet email" and
"Cet e-mail est déjà utilisé" are the same answer (said of an account, an address or a user named first; not
"Ce fichier est déjà associé à votre compte").
Development and test helpers whose first statement answers every production request and stops
(`if (process.env.NODE_ENV === "production") return 404`) or whose whole body runs outside production
only (`if (NODE_ENV !== "production") {...}`) are not flagged either, nor is a caught error's detail answered
only inside such a branch (`if (NODE_ENV === "development") return json({ details: e.message })`).
A query's error answered where its rows are there (`if (!isNull(data)) res.json({ data, error })`, or after
`if (isNull(data)) return`), an `error` a project helper builds from its own texts (a list of failed step
names; a `{ message, status }` object holding no caught error's details, sent whole as its message is), and
an account found by e-mail whose absence was turned away first (`if (!user) return 401`, a sign-in),
and "no such account" said past a role gate by a lookup that hands the account back when found (a staff
console's `lookupUser`: the miss tells nothing the hit does not; for an account picked by its id, also an
answer carrying its fields or the row an update of it returns).
A project helper's result whose field its catch filled with the caught error's message (`catch (e) { return
{ ok: false, note: e.message } }`) is flagged where the route answers that field (`note: result.note`), outside the
branch its success flag takes (`if (result.ok)`).
An error helper's local assigned the caught error's message (`let message = "An error occurred"; if
(error instanceof Error) message = error.message; return message`) carries it, as a declared one does
(not in a branch only a known error class takes).

A read whose every e-mail term matches part of an address (`email: { contains: q }`) is a search whose matches are
its answer, not an account told apart.

## References
- https://cwe.mitre.org/data/definitions/209.html
- https://cwe.mitre.org/data/definitions/204.html
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tree_sitter import Node

from checks.analysis import deployment, guards
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import DbOp, chain_calls, object_keys
from checks.analysis.dataflow import client_refs, op_nodes
from checks.analysis.entry_points import EntryPoint
from checks.analysis.flow import Event, Flow, State, identifiers, is_signature_call
from checks.analysis.module import Function, Module
from checks.analysis.program import Program, local_const
from checks.analysis.sign_up import member_credential_past_secret
from checks.context import FileContext, short
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.project import import_graph
from checks.rules._describe import endpoint
from checks.sources import DiskTree, MemoryTree, is_source_path, read_once, tree_fact

META = RuleMeta(
    id="information-disclosure",
    title="Error details or account states returned to the client",
    severity=Severity.WARNING,
    confidence=Confidence.MEDIUM,
    cwe=(209, 204),
    owasp=("A04:2021",),
    messages={
        "error_details": "{endpoint} returns raw error details (`{value}`) to the client",
        "enumeration": '{endpoint} returns "{text}", which tells an attacker whether an account exists',
        "server_error_handler": "`handleServerError` returns raw error messages (`{value}`) to every action's caller",
        "shape_error": "zsa's `experimental_shapeError` callback returns raw error messages (`{value}`) to every "
        "action's caller",
        "hono_error_handler": "Hono's `onError` handler returns raw error details (`{value}`) to every route's caller",
        "account_answer": "{endpoint} answers `{value}` of the account an e-mail address names (nothing for any "
        "other address), which tells an attacker whether that address is registered",
    },
    help="Log the error on the server and return a generic message; answer the same way whether or not an "
    "account exists.",
    abuse="An attacker learns which emails have accounts, or reads internal error details from responses.",
    references=("https://cwe.mitre.org/data/definitions/209.html",),
)
_CJK_ACCOUNT = (
    r"(帳號|帐号|账号|賬號|用戶|用户|使用者|會員|会员|信箱|郵箱|邮箱|電子郵件|电子邮件|アカウント|ユーザー|ユーザ|"
    r"メールアドレス|계정|사용자|이메일)"
)
_CJK_MISSING = (
    r"(不存在|未註冊|未注册|尚未註冊|尚未注册|找不到|查無|查无|已被註冊|已被注册|已註冊|已注册|已存在|"
    r"存在しません|見つかりません|登録されていません|登録済み|既に登録|존재하지\s*않|찾을\s*수\s*없|등록되지\s*않|이미\s*등록)"
)
_FA_ACCOUNT = r"(کاربر|حساب\s*کاربری|حساب|ایمیل|نام\s*کاربری)"
_FA_STATE = r"(وجود\s*دارد|وجود\s*ندارد|یافت\s*نشد|پیدا\s*نشد|قبلا\S*\s*ثبت|ثبت\s*نشده)"
_NOT_FOUND = re.compile(
    # (an account holder named for what they hold, `Owner not found`, `Unknown owner`, is a user too)
    r"(?i)(user|account|email|e-mail|username|owner)\s+(was\s+)?(not\s+found|does\s*n[o']t\s+exist|not\s+registered|"
    r"is\s+not\s+registered|unknown)|"
    # `Account exists, please sign in!` (a sign-up's answer for a registered address); not the neutral
    # `If an account exists for that email, ...`, `If that email exists, ...`, `If your account exists, ...`
    r"(?<!\bif\san\s)(?<!\bif\sa\s)(?<!\bif\s)(?<!\bwhether\san\s)(?<!\bwhether\s)"
    r"(?<!\bif\sthat\s)(?<!\bif\sthis\s)(?<!\bif\sthe\s)(?<!\bif\syour\s)(?<!\bwhether\sthat\s)"
    r"\b(user|account|e-?mail|username)\s+exists\b|"
    # `Unknown username` (not `Unknown email or password`, the one answer for both; nor `Unknown user type`,
    # a kind of user the caller's own session holds, no account looked up)
    r"\bunknown\s+(user(name)?|account|e-?mail(\s+address)?|login|owner)\b(?!\s*(or|and|/)\s*\w)"
    r"(?!\s+(types?|roles?|kinds?|category|categories|tiers?|levels?|class(es)?)\b)|"
    # `No account`, `No Acme account`, `no such user` (not `no more user seats`)
    r"\bno\s+(?:(?:such|existing|registered|matching)\s+|(?-i:[A-Z])\w*\s+)?(user|account)\b|"
    r"(email|username)\s+(is\s+)?not\s+(found|registered)|"
    # (`We couldn't find an Acme account`: the product's capitalised name may stand before "account")
    r"couldn'?t\s+find\s+(a|an|that|the)?\s*((?-i:[A-Z])\w*\s+)?(user|account)|"
    r"already\s+(registered|exists?|taken|in\s+use)|"
    r"(email|e-mail|username)\b[^.!?]{0,40}\balready\s+used|"
    # `That e-mail already belongs to a member` (not `... belongs to this list`: the caller's own rows)
    r"(?<!\bif\s)(?<!\bif\sthat\s)(?<!\bif\sthis\s)(?<!\bif\syour\s)(?<!\bif\sthe\s)"
    r"\b(email|e-mail|username)(\s+address)?\s+already\s+belongs\s+to\s+(a|an|another|an\s+existing)\s+"
    r"(user|account|member|customer|profile)\b|"
    # `No door-staff account is registered to that phone number`: a kind of account, lower case
    r"\bno\s+[\w-]+(\s+[\w-]+)?\s+(user|account)\s+(is\s+|was\s+)?(registered|exists|found|linked|associated)|"
    # the same in French, said of an account, an address or a user named before it: `Un compte est déjà
    # associé à cet email`, `Cet e-mail est déjà utilisé` (not `Ce fichier est déjà associé à votre compte`)
    r"\b(compte|utilisateur|e-?mail|adresse)\b[^.!?]{0,40}?\b(déjà\s+(associée?|utilisée?|inscrite?|enregistrée?|pris|"
    r"existant|liée?)|existe\s+déjà)|"
    # the same in Chinese, Japanese and Korean: `此帳號不存在` / `查無此帳號` / `アカウントが見つかりません`
    f"{_CJK_ACCOUNT}[^。\uff01!\uff1f?\uff0c,\uff1b;]{{0,8}}?{_CJK_MISSING}|(查無|查无|找不到)(此|該|该|這個|这个)?{_CJK_ACCOUNT}|"
    # the same in Persian, said of a user, an account or an address: `کاربری با این مشخصات وجود دارد` (a user
    # with these details exists), `حسابی با این ایمیل یافت نشد` (no account was found with this email)
    f"{_FA_ACCOUNT}[^.!?\u061f\u060c،]{{0,40}}?{_FA_STATE}"
)
# "... already exists/taken/in use": an account state only when it is said of an account (or of
# nothing named: "Already registered"); `An active assignment already exists` is a resource conflict.
_ALREADY = re.compile(r"(?i)\balready\s+(registered|exists?|taken|in\s+use)")
_ACCOUNT_WORDS = frozenset({"user", "account", "email", "mail", "username", "login", "phone", "member", "handle"})
_FILLER = frozenset(
    {"this", "that", "it", "is", "was", "has", "have", "been", "a", "an", "the", "you", "your", "are", "sorry", "error"}
)


def _account_state(text: str) -> bool:
    """The text tells an account's state apart (`User not found`, `Email already in use`)."""
    m = _NOT_FOUND.search(text)
    if m is None:
        return False
    if not _ALREADY.fullmatch(m.group(0)):
        return True
    # the same sentence, before "already": who or what already exists
    subject = re.split(r"[.!?:;]", text[: m.start()])[-1]
    # (`An official with this email and role already exists`: what exists is the official, a row of the
    # caller's own list; `A user with that email already exists` is an account)
    head = re.split(r"(?i)\b(?:with|for|of|in|on|under|from)\b", subject, maxsplit=1)[0]
    head_words = set(re.findall(r"[a-z]+", head.lower())) - _FILLER
    if head_words and not head_words & _ACCOUNT_WORDS and head != subject:
        return _NOT_FOUND.search(text, m.end()) is not None
    words = set(re.findall(r"[a-z]+", subject.lower())) - _FILLER
    return not words or bool(words & _ACCOUNT_WORDS) or _NOT_FOUND.search(text, m.end()) is not None


# the account a sign-in's no-account answer may name instead of the address typed
_ACCOUNT_NOUN = re.compile(r"(?i)\b(user|account)\b")
# A handle anyone can type in: told apart for a signed-in caller too (change email, invite by email)
_HANDLE = re.compile(r"(?i)\b(e-?mail|username)\b")
_BAD_PASSWORD = re.compile(
    # (not `Email or password is incorrect`: the generic answer, naming both)
    r"(?i)(incorrect|wrong|invalid)\s+(password|pin|passcode)\b|(?<!\bor\s)\b(password|pin|passcode)\s+(is\s+)?(incorrect|wrong|invalid)"
    # `Password is not correct` (not `Email or password is not valid`)
    r"|(?i:(?<!\bor\s)\b(password|pin|passcode)\s+(is\s+)?not\s+(correct|valid|right)\b)"
    # `密碼錯誤` / `パスワードが違います` / `비밀번호가 틀렸습니다` (not `帳號或密碼錯誤`, one answer for both)
    r"|(?<!或)(?<!或者)(?<!と)(密碼|密码|パスワード|비밀번호)[^。\uff01!\uff1f?\uff0c,]{0,4}?"
    r"(錯誤|错误|不正確|不正确|有誤|有误|が違います|が間違っています|が正しくありません|가?\s*틀렸|가?\s*올바르지)"
    # a second factor a person knows, checked against their record: `Date of birth does not match our records`,
    # `Incorrect postcode` (not `Passwords do not match`: two fields the caller typed)
    r"|(?i:(incorrect|wrong|invalid)\s+(date\s+of\s+birth|birth\s*date|dob|birthday|postcode|post\s+code|zip\s*code"
    r"|security\s+answer)\b"
    r"|\b(date\s+of\s+birth|birth\s*date|dob|birthday|postcode|post\s+code|zip\s*code|security\s+answer)\s+"
    r"(does\s+not|doesn't|doesn\u2019t|did\s+not|didn't)\s+match)"
)
# a one-time code guessed wrong (`Incorrect code for this renter`; `Invalid code` may be a malformed coupon):
# a wrong-secret answer that makes a "no record" sibling an account state, reported itself only as a password is
_BAD_CODE = re.compile(r"(?i)\b(incorrect|wrong)\s+(code|otp)\b")
# Next to a wrong-secret answer, "no one with the identifier you typed" tells the sign-in identifiers
# apart (`No technician with that badge number` / `Wrong PIN`): the identifier need not be an email.
# (`Link not found` next to `Invalid password` on a protected link names a resource, not an account.)
# Next to a "no such account" answer, an account's status (`This account has been suspended`) is a
# third state the caller tells apart.
_ACCOUNT_STATUS = re.compile(
    r"(?i)\b(account|user)\b[^.!?]{0,30}?\b(has\s+been|is|was)\s+(suspended|banned|locked|disabled|deactivated|blocked)"
    f"|{_CJK_ACCOUNT}[^。\uff01!\uff1f?\uff0c,]{{0,4}}?(已被?(停用|封鎖|封锁|鎖定|锁定|禁用|凍結|冻结)|停止されています|ロックされています|정지|잠겨)"
)
_NO_RECORD = re.compile(
    r"(?i)\bno\s+\w+(\s+\w+)?\s+(with|for|matching|uses)\s+(that|this|the|your)\s+\w+"
    # `No referee is registered with that ID`: whoever signs in there, named by the app's own noun
    r"|\bno\s+\w+\s+(is|was)\s+(registered|enrolled|on\s+file)\s+(with|for|under|to)\s+(that|this|the|your)\s+\w+"
    # `We couldn't find a renter with that link`
    r"|\b(could\s*n[o'\u2019]?t|can[\u2019']?t|cannot|unable\s+to)\s+find\s+(a|an|any)\s+\w+(\s+\w+)?\s+"
    r"(with|for|matching|using)\s+(that|this|the|your)\s+\w+"
)
# "We have no application from that email address", "No pending verification for this phone number": to an
# anonymous caller who looked it up by that handle, whether the address has anything on file
# ("We couldn't find any tickets for that e-mail address" says the same)
_NO_HANDLE_RECORD = re.compile(
    # also "We couldn't find an owner with that email address", "No rider account uses that email address"
    r"(?i)(\bno|\b(could\s*n[o'\u2019]?t|can[\u2019']?t|cannot|unable\s+to)\s+find\s+(a|an|any))"
    r"\s+[\w-]+(\s+[\w-]+)?\s+(from|for|with|under|matching|using|uses|to)\s+(that|this|the|your)\s+"
    r"(e-?mail|username|phone|mobile)\b"
    # "No member is registered with that phone number"
    r"|\bno\s+[\w-]+\s+(is|was)\s+(registered|enrolled|signed\s+up|on\s+file)\s+(with|for|under|to)\s+"
    r"(that|this|the|your)\s+(e-?mail|username|phone|mobile)\b"
    # "This phone number has not been invited": whether the handle is on file
    r"|\b(e-?mail|username|phone|mobile)(\s+(number|address))?\s+(has|is|was)\s*(n[o'\u2019]t|\s+not)\s+"
    r"(been\s+|yet\s+)*(invited|registered|on\s+file)\b"
    # "We don't have a vendor with that email" (not "... with that email or password", one answer for both)
    r"|\b(do|does)\s*n[o'\u2019]?t\s+have\s+(a|an|any)\s+[\w-]+(\s+[\w-]+)?\s+(from|for|with|under|matching|using)\s+"
    r"(that|this|the|your)\s+(e-?mail|username|phone|mobile)\b(?!(\s+(address|number))?\s*(or|and|/)\s*\w)"
)
# Tables of people who sign in with something other than an e-mail (a badge and a PIN)
_PEOPLE_TABLE = re.compile(
    r"(?i)(user|account|profile|member|staff|employee|worker|driver|operator|technician|crew|agent|courier|"
    r"volunteer|student|patient|customer|guest|rider|contractor|"
    # people who sign in to a club's or a school's tools with a badge or a PIN
    r"referee|umpire|official|steward|marshal|coach|instructor|trainer|teacher|tutor|guardian|parent)s?$"
)
# "<identifier> not found" / "Unknown badge": said where no row of people was found by what the caller typed
_UNKNOWN = re.compile(
    r"(?i)\b(not\s+found|unknown|does\s*n[o'\u2019]?t\s+exist|not\s+recogni[sz]ed|not\s+registered)\b"
)
# A status code an action answers in place of a sentence (`"not-registered"`, `"user-not-found"`,
# `"USER_NOT_FOUND"`, `"noAccount"`, `"unknown-email"`): the no-such-account answer, where it differs from
# the codes the same function answers otherwise (`"invalid-credentials"`, `"success"`)
_MISSING_CODE = re.compile(
    r"(?i)^((user|account|e-?mail|login|username)[-_]?)?(not[-_]?(found|registered|exists?)|does[-_]?not[-_]?exist)$"
    r"|^(no|unknown)[-_]?(user|account|e-?mail|login|username)$"
)
_CODE = re.compile(r"^[A-Za-z]+([-_][A-Za-z]+)*$")
# what a read of the accounts was keyed by: an address or a login anyone can type (not an id handed out)
_HANDLE_KEY = re.compile(r"(?i)(^|[^\w])[\"']?(e_?mail|user_?name|login|phone)[\"']?(\s*[:,})]|$)")
# "This email is already confirmed" / "not verified yet": a third answer beside "no such account"
_VERIFICATION_STATE = re.compile(r"(?i)\b(already|not)\s+(yet\s+)?(been\s+)?(verified|confirmed)\b")
# a generic sign-in refusal ("Invalid email or password") is the one answer for every failure
_CREDENTIALS = re.compile(r"(?i)\b(password|credentials?|passcode|pin|code)\b")
# the tables of accounts: what a "no record" branch answers for is a missing account
_ACCOUNT_MODEL = re.compile(r"(?i)(user|account)s?$")
re_response = re.compile(r"(^|\.)(json|send|NextResponse|Response|stringify|String|end)$")
# `error.issues[0].message` / `error.flatten()`: a ZodError's field messages are validation feedback
_VALIDATION_FEEDBACK = re.compile(r"\.(issues|errors|flatten\(\)|format\(\)|fieldErrors)\b")
# Errors every library throws: checking for these does not narrow to the app's own messages
_GENERIC_ERRORS = frozenset({"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "Object"})
_DETAIL_PROPS = frozenset({"message", "stack", "cause", "detail", "details", "sqlMessage", "meta", "hint"})
# the body an upstream answered a failed call with (axios: `err.response.data`): its `error` is that
# upstream's own text, as its `message` is
_UPSTREAM_BODY = re.compile(r"\??\.response\??\.data$")
_UPSTREAM_TEXT = frozenset({"error", "msg", "errorMessage", "error_description"})


def _detail_prop(ctx: FileContext, member: Node, err: str, body: bool) -> bool:
    """``member`` (rooted at ``err``) reads a detail of the error: its message or stack, or the text
    field of the upstream body it carries (``body``: ``err`` names that body itself)."""
    prop = ctx.text(member.child_by_field_name("property"))
    if prop in _DETAIL_PROPS:
        return True
    if prop not in _UPSTREAM_TEXT:
        return False
    obj = ctx.text(sx.strip_types(member.child_by_field_name("object")))
    return (body and obj == err) or bool(_UPSTREAM_BODY.search(obj))


_TEST_METHODS = frozenset({"includes", "startsWith", "endsWith", "test"})


def _only_compared(ctx: FileContext, member: Node) -> bool:
    """`{ status: err.message === "Forbidden" ? 403 : 500 }`: the detail is only compared with a
    value (or searched for a text) to choose what to answer, and none of it is sent."""
    p = member.parent
    while p is not None and p.type in sx.TRANSPARENT:
        p = p.parent
    if p is None:
        return False
    if p.type == "binary_expression":
        return ctx.text(p.child_by_field_name("operator")) in ("==", "===", "!=", "!==")
    if p.type == "member_expression" and ctx.text(p.child_by_field_name("property")) in _TEST_METHODS:
        call = p.parent
        return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == p
    return False


def _error_detail(ctx: FileContext, value: Node, err: str, body: bool = False) -> Node | None:
    """A part of ``value`` that exposes the caught error ``err`` (``body``: the upstream body it carried)."""
    src = ctx.src
    for n in sx.walk(value, into_functions=False):
        if n.type in ("member_expression", "call_expression", "identifier") and _dev_only_branch(src, n, value):
            continue
        if n.type == "member_expression":
            root = sx.root_identifier(src, n)
            if "." in err:  # an answer's error read off it (`response.error.message`): rooted at that path
                obj = sx.strip_types(n.child_by_field_name("object"))
                root = err if obj is not None and ctx.text(obj).replace("?.", ".") == err else None
            detail = root == err and _detail_prop(ctx, n, err, body) and not _VALIDATION_FEEDBACK.search(ctx.text(n))
            if (
                detail
                and not _fixed_class_branch(ctx, n, value, err)
                and not _only_compared(ctx, n)
                and not _only_tested(ctx, n, value)
            ):
                return n
        elif n.type == "call_expression":
            callee = sx.callee_name(src, n)
            args = sx.call_args(n)
            if callee in ("String", "JSON.stringify") and args and ctx.text(sx.strip_types(args[0])) == err:
                return n
            if callee.endswith(".toString") and sx.root_identifier(src, n) == err:
                return n
            if not _SANITIZER.search(sx.last_name(callee)) and _formats_error(ctx, n, args, err):
                return n  # `prettyObject(e)`, `getErrorMessage(e)`: a project helper that hands back its text
        elif n.type in ("identifier", "shorthand_property_identifier") and ctx.text(n) == err:
            parent = n.parent
            if _joined_to_text(ctx, n, parent):
                return n  # `"Failed to format.\n" + error`: the error's own text, joined onto a string
            if (
                parent is not None
                and parent.type
                in (
                    "pair",
                    "object",
                    "return_statement",
                    "arguments",
                    "template_substitution",
                    "array",
                    "sequence_expression",  # (`return "Error logging in", error`: the last operand is answered)
                )
                and not (parent.type == "sequence_expression" and parent.named_children[-1] != n)
            ):
                if parent.type == "pair" and parent.child_by_field_name("key") == n:
                    continue
                # `apiError({ error: countError, message })`: as for `{ error }`, ask the helper
                if (
                    parent.type == "pair"
                    and parent.parent is not None
                    and parent.parent.type == "object"
                    and not _helper_exposes(ctx, parent.parent, ctx.text(parent.child_by_field_name("key")))
                ):
                    continue
                if parent.type == "arguments":
                    # passing the error to a helper (`handleAndReturnErrorResponse(error)`) is not
                    # exposing it; passing it to a response or a serialiser is
                    call = parent.parent
                    callee = sx.callee_name(src, call) if call is not None else ""
                    if not re_response.search(callee):
                        continue
                if parent.type == "object" and not _helper_exposes(ctx, parent, ctx.text(n)):
                    continue
                return n
    return None


_COMPARISONS = frozenset({"===", "!==", "==", "!=", "<", ">", "<=", ">=", "instanceof", "in"})


def _joined_to_text(ctx: FileContext, node: Node, parent: Node | None) -> bool:
    """``node`` (the caught error) is an operand of a `+` chain holding a string (`"Failed: " + err`,
    `"a" + b + err`): joining turns the error into its message."""
    while parent is not None and parent.type in sx.TRANSPARENT:
        parent = parent.parent
    top: Node | None = None
    while (
        parent is not None
        and parent.type == "binary_expression"
        and ctx.text(parent.child_by_field_name("operator")) == "+"
    ):
        top, parent = parent, parent.parent
        while parent is not None and parent.type in sx.TRANSPARENT:
            parent = parent.parent
    if top is None:
        return False
    stack = [top]
    while stack:
        n = sx.strip_types(stack.pop())
        if n is None:
            continue
        if n.type in ("string", "template_string"):
            return True
        if n.type == "binary_expression" and ctx.text(n.child_by_field_name("operator")) == "+":
            stack.extend(c for c in (n.child_by_field_name("left"), n.child_by_field_name("right")) if c is not None)
    return False


def _only_tested(ctx: FileContext, node: Node, top: Node) -> bool:
    """``node`` (inside the answer ``top``) is only tested: compared (`error.meta?.modelName ===
    "Booking"`), negated, or a ternary's test picking between other values: a boolean goes back, not the text."""
    child, p = node, node.parent
    while p is not None and child.id != top.id:
        if p.type == "binary_expression" and ctx.text(p.child_by_field_name("operator")) in _COMPARISONS:
            return True
        if p.type == "unary_expression" and ctx.text(p.child_by_field_name("operator")) == "!":
            return True
        if p.type == "ternary_expression" and p.child_by_field_name("condition") == child:
            return True
        if sx.is_function(p):
            return False
        child, p = p, p.parent
    return False


def _formats_error(ctx: FileContext, call: Node, args: list[Node], err: str) -> bool:
    """The caught error is handed to a project function that returns it, its text or its message
    (`e instanceof Error ? e.message : String(e)`, `JSON.stringify(msg)` / `msg.toString()`), not
    a code of its own choosing (`e instanceof TypeError ? "bad_input" : "internal"`)."""
    position = next((i for i, a in enumerate(args) if _passes_error(ctx, a, err)), None)
    if position is None:
        return False
    target = ctx.analyzer.target(ctx.module, call)
    if target is not None and _message_given(ctx, call, args, target, position):
        return False
    return target is not None and _returns_param_text(ctx, target, position, 0)


def _message_given(ctx: FileContext, call: Node, args: list[Node], fn: Function, position: int) -> bool:
    """`createErrorResponse(500, error, { message: clientError })` of a helper whose every use of the error
    sits behind `options?.message ?? ...`: this call hands a text of its own (literals only), which wins."""
    hsrc = fn.module.src
    params = fn.param_nodes()
    if fn.body is None or position >= len(params):
        return False
    err = sx.pattern_names(hsrc, params[position])
    if len(err) != 1:
        return False
    mentions = [n for n in sx.find(fn.body, ("identifier",)) if sx.text(hsrc, n) == err[0]]
    if not mentions:
        return False
    fallback: tuple[int, str] | None = None
    for n in mentions:
        guard = n.parent
        while guard is not None and guard != fn.body:
            if (
                guard.type == "binary_expression"
                and sx.text(hsrc, guard.child_by_field_name("operator")) in ("??", "||")
                and sx.contains(guard.child_by_field_name("right") or guard, n)
            ):
                break
            guard = guard.parent
        left = sx.strip_types(guard.child_by_field_name("left")) if guard is not None and guard != fn.body else None
        if left is None or left.type != "member_expression":
            return False
        owner = sx.text(hsrc, left.child_by_field_name("object"))
        index = next((i for i, p in enumerate(params) if sx.pattern_names(hsrc, p) == [owner]), None)
        key = (index, sx.text(hsrc, left.child_by_field_name("property"))) if index is not None else None
        if key is None or (fallback is not None and key != fallback):
            return False
        fallback = key
    if fallback is None or fallback[0] >= len(args):
        return False
    given = sx.strip_types(args[fallback[0]])
    value = object_keys(ctx.src, given).get(fallback[1]) if given is not None and given.type == "object" else None
    return value is not None and _fixed_text(ctx, call, value)


def _fixed_text(ctx: FileContext, at: Node, value: Node) -> bool:
    """A string literal, or a local only ever given string literals (`let clientError = "Failed"; if
    (...) clientError = "Timed out"`)."""
    value = sx.strip_types(value) or value
    if sx.string_value(ctx.src, value) is not None:
        return True
    if value.type != "identifier":
        return False
    name = ctx.text(value)
    fn = sx.enclosing_function(at)
    if fn is None:
        return False
    given: list[Node | None] = []
    for d in sx.find(fn, ("variable_declarator",)):
        if ctx.text(d.child_by_field_name("name")) == name:
            given.append(d.child_by_field_name("value"))
    for a in sx.find(fn, ("assignment_expression",)):
        if ctx.text(a.child_by_field_name("left")) == name:
            given.append(a.child_by_field_name("right"))
    return bool(given) and all(g is not None and sx.string_value(ctx.src, g) is not None for g in given)


def _returns_param_text(ctx: FileContext, fn: Function, position: int, depth: int) -> bool:
    """Some return of ``fn`` carries the text of its parameter at ``position``, also through a
    project function it hands it to (`Response.json({ message: messageOf(error) })`)."""
    params = fn.param_nodes()
    if position >= len(params):
        return False
    names = sx.pattern_names(fn.module.src, params[position])
    if len(names) != 1:
        return False
    param = names[0]
    exposing = _exposing_locals(ctx, fn, param, depth) | {param}
    body = fn.body
    home = ctx if fn.module is ctx.module else FileContext(fn.module, ctx.analyzer, ctx.config)
    values = [
        r.named_children[0]
        for r in sx.find(fn.node, ("return_statement",), False)
        if r.named_children and not _narrowed_return(home, r, param)
    ]
    if body is not None and body.type != "statement_block":
        values.append(body)  # `(e) => e instanceof Error ? e.message : String(e)`
    return any(_returned_text(ctx, fn, v, exposing, param, depth) for v in values)


def _narrowed_return(ctx: FileContext, ret: Node, param: str) -> bool:
    """`if (error instanceof ZodError) return json({ error: error.message })` in an error helper:
    the branch only answers for a known error class (a library's, or the app's own with fixed
    texts) or for a message holding the app's own words (`error.message.includes("letter")`), as
    the same test does in the route itself (``ctx``: the helper's file)."""
    detail = f"{param}.message"
    return (
        _guarded_by_class(ctx, ret, param)
        or _inside_if(ret, lambda cond: _equals_literal(ctx, cond, detail), stop_at_catch=True)
        # (`if (NODE_ENV === "production") return { error: fallback }; return { error: e.message }`)
        or deployment.past_production_exit(ctx.src, ret)
    )


def _passes_error(ctx: FileContext, arg: Node, err: str) -> bool:
    """``arg`` is the caught error, also as a ternary's branch that any error takes
    (`error instanceof Error ? error : new Error("Failed")`)."""
    arg = sx.strip_types(arg) or arg
    if arg.type == "ternary_expression":
        return any(_passes_error(ctx, b, err) for b in _exposed_branches(ctx, ctx.module, arg, err))
    return ctx.text(arg) == err


def _returned_text(ctx: FileContext, fn: Function, node: Node, names: set[str], err: str, depth: int = 0) -> bool:
    """``node`` (a returned value) carries the error: not through a ternary's test or a comparison."""
    node = sx.unwrap(node) or node
    if node.type == "ternary_expression":
        return any(
            _returned_text(ctx, fn, b, names, err, depth)
            for b in (node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
            if b is not None
        )
    if node.type == "binary_expression":
        op = sx.text(fn.module.src, node.child_by_field_name("operator"))
        if op not in ("||", "??", "+"):
            return False  # `e instanceof Error`, `msg === "{}"`: a boolean
    return _mentions(ctx, fn, node, names, err, depth)


# A function that makes an error fit to show: its result is not the raw message
_SANITIZER = re.compile(r"(?i)(safe|saniti[sz]e|redact|mask|scrub|generic|friendly|public)")


def _helper_exposes(ctx: FileContext, obj: Node, key: str) -> bool:
    """`handleCallbackError({ error, provider: "microsoft" })`: follow the error into the project
    helper and ask whether a path that this call can take returns its details. Unknown helpers
    are assumed to expose it."""
    call = obj.parent.parent if obj.parent is not None and obj.parent.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return True
    target = ctx.analyzer.target(ctx.module, call)
    params = target.param_nodes() if target is not None else []
    pattern = params[0].child_by_field_name("pattern") if params else None
    if target is None or sx.call_args(call)[0] != obj or pattern is None or pattern.type != "object_pattern":
        return True
    hsrc = target.module.src
    if key not in sx.pattern_names(hsrc, pattern):
        return True
    # the literal options this call passes (`provider: "microsoft"`) decide the helper's branches
    constants: dict[str, str | None] = {}  # None: passed, value unknown
    for pair in obj.named_children:
        if pair.type == "pair":
            v = sx.strip_types(pair.child_by_field_name("value"))
            literal = sx.string_value(ctx.src, v) if v is not None and v.type == "string" else None
            constants[ctx.text(pair.child_by_field_name("key"))] = literal
        elif pair.type in ("shorthand_property_identifier", "spread_element"):
            constants[ctx.text(pair)] = None
    exposing = _exposing_locals(ctx, target, key)
    options = set(sx.pattern_names(hsrc, pattern))
    for ret in sx.find(target.node, ("return_statement",), False):
        value = ret.named_children[0] if ret.named_children else None
        if value is None or not _reachable(hsrc, target.node, ret, constants, options):
            continue
        if _mentions(ctx, target, value, exposing | {key}, key):
            return True
    return False


def _exposing_locals(ctx: FileContext, fn: Function, err: str, depth: int = 0) -> set[str]:
    """Locals of ``fn`` holding the error's details (`const msg = error instanceof Error ? error.message : "..."`)."""
    src = fn.module.src
    decls = [
        (sx.pattern_names(src, d.child_by_field_name("name")), d.child_by_field_name("value"))
        for d in sx.find(fn.node, ("variable_declarator",), False)
        if d.child_by_field_name("value") is not None
    ]
    # (`let message = "An error occurred"; if (error instanceof Error) message = error.message;`)
    # (not in a branch that only a known error class takes: `if (e instanceof AppError) message = e.message`)
    home: FileContext | None = None
    for a in sx.find(fn.node, ("assignment_expression",), False):
        left = a.child_by_field_name("left")
        if left is None or left.type != "identifier":
            continue
        if home is None:
            home = ctx if fn.module is ctx.module else FileContext(fn.module, ctx.analyzer, ctx.config)
        if not _narrowed_return(home, a, err):
            decls.append(([sx.text(src, left)], a.child_by_field_name("right")))
    # (`const parts = [base]; if (err?.details) parts.push(String(err.details)); return parts.join(" — ")`)
    for c in sx.find(fn.node, ("call_expression",), False):
        callee = sx.strip_types(c.child_by_field_name("function"))
        owner = sx.strip_types(callee.child_by_field_name("object")) if callee is not None else None
        if (
            callee is not None
            and callee.type == "member_expression"
            and sx.text(src, callee.child_by_field_name("property")) in ("push", "unshift")
            and owner is not None
            and owner.type == "identifier"
        ):
            decls.append(([sx.text(src, owner)], c.child_by_field_name("arguments")))
    out: set[str] = set()
    for _ in range(4):
        grew = False
        for names, value in decls:
            if value is not None and not set(names) <= out and _mentions(ctx, fn, value, out | {err}, err, depth):
                out |= set(names)
                grew = True
        if not grew:
            break
    return out


def _mentions(ctx: FileContext, fn: Function, node: Node, names: set[str], err: str, depth: int = 0) -> bool:
    """``node`` carries one of ``names``, not through a sanitiser or a project function that does
    not return its argument (`classifyError(msg)` answers with its own codes and texts)."""
    src = fn.module.src
    if node.type in ("identifier", "shorthand_property_identifier"):
        return sx.text(src, node) in names
    if node.type == "member_expression":
        root = sx.root_identifier(src, node)
        if root == err:
            return sx.text(src, node.child_by_field_name("property")) in _DETAIL_PROPS
        return _mentions(ctx, fn, node.child_by_field_name("object") or node, names, err, depth)
    if node.type == "call_expression":
        callee = sx.callee_name(src, node)
        if _SANITIZER.search(sx.last_name(callee)):
            return False
        target = ctx.analyzer.target(fn.module, node)
        if target is not None and not _builds_response(ctx, target, 0):
            carrying = [i for i, a in enumerate(sx.call_args(node)) if _mentions(ctx, fn, a, names, err, depth)]
            # (a helper handing back another of its parameters, `feedbackFor(error, email)` whose texts
            # quote the `email`, is not handing back the error)
            if not _returns_param(target, carrying):
                # `messageOf(error)`: what it returns may still be the text of what it was given
                return depth < 2 and any(_returns_param_text(ctx, target, i, depth + 1) for i in carrying)
        if target is not None and _validation_only(target):
            return False  # `validationErrorResponse(error)`: answers only for a ZodError, with its issues
    if node.type == "ternary_expression":
        return any(_mentions(ctx, fn, b, names, err, depth) for b in _exposed_branches(ctx, fn.module, node, err))
    if sx.is_function(node):
        return False
    return any(_mentions(ctx, fn, c, names, err, depth) for c in node.named_children)


_RESPONSE_CALL = re.compile(r"^(NextResponse|Response)\.\w+$|^(redirect|permanentRedirect)$")


def _builds_response(ctx: FileContext, fn: Function, depth: int) -> bool:
    """A response builder (`return NextResponse.redirect(url)`): what goes in goes to the client."""
    src = fn.module.src
    bound = {
        sx.text(src, d.child_by_field_name("name")): sx.unwrap(d.child_by_field_name("value"))
        for d in sx.find(fn.node, ("variable_declarator",), False)
    }
    for ret in sx.find(fn.node, ("return_statement",), False):
        value = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        if value is not None and value.type == "identifier":
            value = bound.get(sx.text(src, value))  # `const response = NextResponse.redirect(url); return response`
        if value is None:
            continue
        if value.type == "new_expression" and sx.text(src, value.child_by_field_name("constructor")) in (
            "Response",
            "NextResponse",
        ):
            return True
        if value.type != "call_expression":
            continue
        if _RESPONSE_CALL.match(sx.callee_name(src, value)):
            return True
        inner = ctx.analyzer.target(fn.module, value)
        if inner is not None and depth < 3 and inner.key != fn.key and _builds_response(ctx, inner, depth + 1):
            return True
    return False


def _returns_param(fn: Function, positions: list[int] | None = None) -> bool:
    """Some return of ``fn`` hands back a parameter itself (possibly inside a template or an
    object), not only something computed from it; with ``positions``, one of the parameters there."""
    src = fn.module.src
    params = set(fn.params)
    if positions is not None:
        nodes = fn.param_nodes()
        params = {n for i in positions if i < len(nodes) for n in sx.pattern_names(src, nodes[i])}
    for ret in sx.find(fn.node, ("return_statement",), False):
        value = ret.named_children[0] if ret.named_children else None
        if value is not None and _raw_refs(src, value) & params:
            return True
    body = fn.body
    return body is not None and body.type != "statement_block" and bool(_raw_refs(src, body) & params)


def _raw_refs(src: bytes, node: Node) -> set[str]:
    if node.type in ("identifier", "shorthand_property_identifier"):
        return {sx.text(src, node)}
    if node.type == "call_expression":
        callee = sx.callee_name(src, node)
        if callee in ("String", "JSON.stringify") or callee.endswith(".toString"):
            return {r for a in sx.call_args(node) for r in _raw_refs(src, a)}
        return set()  # a computed value (`msg.match(...)`, `lookup(msg)`)
    if node.type == "member_expression" or sx.is_function(node):
        return set()
    return {r for c in node.named_children for r in _raw_refs(src, c)}


def _reachable(src: bytes, fn: Node, node: Node, constants: dict[str, str | None], options: set[str]) -> bool:
    """Can ``node`` run when the parameters named in ``constants`` hold those literals?"""
    child, p = node, node.parent
    while p is not None and p != fn:
        if p.type == "if_statement":
            truth = _evaluate(src, p.child_by_field_name("condition"), constants, options)
            cons = p.child_by_field_name("consequence")
            if truth is not None and cons is not None:
                if sx.contains(cons, child) and truth is False:
                    return False
                if not sx.contains(cons, child) and truth is True:
                    return False
        if p.type == "statement_block":
            # an earlier `if (provider === "microsoft") { ...; return }` that this call takes
            for stmt in p.named_children:
                if stmt.start_byte >= child.start_byte:
                    break
                cond = stmt.child_by_field_name("condition") if stmt.type == "if_statement" else None
                if (
                    cond is not None
                    and _evaluate(src, cond, constants, options)
                    and sx.exits(src, stmt.child_by_field_name("consequence"))
                ):
                    return False
        child, p = p, p.parent
    return True


def _evaluate(src: bytes, cond: Node | None, constants: dict[str, str | None], options: set[str]) -> bool | None:
    """`provider === "microsoft"` for an option the call sets to a literal, or leaves out (undefined)."""
    cond = sx.strip_types(cond)
    if cond is None or cond.type != "binary_expression":
        return None
    op = sx.text(src, cond.child_by_field_name("operator"))
    if op not in ("===", "==", "!==", "!="):
        return None
    left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
    for a, b in ((left, right), (right, left)):
        name = sx.text(src, a) if a is not None and a.type == "identifier" else None
        lit = sx.string_value(src, b) if b is not None and b.type == "string" else None
        if name is not None and lit is not None and name in options:
            if any(k.startswith("...") for k in constants):
                return None  # `{ ...opts }`: anything may be set
            if name not in constants:
                return op in ("!==", "!=")  # an option the call leaves out is undefined
            known = constants[name]
            return None if known is None else (known == lit) == (op in ("===", "=="))
    return None


def _account_lookup_name(ctx: FileContext, ev: Event) -> str | None:
    """The local a read of an account table is bound to (`const user = await db.user.findUnique(...)`)."""
    if ev.op is None or ev.op.kind != "read" or not _ACCOUNT_MODEL.search(ev.op.model):
        return None
    return _bound_row(ctx, ev)


def _bound_row(ctx: FileContext, ev: Event) -> str | None:
    """The local a database call's rows (or its first row) are bound to."""
    assert ev.op is not None
    for node in (ev.node, ev.op.chain):  # (a query builder's chain: bound as a whole, `.executeTakeFirst()`)
        p = _binding_parent(node)
        name = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
        if name is not None and name.type == "array_pattern" and len(name.named_children) == 1:
            name = name.named_children[0]  # drizzle's `const [user] = await db.select()...`: the first row
        if name is not None and name.type == "identifier":
            return ctx.text(name)
    return None


# Tables of accounts (a profile row exists for each registered user)
_ACCOUNT_TABLE = re.compile(r"(?i)(user|account|profile|member)s?$")
_EMAIL_KEY = re.compile(r"(?i)(^|[^\w])[\"']?e_?mail[\"']?(\s*[:,})]|$)")


def _filter_args(ctx: FileContext, op: DbOp) -> list[Node]:
    """What picks the rows of a read: a Prisma query's `where` (not the `select` naming an `email`
    column of a page of rows); the arguments as they are for other clients."""
    if op.api != "prisma":
        return op.args
    out: list[Node] = []
    for arg in op.args:
        keys = object_keys(ctx.src, arg)
        if not keys:
            out.append(arg)
        elif "where" in keys:
            out.append(keys["where"])
    return out


# The columns an opaque record id is kept in (`id`, `_id`, `clerkID`, `userId`, `user_id`, `uuid`): a value
# the system minted, not one a person picks or knows of someone else (an e-mail, a username, a phone)
_OPAQUE_ID_KEY = re.compile(r"^(_?id|uid|uuid|cuid|[A-Za-z0-9]*(_id|Id|ID|_uuid|Uuid|UUID|Uid))$")


def _opaque_id_rows(ctx: FileContext, ev: Event) -> set[str]:
    """The locals a read or write of an account table picked by an opaque id only is bound to
    (`const updated = await User.findOneAndUpdate({ clerkID: params.clerkID }, ...)`), and those taken
    off them (`const target = rows[0]` of drizzle's list of rows)."""
    if ev.op is None or not _ACCOUNT_MODEL.search(ev.op.model) or not _by_opaque_id(ctx, ev.op):
        return set()
    name = _bound_row(ctx, ev)
    fn = sx.enclosing_function(ev.node)
    if name is None or fn is None:
        return set()
    return _rows_and_parts(ctx, fn, {name})


def _by_opaque_id(ctx: FileContext, op: DbOp) -> bool:
    """A read of accounts whose every filter key is an opaque record id (`User.findOne({ clerkID:
    params.clerkID })`, `db.user.findUnique({ where: { id } })`, Mongoose's `findById(id)`): "User not
    found" there answers whether a minted id exists, which tells an attacker no account's identifier."""
    callee = op.call.child_by_field_name("function")
    prop = callee.child_by_field_name("property") if callee is not None and callee.type == "member_expression" else None
    name = ctx.text(prop) if prop is not None else ctx.text(callee) if callee is not None else ""
    if name.endswith(("ById", "ByPk")):
        return True  # (`findById(id)`, a project `getUserById(id)`)
    if op.api == "drizzle":
        columns = _drizzle_filter_columns(ctx, op)
        return columns is not None and bool(columns) and all(_OPAQUE_ID_KEY.match(c) for c in columns)
    if op.api == "firestore":
        return bool(op.args) and all(_opaque_document_key(ctx, a) for a in op.args)
    args = _filter_args(ctx, op)[:1] if op.api in ("mongoose", "mongo") else _filter_args(ctx, op)
    if not args:
        return False
    for arg in args:
        keys = object_keys(ctx.src, arg)
        if not keys or not all(_OPAQUE_ID_KEY.match(k) for k in keys):
            return False
    return True


def _opaque_document_key(ctx: FileContext, arg: Node) -> bool:
    """A Firestore document picked by its key, and that key held by a name of a minted id (`.doc(memberId)`,
    `doc(db, "users", uid)`, `.doc(params.id)`): not `.doc(email)` of documents keyed by the address, nor a
    query's `where("email", "==", value)`."""
    holder = arg.parent.parent if arg.parent is not None and arg.parent.type == "arguments" else None
    if holder is None or holder.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, holder)) != "doc":
        return False
    key = sx.unwrap(arg)
    if key is not None and key.type == "member_expression":
        key = key.child_by_field_name("property")
    return (
        key is not None
        and key.type in ("identifier", "property_identifier")
        and bool(_OPAQUE_ID_KEY.match(ctx.text(key)))
    )


def _drizzle_filter_columns(ctx: FileContext, op: DbOp) -> set[str] | None:
    """The columns a drizzle query picks its rows by: `.where(and(eq(users.id, id), ...))` of a builder,
    `where: eq(users.id, id)` (or `(u, { eq }) => eq(u.id, id)`) of `db.query.users.findFirst`; None when
    a condition is anything but column tests joined by `and`/`or`."""
    if op.verb in ("findFirst", "findMany"):
        opts = object_keys(ctx.src, sx.call_args(op.call)[0]) if sx.call_args(op.call) else {}
        conds = [opts["where"]] if "where" in opts else []
    else:
        conds = [a for m, c in chain_calls(op.chain, ctx.src) if m == "where" for a in sx.call_args(c)]
    out: set[str] = set()
    for cond in conds:
        found = _condition_columns(ctx, cond)
        if found is None:
            return None
        out |= found
    return out


def _condition_columns(ctx: FileContext, given: Node | None) -> set[str] | None:
    """`eq(users.id, id)` → {"id"}; `and(a, b)` / `or(a, b)` → both sides' columns."""
    cond = sx.unwrap(given)
    if cond is not None and cond.type == "arrow_function":
        cond = sx.unwrap(cond.child_by_field_name("body"))  # (`(u, { eq }) => eq(u.id, id)`)
    if cond is None or cond.type != "call_expression":
        return None
    name, args = sx.callee_name(ctx.src, cond), sx.call_args(cond)
    if name in ("and", "or"):
        out: set[str] = set()
        for arg in args:
            found = _condition_columns(ctx, arg)
            if found is None:
                return None
            out |= found
        return out
    column = sx.unwrap(args[0]) if name in ("eq", "inArray") and args else None
    prop = column.child_by_field_name("property") if column is not None and column.type == "member_expression" else None
    return {ctx.text(prop)} if prop is not None else None


def _answered_account(ctx: FileContext, flow: Flow) -> Node | None:
    """With nobody signed in, an answer carrying what an account table read keyed by the caller's
    e-mail address found (`{ provider: data?.[0]?.provider ?? null }`) and not first turned away when
    nothing was found: a registered address gets a value, any other gets nothing."""
    src = ctx.src
    found: set[str] = set()
    token_rows: set[str] = set()  # rows the caller's secret token found (`invite = rows[0]`)
    for ev in flow.events:
        if ev.state.auth is not None:
            continue
        picked = client_refs(src, ev, op_nodes(ev.op)) if ev.kind == "db" and ev.op is not None else set()
        if picked and ev.op is not None and ev.op.kind == "read" and _found_by_token(ctx, ev.op):
            token_rows |= _rows_and_parts(ctx, flow.fn.node, _found_names(ctx, ev.op.chain))
        if picked and picked <= token_rows:
            continue  # (an address the invitation holds, not one the caller typed)
        if ev.kind == "db" and ev.op is not None and ev.op.kind == "read" and picked:
            keyed = any(
                _EMAIL_KEY.search(ctx.text(a)) and not _email_searched(ctx, a) for a in _filter_args(ctx, ev.op)
            )
            name = _bound_name(ctx, ev.op.chain) if keyed and _account_table(ctx, ev) else None
            found |= {name} if name else set()
        elif ev.kind in ("return", "respond") and ev.value is not None and found:
            # (whether nothing was found is asked of the read's own locals: `if (!user) return 401`)
            carrying = _carrying(ctx, flow, found)
            carried = identifiers(src, ev.value) & carrying
            if (
                carried
                and not _in_absent_branch(ctx, ev.node, found)
                and not _exited_on_absence(ctx, flow, found, ev)
                and not _secret_match_only(ctx, ev, carrying, flow.fn.node)
            ):
                return None if _created_when_absent(ctx, flow, found) else ev.value
    return None


def _created_when_absent(ctx: FileContext, flow: Flow, found: set[str]) -> bool:
    r"""`if (user.length === 0) user = await sql\`INSERT INTO users ... RETURNING *\``: the lookup's own
    local refilled by a write (a find-or-create), so any address gets an account's row back."""
    for ev in flow.events:
        if ev.kind != "db" or ev.op is None or ev.op.kind != "write":
            continue
        p = ev.node.parent
        while p is not None and p.type in _BINDING_WRAPPERS:
            p = p.parent
        if p is not None and p.type == "assignment_expression" and ctx.text(p.child_by_field_name("left")) in found:
            return True
    return False


def _secret_match_only(ctx: FileContext, ev: Event, carrying: set[str], fn: Node) -> bool:
    """`{ valid: !!user?.resetToken && user.resetToken === presented }`: every read of the found account in
    the answer sits in a test that also requires a field of it to equal what the caller sent. It is true only
    for whoever holds that value; an unknown address, an account with no pending token and a wrong token all
    get `false`, so no account is told apart (`user?.role === "admin"`, a constant, still tells). A local
    holding such a test (`const ok = !!user?.passwordHash && await bcrypt.compare(password, user.passwordHash)`,
    answered `{ ok }`) is gated the same way."""
    assert ev.value is not None
    return _gated_uses(ctx, ev, ev.value, carrying, fn, 1)


def _gated_uses(ctx: FileContext, ev: Event, value: Node, carrying: set[str], fn: Node, depth: int) -> bool:
    """Every read of ``carrying`` in ``value`` sits in a test matching a field of the found account with
    what the caller sent, or names a local (``depth`` steps deep) whose value is such a test."""
    uses = [
        n
        for n in sx.find(value, ("identifier", "shorthand_property_identifier"))
        if ctx.text(n) in carrying
        and not (n.parent is not None and n.parent.type == "pair" and n == n.parent.child_by_field_name("key"))
    ]
    gates = [
        b
        for b in sx.find(value, ("binary_expression",))
        if _operator(ctx, b) in ("&&", "===", "==")
        and not (b.parent is not None and b.parent.type == "binary_expression" and _operator(ctx, b.parent) == "&&")
        and any(_matches_client_value(ctx, ev, c, carrying) for c in _conjuncts(ctx, b))
    ]

    def gated(u: Node) -> bool:
        if any(g.start_byte <= u.start_byte < g.end_byte for g in gates):
            return True
        held = local_const(ctx.src, fn, ctx.text(u)) if depth > 0 else None
        return held is not None and _gated_uses(ctx, ev, held, carrying, fn, depth - 1)

    return bool(uses) and all(gated(u) for u in uses)


def _operator(ctx: FileContext, node: Node) -> str:
    op = node.child_by_field_name("operator")
    return ctx.text(op) if op is not None else ""


def _conjuncts(ctx: FileContext, node: Node) -> list[Node]:
    """The operands of an `&&` chain (``node`` itself when it is no `&&`)."""
    node = sx.unwrap(node) or node
    if node.type == "binary_expression" and _operator(ctx, node) == "&&":
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        return [*(_conjuncts(ctx, left) if left else []), *(_conjuncts(ctx, right) if right else [])]
    return [node]


def _matches_client_value(ctx: FileContext, ev: Event, node: Node, carrying: set[str]) -> bool:
    """`user.resetToken === presented`: a field of the found account compared with a value the caller sent."""
    node = sx.unwrap(node) or node
    if node.type == "await_expression" and node.named_children:
        node = sx.unwrap(node.named_children[0]) or node
    if node.type == "call_expression" and _PASSWORD_CHECK.search(sx.callee_name(ctx.src, node)):
        # `bcrypt.compare(password, user.passwordHash)`: the stored hash checked against what the caller sent
        args = node.child_by_field_name("arguments")
        sides: list[Node | None] = list(args.named_children) if args is not None else []
    elif node.type != "binary_expression" or _operator(ctx, node) not in ("===", "=="):
        return False
    else:
        sides = [node.child_by_field_name("left"), node.child_by_field_name("right")]
    names = [identifiers(ctx.src, x) if x is not None else set() for x in sides]
    return any(a & carrying and b & ev.state.client and not b & carrying for a in names for b in names if a is not b)


# a partial match: a search of what the caller typed, not a lookup of one address
_PARTIAL_MATCH = frozenset({"contains", "startsWith", "endsWith", "search"})


def _email_searched(ctx: FileContext, where: Node) -> bool:
    """Every e-mail term of the filter matches part of an address (`email: { contains: q }`): a search
    whose matches are its answer, the feature itself, not a registered address told from any other."""
    terms = [
        sx.strip_types(p.child_by_field_name("value"))
        for p in sx.find(where, ("pair",))
        if _EMAIL_KEY.search(ctx.text(p.child_by_field_name("key")))
    ]
    return bool(terms) and all(
        t is not None and t.type == "object" and bool(set(object_keys(ctx.src, t)) & _PARTIAL_MATCH) for t in terms
    )


def _carrying(ctx: FileContext, flow: Flow, found: set[str]) -> set[str]:
    """``found`` and the locals built from them (`const provider = data?.at(0)?.provider ?? null`)."""
    out = set(found)
    decls = sx.find(flow.fn.node, ("variable_declarator",))
    for _ in range(2):
        for decl in decls:
            name, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
            if (
                name is not None
                and name.type == "identifier"
                and value is not None
                and identifiers(ctx.src, value) & out
            ):
                out.add(ctx.text(name))
    return out


def _tests_rows(ctx: FileContext, node: Node, rows: set[str]) -> bool:
    """``node`` answers a test of what a read of some other table found (`if (existingInvite)`)."""
    return bool(rows) and _answers_lookup(ctx, node, rows)


def _account_table(ctx: FileContext, ev: Event) -> bool:
    """The read's table is one of accounts: by its model, or by the constant `.from(PROFILES)` names."""
    table = _table_of(ctx, ev)
    return bool(table and _ACCOUNT_TABLE.search(table))


def _other_table(ctx: FileContext, ev: Event) -> bool:
    """The read's table is known, and not one of accounts (`.from(SHARED_FOLDERS)`, `db.invite`)."""
    table = _table_of(ctx, ev)
    return table is not None and not _ACCOUNT_TABLE.search(table)


def _table_of(ctx: FileContext, ev: Event) -> str | None:
    """The read's model, or the table the constant of `.from(PROFILES)` names."""
    assert ev.op is not None
    if ev.op.model:
        return ev.op.model
    for call in sx.find(ev.op.chain, ("call_expression",)):
        args = sx.call_args(call)
        if sx.last_name(sx.callee_name(ctx.src, call)) != "from" or len(args) != 1 or args[0].type != "identifier":
            continue
        resolved = ctx.analyzer.program.resolve_value(ctx.module, ctx.text(args[0]))
        return sx.string_value(resolved[0].src, sx.strip_types(resolved[1])) if resolved is not None else None
    return None


# a PIN's or password's hash a read picks (`select: { pinHash: true }`): what the row signs in with
_CREDENTIAL_HASH = re.compile(r"(?i)\b(pin|passcode|password|pass)_?hash\b|\bhashed_?(pin|passcode|password)\b")


def _signing_in_row(ctx: FileContext, ep: EntryPoint, flow: Flow, op: DbOp) -> bool:
    """A read that picks a PIN or password hash (`kiosk.findUnique({ select: { pinHash: true } })`) in an entry
    point that saves a session it fetched (iron-session's `await session.save()`): the row signs in, whatever
    its table is called (a kiosk, a device), so it is an account. A protected share's password hash checked
    with no session saved names a resource."""
    if not any(_CREDENTIAL_HASH.search(ctx.text(a)) for a in op.args):
        return False
    sessions_ = flow.final.fetched
    return any(
        (callee := sx.callee_name(ctx.src, c)).endswith(".save")
        and callee.rsplit(".", 1)[0] in sessions_
        and not sx.call_args(c)
        for c in sx.find(ep.fn.node, ("call_expression",), into_functions=False)
    )


# `WHERE vt.token = ${token}`: a SQL filter on a secret column set to a presented value
_SQL_TOKEN_FILTER = re.compile(r"(?i)\b(\w+\.)?(\w*_)?(token|otp|code)(_hash)?\s*=\s*\$\{")


def _found_by_token(ctx: FileContext, op: DbOp) -> bool:
    """A read narrowed by a secret the caller presents (`where: { token }`, `WHERE token = ${token}`)."""
    if guards.found_by_credential(ctx.src, op.args):
        return True
    return op.api == "sql" and any(_SQL_TOKEN_FILTER.search(ctx.text(a)) for a in op.args)


def _rows_and_parts(ctx: FileContext, fn: Node, names: set[str]) -> set[str]:
    """``names`` and the locals taken off them (`const invite = rows[0]`, `const { email } = row`)."""
    out = set(names)
    for d in sx.find(fn, ("variable_declarator",), into_functions=False) if names else ():
        value = sx.unwrap(d.child_by_field_name("value"))
        taken = value is not None and value.type in ("subscript_expression", "member_expression", "identifier")
        if taken and sx.root_identifier(ctx.src, value) in out:
            out |= set(sx.pattern_names(ctx.src, d.child_by_field_name("name")))
    return out


def _found_names(ctx: FileContext, chain: Node) -> set[str]:
    """The locals a read binds what it found to (`const row = ...`, `const { data: rows } = ...`), not its error."""
    p = _binding_parent(chain)
    if p is not None and p.type == "array":
        return _parallel_slot_names(ctx, chain)
    name = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
    if name is not None and name.type == "array_pattern":
        # `const [row] = await db.select(...).from(t).limit(1)`: the first row found
        first = name.named_children[0] if name.named_children else None
        return set(sx.pattern_names(ctx.src, first)) if first is not None else set()
    if name is None or name.type not in ("identifier", "object_pattern"):
        return set()
    if name.type == "identifier":
        return {ctx.text(name)}
    return {
        n
        for part in name.named_children
        if not (part.type == "pair_pattern" and ctx.text(part.child_by_field_name("key")) == "error")
        and ctx.text(part) != "error"
        for n in sx.pattern_names(ctx.src, part)
    }


# a client value named as an address, login name or phone (`email`, `newEmail`, `user_name`, `phoneNumber`)
_HANDLE_NAME = re.compile(r"(?i)(e_?mail|user_?name|login|phone|handle)")
_BY_HANDLE = re.compile(r"(?i)by_?(e_?mail|user_?name|login|phone|handle)")


def _names_a_handle(ctx: FileContext, ev: Event, picked: set[str]) -> bool:
    """A query picked by an e-mail, username or phone the caller gave: `where(eq(users.email, input))`,
    `{ where: { username } }`, a project `findUserByEmail(address)`."""
    assert ev.op is not None
    if any(_HANDLE_NAME.search(name) for name in picked) or _BY_HANDLE.search(sx.callee_name(ctx.src, ev.op.call)):
        return True
    return any(_HANDLE_KEY.search(ctx.text(n)) for n in _filter_args(ctx, ev.op))


def _parallel_slot_names(ctx: FileContext, chain: Node) -> set[str]:
    """`const [email, updated] = await Promise.all([emailOf(id), db.update(t)...])`: the names bound at the
    read's place, as after `const email = await emailOf(id)` (a place left out, `[, updated]`, binds none)."""
    element = chain
    while element.parent is not None and element.parent.type != "array":
        element = element.parent
    array = element.parent
    call = array.parent.parent if array is not None and array.parent is not None else None
    if array is None or call is None or call.type != "call_expression":
        return set()
    if sx.callee_name(ctx.src, call) != "Promise.all":
        return set()
    p = _binding_parent(call)
    pattern = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
    if pattern is None or pattern.type != "array_pattern":
        return set()
    at = [e for e in array.named_children if e.type != "comment"].index(element)
    slot = 0
    for child in pattern.children:
        if child.type == ",":
            slot += 1
        elif slot == at and child.is_named and child.type != "comment":
            return set(sx.pattern_names(ctx.src, child))
    return set()


def _bound_name(ctx: FileContext, chain: Node) -> str | None:
    """`const user = await ...` / `const { data } = await ...`: the local holding what the read found."""
    p = _binding_parent(chain)
    name = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
    if name is not None and name.type == "identifier":
        return ctx.text(name)
    if name is not None and name.type == "object_pattern":
        return "data" if "data" in sx.pattern_names(ctx.src, name) else None
    return None


def _exited_on_absence(ctx: FileContext, flow: Flow, names: set[str], ev: Event) -> bool:
    """An `if (!user) return 401` before the answer: whoever gets that far named a registered address,
    and every other address got the refusal (judged with the rest of the rule)."""
    return any(
        stmt.start_byte < ev.node.start_byte
        and _tests_absence(ctx, stmt.child_by_field_name("condition"), names)
        and sx.exits(ctx.src, stmt.child_by_field_name("consequence"))
        for stmt in sx.find(flow.fn.node, ("if_statement",))
    )


_BINDING_WRAPPERS = frozenset({"await_expression", "parenthesized_expression", "as_expression", "non_null_expression"})


def _binding_parent(node: Node) -> Node | None:
    """What a read's value is bound by, past `await`, parentheses and a ternary's branch
    (`const member = coop ? await db.member.findFirst(...) : null`: null where no lookup ran)."""
    p = node.parent
    while p is not None and (
        p.type in _BINDING_WRAPPERS or (p.type == "ternary_expression" and node != p.child_by_field_name("condition"))
    ):
        node = p
        p = p.parent
    return p


def _own_session_absent(ctx: FileContext, ev: Event, accounts: set[str]) -> bool:
    """``ev`` answers in a branch where a value read off the caller's own session is missing
    (`if (!email)` of `const email = session?.user?.email`), not a lookup of input they chose."""
    own = ev.state.session - ev.state.client - accounts
    return bool(own) and _in_absent_branch(ctx, ev.node, own) and not _in_absent_branch(ctx, ev.node, accounts)


_PASSWORD_CHECK = re.compile(
    r"(?i)(^|\.)(bcrypt\w*\.compare(Sync)?|argon2\.verify|(verify|compare|check|validate)_?password(Hash)?)$"
)


def _before_password_check(ctx: FileContext, fn: Node, answers: list[tuple[str, Node]]) -> list[tuple[str, Node]]:
    """The ``answers`` given before the first password check of ``fn`` (`bcrypt.compare(password,
    user.password)`, `verifyPassword(...)`), when there is one after them."""
    checks = [
        c.start_byte
        for c in sx.find(fn, ("call_expression",))
        if _PASSWORD_CHECK.search(sx.callee_name(ctx.src, c)) or _credentials_sign_in(ctx, c) or _hash_verify(ctx, c)
    ]
    if not checks:
        return []
    first = min(checks)
    return [(s, n) for s, n in answers if n.end_byte <= first]


# a password hasher's check under any import name: `argon.verify(user.password, input.password)`,
# `verify(hash, plain)` of `@node-rs/argon2`, `bcryptjs.compare(...)` bound to another name
_HASH_VERIFY = frozenset({"verify", "compare", "compareSync", "verifySync"})


def _hash_verify(ctx: FileContext, call: Node) -> bool:
    """`argon.verify(account.passwordHash, parsedInput.password)`: a hasher's verify handed a password."""
    if sx.last_name(sx.callee_name(ctx.src, call)) not in _HASH_VERIFY:
        return False
    args = sx.call_args(call)
    return len(args) >= 2 and any(re.search(r"(?i)pass(word|wd|code)", ctx.text(a)) for a in args)


def _credentials_sign_in(ctx: FileContext, call: Node) -> bool:
    """`signIn("credentials", { email, password })` of Auth.js: the provider's `authorize` checks the password."""
    if sx.last_name(sx.callee_name(ctx.src, call)) != "signIn":
        return False
    args = sx.call_args(call)
    first = sx.unwrap(args[0]) if args else None
    return first is not None and first.type == "string" and sx.string_value(ctx.src, first) == "credentials"


def _found_account_answer(
    ctx: FileContext, fn: Node, answers: list[tuple[str, Node]], accounts: set[str]
) -> list[tuple[str, Node]]:
    """The answers given in a branch on a field of a found account (`if (!user.passwordHash)`) before
    the password is checked, that differ from every answer of the no-account branch (`if (!user)`),
    when there is one: whoever types an address learns from it that the account exists."""
    absent = {s for s, n in answers if _in_absent_branch(ctx, n, accounts)}
    if not absent:
        return []

    def on_field(cond: Node | None) -> bool:
        return cond is not None and any(
            sx.root_identifier(ctx.src, m) in accounts for m in sx.find(cond, ("member_expression",))
        )

    state = [
        (s, n)
        for s, n in answers
        if s not in absent
        and not _BAD_PASSWORD.search(s)
        and not _in_absent_branch(ctx, n, accounts)
        and _inside_if(n, on_field, stop_at_catch=True)
    ]
    return _before_password_check(ctx, fn, state)


def _found_by_stored_id(ctx: FileContext, flow: Flow, fn: Node, node: Node, rows: set[str] | None = None) -> bool:
    """``node`` runs in a branch of the innermost `if` around it, which tests a value looked up by
    fields of a row read before (`const user = await getUser(verification.verifiedByUserId); if (user)
    ... else return "User not found"`): an account the stored row names, not one the caller chose."""
    child, p = node, node.parent
    while p is not None and not sx.is_function(p) and p.type != "if_statement":
        child, p = p, p.parent
    if p is None or p.type != "if_statement" or child == p.child_by_field_name("condition"):
        return False
    cond = sx.unwrap(p.child_by_field_name("condition"))
    if cond is not None and cond.type == "unary_expression" and ctx.text(cond.child_by_field_name("operator")) == "!":
        cond = sx.unwrap(cond.child_by_field_name("argument"))
    if cond is None or cond.type != "identifier":
        return False
    decl = ctx.first_declarators(fn).get(ctx.text(cond))
    value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    if value is None or value.type != "call_expression":
        return False
    args = sx.call_args(value)
    if not args:
        return False
    for a in args:
        bare = sx.unwrap(a)
        held = flow.records if rows is None else rows
        if bare is None or bare.type != "member_expression" or sx.root_identifier(ctx.src, bare) not in held:
            return False
    return True


def _db_result_names(ctx: FileContext, flow: Flow) -> set[str]:
    """Locals bound to what a query answered, a write's too (`const updated = await db.booking.update(...)`):
    rows the database holds, not values the caller typed."""
    names = set(flow.records)
    for ev in flow.events:
        p = ev.node.parent if ev.kind == "db" else None
        while p is not None and p.type in ("await_expression", "parenthesized_expression", "as_expression"):
            p = p.parent
        if p is not None and p.type == "variable_declarator":
            names.update(sx.pattern_names(ctx.src, p.child_by_field_name("name")))
    return names


def _only_by_opaque_id(ctx: FileContext, node: Node, accounts: set[str], by_id: set[str]) -> bool:
    """``node`` runs where an account looked up by an opaque id only was missing, and in no branch
    testing an account looked up by anything else (an e-mail, a username)."""
    return (
        bool(by_id)
        and _in_absent_branch(ctx, node, by_id)
        and not (accounts - by_id and _in_absent_branch(ctx, node, accounts - by_id))
    )


def _always_answers_object(ctx: FileContext, ev: Event) -> bool:
    """``ev`` calls a project helper every return of which, outside its catch clauses, is an object literal
    (`return { ...row!, isOAuth: !!linked }`), and whose body ends in such a return (also as its `try`'s
    last statement): it answers an object for any id, missing or not, so `if (!found)` is no lookup's miss."""
    if ev.op is None or ev.op.api != "helper" or ev.node.type != "call_expression":
        return False
    target = ctx.analyzer.target(ctx.module, ev.node)
    body = target.node.child_by_field_name("body") if target is not None else None
    if target is None or body is None or body.type != "statement_block":
        return False
    src = target.module.src
    last = next((n for n in reversed(body.named_children) if n.type != "comment"), None)
    if last is not None and last.type == "try_statement":
        block = last.child_by_field_name("body")
        last = next((n for n in reversed(block.named_children) if n.type != "comment"), None) if block else None
    if last is None or last.type != "return_statement":
        return False
    returns = 0
    for ret in sx.find(body, ("return_statement",), False):
        if any(a.type == "catch_clause" for a in sx.ancestors(ret) if a.start_byte >= body.start_byte):
            continue  # (null when the query threw: an error, not a missing row)
        value = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        if value is None or value.type != "object" or not src[value.start_byte : value.end_byte].strip(b"{} \n"):
            return False
        returns += 1
    return returns > 0


def _in_absent_branch(ctx: FileContext, node: Node, names: set[str]) -> bool:
    """``node`` runs where one of ``names`` holds no record: `if (!user)`, `if (!user || !user.id)`,
    `if (user === null)`."""
    return _inside_if(node, lambda cond: _tests_absence(ctx, cond, names), stop_at_catch=False)


# a Firestore snapshot that found no document: `!snap.exists`, `!snap.exists()` (the modular SDK's method)
_FIRESTORE_EXISTS = re.compile(r"^(\w+)\??\.exists(\(\))?$")
_FIRESTORE_EMPTY = re.compile(r"^\w+\??\.empty$")


def _no_snapshot(negated: str, names: set[str]) -> bool:
    """`!snap.exists` of a Firestore document read bound to one of ``names``."""
    m = _FIRESTORE_EXISTS.match(negated)
    return m is not None and m.group(1) in names


def _inside_if(node: Node, test: Callable[[Node | None], bool], stop_at_catch: bool) -> bool:
    """``node`` sits in the then-branch of an `if` (up to its function, or its catch clause) whose
    condition passes ``test``."""
    child, p = node, node.parent
    while p is not None and not sx.is_function(p) and not (stop_at_catch and p.type == "catch_clause"):
        if (
            p.type == "if_statement"
            and child == p.child_by_field_name("consequence")
            and test(p.child_by_field_name("condition"))
        ):
            return True
        child, p = p, p.parent
    return False


def _tests_absence(ctx: FileContext, cond: Node | None, names: set[str]) -> bool:
    cond = sx.unwrap(cond)
    if cond is None:
        return False
    if cond.type == "unary_expression" and ctx.text(cond.child_by_field_name("operator")) == "!":
        # `!user`, `!user?.id` (not `!user.emailVerified`: a found account's state)
        arg = ctx.text(sx.strip_types(cond.child_by_field_name("argument")))
        return arg in names or ("?." in arg and arg.split("?.", 1)[0] in names) or _no_snapshot(arg, names)
    if cond.type == "member_expression" and _FIRESTORE_EMPTY.match(ctx.text(cond)):
        return ctx.text(cond).split(".", 1)[0] in names  # `if (found.empty)` of a Firestore query's snapshot
    if cond.type != "binary_expression":
        return False
    op = ctx.text(cond.child_by_field_name("operator"))
    left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
    if op == "||":
        return _tests_absence(ctx, left, names) or _tests_absence(ctx, right, names)
    if op in ("===", "=="):
        sides = [ctx.text(sx.strip_types(x)) for x in (left, right)]
        return any(a in names and b in ("null", "undefined") for a, b in (sides, sides[::-1]))
    return False


def _helper_answers(
    ctx: FileContext, ep: EntryPoint, value: Node, memo: dict[str, list[tuple[str, Node]]]
) -> list[tuple[str, Node]]:
    """The texts a project helper returns that this response passes on (`const result = await
    createUser(req); res.json({ response: result.response })`), each with the helper's call.
    ``memo``: per entry point, the texts of each local bound to a project helper's answer."""
    if not memo:
        memo["\0"] = []  # (worked out: the entry point's helper answers, once for all its responses)
        for decl in sx.find(ep.fn.node, ("variable_declarator",), False):
            name = decl.child_by_field_name("name")
            call = sx.unwrap(decl.child_by_field_name("value"))
            if call is not None and call.type == "await_expression":
                call = sx.unwrap(call.named_children[0]) if call.named_children else None
            if name is None or call is None or call.type != "call_expression":
                continue
            target = ctx.analyzer.target(ctx.module, call)
            if target is None:
                continue
            hsrc = target.module.src
            texts = memo.setdefault(ctx.text(name), [])
            own: set[int] | None = None  # computed on first need
            for ret in sx.find(target.node, ("return_statement",), False):
                if not _quoted(hsrc, ret):
                    continue
                if own is None:
                    own = _own_lookup_answers(ctx, target)
                if ret.id in own:
                    continue  # `if (!me) return "User not found"` of the signed-in caller's own row
                for n in sx.walk(ret):
                    s = sx.string_value(hsrc, n) if n.type in ("string", "template_string") else None
                    if s is not None:
                        texts.append((s, call))
    if not any(memo.values()):
        return []  # (no helper answer holds a text: the value's names are not walked)
    used = {sx.root_identifier(ctx.src, n) for n in sx.walk(value) if n.type in ("identifier", "member_expression")}
    return [t for name, texts in memo.items() if name in used for t in texts]  # (in the order declared)


def _own_lookup_answers(ctx: FileContext, target: Function) -> set[int]:
    """The returns of a project helper (by node id) made past its own sign-in check and before any
    lookup keyed by what its caller handed it (`const me = await find({ clerkId: session.userId });
    if (!me) return 404`): about the caller's own record, nothing the caller chose; and, past such lookups,
    those where an account it picked by an opaque id only was missing (`.doc(memberId).get()`: no person
    named). Once per helper: the answer is the helper's alone, whichever entry point calls it."""
    memo = ctx.analyzer.own_lookup_answers
    out = memo.get(target.key)
    if out is not None:
        return out
    flow = ctx.analyzer.flow(target, State(client=set(target.params)), frozenset(target.params))
    hsrc = target.module.src
    hctx = ctx if target.module is ctx.module else FileContext(target.module, ctx.analyzer, ctx.config)
    out = set()
    keyed = False
    accounts: set[str] = set()  # accounts looked up by what the caller handed it ...
    by_id: set[str] = set()  # ... of those, by an opaque record id only (`.doc(memberId)`, `{ id }`)
    for ev in flow.events:
        if ev.kind == "db" and ev.op is not None and client_refs(hsrc, ev, op_nodes(ev.op)):
            keyed = True
            account = _account_lookup_name(hctx, ev)
            accounts |= {account} if account is not None else set()
            by_id |= _opaque_id_rows(hctx, ev)
            continue
        if ev.kind != "return":
            continue
        if keyed:
            # (`if (!snap.exists) return "User not found"` of a document picked by a minted id: names nobody)
            if _only_by_opaque_id(hctx, ev.node, accounts, by_id):
                out.add(ev.node.id)
        elif ev.state.auth not in (None, "secret"):
            out.add(ev.node.id)
        elif _in_absent_branch(hctx, ev.node, ev.state.session - ev.state.client):
            out.add(ev.node.id)  # `if (!authUser) return "User not found"`: the caller's own session is missing
    if not ctx.analyzer.summarising():  # (a flow walked while a summary is in progress is not kept)
        memo[target.key] = out
    return out


def _strings(ctx: FileContext, value: Node) -> list[tuple[str, Node]]:
    out: list[tuple[str, Node]] = []
    if not _quoted(ctx.src, value):
        return out  # (no string in it: not walked)
    for n in sx.walk_named(value):
        if n.type not in ("string", "template_string"):  # string_value() strips parentheses: quadratic when nested
            continue
        s = sx.string_value(ctx.src, n)
        if s is None and n.type == "template_string":
            s = _template_words(ctx.src, n)
        if s is not None and n.type == "string" and _translation_key(ctx, n):
            s = _translated_key_words(s) or s
        if s is not None:
            out.append((s, n))
    return out


# a translation call: next-intl's `t` (of `getTranslations` / `useTranslations`), i18next's `i18n.t`,
# vue-i18n's `$t`, react-intl / formatjs `intl.formatMessage({ id })`
_TRANSLATE_CALL = re.compile(r"^(t|\$t|translate|formatMessage)$")


def _translation_key(ctx: FileContext, node: Node) -> bool:
    """``node`` is the message key of a translation call: `t("reset_form.email_not_found")`, or the `id` of
    `intl.formatMessage({ id: "auth.user_not_found" })`."""
    arg = node
    p = node.parent
    if p is not None and p.type == "pair":
        key = p.child_by_field_name("key")
        if key is None or ctx.text(key).strip("'\"") != "id" or p.parent is None or p.parent.type != "object":
            return False
        arg = p.parent
        p = arg.parent
    if p is None or p.type != "arguments" or not p.named_children or p.named_children[0] != arg:
        return False
    call = p.parent
    return (
        call is not None
        and call.type == "call_expression"
        and _TRANSLATE_CALL.match(sx.last_name(sx.callee_name(ctx.src, call))) is not None
    )


# a key's words naming an account, then that it exists (`email_or_name_exist`): whether it is registered
_KEY_EXISTS = re.compile(r"(?i)\b(e-?mail|username|user|account|phone)\b(\s+\w+){0,3}?\s+exists?$")


def _translated_key_words(key: str) -> str | None:
    """A message key read as the words it stands for (`reset_form.email_not_found` -> "reset form email not
    found"), a translation's answer telling account states apart as the literal sentence would."""
    words = _words_of_key(key)
    if words is None:
        return None
    # (`email or name exist` said as the sentence it stands for: "email or name already exists")
    return re.sub(r"\s+exists?$", " already exists", words) if _KEY_EXISTS.search(words) else words


def _template_words(src: bytes, node: Node) -> str:
    """A template's fixed words with each substitution read as a mark no wording matches
    (`` `User not found with email: ${email}` `` still says "User not found"; `` `${kind} not found` ``
    names nothing)."""
    parts: list[str] = []
    at = node.start_byte + 1
    for c in node.children:
        if c.type == "template_substitution":
            parts.append(src[at : c.start_byte].decode("utf-8", "replace"))
            parts.append("\u2026")
            at = c.end_byte
    parts.append(src[at : node.end_byte - 1].decode("utf-8", "replace"))
    return "".join(parts)


def _quoted(src: bytes, node: Node) -> bool:
    """A quote or a backtick among ``node``'s bytes: what any string or template in it starts with."""
    s, e = node.start_byte, node.end_byte
    return src.find(b'"', s, e) != -1 or src.find(b"'", s, e) != -1 or src.find(b"`", s, e) != -1


_MACHINE_ROUTE = re.compile(r"(?i)/(cron|crons|webhooks?|qstash|inngest|jobs)/")
_API_KEY = re.compile(rb"(?i)api[-_]?key")


def _api_key_client(ctx: FileContext, ep: EntryPoint) -> bool:
    """A route whose secret is a client's API key (`x-api-key` compared with the partner's key), outside
    the webhook and cron folders and with no signature check: its caller is a client of the app's API
    (a partner, an integration), an outside party like any other, not a provider or the scheduler."""
    if ep.kind not in ("route", "pages-api") or _MACHINE_ROUTE.search("/" + ep.path):
        return False
    fn = ep.fn.node
    if not _API_KEY.search(ctx.src[fn.start_byte : fn.end_byte]):
        # (a bearer token compared with the one stored for the customer: `row.scimToken`)
        return ep.fn.module is ctx.module and guards.stored_client_secret(
            ctx.src, guards.with_local_helpers(ep.fn, ctx.analyzer.target)
        )
    return not any(is_signature_call(sx.callee_name(ctx.src, c)) for c in sx.find(fn, ("call_expression",)))


def _gated_catch(flow: Flow, node: Node) -> bool:
    """``node`` is in a catch whose try passed a secret gate before anything it waited on
    (`Flow.gated_catches`): what it answers goes to the scheduler or provider holding the secret."""
    if not flow.gated_catches:
        return False
    p = node.parent
    while p is not None and not sx.is_function(p):
        if p.type == "catch_clause":
            return p.start_byte in flow.gated_catches
        p = p.parent
    return False


def _with_callback_returns(ctx: FileContext, ep: EntryPoint, events: list[Event]) -> list[Event]:
    """The events, with `return guarded(async () => { ...; return { error: "..." } })` replaced by the
    inline callback's own returns when the project helper hands back what the callback returns
    (`return await fn(...args)`): those answers are what reaches the caller."""
    out: list[Event] = []
    for ev in events:
        inner = _passed_through_callback(ctx, ep, ev) if ev.kind == "return" else None
        if inner is None:
            out.append(ev)
            continue
        for ret in sx.find(inner, ("return_statement",), into_functions=False):
            value = ret.named_children[0] if ret.named_children else None
            # (the state the walk had at the last event before it: past the callback's own session check)
            before = [e for e in events if e.node.end_byte <= ret.start_byte]
            state = before[-1].state if before else State()
            out.append(Event("return", ret, state, value=value, catch_param=_enclosing_catch(ctx.src, ret, inner)))
    return out


_SETTLES = frozenset({"Promise.all", "Promise.allSettled"})


def _mapped_catch_detail(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """A batch worked item by item in a `.map` callback whose catch answers that item's result with the caught
    error's details (`catch (e) { return { email, error: e.message } }`), when the mapped results are
    answered: settled (`await Promise.allSettled(pending)`), unwrapped (`settled.map((r) => r.value)`),
    spread into a list (`[...results]`). Counting them (`results.filter(...).length`) answers no text."""
    src = ctx.src
    if b".map(" not in src[ep.fn.node.start_byte : ep.fn.node.end_byte]:
        return None
    carriers: set[str] = set()  # locals holding the items' results
    detail: Node | None = None
    for decl in sx.find(ep.fn.node, ("variable_declarator",), into_functions=False):
        left, value = decl.child_by_field_name("name"), sx.unwrap(decl.child_by_field_name("value"))
        if left is None or left.type != "identifier" or value is None:
            continue
        if value.type == "array":
            # `[...detailed, ...overflow]`
            parts = [sx.unwrap(c.named_children[0] if c.type == "spread_element" else c) for c in value.named_children]
            if any(p is not None and p.type == "identifier" and ctx.text(p) in carriers for p in parts):
                carriers.add(ctx.text(left))
            continue
        if value.type != "call_expression":
            continue
        callee, args = sx.callee_name(src, value), sx.call_args(value)
        first = sx.unwrap(args[0]) if args else None
        if callee in _SETTLES and first is not None and first.type == "identifier" and ctx.text(first) in carriers:
            carriers.add(ctx.text(left))
            continue
        cb = sx.strip_types(args[0]) if args else None
        if not callee.endswith(".map") or cb is None or not sx.is_function(cb):
            continue
        fn = sx.strip_types(value.child_by_field_name("function"))
        holder = (
            sx.unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
        )
        if holder is not None and holder.type == "identifier" and ctx.text(holder) in carriers:
            if _hands_item_on(ctx, cb):
                carriers.add(ctx.text(left))  # `settled.map((r) => r.value)`
            continue
        for ret in sx.find(cb, ("return_statement",), into_functions=False):
            param = _enclosing_catch(src, ret, cb)
            answered = ret.named_children[0] if ret.named_children else None
            found = _caught_detail(ctx, ret, answered, param) if param and answered is not None else None
            if found is not None:
                carriers.add(ctx.text(left))
                detail = detail or found
                break
    return _detail_if_answered(ctx, flow, carriers, detail)


def _detail_if_answered(ctx: FileContext, flow: Flow, carriers: set[str], detail: Node | None) -> Node | None:
    """``detail`` when one of ``carriers`` (the lists or objects holding a caught error's details) is answered
    as it is by a `return` or response of ``flow``."""
    if detail is None:
        return None
    for ev in flow.events:
        if ev.kind in ("return", "respond") and ev.value is not None and _holds_whole(ctx, ev.value, carriers):
            return detail
    return None


def _pushed_catch_detail(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """A batch worked item by item whose catch pushes that item's failure with the caught error's details into
    a list (`catch (error) { results.push({ name, error: error.message }) }`), when the list is answered as it
    is (`{ results }`). Answering its length, or pushing a fixed text, answers no error's text."""
    src = ctx.src
    if b".push(" not in src[ep.fn.node.start_byte : ep.fn.node.end_byte]:
        return None
    carriers: set[str] = set()
    detail: Node | None = None
    for clause in sx.find(ep.fn.node, ("catch_clause",), into_functions=False):
        param = clause.child_by_field_name("parameter")
        body = clause.child_by_field_name("body")
        if param is None or body is None:
            continue
        for call in sx.find(body, ("call_expression",), into_functions=False):
            fn = sx.strip_types(call.child_by_field_name("function"))
            if fn is None or fn.type != "member_expression" or ctx.text(fn.child_by_field_name("property")) != "push":
                continue
            holder = sx.unwrap(fn.child_by_field_name("object"))
            args = sx.call_args(call)
            if holder is None or holder.type != "identifier" or not args:
                continue
            found = _caught_detail(ctx, call, args[0], ctx.text(param))
            if found is not None:
                carriers.add(ctx.text(holder))
                detail = detail or found
    return _detail_if_answered(ctx, flow, carriers, detail)


def _hands_item_on(ctx: FileContext, cb: Node) -> bool:
    """A `.map` callback answering its item, or a settled item's `value`, on some branch."""
    params = sx.param_names(ctx.src, cb)
    if not params:
        return False
    body = cb.child_by_field_name("body")
    answers = [body] if body is not None and body.type != "statement_block" else []
    answers += [
        r.named_children[0] for r in sx.find(cb, ("return_statement",), into_functions=False) if r.named_children
    ]
    for a in answers:
        for n in sx.walk(a):
            text = ctx.text(n)
            if (
                n.type == "identifier"
                and text == params[0]
                and (n.parent is None or n.parent.type != "member_expression")
            ) or (n.type == "member_expression" and text == f"{params[0]}.value"):
                return True
    return False


def _holds_whole(ctx: FileContext, value: Node, names: set[str]) -> bool:
    """``value`` answers one of ``names`` as it is (`{ results }`, `[...results]`, not `results.length`)."""
    for n in sx.walk(value):
        if n.type in ("identifier", "shorthand_property_identifier") and ctx.text(n) in names:
            p = n.parent
            if p is None or p.type not in ("member_expression", "call_expression"):
                return True
    return False


def _enclosing_catch(src: bytes, node: Node, within: Node) -> str | None:
    """The parameter of the catch clause ``node`` sits in, inside ``within`` (not past a nested
    function): `catch (error) { return serverError(message) }` answers what it caught."""
    p = node.parent
    while p is not None and p.start_byte >= within.start_byte and not sx.is_function(p):
        if p.type == "catch_clause":
            param = p.child_by_field_name("parameter")
            return sx.text(src, param) if param is not None else ""
        p = p.parent
    return None


def _passed_through_callback(ctx: FileContext, ep: EntryPoint, ev: Event) -> Node | None:
    """The body of the inline callback a returned call hands a project helper that returns the callback's
    own answer (`return await fn(...args)`, also inside its `try`)."""
    call = sx.unwrap(ev.value)  # (`return await guarded(...)` too)
    if call is None or call.type != "call_expression":
        return None
    args = sx.call_args(call)
    at = next((i for i, a in enumerate(args) if sx.is_function(a)), None)
    if at is None:
        return None
    body = args[at].child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return None
    target = ctx.analyzer.target(ep.fn.module, call)
    if target is None or target.body is None:
        return None
    params = target.node.child_by_field_name("parameters")
    names = [sx.pattern_names(target.module.src, p) for p in params.named_children] if params is not None else []
    if at >= len(names) or len(names[at]) != 1:
        return None
    param = names[at][0]
    for ret in sx.find(target.node, ("return_statement",), into_functions=False):
        value = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        if value is not None and value.type == "call_expression" and sx.callee_name(target.module.src, value) == param:
            return body
    return None


# the function of the entry point being checked: a class's `new`s inside *other* entry points'
# own bodies do not decide what its messages are for this one (`_fixed_message_class`)
_CHECKING: list[Node] = []


def check(ctx: FileContext) -> Iterator[Finding]:
    for ep in ctx.entry_points:
        if ep.answer_forwarded:
            continue  # (judged on the action that hands its arguments on: what it answers is its own)
        _CHECKING[:] = [ep.fn.node]
        if deployment.closed_for_entry(ctx.analyzer, ep):
            continue  # a development or test helper: production callers never get past its first answer
        flow = ctx.flow(ep)
        # a handler re-exported from another file (`export default signupApiHandler`): read its
        # code in its own file
        here = ep.fn.module is ctx.module
        hctx = ctx if here else FileContext(ep.fn.module, ctx.analyzer, ctx.config)
        export = None if here else _export_line(ctx, ep)
        src = hctx.src
        returned: list[tuple[str, Node]] = []
        reported = False
        stacked = False  # the stack of an error built here answered (`new Error(msg).stack`)
        # reported so far only for a query's own error object answered (`{ details: demoError }`): a caught
        # error's details further on are another leak, in another place, with a fix of its own
        query_only = False
        keyed = False  # a read keyed by client input happened: "not found" now answers the caller's question
        db_keyed = False
        # a read or write picked by an e-mail, username or phone the caller gave (not only by a record's number)
        handle_typed = False
        found: tuple[list[int], set[str]] | None = None  # identity-API lookups, on first need
        accounts: set[str] = set()  # locals holding an account looked up by client input
        picked: set[str] = set()  # ... of those, the ones no value of the caller's own session picked
        absent: list[tuple[str, Node]] = []  # what the branches where no such account was found answer
        members: set[str] = set()  # locals holding a row of a table of people (members, profiles) picked by input
        unknown_ids: list[tuple[str, Node]] = []  # "Badge not found" where no such person's row was found
        answers_memo: dict[str, list[tuple[str, Node]]] = {}  # `_helper_answers`, worked out on first need
        answer_errors: set[str] = set()  # `const { error } = await supabase.from(...)`: the database's error
        query_errors: set[str] = set()  # ... of those, the ones a library query answered here (not a project helper)
        worded: tuple[str, Node] | None = None  # the first answer with such an error's own words in it
        other_rows: set[str] = set()  # locals holding what a keyed read of a table other than accounts found
        auth_errors = _auth_answer_errors(hctx, ep.fn.node)  # `const { error } = await supabase.auth.signUp(...)`
        # ... and a project helper's `error` that holds what it caught (`.catch((err) => ({ error: { message:
        # err.message } }))`): its message and the object are that error's details
        auth_errors = sorted(auth_errors + _caught_answer_errors(hctx, ep.fn.node), key=lambda a: a[0])
        auth_names: set[str] = set()  # ... the locals holding those
        keys: set[str] = set()  # the client's values the reads were keyed by
        settled_errors: set[str] | None = None  # `error` of `const [, error] = await tryCatch(...)`, on first need
        # the client's values the reads made before any secret was passed were keyed by (`equipmentId` of the
        # row holding a kiosk's PIN), and the accounts looked up past that secret by other values only
        # (`memberEmail`): a secret kept on another row, shared by whoever uses it, proves no account's holder
        pre_gate_keys: set[str] = set()
        foreign_accounts: set[str] = set()
        foreign_absent: list[tuple[str, Node]] = []  # what the branches where no such account was found answer
        by_handle: set[str] = set()  # accounts looked up, with nobody signed in, by an address or login typed
        by_id: set[str] = set()  # accounts looked up by an opaque record id only (`{ clerkID: params.clerkID }`)
        absent_codes: list[tuple[str, Node]] = []  # the status codes the branches where none was found answer
        other_codes: set[str] = set()  # ... and those answered elsewhere
        never_missing: set[str] = set()  # locals a project helper always answers an object for (`{ ...row, extra }`)
        # a kiosk's shared secret passed, then a member's PIN checked against their row: the device is known, the
        # person at it is not, and the answers past the secret are those of a sign-in
        member_check = member_credential_past_secret(hctx, ep, flow)
        for ev in _with_callback_returns(hctx, ep, flow.events):
            auth = None if member_check and ev.state.auth == "secret" else ev.state.auth
            while auth_errors and auth_errors[0][0] < ev.node.start_byte:
                answer_errors |= auth_errors[0][1]
                query_errors |= auth_errors[0][1]
                auth_names |= auth_errors[0][1]
                auth_errors = auth_errors[1:]
            if ev.kind == "db":
                names, direct = _answer_errors(hctx, ev.node, ev.op.api if ev.op is not None else "")
                answer_errors |= names
                if direct:
                    query_errors |= names
            if ev.kind == "db" and ev.op is not None and (picked := client_refs(src, ev, op_nodes(ev.op))):
                db_keyed = True
                keys |= picked
                handle_typed = handle_typed or _names_a_handle(hctx, ev, picked)
                account = _account_lookup_name(hctx, ev)
                if auth is None:
                    pre_gate_keys |= picked
                    if ev.op.kind == "read":
                        pre_gate_keys |= _found_names(hctx, ev.op.chain)  # (`item.studioId`: the row's own value)
                elif auth == "secret" and account is not None and pre_gate_keys and not picked & pre_gate_keys:
                    foreign_accounts.add(account)
                by_id |= _opaque_id_rows(hctx, ev)
                if account is not None and _always_answers_object(hctx, ev):
                    never_missing |= _found_names(hctx, ev.op.chain)
                    account = None  # (`if (!found)` runs only when the helper's query threw: no such account says it)
                if account is not None:
                    accounts.add(account)
                    if auth is None and any(_HANDLE_KEY.search(hctx.text(a)) for a in _filter_args(hctx, ev.op)):
                        by_handle.add(account)
                    caller = ev.state.session | ev.state.fetched
                    if not any(identifiers(src, a) & caller for a in ev.op.args):
                        picked.add(account)  # (not `{ email: session.user.email, domain }`: the caller's own)
                if ev.op.kind == "read" and _other_table(hctx, ev):
                    other_rows |= _found_names(hctx, ev.op.chain)
                if ev.op.kind == "read" and (
                    _PEOPLE_TABLE.search(_table_of(hctx, ev) or "") or _signing_in_row(hctx, ep, flow, ev.op)
                ):
                    members |= _found_names(hctx, ev.op.chain)
            if ev.kind == "redirect" and ev.catch_param and not reported:
                url = _redirect_url(hctx, ev.node)
                node = url and _caught_detail(hctx, ev.node, url, ev.catch_param)
                if node is not None:
                    # the URL reaches the browser (address bar, history, the next page's logs)
                    yield _error_finding(ctx, ep, export or node, hctx.text(node))
                    reported = True
                continue
            if ev.kind == "redirect":
                # (a query's or Supabase Auth's own error words put into the URL, `redirect(\`/login?message=${
                # error.message}\`)`: the browser receives them as it would an answer)
                url = _redirect_url(hctx, ev.node)
                if url is not None and worded is None and query_errors and not reported:
                    said = _worded_answer_error(hctx, url, query_errors)
                    worded = (hctx.text(said), export or said) if said is not None else None
                if url is not None and auth is None and auth_names:
                    # (`if (error.code === "user_already_exists") redirect(\`/register?message=${error.code}\`)`
                    # beside `?message=confirmation_sent`: the URL names the account state the branch tested)
                    returned.extend(_account_code_in_url(hctx, ev.node, url, auth_names))
                continue
            if ev.kind not in ("return", "respond") or ev.value is None:
                continue
            keyed = db_keyed
            if not keyed and any(_account_state(s) for s, _ in _strings(hctx, ev.value)):
                # (after an identity API's lookup, only a branch on its answer answers the caller's question)
                found = found or _account_lookups(hctx, ep)
                lookups, answers = found
                keyed = bool(lookups) and lookups[0] < ev.node.start_byte and _answers_lookup(hctx, ev.node, answers)
                handle_typed = handle_typed or keyed  # (an identity API's lookup is by address or username)
            if answer_errors and not reported:
                # the error object a query answered with, sent as it is (its code, details, hint)
                raw = _raw_answer_error(hctx, ev.value, answer_errors)
                if raw is not None and not _rows_present_branch(hctx, ev.node, hctx.text(raw)):
                    yield _error_finding(ctx, ep, export or raw, hctx.text(raw))
                    reported = query_only = True
                elif worded is None and query_errors:
                    # (also past a cron or webhook secret: rule 10(b) exempts no caller)
                    said = _worded_answer_error(hctx, ev.value, query_errors)
                    worded = (hctx.text(said), export or said) if said is not None else None
                    # (only a database query's error: a helper may read just its `details` and `hint`,
                    # which Auth and Storage errors lack)
                    said = _helper_answer_error(hctx, ev.value, query_errors - auth_names)
                    if worded is None and said is not None:
                        yield _error_finding(ctx, ep, export or said, hctx.text(said))
                        reported, query_only = True, False
            if (
                (auth == "secret" or (ev.catch_param and _gated_catch(flow, ev.node)))
                and not (ev.catch_param and _catches_verification(hctx, ev.node))
                and not _api_key_client(hctx, ep)
            ):
                # cron jobs and webhooks answer a scheduler or a provider, whose account states are no
                # enumeration; the caught error's details still are (below): rule 10(b) exempts no caller
                if not ev.catch_param and foreign_accounts and _in_absent_branch(hctx, ev.node, foreign_accounts):
                    foreign_absent.extend(
                        (s, n)
                        for s, n in _strings(hctx, ev.value)
                        if _account_state(s) or (_NO_HANDLE_RECORD.search(s) and _HANDLE.search(s))
                    )
                if ev.catch_param and (not reported or query_only):
                    # (its message, a stack trace or the raw error object: the provider shows the response to
                    # whoever runs the integration, its delivery log)
                    node = _caught_detail(hctx, ev.node, ev.value, ev.catch_param)
                    if node is not None:
                        yield _error_finding(ctx, ep, export or node, hctx.text(node))
                        reported, query_only = True, False
                continue
            if ev.catch_param and (not reported or query_only):
                node = _caught_detail(hctx, ev.node, ev.value, ev.catch_param)
                if node is not None:
                    yield _error_finding(ctx, ep, export or node, hctx.text(node))
                    reported, query_only = True, False
            if not (reported or stacked) and (node := _built_error_stack(hctx, ep.fn.node, ev.node, ev.value)):
                # (a leak of its own, apart from a caught error's details further on)
                yield _error_finding(ctx, ep, export or node, hctx.text(node))
                stacked = True
            if never_missing and _in_absent_branch(hctx, ev.node, never_missing):
                continue  # reached when the caller's own session is missing or the helper's query threw, not per id
            # what a project helper answered, passed on (`res.json({ response: result.response })`)
            texts = _strings(hctx, ev.value) + _helper_answers(hctx, ep, ev.value, answers_memo)
            if settled_errors is None:
                settled_errors = _settled_pair_errors(hctx, ep.fn.node)
            caught_as = {ev.catch_param} if ev.catch_param else settled_errors
            if auth is None and caught_as and _account_error_branch(hctx, ev.node, caught_as):
                # the identity provider's own "that account exists" error given its own answer (`if
                # (err.name === "UsernameExistsException") return { title: t("UsernameExistsException") }`):
                # the sign-up's lookup, made by the provider; its message keys are read as their words
                keyed = True
                texts = texts + _key_words(hctx, ev.value)
            if auth is None:
                # enumeration matters where anyone can ask: sign-in, sign-up, reset (not where the branch
                # says the caller's own session lacks a value: `if (!email)` of `session?.user?.email`)
                own = keyed and _own_session_absent(hctx, ev, accounts)
                # (nor where the account was looked up by an id a stored row holds, `getUser(verification.
                # verifiedByUserId)`: the client picked the row, not the account, and learns nothing of others)
                own = own or (keyed and _found_by_stored_id(hctx, flow, ep.fn.node, ev.node))
                # (nor "User not found" where the account was picked by an opaque id, `users/[clerkID]`: a
                # minted id is no identifier anyone guesses or knows of another person, rule 10's oracle)
                own = own or (keyed and _only_by_opaque_id(hctx, ev.node, accounts, by_id))
                returned.extend((s, n) for s, n in texts if (keyed and not own) or not _account_state(s))
                if accounts and _in_absent_branch(hctx, ev.node, accounts):
                    # `if (!user) return "Invalid email."`: a not-found answer however it is worded
                    # (or says it of the user or account it names: `User does not exist`, however misspelt)
                    absent.extend(
                        (s, n)
                        for s, n in texts
                        if (_HANDLE.search(s) or _ACCOUNT_NOUN.search(s)) and not _CREDENTIALS.search(s)
                    )
                if by_handle:
                    codes = [(s, n) for s, n in texts if _CODE.match(s)]
                    if _in_absent_branch(hctx, ev.node, by_handle):
                        absent_codes.extend((s, n) for s, n in codes if _MISSING_CODE.match(s))
                    else:
                        other_codes.update(s for s, _ in codes)
                if members and _in_absent_branch(hctx, ev.node, members):
                    unknown_ids.extend((s, n) for s, n in texts if _UNKNOWN.search(s) and not _CREDENTIALS.search(s))
            elif (
                keyed
                and auth != "secret"
                and not _tests_rows(hctx, ev.node, other_rows)
                and not (ev.state.role and _hands_back(hctx, flow, accounts))
            ):
                # a signed-in caller who looked up an email or username of their choosing (change
                # email, invite by email) learns whether that account exists (not where the branch
                # tests an invite's or a share's row: "Email already exists" of a pending invite)
                # (also "User not found" where an account row the caller picked by other than an opaque id was
                # missing: `if (!target) return 404` after `findFirst({ where: { name } })`; and "No team
                # member with that e-mail" where an account was looked up by it: whether the address typed has
                # an account there)
                missing = (
                    bool(picked - by_id)
                    and _in_absent_branch(hctx, ev.node, picked - by_id)
                    and not (ev.state.role and _answers_account_data(hctx, flow, accounts))
                )
                # (an address or username in the answer counts where the caller named the account by one:
                # "Student email not found" of a record staff picked by its number is about that record's field)
                returned.extend(
                    (s, n)
                    for s, n in texts
                    if (_account_state(s) and ((handle_typed and _HANDLE.search(s)) or missing))
                    or (accounts and _NO_HANDLE_RECORD.search(s) and _HANDLE.search(s))
                )
        if not reported and worded is not None:
            # (a caught error's details in the same handler are the finding to fix first)
            yield _error_finding(ctx, ep, worded[1], worded[0])
            reported = True
        if not reported and not any(e.state.auth == "secret" for e in flow.events):
            leaked = (
                _cookie_detail(hctx, ep)
                or _stream_error_detail(hctx, ep)
                or _mapped_catch_detail(hctx, ep, flow)
                or _pushed_catch_detail(hctx, ep, flow)
            )
            if leaked is not None:
                yield _error_finding(ctx, ep, export or leaked, hctx.text(leaked))
                reported = True
        if not reported and ep.kind in ("route", "pages-api", "action"):
            # (a server action answering with what a project helper it hands its input returns: the
            # helper's catch answers the client too; reported at the call, each action on its own line)
            delegated = _delegated_detail(ctx, ep, flow)
            if delegated is not None:
                node, call, dctx = delegated
                yield ctx.finding(
                    META,
                    "error_details",
                    call if ep.kind == "action" else node if dctx.module is ctx.module else (export or call),
                    function=ep.fn,
                    endpoint=endpoint(ep),
                    value=short(dctx.text(node), 40),
                    confidence=Confidence.HIGH,
                )
        if not reported:
            # (a project helper's result whose field holds what its catch caught, answered: `note: result.note`)
            field = _answered_caught_field(hctx, flow, ep.fn.node)
            if field is not None:
                yield _error_finding(ctx, ep, export or field, hctx.text(field))
                reported = True
        if not reported and ep.kind == "wrapped-action":
            # `export const x = withServerPromise(async () => ...)`: the wrapper's own catch answers
            caught = _wrapper_detail(ctx, ep)
            if caught is not None:
                yield _error_finding(ctx, ep, ep.anchor, caught)
                reported = True
        zsa_here = any(b.spec == "zsa" for b in ctx.module.imports.values())
        if ep.kind == "safe-action" and (b"ZSAError" in src or zsa_here):
            # (a thrown string too, when the action is made by zsa's own `createServerAction()` here)
            returned.extend(_zsa_answers(hctx, ep, flow, strings=zsa_here))
        if ep.kind == "wrapped-action" and b"throw" in src:
            classes = _wrapper_message_classes(ctx, ep)
            if classes:
                returned.extend(_zsa_answers(hctx, ep, flow, classes))
        if ep.kind == "safe-action" and b"throw" in src:
            # (next-safe-action's client answering the messages of its own error class as `serverError`)
            classes = _safe_action_message_classes(ctx, ep)
            if classes:
                returned.extend(_zsa_answers(hctx, ep, flow, classes))
        bad_pw = [(s, n) for s, n in returned if _BAD_PASSWORD.search(s)]
        bad_secret = bad_pw or any(_BAD_CODE.search(s) for s, _ in returned)
        not_found = [
            (s, n)
            for s, n in returned
            if (_account_state(s) and not _message_by_id(s, keys)) or (bad_secret and _NO_RECORD.search(s))
        ]
        status = [(s, n) for s, n in returned if _ACCOUNT_STATUS.search(s) and not _account_state(s)]
        # "That e-mail is already verified" beside "We couldn't find an account": a third state told apart
        verified = [(s, n) for s, n in returned if _VERIFICATION_STATE.search(s) and not _account_state(s)]
        if not not_found and absent and (bad_pw or status or verified):
            # the no-account branch's answer differs from what a found account's state gets
            not_found = absent[:1]
        beside = bad_pw[:1] + status[:1]  # reported with the not-found answer
        by_identifier = not not_found and bool(bad_pw) and bool(unknown_ids)
        if by_identifier:
            # `if (!worker) return "Badge not found"` beside "Wrong PIN": whatever identifies the person
            # (and the wrong-PIN answer beside it, as "incorrect password" beside "user not found": each of the
            # two tells a registered identifier from an unknown one)
            not_found, beside = unknown_ids[:1], bad_pw[:1]
        if not not_found and db_keyed:
            not_found = [(s, n) for s, n in returned if _NO_HANDLE_RECORD.search(s)][:1]
        if not not_found and absent_codes and other_codes - {s for s, _ in absent_codes}:
            # `if (!user) return "not-registered"` beside `"invalid-credentials"` or `"success"`: the codes
            # tell a registered address from an unknown one as the sentences would
            not_found = absent_codes[:1]
        if not not_found and foreign_absent:
            # "No member with that email" past a device's PIN: reported alone (the PIN is no account's)
            not_found, beside = foreign_absent[:1], []
        early = [] if not_found or not accounts or not status else _before_password_check(hctx, ep.fn.node, status)
        # the first "no such account" answer, and the first wrong-password, account-status and verification-state
        # answers beside it (or an account's status answered before its password was checked: whoever types the
        # address learns the account exists and is banned, where an unknown one gets the generic answer)
        if not by_identifier:
            # ("This account exists but is not verified" after "We couldn't find an account": itself an
            # account state, still the verification answer beside the first)
            verified = verified or [(s, n) for s, n in not_found[1:] if _VERIFICATION_STATE.search(s)]
            beside += [v for v in verified[:1] if v[1] not in {n for _, n in not_found[:1]}]
        if not not_found and not early and accounts:
            # `if (!user) throw "Invalid email or password"` then `if (!user.passwordHash) throw "Use the reset
            # button to set up your account"` before the password is checked: the generic refusal is the
            # no-account answer, and the found account's own answer tells it apart
            early = _found_account_answer(hctx, ep.fn.node, returned, accounts)
        for s, n in not_found[:1] + (beside if not_found else early[:1]):
            yield ctx.finding(
                META, "enumeration", export or n, function=ep.fn, endpoint=endpoint(ep), text=short(s, 50)
            )
        answer = None if not_found else _answered_account(hctx, flow)
        if answer is not None:
            value = short(hctx.text(answer), 40)
            yield ctx.finding(
                META, "account_answer", export or answer, function=ep.fn, endpoint=endpoint(ep), value=value
            )
    # next-safe-action: createSafeActionClient({ handleServerError(e) { return e.message } }) (before v6:
    # `handleReturnedServerError`, whose answer is the action's `serverError`)
    src = ctx.src
    if b"handleServerError" in src or b"handleReturnedServerError" in src:
        for node in ctx.module.parsed.find(("pair", "method_definition")):
            key = node.child_by_field_name("key") if node.type == "pair" else node.child_by_field_name("name")
            if key is None or ctx.text(key) not in ("handleServerError", "handleReturnedServerError"):
                continue
            fn = node.child_by_field_name("value") if node.type == "pair" else node
            fn = sx.strip_types(fn)
            if fn is None or not sx.is_function(fn):
                continue
            params = sx.param_names(src, fn)
            if not params or _client_never_used(ctx, node):
                continue
            f = ctx.module.function_for(fn)
            for ev in ctx.analyzer.helper_flow(f).events:
                if ev.kind == "return" and ev.value is not None and ev.state.auth is None:
                    hit = _error_detail(ctx, ev.value, params[0])
                    if (
                        hit is not None
                        and not _guarded_by_class(ctx, ev.node, params[0])
                        and not _outside_production(ctx, ev.node, fn)
                    ):
                        yield ctx.finding(META, "server_error_handler", hit, function=f, value=short(ctx.text(hit), 40))
                        break
    # zsa: createServerActionProcedure().experimental_shapeError(({ err }) => ({ message: err.message }))
    if b"experimental_shapeError" in src and any(b.spec == "zsa" for b in ctx.module.imports.values()):
        yield from _shape_error_leaks(ctx)
    # Hono: app.onError((err, c) => c.json({ detail: err.message }, 500))
    if b"onError" in src and any(b.spec == "hono" for b in ctx.module.imports.values()):
        yield from _hono_error_leaks(ctx)


def _method_calls(ctx: FileContext, method: str) -> Iterator[tuple[Node, list[Node]]]:
    """Every `<object>.<method>(...)` call of the module, with its arguments: how a framework's
    app-wide error callback is registered (`app.onError(cb)`, `procedure.experimental_shapeError(cb)`)."""
    for call in ctx.module.parsed.find(("call_expression",)):
        callee = call.child_by_field_name("function")
        if (
            callee is not None
            and callee.type == "member_expression"
            and ctx.text(callee.child_by_field_name("property")) == method
        ):
            yield call, sx.call_args(call)


def _hono_error_leaks(ctx: FileContext) -> Iterator[Finding]:
    """Hono's `app.onError((err, c) => ...)`: the handler every route of the app answers a thrown error
    with, its first parameter the error itself. Responding with `err.message` or `err.stack` hands any
    error's own text (a driver's, the database's) to the caller; only a known class (`if (err instanceof
    HTTPException) return err.getResponse()`) keeps it to texts the app wrote."""
    src = ctx.src
    for _call, args in _method_calls(ctx, "onError"):
        fn = sx.strip_types(args[0]) if len(args) == 1 else None
        if fn is None or not sx.is_function(fn):
            continue
        params = sx.param_names(src, fn)
        if len(params) != 2:
            continue  # (Hono's handler takes the error and the context)
        f = ctx.module.function_for(fn)
        if f is None:
            continue
        for ev in ctx.analyzer.helper_flow(f).events:
            if ev.kind != "return" or ev.value is None:
                continue
            hit = _error_detail(ctx, ev.value, params[0])
            if (
                hit is not None
                and not _guarded_by_class(ctx, ev.node, params[0])
                and not _http_exception_branch(ctx, ev.node, params[0])
                and not _outside_production(ctx, ev.node, fn)
            ):
                yield ctx.finding(META, "hono_error_handler", hit, function=f, value=short(ctx.text(hit), 40))
                break


def _http_exception_branch(ctx: FileContext, node: Node, err: str) -> bool:
    """``node`` runs only for Hono's `HTTPException` (`if (err instanceof HTTPException)`): the errors the
    app throws with the status and message it means the caller to get."""
    child, p = node, node.parent
    while p is not None and not sx.is_function(p):
        cond = p.child_by_field_name("condition") if p.type == "if_statement" else None
        if cond is not None and p.child_by_field_name("consequence") == child:
            for n in sx.walk(cond):
                if n.type != "binary_expression" or ctx.text(n.child_by_field_name("operator")) != "instanceof":
                    continue
                cls = ctx.text(n.child_by_field_name("right"))
                bound = ctx.module.imports.get(cls)
                if (
                    ctx.text(n.child_by_field_name("left")) == err
                    and bound is not None
                    and bound.spec.startswith("hono")
                ):
                    return True
        child, p = p, p.parent
    return False


def _shape_error_leaks(ctx: FileContext) -> Iterator[Finding]:
    """zsa's `.experimental_shapeError(shape)` on a procedure or an action: what `shape` returns is the
    error every action built on it answers with (zsa hands errors back as values: Next.js masks none of
    them). Returning `err.message` for any error answers with a driver's or the database's own text; only
    a known class (`if (err instanceof PublicError)`, also through a local holding that test) or a
    development server's branch keeps it to texts the app wrote. A callback shared by several procedures
    is reported once."""
    seen: set[int] = set()
    for call, args in _method_calls(ctx, "experimental_shapeError"):
        arg = sx.strip_types(args[0]) if args else None
        if arg is None:
            continue
        f = ctx.module.local_function(ctx.text(arg)) if arg.type == "identifier" else None
        if sx.is_function(arg):
            f = ctx.module.function_for(arg)
        if f is None or f.node.start_byte in seen or _client_never_used(ctx, call):
            continue
        seen.add(f.node.start_byte)
        err = _shaped_error_name(ctx, f.node)
        if err is None:
            continue
        for ev in ctx.analyzer.helper_flow(f).events:
            if ev.kind != "return" or ev.value is None:
                continue
            hit = _error_detail(ctx, ev.value, err)
            if (
                hit is not None
                and not _guarded_by_class(ctx, ev.node, err)
                and not _outside_production(ctx, ev.node, f.node)
            ):
                yield ctx.finding(META, "shape_error", hit, function=f, value=short(ctx.text(hit), 40))
                break


def _shaped_error_name(ctx: FileContext, fn: Node) -> str | None:
    """The name zsa's shape callback holds the error under: `({ err })`, `({ err: e })`, or `error.err` of
    a whole `(error) =>` argument."""
    params = fn.child_by_field_name("parameters")
    first = (
        params.named_children[0]
        if params is not None and params.named_children
        else fn.child_by_field_name("parameter")
    )
    if first is None:
        return None
    pattern = (
        first.child_by_field_name("pattern") if first.type in ("required_parameter", "optional_parameter") else first
    )
    if pattern is None:
        return None
    if pattern.type == "identifier":
        return f"{ctx.text(pattern)}.err"
    for n in sx.walk(pattern):
        if n.type == "shorthand_property_identifier_pattern" and ctx.text(n) == "err":
            return "err"
        if n.type == "pair_pattern" and ctx.text(n.child_by_field_name("key")) == "err":
            value = n.child_by_field_name("value")
            return ctx.text(value) if value is not None and value.type == "identifier" else None
    return None


def _zsa_answers(
    ctx: FileContext,
    ep: EntryPoint,
    flow: Flow,
    classes: frozenset[str] = frozenset({"ZSAError"}),
    strings: bool = False,
) -> list[tuple[str, Node]]:
    """The messages of `throw new ZSAError(code, "...")` in a zsa handler that nobody signed in reaches
    after a read keyed by the client's input: zsa hands a ZSAError's message to the caller (Next.js masks
    only the errors it sees thrown), so it is an answer like a returned one. So does a project wrapper
    whose catch returns the message of what it caught (``classes``: the error classes whose messages it
    answers, "" for any). With ``strings``, a thrown string too (`throw "No matching user found"`): zsa
    answers it as the error's message (its documented "just throw a string")."""
    src = ctx.src
    out: list[tuple[str, Node]] = []
    for stmt in sx.find(ep.fn.node, ("throw_statement",), into_functions=False):
        made = sx.strip_types(stmt.named_children[0]) if stmt.named_children else None
        thrown_text = strings and made is not None and made.type in ("string", "template_string")
        if made is None or (made.type != "new_expression" and not thrown_text):
            continue
        ctor = made.child_by_field_name("constructor") if not thrown_text else None
        if not thrown_text and (ctor is None or (sx.text(src, ctor) not in classes and "" not in classes)):
            continue
        before = [e for e in flow.events if e.node.start_byte < stmt.start_byte]
        if any(e.state.auth is not None for e in before) or not any(
            e.kind == "db" and e.op is not None and client_refs(src, e, op_nodes(e.op)) for e in before
        ):
            continue
        if _found_by_stored_id(ctx, flow, ep.fn.node, stmt, _db_result_names(ctx, flow)):
            # (`if (!hostEmail) throw ...` of the address read off a stored booking's host: that record's
            # data is missing, no answer about an address the caller typed)
            continue
        if thrown_text:
            out.extend(_strings(ctx, made))
            continue
        args = made.child_by_field_name("arguments")
        given = args.named_children if args is not None else []
        # (zsa: `ZSAError(code, message)`; a project class may take its message anywhere)
        for arg in given[-1:] if "ZSAError" in classes else given:
            out.extend(_strings(ctx, arg))
    return out


_MESSAGE_ID = re.compile(r"(?i)^e?_?mail_?(id|uuid|key)s?$")


def _message_by_id(text: str, keys: set[str]) -> bool:
    """An "Email not found" where the only values the reads were keyed by are ids of an email message
    (`emailID`, `mailId`): the stored message is missing, not an account (an address, `email`, is
    no such id)."""
    m = _NOT_FOUND.search(text)
    word = m.group(0).split()[0].lower().replace("-", "") if m is not None else ""
    return word == "email" and bool(keys) and all(_MESSAGE_ID.match(k) for k in keys)


def _hands_back(ctx: FileContext, flow: Flow, accounts: set[str]) -> bool:
    """Some answer of the entry point is one of the ``accounts`` it looked up, whole (`return user`):
    for a caller past a role gate (a staff console's lookup) the miss tells nothing the hit does not."""
    for ev in flow.events:
        value = sx.unwrap(ev.value) if ev.kind in ("return", "respond") and ev.value is not None else None
        if value is not None and value.type == "identifier" and ctx.text(value) in accounts:
            return True
    return False


def _answers_account_data(ctx: FileContext, flow: Flow, accounts: set[str]) -> bool:
    """Some answer outside the no-account branch carries the looked-up account's data (`{ email:
    user.email, workspaces }`, also through locals built from it, or the row an update of the account
    table hands back, `user: updatedUser`): for a caller past a role gate (a staff console) the miss
    tells nothing the hit does not."""
    src = ctx.src
    carrying = set(accounts)
    for ev in flow.events:
        if ev.kind == "db" and ev.op is not None and _ACCOUNT_MODEL.search(ev.op.model or ""):
            p = ev.node.parent
            while p is not None and p.type in _BINDING_WRAPPERS:
                p = p.parent
            if p is not None and p.type == "variable_declarator":
                carrying |= set(sx.pattern_names(src, p.child_by_field_name("name")))
    decls = sx.find(flow.fn.node, ("variable_declarator",))
    for _ in range(2):  # (`const data = { email: response.email, ... }`)
        for d in decls:
            value = d.child_by_field_name("value")
            if value is not None and identifiers(src, value) & carrying:
                carrying |= set(sx.pattern_names(src, d.child_by_field_name("name")))
    for ev in flow.events:
        if ev.kind not in ("return", "respond") or ev.value is None or _in_absent_branch(ctx, ev.node, accounts):
            continue
        if identifiers(src, ev.value) & carrying:
            return True
    return False


# values that carry what they are built from (not a call's answer)
_PLAIN_VALUES = frozenset(
    {"identifier", "member_expression", "object", "template_string", "array", "subscript_expression"}
)
_LOOKUP_VERBS = frozenset({"search", "get", "find", "list", "lookup", "fetch", "query"})
_ACCOUNT_NOUNS = frozenset({"user", "users", "account", "accounts", "loginname", "member", "members"})


_BODY_READS = frozenset({"json", "formData"})


def _body_names(ctx: FileContext, ep: EntryPoint, decls: list[tuple[set[str], Node | None]]) -> set[str]:
    """The locals a route handler holds its request body's values in: `const body = await req.json()`,
    and what a schema parses out of it (`const { toEmail } = schema.parse(body)`), in order."""
    src = ctx.src
    params = set(ep.fn.params)
    out: set[str] = set()
    for names, value in decls:
        if value is None:
            continue
        for call in sx.find(value, ("call_expression",), into_functions=False):
            callee = sx.callee_name(src, call)
            if sx.last_name(callee) in _BODY_READS and callee.split(".", 1)[0] in params:
                out |= names  # `await req.json()`
                break
            if sx.last_name(callee) in ("parse", "safeParse", "parseAsync") and identifiers(src, call) & out:
                out |= names  # `schema.parse(body)`
                break
    return out


def _account_lookups(ctx: FileContext, ep: EntryPoint) -> tuple[list[int], set[str]]:
    """Where the entry point looks accounts up by what the caller sent through an API the analyser
    cannot see into (`searchUsers({ searchValue: command.loginName })`, an identity provider's SDK),
    and the names holding the answer (`searchResult`, `users = searchResult.result`, `user = users[0]`).
    Only the caller's own values count, not an answer built from them (`session.factors.user.id` of a
    session the sign-in just made); server actions only."""
    src = ctx.src
    decls = [
        (set(sx.pattern_names(src, d.child_by_field_name("name"))), sx.unwrap(d.child_by_field_name("value")))
        for d in sx.find(ep.fn.node, ("variable_declarator",), False)
    ]
    client = set(ep.input_params)
    if ep.kind in ("route", "pages-api"):
        # (a route's parameters are the request itself, which carries the caller's own session:
        # `getSupabaseUser(req)` is a sign-in check, not a lookup of someone else; what its body
        # carries is the caller's choice, `const { toEmail } = schema.parse(await req.json())`)
        client = _body_names(ctx, ep, decls)
    if not client:
        return [], set()
    for names, value in decls:
        if value is not None and value.type in _PLAIN_VALUES and identifiers(src, value) & client:
            client |= names
    out: list[int] = []
    answers: set[str] = set()
    for call in sx.find(ep.fn.node, ("call_expression",), False):
        ws = set(vocab.words(sx.last_name(sx.callee_name(src, call))))
        if not (ws & _LOOKUP_VERBS and ws & _ACCOUNT_NOUNS):
            continue
        args = call.child_by_field_name("arguments")
        if args is None or not identifiers(src, args) & client:
            continue
        out.append(call.start_byte)
        for names, value in decls:
            if value is not None and sx.contains(value, call):
                answers |= names
    for _ in range(3):  # `const users = searchResult.result; const user = users[0]`
        for names, value in decls:
            if value is not None and value.type in _PLAIN_VALUES and identifiers(src, value) & answers:
                answers |= names
    return sorted(out), answers


# a message key or an error's name (`UsernameExistsException`, `auth/email-already-in-use`, `USER_NOT_FOUND`)
_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:(?:[_./:-]|(?<=[a-z0-9])(?=[A-Z]))[A-Za-z0-9]+)+$")


def _words_of_key(key: str) -> str | None:
    """`UsernameExistsException` -> `Username Exists Exception`; None for what is no key (a sentence)."""
    if not _KEY.match(key):
        return None
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", re.sub(r"[_./:-]+", " ", key))


def _key_words(ctx: FileContext, value: Node) -> list[tuple[str, Node]]:
    """The message keys in ``value`` (`t("UsernameExistsException")`), each as its words."""
    out: list[tuple[str, Node]] = []
    for n in sx.walk_named(value):
        if n.type == "string":
            words = _words_of_key(sx.string_value(ctx.src, n) or "")
            if words is not None:
                out.append((words, n))
    return out


def _account_error_branch(ctx: FileContext, node: Node, errors: set[str]) -> bool:
    """``node`` runs in a branch whose innermost test compares with the name of an account-state error
    (`if (cognitoError.name === "UsernameExistsException")`, `err.code === "auth/email-already-in-use"`),
    or looks for account-state words in the text of a caught error of ``errors`` (`error.message.includes(
    "already exists")`)."""
    p = node.parent
    child = node
    while p is not None and not sx.is_function(p):
        cond = p.child_by_field_name("condition") if p.type == "if_statement" else None
        if cond is not None and child != cond:
            for call in sx.find(cond, ("call_expression",)):
                callee = sx.callee_name(ctx.src, call)
                first = sx.unwrap(next(iter(sx.call_args(call)), None))
                if (
                    sx.last_name(callee) in ("includes", "startsWith", "endsWith")
                    and callee.split(".", 1)[0] in errors
                    and first is not None
                    and first.type == "string"
                    and _account_state(sx.string_value(ctx.src, first) or "")
                ):
                    return True
            for test in sx.find(cond, ("binary_expression",)):
                if ctx.text(test.child_by_field_name("operator")) not in ("===", "=="):
                    continue
                for side in (test.child_by_field_name("left"), test.child_by_field_name("right")):
                    side = sx.unwrap(side)
                    words = _words_of_key(sx.string_value(ctx.src, side) or "") if side is not None else None
                    if side is not None and side.type == "string" and words is not None and _account_state(words):
                        return True
            return False  # (the innermost test decides)
        child, p = p, p.parent
    return False


def _account_code_in_url(ctx: FileContext, at: Node, url: Node, errors: set[str]) -> list[tuple[str, Node]]:
    """The account-state code a redirect's URL carries (`?message=${error.code}`), in a branch testing that
    very field of an identity API's error against one (`error.code === "user_already_exists"`): its words
    and the URL, as a returned sentence would be."""
    p, child, cond = at.parent, at, None
    while p is not None and not sx.is_function(p):
        cond = p.child_by_field_name("condition") if p.type == "if_statement" else None
        if cond is not None and child != cond:
            break
        child, p = p, p.parent
    if cond is None or p is None or not _account_error_branch(ctx, at, errors):
        return []
    sent = {ctx.text(n) for n in sx.find(url, ("member_expression",))}
    out: list[tuple[str, Node]] = []
    for test in sx.find(cond, ("binary_expression",)):
        sides = [sx.unwrap(test.child_by_field_name(k)) for k in ("left", "right")]
        fields = [ctx.text(x) for x in sides if x is not None and x.type == "member_expression"]
        codes = [x for x in sides if x is not None and x.type == "string"]
        if fields and codes and fields[0] in sent and fields[0].split(".", 1)[0] in errors:
            words = _words_of_key(sx.string_value(ctx.src, codes[0]) or "")
            if words is not None and _account_state(words):
                out.append((words, url))
    return out


def _answers_lookup(ctx: FileContext, node: Node, answers: set[str]) -> bool:
    """``node`` runs in a branch whose innermost test reads the lookup's answer (`if (!user) return
    "User not found"`)."""
    p = node.parent
    child = node
    while p is not None and not sx.is_function(p):
        cond = p.child_by_field_name("condition") if p.type == "if_statement" else None
        if cond is not None and child != cond:
            return bool(identifiers(ctx.src, cond) & answers)  # (the innermost test decides)
        child, p = p, p.parent
    return False


_AWAITED_VALUE = frozenset({"await_expression", *sx.TRANSPARENT})


def _delegated_detail(ctx: FileContext, ep: EntryPoint, flow: Flow) -> tuple[Node, Node, FileContext] | None:
    """A route that hands its request on to a project handler and answers with what it returns
    (`return openaiHandler(req, { params })`), or a `pages/api` handler that hands a handler its
    `res` (`case "POST": return handlePOST(req, res)`): that handler's catch blocks answer the
    client too. Returns the exposing node, the delegating call, and the handler's file context."""
    src = ep.fn.module.src
    params = set(ep.fn.params)
    if not params:
        return None
    seen: set[tuple[str, int]] = set()
    for call in sx.find(ep.fn.node, ("call_expression",), False):
        args = sx.call_args(call)
        handed = {sx.text(src, sx.strip_types(a) or a) for a in args} & params
        if not handed:
            continue
        p = call.parent
        while p is not None and p.type in _AWAITED_VALUE:
            p = p.parent
        returned = p is not None and p.type == "return_statement"
        # an app route answers with the handler's return value; a pages handler through `res`
        if not returned and not (ep.kind == "pages-api" and p is not None and p.type == "expression_statement"):
            continue
        target = ctx.analyzer.target(ep.fn.module, call)
        if target is None or target.key == ep.fn.key or target.key in seen:
            continue
        seen.add(target.key)
        if ep.kind == "action" and target.module is ep.fn.module and target.name in target.module.exports.values():
            continue  # (another action of the same file: reported there, where its catch is)
        if any(e.node == call and e.state.auth == "secret" for e in flow.events):
            continue  # (a webhook's verified handler answers the provider)
        dctx = ctx if target.module is ctx.module else FileContext(target.module, ctx.analyzer, ctx.config)
        for ev in ctx.analyzer.helper_flow(target).events:
            if ev.kind not in ("return", "respond") or ev.value is None or not ev.catch_param:
                continue
            if ev.kind == "return" and ep.kind == "pages-api":
                continue  # (a pages handler's return value goes nowhere)
            node = _error_detail(dctx, ev.value, ev.catch_param) or _detail_via_local(dctx, ev.value, ev.catch_param)
            if (
                node is not None
                and not _guarded_by_class(dctx, ev.node, ev.catch_param)
                and not _pinned_to_literal(dctx, node)
                and not _try_only_validates(dctx, ev.node)
            ):
                return node, call, dctx
    return None


def _wrapper_detail(ctx: FileContext, ep: EntryPoint) -> str | None:
    """The project wrapper an action is built on (`export const x = withServerPromise(async () => ...)`)
    answers with the caught error's details: the function it returns catches what the action threw and
    returns its message (`return { error: e.message }` in a catch, or `promise.catch((e) => ({ error:
    e.message }))` returned as it is, also from a project helper it returns the result of). Counted for
    every action built on it, as the wrapper's auth or rate limit is. Returns the exposing text."""
    callee = ep.wrappers[0] if ep.wrappers else ""
    if not callee or "." in callee:
        return None
    wrapper = ctx.analyzer.program.resolve_function(ep.fn.module, callee)
    if wrapper is None:
        return None
    for value in _returned_values(wrapper.node):
        fn = sx.strip_types(value)
        if fn is not None and sx.is_function(fn):
            found = _answers_caught(ctx, wrapper.module, fn, 0)
            if found is not None:
                return found
    return None


def _wrapper_message_classes(ctx: FileContext, ep: EntryPoint) -> frozenset[str]:
    """The error classes whose message the project wrapper an action is built on returns to the caller
    (`catch (error) { return standardizeError(error) }`, the helper answering `{ message: error.message }`
    for `error instanceof AppError`): "" when it answers any error's. A thrown message then reaches the
    client as a returned one does: Next.js masks only what leaves the action thrown."""
    callee = ep.wrappers[0] if ep.wrappers else ""
    if not callee or "." in callee:
        return frozenset()
    wrapper = ctx.analyzer.program.resolve_function(ep.fn.module, callee)
    if wrapper is None:
        return frozenset()
    mod = wrapper.module
    out: set[str] = set()
    for value in _returned_values(wrapper.node):
        fn = sx.strip_types(value)
        if fn is None or not sx.is_function(fn):
            continue
        for clause in sx.find(fn, ("catch_clause",), into_functions=False):
            param = clause.child_by_field_name("parameter")
            body = clause.child_by_field_name("body")
            if param is None or body is None or param.type != "identifier":
                continue
            err = sx.text(mod.src, param)
            for ret in sx.find(body, ("return_statement",), into_functions=False):
                answer = ret.named_children[0] if ret.named_children else None
                if answer is not None:
                    out |= _message_classes(ctx, mod, answer, err, 0)
    return frozenset(out)


_ERROR_HANDLERS = ("handleServerError", "handleReturnedServerError")


def _safe_action_message_classes(ctx: FileContext, ep: EntryPoint) -> frozenset[str]:
    """The error classes whose message the next-safe-action client an action is built on answers
    (`createSafeActionClient({ handleReturnedServerError: (e) => e instanceof ShownError ? ... })`, before
    v6 `serverError`; `handleServerError` from v7): "" for any error's. A message thrown in the action then
    reaches the client as a returned one does (Next.js masks only what leaves the action thrown)."""
    program = ctx.analyzer.program
    found = program.resolve_value(ep.fn.module, ep.client_name) if ep.client_name else None
    for _ in range(4):  # (`createSafeActionClient({...}).use(mw)`, or a client named by another)
        node = sx.strip_types(found[1]) if found is not None else None
        if found is None or node is None:
            return frozenset()
        if node.type == "identifier":
            found = program.resolve_value(found[0], found[0].text(node))
            continue
        if node.type != "call_expression":
            return frozenset()
        mod = found[0]
        if sx.last_name(sx.callee_name(mod.src, node)) == "createSafeActionClient":
            args = sx.call_args(node)
            options = sx.strip_types(args[0]) if args else None
            return _error_handler_classes(ctx, mod, options) if options is not None else frozenset()
        fn = sx.strip_types(node.child_by_field_name("function"))
        chained = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        if chained is None:
            return frozenset()
        found = (mod, chained)
    return frozenset()


def _error_handler_classes(ctx: FileContext, mod: Module, options: Node) -> frozenset[str]:
    """``_safe_action_message_classes`` of a client's options object."""
    if options.type != "object":
        return frozenset()
    for c in options.named_children:
        key = c.child_by_field_name("key") if c.type == "pair" else c.child_by_field_name("name")
        name = mod.text(c) if c.type == "shorthand_property_identifier" else mod.text(key) if key is not None else ""
        if name not in _ERROR_HANDLERS:
            continue
        where, fn = mod, sx.strip_types(c.child_by_field_name("value") if c.type == "pair" else c)
        if fn is not None and fn.type in ("identifier", "shorthand_property_identifier"):
            found = ctx.analyzer.program.resolve_value(mod, mod.text(fn))
            where, fn = (found[0], sx.strip_types(found[1])) if found is not None else (mod, None)
        if fn is None or not sx.is_function(fn):
            return frozenset()
        params = sx.param_names(where.src, fn)
        if not params:
            return frozenset()
        out: set[str] = set()
        for value in _returned_values(fn):
            out |= _message_classes(ctx, where, value, params[0], 0)
        return frozenset(out)
    return frozenset()


def _message_classes(ctx: FileContext, mod: Module, value: Node, err: str, depth: int) -> set[str]:
    """The classes of ``err`` whose `.message` ``value`` carries ("" for any error), also through a project
    helper ``err`` is handed to (one call deep)."""
    src = mod.src
    out: set[str] = set()
    for n in sx.walk(value, into_functions=False):
        if (
            n.type == "member_expression"
            and sx.text(src, n.child_by_field_name("property")) == "message"
            and sx.text(src, sx.strip_types(n.child_by_field_name("object"))) == err
        ):
            guards = _instanceof_guards(src, n, err)
            out |= {""} if not guards or guards & _GENERIC_ERRORS else guards
        elif n.type == "call_expression" and depth == 0:
            args = sx.call_args(n)
            position = next((i for i, a in enumerate(args) if sx.text(src, sx.strip_types(a)) == err), None)
            helper = ctx.analyzer.target(mod, n) if position is not None else None
            params = helper.param_nodes() if helper is not None else []
            if helper is None or position is None or position >= len(params):
                continue
            names = sx.pattern_names(helper.module.src, params[position])
            for ret in sx.find(helper.node, ("return_statement",), into_functions=False):
                if len(names) == 1 and ret.named_children:
                    out |= _message_classes(ctx, helper.module, ret.named_children[0], names[0], 1)
    return out


def _instanceof_guards(src: bytes, node: Node, err: str) -> set[str]:
    """The classes `err instanceof X` tests of the `if` statements around ``node`` take it to be."""
    out: set[str] = set()
    child, p = node, node.parent
    while p is not None and not sx.is_function(p):
        cond = p.child_by_field_name("condition") if p.type == "if_statement" else None
        if cond is not None and p.child_by_field_name("consequence") == child:
            for test in sx.walk(cond, into_functions=False):
                if (
                    test.type == "binary_expression"
                    and sx.text(src, test.child_by_field_name("operator")) == "instanceof"
                    and sx.text(src, sx.strip_types(test.child_by_field_name("left"))) == err
                ):
                    out.add(sx.text(src, test.child_by_field_name("right")))
        child, p = p, p.parent
    return out


def _returned_values(fn: Node) -> list[Node]:
    """What ``fn`` returns: its expression body, or the values of its own return statements."""
    body = fn.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [body]
    out: list[Node] = []
    for ret in sx.find(body, ("return_statement",), into_functions=False):
        value = ret.named_children[0] if ret.named_children else None
        if value is not None:
            out.append(value)
    return out


def _answers_caught(ctx: FileContext, mod: Module, fn: Node, depth: int) -> str | None:
    """``fn`` (in ``mod``) returns a caught error's details: from its own catch clauses, from a
    `.catch(cb)` it returns, or from a project helper whose result it returns."""
    dctx = ctx if mod is ctx.module else FileContext(mod, ctx.analyzer, ctx.config)
    for param, ret in _catch_returns(fn):
        err = dctx.text(param)
        value = ret.named_children[0] if ret.named_children else None
        hit = _error_detail(dctx, value, err) if value is not None else None
        # (`try { await requireAdmin() } catch (e) { return { message: e.message } }`: a guard throwing
        # only its own literal is all the catch can see)
        if hit is not None and not _guarded_by_class(dctx, ret, err) and not _try_rethrows_own_texts(dctx, ret):
            return dctx.text(hit)
    for value in _returned_values(fn):
        call = sx.unwrap(value)
        while call is not None and call.type == "await_expression" and call.named_children:
            call = sx.unwrap(call.named_children[0])
        if call is None or call.type != "call_expression":
            continue
        target = call.child_by_field_name("function")
        args = sx.call_args(call)
        if (
            target is not None
            and target.type == "member_expression"
            and dctx.text(target.child_by_field_name("property")) == "catch"
        ):
            cb = sx.strip_types(args[0]) if args else None
            params = sx.param_names(dctx.src, cb) if cb is not None and sx.is_function(cb) else []
            for answer in _returned_values(cb) if cb is not None and params else []:
                hit = _error_detail(dctx, answer, params[0])
                if hit is not None and not _guarded_by_class(dctx, answer, params[0]):
                    return dctx.text(hit)
            continue
        helper = ctx.analyzer.target(mod, call) if depth < 2 else None
        if helper is not None and helper.node.id != fn.id:
            found = _answers_caught(ctx, helper.module, helper.node, depth + 1)
            if found is not None:
                return found
    return None


def _catch_body(value: Node) -> Node | None:
    """The body of the catch clause that ``value`` is in."""
    clause = value.parent
    while clause is not None and clause.type != "catch_clause" and not sx.is_function(clause):
        clause = clause.parent
    return clause.child_by_field_name("body") if clause is not None and clause.type == "catch_clause" else None


_ANSWER_CHAIN = frozenset(
    {"call_expression", "member_expression", "await_expression", "parenthesized_expression", "as_expression"}
)


def _answer_errors(ctx: FileContext, call: Node, api: str = "") -> tuple[set[str], bool]:
    """`const { data, error: insertError } = await supabase.from("notes").insert(...)`: the locals
    holding the error a query answers with instead of throwing (supabase-js), by their names; and
    whether a library query answered it (not a project function, whose `error` may be its own words).
    A Supabase answer kept whole (`const result = await getProject(supabase, id)` of a helper returning
    the query) holds it as `result.error`."""
    node = call
    while node.parent is not None and node.parent.type in _ANSWER_CHAIN:
        node = node.parent
    decl = node.parent
    pattern = decl.child_by_field_name("name") if decl is not None and decl.type == "variable_declarator" else None
    if (
        pattern is not None
        and pattern.type == "identifier"
        and decl is not None
        and decl.child_by_field_name("value") == node
        and node.type != "await_expression"
        and call.type == "call_expression"
        and ctx.analyzer.target(ctx.module, call) is None
    ):
        # `let query = supabase.from("t").select(...)`, narrowed, then `const { data, error } = await query`
        return _held_query_errors(ctx, decl, ctx.text(pattern)), True
    if (
        api in ("supabase", "helper")
        and pattern is not None
        and pattern.type == "identifier"
        and decl is not None
        and decl.child_by_field_name("value") == node
        and node.type == "await_expression"
        and call.type == "call_expression"
    ):
        target = ctx.analyzer.target(ctx.module, call)
        if (target is None) != (api == "supabase") or (target is not None and not _hands_back_query(target)):
            return set(), False
        return {ctx.text(pattern) + ".error"}, True  # (the query's own answer, through the helper or not)
    if pattern is None or pattern.type != "object_pattern" or decl is None or decl.child_by_field_name("value") != node:
        return set(), False
    target = ctx.analyzer.target(ctx.module, call) if call.type == "call_expression" else None
    if target is not None and not _passes_error_text(ctx, target):
        return set(), False  # (a project function's own `{ error }`: what it holds is read there)
    return sx.names_bound_to(ctx.src, pattern, "error"), target is None


def _hands_back_query(fn: Function) -> bool:
    """``fn`` returns a Supabase query as it is (`return supabase.from("projects").select("*").eq("id",
    id).single()`): its caller gets the query's `{ data, error }`."""
    src = fn.module.src
    if b"supabase" not in src.lower():
        return False
    values = [sx.unwrap(v) for v in _returned_values(fn.node)]
    for value in values:
        while value is not None and value.type == "await_expression" and value.named_children:
            value = sx.unwrap(value.named_children[0])
        if value is None or value.type != "call_expression":
            return False
        steps = [m for m, _ in chain_calls(value, src)]
        if "from" not in steps and "rpc" not in steps:
            return False
    return bool(values)


def _held_query_errors(ctx: FileContext, decl: Node, name: str) -> set[str]:
    """The locals holding the `error` of `const { data, error } = await query` after ``decl`` bound the
    library query ``name`` (the query awaited where it was built, but for its filters)."""
    fn = sx.enclosing_function(decl)
    out: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None else []:
        if d.start_byte <= decl.end_byte:
            continue
        pattern = d.child_by_field_name("name")
        value = sx.strip_types(d.child_by_field_name("value"))
        if pattern is None or pattern.type != "object_pattern" or value is None or value.type != "await_expression":
            continue
        awaited = sx.unwrap(value)
        held = awaited is not None and awaited.type == "identifier" and ctx.text(awaited) == name
        if held or _narrowed_last(ctx, awaited, name):
            out |= sx.names_bound_to(ctx.src, pattern, "error")
    return out


def _narrowed_last(ctx: FileContext, node: Node | None, name: str) -> bool:
    """`query.order("created_at")`, `query.range(0, 9).limit(5)`: the held query with one more step
    chained on where it is awaited (a method of the query itself, not a helper handed it)."""
    node = sx.strip_types(node)
    if node is None or node.type != "call_expression":
        return False
    while node is not None and node.type == "call_expression":
        callee = sx.strip_types(node.child_by_field_name("function"))
        if callee is None or callee.type != "member_expression":
            return False
        node = sx.strip_types(callee.child_by_field_name("object"))
    return node is not None and node.type == "identifier" and ctx.text(node) == name


# Supabase Auth methods that answer `{ data, error }` instead of throwing; the error's message is the
# service's own words ("User already registered", "Email not confirmed", "Invalid login credentials")
_SUPABASE_AUTH_ANSWERS = frozenset(
    {
        "signUp",
        "signInWithPassword",
        "signInWithOtp",
        "signInWithIdToken",
        "signInAnonymously",
        "verifyOtp",
        "resend",
        "resetPasswordForEmail",
        "updateUser",
        "getUser",
        "getClaims",
        "getSession",
        "exchangeCodeForSession",
        "refreshSession",
        "setSession",
        "reauthenticate",
        "createUser",
        "deleteUser",
        "inviteUserByEmail",
        "generateLink",
        "getUserById",
        "updateUserById",
        "listUsers",
        # identities, OAuth/SSO starts and the second factor (`auth.mfa.enroll`) answer the same way
        "linkIdentity",
        "unlinkIdentity",
        "getUserIdentities",
        "signInWithOAuth",
        "signInWithSSO",
        "enroll",
        "unenroll",
        "challenge",
        "verify",
        "challengeAndVerify",
        "listFactors",
        "deleteFactor",
    }
)
# the second-factor API of the client (`auth.mfa.enroll`) and of the admin client (`auth.admin.mfa.deleteFactor`)
_SUPABASE_MFA = frozenset(
    {"enroll", "unenroll", "challenge", "verify", "challengeAndVerify", "listFactors", "deleteFactor"}
)


def _auth_answer_call(src: bytes, value: Node | None) -> bool:
    """`supabase.auth.signUp(...)`, `.auth.admin.createUser(...)`, `.auth.mfa.enroll(...)`: a Supabase Auth
    call answering `{ data, error }`."""
    if value is None or value.type != "call_expression":
        return False
    parts = sx.callee_name(src, value).split(".")
    if len(parts) < 3 or parts[-1] not in _SUPABASE_AUTH_ANSWERS:
        return False
    if (parts[-2] == "mfa") != (parts[-1] in _SUPABASE_MFA):
        return False  # (`enroll`, `challenge`: only under `mfa`)
    if parts[-2] == "mfa":
        # (`auth.mfa.enroll`, `auth.admin.mfa.deleteFactor`)
        return parts[-3] == "auth" or (len(parts) >= 4 and parts[-3] == "admin" and parts[-4] == "auth")
    return parts[-2] == "auth" or (parts[-2] == "admin" and len(parts) >= 4 and parts[-3] == "auth")


# Supabase Storage answers `{ data, error }` too (`supabase.storage.from(bucket).download(path)`): its
# error's message names the bucket, the object and the policy that refused it
_SUPABASE_STORAGE_ANSWERS = frozenset(
    {
        "upload",
        "update",
        "download",
        "remove",
        "list",
        "move",
        "copy",
        "info",
        "exists",
        "createSignedUrl",
        "createSignedUrls",
        "createSignedUploadUrl",
        "uploadToSignedUrl",
    }
)


def _storage_answer_call(src: bytes, value: Node | None) -> bool:
    """`supabase.storage.from(bucket).download(path)`: a Supabase Storage call answering `{ data, error }`
    (not a project module's own `storage.from(...)`: a client's `storage` property is asked for)."""
    if value is None or value.type != "call_expression":
        return False
    parts = sx.callee_name(src, value).split(".")
    return (
        len(parts) >= 4 and parts[-1] in _SUPABASE_STORAGE_ANSWERS and parts[-2] == "from()" and parts[-3] == "storage"
    )


def _auth_answer_errors(ctx: FileContext, fn: Node) -> list[tuple[int, set[str]]]:
    """`const { error } = await supabase.auth.signUp(...)` (also `.auth.admin.createUser(...)`) in ``fn``:
    where each is bound and the locals holding the error Supabase Auth answered with, in source order."""
    src = ctx.src
    if (
        src.find(b".auth.", fn.start_byte, fn.end_byte) == -1
        and src.find(b".storage", fn.start_byte, fn.end_byte) == -1
    ):
        return []
    out: list[tuple[int, set[str]]] = []
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        pattern = decl.child_by_field_name("name")
        value = sx.unwrap(decl.child_by_field_name("value"))
        if pattern is None or pattern.type not in ("object_pattern", "identifier") or value is None:
            continue
        if value.type == "ternary_expression":
            # `const { error } = relogin ? await admin.updateUserById(id, p) : await auth.updateUser(p)`
            arms = [sx.unwrap(value.child_by_field_name(f)) for f in ("consequence", "alternative")]
            if not all(_auth_answer_call(src, a) for a in arms):
                continue
        elif not _auth_answer_call(src, value) and not _storage_answer_call(src, value):
            continue
        # (`const response = await supabase.auth.admin.createUser(...)`: its error read as `response.error`)
        names = (
            {sx.text(src, pattern) + ".error"}
            if pattern.type == "identifier"
            else sx.names_bound_to(src, pattern, "error")
        )
        if names:
            out.append((decl.end_byte, names))
    return out


def _passes_error_text(ctx: FileContext, fn: Function) -> bool:
    """A project function answering with an error's text in its `error`: a query's `{ data, error }` as it
    came (`return supabase.from(...)`, `return { data, error }` of its own query's answer), or a caught
    error's or an upstream's text (`lastError = getErrorMessage(err)`); not an `error` of its own making
    (`const error = failed.length ? failed.join(",") : null`), nor a `{ message, status }` object it builds
    that holds no caught error's details (`{ message: "invalid key", status: 400 }`, also `{ message:
    deleteError.message }`: read like that object's `.message`, which is the helper's own answer)."""
    dctx = ctx if fn.module is ctx.module else FileContext(fn.module, ctx.analyzer, ctx.config)
    return _answers_error_text(dctx, fn.node, 0)


def _answers_error_text(ctx: FileContext, fn: Node, depth: int) -> bool:
    src = ctx.src
    for returned in _returned_values(fn):
        value = sx.unwrap(returned)
        callee = sx.strip_types(value.child_by_field_name("function")) if value is not None else None
        if value is not None and value.type == "call_expression" and callee is not None and depth < 2:
            # `withTeamAccess(async (db, team) => {...})(slug)`: what the callbacks handed to the wrapper
            # answer (when its own catch answers no caught error's details; not a promise's `.then(cb)`,
            # `.catch(cb)`: what the promise resolved with passes on too)
            callbacks, wrapper = _handed_callbacks(ctx, value) if callee.type != "member_expression" else ([], None)
            if callbacks and not (wrapper is not None and _catches_into_answer(ctx, wrapper)):
                if any(_answers_error_text(ctx, cb, depth + 1) for cb in callbacks):
                    return True
                continue
        if value is None or value.type != "object":
            return True  # (a query's answer handed back, or something we cannot read)
        given = object_keys(src, value).get("error")
        if given is None:
            continue
        if given.type == "object":
            if _caught_answer_detail(ctx, fn, given, depth) is not None:
                return True  # `error: { message: err.message, status: 500 }` in a catch
            continue
        if given.type not in ("identifier", "shorthand_property_identifier"):
            if _raw_text(ctx, ctx.module, given, 1, frozenset()):
                return True  # `error: err.message`
            continue
        name = sx.text(src, given)
        for decl in sx.find(fn, ("variable_declarator", "assignment_expression")):
            declared = decl.type == "variable_declarator"
            left = decl.child_by_field_name("name" if declared else "left")
            if left is None or name not in sx.pattern_names(src, left):
                continue
            if left.type != "identifier":
                return True  # `const { data, error } = await supabase...; return { data, error }`
            if _raw_text(ctx, ctx.module, decl.child_by_field_name("value" if declared else "right"), 1, frozenset()):
                return True
    return False


def _handed_callbacks(ctx: FileContext, call: Node) -> tuple[list[Node], Function | None]:
    """The inline functions handed along a call chain whose answer is the chain's (`wrapper(async () =>
    {...})(slug)`, `send(...).then((r) => ...).catch((err) => ...)`), and the project function the
    innermost such wrapper is, when one is."""
    out: list[Node] = []
    wrapper: Function | None = None
    node: Node | None = call
    while node is not None and node.type == "call_expression":
        inline = [a for a in (sx.strip_types(x) for x in sx.call_args(node)) if a is not None and sx.is_function(a)]
        out.extend(inline)
        if inline and wrapper is None:
            wrapper = ctx.analyzer.target(ctx.module, node)
        callee = sx.strip_types(node.child_by_field_name("function"))
        if callee is not None and callee.type == "member_expression":
            callee = sx.unwrap(callee.child_by_field_name("object"))
        node = callee
    return out, wrapper


def _catches_into_answer(ctx: FileContext, wrapper: Function) -> bool:
    """A wrapper whose own catch clauses (in the function it hands back too) answer with what they caught."""
    wctx = ctx if wrapper.module is ctx.module else FileContext(wrapper.module, ctx.analyzer, ctx.config)
    for clause in sx.find(wrapper.node, ("catch_clause",)):
        param = clause.child_by_field_name("parameter")
        body = clause.child_by_field_name("body")
        if param is None or body is None or param.type != "identifier":
            continue
        for ret in sx.find(body, ("return_statement",), into_functions=False):
            value = ret.named_children[0] if ret.named_children else None
            if value is not None and _error_detail(wctx, value, wctx.text(param)) is not None:
                return True
    return False


def _caught_around(ctx: FileContext, node: Node) -> list[str]:
    """The errors caught around ``node`` in its function: the parameters of the catch clauses it sits in,
    or of the promise `.catch((err) => ...)` (`.then(ok, (err) => ...)`) callback it is part of."""
    out: list[str] = []
    p = node.parent
    while p is not None:
        if p.type == "catch_clause":
            param = p.child_by_field_name("parameter")
            if param is not None and param.type == "identifier":
                out.append(ctx.text(param))
        elif sx.is_function(p):
            if _rejection_handler(ctx, p):
                out.extend(sx.param_names(ctx.src, p)[:1])
            break
        p = p.parent
    return out


def _rejection_handler(ctx: FileContext, fn: Node) -> bool:
    """``fn`` is the callback of a promise's `.catch(fn)` or the second one of its `.then(ok, fn)`."""
    args = fn.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    callee = call.child_by_field_name("function") if call is not None else None
    if call is None or callee is None or callee.type != "member_expression":
        return False
    method = ctx.text(callee.child_by_field_name("property"))
    position = next((i for i, a in enumerate(sx.call_args(call)) if sx.strip_types(a) == fn), -1)
    return (method, position) in (("catch", 0), ("then", 1))


def _caught_answer_detail(ctx: FileContext, fn: Node, given: Node | None, depth: int) -> Node | None:
    """The part of ``given`` (the `error` of an answer of ``fn``) that carries the details of an error caught
    around it (`catch (e) { return { error: { message: e.message } } }`, `.catch((err) => ({ error: {
    message: err.message } }))`), also through a local bound from such an answer (`const { error: mailError }
    = await send(...).catch((err) => ...)`, then `{ error: mailError }`)."""
    given = sx.strip_types(given)
    if given is None or depth > 3:
        return None
    if given.type in ("identifier", "shorthand_property_identifier"):
        name = ctx.text(given)
        for decl in sx.find(fn, ("variable_declarator",)):
            pattern = decl.child_by_field_name("name")
            value = sx.unwrap(decl.child_by_field_name("value"))
            if pattern is None or value is None or decl.start_byte > given.start_byte:
                continue
            if pattern.type == "object_pattern" and name in sx.names_bound_to(ctx.src, pattern, "error"):
                if value.type == "call_expression":
                    for cb in _handed_callbacks(ctx, value)[0]:
                        hit = _caught_error_field(ctx, cb, depth + 1)
                        if hit is not None:
                            return hit
            elif pattern.type == "identifier" and ctx.text(pattern) == name:
                hit = _caught_answer_detail(ctx, fn, value, depth + 1)
                if hit is not None:
                    return hit
        return None
    for err in _caught_around(ctx, given):
        hit = _error_detail(ctx, given, err)
        if hit is not None and not _guarded_by_class(ctx, given, err):
            return hit
    return None


def _caught_error_field(ctx: FileContext, fn: Node, depth: int = 0) -> Node | None:
    """The caught error's details in the `error` field of what ``fn`` answers (see `_caught_answer_detail`),
    also through the callbacks it hands a wrapper whose answer it returns."""
    for returned in _returned_values(fn):
        value = sx.unwrap(returned)
        if value is None or depth > 3:
            continue
        if value.type == "call_expression":
            for cb in _handed_callbacks(ctx, value)[0]:
                hit = _caught_error_field(ctx, cb, depth + 1)
                if hit is not None:
                    return hit
            continue
        given = object_keys(ctx.src, value).get("error") if value.type == "object" else None
        hit = _caught_answer_detail(ctx, fn, given, depth) if given is not None else None
        if hit is not None:
            return hit
    return None


def _caught_result_fields(ctx: FileContext, fn: Node) -> tuple[set[str], set[str]]:
    """The fields of the objects ``fn``'s own catch clauses return that carry the caught error's details
    (`catch (e) { return { ok: false, note: e.message } }`), and the flags set `false` there (`ok`)."""
    carrying: set[str] = set()
    flags: set[str] = set()
    for param, ret in _catch_returns(fn):
        err = ctx.text(param)
        value = sx.strip_types(ret.named_children[0]) if ret.named_children else None
        if value is None or value.type != "object":
            continue
        for key, given in object_keys(ctx.src, value).items():
            if _error_detail(ctx, given, err) is not None and not _guarded_by_class(ctx, ret, err):
                carrying.add(key)
            elif ctx.text(given) == "false":
                flags.add(key)
    return carrying, flags


def _catch_returns(fn: Node) -> Iterator[tuple[Node, Node]]:
    """`catch (e) { ... return x }` in ``fn``'s own body: each catch clause's named error parameter with
    each return statement of that clause (not of functions nested in it)."""
    for clause in sx.find(fn, ("catch_clause",), into_functions=False):
        param = clause.child_by_field_name("parameter")
        body = clause.child_by_field_name("body")
        if param is None or body is None or param.type != "identifier":
            continue
        for ret in sx.find(body, ("return_statement",), into_functions=False):
            yield param, ret


class _TestsAny:
    """A condition that is one of the given texts (`result.ok`, `result?.ok`)."""

    def __init__(self, ctx: FileContext, texts: set[str]) -> None:
        self.ctx, self.texts = ctx, texts

    def __call__(self, cond: Node | None) -> bool:
        inner = sx.unwrap(cond)
        return inner is not None and self.ctx.text(inner) in self.texts


def _answered_caught_field(ctx: FileContext, flow: Flow, fn: Node) -> Node | None:
    """`const result = await sendDigest()`, where the project helper's catch returns `{ ok: false, note:
    e.message }`, then `NextResponse.json({ note: result.note })`: the caught error's text, answered (not in
    the branch its success flag takes, `if (result.ok)`, where the field holds the helper's own words)."""
    held: dict[str, tuple[set[str], set[str]]] = {}
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        pattern = decl.child_by_field_name("name")
        value = sx.unwrap(decl.child_by_field_name("value"))
        while value is not None and value.type == "await_expression" and value.named_children:
            value = sx.unwrap(value.named_children[0])
        if pattern is None or pattern.type != "identifier" or value is None or value.type != "call_expression":
            continue
        target = ctx.analyzer.target(ctx.module, value)
        if target is None or target.body is None:
            continue
        tctx = ctx if target.module is ctx.module else FileContext(target.module, ctx.analyzer, ctx.config)
        carrying, flags = _caught_result_fields(tctx, target.node)
        if carrying:
            held[ctx.text(pattern)] = (carrying, flags)
    if not held:
        return None
    for ev in flow.events:
        if ev.kind not in ("return", "respond") or ev.value is None:
            continue
        for m in sx.find(ev.value, ("member_expression",), False):
            obj = sx.strip_types(m.child_by_field_name("object"))
            name = ctx.text(obj) if obj is not None and obj.type == "identifier" else ""
            if name not in held or ctx.text(m.child_by_field_name("property")) not in held[name][0]:
                continue
            tests = {f"{name}.{f}" for f in held[name][1]} | {f"{name}?.{f}" for f in held[name][1]}
            if _inside_if(ev.node, _TestsAny(ctx, tests), stop_at_catch=False):
                continue  # (the success branch: the helper's own words)
            return m
    return None


def _caught_answer_errors(ctx: FileContext, fn: Node) -> list[tuple[int, set[str]]]:
    """`const { data, error } = await inviteMember(...)` in ``fn``, where the project function's `error`
    carries an error it caught (`.catch((err) => ({ error: { message: err.message } }))`): where each is
    bound and the locals holding it, in source order. Its message is that error's, not the helper's words."""
    out: list[tuple[int, set[str]]] = []
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        pattern = decl.child_by_field_name("name")
        value = sx.unwrap(decl.child_by_field_name("value"))
        if pattern is not None and pattern.type == "array_pattern" and value is not None:
            settled = _settled_error_names(ctx, pattern, value)
            if settled:
                out.append((decl.end_byte, settled))
            continue
        if pattern is None or pattern.type != "object_pattern" or value is None or value.type != "call_expression":
            continue
        names = sx.names_bound_to(ctx.src, pattern, "error")
        target = ctx.analyzer.target(ctx.module, value) if names else None
        if target is None:
            continue
        tctx = ctx if target.module is ctx.module else FileContext(target.module, ctx.analyzer, ctx.config)
        if _caught_error_field(tctx, target.node) is not None:
            out.append((decl.end_byte, names))
    return out


def _settled_error_names(ctx: FileContext, pattern: Node, value: Node) -> set[str]:
    """`const [row, error] = await tryCatch(prisma.crate.update(...))`: the name a project settler's pair
    gives the error it caught from a database or auth call (that library's own words, as in a catch)."""
    args = sx.call_args(value) if value.type == "call_expression" else []
    inner = sx.unwrap(args[0]) if len(args) == 1 else None
    if inner is None or inner.type != "call_expression":
        return set()
    if (
        ctx.analyzer.classify(ctx.module, inner) is None
        and sx.last_name(sx.callee_name(ctx.src, inner)) != "$transaction"
    ):
        return set()  # (a project helper's rejection may be worded for users)
    settler = ctx.analyzer.target(ctx.module, value)
    pair = ctx.analyzer.settled_pair(settler) if settler is not None else None
    held = sx.array_slots(pattern).get(pair[1]) if pair is not None and pair[1] is not None else None
    return {ctx.text(held)} if held is not None and held.type == "identifier" else set()


def _settled_pair_errors(ctx: FileContext, fn: Node) -> set[str]:
    """The names the pairs of project settlers in ``fn`` give the error they caught (`failure` of `const [,
    failure] = await tryCatch(auth.api.signUpEmail(...))`), whatever call they settled."""
    out: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        pattern = decl.child_by_field_name("name")
        value = sx.unwrap(decl.child_by_field_name("value"))
        if pattern is None or pattern.type != "array_pattern" or value is None or value.type != "call_expression":
            continue
        settler = ctx.analyzer.target(ctx.module, value)
        pair = ctx.analyzer.settled_pair(settler) if settler is not None else None
        held = sx.array_slots(pattern).get(pair[1]) if pair is not None and pair[1] is not None else None
        if held is not None and held.type == "identifier":
            out.add(ctx.text(held))
    return out


_ROWS_PRESENT = re.compile(r"^(?:(\w+)|!isNull\((\w+)\)|!isNil\((\w+)\)|(\w+)!==?null)$")
_ROWS_ABSENT = re.compile(r"^(?:!(\w+)|isNull\((\w+)\)|isNil\((\w+)\)|(\w+)===?null)$")


def _rows_present_branch(ctx: FileContext, at: Node, error: str) -> bool:
    """``at`` runs only where the rows answered beside ``error`` are there (`if (!isNull(data))
    res.json({ data, error })`, the else of `if (!data)`, or after `if (!data) return`): a query that
    answered rows answered no error."""
    rows = _rows_beside(ctx, at, error)
    child, p = at, at.parent
    while rows and p is not None and not sx.is_function(p):
        if p.type == "if_statement" and child != p.child_by_field_name("condition"):
            test = _ROWS_PRESENT if p.child_by_field_name("consequence") == child else _ROWS_ABSENT
            if _tests_rows_of(ctx, p, test, rows):
                return True
        if p.type == "statement_block" and any(
            # `if (isNull(data)) { ...; return }` earlier in the block: only rows get this far
            stmt.start_byte < child.start_byte
            and sx.exit_guard(ctx.src, stmt)
            and _tests_rows_of(ctx, stmt, _ROWS_ABSENT, rows)
            for stmt in p.named_children
        ):
            return True
        child, p = p, p.parent
    return False


def _tests_rows_of(ctx: FileContext, stmt: Node, test: re.Pattern[str], rows: set[str]) -> bool:
    cond = sx.unwrap(stmt.child_by_field_name("condition"))
    m = test.match(ctx.text(cond).replace(" ", "")) if cond is not None else None
    return m is not None and next(g for g in m.groups() if g) in rows


def _rows_beside(ctx: FileContext, at: Node, error: str) -> set[str]:
    """The names `const { data, error } = ...` (or `{ data: rows, error: e }`) binds beside ``error``."""
    fn = next((p for p in sx.ancestors(at) if sx.is_function(p)), None)
    for pattern in sx.find(fn, ("object_pattern",)) if fn is not None else []:
        bound = {
            ctx.text(part if part.type != "pair_pattern" else part.child_by_field_name("key")): ctx.text(
                part if part.type != "pair_pattern" else part.child_by_field_name("value")
            )
            for part in pattern.named_children
            if part.type in ("shorthand_property_identifier_pattern", "pair_pattern")
        }
        if bound.get("error") == error and "data" in bound:
            return {bound["data"]}
    return set()


def _raw_answer_error(ctx: FileContext, value: Node, names: set[str]) -> Node | None:
    """The part of ``value`` that is one of those error objects itself (`{ error }`)."""
    for name in names:
        if ctx.src.find(name.encode(), value.start_byte, value.end_byte) == -1:
            continue  # (most answers name no such error)
        if _caught_as(ctx, value, name):
            continue
        hit = _error_detail(ctx, value, name)
        if hit is not None and hit.type in ("identifier", "shorthand_property_identifier"):
            return hit
    return None


def _worded_answer_error(ctx: FileContext, value: Node, names: set[str]) -> Node | None:
    """The database's own words from one of those errors in ``value`` (`error.message`, `.details`,
    `.hint`: constraint, column and table names), the same details a caught error's message carries."""
    for name in names:
        if _caught_as(ctx, value, name):
            continue
        hit = (
            _error_detail(ctx, value, name)
            if ctx.src.find(name.encode(), value.start_byte, value.end_byte) != -1
            else None
        )
        if hit is None:
            # (the name may be only text of the answer, a query key `&error=`, beside a local holding its words)
            hit = _worded_via_local(ctx, value, name)
        if hit is not None and hit.type == "member_expression" and _database_words(ctx, hit, name):
            return hit
        hit = _worded_via_destructuring(ctx, value, name)
        if hit is not None:
            return hit
    return None


def _helper_answer_error(ctx: FileContext, value: Node, names: set[str]) -> Node | None:
    """`return jsonError(400, "Failed to load", error)` of a project helper that answers with the
    query error's words (`parts.push(String(err.details))`), handed the error as it is."""
    for name in names:
        if "." in name or ctx.src.find(name.encode(), value.start_byte, value.end_byte) == -1:
            continue
        if _caught_as(ctx, value, name):
            continue
        hit = _error_detail(ctx, value, name)
        if hit is not None and hit.type == "call_expression" and ctx.analyzer.target(ctx.module, hit) is not None:
            return hit
    return None


def _worded_via_destructuring(ctx: FileContext, value: Node, name: str) -> Node | None:
    """`const { name, message, status } = error; return redirect(`...${message}`)`: the error's words taken
    out of it by destructuring, in a block around the answer, sent in it."""
    fn = sx.enclosing_function(value)
    if fn is None or "." in name:
        return None
    worded: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        block = d.parent.parent if d.parent is not None else None
        if d.start_byte > value.start_byte or block is None or not sx.contains(block, value):
            continue
        pattern = d.child_by_field_name("name")
        for part in pattern.named_children if pattern is not None and pattern.type == "object_pattern" else []:
            key = part.child_by_field_name("left") if part.type == "object_assignment_pattern" else part
            if key is not None and key.type == "pair_pattern":
                key = key.child_by_field_name("key")
            if key is not None and ctx.text(key) in _DATABASE_WORDS:
                worded |= set(_destructured_details(ctx, d, name)) & set(sx.pattern_names(ctx.src, part))
    for n in sx.walk(value, into_functions=False) if worded else ():
        is_key = n.parent is not None and n.parent.type == "pair" and n.parent.child_by_field_name("key") == n
        if n.type in ("identifier", "shorthand_property_identifier") and ctx.text(n) in worded and not is_key:
            return n
    return None


def _worded_via_local(ctx: FileContext, value: Node, name: str) -> Node | None:
    """`const text = "Failed to read " + error.message; return new Response(text)`: a local declared
    before the answer, in a block around it, built from the error's words."""
    fn = sx.enclosing_function(value)
    sent = {
        ctx.text(n)
        for n in sx.walk(value, into_functions=False)
        if n.type in ("identifier", "shorthand_property_identifier")
        and not (n.parent is not None and n.parent.type == "pair" and n.parent.child_by_field_name("key") == n)
    }
    for d in sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None and sent else ():
        init = d.child_by_field_name("value")
        block = d.parent.parent if d.parent is not None else None
        if init is None or d.start_byte > value.start_byte or ctx.text(d.child_by_field_name("name")) not in sent:
            continue
        if (
            block is None
            or not sx.contains(block, value)
            or ctx.src.find(name.encode(), init.start_byte, init.end_byte) == -1
        ):
            continue
        hit = _error_detail(ctx, init, name)
        if hit is not None:
            return hit
    return None


def _caught_as(ctx: FileContext, value: Node, name: str) -> bool:
    """``value`` sits in a `catch (error)` whose parameter shadows a query's `{ error }` of the `try`: there
    the name is the caught error, judged as one (`_caught_detail`: a literal it was compared with is none)."""
    for p in sx.ancestors(value):
        if sx.is_function(p):
            return False
        if p.type == "catch_clause":
            param = p.child_by_field_name("parameter")
            if param is not None and name in sx.pattern_names(ctx.src, param):
                return True
    return False


_DATABASE_WORDS = frozenset({"message", "details", "hint"})


def _database_words(ctx: FileContext, node: Node, name: str) -> bool:
    obj = sx.strip_types(node.child_by_field_name("object"))
    prop = ctx.text(node.child_by_field_name("property"))
    return obj is not None and ctx.text(obj).rstrip("?") == name and prop in _DATABASE_WORDS


def _detail_via_alias(ctx: FileContext, value: Node, err: str, upstream: bool = True) -> Node | None:
    """`catch (err) { const e = err as Error; return res.json({ stack: e.stack }) }`: the caught
    error under another name (a plain alias or a type cast of it) exposes the same details; so does
    the upstream body it carried (``upstream``), `const data = err.response?.data` then `data?.error`."""
    body = _catch_body(value)
    if body is None:
        return None
    for d in sx.find(body, ("variable_declarator",), False):
        source = sx.strip_types(d.child_by_field_name("value"))
        name = d.child_by_field_name("name")
        if source is None or name is None or name.type != "identifier":
            continue
        text = ctx.text(source)
        carried = upstream and source.type == "member_expression" and bool(_UPSTREAM_BODY.search(text))
        if text != err and not (carried and sx.root_identifier(ctx.src, source) == err):
            continue
        hit = _error_detail(ctx, value, ctx.text(name), body=text != err)
        if hit is not None:
            return hit
    return None


def _detail_via_local(ctx: FileContext, value: Node, err: str) -> Node | None:
    """`catch (error) { const message = error.message || "Something went wrong"; res.json({ message }) }`:
    a local of the catch block built from the error's details (also concatenated into a text) that
    the response carries; the detail it was built from."""
    clause = value.parent
    while clause is not None and clause.type != "catch_clause" and not sx.is_function(clause):
        clause = clause.parent
    body = clause.child_by_field_name("body") if clause is not None and clause.type == "catch_clause" else None
    if body is None:
        return None
    src = ctx.src
    decls = {
        name: d.child_by_field_name("value")
        for d in sx.find(body, ("variable_declarator",), False)
        for name in sx.pattern_names(src, d.child_by_field_name("name"))
    }
    # (`let message = "Something went wrong"; if (error.message) message = error.message`: what is assigned
    # to such a local later counts as what it was declared with)
    values: dict[str, list[Node]] = {n: [v] for n, v in decls.items() if v is not None}
    for a in sx.find(body, ("assignment_expression", "augmented_assignment_expression"), False):
        left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
        if left is not None and right is not None and left.type == "identifier" and ctx.text(left) in decls:
            values.setdefault(ctx.text(left), []).append(right)
    exposing = {
        name for d in sx.find(body, ("variable_declarator",), False) for name in _destructured_details(ctx, d, err)
    }
    carried: dict[str, Node] = {}  # a local -> the value that made it carry the error's details
    for _ in range(3):  # `const detail = error.message; const message = "Failed: " + detail`
        grown = {n: v for n, vs in values.items() if n not in exposing for v in vs if _carries(ctx, v, exposing, err)}
        if not grown:
            break
        exposing |= set(grown)
        carried.update((n, v) for n, v in grown.items() if n not in carried)
    exposing.discard(err)
    for n in sx.walk(value, into_functions=False):
        if n.type not in ("identifier", "shorthand_property_identifier") or ctx.text(n) not in exposing:
            continue
        parent = n.parent
        if parent is not None and parent.type == "pair" and parent.child_by_field_name("key") == n:
            continue
        if _consumed(ctx, n, value):
            continue
        source = decls.get(ctx.text(n))
        if parent is not None and parent.type == "member_expression" and _fixed_field(ctx, source, parent):
            continue  # `info.clientMessage` of a helper answering a fixed text in that field on every path
        if carried.get(ctx.text(n), source) is not source:
            return n  # (carrying what a later assignment put there: reported where it is answered)
        return (_error_detail(ctx, source, err) if source is not None else None) or n
    return None


def _fixed_field(ctx: FileContext, source: Node | None, member: Node) -> bool:
    """`xeroError.clientMessage` of `const xeroError = getApiErrorInfo(err, "Failed to import")`: a project
    helper whose every answer is an object literal giving that field a literal of its own (a text, a
    status), or the literal text this call hands it (the raw detail goes into other fields, for the logs)."""
    call = sx.unwrap(source)
    prop = member.child_by_field_name("property")
    if call is None or call.type != "call_expression" or prop is None:
        return False
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or target.body is None:
        return False
    hsrc = target.module.src
    field = ctx.text(prop)
    params = [" ".join(sx.pattern_names(hsrc, p)) for p in target.param_nodes()]
    args = sx.call_args(call)
    returns = [r for r in sx.find(target.node, ("return_statement",), False)]
    if not returns:
        return False
    for ret in returns:
        value = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        if value is None or value.type != "object":
            return False
        given = object_keys(hsrc, value).get(field)
        if given is None:
            continue
        given = sx.unwrap(given)
        if given is None:
            return False
        if given.type in ("string", "number", "true", "false", "null") or (
            given.type == "template_string" and not any(c.type == "template_substitution" for c in given.named_children)
        ):
            continue
        name = sx.text(hsrc, given) if given.type == "identifier" else ""
        if name in params and params.index(name) < len(args):
            arg = sx.unwrap(args[params.index(name)])
            if arg is not None and arg.type == "string":
                continue
        return False
    return True


def _destructured_details(ctx: FileContext, decl: Node, err: str) -> list[str]:
    """`const { message, statusCode = 500 } = err`, `const { message: detail } = err as Error`: the
    names that take the error's details out of it (not `statusCode` or `code`)."""
    pattern = decl.child_by_field_name("name")
    value = sx.strip_types(decl.child_by_field_name("value"))
    if pattern is None or pattern.type != "object_pattern" or value is None or ctx.text(value) != err:
        return []
    out: list[str] = []
    for part in pattern.named_children:
        key = part.child_by_field_name("left") if part.type == "object_assignment_pattern" else part
        if key is not None and key.type == "pair_pattern":
            key = key.child_by_field_name("key")
        if key is not None and ctx.text(key) in _DETAIL_PROPS:
            out.extend(sx.pattern_names(ctx.src, part))
    return out


def _caught_detail(ctx: FileContext, at: Node, value: Node, err: str) -> Node | None:
    """The part of ``value`` (sent from ``at``, in the catch of ``err``) that carries the caught
    error's raw details, unless a class test, a literal comparison or a validator-only try makes
    it the app's own text."""
    node = _error_detail(ctx, value, err) or _detail_via_alias(ctx, value, err) or _detail_via_local(ctx, value, err)
    if node is None or _guarded_by_class(ctx, at, err) or _pinned_to_literal(ctx, node) or _try_only_validates(ctx, at):
        return None
    if _try_rethrows_own_texts(ctx, at):
        return None
    # (`if (NODE_ENV === "development") return json({ details: e.message })`: a branch production never takes)
    fn = next((p for p in sx.ancestors(at) if sx.is_function(p)), None)
    if fn is not None and _outside_production(ctx, at, fn):
        return None
    return node


def _built_error_stack(ctx: FileContext, fn: Node, at: Node, value: Node) -> Node | None:
    """`{ trace: new Error(msg).stack }` or `failure.stack` of `const failure = new TypeError(...)`: the
    stack trace of an error built here, answered (server file paths, the bundle's layout) though nothing
    was caught; its message is the app's own text and does not count."""
    for node in sx.find(value, ("member_expression",), into_functions=False):
        if ctx.text(node.child_by_field_name("property")) != "stack":
            continue
        obj = sx.unwrap(node.child_by_field_name("object"))
        if obj is not None and obj.type == "identifier":
            obj = _local_error_value(ctx, fn, ctx.text(obj))
        if obj is not None and _new_error(ctx, obj) and not _outside_production(ctx, at, fn):
            return node
    return None


def _new_error(ctx: FileContext, node: Node) -> bool:
    """`new Error(...)` / `new TypeError(...)`: an error object built here."""
    ctor = node.child_by_field_name("constructor") if node.type == "new_expression" else None
    return ctor is not None and ctx.text(ctor).endswith("Error")


def _local_error_value(ctx: FileContext, fn: Node, name: str) -> Node | None:
    """The value of `const <name> = new SomeError(...)` in ``fn`` (its only declaration), else None."""
    decls = [
        d
        for d in sx.find(fn, ("variable_declarator",), into_functions=False)
        if ctx.text(d.child_by_field_name("name")) == name
    ]
    value = sx.unwrap(decls[0].child_by_field_name("value")) if len(decls) == 1 else None
    return value if value is not None and value.type == "new_expression" else None


def _error_finding(ctx: FileContext, ep: EntryPoint, at: Node, value: str) -> Finding:
    return ctx.finding(
        META,
        "error_details",
        at,
        function=ep.fn,
        endpoint=endpoint(ep),
        value=short(value, 40),
        confidence=Confidence.HIGH,
    )


# `res.setHeader("Set-Cookie", v)`, `res.cookie(k, v)`, `cookies().set(k, v)`, `response.cookies.set(k, v)`
_COOKIE_WRITE = re.compile(r"(^|\.)(setHeader|cookie)$|(^|\.)(cookies(\(\))?|cookieStore)\.set$")


def _cookie_detail(ctx: FileContext, ep: EntryPoint) -> Node | None:
    """A catch block that puts the caught error's details into a cookie (`cookies().set("flash",
    e.message)`), also through a project helper handed them that writes the cookie
    (`setErrorCookie(res, { message, statusCode })`): the browser receives it."""
    src = ctx.src
    if src.find(b"catch", ep.fn.node.start_byte, ep.fn.node.end_byte) == -1:
        return None  # (most entry points: no catch clause to search)
    for clause in sx.find(ep.fn.node, ("catch_clause",), False):
        names = sx.pattern_names(src, clause.child_by_field_name("parameter"))
        body = clause.child_by_field_name("body")
        if len(names) != 1 or body is None:
            continue
        err = names[0]
        for call in sx.find(body, ("call_expression",), False):
            args = sx.call_args(call)
            written = _COOKIE_WRITE.search(sx.callee_name(src, call)) is not None
            target = None if written else ctx.analyzer.target(ctx.module, call)
            for i, arg in enumerate(args):
                if written and i == 0:
                    continue  # (the cookie's or header's name)
                node = _caught_detail(ctx, call, arg, err)
                if node is None and target is not None and ctx.text(sx.strip_types(arg)) == err:
                    node = arg
                if node is not None and (written or (target is not None and _cookie_param(ctx, target, i))):
                    return node
    return None


def _cookie_param(ctx: FileContext, fn: Function, position: int) -> bool:
    """``fn`` writes its parameter at ``position`` (or a local built from it) into a cookie."""
    params = fn.param_nodes()
    names = sx.pattern_names(fn.module.src, params[position]) if position < len(params) else []
    if len(names) != 1:
        return False
    param = names[0]
    carrying = _exposing_locals(ctx, fn, param) | {param}
    src = fn.module.src
    for call in sx.find(fn.node, ("call_expression",), False):
        if _COOKIE_WRITE.search(sx.callee_name(src, call)) and any(
            _mentions(ctx, fn, a, carrying, param) for a in sx.call_args(call)[1:]
        ):
            return True
    return False


# the AI SDK's stream options whose returned text is the error message the client receives
# (`toUIMessageStreamResponse({ onError })`, `createUIMessageStream({ onError })`,
# `toDataStreamResponse({ getErrorMessage })`)
_STREAM_ERROR_OPTIONS = frozenset({"onError", "getErrorMessage"})


def _stream_error_detail(ctx: FileContext, ep: EntryPoint) -> Node | None:
    """An `onError: (error) => error.message` option, in the entry point, that answers with the
    error's details. The callback takes the error itself: `streamText`'s `onError({ error })` takes
    an event and what it returns goes nowhere."""
    src = ctx.src
    text = src[ep.fn.node.start_byte : ep.fn.node.end_byte]
    if not any(name.encode() in text for name in _STREAM_ERROR_OPTIONS):
        return None  # (most entry points: no such option to search for)
    for node in sx.find(ep.fn.node, ("pair", "method_definition"), True):
        key = node.child_by_field_name("key" if node.type == "pair" else "name")
        if key is None or ctx.text(key) not in _STREAM_ERROR_OPTIONS:
            continue
        fn = sx.strip_types(node.child_by_field_name("value")) if node.type == "pair" else node
        if fn is None or not sx.is_function(fn):
            continue
        params = fn.child_by_field_name("parameters")
        first = params.named_children[0] if params is not None and params.named_children else None
        if first is None and fn.type == "arrow_function":
            first = fn.child_by_field_name("parameter")  # `error => ...`
        names = sx.pattern_names(src, first)
        if first is None or len(names) != 1 or _destructures(first):
            continue
        err = names[0]
        body = fn.child_by_field_name("body")
        values = [r.named_children[0] for r in sx.find(fn, ("return_statement",), False) if r.named_children]
        if body is not None and body.type != "statement_block":
            values.append(body)  # `(error) => error.message`
        found = ((_error_detail(ctx, v, err), v) for v in values)
        hits = [h for h, v in found if h is not None and not _guarded_by_class(ctx, v, err)]
        # (name `error.message` rather than the `return error` of a string's branch)
        if hits:
            return next((h for h in hits if h.type == "member_expression"), hits[0])
    return None


def _destructures(param: Node) -> bool:
    pattern = param.child_by_field_name("pattern") or param
    return pattern.type in ("object_pattern", "array_pattern")


def _redirect_url(ctx: FileContext, call: Node) -> Node | None:
    """The URL a redirect sends the browser to (`redirect(url)`, `res.redirect(302, url)`)."""
    args = [sx.strip_types(a) for a in sx.call_args(call)]
    return next((a for a in args if a is not None and a.type != "number"), None)


def _consumed(ctx: FileContext, node: Node, value: Node) -> bool:
    """``node`` goes into a project function (inside the returned ``value``) that neither builds a
    response from it nor hands it back (`toErrorCode(message)` answers with its own texts)."""
    p = node.parent
    while p is not None and p != value.parent:
        if p.type == "call_expression":
            target = ctx.analyzer.target(ctx.module, p)
            if target is not None and not _builds_response(ctx, target, 0) and not _returns_param(target):
                return True
        p = p.parent
    return False


def _carries(ctx: FileContext, node: Node, exposing: set[str], err: str) -> bool:
    """``node`` holds the error's text as it is: `error.message || "..."`, `"Failed: " + error.message`,
    `` `${err}` ``, `String(err)`, a project helper's answer that returns its text (`getErrorMessage(err)`),
    or a local that does; not what a function computes from the error (`getLLMErrorInfo(err)?.message`
    answers only for the error classes it knows)."""
    t = node.type
    if t in ("identifier", "shorthand_property_identifier"):
        name = ctx.text(node)
        parent = node.parent
        coerced = parent is not None and (
            parent.type == "template_substitution"
            or (parent.type == "binary_expression" and ctx.text(parent.child_by_field_name("operator")) == "+")
        )
        return name in exposing or (name == err and coerced)
    if t == "member_expression":
        if sx.root_identifier(ctx.src, node) == err:
            prop = ctx.text(node.child_by_field_name("property"))
            return prop in _DETAIL_PROPS and not _VALIDATION_FEEDBACK.search(ctx.text(node))
        return False
    if t == "call_expression":
        callee = sx.callee_name(ctx.src, node)
        if callee in ("String", "JSON.stringify"):
            return any(
                ctx.text(sx.strip_types(a)) == err or _carries(ctx, a, exposing, err) for a in sx.call_args(node)
            )
        if callee.endswith(".toString"):
            return sx.root_identifier(ctx.src, node) == err
        # `const text = getErrorMessage(error, "Unknown")`: a project helper that hands back its text
        return not _SANITIZER.search(sx.last_name(callee)) and _formats_error(ctx, node, sx.call_args(node), err)
    if t == "binary_expression" and ctx.text(node.child_by_field_name("operator")) == "instanceof":
        return False
    if t == "ternary_expression":
        return any(_carries(ctx, b, exposing, err) for b in _exposed_branches(ctx, ctx.module, node, err))
    if sx.is_function(node):
        return False
    return any(_carries(ctx, c, exposing, err) for c in node.named_children)


def _export_line(ctx: FileContext, ep: EntryPoint) -> Node:
    """Where this file hands out a handler defined elsewhere (`export default signupApiHandler`)."""
    for stmt in ctx.module.parsed.root.named_children:
        if stmt.type == "export_statement" and (
            (ep.kind == "pages-api" and ctx.src.find(b"default", stmt.start_byte, stmt.end_byte) != -1)
            or (ep.kind == "route" and ep.name in ctx.text(stmt))
        ):
            return stmt
    return ctx.module.parsed.root


def _catches_verification(ctx: FileContext, node: Node) -> bool:
    """``node`` is in the catch clause of a try whose body verifies the request's signature
    (`try { event = stripe.webhooks.constructEvent(...) } catch (err) { ... }`)."""
    p = node.parent
    while p is not None and not sx.is_function(p) and p.type != "catch_clause":
        p = p.parent
    try_stmt = p.parent if p is not None and p.type == "catch_clause" else None
    body = try_stmt.child_by_field_name("body") if try_stmt is not None else None
    if body is None:
        return False
    for call in sx.find(body, ("call_expression",), False):
        if is_signature_call(sx.callee_name(ctx.src, call)):
            return True
        target = ctx.analyzer.target(ctx.module, call)
        if target is not None and guards.verifies_signature(target):
            return True
    return False


def _try_only_validates(ctx: FileContext, node: Node) -> bool:
    """``node`` is in the catch of a try that only calls project validators
    (`try { validateRange(toInstant(start), end) } catch (e) { return { error: e.message } }`), also
    beside log lines and under `if`s that call nothing (`if (videoUrl) validateUrl(videoUrl)`):
    every call is a project function whose every `throw` carries the app's own literal
    text (`throw new RangeError("End must be after start")`), so the message is user-facing feedback."""
    p = node.parent
    while p is not None and not sx.is_function(p) and p.type != "catch_clause":
        p = p.parent
    try_stmt = p.parent if p is not None and p.type == "catch_clause" else None
    body = try_stmt.child_by_field_name("body") if try_stmt is not None else None
    calls = _checking_calls(ctx, body.named_children) if body is not None else None
    if not calls:
        return False
    for top in calls:
        target = ctx.analyzer.target(ctx.module, top)
        # a validator answers by throwing: it returns nothing
        if (
            target is None
            or any(r.named_children for r in sx.find(target.node, ("return_statement",), False))
            or not sx.find(target.node, ("throw_statement",), False)
        ):
            return False
    for call in (c for top in calls for c in sx.find(top, ("call_expression", "new_expression"), False)):
        target = ctx.analyzer.target(ctx.module, call) if call.type == "call_expression" else None
        if target is None or not _throws_own_texts(target, ctx.analyzer.program):
            return False
    return True


def _try_rethrows_own_texts(ctx: FileContext, node: Node) -> bool:
    """``node`` is in the catch of a try whose every call is awaited through a `.catch` that throws
    the app's own literal in place of whatever it caught (`await getForm(id).catch(() => { throw new
    Error("Failed to Get Form") })`), and whose own throws are literals too (`throw new Error("Form Not
    Found")`): the only messages that reach the catch are the app's own words."""
    p = node.parent
    while p is not None and not sx.is_function(p) and p.type != "catch_clause":
        p = p.parent
    try_stmt = p.parent if p is not None and p.type == "catch_clause" else None
    body = try_stmt.child_by_field_name("body") if try_stmt is not None else None
    if body is None:
        return False
    covered: list[Node] = []
    quiet = False  # (calls that throw nothing of their own: a response built, a header read, a helper that
    # catches everything itself)
    calls = sorted(sx.find(body, ("call_expression",), False), key=lambda c: (c.start_byte, -c.end_byte))
    for call in calls:  # (outer calls first: a `.catch` before its receiver)
        if any(sx.contains(c, call) for c in covered):
            continue  # (the receiver of a covered `.catch`)
        if _throws_nothing_of_its_own(ctx, call):
            quiet = True
            continue
        fn = sx.strip_types(call.child_by_field_name("function"))
        args = sx.call_args(call)
        cb = sx.strip_types(args[0]) if len(args) == 1 else None
        if (
            fn is None
            or fn.type != "member_expression"
            or ctx.text(fn.child_by_field_name("property")) != "catch"
            or cb is None
            or not sx.is_function(cb)
            or not (_rethrows_literal(ctx, cb) or _answers_plain_value(cb))
        ):
            return False
        covered.append(call)
    throws = sx.find(body, ("throw_statement",), False)
    fn_node = sx.enclosing_function(try_stmt) if try_stmt is not None else None
    params = set(ctx.module.function_for(fn_node).params) if fn_node is not None else set()
    for t in throws:
        value = sx.strip_types(t.named_children[0]) if t.named_children else None
        ctor_args = value.child_by_field_name("arguments") if value is not None else None
        first = ctor_args.named_children[0] if ctor_args is not None and ctor_args.named_children else None
        if value is None or value.type not in ("new_expression", "call_expression"):
            return False  # (`throw Error("...")` builds the same error as `new Error("...")`)
        if not (_fixed_string(ctx.module, first) or (not calls and _echoes_request(ctx, first, params))):
            return False
    # (a try that calls nothing and only throws the app's own error, `throw new NotFoundError(`Route not
    # found: ${req.nextUrl}`)`: a catch-all route's 404, whose text is the app's words and the caller's URL)
    return bool(covered) or quiet or (not calls and bool(throws))


# calls that throw nothing of their own: the response built (`NextResponse.json(x)`), a header or query
# value read (`req.headers.get("authorization")`, `searchParams.get("kind")`), a string cut, a log line, a
# timer cleared or started (its callback runs later, outside the try), a timestamp (`new Date().toISOString()`),
# a number parsed, a value serialised
_QUIET_CALL = re.compile(
    r"^(Next)?Response\.json$|^(String|Number|Boolean)$|(^|\.)(headers|searchParams|headers\(\))\.(get|has|getAll)$|"
    r"\.(split|trim|toLowerCase|toUpperCase|startsWith|endsWith)$|^console\.(log|info|warn|error|debug)$|"
    r"^(clear|set)(Interval|Timeout)$|^Date\.now$|^(Number\.)?parse(Int|Float)$|^JSON\.stringify$"
)
_ERROR_CTORS = frozenset({"Error", "TypeError", "RangeError"})


def _throws_nothing_of_its_own(ctx: FileContext, call: Node) -> bool:
    """A call whose failure can only be the app's own words, or that cannot fail: ``_QUIET_CALL``, an
    error built from a literal (`Error("No kind given")`), or a project helper that catches everything
    itself (its body one `try`, its catch logging and answering, or throwing its own literal)."""
    callee = sx.callee_name(ctx.src, call)
    if _QUIET_CALL.search(callee):
        return True
    fn = sx.strip_types(call.child_by_field_name("function"))
    if (
        fn is not None
        and fn.type == "member_expression"
        and ctx.text(fn.child_by_field_name("property")) == "toISOString"
    ):
        obj = sx.strip_types(fn.child_by_field_name("object"))
        if obj is not None and obj.type == "new_expression" and ctx.text(obj) == "new Date()":
            return True  # (the time now)
    if callee in _ERROR_CTORS:
        given = sx.call_args(call)[:1]
        return bool(given) and _fixed_string(ctx.module, given[0])
    target = ctx.analyzer.target(ctx.module, call)
    if target is None:
        return False
    return _guard_throwing_own_texts(ctx, target, 0, call) or _catches_everything(target)


def _catches_everything(target: Function) -> bool:
    """A project helper whose body is one `try` catching everything, its catch logging and answering
    (`catch (e) { console.error(e); return false }`), or throwing its own literal: it fails with no
    words of another's."""
    body = target.node.child_by_field_name("body") if target.body is not None else None
    if body is None or body.type != "statement_block":
        return False
    stmts = [c for c in body.named_children if c.type != "comment"]
    if len(stmts) != 1 or stmts[0].type != "try_statement" or stmts[0].child_by_field_name("finalizer") is not None:
        return False
    handler = stmts[0].child_by_field_name("handler")
    block = handler.child_by_field_name("body") if handler is not None else None
    if block is None:
        return False
    for t in sx.find(block, ("throw_statement",), False):
        value = sx.strip_types(t.named_children[0]) if t.named_children else None
        ctor_args = value.child_by_field_name("arguments") if value is not None else None
        first = ctor_args.named_children[0] if ctor_args is not None and ctor_args.named_children else None
        if value is None or value.type != "new_expression" or not _fixed_string(target.module, first):
            return False  # (`throw error`: whatever the helper caught reaches the caller)
    return True


# calls a session guard makes that throw nothing of their own: the request's cookies or headers read, a
# Supabase client made, a role list tested
_QUIET_GUARD_CALL = re.compile(
    r"^(cookies|headers|createServerClient|createClient|Array\.isArray)$|\.(includes|some|every|has|get)$"
)


def _guard_throwing_own_texts(ctx: FileContext, fn: Function, depth: int, call: Node | None = None) -> bool:
    """`requireAdmin()` whose only throw is `new Error("Forbidden")` and whose calls cannot fail with words
    of their own: a Supabase Auth read (`auth.getUser()` answers its error, it does not throw), a client
    made from the request's cookies (also through a project helper of the same kind, which throws
    nothing), a role list tested, a project check that catches everything itself (`hasAdminPermission()`
    whose body is one `try` answering `false` from its catch). What its caller catches is that literal,
    also a template of a parameter with a literal default that ``call`` leaves out (`requireAdmin(action =
    "do this")` throwing `` `Admin access required to ${action}` ``, called `requireAdmin()`)."""
    src = fn.module.src
    if fn.body is None or sx.find(fn.node, ("catch_clause",), False):
        return False
    throws = sx.find(fn.node, ("throw_statement",), False)
    calls = sx.find(fn.node, ("call_expression",), False)
    if not (calls if depth else throws):
        return False  # (a guard refuses by a throw; the helper it calls makes a client)
    defaults = _left_out_defaults(fn, call) if call is not None else {}
    for t in throws:
        value = sx.strip_types(t.named_children[0]) if t.named_children else None
        ctor_args = value.child_by_field_name("arguments") if value is not None else None
        first = ctor_args.named_children[0] if ctor_args is not None and ctor_args.named_children else None
        if (
            depth > 0
            or value is None
            or value.type != "new_expression"
            or not _fixed_string(fn.module, first, defaults)
        ):
            return False
    for c in calls:
        if _QUIET_GUARD_CALL.search(sx.callee_name(src, c)) or _auth_answer_call(src, c):
            continue
        helper = ctx.analyzer.target(fn.module, c)
        if depth < 1 and helper is not None and helper is not fn and _catches_everything(helper):
            continue
        if depth < 1 and helper is not None and _guard_throwing_own_texts(ctx, helper, depth + 1):
            continue
        return False
    return True


def _left_out_defaults(fn: Function, call: Node) -> dict[str, Node]:
    """The parameters of ``fn`` that ``call`` passes nothing for and that default to a literal text
    (`action: string = "manage users"`), with that literal: in the body they hold it."""
    args = sx.call_args(call)
    params = fn.node.child_by_field_name("parameters")
    if params is None or any(a.type == "spread_element" for a in args):
        return {}
    found: dict[str, Node] = {}
    for i, p in enumerate(c for c in params.named_children if c.type != "comment"):
        name = p.child_by_field_name("pattern")
        value = p.child_by_field_name("value")
        if i < len(args) or name is None or name.type != "identifier" or value is None:
            continue
        if sx.string_value(fn.module.src, value) is not None:
            found[sx.text(fn.module.src, name)] = value
    return found


def _echoes_request(ctx: FileContext, node: Node | None, params: set[str]) -> bool:
    """A template string whose every substitution reads a parameter of the handler (the request's own
    URL, `${req.nextUrl}`), calling nothing: it tells the caller nothing the caller did not send."""
    if node is None or node.type != "template_string":
        return False
    for sub in node.named_children:
        if sub.type != "template_substitution":
            continue
        inner = sx.strip_types(sub.named_children[0]) if sub.named_children else None
        if inner is None or inner.type not in ("identifier", "member_expression"):
            return False
        if sx.root_identifier(ctx.src, inner) not in params:
            return False
    return True


def _answers_plain_value(cb: Node) -> bool:
    """A `.catch` callback that answers a value built without calling anything (`() => ({})`, `() =>
    null`): whatever failed, the awaited call goes on with that value, and nothing is thrown."""
    body = cb.child_by_field_name("body")
    if body is None or body.type == "statement_block":
        return False
    return not sx.find(body, ("call_expression", "new_expression", "await_expression"), False) and not any(
        n.type in ("member_expression", "subscript_expression") for n in sx.walk(body)
    )


def _rethrows_literal(ctx: FileContext, cb: Node) -> bool:
    """A `.catch` callback whose body is only `throw new Error("literal")`."""
    body = cb.child_by_field_name("body")
    stmts = [c for c in body.named_children if c.type != "comment"] if body is not None else []
    if body is None or body.type != "statement_block" or len(stmts) != 1 or stmts[0].type != "throw_statement":
        return False
    value = sx.strip_types(stmts[0].named_children[0]) if stmts[0].named_children else None
    ctor_args = value.child_by_field_name("arguments") if value is not None else None
    first = ctor_args.named_children[0] if ctor_args is not None and ctor_args.named_children else None
    return value is not None and value.type == "new_expression" and _fixed_string(ctx.module, first)


def _checking_calls(ctx: FileContext, stmts: list[Node]) -> list[Node] | None:
    """The calls made by ``stmts`` when they are only bare calls (log lines aside) and `if`s that call
    nothing around such statements; None for anything else (`resend = await getClient()`: a helper
    whose result is used does more than check)."""
    calls: list[Node] = []
    for st in stmts:
        if st.type == "comment":
            continue
        if st.type in ("if_statement", "statement_block", "else_clause"):
            cond = st.child_by_field_name("condition")
            if cond is not None and sx.find(cond, ("call_expression", "new_expression"), False):
                return None
            parts = [c for c in st.named_children if c != cond]
            inner = _checking_calls(ctx, parts)
            if inner is None:
                return None
            calls += inner
            continue
        top = sx.unwrap(st.named_children[0]) if st.type == "expression_statement" and st.named_children else None
        if top is None or top.type != "call_expression":
            return None
        if not _log_line(ctx, top):
            calls.append(top)
    return calls


def _log_line(ctx: FileContext, call: Node) -> bool:
    """`console.log("checked", { url })`, `logger.info(...)`: writes a line, computes nothing."""
    parts = sx.callee_name(ctx.src, call).split(".")
    logger = len(parts) == 2 and (parts[0] == "console" or parts[0] in vocab.STRUCTURED_LOGGERS)
    args = call.child_by_field_name("arguments")
    return logger and (args is None or not sx.find(args, ("call_expression", "new_expression"), False))


def _throws_own_texts(fn: Function, program: Program) -> bool:
    """``fn`` reads nothing over I/O (no `await`) and every `throw` of it builds an error from a
    literal text (an argument's converter may throw none): `new RangeError("...")`, or an error
    factory given one (`throw badRequest("Range too long")`, a template of module constants)."""
    src = fn.module.src
    if sx.find(fn.node, ("await_expression",), False):
        return False
    throws = sx.find(fn.node, ("throw_statement",), False)
    for t in throws:
        value = sx.strip_types(t.named_children[0]) if t.named_children else None
        factory = (
            value is not None
            and value.type == "call_expression"
            and bool(_ERROR_FACTORY.search(sx.last_name(sx.callee_name(src, value))))
        )
        if value is None or not (value.type == "new_expression" or factory):
            return False
        args = value.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        if not (_fixed_string(fn.module, first) or _echoed_text(fn, first, program)):
            return False
    return True


def _echoed_text(fn: Function, node: Node | None, program: Program) -> bool:
    """A template `File type ${fileType} is not allowed. Allowed: ${ALLOWED.join(", ")}`: one of the
    app's own words around what ``fn`` was handed and module constants (also locals computed from
    them: `maxSize / 1024`, and constants imported from the project, `import { ALLOWED } from
    "@/lib/constants"`), in a function that catches no error whose details it could pass on."""
    src = fn.module.src
    node = sx.strip_types(node)
    # (a bare `catch {}` binds no error: nothing it caught can be passed on)
    catches = [c for c in sx.find(fn.node, ("catch_clause",), False) if c.child_by_field_name("parameter") is not None]
    if node is None or node.type != "template_string" or catches:
        return False
    known = set(fn.params) | set(fn.module.values)
    known |= {
        sx.text(src, d.child_by_field_name("name"))
        for d in sx.find(fn.node, ("variable_declarator",), False)
        if d.start_byte < node.start_byte
    }
    constants = set(fn.module.values)
    for sub in (c for c in node.named_children if c.type == "template_substitution"):
        text = sx.text(src, sub)
        if ".message" in text or ".stack" in text:
            return False
        imported = {n for n in identifiers(src, sub) - known if _imported_constant(program, fn.module, n)}
        constants |= imported
        if not identifiers(src, sub) <= known | imported:
            return False
        for call in sx.find(sub, ("call_expression", "new_expression")):
            # (`ALLOWED.join(", ")` of a module constant; a converter of what it was handed,
            # `start.toISOString()`, may throw a runtime error of its own)
            if call.type != "call_expression" or sx.root_identifier(src, call.child_by_field_name("function")) not in (
                constants
            ):
                return False
    return True


def _imported_constant(program: Program, mod: Module, name: str) -> bool:
    """``name`` is imported from a project module that binds it to a literal value (`[...IMAGE_TYPES,
    "video/mp4"] as const`, `8_000_000`): no call, no environment read (`process.env.X` is not the app's
    own wording)."""
    if name not in mod.imports:
        return False
    found = program.resolve_value(mod, name)
    value = sx.strip_types(found[1]) if found is not None else None
    if value is None or value.type not in ("number", "string", "array", "object"):
        return False
    for n in sx.walk(value):
        if n.type in ("call_expression", "new_expression", "member_expression", "subscript_expression"):
            return False
    return True


_ERROR_FACTORY = re.compile(r"(?i)^throw|(error|exception)$|^(bad|invalid)\w*request$")


def _fixed_string(mod: Module, node: Node | None, defaults: dict[str, Node] | None = None) -> bool:
    """A string literal, or a template whose every substitution is a module constant (`MAX_YEARS`),
    or one of ``defaults`` (a parameter left to its literal default)."""
    node = sx.strip_types(node)
    if node is None:
        return False
    if sx.string_value(mod.src, node) is not None:
        return True
    if node.type != "template_string":
        return False
    for sub in (c for c in node.named_children if c.type == "template_substitution"):
        inner = sx.strip_types(sub.named_children[0]) if sub.named_children else None
        if inner is None or inner.type != "identifier":
            return False
        name = sx.text(mod.src, inner)
        if defaults and name in defaults:
            continue
        value = sx.strip_types(mod.values.get(name))  # `const MAX_YEARS = 2`
        if value is None or value.type not in ("number", "string"):
            return False
    return True


def _guarded_by_class(ctx: FileContext, node: Node, err: str) -> bool:
    """`if (e instanceof ActionError) return e.message` only exposes messages of a known class: a
    library's, or one of the app's own whose every message is a fixed text (as in a ternary); a
    project predicate (`isRefusal(e)`) answering `e instanceof X` stands for its class, and an
    `isXError(e)` whose body we cannot read is taken at its word."""
    child, p = node, node.parent
    while p is not None and not sx.is_function(p) and p.type != "catch_clause":
        # (only the branch the test narrows: an `else` takes every other error)
        if p.type == "if_statement" and p.child_by_field_name("consequence") == child:
            cond = p.child_by_field_name("condition")
            for n in _with_held_tests(ctx, cond, node):
                if n.type == "binary_expression" and ctx.text(n.child_by_field_name("operator")) == "instanceof":
                    cls = ctx.text(n.child_by_field_name("right"))
                    if ctx.text(n.child_by_field_name("left")) == err and _known_class(ctx, ctx.module, cls):
                        return True
                elif n.type == "binary_expression" and ctx.text(n.child_by_field_name("operator")) in ("===", "=="):
                    # `e.name === "RateLimitedError"`: the class named by its `name` field
                    named = sx.string_value(ctx.src, n.child_by_field_name("right"))
                    # (`err?.name` too: optional chaining reads the same field)
                    by_name = _plain(ctx.text(n.child_by_field_name("left"))) == f"{err}.name"
                    if by_name and named and named.isidentifier() and _known_class(ctx, ctx.module, named):
                        return True
                    if _app_error_tag(ctx, n, err, p):
                        return True
                elif n.type == "call_expression" and any(ctx.text(a) == err for a in sx.call_args(n)):
                    narrowed = _predicate_class(ctx, n)  # isNonRecoverableDiscountError(error)
                    if narrowed is not None:
                        if all(_known_class(ctx, narrowed[0], cls) for cls in narrowed[1]):
                            return True
                    elif _ERROR_GUARD.match(sx.last_name(sx.callee_name(ctx.src, n))):
                        return True
        child, p = p, p.parent
    return False


def _with_held_tests(ctx: FileContext, cond: Node | None, at: Node) -> list[Node]:
    """The nodes of ``cond``, and of the value of each `const` of the enclosing function it names
    (`const isPublic = err instanceof PublicError; if (isPublic || isDev)`): the test held in a local."""
    if cond is None:
        return []
    nodes = list(sx.walk(cond))
    fn = next((a for a in sx.ancestors(at) if sx.is_function(a)), None)
    body = fn.child_by_field_name("body") if fn is not None else None
    if body is None:
        return nodes
    for n in [n for n in nodes if n.type == "identifier"]:
        held = local_const(ctx.src, body, ctx.text(n))
        if held is not None and held.start_byte < cond.start_byte:
            nodes.extend(sx.walk(held))
    return nodes


_APP_CODE = re.compile(r"^[A-Z][A-Z]+(?:_[A-Z]+)*$")
_ERRNO_LIKE = re.compile(r"^(?:E[A-Z]{3,}|ER_.*|ERR_.*)$")  # `ENOENT`, mysql `ER_DUP_ENTRY`, node `ERR_...`
_TAG_FIELDS = frozenset({"code", "statusCode", "status", "httpStatus"})


def _error_field(ctx: FileContext, node: Node | None, err: str, scope: Node) -> str | None:
    """`err.code`, `(err as { code?: string }).code`, or a local holding one (`const code = (e as X).code`)
    of the caught error: the field's name."""
    node = sx.unwrap(node)
    if node is None:
        return None
    if node.type == "member_expression":
        obj = sx.unwrap(node.child_by_field_name("object"))
        prop = ctx.text(node.child_by_field_name("property"))
        if obj is not None and obj.type == "identifier" and ctx.text(obj) == err and prop in _TAG_FIELDS:
            return prop
        return None
    if node.type != "identifier":
        return None
    name = ctx.text(node)
    for d in sx.walk_named(scope):
        if d.type == "variable_declarator" and ctx.text(d.child_by_field_name("name")) == name:
            value = d.child_by_field_name("value")
            return _error_field(ctx, value, err, scope) if value is not None and value.type != "identifier" else None
    return None


def _app_error_tag(ctx: FileContext, test: Node, err: str, stmt: Node) -> bool:
    """`if (code === "FORBIDDEN")` (`code = (err as { code?: string }).code`), `err.statusCode === 404`: the
    branch takes only errors carrying a tag the app's own services put on the errors they throw
    (`Object.assign(new Error("..."), { code: "FORBIDDEN" })`, in a module this one imports): messages the
    app wrote, not a library's (`P2002`, `ENOENT`, `ER_DUP_ENTRY`)."""
    if ctx.text(test.child_by_field_name("operator")) not in ("===", "=="):
        return False
    right = sx.strip_types(test.child_by_field_name("right"))
    if right is None:
        return False
    catch = stmt.parent
    while catch is not None and catch.type != "catch_clause" and not sx.is_function(catch):
        catch = catch.parent
    if catch is None or catch.type != "catch_clause":
        return False
    field = _error_field(ctx, test.child_by_field_name("left"), err, catch)
    if field is None:
        return False
    if right.type == "string" and field == "code":
        tag = ctx.text(right)[1:-1]
        if not _APP_CODE.match(tag) or _ERRNO_LIKE.match(tag):
            return False
        pattern = re.compile(rb"\bcode\s*:\s*[\"']" + re.escape(tag.encode()) + rb"[\"']")
    elif right.type == "number" and field != "code":
        pattern = re.compile(rb"\b" + field.encode() + rb"\s*:\s*" + re.escape(ctx.text(right).encode()) + rb"\b")
    else:
        return False
    return _imported_modules_match(ctx, pattern)


def _imported_modules_match(ctx: FileContext, pattern: re.Pattern[bytes]) -> bool:
    """A module this one imports from the project (or one those import) holds ``pattern``."""
    program = ctx.analyzer.program
    seen: set[str] = {ctx.module.path}
    frontier = [ctx.module]
    for _ in range(2):
        nxt = []
        for mod in frontier:
            for spec in {b.spec for b in mod.imports.values()}:
                target = program.imported_module(mod, spec, packages=False)
                if target is None or target.path in seen:
                    continue
                seen.add(target.path)
                if pattern.search(target.src):
                    return True
                nxt.append(target)
                if len(seen) > 60:
                    return False
        frontier = nxt
    return False


_THROWN_RESPONSES = frozenset({"Response", "NextResponse"})


def _known_class(ctx: FileContext, mod: Module, name: str) -> bool:
    """Narrowing to ``name`` (read in ``mod``) keeps only messages written for users: not a generic
    error, and when the app defines it, a class whose messages are fixed texts."""
    if name.rsplit(".", 1)[-1] in _GENERIC_ERRORS:
        return False
    found = ctx.analyzer.program.resolve_value(mod, name)
    if found is None or found[1].type != "class_declaration":
        # a library's error class: its messages are the library's raw details (better-auth's `APIError`
        # says "User already exists"), not texts the app wrote for users; a validation error's are feedback
        # (`if (e instanceof Response) return e`: a response the app's own helper threw, not an error's details)
        return bool(_VALIDATION_ERROR.search(name)) or name.rsplit(".", 1)[-1] in _THROWN_RESPONSES
    return _fixed_message_class(ctx, mod, name)


def _predicate_class(ctx: FileContext, call: Node) -> tuple[Module, list[str]] | None:
    """(module, classes) of a project predicate whose body is `return e instanceof X`, or a chain
    `e instanceof X || e instanceof Y` (the app's domain errors, each of which must qualify)."""
    target = ctx.analyzer.target(ctx.module, call)
    body = target.body if target is not None else None
    if target is None or body is None or not target.params:
        return None
    src = target.module.src
    value = body if body.type != "statement_block" else None
    stmts = [c for c in body.named_children if c.type != "comment"] if value is None else []
    if len(stmts) == 1 and stmts[0].type == "return_statement" and stmts[0].named_children:
        value = stmts[0].named_children[0]
    classes: list[str] = []
    pending = [sx.unwrap(value)]
    while pending:
        test = pending.pop()
        if test is None or test.type != "binary_expression":
            return None
        op = sx.text(src, test.child_by_field_name("operator"))
        if op == "||":
            pending.extend(sx.unwrap(test.child_by_field_name(f)) for f in ("left", "right"))
            continue
        if op != "instanceof" or sx.text(src, test.child_by_field_name("left")) != target.params[0]:
            return None
        classes.append(sx.text(src, test.child_by_field_name("right")))
    return (target.module, classes) if classes else None


_ERROR_GUARD = re.compile(r"^is\w*(Error|Exception)$")


def _exposed_branches(ctx: FileContext, mod: Module, node: Node, err: str) -> list[Node]:
    """The branches of a ternary that can hand out the error's text: not the one taken only for
    an error class of the app's own whose every message is a fixed text
    (`e instanceof KeyServiceError ? e.message : "Failed"`)."""
    cond = sx.unwrap(node.child_by_field_name("condition"))
    yes, no = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
    if (
        cond is not None
        and cond.type == "binary_expression"
        and sx.text(mod.src, cond.child_by_field_name("operator")) == "instanceof"
        and sx.text(mod.src, cond.child_by_field_name("left")) == err
        and _fixed_message_class(ctx, mod, sx.text(mod.src, cond.child_by_field_name("right")))
    ):
        yes = None
    # `NODE_ENV === "production" ? "Failed" : `Failed: ${e.message}``: the branch production never takes
    if deployment.true_in_production(mod.src, cond):
        no = None
    elif deployment.false_in_production(mod.src, cond):
        yes = None
    return [b for b in (yes, no) if b is not None]


def _dev_only_branch(src: bytes, node: Node, top: Node) -> bool:
    """``node`` (inside ``top``) sits in a ternary's branch that no production request takes
    (`NODE_ENV === "production" ? "Failed" : e.message`)."""
    child = node
    for p in sx.ancestors(node):
        if p.type == "ternary_expression":
            cond = _env_flag(src, p.child_by_field_name("condition"))
            if child == p.child_by_field_name("alternative") and deployment.true_in_production(src, cond):
                return True
            if child == p.child_by_field_name("consequence") and deployment.false_in_production(src, cond):
                return True
        if p.type == "binary_expression" and child == p.child_by_field_name("right"):
            # `...(isDevelopment && { details: e.message })`: the right side only a development server reaches
            op = sx.text(src, p.child_by_field_name("operator"))
            cond = _env_flag(src, p.child_by_field_name("left"))
            if (op == "&&" and deployment.false_in_production(src, cond)) or (
                op == "||" and deployment.true_in_production(src, cond)
            ):
                return True
        if p == top or sx.is_function(p):
            break
        child = p
    return False


def _env_flag(src: bytes, cond: Node | None) -> Node | None:
    """The test behind a constant named for it (`const isDev = process.env.NODE_ENV === "development"`,
    in the function around or at the module's top), or ``cond`` itself."""
    cond = sx.unwrap(cond)
    if cond is None or cond.type != "identifier":
        return cond
    name = sx.text(src, cond)
    scope: Node | None = sx.enclosing_function(cond)
    while True:
        root = scope if scope is not None else _root(cond)
        for decl in sx.find(root, ("lexical_declaration",), into_functions=False):
            if not sx.text(src, decl).startswith("const"):
                continue
            for d in decl.named_children:
                if d.type == "variable_declarator" and sx.text(src, d.child_by_field_name("name")) == name:
                    return d.child_by_field_name("value") or cond
        if scope is None:
            return cond
        scope = sx.enclosing_function(scope)


def _root(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


_VALIDATION_ERROR = re.compile(r"(?i)(zod|validation)")


def _validation_only(fn: Function) -> bool:
    """``fn`` starts by leaving unless its first parameter is a validation error
    (`if (!isZodError(error)) return null`): whatever it builds from it is validation feedback."""
    body = fn.body
    stmts = [c for c in body.named_children if c.type != "comment"] if body is not None else []
    if not stmts or stmts[0].type != "if_statement" or not fn.params:
        return False
    src = fn.module.src
    cond = sx.unwrap(stmts[0].child_by_field_name("condition"))
    leaves = sx.find(stmts[0].child_by_field_name("consequence") or stmts[0], ("return_statement", "throw_statement"))
    if cond is None or cond.type != "unary_expression" or not leaves:
        return False
    test = sx.unwrap(cond.named_children[0]) if cond.named_children else None
    if test is None:
        return False
    if test.type == "call_expression":
        guard, args = sx.last_name(sx.callee_name(src, test)), [sx.text(src, a) for a in sx.call_args(test)]
        return bool(_ERROR_GUARD.match(guard)) and bool(_VALIDATION_ERROR.search(guard)) and args == [fn.params[0]]
    if test.type == "binary_expression" and sx.text(src, test.child_by_field_name("operator")) == "instanceof":
        return sx.text(src, test.child_by_field_name("left")) == fn.params[0] and bool(
            _VALIDATION_ERROR.search(sx.text(src, test.child_by_field_name("right")))
        )
    return False


def _fixed_class_branch(ctx: FileContext, node: Node, top: Node, err: str) -> bool:
    """``node`` (inside ``top``) sits in a ternary branch taken only for the app's own error class
    with fixed messages."""
    child, p = node, node.parent
    while p is not None and child != top:
        if p.type == "ternary_expression" and child not in _exposed_branches(ctx, ctx.module, p, err):
            return p.child_by_field_name("condition") != child
        child, p = p, p.parent
    return False


def _fixed_message_class(ctx: FileContext, mod: Module, name: str, seen: frozenset[str] = frozenset()) -> bool:
    """``name`` is an error class the project defines, and no `new` of it (in the tree, tests aside)
    hands it another error's or an upstream's text: its messages are literals or worded by the app
    (`` `Unknown column "${leaf.field}"` ``), also through a parameter its callers fill so. A class that
    wraps an upstream's message (`new ApiError(errorData.message)`, `` `Refused: ${detail}` ``) is raw detail.
    ``seen``: the classes asked about on the way here (a class re-wrapping another's texts)."""
    if name.rsplit(".", 1)[-1] in _GENERIC_ERRORS or name in seen or len(seen) > 3:
        return False
    found = ctx.analyzer.program.resolve_value(mod, name)
    if found is None or found[1].type != "class_declaration":
        return False
    home, cls = found
    local = sx.text(home.src, cls.child_by_field_name("name"))
    position = _message_position(home, cls)
    if position is None:
        return True  # `constructor() { super("Not found") }`
    if position < 0:  # the constructor builds the message itself (`super(body || ...)`)
        ctor = next(
            (
                m
                for m in sx.find(cls, ("method_definition",))
                if sx.text(home.src, m.child_by_field_name("name")) == "constructor"
            ),
            None,
        )
        return ctor is not None and not _raw_text(ctx, home, ctor.child_by_field_name("body"), 0, seen)
    seen = seen | {name}
    return not any(
        _wraps_raw(ctx, m, n, position, seen) for m, n in _made(ctx, home, local) if not _in_other_entry_point(m, n)
    )


_ROUTE_FILE = re.compile(r"(?:^|/)route\.[cm]?[jt]sx?$")
_ROUTE_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


def _in_other_entry_point(mod: Module, node: Node) -> bool:
    """``node`` sits in the body of an exported server action or route handler other than the one
    being checked: `throw new AppError(`Send failed: ${result.error}`)` in one action makes that
    action answer an upstream's text, not every other action answering the class's messages."""
    top, fn = None, sx.enclosing_function(node)
    while fn is not None:
        top, fn = fn, sx.enclosing_function(fn)
    if top is None or any(top.id == c.id for c in _CHECKING):
        return False
    decl, name = top.parent, top.child_by_field_name("name")
    if decl is not None and decl.type == "variable_declarator":  # `export const x = async () => ...`
        name = decl.child_by_field_name("name")
        decl = decl.parent.parent if decl.parent is not None else None
    if decl is None or decl.type != "export_statement":
        return False
    if mod.directive == "use server":
        return True
    return bool(_ROUTE_FILE.search(mod.path)) and name is not None and sx.text(mod.src, name) in _ROUTE_METHODS


def _made(ctx: FileContext, home: Module, local: str) -> Iterator[tuple[Module, Node]]:
    """Each `new` of the class ``local`` declared in ``home``: its own module's first, then those of
    the files that build it, each parsed only once the ones before it are answered (a class that
    wraps raw text somewhere is told by its first such `new`: dub's `DubApiError` is built in ~250
    files, which otherwise were all parsed for every batch that asked)."""
    for n in _news(home, local):
        yield home, n
    for path in _building_files(ctx, local):
        other = ctx.analyzer.program.module(path) if path != home.path else None
        if other is not None:
            for n in _news(other, local):
                yield other, n


def _wraps_raw(ctx: FileContext, mod: Module, new: Node, at: int, seen: frozenset[str]) -> bool:
    """The message argument of ``new`` carries another error's or an upstream's text, also through a
    parameter (or a field of an options parameter, `new QuotaError(options.message)`) some caller in
    the module, or in a file importing it, fills so."""
    args = new.child_by_field_name("arguments")
    given = args.named_children if args is not None else []
    first = sx.strip_types(given[at]) if 0 <= at < len(given) else None
    if first is not None and first.type == "object":  # `new DubApiError({ code, message: "..." })`
        first = sx.strip_types(object_keys(mod.src, first).get("message"))
    if first is None:
        return False
    fn = sx.enclosing_function(new)
    name = sx.text(mod.src, first)
    if first.type == "identifier" and fn is not None and name in sx.param_names(mod.src, fn):
        callee = _function_name(mod.src, fn)
        params = fn.child_by_field_name("parameters")
        position, param = next(
            (i, p)
            for i, p in enumerate(params.named_children if params is not None else [])
            if name in sx.pattern_names(mod.src, p)
        )
        pattern = param.child_by_field_name("pattern")
        by_key = pattern is not None and pattern.type == "object_pattern"  # `({ path, failure }) => ...`
        for call in (
            c for c in mod.parsed.find(("call_expression",)) if callee and sx.callee_name(mod.src, c) == callee
        ):
            call_args = sx.call_args(call)
            if by_key:
                passed = object_keys(mod.src, call_args[0]).get(name) if call_args else None
            else:
                passed = call_args[position] if position < len(call_args) else None
            if passed is not None and _raw_text(ctx, mod, passed, 0, seen):
                return True
        return False
    field = _option_field(mod, first, fn)
    if field is not None:
        return _option_filled_raw(ctx, mod, *field, seen)
    return _raw_text(ctx, mod, first, 0, seen)


def _option_field(mod: Module, member: Node, fn: Node | None) -> tuple[Node, int, str] | None:
    """(function, parameter position, key) when ``member`` reads `options.key` of a plain parameter
    `options` of ``fn`` or of a function around it (`withLimit(work, options)` returning the
    function that throws)."""
    obj = sx.strip_types(member.child_by_field_name("object")) if member.type == "member_expression" else None
    key = member.child_by_field_name("property")
    if obj is None or obj.type != "identifier" or key is None:
        return None
    root = sx.text(mod.src, obj)
    for _ in range(3):
        if fn is None:
            return None
        params = fn.child_by_field_name("parameters")
        for i, p in enumerate(params.named_children if params is not None else []):
            pattern = sx.strip_types(p.child_by_field_name("pattern") or p)
            if pattern is not None and pattern.type == "identifier" and sx.text(mod.src, pattern) == root:
                return fn, i, sx.text(mod.src, key)
        if root in sx.param_names(mod.src, fn):
            return None  # (a destructured or rest parameter)
        fn = sx.enclosing_function(fn)
    return None


def _option_filled_raw(ctx: FileContext, mod: Module, fn: Node, position: int, key: str, seen: frozenset[str]) -> bool:
    """A call of ``fn`` (in its module or a file importing it) hands another error's or an upstream's
    text in the field ``key`` of its options argument at ``position``."""
    callee = _function_name(mod.src, fn)
    if not callee:
        return False
    index = ctx.analyzer.program.index
    paths = [mod.path]
    if isinstance(index.tree, DiskTree | MemoryTree):
        paths += sorted(import_graph(index)[0].get(mod.path, ()))
    for path in paths:
        other = mod if path == mod.path else ctx.analyzer.program.module(path)
        if other is None:
            continue
        for call in other.parsed.find(("call_expression",)):
            if sx.last_name(sx.callee_name(other.src, call)) != callee:
                continue
            call_args = sx.call_args(call)
            passed = object_keys(other.src, call_args[position]).get(key) if position < len(call_args) else None
            if passed is not None and _raw_text(ctx, other, passed, 0, seen):
                return True
    return False


# what a value named so carries: an error's or an upstream's own text
_RAW_WORDS = frozenset(
    {"detail", "details", "message", "msg", "body", "text", "reason", "description", "response", "stderr", "output"}
    | {"stack", "errors", "statustext"}
)
_ERROR_NAMES = frozenset({"e", "err", "error", "ex", "exception", "cause"})
# (not `.json()`: a request's own body is no upstream's text)
_RAW_CALLS = frozenset({"text", "stringify", "String"})


def _raw_text(ctx: FileContext, mod: Module, node: Node | None, depth: int, seen: frozenset[str]) -> bool:
    """``node`` reads another error's or an upstream's text (`err.message`, `await res.text()`,
    `` `Refused: ${detail}` ``), also through the locals it names (a few bindings deep); not the app's
    own texts read back (`_own_text`)."""
    if node is None or depth > 2:
        return False
    src = mod.src
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == "member_expression" and (
            _raw_text_free(mod, n) or _own_text(ctx, mod, n, seen) or _schema_feedback(mod, n)
        ):
            continue  # (nothing below it is raw; `getMessage().NO_TEAM` reads the app's message table)
        if n.type == "ternary_expression":
            # `res.ok ? "Invalid response" : "Unavailable"`: what the test reads is not handed on
            stack.extend(b for b in (n.child_by_field_name("alternative"), n.child_by_field_name("consequence")) if b)
            continue
        if n.type in ("call_expression", "new_expression") and _RESPONSE_MAKER.match(_made_by(src, n)):
            # `NextResponse.json({ error: "Staff only" }, { status: 403 })`: a response the function builds
            # carries what its arguments do (`Response` names no text)
            args = n.child_by_field_name("arguments")
            stack.extend(reversed(args.named_children) if args is not None else [])
            continue
        stack.extend(c for c in reversed(n.children) if not sx.is_function(c))
        if n.type == "call_expression" and sx.last_name(sx.callee_name(src, n)) in _RAW_CALLS:
            return True
        if n.type not in ("identifier", "property_identifier", "shorthand_property_identifier"):
            continue
        if n.parent is not None and n.parent.type == "pair" and n.parent.child_by_field_name("key") == n:
            continue  # a key names the field, it carries nothing
        name = sx.text(src, n)
        if n.type == "identifier":
            local = _local_value(mod, n, name)
            constant = sx.strip_types(mod.values.get(name)) if local is None else None
            if constant is not None and (constant.type == "number" or _fixed_string(mod, constant)):
                continue  # `MAX_BODY`, `RACED_MESSAGE`: a module constant the app wrote
            if local is None and constant is None and _imported_text_constant(ctx, mod, name):
                continue  # `NOT_OWNER_MESSAGE` imported from the project's texts module: its own words
            if _own_answer(ctx, mod, local):
                continue  # `const err = uploadProblem(file)`: a validator's own wording
            if local is not None and _table_text(mod, local):
                continue  # `const reasonLabel = closed ? "Closed" : "Holiday"`: only the app's texts
        if name in _ERROR_NAMES or set(vocab.words(name)) & _RAW_WORDS:
            return True
        if n.type == "identifier" and depth < 2:
            fn = sx.enclosing_function(n)
            for decl in sx.find(fn, ("variable_declarator", "assignment_expression")) if fn is not None else []:
                left = decl.child_by_field_name("name" if decl.type == "variable_declarator" else "left")
                right = decl.child_by_field_name("value" if decl.type == "variable_declarator" else "right")
                if (
                    left is not None
                    and name in sx.pattern_names(src, left)
                    and _raw_text(ctx, mod, right, depth + 1, seen)
                ):
                    return True
    return False


def _imported_text_constant(ctx: FileContext, mod: Module, name: str) -> bool:
    """``name`` is imported from a project module (or workspace package) that binds it to a number or
    a fixed text (`export const NOT_OWNER_MESSAGE = "Only the owner ..."`): the app's own wording,
    whatever its name says; one read from the environment or a call is not."""
    if name not in mod.imports:
        return False
    found = ctx.analyzer.program.resolve_value(mod, name)
    if found is None:
        return False
    home, value = found[0], sx.strip_types(found[1])
    return value is not None and (value.type == "number" or _fixed_string(home, value))


_RESPONSE_MAKER = re.compile(r"^(?:Next)?Response(?:\.json)?$")


def _made_by(src: bytes, node: Node) -> str:
    """The callee of a call, or the class of a `new`, as text."""
    if node.type == "call_expression":
        return sx.callee_name(src, node)
    ctor = sx.strip_types(node.child_by_field_name("constructor"))
    return sx.text(src, ctor) if ctor is not None else ""


_REQUEST_NAMES = frozenset({"req", "request"})
# what reads the request's own input (`parseRequest(contract, request)`, `readBody(req)`), not a
# function handed the request that answers with someone else's text (`forwardToUpstream(request)`)
_REQUEST_READER = re.compile(r"(?i)(parse|valid|body|json|input|params|query)")


def _own_text(ctx: FileContext, mod: Module, member: Node, seen: frozenset[str]) -> bool:
    """``member`` reads no other party's text: the message of an error narrowed to a class of the app's
    own with fixed texts (`if (e instanceof RuleError) throw new ViewError(e.message)`), what the caller
    sent (`parsed.data.body` of `parseRequest(request)`), or a field a project function only ever fills
    with a literal text (`preflight.reason`)."""
    src = mod.src
    root = sx.root_identifier(src, member)
    obj = sx.strip_types(member.child_by_field_name("object"))
    if root is None or obj is None:
        return False
    message = obj.type == "identifier" and sx.text(src, member.child_by_field_name("property")) == "message"
    if message and any(_fixed_message_class(ctx, mod, cls, seen) for cls in _narrowed_to(mod, member, root)):
        return True
    bound = sx.unwrap(_local_value(mod, member, root))
    if root in _REQUEST_NAMES or (
        bound is not None
        and bound.type == "call_expression"
        and _REQUEST_READER.search(sx.last_name(sx.callee_name(src, bound))) is not None
        and any(sx.text(src, sx.unwrap(a)) in _REQUEST_NAMES for a in sx.call_args(bound))
    ):
        return True  # (the caller's own input, echoed back)
    if obj.type != "identifier" or bound is None:
        return False
    return _fixed_result_field(ctx, mod, member, bound) or _service_refusal_reason(ctx, mod, member, bound)


def _schema_feedback(mod: Module, member: Node) -> bool:
    """`parsed.error.issues[0].message` with `parsed = schema.safeParse(input)`: the schema's feedback on
    what the caller sent (the app's own rule texts), not another party's text."""
    if not _VALIDATION_FEEDBACK.search(sx.text(mod.src, member)):
        return False
    root = sx.root_identifier(mod.src, member)
    bound = sx.unwrap(_local_value(mod, member, root)) if root is not None else None
    return (
        bound is not None
        and bound.type == "call_expression"
        and sx.last_name(sx.callee_name(mod.src, bound)) in _PARSE_CALLS
    )


_VERDICT_FLAGS = frozenset({"success", "allowed"})
_PARSE_CALLS = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync"})


def _service_refusal_reason(ctx: FileContext, mod: Module, member: Node, bound: Node) -> bool:
    """`verdict.error` inside `if (!verdict.success)` (or `if ("error" in verdict)`), where `verdict` is
    what a project function answers as a reply it parsed against the app's own schema (`return
    Verdict.safeParse(json).data`): the reason a service (a billing or quota check) declares for
    refusing, worded for users, not a caught error's or a failed response's text."""
    src = mod.src
    root = sx.text(src, member.child_by_field_name("object"))
    if not _under_refusal(src, member, root) or bound.type != "call_expression":
        return False
    target = ctx.analyzer.target(mod, bound)
    if target is None or target.body is None or target.body.type != "statement_block":
        return False
    values = [r.named_children[0] for r in sx.find(target.node, ("return_statement",), False) if r.named_children]
    return bool(values) and all(_parsed_reply(target.module, target.node, v) for v in values)


def _under_refusal(src: bytes, node: Node, root: str) -> bool:
    """``node`` sits in the then-branch of `if (!root.success)` (or `root.success === false`)."""
    child, p = node, node.parent
    while p is not None and not sx.is_function(p):
        if p.type == "if_statement" and p.child_by_field_name("consequence") == child:
            cond = sx.text(src, sx.unwrap(p.child_by_field_name("condition"))).replace(" ", "")
            if cond in (f"'error'in{root}", f'"error"in{root}'):
                return True  # `if ("error" in verdict)`: the refusal variant
            for flag in _VERDICT_FLAGS:
                if cond in (f"!{root}.{flag}", f"{root}.{flag}===false", f"!{root}?.{flag}"):
                    return True
        child, p = p, p.parent
    return False


def _parsed_reply(mod: Module, fn: Node, value: Node) -> bool:
    """``value`` is a schema parse's output: `Schema.parse(x)`, or `.data` of a local bound to
    `Schema.safeParse(x)`."""
    node = sx.unwrap(value)
    if node is not None and node.type == "call_expression":
        return sx.last_name(sx.callee_name(mod.src, node)) in _PARSE_CALLS
    if (
        node is None
        or node.type != "member_expression"
        or sx.text(mod.src, node.child_by_field_name("property")) != "data"
    ):
        return False
    obj = sx.strip_types(node.child_by_field_name("object"))
    if obj is None or obj.type != "identifier":
        return False
    for decl in sx.find(fn, ("variable_declarator",)):
        if sx.text(mod.src, decl.child_by_field_name("name")) == sx.text(mod.src, obj):
            call = sx.unwrap(decl.child_by_field_name("value"))
            return (
                call is not None
                and call.type == "call_expression"
                and (sx.last_name(sx.callee_name(mod.src, call)) in _PARSE_CALLS)
            )
    return False


def _local_value(mod: Module, node: Node, name: str) -> Node | None:
    """The value ``name`` is declared with (`const name = ...`), in the functions around ``node``."""
    fn = sx.enclosing_function(node)
    for _ in range(3):
        if fn is None:
            return None
        for decl in sx.find(fn, ("variable_declarator",), False):
            left = decl.child_by_field_name("name")
            if left is not None and name in sx.pattern_names(mod.src, left):
                return decl.child_by_field_name("value")
        fn = sx.enclosing_function(fn)
    return None


def _narrowed_to(mod: Module, node: Node, err: str) -> list[str]:
    """The classes ``err`` is an instance of where ``node`` runs: inside `if (err instanceof X)` or
    `err instanceof X ? ... : ...`, or after `if (!(err instanceof X)) throw err` in the same block."""
    src = mod.src
    out: list[str] = []
    child, p = node, node.parent
    while p is not None and not sx.is_function(p):
        if p.type in ("if_statement", "ternary_expression") and child == p.child_by_field_name("consequence"):
            out += _instance_tests(src, p.child_by_field_name("condition"), err, False)
        elif p.type == "statement_block":
            for stmt in p.named_children:
                if stmt.start_byte >= child.start_byte:
                    break
                if sx.exit_guard(src, stmt):
                    out += _instance_tests(src, stmt.child_by_field_name("condition"), err, True)
        child, p = p, p.parent
    return out


def _instance_tests(src: bytes, cond: Node | None, err: str, negated: bool) -> list[str]:
    """The classes ``cond`` (or, ``negated``, its negation `!(err instanceof X)`) proves ``err`` is."""
    cond = sx.unwrap(cond)
    if negated:
        if cond is None or cond.type != "unary_expression" or sx.text(src, cond.child_by_field_name("operator")) != "!":
            return []
        cond = sx.unwrap(cond.child_by_field_name("argument"))
    if cond is None or cond.type != "binary_expression":
        return []
    op = sx.text(src, cond.child_by_field_name("operator"))
    left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
    if op == "&&" and not negated:
        return _instance_tests(src, left, err, False) + _instance_tests(src, right, err, False)
    if op == "instanceof" and sx.text(src, sx.strip_types(left)) == err and right is not None:
        return [sx.text(src, right)]
    return []


def _fixed_result_field(ctx: FileContext, mod: Module, member: Node, bound: Node) -> bool:
    """``member`` (`preflight.reason` of `const preflight = await seatPreflight(id)`) is a field that
    the project function's every answer leaves out or sets to a literal text, also through a local
    only ever assigned literals (`let reason = null; if (...) reason = "Seats are frozen"`)."""
    target = ctx.analyzer.target(mod, bound) if bound.type == "call_expression" else None
    if target is None:
        return False
    tsrc = target.module.src
    field = sx.text(mod.src, member.child_by_field_name("property"))
    values = [r.named_children[0] for r in sx.find(target.node, ("return_statement",), False) if r.named_children]
    body = target.body
    if body is not None and body.type != "statement_block":
        values.append(body)
    for returned in values:
        value = sx.unwrap(returned)
        if value is not None and value.type in ("null", "undefined"):
            continue  # (`return null`: nothing to report)
        if value is None or value.type != "object":
            return False
        given = object_keys(tsrc, value).get(field)
        if given is None and any(c.type == "spread_element" for c in value.named_children):
            return False  # (`{ ...rest }` may carry it)
        if (
            given is not None
            and not _literal_values(target, given)
            and not _worded_text(ctx, target, given)
            and not _worded_list(ctx, target, given)
        ):
            return False
    return bool(values)


def _worded_list(ctx: FileContext, fn: Function, node: Node) -> bool:
    """``node`` is a list of texts ``fn`` words itself: an array literal of them (`["Choose a password"]`),
    or a local declared `[]` that is only ever `push`ed such texts (a validator's `errors`); not one
    collecting what a caught error or an upstream said (`errors.push(e.message)`)."""
    src = fn.module.src
    node = sx.strip_types(node) or node
    if node.type == "array":
        items = [c for c in node.named_children if c.type != "comment"]
        return all(_literal_values(fn, c) or _worded_text(ctx, fn, c) for c in items)
    if node.type not in ("identifier", "shorthand_property_identifier"):
        return False
    name = sx.text(src, node)
    declared = [
        d for d in sx.find(fn.node, ("variable_declarator",)) if sx.text(src, d.child_by_field_name("name")) == name
    ]
    if len(declared) != 1:
        return False
    start = sx.strip_types(declared[0].child_by_field_name("value"))
    own = declared[0].child_by_field_name("name")
    if start is None or own is None or start.type != "array" or not _worded_list(ctx, fn, start):
        return False
    for ident in sx.find(fn.node, ("identifier",)):
        if sx.text(src, ident) != name or ident.id == own.id:
            continue
        p = ident.parent
        if p is not None and p.type == "assignment_expression" and p.child_by_field_name("left") == ident:
            return False  # (given another list later)
        if p is None or p.type != "member_expression" or sx.text(src, p.child_by_field_name("property")) != "push":
            continue  # (read: `errors.length`, `return { errors }`)
        call = p.parent
        if call is None or call.type != "call_expression":
            return False
        if not all(_literal_values(fn, a) or _worded_text(ctx, fn, a) for a in sx.call_args(call)):
            return False
    return True


def _worded_text(ctx: FileContext, fn: Function, node: Node) -> bool:
    """``node`` is a template the app words itself (`` `Too large (max ${capMb} MB)` ``): no
    substitution reads another error's or an upstream's text."""
    node = sx.strip_types(node) or node
    return node.type == "template_string" and not _raw_text(ctx, fn.module, node, 0, frozenset())


def _own_answer(ctx: FileContext, mod: Module, bound: Node | None) -> bool:
    """``bound`` calls a project function (a validator) whose every answer is none or a text it words
    itself (`return "Only images can be attached"`, `` return `Too large (max ${mb} MB)` ``)."""
    bound = sx.unwrap(bound)
    if bound is None or bound.type != "call_expression":
        return False
    target = ctx.analyzer.target(mod, bound)
    if target is None or target.body is None or target.body.type != "statement_block":
        return False
    values = [r.named_children[0] for r in sx.find(target.node, ("return_statement",), False) if r.named_children]
    nonnull = [v for v in (sx.unwrap(v) for v in values) if v is not None and v.type not in ("null", "undefined")]
    return bool(nonnull) and all(_literal_values(target, v) or _worded_text(ctx, target, v) for v in nonnull)


def _literal_values(fn: Function, node: Node) -> bool:
    """``node`` is a literal text or none, or a local of ``fn`` only ever given such values."""
    src = fn.module.src
    node = sx.strip_types(node) or node
    if node.type in ("null", "undefined") or _fixed_string(fn.module, node) or _table_text(fn.module, node):
        return True
    if node.type == "ternary_expression":
        branches = (node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
        return all(b is not None and _literal_values(fn, b) for b in branches)
    if node.type not in ("identifier", "shorthand_property_identifier"):
        return False
    name = sx.text(src, node)
    given: list[Node | None] = []
    for decl in sx.find(fn.node, ("variable_declarator", "assignment_expression")):
        declared = decl.type == "variable_declarator"
        left = decl.child_by_field_name("name" if declared else "left")
        if left is not None and left.type == "identifier" and sx.text(src, left) == name:
            given.append(sx.strip_types(decl.child_by_field_name("value" if declared else "right")))
    return bool(given) and all(
        v is not None and (v.type in ("null", "undefined") or _fixed_string(fn.module, v)) for v in given
    )


def _table_text(mod: Module, node: Node | None) -> bool:
    """`MESSAGES.NO_SEATS` of a module object constant whose field is a literal text (the app's own
    table of messages), or a ternary choosing between such texts and literals."""
    node = sx.strip_types(node)
    if node is None:
        return False
    if node.type == "ternary_expression":
        branches = (node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
        return all(_fixed_string(mod, b) or _table_text(mod, b) for b in branches)
    obj = sx.strip_types(node.child_by_field_name("object")) if node.type == "member_expression" else None
    named = obj is not None and obj.type == "identifier"
    table = sx.strip_types(mod.values.get(sx.text(mod.src, obj))) if named else None
    if table is None or table.type != "object":
        return False
    return _fixed_string(mod, object_keys(mod.src, table).get(sx.text(mod.src, node.child_by_field_name("property"))))


def _news(mod: Module, local: str) -> list[Node]:
    news = mod.parsed.find(("new_expression",))
    return [n for n in news if sx.text(mod.src, n.child_by_field_name("constructor")) == local]


_NEW_CLASS = re.compile(rb"\bnew\s+([A-Z]\w*)\s*\(")
_NOT_SHIPPED = re.compile(r"(^|/)(__tests__|__mocks__|tests?|e2e)/|\.(test|spec|stories)\.[cm]?[jt]sx?$")


def _building_files(ctx: FileContext, name: str) -> list[str]:
    """The source files that build ``name`` (`new Name(`), from one pass over the tree's sources
    (only trees that hold every file: elsewhere, the class's own module alone)."""
    index = ctx.analyzer.program.index
    if not isinstance(index.tree, DiskTree | MemoryTree):
        return []

    def scan() -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for path in index.paths:
            if not is_source_path(path) or _NOT_SHIPPED.search(path):
                continue  # (a test builds the class with whatever text it likes)
            data = read_once(index.tree, path)
            for cls in set(_NEW_CLASS.findall(data or b"")):
                found.setdefault(cls.decode(), []).append(path)
        return found

    news: dict[str, list[str]] = tree_fact(index.tree, "error_news", scan)
    return news.get(name, [])


def _message_position(mod: Module, cls: Node) -> int | None:
    """Which constructor argument becomes the message: the parameter the constructor hands `super`
    first (None when it hands a literal), else the first (the inherited `Error(message)`)."""
    for method in sx.find(cls, ("method_definition",), False):
        if sx.text(mod.src, method.child_by_field_name("name")) != "constructor":
            continue
        for call in sx.find(method, ("call_expression",), False):
            if sx.text(mod.src, call.child_by_field_name("function")) != "super":
                continue
            args = sx.call_args(call)
            first = sx.strip_types(args[0]) if args else None
            if first is not None and sx.string_value(mod.src, first) is not None:
                return None
            if (
                first is not None
                and first.type == "binary_expression"
                and sx.text(mod.src, first.child_by_field_name("operator")) in ("||", "??")
                and not _raw_text_free(mod, first.child_by_field_name("right"))
            ):
                return -1
            if first is not None and first.type == "binary_expression":
                # `super(message || "Unauthorised")`: the argument, or a default text of the class's own
                first = sx.strip_types(first.child_by_field_name("left"))
            params = method.child_by_field_name("parameters")
            for i, param in enumerate(params.named_children if params is not None else []):
                if first is not None and sx.text(mod.src, first) in sx.pattern_names(mod.src, param):
                    return i
            return -1  # a message built some other way: never a fixed text
    return 0


def _raw_text_free(mod: Module, node: Node | None) -> bool:
    """A default message that is a literal, or a field of the app's message table (`getMessage().X`,
    `MESSAGES.X`): no names but the table's."""
    node = sx.strip_types(node)
    if node is None:
        return False
    if sx.string_value(mod.src, node) is not None:
        return True
    if node.type != "member_expression":
        return False
    obj = sx.strip_types(node.child_by_field_name("object"))
    if obj is not None and obj.type == "call_expression" and not sx.call_args(obj):
        obj = sx.strip_types(obj.child_by_field_name("function"))
    return obj is not None and obj.type == "identifier" and _MESSAGE_TABLE.search(sx.text(mod.src, obj)) is not None


_MESSAGE_TABLE = re.compile(r"(?i)(messages?|texts?|strings|copy|errors)$")


def _function_name(src: bytes, fn: Node) -> str:
    """The name a function is called by: `function f() {}` or `const f = () => {}`."""
    name = fn.child_by_field_name("name")
    if name is None and fn.parent is not None and fn.parent.type == "variable_declarator":
        name = fn.parent.child_by_field_name("name")
    return sx.text(src, name) if name is not None else ""


def _pinned_to_literal(ctx: FileContext, node: Node) -> bool:
    """`if (err.message === "DAILY_LIMIT_REACHED") return { error: err.message }`: inside that
    branch the detail is the app's own constant, not the raw error."""
    detail = _plain(ctx.text(node))
    return _inside_if(node, lambda cond: _equals_literal(ctx, cond, detail), stop_at_catch=True)


def _plain(text: str) -> str:
    """``text`` of a member read with optional chaining as a plain one (`err?.message` is `err.message`)."""
    return text.replace("?.", ".")


def _equals_literal(ctx: FileContext, cond: Node | None, detail: str) -> bool:
    """``cond`` holds only when ``detail`` equals a string literal (`a === "X"`, also in an `&&`, or
    one of several, `a === "X" || a === "Y"`, `["X", "Y"].includes(a)`) or holds one
    (`a.includes("X")`, `a.startsWith("X")`)."""
    cond = sx.unwrap(cond)
    if cond is not None and cond.type == "call_expression" and _listed_literals(ctx, cond, detail):
        return True
    if cond is not None and cond.type == "call_expression":
        # `err.message.includes("state")`: only messages holding the app's own word pass
        fn = sx.strip_types(cond.child_by_field_name("function"))
        args = sx.call_args(cond)
        return (
            fn is not None
            and fn.type == "member_expression"
            and ctx.text(fn.child_by_field_name("property")) in ("includes", "startsWith", "endsWith")
            and _plain(ctx.text(sx.strip_types(fn.child_by_field_name("object")))) == detail
            and len(args) == 1
            and bool(sx.string_value(ctx.src, args[0]))
        )
    if cond is None or cond.type != "binary_expression":
        return False
    op = ctx.text(cond.child_by_field_name("operator"))
    left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
    if op == "&&":
        return _equals_literal(ctx, left, detail) or _equals_literal(ctx, right, detail)
    if op == "||":
        return _equals_literal(ctx, left, detail) and _equals_literal(ctx, right, detail)
    if op not in ("===", "=="):
        return False
    for a, b in ((left, right), (right, left)):
        if _plain(ctx.text(sx.strip_types(a))) == detail and sx.string_value(ctx.src, b) is not None:
            return True
    return False


def _listed_literals(ctx: FileContext, call: Node, detail: str) -> bool:
    """`["Already exists", "Not allowed"].includes(err.message)`: ``detail`` is one of the literals listed."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression" or ctx.text(fn.child_by_field_name("property")) != "includes":
        return False
    listed = sx.unwrap(fn.child_by_field_name("object"))
    args = sx.call_args(call)
    return (
        listed is not None
        and listed.type == "array"
        and bool(listed.named_children)
        and all(sx.string_value(ctx.src, c) is not None for c in listed.named_children)
        and len(args) == 1
        and _plain(ctx.text(sx.strip_types(args[0]))) == detail
    )


def _client_never_used(ctx: FileContext, handler: Node) -> bool:
    """The safe-action client whose options hold ``handler`` (`const spareClient = createSafeActionClient({
    handleServerError })`) is a module-level local named nowhere else, not even exported: no action is built
    on it, and its handler answers nobody. (An exported client stays reported, imported or not: the
    module offers it to action files, present or to come.)"""
    decl = next((p for p in sx.ancestors(handler) if p.type == "variable_declarator"), None)
    ident = decl.child_by_field_name("name") if decl is not None else None
    top = decl.parent.parent if decl is not None and decl.parent is not None else None
    if ident is None or ident.type != "identifier" or top is None or top.type != "program":
        return False
    name = ctx.text(ident)
    if name in ctx.module.exports.values() or name in ctx.module.exports:
        return False
    return not any(
        use.start_byte != ident.start_byte and ctx.text(use) == name
        for use in ctx.module.parsed.find(("identifier", "shorthand_property_identifier"))
    )


def _outside_production(ctx: FileContext, node: Node, fn: Node) -> bool:
    """`if (process.env.NODE_ENV === "development" || NODE_ENV === "test") return { error: e.stack }`:
    an answer only a development or test server gives."""
    child = node
    for p in sx.ancestors(node):
        if p == fn:
            break
        if p.type == "if_statement":
            cond = p.child_by_field_name("condition")
            if child == p.child_by_field_name("consequence") and deployment.false_in_production(ctx.src, cond):
                return True
            if child == p.child_by_field_name("alternative") and deployment.true_in_production(ctx.src, cond):
                return True
        child = p
    return deployment.past_production_exit(ctx.src, node)
