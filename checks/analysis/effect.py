"""Effect-TS (`effect` package): generators, thunks and services, read as the plain code they run.

`Effect.gen(function* (_) { const s = yield* _(svc.getSession()); ... })` runs its body when the
program runs the effect; `yield* x` / `yield* _(x)` runs `x` and, like `await` on a rejecting
promise, a failure of `x` ends the generator there. `Effect.tryPromise(() => f())`,
`Effect.promise(...)`, `Effect.try(...)` and `Effect.sync(...)` run their thunk when yielded.
A service (`class AuthService extends Context.Tag(...)`) is bound in a generator with
`const svc = yield* _(AuthService)`; its methods are the functions of the object the project
hands to `AuthService.of({...})` / `Layer.succeed(AuthService, {...})` (or an `Effect.Service`
class body), so `svc.getSession()` is resolved to that function.
"""

from __future__ import annotations

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.module import Function, Module

# the constructors whose function argument runs when the effect runs
THUNK_RUNNERS = frozenset({"Effect.gen", "Effect.tryPromise", "Effect.promise", "Effect.try", "Effect.sync"})


def imports_effect(mod: Module) -> bool:
    binding = mod.imports.get("Effect")
    return binding is not None and binding.spec == "effect"


def _adapter(call: Node) -> bool:
    """`_(x)`: the adapter an `Effect.gen(function* (_) {...})` generator is handed (its first parameter)."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "identifier":
        return False
    gen = sx.enclosing_function(call)
    while gen is not None and gen.type != "generator_function":
        gen = sx.enclosing_function(gen)
    params = gen.child_by_field_name("parameters") if gen is not None else None
    first = params.named_children[0] if params is not None and params.named_children else None
    name = first.child_by_field_name("pattern") if first is not None else None
    return name is not None and name.type == "identifier" and name.text == fn.text


def _star_yield(node: Node | None) -> bool:
    return node is not None and node.type == "yield_expression" and any(c.type == "*" for c in node.children)


def yielded(child: Node, parent: Node) -> bool:
    """``parent`` (the first non-transparent parent of ``child``) runs ``child`` as an effect:
    `yield* x`, or `yield* _(x, ...)` with ``x`` its first argument."""
    if _star_yield(parent):
        return True
    if parent.type != "arguments" or not parent.named_children or parent.named_children[0] != child:
        return False
    call = parent.parent
    if call is None or call.type != "call_expression":
        return False
    outer = call.parent
    while outer is not None and outer.type in sx.TRANSPARENT:
        outer = outer.parent
    return _star_yield(outer) and _adapter(call)


def yielded_value(src: bytes, node: Node | None) -> Node | None:
    """The effect a `yield* x` / `yield* _(x)` runs, or None for anything else."""
    node = sx.strip_types(node)
    if not _star_yield(node):
        return None
    assert node is not None
    inner = sx.strip_types(node.named_children[0]) if node.named_children else None
    if inner is not None and inner.type == "call_expression" and _adapter(inner):
        args = sx.call_args(inner)
        return sx.strip_types(args[0]) if args else None
    return inner


def thunk_call(src: bytes, cb: Node) -> Node | None:
    """The `Effect.tryPromise(...)`-like call that runs ``cb``: as its argument, or as the `try`
    field of its options (`Effect.tryPromise({ try: async () => {...}, catch })`)."""
    p = cb.parent
    if p is not None and p.type == "pair":
        key = p.child_by_field_name("key")
        if key is None or sx.text(src, key) != "try" or p.parent is None or p.parent.type != "object":
            return None
        p = p.parent.parent
    if p is None or p.type != "arguments" or p.parent is None:
        return None
    call = p.parent
    return call if call.type == "call_expression" and sx.callee_name(src, call) in THUNK_RUNNERS else None


def named_thunk(src: bytes, call: Node) -> str | None:
    """`Effect.tryPromise({ try: requirePlatformAdmin, catch })`, `Effect.promise(loadAll)`: a
    function handed by name, run when the effect runs."""
    if sx.callee_name(src, call) not in THUNK_RUNNERS:
        return None
    args = sx.call_args(call)
    arg = sx.strip_types(args[0]) if args else None
    if arg is not None and arg.type == "object":
        for pair in arg.named_children:
            key = pair.child_by_field_name("key") if pair.type == "pair" else None
            if key is not None and sx.text(src, key) == "try":
                arg = sx.strip_types(pair.child_by_field_name("value"))
                break
        else:
            return None
    return sx.text(src, arg) if arg is not None and arg.type == "identifier" else None


def returns_effect(fn: Function) -> bool:
    """A function whose result is an effect (`() => Effect.gen(...)`, `return Effect.tryPromise(...)`):
    calling it runs nothing until the effect is yielded, like an un-awaited promise."""
    if not imports_effect(fn.module):
        return False
    body = fn.body
    src = fn.module.src
    if body is None:
        return False
    values = [body] if body.type != "statement_block" else []
    if body.type == "statement_block":
        values = [r.named_children[0] for r in sx.find(body, ("return_statement",), False) if r.named_children]
    if not values:
        return False
    for value in values:
        v: Node | None = sx.strip_types(value)
        while v is not None and v.type == "call_expression" and sx.callee_name(src, v).endswith(".pipe"):
            f = sx.strip_types(v.child_by_field_name("function"))
            v = sx.strip_types(f.child_by_field_name("object")) if f is not None else None
        if v is not None and v.type == "member_expression" and sx.text(src, v) in _EFFECT_VALUES:
            continue  # `return Effect.void`: an effect that succeeds with nothing
        if v is None or v.type != "call_expression" or not sx.callee_name(src, v).startswith("Effect."):
            return False
    return True


_EFFECT_VALUES = frozenset({"Effect.void", "Effect.unit", "Effect.never", "Effect.succeedNone"})


def run_site(call: Node) -> Node:
    """The `yield*` expression that runs ``call`` (`yield* check()`, `yield* _(check())`), or ``call``."""
    child, p = call, call.parent
    while p is not None and p.type in sx.TRANSPARENT:
        child, p = p, p.parent
    if p is None or not yielded(child, p):
        return call
    return p if _star_yield(p) else (p.parent.parent if p.parent is not None and p.parent.parent is not None else call)


def _tag_binding(src: bytes, call: Node, name: str) -> str | None:
    """`const svc = yield* _(AuthService)` in a function enclosing ``call``: the service tag's name."""
    fn = sx.enclosing_function(call)
    while fn is not None:
        for d in sx.find(fn, ("variable_declarator",), into_functions=False):
            left = d.child_by_field_name("name")
            if left is None or left.type != "identifier" or sx.text(src, left) != name:
                continue
            v = yielded_value(src, d.child_by_field_name("value"))
            if v is not None and v.type == "identifier" and sx.text(src, v)[:1].isupper():
                return sx.text(src, v)
            return None
        fn = sx.enclosing_function(fn)
    return None


def _implementation(owner: Module, cls: Node, tag: str, method: str) -> Function | None:
    """The function given for ``method`` in the service's implementation: the class body
    (`Effect.Service`), `Tag.of({...})` or `Layer.succeed|effect|scoped(Tag, ...)` in its module."""
    src = owner.src
    scopes = [cls]
    for call in sx.find(owner.parsed.root, ("call_expression",)):
        callee = sx.callee_name(src, call)
        args = sx.call_args(call)
        if callee == f"{tag}.of" or (
            callee.startswith("Layer.") and args and sx.text(src, sx.strip_types(args[0])) == tag
        ):
            scopes.append(call)
    for scope in scopes:
        for obj in sx.find(scope, ("object",)):
            for member in obj.named_children:
                if member.type == "pair":
                    key, value = member.child_by_field_name("key"), sx.strip_types(member.child_by_field_name("value"))
                elif member.type == "method_definition":
                    key, value = member.child_by_field_name("name"), member
                else:
                    continue
                if key is not None and value is not None and sx.text(src, key) == method and sx.is_function(value):
                    return owner.function_for(value, f"{tag}.{method}", key)
    return None


def service_method(program: object, mod: Module, call: Node, obj: str, method: str) -> Function | None:
    """`svc.getSession()` with `svc = yield* _(AuthService)` (or `AuthService.getSession()` on an
    `Effect.Service` with accessors): the project function that implements it."""
    from checks.analysis.program import Program

    assert isinstance(program, Program)
    tag = obj if obj[:1].isupper() else _tag_binding(mod.src, call, obj)
    if tag is None:
        return None
    found = program.resolve_value(mod, tag)
    if found is None or found[1].type not in ("class_declaration", "abstract_class_declaration"):
        return None
    owner, cls = found
    heritage = next((c for c in cls.named_children if c.type == "class_heritage"), None)
    if heritage is None or not any(k in owner.text(heritage) for k in ("Context.Tag", "Effect.Service", "Tag(")):
        return None
    return _implementation(owner, cls, tag, method)


def thunk_value(src: bytes, node: Node | None) -> Node | None:
    """`Effect.promise(() => isOrgAdmin(orgId))`, `Effect.tryPromise({ try: () => f(), catch })`: the
    call its concise thunk makes, whose result the effect yields; None for anything else."""
    node = sx.strip_types(node)
    if node is None or node.type != "call_expression" or sx.callee_name(src, node) not in THUNK_RUNNERS:
        return None
    args = sx.call_args(node)
    arg = sx.strip_types(args[0]) if args else None
    if arg is not None and arg.type == "object":
        pairs = [p for p in arg.named_children if p.type == "pair"]
        pair = next((p for p in pairs if sx.text(src, p.child_by_field_name("key")) == "try"), None)
        arg = sx.strip_types(pair.child_by_field_name("value")) if pair is not None else None
    if arg is None or arg.type != "arrow_function":
        return None
    body = sx.unwrap(arg.child_by_field_name("body"))
    return body if body is not None and body.type == "call_expression" else None
