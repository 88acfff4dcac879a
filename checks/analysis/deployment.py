"""Entry points that exist only outside production.

A function whose first statement answers every production request and stops
(`if (process.env.NODE_ENV !== "development") throw new Error("dev only")`,
`if (process.env.NODE_ENV === "production") return 404`) is a development or test helper:
no production caller reaches what follows.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from checks.analysis import syntax as sx

_PRODUCTION_ENV = re.compile(r"(?i)^prod(uction)?$")
_OTHER_ENV = re.compile(r"(?i)^(dev(elopment)?|test|local|preview)$")


def true_in_production(src: bytes, cond: Node | None) -> bool:
    """`process.env.NODE_ENV === "production"`, `NODE_ENV !== "development"`: holds on every
    production request (a check for development, or a conjunction, does not)."""
    cond = sx.unwrap(cond)
    if cond is None or cond.type != "binary_expression":
        return False
    op = sx.text(src, cond.child_by_field_name("operator"))
    if op == "||":
        return any(true_in_production(src, cond.child_by_field_name(f)) for f in ("left", "right"))
    sides = [cond.child_by_field_name(f) for f in ("left", "right")]
    env = [s for s in sides if s is not None and sx.dotted(src, s).endswith(("env.NODE_ENV", "env.VERCEL_ENV"))]
    values = [v for s in sides if (v := sx.string_value(src, s)) is not None]
    if len(env) != 1 or len(values) != 1:
        return False
    if op in ("===", "=="):
        return bool(_PRODUCTION_ENV.match(values[0]))
    return op in ("!==", "!=") and bool(_OTHER_ENV.match(values[0]))


def false_in_production(src: bytes, cond: Node | None) -> bool:
    """`process.env.NODE_ENV !== "production"`, `NODE_ENV === "development" && LOCAL_LOGS`: fails on
    every production request (an `&&` with one such side does too; a feature flag alone does not)."""
    cond = sx.unwrap(cond)
    if cond is None or cond.type != "binary_expression":
        return False
    op = sx.text(src, cond.child_by_field_name("operator"))
    sides = [cond.child_by_field_name(f) for f in ("left", "right")]
    if op == "&&":
        return any(false_in_production(src, s) for s in sides)
    if op == "||":
        return all(false_in_production(src, s) for s in sides)
    env = [s for s in sides if s is not None and sx.dotted(src, s).endswith(("env.NODE_ENV", "env.VERCEL_ENV"))]
    values = [v for s in sides if (v := sx.string_value(src, s)) is not None]
    if len(env) != 1 or len(values) != 1:
        return False
    if op in ("!==", "!="):
        return bool(_PRODUCTION_ENV.match(values[0]))
    return op in ("===", "==") and bool(_OTHER_ENV.match(values[0]))


def past_production_exit(src: bytes, node: Node) -> bool:
    """``node`` comes after `if (process.env.NODE_ENV === "production") return { error: fallback }` (or a
    throw) in a block around it, in its own function: every production request left before it."""
    child = node
    for p in sx.ancestors(node):
        if sx.is_function(p):
            return False
        if p.type == "statement_block":
            for s in p.named_children:
                if s.start_byte >= child.start_byte:
                    break
                if (
                    s.type == "if_statement"
                    and s.child_by_field_name("alternative") is None
                    and true_in_production(src, s.child_by_field_name("condition"))
                    and sx.exits(src, s.child_by_field_name("consequence")) is not None
                ):
                    return True
        child = p
    return False


def _statements(block: Node | None) -> list[Node]:
    if block is None:
        return []
    if block.type != "statement_block":
        return [block]
    return [c for c in block.named_children if c.type != "comment"]


def _fixed_answer(src: bytes, stmt: Node) -> bool:
    """`return`, `return NextResponse.json({ message: "off" }, { status: 501 })`, `throw new Error("off")`:
    an answer made of literals only (no value the function read or computed)."""
    if stmt.type not in ("return_statement", "throw_statement"):
        return False
    return all(_callee_name(n) for n in sx.find(stmt, ("identifier", "await_expression"), False))


def _callee_name(node: Node) -> bool:
    """The name of what is called (`NextResponse` of `NextResponse.json(...)`, `Response` of `new
    Response(...)`): no value of the function's own."""
    parent = node.parent
    if node.type != "identifier" or parent is None:
        return False
    if parent.type == "member_expression" and parent.child_by_field_name("object") == node:
        node, parent = parent, parent.parent
        if parent is None:
            return False
    if parent.type == "call_expression":
        return parent.child_by_field_name("function") == node
    return parent.type == "new_expression" and parent.child_by_field_name("constructor") == node


def only_outside_production(src: bytes, body: Node | None) -> bool:
    """The whole body sits in `if (NODE_ENV !== "production") {...}`, followed at most by a fixed answer
    (`return NextResponse.json({ message: "not active" }, { status: 501 })`)."""
    # (the first statement alone first: a body's whole list of statements only for the rare one that
    # opens with such an `if`)
    first = body if body is not None and body.type != "statement_block" else _first_named(body)
    if first is None or first.type != "if_statement" or first.child_by_field_name("alternative") is not None:
        return False
    if not false_in_production(src, first.child_by_field_name("condition")):
        return False
    stmts = _statements(body)
    return len(stmts) == 1 or (len(stmts) == 2 and _fixed_answer(src, stmts[1]))


def _first_named(node: Node | None) -> Node | None:
    """The first named child of ``node`` that is no comment (without listing them all)."""
    if node is None:
        return None
    for i in range(node.named_child_count):
        c = node.named_child(i)
        if c is not None and c.type != "comment":
            return c
    return None


def closed_in_production(src: bytes, fn: Node) -> bool:
    """The function's first statement answers every production request and stops, or its whole
    body runs outside production only."""
    body = fn.child_by_field_name("body")
    if only_outside_production(src, body):
        return True
    first = _first_named(body)
    if first is None or first.type != "if_statement" or first.child_by_field_name("alternative") is not None:
        return False
    if not true_in_production(src, first.child_by_field_name("condition")):
        return False
    then = first.child_by_field_name("consequence")
    stmts = [c for c in then.named_children if c.type != "comment"] if then is not None else []
    if then is not None and then.type != "statement_block":
        stmts = [then]
    return len(stmts) == 1 and stmts[0].type in ("return_statement", "throw_statement")
