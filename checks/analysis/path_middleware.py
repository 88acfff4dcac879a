"""A Next.js `middleware.ts` / `proxy.ts` that refuses anonymous callers on the paths it tests.

A route handler answers at its own path only, so a middleware that provably runs there (its
`config.matcher`) and, on a path test of its own body covering that path, answers 401/403 or redirects
when the session it read is missing, signs the caller in before the handler runs. Server actions are
never credited this way (they can be posted to any page path): callers ask for route handlers only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import object_keys
from checks.analysis.flow import staff_principal
from checks.analysis.module import Module
from checks.analysis.quota import counts_requests

if TYPE_CHECKING:
    from checks.analysis.flow import Analyzer

_APP_ROUTE = re.compile(r"^(?P<root>(.*/)?)app/(?P<route>(.*/)?)route\.(ts|tsx|js|jsx|mjs)$")
_EXTS = ("ts", "js", "tsx", "jsx", "mjs")
_REFUSAL_STATUS = re.compile(r"\bstatus\s*:\s*(401|403)\b")
_REDIRECT = frozenset({"NextResponse.redirect", "Response.redirect"})
_EXCEPT_ALL = re.compile(r"/\(\(\?!((?:[\w./-]+\|)*[\w./-]+)\)\.\*\)")
_EXCEPT_ANY = re.compile(r"/\(\(\?!(.+)\)\.\*\)")
_PASS = frozenset({"NextResponse.next", "NextResponse.rewrite"})


def route_url(path: str) -> tuple[str, str] | None:
    """(folder holding `app/`, URL path) of an app-router route file: route groups `(x)` and parallel
    slots `@x` add nothing to the path; dynamic segments stay as written (`[id]`, one segment)."""
    m = _APP_ROUTE.match(path)
    if m is None:
        return None
    parts = [p for p in m.group("route").split("/") if p and not (p.startswith("(") or p.startswith("@"))]
    if any(p.startswith("[[") for p in parts):
        return None  # an optional catch-all answers shorter paths too: not worked out
    return m.group("root"), "/" + "/".join(parts)


def guarding_middleware(az: Analyzer, path: str, method: str | None = None) -> tuple[str, bool] | None:
    """The middleware file that refuses an anonymous caller of the route file at ``path``, if any, and
    whether it also refuses (403) a caller who is no member of the tenant the path's first dynamic
    segment under the tested prefix names (`/api/projects/[projectId]/...`)."""
    found = route_url(path)
    if found is None:
        return None
    root, url = found
    memo = az.program.memos.setdefault("path_middleware", {})
    assert isinstance(memo, dict)
    if root not in memo:
        memo[root] = _middleware(az, root)
    mw = memo[root]
    if mw is None:
        return None
    mod, fn, matchers, clerk = mw
    if matchers is not None and not any(m.fullmatch(url) for m in matchers):
        return None  # (Next.js never runs it for this path)
    outer = sx.set_current(mod.parsed)
    try:
        if fn.type == "call_expression":
            verdict = _auth_middleware_protects(mod, fn, url)
        elif clerk:
            verdict = _clerk_protects(mod, fn, url, method, az)
        else:
            verdict = _refuses_anonymous(az, mod, fn, url) or _anonymous_refused(az, mod, fn, url, method)
    finally:
        sx.set_current(outer)
    # (a 403 to non-members of the tenant the path names, or a session only operators hold: a role)
    return (mod.path, verdict in ("member", "staff")) if verdict else None


def limiting_middleware(az: Analyzer, root: str, url: str) -> str | None:
    """The middleware file under ``root`` that counts requests and answers too many with 429
    (`const n = await redis.incr(key); if (n > 10) return 429`) and whose `config.matcher` names the
    URL path ``url`` exactly: it limits every post to that path (a Credentials provider's callback,
    `/api/auth/callback/credentials`). No matcher (every path) or a pattern is not read as this:
    the limiter must provably be meant for that path."""
    mw = _middleware(az, root)
    if mw is None or mw[3] or mw[1].type == "call_expression":
        return None
    mod, fn, _, _ = mw
    if not any(_literal_matcher(mod, item) == url for item in _matcher_items(mod)):
        return None
    text = sx.text(mod.src, fn)
    if not re.search(r"\bstatus\s*:\s*429\b", text) or not counts_requests(fn, mod.src):
        return None
    return mod.path


def _matcher_items(mod: Module) -> list[Node]:
    """The entries of `config.matcher` (one string, or an array's items)."""
    for decl in sx.find(mod.parsed.root, ("variable_declarator",), into_functions=False):
        if sx.text(mod.src, decl.child_by_field_name("name")) != "config":
            continue
        config = sx.unwrap(decl.child_by_field_name("value"))
        if config is None or config.type != "object":
            return []
        value = object_keys(mod.src, config).get("matcher")
        value = sx.unwrap(value) if value is not None else None
        if value is None:
            return []
        return [x for x in value.named_children] if value.type == "array" else [value]
    return []


def _literal_matcher(mod: Module, item: Node | None) -> str | None:
    """A matcher entry that is a plain path (`"/api/auth/callback/credentials"`), no parameter or pattern."""
    value = sx.string_value(mod.src, sx.unwrap(item)) if item is not None else None
    if not value or not value.startswith("/") or re.search(r"[:*+?()\\\[\]{}^$|]", value):
        return None
    return value.rstrip("/") or "/"


def _middleware(az: Analyzer, root: str) -> tuple[Module, Node, list[re.Pattern[str]] | None, bool] | None:
    for name in ("middleware", "proxy"):
        for ext in _EXTS:
            mod = az.program.module(f"{root}{name}.{ext}")
            if mod is None:
                continue
            resolved = az.program.resolve_export(mod, "default") or az.program.resolve_export(mod, name)
            if resolved is None or resolved[0] is not mod:
                return None
            fn = sx.strip_types(resolved[1])
            callee = sx.callee_name(mod.src, fn) if fn is not None and fn.type == "call_expression" else ""
            if callee == "authMiddleware" and fn is not None:
                return mod, fn, _matchers(mod), True  # Clerk v4: its options say what stays public
            clerk = callee == "clerkMiddleware"
            if clerk and fn is not None:
                # Clerk's library middleware: what its callback protects (no callback: nothing)
                args = sx.call_args(fn)
                fn = sx.strip_types(args[0]) if args else None
            if fn is None or fn.type not in ("function_declaration", "function_expression", "arrow_function"):
                return None  # (another library middleware, `auth`: not read here)
            return mod, fn, _matchers(mod), clerk
    return None


def _matchers(mod: Module) -> list[re.Pattern[str]] | None:
    """The paths `config.matcher` runs the middleware on (None: every path, no matcher); entries
    with regular-expression syntax are left out (never counted as covering a path)."""
    config = None
    for decl in sx.find(mod.parsed.root, ("variable_declarator",), into_functions=False):
        if sx.text(mod.src, decl.child_by_field_name("name")) == "config":
            config = sx.unwrap(decl.child_by_field_name("value"))
    if config is None:
        return None
    out: list[re.Pattern[str]] = []
    if config.type != "object":
        return out
    for pair in config.named_children:
        if pair.type != "pair" or sx.text(mod.src, pair.child_by_field_name("key")).strip("'\"") != "matcher":
            continue
        value = sx.unwrap(pair.child_by_field_name("value"))
        items = value.named_children if value is not None and value.type == "array" else [value]
        for item in items:
            item = sx.unwrap(item)
            if item is not None and item.type == "object":
                # `{ source: "/dashboard/:path*" }`; with `has`/`missing` it runs on some requests only
                keys = object_keys(mod.src, item)
                if keys.keys() & {"has", "missing"}:
                    continue
                item = keys.get("source")
            pattern = _matcher_regex(sx.string_value(mod.src, item))
            if pattern is not None:
                out.append(pattern)
    return out


def _matcher_regex(matcher: str | None) -> re.Pattern[str] | None:
    """`/api/projects/:path+` as a regular expression over URL paths (`:p` one segment, `:p*` any,
    `:p+` at least one, `:p?` at most one); None for anything else (groups, lookaheads)."""
    if matcher:
        # `/((?!_next/static|_next/image|favicon.ico).*)`: every path but those starting with one of
        # the literal alternatives (a `.` there matches any character: it only leaves out more)
        m = _EXCEPT_ALL.fullmatch(matcher)
        if m is not None:
            return re.compile("/(?!" + m.group(1) + ").*")
        # `/((?!_next/static|.*\\.(?:svg|png)$).*)`: the same with regular-expression alternatives
        # (Next.js passes the group through; the source's `\\` is one backslash)
        m = _EXCEPT_ANY.fullmatch(matcher)
        if m is not None:
            alternatives = m.group(1).replace("\\\\", "\\")
            try:
                re.compile(alternatives)  # (one group: `(?!a)b(?!c)` is no lookahead around `.*`)
                return re.compile("/(?!" + alternatives + ").*")
            except re.error:
                return None
    if matcher and matcher.startswith("/") and ":" not in matcher and "(" in matcher:
        return _grouped_regex(matcher)
    if not matcher or not matcher.startswith("/") or re.search(r"[()\\\[\]{}^$|]", matcher):
        return None
    out = ""
    for segment in matcher.strip("/").split("/") if matcher != "/" else []:
        m = re.fullmatch(r":\w+([*+?]?)", segment)
        if m is None:
            if re.search(r"[:*+?]", segment):
                return None
            out += "/" + re.escape(segment)
        else:
            out += {"": "/[^/]+", "*": "(/.*)?", "+": "/.+", "?": "(/[^/]+)?"}[m.group(1)]
    return re.compile(out or "/")


def _path_prefix(az: Analyzer, mod: Module, fn: Node, cond: Node | None) -> str | None:
    """The path prefix a middleware's test reads (`pathname.startsWith("/api/x")`, or a local bound to
    `pathname.match(/^\\/api\\/x.../)`), alone or as the first term of an `&&`."""
    cond = sx.unwrap(cond)
    if cond is None:
        return None
    if cond.type == "binary_expression" and sx.text(mod.src, cond.child_by_field_name("operator")) == "&&":
        return _path_prefix(az, mod, fn, cond.child_by_field_name("left"))
    if cond.type == "identifier":
        decl = sx.first_declarators(mod.src, fn).get(sx.text(mod.src, cond))
        return _path_prefix(az, mod, fn, decl.child_by_field_name("value")) if decl is not None else None
    if cond.type != "call_expression":
        return None
    callee = _pathname_callee(mod, fn, cond)
    args = sx.call_args(cond)
    if not (callee.endswith("pathname.startsWith") or callee.endswith("pathname.match")) or not args:
        return None
    if callee.endswith("startsWith"):
        return sx.string_value(mod.src, args[0])
    regex = sx.strip_types(args[0])
    if regex is None or regex.type != "regex":
        return None
    pattern = sx.text(mod.src, regex.child_by_field_name("pattern"))
    m = re.match(r"\^((?:\\/|[\w-])+)", pattern)
    return m.group(1).replace("\\/", "/") if m else None


def _pathname_callee(mod: Module, fn: Node, call: Node) -> str:
    """The callee of ``call``, with a receiver that is a local bound to the URL's path (`const path =
    request.nextUrl.pathname; path.startsWith(...)`) read as that path (`pathname.startsWith`)."""
    callee = sx.callee_name(mod.src, call)
    head, dot, method = callee.partition(".")
    if not dot or "." in method:
        return callee
    decl = sx.first_declarators(mod.src, fn).get(head)
    value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    if value is not None and value.type == "member_expression" and sx.text(mod.src, value).endswith(".pathname"):
        return f"pathname.{method}"
    return callee


def _path_test_misses(mod: Module, fn: Node, term: Node | None, url: str) -> bool:
    """``term`` tests the URL's path and is false for ``url`` (`path.includes("health")` of a path
    without it, `path.startsWith("/public")`, `path === "/login"`)."""
    term = sx.unwrap(term)
    if term is None:
        return False
    if term.type == "binary_expression":
        op = sx.text(mod.src, term.child_by_field_name("operator"))
        left, right = term.child_by_field_name("left"), term.child_by_field_name("right")
        literal = sx.string_value(mod.src, right)
        if op in ("===", "==") and literal is not None and left is not None:
            return _path_value(mod, fn, left) and literal != url
        return False
    if term.type != "call_expression":
        return False
    callee = _pathname_callee(mod, fn, term)
    args = sx.call_args(term)
    literal = sx.string_value(mod.src, args[0]) if len(args) == 1 else None
    if literal is None or (not callee.startswith("pathname.") and ".pathname." not in callee):
        return False
    method = callee.rsplit(".", 1)[-1]
    if method == "includes":
        return literal not in url
    if method == "startsWith":
        return not url.startswith(literal)
    if method == "endsWith":
        return not url.endswith(literal)
    return False


def _path_value(mod: Module, fn: Node, value: Node) -> bool:
    """``value`` is the URL's path (`request.nextUrl.pathname`, or a local bound to it)."""
    node = sx.unwrap(value)
    if node is None:
        return False
    text = sx.text(mod.src, node)
    if text.endswith(".pathname") or text == "pathname":
        return True
    decl = sx.first_declarators(mod.src, fn).get(text) if node.type == "identifier" else None
    bound = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    return bound is not None and sx.text(mod.src, bound).endswith(".pathname")


def _signed_in_test(az: Analyzer, mod: Module, fn: Node, cond: Node | None) -> str | None:
    """A local holding the session read, or a truth test of it (`!!session.adminId`,
    `Boolean(session.user)`), directly or through a local bound to one (`const isLoggedIn = ...`):
    "staff" when what it tests is a staff principal's id on the session (`session.adminId`: only
    operators hold one), "session" otherwise."""
    cond = _truth_of(mod, sx.unwrap(cond))
    if cond is None:
        return None
    tested = cond
    if cond.type == "identifier":
        decl = sx.first_declarators(mod.src, fn).get(sx.text(mod.src, cond))
        value = _truth_of(mod, sx.unwrap(decl.child_by_field_name("value"))) if decl is not None else None
        if value is not None and sx.root_identifier(mod.src, value) not in (None, sx.text(mod.src, cond)):
            tested = value
    root = sx.root_identifier(mod.src, tested)
    if root is None or not _session_derived(az, mod, fn, root):
        return None
    return "staff" if staff_principal(mod.src, tested) else "session"


def _truth_of(mod: Module, node: Node | None) -> Node | None:
    """`!!x` and `Boolean(x)` as `x`."""
    while node is not None:
        if node.type == "unary_expression" and sx.text(mod.src, node.child_by_field_name("operator")) == "!":
            inner = sx.unwrap(node.child_by_field_name("argument"))
            if inner is None or inner.type != "unary_expression":
                return node
            node = sx.unwrap(inner.child_by_field_name("argument"))
        elif node.type == "call_expression" and sx.callee_name(mod.src, node) == "Boolean":
            args = sx.call_args(node)
            node = sx.unwrap(args[0]) if len(args) == 1 else None
        else:
            return node
    return None


def _lets_signed_in_through(az: Analyzer, mod: Module, fn: Node, stmts: list[Node], url: str) -> str | None:
    """`if (path.includes("health") || isLoggedIn) return NextResponse.next(); return 401`: the branch
    passes the request on only when the caller is signed in (any other term of the `||` a path test
    that is false for ``url``), and refuses it otherwise: what `_signed_in_test` says of the test."""
    if len(stmts) < 2 or stmts[0].type != "if_statement" or stmts[0].child_by_field_name("alternative"):
        return None
    first, rest = stmts[0], stmts[1]
    if not _refusal(mod, rest) or not _passes(mod, first.child_by_field_name("consequence")):
        return None
    terms: list[Node] = []
    todo = [sx.unwrap(first.child_by_field_name("condition"))]
    while todo:
        t = todo.pop()
        if t is None:
            return None
        if t.type == "binary_expression" and sx.text(mod.src, t.child_by_field_name("operator")) == "||":
            todo += [sx.unwrap(t.child_by_field_name("left")), sx.unwrap(t.child_by_field_name("right"))]
        else:
            terms.append(t)
    signed = {t.id: v for t in terms if (v := _signed_in_test(az, mod, fn, t)) is not None}
    if not signed or not all(t.id in signed or _path_test_misses(mod, fn, t, url) for t in terms):
        return None
    return "staff" if all(v == "staff" for v in signed.values()) else "session"


def _sole_return(stmt: Node | None) -> Node | None:
    """The value a branch returns when the branch is that one `return` (bare or in a block)."""
    stmt = sx.strip_types(stmt)
    if stmt is not None and stmt.type == "statement_block":
        body = sx.statements(stmt)
        stmt = body[0] if len(body) == 1 else None
    if stmt is None or stmt.type != "return_statement" or not stmt.named_children:
        return None
    return sx.unwrap(stmt.named_children[0])


def _passes(mod: Module, stmt: Node | None) -> bool:
    """A branch that only hands the request on (`return NextResponse.next()`)."""
    value = _sole_return(stmt)
    return value is not None and value.type == "call_expression" and sx.callee_name(mod.src, value) in _PASS


def _refusal(mod: Module, stmt: Node | None) -> bool:
    """A branch answering 401/403 (`NextResponse.json(e, { status: 401 })`) or redirecting."""
    return _refusal_value(mod, _sole_return(stmt))


def _session_derived(az: Analyzer, mod: Module, fn: Node, name: str, depth: int = 0) -> bool:
    """``name`` is bound to a session read (`await auth.api.getSession(...)`, or a name a destructuring
    of one binds: `const { data: { user } } = await supabase.auth.getUser()`), or to a field of a local
    that is (`session?.user?.id`)."""
    value = _bound_value(mod, fn, name)
    if value is None or depth > 3:
        return False
    if any(az.is_auth_source_call(mod, c) for c in sx.find(value, ("call_expression",), into_functions=False)):
        return True
    root = sx.root_identifier(mod.src, sx.unwrap(value))
    return root is not None and root != name and _session_derived(az, mod, fn, root, depth + 1)


def _bound_value(mod: Module, fn: Node, name: str) -> Node | None:
    """The value of the first declaration in ``fn`` binding ``name`` (by name or in a pattern)."""
    decl = sx.first_declarators(mod.src, fn).get(name)
    if decl is None:
        for d in sx.find(fn, ("variable_declarator",), into_functions=False):
            pattern = d.child_by_field_name("name")
            if pattern is not None and pattern.type != "identifier" and name in sx.pattern_names(mod.src, pattern):
                decl = d
                break
    return decl.child_by_field_name("value") if decl is not None else None


def _anonymous_test(az: Analyzer, mod: Module, fn: Node, cond: Node | None) -> bool:
    """`!userId` (as a test or an `&&` term) of a local holding the session read."""
    cond = sx.unwrap(cond)
    if cond is None:
        return False
    if cond.type == "binary_expression" and sx.text(mod.src, cond.child_by_field_name("operator")) == "&&":
        return any(_anonymous_test(az, mod, fn, cond.child_by_field_name(k)) for k in ("left", "right"))
    if cond.type != "unary_expression" or sx.text(mod.src, cond.child_by_field_name("operator")) != "!":
        return False
    arg = sx.unwrap(cond.child_by_field_name("argument"))
    root = sx.root_identifier(mod.src, arg)
    return root is not None and _session_derived(az, mod, fn, root)


def _covers(prefix: str | None, url: str) -> bool:
    return prefix is not None and prefix.startswith("/") and url.startswith(prefix)


def _refuses_anonymous(az: Analyzer, mod: Module, fn: Node, url: str) -> str | None:
    """The middleware's top-level statements reach a test of a path prefix of ``url`` whose branch
    refuses a caller without a session (`if (!userId) return 401`), and nothing before it answers a
    request to ``url`` (only branches of path tests for other paths return): "member" when that branch
    also refuses non-members of the tenant the next path segment names, "staff" when the session it
    asks for is one only operators hold (`session.adminId`), "session" otherwise."""
    for stmt in sx.statements(sx.function_body(fn)):
        if stmt.type == "if_statement":
            cond = stmt.child_by_field_name("condition")
            cons = stmt.child_by_field_name("consequence")
            prefix = _path_prefix(az, mod, fn, cond)
            if prefix is not None and _covers(prefix, url):
                if _anonymous_test(az, mod, fn, cond) and _refusal(mod, cons):
                    return "session"  # `if (pathname.startsWith(p) && !session) return 401`
                passed = _lets_signed_in_through(az, mod, fn, sx.statements(cons), url)
                if passed is not None:
                    return passed
                for inner in sx.statements(cons):
                    if (
                        inner.type == "if_statement"
                        and _anonymous_test(az, mod, fn, inner.child_by_field_name("condition"))
                        and _refusal(mod, inner.child_by_field_name("consequence"))
                    ):
                        return "member" if _member_test(mod, fn, cond, cons, prefix, url) else "session"
                    if sx.find(inner, ("return_statement",), into_functions=False):
                        return None
                continue
            if prefix is not None and stmt.child_by_field_name("alternative") is None:
                continue  # a branch for other paths
        if sx.find(stmt, ("return_statement",), into_functions=False):
            return None  # an answer before any test of this path: it may let the caller through
    return None


def _member_test(mod: Module, fn: Node, cond: Node | None, branch: Node | None, prefix: str, url: str) -> bool:
    """`const m = pathname.match(/^\\/api\\/projects(?:\\/([^/]+))?/)`, then in its branch `if (!(await
    isMember(m[1], userId))) return 403` (directly or through locals): the tenant the route's next
    segment (`[projectId]`) names is one the caller belongs to."""
    if branch is None or not url[len(prefix) :].startswith("/["):
        return False
    cond = sx.unwrap(cond)
    decl = sx.first_declarators(mod.src, fn).get(sx.text(mod.src, cond)) if cond is not None else None
    value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    regex = sx.call_args(value)[0] if value is not None and value.type == "call_expression" else None
    pattern = sx.text(mod.src, regex.child_by_field_name("pattern")) if regex is not None else ""
    rest = pattern[len("^" + prefix.replace("/", "\\/")) :]
    if not (rest.startswith("(?:\\/([^/]+))") or rest.startswith("\\/([^/]+)")):
        return False  # (the first capture is not the next segment)
    segment = {f"{sx.text(mod.src, cond)}[1]"}
    locals_ = sx.first_declarators(mod.src, branch)
    for name, bound in locals_.items():
        if sx.text(mod.src, bound.child_by_field_name("value")) in segment:
            segment.add(name)  # `const projectId = m[1]`
    for test in sx.find(branch, ("if_statement",), into_functions=False):
        refusal = test.child_by_field_name("consequence")
        if not _refusal(mod, refusal) or "403" not in sx.text(mod.src, refusal):
            continue
        negated = sx.unwrap(test.child_by_field_name("condition"))
        if negated is None or negated.type != "unary_expression":
            continue
        checked = sx.unwrap(negated.child_by_field_name("argument"))
        if checked is not None and checked.type == "identifier":
            held = locals_.get(sx.text(mod.src, checked))
            checked = sx.unwrap(held.child_by_field_name("value")) if held is not None else None
        if checked is not None and checked.type == "await_expression":
            checked = sx.unwrap(checked.named_children[0]) if checked.named_children else None
        if (
            checked is not None
            and checked.type == "call_expression"
            and any(sx.text(mod.src, a) in segment for a in sx.call_args(checked))
        ):
            return True
    return False


def _grouped_regex(matcher: str) -> re.Pattern[str] | None:
    """`/(api|trpc)(.*)`, `/sign-in(.*)`: literal segments (`[\\w/-]` only) and parenthesised groups,
    which path-to-regexp passes through as regular expressions (a modifier `?*+` may follow one)."""
    out, depth, start = "", 0, 0
    for i, ch in enumerate(matcher):
        if ch == "\\" and depth:
            continue
        if ch == "(" and (i == 0 or matcher[i - 1] != "\\"):
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and matcher[i - 1] != "\\" and depth:
            depth -= 1
            if depth == 0:
                out += matcher[start : i + 1]
        elif depth == 0:
            if ch in "?*+" and out.endswith(")"):
                out += ch
            elif re.fullmatch(r"[\w/-]", ch):
                out += re.escape(ch)
            else:
                return None
    if depth:
        return None
    try:
        return re.compile(out)
    except re.error:
        return None


def _is_protect(mod: Module, auth: str, stmt: Node | None) -> bool:
    """`await auth.protect()`, `auth().protect()`, `(await auth()).protect()` as a statement."""
    node = sx.unwrap(stmt.named_children[0]) if stmt is not None and stmt.type == "expression_statement" else None
    if node is not None and node.type == "await_expression" and node.named_children:
        node = sx.unwrap(node.named_children[0])
    if node is None or node.type != "call_expression":
        return False
    callee = re.sub(r"\s+|await\s*", "", sx.text(mod.src, node.child_by_field_name("function")))
    return callee.strip("()") in (f"{auth}.protect", f"{auth}().protect", f"{auth}()).protect")


def _protects(mod: Module, auth: str, stmt: Node | None) -> bool:
    stmt = sx.strip_types(stmt)
    if stmt is not None and stmt.type == "statement_block":
        reads: set[str] = set()
        for s in sx.statements(stmt):
            if _is_protect(mod, auth, s) or _refuses_signed_out(mod, reads, s):
                return True
            reads |= _session_reads(mod, auth, s)
            if sx.find(s, ("return_statement", "throw_statement"), into_functions=False):
                return False  # (an earlier answer)
        return False
    return _is_protect(mod, auth, stmt)


def _session_reads(mod: Module, auth: str, stmt: Node | None) -> set[str]:
    """What `const { userId } = await auth()` (`userId`) or `const session = await auth()`
    (`session.userId`) binds to the signed-in user's id: the callback's own `auth()` read."""
    out: set[str] = set()
    if stmt is None or stmt.type not in ("lexical_declaration", "variable_declaration"):
        return out
    for decl in stmt.named_children:
        value = sx.unwrap(decl.child_by_field_name("value")) if decl.type == "variable_declarator" else None
        if value is not None and value.type == "await_expression" and value.named_children:
            value = sx.unwrap(value.named_children[0])
        if value is None or value.type != "call_expression" or sx.callee_name(mod.src, value) != auth:
            continue
        pattern = decl.child_by_field_name("name")
        if pattern is None:
            continue
        if pattern.type == "identifier":
            name = sx.text(mod.src, pattern)
            out |= {f"{name}.userId", f"{name}?.userId"}
        elif pattern.type == "object_pattern":
            for part in pattern.named_children:
                if part.type == "shorthand_property_identifier_pattern" and sx.text(mod.src, part) == "userId":
                    out.add("userId")
                elif part.type == "pair_pattern" and sx.text(mod.src, part.child_by_field_name("key")) == "userId":
                    bound = part.child_by_field_name("value")
                    if bound is not None and bound.type == "identifier":
                        out.add(sx.text(mod.src, bound))
    return out


def _refuses_signed_out(mod: Module, reads: set[str], stmt: Node | None) -> bool:
    """`if (!userId) return NextResponse.redirect(signIn)` on a user id the callback read: a signed-out
    request is answered (a redirect, a 401/403, `redirectToSignIn()`, a throw) and never reaches the route."""
    if not reads or stmt is None or stmt.type != "if_statement" or stmt.child_by_field_name("alternative"):
        return False
    cond = sx.unwrap(stmt.child_by_field_name("condition"))
    if cond is None or cond.type != "unary_expression" or sx.text(mod.src, cond.child_by_field_name("operator")) != "!":
        return False
    if re.sub(r"\s+", "", sx.text(mod.src, sx.unwrap(cond.child_by_field_name("argument")))) not in reads:
        return False
    branch = sx.strip_types(stmt.child_by_field_name("consequence"))
    if branch is None:
        return False
    body = sx.statements(branch) if branch.type == "statement_block" else [branch]
    last = body[-1] if body else None
    if last is None or any(
        sx.find(s, ("return_statement", "throw_statement"), into_functions=False) for s in body[:-1]
    ):
        return False  # (an earlier answer inside the branch)
    if last.type == "throw_statement":
        return True
    value = sx.unwrap(last.named_children[0]) if last.type == "return_statement" and last.named_children else None
    if (
        value is not None
        and value.type == "call_expression"
        and sx.callee_name(mod.src, value).endswith("redirectToSignIn")
    ):
        return True  # (Clerk's own: a redirect to the sign-in page)
    return _refusal_value(mod, value)


def _clerk_protects(mod: Module, fn: Node, url: str, method: str | None, az: Analyzer | None = None) -> str | None:
    """`clerkMiddleware(async (auth, req) => { if (!isPublic(req)) await auth.protect() })`: the
    callback reaches `auth.protect()` for ``url`` (and ``method``), every test before it decided
    (route matchers, path and method tests) and no earlier `return` answering this request."""
    params = fn.child_by_field_name("parameters")
    names = [sx.text(mod.src, p.child_by_field_name("pattern") or p) for p in (params.named_children if params else [])]
    if not names or not re.fullmatch(r"\w+", names[0]):
        return None
    body = sx.function_body(fn)
    if body is None or body.type != "statement_block":
        return None
    auth = names[0]
    reads: set[str] = set()
    for stmt in sx.statements(body):
        if _is_protect(mod, auth, stmt) or _refuses_signed_out(mod, reads, stmt):
            return "session"
        reads |= _session_reads(mod, auth, stmt)
        if stmt.type == "if_statement" and stmt.child_by_field_name("alternative") is None:
            cond = stmt.child_by_field_name("condition")
            holds = _decide(mod, fn, cond, url, method, az)
            if holds is False:
                continue
            if holds and _protects(mod, auth, stmt.child_by_field_name("consequence")):
                return "session"
            # (for a signed-out caller: a branch it never takes, `if (isAdmin) return next()`, or one
            # refusing it, `if (!session.isAuthenticated && !isPublic(req)) return redirect(signIn)`)
            anon = _decide(mod, fn, cond, url, method, az, anonymous=True, clerk_auth=auth) if holds is None else None
            if anon is False:
                continue
            if anon and _refusing_block(mod, stmt.child_by_field_name("consequence")):
                return "session"
            return None  # (a branch that may answer, or protect, this request: undecided)
        if sx.find(stmt, ("return_statement",), into_functions=False):
            return None
    return None


def _auth_middleware_protects(mod: Module, call: Node, url: str) -> str | None:
    """Clerk v4's `authMiddleware({ publicRoutes, ignoredRoutes })`: a signed-out request gets a 401
    (a redirect for pages) on every path neither list matches. Lists must be read in full (strings,
    Clerk path patterns, regular expressions); `beforeAuth`/`afterAuth` take the answer over: no credit."""
    args = sx.call_args(call)
    opts = sx.unwrap(args[0]) if args else None
    if len(args) > 1 or (opts is not None and opts.type != "object"):
        return None
    for pair in opts.named_children if opts is not None else []:
        if pair.type != "pair":
            return None  # (a spread, a method such as `afterAuth(auth, req) {}`)
        key = sx.text(mod.src, pair.child_by_field_name("key")).strip("'\"")
        if key in ("beforeAuth", "afterAuth"):
            return None
        if key not in ("publicRoutes", "ignoredRoutes"):
            continue
        value = sx.unwrap(pair.child_by_field_name("value"))
        items = value.named_children if value is not None and value.type == "array" else [value]
        for item in items:
            item = sx.strip_types(item)
            if item is not None and item.type == "regex":
                if sx.text(mod.src, item.child_by_field_name("flags")):
                    return None
                try:
                    if re.search(sx.text(mod.src, item.child_by_field_name("pattern")), url):
                        return None
                except re.error:
                    return None
                continue
            text = sx.string_value(mod.src, item)
            pattern = _matcher_regex(text) if text is not None else None
            if pattern is None:
                return None  # (not read: which paths are public is not known)
            if pattern.fullmatch(url):
                return None
    return "session"


def _decide(
    mod: Module,
    fn: Node,
    cond: Node | None,
    url: str,
    method: str | None,
    az: Analyzer | None = None,
    anonymous: bool = False,
    clerk_auth: str | None = None,
    depth: int = 0,
) -> bool | None:
    """The value of a middleware test for a request to ``url`` with ``method`` (None: not known):
    `&&`, `||`, `!` of method comparisons, path tests (against literals, or string constants ``az``
    resolves: `PATHS.login`) and Clerk route matchers; ``anonymous``: and of a test of the session the
    middleware read (`!user`), for a caller who has none; ``clerk_auth``: the Clerk callback's `auth`,
    whose `await auth()` is a signed-out object for that caller (`userId`, `sessionClaims`, and
    `isAuthenticated` empty, a local computed from them evaluated: `const isAdmin = s.sessionClaims?.role
    === "admin"`)."""
    cond = sx.unwrap(cond)
    if cond is None or depth > 4:
        return None
    if anonymous and clerk_auth is not None:
        if cond.type == "identifier" and sx.text(mod.src, cond) not in _CLERK_EMPTY:
            bound = sx.first_declarators(mod.src, fn).get(sx.text(mod.src, cond))
            held = sx.unwrap(bound.child_by_field_name("value")) if bound is not None else None
            if held is not None and held.type in ("binary_expression", "unary_expression"):
                return _decide(mod, fn, held, url, method, az, anonymous, clerk_auth, depth + 1)
        if _clerk_empty_field(mod, fn, cond, clerk_auth):
            return False
        cmp = sx.text(mod.src, cond.child_by_field_name("operator")) if cond.type == "binary_expression" else ""
        rhs = sx.string_value(mod.src, cond.child_by_field_name("right")) if cmp else None
        if (
            cmp in ("===", "==", "!==", "!=")
            and rhs
            and _clerk_empty_field(mod, fn, sx.unwrap(cond.child_by_field_name("left")), clerk_auth)
        ):
            return cmp in ("!==", "!=")  # (an empty field equals no non-empty string)
    if anonymous and az is not None:
        root = sx.root_identifier(mod.src, cond) if cond.type in ("identifier", "member_expression") else None
        # (no session: every field of it is missing; an `error` beside it is set then)
        if root is not None and not re.search(r"(?i)err", root) and _session_derived(az, mod, fn, root):
            return False
    if cond.type == "unary_expression" and sx.text(mod.src, cond.child_by_field_name("operator")) == "!":
        inner = _decide(mod, fn, cond.child_by_field_name("argument"), url, method, az, anonymous, clerk_auth, depth)
        return None if inner is None else not inner
    if cond.type == "binary_expression":
        op = sx.text(mod.src, cond.child_by_field_name("operator"))
        left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
        if op in ("&&", "||"):
            a = _decide(mod, fn, left, url, method, az, anonymous, clerk_auth, depth)
            b = _decide(mod, fn, right, url, method, az, anonymous, clerk_auth, depth)
            short = op == "||"  # (the value that settles it)
            if a is short or b is short:
                return short
            return None if a is None or b is None else not short
        literal = _constant_string(az, mod, right)
        if op in ("===", "==", "!==", "!=") and literal is not None and left is not None:
            subject = sx.text(mod.src, sx.unwrap(left))
            if subject == "method" or subject.endswith(".method"):
                value = None if method is None else method == literal
            elif _path_value(mod, fn, left):
                value = url == literal
            else:
                return None
            return None if value is None else value == (op in ("===", "=="))
        return None
    if cond.type != "call_expression":
        return None
    args = sx.call_args(cond)
    callee = sx.strip_types(cond.child_by_field_name("function"))
    if callee is not None and callee.type == "member_expression":
        obj = sx.strip_types(callee.child_by_field_name("object"))
        prop = sx.text(mod.src, callee.child_by_field_name("property"))
        if obj is not None and obj.type == "regex" and prop == "test" and len(args) == 1:
            if not _path_value(mod, fn, args[0]) or sx.text(mod.src, obj.child_by_field_name("flags")):
                return None
            try:
                return re.search(sx.text(mod.src, obj.child_by_field_name("pattern")), url) is not None
            except re.error:
                return None
        literal = _constant_string(az, mod, args[0]) if len(args) == 1 else None
        if literal is not None and obj is not None and _path_value(mod, fn, obj):
            if prop == "startsWith":
                return url.startswith(literal)
            if prop == "endsWith":
                return url.endswith(literal)
            if prop == "includes":
                return literal in url
        return None
    if callee is not None and callee.type == "identifier":
        patterns = _route_matcher(mod, sx.text(mod.src, callee))
        if patterns is None:
            return None
        return any(p.fullmatch(url) or p.fullmatch(url + "/") for p in patterns)
    return None


# Fields of Clerk's `await auth()` that are empty for a signed-out request (null, or false).
_CLERK_EMPTY = frozenset(
    ("userId", "sessionId", "sessionClaims", "isAuthenticated", "orgId", "orgRole", "orgSlug", "orgPermissions")
)


def _clerk_empty_field(mod: Module, fn: Node, node: Node | None, auth: str) -> bool:
    """`session.sessionClaims?.metadata?.role` or `session.isAuthenticated` of `const session = await
    auth()`, or `userId` of `const { userId } = await auth()`: a value a signed-out request lacks."""
    node = sx.strip_types(node)
    if node is None or node.type not in ("identifier", "member_expression"):
        return False
    chain: list[str] = []
    while node is not None and node.type == "member_expression":
        chain.append(sx.text(mod.src, node.child_by_field_name("property")))
        node = sx.strip_types(node.child_by_field_name("object"))
    if node is None or node.type != "identifier":
        return False
    name = sx.text(mod.src, node)
    field = chain[-1] if chain else name
    if field not in _CLERK_EMPTY:
        return False
    value = _bound_value(mod, fn, name)
    value = sx.unwrap(value) if value is not None else None
    if value is not None and value.type == "await_expression" and value.named_children:
        value = sx.unwrap(value.named_children[0])
    if value is None or value.type != "call_expression" or sx.callee_name(mod.src, value) != auth:
        return False
    decl = value.parent
    while decl is not None and decl.type != "variable_declarator":
        decl = decl.parent
    pattern = decl.child_by_field_name("name") if decl is not None else None
    if pattern is None:
        return False
    if chain:
        return pattern.type == "identifier"  # (`session.<field>`)
    # (`const { userId } = await auth()`: the name is the field it destructures, not renamed)
    return any(
        part.type == "shorthand_property_identifier_pattern" and sx.text(mod.src, part) == name
        for part in pattern.named_children
    )


def _route_matcher(mod: Module, name: str) -> list[re.Pattern[str]] | None:
    """The paths of a module-level `const isPublic = createRouteMatcher(["/", "/api/public(.*)"])`
    (None unless every entry is a path pattern read here)."""
    decl = sx.first_declarators(mod.src, mod.parsed.root).get(name)
    value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    if value is None or value.type != "call_expression" or sx.callee_name(mod.src, value) != "createRouteMatcher":
        return None
    args = sx.call_args(value)
    arr = sx.unwrap(args[0]) if len(args) == 1 else None
    items = arr.named_children if arr is not None and arr.type == "array" else [arr]
    out: list[re.Pattern[str]] = []
    for item in items:
        text = sx.string_value(mod.src, item) if item is not None else None
        pattern = _matcher_regex(text) if text is not None else None
        if pattern is None:
            return None
        out.append(pattern)
    return out


def _constant_string(az: Analyzer | None, mod: Module, node: Node | None, depth: int = 0) -> str | None:
    """A string literal, or a module-level `const` holding one, read across imports (`LOGIN_PATH`, and
    `PATHS.login` of `export const PATHS = { login: "/login" } as const`)."""
    value = sx.string_value(mod.src, node)
    node = sx.strip_types(node)
    if value is not None or az is None or node is None or depth > 4:
        return value
    key = None
    if node.type == "member_expression":
        key = sx.text(mod.src, node.child_by_field_name("property"))
        node = sx.strip_types(node.child_by_field_name("object"))
    if node is None or node.type != "identifier":
        return None
    found = az.program.resolve_value(mod, sx.text(mod.src, node))
    if found is None:
        return None
    owner, value_node = found
    decl = value_node.parent
    if decl is None or decl.type != "variable_declarator" or decl.parent is None:
        return None
    if not sx.text(owner.src, decl.parent).startswith("const"):
        return None  # (a `let` may be reassigned)
    table = sx.strip_types(value_node)
    if key is None:
        return _constant_string(az, owner, table, depth + 1)
    if table is None or table.type != "object":
        return None
    for pair in table.named_children:
        if pair.type == "pair" and sx.text(owner.src, pair.child_by_field_name("key")).strip("'\"") == key:
            return _constant_string(az, owner, pair.child_by_field_name("value"), depth + 1)
    return None


def _refusing_block(mod: Module, stmt: Node | None) -> bool:
    """A branch whose only answer is its last statement, returning a 401/403 or a redirect, directly
    or through a local the branch binds (`const res = NextResponse.redirect(url); ...; return res`)."""
    stmt = sx.strip_types(stmt)
    body = sx.statements(stmt) if stmt is not None and stmt.type == "statement_block" else [stmt]
    last = body[-1] if body and body[-1] is not None else None
    if last is None or last.type != "return_statement" or not last.named_children:
        return False
    if any(sx.find(s, ("return_statement",), into_functions=False) for s in body[:-1] if s is not None):
        return False
    value = sx.unwrap(last.named_children[0])
    if value is not None and value.type == "identifier" and stmt is not None and stmt.type == "statement_block":
        decl = sx.first_declarators(mod.src, stmt).get(sx.text(mod.src, value))
        value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    return _refusal_value(mod, value)


def _refusal_value(mod: Module, value: Node | None) -> bool:
    """`NextResponse.redirect(...)`, or a response made with status 401/403."""
    if value is None or value.type not in ("call_expression", "new_expression"):
        return False
    if value.type == "call_expression" and sx.callee_name(mod.src, value) in _REDIRECT:
        return True
    return _REFUSAL_STATUS.search(sx.text(mod.src, value)) is not None


def _helper_answer(az: Analyzer, mod: Module, stmt: Node, rest: list[Node]) -> tuple[Module, Node] | None:
    """The project function whose answer the middleware gives as its own: `return updateSession(req)`,
    or `const res = await updateSession(req)` with every later `return` returning `res`."""
    call: Node | None = None
    if stmt.type == "return_statement" and stmt.named_children:
        call = sx.unwrap(stmt.named_children[0])
    elif stmt.type == "lexical_declaration" and sx.text(mod.src, stmt).startswith("const"):
        decls = [d for d in stmt.named_children if d.type == "variable_declarator"]
        name = decls[0].child_by_field_name("name") if len(decls) == 1 else None
        if name is None or name.type != "identifier":
            return None
        later = [r for s in rest for r in sx.find(s, ("return_statement",), into_functions=False)]
        if not later or any(
            not r.named_children or sx.text(mod.src, sx.unwrap(r.named_children[0])) != sx.text(mod.src, name)
            for r in later
        ):
            return None
        call = sx.unwrap(decls[0].child_by_field_name("value"))
    if call is None or call.type != "call_expression":
        return None
    callee = sx.callee_name(mod.src, call)
    target = az.program.resolve_function(mod, callee) if re.fullmatch(r"\w+", callee) else None
    return (target.module, target.node) if target is not None else None


def _anonymous_refused(az: Analyzer, mod: Module, fn: Node, url: str, method: str | None, depth: int = 0) -> str | None:
    """A caller without a session, asking for ``url`` with ``method``, meets a refusal: the
    middleware's statements, read in order (and into a helper whose answer it returns, Supabase's
    `updateSession(request)`), skip every branch whose test is false for that caller and reach one
    whose test holds for it (`if (!user && !path.startsWith("/login")) return redirect`), the tests
    decided by the session read, path and method tests against literals or string constants; no
    `return` before it (a pass for allow-listed paths, a helper only refreshing the cookie) answers."""
    if depth > 2:
        return None
    outer = sx.set_current(mod.parsed)
    try:
        body = sx.statements(sx.function_body(fn))
        for i, stmt in enumerate(body):
            if stmt.type == "if_statement" and stmt.child_by_field_name("alternative") is None:
                holds = _decide(mod, fn, stmt.child_by_field_name("condition"), url, method, az, anonymous=True)
                if holds is False:
                    continue
                if holds and _refusing_block(mod, stmt.child_by_field_name("consequence")):
                    return "session"
            helper = _helper_answer(az, mod, stmt, body[i + 1 :])
            if helper is not None and helper[1].id != fn.id:
                verdict = _anonymous_refused(az, helper[0], helper[1], url, method, depth + 1)
                if verdict is not None or stmt.type == "return_statement":
                    return verdict
            if sx.find(stmt, ("return_statement",), into_functions=False):
                return None  # (an answer this reading cannot rule out for the caller)
        return None
    finally:
        sx.set_current(outer)
