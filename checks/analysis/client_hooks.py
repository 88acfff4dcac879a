"""Prisma client extensions whose query hooks guard every query made through the client.

`export const db = prisma.$extends({ query: { $allModels: { async $allOperations({ operation,
model, args, query }) { const orgId = await currentOrgId(); if (!orgId) throw ...; args.where =
{ ...args.where, orgId }; return query(args) } } } })`: a query through `db` runs only once the
hook has found a signed-in caller (it throws otherwise), and only inside the caller's tenant.

What a hook does is worked out for one operation of one model (`delete` of `Product`): branches
testing only the hook's `operation` / `model` arguments are decided for them (`if
(operation.includes("create")) return query(args)` lets creates through unchecked); any other
return before the check leaves the operation unguarded. The client the extension was made from
(`prisma`) stays unguarded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.module import Module

# `prisma.$extends(...)` chains followed this far back
_MAX_CHAIN = 4


@dataclass(frozen=True)
class QueryHook:
    """One hook function of a `query` extension: for which model (accessor spelling, None: all)
    and which operation (None: all)."""

    mod: Module
    fn: Node
    model: str | None
    operation: str | None


def _accessor(name: str) -> str:
    """`Product` and `product` alike: Prisma's client accessor for a model."""
    return name[:1].lower() + name[1:]


def _entries(src: bytes, obj: Node | None) -> list[tuple[str, Node]]:
    """(key, value) of an object literal; a method is its own value."""
    obj = sx.strip_types(obj)
    out: list[tuple[str, Node]] = []
    if obj is None or obj.type != "object":
        return out
    for child in obj.named_children:
        if child.type == "pair":
            key, value = child.child_by_field_name("key"), child.child_by_field_name("value")
            if key is not None and value is not None:
                out.append((sx.text(src, key).strip("'\""), value))
        elif child.type == "method_definition":
            name = child.child_by_field_name("name")
            if name is not None:
                out.append((sx.text(src, name).strip("'\""), child))
    return out


def _hook_function(node: Node) -> Node | None:
    node = sx.strip_types(node) or node
    return node if sx.is_function(node) else None


def extension_hooks(
    mod: Module, value: Node | None, resolve: Callable[[Module, str], tuple[Module, Node] | None]
) -> list[QueryHook] | None:
    """The query hooks of a client made by `base.$extends({ query: ... })` (through a chain of
    `$extends` calls, and a local holding an extended client); None when ``value`` is no
    extended client."""
    hooks: list[QueryHook] = []
    extended = False
    for _ in range(_MAX_CHAIN):
        call = sx.unwrap(value)
        if call is None:
            break
        if call.type == "identifier":
            found = resolve(mod, sx.text(mod.src, call))
            if found is None:
                break
            mod, value = found
            continue
        if call.type != "call_expression":
            break
        fn = sx.strip_types(call.child_by_field_name("function"))
        if (
            fn is None
            or fn.type != "member_expression"
            or sx.text(mod.src, fn.child_by_field_name("property")) != "$extends"
        ):
            break
        extended = True
        args = sx.call_args(call)
        ext = sx.unwrap(args[0]) if args else None
        if (
            ext is not None
            and ext.type == "call_expression"
            and sx.last_name(sx.callee_name(mod.src, ext)) == ("defineExtension")
        ):
            inner = sx.call_args(ext)
            ext = sx.unwrap(inner[0]) if inner else None
        for key, query in _entries(mod.src, ext):
            if key != "query":
                continue
            for name, entry in _entries(mod.src, query):
                if name == "$allOperations":
                    hook = _hook_function(entry)
                    if hook is not None:
                        hooks.append(QueryHook(mod, hook, None, None))
                    continue
                model = None if name == "$allModels" else _accessor(name)
                for op, member in _entries(mod.src, entry):
                    hook = _hook_function(member)
                    if hook is not None:
                        hooks.append(QueryHook(mod, hook, model, None if op == "$allOperations" else op))
        value = fn.child_by_field_name("object")
    return hooks if extended else None


@dataclass
class _Names:
    """How the hook's body names its `operation`, `model` and `args` (`operation` or `params.operation`)."""

    operation: str = ""
    model: str = ""
    args: str = ""


def _hook_names(src: bytes, fn: Node) -> _Names | None:
    params = fn.child_by_field_name("parameters")
    first = [p for p in params.named_children if p.type != "comment"][:1] if params is not None else []
    if not first:
        return None
    pattern = first[0].child_by_field_name("pattern") if first[0].type.endswith("_parameter") else first[0]
    names = _Names()
    if pattern is not None and pattern.type == "identifier":
        whole = sx.text(src, pattern)
        return _Names(f"{whole}.operation", f"{whole}.model", f"{whole}.args")
    if pattern is None or pattern.type != "object_pattern":
        return None
    for key in ("operation", "model", "args"):
        bound = sx.names_bound_to(src, pattern, key)
        setattr(names, key, next(iter(bound)) if len(bound) == 1 else "")
    return names


def _decide(src: bytes, node: Node | None, names: _Names, operation: str, model: str) -> bool | None:
    """The value of a test of the hook's operation / model names only, for this operation of this
    model; None when it tests anything else (or cannot be told)."""
    node = sx.strip_types(node)
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = sx.strip_types(node.named_children[0])
    if node is None:
        return None
    if node.type == "unary_expression" and sx.text(src, node.child_by_field_name("operator")) == "!":
        inner = _decide(src, node.child_by_field_name("argument"), names, operation, model)
        return None if inner is None else not inner
    if node.type == "binary_expression":
        op = sx.text(src, node.child_by_field_name("operator"))
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op in ("&&", "||"):
            a, b = _decide(src, left, names, operation, model), _decide(src, right, names, operation, model)
            if op == "&&":
                return False if a is False or b is False else (None if a is None or b is None else True)
            return True if a is True or b is True else (None if a is None or b is None else False)
        if op in ("===", "==", "!==", "!="):
            for subject, other in ((left, right), (right, left)):
                lit = sx.string_value(src, other)
                held = _subject(src, subject, names, operation, model)
                if lit is not None and held is not None:
                    same = _accessor(lit) == _accessor(held[1]) if held[0] == "model" else lit == held[1]
                    return same if op in ("===", "==") else not same
        return None
    if node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        args = sx.call_args(node)
        if fn is None or fn.type != "member_expression" or len(args) != 1:
            return None
        method = sx.text(src, fn.child_by_field_name("property"))
        obj = fn.child_by_field_name("object")
        held = _subject(src, obj, names, operation, model)
        lit = sx.string_value(src, args[0])
        if held is not None and lit is not None and method in ("includes", "startsWith", "endsWith"):
            text = held[1]
            if held[0] == "model":
                text, lit = _accessor(text), _accessor(lit)
            if method == "includes":
                return lit in text
            return text.startswith(lit) if method == "startsWith" else text.endswith(lit)
        listed = sx.strip_types(obj)
        if method == "includes" and listed is not None and listed.type == "array":
            held = _subject(src, args[0], names, operation, model)
            items = [sx.string_value(src, item) for item in listed.named_children]
            if held is None or any(item is None for item in items):
                return None
            if held[0] == "model":
                return _accessor(held[1]) in {_accessor(item) for item in items if item is not None}
            return held[1] in items
    return None


def _subject(src: bytes, node: Node | None, names: _Names, operation: str, model: str) -> tuple[str, str] | None:
    """("operation", its value) or ("model", its value) when ``node`` names one of them."""
    text = sx.text(src, sx.strip_types(node))
    if names.operation and text == names.operation:
        return ("operation", operation)
    if names.model and text == names.model and model:
        return ("model", model)
    return None


def _returns(node: Node) -> bool:
    return bool(sx.find(node, ("return_statement",), into_functions=False))


def _negated_name(src: bytes, cond: Node | None, held: set[str]) -> bool:
    """`!orgId`, `!session?.user`, `orgId == null`, or such a test among `||` operands."""
    for term in sx.disjuncts(src, cond):
        if (
            term.type == "unary_expression"
            and sx.text(src, term.child_by_field_name("operator")) == "!"
            and sx.root_identifier(src, term.child_by_field_name("argument")) in held
        ):
            return True
        if term.type == "binary_expression" and sx.text(src, term.child_by_field_name("operator")) in ("==", "==="):
            left, right = term.child_by_field_name("left"), term.child_by_field_name("right")
            for subject, other in ((left, right), (right, left)):
                if sx.text(src, other) in ("null", "undefined") and sx.root_identifier(src, subject) in held:
                    return True
    return False


@dataclass
class _Walk:
    src: bytes
    names: _Names
    operation: str
    model: str
    mod: Module
    is_auth_source: Callable[[Module, Node], bool]
    enforces_auth: Callable[[Module, Node], bool]
    held: set[str]
    authed: bool = False
    scoped: bool = False
    done: bool = False  # the hook has answered (or may have: what follows is not known to run)

    def block(self, stmts: list[Node]) -> None:
        for stmt in stmts:
            if self.done:
                return
            self.stmt(stmt)

    def stmt(self, stmt: Node) -> None:
        src = self.src
        if stmt.type == "if_statement":
            cond = stmt.child_by_field_name("condition")
            cons, alt = stmt.child_by_field_name("consequence"), stmt.child_by_field_name("alternative")
            decided = _decide(src, cond, self.names, self.operation, self.model)
            if decided is not None:
                branch = (
                    cons if decided else (alt.named_children[-1] if alt is not None and alt.named_children else None)
                )
                if branch is not None:
                    self.block(sx.statements(branch))
                    if sx.exits(src, branch) is not None:
                        self.done = True
                return
            if (
                alt is None
                and not self.authed
                and sx.exits(src, cons) == "throw"
                and _negated_name(src, cond, self.held)
            ):
                self.authed = True  # `if (!orgId) throw new Error(...)`
                return
            if _returns(stmt):
                self.done = True  # may answer on a path of its own (before the check, if it has not run)
            return
        if stmt.type in ("lexical_declaration", "variable_declaration"):
            for decl in stmt.named_children:
                if decl.type != "variable_declarator":
                    continue
                value = decl.child_by_field_name("value")
                call = sx.unwrap(value)
                names = sx.pattern_names(src, decl.child_by_field_name("name"))
                if call is not None and call.type == "call_expression" and self.is_auth_source(self.mod, call):
                    self.held.update(names)
                elif (
                    call is not None
                    and sx.root_identifier(src, call) in self.held
                    and call.type
                    in (
                        "member_expression",
                        "identifier",
                    )
                ):
                    self.held.update(names)  # `const orgId = session?.user?.orgId`
            return
        if stmt.type == "expression_statement":
            inner = stmt.named_children
            expr = sx.strip_types(inner[0]) if inner else None
            call = sx.unwrap(expr)
            if call is not None and call.type == "call_expression" and self.enforces_auth(self.mod, call):
                self.authed = True  # `await requireOrg()`
                return
            if expr is not None and expr.type == "assignment_expression" and self.authed:
                left = sx.text(src, expr.child_by_field_name("left"))
                where = f"{self.names.args}.where"
                right = expr.child_by_field_name("right")
                if (
                    self.names.args
                    and (left == where or left.startswith(where + "."))
                    and right is not None
                    and self._mentions_held(right)
                ):
                    self.scoped = True
            return
        if stmt.type == "statement_block":
            self.block(sx.statements(stmt))
            return
        if _returns(stmt) or stmt.type == "throw_statement":
            self.done = True

    def _mentions_held(self, node: Node) -> bool:
        for n in sx.walk(node):
            if n.type in ("identifier", "shorthand_property_identifier") and sx.text(self.src, n) in self.held:
                return True
        return False


def hook_guards(
    hook: QueryHook,
    operation: str,
    model: str,
    is_auth_source: Callable[[Module, Node], bool],
    enforces_auth: Callable[[Module, Node], bool],
) -> tuple[bool, bool]:
    """(signs the caller in, keeps the query inside the caller's tenant) for ``operation`` of ``model``:
    the hook throws without a session before it runs the query, and writes a session-derived value
    into the query's `where`."""
    if hook.model is not None and hook.model != _accessor(model):
        return (False, False)
    if hook.operation is not None and hook.operation != operation:
        return (False, False)
    names = _hook_names(hook.mod.src, hook.fn)
    body = hook.fn.child_by_field_name("body")
    if names is None or body is None or body.type != "statement_block":
        return (False, False)
    walk = _Walk(hook.mod.src, names, operation, model, hook.mod, is_auth_source, enforces_auth, set())
    walk.block(sx.statements(body))
    return (walk.authed, walk.authed and walk.scoped)
