"""What a project helper guarantees its caller, read from the helper's first statements:
it throws when an argument is missing (`if (!user) throw new AuthenticationError()`), or
it verifies a request signature before returning; and which names a parallel read binds
to the session (`const [session, chat] = await Promise.all([auth(), getChat(id)])`).
Small syntactic helpers the flow walker asks at the calls concerned."""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node

from checks.analysis import syntax as sx
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


def throws_without(fn: Function, resolve: Resolver, depth: int = 0) -> set[int]:
    """Positions of the parameters the helper throws without, before it does any work:
    `assertGroupVisible(user, groupId) { if (!user) throw ... }`, also one call deep
    through a helper that hands its parameter on first thing."""
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
        if stmt.type == "if_statement" and sx.exits(src, stmt.child_by_field_name("consequence")) == "throw":
            out |= {positions[n] for n in _negated_param(src, stmt.child_by_field_name("condition"), names)}
            continue
        if not sx.find(stmt, ("call_expression",), into_functions=False):
            continue
        # the first statement doing work: a helper call that passes a parameter to a guard still counts
        call = sx.unwrap(stmt.named_children[0]) if stmt.type == "expression_statement" else None
        if call is not None and call.type == "call_expression":
            target = resolve(fn.module, call)
            if target is not None:
                guarded = throws_without(target, resolve, depth + 1)
                for j, arg in enumerate(sx.call_args(call)):
                    a = sx.strip_types(arg)
                    if j in guarded and a is not None and a.type == "identifier" and sx.text(src, a) in names:
                        out.add(positions[sx.text(src, a)])
        break
    return out


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
    for n in sx.walk(body):
        if n.type != "variable_declarator":
            continue
        value, target = n.child_by_field_name("value"), n.child_by_field_name("name")
        if value is None or target is None:
            continue
        found = False
        for c in sx.walk(value):
            if c.type == "call_expression" and sx.callee_name(src, c).endswith("headers.get"):
                args = sx.call_args(c)
                header = sx.string_value(src, args[0]) if args else None
                found = found or bool(header and _CREDENTIAL_HEADER.match(header))
            elif c.type == "identifier" and sx.text(src, c) in names:
                found = True
        if found:
            names |= set(sx.pattern_names(src, target))
    return names
