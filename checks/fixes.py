"""Deterministic fixes (no LLM). A fix is offered only after the patched file has been
re-parsed without new syntax errors and re-checked: the rule no longer fires there."""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.model import Fix, Position, TextEdit, apply_edits

_PG = ("pg", "@vercel/postgres", "@neondatabase/serverless", "pg-pool", "postgres-pool")
_MYSQL = ("mysql2", "mysql2/promise", "mysql", "@planetscale/database")
# SQL text right before an unquoted value that a bound parameter can replace
_VALUE_SLOT = re.compile(
    r"(?i)(=|<|>|\blike|\bin\s*\(|\bvalues\s*\(|,|\blimit|\boffset|\bbetween|\band|\bthen|\belse|\bis)\s*$"
)
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
    from checks.registry import RULE_IDS

    only = Config(rules={r: "off" for r in RULE_IDS if r != rule_id})  # the fixed rule is the question
    result = scan(MemoryTree({path: source}), only, targets=[path], jobs=1, fixes=False)
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
    # the template as literal text and substitutions, in order
    segments: list[str | Node] = []
    for child in template.children:
        if child.type == "`":
            continue
        if child.type == "template_substitution":
            inner = child.named_children[0] if child.named_children else None
            if inner is None:
                return None
            segments.append(inner if not is_constant(inner, scope) else sx.text(src, child))
        elif segments and isinstance(segments[-1], str):
            segments[-1] += sx.text(src, child)
        else:
            segments.append(sx.text(src, child))
    pieces: list[str] = []
    params: list[str] = []
    for i, seg in enumerate(segments):
        if isinstance(seg, str):
            pieces.append(seg)
            continue
        value = sx.text(src, seg)
        before = pieces[-1] if pieces else ""
        after = segments[i + 1] if i + 1 < len(segments) and isinstance(segments[i + 1], str) else ""
        assert isinstance(after, str)
        # '${q}' and LIKE '%${q}%' / '%${q}' / '${q}%': the quotes go, the wildcards move into the value
        lead = "%" if before.endswith("'%") else ""
        trail = "%" if after.startswith("%'") else ""
        opened = before.endswith("'" + lead)
        closed = after.startswith(trail + "'")
        if opened != closed:
            return None  # a quote on one side only: not a simple quoted value
        if opened:
            pieces[-1] = before[: len(before) - 1 - len(lead)]
            segments[i + 1] = after[1 + len(trail) :]
            params.append(f"`{lead}${{{value}}}{trail}`" if lead or trail else value)
        elif any(q in before[-1:] + after[:1] for q in ("'", "%", '"', "`")) or not _VALUE_SLOT.search(before):
            return None  # `"${table}"` / `ORDER BY ${col}`: identifiers cannot be bound parameters
        else:
            params.append(value)
        pieces.append(f"${len(params)}" if dialect == "$" else "?")
    if not params:
        return None
    body = "".join(pieces)
    quote = "`" if "${" in body or "\n" in body else '"'
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


def _has_call(node: Node) -> bool:
    return any(n.type in ("call_expression", "new_expression", "await_expression") for n in sx.walk(node))


def _hoist_target(comparison: Node) -> Node | None:
    """The `if` statement whose whole condition is ``comparison``: its operands can be moved into
    `const`s just above it without changing what runs or in which order. `else if` is excluded
    (nothing can go between `else` and `if`), and so is a comparison inside `&&`/`||`
    (hoisting would run a call the short-circuit skipped)."""
    parent = comparison.parent
    if parent is None or parent.type != "parenthesized_expression":
        return None
    stmt = parent.parent
    if stmt is None or stmt.type != "if_statement" or stmt.child_by_field_name("condition") != parent:
        return None
    holder = stmt.parent
    if holder is None or holder.type not in ("statement_block", "program", "switch_case", "switch_default"):
        return None
    return stmt


def _fresh_name(taken: str, base: str) -> str:
    name, n = base, 1
    while re.search(rf"\b{name}\b", taken):
        n += 1
        name = f"{base}{n}"
    return name


def _crypto_import(ctx: object) -> tuple[str, TextEdit | None]:
    """How to call timingSafeEqual here, and the import edit when one is needed."""
    from checks.context import FileContext

    assert isinstance(ctx, FileContext)
    mod = ctx.module
    binding = mod.imports.get("timingSafeEqual")
    if binding is not None and binding.spec in ("crypto", "node:crypto"):
        return "timingSafeEqual", None
    crypto_ns = next(
        (
            b.local
            for b in mod.imports.values()
            if b.spec in ("crypto", "node:crypto") and b.imported in ("*", "default")
        ),
        None,
    )
    if crypto_ns is not None:
        return f"{crypto_ns}.timingSafeEqual", None
    if binding is not None:  # some other `timingSafeEqual` is in scope: do not shadow it
        return "", None
    imports = [c for c in mod.parsed.root.named_children if c.type == "import_statement"]
    line = 'import { timingSafeEqual } from "node:crypto";\n'
    if imports:
        at = _pos(ctx, imports[-1].end_point.row + 1, 0)
    else:
        first = mod.parsed.root.named_children[0] if mod.parsed.root.named_children else None
        if first is not None and mod.directive is not None:
            at = _pos(ctx, first.end_point.row + 1, 0)
        else:
            at, line = Position(1, 1), line + "\n"
    return "timingSafeEqual", TextEdit(at, at, line)


def timing_safe_fix(ctx: object, comparison: Node) -> Fix | None:
    """`a !== b` -> a type guard, a length guard and `timingSafeEqual` on the two buffers.

    Operands are repeated in the guard, so they must be side-effect free: identifiers, member
    expressions, literals and templates over those. An operand that calls something
    (`req.headers.get("x-signature")`) is first moved into a `const` above the `if`, when the
    comparison is that `if`'s whole condition; anywhere else no fix is offered."""
    from checks.context import FileContext

    assert isinstance(ctx, FileContext)
    src = ctx.src
    left = sx.strip_types(comparison.child_by_field_name("left"))
    right = sx.strip_types(comparison.child_by_field_name("right"))
    op = sx.text(src, comparison.child_by_field_name("operator"))
    if left is None or right is None:
        return None
    fn_name, import_edit = _crypto_import(ctx)
    if not fn_name:
        return None
    hoisted: list[TextEdit] = []
    operands: list[str] = []
    stmt = _hoist_target(comparison)
    scope = sx.enclosing_function(comparison) or ctx.module.parsed.root
    taken = sx.text(src, scope)
    for side, base in ((left, "received"), (right, "expected")):
        if side.type in _SIMPLE and not _has_call(side):
            operands.append(sx.text(src, side))
            continue
        if stmt is None or "\n" in sx.text(src, side):
            return None
        name = _fresh_name(taken, base)
        taken += f" {name}"
        line_start = src.rfind(b"\n", 0, stmt.start_byte) + 1
        indent = src[line_start : stmt.start_byte].decode("utf-8", "replace")
        if indent.strip():  # `if` shares its line with other code: do not guess where to put the const
            return None
        at = _pos(ctx, stmt.start_point.row, 0)
        hoisted.append(TextEdit(at, at, f"{indent}const {name} = {sx.text(src, side)};\n"))
        operands.append(name)
    a, b = operands
    # literals and templates are strings already; only other operands need a typeof guard
    guards = [x for x, n in ((a, left), (b, right)) if n.type not in ("string", "template_string")]
    if op in ("===", "=="):
        checks = [f'typeof {x} === "string"' for x in guards]
        checks += [
            f"Buffer.byteLength({a}) === Buffer.byteLength({b})",
            f"{fn_name}(Buffer.from({a}), Buffer.from({b}))",
        ]
        expr = "(" + " && ".join(checks) + ")"
    else:
        checks = [f'typeof {x} !== "string"' for x in guards]
        checks += [
            f"Buffer.byteLength({a}) !== Buffer.byteLength({b})",
            f"!{fn_name}(Buffer.from({a}), Buffer.from({b}))",
        ]
        expr = "(" + " || ".join(checks) + ")"
    # a comparison already in parentheses does not need another pair
    parent = comparison.parent
    if parent is not None and parent.type == "parenthesized_expression":
        expr = expr[1:-1]
    main = _edit(ctx, comparison, expr)
    edits = tuple(e for e in (import_edit, *hoisted, main) if e is not None)
    source = ctx.src.decode("utf-8", "replace")
    patched = apply_edits(source, edits)
    shift = (import_edit.text.count("\n") if import_edit is not None else 0) + len(hoisted)
    if not recheck(ctx.path, patched, "timing-unsafe-comparison", main.start.line + shift, ctx.module.parsed.has_error):
        return None
    return Fix("Compare with crypto.timingSafeEqual behind a type and length guard", edits)
