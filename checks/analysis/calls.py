"""What a single call does: database read or write (and on which model), raw SQL, email,
AI, fetch, filesystem, redirect. Pure classification; no flow."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.module import Function, Module

_SQL_VERB = re.compile(r"^\s*(?:with\b.*?\)\s*)?(select|insert|update|delete|merge|replace|upsert)\b", re.I | re.S)
_SELECT_STAR = re.compile(r"(?i)\bselect\s+(?:\w+\.)?\*")
# a PostgREST select string choosing every column: `*`, `*, tags(*)`, `profiles (*)`
_RPC_WRITE = re.compile(
    # (also done in bulk: `bulk_update_prices`, `batch_delete_items`)
    r"^(?:(?:bulk|batch)_)?(delete|remove|set|update|upsert|insert|create|add|reset|clear|increment|decrement|archive|"
    r"revoke|grant|assign|transfer|toggle|mark|approve|reject|cancel|publish|save|store|replace|merge|move|purge|disconnect)_"
)
_SUPABASE_STAR = re.compile(r"(?:^|[,(])\s*\*\s*(?:[,)]|$)")


def supabase_star(select: str) -> bool:
    """A Supabase select string naming every column of a table (`"*"`, `"*, author:profiles(name)"`)."""
    return bool(_SUPABASE_STAR.search(select))


@dataclass(eq=False)
class DbOp:
    kind: str  # "read" | "write"
    model: str  # model / table name, "" when unknown
    api: str  # prisma | drizzle | kysely | knex | supabase | mongoose | mongo | firestore | typeorm | sequelize
    # | mikro-orm | payload | sql | helper
    call: Node  # the call that names the operation (`db.post.delete(...)`, `db.update(posts)`)
    chain: Node  # the outermost expression of a builder chain (`db.update(t).set(x).where(y)`)
    args: list[Node] = field(default_factory=list)  # where to look for ids, filters, data
    data: list[Node] = field(default_factory=list)  # the written values (`data:`, `.set()`, `.values()`)
    projected: bool = False  # reads: explicit fields chosen (select/columns/projection)
    whole_rows: bool = False  # reads that return whole records
    verb: str = ""  # prisma method / sql verb, for messages
    helper: str | None = None  # project helper this op was inherited from
    param_uses: frozenset[int] = frozenset()  # helper ops: which helper params reach the op
    guarded: bool = False  # helper ops: run only past the helper's own auth check, or are its session lookup
    # helper ops: the helper (or one it calls) compares an owner with the caller on the way to its answer,
    # after this read or before it (`if (context.user.id !== signer.id) return { error }`)
    owner_checked: bool = False
    param_names: frozenset[str] = frozenset()  # ... and which names they bind (keys of a destructured param)
    unchecked_names: frozenset[str] | None = None  # ... of those, the ones not validated on the way (None: all)
    # helper ops: which helper params reach the op's filter, the part choosing the records (None: not known,
    # take `param_uses`); a param only written into the records (`lastModifiedBy: userId`) picks none
    filter_uses: frozenset[int] | None = None
    # ... and which names they bind there (`{ ownerId }` of `saveProfile({ ownerId, fields })`)
    filter_names: frozenset[str] | None = None
    # ... and which names its written values take (`data:`, `.set()`); None: not known (a nested helper's,
    # or an op with no written values of its own)
    data_names: frozenset[str] | None = None
    # helper ops re-anchored at a call: the arguments (or an object argument's properties) that bind
    # the helper's filter names, where a destructured parameter takes more than the filter (None: unknown)
    picks: list[Node] | None = None
    # helper ops: the fields of a plain parameter the filter reads and nothing else of it (`where: { id:
    # item.id }` of `save(item)`: {"item.id"}); None where some filter parameter is used whole or through a local
    filter_fields: frozenset[str] | None = None
    # kept inside the caller's tenant by the query hook of the client it is made through, which writes a
    # session-derived value into its `where` (`client_hooks`): a fact of the call, whoever walks it
    tenant_scoped: bool = False
    # helper ops: the helper signed in itself and pinned the rows to that session, in the filter
    # (`.eq("owner_id", me.id)`) or by a lookup with it of the same ids that stopped it when none matched
    # (`const m = await loadOwned(me.id, id); if (!m) return`): whoever calls it, they are the caller's
    self_scoped: bool = False
    # a drizzle upsert handed its row whole (`.values(thread)`): the columns its conflict target names, the
    # fields of that row that pick the existing record it rewrites
    conflict_columns: frozenset[str] = frozenset()
    # helper ops: made by the helper completing a row it loaded itself, `if (!post.versionId) await
    # addVersion(post)`: a one-off fill of what the row lacks, from the row, not a change a caller asks for
    backfill: bool = False
    # a drizzle prepared query's run (`ps.execute({ handle })`): its first argument binds the query's
    # `sql.placeholder(...)`s by name, so that object is the filter, as a mongo filter object is
    prepared: bool = False

    @property
    def unchecked(self) -> frozenset[str]:
        """The helper's parameter names that reach the op without passing a check inside it."""
        return self.param_names if self.unchecked_names is None else self.unchecked_names


def outer_chain(call: Node) -> Node:
    """`db.update(t).set(x).where(y)`: from the inner call up to the last call of the chain."""
    node = call
    while True:
        parent = node.parent
        if parent is None:
            return node
        if parent.type == "member_expression" and parent.child_by_field_name("object") == node:
            gp = parent.parent
            if gp is not None and gp.type == "call_expression" and gp.child_by_field_name("function") == parent:
                node = gp
                continue
        if parent.type in sx.TRANSPARENT or parent.type == "await_expression":
            node = parent
            continue
        return node


def chain_calls(chain: Node, src: bytes) -> list[tuple[str, Node]]:
    """(method, call) pairs along a chain, innermost first."""
    out: list[tuple[str, Node]] = []
    node: Node | None = sx.unwrap(chain)
    while node is not None and node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None:
            break
        if fn.type == "member_expression":
            out.append((sx.text(src, fn.child_by_field_name("property")), node))
            node = sx.unwrap(fn.child_by_field_name("object"))
        else:
            out.append((sx.text(src, fn), node))
            break
    out.reverse()
    return out


# Kysely `db.with(name, qb)` / `withRecursive`, drizzle `db.with(cte)`: the steps naming CTEs before a query
_CTE_STEPS = frozenset({"with()", "withRecursive()", "withMaterialized()", "withNotMaterialized()"})


def _drizzle_conflict_picks(src: bytes, steps: list[tuple[str, Node]]) -> tuple[list[Node], frozenset[str]]:
    """A drizzle upsert, `insert(t).values(row).onConflictDoUpdate({ target: t.id, set })`: the values of
    its conflict columns pick the existing row its `set` rewrites, like a Prisma upsert's `where` (the whole
    row when it is handed over as one value, `.values(thread)`; none for `onConflictDoNothing`)."""
    names = _kysely_conflict_columns(src, steps)
    conflict = [c for m, c in steps if m == "onConflictDoUpdate"]
    options = object_keys(src, sx.call_args(conflict[0])[0]) if conflict and sx.call_args(conflict[0]) else {}
    target = sx.unwrap(options.get("target"))
    if target is None and not names:
        return [], frozenset()
    cols = [sx.unwrap(t) for t in (target.named_children if target.type == "array" else [target])] if target else []
    names |= {
        sx.text(src, c.child_by_field_name("property")) for c in cols if c is not None and c.type == "member_expression"
    }
    out: list[Node] = []
    whole = False
    for row in (sx.unwrap(a) for m, c in steps if m == "values" for a in sx.call_args(c)[:1]):
        if row is not None and row.type == "object":
            keys = object_keys(src, row)
            out.extend(keys[n] for n in sorted(names) if n in keys)
        elif row is not None and row.type == "identifier" and names:
            out.append(row)
            whole = True
    return out, frozenset(names) if whole else frozenset()


# Kysely's `.onConflict((oc) => oc.column("id").doUpdateSet({...}))` (`.columns(["a", "b"])`): its conflict columns
_KYSELY_CONFLICT_COLUMNS = re.compile(r"\.columns?\(\s*\[?([^)\]]*)")


def _kysely_conflict_columns(src: bytes, steps: list[tuple[str, Node]]) -> set[str]:
    out: set[str] = set()
    for m, c in steps:
        text = " ".join(sx.text(src, a) for a in sx.call_args(c)) if m == "onConflict" else ""
        if "doUpdateSet" in text:
            for group in _KYSELY_CONFLICT_COLUMNS.findall(text):
                out.update(w.strip().strip("'\"`") for w in group.split(",") if w.strip())
    return out


def _returned_object(node: Node) -> Node:
    """Kysely's `.set((eb) => ({ permissions: ... }))`: the object an arrow function answers is what is
    written (the function itself when it answers anything else)."""
    fn = sx.unwrap(node)
    if fn is None or fn.type != "arrow_function":
        return node
    body = sx.unwrap(fn.child_by_field_name("body"))
    return body if body is not None and body.type == "object" else node


def _cte_args(call: Node) -> list[Node]:
    """The arguments of the `with(...)` steps a query ``call`` is chained on (`db.with("a", qb).selectFrom`)."""
    out: list[Node] = []
    fn = sx.unwrap(call.child_by_field_name("function"))
    node = sx.unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
    while node is not None and node.type == "call_expression":
        out.extend(sx.call_args(node))
        inner = sx.unwrap(node.child_by_field_name("function"))
        if inner is None or inner.type != "member_expression":
            break
        node = sx.unwrap(inner.child_by_field_name("object"))
    return out


def _whole_table_fields(src: bytes, fields: Node, tables: set[str]) -> bool:
    """A drizzle select whose fields take a queried table whole: spread (`{ user: { ...user } }`) or
    nested as a field (`{ provider: account }`), every column of it, none chosen."""
    for n in sx.find(fields, ("spread_element", "pair", "shorthand_property_identifier"), into_functions=False):
        if n.type == "shorthand_property_identifier":
            if sx.text(src, n) in tables:
                return True  # (`{ site }`: the table under its own name)
            continue
        value = n.named_children[0] if n.type == "spread_element" and n.named_children else None
        if n.type == "pair":
            value = n.child_by_field_name("value")
        value = sx.strip_types(value)
        if value is not None and value.type == "identifier" and sx.text(src, value) in tables:
            return True
    return False


def _held_condition(src: bytes, node: Node) -> Node:
    """The operand a query builder is handed for `eq(a, x) && eq(b, y)`: condition objects are always
    truthy, so JavaScript's `&&` yields the last one and `||` the first, and the other filters nothing
    (drizzle's `and(...)` / `or(...)` join them)."""
    inner = sx.unwrap(node)
    if inner is None or inner.type != "binary_expression":
        return node
    op = sx.text(src, inner.child_by_field_name("operator"))
    left, right = sx.unwrap(inner.child_by_field_name("left")), sx.unwrap(inner.child_by_field_name("right"))
    if op not in ("&&", "||") or left is None or right is None:
        return node
    if not all(_condition_call(src, s) for s in (left, right)):
        return node
    return _held_condition(src, right if op == "&&" else left)


def _condition_call(src: bytes, node: Node) -> bool:
    """A drizzle condition builder call (`eq(...)`, `and(...)`, `inArray(...)`) or a chain of them."""
    if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) in ("&&", "||"):
        parts = [sx.unwrap(node.child_by_field_name(f)) for f in ("left", "right")]
        return all(p is not None and _condition_call(src, p) for p in parts)
    return node.type == "call_expression" and sx.callee_name(src, node) in _DRIZZLE_CONDITIONS


_DRIZZLE_CONDITIONS = frozenset(
    {"eq", "ne", "and", "or", "not", "gt", "gte", "lt", "lte", "inArray", "notInArray", "isNull", "isNotNull"}
    | {"like", "ilike", "notLike", "notIlike", "between", "exists", "notExists", "arrayContains"}
)


def _listed_table(src: bytes, node: Node) -> str | None:
    """`for (const table of ["mm_material", "crm_customer"]) supabase.from(table)`, the list also a
    const of the function or the module: each listed table is read in turn; the one named for
    someone's data stands for them (else the first), so a loop over tables is judged as its worst one."""
    name = sx.strip_types(node)
    if name is None or name.type != "identifier":
        return None
    var = sx.text(src, name)
    p = name.parent
    while p is not None:
        if p.type == "for_in_statement" and sx.text(src, p.child_by_field_name("operator")) == "of":
            left = sx.strip_types(p.child_by_field_name("left"))
            if left is not None and left.type == "identifier" and sx.text(src, left) == var:
                names = _string_list(src, p.child_by_field_name("right"), p)
                return next((n for n in names if vocab.private_model(n)), names[0] if names else None)
        p = p.parent
    return None


def _const_value(src: bytes, stmt: Node, name: str) -> Node | None:
    """The value of `const name = value` when ``stmt`` declares it (exported or not), else None."""
    decl = stmt.named_children[0] if stmt.type == "export_statement" and stmt.named_children else stmt
    if decl.type != "lexical_declaration" or not sx.text(src, decl).startswith("const"):
        return None
    found: Node | None = None
    for d in decl.named_children:
        if d.type == "variable_declarator" and sx.text(src, d.child_by_field_name("name")) == name:
            found = d.child_by_field_name("value")
    return found


def _string_list(src: bytes, node: Node | None, at: Node) -> list[str]:
    """The strings of an array literal, or of the one a `const` in scope of ``at`` binds (every element
    a string, else none)."""
    node = sx.strip_types(node)
    if node is not None and node.type == "identifier":
        var, bound, p = sx.text(src, node), None, at.parent
        while p is not None and bound is None:
            for d in p.named_children:
                value = _const_value(src, d, var)
                bound = value if value is not None else bound
            p = p.parent
        node = sx.strip_types(bound)
    if node is None or node.type != "array":
        return []
    values = [sx.string_value(src, e) for e in node.named_children]
    return [v for v in values if v] if all(values) else []


def object_keys(src: bytes, obj: Node | None) -> dict[str, Node]:
    """Keys of an object literal -> value node (shorthand maps to the identifier)."""
    if obj is None:
        return {}
    # a copy: callers may change their dict
    keys = sx.once_per_node(src, obj, lambda parsed: parsed.keys, _object_keys)
    return dict(keys)


def _object_keys(src: bytes, obj: Node | None) -> dict[str, Node]:
    obj = sx.strip_types(obj)
    out: dict[str, Node] = {}
    if obj is None or obj.type != "object":
        return out
    for child in obj.named_children:
        if child.type == "pair":
            key = child.child_by_field_name("key")
            value = child.child_by_field_name("value")
            if key is not None and value is not None:
                k = sx.text(src, key).strip("'\"")
                out[k] = value
        elif child.type == "shorthand_property_identifier":
            out[sx.text(src, child)] = child
    return out


def sql_text(src: bytes, node: Node | None) -> str:
    """The literal SQL pieces of a string, template, `a + b` chain or sql`...` call.

    Iterative: a `"SELECT " + a + a + ...` chain can be thousands of levels deep."""
    out: list[str] = []
    stack: list[Node | None] = [node]
    while stack:
        n = sx.strip_types(stack.pop())
        if n is None:
            continue
        if n.type in ("string", "template_string"):
            out.append(sx.text(src, n)[1:-1])
        elif n.type == "binary_expression":
            stack.extend((n.child_by_field_name("right"), n.child_by_field_name("left")))
        elif n.type == "call_expression":  # sql`...` tagged, or sql.raw(...)
            args = n.child_by_field_name("arguments")
            if args is not None and args.type == "template_string":
                out.append(sx.text(src, args)[1:-1])
            else:
                a = sx.call_args(n)
                stack.append(a[0] if a else None)
    return "".join(out)


def held_sql(mod: Module, node: Node) -> Node:
    """`const query = "INSERT INTO ..."; await pool.query(query, values)`: the text a local `const`
    of the calling function holds (declared once there, before the call); ``node`` itself otherwise."""
    node = sx.strip_types(node) or node
    fn = sx.enclosing_function(node) if node.type == "identifier" else None
    body = sx.function_body(fn) if fn is not None else None
    if body is None:
        return node
    name = sx.text(mod.src, node)
    found = _body_declarators(mod, body).get(name)
    if found is None or len(found) != 1 or found[0].end_byte > node.start_byte:
        return node
    declaration = found[0].parent
    value = sx.strip_types(found[0].child_by_field_name("value"))
    if declaration is None or value is None:
        return node
    if not sx.text(mod.src, declaration).startswith("const") and not _only_appended(mod, body, name):
        return node
    return value if value.type in ("string", "template_string", "binary_expression") else node


def _only_appended(mod: Module, body: Node, name: str) -> bool:
    """`let text = "SELECT * FROM invoices WHERE ..."; if (status) text += " AND ..."`: a `let` the body
    only ever extends with `+=`, so it still opens with the statement it was declared with."""
    if mod.src.find(name.encode(), body.start_byte, body.end_byte) == -1:
        return False
    for n in sx.find(body, ("assignment_expression", "augmented_assignment_expression", "update_expression")):
        left = n.child_by_field_name("left") if n.type != "update_expression" else n.child_by_field_name("argument")
        if left is None or sx.text(mod.src, left) != name:
            continue
        if n.type != "augmented_assignment_expression" or sx.text(mod.src, n.child_by_field_name("operator")) != "+=":
            return False
    return True


def _body_declarators(mod: Module, body: Node) -> dict[str, list[Node]]:
    """The declarators of ``body`` (outside the functions it nests) whose name is a plain identifier, by
    that name, in source order: worked out once per body (asked for each identifier a call is handed)."""
    known = mod.parsed.declarators.get(body.id)
    if known is None:
        known = {}
        src = mod.src
        for d in sx.find(body, ("variable_declarator",), into_functions=False):
            target = d.child_by_field_name("name")
            if target is not None and target.type == "identifier":
                key = src[target.start_byte : target.end_byte].decode("utf-8", "replace")
                same = known.get(key)
                if same is None:
                    known[key] = [d]
                else:
                    same.append(d)
        mod.parsed.declarators[body.id] = known
    return known


# `SELECT set_config('app.user_id', $1, true)`: sets a setting of the connection (the user a row-level
# policy reads) or reads one back; no row of any table is read or written
_SETTING_ONLY = re.compile(
    r"^\s*select\s+(?:pg_catalog\.)?(?:set_config|current_setting)\s*\((?:(?!\bfrom\b).)*$", re.I | re.S
)


# maintenance statements that act on the tables they name (`VACUUM`, `REINDEX`, `TRUNCATE`), run through a raw
# client's `unsafe`: a statement like any write
_MAINTENANCE = re.compile(r"(?i)^\s*(vacuum|analyze|reindex|cluster|truncate|refresh\s+materialized\s+view)\b")


def sql_kind(text: str) -> str | None:
    if _SETTING_ONLY.match(text):
        return None
    m = _SQL_VERB.match(text)
    if not m:
        return None
    return "read" if m.group(1).lower() == "select" else "write"


# what runs a raw statement on a drizzle database (`all`/`get`/`values`/`run`: the sqlite drivers)
_DRIZZLE_RAW_RUNNERS = frozenset({"execute", "all", "get", "values", "run"})


def _sql_model(text: str) -> str:
    # (`FROM ${players} p`: a drizzle table interpolated into its `sql` template names the table)
    # (`"SELECT * FROM \\"Donor\\" ..."`: a quote escaped in the source's string literal)
    found = list(_SQL_TABLE.finditer(text))
    if not found:
        return ""
    # (`SELECT id, (SELECT name FROM users u WHERE ...) AS author FROM posts`: a subquery of the select
    # list names a joined table; the statement's own table is the one outside every parenthesis)
    m = next((f for f in found if text.count("(", 0, f.start()) == text.count(")", 0, f.start())), found[0])
    # (`"... FROM " + table + " WHERE ..."`: the literal pieces joined, the table a value between them,
    # so the word after `FROM` is the next clause's keyword, no table; a quoted `"Order"` is a name)
    if m.group(2).lower() in vocab.JOB_QUEUE_SCHEMAS and m.group(3):
        return f"{m.group(2)}.{m.group(3)}"  # `graphile_worker.jobs`: a job queue's own table, named whole
    return m.group(2) if m.group(1) or m.group(2).lower() not in _SQL_CLAUSES else ""


_SQL_TABLE = re.compile(r"(?i)\b(?:from|into|update|join)\s+(?:\$\{\s*)?(\\?[\"`])?(\w+)(?:\.(\w+))?")
_SQL_CLAUSES = frozenset(
    {"where", "set", "values", "select", "on", "using", "as", "group", "order", "limit", "returning", "join"}
)


def is_tagged_template(call: Node) -> bool:
    args = call.child_by_field_name("arguments")
    return args is not None and args.type == "template_string"


_SQL_FACTORIES = frozenset({"postgres", "neon"})


def _is_sql_client(mod: Module, name: str) -> bool:
    """`const pg = postgres(url)` / `neon(url)` in this file: a template tagged with `pg` is SQL (also
    handed on under another name, `const rooms = pg`, and the factory imported under another name,
    `import makeClient from "postgres"`: the binding says what it is, not the name)."""
    value = sx.strip_types(mod.values.get(name)) if "." not in name else None
    for _ in range(4):
        if value is None or value.type != "identifier":
            break
        value = sx.strip_types(mod.values.get(sx.text(mod.src, value)))
    if value is None or value.type != "call_expression":
        return False
    callee = sx.callee_name(mod.src, value)
    binding = mod.imports.get(callee)
    return sx.last_name(callee) in _SQL_FACTORIES or (binding is not None and binding.spec in _SQL_CLIENT_PACKAGES)


def tagged_sql_op(mod: Module, call: Node) -> DbOp | None:
    """The read or write of a template tagged by a SQL client, by its verb."""
    text = sql_text(mod.src, call)
    kind = sql_kind(text)
    if kind is None:
        return None
    verb = text.split(None, 1)[0].upper() if text.strip() else ""
    return _raw_sql_op(kind, text, call, outer_chain(call), [call], verb, projected=not selects_every_column(text))


def makes_sql_client(mod: Module, fn: Node) -> bool:
    """A function that makes a postgres.js / neon client (`_db = neon(url); return _db`): the lazy
    `getDb()` singleton whose answer tags SQL templates."""
    for c in sx.find(fn, ("call_expression",), into_functions=False):
        binding = mod.imports.get(sx.callee_name(mod.src, c))
        if binding is not None and binding.spec in _SQL_CLIENT_PACKAGES:
            return True
    return False


_SQL_CLIENT_PACKAGES = frozenset({"postgres", "@neondatabase/serverless"})


# Libraries whose `sql` export tags a SQL template (imported under another name: `sql as ksql`)
_SQL_TAG_MODULES = frozenset({"kysely", "drizzle-orm", "@vercel/postgres", "@neondatabase/serverless", "slonik"})


def template_values(src: bytes, node: Node) -> list[Node]:
    """A tagged SQL template (`sql` + `...${costCents}...`) consumes its substitutions: read those,
    not the call (whose value is a database answer). A value that only picks rows (`WHERE id = ${id}`)
    reaches the query too, as `where: { id }` does in an ORM call: bound, but of the caller's type."""
    args = node.child_by_field_name("arguments") if node.type == "call_expression" else None
    if args is None or args.type != "template_string":
        return [node]
    return [sub for sub in args.named_children if sub.type == "template_substitution"]


def _runs_raw_query(mod: Module, call: Node, root: str) -> bool:
    """`sql.raw(...)` of Kysely's `sql`, its query run right away: `sql.raw(text).execute(db)`."""
    parent = call.parent
    return (
        parent is not None
        and parent.type == "member_expression"
        and sx.text(mod.src, parent.child_by_field_name("property")) == "execute"
        and _is_sql_tag_import(mod, root)
    )


# postgres.js: `sql.begin(async (tx) => ...)` runs a transaction, `tx.savepoint(async (sp) => ...)` a nested one
_SQL_TRANSACTION_METHODS = frozenset({"begin", "savepoint"})


def _transaction_tag(mod: Module, name: str, at: Node, depth: int = 0) -> bool:
    """``name`` is the first parameter of the callback a postgres.js client's `.begin(...)` (or a
    transaction's `.savepoint(...)`) runs, the transaction's SQL tag whatever it is called (`tx`, `trx`)."""
    if "." in name or depth > 3:
        return False
    fn = sx.enclosing_function(at)
    while fn is not None:
        names = sx.param_names(mod.src, fn)
        if name in names:
            if names.index(name) != 0:
                return False
            args = fn.parent
            call = args.parent if args is not None and args.type == "arguments" else None
            if call is None or call.type != "call_expression" or sx.call_args(call)[:1] != [fn]:
                return False
            parts = sx.callee_name(mod.src, call).split(".")
            if len(parts) != 2 or parts[1] not in _SQL_TRANSACTION_METHODS:
                return False
            # (a template tagged by the callback's parameter of a `.begin` is SQL by the API's shape, whatever
            # the client's name; a `.savepoint` only of a transaction)
            return parts[1] == "begin" or _transaction_tag(mod, parts[0], call, depth + 1)
        fn = sx.enclosing_function(fn)
    return False


def _is_sql_tag_import(mod: Module, name: str) -> bool:
    binding = mod.imports.get(name) if "." not in name else None
    return binding is not None and binding.imported == "sql" and binding.spec in _SQL_TAG_MODULES


def _aliased_db_client(mod: Module, parts: list[str], db_roots: frozenset[str] | set[str]) -> str | None:
    """`dbClient.query` of `import { db as dbClient } from "@/db"`: the name the project's client is
    exported under, when a two-part callee's root imports it under another name."""
    root = parts[0].removesuffix("()")
    alias = mod.imports.get(root) if len(parts) == 2 else None
    if (
        alias is not None
        and alias.imported not in (root, "*", "default")
        and (alias.imported in db_roots or alias.imported.endswith(("db", "Db")))
        and not (root in db_roots or root.endswith(("db", "Db")))
    ):
        return alias.imported
    return None


def _db_like(name: str, db_roots: frozenset[str] | set[str]) -> bool:
    return name in db_roots or name.endswith(("db", "Db"))


# `const dbInstance = trx || db`, `let runner = tx ?? prisma;`, `const conn = db`: a local holding the client
_CLIENT_ALIAS = re.compile(
    rb"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*([A-Za-z_$][\w$]*)\s*"
    rb"(?:(?:\|\||\?\?)\s*([A-Za-z_$][\w$]*)\s*)?(?=[;\n]|//)"
)


def local_client_alias(mod: Module, name: str, db_roots: frozenset[str] | set[str]) -> bool:
    """``name`` is a local the module binds to the database client, or to whichever of two clients is
    given (`const dbInstance = trx || db`: an optional transaction, else the app's client): its calls
    are the client's, whatever the local is called."""
    if not name or _db_like(name, db_roots) or name.encode() not in mod.src:
        return False
    aliases = mod.client_aliases
    if aliases is None:
        aliases = mod.client_aliases = {}
        for m in _CLIENT_ALIAS.finditer(mod.src):
            aliases.setdefault(m.group(1).decode(), []).append([g.decode() for g in m.groups()[1:] if g])
    # (not the generic `client`: an API's client as often as the database's)
    return any(all(_db_like(h, db_roots) and h != "client" for h in held) for held in aliases.get(name, ()))


def transaction_client(mod: Module, call: Node, name: str, db_roots: frozenset[str] | set[str]) -> bool:
    """``name`` (the root of ``call``'s callee) is the first parameter of the callback a database
    transaction runs (`db.$transaction(async (transaction) => ...)` of Prisma, `db.transaction(async (t)
    => ...)` of Drizzle, `db.transaction().execute(async (k) => ...)` of Kysely): that parameter is the
    client, whatever the callback calls it."""
    if not name or b"transaction" not in mod.src:
        return False
    src = mod.src
    node = call.parent
    while node is not None:
        if node.type in sx.FUNCTION_TYPES and name in sx.param_names(src, node):
            params = node.child_by_field_name("parameters")
            first = params.named_children[:1] if params is not None else []
            single = node.child_by_field_name("parameter")
            bound = sx.pattern_names(src, first[0]) if first else ([sx.text(src, single)] if single else [])
            if bound != [name]:
                return False  # (a parameter of another position, or a destructured one, shadows it)
            args = node.parent
            runner = args.parent if args is not None and args.type == "arguments" else None
            if runner is None or runner.type != "call_expression" or sx.call_args(runner)[:1] != [node]:
                return False
            parts = sx.callee_name(src, runner).split(".")
            last = parts[-1]
            receiver = parts[-2] if len(parts) >= 2 else ""
            return (
                last == "$transaction"
                or (last == "transaction" and _db_like(receiver, db_roots))
                or (last == "execute" and receiver == "transaction()" and _db_like(parts[0], db_roots))
            )
        node = node.parent
    return False


def db_named(mod: Module, callee: str, db_roots: frozenset[str]) -> bool:
    """Could an untagged call named ``callee`` (in ``mod``) be one `classify_db` classifies? False only
    where every branch it takes for such a call answers None by the name alone (its knex, raw-SQL and
    mongoose branches, and `_db_shaped` of the name after an aliased client import): the flow walk asks
    this once per name, not `classify_db` of every call. Kept in step with `classify_db`'s tests."""
    if not callee:
        return False
    parts = callee.split(".")
    last = parts[-1]
    imported = _aliased_db_client(mod, parts, db_roots)
    if imported is not None:
        parts[0] = imported
        callee = ".".join(parts)
    elif len(parts) >= 2 and local_client_alias(mod, parts[0], db_roots):
        parts[0] = "db"
        callee = ".".join(parts)
    elif (
        len(parts) >= 2
        and b"transaction" in mod.src
        and not _db_like(parts[0].removesuffix("()"), db_roots)
        and _db_shaped(".".join(["tx", *parts[1:]]), db_roots)
    ):
        return True  # (perhaps a transaction's client under another name: `transaction_client`, asked on the call)
    if len(parts) <= 2 and _knex_instance(mod, parts[0], strict=len(parts) == 2 and parts[1] != "raw"):
        return True
    if len(parts) == 2 and (last == "raw" or last in vocab.MONGOOSE_READS or last in vocab.MONGOOSE_WRITES):
        return True
    if (len(parts) == 1 and last in FIRESTORE_FUNCTIONS) or "collection()" in parts or "doc()" in parts:
        return True  # (Firestore: `getDoc(ref)` of the modular SDK, `….collection(c).where(...).get()`)
    return _db_shaped(callee, db_roots)


def classify_db(
    mod: Module,
    call: Node,
    db_roots: frozenset[str] | set[str] = vocab.DB_ROOTS,
    sequelize_model: Callable[[str], bool] | None = None,
) -> DbOp | None:
    """``sequelize_model(name)``: is the capitalised ``name`` a Sequelize model (known from where
    it is declared, possibly in another file)?"""
    src = mod.src
    callee = sx.callee_name(src, call)
    if not callee:
        return None
    parts = callee.split(".")
    last = parts[-1]
    root = local = parts[0].removesuffix("()")
    imported = _aliased_db_client(mod, parts, db_roots)
    if imported is not None:
        root = parts[0] = imported
        callee = ".".join(parts)
    elif len(parts) >= 2 and not _db_like(root, db_roots) and transaction_client(mod, call, parts[0], db_roots):
        root = parts[0] = "tx"  # (the transaction's client under another name: read as the client)
        callee = ".".join(parts)
    elif len(parts) >= 2 and local_client_alias(mod, root, db_roots):
        root = parts[0] = "db"  # (`const dbInstance = trx || db`: the client under a local's name)
        callee = ".".join(parts)

    # Tagged SQL templates: sql`...` (postgres.js, @vercel/postgres) — parameterised reads/writes.
    if is_tagged_template(call):
        if (
            last in ("sql", "unsafe")
            or callee.endswith((".sql", "Prisma.sql"))
            or last.startswith("$queryRaw")
            or (last.startswith("$executeRaw"))
            or _is_sql_client(mod, callee)
            or _is_sql_tag_import(mod, callee)
            or _transaction_tag(mod, callee, call)
        ):
            return tagged_sql_op(mod, call)
        return None
    # Knex: `knex("posts").where({ id }).update(patch)`, `trx("posts").insert(row).returning("*")`: the
    # query is named by the call of the instance on a table; the calls chained on it are its steps
    if parts[0].endswith("()") and _knex_instance(mod, parts[0][:-2]) and _knex_table_step(src, call):
        return None  # (a step of a chain classified at its table call)
    if len(parts) >= 3 and parts[1] in _KNEX_ROOTS and _knex_instance(mod, parts[0], strict=True):
        return None  # (`knex.from("t").where(...)`: the same)
    if len(parts) <= 2 and _knex_instance(mod, parts[0], strict=len(parts) == 2 and parts[1] != "raw"):
        op = _knex_op(mod, call, parts)
        if op is not None or len(parts) == 1:
            return op
    # (`import { sql as kyselySql } from "kysely"`: the import is known by its local name)
    if last == "raw" and len(parts) == 2 and _runs_raw_query(mod, call, local):
        # Kysely `sql.raw(text).execute(db)`: the text run as it is (a `sql.raw` fragment inside a
        # template is part of that template's query, classified there)
        first = sx.call_args(call)[:1]
        text = sql_text(src, first[0]) if first else ""
        kind = sql_kind(text)
        if kind is None:
            return None
        verb = text.split(None, 1)[0].upper() if text.strip() else ""
        return _raw_sql_op(kind, text, call, outer_chain(call), first, verb, projected=not selects_every_column(text))
    if (
        not _db_shaped(callee, frozenset(db_roots))
        and not (
            len(parts) == 2
            and (last in vocab.MONGOOSE_READS or last in vocab.MONGOOSE_WRITES)
            and (
                (b"Model<" in src and _mongoose_model_param(mod, call, root) is not None)
                # (a model walked from a list of them: `for (const { model } of searchable) model.findOne(...)`)
                or (root[:1].islower() and _listed_model(mod, call, root) is not None)
            )
        )
    ):
        return None  # most calls: no branch below can match the callee's name
    args = sx.call_args(call)

    # Prisma: <db>.<model>.<op>(...)
    # (`supabase.from("t").update(x)` has the same shape: `from()` is not a Prisma model; nor is Firestore's
    # `adminDb.doc(path).update(x)`, a document its path names)
    if (
        len(parts) >= 3
        and (last in vocab.PRISMA_READS or last in vocab.PRISMA_WRITES)
        and parts[-2] not in ("from()", "doc()")
    ):
        client = parts[-3].removesuffix("()")
        if client in db_roots or client.endswith(("db", "Db", "prisma", "Prisma", "Client")) or parts[0] == "ctx":
            model = parts[-2]
            kind = "read" if last in vocab.PRISMA_READS else "write"
            opts = object_keys(src, args[0]) if args else {}
            data = [opts["data"]] if "data" in opts else []
            if last == "upsert":
                data = [opts[k] for k in ("create", "update") if k in opts]
            # `omit: { passwordHash: true }` (Prisma 5.16+) also chooses what leaves the database
            projected = "select" in opts or "omit" in opts or last in ("count", "aggregate", "groupBy")
            return DbOp(
                kind,
                model,
                "prisma",
                call,
                outer_chain(call),
                args,
                data,
                projected,
                kind == "read" and not projected,
                last,
            )
    # Prisma raw
    if last in ("$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe"):
        text = sql_text(src, args[0]) if args else ""
        if _SETTING_ONLY.match(text):
            return None
        kind = sql_kind(text) or ("read" if "query" in last else "write")
        return _raw_sql_op(kind, text, call, outer_chain(call), args, last)
    # MikroORM EntityManager (`em.findOne(Member, where, { fields })`, `tx.nativeUpdate(E, where, data)`)
    # and the Payload local API (`payload.find({ collection, where, select })`)
    if _mikro_shaped(parts, last):
        op = _mikro_op(mod, call, args, parts, last)
        if op is not None:
            return op
    if len(parts) == 2 and last in _PAYLOAD_METHODS:
        op = _payload_op(mod, call, args, root, last)
        if op is not None:
            return op
    # TypeORM repositories: `repo.delete({ id })`, `userRepository.update(criteria, patch)`, `findOneBy(where)`
    if _typeorm_repo(parts) and last in _TYPEORM_METHODS and not _chained(call):
        op = _typeorm_op(src, call, args, parts, last)
        if op is not None:
            return op
    # Firestore: `db.collection("users").doc(id).update(data)`, `users().doc(id).get()`, `.collection(c).add(doc)`
    if _firestore_shaped(parts, last):
        return _firestore_op(src, call, args, last)
    if len(parts) == 1 and last in FIRESTORE_FUNCTIONS:
        return firestore_function_op(mod, call, args[0] if args else None)
    if last == "get" and "collection()" in parts and not args:
        # `db.collection("users").where("code", "==", code).get()`: a query's read
        query = firestore_query(src, _callee_object(call))
        if query is not None:
            return firestore_query_op(src, call, query)
    if (
        len(parts) > 2
        and all(p in _CTE_STEPS for p in parts[1:-1])
        and (root in db_roots or root.endswith(("db", "Db")))
    ):
        # `db.with("recent", (qb) => ...).selectFrom("recent")`: common table expressions named first,
        # then the query itself, as if called on the client (what the CTEs filter by picks rows too)
        parts = [parts[0], last]
        ctes = _cte_args(call)
    # Drizzle / Kysely builders: db.insert(t), db.update(t), db.delete(t), db.select().from(t), db.query.t.findMany
    else:
        ctes = []
    if len(parts) == 2 and (root in db_roots or root.endswith(("db", "Db"))):
        if last in ("insert", "update", "delete", "insertInto", "updateTable", "deleteFrom", "replaceInto"):
            chain = outer_chain(call)
            model = sx.text(src, args[0]).strip("'\"") if args else ""
            steps = chain_calls(chain, src)
            data = [_returned_object(a) for m, c in steps if m in ("set", "values") for a in sx.call_args(c)]
            whole = [_held_condition(src, a) for m, c in steps if m == "where" for a in sx.call_args(c)]
            api = "kysely" if last.endswith(("Into", "Table", "From")) else "drizzle"
            upsert = last in ("insert", "insertInto")
            picks, columns = _drizzle_conflict_picks(src, steps) if upsert else ([], frozenset())
            if picks:
                # (an upsert rewrites the row its conflict values name: a change by key, not a creation)
                op = DbOp("write", model, api, call, chain, [*whole, *picks], data, False, False, "upsert")
                return replace(op, conflict_columns=columns) if columns else op
            if last == "update" and len(args) >= 2 and not data:
                # TypeORM `repo.update(criteria, partial)`: drizzle's `db.update(table)` takes one argument
                return DbOp("write", "", "typeorm", call, chain, args[:1], args[1:2], False, False, last)
            return DbOp("write", model, api, call, chain, whole, data, False, False, last)
        if last in ("select", "selectDistinct", "selectFrom"):
            chain = outer_chain(call)
            steps = chain_calls(chain, src)
            model = ""
            where: list[Node] = []
            for m, c in steps:
                if m == "from" or m == "selectFrom":
                    a = sx.call_args(c)
                    model = sx.text(src, a[0]).strip("'\"") if a else model
                # (a page size or offset the caller picks shapes the query too: `.limit(limit)`)
                if m in ("where", "innerJoin", "leftJoin", "limit", "offset"):
                    where.extend(_held_condition(src, a) for a in sx.call_args(c))
            where.extend(ctes)
            if last == "selectFrom":
                projected = any(m in ("select",) for m, _ in steps[1:]) and not any(m == "selectAll" for m, _ in steps)
            else:
                tables = {
                    sx.text(src, a[0])
                    for m, c in steps
                    if m in ("from", "innerJoin", "leftJoin", "rightJoin", "fullJoin")
                    for a in [sx.call_args(c)]
                    if a
                }
                projected = bool(args) and not _whole_table_fields(src, args[0], tables)
            return DbOp(
                "read",
                model,
                "kysely" if last == "selectFrom" else "drizzle",
                call,
                chain,
                where,
                [],
                projected,
                not projected,
                last,
            )
        if last in _DRIZZLE_RAW_RUNNERS and args:
            # drizzle `db.execute(sql`...`)`, and the sqlite drivers' `db.all(sql`...`)` / `.get` / `.values` / `.run`
            text = sql_text(src, args[0])
            kind = sql_kind(text)
            if kind:
                return _raw_sql_op(kind, text, call, outer_chain(call), args, last)
    if len(parts) == 4 and parts[1] == "query" and last in ("findMany", "findFirst"):
        opts = object_keys(src, args[0]) if args else {}
        projected = "columns" in opts
        found = opts.get("where")
        held = _held_condition(src, found) if found is not None else None
        if held is not None and held is not found:
            # `where: eq(a, x) && eq(b, y)`: only what drizzle is handed picks the rows
            args = [held, *(v for k, v in opts.items() if k != "where")]
        return DbOp("read", parts[2], "drizzle", call, outer_chain(call), args, [], projected, not projected, last)
    # Supabase: <client>.from("t").<op>(...)
    if len(parts) >= 3 and parts[-2] == "from()" and last in ("select", "insert", "update", "upsert", "delete"):
        from_call = sx.unwrap(call.child_by_field_name("function"))
        from_obj = sx.unwrap(from_call.child_by_field_name("object")) if from_call is not None else None
        model = ""
        if from_obj is not None and from_obj.type == "call_expression":
            a = sx.call_args(from_obj)
            model = (sx.string_value(src, a[0]) or _listed_table(src, a[0]) or "") if a else ""
        chain = outer_chain(call)
        steps = chain_calls(chain, src)
        filters = [a for m, c in steps if m in ("eq", "match", "in", "filter") for a in sx.call_args(c)]
        if last == "select":
            sel = sx.string_value(src, args[0]) if args else None
            # (`*` anywhere, also inside an embedded relation `author:author_id (*)`, is every column)
            projected = bool(sel) and not _SUPABASE_STAR.search(sel) if sel is not None else bool(args)
            single = any(m in ("count", "head") for m, _ in steps)
            return DbOp(
                "read",
                model,
                "supabase",
                call,
                chain,
                filters,
                [],
                projected or single,
                not (projected or single),
                "select",
            )
        return DbOp("write", model, "supabase", call, chain, filters, list(args[:1]), False, False, last)
    # Supabase: <client>.rpc("delete_item", { p_item_id }): a Postgres function whose body is out of reach;
    # one named for a change (`delete_`, `set_`, `upsert_`) is taken as a write of unknown table, its
    # parameters as what picks the rows (reads are left alone: what they answer is unknown)
    if last == "rpc" and len(parts) == 2 and args:
        name = sx.string_value(src, args[0]) or ""
        if _RPC_WRITE.match(name):
            params = list(args[1:2])
            return DbOp("write", "", "supabase", call, outer_chain(call), params, [], False, False, f"rpc {name}")
        if name and len(args) > 1:
            # (a read-named function handed parameters: a read of unknown rows, its parameters what picks
            # them; what it answers is unknown, so no fields are taken as chosen or whole)
            return DbOp(
                "read", "", "supabase", call, outer_chain(call), list(args[1:2]), [], True, False, f"rpc {name}"
            )
        return None
    if len(parts) >= 3 and parts[-2] == "collection()" and (last in _MONGO_READS or last in _MONGO_WRITES):
        return _mongo_driver_op(src, call, args, last)
    # PocketBase: pb.collection("t").getOne(id) / .update(id, data) / .create(data) / .delete(id)
    if len(parts) >= 3 and parts[-2] == "collection()" and last in _POCKETBASE_METHODS:
        return _pocketbase_op(src, call, args, last)
    # Sequelize: Model.findAll({ where, attributes }) on a model class the project declares
    if (
        len(parts) == 2
        and root[:1].isupper()
        and last in _SEQUELIZE_STATICS
        and sequelize_model is not None
        and sequelize_model(root)
    ):
        return _sequelize_op(src, call, args, root, last)
    # Mongoose: Model.find(...) where Model is Capitalised (or a generic helper's `model: Model<T>`
    # parameter, the model its caller hands in: named `@<position>` until the caller's call names it)
    handed = (
        _mongoose_model_param(mod, call, root)
        if len(parts) == 2 and root[:1].islower() and (last in vocab.MONGOOSE_READS or last in vocab.MONGOOSE_WRITES)
        else None
    )
    # (`model.find(...)` in `for (const { model } of [{ model: Question, ... }, ...])`: the listed models)
    listed = (
        _listed_model(mod, call, root)
        if handed is None
        and len(parts) == 2
        and root[:1].islower()
        and (last in vocab.MONGOOSE_READS or last in vocab.MONGOOSE_WRITES)
        else None
    )
    if listed is not None:
        root = listed
    if handed is not None or (
        len(parts) == 2 and root[:1].isupper() and (last in vocab.MONGOOSE_READS or last in vocab.MONGOOSE_WRITES)
    ):
        if root in ("Object", "Array", "Promise", "JSON", "Math", "Date", "Response", "NextResponse", "Buffer", "URL"):
            return None
        # `AVAILABLE_LOCALES.find(...)` is a constant array; `PDFDocument.create()` comes from a
        # library (pdf-lib): models are declared in the project
        if handed is None and (root.isupper() or _library_import(mod, root)):
            return None
        kind = "read" if last in vocab.MONGOOSE_READS else "write"
        chain = outer_chain(call)
        steps = chain_calls(chain, src)
        projected = (
            len(args) >= 2
            or any(m in ("select", "countDocuments") for m, _ in steps)
            or last
            in (
                "countDocuments",
                "exists",
                "distinct",  # the values of one field, not whole documents
            )
            or (last == "aggregate" and bool(args) and reshaping_pipeline(src, args[0]))
        )
        written: list[Node] = []
        if kind == "write":
            written = list(args[1:2]) if last not in ("create", "insertMany") else list(args[:1])
            # `Model.updateOne(filter, { $set: { ...reply } })`: the operator's value is what is written
            written = [w for n in written for w in _mongo_set_values(src, n)]
        picked = list(args[1:2] if last == "distinct" else args[:1])
        if kind == "read" and picked:
            # (a page size or offset the caller picks shapes the query too: `.skip(skip).limit(limit)`,
            # after the filter, which stays first)
            picked += [a for m, c in steps if m in ("limit", "skip") for a in sx.call_args(c)]
        return DbOp(
            kind,
            root if handed is None else f"@{handed}",
            "mongoose",
            call,
            chain,
            # (`distinct(field, filter)`: the filter is the second argument)
            picked,
            written,
            projected,
            kind == "read" and not projected,
            last,
        )
    # Raw SQL clients: pool.query("..."), connection.execute("..."), db.prepare("...").run()
    if last in ("query", "execute", "exec", "prepare", "unsafe") and len(parts) >= 2 and args:
        text = sql_text(src, held_sql(mod, args[0]))
        kind = sql_kind(text)
        if kind is None and last == "unsafe" and _MAINTENANCE.match(text):
            kind = "write"  # postgres.js `sql.unsafe(\`vacuum analyze ${table}\`)`: a statement run on the tables
        if kind is not None and not built_by_other_library(mod, call):
            chain = outer_chain(call)
            if last == "prepare":  # better-sqlite3: the values go to `.run(...)` / `.get(...)` / `.all(...)`
                args = [*args, *(a for m, c in chain_calls(chain, src)[1:] for a in sx.call_args(c))]
            return _raw_sql_op(kind, text, call, chain, args, last)
    return None


_RAW_RUNNERS = frozenset({"query", "execute", "exec", "unsafe"})


def statement_args(mod: Module, call: Node) -> list[tuple[int, str, str]]:
    """`legacyQuery("UPDATE chapters SET ...", [title, id])`, `runSql(statement, values)` with a `const statement`
    of SQL text: (position, SQL kind, text) of each argument holding a statement (a cheap test on any call)."""
    out: list[tuple[int, str, str]] = []
    for i, arg in enumerate(sx.call_args(call)[:3]):
        a = sx.strip_types(arg)
        if a is None or a.type not in ("string", "template_string", "identifier", "binary_expression"):
            continue
        text = sql_text(mod.src, held_sql(mod, a))
        kind = sql_kind(text) if text else None
        if kind is not None:
            out.append((i, kind, text))
    return out


def runs_statement_param(mod: Module, fn: Node, index: int) -> bool:
    """A project helper that hands its parameter at ``index`` straight to a raw SQL client as the statement
    (`pool.query(statement, values)`, `conn.execute(statement)`): a statement it is called with runs."""
    params = sx.param_names(mod.src, fn)
    if index >= len(params):
        return False
    name = params[index]
    body = fn.child_by_field_name("body")
    for call in sx.find(body, ("call_expression",)) if body is not None else ():
        parts = sx.callee_name(mod.src, call).split(".")
        if len(parts) < 2 or parts[-1] not in _RAW_RUNNERS:
            continue
        args = sx.call_args(call)
        first = sx.strip_types(args[0]) if args else None
        if first is not None and first.type == "identifier" and sx.text(mod.src, first) == name:
            return not built_by_other_library(mod, call)
    return False


def statement_op(call: Node, kind: str, text: str) -> DbOp:
    """The raw SQL operation a call of a project query helper runs, named by the statement it passes."""
    return _raw_sql_op(kind, text, call, outer_chain(call), sx.call_args(call), "query")


# what a knex instance is called (`const knex = createDbConnection()`, `knex.transaction(async (trx) => ...)`,
# `const db = knex(config)`); `sql("users")` is postgres.js naming an identifier inside a template, no query
_KNEX_NAMES = frozenset({"knex", "trx", "tx", "db", "database", "conn", "connection", "qb"})
# ... of those, the ones no other client is called (`db.from("t")` may be a Supabase client's)
_KNEX_ONLY_NAMES = frozenset({"knex", "trx"})
# the instance's methods that start a query on a table (`knex.from("t")`)
_KNEX_ROOTS = frozenset({"from()", "table()", "into()"})
_KNEX_TABLE = re.compile(r"^[A-Za-z_][\w.]*(?:\s+as\s+\w+)?$", re.I)
_KNEX_WRITES = frozenset({"insert", "update", "del", "delete", "increment", "decrement", "upsert", "truncate"})
_KNEX_FILTERS = frozenset(
    {
        "where",
        "andWhere",
        "orWhere",
        "whereNot",
        "andWhereNot",
        "orWhereNot",
        "whereIn",
        "orWhereIn",
        "whereNotIn",
        "whereBetween",
        "whereLike",
        "whereILike",
        "whereRaw",
        "andWhereRaw",
        "orWhereRaw",
        "whereJsonPath",
        "having",
        "limit",
        "offset",
    }
)
# reads answering one value or chosen columns, not rows
_KNEX_AGGREGATES = frozenset({"pluck", "count", "countDistinct", "sum", "sumDistinct", "avg", "min", "max"})


def _knex_instance(mod: Module, name: str, strict: bool = False) -> bool:
    """``name`` calls a knex query builder: named like one, or made by the `knex` package's factory
    in this file, or imported from a module named for it (`import db from "@/lib/knex"`). ``strict``:
    not by a name other clients have too."""
    if "." in name or not name:
        return False
    if name in (_KNEX_ONLY_NAMES if strict else _KNEX_NAMES) or name.lower().endswith("knex"):
        return True
    binding = mod.imports.get(name)
    if binding is not None:
        return binding.spec == "knex" or binding.spec.rsplit("/", 1)[-1] in ("knex", "knexfile")
    value = sx.strip_types(mod.values.get(name))
    if value is None or value.type != "call_expression":
        return False
    factory = mod.imports.get(sx.callee_name(mod.src, value).split(".")[0])
    return factory is not None and factory.spec == "knex"


def _knex_table(src: bytes, call: Node) -> str | None:
    """The table a call of a knex instance names (`knex("posts")`, `trx("users as u")`)."""
    args = sx.call_args(call)
    table = sx.string_value(src, args[0]) if len(args) == 1 else None
    return table.strip().split()[0] if table is not None and _KNEX_TABLE.match(table.strip()) else None


def _knex_table_step(src: bytes, call: Node) -> bool:
    """``call`` is chained on a table call (`knex("posts").where(...).update(...)`)."""
    node = call
    for _ in range(64):
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None:
            return False
        if fn.type != "member_expression":
            return node is not call and _knex_table(src, node) is not None
        inner = sx.unwrap(fn.child_by_field_name("object"))
        if inner is None or inner.type != "call_expression":
            return False
        node = inner
    return False


def _knex_op(mod: Module, call: Node, parts: list[str]) -> DbOp | None:
    """`knex("t")...` (the table call) or `knex.from("t")` / `knex.table("t")` / `knex.raw(text, bindings)`."""
    src = mod.src
    args = sx.call_args(call)
    if len(parts) == 2:
        last = parts[1]
        if last == "raw" and args:
            text = sql_text(src, held_sql(mod, args[0]))
            kind = sql_kind(text)
            if kind is None:
                return None
            whole = selects_every_column(text)
            return _raw_sql_op(kind, text, call, outer_chain(call), args, "raw", projected=not whole)
        if f"{last}()" not in _KNEX_ROOTS:
            return None
    model = _knex_table(src, call)
    if model is None:
        return None
    chain = outer_chain(call)
    steps = chain_calls(chain, src)[1:]
    kind = "read"
    verb = "select"
    data: list[Node] = []
    filters: list[Node] = []
    projected = False
    for method, step in steps:
        step_args = sx.call_args(step)
        if method in _KNEX_WRITES:
            kind, verb = "write", method
            if method in ("insert", "upsert"):
                data.extend(step_args[:1])
            elif method == "update":
                # `.update(patch)` or `.update("column", value)`
                named = len(step_args) >= 2 and sx.string_value(src, step_args[0]) is not None
                data.extend(step_args[1:2] if named else step_args[:1])
            elif method in ("increment", "decrement"):
                data.extend(step_args[1:2])
        elif method == "merge":
            data.extend(step_args[:1])
        elif method in _KNEX_FILTERS:
            filters.extend(step_args)
        elif method in ("select", "first", "column", "columns", "distinct"):
            projected = projected or (bool(step_args) and not any(_knex_star(src, a) for a in step_args))
        elif method in _KNEX_AGGREGATES:
            projected = True
    if kind == "write":
        return DbOp("write", model, "knex", call, chain, filters, data, False, False, verb)
    return DbOp("read", model, "knex", call, chain, filters, [], projected, not projected, verb)


def _knex_star(src: bytes, node: Node) -> bool:
    """`"*"`, `"t.*"` or an array holding one: every column."""
    node = sx.strip_types(node) or node
    if node.type == "array":
        return any(_knex_star(src, e) for e in node.named_children)
    value = sx.string_value(src, node)
    return value is not None and (value.strip() == "*" or value.strip().endswith(".*"))


_MONGO_READS = frozenset({"find", "findOne", "countDocuments", "estimatedDocumentCount", "aggregate", "distinct"})
_MONGO_WRITES = frozenset(
    {
        "insertOne",
        "insertMany",
        "updateOne",
        "updateMany",
        "replaceOne",
        "deleteOne",
        "deleteMany",
        "findOneAndUpdate",
        "findOneAndReplace",
        "findOneAndDelete",
        "bulkWrite",
    }
)
# Update operators whose value is written field by field (`{ $set: input }` writes `input` wholesale;
# `{ $inc: { tokenBalance: amount } }` moves a balance by the amount named; `{ $addToSet: { tags: tag } }`
# and `$push` store the value in the named array; `{ $unset: { apiKeyHash: 1 } }` clears the named field)
_MONGO_SETTERS = ("$set", "$setOnInsert", "$inc", "$addToSet", "$push", "$unset")


def _mongo_set_values(src: bytes, update: Node) -> list[Node]:
    """The values an update document writes: its `$set`/`$setOnInsert`/`$inc`/`$addToSet`/`$push`/`$unset`
    values, or the document itself."""
    ops = object_keys(src, update)
    return [ops[k] for k in _MONGO_SETTERS if k in ops] if any(k.startswith("$") for k in ops) else [update]


MONGO_OPS = _MONGO_READS | _MONGO_WRITES


# Aggregation stages whose output documents hold only the fields the stage names (group keys and
# accumulators, a projection, a count), not the stored documents
_RESHAPING_STAGES = frozenset({"$group", "$project", "$count", "$sortByCount", "$bucket", "$bucketAuto"})
# ... and stages that bring whole documents back in after it
_WIDENING_STAGES = frozenset({"$lookup", "$replaceRoot", "$replaceWith", "$unionWith", "$graphLookup"})


def reshaping_pipeline(src: bytes, pipeline: Node | None) -> bool:
    """`Model.aggregate([{ $match }, { $group: { _id: "$engine", count: { $sum: 1 } } }])`: a pipeline
    written out whose last reshaping stage (`$group`, `$project`, `$count`) comes after any stage that
    adds whole documents, and that never keeps a whole document (`$$ROOT`)."""
    pipeline = sx.unwrap(pipeline)
    if (
        pipeline is None
        or pipeline.type != "array"
        or src.find(b"$$ROOT", pipeline.start_byte, pipeline.end_byte) != -1
    ):
        return False
    shaped = False
    for stage in pipeline.named_children:
        if stage.type == "comment":
            continue
        keys = set(object_keys(src, stage)) if stage.type == "object" else set()
        if not keys:
            return False  # a stage built elsewhere (`...extraStages`, `matchStage`): it could be anything
        if keys & _RESHAPING_STAGES:
            shaped = True
        elif keys & _WIDENING_STAGES:
            shaped = False
    return shaped


def collection_handle(src: bytes, value: Node | None) -> str | None:
    """`db.collection("codes")` (also awaited): a MongoDB collection handle, and the collection it names
    ("" for a name the code works out, `db.collection(name)`)."""
    value = sx.unwrap(value)
    if value is None or value.type != "call_expression" or sx.last_name(sx.callee_name(src, value)) != "collection":
        return None
    args = sx.call_args(value)
    return (sx.string_value(src, args[0]) or "") if args else None


def mongo_driver_op(src: bytes, call: Node, model: str | None = None) -> DbOp:
    """A MongoDB driver call; ``model``: the collection, when the handle was made elsewhere
    (`const codes = await codesCollection(); codes.findOne(...)`)."""
    return _mongo_driver_op(src, call, sx.call_args(call), sx.last_name(sx.callee_name(src, call)), model)


def _mongo_driver_op(src: bytes, call: Node, args: list[Node], last: str, model: str | None = None) -> DbOp:
    """`db.collection("notes").findOne(filter, { projection })` / `.insertOne(doc)` /
    `.updateOne(filter, { $set: doc })` (the `mongodb` package): the collection names the model."""
    if model is None:
        coll = sx.strip_types(call.child_by_field_name("function"))
        model = collection_handle(src, coll.child_by_field_name("object") if coll is not None else None) or ""
    chain = outer_chain(call)
    if last in _MONGO_READS:
        options = object_keys(src, args[1]) if len(args) >= 2 else {}
        projected = (
            "projection" in options
            or any(m == "project" for m, _ in chain_calls(chain, src)[1:])
            or last in ("countDocuments", "estimatedDocumentCount", "distinct", "aggregate")
        )
        return DbOp("read", model, "mongo", call, chain, list(args[:1]), [], projected, not projected, last)
    written: list[Node] = []
    if last in ("insertOne", "insertMany", "bulkWrite"):
        written = list(args[:1])
    elif len(args) >= 2 and last not in ("deleteOne", "deleteMany", "findOneAndDelete"):
        written = _mongo_set_values(src, args[1])
    filters = [] if last in ("insertOne", "insertMany", "bulkWrite") else list(args[:1])
    return DbOp("write", model, "mongo", call, chain, filters, written, False, False, last)


_SEQUELIZE_READS = frozenset(
    {"findAll", "findOne", "findByPk", "findAndCountAll", "count", "max", "min", "sum", "aggregate"}
)
_SEQUELIZE_WRITES = frozenset(
    {"create", "bulkCreate", "update", "destroy", "upsert", "increment", "decrement", "restore", "findOrCreate"}
)
_SEQUELIZE_STATICS = _SEQUELIZE_READS | _SEQUELIZE_WRITES
# Instance methods of a loaded Sequelize record that write it: `expense.update(changes)`
SEQUELIZE_INSTANCE_WRITES = frozenset({"update", "set", "save", "destroy", "increment", "decrement"})
_SEQUELIZE_PACKAGES = ("sequelize", "sequelize-typescript")


def declares_sequelize_model(mod: Module, declared: Node) -> bool:
    """``declared`` (in ``mod``) is a Sequelize model: `class Expense extends Model` or
    `sequelize.define("Expense", {...})` in a module that imports the `sequelize` package."""
    if not any(b.spec in _SEQUELIZE_PACKAGES for b in mod.imports.values()):
        return False
    node = sx.strip_types(declared)
    if node is None:
        return False
    if node.type in ("class_declaration", "class"):
        return any(c.type == "class_heritage" for c in node.children)
    return node.type == "call_expression" and sx.last_name(sx.callee_name(mod.src, node)) == "define"


def _sequelize_op(src: bytes, call: Node, args: list[Node], model: str, last: str) -> DbOp:
    """`Expense.findAll({ where, attributes })`, `Expense.findByPk(id)`, `Expense.create(values)`,
    `Expense.update(values, { where })`, `Expense.destroy({ where })`: `attributes` chooses fields."""
    chain = outer_chain(call)
    first = args[0] if args else None
    if last in _SEQUELIZE_READS:
        options = object_keys(src, args[1] if last == "findByPk" and len(args) >= 2 else first)
        projected = "attributes" in options or last in ("count", "max", "min", "sum", "aggregate")
        by_key = last == "findByPk" or "where" not in options
        filters = list(args[:1]) if by_key else [options["where"]]
        return DbOp("read", model, "sequelize", call, chain, filters, [], projected, not projected, last)
    data: list[Node] = []
    options = object_keys(src, first)
    if last in ("create", "bulkCreate", "upsert", "update"):
        data = list(args[:1])
        options = object_keys(src, args[1]) if len(args) >= 2 else {}
    elif last == "findOrCreate":
        data = [options["defaults"]] if "defaults" in options else []
    elif last in ("increment", "decrement"):
        options = object_keys(src, args[1]) if len(args) >= 2 else {}
    filters = [options["where"]] if "where" in options else []
    verb = "create" if last in ("bulkCreate", "findOrCreate") else last
    return DbOp("write", model, "sequelize", call, chain, filters, data, False, False, verb)


def sequelize_instance_write(src: bytes, call: Node, record: DbOp) -> DbOp | None:
    """`expense.update(input.changes)` / `expense.set(x)` / `expense.destroy()` on a record a
    Sequelize read loaded: a write of that record (selected by the read that loaded it)."""
    if record.api != "sequelize":
        return None
    last = sx.last_name(sx.callee_name(src, call))
    if last not in SEQUELIZE_INSTANCE_WRITES:
        return None
    args = sx.call_args(call)
    data = list(args[:1]) if last in ("update", "set") else []
    return DbOp("write", record.model, "sequelize", call, outer_chain(call), [], data, False, False, last)


# TypeORM's Repository API; a drizzle `db.update(t)` always goes on (`.set()`, `.where()`), a
# repository call is complete by itself.
_TYPEORM_READS = frozenset(
    {
        "find",
        "findBy",
        "findOne",
        "findOneBy",
        "findOneOrFail",
        "findOneByOrFail",
        "findAndCount",
        "findAndCountBy",
        "count",
        "countBy",
        "exist",
        "exists",
        "existsBy",
    }
)
_TYPEORM_WRITES = frozenset(
    {"save", "insert", "update", "upsert", "delete", "softDelete", "restore", "remove", "increment", "decrement"}
)
_TYPEORM_METHODS = _TYPEORM_READS | _TYPEORM_WRITES
_REPO_NAME = re.compile(r"(?:^r|R)epo(?:sitory)?$")


def _typeorm_repo(parts: list[str]) -> bool:
    """`repo.x`, `userRepository.x`, `ds.getRepository(User).x`: a TypeORM repository receiver."""
    return len(parts) >= 2 and (parts[-2] == "getRepository()" or bool(_REPO_NAME.search(parts[-2])))


def _typeorm_op(src: bytes, call: Node, args: list[Node], parts: list[str], last: str) -> DbOp | None:
    """`repo.findOne({ where, select })`, `repo.findOneBy(where)`, `repo.update(criteria, patch)`,
    `repo.delete(criteria)`, `repo.save(entity)`: criteria select the rows, `select` chooses fields."""
    chain = outer_chain(call)
    model = _REPO_NAME.sub("", parts[-2].removesuffix("()"))
    if parts[-2] == "getRepository()":
        inner = sx.strip_types(call.child_by_field_name("function"))
        repo_call = sx.unwrap(inner.child_by_field_name("object")) if inner is not None else None
        a = sx.call_args(repo_call) if repo_call is not None and repo_call.type == "call_expression" else []
        model = sx.text(src, a[0]) if a else ""
    first = args[0] if args else None
    if last in _TYPEORM_READS:
        opts = object_keys(src, first)
        by_options = last in ("find", "findOne", "findOneOrFail", "findAndCount", "count", "exist", "exists")
        filters = ([opts["where"]] if "where" in opts else []) if by_options else list(args[:1])
        projected = (by_options and "select" in opts) or last.startswith(("count", "exist"))
        return DbOp("read", model, "typeorm", call, chain, filters, [], projected, not projected, last)
    if last in ("save", "insert", "upsert"):
        return DbOp("write", model, "typeorm", call, chain, [], list(args[:1]), False, False, last)
    if last == "remove":  # `repo.remove(entity)`: a record the code loaded
        return DbOp("write", model, "typeorm", call, chain, list(args[:1]), [], False, False, "delete")
    data = list(args[1:2]) if last == "update" else []
    return DbOp("write", model, "typeorm", call, chain, list(args[:1]), data, False, False, last)


FIRESTORE_DOC_OPS = frozenset({"get", "set", "update", "delete", "create"})


def _firestore_shaped(parts: list[str], last: str) -> bool:
    """`….collection("c").doc(id).update(x)` / `col().doc(id).get()` / `….collection("c").add(doc)`."""
    if len(parts) >= 3 and parts[-2] == "doc()" and last in FIRESTORE_DOC_OPS:
        return True
    return len(parts) >= 3 and parts[-2] == "collection()" and last == "add"


def _chained(call: Node) -> bool:
    """`db.update(t).set(x)`: the call's result is the receiver of another call."""
    p = call.parent
    return p is not None and p.type == "member_expression" and p.child_by_field_name("object") == call


def _callee_object(call: Node | None) -> Node | None:
    """`a.b(x).c(y)` -> `a.b(x)`: what the called method is read off (None for a plain function)."""
    fn = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
    return sx.unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None


def firestore_doc_ref(src: bytes, node: Node | None) -> Node | None:
    """``node`` when it makes a Firestore document reference: `db.collection("c").doc(id)`,
    `users().doc(id)` (a collection helper), `userRef.collection("items").doc(id)`."""
    node = sx.unwrap(node)
    if node is None or node.type != "call_expression":
        return None
    parts = sx.callee_name(src, node).split(".")
    if len(parts) >= 2 and parts[-1] == "doc" and ("collection()" in parts or parts[0].endswith("()")):
        return node
    return None


FIRESTORE_QUERY_STEPS = frozenset(
    {"where", "orderBy", "limit", "limitToLast", "offset", "startAt", "startAfter", "endAt", "endBefore", "select"}
)


def firestore_query(src: bytes, node: Node | None) -> Node | None:
    """``node`` when it is a Firestore collection or query: `db.collection("c")`, `….where(f, "==", v).limit(1)`."""
    node = sx.unwrap(node)
    if node is None or node.type != "call_expression":
        return None
    parts = sx.callee_name(src, node).split(".")
    if "collection()" not in parts[:-1] and parts[-1] != "collection":
        return None
    tail = parts[parts.index("collection()") + 1 :] if "collection()" in parts[:-1] else []
    if len(parts) < 2 or not all(p.removesuffix("()") in FIRESTORE_QUERY_STEPS for p in tail):
        return None
    return node


def firestore_query_op(src: bytes, call: Node, query: Node) -> DbOp:
    """`query.get()`: a read of the query's collection, the rows chosen by its `where` values."""
    filters: list[Node] = []
    model = ""
    projected = False  # `….select("name", "plan")`: the admin SDK's field mask
    node: Node | None = query
    while node is not None and node.type == "call_expression":
        name = sx.last_name(sx.callee_name(src, node))
        a = sx.call_args(node)
        if name == "where":
            filters.extend(a[2:3])
        elif name == "select" and a:
            projected = True
        elif name == "collection":
            model = (sx.string_value(src, a[0]) or "") if a else ""
            break
        node = _callee_object(node)
    return DbOp("read", model, "firestore", call, outer_chain(call), filters, [], projected, False, "get")


# The modular (v9+) Firestore SDK: functions handed the reference, `setDoc(doc(db, "users", uid), data)`
FIRESTORE_FUNCTIONS = {
    "getDoc": "get",
    "getDocs": "get",
    "setDoc": "set",
    "updateDoc": "update",
    "deleteDoc": "delete",
    "addDoc": "create",
}
_FIRESTORE_MODULES = ("firebase/firestore", "@firebase/firestore", "firebase/firestore/lite")


def firestore_function_op(
    mod: Module, call: Node, ref: Node | None, held: Callable[[Node], Node | None] | None = None
) -> DbOp | None:
    """`getDoc(doc(db, "users", uid))`, `updateDoc(ref, data)`, `addDoc(collection(db, "c"), data)`,
    `getDocs(query(collection(db, "c"), where("code", "==", code)))`, the functions imported from the
    Firestore SDK; ``ref`` is the reference or query (the call's first argument, or what its local holds);
    ``held`` gives what a local holds, for a query made on a collection kept in one (`const col =
    collection(db, "users"); getDocs(query(col, orderBy("createdAt")))`)."""
    src = mod.src
    callee = sx.callee_name(src, call)
    binding = mod.imports.get(callee)
    if binding is None or binding.spec not in _FIRESTORE_MODULES:
        return None
    last = FIRESTORE_FUNCTIONS.get(binding.imported, "")
    ref = sx.unwrap(ref)
    if not last or ref is None or ref.type != "call_expression":
        return None
    args = sx.call_args(call)
    filters: list[Node] = []
    if sx.callee_name(src, ref) == "query":  # `query(collection(db, "c"), where(f, "==", v), limit(1))`
        parts = sx.call_args(ref)
        for part in parts[1:]:
            step = sx.unwrap(part)
            if step is not None and step.type == "call_expression" and sx.callee_name(src, step) == "where":
                filters.extend(sx.call_args(step)[2:3])
        ref = sx.unwrap(parts[0]) if parts else None
        if ref is not None and ref.type == "identifier" and held is not None:
            ref = sx.unwrap(held(ref))
        if ref is None or ref.type != "call_expression":
            return None
    maker = sx.callee_name(src, ref)
    if maker not in ("doc", "collection"):
        return None
    # `doc(db, "users", uid)` / `doc(db, "users", uid, "items", id)` / `doc(collection(db, "users"), uid)`:
    # the segments alternate collection and id, the last id picking the document
    segs = sx.call_args(ref)[1:]
    inner = sx.unwrap(sx.call_args(ref)[0]) if sx.call_args(ref) else None
    if maker == "doc" and inner is not None and inner.type == "call_expression" and not segs[1:]:
        segs = [*sx.call_args(inner)[1:], *segs]
    if maker == "doc" and len(segs) % 2 == 1:
        return None  # (a path in one string: not split here)
    names = segs[0::2] if maker == "doc" else segs[-1:]
    model = (sx.string_value(src, names[-1]) or "") if names else ""
    if maker == "doc":
        filters = segs[-1:]
    chain = outer_chain(call)
    if last == "get":
        return DbOp("read", model, "firestore", call, chain, filters, [], False, False, last)
    data = list(args[1:2]) if last in ("set", "update", "create") else []
    if last == "create":
        return DbOp("write", model, "firestore", call, chain, [], data, False, False, "create")
    return DbOp("write", model, "firestore", call, chain, filters, data, False, False, last)


def firestore_ref_op(src: bytes, call: Node, ref: Node, last: str, data: list[Node]) -> DbOp:
    """A Firestore document op on a reference made elsewhere: `ref.set(x)` of `const ref = ….doc(id)`,
    `batch.set(ref, x)`, `transaction.update(ref, x)`."""
    return _firestore_op(src, call, data, last, ref)


# a document path's leading collection: `"users/" + uid`, `` `users/${uid}` ``
_DOC_PATH = re.compile(r"""^[`'"]([A-Za-z_]\w*)/""")


def _firestore_op(src: bytes, call: Node, args: list[Node], last: str, held: Node | None = None) -> DbOp:
    """A Firestore document op: the `doc(id)` argument selects it, the collection names the model
    (``held``: the document reference, when it is not the callee's receiver)."""
    chain = outer_chain(call)
    ref = held if held is not None else _callee_object(call)
    ref_args = sx.call_args(ref) if ref is not None and ref.type == "call_expression" else []
    model = ""
    node = _callee_object(ref)
    while node is not None and node.type == "call_expression":  # the nearest `.collection("c")` or `users()`
        name = sx.last_name(sx.callee_name(src, node))
        if name == "collection":
            a = sx.call_args(node)
            model = (sx.string_value(src, a[0]) or "") if a else ""
            break
        if "." not in sx.callee_name(src, node):
            model = name  # `const technicians = () => firestore.collection("technicians")`
            break
        node = _callee_object(node)
    if not model and ref_args:
        # `adminDb.doc(`users/${uid}`)`: a document named by its path, the collection its first segment
        path = _DOC_PATH.match(sx.text(src, ref_args[0]))
        model = path.group(1) if path else ""
    if last == "add" and held is None:  # `….collection("c").add(doc)`: the collection is the callee's receiver
        model = (sx.string_value(src, ref_args[0]) or "") if ref_args else ""
        return DbOp("write", model, "firestore", call, chain, [], list(args[:1]), False, False, "create")
    if last == "get":
        return DbOp("read", model, "firestore", call, chain, list(ref_args[:1]), [], False, False, last)
    data = list(args[:1]) if last in ("set", "update", "create") else []
    return DbOp("write", model, "firestore", call, chain, list(ref_args[:1]), data, False, False, last)


# MikroORM's EntityManager: methods taking the entity class first, and methods on a loaded entity.
_MIKRO_READS = frozenset({"find", "findOne", "findOneOrFail", "findAll", "findAndCount", "findByCursor", "count"})
_MIKRO_CREATES = frozenset({"create", "insert", "insertMany", "nativeInsert", "upsert", "upsertMany"})
_MIKRO_ENTITY_METHODS = _MIKRO_READS | _MIKRO_CREATES | {"nativeUpdate", "nativeDelete"}
_MIKRO_INSTANCE_METHODS = frozenset({"assign", "persist", "persistAndFlush", "remove", "removeAndFlush"})
# how an EntityManager is obtained: `orm.em.fork()`, `getEm()`, `RequestContext.getEntityManager()`,
# typed `EntityManager`, or the `tx` an `em.transactional(async (tx) => ...)` callback receives
_EM_BINDING = re.compile(r"\bem\b|[a-z]Em\b|EntityManager|\.fork\(|\.transactional\b")
_EM_NAME = re.compile(r"^(?:em|\w*Em|\w*[eE]ntityManager)$")


def _mikro_shaped(parts: list[str], last: str) -> bool:
    n = len(parts)
    return (n == 2 and (last in _MIKRO_ENTITY_METHODS or last in _MIKRO_INSTANCE_METHODS)) or (
        n == 3 and parts[1] == "getRepository()" and last in _MIKRO_ENTITY_METHODS
    )


def _binding_text(src: bytes, node: Node, name: str) -> str:
    """The text that binds local ``name`` where ``node`` sees it: its declarator (`em = await getEm()`),
    or its parameter with the callee the function is passed to (`em.transactional(async (tx) =>`)."""
    prev: Node = node
    for anc in sx.ancestors(node):
        if sx.is_function(anc):
            params = anc.child_by_field_name("parameters") or anc.child_by_field_name("parameter")
            for p in params.named_children if params is not None and params.type != "identifier" else [params]:
                if p is not None and sx.text(src, p.child_by_field_name("pattern") or p) == name:
                    holder = anc.parent.parent if anc.parent is not None else None
                    passed = ""
                    if holder is not None and holder.type == "call_expression":
                        passed = sx.callee_name(src, holder)
                    return passed + " " + sx.text(src, p)
        elif anc.type in ("statement_block", "program"):
            for stmt in anc.named_children:
                if stmt.start_byte >= prev.start_byte:
                    break  # declared before the statement that uses it
                decl = stmt.named_children[0] if stmt.type == "export_statement" and stmt.named_children else stmt
                if decl.type not in ("lexical_declaration", "variable_declaration"):
                    continue
                for d in decl.named_children:
                    if d.type == "variable_declarator" and sx.text(src, d.child_by_field_name("name")) == name:
                        return sx.text(src, d)
        prev = anc
    return ""


def _entity_manager(mod: Module, call: Node, name: str) -> bool:
    """Is ``name`` a MikroORM EntityManager where ``call`` uses it (by how it is bound, or named `em`)?"""
    if _EM_NAME.match(name):
        return True
    binding = mod.imports.get(name)
    if binding is not None:
        return binding.spec.startswith("@mikro-orm/")
    return bool(_EM_BINDING.search(_binding_text(mod.src, call, name)))


def _entity_class(src: bytes, node: Node | None) -> str:
    """`Member` in `em.find(Member, ...)`: an entity class is a capitalised name."""
    node = sx.strip_types(node)
    if node is None or node.type != "identifier":
        return ""
    name = sx.text(src, node)
    return name if name[:1].isupper() and not name.isupper() else ""


def _mikro_op(mod: Module, call: Node, args: list[Node], parts: list[str], last: str) -> DbOp | None:
    """`em.find(E, where, { fields })`, `em.create(E, data)`, `em.nativeUpdate(E, where, data)`,
    `em.nativeDelete(E, where)`, `em.assign(entity, data)`, `wrap(entity).assign(data)`,
    `em.remove(entity)`, `em.getRepository(E).findOne(where)`."""
    src = mod.src
    chain = outer_chain(call)
    if parts[0] == "wrap()":
        if last != "assign" or not args:
            return None
        return DbOp("write", "", "mikro-orm", call, chain, [], list(args[:1]), False, False, "update")
    if len(parts) == 3:  # `em.getRepository(E).findOne(where, options)`: the repository names the entity
        repo = _callee_object(call)
        repo_args = sx.call_args(repo) if repo is not None and repo.type == "call_expression" else []
        if not repo_args or not _entity_manager(mod, call, parts[0]):
            return None
        args = [repo_args[0], *args]
    if last in _MIKRO_INSTANCE_METHODS:
        if not args or not _entity_manager(mod, call, parts[0]):
            return None
        if last == "assign":
            return DbOp("write", "", "mikro-orm", call, chain, list(args[:1]), list(args[1:2]), False, False, "update")
        verb = "delete" if last.startswith("remove") else "save"
        return DbOp("write", "", "mikro-orm", call, chain, list(args[:1]), [], False, False, verb)
    model = _entity_class(src, args[0] if args else None)  # (cheap: most `x.find(cb)` stop here)
    if not model or (_chained(call) and last in ("insert", "upsert")):
        return None
    if len(parts) == 2 and not _entity_manager(mod, call, parts[0]):
        return None
    if last in _MIKRO_READS:
        second = object_keys(src, args[1]) if len(args) >= 2 else {}
        if last == "findAll" or "where" in second:  # options first (`findAll`, TypeORM's EntityManager)
            opts = second
            filters = [opts["where"]] if "where" in opts else []
        else:
            opts = object_keys(src, args[2]) if len(args) >= 3 else {}
            filters = list(args[1:2])
        projected = "fields" in opts or "exclude" in opts or last == "count"
        return DbOp("read", model, "mikro-orm", call, chain, filters, [], projected, not projected, last)
    if last in _MIKRO_CREATES:
        return DbOp("write", model, "mikro-orm", call, chain, [], list(args[1:2]), False, False, "create")
    data = list(args[2:3]) if last == "nativeUpdate" else []
    verb = "update" if last == "nativeUpdate" else "delete"
    return DbOp("write", model, "mikro-orm", call, chain, list(args[1:2]), data, False, False, verb)


_POCKETBASE_METHODS = frozenset({"getOne", "getList", "getFullList", "getFirstListItem", "create", "update", "delete"})


def _pocketbase_op(src: bytes, call: Node, args: list[Node], last: str) -> DbOp:
    """`pb.collection("crew").update(id, data)`: the collection names the model, `fields` chooses fields."""
    coll = _callee_object(call)
    coll_args = sx.call_args(coll) if coll is not None and coll.type == "call_expression" else []
    model = (sx.string_value(src, coll_args[0]) or "") if coll_args else ""
    chain = outer_chain(call)
    if last.startswith(
        "get"
    ):  # getOne(id, opts), getFirstListItem(filter, opts), getList(page, n, opts), getFullList(opts)
        at = {"getOne": 1, "getFirstListItem": 1, "getList": 2}.get(last, 0)
        opts = object_keys(src, args[at]) if len(args) > at else {}
        projected = "fields" in opts
        filters = list(args[:1]) if at == 1 else ([opts["filter"]] if "filter" in opts else [])
        return DbOp("read", model, "pocketbase", call, chain, filters, [], projected, not projected, last)
    if last == "create":
        return DbOp("write", model, "pocketbase", call, chain, [], list(args[:1]), False, False, last)
    data = list(args[1:2]) if last == "update" else []
    return DbOp("write", model, "pocketbase", call, chain, list(args[:1]), data, False, False, last)


def managed_entity_assign(src: bytes, call: Node, records: dict[str, DbOp]) -> DbOp | None:
    """`Object.assign(ticket, changes)` on an entity a MikroORM read loaded: the unit of work writes the
    changes at the next `em.flush()`."""
    args = sx.call_args(call)
    target = sx.unwrap(args[0]) if len(args) >= 2 else None
    record = records.get(sx.text(src, target)) if target is not None and target.type == "identifier" else None
    if target is None or record is None or record.api != "mikro-orm" or record.kind != "read":
        return None
    return DbOp(
        "write", record.model, "mikro-orm", call, outer_chain(call), [target], list(args[1:]), False, False, "update"
    )


# The Payload CMS local API: one options object naming the collection.
_PAYLOAD_METHODS = frozenset({"find", "findByID", "count", "create", "update", "delete"})
_PAYLOAD_BINDING = re.compile(r"(?i)payload")


def _payload_op(mod: Module, call: Node, args: list[Node], root: str, last: str) -> DbOp | None:
    """`payload.find({ collection, where, select })`, `payload.findByID({ collection, id })`,
    `payload.create({ collection, data })`, `payload.update({ collection, id | where, data })`,
    `payload.delete({ collection, id | where })` on a client from `getPayload()`."""
    src = mod.src
    if len(args) != 1:
        return None
    opts = object_keys(src, args[0])
    collection = sx.string_value(src, opts.get("collection"))
    if collection is None:
        return None
    if not _PAYLOAD_BINDING.search(root):
        binding = mod.imports.get(root)
        bound = binding.spec if binding is not None else _binding_text(src, call, root)
        if not _PAYLOAD_BINDING.search(bound):
            return None
    chain = outer_chain(call)
    filters = [opts[k] for k in ("id", "where") if k in opts]
    if last in ("find", "findByID", "count"):
        projected = "select" in opts or last == "count"
        return DbOp("read", collection, "payload", call, chain, filters, [], projected, not projected, last)
    data = [opts["data"]] if "data" in opts else []
    return DbOp("write", collection, "payload", call, chain, filters, data, False, False, last)


# Clerk's backend API changing an organisation's seats: `clerk.organizations.deleteOrganizationMembership({
# organizationId, userId })`, `updateOrganizationMembership({ ..., role })`, `createOrganizationMembership(...)`
_IDP_SEAT_CHANGE = re.compile(r"^(create|update|delete)OrganizationMembership$")


def idp_seat_op(mod: Module, call: Node) -> DbOp | None:
    """A seat of an organisation changed at the identity provider (Clerk's backend API, in a module importing
    it): a tenant's row kept outside the database, picked by the organisation and the user its one argument
    names (its role is what the call writes, the seat is still the tenant's own row)."""
    callee = sx.callee_name(mod.src, call)
    parts = callee.split(".")
    if len(parts) < 3 or parts[-2] != "organizations" or not _IDP_SEAT_CHANGE.match(parts[-1]):
        return None
    if not any(b.spec.startswith("@clerk/") for b in mod.imports.values()):
        return None
    args = sx.call_args(call)
    only = sx.unwrap(args[0]) if len(args) == 1 else None
    if only is None or only.type != "object":
        return None
    chain = outer_chain(call)
    return DbOp("write", "organizationMembership", "clerk", call, chain, list(args), [], False, False, parts[-1])


@lru_cache(maxsize=65536)
def _db_shaped(callee: str, db_roots: frozenset[str]) -> bool:
    """What the name alone must be for one of `classify_db`'s untagged branches to match (each
    branch tests this much of it first; the rest they test on the call)."""
    parts = callee.split(".")
    last = parts[-1]
    root = parts[0].removesuffix("()")
    n = len(parts)
    return (
        (n >= 3 and (last in vocab.PRISMA_READS or last in vocab.PRISMA_WRITES) and parts[-2] != "from()")
        or last in ("$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe")
        or (n >= 2 and (root in db_roots or root.endswith(("db", "Db"))) and all(p in _CTE_STEPS for p in parts[1:-1]))
        or (n == 4 and parts[1] == "query" and last in ("findMany", "findFirst"))
        or (n >= 3 and parts[-2] == "from()" and last in ("select", "insert", "update", "upsert", "delete"))
        or (n == 2 and root[:1].isupper() and (last in vocab.MONGOOSE_READS or last in vocab.MONGOOSE_WRITES))
        or (n >= 3 and parts[-2] == "collection()" and (last in _MONGO_READS or last in _MONGO_WRITES))
        or (n == 2 and root[:1].isupper() and last in _SEQUELIZE_STATICS)
        or (last in ("query", "execute", "exec", "prepare", "unsafe") and n >= 2)
        or (_typeorm_repo(parts) and last in _TYPEORM_METHODS)
        or _firestore_shaped(parts, last)
        or (last == "get" and "collection()" in parts)
        or (n == 1 and last in FIRESTORE_FUNCTIONS)
        or _mikro_shaped(parts, last)
        or (n >= 3 and parts[-2] == "collection()" and last in _POCKETBASE_METHODS)
        or (n == 2 and last in _PAYLOAD_METHODS)
    )


_MONGOOSE_MODEL_TYPE = re.compile(r"^:\s*(\w+)\s*<")


def _mongoose_model_param(mod: Module, call: Node, name: str) -> int | None:
    """The position of ``name`` among the parameters of the function around ``call`` when it is
    typed as mongoose's `Model<T>` (`async function removeById<T>(model: Model<T>, id: string)`)."""
    fn = sx.enclosing_function(call)
    params = fn.child_by_field_name("parameters") if fn is not None else None
    for i, p in enumerate(params.named_children if params is not None else []):
        if p.type not in ("required_parameter", "optional_parameter"):
            continue
        pattern, annotation = p.child_by_field_name("pattern"), p.child_by_field_name("type")
        if pattern is None or annotation is None or sx.text(mod.src, pattern) != name:
            continue
        m = _MONGOOSE_MODEL_TYPE.match(sx.text(mod.src, annotation))
        binding = mod.imports.get(m.group(1)) if m is not None else None
        if binding is not None and binding.spec == "mongoose" and binding.imported == "Model":
            return i
    return None


def _listed_model(mod: Module, call: Node, name: str) -> str | None:
    """`model` of `for (const { model } of searchable)` (or `{ model: m }`) over a list of literals each
    naming a model of the project under that key (`[{ model: Question, field: "title" }, { model: Tag,
    ... }]`, a local of the function or of the module): the call queries each listed model; the first
    names it. None unless every entry names a capitalised project name (a constant array, `TAGS`, or a
    library's class, `Fuse`, is no model)."""
    src = mod.src
    for up in sx.ancestors(call):
        if sx.is_function(up):
            return None
        if up.type != "for_in_statement":
            continue
        left, right = up.child_by_field_name("left"), sx.strip_types(up.child_by_field_name("right"))
        if left is None or left.type != "object_pattern" or right is None:
            continue
        keys = [_pattern_key(src, part) for part in left.named_children]
        key = next((k for k in keys if k and name in sx.names_bound_to(src, left, k)), None)
        if key is None:
            return None
        rows = right if right.type == "array" else _declared_array(mod, call, right)
        entries = [sx.unwrap(c) for c in rows.named_children if c.type != "comment"] if rows is not None else []
        models = [
            sx.text(src, sx.strip_types(object_keys(src, e).get(key))) if e is not None and e.type == "object" else ""
            for e in entries
        ]
        if models and all(m[:1].isupper() and not m.isupper() and not _library_import(mod, m) for m in models):
            return models[0]
        return None
    return None


def _pattern_key(src: bytes, part: Node) -> str:
    """The key an object pattern's part destructures (`model` of `{ model }` or `{ model: m }`)."""
    if part.type == "shorthand_property_identifier_pattern":
        return sx.text(src, part)
    return sx.text(src, part.child_by_field_name("key")) if part.type == "pair_pattern" else ""


def _declared_array(mod: Module, call: Node, ref: Node) -> Node | None:
    """The array literal a `const` of the function around ``call``, or of the module, binds ``ref`` to."""
    if ref.type != "identifier":
        return None
    name = sx.text(mod.src, ref)
    fn = sx.enclosing_function(call)
    body = sx.function_body(fn) if fn is not None else None
    declarator = sx.first_declarators(mod.src, body).get(name) if body is not None else None
    value = declarator.child_by_field_name("value") if declarator is not None else mod.values.get(name)
    value = sx.strip_types(value)
    return value if value is not None and value.type == "array" else None


def _library_import(mod: Module, name: str) -> bool:
    """Imported from an unscoped npm package (`pdf-lib`): models live in the project or in
    one of its (scoped) workspace packages (`@/models/user`, `@repo/db`)."""
    binding = mod.imports.get(name)
    return binding is not None and not binding.project and not binding.spec.startswith((".", "@", "~", "#", "/"))


@lru_cache(maxsize=65536)  # asked once per call walked; callee names repeat a lot
def is_email_send(callee: str) -> bool:
    # `chat.sendMessage(...)` on a Gemini chat session is a model call, not a message to a person
    # (`sendCodeResponse.json()`: reading the body of an answer named for the send it asked for)
    return (
        bool(vocab.EMAIL_SMS.search(callee))
        and not _MODEL_CHAT_SEND.search(callee)
        and not ("." in callee and callee.rsplit(".", 1)[-1] in _BODY_READERS)
    )


_MODEL_CHAT_SEND = re.compile(r"(^|\.)chat\.sendMessage(Stream)?$")
# what a fetch `Response` answers its body with
_BODY_READERS = frozenset({"json", "text", "blob", "arrayBuffer", "formData"})


def is_ai_call(mod: Module, callee: str) -> bool:
    last = callee.rsplit(".", 1)[-1]
    if not vocab.AI_CALLS.search(callee):
        return False
    if last in ("generateText", "streamText", "generateObject", "streamObject", "embed", "embedMany"):
        spec = mod.imports.get(last)
        return spec is None or spec.spec in ("ai",) or spec.spec.startswith("@ai-sdk")
    if last in ("experimental_generateImage", "generateImage"):
        # the AI SDK's image model call; a project's own `generateImage` may be anything
        spec = mod.imports.get(last)
        return spec is not None and (spec.spec == "ai" or spec.spec.startswith("@ai-sdk"))
    if last in ("generateContent", "generateContentStream", "embedContent", "batchEmbedContents"):
        return any(b.spec in vocab.GEMINI_IMPORTS for b in mod.imports.values())
    if last.startswith("create") and "." in callee and not callee.endswith(".create"):
        # `openai.createImage(...)` of the v3 client: a project's own `createImage` may be anything
        return any(b.spec in vocab.OPENAI_V3_IMPORTS for b in mod.imports.values())
    root = callee.split(".", 1)[0]
    binding = mod.imports.get(root)
    if "messages.create" in callee and binding is None:
        return root in ("anthropic", "claude") or anthropic_client(mod, root)
    return True


def anthropic_client(mod: Module, name: str) -> bool:
    """`const client = new Anthropic()` at the module's top, `Anthropic` imported from the SDK."""
    value = sx.unwrap(mod.values.get(name))
    if value is None or value.type != "new_expression":
        return False
    ctor = value.child_by_field_name("constructor")
    binding = mod.imports.get(sx.text(mod.src, ctor)) if ctor is not None and ctor.type == "identifier" else None
    return binding is not None and binding.spec == "@anthropic-ai/sdk"


def makes_anthropic_client(mod: Module, fn: Node) -> bool:
    """A project function that constructs the Anthropic SDK's client (`return new Anthropic(...)`, or a
    lazily kept `_client = new Anthropic(...)`)."""
    sdk = {local for local, b in mod.imports.items() if b.spec == "@anthropic-ai/sdk"}
    if not sdk:
        return False
    for made in sx.find(fn, ("new_expression",), into_functions=False):
        ctor = made.child_by_field_name("constructor")
        if ctor is not None and sx.text(mod.src, ctor) in sdk:
            return True
    return False


@lru_cache(maxsize=65536)
def is_fs_call(callee: str) -> bool:
    parts = callee.split(".")
    return (
        len(parts) >= 2
        and parts[0] in ("fs", "fsp", "fsPromises", "promises")
        and parts[-1]
        in (
            "readFile",
            "writeFile",
            "appendFile",
            "unlink",
            "rm",
            "readFileSync",
            "writeFileSync",
            "createReadStream",
            "createWriteStream",
            "rename",
            "mkdir",
            "readdir",
            "rmSync",
            "unlinkSync",
        )
    )


# Commands run on the server: node:child_process (`exec(cmd)`, `cp.spawn(cmd, args)`), execa, and the
# MCP SDK's stdio transport, which starts the configured `command` as a child process.
SPAWNS = frozenset({"exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync", "fork"})
_CHILD_PROCESS = frozenset({"child_process", "node:child_process"})
_EXECA = frozenset({"execa", "execaSync", "execaCommand", "execaCommandSync", "execaNode"})


def is_process_spawn(mod: Module, callee: str) -> bool:
    """`exec(cmd)` / `spawn(cmd, args)` imported from node:child_process (also `cp.exec`,
    `childProcess.spawn` through a namespace or default import), or an execa call."""
    parts = callee.split(".")
    binding = mod.imports.get(parts[0])
    if binding is None:
        return False
    if len(parts) == 1:
        if binding.spec in _CHILD_PROCESS:
            return binding.imported in SPAWNS
        return binding.spec == "execa" and binding.imported in _EXECA
    namespace = binding.imported in ("*", "default")
    return len(parts) == 2 and binding.spec in _CHILD_PROCESS and namespace and parts[1] in SPAWNS


def promisified_spawn(mod: Module, callee: str) -> bool:
    """`execAsync(cmd)` of a module-level `const execAsync = promisify(exec)` (`util.promisify(cp.exec)`): the
    child_process spawn, made to answer a promise."""
    if "." in callee or callee not in mod.values:
        return False
    value = sx.unwrap(mod.values[callee])
    if value is None or value.type != "call_expression":
        return False
    if sx.last_name(sx.callee_name(mod.src, value)) != "promisify":
        return False
    args = sx.call_args(value)
    inner = sx.strip_types(args[0]) if len(args) == 1 else None
    if inner is None or inner.type not in ("identifier", "member_expression"):
        return False
    spawn = mod.text(inner)
    return sx.last_name(spawn) in SPAWNS and is_process_spawn(mod, spawn)


def command_arg(src: bytes, node: Node) -> Node | None:
    """The program a spawn runs: `exec(cmd)`, `spawn(cmd, args)`, `new StdioClientTransport({ command })`."""
    args = sx.call_args(node)
    first = sx.strip_types(args[0]) if args else None
    if node.type == "new_expression" and first is not None and first.type == "object":
        for prop in first.named_children:
            if prop.type == "pair" and sx.text(src, prop.child_by_field_name("key")) == "command":
                return prop.child_by_field_name("value")
            if prop.type == "shorthand_property_identifier" and sx.text(src, prop) == "command":
                return prop
        return None
    return first


def scratch_module(src: bytes) -> bool:
    """A module that works in the OS temp directory (`mkdtemp(join(tmpdir(), ...))`): its file writes
    are scratch space for a conversion, not stored state."""
    return b"tmpdir()" in src or b"mkdtemp" in src


def is_spawning_transport(mod: Module, constructor: str) -> bool:
    """`new StdioClientTransport({ command, args })` from the MCP SDK: starts `command`."""
    binding = mod.imports.get(constructor.split(".", 1)[0])
    return (
        constructor == "StdioClientTransport"
        and binding is not None
        and binding.spec.startswith("@modelcontextprotocol/sdk")
    )


# Stored data changed outside the database: uploadthing `utapi.deleteFiles`, Cloudinary
# `uploader.destroy`, S3 v2 `s3.deleteObject`, MinIO `removeObject`, Stripe `stripe.customers.del`;
# accounts changed through Supabase's admin API with the service key (`admin.auth.admin.deleteUser(id)`).
_STORE_MUTATIONS = re.compile(
    r"(?i)(^ut_?api\.(deleteFiles|renameFiles)|\.uploader\.destroy|\.(deleteObjects?|removeObjects?)|"
    r"^stripe\w*\.\w+\.del|^stripe\w*\.subscriptions\.cancel|"
    # the merchant's own account changed: its catalogue (`stripe.products.update(id, { active: false })`),
    # money sent out (`refunds.create`, `transfers.create`), a customer's subscription or invoice altered;
    # not a checkout or payment intent, how a public shop takes payment
    r"^stripe\w*\.(products|prices|plans|coupons|promotionCodes|taxRates|shippingRates)\.(create|update)|"
    r"^stripe\w*\.(refunds|payouts|transfers)\.create|^stripe\w*\.(subscriptions|customers)\.update|"
    # a customer's payment already taken or held, cancelled or captured (not one being started)
    r"^stripe\w*\.paymentIntents\.(cancel|capture)|"
    r"^stripe\w*\.invoices\.(voidInvoice|pay|markUncollectible)|"
    # a customer's billing portal opened: its holder cancels that customer's plans and changes their cards
    r"^stripe\w*\.billingPortal\.sessions\.create|"
    r"\.auth\.admin\.(deleteUser|updateUserById|createUser|inviteUserByEmail))$"
)
ACCOUNT_ADMIN = re.compile(r"\.auth\.admin\.\w+$")
# Clerk's backend API creating or changing a user or an organization (`(await clerkClient()).users.updateUser(id,
# ...)`),
# trusted by its name only in a module importing Clerk (as graphile's methods are)
CLERK_BACKEND_WRITES = re.compile(
    r"\busers\.(createUser|updateUser|updateUserMetadata|deleteUser|banUser|lockUser|disableUserMFA)$|"
    r"\borganizations\.(updateOrganization|updateOrganizationMetadata|deleteOrganization)$"
)
# Firebase Admin's Auth API changing an account with the service account's rights: custom claims (the
# roles security rules trust) set, a user made, changed or deleted through the
# admin handle (`adminAuth.updateUser(uid, { password })`, `admin.auth().deleteUser(uid)`, `getAuth().createUser`)
FIREBASE_ACCOUNT_WRITES = re.compile(
    r"(^|\.)setCustomUserClaims$|"
    r"(^|\.)((?i:admin_?auth|firebase_?auth|firebase_?admin_?auth)|auth\(\)|getAuth\(\))"
    r"\.(updateUser|deleteUser|deleteUsers|createUser|importUsers)$"
)
PAYMENT_ACCOUNT_CHANGE = re.compile(r"(?i)^stripe\w*\.\w+\.(create|update|voidInvoice|pay|markUncollectible)$")
_S3_DELETE_COMMAND = re.compile(r"^Delete\w*Objects?\w*Command$")
# Uploads to an object store: UploadThing, Cloudinary, Supabase Storage, S3 clients and buckets
_STORE_UPLOADS = re.compile(
    r"(?i)(^ut_?api\.uploadFiles\w*|\.uploader\.upload\w*|\.storage\.from\(\)\.upload|"
    r"^(s3|bucket|storage)\w*\.(upload|putObject)|"
    # MongoDB GridFS (`new GridFSBucket(db).openUploadStream(name)`): files stored in the database
    r"^\w*bucket\w*\.openUploadStream(WithId)?)$"
)
_S3_WRITE_COMMAND = re.compile(r"^(Put\w*Object\w*|CreateMultipartUpload|CopyObject)Command$")
_BLOB_CALLS = {"del": False, "put": True, "copy": True}  # @vercel/blob: True for the writes
# Firebase Storage's modular SDK (`uploadString(ref(storage, path), data)`): True for the uploads
_FIREBASE_STORAGE_CALLS = {"deleteObject": False, "uploadString": True, "uploadBytes": True}
_FIREBASE_STORAGE_CALLS |= {"uploadBytesResumable": True}
_FIREBASE_STORAGE_MODULES = frozenset({"firebase/storage", "@firebase/storage"})


def _raw_sql_op(
    kind: str, text: str, call: Node, chain: Node, args: list[Node], verb: str, projected: bool = False
) -> DbOp:
    """An operation named by SQL text: its table from the text, whole rows when it selects `*`."""
    return DbOp(kind, _sql_model(text), "sql", call, chain, args, [], projected, selects_every_column(text), verb)


# `FROM (SELECT`: the star's relation is a derived table
_FROM_DERIVED = re.compile(r"(?i)^\s*from\s*\(\s*select\b")
# a select list item that is every column: `*`, `t.*`
_STAR_ITEM = re.compile(r"(?:^|,)\s*(?:\w+\.)?\*\s*(?=,|$)")
_FROM_WORD = re.compile(r"(?i)\bfrom\b")


def select_list_star(items: str) -> bool:
    """A select list (the text between `SELECT` and its `FROM`) holding `*` or `t.*` outside parentheses."""
    depth, flat = 0, []
    for ch in items:
        depth += ch == "("
        if depth == 0:
            flat.append(ch)
        depth -= ch == ")" and depth > 0
    return bool(_STAR_ITEM.search("".join(flat).strip()))


def outer_from(text: str) -> int:
    """Where the first `FROM` outside parentheses starts in ``text`` (-1: none)."""
    for m in _FROM_WORD.finditer(text):
        if text.count("(", 0, m.start()) == text.count(")", 0, m.start()):
            return m.start()
    return -1


def selects_every_column(text: str) -> bool:
    """`SELECT *` / `SELECT t.*`: whole rows, unless the star is over a derived table whose own select list
    chooses the columns (`SELECT * FROM (SELECT u.name, COUNT(*) AS n FROM ...) ranked WHERE ...`): the
    outer star answers only those."""
    for m in _SELECT_STAR.finditer(text):
        rest = text[m.end() :]
        derived = _FROM_DERIVED.match(rest)
        if derived is None:
            return True
        inner = rest[derived.end() :]
        end = outer_from(inner)
        if end < 0 or select_list_star(inner[:end]):
            return True
    return False


# Trigger.dev: a run cancelled, replayed or rescheduled, or a token minted that reads runs
_JOB_CONTROL = re.compile(r"^(runs\.(cancel|replay|reschedule)|auth\.createPublicToken)$")


def is_job_control(mod: Module, callee: str) -> bool:
    """`runs.cancel(runId)`, `auth.createPublicToken({ scopes: { read: { runs: [runId] } } })` of the
    Trigger.dev SDK: acts on a background run with the server's secret key."""
    if not _JOB_CONTROL.match(callee):
        return False
    binding = mod.imports.get(callee.split(".", 1)[0])
    return binding is not None and binding.spec.startswith("@trigger.dev/sdk")


# A background job queued: it runs later with the server's rights, whatever the caller may do
# (graphile-worker `workerUtils.addJob(task, payload)` / `quickAddJob(...)`, BullMQ and Bull `queue.add(...)`)
_GRAPHILE_ENQUEUES = frozenset({"addJob", "addJobs", "quickAddJob"})
_QUEUE_CLASSES = frozenset({"bullmq", "bull"})
# Vercel's Workflow DevKit: `import { start } from "workflow/api"`, a workflow run started
_WORKFLOW_START = ("workflow/api", "start")
# Google Cloud Tasks: `client.createTask({ parent, task })`, the client often handed in as a parameter
_CLOUD_TASKS = "@google-cloud/tasks"


def is_job_enqueue(mod: Module, call: Node, callee: str) -> bool:
    """`utils.addJob("sync", {})` in a module importing graphile-worker (its utils are made by a call,
    `makeWorkerUtils(...)`, so the import vouches for the name), its bare `quickAddJob(...)`,
    `queue.add(name, data)` on a `new Queue(...)` of BullMQ or Bull, `client.createTask(...)` in a
    module importing Google Cloud Tasks, or Vercel Workflow's `start(workflow, [args])`."""
    head, _, rest = callee.rpartition(".")
    if not head:
        binding = mod.imports.get(callee)
        if binding is not None and (binding.spec, binding.imported) == _WORKFLOW_START:
            return True  # (Vercel's Workflow DevKit: `start(workflowFn, [args])` runs the workflow in the background)
        return binding is not None and binding.spec == "graphile-worker" and binding.imported in _GRAPHILE_ENQUEUES
    if rest in _GRAPHILE_ENQUEUES and "." not in head and head != "this":
        return any(b.spec == "graphile-worker" for b in mod.imports.values())
    if rest == "createTask" and head != "this":
        # (as for graphile: a module importing the Cloud Tasks client vouches for the method's name)
        return any(b.spec == _CLOUD_TASKS for b in mod.imports.values())
    return rest in ("add", "addBulk") and "." not in head and _client_of(mod, call, head, _QUEUE_CLASSES)


# Ably's token requests, made with the server's API key for whoever asks
# (`new Ably.Rest(key).auth.createTokenRequest({ clientId })`): the caller gets what the key may do
_ABLY_GRANTS = re.compile(r"^[\w$]+\.auth\.(createTokenRequest|requestToken)$")
_ABLY_SDKS = frozenset({"ably", "ably/promises"})


def is_realtime_grant(mod: Module, call: Node, callee: str) -> bool:
    """`client.auth.createTokenRequest(...)` on a client made from Ably's SDK (`new Ably.Rest(key)`, `new
    Ably.Realtime(key)`, at the module's top or in the function around the call)."""
    return bool(_ABLY_GRANTS.match(callee)) and _client_of(mod, call, callee.split(".", 1)[0], _ABLY_SDKS)


# a tool of a Model Context Protocol server run: the SDK client's `callTool`, or a project's MCP client manager's
# `toolCall(serverId, name, input)` / `callToolByName(...)`
_MCP_TOOL_CALL = re.compile(r"(?i)^(call_?tool|tool_?call)(_?by_?\w+)?$")
MCP_TOOL_RUN = "runs a tool of a configured MCP server, with its stored connection and credentials"


def is_mcp_tool_call(mod: Module, callee: str) -> bool:
    """`mcpClientsManager.toolCall(id, toolName, input)`, `mcpClient.callTool(...)` on an MCP-named object
    imported from a module about MCP (`lib/ai/mcp/manager`): a tool of a server the app keeps connected
    runs, with the connection's stored credentials (API keys, OAuth tokens)."""
    parts = callee.split(".")
    if len(parts) != 2 or not _MCP_TOOL_CALL.match(parts[1]):
        return False
    binding = mod.imports.get(parts[0])
    return binding is not None and "mcp" in vocab.words(parts[0]) and "mcp" in vocab.words(binding.spec)


def may_be_store_mutation(callee: str) -> bool:
    """What `is_store_mutation` needs of a dotted callee's name alone (bare names are imports)."""
    return (
        bool(_STORE_MUTATIONS.search(callee) or _STORE_UPLOADS.search(callee) or _JOB_CONTROL.match(callee))
        or bool(_MCP_TOOL_CALL.match(callee.rsplit(".", 1)[-1]))
        or bool(CLERK_BACKEND_WRITES.search(callee))
        or bool(FIREBASE_ACCOUNT_WRITES.search(callee))
        or callee.endswith((".addJob", ".addJobs", ".add", ".addBulk", ".createTask"))
        or callee.endswith((".send", ".upload", ".utils.api_sign_request"))
        or callee.rsplit(".", 1)[-1] in _WEBDAV_WRITES
        or may_be_service_write(callee)
        or bool(_ABLY_GRANTS.match(callee))
    )


# SDK clients of services the server holds the key of, and the calls that change what they keep: Qdrant's
# collections and points (searches and reads are not), a Tremendous payout order (money sent out)
_QDRANT_WRITES = frozenset(
    {
        "upsert",
        "delete",
        "createCollection",
        "deleteCollection",
        "updateCollection",
        "recreateCollection",
        "setPayload",
        "overwritePayload",
        "deletePayload",
        "clearPayload",
        "updateVectors",
        "deleteVectors",
        "batchUpdate",
        "createPayloadIndex",
        "deletePayloadIndex",
    }
)
# Redis-protocol key-value clients (Upstash, ioredis): the calls that store or remove a record (a
# counter's `incr`/`expire` tallies, as a rate limiter does: no record). `KV_REMOVALS` name theirs by key.
KV_REMOVALS = frozenset({"del", "hdel", "unlink", "srem", "zrem", "getdel"})
_KV_WRITES = KV_REMOVALS | frozenset({"set", "setex", "hset", "hmset", "mset", "lpush", "rpush", "sadd", "zadd"})
KV_WRITE = "changes records in a key-value store"
SERVICE_WRITES: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("@qdrant/js-client-rest", "QdrantClient"): (_QDRANT_WRITES, "changes a vector database's collections or points"),
    ("@qdrant/qdrant-js", "QdrantClient"): (_QDRANT_WRITES, "changes a vector database's collections or points"),
    ("tremendous", "OrdersApi"): (frozenset({"createOrder", "approveOrder"}), "sends money out through a payout order"),
    ("@upstash/redis", "Redis"): (_KV_WRITES, KV_WRITE),
    ("ioredis", "Redis"): (_KV_WRITES, KV_WRITE),
    ("ioredis", "default"): (_KV_WRITES, KV_WRITE),
    # realtime services' grants, signed with the server's secret for whoever asks
    ("pusher", "default"): (
        frozenset({"authorizeChannel", "authenticateUser", "authenticate"}),
        "hands out a realtime channel authorisation signed with the server's secret",
    ),
    ("@liveblocks/node", "Liveblocks"): (
        frozenset({"prepareSession", "identifyUser"}),
        "hands out a realtime session token signed with the server's secret",
    ),
}
_SERVICE_METHODS = frozenset(m for methods, _ in SERVICE_WRITES.values() for m in methods)


def may_be_service_write(callee: str) -> bool:
    """`client.createCollection(...)`, `orders.createOrder(...)`: a service-client write by its name alone."""
    return callee.count(".") == 1 and callee.rsplit(".", 1)[1] in _SERVICE_METHODS


def service_write(mod: Module, value: Node | None, method: str) -> str | None:
    """What ``method`` does on ``value`` (a declaration's value in ``mod``) when that is one of the
    `SERVICE_WRITES` clients (`new QdrantClient({...})`), for the message; None otherwise."""
    node = sx.unwrap(value)
    if node is not None and node.type == "ternary_expression":
        # `mock ? (new FakeStore() as unknown as Redis) : new Redis({...})`: the client of the deployment
        branches = (node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
        return next((w for b in branches if (w := service_write(mod, b, method)) is not None), None)
    if node is not None and node.type == "call_expression":
        # `Redis.fromEnv()`: Upstash's client made from its settings
        fn = sx.strip_types(node.child_by_field_name("function"))
        prop = fn.child_by_field_name("property") if fn is not None and fn.type == "member_expression" else None
        if fn is None or prop is None or sx.text(mod.src, prop) != "fromEnv":
            return None
        ctor = sx.strip_types(fn.child_by_field_name("object"))
    elif node is None or node.type != "new_expression":
        return None
    else:
        ctor = sx.strip_types(node.child_by_field_name("constructor"))
    binding = mod.imports.get(sx.text(mod.src, ctor)) if ctor is not None and ctor.type == "identifier" else None
    found = SERVICE_WRITES.get((binding.spec, binding.imported)) if binding is not None else None
    return found[1] if found is not None and method in found[0] else None


def is_store_mutation(mod: Module, call: Node, callee: str) -> bool:
    """A delete in a file store or payment provider: `utapi.deleteFiles(key)`, @vercel/blob `del(url)`,
    `s3.send(new DeleteObjectCommand({...}))`, `stripe.accounts.del(id)`; a background run acted on
    (`is_job_control`); or an upload to a file store (`is_store_upload`)."""
    if _STORE_MUTATIONS.search(callee) or is_job_control(mod, callee) or is_job_enqueue(mod, call, callee):
        return True
    if is_realtime_grant(mod, call, callee) or _webdav_write(mod, callee) or is_mcp_tool_call(mod, callee):
        return True
    if CLERK_BACKEND_WRITES.search(callee) and any(b.spec.startswith("@clerk/") for b in mod.imports.values()):
        return True
    if FIREBASE_ACCOUNT_WRITES.search(callee):
        return True
    if "." not in callee:
        binding = mod.imports.get(callee)
        if binding is not None and binding.spec in _PRESIGNERS:
            return is_presigned_write(mod, call)
        if binding is not None and binding.spec in _FIREBASE_STORAGE_MODULES:
            return binding.imported in _FIREBASE_STORAGE_CALLS
        return binding is not None and binding.spec == "@vercel/blob" and binding.imported in _BLOB_CALLS
    return _s3_command(mod, call, callee, _S3_DELETE_COMMAND) or is_store_upload(mod, call, callee)


# the `webdav` package's client calls that change the remote store (a Nextcloud or ownCloud share): files
# written, and files moved or deleted
_WEBDAV_UPLOADS = frozenset({"putFileContents", "createWriteStream", "copyFile", "createDirectory"})
_WEBDAV_WRITES = _WEBDAV_UPLOADS | {"deleteFile", "moveFile"}
REMOTE_FILE_WRITES = _WEBDAV_WRITES  # (`remote_file_write`'s method names)


def _webdav_write(mod: Module, callee: str, names: frozenset[str] = _WEBDAV_WRITES) -> bool:
    """`client.putFileContents(path, data)`, `client.deleteFile(path)` in a module using the `webdav` package:
    a file changed on a store the server holds the credentials of."""
    return (
        "." in callee and callee.rsplit(".", 1)[-1] in names and any(b.spec == "webdav" for b in mod.imports.values())
    )


def remote_file_write(mod: Module, callee: str) -> bool:
    """A file of a remote store (WebDAV) written, moved or deleted by its path (`_webdav_write`)."""
    return _webdav_write(mod, callee)


def is_store_upload(mod: Module, call: Node, callee: str) -> bool:
    """A file written to an object store: @vercel/blob `put(name, body)`, `utapi.uploadFiles(files)`,
    `supabase.storage.from(b).upload(path, file)`, `s3.send(new PutObjectCommand({...}))`."""
    if _STORE_UPLOADS.search(callee) or _webdav_write(mod, callee, _WEBDAV_UPLOADS):
        return True
    if "." not in callee:
        binding = mod.imports.get(callee)
        if binding is not None and binding.spec in _PRESIGNERS:
            return is_presigned_write(mod, call)
        if binding is not None and binding.spec in _FIREBASE_STORAGE_MODULES:
            return _FIREBASE_STORAGE_CALLS.get(binding.imported, False)
        return binding is not None and binding.spec == "@vercel/blob" and _BLOB_CALLS.get(binding.imported, False)
    if is_upload_grant(mod, callee):
        return True
    head, _, rest = callee.partition(".")
    if rest == "upload" and _client_of(mod, call, head, _UPLOAD_SDKS):
        return True  # `new ImageKit({...}).upload({ file, fileName })`
    return _s3_command(mod, call, callee, _S3_WRITE_COMMAND)


def is_upload_grant(mod: Module, callee: str) -> bool:
    """`cloudinary.utils.api_sign_request(params, secret)`: signed upload parameters, handed to a browser,
    with which it uploads to the app's media account (an upload grant, like a presigned URL)."""
    head, _, rest = callee.partition(".")
    binding = mod.imports.get(head) if rest == "utils.api_sign_request" else None
    return binding is not None and binding.spec == "cloudinary"


# SDKs whose client's `upload(...)` stores a file in the app's media account
_UPLOAD_SDKS = frozenset({"imagekit", "@imagekit/nodejs"})


def _client_of(mod: Module, call: Node, name: str, specs: frozenset[str]) -> bool:
    """``name`` is bound (at the module's top or in the function around ``call``) to `new X(...)` of a
    class imported from one of ``specs``."""
    value = sx.unwrap(mod.values.get(name))
    if value is None:
        fn = sx.enclosing_function(call)
        for d in sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None else []:
            if sx.text(mod.src, d.child_by_field_name("name")) == name:
                value = sx.unwrap(d.child_by_field_name("value"))
                break
    if value is None or value.type != "new_expression":
        return False
    ctor = sx.strip_types(value.child_by_field_name("constructor"))
    name = sx.text(mod.src, ctor) if ctor is not None else ""
    if ctor is not None and ctor.type == "member_expression" and _DOTTED.fullmatch(name):
        name = name.split(".", 1)[0]  # `new Ably.Rest(key)`, `new Ably.Realtime.Promise(key)`: the import's class
    elif ctor is None or ctor.type != "identifier":
        return False
    binding = mod.imports.get(name)
    return binding is not None and binding.spec in specs


_DOTTED = re.compile(r"[\w$]+(\.[\w$]+)+")


# the AWS SDK's presigners: `getSignedUrl(client, command)`, and `createPresignedPost(client, { Key })`
# (a POST policy: always an upload)
_PRESIGNERS = frozenset({"@aws-sdk/s3-request-presigner", "@aws-sdk/s3-presigned-post"})


def presigned_command(mod: Module, call: Node) -> Node | None:
    """The command `getSignedUrl(s3, command)` signs: written in place, or built in a local first
    (`const command = new PutObjectCommand({...}); return getSignedUrl(s3, command)`)."""
    args = sx.call_args(call)
    command = sx.unwrap(args[1]) if len(args) > 1 else None
    if command is not None and command.type == "identifier":
        scope = sx.enclosing_function(call)
        bound = _binding(mod, scope, sx.text(mod.src, command), module_level=False) if scope is not None else None
        command = sx.unwrap(bound[1]) if bound is not None and not bound[0] else None
    return command


def is_presigned_write(mod: Module, call: Node) -> bool:
    """`getSignedUrl(s3, new PutObjectCommand({ Bucket, Key }))`: a URL the holder uploads through, a
    write to the bucket handed to whoever gets it (a presigned read, `GetObjectCommand`, is not);
    `createPresignedPost(s3, { Bucket, Key })` of `@aws-sdk/s3-presigned-post`, a form upload."""
    binding = mod.imports.get(sx.callee_name(mod.src, call))
    if binding is not None and (binding.spec, binding.imported) == (
        "@aws-sdk/s3-presigned-post",
        "createPresignedPost",
    ):
        return True
    command = presigned_command(mod, call)
    return (
        command is not None
        and command.type == "new_expression"
        and bool(_S3_WRITE_COMMAND.match(sx.text(mod.src, command.child_by_field_name("constructor"))))
    )


def _s3_command(mod: Module, call: Node, callee: str, command: re.Pattern[str]) -> bool:
    """`client.send(new XCommand({...}))` with a command of that kind."""
    if not callee.endswith(".send"):
        return False
    args = sx.call_args(call)
    first = sx.unwrap(args[0]) if args else None
    if first is not None and first.type == "identifier":
        # `const cmd = new DeleteObjectCommand({...}); await s3.send(cmd)`: the command built in a local
        scope = sx.enclosing_function(call)
        bound = _binding(mod, scope, sx.text(mod.src, first), module_level=False) if scope is not None else None
        first = sx.unwrap(bound[1]) if bound is not None and not bound[0] else None
    if first is None or first.type != "new_expression":
        return False
    return bool(command.match(sx.text(mod.src, first.child_by_field_name("constructor"))))


# -- requests that carry the server's own secret --------------------------------------
# Settings a browser may see: bundled into client code by Next.js, Vite or Expo
_PUBLIC_ENV = re.compile(r"^(NEXT_PUBLIC|VITE|PUBLIC|EXPO_PUBLIC|REACT_APP)_")
_ENV_READ = re.compile(r"^(process\.env|import\.meta\.env|env|serverEnv)\.(\w+)$")
_FIXED_HOST = re.compile(r"^https?://([^/?#${}]+)(?=[/?#]|$)")
Resolve = Callable[[Module, Node], Function | None]


def env_secret(src: bytes, node: Node) -> str:
    """`process.env.BACKEND_SECRET`, `env.SERVICE_API_KEY`: the setting's name, when it names a secret
    the browser never sees (not `NEXT_PUBLIC_*`, not `process.env.API_URL`)."""
    m = _ENV_READ.match(sx.dotted(src, node))
    if m is None:
        return ""
    return m.group(2) if _env_name_secret(m.group(2)) else ""


def request_options(src: bytes, call: Node, callee: str) -> tuple[Node | None, Node | None, Node | None]:
    """(URL, options, body) of `fetch(url, init)`, `axios.post(url, data, config)`, `ky.post(url, opts)`,
    `got(url, opts)`; the body is `init.body` / `json` unless the client takes it as an argument."""
    args = sx.call_args(call)
    url = args[0] if args else None
    last = sx.last_name(callee)
    axios_data = callee.startswith("axios.") and last in ("post", "put", "patch")
    opts = args[2 if axios_data else 1] if len(args) > (2 if axios_data else 1) else None
    keys = object_keys(src, opts)
    body = args[1] if axios_data and len(args) > 1 else keys.get("body") or keys.get("json") or keys.get("data")
    return url, opts, body


def request_parts(mod: Module, scope: Node, call: Node, callee: str) -> tuple[Node | None, Node | None, Node | None]:
    """``request_options``, with options kept in a local followed (`fetch(url, init)`)."""
    url, opts, body = request_options(mod.src, call, callee)
    if opts is not None and opts.type == "identifier":
        bound = _binding(mod, scope, sx.text(mod.src, opts))
        opts = bound[1] if bound is not None and not bound[0] else None
        body = body or object_keys(mod.src, opts).get("body")
    return url, opts, body


def header_values(src: bytes, opts: Node | None) -> list[Node]:
    """The values of `headers: { ... }` (also `new Headers({ ... })`) in a request's options."""
    headers = sx.strip_types(object_keys(src, opts).get("headers"))
    if headers is not None and headers.type == "new_expression":
        args = sx.call_args(headers)
        headers = sx.strip_types(args[0]) if args else None
    return list(object_keys(src, headers).values())


def secret_from_env(mod: Module, scope: Node, node: Node | None, resolve: Resolve, depth: int = 0) -> str:
    """The server secret (an environment setting named as one) that ``node`` is built from, followed
    through locals, module constants and project helpers that return it (`const { apiSecret } =
    serviceConfig()`); "" for anything else, such as a token read from the caller's cookies."""
    node = sx.unwrap(node)
    if node is None or depth > 4:
        return ""
    src = mod.src
    if node.type in ("template_string", "binary_expression"):
        parts = [c for c in node.named_children if c.type not in ("string_fragment", "escape_sequence")]
        subs = [p.named_children[0] if p.type == "template_substitution" and p.named_children else p for p in parts]
        return next((s for p in subs if (s := secret_from_env(mod, scope, p, resolve, depth + 1))), "")
    if node.type == "member_expression":
        found = env_secret(src, node)
        obj = sx.unwrap(node.child_by_field_name("object"))
        if found or obj is None or obj.type != "identifier":
            return found
        # `cfg.apiSecret` with `const cfg = serviceConfig()`
        key = sx.text(src, node.child_by_field_name("property"))
        bound = _binding(mod, scope, sx.text(src, obj))
        return _returned_key(mod, bound[1], key, resolve, depth) if bound is not None and not bound[0] else ""
    if node.type in ("identifier", "shorthand_property_identifier"):
        # (`const { apiSecret } = serviceConfig()`, `const { API_SECRET } = process.env`)
        return secret_bound_to(mod, scope, sx.text(src, node), resolve, depth)
    if node.type == "call_expression" and not sx.call_args(node):
        fn = resolve(mod, node)  # `getServiceSecret()`
        for v in _returns(fn) if fn is not None else []:
            found = secret_from_env(fn.module, fn.node, v, resolve, depth + 1) if fn is not None else ""
            if found:
                return found
    return ""


def secret_bound_to(
    mod: Module, scope: Node, name: str, resolve: Resolve, depth: int = 0, module_level: bool = True
) -> str:
    """``secret_from_env`` of what ``name`` is bound to in ``scope`` (or, ``module_level``, at the top
    of its module)."""
    bound = _binding(mod, scope, name, module_level)
    if bound is None:
        return ""
    key, value = bound
    if not key:
        return secret_from_env(mod, scope, value, resolve, depth + 1)
    if sx.text(mod.src, value) in ("process.env", "env"):
        return key if _env_name_secret(key) else ""
    return _returned_key(mod, value, key, resolve, depth + 1)


# the app's own settings object or loader (`settings`, `appConfig`, `await getSettings()`, `loadConfig()`):
# what it holds is the server's configuration, not anything the caller presented
_APP_SETTINGS = re.compile(r"(?i)^((get|load|fetch|read)_?)?\w*?(settings|config|configuration)(_?from_?db)?$")


def setting_bound_to(mod: Module, scope: Node, name: str) -> bool:
    """``name`` is a field destructured in ``scope`` from the app's settings (`const { gatewayPassword } =
    settings`, `= await getSettings()`): a credential the server keeps for a third-party service."""
    bound = _binding(mod, scope, name, module_level=False)
    if bound is None or not bound[0]:
        return False
    value = sx.unwrap(bound[1])
    if value is not None and value.type == "await_expression" and value.named_children:
        value = sx.unwrap(value.named_children[0])
    if value is not None and value.type == "call_expression":
        value = value.child_by_field_name("function")
    return (
        value is not None
        and value.type in ("identifier", "member_expression")
        and bool(_APP_SETTINGS.match(sx.last_name(sx.text(mod.src, value))))
    )


def _env_name_secret(name: str) -> bool:
    """`SERVICE_SECRET`, `BACKEND_API_KEY`, `JOBS_TOKEN`; not a public setting (`NEXT_PUBLIC_MAPS_KEY`)."""
    return not _PUBLIC_ENV.match(name) and (vocab.is_secret_name(name) or "key" in vocab.words(name))


def _binding(mod: Module, scope: Node, name: str, module_level: bool = True) -> tuple[str, Node] | None:
    """What ``name`` is bound to in ``scope`` (a function) or at the top of its module: ("", value) for
    `const name = value`, (key, value) for a destructured `const { key: name } = value`."""
    top = _top_declarators(mod) if module_level else []
    for decl in [*sx.find(scope, ("variable_declarator",), into_functions=False), *top]:
        left, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
        if left is None or value is None:
            continue
        if left.type == "identifier":
            if sx.text(mod.src, left) == name:
                return "", value
        elif left.type == "object_pattern":
            for prop in left.named_children:
                if prop.type == "shorthand_property_identifier_pattern" and sx.text(mod.src, prop) == name:
                    return name, value
                if prop.type == "pair_pattern":
                    bound = prop.child_by_field_name("value")
                    if bound is not None and sx.text(mod.src, bound) == name:
                        return sx.text(mod.src, prop.child_by_field_name("key")).strip("'\""), value
    return None


def _top_declarators(mod: Module) -> list[Node]:
    root = mod.parsed.root
    return [
        d
        for stmt in root.named_children
        for decl in ([stmt] if stmt.type != "export_statement" else stmt.named_children)
        if decl.type in ("lexical_declaration", "variable_declaration")
        for d in decl.named_children
        if d.type == "variable_declarator"
    ]


def _returns(fn: Function) -> list[Node]:
    body = fn.body
    if body is not None and body.type != "statement_block":
        return [body]  # `() => ({ ... })`
    rets = sx.find(fn.node, ("return_statement",), into_functions=False)
    return [r.named_children[0] for r in rets if r.named_children]


def _returned_key(mod: Module, value: Node, key: str, resolve: Resolve, depth: int) -> str:
    """`key` of the object that the helper called in ``value`` returns (`return { apiSecret }`)."""
    call = sx.unwrap(value)
    fn = resolve(mod, call) if call is not None and call.type == "call_expression" else None
    if fn is None:
        return ""
    for ret in _returns(fn):
        field_value = object_keys(fn.module.src, ret).get(key)
        found = secret_from_env(fn.module, fn.node, field_value, resolve, depth + 1) if field_value else ""
        if found:
            return found
    return ""


def fixed_host(mod: Module, scope: Node, url: Node | None, depth: int = 0) -> str:
    """The host a request URL names in its own text (`https://api.weather.example/v1?q=${city}`), also
    through a local (`const url = "https://..."`) or `new URL("https://...")`; "" when a setting, a
    parameter or a computed base picks it (`new URL(path, serviceUrl)`, `${process.env.API_URL}/x`)."""
    url = sx.unwrap(url)
    if url is None or depth > 3:
        return ""
    src = mod.src
    if url.type in ("string", "template_string"):
        m = _FIXED_HOST.match(sx.text(src, url)[1:])
        return m.group(1) if m else ""
    if url.type == "identifier":
        bound = _binding(mod, scope, sx.text(src, url))
        return fixed_host(mod, scope, bound[1], depth + 1) if bound is not None and not bound[0] else ""
    if url.type == "new_expression" and sx.text(src, url.child_by_field_name("constructor")) == "URL":
        args = sx.call_args(url)
        first = fixed_host(mod, scope, args[0], depth + 1) if args else ""
        return first or (fixed_host(mod, scope, args[1], depth + 1) if len(args) > 1 else "")
    if url.type == "call_expression" and sx.callee_name(src, url).endswith(".toString"):
        fn = url.child_by_field_name("function")
        return fixed_host(mod, scope, fn.child_by_field_name("object") if fn is not None else None, depth + 1)
    if url.type == "member_expression" and sx.text(src, url.child_by_field_name("property")) == "href":
        return fixed_host(mod, scope, url.child_by_field_name("object"), depth + 1)
    return ""


def _visible_value(src: bytes, at: Node, name: str) -> Node | None:
    """The value of the nearest `const name = ...` that ``at`` sees: declared earlier in an enclosing
    block or at the top of the module (of two `const target` in sibling blocks, the one in ``at``'s)."""
    prev = at
    for anc in sx.ancestors(at):
        if anc.type in ("statement_block", "program"):
            found: Node | None = None
            for stmt in anc.named_children:
                if stmt.start_byte >= prev.start_byte and anc.type != "program":
                    break  # declared before the statement that uses it (a module constant anywhere)
                value = _const_value(src, stmt, name)
                found = value if value is not None else found
            if found is not None:
                return found
        elif sx.is_function(anc) and name in sx.param_names(src, anc):
            return None  # a parameter: whatever the caller hands in
        prev = anc
    return None


def url_prefix(src: bytes, at: Node | None, depth: int = 0) -> str:
    """The literal text a request URL starts with, through the constants it is built from: a local
    (`const target = ...`) and a leading module constant (`${PROVIDER_BASE}/${path}` with `PROVIDER_BASE
    = "https://openrouter.ai/api"`). Stops at the first part it cannot read ("" when that is the start)."""
    at = sx.unwrap(at)
    if at is None or depth > 3:
        return ""
    if at.type == "string":
        return sx.text(src, at)[1:-1]
    if at.type == "identifier":
        return url_prefix(src, _visible_value(src, at, sx.text(src, at)), depth + 1)
    if at.type != "template_string":
        return ""
    out = ""
    for part in at.children:
        if part.type == "string_fragment":
            out += sx.text(src, part)
        elif part.type == "template_substitution":
            inner = [c for c in part.named_children if c.type != "comment"]
            value = url_prefix(src, inner[0], depth + 1) if len(inner) == 1 else ""
            if not value:
                return out
            out += value
    return out


def server_secret_request(mod: Module, scope: Node, call: Node, callee: str, resolve: Resolve) -> str:
    """A request to a service the deployment configures (its host not written in the URL) that carries
    a server secret in its headers (`"x-api-secret": process.env.SERVICE_SECRET`): the server vouches
    for the request with its own credential. Returns the secret's setting name, "" otherwise.
    Forwarding the caller's token or cookies, public keys and third-party APIs at a fixed host
    (a weather or model API with a key) are not that."""
    url, opts, _ = request_parts(mod, scope, call, callee)
    if opts is None or mod.src.find(b"headers", opts.start_byte, opts.end_byte) == -1:
        return ""  # (cheap pre-test before any tracing)
    for value in header_values(mod.src, opts):
        found = secret_from_env(mod, scope, value, resolve)
        if found:
            return "" if fixed_host(mod, scope, url) else found
    return ""


# Packages whose clients talk to a database (SQL, or a database's own query language): what they
# build keeps its `.query(text)` a raw sink. Another package's client (an ads-reporting or search
# SDK, `new AdsApi(...).Customer(...)`) runs that service's query language, not the database's.
_DB_PACKAGE = re.compile(
    r"(?i)sql|pg|postgres|knex|sequel|prisma|duck|maria|oracle|tedious|neon|clickhouse|bigquery|snowflake|"
    r"cassandra|scylla|db|database|drizzle|kysely|orm|trino|presto|athena|redshift|turso|cockroach|slonik|"
    r"supabase|mongo|spanner|databricks|hana|firebird|vertica|teradata|odbc|arango|couchbase|influx|surreal|"
    r"^gel$"
)


def built_by_other_library(mod: Module, call: Node) -> str:
    """The npm package, not a database's, that built the receiver of `account.query(...)`
    (`const account = api.Account({...})` with `const api = new AdsApi(...)` imported from
    `ads-api`); "" when the receiver leads to no such import (a client the project builds or
    imports from its own files, a parameter)."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression":
        return ""
    node = fn.child_by_field_name("object")
    scopes = [p for p in sx.ancestors(call) if p.type in sx.FUNCTION_TYPES]
    for _ in range(6):  # `account` <- `api.Account(...)` <- `new AdsApi(...)` <- the import
        node = sx.strip_types(node)
        if node is not None and node.type == "new_expression":
            node = node.child_by_field_name("constructor")
        name = sx.root_identifier(mod.src, node)
        if name is None:
            return ""
        bound = next((b for s in scopes if (b := _binding(mod, s, name, module_level=False))), None)
        bound = bound or _binding(mod, mod.parsed.root, name, module_level=False)
        if bound is not None:
            node = bound[1]
            continue
        if not _library_import(mod, name):
            return ""
        spec = mod.imports[name].spec
        return "" if _DB_PACKAGE.search(spec) else spec
    return ""
