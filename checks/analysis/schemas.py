"""The keys an object schema declares, resolved across files: what both mass-assignment (does a
parsed value carry a privileged key?) and missing-input-validation (does the sink read a field the
schema never checked?) ask of the same `z.object({...})`, valibot `v.object`, effect `Schema.Struct`."""

from __future__ import annotations

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import DbOp
from checks.analysis.module import Module
from checks.analysis.program import Program

# calls whose first argument is the object shape
_OBJECT_SCHEMAS = frozenset({"object", "strictObject", "looseObject", "Struct"})
# chain methods that add keys from another shape, or keep some
_RESHAPERS = frozenset({"extend", "merge", "omit", "pick"})
# drizzle-zod (and drizzle-valibot/-typebox/-arktype): a schema generated from a table admits every
# column of it (`createInsertSchema(users)`), until `.omit`/`.pick` says otherwise
_TABLE_SCHEMAS = frozenset({"createInsertSchema", "createUpdateSchema", "createSelectSchema"})


def schema_keys(mod: Module, node: Node | None, program: Program, depth: int = 0) -> dict[str, Node] | None:
    """Keys of the object schema ``node`` names -> their value schemas (`z.object({...}).strict()`, an
    imported schema, a schema factory's result, `...Base.shape` spread in), or None when not known."""
    node = sx.strip_types(node)
    if node is None or depth > 4:
        return None
    if node.type == "identifier":
        found = program.resolve_value(mod, mod.text(node))
        return schema_keys(found[0], found[1], program, depth + 1) if found else None
    if node.type == "member_expression" and mod.text(node.child_by_field_name("property")) in ("entries", "shape"):
        return schema_keys(mod, node.child_by_field_name("object"), program, depth + 1)  # valibot `Base.entries`
    made = factory_schema(program, mod, node)
    if made is not None:  # `bodySchema().parse(raw)` with `const bodySchema = () => z.object({...})`
        return schema_keys(made[0], made[1], program, depth + 1)
    if node.type != "call_expression":
        return None
    callee = sx.last_name(sx.callee_name(mod.src, node))
    if callee in _OBJECT_SCHEMAS:
        args = sx.call_args(node)
        return _shape_keys(mod, args[0], program, depth) if args else None
    if callee in _TABLE_SCHEMAS:
        args = sx.call_args(node)
        return _table_columns(mod, args[0], program, args[1] if len(args) > 1 else None) if args else None
    fn = sx.strip_types(node.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression":
        return None
    # (`.strict()`, `.refine(...)`: a link of the chain is a smaller node of the same tree, no new hop; a long
    # chain, `Base.omit({...}).extend({...}).refine(...)` of an imported base, stays within the depth)
    base = schema_keys(mod, fn.child_by_field_name("object"), program, depth)
    method = mod.text(fn.child_by_field_name("property"))
    args = sx.call_args(node)
    if base is None or method not in _RESHAPERS or not args:
        return base
    arg = sx.strip_types(args[0])
    if method in ("omit", "pick"):  # `.omit({ role: true })`
        listed = set(_shape_keys(mod, arg, program, depth) or ()) if arg is not None and arg.type == "object" else None
        if listed is None:
            return base if method == "omit" else None
        return {k: v for k, v in base.items() if (k in listed) == (method == "pick")}
    more = (
        _shape_keys(mod, arg, program, depth)
        if arg is not None and arg.type == "object"
        else schema_keys(mod, arg, program, depth + 1)
    )
    return None if more is None else {**base, **more}


def schema_field(
    mod: Module, node: Node | None, key: str, program: Program, depth: int = 0
) -> tuple[Module, Node] | None:
    """The schema of ``key`` in the object schema ``node`` names, with the module it is written in
    (`data: UserSchema` of `z.object({ id: z.string(), data: UserSchema })`, the outer one imported or
    chained: `.strict()`, `.extend({...})`), or None when not known."""
    node = sx.strip_types(node)
    if node is None or depth > 4:
        return None
    if node.type == "identifier":
        found = program.resolve_value(mod, mod.text(node))
        return schema_field(found[0], found[1], key, program, depth + 1) if found else None
    if node.type != "call_expression":
        return None
    args = sx.call_args(node)
    if sx.last_name(sx.callee_name(mod.src, node)) in _OBJECT_SCHEMAS:
        shape = sx.strip_types(args[0]) if args else None
        if shape is None or shape.type != "object":
            return None
        for c in shape.named_children:
            if c.type == "pair" and mod.text(c.child_by_field_name("key")).strip("\"'") == key:
                value = c.child_by_field_name("value")
                return (mod, value) if value is not None else None
            if c.type == "shorthand_property_identifier" and mod.text(c) == key:
                found = program.resolve_value(mod, key)
                return found if found else None
        return None
    fn = sx.strip_types(node.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression":
        return None
    method = mod.text(fn.child_by_field_name("property"))
    if method in ("extend", "merge") and args:
        arg = sx.strip_types(args[0])
        if arg is not None and arg.type == "object":
            for c in arg.named_children:
                if c.type == "pair" and mod.text(c.child_by_field_name("key")).strip("\"'") == key:
                    value = c.child_by_field_name("value")
                    return (mod, value) if value is not None else None
    if method in ("omit", "pick"):
        return None  # (which keys it keeps is schema_keys' business; not followed here)
    return schema_field(mod, fn.child_by_field_name("object"), key, program, depth)  # (a link: no new hop)


def table_columns(mod: Module, table: Node | None, program: Program) -> dict[str, Node] | None:
    """The columns of the drizzle table ``table`` names, each with its column builder (see below)."""
    return _table_columns(mod, table, program, None)


def _table_columns(mod: Module, table: Node | None, program: Program, refine: Node | None) -> dict[str, Node] | None:
    """The columns of the drizzle table ``table`` names (`pgTable("users", { id: text("id"), ... })`,
    also the `(t) => ({...})` form and a `pgTableCreator` table) -> their schema: the refinement given
    for the column (`createInsertSchema(users, { bio: z.string().max(280) })`) or the column itself."""
    table = sx.strip_types(table)
    if table is None or table.type != "identifier":
        return None
    found = program.resolve_value(mod, mod.text(table))
    call = sx.strip_types(found[1]) if found is not None else None
    if found is None or call is None or call.type != "call_expression":
        return None
    tmod = found[0]
    if not sx.last_name(sx.callee_name(tmod.src, call)).lower().endswith("table"):
        return None
    args = sx.call_args(call)
    columns = sx.strip_types(args[1]) if len(args) > 1 else None
    if columns is not None and sx.is_function(columns):
        columns = sx.strip_types(columns.child_by_field_name("body"))
    keys = _column_literal(tmod, columns, program, 0)
    if keys is None:
        return None
    refine = sx.strip_types(refine)
    if refine is not None and refine.type == "object" and tmod is mod:
        for c in refine.named_children:
            key, value = c.child_by_field_name("key"), c.child_by_field_name("value")
            name = mod.text(key).strip("\"'") if c.type == "pair" and key is not None else None
            if name in keys and value is not None and not sx.is_function(value):
                keys[name] = value
    return keys


def _column_literal(mod: Module, columns: Node | None, program: Program, depth: int) -> dict[str, Node] | None:
    """The columns an object literal of column builders declares, with a spread of shared columns
    (`...auditColumns`, `const auditColumns = { createdAt: timestamp(...), ... }`) followed to its own
    literal; None when a key or a spread is not known (the set would be silently partial)."""
    columns = sx.strip_types(columns)
    if columns is None or columns.type != "object" or depth > 3:
        return None
    keys: dict[str, Node] = {}
    for c in columns.named_children:
        if c.type == "pair":
            key, value = c.child_by_field_name("key"), c.child_by_field_name("value")
            if key is None or value is None or key.type not in ("property_identifier", "string"):
                return None
            keys[mod.text(key).strip("\"'")] = value
        elif c.type == "shorthand_property_identifier":
            keys[mod.text(c)] = c
        elif c.type == "spread_element" and c.named_children and c.named_children[0].type == "identifier":
            found = program.resolve_value(mod, mod.text(c.named_children[0]))
            shared = _column_literal(found[0], found[1], program, depth + 1) if found is not None else None
            if shared is None:
                return None
            keys.update(shared)
        elif c.type != "comment":
            return None
    return keys


def _shape_keys(mod: Module, shape: Node | None, program: Program, depth: int) -> dict[str, Node] | None:
    """Keys of a shape object literal; a spread is resolved as a schema, and a computed key or an
    unresolved spread makes the whole set unknown (None) rather than silently partial."""
    shape = sx.strip_types(shape)
    if shape is None or shape.type != "object":
        return None
    keys: dict[str, Node] = {}
    for c in shape.named_children:
        if c.type == "pair":
            key, value = c.child_by_field_name("key"), c.child_by_field_name("value")
            if key is None or value is None or key.type not in ("property_identifier", "string", "number"):
                return None
            keys[mod.text(key).strip("\"'")] = value
        elif c.type == "shorthand_property_identifier":
            keys[mod.text(c)] = c
        elif c.type == "spread_element" and c.named_children:
            inner = schema_keys(mod, c.named_children[0], program, depth + 1)
            if inner is None:
                return None
            keys.update(inner)
        elif c.type != "comment":
            return None
    return keys


# number schemas (`z.number()`, `z.coerce.number()`, valibot `v.number()`), and the chain methods that
# keep one a number (bounds, defaults, descriptions)
_NUMBER_ROOTS = frozenset({"number", "int", "bigint"})
_NUMBER_KEEPERS = frozenset(
    {"int", "min", "max", "gte", "lte", "gt", "lt", "nonnegative", "positive", "finite", "safe", "step"}
    | {"multipleOf", "default", "catch", "optional", "nullable", "nullish", "describe", "readonly", "brand"}
)


def bounded_number_schema(mod: Module, node: Node | None, program: Program, depth: int = 0) -> tuple[bool, bool]:
    """(is a number schema, has an upper bound) for the schema ``node`` names, resolved across files:
    `z.coerce.number().int().min(1).max(50).default(10)` is (True, True)."""
    node = sx.strip_types(node)
    if node is None or depth > 6:
        return (False, False)
    if node.type == "identifier":
        found = program.resolve_value(mod, mod.text(node))
        return bounded_number_schema(found[0], found[1], program, depth + 1) if found else (False, False)
    if node.type != "call_expression":
        return (False, False)
    fn = sx.strip_types(node.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression":
        return (False, False)
    method = mod.text(fn.child_by_field_name("property"))
    base = sx.strip_types(fn.child_by_field_name("object"))
    if method in _NUMBER_ROOTS and base is not None and base.type in ("identifier", "member_expression"):
        # `z.number()`, `z.coerce.number()`: the root of the chain
        root = mod.text(base)
        return (root in ("z", "z.coerce", "v", "zod", "zod.coerce"), False)
    if method not in _NUMBER_KEEPERS:
        return (False, False)
    number, bounded = bounded_number_schema(mod, base, program, depth + 1)
    return (number, bounded or method in ("max", "lte", "lt"))


def factory_schema(program: Program, mod: Module, node: Node | None) -> tuple[Module, Node] | None:
    """`getBodySchema()` with `const getBodySchema = () => z.object({...})`: the schema a module
    function builds and returns (the expression body of an arrow, or a lone `return`)."""
    if node is None or node.type != "call_expression" or sx.call_args(node):
        return None
    callee = sx.strip_types(node.child_by_field_name("function"))
    if callee is None or callee.type != "identifier":
        return None
    found = program.resolve_value(mod, mod.text(callee))
    fn = sx.strip_types(found[1]) if found is not None else None
    if found is None or fn is None or not sx.is_function(fn):
        return None
    body = sx.strip_types(fn.child_by_field_name("body"))
    if body is not None and body.type == "statement_block":
        rets = sx.find(body, ("return_statement",), into_functions=False)
        body = rets[0].named_children[0] if len(rets) == 1 and rets[0].named_children else None
    return (found[0], body) if body is not None else None


_JOINS = frozenset({"innerJoin", "leftJoin", "rightJoin", "fullJoin", "crossJoin"})


def drizzle_joined_tables(program: Program, mod: Module, op: DbOp, joined_only: bool = False) -> set[str]:
    """The keys of a drizzle join's rows (`db.select().from(users).innerJoin(accounts, ...)` answers
    `{ users: {...}, accounts: {...} }`): each table by the name it is declared under and by its SQL
    name; empty for a read with no join. ``joined_only``: the joined tables, not the `from` one."""
    if op.api != "drizzle":
        return set()
    tables: list[Node] = []
    joined = False
    node: Node | None = sx.unwrap(op.chain)
    while node is not None and node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            break
        method = mod.text(fn.child_by_field_name("property"))
        args = sx.call_args(node)
        if method in _JOINS or (method == "from" and not joined_only):
            joined = joined or method in _JOINS
            if args:
                tables.append(args[0])
        node = sx.unwrap(fn.child_by_field_name("object"))
    out: set[str] = set()
    for arg in tables if joined else ():
        t = sx.strip_types(arg)
        if t is None or t.type != "identifier":
            continue
        out.add(mod.text(t))
        found = program.resolve_value(mod, mod.text(t))
        decl = sx.strip_types(found[1]) if found is not None else None
        if found is not None and decl is not None and decl.type == "call_expression" and sx.call_args(decl):
            name = sx.string_value(found[0].src, sx.call_args(decl)[0])
            if name:
                out.add(name)
    return out
