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


def test_tagged_templates_with_type_arguments_parse_as_tagged_templates() -> None:
    # tree-sitter-typescript reads `sql<T>\`...\`` as comparisons, or after `await` as an
    # instantiation with a missing `!`: the type arguments are blanked before parsing
    src = (
        "export async function f(id: string) {\n"
        "  const a = await sql<{ id: string }[]>`select 1 where id = ${id}`;\n"
        "  const b = await prisma.$queryRaw<Array<{ n: number }>>`select ${id}`;\n"
        "  const c = ksql<{\n    n: number;\n  }>`select ${id}`.execute(db);\n"
        "  const d = `<b>${id}</b>` + x<y;\n"
        "  return [a, b, c, d];\n"
        "}\n"
    )
    parsed = parse("app/a.ts", src.encode())
    assert not parsed.has_error
    calls = parsed.find(("call_expression",))
    tagged = [n for n in calls if (a := n.child_by_field_name("arguments")) is not None and a.type == "template_string"]
    assert [parsed.text(n.child_by_field_name("function")) for n in tagged] == ["sql", "prisma.$queryRaw", "ksql"]
    # positions and text are those of the file as written
    assert parsed.text(tagged[0]).startswith("sql<{ id: string }[]>`select")
    assert tagged[2].start_point.row == 3 and tagged[2].end_point.row == 5
    assert parsed.source == src.encode()


def test_broken_code_next_to_a_typed_tagged_template_is_still_a_parse_error() -> None:
    from checks import Config, MemoryTree, scan

    head = '"use server";\nimport { sql } from "@/lib/db";\n'
    query = "sql<Row[]>`delete from t where id = ${id}`"
    good = head + f"export async function f(id: string) {{\n  return await {query};\n}}\n"
    bad = head + f"export async function g(id: string) {{\n  return {query} +;\n}}\n"
    result = scan(MemoryTree({"app/good.ts": good, "app/bad.ts": bad}), Config(), jobs=1)
    assert [(d.path, d.kind, d.line) for d in result.diagnostics] == [("app/bad.ts", "parse-error", 4)]
