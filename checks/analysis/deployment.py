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


def closed_in_production(src: bytes, fn: Node) -> bool:
    """The function's first statement answers every production request and stops."""
    body = fn.child_by_field_name("body")
    first = next((c for c in body.named_children if c.type != "comment"), None) if body is not None else None
    if first is None or first.type != "if_statement" or first.child_by_field_name("alternative") is not None:
        return False
    if not true_in_production(src, first.child_by_field_name("condition")):
        return False
    then = first.child_by_field_name("consequence")
    stmts = [c for c in then.named_children if c.type != "comment"] if then is not None else []
    if then is not None and then.type != "statement_block":
        stmts = [then]
    return len(stmts) == 1 and stmts[0].type in ("return_statement", "throw_statement")
