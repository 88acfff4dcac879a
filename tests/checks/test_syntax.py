"""Helpers over tree-sitter nodes that the rules lean on."""

from __future__ import annotations

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.parsing import parse


def _climb(node: Node) -> list[Node]:
    out = []
    p = node.parent
    while p is not None:
        out.append(p)
        p = p.parent
    return out


def _deepest(node: Node) -> Node:
    return max(sx.walk(node, into_functions=True), key=lambda n: len(_climb(n)))


def test_ancestors_are_the_parent_chain_in_and_out_of_the_current_file() -> None:
    chain = " + ".join(["a"] * 100)  # deeper than the steps climbed one `.parent` at a time
    current = parse("app/a.ts", f"export function f(a: string) {{\n  return q('x' + {chain});\n}}\n".encode())
    other = parse("lib/b.ts", f"const v = (1 + {chain}) * 2;\n".encode())
    outer = sx.set_current(current)
    try:
        for parsed in (current, other):  # the other file takes the slow climb: same answer
            leaf = _deepest(parsed.root)
            assert len(_climb(leaf)) > 100
            assert list(sx.ancestors(leaf)) == _climb(leaf)
            assert list(sx.ancestors(parsed.root)) == []
        fn = current.find(("function_declaration",))[0]
        assert sx.enclosing_function(_deepest(current.root)) == fn
        assert sx.enclosing_function(fn) is None
    finally:
        sx.set_current(outer)
