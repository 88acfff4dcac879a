"""Small, fast helpers over tree-sitter nodes (TypeScript and TSX grammars)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from tree_sitter import Node

if TYPE_CHECKING:
    from checks.parsing import ParsedFile

FUNCTION_TYPES = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
    }
)
# Wrappers that do not change a value: `x!`, `x as T`, `(x)`, `x satisfies T`.
TRANSPARENT = frozenset({"parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression"})
# (next-safe-action's `returnValidationErrors(schema, errors)` is typed `never`: it throws for the action
# builder to answer as validation errors, so `if (!userId) returnValidationErrors(...)` refuses like `throw`)
EXIT_CALLS = frozenset(
    {
        "redirect",
        "permanentRedirect",
        "notFound",
        "unauthorized",
        "forbidden",
        "signIn",
        "redirectToSignIn",
        "returnValidationErrors",
    }
)


def text(src: bytes, node: Node | None) -> str:
    if node is None:
        return ""
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def unwrap(node: Node | None) -> Node | None:
    """Strip parentheses, `await`, non-null and type assertions."""
    # (each node's `type` read once: each read makes a new str)
    while node is not None and node.type in _UNWRAPPED:
        inner = node.named_children
        node = inner[0] if inner else None
    return node


_UNWRAPPED = TRANSPARENT | {"await_expression"}


def disjuncts(src: bytes, node: Node | None) -> list[Node]:
    """The operands of a top-level `a || b || c` (unwrapped; the node itself when it is no `||`)."""
    node = unwrap(node)
    if node is None:
        return []
    if node.type == "binary_expression" and text(src, node.child_by_field_name("operator")) == "||":
        return disjuncts(src, node.child_by_field_name("left")) + disjuncts(src, node.child_by_field_name("right"))
    return [node]


def strip_types(node: Node | None) -> Node | None:
    while node is not None and node.type in TRANSPARENT:
        inner = node.named_children
        node = inner[0] if inner else None
    return node


def object_functions(src: bytes, obj: Node) -> Iterator[tuple[str, Node]]:
    """The functions an object literal holds by name: `{ session() {} }` and `{ session: async () => {} }`."""
    for member in obj.named_children:
        fn: Node | None
        if member.type == "method_definition":
            name, fn = member.child_by_field_name("name"), member
        elif member.type == "pair":
            name, fn = member.child_by_field_name("key"), strip_types(member.child_by_field_name("value"))
        else:
            continue
        if fn is not None and is_function(fn):
            yield text(src, name), fn


def is_function(node: Node) -> bool:
    return node.type in FUNCTION_TYPES


def predicate_callback(src: bytes, call: Node) -> tuple[str, Node] | None:
    """The one callback of `list.filter((c) => TEST)` or `(c) => { return TEST; }`: its single
    parameter's name and the TEST expression; None for any other shape."""
    args = call_args(call)
    cb = strip_types(args[0]) if len(args) == 1 else None
    if cb is None or not is_function(cb):
        return None
    params = param_names(src, cb)
    body = unwrap(cb.child_by_field_name("body"))
    if body is not None and body.type == "statement_block":
        stmts = [c for c in body.named_children if c.type != "comment"]
        single = len(stmts) == 1 and stmts[0].type == "return_statement" and stmts[0].named_children
        body = unwrap(stmts[0].named_children[0]) if single else None
    return (params[0], body) if len(params) == 1 and body is not None else None


def _grammar_of(node: Node) -> bool | None:
    """True for a TypeScript-grammar node, False for TSX, None when the kind cannot tell."""
    key = (node.type, node.is_named, node.kind_id)
    if key in _GRAMMAR_OF:
        return _GRAMMAR_OF[key]
    from checks.parsing import tsx, typescript

    ts_id = typescript().id_for_node_kind(key[0], key[1])
    tsx_id = tsx().id_for_node_kind(key[0], key[1])
    found = None if ts_id == tsx_id else True if key[2] == ts_id else False if key[2] == tsx_id else None
    _GRAMMAR_OF[key] = found
    return found


# (kind, named, kind id) -> `_grammar_of`'s answer: the two grammars are fixed, so it is one per kind
_GRAMMAR_OF: dict[tuple[str, bool, int], bool | None] = {}


def find(node: Node, types: tuple[str, ...], into_functions: bool = True) -> list[Node]:
    """Nodes of ``types`` below ``node`` (itself included), in source order, found by a
    tree-sitter query (C speed); with ``into_functions=False`` nested function bodies
    are left out, as in ``walk``."""
    from checks.parsing import SHARED_SET, parsed_of, query_captures

    current = _current
    if current is not None:
        # asked before of a node of the file under analysis (half the questions): node ids are unique
        # among the live trees, and a node handed in keeps its tree alive
        known = current.asked.get((types, into_functions, node.id))
        if known is not None:
            return list(known)
    is_ts = _grammar_of(node)
    if is_ts is None:
        wanted = set(types)
        return [n for n in walk(node, into_functions) if n.type in wanted]
    if SHARED_SET.issuperset(types):
        parsed = current
        if parsed is None or not _owns(parsed, node):
            # a node of another file of the batch (an imported helper): its file's shared search
            parsed = parsed_of(node)
        else:
            # a node of the file under analysis: answered from its one shared search (same answer as
            # the query below, without a tree-sitter search per function)
            out = parsed.find(types, node) if into_functions else find_outside_functions(parsed, node, types)
            parsed.asked[(types, into_functions, node.id)] = out
            return list(out)
        if parsed is not None:
            return parsed.find(types, node) if into_functions else find_outside_functions(parsed, node, types)
    if into_functions:
        return query_captures(is_ts, types, node)
    found = query_captures(is_ts, (*types, *sorted(FUNCTION_TYPES)), node)
    fences = [
        n for n in found if n.type in FUNCTION_TYPES and (n.start_byte, n.end_byte) != (node.start_byte, node.end_byte)
    ]
    wanted = set(types)
    return [
        n
        for n in found
        if n.type in wanted
        and not any(f.start_byte <= n.start_byte and n.end_byte <= f.end_byte and f.id != n.id for f in fences)
    ]


_current: ParsedFile | None = None  # the file the rules are looking at: `find` answers its nodes from its shared search


def current_file() -> ParsedFile | None:
    """The file under analysis (see `set_current`), for the memos other modules keep with it."""
    return _current


def set_current(parsed: ParsedFile | None) -> ParsedFile | None:
    """Make ``parsed`` the file under analysis; returns the one it replaces."""
    global _current
    previous, _current = _current, parsed
    return previous


def _owns(parsed: ParsedFile, node: Node) -> bool:
    """``node`` belongs to ``parsed``'s tree (node equality compares trees too); a node whose
    range a child spans exactly is not recognised, and takes the slower path."""
    return parsed.root.descendant_for_byte_range(node.start_byte, node.end_byte) == node


def find_outside_functions(parsed: ParsedFile, node: Node, types: tuple[str, ...]) -> list[Node]:
    """``find(node, types, into_functions=False)`` for kinds the file's shared search holds
    (calls, functions): answered from it, without a tree-sitter search of its own."""
    key = (types, False, node.id)
    known = parsed.found.get(key)
    if known is not None:
        return list(known)  # (asked before: a copy of the answer)
    out = _outside_functions(parsed, node, types)
    parsed.found[key] = out
    return list(out)


def _outside_functions(parsed: ParsedFile, node: Node, types: tuple[str, ...]) -> list[Node]:
    asked = _WITH_FENCES.get(types)
    if asked is None:
        asked = _WITH_FENCES[types] = (*types, *sorted(FUNCTION_TYPES))
    found, kinds, starts, ends = parsed.find_kinds(asked, node)
    s, e = node.start_byte, node.end_byte
    fence = [k in FUNCTION_TYPES and (ns != s or ne != e) for k, ns, ne in zip(kinds, starts, ends, strict=True)]
    wanted = set(types)
    if not any(fence):
        return [n for n, k in zip(found, kinds, strict=True) if k in wanted]
    # ``found`` is in source order (start ascending, the longer first): a function that holds a
    # node either comes before it (the furthest end of those seen so far tells) or spans exactly
    # the same bytes right after it.
    out = []
    furthest = -1
    count = len(found)
    for i in range(count):
        n, ns, ne = found[i], starts[i], ends[i]
        if kinds[i] in wanted:
            inside = furthest >= ne
            j = i + 1
            while not inside and j < count and starts[j] == ns and ends[j] == ne:
                inside = fence[j] and found[j].id != n.id
                j += 1
            if not inside:
                out.append(n)
        if fence[i] and ne > furthest:
            furthest = ne
    return out


_WITH_FENCES: dict[tuple[str, ...], tuple[str, ...]] = {}


def first_declarators(src: bytes, node: Node) -> dict[str, Node]:
    """The first `variable_declarator` of each name (its pattern's text) below ``node``, in source
    order, outside the functions ``node`` nests: the one a search of its declarators for a name in
    source order meets first (when it comes after some place, so do the others)."""
    out: dict[str, Node] = {}
    for d in find(node, ("variable_declarator",), into_functions=False):
        name = d.child_by_field_name("name")
        key = src[name.start_byte : name.end_byte].decode("utf-8", "replace") if name is not None else ""
        if key not in out:
            out[key] = d
    return out


def const_values(src: bytes, fn: Node) -> Iterator[tuple[str, Node]]:
    """(name, value) of each `const name = value` of a function, outside the functions it nests: the
    locals a check may read through, since a `const` holds the one value it was given."""
    for decl in find(fn, ("lexical_declaration",), into_functions=False):
        if not decl.children or text(src, decl.children[0]) != "const":
            continue
        for d in decl.named_children:
            name, value = d.child_by_field_name("name"), unwrap(d.child_by_field_name("value"))
            if name is not None and name.type == "identifier" and value is not None:
                yield text(src, name), value


def walk(node: Node, into_functions: bool = False) -> Iterator[Node]:
    """Pre-order walk; nested function bodies are skipped unless asked for."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if into_functions:
            stack.extend(reversed(n.children))
        else:
            stack.extend([c for c in reversed(n.children) if c.type not in FUNCTION_TYPES])


def walk_named(node: Node, into_functions: bool = False) -> Iterator[Node]:
    """``walk(node, into_functions)``'s named nodes (and ``node``), in the same order: the walk for
    questions about named kinds only. Anonymous nodes (punctuation, keywords, operators) are leaves in
    these grammars, so leaving them out leaves out nothing below them, and half the wrappers."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if into_functions:
            stack.extend(reversed(n.named_children))
        else:
            stack.extend([c for c in reversed(n.named_children) if c.type not in FUNCTION_TYPES])


def awaited_directly(call: Node) -> bool:
    """`await f()`, `await (f() as T)`: the call's promise is awaited right where it is made."""
    p = call.parent
    while p is not None and p.type in TRANSPARENT:
        p = p.parent
    return p is not None and p.type == "await_expression"


def callee_name(src: bytes, call: Node) -> str:
    """Dotted name of a call's callee: `db.user.findMany`, `auth`, `z.object`.

    Calls on call results keep the inner callee: `auth().protect` -> `auth().protect`.
    Optional chaining and type assertions are dropped."""
    parsed = _current
    if parsed is not None and parsed.source is src:
        # a call of the file under analysis (most questions): kept with the file, by the node's id
        names = parsed.callees
        ident = call.id
        found = names.get(ident)
        if found is None:
            found = names[ident] = dotted(src, strip_types(call.child_by_field_name("function")))
        return found
    key = (id(src), call.start_byte, call.end_byte)
    name = _CALLEE_CACHE.get(key)
    if name is None:
        if len(_CALLEE_CACHE) > 200_000:
            _CALLEE_CACHE.clear()
        name = dotted(src, strip_types(call.child_by_field_name("function")))
        _CALLEE_CACHE[key] = name
    return name


# Callee names are asked for many times per call node (flow, rules, summaries). Keyed by the
# identity of the source bytes, which the parsed file keeps alive; the engine clears it per batch.
_CALLEE_CACHE: dict[tuple[int, int, int], str] = {}


def clear_caches() -> None:
    _CALLEE_CACHE.clear()
    _ARGS_CACHE.clear()


def dotted(src: bytes, node: Node | None) -> str:
    # strip_types, inlined so that each node's `.type` (a new str per read) is read once
    while node is not None:
        t = node.type
        if t not in TRANSPARENT:
            break
        inner = node.named_children
        node = inner[0] if inner else None
    if node is None:
        return ""
    if t in ("identifier", "this", "super", "property_identifier", "private_property_identifier"):
        return src[node.start_byte : node.end_byte].decode("utf-8", "replace")  # (`text`, inlined)
    if t == "member_expression":
        obj = dotted(src, node.child_by_field_name("object"))
        prop = text(src, node.child_by_field_name("property"))
        return f"{obj}.{prop}" if obj else prop
    if t == "call_expression":
        return dotted(src, node.child_by_field_name("function")) + "()"
    if t == "await_expression":
        inner = node.named_children
        return dotted(src, inner[0]) if inner else ""
    if t == "subscript_expression":
        return dotted(src, node.child_by_field_name("object")) + "[]"
    return ""


def member_top(node: Node) -> Node:
    """The whole member chain ``node`` starts (`input` in `input.ids.length` gives `input.ids.length`)."""
    top = node
    while (
        top.parent is not None
        and top.parent.type == "member_expression"
        and top.parent.child_by_field_name("object") == top
    ):
        top = top.parent
    return top


def last_name(dotted_name: str) -> str:
    found = _LAST_NAMES.get(dotted_name)
    if found is None:
        if len(_LAST_NAMES) >= 65536:
            _LAST_NAMES.clear()
        found = _LAST_NAMES[dotted_name] = dotted_name.rsplit(".", 1)[-1].removesuffix("()")
    return found


# `last_name` by dotted name (pure of the string; asked hundreds of thousands of times per scan)
_LAST_NAMES: dict[str, str] = {}


def root_identifier(src: bytes, node: Node | None) -> str | None:
    """`session?.user.id` -> `session`; `data.user` -> `data`."""
    node = strip_types(node)
    while node is not None:
        if node.type == "identifier":
            return text(src, node)
        if node.type in ("member_expression", "subscript_expression"):
            node = strip_types(node.child_by_field_name("object"))
        elif node.type == "call_expression":
            node = strip_types(node.child_by_field_name("function"))
        elif node.type in TRANSPARENT or node.type == "await_expression":
            inner = node.named_children
            node = inner[0] if inner else None
        else:
            return None
    return None


def string_value(src: bytes, node: Node | None) -> str | None:
    """The value of a string literal or a template without substitutions."""
    node = strip_types(node)
    if node is None:
        return None
    if node.type == "string":
        return text(src, node)[1:-1]
    if node.type == "template_string" and not any(c.type == "template_substitution" for c in node.children):
        return text(src, node)[1:-1]
    return None


def call_args(call: Node) -> list[Node]:
    # asked about five times per call node (flow, bindings, summaries, rules): kept per batch by the
    # node's id, with the call itself, which keeps its tree alive (so no other node takes that id)
    ident = call.id
    known = _ARGS_CACHE.get(ident)
    if known is not None:
        return list(known[1])
    args = call.child_by_field_name("arguments")
    found = [] if args is None else [a for a in args.named_children if a.type != "comment"]
    if len(_ARGS_CACHE) > 200_000:
        _ARGS_CACHE.clear()
    _ARGS_CACHE[ident] = (call, found)
    return list(found)


_ARGS_CACHE: dict[int, tuple[Node, list[Node]]] = {}


_T = TypeVar("_T")


def once_per_node(
    src: bytes, node: Node, table: Callable[[ParsedFile], dict[int, _T]], compute: Callable[[bytes, Node], _T]
) -> _T:
    """``compute(src, node)``, kept by the node's id in the ``table`` of the file under analysis (most nodes
    are asked about again); for any other source computed afresh. The answer is shared: copy before changing."""
    parsed = _current
    if parsed is None or parsed.source is not src:
        return compute(src, node)
    memo = table(parsed)
    known = memo.get(node.id)
    if known is None:
        known = memo[node.id] = compute(src, node)
    return known


def function_body(fn: Node) -> Node | None:
    return fn.child_by_field_name("body")


def is_async(fn: Node) -> bool:
    return any(c.type == "async" for c in fn.children)


def param_names(src: bytes, fn: Node) -> list[str]:
    """Every name a function's parameters bind, destructuring included."""
    # a copy: callers may change their list
    names = once_per_node(src, fn, lambda parsed: parsed.params, _param_names)
    return list(names)


def object_member(fn: Node) -> tuple[Node | None, Node | None]:
    """The key and the object of a function written as an object's member (`{ start(c) {...} }` or
    `{ onFinish: async () => ... }`); `(None, None)` for any other function."""
    parent = fn.parent
    if parent is not None and parent.type == "pair":
        return parent.child_by_field_name("key"), parent.parent
    if fn.type == "method_definition":
        return fn.child_by_field_name("name"), parent
    return None, None


def stream_source_method(src: bytes, fn: Node) -> bool:
    """``fn`` is the `start` or `pull` of the source object handed to `new ReadableStream(...)` (it runs while
    the response streams: server-sent events)."""
    key, obj = object_member(fn)
    if key is None or text(src, key).strip("\"'") not in ("start", "pull") or obj is None or obj.type != "object":
        return False
    args = obj.parent
    made = args.parent if args is not None and args.type == "arguments" else None
    if made is None or made.type != "new_expression" or call_args(made)[:1] != [obj]:
        return False
    return text(src, made.child_by_field_name("constructor")) == "ReadableStream"


def first_param(fn: Node) -> Node | None:
    """A function's first parameter as its binding pattern: `item` of `item => ...`, `(item: T) => ...` or
    `({ id }) => ...`."""
    first = fn.child_by_field_name("parameter")
    if first is None:
        params = fn.child_by_field_name("parameters")
        first = params.named_children[0] if params is not None and params.named_children else None
        if first is not None and first.type in ("required_parameter", "optional_parameter"):
            first = first.child_by_field_name("pattern")
    return first


def _param_names(src: bytes, fn: Node) -> list[str]:
    params = fn.child_by_field_name("parameters")
    if params is None:
        single = fn.child_by_field_name("parameter")  # `x => ...`
        return [text(src, single)] if single is not None else []
    names: list[str] = []
    for p in params.named_children:
        names.extend(pattern_names(src, p))
    return names


def array_slots(pattern: Node) -> dict[int, Node]:
    """The items of an array pattern by position, holes counted (`const [, error] = ...`: 1 -> `error`)."""
    slots: dict[int, Node] = {}
    at = 0
    for child in pattern.children:
        if child.type == ",":
            at += 1
        elif child.is_named:
            slots[at] = child
    return slots


def pattern_names(src: bytes, node: Node | None) -> list[str]:
    """Names bound by a binding pattern (identifier, object/array pattern, parameter, default)."""
    if node is None:
        return []
    # asked for by the flow walk (twice per declaration) and the rules; a copy: callers may change their list
    names = once_per_node(src, node, lambda parsed: parsed.patterns, _pattern_names)
    return list(names)


def _pattern_names(src: bytes, node: Node | None) -> list[str]:
    if node is None:
        return []
    t = node.type
    if t in ("identifier", "shorthand_property_identifier_pattern"):
        return [text(src, node)]
    if t in ("required_parameter", "optional_parameter"):
        return _pattern_names(src, node.child_by_field_name("pattern"))
    if t == "assignment_pattern":
        return _pattern_names(src, node.child_by_field_name("left"))
    if t == "object_assignment_pattern":
        return _pattern_names(src, node.child_by_field_name("left"))
    if t == "pair_pattern":
        return _pattern_names(src, node.child_by_field_name("value"))
    if t == "rest_pattern":
        return [n for c in node.named_children for n in _pattern_names(src, c)]
    if t in ("object_pattern", "array_pattern"):
        return [n for c in node.named_children for n in _pattern_names(src, c)]
    return []


def statements(block: Node | None) -> list[Node]:
    if block is None:
        return []
    if block.type != "statement_block":
        return [block]
    return [c for c in block.named_children if c.type != "comment"]


def first_statement_call(block: Node | None) -> Node | None:
    """The call a block's first statement makes (`const x = await f()`, `await f();`, `f()`), or None."""
    stmts = statements(block)
    first = stmts[0] if stmts else None
    if first is None or first.type not in ("lexical_declaration", "variable_declaration", "expression_statement"):
        return None
    value = first.named_children[0] if first.named_children else None
    if value is not None and value.type == "variable_declarator":
        value = value.child_by_field_name("value")
    call = unwrap(value)
    return call if call is not None and call.type == "call_expression" else None


def ancestors(node: Node) -> Iterator[Node]:
    """``node.parent``, its parent, ... up to the root.

    tree-sitter keeps no parent links: ``Node.parent`` descends from the root again, so climbing
    from depth d costs O(d^2) (minutes for a 20,000-term `a + a + ...`). The first steps climb as
    usual (most climbs stop within a few); a longer one reads the rest of the chain top-down once,
    from the root of the file under analysis."""
    p = node.parent
    for _ in range(_CLIMB_STEPS):
        if p is None:
            return
        yield p
        p = p.parent
    if p is None:
        return
    path = _path_from_root(p)
    if path is not None:
        yield from reversed(path)
        return
    while p is not None:  # a node of another file: the slow climb
        yield p
        p = p.parent


_CLIMB_STEPS = 32


def _path_from_root(node: Node) -> list[Node] | None:
    """The nodes from the current file's root down to ``node`` (both included), or None when
    ``node`` is not in that file."""
    if _current is None:
        return None
    cur: Node | None = _current.root
    path: list[Node] = []
    while cur is not None:
        path.append(cur)
        if cur == node:
            return path
        cur = cur.child_with_descendant(node)
    return None


def enclosing_function(node: Node) -> Node | None:
    for p in ancestors(node):
        if p.type in FUNCTION_TYPES:
            return p
    return None


def contains(outer: Node, inner: Node) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte


def directive(src: bytes, block_children: list[Node]) -> str | None:
    """`"use server"` / `"use client"` when it is the first statement of a body or program."""
    for child in block_children:
        if child.type == "comment":
            continue
        if child.type == "expression_statement":
            inner = child.named_children
            if inner and inner[0].type == "string":
                value = text(src, inner[0])[1:-1]
                if value in ("use server", "use client"):
                    return value
        return None
    return None


def names_bound_to(src: bytes, pattern: Node, key: str) -> set[str]:
    """The locals an object pattern binds ``key`` to: `{ error }` gives `error`, `{ error: e }` gives `e`."""
    names: set[str] = set()
    for part in pattern.named_children if pattern.type == "object_pattern" else []:
        if part.type == "shorthand_property_identifier_pattern" and text(src, part) == key:
            names.add(key)
        elif part.type == "pair_pattern" and text(src, part.child_by_field_name("key")) == key:
            alias = part.child_by_field_name("value")
            if alias is not None and alias.type == "identifier":
                names.add(text(src, alias))
    return names


def exit_guard(src: bytes, stmt: Node) -> str | None:
    """`if (cond) { ...; return }` with no else: the statements after it run only when ``cond`` is
    false. How its branch leaves (see `exits`), or None for any other statement."""
    if stmt.type != "if_statement" or stmt.child_by_field_name("alternative") is not None:
        return None
    return exits(src, stmt.child_by_field_name("consequence"))


def exits(src: bytes, node: Node | None) -> str | None:
    """How a branch leaves the function: "throw" (throw, redirect(), notFound() ...),
    "return", or None when it may fall through."""
    if node is None:
        return None
    parsed = _current
    if parsed is not None and parsed.source is src:
        # a branch of the file under analysis: once per node (the flow walk and several rules ask)
        ident = node.id
        if ident in parsed.exits:
            return parsed.exits[ident]
        found = parsed.exits[ident] = _exits(src, node)
        return found
    return _exits(src, node)


def _exits(src: bytes, node: Node | None) -> str | None:
    node = strip_types(node)
    if node is None:
        return None
    if node.type == "statement_block":
        body = statements(node)
        return exits(src, body[-1]) if body else None
    if node.type == "throw_statement":
        return "throw"
    if node.type == "return_statement":
        value = node.named_children
        if value and _yields_failure(src, value[0]):
            return "throw"
        v0 = strip_types(value[0]) if value else None
        if v0 is not None and v0.type == "call_expression" and callee_name(src, v0) in _EFFECT_FAILURES:
            return "throw"  # an Effect-returning helper's `return Effect.fail(e)`: its caller's yield fails
        if value:
            v = unwrap(value[0])
            if v is not None and v.type == "call_expression" and last_name(callee_name(src, v)) in EXIT_CALLS:
                return "throw"
        return "return"
    if node.type == "expression_statement":
        inner = node.named_children
        call = unwrap(inner[0]) if inner else None
        if inner and _yields_failure(src, inner[0]):
            return "throw"
        if call is not None and call.type == "call_expression":
            if last_name(callee_name(src, call)) in EXIT_CALLS:
                return "throw"
            # res.status(401).json(...) in pages/api handlers
            if "status" in callee_name(src, call) and callee_name(src, call).startswith("res"):
                return "return"
        return None
    if node.type == "if_statement":
        cons = exits(src, node.child_by_field_name("consequence"))
        alt_clause = node.child_by_field_name("alternative")
        alt = (
            exits(src, alt_clause.named_children[-1]) if alt_clause is not None and alt_clause.named_children else None
        )
        if cons and alt:
            return "throw" if "throw" == cons == alt else "return"
        return None
    return None


_EFFECT_FAILURES = frozenset({"Effect.fail", "Effect.die", "Effect.failSync", "Effect.dieMessage"})


def _yields_failure(src: bytes, node: Node) -> bool:
    """Effect-TS `yield* Effect.fail(e)` / `yield* _(Effect.fail(e))` in a generator: it ends there, like a throw."""
    y = strip_types(node)
    if y is None or y.type != "yield_expression" or not any(c.type == "*" for c in y.children):
        return False
    v = strip_types(y.named_children[0]) if y.named_children else None
    for _ in range(2):  # the `_(...)` adapter of `Effect.gen(function* (_) {...})`
        if v is None or v.type != "call_expression":
            return False
        name = callee_name(src, v)
        if name in _EFFECT_FAILURES:
            return True
        if "." in name:
            return False
        args = call_args(v)
        v = strip_types(args[0]) if args else None
    return False
