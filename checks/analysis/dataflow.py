"""Questions rules ask about one recorded event: which client-controlled names reach it,
is the operation constrained by the session user, what does a value hold."""

from __future__ import annotations

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import DbOp
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
