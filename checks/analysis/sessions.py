"""Project session readers recognised by what they do, not by their name: a function that
reads the session cookie (or the `Authorization` header), then looks the token up in a
session/user table or verifies/decrypts it, and returns nothing when that fails. Lucia v3's
`getCurrentSession()` / `validateSessionToken(token)`, Next.js' `decrypt(cookie)` guides and
their many renamings all have this shape; a caller that checks the result is signed in.

A cookie that carries no identity (`cartId`, `theme`, a locale) never makes a reader."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import object_keys
from checks.analysis.module import Function, Module

if TYPE_CHECKING:
    from checks.analysis.flow import Analyzer, Event, Flow

# Words of a cookie name that carries the caller's identity: `session`, `__Secure-auth-token`, `sid`.
_AUTH_COOKIE_WORDS = frozenset({"session", "sess", "sid", "auth", "token", "jwt", "access", "credential", "login"})
# ... and a sign-in half done, waiting for its second factor: `pl_2fa_pending`, `mfa_challenge`, `twoFactorToken`
_SECOND_FACTOR = re.compile(r"2fa|mfa|twofactor|secondfactor")
_CREDENTIAL_HEADER = re.compile(r"(?i)^(authorization|x-[a-z-]*(api-?key|token|session|auth))$")
# What a reader does with the token besides a table lookup: jose `jwtVerify`, `decrypt`, `unsealData`.
_VERIFY = re.compile(
    r"(?i)^(jwtVerify|verify\w*|decrypt\w*|unseal\w*|unsign\w*|decode\w*(Session|Token|Jwt)|validate\w*(Session|Token)\w*)$"
)
# Tables a session token is looked up in.
_SESSION_TABLE = re.compile(r"(?i)(session|user|account|token|auth|login|credential|member)")


def _auth_cookie_name(src: bytes, fn: Function, az: Analyzer, arg: Node | None) -> bool:
    """`"session"`, `SESSION_COOKIE` (or the string it holds), `lucia.sessionCookieName`."""
    arg = sx.strip_types(arg)
    if arg is None:
        return False
    name = sx.string_value(src, arg)
    if name is None and arg.type in ("identifier", "member_expression"):
        name = sx.text(src, arg)
        if arg.type == "identifier" and not set(vocab.words(name)) & _AUTH_COOKIE_WORDS:
            found = az.program.resolve_value(fn.module, name)  # `const COOKIE = "auth_session"`
            name = sx.string_value(found[0].src, found[1]) if found is not None else None
    if name and _SECOND_FACTOR.search(re.sub(r"[^a-z0-9]", "", name.lower())):
        return True
    return bool(name) and bool(set(vocab.words(name or "")) & _AUTH_COOKIE_WORDS)


def _is_jar(src: bytes, node: Node | None, jars: dict[str, str]) -> str | None:
    """`cookies()`, `await headers()`, `req.cookies`, a local bound to one: "cookies" or "headers"."""
    node = sx.unwrap(node)
    if node is None:
        return None
    if node.type == "call_expression":
        last = sx.last_name(sx.callee_name(src, node))
        return last if last in ("cookies", "headers") else None
    if node.type == "member_expression":
        prop = sx.text(src, node.child_by_field_name("property"))
        return prop if prop in ("cookies", "headers") else None
    if node.type == "identifier":
        return jars.get(sx.text(src, node))
    return None


def _reads_credential(src: bytes, fn: Function, az: Analyzer, call: Node, jars: dict[str, str]) -> bool:
    """`cookieStore.get("session")`, `(await cookies()).get(SESSION)`, `req.headers.get("authorization")`,
    cookies-next `getCookie("auth-token")`."""
    callee = sx.strip_types(call.child_by_field_name("function"))
    args = sx.call_args(call)
    if callee is None or not args:
        return False
    if callee.type == "identifier":
        return sx.text(src, callee) == "getCookie" and _auth_cookie_name(src, fn, az, args[0])
    if callee.type != "member_expression" or sx.text(src, callee.child_by_field_name("property")) != "get":
        return False
    jar = _is_jar(src, callee.child_by_field_name("object"), jars)
    if jar == "cookies":
        return _auth_cookie_name(src, fn, az, args[0])
    if jar == "headers":
        header = sx.string_value(src, args[0])
        return bool(header and _CREDENTIAL_HEADER.match(header))
    return False


def presented_credentials(az: Analyzer, fn: Function) -> set[str]:
    """The locals of ``fn`` holding the session token the caller presents (its session cookie or
    credential header, `const current = req.cookies.get("auth_token")?.value`), and those computed from it."""
    return _credentials(fn.module.src, fn, az)


def _credentials(src: bytes, fn: Function, az: Analyzer) -> set[str]:
    """Locals holding the presented session token, and every local computed from it
    (`const sessionId = encodeHex(sha256(token))`), in source order. Once per function (a session
    reader is asked this per query of its own; the answer is a pure function of its body)."""
    found = az.session_credentials.get(fn.key)
    if found is None:
        found = az.session_credentials[fn.key] = _find_credentials(src, fn, az)
    return found


def _find_credentials(src: bytes, fn: Function, az: Analyzer) -> set[str]:
    az.session_credentials[fn.key] = set()  # (a helper calling back into this one finds nothing here)
    jars: dict[str, str] = {}  # `const cookieStore = await cookies()`
    names: set[str] = set()
    # (the declarators outside nested functions, in source order: as a walk that skips those finds them)
    for n in sx.find(fn.node, ("variable_declarator",), into_functions=False):
        value, target = n.child_by_field_name("value"), n.child_by_field_name("name")
        if value is None or target is None:
            continue
        jar = _is_jar(src, value, jars)
        if jar is not None:
            jars.update(dict.fromkeys(sx.pattern_names(src, target), jar))
            continue
        if _hands_over_credential(az, fn, value):
            names |= set(sx.pattern_names(src, target))
            continue
        # (neither a jar's `.get(...)` nor `getCookie(...)`, nor a credential's name, in the value's
        # bytes: nothing to find in it, without a walk of its nodes)
        if not names and src.find(b"get", value.start_byte, value.end_byte) == -1:
            continue
        if any(
            (c.type == "call_expression" and _reads_credential(src, fn, az, c, jars))
            or (c.type == "identifier" and sx.text(src, c) in names)
            for c in sx.walk(value)
        ):
            names |= set(sx.pattern_names(src, target))
    return names


def _hands_over_credential(az: Analyzer, fn: Function, value: Node) -> bool:
    """`let token = await presentedToken()`: a project helper that reads the session cookie (or the
    credential header) and returns the token as it came, checking at most its shape."""
    call = sx.unwrap(value)
    if call is None or call.type != "call_expression":
        return False
    target = az.target(fn.module, call)
    return target is not None and target.key != fn.key and returns_credential(az, target)


def returns_credential(az: Analyzer, fn: Function) -> bool:
    """Does ``fn`` return the session token the caller presents (`return value` once
    `const value = jar.get("auth_token")?.value`), not a session resolved from it?"""
    found = az.credential_returners.get(fn.key)
    if found is None:
        az.credential_returners[fn.key] = False
        found = az.credential_returners[fn.key] = _returns_credential(az, fn)
    return found


def _returns_credential(az: Analyzer, fn: Function) -> bool:
    src = fn.module.src
    body = fn.body
    if body is None:
        return False
    text = src[body.start_byte : body.end_byte]
    if b"ookie" not in text and b"eaders" not in text:
        return False
    creds = _credentials(src, fn, az)
    if not creds:
        return False
    if body.type != "statement_block":
        values = [body]  # (an expression body is its one answer)
    else:
        values = [
            r.named_children[0] for r in sx.find(body, ("return_statement",), into_functions=False) if r.named_children
        ]
    for v in values:
        bare = sx.unwrap(v)
        if bare is not None and bare.type == "identifier" and sx.text(src, bare) in creds:
            return True
    return False


def _mentions(src: bytes, nodes: list[Node], names: set[str]) -> bool:
    return any(
        c.type == "identifier" and sx.text(src, c) in names for n in nodes for c in sx.walk(n, into_functions=True)
    )


def _nullish(src: bytes, value: Node | None) -> bool:
    """`return null`, `return;`, `return { session: null, user: null }`."""
    v = sx.unwrap(value)
    if v is None:
        return True
    if v.type in ("null", "undefined", "false") or sx.text(src, v) == "undefined":
        return True
    return v.type == "object" and any(
        p.type == "pair" and sx.text(src, sx.unwrap(p.child_by_field_name("value"))) in ("null", "undefined")
        for p in v.named_children
    )


def _session_table_read(ev: Event) -> bool:
    return (
        ev.kind == "db"
        and ev.op is not None
        and ev.op.kind == "read"
        and ev.op.api != "helper"
        and bool(_SESSION_TABLE.search(ev.op.model or ""))
    )


def reads_session(az: Analyzer, fn: Function, flow: Flow) -> bool:
    """Does ``fn`` read the caller's session token and resolve it to a session (or nothing)?"""
    src = fn.module.src
    body = src[fn.node.start_byte : fn.node.end_byte]
    if b"ookie" not in body and b"eaders" not in body and not any(_session_table_read(ev) for ev in flow.events):
        # (no jar here: the token can only come from a helper that reads it, `await presentedToken()`,
        # and be looked up in a session table here)
        return False
    creds = _credentials(src, fn, az)
    if not creds:
        return False
    # looked up in a session/user table, or verified
    resolved = any(_session_table_read(ev) and _mentions(src, list(ev.op.args), creds) for ev in flow.events if ev.op)
    lookups: list[Node] = []
    for call in sx.find(fn.node, ("call_expression",), into_functions=False):
        args = sx.call_args(call)
        if not args or not _mentions(src, args, creds):
            continue
        last = sx.last_name(sx.callee_name(src, call))
        target = az.target(fn.module, call)
        if target is not None and target.key != fn.key:
            s = az.summary(target)
            # `validateSessionToken(token)`: a project lookup of the token it is handed
            if s.auth_source or any(op.kind == "read" and _SESSION_TABLE.search(op.model or "") for op in s.ops):
                lookups.append(call)
            elif _verifies_its_token(target):
                lookups.append(call)  # `decrypt(cookie)` of the Next.js guide: jose's `jwtVerify` of what it is handed
        elif _VERIFY.match(last):
            lookups.append(call)
    resolved = resolved or bool(lookups)
    if not resolved:
        return False
    returns = [e for e in flow.events if e.kind == "return"]
    return (
        any(_nullish(src, e.value) for e in returns)
        or any(e.value is not None and any(sx.contains(e.value, c) for c in lookups) for e in returns)
        # (`if (!row) redirect("/sign-in"); return row.userId`: stops the caller itself instead)
        or never_returns_nothing(fn, flow)
    )


def _fields_read_off(src: bytes, value: Node | None) -> bool:
    """`{ uid: decoded.uid, workspaceId: decoded.workspaceId as string }`: an object whose every field
    is read (without `?.`) off a value that must exist, reading a field of nothing throws; or one such
    field alone (`return row.userId`)."""
    v = sx.unwrap(value)
    if v is not None and v.type == "member_expression":
        return src.find(b"?.", v.start_byte, v.end_byte) == -1
    if v is None or v.type != "object" or not v.named_children:
        return False
    for p in v.named_children:
        if p.type == "comment":
            continue
        field = sx.strip_types(p.child_by_field_name("value")) if p.type == "pair" else None
        if (
            field is None
            or field.type != "member_expression"
            or src.find(b"?.", field.start_byte, field.end_byte) != -1
        ):
            return False
    return True


# Library verifiers that throw on a forged, expired or revoked token and otherwise answer its claims:
# Firebase Admin's `verifyIdToken`/`verifySessionCookie`, jose's `jwtVerify`/`jwtDecrypt`, `jwt.verify`.
_THROWING_VERIFY = re.compile(r"^(verifyIdToken|verifySessionCookie|jwtVerify|jwtDecrypt)$")


def _throwing_verify(src: bytes, fn: Function, value: Node | None, depth: int = 0) -> bool:
    """`return await adminAuth.verifyIdToken(token)` (or the local bound to it, `return decoded`): the
    claims of a token a library verifier throws on unless it is sound, never nothing."""
    v = sx.unwrap(value)
    if v is None:
        return False
    if v.type == "call_expression":
        callee = sx.callee_name(src, v)
        return bool(_THROWING_VERIFY.match(sx.last_name(callee))) or callee in ("jwt.verify", "jsonwebtoken.verify")
    if v.type != "identifier" or depth:
        return False
    name = sx.text(src, v)
    bound = [
        d.child_by_field_name("value")
        for d in sx.find(fn.node, ("variable_declarator",), into_functions=False)
        if sx.text(src, d.child_by_field_name("name")) == name
    ]
    return len(bound) == 1 and _throwing_verify(src, fn, bound[0], depth + 1)


def _verifies_its_token(fn: Function) -> bool:
    """A project verifier (`decrypt(session)`) that hands a parameter to a library verifier
    (`jwtVerify(session, key)`, `jwt.verify(token, secret)`) in its own body."""
    src = fn.module.src
    params = set(sx.param_names(src, fn.node))
    for call in sx.find(fn.node, ("call_expression",), into_functions=False):
        callee = sx.callee_name(src, call)
        if not (_THROWING_VERIFY.match(sx.last_name(callee)) or callee in ("jwt.verify", "jsonwebtoken.verify")):
            continue
        first = sx.unwrap(sx.call_args(call)[0]) if sx.call_args(call) else None
        if first is not None and first.type == "identifier" and sx.text(src, first) in params:
            return True
    return False


def never_returns_nothing(fn: Function, flow: Flow) -> bool:
    """`verifySession = cache(async () => { ...; if (!cookie) redirect("/login"); try { const d = await
    verifyCookie(cookie); return { uid: d.uid } } catch { redirect("/login") } })`: a session reader whose
    every return hands back fields of the verified session (or the claims a throwing library verifier
    answered, `return await adminAuth.verifyIdToken(token)`) and whose other ways out redirect or throw.
    Like `requireUser()`, it stops a caller without a session itself."""
    src = fn.module.src
    returns = [e for e in flow.events if e.kind == "return"]
    if (
        not returns
        or flow.returned_functions
        or not all(_fields_read_off(src, e.value) or _throwing_verify(src, fn, e.value) for e in returns)
    ):
        return False
    if any(e.state.auth for e in returns) and any(e.state.auth is None for e in returns):
        # `if (session) return { teamId: session.team.id }; const row = await db...; return { teamId: row.id }`:
        # a demo-mode fallback answers signed-out callers with a record of its own choosing
        return False
    return any(e.kind == "redirect" for e in flow.events) or bool(
        sx.find(fn.node, ("throw_statement",), into_functions=False)
    )


def keyed_by_session_token(az: Analyzer, fn: Function, flow: Flow, args: list[Node]) -> bool:
    """In a session reader (`reads_session`), a query keyed by the presented session token, or by a
    record found by it (`session.delete({ where: { id: session.id } })` once expired): the caller's
    own session, whoever calls."""
    if not reads_session(az, fn, flow):
        return False
    src = fn.module.src
    creds = _credentials(src, fn, az)
    found = {
        name
        for name, op in flow.records.items()
        if op.kind == "read" and _SESSION_TABLE.search(op.model or "") and _mentions(src, list(op.args), creds)
    }
    return _mentions(src, args, creds | found)


def _reads_plain_request_value(src: bytes, fn: Function, az: Analyzer, call: Node, jars: dict[str, str]) -> bool:
    """`cookieStore.get("org_id")`, `(await headers()).get("x-team")`: a value the caller sets freely
    (not a session cookie or credential header, which a reader then verifies)."""
    callee = sx.strip_types(call.child_by_field_name("function"))
    if callee is None or callee.type != "member_expression":
        return False
    if sx.text(src, callee.child_by_field_name("property")) != "get" or not sx.call_args(call):
        return False
    if _is_jar(src, callee.child_by_field_name("object"), jars) is None:
        return False
    return not _reads_credential(src, fn, az, call, jars)


def _plain_request_value(src: bytes, fn: Function, az: Analyzer, v: Node | None, jars: dict[str, str]) -> bool:
    """`jar.get("org_id")?.value`, `jar.get("org_id")`, `String(...)` of one."""
    v = sx.unwrap(v)
    while v is not None and v.type == "member_expression":
        v = sx.unwrap(v.child_by_field_name("object"))
    if v is None or v.type != "call_expression":
        return False
    if sx.callee_name(src, v) in ("String", "Number"):
        args = sx.call_args(v)
        return bool(args) and _plain_request_value(src, fn, az, args[0], jars)
    return _reads_plain_request_value(src, fn, az, v, jars)


def answers_request_value_first(az: Analyzer, fn: Function, flow: Flow) -> bool:
    """`if (fromCookie) return fromCookie` before the helper's own session check: an org resolver
    answering a cookie or header the caller sets (`org_id`, `x-team`) skips the sign-in on that path,
    so it authenticates nobody there (a memo of the server's own or a value past the check is fine)."""
    src = fn.module.src
    body = src[fn.node.start_byte : fn.node.end_byte]
    if b"ookie" not in body and b"eaders" not in body:
        return False
    early = [e for e in flow.events if e.kind == "return" and e.state.auth is None and e.value is not None]
    if not early:
        return False
    jars: dict[str, str] = {}
    names: set[str] = set()
    for n in sx.find(fn.node, ("variable_declarator",), into_functions=False):
        value, target = n.child_by_field_name("value"), n.child_by_field_name("name")
        if value is None or target is None:
            continue
        jar = _is_jar(src, value, jars)
        if jar is not None:
            jars.update(dict.fromkeys(sx.pattern_names(src, target), jar))
        elif target.type == "identifier" and _plain_request_value(src, fn, az, value, jars):
            names.add(sx.text(src, target))
    for e in early:
        v = sx.unwrap(e.value)
        if v is not None and v.type == "call_expression" and sx.callee_name(src, v) in ("String", "Number"):
            args = sx.call_args(v)
            v = sx.unwrap(args[0]) if args else None
        if v is None:
            continue
        if (v.type == "identifier" and sx.text(src, v) in names) or _plain_request_value(src, fn, az, v, jars):
            return True
    return False


# a signed payload's key naming an account: `sub`, `email`, `parentId`, `user_id`
_PRINCIPAL_CLAIM = re.compile(
    r"(?i)^(sub|e?mail|uid|(user|account|member|guardian|parent|player|customer|staff|admin|employee|patient|"
    r"student|person|referee|owner|principal|client|tenant)_?id)$"
)


def jose_session_token(mod: Module, value: Node) -> bool:
    """`await new SignJWT({ parentId: parent.id }).setProtectedHeader(...).sign(key)` of jose: a token
    naming an account, signed by the server (not `{ ...payload, theme }`, nor `{ items }`: nobody named)."""
    for n in sx.find(value, ("new_expression",)):
        ctor = n.child_by_field_name("constructor")
        binding = mod.imports.get(sx.text(mod.src, ctor)) if ctor is not None else None
        if binding is None or binding.spec != "jose" or binding.imported != "SignJWT":
            continue
        args = n.child_by_field_name("arguments")
        payload = sx.strip_types(args.named_children[0]) if args is not None and args.named_children else None
        if payload is not None and any(_PRINCIPAL_CLAIM.match(k) for k in object_keys(mod.src, payload)):
            return True
    return False
