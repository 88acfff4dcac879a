"""Questions rules ask about one recorded event: which client-controlled names reach it,
is the operation constrained by the session user, what does a value hold."""

from __future__ import annotations

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import DbOp
from checks.analysis.flow import Event, identifiers


def op_nodes(op: DbOp) -> list[Node]:
    return [*op.args, *op.data] or [op.chain]


def client_refs(src: bytes, ev: Event, nodes: list[Node]) -> set[str]:
    refs: set[str] = set()
    for n in nodes:
        refs |= identifiers(src, n, into_functions=True)
    return refs & ev.state.client


def unvalidated_refs(src: bytes, ev: Event, nodes: list[Node]) -> set[str]:
    return client_refs(src, ev, nodes) - ev.state.validated


def session_constrained(src: bytes, ev: Event) -> bool:
    """The operation's filters mention a session-derived value (`userId: session.user.id`)."""
    assert ev.op is not None
    nodes = [ev.op.chain, *ev.op.args]
    refs: set[str] = set()
    for n in nodes:
        refs |= identifiers(src, n, into_functions=True)
    return bool(refs & (ev.state.session | ev.state.fetched))


def mentions_any(src: bytes, nodes: list[Node], names: set[str]) -> bool:
    return any(identifiers(src, n, into_functions=True) & names for n in nodes)


def first_line(src: bytes, node: Node) -> str:
    return sx.text(src, node).split("\n", 1)[0]
