"""What a project helper guarantees its caller, read from the helper's first statements:
it throws when an argument is missing (`if (!user) throw new AuthenticationError()`), or
it verifies a request signature before returning. Small syntactic summaries that the flow
walker asks for only at calls that pass a session, or in webhook-like code."""

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
