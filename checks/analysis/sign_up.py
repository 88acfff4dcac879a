"""Sign-ups (and the other password steps) recognised by what an entry point does with the caller's
password, whatever it is called: one reading shared by missing-rate-limit (a sign-up is a sensitive
endpoint) and missing-auth (a sign-up is an authentication endpoint, exempt), so both rules call the same
action a sign-up. `createClientUser({ ...form, password: form.password })` by a signed-out caller, or
`bcrypt.hash(password, 12)` stored by one, makes an account from what the form sends."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tree_sitter import Node

from checks.analysis import guards, sessions
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import DbOp
from checks.analysis.entry_points import EntryPoint
from checks.analysis.flow import Event, Flow, Summary, identifiers
from checks.analysis.model_secrets import prisma_models
from checks.analysis.module import Module
from checks.context import FileContext
from checks.project import import_graph
from checks.sources import DiskTree, MemoryTree, read_once

# What a caller guesses at a sign-in or code check: `password`, `code`, `otp`, `token`, `currentPassword`.
CREDENTIAL_WORDS = frozenset(
    {"password", "passcode", "code", "otp", "totp", "token", "pin", "credentials", "credential"}
)
QUALIFIERS = frozenset(
    {
        "current",
        "new",
        "old",
        "confirm",
        "verification",
        "one",
        "time",
        "auth",
        "mfa",
        "two",
        "factor",
        "email",
        "sms",
        "reset",
        "login",
        "user",
        "backup",
        "recovery",
        "2fa",
        "access",
        # a code typed in to pair a device (`pairingCode`): read off a screen, so short
        "pairing",
    }
)

_HASH_CALL = re.compile(r"^(hash|hashSync|hash\w*Password)$")


_OAUTH_CALLBACK = re.compile(r"(?i)(^|/)(oauth/|callbacks?(/|\.[jt]sx?$))")
VERIFY_CALL = re.compile(r"^(compare|compareSync|verify|verifySync|check|timingSafeEqual|safeCompare)$")
# a project helper named for checking a password against its hash: `comparePassword`, `verifyPasswordHash`
PASSWORD_CHECK_CALL = re.compile(r"^(compare|verify|check)_?(user_?|account_?)?Password(s|_?Hash)?$", re.IGNORECASE)


# an auth library's own sign-up (better-auth `auth.api.signUpEmail`, Supabase `supabase.auth.signUp`,
# Firebase `createUserWithEmailAndPassword(auth, ...)`), called on a library object, not a project helper
_PROVIDER_SIGN_UP = re.compile(
    r"^(signUp|signUpEmail|signUpWithEmail|signUpWithPassword|createUserWithEmailAndPassword)$"
)


# The sign-up step as a word of its own anywhere in a name: `companySignUp`, `venueSignUpFromPartner`,
# `partner_sign_up_with_invite`, `signUpHandler` (not `SignUpdate`, nor the list of them, `SignUps`)
_SIGN_UP_WORD = re.compile(r"(?:^|_)[Ss]ign_?[Uu]p(?![a-z])|(?<=[a-z0-9])Sign_?[Uu]p(?![a-z])|SIGN_?UP(?![A-Z])")
# ... after a verb that acts on sign-ups made or on the sign-up form: an operator's step or a read
# (`getSignUpStats`, `approveSignUp`, `disableSignUp`), not the caller's own sign-up
_ON_SIGN_UPS = re.compile(
    r"(?i)^(get|list|fetch|load|read|find|count|search|query|export|delete|remove|cancel|approve|reject|decline|"
    r"deny|update|edit|toggle|disable|enable|allow|block|close|open|set|save|configure|review|track|log|record|"
    r"undo|revoke)(?![a-z])"
)


def named_sign_up(ep: EntryPoint) -> bool:
    """The entry point is named for the caller's own sign-up, by its exported name or the wrapped handler's
    (`export const companySignUpFromUntaxed = createFormAction(companySignUpUntaxedHandler, schema)`): the
    reading missing-auth (an authentication endpoint, exempt) and missing-rate-limit (a sign-up, sensitive)
    share, so both call it the same."""
    for name in {ep.name, ep.fn.name}:
        if name in ("default", "<anonymous>") or not name:
            continue
        m = _SIGN_UP_WORD.search(name)
        if m is not None and not _ON_SIGN_UPS.match(name[: m.start()] or name):
            return True
    return False


def provider_sign_up_call(ctx: FileContext, call: Node) -> bool:
    """`auth.api.signUpEmail(...)`: the auth library makes an account (a project function of that name is
    the project's, whatever it does)."""
    callee = sx.callee_name(ctx.src, call)
    last = sx.last_name(callee)
    if not _PROVIDER_SIGN_UP.match(last) or ("." not in callee and last != "createUserWithEmailAndPassword"):
        return False
    return ctx.analyzer.target(ctx.module, call) is None


def accounts_made_by_provider(ctx: FileContext, fn: Node, before: int) -> set[str]:
    """The locals bound to an auth library's sign-up result before ``before`` in ``fn``
    (`const res = await auth.api.signUpEmail(...)`, `const { data } = await supabase.auth.signUp(...)`):
    the account this endpoint has just made is `res.user.id`, `data.user.id`."""
    text = ctx.src[fn.start_byte : before]
    if b"ignUp" not in text and b"WithEmailAndPassword" not in text:
        return set()  # (cheap: no call before it can be one)
    out: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(decl.child_by_field_name("value"))  # (through the `await`)
        if (
            decl.start_byte < before
            and value is not None
            and value.type == "call_expression"
            and provider_sign_up_call(ctx, value)
        ):
            out.update(sx.pattern_names(ctx.src, decl.child_by_field_name("name")))
    return out


def stored(ctx: FileContext, node: Node | None, flow: Flow) -> bool:
    """A value read from the database (`note.lockPin`) or the environment (`process.env.ADMIN_PIN`)."""
    root = sx.root_identifier(ctx.src, sx.strip_types(node)) if node is not None else None
    return root is not None and (root in flow.records or root == "process")


def _stored_hash(ctx: FileContext, node: Node, client: set[str]) -> bool:
    """`login.passwordHash` of a row read where the flow keeps no record (inside a transaction's
    callback): a value named for a hash that the caller did not send."""
    node = sx.strip_types(node) or node
    if node.type not in ("identifier", "member_expression"):
        return False
    root = sx.root_identifier(ctx.src, node)
    ws = vocab.words(sx.last_name(ctx.text(node)))
    return root is not None and root not in client and bool({"hash", "hashed"} & set(ws))


def oauth_callback(ep: EntryPoint) -> bool:
    """An OAuth callback route: its session comes from the provider, not from a password."""
    return ep.kind in ("route", "pages-api") and bool(_OAUTH_CALLBACK.search(ep.path))


def signs_up_by_behaviour(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """A sign-up by what it does: a signed-out caller's password handed to a call that creates
    (`createAccount({ email, password })`), or hashed and filed in a new account row, here or in a
    project helper handed the form (`createClientUser(user)` hashing `user.password` into a `create`).
    A password hashed into an existing row (`update`) makes no account: whoever calls overwrites one.
    Limiters are not asked about here: a limited sign-up is still a sign-up (missing-rate-limit asks
    them itself, and counts any password step of a signed-out caller as sensitive)."""
    # (cheap: no name in it can end in `password` without the word in its text)
    if (
        not flow.final.role
        and not oauth_callback(ep)
        and b"password" in ctx.src[ep.fn.node.start_byte : ep.fn.node.end_byte].lower()
    ):
        calls = sx.find_outside_functions(ep.fn.module.parsed, ep.fn.node, ("call_expression",))
        step = password_step(ctx, ep, flow, calls, flow.final.client - request_names(ep))
        if step is not None and step[0] == "sign_up" and _makes_account(ctx, flow, step[1]):
            return True
    return hashes_password_signed_out(ctx, ep, flow, new_account=True)


def _makes_account(ctx: FileContext, flow: Flow, call: Node) -> bool:
    """`bcrypt.hash(password, 12)` filed only in new account rows; a call named for creating
    (`createAccount`) that, when it is the project's own, writes nothing but new rows."""
    if hashes_password(ctx.src, call):
        writes = [ev for ev, _ in _account_writes_of(ctx, flow, call)]
        return bool(writes) and all(ev.op is not None and _NEW_ROW.match(ev.op.verb) for ev in writes)
    target = ctx.analyzer.target(ctx.module, call)
    return target is None or _only_new_rows(ctx.analyzer.summary(target))


def _only_new_rows(summary: Summary) -> bool:
    """A project function whose writes all file new rows, and that writes some."""
    writes = [op for op in summary.ops if op.kind == "write"]
    return bool(writes) and all(_NEW_ROW.match(op.verb) for op in writes)


def password_step(
    ctx: FileContext, ep: EntryPoint, flow: Flow, calls: list[Node], client: set[str]
) -> tuple[str, Node] | None:
    """The first call handed a password the caller sends (``client``: the caller's names): by a signed-out
    caller a sign-in or a sign-up (a call that creates, or a hash to store), or a password set; by a
    signed-in one a call that sets a password is a password change, and a compare with a stored
    hash a password confirmation. ("sign_in", "sign_up", "change_password", "reset_password" or
    "confirm_password", the call)"""
    confirm: Node | None = None
    for call in calls:
        callee = sx.callee_name(ctx.src, call)
        if _NOT_PASSWORD_WORK.match(callee) or ctx.analyzer.vocab.is_validation(callee):
            continue
        last = sx.last_name(callee)
        # (a value not named for a password counts when compared with the caller's own password hash)
        # (a password read back from a row, `openStoredPassword(row.password)`, is the store's, not one the
        # caller sends, even when the row was picked by the caller's id)
        sent = any(client_password(ctx, a, client) and not stored(ctx, a, flow) for a in sx.call_args(call))
        if not sent and not (VERIFY_CALL.match(last) and _own_password_compared(ctx, flow, call, client)):
            continue
        if not signed_in_before(ctx, ep, call):
            if hashes_password(ctx.src, call) and filed_under_session(ctx, flow, call):
                continue
            if _SETS_PASSWORD.match(last):
                # `auth.api.setPassword({ body: { newPassword } })` with nobody checked first: a password
                # set (or a reset completed), not a sign-in, whatever else is missing
                return ("reset_password" if last.startswith("reset") else "change_password"), call
            # (`bcrypt.hash(password, 10)` stores a credential: nothing is compared to sign anyone in)
            return ("sign_up" if _CREATES.match(last) or hashes_password(ctx.src, call) else "sign_in"), call
        if _SETS_PASSWORD.match(last) or (hashes_password(ctx.src, call) and _stored_on_account(ctx, flow, call)):
            return "change_password", call
        checks = VERIFY_CALL.match(last) or PASSWORD_CHECK_CALL.match(last)
        if (
            confirm is None
            and checks
            and any(
                stored(ctx, a, flow) or _stored_hash(ctx, a, client) or _own_row_password(ctx, a, flow, client)
                for a in sx.call_args(call)
            )
        ):
            # `bcrypt.compare(password, user.password)` by a signed-in caller: the password asked again
            # before something sensitive, as guessable as at sign-in (unless the password is then changed)
            confirm = call
    return ("confirm_password", confirm) if confirm is not None else None


def _own_row_password(ctx: FileContext, node: Node, flow: Flow, client: set[str]) -> bool:
    """`dbUser.password` of the caller's own account row read by a project helper handed the session's id
    (`getUserById(session.user.id)`, a read the flow keeps no record of): the password stored for the caller."""
    node = sx.strip_types(node) or node
    if node.type != "member_expression":
        return False
    root = sx.root_identifier(ctx.src, node)
    own = flow.final.fetched - flow.final.client - client
    return root is not None and root in own and "password" in vocab.words(sx.last_name(ctx.text(node)))


def _own_password_compared(ctx: FileContext, flow: Flow, call: Node, client: set[str]) -> bool:
    """`bcrypt.compare(current, row.password_hash)`, `row` read by the signed-in caller's own id: whatever the
    form calls it, a value the caller sends compared with their own account's password hash is their
    password asked again (not a resource's password, `locker.password_hash` picked by a client id)."""
    args = [sx.strip_types(a) for a in sx.call_args(call)]
    sent = any(a is not None and sx.root_identifier(ctx.src, a) in client and not stored(ctx, a, flow) for a in args)
    for a in args:
        if not sent or a is None or a.type != "member_expression" or not stored(ctx, a, flow):
            continue
        if "password" not in vocab.words(sx.last_name(ctx.text(a))):
            continue
        op = flow.records.get(sx.root_identifier(ctx.src, a) or "")
        at = next((e for e in flow.events if op is not None and e.op is op), None)
        if op is None or at is None:
            continue
        picked = set().union(*(identifiers(ctx.src, n) for n in op.args)) if op.args else set()
        # (the row picked by the session's id alone: no client value chooses whose password it is)
        if picked & (at.state.session | at.state.fetched) and not picked & at.state.client:
            return True
    return False


def hashes_password_signed_out(ctx: FileContext, ep: EntryPoint, flow: Flow, new_account: bool = False) -> bool:
    """Nobody is signed in and the entry point hashes a password the caller sends (`bcrypt.hash(password,
    12)`) to store it: an account is created (or its password set), a sign-up whatever it is called.
    With ``new_account``, only when the hash is filed in new rows (here or in the helper handed it)."""
    if ep.kind in ("action", "inline-action", "route") and not sx.param_names(ctx.src, ep.fn.node):
        # a seeder hashing its own literal password (also a `GET()` route, handed no request): the caller
        # sends nothing to sign up with
        return False
    calls = sx.find(ep.fn.node, ("call_expression",))
    # (a token compared on the way, `invite.token !== token`, signs nobody in)
    if not any(a not in (None, "secret") for a in (flow.final.auth, *(e.state.auth for e in flow.events))) and any(
        hashes_password(ctx.src, call)
        and not filed_under_session(ctx, flow, call)
        and (not new_account or _makes_account(ctx, flow, call))
        for call in calls
    ):
        return True
    at: dict[tuple[int, int], list[Event]] = {}
    for e in flow.events:
        at.setdefault((e.node.start_byte, e.node.end_byte), []).append(e)
    return any(signs_up_through(ctx, at.get((call.start_byte, call.end_byte), []), call, new_account) for call in calls)


# a password under its usual names, the short ones too (`pw`, `newPwd`, `passwd`)
_PASSWORD_WORDS = frozenset({"password", "pw", "pwd", "passwd"})


def hashes_password(src: bytes, call: Node) -> bool:
    """`bcrypt.hash(password, 12)`, `hash(pw)`: a password hashed to be stored."""
    if not _HASH_CALL.match(sx.last_name(sx.callee_name(src, call))):
        return False
    args = sx.call_args(call)
    return bool(args) and bool(_PASSWORD_WORDS.intersection(vocab.words(sx.last_name(sx.text(src, args[0])))))


def signs_up_through(ctx: FileContext, events: list[Event], call: Node, new_account: bool = False) -> bool:
    """`const result = await postUser(req)`: a project controller, handed the request (or its input)
    by a signed-out caller, that checks no session of its own and hashes a password (``events``:
    the flow's events at this call)."""
    if not events or any(e.state.auth is not None for e in events):
        return False
    target = ctx.analyzer.target(ctx.module, call)
    if target is None or b"password" not in target.module.src[target.node.start_byte : target.node.end_byte].lower():
        return False  # (no password anywhere in the controller: nothing hashed)
    if not identifiers(ctx.src, call.child_by_field_name("arguments")) & events[0].state.client:
        return False
    summary = ctx.analyzer.summary(target)
    if summary.authenticates or summary.enforces_auth or summary.rate_limits:
        return False
    if new_account and not _only_new_rows(summary):
        return False  # (`setMemberPassword(id, password)` hashing into an `update`: no account made)
    return any(hashes_password(target.module.src, c) for c in sx.find(target.node, ("call_expression",), False))


_NOT_PASSWORD_WORK = re.compile(r"^console\.")


def request_names(ep: EntryPoint) -> set[str]:
    """The route handler's `request`: handing it on reads its cookies as much as its body."""
    if ep.kind not in ("route", "pages-api"):
        return set()
    return set(ep.fn.params[:1])


def signed_in_before(ctx: FileContext, ep: EntryPoint, node: Node) -> bool:
    """The caller is signed in before `node`: a wrapper authenticates, or an auth-source call (`auth()`,
    a project `getSession(...)`) ends before it and its result is tested on the way (`if (!session)`)."""
    if ep.authenticated_by:
        return True
    fn = ep.fn.node
    calls = sx.find_outside_functions(ep.fn.module.parsed, fn, ("call_expression",))
    ifs = [i for i in sx.find(fn, ("if_statement",), into_functions=False) if i.start_byte < node.start_byte]
    for c in calls:
        if c.end_byte > node.start_byte or not ctx.analyzer.is_auth_source_call(ep.fn.module, c):
            continue
        if ctx.analyzer.vocab.is_auth_enforcer(sx.callee_name(ctx.src, c)):
            return True
        # (a project helper that stops a signed-out caller itself: `verifySession()` redirecting to sign-in)
        target = ctx.analyzer.target(ep.fn.module, c)
        if target is not None and ctx.analyzer.summary(target).enforces_auth:
            return True
        p = c.parent
        while p is not None and p.type in ("await_expression", "parenthesized_expression", "as_expression"):
            p = p.parent
        if p is None or p.type != "variable_declarator":
            continue
        names = set(sx.pattern_names(ctx.src, p.child_by_field_name("name")))
        # (`if (session) return { error: "Already signed in" }` turns the signed-in away: what follows
        # runs for a signed-out caller)
        tested = (
            identifiers(ctx.src, i.child_by_field_name("condition"))
            for i in ifs
            if i.start_byte > c.end_byte and not turns_signed_in_away(ctx, i, names)
        )
        if any(t & names for t in tested):
            return True
    return False


def turns_signed_in_away(ctx: FileContext, branch: Node, names: set[str]) -> bool:
    """`if (session) return ...` / `if (session?.user) redirect("/")`: the test is the session itself,
    not negated, so the code past it runs only for a signed-out caller."""
    cond = sx.unwrap(branch.child_by_field_name("condition"))
    return (
        cond is not None
        and cond.type in ("identifier", "member_expression")
        and sx.root_identifier(ctx.src, cond) in names
        and branch.child_by_field_name("alternative") is None
    )


def client_password(ctx: FileContext, node: Node, client: set[str]) -> bool:
    """`password`, `command.checks.password?.password`, `body.newPassword`: a client value that is a password."""
    for n in sx.walk(node):
        if n.type not in ("identifier", "shorthand_property_identifier", "member_expression"):
            continue
        if n.type != "member_expression" and n.parent is not None and n.parent.type == "member_expression":
            continue  # the object of `body.password` is asked through the member expression
        ws = vocab.words(sx.last_name(ctx.text(n)))
        root = ctx.text(n) if n.type != "member_expression" else sx.root_identifier(ctx.src, n)
        named = bool(ws) and ws[-1] in _PASSWORD_WORDS and set(ws) <= CREDENTIAL_WORDS | QUALIFIERS | _PASSWORD_WORDS
        if named and root in client:
            return True
    return False


# What sets an account's password (`setPassword`, `updateUserPassword`), not a resource's (`hashPassword`).
_SETS_PASSWORD = re.compile(r"^(set|change|update|reset)\w*Password$")
_CREATES = re.compile(r"^(create|add|register|insert|new)")


_ACCOUNT_MODEL = re.compile(r"(?i)^(users?|accounts?|credentials?|passwords?)$")


# a Prisma model's password hash and the unique login it is asked with (`email String @unique`)
_MODEL_PASSWORD_HASH = re.compile(r"(?im)^\s*(password_?hash|hashed_?password|password_?digest)\s+String\b")
_MODEL_UNIQUE_LOGIN = re.compile(r"(?im)^\s*(email|username|user_?name|login|phone)\s+String\b[^\n]*@unique")


def _login_model(ctx: FileContext, model: str) -> bool:
    """The Prisma schema gives ``model`` a password hash and a unique login (`Guardian { email String @unique
    passwordHash String }`): an account of another name. (A locker or a shared folder keeps a password hash
    with no login of its own: a resource's password.)"""
    body = prisma_models(ctx.analyzer.program, ctx.path).get(model.lower()) if model else None
    return bool(body and _MODEL_PASSWORD_HASH.search(body) and _MODEL_UNIQUE_LOGIN.search(body))


def _stored_on_account(ctx: FileContext, flow: Flow, call: Node) -> bool:
    """`bcrypt.hash(password, 12)` written to the account row (`db.user.update({ data: { passwordHash } })`,
    inline or through a local): the signed-in user's password replaced, a password change even with no
    current password asked (a shared folder's password is a resource's). A new account row
    (`db.user.create({ data: { passwordHash } })` by a signed-in caller) is someone added, no change."""
    return any(ev.op is not None and not _NEW_ROW.match(ev.op.verb) for ev, _ in _account_writes_of(ctx, flow, call))


# the verbs of a write that files a new row (prisma `create`, drizzle/kysely `insert`, mongoose `insertOne`)
_NEW_ROW = re.compile(r"(?i)^(create(many)?|insert\w*)$")


def filed_under_session(ctx: FileContext, flow: Flow, call: Node) -> bool:
    """`bcrypt.hash(password, 10)` written to an account row that also takes values from the
    session (`db.user.create({ data: { password: hashed, companyId: session.user.companyId } })`): a
    member adding a colleague to their own tenant, not a sign-up or sign-in (whether the session is
    checked is missing-auth's question)."""
    for ev, refs in _account_writes_of(ctx, flow, call):
        if refs & ((ev.state.session | ev.state.fetched) - ev.state.client):
            return True
    return False


def _account_writes_of(ctx: FileContext, flow: Flow, call: Node) -> Iterator[tuple[Event, set[str]]]:
    """The account-row writes (`db.user.update`, `users` insert) whose data holds the hash `call` makes,
    inline or through the local it is assigned to; with the names each data object uses besides that local."""
    names: set[str] = set()
    value = call.parent if call.parent is not None and call.parent.type == "await_expression" else call
    holder = value.parent
    if holder is not None and holder.type == "variable_declarator":
        names = set(sx.pattern_names(ctx.src, holder.child_by_field_name("name")))
    for ev in flow.events:
        op = ev.op
        if ev.kind != "db" or op is None or op.kind != "write":
            continue
        if not (_ACCOUNT_MODEL.match(op.model or "") or _login_model(ctx, op.model or "")):
            continue
        for data in op.data:
            refs = identifiers(ctx.src, data)
            if data.start_byte <= call.start_byte < data.end_byte or refs & names:
                yield ev, refs - names


# Entry points named for a sign-up only by a trailing noun: the booking someone made, not an account.
# `cancelShiftSignup`, `approve_event_signups`: another word first, then the sign-up as the object
# (also the list of those registered: `addToRegistered`, `removeRegistered`, a booking onto an event's list)
_TRAILING_SIGNUP = re.compile(r"(?i)^([a-z0-9]+?)_?(sign_?ups?|registered)(_?(action|handler))?$")
# a change of rows that exist: no account, credential or other row comes of it
_CHANGES_ROWS = re.compile(r"(?i)^(update|delete|remove|destroy)")
# what making an account takes or hands on
_ACCOUNT_WORD = re.compile(r"(?i)(e_?mail|password|passcode|phone|username|credential)")
_TOKEN_TYPES = ("identifier", "property_identifier", "shorthand_property_identifier", "string_fragment")
_OTHER_EFFECTS = frozenset({"email", "ai", "fetch", "store", "relay", "fs", "exec"})


def booking_named_sign_up(src: bytes, ep: EntryPoint, flow: Flow) -> bool:
    """`cancelShiftSignup(signupId)`: the name says "sign-up" only as the object of another verb, and the
    code makes no account: it only changes or deletes rows that exist (`shiftSignups` set to cancelled),
    sends nothing, calls no provider and names no account detail or credential (e-mail, password, phone,
    username). A sign-up creates an account or a credential; this cancels a volunteer's booking."""
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    m = _TRAILING_SIGNUP.match(name)
    if m is None or vocab.AUTH_ENDPOINT_NAMES.search(m.group(1)):
        return False
    return _only_writes(flow, lambda op: bool(_CHANGES_ROWS.match(op.verb))) and _names_no_account(src, ep)


def registers_no_account(src: bytes, ep: EntryPoint, flow: Flow) -> bool:
    """`staffRegister(data)` filing `staff.create({ data: { name, ranking, position } })`: named for registering
    (not for the sign-up step itself), it writes no account row (a user, account or credential model), no
    password or account detail (e-mail, phone, username), sends nothing and calls no provider: an ordinary
    write, not a sign-up. A sign-up creates an account or a credential."""
    if named_sign_up(ep):
        return False
    return _only_writes(
        flow, lambda op: bool(op.model) and not _ACCOUNT_MODEL.match(op.model) and bool(_NEW_ROW.match(op.verb))
    ) and _names_no_account(src, ep)


def _only_writes(flow: Flow, fits: Callable[[DbOp], bool]) -> bool:
    """The flow's effects are database writes only, at least one, each of which ``fits``: nothing sent, no
    provider or model called."""
    writes = 0
    for e in flow.events:
        if e.kind in _OTHER_EFFECTS:
            return False
        if e.kind == "db" and e.op is not None and e.op.kind == "write":
            if not fits(e.op):
                return False
            writes += 1
    return writes > 0


def _names_no_account(src: bytes, ep: EntryPoint) -> bool:
    """The function's code names no account detail or credential (e-mail, password, phone, username)."""
    return not any(_ACCOUNT_WORD.search(sx.text(src, n)) for n in sx.find(ep.fn.node, _TOKEN_TYPES))


def session_for_new_account(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """A passwordless sign-up by what it does: a signed-out caller's new account row (`user.create({ data:
    { id, username } })`, every write a new row of it), then a session token jose signs for that row's id,
    inline or in a project helper (`const token = await issueToken(id)`), handed back or set as a cookie:
    the token is the account's only credential. The minting call; a token for a row the caller names
    (an update), or beside other writes, is not one."""
    src, fn = ctx.src, ep.fn.node
    writes = [e for e in flow.events if e.kind == "db" and e.op is not None and e.op.kind == "write"]
    if not writes or any(e.kind in ("store", "exec", "fs", "relay") for e in flow.events):
        return None
    made: set[str] = set()  # the new row's local and the id written into it
    for ev in writes:
        op = ev.op
        assert op is not None
        if not _NEW_ROW.match(op.verb) or not _ACCOUNT_MODEL.match(op.model or "") or ev.state.session:
            return None
        for data in op.data:
            for child in data.named_children if data.type == "object" else []:
                if child.type == "shorthand_property_identifier" and ctx.text(child) == "id":
                    made.add("id")
                elif child.type == "pair" and ctx.text(child.child_by_field_name("key")) == "id":
                    value = sx.unwrap(child.child_by_field_name("value"))
                    if value is not None and value.type == "identifier":
                        made.add(ctx.text(value))
        held = ev.node.parent if ev.node is not None else None
        while held is not None and held.type not in ("variable_declarator", "statement_block"):
            held = held.parent
        if held is not None and held.type == "variable_declarator":
            made.update(sx.pattern_names(src, held.child_by_field_name("name")))
    if not made:
        return None
    returned = {n for r in sx.find(fn, ("return_statement",), into_functions=False) for n in identifiers(src, r)}
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression" or d.start_byte < writes[0].node.end_byte:
            continue
        if sessions.jose_session_token(ctx.module, value):
            signs = bool(identifiers(src, value) & made)  # (`new SignJWT({ sub: id })...sign(key)` here)
        else:
            target = ctx.analyzer.target(ctx.module, value)
            signs = (
                target is not None
                and any(identifiers(src, a) & made for a in sx.call_args(value))
                and _signs_session(target.module, target.node)
            )
        names = set(sx.pattern_names(src, d.child_by_field_name("name")))
        set_cookie = any(
            sx.callee_name(src, c).lower().endswith("cookies().set")
            and any(identifiers(src, a) & names for a in sx.call_args(c))
            for c in sx.find(fn, ("call_expression",), into_functions=False)
        )
        if signs and (names & returned or set_cookie):
            return value
    return None


def _signs_session(mod: Module, fn: Node) -> bool:
    """``fn`` signs a jose token naming an account (`new SignJWT({ sub: uid })...sign(key)`)."""
    if mod.src.find(b"SignJWT", fn.start_byte, fn.end_byte) == -1:
        return False
    for n in sx.find(fn, ("variable_declarator", "return_statement"), into_functions=False):
        value = n.child_by_field_name("value") if n.type == "variable_declarator" else None
        if n.type == "return_statement" and n.named_children:
            value = n.named_children[0]
        if value is not None and sessions.jose_session_token(mod, value):
            return True
    return False


# a person's credential kept on their row: `pinHash`, `kioskPinHash`, `passcode`, `passwordHash` (not a key or token)
_PERSON_CREDENTIAL_WORDS = frozenset({"pin", "passcode", "password", "otp", "totp"})
_DIGEST_WORDS = frozenset({"hash", "hashed", "digest"})
_COMPARE_CALL_WORDS = frozenset({"compare", "equal", "equals", "verify", "match", "matches"})


_SHORT_CREDENTIAL_WORDS = frozenset({"pin", "passcode", "otp", "totp"})
# a long random value the caller holds is no guess (`token`, `apiKey`, a device's `fingerprint`)
_LONG_VALUE_WORDS = frozenset({"token", "key", "secret", "fingerprint", "signature", "nonce"})


# what a person signs in with, kept on their row (a one-time code is a later step's, mailed or texted)
_SIGN_IN_CREDENTIAL_WORDS = frozenset({"pin", "passcode", "password"})


def stored_credential(
    ctx: FileContext, node: Node | None, flow: Flow, short: bool = False, sign_in: bool = False
) -> bool:
    """`m.kioskPinHash`, `row.passcode`: a PIN, password or one-time code (or its digest) on a row the entry
    point read from the database, one person's credential (not an env secret shared by a device)."""
    node = sx.strip_types(node)
    if node is None or node.type != "member_expression":
        return False
    if sx.root_identifier(ctx.src, node) not in flow.records:
        return False
    ws = vocab.words(sx.last_name(ctx.text(node)))
    kinds = _SHORT_CREDENTIAL_WORDS if short else _SIGN_IN_CREDENTIAL_WORDS if sign_in else _PERSON_CREDENTIAL_WORDS
    return bool(ws) and bool(set(ws) & kinds) and ws[-1] in _PERSON_CREDENTIAL_WORDS | _DIGEST_WORDS


def stored_credential_check(
    ctx: FileContext, ep: EntryPoint, flow: Flow, short: bool = False, sign_in: bool = False
) -> Node | None:
    """The comparison of a value the caller sends (or its digest, `hashSecret(pin)`) with a credential stored on
    a row the entry point read (`m.kioskPinHash !== hashSecret(parsed.data.current)`, `secureCompare(m.pinHash,
    hash(pin))`): a credential check, whatever the client's field is called (``short``: a PIN or one-time code's)."""
    client = flow.final.client
    for n in sx.find(ep.fn.node, ("binary_expression", "call_expression"), into_functions=False):
        if n.type == "binary_expression":
            if ctx.text(n.child_by_field_name("operator")) not in ("===", "!==", "==", "!="):
                continue
            sides = [n.child_by_field_name("left"), n.child_by_field_name("right")]
        else:
            if not set(vocab.words(sx.last_name(sx.callee_name(ctx.src, n)))) & _COMPARE_CALL_WORDS:
                continue
            sides = [sx.strip_types(a) for a in sx.call_args(n)][:2]
        if len(sides) != 2:
            continue
        for a, b in (sides, sides[::-1]):
            sent = sx.strip_types(guards.compared_origin(ctx.src, a, ep.fn.node))
            if sent is not None and sent.type == "call_expression" and sx.callee_name(ctx.src, sent) == "Buffer.from":
                args = sx.call_args(sent)
                sent = sx.strip_types(args[0]) if args else None
            root = sx.root_identifier(ctx.src, sent) if sent is not None else None
            if root is None or root not in client or sent is None:
                continue
            if set(vocab.words(sx.last_name(ctx.text(sent)))) & _LONG_VALUE_WORDS:
                continue
            if stored_credential(ctx, b, flow, short, sign_in):
                return n
    return None


def member_credential_past_secret(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """Past a device's shared secret (a kiosk's header), a person's credential checked against the row read after
    it (`m.kioskPinHash != hashSecret(pin)` of the member picked by id): the secret proves which device calls, not
    who stands at it, and the PIN behind it can still be guessed (not a PIN kept on the device's own row, read
    before the secret was passed: that is the secret)."""
    if not any(e.kind == "db" and e.state.auth == "secret" for e in flow.events):
        return False
    check = stored_credential_check(ctx, ep, flow)
    if check is None:
        return False
    sides = [sx.root_identifier(ctx.src, sx.strip_types(s)) for s in sx.find(check, ("member_expression",))]
    ops = [flow.records[r] for r in sides if r is not None and r in flow.records]
    return any(
        e.kind == "db" and e.state.auth == "secret" and any(e.op is o or e.node.id == o.call.id for o in ops)
        for e in flow.events
    )


# who a caller says they are when they type a PIN: a person's id, handle or badge (`memberId`, `staffId`, `email`)
_PERSON_KEY_WORDS = frozenset(
    {"user", "member", "staff", "employee", "account", "email", "username", "login", "badge", "phone", "worker"}
)
_PEOPLE_TABLE_WORDS = frozenset({"user", "users", "member", "members", "staff", "account", "accounts", "employees"})


def person_credential_sign_in(ctx: FileContext, ep: EntryPoint, flow: Flow) -> Node | None:
    """A sign-in by what it does: with nobody signed in, a person's row is picked by who the caller says they are
    (`eq(members.id, memberId)`, `WHERE user_id = $1` of `staffId`) and the PIN or password the caller sends (or
    its digest) is compared with the credential stored on it (`m.kioskPinHash != hashSecret(pin)`). Not a PIN kept
    on a device's or a share's row, picked by its own id: that authenticates no person. The comparison answered."""
    check = stored_credential_check(ctx, ep, flow, sign_in=True)
    if check is None:
        return None
    client = flow.final.client
    roots = {sx.root_identifier(ctx.src, m) for m in sx.find(check, ("member_expression",))}
    ops = [flow.records[r] for r in roots if r is not None and r in flow.records]
    for e in flow.events:
        if e.kind != "db" or e.op is None or not any(e.op is o or e.node.id == o.call.id for o in ops):
            continue
        if e.state.session or e.state.auth not in (None, "secret"):
            continue
        table = set(vocab.words(e.op.model or ""))
        keys = {w for a in e.op.args for name in identifiers(ctx.src, a) & client for w in vocab.words(name)}
        keys |= {
            w
            for a in e.op.args
            for n in sx.find(a, ("member_expression",))
            if sx.root_identifier(ctx.src, n) in client
            for w in vocab.words(sx.last_name(ctx.text(n)))
        }
        if table & _PEOPLE_TABLE_WORDS or keys & _PERSON_KEY_WORDS:
            return check
    return None


# A column holding an account's password (`passwordHash`, `hashed_password`, `manager_password_hash`) and
# one naming who signs in with it (`email`, `client_email`, `username`, `phone_number`)
_PASSWORD_COLUMN = re.compile(r"(?i)^(\w+_)?(hashed_?)?password(_?hash(ed)?)?$")
_LOGIN_COLUMN = re.compile(r"(?i)^(\w+_)?(e_?mail(_?address)?|user_?name|login|phone(_?number)?)$")
# A module of the sign-up pages (`app/signup/page.tsx`, `components/pages/signup/vendor-form.jsx`)
_SIGN_UP_PAGE = re.compile(r"(?i)(^|/)(sign[-_]?up|register)/")


def files_account_for_sign_up_page(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """An action a sign-up page calls (`add_vendor` imported by `components/pages/signup/vendor-signup.jsx`)
    that, with nobody signed in, only files new rows, one of them an account: a login column and a password
    (hash) column both set from what the caller sends. Whatever it is called, it is that page's sign-up."""
    if ep.kind not in ("action", "safe-action") or flow.final.role or flow.final.auth is not None:
        return False
    made = False
    for ev in flow.events:
        if ev.kind in ("store", "exec", "fs", "relay") or ev.state.session or ev.state.fetched:
            return False
        op = ev.op
        if ev.kind != "db" or op is None or op.kind != "write":
            continue
        if not _NEW_ROW.match(op.verb) or op.api == "helper":
            return False  # (an update or a delete beside it: no sign-up)
        made = made or any(_account_row(ctx, data, ev.state.client) for data in op.data)
    return made and _called_by_sign_up_page(ctx, ep)


def _account_row(ctx: FileContext, data: Node, client: set[str]) -> bool:
    """`{ client_email, client_password_hash, ... }` with both columns set from the caller's values."""
    keys = {k: v for k, v in _object_pairs(ctx, data)}
    sent = {k for k, v in keys.items() if identifiers(ctx.src, v) & client}
    return any(_PASSWORD_COLUMN.match(k) for k in sent) and any(_LOGIN_COLUMN.match(k) for k in sent)


def _object_pairs(ctx: FileContext, data: Node) -> Iterator[tuple[str, Node]]:
    obj = sx.strip_types(data) or data
    if obj.type != "object":
        return
    for child in obj.named_children:
        if child.type == "pair":
            key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
            if key is not None and value is not None:
                yield ctx.text(key).strip("\"'"), value
        elif child.type == "shorthand_property_identifier":
            yield ctx.text(child), child


def _called_by_sign_up_page(ctx: FileContext, ep: EntryPoint) -> bool:
    """A module of the sign-up pages imports the action's module and names the action."""
    mod = ep.fn.module
    if _SIGN_UP_PAGE.search(mod.path):
        return True
    index = ctx.analyzer.program.index
    if not isinstance(index.tree, DiskTree | MemoryTree):
        return False  # (only whole trees know their importers)
    name = (ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name).encode()
    for path in sorted(import_graph(index)[0].get(mod.path, ())):
        if _SIGN_UP_PAGE.search(path):
            data = read_once(index.tree, path)
            if data is not None and re.search(rb"\b" + re.escape(name) + rb"\b", data):
                return True
    return False


def first_account_only(ctx: FileContext, ep: EntryPoint, flow: Flow) -> bool:
    """A first-run setup: before anything is written, the accounts are read by no value the caller sends
    (`where(eq(users.role, "admin"))`, `db.user.count()`) and the caller is turned away when one is found
    (`if (admins.length > 0) return { error }`). At most one account is ever made, however often it is
    called: no sign-up anyone can repeat."""
    for ev in flow.events:
        if ev.kind in _FIRST_RUN_CHANGES:
            return False  # (a change made before the test: every caller makes it)
        if ev.kind != "db" or ev.op is None:
            continue
        if ev.op.kind == "write":
            return False
        if not _ACCOUNT_MODEL.match(ev.op.model or "") or ev.state.client & _op_identifiers(ctx, ev.op):
            continue
        found = _bound_local(ev.op.chain)
        if found is not None and _exits_when_present(ctx, ep.fn.node, ctx.text(found), ev.node.end_byte):
            return True
    return False


_FIRST_RUN_CHANGES = frozenset({"store", "exec", "fs", "fetch", "relay", "email"})


def _op_identifiers(ctx: FileContext, op: DbOp) -> set[str]:
    return {n for a in op.args for n in identifiers(ctx.src, a)}


def _bound_local(node: Node) -> Node | None:
    """`const rows = await db.select()...`: the identifier a query's result is bound to."""
    p = node.parent
    while p is not None and p.type in ("await_expression", "parenthesized_expression", "non_null_expression"):
        p = p.parent
    name = p.child_by_field_name("name") if p is not None and p.type == "variable_declarator" else None
    return name if name is not None and name.type == "identifier" else None


def _exits_when_present(ctx: FileContext, fn: Node, name: str, after: int) -> bool:
    """An `if` after ``after`` that exits when ``name`` holds a row (`if (rows.length > 0)`, `if (found)`,
    `if (count > 0)`; not `if (!found)`)."""
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        if stmt.start_byte < after or cond is None or not sx.exits(ctx.src, stmt.child_by_field_name("consequence")):
            continue
        # (only the first test after the read: a later one is past other work)
        text = ctx.text(cond)
        return text in (name, f"{name}[0]", f"{name}.length", f"{name}?.length") or bool(
            re.fullmatch(rf"{re.escape(name)}(\??\.length)?\s*(>\s*0|>=\s*1|!==?\s*0)", text)
        )
    return False
