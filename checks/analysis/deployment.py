"""Entry points that exist only outside production.

A function whose first statement answers every production request and stops
(`if (process.env.NODE_ENV !== "development") throw new Error("dev only")`,
`if (process.env.NODE_ENV === "production") return 404`) is a development or test helper:
no production caller reaches what follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tree_sitter import Node

from checks.analysis import syntax as sx

if TYPE_CHECKING:
    from checks.analysis.entry_points import EntryPoint
    from checks.analysis.flow import Analyzer
    from checks.analysis.module import Module

# a name's module-level `const` value and the source it is in (`IS_DEV` of `export const IS_DEV =
# process.env.NODE_ENV === "development"`, also across imports)
Constants = Callable[[str], "tuple[bytes, Node] | None"]

_PRODUCTION_ENV = re.compile(r"(?i)^prod(uction)?$")
_OTHER_ENV = re.compile(r"(?i)^(dev(elopment)?|test|local|preview)$")


def _named(
    src: bytes, cond: Node, const: Constants | None, holds: Callable[..., bool], negated: Callable[..., bool]
) -> bool:
    """`IS_PROD`, `!IS_DEV`: a named constant's value (or its negation) that ``holds``."""
    if const is None:
        return False
    inner = sx.unwrap(cond.named_children[0]) if cond.type == "unary_expression" and cond.named_children else None
    if cond.type == "unary_expression" and sx.text(src, cond).startswith("!") and inner is not None:
        cond, holds = inner, negated
    if cond.type != "identifier":
        return False
    found = const(sx.text(src, cond))
    return found is not None and holds(found[0], found[1])


def _environment_read(src: bytes, node: Node | None) -> bool:
    """`process.env.NODE_ENV`, also through an env accessor or a parsed settings object
    (`getEnv().NODE_ENV`, `env.NODE_ENV`, `config.VERCEL_ENV`): the variable names the deployment."""
    return node is not None and sx.dotted(src, node).endswith((".NODE_ENV", ".VERCEL_ENV"))


def local_constants(src: bytes, at: Node) -> Constants:
    """Reads a name as a `const` declared in a function around ``at`` or at its module's top
    (`const isProduction = getEnv().NODE_ENV === "production"; if (isProduction) return ...`)."""

    def const(name: str) -> tuple[bytes, Node] | None:
        scope: Node | None = sx.enclosing_function(at)
        while True:
            root = scope if scope is not None else _root(at)
            for decl in sx.find(root, ("lexical_declaration",), into_functions=False):
                if not sx.text(src, decl).startswith("const"):
                    continue  # (a `let` may be reassigned)
                for d in decl.named_children:
                    value = d.child_by_field_name("value")
                    named = sx.text(src, d.child_by_field_name("name")) == name
                    if d.type == "variable_declarator" and value is not None and named:
                        return (src, value)
            if scope is None:
                return None
            scope = sx.enclosing_function(scope)

    return const


def _root(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def true_in_production(src: bytes, cond: Node | None, const: Constants | None = None) -> bool:
    """`process.env.NODE_ENV === "production"`, `NODE_ENV !== "development"`: holds on every
    production request (a check for development, or a conjunction, does not). ``const``: also through
    a named constant holding such a check (`!IS_DEV`)."""
    cond = sx.unwrap(cond)
    if cond is not None and cond.type in ("identifier", "unary_expression"):
        return _named(src, cond, const, true_in_production, false_in_production)
    if cond is None or cond.type != "binary_expression":
        return False
    op = sx.text(src, cond.child_by_field_name("operator"))
    if op == "||":
        return any(true_in_production(src, cond.child_by_field_name(f), const) for f in ("left", "right"))
    sides = [cond.child_by_field_name(f) for f in ("left", "right")]
    env = [s for s in sides if _environment_read(src, s)]
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
    env = [s for s in sides if _environment_read(src, s)]
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
                    and true_in_production(src, s.child_by_field_name("condition"), local_constants(src, s))
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


def module_constants(az: Analyzer, mod: Module) -> Constants:
    """Reads a name as a module-level `const` of ``mod``, or one it imports."""

    def const(name: str) -> tuple[bytes, Node] | None:
        found = az.program.resolve_value(mod, name)
        if found is None:
            return None
        owner, value = found
        decl = value.parent
        if decl is None or decl.type != "variable_declarator" or decl.parent is None:
            return None
        if not sx.text(owner.src, decl.parent).startswith("const"):
            return None  # (a `let` may be reassigned)
        return (owner.src, value)

    return const


def closed_for_entry(az: Analyzer, ep: EntryPoint) -> bool:
    """`closed_in_production` of the entry point's function, reading named constants (`if (!IS_DEV)
    throw`), or of a middleware of its safe-action client (`.use(async ({ next }) => { if (!IS_DEV)
    throw ...; return next() })`): no production request reaches the action."""
    if closed_in_production(ep.fn.module.src, ep.fn.node, module_constants(az, ep.fn.module)):
        return True
    return any(closed_in_production(m.module.src, m.node, module_constants(az, m.module)) for m in ep.middlewares)


def closed_in_production(src: bytes, fn: Node, const: Constants | None = None) -> bool:
    """The function's first statement answers every production request and stops, or its whole
    body runs outside production only."""
    body = fn.child_by_field_name("body")
    if only_outside_production(src, body):
        return True
    first = _first_named(body)
    if first is None or first.type != "if_statement" or first.child_by_field_name("alternative") is not None:
        return False
    if not true_in_production(src, first.child_by_field_name("condition"), const):
        return False
    then = first.child_by_field_name("consequence")
    stmts = [c for c in then.named_children if c.type != "comment"] if then is not None else []
    if then is not None and then.type != "statement_block":
        stmts = [then]
    return len(stmts) == 1 and stmts[0].type in ("return_statement", "throw_statement")


# Methods of what a client can send a server action (strings, numbers, arrays, plain objects, Map,
# Set, Date, FormData, File/Blob, typed arrays, promises, server references): calling any other on a
# parameter throws for every client-sent value
_SENDABLE_METHODS = frozenset(
    """toString toLocaleString valueOf hasOwnProperty isPrototypeOf propertyIsEnumerable toJSON at charAt
    charCodeAt codePointAt concat endsWith includes indexOf lastIndexOf localeCompare match matchAll
    normalize padEnd padStart repeat replace replaceAll search slice split startsWith substring substr
    toLowerCase toUpperCase toLocaleLowerCase toLocaleUpperCase trim trimStart trimEnd isWellFormed
    toWellFormed copyWithin entries every fill filter find findIndex findLast findLastIndex flat flatMap
    forEach join keys map pop push reduce reduceRight reverse shift some sort splice toReversed toSorted
    toSpliced unshift values with clear delete get has set add getAll append union intersection
    difference symmetricDifference isSubsetOf isSupersetOf isDisjointFrom arrayBuffer bytes stream text
    then catch finally toFixed toExponential toPrecision call apply bind subarray getDate getDay
    getFullYear getHours getMilliseconds getMinutes getMonth getSeconds getTime getTimezoneOffset
    getUTCDate getUTCDay getUTCFullYear getUTCHours getUTCMilliseconds getUTCMinutes getUTCMonth
    getUTCSeconds getYear setDate setFullYear setHours setMilliseconds setMinutes setMonth setSeconds
    setTime setUTCDate setUTCFullYear setUTCHours setUTCMilliseconds setUTCMinutes setUTCMonth
    setUTCSeconds setYear toDateString toISOString toLocaleDateString toLocaleTimeString toTimeString
    toUTCString toGMTString getReader pipeTo pipeThrough tee cancel next""".split()  # noqa: SIM905
)


def needs_an_instance(src: bytes, ep: EntryPoint) -> bool:
    """See `instance_call`."""
    return instance_call(src, ep) is not None


def instance_call(src: bytes, ep: EntryPoint) -> tuple[str, str] | None:
    """(parameter, method) when, as in `export async function createLogDir(logger: Logger) {
    const config = logger.getConfig(); ...` in a use-server module, the first step calls a method on
    a parameter that nothing a client can send has (arguments arrive as plain data), so a client's
    call throws before any work: the function is a server utility the server calls with its own
    instance. Also down a query chain and through plain members: `db.from("t").select()...`,
    `admin.auth.admin.listUsers()` on a database client handed in."""
    if ep.kind != "action" or ep.fn.body is None or ep.fn.body.type != "statement_block":
        return None
    call = sx.first_statement_call(ep.fn.body)
    while call is not None and call.type == "call_expression":
        method = call.child_by_field_name("function")
        if method is None or method.type != "member_expression":
            return None
        if "?." in sx.text(src, call)[: len(sx.text(src, method)) + 2]:
            return None  # (`logger.getConfig?.()` answers undefined instead of throwing)
        obj = sx.strip_types(method.child_by_field_name("object"))
        if obj is not None and obj.type == "call_expression":
            call = obj  # (the chain's first call runs first)
            continue
        root = obj
        while root is not None and root.type == "member_expression" and "?." not in sx.text(src, root):
            root = sx.strip_types(root.child_by_field_name("object"))
        name = sx.text(src, method.child_by_field_name("property"))
        if root is None or root.type != "identifier" or sx.text(src, root) not in ep.fn.params:
            return None
        return None if name in _SENDABLE_METHODS else (sx.text(src, root), name)
    return None
