"""What a project helper guarantees its caller, read from the helper's first statements:
it throws when an argument is missing (`if (!user) throw new AuthenticationError()`), or
it verifies a request signature before returning; and which names a parallel read binds
to the session (`const [session, chat] = await Promise.all([auth(), getChat(id)])`).
Small syntactic helpers the flow walker asks at the calls concerned."""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node

from checks.analysis import calls
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.module import Function, Module

Resolver = Callable[[Module, Node], Function | None]

# Calls that compute or compare a request signature (an HMAC, a constant-time compare).
_SIGNATURE_WORK = re.compile(
    r"(?i)(createHmac|timingSafeEqual|safeCompare|secureCompare|constantTimeEqual|constructEvent\w*|"
    r"verify\w*Signature|subtle\.verify)$"
)


def _negated_param(src: bytes, cond: Node | None, names: set[str]) -> set[str]:
    """Parameters tested for absence in an if-condition: `!user`, `!user?.id`, `user == null`."""
    out: set[str] = set()
    if cond is None:
        return out
    for n in sx.walk(cond):
        if n.type == "unary_expression" and sx.text(src, n.child_by_field_name("operator")) == "!":
            rid = sx.root_identifier(src, sx.strip_types(n.child_by_field_name("argument")))
            if rid in names:
                out.add(rid)
        elif n.type == "binary_expression" and sx.text(src, n.child_by_field_name("operator")) in ("==", "==="):
            sides = (n.child_by_field_name("left"), n.child_by_field_name("right"))
            texts = [sx.text(src, s) for s in sides]
            if "null" in texts or "undefined" in texts:
                out |= {r for s in sides if (r := sx.root_identifier(src, s)) in names}
    return out


def throws_without(fn: Function, resolve: Resolver, depth: int = 0, answers: bool = False) -> set[int]:
    """Positions of the parameters the helper throws without, before it does any work:
    `assertGroupVisible(user, groupId) { if (!user) throw ... }`, also one call deep
    through a helper that hands its parameter on first thing. ``answers``: also those it returns
    without (`if (!userId) return defaults`): its work runs only with them."""
    body = fn.body
    if body is None or body.type != "statement_block" or depth > 3:
        return set()
    src = fn.module.src
    positions: dict[str, int] = {}
    for i, p in enumerate(fn.param_nodes()):
        if p.type in ("required_parameter", "optional_parameter"):
            pattern = p.child_by_field_name("pattern")
            if pattern is not None and pattern.type == "identifier":
                positions[sx.text(src, pattern)] = i
        elif p.type == "identifier":
            positions[sx.text(src, p)] = i
    names = set(positions)
    out: set[int] = set()
    for stmt in sx.statements(body):
        exit = sx.exits(src, stmt.child_by_field_name("consequence")) if stmt.type == "if_statement" else None
        if exit == "throw" or (answers and exit == "return"):
            out |= {positions[n] for n in _negated_param(src, stmt.child_by_field_name("condition"), names)}
            continue
        if not sx.find(stmt, ("call_expression",), into_functions=False):
            continue
        # the first statement doing work: a helper call that passes a parameter to a guard still counts
        call = sx.unwrap(stmt.named_children[0]) if stmt.type == "expression_statement" else None
        if call is not None and call.type == "call_expression":
            target = resolve(fn.module, call)
            if target is not None:
                guarded = throws_without(target, resolve, depth + 1, answers)
                for j, arg in enumerate(sx.call_args(call)):
                    a = sx.strip_types(arg)
                    if j in guarded and a is not None and a.type == "identifier" and sx.text(src, a) in names:
                        out.add(positions[sx.text(src, a)])
        break
    return out


def _names_in(src: bytes, node: Node | None) -> set[str]:
    if node is None:
        return set()
    kinds = ("identifier", "shorthand_property_identifier")
    return {sx.text(src, n) for n in sx.walk(node, into_functions=True) if n.type in kinds}


def throws_unless_found(fn: Function) -> bool:
    """`const c = await db.query.classes.findFirst({ where: and(eq(classes.id, classId), eq(classes.studioId,
    studioId)) }); if (!c) throw ...`: the helper throws unless a lookup keyed by two or more of its parameters
    finds a row, whatever it is called: a check that the first is under the second (a class in a studio).
    Not one throwing when a row is found (`if (taken) throw`: a uniqueness rule)."""
    body = fn.body
    if body is None or body.type != "statement_block":
        return False
    src = fn.module.src
    params = set(fn.params)
    found: set[str] = set()
    for stmt in sx.statements(body):
        if stmt.type == "lexical_declaration":
            for decl in stmt.named_children:
                value = sx.unwrap(decl.child_by_field_name("value")) if decl.type == "variable_declarator" else None
                name = decl.child_by_field_name("name") if decl.type == "variable_declarator" else None
                if (
                    value is not None
                    and value.type == "call_expression"
                    and name is not None
                    and name.type == "identifier"
                    and len(_names_in(src, value.child_by_field_name("arguments")) & params) >= 2
                ):
                    found.add(sx.text(src, name))
        elif (
            stmt.type == "if_statement"
            and found
            and sx.exits(src, stmt.child_by_field_name("consequence")) == "throw"
            and _negated_param(src, stmt.child_by_field_name("condition"), found)
        ):
            return True
    return False


def verifies_signature_name(callee: str) -> bool:
    """`createHmac`, `timingSafeEqual`, `crypto.subtle.verify`: a call that computes or compares a signature."""
    return _SIGNATURE_WORK.search(callee) is not None


def verifies_signature(fn: Function) -> bool:
    """The helper computes or compares a request signature (`createHmac`, `secureCompare`)."""
    src = fn.module.src
    calls = sx.find(fn.node, ("call_expression",), into_functions=False)
    return any(_SIGNATURE_WORK.search(sx.callee_name(src, c)) for c in calls)


def parallel_sessions(src: bytes, pattern: Node, call: Node, is_auth_source: Callable[[Node], bool]) -> set[str]:
    """`const [session, chat] = await Promise.all([auth(), getChat(id)])`, or better-all's
    `const { session } = await all({ async session() { return auth() } })`: the names
    bound to an auth-source result."""
    args = sx.call_args(call)
    if sx.last_name(sx.callee_name(src, call)) not in ("all", "allSettled") or not args:
        return set()
    arg = sx.strip_types(args[0])
    out: set[str] = set()
    if pattern.type == "array_pattern" and arg is not None and arg.type == "array":
        for target, element in zip(pattern.named_children, arg.named_children, strict=False):
            if _yields_session(element, is_auth_source):
                out.update(sx.pattern_names(src, target))
    elif pattern.type == "object_pattern" and arg is not None and arg.type == "object":
        sources: dict[str, Node | None] = {}
        for prop in arg.named_children:
            if prop.type == "pair":
                sources[sx.text(src, prop.child_by_field_name("key"))] = prop.child_by_field_name("value")
            elif prop.type == "method_definition":
                sources[sx.text(src, prop.child_by_field_name("name"))] = prop
        for child in pattern.named_children:
            if child.type == "shorthand_property_identifier_pattern":
                key, names = sx.text(src, child), [sx.text(src, child)]
            elif child.type == "pair_pattern":
                key = sx.text(src, child.child_by_field_name("key"))
                names = sx.pattern_names(src, child.child_by_field_name("value"))
            else:
                continue
            if _yields_session(sources.get(key), is_auth_source):
                out.update(names)
    return out


def _yields_session(node: Node | None, is_auth_source: Callable[[Node], bool]) -> bool:
    """An auth-source call, or a function whose body returns one."""
    node = sx.unwrap(node)
    if node is None:
        return False
    if node.type == "call_expression":
        return is_auth_source(node)
    if node.type in sx.FUNCTION_TYPES or node.type == "method_definition":
        body = node.child_by_field_name("body")
        if body is None:
            return False
        if body.type != "statement_block":
            return _yields_session(body, is_auth_source)
        returns = [r for r in sx.find(body, ("return_statement",), into_functions=False) if r.named_children]
        return bool(returns) and all(_yields_session(r.named_children[0], is_auth_source) for r in returns)
    return False


# Request headers that carry a caller's credential.
_CREDENTIAL_HEADER = re.compile(r"(?i)^(authorization|x-[a-z-]*(api-?key|token|key|secret))$")


def credential_names(src: bytes, fn: Function) -> set[str]:
    """Locals holding a credential the request presented (`const header =
    req.headers.get("authorization")`, `const raw = header.slice(7)`): what an API-key helper
    looks its caller up by."""
    body = fn.body
    if body is None:
        return set()
    names: set[str] = set()
    # (found by a search of the declarators alone; a value is walked whole only once a credential
    # local is known, otherwise its header reads are all that can tell)
    for n in sx.find(body, ("variable_declarator",), into_functions=False):
        value, target = n.child_by_field_name("value"), n.child_by_field_name("name")
        if value is None or target is None:
            continue
        found = False
        for c in sx.walk(value) if names else sx.find(value, ("call_expression",), into_functions=False):
            if c.type == "call_expression" and sx.callee_name(src, c).endswith("headers.get"):
                args = sx.call_args(c)
                header = sx.string_value(src, args[0]) if args else None
                found = found or bool(header and _CREDENTIAL_HEADER.match(header))
            elif c.type == "identifier" and sx.text(src, c) in names:
                found = True
        if found:
            names |= set(sx.pattern_names(src, target))
    return names


# Properties a helper hands its failure back in (`return { error: unauthorized() }`).
_ERROR_KEY = re.compile(r"(?i)^(err|errors?|res|resp|\w+Error|\w*Response|failure|denied|unauthori[sz]ed)$")
_FALSY = frozenset({"null", "undefined", "false", "void 0", "0", '""', "''"})


def truthy(src: bytes, node: Node | None) -> bool:
    """A value that is always truthy: a call's result (a Response), a function, an object, a message."""
    node = sx.unwrap(node)
    if node is None:
        return False
    if node.type in ("call_expression", "new_expression", "object", "array", "template_string", "true"):
        return True
    if sx.is_function(node):
        return True
    return node.type == "string" and len(sx.text(src, node)) > 2


def falsy(src: bytes, node: Node | None) -> bool:
    return node is None or sx.text(src, sx.strip_types(node)) in _FALSY


def auth_error_field(
    fn: Function,
    returns: list[tuple[Node, Node | None, bool]],
    is_auth_source: Callable[[Node], bool],
    errors: frozenset[str] = frozenset(),
) -> tuple[str, frozenset[int]] | None:
    """A request helper that reports a missing session in a field of its result rather than by
    throwing: every return reached without a session check sets the field (`return { error:
    unauthorized() }`), or returns a local that is set whenever the auth lookup finds nobody
    (`auth = await checkAuth(req); if (!auth) error = () => unauthorized(); return { auth, error }`),
    or hands on such an error of the flow's (``errors``: supabase's own `getUser()` error, also as a
    whole answer under a key, `return { supabase, user }` giving the field `user.error`).
    ``returns`` holds each return's statement, value, and whether a session check dominates it.
    Returns the field and the positions of the parameters that switch the lookup off
    (`options?.skipAuth`), or None."""
    src = fn.module.src
    own = [(r, v, authed) for r, v, authed in returns if sx.enclosing_function(r) == fn.node]
    if not own:
        return None
    pair = _error_position(src, own)
    if pair is not None:
        return pair, frozenset()
    objects = [calls.object_keys(src, sx.unwrap(v)) if v is not None else {} for _, v, _ in own]
    keys = {k for obj in objects for k in obj if _ERROR_KEY.match(k)}
    if errors:
        keys |= {f"{k}.error" for obj in objects for k, v in obj.items() if _holds_error(src, v, errors)}
    for key in sorted(keys):
        tracked: tuple[int, frozenset[int]] | None = None  # (after byte, switches) of the set-without-session local
        checked = unset = False
        ok = True
        for (ret, _, authed), obj in zip(own, objects, strict=True):
            value, handed = _field_at(src, obj, key, errors)
            if handed:  # the flow's own signed-out error, handed on
                unset = checked = True
            elif value is None or falsy(src, value):
                unset = True
                checked = checked or authed
                ok = ok and authed
            elif truthy(src, value):
                continue
            elif value.type in ("identifier", "shorthand_property_identifier") and "." not in key:
                unset = True
                if tracked is None:
                    tracked = _set_without_session(fn, sx.text(src, value), is_auth_source)
                ok = ok and (authed or (tracked is not None and ret.start_byte > tracked[0]))
                checked = checked or authed or tracked is not None
            else:
                ok = ok and authed
                checked = checked or authed
        if ok and unset and checked:
            return key, tracked[1] if tracked is not None else frozenset()
    return None


def _error_position(src: bytes, own: list[tuple[Node, Node | None, bool]]) -> str | None:
    """`[null, apiErrors.unauthorized]` on every way out without a session, `[session, null]` past
    the check: a Go-style answered pair whose second item is an error exactly when nobody is signed
    in (`[1]`), or None. Every return is a pair; the refusals give no value and a set error (a
    message, a constant, a built error), the others a value and no error."""
    pairs = [sx.unwrap(v) for _, v, _ in own]
    if not pairs or any(p is None or p.type != "array" or len(p.named_children) != 2 for p in pairs):
        return None
    refused = passed = False
    for (_, _, authed), p in zip(own, pairs, strict=True):
        assert p is not None
        value, error = p.named_children
        if falsy(src, error):
            if not authed or falsy(src, value):
                return None
            passed = True
        elif falsy(src, value) and (truthy(src, error) or error.type in ("member_expression", "identifier")):
            refused = True
        else:
            return None
    return "[1]" if refused and passed else None


def _holds_error(src: bytes, value: Node | None, errors: frozenset[str]) -> bool:
    """`{ user: { data: null, error: ... } }`, `{ user }` where `user.error` is a signed-out error."""
    value = sx.strip_types(value)
    if value is None:
        return False
    if value.type in ("identifier", "shorthand_property_identifier"):
        return f"{sx.text(src, value)}.error" in errors
    return value.type == "object" and "error" in calls.object_keys(src, value)


def _field_at(src: bytes, obj: dict[str, Node], key: str, errors: frozenset[str]) -> tuple[Node | None, bool]:
    """A returned object's value at ``key`` (`error`, `user.error`), and whether it is one of the
    flow's signed-out errors (``errors``) handed on."""
    head, _, rest = key.partition(".")
    value = sx.strip_types(obj.get(head))
    if value is not None and value.type in ("identifier", "shorthand_property_identifier"):
        name = sx.text(src, value)
        if (f"{name}.{rest}" if rest else name) in errors:
            return value, True
    if not rest or value is None:
        return value, False
    if value.type != "object":
        return value, False  # (a value of unknown shape: its field may be anything)
    return _field_at(src, calls.object_keys(src, value), rest, errors)


def _set_without_session(
    fn: Function, name: str, is_auth_source: Callable[[Node], bool]
) -> tuple[int, frozenset[int]] | None:
    """`let error; ... auth = await checkAuth(req); if (!auth) { error = () => unauthorized(); }`:
    ``name`` starts falsy, is only ever set to truthy values, and is set in the branch where an
    auth-source result is missing. Returns where that branch ends and the positions of the
    parameters a caller can pass to skip the lookup (`if (!options?.skipAuth) { ... }`)."""
    src, body = fn.module.src, fn.body
    if body is None:
        return None
    declared = False
    for d in sx.find(body, ("variable_declarator",), into_functions=False):
        if sx.text(src, d.child_by_field_name("name")) == name:
            if declared or not falsy(src, d.child_by_field_name("value")):
                return None
            declared = True
    sets = [
        a
        for a in sx.find(body, ("assignment_expression",), into_functions=False)
        if sx.text(src, a.child_by_field_name("left")) == name
    ]
    if not declared or not sets or not all(truthy(src, a.child_by_field_name("right")) for a in sets):
        return None
    params = {p: i for i, p in enumerate(fn.params)}
    for binding in sx.find(body, ("variable_declarator", "assignment_expression"), into_functions=False):
        is_decl = binding.type == "variable_declarator"
        value = sx.unwrap(binding.child_by_field_name("value" if is_decl else "right"))
        if value is None or value.type != "call_expression" or not is_auth_source(value):
            continue
        holders = set(sx.pattern_names(src, binding.child_by_field_name("name" if is_decl else "left")))
        stmt = binding.parent
        while stmt is not None and not stmt.type.endswith(("statement", "declaration")):
            stmt = stmt.parent
        block = stmt.parent if stmt is not None else None
        if stmt is None or block is None:
            continue
        # the check right after the lookup, in the same block: `if (!auth) error = ...`
        check = next(
            (
                s
                for s in block.named_children
                if s.start_byte > stmt.start_byte
                and s.type == "if_statement"
                and _negated_param(src, s.child_by_field_name("condition"), holders)
                and any(sx.contains(s.child_by_field_name("consequence") or s, a) for a in sets)
            ),
            None,
        )
        switches = _lookup_switches(src, body, block, name, params)
        if check is not None and switches is not None:
            return check.end_byte, switches
    return None


def _lookup_switches(src: bytes, body: Node, block: Node, name: str, params: dict[str, int]) -> frozenset[int] | None:
    """The enclosing conditions of the lookup's block may test only ``name`` (already set: the
    caller exits anyway) and parameters; the parameters' positions are returned."""
    out: set[int] = set()
    node: Node | None = block
    while node is not None and node != body:
        parent = node.parent
        if parent is None:
            return None
        if parent.type == "if_statement":
            if parent.child_by_field_name("consequence") != node:
                return None  # an else branch: runs on some other condition
            for ident in sx.walk(parent.child_by_field_name("condition") or parent):
                if ident.type != "identifier":
                    continue
                word = sx.text(src, ident)
                if word in params:
                    out.add(params[word])
                elif word != name:
                    return None
        elif parent.type not in ("statement_block", "try_statement", "expression_statement"):
            return None
        node = parent
    return frozenset(out)


def found_by_credential(src: bytes, args: list[Node]) -> bool:
    """`findUnique({ where: { token: code, identifier } })`: a lookup narrowed by a secret column
    (`token`, `otp`, `hashedKey`, not `tokenId`) set to a value the caller presents; whatever else
    narrows it, the row is found only with that secret."""
    opts = calls.object_keys(src, args[0]) if args else {}
    return filter_by_credential(src, opts.get("where"))


def sql_found_by_credential(src: bytes, op: calls.DbOp) -> bool:
    """`found_by_credential` of a raw SQL operation: postgres.js sql`... where code_hash = ${sha256(code)}`,
    `pool.query("... WHERE token_hash = $1", [hash])`."""
    first = sx.strip_types(op.args[0]) if op.api == "sql" and op.args else None
    if first is not None and first.type == "call_expression":  # a tagged template, postgres.js sql`...`
        tagged = first.child_by_field_name("arguments")
        first = tagged if tagged is not None and tagged.type == "template_string" else first
    return first is not None and first.type in ("template_string", "string") and _sql_by_credential(src, first)


# `where i.code_hash = ${sha256(code)}`, `WHERE token = $1`: a column compared with a pasted or bound value
_SQL_EQ_TERM = re.compile(r'(?i)(?:\b\w+\.)?"?(\w+)"?\s*=\s*(?:\x00|\$\d+\b|\?(?!\?)|:\w+)')


def _sql_by_credential(src: bytes, text: Node) -> bool:
    """A raw SQL `WHERE` narrowed by a secret column (`code_hash`, `token`, not `token_id`) equal to a value
    the query is handed: the row is found only with that secret (not under an `OR`, where another term
    finds rows without it)."""
    body = "".join(
        "\x00" if c.type == "template_substitution" else sx.text(src, c)
        for c in (text.children if text.type == "template_string" else [text])
    )
    where = re.search(r"(?is)\bwhere\b(.*)", body)
    if where is None or re.search(r"(?i)\bor\b", where.group(1)):
        return False
    return any(
        vocab.is_secret_name(m.group(1)) and vocab.words(m.group(1))[-1] not in ("id", "ids")
        for m in _SQL_EQ_TERM.finditer(where.group(1))
    )


def filter_by_credential(src: bytes, where: Node | None) -> bool:
    """A filter object narrowed by a secret column set to a value the caller presents (`{ token: code }`,
    Prisma's `where` or a Mongoose filter itself)."""
    for key, value in calls.object_keys(src, where).items():
        ws = vocab.words(key)
        v = sx.strip_types(value)
        if v is not None and v.type == "call_expression" and _HASHER.search(sx.callee_name(src, v)):
            # `token: hashToken(input.token)`: the stored digest of the secret the caller presents
            hashed = sx.call_args(v)
            v = sx.strip_types(hashed[0]) if len(hashed) == 1 else None
        if (
            vocab.is_secret_name(key)
            and ws[-1] not in ("id", "ids")
            and v is not None
            and v.type in ("identifier", "member_expression", "shorthand_property_identifier")
        ):
            return True
    return False


# a table of codes handed out to let someone in (`InviteCode`, `registration_codes`): a row's key is the
# code itself, so the caller naming one was given it (the code is the capability, nobody's resource)
_HANDED_OUT_CODE_MODEL = re.compile(r"(?i)^(invite|invitation|registration|referral|sign_?up|join|access)_?codes?$")


def found_by_handed_out_code(src: bytes, op: calls.DbOp) -> bool:
    """`inviteCode.delete({ where: { uuid: codeId } })`: a row of a handed-out code table picked by its
    key alone (`id`, `uuid`, `code`): whoever sends that key holds the code."""
    if not _HANDED_OUT_CODE_MODEL.match(op.model or "") or not op.args or op.api not in ("prisma", "mongoose"):
        return False
    first = calls.object_keys(src, op.args[0])
    where = first.get("where") if op.api == "prisma" else sx.strip_types(op.args[0])
    keys = calls.object_keys(src, where) if where is not None else {}
    return len(keys) == 1 and next(iter(keys)) in ("id", "_id", "uuid", "code")


# a table of codes the app mails or texts to prove who holds them (`VerificationCode`, `otp_codes`): its
# `code` column is that secret (not a discount or coupon code, which anyone may be told)
_MAILED_CODE_MODEL = re.compile(r"(?i)^(verification|one_?time|otp|login|email_?verification)_?codes?$")


def found_by_mailed_code(src: bytes, op: calls.DbOp) -> bool:
    """`verificationCode.findFirst({ where: { code, kind: "OPT_OUT" } })`: a row of a mailed-code table
    narrowed by its `code` column set to a value the caller presents; whatever else narrows it, only the
    holder of the mailed code finds it."""
    if not _MAILED_CODE_MODEL.match(op.model or "") or not op.args or op.api not in ("prisma", "mongoose"):
        return False
    first = calls.object_keys(src, op.args[0])
    where = first.get("where") if op.api == "prisma" else sx.strip_types(op.args[0])
    value = sx.strip_types(calls.object_keys(src, where).get("code")) if where is not None else None
    return value is not None and value.type in ("identifier", "member_expression", "shorthand_property_identifier")


# a project's or library's digest of a value (`hashToken`, `sha256`, `createHash`-based helpers)
_HASHER = re.compile(r"(?i)(^|\.)(hash\w*|sha\d*\w*|digest\w*)$")


def trimmed_secret(src: bytes, value: Node | None, mentioned: set[str] | None = None) -> bool:
    """`token.endsWith(".ics") ? token.slice(0, -4) : token`: a value made of the caller's secret alone
    (`token`, not `tokenId`), trimmed or tested by its own methods; no function applied to it.
    ``mentioned``: the value's identifiers (`flow.identifiers`), when known."""
    if mentioned is not None and not any(map(vocab.is_secret_name, mentioned)):
        return False  # (most values bound name no secret at all: no walk of them)
    # (each name is judged as the walk meets it: one that is no secret's settles the answer, and most
    # values bound, `await db.user.findMany(...)`, name a client or a helper first)
    named = False
    for n in sx.walk_named(value) if value is not None else []:  # (named kinds only, below)
        t = n.type
        if t == "call_expression":
            f = sx.strip_types(n.child_by_field_name("function"))
            if f is None or f.type != "member_expression":
                return False
        elif t == "identifier":
            if not _secret_alone(sx.text(src, n)):
                return False
            named = True
        elif t in sx.FUNCTION_TYPES:
            return False
    return named


def _secret_alone(name: str) -> bool:
    """A name of the caller's secret itself (`token`), not of its id (`tokenId`)."""
    return vocab.is_secret_name(name) and vocab.words(name)[-1] not in ("id", "ids")


def stops_signed_out(src: bytes, call: Node) -> bool:
    """Stack Auth `app.getUser({ or: "redirect" })` / `{ or: "throw" }`: the session read redirects
    or throws itself when nobody is signed in (without the option it returns null)."""
    args = sx.call_args(call)
    opts = sx.strip_types(args[0]) if args else None
    if opts is None or opts.type != "object":
        return False
    return any(
        p.type == "pair"
        and sx.text(src, p.child_by_field_name("key")).strip("'\"") == "or"
        and sx.string_value(src, p.child_by_field_name("value")) in ("redirect", "throw")
        for p in opts.named_children
    )


def pinned_to_session(src: bytes, fn: Node, at: Node, name: str, sessionish: set[str]) -> bool:
    """Before ``at``, an exit taken whenever ``name`` differs from a session value (`if (!session ||
    userId !== session.user.id) return`): past it, ``name`` is the caller's own id. Not under `&&`,
    where the exit may be skipped with the values unequal."""
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if stmt.end_byte > at.start_byte:
            break
        cond = stmt.child_by_field_name("condition")
        if cond is None or stmt.parent is None or not sx.contains(stmt.parent, at):
            continue
        if not sx.exits(src, stmt.child_by_field_name("consequence")):
            continue
        for n in sx.walk(cond):
            if n.type != "binary_expression" or sx.text(src, n.child_by_field_name("operator")) not in ("!=", "!=="):
                continue
            left, right = sx.strip_types(n.child_by_field_name("left")), sx.strip_types(n.child_by_field_name("right"))
            for a, b in ((left, right), (right, left)):
                if (
                    a is not None
                    and a.type == "identifier"
                    and sx.text(src, a) == name
                    and sx.root_identifier(src, b) in sessionish
                    and not under_and(n, cond)
                ):
                    return True
    return False


def under_and(node: Node, cond: Node) -> bool:
    """``node`` sits under a `&&` of ``cond`` (where an exit it decides may be skipped)."""
    p = node.parent
    while p is not None and p.start_byte >= cond.start_byte and p.end_byte <= cond.end_byte:
        op = p.child_by_field_name("operator") if p.type == "binary_expression" else None
        if op is not None and op.type == "&&":
            return True
        p = p.parent
    return False


def passes_only_checked(fn: Function, returns: list[tuple[Node, bool]]) -> bool:
    """`if (ROLES.has(me.role)) return Effect.void; return Effect.fail(denied)`, or the same ending in
    `throw`: a gate written positively. Its body cannot run off its end, and every return that does
    not fail (``returns``: each return statement and whether the check held there) is past the check."""
    body = fn.body
    src = fn.module.src
    if body is None or body.type != "statement_block" or sx.exits(src, body) != "throw":
        return False
    own = body.parent.id if body.parent is not None else -1
    passes = [
        held
        for node, held in returns
        if getattr(sx.enclosing_function(node), "id", None) == own and sx.exits(src, node) != "throw"
    ]
    return bool(passes) and all(passes)


# A row's field that holds a client's credential (`row.domainToken`, `tenant.scimToken`, `key.secretHash`)
# a credential header: `authorization`, `x-api-key`, also a device's or client's own (`"x-device-token"`)
_BEARER_WORDS = re.compile(r"(?i)authorization|api-key|[\w-]-(token|key)[\"'`]")
_STORED_SECRET = re.compile(r"(?i)(token|secret|api_?key|key_?hash|secret_?hash|token_?hash)$")
_STORED_READS = re.compile(r"(?i)(findUnique|findFirst|findOne|findUniqueOrThrow|findFirstOrThrow|executeTakeFirst)$")


def stored_client_secret(src: bytes, fns: list[Node]) -> bool:
    """The caller's header credential is compared with one stored on a row the function looked up
    (`const row = await db.school.findUnique(...); secureCompare(token, row.domainToken)`): a key issued
    to one customer (a SCIM or partner API client), not a provider's or a scheduler's shared secret. Also a
    signature the function computes with such a key (`createHmac("sha256", partner.webhookSecret)`)."""
    for fn in fns:
        text = sx.text(src, fn)
        # (or a signature the handler works out itself with that key, `createHmac("sha256",
        # partner.webhookSecret)`: a partner's own key; a provider library's check, Stripe's `constructEvent`
        # with a connected account's secret, verifies the provider's event)
        bearer = _BEARER_WORDS.search(text) is not None
        if not bearer and "createHmac" not in text:
            continue
        rows: set[str] = set()
        for d in sx.find(fn, ("variable_declarator",), False):
            value = sx.unwrap(d.child_by_field_name("value"))
            name = d.child_by_field_name("name")
            if value is None or name is None or name.type != "identifier" or value.type != "call_expression":
                continue
            if _STORED_READS.search(sx.callee_name(src, value)):
                rows.add(sx.text(src, name))
        if not rows:
            continue
        for n in sx.find(fn, ("call_expression", "binary_expression"), False):
            parts = (
                sx.call_args(n)
                if n.type == "call_expression"
                else [n.child_by_field_name("left"), n.child_by_field_name("right")]
            )
            callee = sx.callee_name(src, n) if n.type == "call_expression" else ""
            if not bearer and sx.last_name(callee) != "createHmac":
                continue  # (no bearer header read: only the handler's own HMAC tells a partner's key)
            if n.type == "call_expression" and not _SIGNATURE_WORK.search(callee):
                continue
            if n.type == "binary_expression" and sx.text(src, n.child_by_field_name("operator")) not in ("===", "!=="):
                continue
            for p in parts:
                p = sx.strip_types(p)
                if p is None or p.type != "member_expression":
                    continue
                prop = sx.text(src, p.child_by_field_name("property"))
                if sx.root_identifier(src, p) in rows and _STORED_SECRET.search(prop):
                    return True
    return False


# a stored password hash checked against what a person typed: `bcrypt.compare(pin, row.pinHash)`
_HASH_CHECKS = re.compile(r"^(bcrypt(js)?\.compare(Sync)?|argon2\.verify|verify_?password|compare_?password)$", re.I)
_PERSON_SECRET_WORDS = frozenset({"pin", "password", "passcode", "passphrase", "pwd"})


def person_credential_checked(src: bytes, fn: Node) -> bool:
    """`bcrypt.compare(String(pin), op.pinHash)`: a PIN or password sent along is checked against the
    hash stored for a person. Past a device's or a partner's shared key, a person typed what the
    request carries (a kiosk's attendant), not a provider or a scheduler."""
    if src.find(b"ompare", fn.start_byte, fn.end_byte) == -1 and src.find(b"erify", fn.start_byte, fn.end_byte) == -1:
        return False
    for call in sx.find(fn, ("call_expression",)):
        if not _HASH_CHECKS.match(sx.callee_name(src, call)):
            continue
        for a in sx.call_args(call):
            text = sx.text(src, a)
            if "env." in text:
                break
            names = [sx.text(src, i) for i in sx.walk(a) if i.type in ("identifier", "property_identifier")]
            if any(set(vocab.words(n)) & _PERSON_SECRET_WORDS and "hash" not in vocab.words(n) for n in names):
                return True
    return False


# `secureCompare`, `timingSafeEqual`, `safeEqual`: a comparison by call
_COMPARE_CALL = re.compile(r"(?i)compare|equals?$")


def signed_in_by_secret(src: bytes, fn: Node, at: Node, value: Node) -> bool:
    """``value`` (`memberId`, `input.memberId`) picks a row whose stored PIN or password hash ``fn`` compares
    with what the client typed before ``at`` (`const [m] = await db.select(...).where(eq(members.id,
    memberId)); if (!secureCompare(m.pinHash, hashSecret(pin))) return`): the caller proved they are that
    person, a sign-in at a shared kiosk, so the id names the caller, as a session's would."""
    node = sx.strip_types(value)
    if node is None or node.type not in ("identifier", "member_expression", "shorthand_property_identifier"):
        return False
    picked = sx.text(src, node)
    rows: set[str] = set()
    for d in sx.find(fn, ("variable_declarator",), False):
        if d.start_byte >= at.start_byte:
            break
        name, init = d.child_by_field_name("name"), d.child_by_field_name("value")
        if name is None or init is None or picked not in sx.text(src, init):
            continue
        if name.type == "identifier":
            rows.add(sx.text(src, name))
        elif name.type == "array_pattern":
            rows |= {sx.text(src, c) for c in name.named_children if c.type == "identifier"}
    if not rows:
        return False
    for n in sx.find(fn, ("call_expression", "binary_expression"), False):
        if n.start_byte >= at.start_byte:
            break
        if n.type == "binary_expression":
            if sx.text(src, n.child_by_field_name("operator")) not in ("===", "!==", "==", "!="):
                continue
            parts = [n.child_by_field_name("left"), n.child_by_field_name("right")]
        elif _HASH_CHECKS.match(sx.callee_name(src, n)) or _COMPARE_CALL.search(sx.last_name(sx.callee_name(src, n))):
            parts = list(sx.call_args(n))
        else:
            continue
        stored = other = False
        for p in parts:
            p = sx.strip_types(p)
            if p is None:
                continue
            # (`m.pinHash`, also wrapped: `Buffer.from(m.pinHash)`)
            held = any(
                m.type == "member_expression"
                and sx.root_identifier(src, m) in rows
                and set(vocab.words(sx.text(src, m.child_by_field_name("property")))) & _PERSON_SECRET_WORDS
                for m in sx.walk(p)
            )
            if held:
                stored = True
            elif "env." not in sx.text(src, p):
                other = True
        if stored and other:
            return True
    return False


def with_local_helpers(fn: Function, resolve: Resolver) -> list[Node]:
    """``fn``'s node and those of the same module's functions it calls directly (`scimSchool(req)`)."""
    out = [fn.node]
    for call in sx.find(fn.node, ("call_expression",), False):
        fn_node = call.child_by_field_name("function")
        if fn_node is None or fn_node.type != "identifier":
            continue
        target = resolve(fn.module, call)
        if target is not None and target.module is fn.module and target.node not in out:
            out.append(target.node)
    return out


# What turns the caller's code into the stored form, or trims both sides alike, before a comparison:
# `sha256(String(pin))`, `hash.slice(0, 16)`
_DIGEST_CALL = re.compile(r"(?i)^(sha\d*\w*|md5|hash\w*|\w*Hash|digest\w*|String|Number)$")
# a digest given a salt after the value (`hashPin(pin, salt)`, `hashPassword(pw, salt)`; not `String(x, ...)`)
_SALTED_DIGEST_CALL = re.compile(r"(?i)^(sha\d*\w*|md5|hash\w*|\w*Hash|digest\w*)$")
# (`key.slice(-6).replace(/\D/g, "").padStart(4, "0")`: a code worked out of a stored field is still that field's)
_TRIMS = frozenset(
    {
        "slice",
        "substring",
        "substr",
        "toLowerCase",
        "toUpperCase",
        "trim",
        "normalize",
        "replace",
        "replaceAll",
        "padStart",
    }
)


def _hash_update(src: bytes, digest: Node | None) -> Node | None:
    """The value of `x` in `<hash>.update(x).digest`, given the `.digest` member."""
    if digest is None or digest.type != "member_expression":
        return None
    update = sx.strip_types(digest.child_by_field_name("object"))
    if update is None or update.type != "call_expression" or sx.last_name(sx.callee_name(src, update)) != "update":
        return None
    args = sx.call_args(update)
    return sx.strip_types(args[0]) if len(args) == 1 else None


def compared_origin(src: bytes, node: Node | None, fn: Node | None, depth: int = 0) -> Node | None:
    """The value a compared side is made from: the caller's code inside digest or coercion calls
    (`sha256(String(pin))`, `createHash(alg).update(pin).digest()`), trims of either (`hash.slice(0, 16)`),
    and the locals of ``fn`` holding them (`const pairingHash = sha256(body.pairingCode)`)."""
    node = sx.strip_types(node)
    while node is not None and node.type == "call_expression":
        args = sx.call_args(node)
        callee = sx.callee_name(src, node)
        fn_node = sx.strip_types(node.child_by_field_name("function"))
        trim = "." in callee and sx.last_name(callee) in _TRIMS
        fed = _hash_update(src, fn_node) if sx.last_name(callee) == "digest" else None
        if trim and fn_node is not None and fn_node.type == "member_expression":
            node = sx.strip_types(fn_node.child_by_field_name("object"))
        elif fed is not None:
            node = fed  # `createHash("sha256").update(pin).digest("hex")`: the value fed to the hash
        elif len(args) == 1 and _DIGEST_CALL.match(sx.last_name(callee)):
            node = sx.strip_types(args[0])
        elif len(args) == 2 and _SALTED_DIGEST_CALL.match(sx.last_name(callee)):
            node = sx.strip_types(args[0])  # `hashPin(pin, site.id)`: the value first, its salt after
        else:
            break
    if node is not None and node.type == "identifier" and fn is not None and depth < 3:
        name = sx.text(src, node)
        for d in sx.find(fn, ("variable_declarator",), into_functions=False):
            target = d.child_by_field_name("name")
            value = d.child_by_field_name("value")
            named = target is not None and target.type == "identifier" and sx.text(src, target) == name
            if named and value is not None:
                inner = sx.unwrap(value)
                origin = compared_origin(src, inner, fn, depth + 1) if inner is not None else None
                if (
                    inner is not None
                    and origin is not None
                    and sx.callee_name(src, inner) in ("String", "Number")
                    and origin.type not in ("identifier", "member_expression")
                ):
                    continue  # `const pin = String(formData.get("pin") ?? "")`: the local is the value, coerced
                if inner is not None and inner.type == "call_expression" and origin is not inner:
                    return origin  # (a local holding a digest or trim of the value, not the value itself)
    return node
