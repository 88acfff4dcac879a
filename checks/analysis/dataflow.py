"""Questions rules ask about one recorded event: which client-controlled names reach it,
is the operation constrained by the session user, what does a value hold."""

from __future__ import annotations

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import DbOp, object_keys
from checks.analysis.flow import Analyzer, Event, fs_path_args, identifiers
from checks.analysis.module import Module
from checks.analysis.taint import helper_args, value_refs


def op_nodes(op: DbOp) -> list[Node]:
    return [*op.args, *op.data] or [op.chain]


def sink_nodes(az: Analyzer, mod: Module, ev: Event) -> list[Node]:
    """What a sink consumes: a query's filters and data, the properties of a helper's arguments
    that reach its query (none for `createCheckoutSession({ team, priceId })` whose one query is
    `getUser()`), the URL of a `fetch` or `redirect`, the arguments of an email send."""
    if ev.op is None:
        if ev.kind == "fs":
            return fs_path_args(mod.src, ev.node)
        args = sx.call_args(ev.node) if ev.node.type == "call_expression" else []
        return args[:1] if ev.kind in ("fetch", "redirect") else args
    if ev.op.api == "helper" and ev.node.type == "call_expression":
        target = az.target(mod, ev.node)
        if target is not None:
            return helper_args(mod.src, ev.node, target, ev.op.param_names)
    return op_nodes(ev.op)


def flowing_refs(az: Analyzer, mod: Module, nodes: list[Node], client: set[str]) -> set[str]:
    """Names whose value flows (unchecked) into ``nodes``: not the key of a lookup, a compared value
    or one passed through `Number()`."""
    out: set[str] = set()
    for n in nodes:
        out |= value_refs(az, mod, n, client)[0]
    return out


def client_refs(src: bytes, ev: Event, nodes: list[Node]) -> set[str]:
    refs: set[str] = set()
    for n in nodes:
        refs |= identifiers(src, n, into_functions=True)
    return refs & ev.state.client


def unvalidated_refs(src: bytes, ev: Event, nodes: list[Node]) -> set[str]:
    return client_refs(src, ev, nodes) - ev.state.validated


def session_constrained(src: bytes, ev: Event) -> bool:
    """The operation's filters mention a session-derived value (`userId: session.user.id`). The client
    the chain starts from is no filter: `ctx.supabaseAdmin.from("t")...eq("id", id)` of a safe-action's
    context (or `ctx.db` of a tRPC one) finds any caller's row, though the context is the session's."""
    assert ev.op is not None
    nodes = [ev.op.chain, *ev.op.args]
    refs: set[str] = set()
    for n in nodes:
        refs |= identifiers(src, n, into_functions=True)
    mine = refs & (ev.state.session | ev.state.fetched)
    receiver = _chain_receiver(ev.op.chain)
    if receiver is not None and sx.text(src, receiver) in mine:
        name = sx.text(src, receiver)
        uses = [
            m
            for n in nodes
            for m in sx.find(n, ("identifier", "shorthand_property_identifier"))
            if m.id != receiver.id and sx.text(src, m) == name
        ]
        if not uses:
            mine.discard(name)
    return bool(mine)


def _chain_receiver(chain: Node | None) -> Node | None:
    """The identifier a call chain starts from (`supabase` of `supabase.from("t").select().eq(...)`,
    `ctx` of `ctx.db.post.findFirst(...)`)."""
    node = chain
    for _ in range(64):
        node = sx.strip_types(node)
        if node is None:
            return None
        if node.type == "identifier":
            return node
        if node.type == "await_expression" or node.type == "parenthesized_expression":
            node = node.named_children[0] if node.named_children else None
        elif node.type == "call_expression":
            node = node.child_by_field_name("function")
        elif node.type == "member_expression":
            node = node.child_by_field_name("object")
        else:
            return None
    return None


def mentions_any(src: bytes, nodes: list[Node], names: set[str]) -> bool:
    return any(identifiers(src, n, into_functions=True) & names for n in nodes)


def first_line(src: bytes, node: Node) -> str:
    return sx.text(src, node).split("\n", 1)[0]


_PARSES = frozenset({"parse", "parseAsync", "safeParse", "safeParseAsync"})


def server_key_of_parsed(src: bytes, fn: Node, value: Node | None, client: set[str]) -> set[str]:
    """`data.createdByUserId` of `const data = Schema.safeParse(shaped).data` (or `Schema.parse(shaped)`,
    `parsed.data.x`), where `shaped` is an object literal (or a local bound once to one, never written
    to) whose `createdByUserId` the server set from no client value (`createdByUserId: userId` of the
    session): the parse hands that key back as the server wrote it, though the object also carries the
    request. The locals naming the parse's answer (to leave out of the client's values); empty otherwise."""
    node = sx.strip_types(value)
    while node is not None and node.type == "non_null_expression" and node.named_children:
        node = sx.strip_types(node.named_children[0])
    if node is None or node.type != "member_expression":
        return set()
    prop = sx.text(src, node.child_by_field_name("property"))
    holder = sx.strip_types(node.child_by_field_name("object"))
    if holder is None:
        return set()
    decls = _single_declarations(src, fn)
    names: set[str] = set()
    if holder.type == "identifier":
        names.add(sx.text(src, holder))
        holder = decls.get(sx.text(src, holder))
    # (`parsed.data` of `const parsed = Schema.safeParse(x)`)
    if holder is not None and holder.type == "member_expression":
        if sx.text(src, holder.child_by_field_name("property")) != "data":
            return set()
        inner = sx.strip_types(holder.child_by_field_name("object"))
        if inner is None or inner.type != "identifier":
            return set()
        names.add(sx.text(src, inner))
        holder = decls.get(sx.text(src, inner))
    call = holder
    while call is not None and call.type == "await_expression" and call.named_children:
        call = sx.strip_types(call.named_children[0])
    if call is None or call.type != "call_expression":
        return set()
    callee = sx.strip_types(call.child_by_field_name("function"))
    if (
        callee is None
        or callee.type != "member_expression"
        or sx.text(src, callee.child_by_field_name("property")) not in _PARSES
    ):
        return set()
    args = sx.call_args(call)
    shaped = sx.strip_types(args[0]) if len(args) == 1 else None
    if shaped is not None and shaped.type == "identifier":
        local = sx.text(src, shaped)
        if _written_into(src, fn, local, prop):
            return set()
        shaped = decls.get(local)
    if shaped is None or shaped.type != "object":
        return set()
    keys = object_keys(src, shaped)
    given = keys.get(prop)
    if given is None or identifiers(src, given, into_functions=True) & client:
        return set()
    # (a spread after the key may override it with what the client sent)
    if any(c.type == "spread_element" and c.start_byte > given.start_byte for c in shaped.named_children):
        return set()
    return names


def _single_declarations(src: bytes, fn: Node) -> dict[str, Node]:
    """The value of each `const` / `let` name declared once in ``fn`` (outside nested functions)."""
    seen: dict[str, Node | None] = {}
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        target = d.child_by_field_name("name")
        if target is None or target.type != "identifier":
            continue
        name = sx.text(src, target)
        seen[name] = None if name in seen else sx.strip_types(d.child_by_field_name("value"))
    return {k: v for k, v in seen.items() if v is not None}


def _written_into(src: bytes, fn: Node, name: str, key: str) -> bool:
    """``name``'s ``key`` may be written somewhere in ``fn`` (`shaped.ownerId = body.ownerId`, `shaped[k] = v`,
    `Object.assign(shaped, body)`, `shaped = {...}`)."""
    for a in sx.find(fn, ("assignment_expression", "augmented_assignment_expression")):
        left = sx.strip_types(a.child_by_field_name("left"))
        if left is None or sx.root_identifier(src, left) != name:
            continue
        if left.type == "member_expression" and sx.text(src, left.child_by_field_name("property")) != key:
            obj = sx.strip_types(left.child_by_field_name("object"))
            if obj is not None and obj.type == "identifier":
                continue  # (another key of it)
        return True
    for call in sx.find(fn, ("call_expression",)):
        if sx.callee_name(src, call) == "Object.assign":
            args = sx.call_args(call)
            if args and sx.root_identifier(src, args[0]) == name:
                return True
    return False
