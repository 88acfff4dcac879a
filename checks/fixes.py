"""Deterministic fixes (no LLM). A fix is offered only after the patched file has been
re-parsed without new syntax errors and re-checked: the rule no longer fires there."""

from __future__ import annotations

from collections.abc import Callable

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.model import Fix, Position, TextEdit, apply_edits

_PG = ("pg", "@vercel/postgres", "@neondatabase/serverless", "pg-pool", "postgres-pool")
_MYSQL = ("mysql2", "mysql2/promise", "mysql", "@planetscale/database")
_SIMPLE = frozenset({"identifier", "member_expression", "template_string", "string", "property_identifier"})


def _pos(ctx: object, row: int, col: int) -> Position:
    from checks.context import FileContext

    assert isinstance(ctx, FileContext)
    return ctx.module.parsed.position(row, col)


def _edit(ctx: object, node: Node, text: str) -> TextEdit:
    return TextEdit(
        _pos(ctx, node.start_point.row, node.start_point.column),
        _pos(ctx, node.end_point.row, node.end_point.column),
        text,
    )


def recheck(path: str, source: str, rule_id: str, line: int, original_errors: bool) -> bool:
    """True when the patched source parses (no new errors) and ``rule_id`` no longer fires
    on ``line`` (the first line of the edited region)."""
    from checks.config import Config
    from checks.engine import scan
    from checks.parsing import parse
    from checks.sources import MemoryTree

    parsed = parse(path, source.encode("utf-8"))
    if parsed.has_error and not original_errors:
        return False
    result = scan(MemoryTree({path: source}), Config(), targets=[path], jobs=1, fixes=False)
    return not any(f.rule_id == rule_id and f.span.start.line == line for f in result.findings)


def _dialect(ctx: object, callee: str) -> str | None:
    from checks.context import FileContext

    assert isinstance(ctx, FileContext)
    mod = ctx.module
    specs = {b.spec for b in mod.imports.values()}
    root = callee.split(".", 1)[0]
    binding = mod.imports.get(root)
    if binding is not None:
        target = ctx.analyzer.program.imported_module(mod, binding.spec)
        if target is not None:
            specs |= {b.spec for b in target.imports.values()}
    if specs & set(_MYSQL):
        return "?"
    if specs & set(_PG):
        return "$"
    return None


def sql_placeholder_fix(
    ctx: object,
    call: Node,
    callee: str,
    is_constant: Callable[[Node | None, Node | None], bool],
    scope: Node | None,
) -> Fix | None:
    from checks.context import FileContext

    assert isinstance(ctx, FileContext)
    if sx.last_name(callee) not in ("query", "execute"):
        return None
    dialect = _dialect(ctx, callee)
    args = call.child_by_field_name("arguments")
    if dialect is None or args is None:
        return None
    template = sx.strip_types(sx.call_args(call)[0])
    if template is None or template.type != "template_string":
        return None
    src = ctx.src
    pieces: list[str] = []
    params: list[str] = []
    children = [c for c in template.children if c.type not in ("`",)]
    for child in children:
        if child.type == "template_substitution":
            inner = child.named_children[0] if child.named_children else None
            if inner is None:
                return None
            if is_constant(inner, scope):
                pieces.append(sx.text(src, child))
                continue
            value = sx.text(src, inner)
            before = pieces[-1] if pieces else ""
            # strip quotes (and LIKE wildcards) around the value: '${q}' / '%${q}%'
            prefix = ""
            if before.endswith("'%"):
                pieces[-1] = before[:-2]
                prefix = "%"
            elif before.endswith("'"):
                pieces[-1] = before[:-1]
            params.append(value if not prefix else f"`%${{{value}}}`")
            pieces.append(f"${len(params)}" if dialect == "$" else "?")
            pieces.append("\0")  # marks "strip a closing quote next"
        else:
            piece = sx.text(src, child)
            if pieces and pieces[-1] == "\0":
                pieces.pop()
                if piece.startswith("%'") and params and params[-1].startswith("`%"):
                    params[-1] = params[-1][:-1] + "%`"
                    piece = piece[2:]
                elif piece.startswith("'"):
                    piece = piece[1:]
                elif params and params[-1].startswith("`%"):
                    return None
            pieces.append(piece)
    pieces = [p for p in pieces if p != "\0"]
    if not params:
        return None
    body = "".join(pieces)
    quote = "`" if "${" in body else '"'
    if quote == '"':
        body = body.replace("\\`", "`").replace('"', '\\"')
    new_args = f"({quote}{body}{quote}, [{', '.join(params)}])"
    edits = (_edit(ctx, args, new_args),)
    source = ctx.src.decode("utf-8", "replace")
    patched = apply_edits(source, edits)
    line = edits[0].start.line
    if not recheck(ctx.path, patched, "sql-injection", line, ctx.module.parsed.has_error):
        return None
    placeholder = "`$1`, `$2` …" if dialect == "$" else "`?`"
    return Fix(f"Use {placeholder} placeholders and a parameter array", edits)


def timing_safe_fix(ctx: object, comparison: Node) -> Fix | None:
    from checks.context import FileContext

    assert isinstance(ctx, FileContext)
    src = ctx.src
    left = sx.strip_types(comparison.child_by_field_name("left"))
    right = sx.strip_types(comparison.child_by_field_name("right"))
    op = sx.text(src, comparison.child_by_field_name("operator"))
    if left is None or right is None or left.type not in _SIMPLE or right.type not in _SIMPLE:
        return None
    if any(sx.walk(n) for n in (left, right) if any(c.type == "call_expression" for c in sx.walk(n))):
        return None
    a, b = sx.text(src, left), sx.text(src, right)
    mod = ctx.module
    fn_name = "timingSafeEqual"
    import_edit: TextEdit | None = None
    binding = mod.imports.get("timingSafeEqual")
    crypto_ns = next(
        (
            b.local
            for b in mod.imports.values()
            if b.spec in ("crypto", "node:crypto") and b.imported in ("*", "default")
        ),
        None,
    )
    if binding is None and crypto_ns is not None:
        fn_name = f"{crypto_ns}.timingSafeEqual"
    elif binding is None:
        imports = [c for c in mod.parsed.root.named_children if c.type == "import_statement"]
        line = 'import { timingSafeEqual } from "node:crypto";\n'
        if imports:
            last = imports[-1]
            at = _pos(ctx, last.end_point.row + 1, 0)
        else:
            first = mod.parsed.root.named_children[0] if mod.parsed.root.named_children else None
            directive_stmt = first if first is not None and mod.directive is not None else None
            at = _pos(ctx, directive_stmt.end_point.row + 1, 0) if directive_stmt is not None else Position(1, 1)
        import_edit = TextEdit(at, at, line)
    if op in ("===", "=="):
        expr = (
            f'(typeof {a} === "string" && typeof {b} === "string" && '
            f"Buffer.byteLength({a}) === Buffer.byteLength({b}) && {fn_name}(Buffer.from({a}), Buffer.from({b})))"
        )
    else:
        expr = (
            f'(typeof {a} !== "string" || typeof {b} !== "string" || '
            f"Buffer.byteLength({a}) !== Buffer.byteLength({b}) || !{fn_name}(Buffer.from({a}), Buffer.from({b})))"
        )
    # a comparison already in parentheses does not need another pair
    parent = comparison.parent
    if parent is not None and parent.type == "parenthesized_expression":
        expr = expr[1:-1]
    main = _edit(ctx, comparison, expr)
    edits = tuple(e for e in (import_edit, main) if e is not None)
    source = ctx.src.decode("utf-8", "replace")
    patched = apply_edits(source, edits)
    shift = 1 if import_edit is not None else 0
    if not recheck(ctx.path, patched, "timing-unsafe-comparison", main.start.line + shift, mod.parsed.has_error):
        return None
    return Fix("Compare with crypto.timingSafeEqual behind a length guard", edits)
