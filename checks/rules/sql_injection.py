r"""Raw SQL assembled from non-constant strings.

## What it does
Flags raw-SQL calls (`query`/`execute`/`exec`/`prepare` on pg, mysql2 and sqlite
clients, Prisma `$queryRawUnsafe`/`$executeRawUnsafe`, `sql.raw`/`sql.unsafe`,
`knex.raw`, knex's builder steps taking SQL text: `.whereRaw`/`.orWhereRaw`/`.havingRaw`/`.orderByRaw`/
`.groupByRaw`/`.joinRaw`, `sequelize.query`) whose query text is built with template interpolation
or `+` from a value that is not a constant, in any server-side file. The text may also be
the `sql` or `text` field of a query config object (libsql `{ sql, args }`, pg `{ text, values }`).
Text held in a local is followed: a `const`, or a `let` built up with `+=` (`let text = \`SELECT ... ${term}\`;
if (status) text += \` AND status = '${status}'\``), each piece judged; so is a `SET` list mapped from the keys of
a parameter's object (`Object.keys(fields).map((k, i) => \`${k} = $${i + 2}\`)`): the caller picks the column names.

## Why is this bad?
Whoever controls the interpolated value can change the query: read other users' rows,
bypass filters, or drop tables (CWE-89).

## Example
```ts
import { pool } from "@/lib/db";

export async function findUser(email: string) {
  return pool.query(`SELECT id FROM users WHERE email = '${email}'`);
}
```

## Use instead
```ts
import { pool } from "@/lib/db";

export async function findUser(email: string) {
  return pool.query("SELECT id FROM users WHERE email = $1", [email]);
}
```

## Not flagged
A class's own `query` method that sends the text over HTTP with no database call in it (`this.query(`SELECT
... ${x}`)` in an accounting API's client whose `query` calls `fetch`): another service's query language.
Tagged templates (`sql\`...${x}\``, `Prisma.sql`, `prisma.$queryRaw\`...\``), which are
parameterised; placeholders with a parameter array; text made together with its bind values by a
placeholder layer, the values handed to the same sink (`const { sql, params } = predicate.buildSql()`, then
`$queryRawUnsafe(\`... WHERE ${sql}\`, ...params)`; not a pair read off the request, `await req.json()`, nor one
of a builder in the same file that pastes its own parameter into the text); interpolation of constants,
numbers coerced with `Number()`/`parseInt()`/`Number.parseInt()`/`Math.min()` or by an operator that only answers
numbers
(`${Number(limit) | 0}`, `${page >>> 0}`, `${-offset}`; not `+`, which joins text), values picked from a
constant map or
whitelist (also imported from another file; also one fragment per element joined with constant
text, `keys.map((k) => FILTERS[k]).join(" OR ")`), values checked against a fixed allow-list
on every path to the query (`ALLOWED.has(col) ? col : "day"`, `if (!COLS.includes(sort))
throw ...`; also a set built from constant maps, `new Set([...Object.values(map), "id"])` with
`map` one of two constant column maps; a list an allow-list filter kept, joined with constant text:
`requested.filter((c) => COLUMNS.includes(c)).join(", ")`), loop variables over constant lists,
keys of a constant map (`Object.entries(MAP).map(([key]) => ...)`, also in `for...of`), elements of a
local helper's rest parameter every call fills with constants (`setNull("a", "b")`), fields of an entry
picked from a constant map (`const spec = COLUMNS[field]; spec.column`), answers of a helper whose declared
return
type is a union of literals (`(): "numeric" | "timestamptz" | null`), lists mapped to numbers
(`ids.map(Number).filter(...)`, `rows.map((r) => Number(r.id))`), fields of
the project's validated env module (`env.STATEMENT_TIMEOUT` with `import { env } from "~/env/server"`),
`let`s only ever assigned literals, project functions that only return constant pieces
(`return \`"count" ${direction}\`` with `direction` a case change of an `"asc" | "desc"`
parameter), the answer of a project function built from its own parameters and constants at a call passing
a constant for each (`derivedSql("birth_year", "stored")`, whatever other calls pass; an UPPER_CASE constant
imported under a lower-case name, `import { MIN_YEAR as minYear }`, counts), helper parameters that every call in
the file passes a literal, parameters (or fields
of an options parameter) of an exported helper declared `number` that every call in the project
passes a constant or leaves out (`opts?.statementMs ?? 10_000` with callers passing `{ statementMs:
60_000 }`; not a text parameter, which the next caller may fill with anything, nor a helper handed
around as a value), text parameters of an exported helper (not an entry point) that every call in
the project fills with one and the same UPPER_CASE constant, itself, through a `const` or through its
callers' own parameters (`buildWhere(filter, ROWS_TABLE)` down to `cellClause(tableName, ...)`; not a
literal at today's call, `groupTotals(ids, "venue_id")`, nor two different constants), values with
every `'` doubled between the quotes of a string literal (`'${name.replace(/'/g, "''")}'`, also
through a local `esc` helper or a project helper answering such a literal; likewise every `"` doubled
in a quoted identifier, `"${id.replace(/"/g, '""')}"`; not outside quotes nor in an `E''` literal,
nor where a MySQL driver is imported: there `\'` escapes the first quote of the pair), a Drizzle column's declared type
(`column.getSQLType()`), placeholder lists built from indexes and placeholder layers
(`clauses.push(\`"col" = $${i}\`)` then `join`, also carried in records: `for (const u of updates) ...
u.setClauses.join(", ")`), `String()` of a
constant, and, in internal helpers (not entry points), parameters typed as a union of literals,
numeric parameters in arithmetic (`String(hoursAhead + 1)`), and arguments typed more narrowly
than `string` (and not a `number`, which is no identifier; nor a union with a `string` member, `number | string`)
used as an identifier (`ORDER BY
${sortBy}`, `Prisma.raw(sortOrder)`) rather than as a value; imported helpers that only build
placeholder lists (`values.map((_, i) => \`$${i + 1}\`).join(", ")`); results of a zod enum
of literals (`z.enum(["ASC", "DESC"]).safeParse(x).data`, or of a constant list:
`z.enum(VACUUMABLE).parse(table)`), a value parsed by a zod schema whose output holds no text
(`z.number().int().max(24).parse(months)`, a named `z.coerce.number()` schema; not `z.string()`, nor one
`.transform`ed), fields of an object a zod schema of the
project parsed whose declared type holds no text (`const { start } = schema.parse(req.query)` or
`schema.safeParse(body).data.limit`, also of a result held in a local, `q.data.sort` with `const q =
schema.safeParse(req.query)`, with `z.coerce.number()`, `z.boolean()`, `z.enum([...])`, lists of
those; not a `.passthrough()` or `.transform`ed schema, nor a `let` that may be reassigned), in internal
helpers, enum fields of a parameter typed by a zod schema's output (`({ period }: PostsInput)` or
`const { states } = input` with `type PostsInput = z.infer<typeof postsSchema>`, `period: z.enum(...)`;
not a field the inline type redeclares, `Omit<PostsInput, "period"> & { period: string }`), static
class fields bound to constants, `.map` callbacks returning only numbered placeholders, the `.sql`
text of a `Prisma.Sql` (a parameter typed so or defaulted to `Prisma.empty`), fields of an entry
picked from a list of definitions with an exit when none matched (`const col = tableColumns.find(...);
if (!col) throw ...; col.internal`, the list constant or an internal helper's `ColumnDefinition[]`
parameter), names proven by an anchored identifier regex (`if (!/^[a-z][a-z0-9_]{2,40}$/.test(slug))
throw ...`, also through a predicate such as `isValidSlug(slug)` or a bare call of a helper that throws
unless the regex, or a fixed allow-list, admits its argument: `assertFieldName(field)`, `assertSlot(slot)`)
and the answers of helpers that only
return such names (`appSchemaIdent(slug)`, imported, lazily imported or a method of an exported object,
also a field of the object a helper returns, `const { schema } = await resolveContext(token)`), and
test code (`__tests__/`, `*.test.ts`, an `*.integration.ts` suite declaring `describe(...)`, a runner's
setup such as `vitest.globalsetup.ts`), and
command-line scripts under `scripts/` (and database seed files: `prisma/seed.ts`, `seeds/`) that no
shipped file imports (other scripts may:
`scripts/migrate.ts` running `scripts/backfill.ts`; their input is the operator's,
who holds the database credentials already).
`.query(text)` on a client another, non-database library built (`new GoogleAdsApi(...).Customer(...)
.query(gaql)`: that service's own query language), traced from the receiver to its import.

## Fix
For node-postgres and mysql2 `query`/`execute` calls with a single template argument,
Warden rewrites the interpolations into `$n` / `?` placeholders and a parameter array
(quotes dropped, `LIKE '%${q}%'` wildcards moved into the value, constants kept). No fix
for concatenation, an unknown driver, or a quote on one side of a value only.

## References
- https://cwe.mitre.org/data/definitions/89.html
- https://owasp.org/Top10/A03_2021-Injection/
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple, cast

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import built_by_other_library, is_tagged_template, object_keys
from checks.analysis.module import Function, Module
from checks.analysis.program import Program
from checks.context import FileContext, short
from checks.fixes import sql_placeholder_fix
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.project import import_graph
from checks.sources import DiskTree, MemoryTree

META = RuleMeta(
    id="sql-injection",
    title="Raw SQL built from non-constant strings",
    severity=Severity.ERROR,
    confidence=Confidence.HIGH,
    cwe=(89,),
    owasp=("A03:2021",),
    messages={
        "interpolated": "`{sink}` receives SQL built from `{value}`",
        "concatenated": "`{sink}` receives SQL concatenated with `{value}`",
        "raw_fragment": "`{sink}` pastes `{value}` into the SQL text unescaped",
    },
    help="Pass values as bound parameters (`$1`/`?` with a parameter array) or use a tagged `sql` template.",
    abuse="An attacker who controls the interpolated value rewrites the query to read or change any row.",
    references=("https://cwe.mitre.org/data/definitions/89.html",),
)

_SINK_LAST = frozenset({"query", "execute", "exec", "prepare", "$queryRawUnsafe", "$executeRawUnsafe", "raw", "unsafe"})
_RAW_NAMESPACES = re.compile(r"(^|\.)(sql|knex|Prisma|db|sequelize|trx|tx)$")
_SQLISH = re.compile(r"(?i)\b(select|insert|update|delete|from|where|values|order\s+by|limit|create|drop|alter)\b")
# operators whose answer is always a number (or a BigInt): `+` joins text, so it is not one of them
_NUMERIC_OPS = frozenset({"-", "*", "/", "%", "**", "|", "&", "^", "<<", ">>", ">>>"})
# (`Math.min`/`Math.max` convert every argument to a number: their answer is one, NaN at worst)
_COERCE = frozenset(
    {"Number", "parseInt", "parseFloat", "BigInt", "Math.floor", "Math.round", "Math.trunc", "Boolean"}
    | {"Number.parseInt", "Number.parseFloat"}  # the same functions as the global ones
    | {"Math.min", "Math.max", "Math.abs", "Math.ceil"}
)
# how many steps (bindings, branches, pieces, callbacks) a constant may be built in: deep enough for
# a CASE expression assembled from mapped, joined and quoted pieces; a bound on cycles too
_MAX_DEPTH = 16
_MYSQL_SPEC = re.compile(r"mysql|mariadb|planetscale")
_CONST_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
# The project's validated environment (t3-env and the like): `~/env/server`, `@/env.mjs`, `../env`.
_ENV_MODULE = re.compile(r"(^|/|~|@)env([/.]|$)")


# knex's builder steps taking a piece of SQL text (`.whereRaw(text, bindings)`, `.orderByRaw(text)`)
_BUILDER_RAW = frozenset(
    {
        "whereRaw",
        "andWhereRaw",
        "orWhereRaw",
        "havingRaw",
        "andHavingRaw",
        "orHavingRaw",
        "orderByRaw",
        "groupByRaw",
        "joinRaw",
        "fromRaw",
        "onRaw",
    }
)


def is_sink(callee: str) -> bool:
    parts = callee.split(".")
    last = parts[-1]
    if last in _BUILDER_RAW and len(parts) >= 2:
        return True
    if last not in _SINK_LAST or len(parts) < 2:
        return False
    if last == "unsafe":  # postgres.js `sql.unsafe(...)` whatever the client is called
        return True
    if last == "raw":
        return bool(_RAW_NAMESPACES.search(".".join(parts[:-1]))) or parts[0] in ("sql", "knex", "Prisma")
    return True


def _raw_sql_text(ctx: FileContext, callee: str, first: Node) -> bool:
    """`<client>.raw(<template with ${x}>)` on a query builder whatever it is called (a knex
    instance named `warehouse`): built text that reads as SQL makes the receiver a raw sink."""
    if not callee.endswith(".raw"):
        return False
    first = sx.strip_types(first) or first
    return first.type in ("template_string", "binary_expression") and _SQLISH.search(ctx.text(first)) is not None


def _unaliased(ctx: FileContext, callee: str) -> str:
    """`ksql.raw` after `import { sql as ksql } from "kysely"` is `sql.raw`."""
    root, dot, rest = callee.partition(".")
    binding = ctx.module.imports.get(root) if dot else None
    if binding is not None and binding.imported in ("sql", "Prisma") and binding.local != binding.imported:
        return f"{binding.imported}.{rest}"
    return callee


def is_fragment_sink(callee: str) -> bool:
    """`Prisma.raw(x)` / drizzle and Kysely `sql.raw(x)`: the argument itself is pasted into SQL."""
    return callee in ("Prisma.raw", "sql.raw", "Prisma.sql.raw")


class _Consts:
    """Which identifiers of a file are constants (literals, constant maps, coerced numbers)."""

    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self._entries: set[int] | None = None  # entry-point function nodes, computed on first need
        self._consts: dict[tuple[int, int, str], dict[str, Node | None]] = {}  # per scope: `_binding`
        # functions (by start byte) whose parameters hold constants while one call's answer is read
        # (`derivedSql("year", "stored")`: every argument of that call a constant, `_answer_given_constants`)
        self.assumed: set[int] = set()

    def is_constant(self, node: Node | None, scope: Node | None, depth: int = 0) -> bool:
        src = self.ctx.src
        node = sx.strip_types(node)
        if node is None or depth > _MAX_DEPTH:
            return False
        t = node.type
        if t in ("string", "number", "true", "false", "null", "undefined"):
            return True
        if t == "template_string":
            return all(
                _placeholder_number(src, sub)
                or self.is_constant(sub.named_children[0] if sub.named_children else None, scope, depth + 1)
                or self.typed_slot(sub, scope)
                or self.escaped_literal(sub, scope)
                for sub in node.children
                if sub.type == "template_substitution"
            )
        if t == "ternary_expression":
            cond = node.child_by_field_name("condition")
            branches = []
            for branch, positive in (("consequence", True), ("alternative", False)):
                b = node.child_by_field_name(branch)
                # `BUCKETS.has(x) ? x : "day"`: the branch that only runs for an allow-listed value
                listed = b is not None and self._member_check(cond, sx.text(src, sx.strip_types(b)), scope) is positive
                branches.append(listed or self.is_constant(b, scope, depth + 1))
            return all(branches)
        if t == "array" and node.parent is not None and node.parent.type == "binary_expression":
            # the fallback of `ids?.map(Number) ?? []`
            return all(self.is_constant(c, scope, depth + 1) for c in node.named_children if c.type != "comment")
        if t == "unary_expression":
            # `-offset`, `+cursor`, `~~span`: a number whatever the operand holds; `!x` a boolean
            return sx.text(src, node.child_by_field_name("operator")) in ("-", "+", "~", "!")
        if t == "binary_expression":
            op = sx.text(src, node.child_by_field_name("operator"))
            if op in _NUMERIC_OPS:
                return True  # `Number(limit) | 0`, `page >>> 0`, `q.days * 1`: a number (or NaN), never text
            if op in ("+", "??", "||"):
                return self.is_constant(node.child_by_field_name("left"), scope, depth + 1) and self.is_constant(
                    node.child_by_field_name("right"), scope, depth + 1
                )
            return op in ("===", "!==", "==", "!=", "<", ">", "<=", ">=")
        if t == "call_expression":
            callee = sx.callee_name(src, node)
            if callee in _COERCE or callee.endswith((".toFixed", ".length")):
                return True
            if callee.endswith(".getSQLType"):  # a Drizzle column's declared type, from the schema
                return True
            if callee == "String":  # `String(hoursAhead + 1)`: as constant as what it converts
                args = sx.call_args(node)
                return len(args) == 1 and self.is_constant(args[0], scope, depth + 1)
            if sx.last_name(callee) in _CASE_METHODS or (  # `direction?.toUpperCase()`, `.replace(/x/, "")`
                sx.last_name(callee) in ("replace", "replaceAll")
                and all(self.is_constant(a, scope, depth + 1) or a.type == "regex" for a in sx.call_args(node))
            ):
                fn_node = sx.strip_types(node.child_by_field_name("function"))
                obj = fn_node.child_by_field_name("object") if fn_node is not None else None
                return obj is not None and self.is_constant(obj, scope, depth + 1)
            if sx.last_name(callee) in ("parse", "parseAsync") and self._literal_enum_schema(node, scope):
                return True  # `z.enum(["asc", "desc"]).parse(dir)` throws for anything else
            if sx.last_name(callee) in _ZOD_PARSES and self._textless_schema_parse(node, scope):
                return True  # `z.number().int().max(24).parse(months)`: a number, or the parse threw
            if "." not in callee and self._returns_constants(node, depth):
                return True
            if self._proven_identifier(node):
                return True  # `appSchemaIdent(slug)`: throws unless the slug is identifier-safe
            if self._coerced_list(node, depth):
                return True
            if sx.last_name(callee) == "filter" and self._allow_filtered(node, scope):
                return True  # `requested.filter((c) => COLUMNS.includes(c))`: only the list's own items are left
            if callee.endswith(".join"):  # placeholders: ids.map((_, i) => `$${i + 1}`).join(", ")
                obj = sx.strip_types(node.child_by_field_name("function"))
                inner = sx.unwrap(obj.child_by_field_name("object")) if obj is not None else None
                if inner is None:
                    return False
                sep = sx.call_args(node)
                # `keys.map((k) => FILTERS[k]).join(" OR ")`: a constant fragment per element, joined
                # with constant text
                if all(self.is_constant(a, scope, depth + 1) for a in sep) and self._constant_map(inner, depth):
                    return True
                # `cols.join(", ")` with `cols = requested.filter((c) => COLUMNS.includes(c))`: constant items
                if all(self.is_constant(a, scope, depth + 1) for a in sep) and self._constant_items(
                    inner, scope, depth
                ):
                    return True
                if (
                    inner.type == "identifier"
                    and all(self.is_constant(a, scope, depth + 1) for a in sep)
                    and self._held_index_names(inner, scope)
                ):
                    return True  # `const names = ids.map((_, i) => \`@id${i}\`)` then `names.join(", ")`
                return self._index_only_map(inner, scope, depth)
            return False
        if t == "member_expression":
            prop = sx.text(src, node.child_by_field_name("property"))
            if prop == "length":
                return True
            obj = sx.strip_types(node.child_by_field_name("object"))
            if obj is not None and obj.type == "identifier":
                if self._static_constant(sx.text(src, obj), prop):
                    return True  # `MonitorScheduler.claimTimeoutMs`: `static readonly claimTimeoutMs = 20_000`
                if prop == "data" and self._literal_enum_schema(self._binding(sx.text(src, obj), scope), scope):
                    return True  # `z.enum([...]).safeParse(x)`'s `.data`: one of the literals (or undefined)
                if prop in ("sql", "text") and self._sql_fragment(sx.text(src, obj), node, scope):
                    return True
                if _parsed_schema_field(self.ctx, self._binding(sx.text(src, obj), scope), prop, scope, self._binding):
                    return True  # `input.limit` with `input = schema.parse(body)`, `limit: z.number()`
            if (
                obj is not None
                and obj.type == "member_expression"
                and sx.text(src, obj.child_by_field_name("property")) == "data"
                and _parsed_schema_field(self.ctx, obj, prop, scope, self._binding)
            ):
                return True  # `q.data.sort` with `q = schema.safeParse(req.query)`, `sort: z.enum([...])`
            if obj is not None and obj.type == "identifier":
                if self._enum_typed(sx.text(src, obj), obj, scope, (prop,)):
                    return True  # `input.period` with `input: z.infer<typeof schema>`, `period: z.enum(...)`
                picked = sx.strip_types(self._binding(sx.text(src, obj), scope))
                if picked is not None and picked.type == "subscript_expression" and self.is_constant(picked, scope):
                    return True  # `spec.column` with `const spec = COLUMNS[field]`: an entry of a constant map
                if picked is not None and picked.type == "await_expression" and picked.named_children:
                    picked = sx.strip_types(picked.named_children[0])
                if (
                    picked is not None
                    and picked.type == "call_expression"
                    and self._returns_constant_field(picked, prop, depth)
                ):
                    return True  # `guard.predicate` with `guard = buildGuard(...)` answering constant SQL there
            column = obj if prop == "name" and obj is not None and obj.type == "member_expression" else None
            if column is not None and self._table_column(column, scope):
                return True  # `StepTable.label.name`: the column's declared name, from the table definition
            root = sx.root_identifier(src, node)
            if root is not None and (_CONST_NAME.match(root) is not None or self._const_object(root, scope)):
                return True
            if self._server_config(node, root):
                return True
            return root is not None and (
                self._loop_item_field(root, node, scope, depth)
                or self._allow_listed(node, scope)
                or self._integer_checked(node)
                or self._definition_lookup(root, node, scope)
                or self._param_field_constant(node, scope)
            )
        if t == "subscript_expression":  # COLUMNS[sort]: a whitelist lookup
            obj = sx.strip_types(node.child_by_field_name("object"))
            if obj is not None and obj.type == "object":  # `({ name: "name" } as const)[sort]`, written inline
                return self._constant_literal(obj, scope)
            root = sx.root_identifier(src, obj)
            return root is not None and (_CONST_NAME.match(root) is not None or self._const_object(root, scope))
        if t in ("identifier", "shorthand_property_identifier"):  # `{ statementMs }` in a call too
            name = sx.text(src, node)
            if _CONST_NAME.match(name):
                return True
            bound = self.ctx.module.imports.get(name)
            if bound is not None and _CONST_NAME.match(bound.imported) and self._binding(name, scope) is None:
                return True  # `import { MIN_YEAR as minYear }`: the project's constant under a local name
            value = self._binding(name, scope)
            if value is not None and value is not node:
                if sx.strip_types(value) is not None and (sx.strip_types(value) or value).type == "array":
                    return self._pushed_constants(name, value, scope, depth)
                # `const col = map[sortBy] ?? sortBy` then `if (!VALID.has(col)) throw`: allow-listed
                return (
                    self.is_constant(value, scope, depth + 1)
                    or self._allow_listed(node, scope)
                    or self._proven_identifier(node)
                    or self._integer_checked(node)
                )
            if value is None and (
                self._loop_over_constants(name, node, scope, depth)
                or self._local_param_constant(name, scope, depth)
                or self._assigned_constants(name, scope, depth)
                or self._narrow_param(name, node, scope)
                or self._parsed_field(name, node)
                or self._enum_typed(name, node, scope)
                or self._assumed_param(name, scope)
            ):
                return True
            return self._allow_listed(node, scope) or self._proven_identifier(node)
        return False

    def _parsed_field(self, name: str, node: Node) -> bool:
        """`const { start } = schema.parse(req.query)` with `start: z.coerce.number()` in the schema
        (a `const`: a `let` may be given anything after the parse)."""
        found = _destructured(self.ctx.src, name, node)
        declarator = found[1].parent if found is not None else None
        declaration = declarator.parent if declarator is not None else None
        if found is None or declaration is None or not sx.text(self.ctx.src, declaration).startswith("const"):
            return False
        return _parsed_schema_field(self.ctx, found[1], found[0], sx.enclosing_function(node), self._binding)

    def _enum_typed(self, name: str, node: Node, scope: Node | None, path: tuple[str, ...] = ()) -> bool:
        """``name`` (or its field ``path``) is typed, in an internal helper, by a zod schema's output
        whose field is an enum of literals: `({ period }: PostsInput)` or `const { period } = input`
        with `type PostsInput = z.infer<typeof postsSchema>` and `period: z.enum([...])`. As a literal
        union parameter: its callers are type-checked, and what they pass was parsed by that schema."""
        src = self.ctx.src
        for fn, p, pattern in self._params_outward(scope):
            key = _pattern_key(src, pattern, name)
            if key is None:
                continue
            ann = p.child_by_field_name("type") if p.type in _PARAM_TYPES else None
            keys = (key, *path) if key else path
            if ann is None or not keys or fn.start_byte in self.entry_nodes():
                return False
            return _enum_typed_path(self.ctx.analyzer.program, self.ctx.module, ann, keys)
        # a default must type-check as the field's type: an enum member too
        found = _destructured(src, name, node, defaults=True)
        init = sx.strip_types(found[1]) if found is not None else None
        if found is None or init is None or init.type != "identifier" or len(path) > 3:
            return False
        return self._enum_typed(sx.text(src, init), init, scope, (found[0], *path))

    def _allow_listed(self, node: Node, scope: Node | None) -> bool:
        """``node`` is used only where an allow-list check passed: inside `if (ALLOWED.has(col)) {...}`,
        or after `if (!ALLOWED.includes(col)) throw ...` (or `assertSlot(col)`) on the way to it."""
        text = sx.text(self.ctx.src, node)
        verdict = _Verdict(
            lambda cond, outcome: self._member_check(cond, text, scope) is outcome,
            lambda fn, cond, param: self._owner(fn)._member_check(cond, param, fn.node) is False,
        )
        return _checked_on_the_way(self.ctx.analyzer.program, self.ctx.module, node, verdict)

    def _integer_checked(self, node: Node) -> bool:
        """``node`` is used only past `if (!Number.isInteger(x)) return ...` (or inside `if
        (Number.isInteger(x)) {...}`): an integer's text is digits, nothing SQL can be made of."""
        src, text = self.ctx.src, sx.text(self.ctx.src, node)
        verdict = _Verdict(
            lambda cond, outcome: _integer_test(src, cond, text, outcome),
            lambda fn, cond, param: False,
        )
        return _checked_on_the_way(self.ctx.analyzer.program, self.ctx.module, node, verdict)

    def _allow_filtered_list(self, node: Node, scope: Node | None) -> bool:
        """``node`` is, or is a `const` bound to, a list an allow-list filter kept (see `_allow_filtered`)."""
        if node.type == "identifier":
            bound = sx.unwrap(self._binding(sx.text(self.ctx.src, node), scope))
            node = bound if bound is not None else node
        return (
            node.type == "call_expression"
            and sx.last_name(sx.callee_name(self.ctx.src, node)) == "filter"
            and self._allow_filtered(node, scope)
        )

    def _constant_items(self, node: Node | None, scope: Node | None, depth: int) -> bool:
        """``node`` is a list of constant items: one an allow-list filter kept, a literal of constants,
        either of those picked by a test (`cols.length ? cols : ["number"]`), or what a project helper
        answers with only such lists (`const cols = safeColumns(requested)`)."""
        node = sx.unwrap(node)
        if node is None or depth > 6:
            return False
        if node.type == "identifier":
            bound = sx.unwrap(self._binding(sx.text(self.ctx.src, node), scope))
            # (not a literal list a name holds: `statements.push(...)` may fill it later)
            return (
                bound is not None
                and bound.type not in ("identifier", "array")
                and self._constant_items(bound, scope, depth + 1)
            )
        if node.type == "array":
            return all(self.is_constant(e, scope, depth + 1) for e in node.named_children)
        if node.type == "ternary_expression":
            return all(
                self._constant_items(node.child_by_field_name(f), scope, depth + 1)
                for f in ("consequence", "alternative")
            )
        if node.type != "call_expression":
            return False
        if self._allow_filtered_list(node, scope):
            return True
        fn_node = sx.strip_types(node.child_by_field_name("function"))
        if fn_node is None or fn_node.type != "identifier":
            return False
        name = sx.text(self.ctx.src, fn_node)
        fn = self.ctx.module.local_function(name)
        if fn is None and name in self.ctx.module.imports:
            fn = self.ctx.analyzer.program.resolve_function(self.ctx.module, name)
        if fn is None or fn.body is None:
            return False
        owner = self._owner(fn)
        body = fn.body
        if body.type != "statement_block":
            return owner._constant_items(body, fn.node, depth + 1)
        answers = [r for r in sx.find(body, ("return_statement",), into_functions=False)]
        return bool(answers) and all(
            bool(r.named_children) and owner._constant_items(r.named_children[0], fn.node, depth + 1) for r in answers
        )

    def _allow_filtered(self, call: Node, scope: Node | None) -> bool:
        """`requested.filter((c): c is Col => (COLUMNS as readonly string[]).includes(c))`: the callback
        keeps an item only when a constant collection holds it, so only the collection's items are left."""
        found = sx.predicate_callback(self.ctx.src, call)
        return found is not None and self._member_check(found[1], found[0], scope) is True

    def _owner(self, fn: Function) -> _Consts:
        """The constants of the file ``fn`` is written in."""
        return self if fn.module is self.ctx.module else _consts_of(self.ctx, fn.module)

    def _coerced_list(self, node: Node, depth: int) -> bool:
        """`ids.map(Number)`, `rows.map((r) => Number(r.id))`, then any `.filter`/`.slice`: a list
        of numbers only, whatever went in."""
        src = self.ctx.src
        step = sx.last_name(sx.callee_name(src, node))
        fn_node = sx.strip_types(node.child_by_field_name("function"))
        receiver = sx.unwrap(fn_node.child_by_field_name("object")) if fn_node is not None else None
        if step in ("filter", "slice") and receiver is not None and receiver.type == "call_expression":
            return self._coerced_list(receiver, depth + 1)
        if step != "map":
            return False
        args = sx.call_args(node)
        callback = sx.strip_types(args[0]) if args else None
        return callback is not None and (sx.text(src, callback) in _COERCE or self._constant_map(node, depth))

    def _server_config(self, node: Node, root: str | None) -> bool:
        """`env.X` of the project's env module (`import { env } from "~/env/server"`): validated at
        start-up and set by whoever deploys the server, not by a request. (A bare `process.env.X` is
        not read as such: nothing says what shape it was given.)"""
        binding = self.ctx.module.imports.get(root) if root else None
        return binding is not None and binding.imported == "env" and _ENV_MODULE.search(binding.spec) is not None

    def _proven_identifier(self, node: Node) -> bool:
        """``node`` holds a name proven identifier-safe by a regex check (see `_safe_value`)."""
        return _safe_value(self.ctx.analyzer.program, self.ctx.module, node)

    def _member_check(self, cond: Node | None, text: str, scope: Node | None) -> bool | None:
        """True for `ALLOWED.has(text)` / `["asc", "desc"].includes(text)` on a constant collection,
        False for its negation, None for anything else."""
        cond = sx.strip_types(cond)
        while cond is not None and cond.type == "parenthesized_expression":
            cond = sx.strip_types(cond.named_children[0]) if cond.named_children else None
        if cond is None:
            return None
        if cond.type == "unary_expression" and sx.text(self.ctx.src, cond.child_by_field_name("operator")) == "!":
            inner = self._member_check(cond.child_by_field_name("argument"), text, scope)
            return None if inner is None else not inner
        if cond.type != "call_expression":
            return None
        fn = sx.strip_types(cond.child_by_field_name("function"))
        args = sx.call_args(cond)
        if fn is None or fn.type != "member_expression" or len(args) != 1:
            return None
        if sx.text(self.ctx.src, fn.child_by_field_name("property")) not in ("has", "includes"):
            return None
        if sx.text(self.ctx.src, sx.strip_types(args[0])) != text:
            return None
        return True if self._const_collection(fn.child_by_field_name("object"), scope) else None

    def _const_collection(self, node: Node | None, scope: Node | None) -> bool:
        """A fixed list of values: an array literal, an UPPER_CASE or literal-only `const`,
        `new Set([...])`, `Object.keys(MAP)`."""
        src = self.ctx.src
        node = sx.strip_types(node)
        if node is None:
            return False
        if node.type == "array":  # `[...Object.values(COLUMNS), "id"]`: spread constant lists count
            return all(
                self._const_collection(c.named_children[0] if c.named_children else None, scope)
                if c.type == "spread_element"
                else self.is_constant(c, scope, 1)
                for c in node.named_children
                if c.type != "comment"
            )
        if node.type == "ternary_expression":  # `context === "inner" ? INNER_COLUMNS : OUTER_COLUMNS`
            return all(
                self._const_collection(node.child_by_field_name(f), scope) for f in ("consequence", "alternative")
            )
        if node.type == "identifier":
            name = sx.text(src, node)
            if _CONST_NAME.match(name) or self._const_object(name, scope):
                return True
            bound = self._binding(name, scope)
            return self._const_collection(bound, scope) if bound is not None else self._rest_constants(node)
        if node.type == "new_expression" and sx.text(src, node.child_by_field_name("constructor")) == "Set":
            args = sx.call_args(node)
            return len(args) == 1 and self._const_collection(args[0], scope)
        if node.type == "call_expression" and sx.callee_name(src, node) in ("Object.keys", "Object.values"):
            args = sx.call_args(node)
            return len(args) == 1 and self._const_collection(args[0], scope)
        if node.type == "call_expression" and sx.last_name(sx.callee_name(src, node)) in ("filter", "slice"):
            # `EDITABLE.filter((k) => k in body)`: a part of a constant list holds only its items
            fn_node = sx.strip_types(node.child_by_field_name("function"))
            return fn_node is not None and self._const_collection(fn_node.child_by_field_name("object"), scope)
        return False

    def _rest_constants(self, node: Node) -> bool:
        """``node`` names the rest parameter of a helper every call of which passes constants only
        in that list (`const setNull = (...cols: string[]) => ...` called as `setNull("a", "b")`)."""
        src, name = self.ctx.src, sx.text(self.ctx.src, node)
        for fn, p, pattern in self._params_outward(sx.enclosing_function(node)):
            if pattern.type != "rest_pattern" or sx.text(src, pattern).lstrip(".") != name:
                continue
            index = _param_nodes(fn).index(p)
            calls = None if _reassigned(src, fn, index) else _calls_of(self, fn, index, None)
            return bool(calls) and all(
                all(a.type != "spread_element" and owner.is_constant(a, sx.enclosing_function(call), 1) for a in args)
                for owner, call in calls or ()
                for args in [sx.call_args(call)[index:]]
            )
        return False

    def _narrow_param(self, name: str, node: Node, scope: Node | None) -> bool:
        """A parameter of an internal helper typed as a union of literals (`orderDirection?: "asc" |
        "desc"`): its callers are type-checked, so it holds one of those values. A `number` (or a
        number default, `hoursAhead = 24`) counts only in arithmetic (`hoursAhead + 1`), where the
        code itself treats it as a number. Entry points are excluded: their arguments are the client's."""
        src = self.ctx.src
        parent = node.parent
        while parent is not None and parent.type in sx.TRANSPARENT:
            parent = parent.parent
        arithmetic = (
            parent is not None
            and parent.type == "binary_expression"
            and sx.text(src, parent.child_by_field_name("operator")) in ("+", "-", "*", "/", "%")
        )
        p = self._helper_param(name, scope)
        if p is None:
            return False
        ann = p.child_by_field_name("type")
        default = sx.strip_types(p.child_by_field_name("value"))
        type_text = sx.text(src, ann).lstrip(":").strip() if ann is not None else None
        if type_text is not None and _literal_union(type_text):
            return True
        numeric = type_text in ("number", "bigint") or (
            type_text is None and default is not None and default.type == "number"
        )
        return arithmetic and numeric

    def _helper_param(self, name: str, scope: Node | None) -> Node | None:
        """The parameter node declaring ``name`` in the nearest enclosing function, when that
        function is an internal helper (an entry point's parameters come from the client)."""
        for fn, p, pattern in self._params_outward(scope):
            if pattern.type == "identifier" and sx.text(self.ctx.src, pattern) == name:
                return None if fn.start_byte in self.entry_nodes() else p
        return None

    def _params_outward(self, scope: Node | None) -> Iterator[tuple[Node, Node, Node]]:
        """(function, parameter, its binding pattern) of ``scope``'s enclosing functions, innermost first."""
        fn = scope
        while fn is not None:
            if sx.is_function(fn):
                for p in _param_nodes(fn):
                    pattern = p.child_by_field_name("pattern") if p.type in _PARAM_TYPES else p
                    if pattern is not None:
                        yield fn, p, pattern
            fn = sx.enclosing_function(fn)

    def _loop_item_field(self, root: str, node: Node, scope: Node | None, depth: int) -> bool:
        """`update.setClauses` where `update` walks a list of records whose `setClauses` field is
        constant (`for (const f of FIELDS) ... f.column`, records pushed with a placeholder layer)."""
        src = self.ctx.src
        p = node.parent
        items: Node | None = None
        while p is not None:
            if p.type == "for_in_statement" and sx.text(src, p.child_by_field_name("left")) == root:
                op = p.child_by_field_name("operator")
                if op is None or sx.text(src, op) != "of":
                    return False
                items = p.child_by_field_name("right")
                break
            if sx.is_function(p):
                names = sx.param_names(src, p)
                if root not in names:
                    p = p.parent
                    continue
                # `entries.map((e, i) => ...e.key...)`: the element of the list the callback walks
                if names[0] != root:
                    return False
                items = self._callback_list(p)
                if items is None:
                    return False
                break
            p = p.parent
        else:
            return False
        member = node
        while True:  # the first field after the loop variable: `update.setClauses.join` -> setClauses
            obj = sx.strip_types(member.child_by_field_name("object"))
            if obj is None or obj.type == "identifier":
                break
            if obj.type != "member_expression":
                return False
            member = obj
        field_name = sx.text(src, member.child_by_field_name("property"))
        return self._items_field_constant(items, field_name, scope, depth + 1)

    def _items_field_constant(self, items: Node | None, field_name: str, scope: Node | None, depth: int) -> bool:
        """Every element of the list ``items`` holds a constant in ``field_name``."""
        src = self.ctx.src
        items = sx.strip_types(items)
        if items is None or depth > 8:
            return False
        if items.type == "call_expression" and sx.last_name(sx.callee_name(src, items)) in ("slice", "filter"):
            fn_node = sx.strip_types(items.child_by_field_name("function"))  # a part of the same list
            return fn_node is not None and self._items_field_constant(
                fn_node.child_by_field_name("object"), field_name, scope, depth + 1
            )
        if items.type == "call_expression" and sx.last_name(sx.callee_name(src, items)) == "map":
            return self._mapped_field_constant(items, field_name, depth)
        if items.type != "identifier":
            return False
        name = sx.text(src, items)
        if _CONST_NAME.match(name):
            return True  # `for (const field of CONTENT_FIELDS)`: its fields are constant too
        value = sx.strip_types(_nearest_binding(src, name, items))
        if value is not None and value.type == "call_expression":  # `const batch = updates.slice(i, i + 50)`
            return self._items_field_constant(value, field_name, scope, depth + 1)
        if value is None or value.type != "array":
            return False
        elements: list[tuple[Node, Node | None]] = [(c, scope) for c in value.named_children if c.type != "comment"]
        for n in sx.walk(scope or self.ctx.module.parsed.root, into_functions=True):
            if n.type == "call_expression" and sx.callee_name(src, n) == f"{name}.push":
                elements.extend((a, sx.enclosing_function(n)) for a in sx.call_args(n))
            elif n.type == "assignment_expression" and sx.root_identifier(src, n.child_by_field_name("left")) == name:
                return False  # `list[i] = ...` / reassigned: do not guess
            elif n.type == "assignment_expression" and sx.text(src, n.child_by_field_name("left")).endswith(
                f".{field_name}"
            ):
                return False  # `update.setClauses = ...`: a record's field is overwritten somewhere
        if not elements:
            return False
        for raw_element, where in elements:
            element = sx.strip_types(raw_element)
            if element is None or element.type != "object":
                return False
            held: Node | None = None
            for item in element.named_children:
                if item.type == "shorthand_property_identifier" and sx.text(src, item) == field_name:
                    held = item
                elif item.type == "pair" and sx.text(src, item.child_by_field_name("key")) == field_name:
                    held = item.child_by_field_name("value")
                elif item.type == "spread_element":
                    return False
            if held is None:
                return False
            if held.type == "shorthand_property_identifier":
                ident = sx.text(src, held)
                bound = sx.strip_types(_nearest_binding(src, ident, held))
                if bound is not None and bound.type == "array":
                    if not self._pushed_constants(ident, bound, where, depth + 1):
                        return False
                    continue
                if not self.is_constant(bound, where, depth + 1):
                    return False
            elif not self.is_constant(held, where, depth + 1):
                return False
        return True

    def _mapped_field_constant(self, call: Node, field_name: str, depth: int) -> bool:
        """`EDITABLE.filter(...).map((key, i) => ({ key, value: body[key] }))`: every
        record the callback answers holds a constant in ``field_name`` (judged inside the callback)."""
        src = self.ctx.src
        args = sx.call_args(call)
        fn = sx.strip_types(args[0]) if args else None
        body = fn.child_by_field_name("body") if fn is not None and sx.is_function(fn) else None
        if fn is None or body is None:
            return False
        if body.type == "statement_block":
            answers = [
                sx.unwrap(r.named_children[0]) if r.named_children else None
                for r in sx.walk(body)
                if r.type == "return_statement"
            ]
        else:
            answers = [sx.unwrap(body)]
        if not answers:
            return False
        for answer in answers:
            if answer is None or answer.type != "object":
                return False
            held: Node | None = None
            for item in answer.named_children:
                if item.type == "spread_element":
                    return False
                if item.type == "shorthand_property_identifier" and sx.text(src, item) == field_name:
                    held = item
                elif item.type == "pair" and sx.text(src, item.child_by_field_name("key")) == field_name:
                    held = item.child_by_field_name("value")
            if held is None or not self.is_constant(held, fn, depth + 1):
                return False
        return True

    def _assigned_constants(self, name: str, scope: Node | None, depth: int) -> bool:
        """`let fn: string; if (period === "day") fn = "DATE_TRUNC('day', date)"; else fn = ...`."""
        src = self.ctx.src
        root = scope or self.ctx.module.parsed.root
        declared = False
        values: list[Node | None] = []
        for n in sx.walk(root):
            if n.type == "variable_declarator" and sx.text(src, n.child_by_field_name("name")) == name:
                declared = True
                init = n.child_by_field_name("value")
                if init is not None:
                    values.append(init)
            elif n.type in ("assignment_expression", "augmented_assignment_expression") and (
                sx.text(src, n.child_by_field_name("left")) == name
            ):
                values.append(n.child_by_field_name("right"))
        return declared and bool(values) and all(self.is_constant(v, scope, depth + 1) for v in values)

    def _returns_constants(self, call: Node, depth: int) -> bool:
        """A call of a project function whose every `return` gives a constant (an imported one's
        answers read in its own file: `Math.min(CAP, Math.max(opts.baseMs, n * opts.perRowMs))`),
        also once its parameters hold this call's constant arguments (`_answer_given_constants`)."""
        fn_node = sx.strip_types(call.child_by_field_name("function"))
        if fn_node is None or fn_node.type != "identifier":
            return False
        name = sx.text(self.ctx.src, fn_node)
        fn = self.ctx.module.local_function(name)
        if fn is None and name in self.ctx.module.imports:
            found = self.ctx.analyzer.program.resolve_function(self.ctx.module, name)
            if found is None or found.body is None:
                return False
            # `values.map((_, i) => \`$${i + 1 + offset}\`).join(", ")`: a placeholder list whatever went in
            return (
                _builds_placeholders(found.module.src, found.body)
                or _imported_answers_constant(self._owner(found), found, depth)
                or self._answer_given_constants(call, found, depth)
            )
        return fn is not None and (
            self.answers_constant(fn, depth)
            # (one written in this file too: `function marks(n) { return Array.from({ length: n }, () => "?")... }`)
            or (fn.body is not None and _builds_placeholders(self.ctx.src, fn.body))
            or self._answer_given_constants(call, fn, depth)
        )

    def _answer_given_constants(self, call: Node, fn: Function, depth: int) -> bool:
        """`derivedSql("annee", "stored")`: a project function whose answers are built from its own
        parameters and constants, called here with a constant for every parameter (or leaving one out
        that has no default or a constant one), answers a constant at this call, whatever other calls
        pass (a parameter it reassigns, destructures or collects as a rest holds more than the argument)."""
        owner = self._owner(fn)
        if fn.body is None or fn.node.start_byte in owner.assumed or depth > _MAX_DEPTH:
            return False
        args = sx.call_args(call)
        scope = sx.enclosing_function(call)
        params = _param_nodes(fn.node)
        if not params or len(args) > len(params) or any(a.type == "spread_element" for a in args):
            return False
        for i, p in enumerate(params):
            pattern = p.child_by_field_name("pattern") if p.type in _PARAM_TYPES else None
            if pattern is None or pattern.type != "identifier" or _reassigned(fn.module.src, fn.node, i):
                return False
            default = p.child_by_field_name("value")
            if i < len(args):
                if not self.is_constant(args[i], scope, depth + 1):
                    return False
            elif default is not None and not owner.is_constant(default, fn.node, depth + 1):
                return False
        owner.assumed.add(fn.node.start_byte)
        try:
            return owner.answers_constant(fn, depth + 1)
        finally:
            owner.assumed.discard(fn.node.start_byte)

    def _assumed_param(self, name: str, scope: Node | None) -> bool:
        """A parameter of a function whose answer is being read for one call passing constants."""
        if not self.assumed:
            return False
        found = self._param_of(name, scope)
        return found is not None and found[0].start_byte in self.assumed

    def _returns_constant_field(self, call: Node, prop: str, depth: int) -> bool:
        """A call of a function of this file whose every `return` is an object literal with a constant
        ``prop`` (`return { predicate: LIVE_ROWS, binds: [id, now] }`): the values travel apart."""
        fn_node = sx.strip_types(call.child_by_field_name("function"))
        if fn_node is None or fn_node.type != "identifier":
            return False
        fn = self.ctx.module.local_function(sx.text(self.ctx.src, fn_node))
        if fn is None or fn.body is None or fn.body.type != "statement_block":
            return False
        answers = [n for n in sx.walk(fn.body) if n.type == "return_statement"]
        if not answers:
            return False
        for r in answers:
            value = sx.strip_types(r.named_children[0]) if r.named_children else None
            if value is None or value.type != "object":
                return False
            field = object_keys(self.ctx.src, value).get(prop)
            if field is None or not self.is_constant(field, fn.node, depth + 1):
                return False
        return True

    def answers_constant(self, fn: Function, depth: int) -> bool:
        """Every answer of ``fn`` (a function of this file) is a constant."""
        if fn.body is None:
            return False
        returns = fn.node.child_by_field_name("return_type")
        if returns is not None and _literal_union(sx.text(self.ctx.src, returns).lstrip(":").strip()):
            return True  # `(): "numeric" | "timestamptz" | null`: the type checker holds it to those
        body = fn.body
        if body.type != "statement_block":
            return self.is_constant(body, fn.node, depth + 1)
        answers = [n for n in sx.walk(body) if n.type == "return_statement"]
        return bool(answers) and all(
            bool(r.named_children) and self.is_constant(r.named_children[0], fn.node, depth + 1) for r in answers
        )

    def typed_slot(self, sub: Node, scope: Node | None) -> bool:
        """A substitution in an identifier slot holding a narrowly typed helper argument."""
        inner = sub.named_children[0] if sub.named_children else None
        if inner is None or not _identifier_position(self.ctx, inner):
            return False
        return _typed_identifier(self.ctx, inner, self.entry_nodes())

    def entry_nodes(self) -> set[int]:
        if self._entries is None:
            self._entries = {ep.fn.node.start_byte for ep in self.ctx.entry_points}
        return self._entries

    def _loop_over_constants(self, name: str, node: Node, scope: Node | None, depth: int) -> bool:
        """`for (const table of TABLES) ... ${table}`: the loop variable of a constant list."""
        src = self.ctx.src
        for p in sx.ancestors(node):
            if sx.is_function(p) and name in sx.param_names(src, p):
                params = _param_nodes(p)
                if params and self._entry_key(params[0], name):  # `Object.entries(MAP).map(([k, v]) => ...)`
                    return self._const_collection(self._entries_of(self._callback_list(p)), scope)
                # `METRICS.map((m) => \`'${m}'\`)`: the element of a constant list
                return sx.param_names(src, p)[0] == name and self._callback_over_constants(p, scope)
            if p.type == "for_in_statement" and self._entry_key(p.child_by_field_name("left"), name):
                # `for (const [key] of Object.entries(MAP))`
                return self._const_collection(self._entries_of(p.child_by_field_name("right")), scope)
            if p.type == "for_in_statement" and sx.text(src, p.child_by_field_name("left")) == name:
                op = p.child_by_field_name("operator")
                right = sx.strip_types(p.child_by_field_name("right"))
                if op is None or sx.text(src, op) != "of" or right is None:
                    return False
                if right.type == "identifier":
                    rname = sx.text(src, right)
                    return _CONST_NAME.match(rname) is not None or self._const_object(rname, scope)
                return right.type == "array" and self.is_constant(right, scope, depth + 1)
        return False

    def _entry_key(self, pattern: Node | None, name: str) -> bool:
        """``pattern`` is `[name, ...]` (a parameter's too): the key of an `Object.entries` pair."""
        if pattern is not None and pattern.type in _PARAM_TYPES:
            pattern = pattern.child_by_field_name("pattern")
        # positionally first: `[, value]` holds no key (a hole is no named child)
        first = pattern.children[1] if pattern is not None and len(pattern.children) > 1 else None
        return (
            pattern is not None
            and pattern.type == "array_pattern"
            and first is not None
            and first.type == "identifier"
            and sx.text(self.ctx.src, first) == name
        )

    def _entries_of(self, node: Node | None) -> Node | None:
        """`MAP` of `Object.entries(MAP)`."""
        node = sx.strip_types(node)
        if node is None or node.type != "call_expression" or sx.callee_name(self.ctx.src, node) != "Object.entries":
            return None
        args = sx.call_args(node)
        return args[0] if len(args) == 1 else None

    def _callback_list(self, fn: Node) -> Node | None:
        """The list ``fn`` is the `.map`/`.filter`/... callback of."""
        args = fn.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        if call is None or call.type != "call_expression":
            return None
        if sx.last_name(sx.callee_name(self.ctx.src, call)) not in ("map", "flatMap", "filter", "forEach"):
            return None
        fn_node = sx.strip_types(call.child_by_field_name("function"))
        return sx.strip_types(fn_node.child_by_field_name("object")) if fn_node is not None else None

    def _callback_over_constants(self, fn: Node, scope: Node | None) -> bool:
        """``fn`` is the callback of `.map`/`.filter`/... called on a constant list."""
        listed = self._callback_list(fn)
        if (
            listed is not None
            and listed.type == "identifier"
            and self._enum_typed(sx.text(self.ctx.src, listed), listed, scope)
        ):
            return True  # `statuses.map((s) => ...)` with `statuses: z.array(z.enum(...))` by its type
        return self._const_collection(listed, scope)

    def _pushed_constants(self, name: str, array: Node, scope: Node | None, depth: int) -> bool:
        """`const clauses = []; clauses.push(`"col" = $${i}`)`: a placeholder layer of constant pieces."""
        src = self.ctx.src
        array = sx.strip_types(array) or array
        if not all(self.is_constant(c, scope, depth + 1) for c in array.named_children if c.type != "comment"):
            return False
        pushes = 0
        for n in sx.walk(scope or self.ctx.module.parsed.root, into_functions=True):
            if n.type == "call_expression" and sx.callee_name(src, n) == f"{name}.push":
                pushes += 1
                if not all(self.is_constant(a, scope, depth + 1) for a in sx.call_args(n)):
                    return False
            elif n.type == "assignment_expression" and sx.root_identifier(src, n.child_by_field_name("left")) == name:
                return False  # `clauses[i] = ...` / reassigned: do not guess
        return pushes > 0 or not array.named_children

    def _local_param_constant(self, name: str, scope: Node | None, depth: int) -> bool:
        """A parameter of a helper that every call passes a constant: `const filter = (alias: string) =>
        Prisma.raw(alias)` called as `filter("p_sub")` (for an exported helper, every call in the project)."""
        found = self._param_of(name, scope)
        return found is not None and _param_constant(self, found[0], found[1], None)

    def _param_field_constant(self, node: Node, scope: Node | None) -> bool:
        """`opts?.statementMs` with `opts` a helper's parameter: every call leaves the field out or
        passes a constant in it (`setTimeouts(trx, { statementMs: 60_000 })`)."""
        obj = sx.strip_types(node.child_by_field_name("object"))
        if obj is None or obj.type != "identifier" or self._binding(sx.text(self.ctx.src, obj), scope) is not None:
            return False
        found = self._param_of(sx.text(self.ctx.src, obj), scope)
        field = sx.text(self.ctx.src, node.child_by_field_name("property"))
        return found is not None and _param_constant(self, found[0], found[1], field)

    def _param_of(self, name: str, scope: Node | None) -> tuple[Node, int] | None:
        """(function, index) of the nearest enclosing function declaring ``name`` as a plain parameter."""
        src = self.ctx.src
        fn = scope
        while fn is not None:
            if sx.is_function(fn):
                index = _param_index(src, fn, name)
                if index is not None:
                    return fn, index
            fn = sx.enclosing_function(fn)
        return None

    def constant_name(self, node: Node | None, scope: Node | None, depth: int = 0) -> str | None:
        """The UPPER_CASE constant ``node`` holds: the name itself, a `const` bound to one, or a
        helper parameter every call fills with one (see `_named_constant_param`)."""
        node = sx.strip_types(node)
        if node is None or node.type != "identifier" or depth > 4:
            return None
        name = sx.text(self.ctx.src, node)
        if _CONST_NAME.match(name):
            return name
        bound = self._binding(name, scope)
        if bound is not None:
            return self.constant_name(bound, scope, depth + 1)
        found = self._param_of(name, scope)
        return _named_constant_param(self, found[0], found[1]) if found is not None else None

    def local_calls(self, fn_name: str) -> list[Node]:
        src = self.ctx.src
        return [
            n
            for n in sx.walk(self.ctx.module.parsed.root, into_functions=True)
            if n.type == "call_expression" and sx.callee_name(src, n) == fn_name
        ]

    def _constant_map(self, node: Node, depth: int) -> bool:
        """`keys.map((k) => FILTERS[k])`: a callback whose value is a constant whatever the element
        (a piece of a constant table picked by it), so the mapped list holds constants only."""
        # (`(col.options ?? []).map(...)` is named `map`: a parenthesised receiver has no name)
        if node.type != "call_expression" or sx.last_name(sx.callee_name(self.ctx.src, node)) != "map":
            return False
        args = sx.call_args(node)
        fn = sx.strip_types(args[0]) if args else None
        body = fn.child_by_field_name("body") if fn is not None and sx.is_function(fn) else None
        if body is None:
            return False
        if body.type != "statement_block":
            return self.is_constant(body, fn, depth + 1)
        returns = [r for r in sx.walk(body) if r.type == "return_statement"]
        return bool(returns) and all(
            bool(r.named_children) and self.is_constant(r.named_children[0], fn, depth + 1) for r in returns
        )

    def escaped_literal(self, sub: Node, scope: Node | None) -> bool:
        """`'${esc(name)}'` with every `'` of the value doubled, between the quotes of an SQL string
        literal (or `"${id.replace(/"/g, '""')}"`, a quoted identifier with every `"` doubled): the
        value cannot leave them. (Used anywhere else, escaping proves nothing; nor in a file speaking
        to MySQL, where `\\'` escapes the first quote of the pair.)"""
        inner = sub.named_children[0] if sub.named_children else None
        if inner is None or self._mysql():
            return False
        return any(
            _in_quotes(self.ctx.src, sub, quote) and self._quotes_doubled(inner, scope, 0, quote) for quote in "'\""
        )

    def _mysql(self) -> bool:
        """The file imports a MySQL driver (or Drizzle's, Kysely's, PlanetScale's MySQL flavour)."""
        return any(_MYSQL_SPEC.search(b.spec) for b in self.ctx.module.imports.values())

    def _quotes_doubled(self, node: Node | None, scope: Node | None, depth: int, quote: str = "'") -> bool:
        """``node`` is `x.replace(/'/g, "''")` (or `replaceAll("'", "''")`), a `const` holding one, or
        a call of a local one-line helper doing that to its parameter (`esc(o.name)`)."""
        src = self.ctx.src
        node = sx.unwrap(node)
        if node is None or depth > 4:
            return False
        if node.type == "identifier":
            bound = _nearest_binding(src, sx.text(src, node), node, const_only=True)
            return self._quotes_doubled(bound, scope, depth + 1, quote)
        if node.type != "call_expression":
            return False
        if _doubles_quotes(src, node, quote):
            return True
        callee = sx.strip_types(node.child_by_field_name("function"))
        if callee is None or callee.type != "identifier":
            return False
        helper = sx.strip_types(_nearest_binding(src, sx.text(src, callee), node, const_only=True))
        if helper is None:
            local = self.ctx.module.local_function(sx.text(src, callee))
            helper = local.node if local is not None else None
        params = sx.param_names(src, helper) if helper is not None and sx.is_function(helper) else []
        answers = [sx.unwrap(a) for a in _returned_values_of(helper)] if helper is not None and params else []
        return bool(answers) and all(
            a is not None and _doubles_quotes(src, a, quote) and sx.text(src, _receiver(a)) == params[0]
            for a in answers
        )

    def _index_only_map(self, node: Node, scope: Node | None, depth: int) -> bool:
        if node.type != "call_expression" or not sx.callee_name(self.ctx.src, node).endswith(".map"):
            return self.is_constant(node, scope, depth + 1) or node.type == "array"
        args = sx.call_args(node)
        fn = sx.strip_types(args[0]) if args else None
        if fn is None or not sx.is_function(fn):
            return False
        body = fn.child_by_field_name("body")
        if body is not None and body.type == "statement_block":
            # `(_, idx) => { const base = idx * 4; return \`($${base + 1}, $${base + 2})\` }`: every
            # returned piece is literal text and numbered placeholders
            returns = [r for r in sx.walk(body) if r.type == "return_statement"]
            values = [sx.strip_types(r.named_children[0]) if r.named_children else None for r in returns]
            return bool(values) and all(
                v is not None
                and v.type == "template_string"
                and "'" not in self.ctx.text(v)
                and all(_placeholder_number(self.ctx.src, c) for c in v.children if c.type == "template_substitution")
                for v in values
            )
        return (
            body is not None
            and body.type in ("template_string", "string", "binary_expression")
            and ("$" in self.ctx.text(body) or "?" in self.ctx.text(body))
            and "'" not in self.ctx.text(body)
            and not self._pastes_element(node, fn, body, scope)
        )

    def _pastes_element(self, node: Node, fn: Node, body: Node, scope: Node | None) -> bool:
        r"""`Object.keys(fields).map((k, i) => \`${k} = $${i + 2}\`)` of a parameter ``fields`` of the
        enclosing function: the callback pastes the key itself (a column name the caller picked), beside a
        numbered placeholder."""
        src = self.ctx.src
        mapped = sx.strip_types(node.child_by_field_name("function"))
        listing = sx.strip_types(mapped.child_by_field_name("object")) if mapped is not None else None
        owner = _object_listing(src, listing)
        if owner is None or owner is listing or scope is None:
            return False  # (only the keys of an object: a list's items are judged as before)
        if sx.root_identifier(src, owner) not in _param_names(src, scope):
            return False
        params = fn.child_by_field_name("parameters")
        first = params.named_children[0] if params is not None and params.named_children else None
        first = fn.child_by_field_name("parameter") if first is None else first
        element = set(sx.pattern_names(src, first.child_by_field_name("pattern") or first)) if first else set()
        return body.type == "template_string" and any(
            sub.type == "template_substitution"
            and sub.named_children
            and sx.root_identifier(src, sx.strip_types(sub.named_children[0])) in element
            for sub in body.children
        )

    def _held_index_names(self, held: Node, scope: Node | None) -> bool:
        r"""``held`` is a `const` bound to `xs.map((x, i) => ...)` whose every answer is a parameter
        name or number made only of the callback's index and literal text (`` `@s${i}` ``, or `` `@${name}` ``
        with `const name = `loc${i}``), and that nothing pushes onto: placeholders named by position,
        the values bound separately (mssql `request.input(name, value)`)."""
        src = self.ctx.src
        name = sx.text(src, held)
        value = sx.unwrap(self._binding(name, scope))
        if value is None or value.type != "call_expression" or sx.last_name(sx.callee_name(src, value)) != "map":
            return False
        home = sx.enclosing_function(held)
        if home is not None and re.search(rf"\b{re.escape(name)}\s*\.\s*(push|unshift|splice)\(", sx.text(src, home)):
            return False
        args = sx.call_args(value)
        cb = sx.strip_types(args[0]) if args else None
        params = sx.param_names(src, cb) if cb is not None and sx.is_function(cb) else []
        body = cb.child_by_field_name("body") if cb is not None and len(params) >= 2 else None
        if cb is None or body is None:
            return False
        index = params[1]
        known: dict[str, Node | None] = {}
        if body.type == "statement_block":
            for d in sx.find(body, ("variable_declarator",), False):
                left = d.child_by_field_name("name")
                if left is not None and left.type == "identifier":
                    known.setdefault(sx.text(src, left), d.child_by_field_name("value"))
            returns = sx.find(body, ("return_statement",), False)
            answers = [r.named_children[0] if r.named_children else None for r in returns]
        else:
            answers = [body]

        def positional(node: Node | None, depth: int) -> bool:
            node = sx.strip_types(node)
            if node is None or depth > 2:
                return False
            if node.type in ("number", "string"):
                return "'" not in sx.text(src, node)
            if node.type == "identifier":
                word = sx.text(src, node)
                return word == index or (word in known and positional(known[word], depth + 1))
            if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) in ("+", "*"):
                return all(positional(node.child_by_field_name(f), depth) for f in ("left", "right"))
            if node.type == "parenthesized_expression" and node.named_children:
                return positional(node.named_children[0], depth)
            if node.type != "template_string" or "'" in sx.text(src, node):
                return False
            subs = [c for c in node.named_children if c.type == "template_substitution"]
            return all(positional(c.named_children[0] if c.named_children else None, depth) for c in subs)

        return bool(answers) and all(positional(a, 0) for a in answers)

    def _definition_lookup(self, root: str, node: Node, scope: Node | None) -> bool:
        """`col.internal` after `const col = tableColumns.find((c) => c.name === input)` and
        `if (!col) throw ...`: the caller's value only picks an entry of a list of definitions (a
        constant list, or an internal helper's parameter typed as a list of a project type), so
        the field read is the definition's, not the caller's."""
        src = self.ctx.src
        value = sx.strip_types(_nearest_binding(src, root, node))
        if value is None or value.type != "call_expression" or sx.last_name(sx.callee_name(src, value)) != "find":
            return False
        fn_node = sx.strip_types(value.child_by_field_name("function"))
        listed = sx.strip_types(fn_node.child_by_field_name("object")) if fn_node is not None else None
        if listed is None or not (self._const_collection(listed, scope) or self._definitions_param(listed, scope)):
            return False
        # the not-found case leaves before the use: `if (!col) { ...; throw ... }`
        child = node
        for p in sx.ancestors(node):
            if sx.is_function(child):
                break
            if p.type in ("statement_block", "program"):
                for stmt in p.named_children:
                    if stmt.start_byte >= child.start_byte:
                        break
                    if stmt.type != "if_statement":
                        continue
                    cond = sx.strip_types(stmt.child_by_field_name("condition"))
                    while cond is not None and cond.type == "parenthesized_expression":
                        cond = sx.strip_types(cond.named_children[0]) if cond.named_children else None
                    if (
                        cond is not None
                        and cond.type == "unary_expression"
                        and sx.text(src, cond.child_by_field_name("argument")) == root
                        and sx.exits(src, stmt.child_by_field_name("consequence"))
                    ):
                        return True
            child = p
        return False

    def _definitions_param(self, node: Node, scope: Node | None) -> bool:
        """A parameter of an internal helper (not an entry point) typed as a list of a project type
        (`tableColumns: ColumnDefinition[]`): its callers hand it definitions, type-checked."""
        src = self.ctx.src
        p = self._helper_param(sx.text(src, node), scope) if node.type == "identifier" else None
        ann = p.child_by_field_name("type") if p is not None else None
        return ann is not None and bool(_DEFINITION_LIST.match(sx.text(src, ann).lstrip(":").strip()))

    def _table_column(self, node: Node, scope: Node | None) -> bool:
        """`StepTable.label` with `StepTable` a Drizzle table (`pgTable("step", {...})`, here or
        imported): a column object, whose `.name` the schema declares."""
        table = sx.strip_types(node.child_by_field_name("object"))
        if table is None or table.type != "identifier":
            return False
        name = sx.text(self.ctx.src, table)
        if self._param_of(name, scope) is not None:
            return False
        src, value = self.ctx.src, self._binding(name, scope)
        if value is None and name in self.ctx.module.imports:
            found = self.ctx.analyzer.program.resolve_value(self.ctx.module, name)
            if found is not None:
                src, value = found[0].src, found[1]
        value = sx.strip_types(value)
        return (
            value is not None
            and value.type == "call_expression"
            and sx.last_name(sx.callee_name(src, value)) in _DRIZZLE_TABLES
        )

    def _static_constant(self, cls: str, prop: str) -> bool:
        """``cls.prop`` is a `static` field of a class of this file bound to a constant."""
        src = self.ctx.src
        for decl in self.ctx.module.parsed.find(("class_declaration",)):
            if sx.text(src, decl.child_by_field_name("name")) != cls:
                continue
            body = decl.child_by_field_name("body")
            for member in body.named_children if body is not None else ():
                if (
                    member.type == "public_field_definition"
                    and any(c.type == "static" for c in member.children)
                    and sx.text(src, member.child_by_field_name("name")) == prop
                ):
                    value = member.child_by_field_name("value")
                    return value is not None and self.is_constant(value, None, 1)
        return False

    def _textless_schema_parse(self, call: Node, scope: Node | None) -> bool:
        """`schema.parse(x)` of a zod schema whose output holds no text (`z.number().int()`, `z.boolean()`,
        refined or defaulted to a literal), written in place, in a local or a module `const`."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        schema = sx.strip_types(fn.child_by_field_name("object")) if fn is not None else None
        if schema is not None and schema.type == "identifier":
            schema = self._binding(sx.text(self.ctx.src, schema), scope) or schema
        # (an enum's values are judged by `_literal_enum_schema`: its list may be the client's)
        return _zod_safe(self.ctx.analyzer.program, self.ctx.module, schema, leaves=_ZOD_SCALAR_LEAVES)

    def _literal_enum_schema(self, node: Node | None, scope: Node | None, depth: int = 0) -> bool:
        """``node`` parses with a zod enum of literals: `z.enum(["ASC", "DESC"]).safeParse(x)`, also
        with the schema in a local (`const dir = z.enum([...]); dir.safeParse(x)`)."""
        src = self.ctx.src
        node = sx.strip_types(node)
        if node is None or depth > 4:
            return False
        if node.type == "identifier":
            return self._literal_enum_schema(self._binding(sx.text(src, node), scope), scope, depth + 1)
        if node.type != "call_expression":
            return False
        callee = sx.callee_name(src, node)
        if sx.last_name(callee) in ("parse", "safeParse", "parseAsync", "safeParseAsync"):
            fn_node = sx.strip_types(node.child_by_field_name("function"))
            schema = fn_node.child_by_field_name("object") if fn_node is not None else None
            return self._literal_enum_schema(schema, scope, depth + 1)
        if callee in ("z.enum", "zod.enum"):
            args = sx.call_args(node)
            items = sx.strip_types(args[0]) if args else None
            if items is None:
                return False
            if items.type == "array":
                return all(c.type == "string" for c in items.named_children if c.type != "comment")
            # `z.enum(VACUUMABLE)`, `z.enum(Object.keys(MAP) as [...])`: a list fixed in code
            return self._const_collection(items, scope)
        return False

    def _sql_fragment(self, name: str, node: Node, scope: Node | None) -> bool:
        """``name`` holds a `Prisma.Sql` (a parameter typed so, or defaulted to `Prisma.empty`): its
        `.sql` text has placeholders for values, and any raw piece in it was checked where it was made."""
        src = self.ctx.src
        for _fn, p, pattern in self._params_outward(scope):
            ann = p.child_by_field_name("type")
            if pattern.type == "identifier" and sx.text(src, pattern) == name:
                return ann is not None and sx.text(src, ann).lstrip(":").strip() in _SQL_FRAGMENT_TYPES
            for n in sx.walk(pattern):  # `{ orderCondition = Prisma.empty }`
                if n.type == "object_assignment_pattern" and sx.text(src, n.named_children[0]) == name:
                    default = n.child_by_field_name("right")
                    return sx.text(src, default) in ("Prisma.empty", "empty")
        return False

    def _const_object(self, name: str, scope: Node | None) -> bool:
        value = sx.strip_types(self._binding(name, scope))
        if value is None:
            return _imported_table(self.ctx, name)
        return self._constant_literal(value, scope)

    def _constant_literal(self, value: Node, scope: Node | None) -> bool:
        """An object or array literal whose every entry is constant (a spread or a method is not)."""
        if value.type in ("object", "array"):
            return all(
                self.is_constant(c.child_by_field_name("value") if c.type == "pair" else c, scope, 1)
                for c in value.named_children
                if c.type not in ("comment",)
            )
        return False

    def _binding(self, name: str, scope: Node | None) -> Node | None:
        """The initialiser of a `const` named ``name`` in the enclosing function, the functions
        around it (a callback sees its outer function's constants) or at top level."""
        search: list[Node] = []
        while scope is not None:
            search.append(scope)
            scope = sx.enclosing_function(scope)
        for root in [*search, self.ctx.module.parsed.root]:
            consts = self._consts.get((root.start_byte, root.end_byte, root.type))
            if consts is None:
                consts = self._consts[(root.start_byte, root.end_byte, root.type)] = self._const_values(root)
            if name in consts:
                return consts[name]
        return None

    def _const_values(self, root: Node) -> dict[str, Node | None]:
        """The first `const` declarator of each name under ``root``, outside nested functions (one
        walk per scope, not one per name asked)."""
        src = self.ctx.src
        found: dict[str, Node | None] = {}
        for n in sx.walk_named(root):
            if n.type == "lexical_declaration" and sx.text(src, n).startswith("const"):
                for d in n.named_children:
                    if d.type == "variable_declarator":
                        found.setdefault(sx.text(src, d.child_by_field_name("name")), d.child_by_field_name("value"))
        return found


# --- Fields of a zod-parsed object ------------------------------------------------------------
# `schema.parse(x)` throws (and `safeParse(x).data` is undefined) unless every declared field has its
# declared type, so a field declared `z.number()`, `z.boolean()` or `z.enum([...])` holds a number, a
# boolean or one of the enum's code-defined members at run time, whatever the client sent: no text.

# leaves (after `z.` or `z.coerce.`) whose output cannot spell SQL
_ZOD_SAFE_LEAVES = frozenset({"number", "int", "bigint", "boolean", "enum", "nativeEnum", "literal"})
# ... of which those naming no values of their own (not `z.enum(list)`, whose list may be anything)
_ZOD_SCALAR_LEAVES = frozenset({"number", "int", "bigint", "boolean"})
# wrappers whose output is the wrapped schema's (or a list of it)
_ZOD_WRAPPERS = frozenset({"array", "optional", "nullable"})
# refinements that keep the output type (not `.or`, `.transform`, `.pipe`, `.preprocess`)
_ZOD_KEEPING = frozenset(
    {"int", "positive", "negative", "nonnegative", "nonpositive", "min", "max", "gt", "gte", "lt", "lte", "finite"}
    | {"safe", "multipleOf", "step", "optional", "nullable", "nullish", "array", "describe", "refine", "superRefine"}
    | {"nonempty", "length", "readonly", "brand", "default", "catch"}
)
# object schema methods that keep the declared fields' types (not `.passthrough`, `.catchall`, `.transform`)
_ZOD_OBJECT_KEEPING = frozenset({"strict", "strip", "refine", "superRefine", "partial", "required", "describe"})
_ZOD_PARSES = frozenset({"parse", "parseAsync"})
_ZOD_SAFE_PARSES = frozenset({"safeParse", "safeParseAsync"})
_ZOD_DEPTH = 8
_Binding = Callable[[str, Node | None], Node | None]  # `_Consts._binding`: a name's `const` value in scope


def _zod_root(src: bytes, node: Node | None) -> bool:
    """`z`, `zod`, `z.coerce`: the namespace a leaf schema is built from."""
    text = sx.text(src, sx.strip_types(node)) if node is not None else ""
    return text in ("z", "zod", "z.coerce", "zod.coerce")


def _zod_resolve(program: Program, mod: Module, node: Node) -> tuple[Module, Node] | None:
    """The schema a name stands for: a top-level `const` of this file or an imported one."""
    found = program.resolve_value(mod, sx.text(mod.src, node))
    return found if found is not None and found[1] is not node else None


def _zod_safe(
    program: Program, mod: Module, node: Node | None, depth: int = 0, leaves: frozenset[str] = _ZOD_SAFE_LEAVES
) -> bool:
    """``node`` is a zod schema whose output holds no text: a number, boolean, enum member or
    literal, optionally refined, defaulted to a literal or listed."""
    src = mod.src
    node = sx.strip_types(node)
    if node is None or depth > _ZOD_DEPTH:
        return False
    if node.type == "identifier":
        found = _zod_resolve(program, mod, node)
        return found is not None and _zod_safe(program, found[0], found[1], depth + 1, leaves)
    fn = sx.strip_types(node.child_by_field_name("function")) if node.type == "call_expression" else None
    if fn is None or fn.type != "member_expression":
        return False
    method = sx.text(src, fn.child_by_field_name("property"))
    receiver = fn.child_by_field_name("object")
    args = sx.call_args(node)
    if _zod_root(src, receiver):
        if method in _ZOD_WRAPPERS:
            return len(args) == 1 and _zod_safe(program, mod, args[0], depth + 1, leaves)
        return method in leaves
    if method not in _ZOD_KEEPING:
        return False
    if method in ("default", "catch") and not all(_code_fallback(mod, a) for a in args):
        return False  # `.default(() => ...)`, `.catch(req.query.x)`: the fallback may be anything
    return _zod_safe(program, mod, receiver, depth + 1, leaves)


def _code_fallback(mod: Module, node: Node) -> bool:
    """A schema default written in code: a literal, or a constant read from an imported module or an
    UPPER_CASE name (`.default(constants.feedDefaults.period)`), typed as the schema's input."""
    node = sx.strip_types(node) or node
    if node.type in ("number", "true", "false", "string", "null", "array"):
        return True
    root = sx.root_identifier(mod.src, node) if node.type in ("identifier", "member_expression") else None
    return root is not None and (root in mod.imports or _CONST_NAME.match(root) is not None)


def _zod_fields(program: Program, mod: Module, node: Node | None, depth: int = 0) -> dict[str, tuple[Module, Node]]:
    """The declared fields of an object schema (`z.object({...})`, also refined or `.extend`ed), or
    none when undeclared keys pass too (`.passthrough()`) or the output is rebuilt (`.transform`)."""
    src = mod.src
    node = sx.strip_types(node)
    if node is None or depth > _ZOD_DEPTH:
        return {}
    if node.type == "identifier":
        found = _zod_resolve(program, mod, node)
        return _zod_fields(program, found[0], found[1], depth + 1) if found is not None else {}
    fn = sx.strip_types(node.child_by_field_name("function")) if node.type == "call_expression" else None
    if fn is None or fn.type != "member_expression":
        return {}
    method = sx.text(src, fn.child_by_field_name("property"))
    receiver = fn.child_by_field_name("object")
    args = sx.call_args(node)
    if (method in ("object", "strictObject") and _zod_root(src, receiver)) or method == "extend":
        base = _zod_fields(program, mod, receiver, depth + 1) if method == "extend" else {}
        shape = sx.strip_types(args[0]) if args else None
        if shape is None or shape.type != "object" or (method == "extend" and not base):
            return {}
        fields = dict(base)
        for item in shape.named_children:
            spread = sx.strip_types(item.named_children[0]) if item.type == "spread_element" else None
            if item.type == "pair":
                fields[sx.text(src, item.child_by_field_name("key")).strip("'\"")] = (mod, item)
            elif spread is not None and spread.type == "member_expression" and mod.text(spread).endswith(".shape"):
                # `...baseSchema.shape`: that schema's fields, when they are known
                spread_fields = _zod_fields(program, mod, spread.child_by_field_name("object"), depth + 1)
                if not spread_fields:
                    return {}
                fields.update(spread_fields)
            elif item.type != "comment":
                return {}  # a spread or shorthand: do not guess the shape
        return fields
    if method == "merge" and len(args) == 1:  # `base.merge(other)`: the other's fields win
        base, other = _zod_fields(program, mod, receiver, depth + 1), _zod_fields(program, mod, args[0], depth + 1)
        return {**base, **other} if base and other else {}
    if method in _ZOD_OBJECT_KEEPING:
        return _zod_fields(program, mod, receiver, depth + 1)
    return {}


_TYPE_WRAPPERS = frozenset({"Omit", "Pick", "Partial", "Required", "Readonly", "NonNullable"})
_ZOD_OUTPUT_TYPES = frozenset({"z.infer", "z.output", "z.TypeOf", "zod.infer", "zod.output"})
_ZOD_ENUM_LEAVES = frozenset({"enum", "nativeEnum", "literal"})


def _pattern_key(src: bytes, pattern: Node, name: str) -> str | None:
    """The field of a parameter that binds ``name``: "" for the parameter itself, `k` for `{ k }`,
    `{ k = d }` or `{ k: name }`; None when ``pattern`` does not bind it."""
    if pattern.type == "identifier":
        return "" if sx.text(src, pattern) == name else None
    if pattern.type != "object_pattern":
        return None
    for item in pattern.named_children:
        if item.type == "shorthand_property_identifier_pattern" and sx.text(src, item) == name:
            return name
        if item.type == "object_assignment_pattern" and sx.text(src, item.child_by_field_name("left")) == name:
            return name
        if item.type == "pair_pattern" and sx.text(src, item.child_by_field_name("value")) == name:
            return sx.text(src, item.child_by_field_name("key")).strip("'\"")
    return None


def _type_alias(program: Program, mod: Module, name: str, depth: int = 0) -> tuple[Module, Node] | None:
    """The value of `type name = ...` in ``mod`` or the module it is imported from."""
    for stmt in mod.parsed.root.named_children:
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        if (
            decl is not None
            and decl.type == "type_alias_declaration"
            and mod.text(decl.child_by_field_name("name")) == name
        ):
            value = decl.child_by_field_name("value")
            return (mod, value) if value is not None else None
    binding = mod.imports.get(name)
    if binding is None or binding.imported in ("*", "default") or depth > 4:
        return None
    target = program.imported_module(mod, binding.spec)
    return _type_alias(program, target, binding.imported, depth + 1) if target is not None else None


def _enum_typed_path(program: Program, mod: Module, tnode: Node | None, keys: tuple[str, ...], depth: int = 0) -> bool:
    """Following ``keys`` through the type ``tnode`` (inline object types, intersections, `Omit<>`
    and the like, aliases) ends at an enum-of-literals field of a zod schema's inferred output."""
    if tnode is None or depth > _ZOD_DEPTH:
        return False
    src, key, t = mod.src, keys[0], tnode.type
    if t in ("type_annotation", "parenthesized_type"):
        return bool(tnode.named_children) and _enum_typed_path(program, mod, tnode.named_children[0], keys, depth + 1)
    if t == "intersection_type":
        parts = tnode.named_children
        declared = [c for c in parts if c.type == "object_type" and _object_member(src, c, key) is not None]
        if declared and len(keys) == 1:
            return False  # `Input & { sort: string }`: the inline declaration says what it holds
        return any(_enum_typed_path(program, mod, c, keys, depth + 1) for c in parts)
    if t == "object_type":
        member = _object_member(src, tnode, key)
        return member is not None and len(keys) > 1 and _enum_typed_path(program, mod, member, keys[1:], depth + 1)
    if t == "type_identifier":
        alias = _type_alias(program, mod, sx.text(src, tnode))
        return alias is not None and _enum_typed_path(program, alias[0], alias[1], keys, depth + 1)
    if t != "generic_type":
        return False
    name = sx.text(src, tnode.child_by_field_name("name"))
    targs = tnode.child_by_field_name("type_arguments")
    args = [c for c in targs.named_children if c.type != "comment"] if targs is not None else []
    if name in _ZOD_OUTPUT_TYPES and len(keys) == 1 and args and args[0].type == "type_query":
        schema = args[0].named_children[0] if args[0].named_children else None
        found = program.resolve_value(mod, sx.text(src, schema)) if schema is not None else None
        field = _zod_fields(program, found[0], found[1]).get(key) if found is not None else None
        value = field[1].child_by_field_name("value") if field is not None else None
        return field is not None and _zod_safe(program, field[0], value, leaves=_ZOD_ENUM_LEAVES)
    if name not in _TYPE_WRAPPERS or not args:
        return False
    if name == "Omit" and len(args) > 1 and f"'{key}'" in sx.text(src, args[1]).replace('"', "'"):
        return False
    return _enum_typed_path(program, mod, args[0], keys, depth + 1)


def _object_member(src: bytes, obj: Node, key: str) -> Node | None:
    """The type of property ``key`` of an inline object type."""
    for prop in obj.named_children:
        if prop.type == "property_signature" and sx.text(src, prop.child_by_field_name("name")) == key:
            return prop.child_by_field_name("type")
    return None


def _parsed_schema_field(
    ctx: FileContext, init: Node | None, field: str, scope: Node | None, binding: _Binding
) -> bool:
    """``field`` of the value ``init`` stands for is a declared safe field of the schema that parsed
    it: `schema.parse(x)`, `(await schema.parseAsync(x))`, `result.data` with `result =
    schema.safeParse(x)`, or a `const` holding one of those (`const input = result.data`)."""
    src = ctx.src
    for _ in range(4):
        node = sx.unwrap(init)
        if node is None:
            return False
        if node.type == "identifier":
            init = binding(sx.text(src, node), scope)
            continue
        if node.type == "member_expression" and sx.text(src, node.child_by_field_name("property")) == "data":
            held = sx.strip_types(node.child_by_field_name("object"))
            result = sx.unwrap(binding(sx.text(src, held), scope)) if held is not None else None
            parses = _ZOD_SAFE_PARSES
        else:
            result, parses = node, _ZOD_PARSES
        fn = sx.strip_types(result.child_by_field_name("function")) if result is not None else None
        if result is None or result.type != "call_expression" or fn is None or fn.type != "member_expression":
            return False
        if sx.text(src, fn.child_by_field_name("property")) not in parses:
            return False
        program, mod = ctx.analyzer.program, ctx.module
        declared = _zod_fields(program, mod, fn.child_by_field_name("object")).get(field)
        return declared is not None and _zod_safe(program, declared[0], declared[1].child_by_field_name("value"))
    return False


_CASE_METHODS = frozenset({"toUpperCase", "toLowerCase", "trim", "toString"})
# `ColumnDefinition[]`, `readonly ColumnDefinition[]`, `Array<ColumnDefinition>`: a list of a project type.
_DEFINITION_LIST = re.compile(
    r"^(readonly\s+)?(?!String\b|Object\b)([A-Z]\w*)\[\]$|^(?:Readonly)?Array<(?!String\b|Object\b)[A-Z]\w*>$"
)
_SQL_FRAGMENT_TYPES = frozenset({"Prisma.Sql", "Sql", "Prisma.Sql | undefined"})
_PARAM_TYPES = ("required_parameter", "optional_parameter")
_LITERAL_MEMBER = re.compile(r"""^("[^"]*"|'[^']*'|-?\d+(\.\d+)?|undefined|null)$""")


def _param_nodes(fn: Node) -> list[Node]:
    params = fn.child_by_field_name("parameters")
    if params is None:
        single = fn.child_by_field_name("parameter")
        return [single] if single is not None else []
    return [p for p in params.named_children if p.type != "comment"]


def _literal_union(type_text: str) -> bool:
    """A literal type or a union of literals (`"asc" | "desc"`)."""
    parts = [t.strip() for t in type_text.split("|") if t.strip()]
    return (
        bool(parts)
        and all(_LITERAL_MEMBER.match(t) for t in parts)
        and any(t not in ("undefined", "null") for t in parts)
    )


def _nearest_binding(src: bytes, name: str, ref: Node, const_only: bool = False) -> Node | None:
    """The initialiser of the `const`/`let` declaration of ``name`` in scope at ``ref``: the nearest
    enclosing block that declares it before ``ref`` (apps reuse `batch`, `rows` in sibling loops)."""
    child = ref
    for p in sx.ancestors(ref):  # (climbed once: `Node.parent` descends from the root each time)
        if p.type in ("statement_block", "program", "switch_body") or sx.is_function(p):
            for stmt in p.named_children:
                if stmt.start_byte >= child.start_byte:
                    break
                if stmt.type not in ("lexical_declaration", "variable_declaration"):
                    continue
                if const_only and not sx.text(src, stmt).startswith("const"):
                    continue
                for d in stmt.named_children:
                    if d.type == "variable_declarator" and sx.text(src, d.child_by_field_name("name")) == name:
                        return d.child_by_field_name("value")
        child = p
    return None


def _placeholder_number(src: bytes, sub: Node) -> bool:
    """`$${i}` / `$${params.length + 1}`: a substitution right after `$` is a placeholder's number."""
    prev = sub.prev_sibling
    return prev is not None and prev.type != "template_substitution" and sx.text(src, prev).endswith("$")


def _in_quotes(src: bytes, sub: Node, quote: str = "'") -> bool:
    """The substitution ``sub`` is the whole body of a standard SQL string literal: `'${x}'` (not
    `E'${x}'`, where a backslash escapes), opened by an odd-numbered quote of the template's text
    (with ``quote`` `"`, of a quoted identifier)."""
    before, after = sub.prev_sibling, sub.next_sibling
    if before is None or after is None or "template_substitution" in (before.type, after.type):
        return False
    head, tail = sx.text(src, before), sx.text(src, after)
    if not head.endswith(quote) or not tail.startswith(quote) or head[:-1][-1:].isalnum():
        return False
    parent = sub.parent
    text = "".join(
        sx.text(src, c)
        for c in (parent.children if parent is not None else ())
        if c.type != "template_substitution" and c.start_byte < sub.start_byte
    )
    return text.count(quote) % 2 == 1


def _receiver(call: Node) -> Node | None:
    fn = sx.strip_types(call.child_by_field_name("function"))
    return (
        sx.strip_types(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
    )


def _doubles_quotes(src: bytes, call: Node, quote: str = "'") -> bool:
    """`x.replace(/'/g, "''")` / `x.replaceAll("'", "''")`: every `'` (``quote``) of ``x`` doubled."""
    method = sx.last_name(sx.callee_name(src, call))
    args = [sx.strip_types(a) for a in sx.call_args(call)]
    if method not in ("replace", "replaceAll") or len(args) != 2 or _receiver(call) is None:
        return False
    pattern, replacement = args
    if replacement is None or replacement.type != "string" or sx.string_value(src, replacement) != quote * 2:
        return False
    if pattern is not None and pattern.type == "regex":
        flags = sx.text(src, pattern.child_by_field_name("flags"))
        return sx.text(src, pattern.child_by_field_name("pattern")) == quote and "g" in flags
    return (
        method == "replaceAll"
        and pattern is not None
        and pattern.type == "string"
        and sx.string_value(src, pattern) == quote
    )


def _returned_values_of(fn: Node) -> list[Node | None]:
    """What the function node ``fn`` answers (see `_returned_values`)."""
    body = fn.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [body]
    return [r.named_children[0] if r.named_children else None for r in sx.walk(body) if r.type == "return_statement"]


def _builds_placeholders(src: bytes, body: Node) -> bool:
    """A function body whose every answer is `xs.map(cb).join(sep)` (or `Array.from({ length: n }, cb)
    .join(sep)`) with `cb` giving only a numbered placeholder (`$${i + 1}`) or `?`: a placeholder list,
    whatever the values are."""
    if body.type == "statement_block":
        returns = [r for r in sx.walk(body) if r.type == "return_statement"]
        values = [sx.strip_types(r.named_children[0]) if r.named_children else None for r in returns]
    else:
        values = [sx.strip_types(body)]
    if not values:
        return False
    for v in values:
        if v is None or v.type != "call_expression" or not sx.callee_name(src, v).endswith(".join"):
            return False
        fn = sx.strip_types(v.child_by_field_name("function"))
        mapped = sx.unwrap(fn.child_by_field_name("object")) if fn is not None else None
        if mapped is None or mapped.type != "call_expression":
            return False
        args = sx.call_args(mapped)
        # `xs.map(cb)`, or `Array.from({ length: n }, cb)` whose callback makes each element
        if sx.callee_name(src, mapped).endswith(".map"):
            cb = sx.strip_types(args[0]) if args else None
        elif sx.callee_name(src, mapped) == "Array.from" and len(args) == 2:
            cb = sx.strip_types(args[1])
        else:
            return False
        answer = sx.strip_types(cb.child_by_field_name("body")) if cb is not None and sx.is_function(cb) else None
        if answer is None:
            return False
        if answer.type == "string":
            if sx.text(src, answer).strip("'\"") != "?":
                return False
        elif answer.type != "template_string" or "'" in sx.text(src, answer):
            return False
        else:
            subs = [c for c in answer.children if c.type == "template_substitution"]
            text = sx.text(src, answer)
            if not subs or not all(_placeholder_number(src, c) for c in subs) or text.count("$") != 2 * len(subs):
                return False
    return True


def _param_index(src: bytes, fn: Node, name: str) -> int | None:
    params = fn.child_by_field_name("parameters")
    nodes = [p for p in params.named_children if p.type != "comment"] if params is not None else []
    if params is None and fn.child_by_field_name("parameter") is not None:
        nodes = [fn.child_by_field_name("parameter")]  # type: ignore[list-item]
    for i, p in enumerate(nodes):
        pattern = p.child_by_field_name("pattern") if p.type in ("required_parameter", "optional_parameter") else p
        if pattern is not None and pattern.type == "identifier" and sx.text(src, pattern) == name:
            return i
    return None


def _declared_name(src: bytes, fn: Node) -> str | None:
    name = fn.child_by_field_name("name")
    if name is not None:
        return sx.text(src, name)
    parent = fn.parent
    while parent is not None and parent.type in sx.TRANSPARENT:
        parent = parent.parent
    if parent is not None and parent.type == "variable_declarator":
        return sx.text(src, parent.child_by_field_name("name"))
    return None


def _is_exported(fn: Node) -> bool:
    p = fn.parent
    while p is not None and p.type not in ("program", "statement_block"):
        if p.type == "export_statement":
            return True
        p = p.parent
    return False


def _literal_table(node: Node | None, depth: int = 0) -> bool:
    """An object/array literal whose leaves are all string/number literals (`{ eq: "=", gt: ">" }`)."""
    node = sx.strip_types(node)
    if node is None or depth > 4:
        return False
    if node.type in ("string", "number", "true", "false", "null"):
        return True
    if node.type == "template_string":
        return not any(c.type == "template_substitution" for c in node.children)
    if node.type in ("object", "array"):
        items = [c for c in node.named_children if c.type != "comment"]
        return all(
            _literal_table(c.child_by_field_name("value") if c.type == "pair" else c, depth + 1)
            for c in items
            if c.type != "spread_element"
        ) and not any(c.type == "spread_element" for c in items)
    return False


def _imported_table(ctx: FileContext, name: str) -> bool:
    """A whitelist or operator map imported from another project file."""
    if name not in ctx.module.imports:
        return False
    found = ctx.analyzer.program.resolve_value(ctx.module, name)
    return found is not None and _literal_table(found[1])


def _imported_answers_constant(owner: _Consts, fn: Function, depth: int) -> bool:
    """`_Consts.answers_constant` of another file's helper, worked out once (False while under way:
    a helper whose answer leans on itself proves nothing)."""
    memo = cast(dict[tuple[str, int], bool], owner.ctx.analyzer.program.memos.setdefault("sql.answers", {}))
    key = (fn.module.path, fn.node.start_byte)
    if key not in memo:
        memo[key] = False
        memo[key] = owner.answers_constant(fn, 0)  # depth starts again: the memo stops a cycle
    return memo[key]


def _consts_of(ctx: FileContext, mod: Module) -> _Consts:
    """The constants of another module of the scan (an imported helper's file), made once."""
    made = cast(dict[str, _Consts], ctx.analyzer.program.memos.setdefault("sql.other_consts", {}))
    if mod.path not in made:
        made[mod.path] = _Consts(FileContext(mod, ctx.analyzer, ctx.config, fixes=False))
    return made[mod.path]


# --- Parameters every caller passes a constant ----------------------------------------------
# A helper's parameter holds what its callers pass: when every call passes a constant, so does the
# parameter. A file's own helper has its calls in the file; an exported one has them in the files
# importing it (through barrels too), read only when the whole tree is at hand and every use of
# the helper is a plain call (a helper handed around as a value, or reached through a namespace
# or a lazy import, has callers nobody can list). No call at all proves nothing: the parameter
# is then whatever the next importer passes. A helper calling itself with its own parameter adds
# no value: the cycle is assumed constant while its other callers are read.


def _param_constant(consts: _Consts, fn: Node, index: int, field: str | None) -> bool:
    """Every call of the helper ``fn`` passes a constant as argument ``index`` (or, with ``field``,
    in that field of an object passed there)."""
    memo, active = cast(
        tuple[dict[tuple[str, int, int, str | None], bool], set[tuple[str, int, int, str | None]]],
        consts.ctx.analyzer.program.memos.setdefault("sql.param_memo", ({}, set())),
    )
    key = (consts.ctx.path, fn.start_byte, index, field)
    if key in memo:
        return memo[key]
    if key in active:
        return True  # its own recursion: the other callers decide
    active.add(key)
    try:
        if field is None and _exported_text_param(consts, fn, index):
            result = bool(_named_constant_param(consts, fn, index))
        else:
            # (a parameter the function assigns holds more than what its callers pass)
            calls = None if _reassigned(consts.ctx.src, fn, index) else _calls_of(consts, fn, index, field)
            default = _param_default(fn, index)
            result = bool(calls) and all(
                _passes_constant(owner, call, index, field, default) for owner, call in calls or ()
            )
    finally:
        active.discard(key)
    if not result or not active:  # a True that leaned on an open cycle is kept only at its root
        memo[key] = result
    return result


def _exported_text_param(consts: _Consts, fn: Node, index: int) -> bool:
    """Parameter ``index`` of the exported helper ``fn`` is not declared a number."""
    fn_name = _declared_name(consts.ctx.src, fn)
    exported = fn_name is not None and (fn_name in consts.ctx.module.exports or _is_exported(fn))
    return exported and not _numeric_param(consts.ctx.src, fn, index, None)


# An exported helper taking text pastes whatever its next caller sends, so a literal at today's one
# call proves nothing (`groupTotals(ids, "venue_id")`: the parameter is there to vary). A name the
# project fixed once, as an UPPER_CASE constant, that every call in the project passes (itself,
# through a `const`, or through its callers' own parameters, `buildWhere(filter, ROWS_TABLE)` down
# to `cellClause(tableName, ...)`) is the project's table name handed along, not a choice left to
# callers. Two different constants, a literal, or any other value keep the finding.


def _named_constant_param(consts: _Consts, fn: Node, index: int) -> str | None:
    """The one UPPER_CASE constant every call of the helper ``fn`` passes as argument ``index``;
    "" while the answer leans on a call cycle still being read; None when there is no such one."""
    memo, active = cast(
        tuple[dict[tuple[str, int, int], str | None], set[tuple[str, int, int]]],
        consts.ctx.analyzer.program.memos.setdefault("sql.named_param", ({}, set())),
    )
    key = (consts.ctx.path, fn.start_byte, index)
    if key in memo:
        return memo[key]
    if key in active:
        return ""  # its own recursion adds no value: the other callers decide
    active.add(key)
    try:
        result = _one_constant_passed(consts, fn, index)
    finally:
        active.discard(key)
    if result is None or not active:
        memo[key] = result
    return result


def _one_constant_passed(consts: _Consts, fn: Node, index: int) -> str | None:
    src = consts.ctx.src
    fn_name = _declared_name(src, fn)
    if fn_name is None or fn.start_byte in consts.entry_nodes() or _reassigned(src, fn, index):
        return None
    if fn_name in consts.ctx.module.exports or _is_exported(fn):
        calls = _project_calls(consts, fn, fn_name)
    else:
        calls = [(consts, c) for c in consts.local_calls(fn_name)]
    if not calls:
        return None
    names: set[str] = set()
    for owner, call in calls:
        args = sx.call_args(call)
        if index >= len(args) or any(a.type == "spread_element" for a in args[: index + 1]):
            return None
        name = owner.constant_name(args[index], sx.enclosing_function(call))
        if name is None:
            return None
        names.add(name)
    names.discard("")
    if len(names) > 1:
        return None
    return names.pop() if names else ""


def _passes_constant(consts: _Consts, call: Node, index: int, field: str | None, default: Node | None) -> bool:
    args = sx.call_args(call)
    scope = sx.enclosing_function(call)
    if any(a.type == "spread_element" for a in args[: index + 1]):
        return False
    if index >= len(args):  # left out: the default, or undefined (whose fields are undefined too)
        return field is not None and default is None
    arg = sx.strip_types(args[index])
    if field is None or arg is None or arg.type != "object":
        return consts.is_constant(arg, scope)
    for item in arg.named_children:
        if item.type == "spread_element":
            return False
        if item.type == "shorthand_property_identifier" and sx.text(consts.ctx.src, item) == field:
            return consts.is_constant(item, scope)
        if item.type == "pair" and sx.text(consts.ctx.src, item.child_by_field_name("key")).strip("'\"") == field:
            return consts.is_constant(item.child_by_field_name("value"), scope)
    return True  # the field left out: undefined


def _param_default(fn: Node, index: int) -> Node | None:
    params = _param_nodes(fn)
    return params[index].child_by_field_name("value") if index < len(params) else None


def _reassigned(src: bytes, fn: Node, index: int) -> bool:
    """``fn`` assigns its parameter number ``index`` somewhere (`table = table.trim()`)."""
    names = sx.param_names(src, fn)
    name = names[index] if index < len(names) else None
    return any(
        n.type in ("assignment_expression", "augmented_assignment_expression")
        and sx.text(src, n.child_by_field_name("left")) == name
        for n in sx.walk(fn, into_functions=True)
    )


def _calls_of(consts: _Consts, fn: Node, index: int, field: str | None) -> list[tuple[_Consts, Node]] | None:
    """Every call of the helper ``fn`` of ``consts``'s file, with the constants of the file making
    it; None when they cannot all be known (an entry point's caller is the client) or do not count."""
    fn_name = _declared_name(consts.ctx.src, fn)
    if fn_name is None or fn.start_byte in consts.entry_nodes():
        return None
    if fn_name not in consts.ctx.module.exports and not _is_exported(fn):
        return [(consts, c) for c in consts.local_calls(fn_name)]
    # An exported helper taking text pastes whatever its next caller sends: a finding whatever
    # today's callers pass. One declared to take a number, and given constants by every call
    # (type-checked: a constant of another type does not compile), never holds text.
    if not _numeric_param(consts.ctx.src, fn, index, field):
        return None
    return _project_calls(consts, fn, fn_name)


def _numeric_param(src: bytes, fn: Node, index: int, field: str | None) -> bool:
    """Parameter ``index`` of ``fn`` (or its ``field``, in an inline object type) is declared a
    number (`ms: number`, `opts?: { statementMs?: number }`)."""
    params = _param_nodes(fn)
    ann = params[index].child_by_field_name("type") if index < len(params) else None
    node = ann.named_children[0] if ann is not None and ann.named_children else None
    if node is not None and field is not None:
        node = _object_member(src, node, field) if node.type == "object_type" else None
        node = node.named_children[0] if node is not None and node.named_children else None
    if node is None:
        return False
    parts = {t.strip() for t in sx.text(src, node).split("|")} - {"undefined", "null"}
    return bool(parts) and parts <= {"number", "bigint"}


# past this many files naming the helper, it is a library: its callers are not read (a barrel's
# other importers, which never name it, cost one text test each, up to a bound of their own)
_MAX_IMPORTERS = 80
_MAX_BARREL_IMPORTERS = 600


def _project_calls(consts: _Consts, fn: Node, fn_name: str) -> list[tuple[_Consts, Node]] | None:
    """Every call of the exported helper ``fn`` in the project (tests aside), or None."""
    ctx = consts.ctx
    program = ctx.analyzer.program
    if not isinstance(program.tree, DiskTree | MemoryTree):
        return None  # a pull request's tree: the importers are not all fetched
    importers = import_graph(program.index)[0]
    found = _calls_in(program, ctx.module, fn_name, ctx.path, fn)
    if found is None:
        return None
    calls = [(consts, c) for c in found]
    seen, queue, naming = {ctx.path}, [ctx.path], 0
    while queue:
        for path in sorted(importers.get(queue.pop(), ())):
            if path in seen:
                continue
            seen.add(path)
            mod = program.module(path)
            naming += mod is not None and fn_name.encode() in mod.src
            if mod is None or naming > _MAX_IMPORTERS or len(seen) > _MAX_BARREL_IMPORTERS:
                return None
            if mod.reexports or mod.star_reexports:
                queue.append(path)  # a barrel: its importers call through it
            found = _calls_in(program, mod, fn_name, ctx.path, fn)
            if found is None:
                return None
            calls.extend((_consts_of(ctx, mod), c) for c in found)
    return calls


def _calls_in(program: Program, mod: Module, fn_name: str, owner: str, fn: Node) -> list[Node] | None:
    """The calls of the helper ``fn`` (named ``fn_name`` in the file ``owner``) in ``mod``; None
    when ``mod`` uses it otherwise than by calling it."""
    if fn_name.encode() not in mod.src:
        return []  # (an alias still names the helper in its import)
    names = {fn_name} if mod.path == owner else set()
    for local, binding in mod.imports.items():
        if binding.imported == "*":
            if f"{local}.{fn_name}".encode() in mod.src:
                return None  # `ns.helper(...)`: not followed
            continue
        target = program.resolve_function(mod, local) if binding.imported in (fn_name, "default") else None
        if target is not None and target.module.path == owner and target.node.start_byte == fn.start_byte:
            names.add(local)
    calls: list[Node] = []
    for n in sx.walk(mod.parsed.root, into_functions=True):
        if n.type == "shorthand_property_identifier_pattern" and sx.text(mod.src, n) == fn_name:
            return None  # `const { helper } = await import("./x")`: a call by another name
        if _renamed_or_member(mod, n, fn_name, names):
            return None
        if n.type not in ("identifier", "shorthand_property_identifier") or sx.text(mod.src, n) not in names:
            continue
        parent = n.parent
        if parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == n:
            calls.append(parent)
        elif not _declares(parent, n):
            return None  # handed on as a value: `.map(helper)`, `{ build: helper }`
    return calls


def _renamed_or_member(mod: Module, n: Node, fn_name: str, names: set[str]) -> bool:
    """``n`` reaches the helper by a name its importers would not search for: a renaming export
    (`export { helper as build } from "./x"`) or a member of an imported object (`ns.helper(...)`
    with `export * as ns from "./x"` in a barrel)."""
    src = mod.src
    if n.type == "export_specifier":
        name, alias = n.child_by_field_name("name"), n.child_by_field_name("alias")
        named = name is not None and sx.text(src, name) in names | {fn_name}
        return named and alias is not None and sx.text(src, alias) != fn_name
    if n.type != "property_identifier" or sx.text(src, n) != fn_name or n.parent is None:
        return False
    obj = sx.strip_types(n.parent.child_by_field_name("object"))
    return obj is not None and obj.type == "identifier" and sx.text(src, obj) in mod.imports


def _declares(parent: Node | None, n: Node) -> bool:
    """``n`` names the helper in its own declaration, an import or an export."""
    if parent is None:
        return False
    if parent.type in ("import_specifier", "export_specifier", "import_clause"):
        return True
    if parent.type in ("function_declaration", "generator_function_declaration", "variable_declarator"):
        return parent.child_by_field_name("name") == n
    return False


# --- Identifiers proven by an identifier-safe regex --------------------------------------------
# Identifiers cannot be bound as `$1`, so projects build schema, role and table names with a
# helper that throws unless the name matches an anchored regex of identifier characters
# (`if (!/^[a-z][a-z0-9_]{2,40}$/.test(slug)) throw ...; return \`"app_${slug}"\``). Its answer
# is as safe as a constant. A helper that only formats (`slug.toLowerCase()`), an unanchored or
# multi-line regex, or a check whose failure does not leave proves nothing.

_IDENT_PIECE = r"\[(?:a-z|A-Z|0-9|_|\\d|\\w)+\]|\\[dw]|[A-Za-z0-9_]|\{\d+(?:,\d*)?\}|[+*?]|\(\?:|[()]"
_IDENT_REGEX_BODY = re.compile(f"(?:{_IDENT_PIECE})+")
_SAFE_DEPTH = 8


def _identifier_regex(src: bytes, node: Node | None) -> bool:
    """A regex literal anchored at both ends that admits identifier characters only (no `m`
    flag: with it, one good line is enough; no `|`: an alternative escapes the anchors)."""
    node = sx.strip_types(node)
    if node is None or node.type != "regex" or "m" in sx.text(src, node.child_by_field_name("flags")):
        return False
    pattern = sx.text(src, node.child_by_field_name("pattern"))
    if len(pattern) < 3 or not pattern.startswith("^") or not pattern.endswith("$") or pattern.endswith("\\$"):
        return False
    return _IDENT_REGEX_BODY.fullmatch(pattern[1:-1]) is not None


def _regex_value(program: Program, mod: Module, node: Node | None) -> bool:
    """``node`` is an identifier regex, written in place or held by a (possibly imported) const."""
    node = sx.strip_types(node)
    if node is None or node.type != "identifier":
        return node is not None and _identifier_regex(mod.src, node)
    bound = _nearest_binding(mod.src, sx.text(mod.src, node), node, const_only=True)
    if bound is not None:
        return _identifier_regex(mod.src, bound)
    found = program.resolve_value(mod, sx.text(mod.src, node))
    return found is not None and _identifier_regex(found[0].src, found[1])


def _bare(node: Node | None) -> Node | None:
    node = sx.strip_types(node)
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = sx.strip_types(node.named_children[0])
    return node


def _accepts(program: Program, mod: Module, cond: Node | None, name: str, depth: int) -> bool:
    """``cond`` is true only when ``name`` matches an identifier regex: `RE.test(name)`, a
    predicate whose every answer needs such a test (`isSlug(name)`), `a && b` with either."""
    src = mod.src
    cond = _bare(cond)
    if cond is None or depth > _SAFE_DEPTH:
        return False
    if cond.type == "binary_expression" and sx.text(src, cond.child_by_field_name("operator")) == "&&":
        return any(_accepts(program, mod, cond.child_by_field_name(f), name, depth) for f in ("left", "right"))
    if cond.type != "call_expression":
        return False
    args = [sx.text(src, _bare(a)) for a in sx.call_args(cond)]
    if name not in args:
        return False
    fn_node = sx.strip_types(cond.child_by_field_name("function"))
    if fn_node is not None and fn_node.type == "member_expression":  # `RE.test(name)`, `/^...$/.test(name)`
        test = sx.text(src, fn_node.child_by_field_name("property")) == "test" and len(args) == 1
        return test and _regex_value(program, mod, fn_node.child_by_field_name("object"))
    callee = sx.callee_name(src, cond)
    if not callee or "." in callee:
        return False
    fn = program.resolve_function(mod, callee)
    params = fn.params if fn is not None else []
    index = args.index(name)
    if fn is None or index >= len(params):
        return False
    answers = _returned_values(fn)
    return bool(answers) and all(
        _accepts(program, fn.module, a, params[index], depth + 1) for a in answers if a is not None
    )


def _rejects(program: Program, mod: Module, cond: Node | None, name: str, ref: Node, depth: int) -> bool:
    """``cond`` holds whenever ``name`` is not proven: `!isSlug(name)`, `a || b` with either, or
    `norm === null` / `!norm` where `norm` is the answer of a normaliser (`RE.test(x) ? x : null`)."""
    src = mod.src
    cond = _bare(cond)
    if cond is None or depth > _SAFE_DEPTH:
        return False
    if cond.type == "unary_expression" and sx.text(src, cond.child_by_field_name("operator")) == "!":
        arg = _bare(cond.child_by_field_name("argument"))
        if arg is not None and arg.type == "identifier" and sx.text(src, arg) == name:
            return _normalised(program, mod, name, ref, depth)
        return _accepts(program, mod, arg, name, depth)
    if cond.type != "binary_expression":
        return False
    op = sx.text(src, cond.child_by_field_name("operator"))
    sides = [_bare(cond.child_by_field_name(f)) for f in ("left", "right")]
    if op == "||":
        return any(_rejects(program, mod, s, name, ref, depth) for s in sides)
    if op in ("===", "=="):
        texts = {sx.text(src, s) for s in sides if s is not None}
        return name in texts and bool(texts & {"null", "undefined"}) and _normalised(program, mod, name, ref, depth)
    return False


def _normalised(program: Program, mod: Module, name: str, ref: Node, depth: int) -> bool:
    """``name`` holds a normaliser's answer: a proven identifier, or null when there is none."""
    bound = _nearest_binding(mod.src, name, ref, const_only=True)
    return bound is not None and _safe_value(program, mod, bound, depth + 1)


def _proven(program: Program, mod: Module, ident: Node, depth: int) -> bool:
    """The identifier ``ident`` is only reached where an identifier-regex check of it passed:
    inside `if (isSlug(x)) {...}`, or after `if (!isSlug(x)) throw ...` on the way to it."""
    name = sx.text(mod.src, ident)
    verdict = _Verdict(
        lambda cond, outcome: (
            _accepts(program, mod, cond, name, depth) if outcome else _rejects(program, mod, cond, name, ident, depth)
        ),
        _regex_rejects(program, depth),
    )
    return _checked_on_the_way(program, mod, ident, verdict)


# --- Checked on the way to the sink ----------------------------------------------------------
# Allow-lists and identifier regexes are proven the same way: the use sits in the branch a
# passing check leads to, or after a failing check that leaves, or after a bare call of a helper
# that throws unless the check passes. Only what counts as a check differs.


class _Verdict(NamedTuple):
    """``shown(cond, outcome)``: wherever ``cond`` came out ``outcome``, the value passed the check.
    ``helper_rejects(fn, cond, param)``: the helper ``fn``'s ``cond`` holds whenever ``param`` fails it."""

    shown: Callable[[Node | None, bool], bool]
    helper_rejects: Callable[[Function, Node, str], bool]


_INTEGER_TESTS = frozenset({"Number.isInteger", "Number.isSafeInteger"})


def _integer_test(src: bytes, cond: Node | None, text: str, outcome: bool) -> bool:
    """Wherever ``cond`` came out ``outcome``, `Number.isInteger(text)` held: one of the terms of an
    `&&` that held, or a negated term of an `||` that failed."""
    node = sx.unwrap(cond)
    if node is None:
        return False
    if node.type == "binary_expression":
        op = sx.text(src, node.child_by_field_name("operator"))
        if op == ("&&" if outcome else "||"):
            sides = (node.child_by_field_name("left"), node.child_by_field_name("right"))
            return any(_integer_test(src, side, text, outcome) for side in sides)
        return False
    if node.type == "unary_expression" and sx.text(src, node.child_by_field_name("operator")) == "!":
        return _integer_test(src, node.child_by_field_name("argument"), text, not outcome)
    if not outcome or node.type != "call_expression" or sx.callee_name(src, node) not in _INTEGER_TESTS:
        return False
    args = sx.call_args(node)
    return len(args) == 1 and sx.text(src, sx.strip_types(args[0]) or args[0]) == text


def _checked_on_the_way(program: Program, mod: Module, node: Node, verdict: _Verdict) -> bool:
    """``node`` (in ``mod``) is only reached where a check of it passed: in the branch of an `if` the
    check leads to, after `if (<failed>) throw ...`, or after `assertX(node)` of a project helper
    that throws when the check fails (a check in the condition itself proves nothing to its uses there)."""
    src = mod.src
    name = sx.text(src, node)
    child = node
    for p in sx.ancestors(node):
        if sx.is_function(child):
            break
        if p.type == "if_statement":
            cond = p.child_by_field_name("condition")
            cons = p.child_by_field_name("consequence")
            if (
                cond is not None
                and cons is not None
                and child != cond
                and verdict.shown(cond, sx.contains(cons, child))
            ):
                return True
        if p.type in ("statement_block", "program"):
            for stmt in p.named_children:
                if stmt.start_byte >= child.start_byte:
                    break
                if sx.exit_guard(src, stmt) and verdict.shown(stmt.child_by_field_name("condition"), False):
                    return True
                helper = _assertion_call(program, mod, stmt, name)
                if helper is not None and _asserts(helper[0], helper[1], verdict.helper_rejects):
                    return True
        child = p
    return False


def _assertion_call(program: Program, mod: Module, stmt: Node, name: str) -> tuple[Function, str] | None:
    """(helper, its parameter) for a statement `assertX(name)` / `await assertX(name)` calling a
    project function: what it proves is read from the helper's own checks."""
    if stmt.type != "expression_statement" or not stmt.named_children:
        return None
    call = sx.unwrap(stmt.named_children[0])
    if call is None or call.type != "call_expression":
        return None
    args = [sx.text(mod.src, _bare(a)) for a in sx.call_args(call)]
    if name not in args:
        return None
    fn = _callee_function(program, mod, call)
    params = fn.param_nodes() if fn is not None else []
    index = args.index(name)
    if fn is None or index >= len(params):
        return None
    pattern = params[index].child_by_field_name("pattern") if params[index].type in _PARAM_TYPES else params[index]
    if pattern is None or pattern.type != "identifier":
        return None
    return fn, sx.text(fn.module.src, pattern)


def _asserts(fn: Function, param: str, rejects: Callable[[Function, Node, str], bool]) -> bool:
    """``fn`` throws, in a top-level `if` of its body, whenever ``rejects`` holds of the condition
    for ``param``: it returns only for a value that passed. A check that returns, logs or sits in
    a nested branch proves nothing to the caller."""
    body = fn.body
    if body is None or body.type != "statement_block":
        return False
    return any(
        sx.exit_guard(fn.module.src, stmt) == "throw"
        and rejects(fn, stmt.child_by_field_name("condition") or stmt, param)
        for stmt in body.named_children
    )


def _regex_rejects(program: Program, depth: int) -> Callable[[Function, Node, str], bool]:
    """The condition holds whenever the parameter is not proven by an identifier regex."""
    return lambda fn, cond, param: _rejects(program, fn.module, cond, param, cond, depth + 1)


def _returned_values(fn: Function) -> list[Node | None]:
    """What ``fn`` answers: its expression body, or each `return`'s value (None for a bare
    `return`), nested functions left out."""
    body = fn.body
    if body is None:
        return []
    if body.type != "statement_block":
        return [body]
    return [r.named_children[0] if r.named_children else None for r in sx.walk(body) if r.type == "return_statement"]


def _callee_function(program: Program, mod: Module, call: Node) -> Function | None:
    """The project function a call runs: `f(...)`, or `Obj.m(...)` with `Obj` a class (static
    method) or an object literal of methods, local or imported."""
    callee = sx.callee_name(mod.src, call)
    head, dot, method = callee.partition(".")
    if not callee:
        return None
    if not dot:
        return program.resolve_function(mod, callee) or _lazily_imported(program, mod, callee, call)
    if "." in method:
        return None
    fn = program.resolve_static_method(mod, head, method)
    if fn is not None:
        return fn
    found = program.resolve_value(mod, head)
    obj = sx.strip_types(found[1]) if found is not None else None
    if found is None or obj is None or obj.type != "object":
        return None
    owner = found[0]
    for member in obj.named_children:
        key = member.child_by_field_name("name") if member.type == "method_definition" else None
        value: Node | None = member
        if member.type == "pair":
            key, value = member.child_by_field_name("key"), sx.strip_types(member.child_by_field_name("value"))
        if key is not None and value is not None and sx.text(owner.src, key) == method and sx.is_function(value):
            return owner.function_for(value, callee, key)
    return None


def _lazily_imported(program: Program, mod: Module, name: str, ref: Node) -> Function | None:
    """`const { f } = await import("./x")` in scope at ``ref``: the function `f` of that module."""
    found = _destructured(mod.src, name, ref)
    init = sx.unwrap(found[1]) if found is not None else None
    importer = init.child_by_field_name("function") if init is not None and init.type == "call_expression" else None
    if found is None or init is None or importer is None or importer.type != "import":
        return None
    args = sx.call_args(init)
    spec = sx.string_value(mod.src, args[0]) if args else None
    target = program.imported_module(mod, spec) if spec else None
    declared = program.resolve_export(target, found[0]) if target is not None else None
    node = sx.strip_types(declared[1]) if declared is not None else None
    if declared is None or node is None or not sx.is_function(node):
        return None
    return declared[0].function_for(node, found[0])


def _returns_safe(program: Program, fn: Function) -> bool:
    """Every answer of ``fn`` is a proven identifier piece (or a literal, or null)."""
    memo = cast(dict[tuple[str, int], bool], program.memos.setdefault("sql.safe_returns", {}))
    key = (fn.module.path, fn.node.start_byte)
    if key not in memo:
        memo[key] = False  # a recursive helper proves nothing on its way round
        answers = _returned_values(fn)
        # depth starts again: the memo, not the depth, stops a helper that calls itself
        memo[key] = bool(answers) and all(a is None or _safe_value(program, fn.module, a) for a in answers)
    return memo[key]


def _destructured(src: bytes, name: str, ref: Node, defaults: bool = False) -> tuple[str, Node] | None:
    """(field, initialiser) of `const { field: name } = init` (or `{ name }`; with ``defaults``, also
    `{ name = fallback }`, for a caller that knows the fallback has the field's type) in scope at ``ref``."""
    child = ref
    for p in sx.ancestors(ref):  # (climbed once: `Node.parent` descends from the root each time)
        if p.type in ("statement_block", "program") or sx.is_function(p):
            for stmt in p.named_children:
                if stmt.start_byte >= child.start_byte:
                    break
                if stmt.type not in ("lexical_declaration", "variable_declaration"):
                    continue
                for d in stmt.named_children:
                    pattern = d.child_by_field_name("name") if d.type == "variable_declarator" else None
                    value = d.child_by_field_name("value") if pattern is not None else None
                    if pattern is None or value is None or pattern.type != "object_pattern":
                        continue
                    for item in pattern.named_children:
                        if item.type == "shorthand_property_identifier_pattern" and sx.text(src, item) == name:
                            return (name, value)
                        if (
                            defaults
                            and item.type == "object_assignment_pattern"
                            and sx.text(src, item.child_by_field_name("left")) == name
                        ):
                            return (name, value)
                        if item.type == "pair_pattern" and sx.text(src, item.child_by_field_name("value")) == name:
                            return (sx.text(src, item.child_by_field_name("key")), value)
        child = p
    return None


def _field_safe(program: Program, mod: Module, init: Node, field: str, depth: int) -> bool:
    """``field`` of what `await f(...)` answers is proven in every object ``f`` returns."""
    call = sx.unwrap(init)
    fn = _callee_function(program, mod, call) if call is not None and call.type == "call_expression" else None
    answers = _returned_values(fn) if fn is not None else []
    if fn is None or not answers:
        return False
    src = fn.module.src
    for answer in answers:
        obj = sx.unwrap(answer)
        if obj is None or obj.type != "object":
            return False
        held = None
        for item in obj.named_children:
            if item.type == "spread_element":
                return False
            if item.type == "shorthand_property_identifier" and sx.text(src, item) == field:
                held = item
            elif item.type == "pair" and sx.text(src, item.child_by_field_name("key")) == field:
                held = item.child_by_field_name("value")
        if held is None or not _safe_value(program, fn.module, held, depth + 1):
            return False
    return True


def _safe_value(program: Program, mod: Module, node: Node | None, depth: int = 0) -> bool:
    """``node`` (in ``mod``) holds text that cannot break out of an identifier: a literal, a
    regex-proven name, null, or the answer of a helper that only returns such pieces."""
    node = sx.unwrap(node)
    if node is None or depth > _SAFE_DEPTH:
        return False
    src = mod.src
    t = node.type
    if t in ("string", "number", "null", "undefined", "true", "false"):
        return True
    if t == "template_string":
        return all(
            bool(sub.named_children) and _safe_value(program, mod, sub.named_children[0], depth + 1)
            for sub in node.children
            if sub.type == "template_substitution"
        )
    if t == "ternary_expression":  # `RE.test(x) ? x : null`: the branch that runs for a match
        cond = node.child_by_field_name("condition")
        cons = _bare(node.child_by_field_name("consequence"))
        named = cons is not None and cons.type == "identifier"
        matched = named and _accepts(program, mod, cond, sx.text(src, cons), depth)
        return (matched or _safe_value(program, mod, cons, depth + 1)) and _safe_value(
            program, mod, node.child_by_field_name("alternative"), depth + 1
        )
    if t in ("identifier", "shorthand_property_identifier"):  # `return { schema }` too
        if _proven(program, mod, node, depth):
            return True
        name = sx.text(src, node)
        bound = _nearest_binding(src, name, node, const_only=True)
        if bound is not None:
            return _safe_value(program, mod, bound, depth + 1)
        found = _destructured(src, name, node)
        return found is not None and _field_safe(program, mod, found[1], found[0], depth + 1)
    if t == "call_expression":
        fn = _callee_function(program, mod, node)
        return fn is not None and _returns_safe(program, fn)
    return False


_BIND_NAME = re.compile(r"(?i)(params|parameters|values|args|binds|bindings)$")


def _bound_values(src: bytes, call: Node) -> tuple[set[str], set[str]]:
    """The bind values handed to a sink after its SQL (`...params`, `values`, `[...binds, limit]`): the
    plain names, and the roots of members (`...fragment.params`)."""
    names: set[str] = set()
    roots: set[str] = set()
    stack = list(sx.call_args(call)[1:])
    while stack:
        a = sx.strip_types(stack.pop())
        if a is None:
            continue
        if a.type in ("spread_element", "array"):
            stack.extend(a.named_children)
        elif a.type == "identifier" and _BIND_NAME.search(sx.text(src, a)):
            names.add(sx.text(src, a))
        elif a.type == "member_expression":
            prop = a.child_by_field_name("property")
            obj = sx.strip_types(a.child_by_field_name("object"))
            if (
                prop is not None
                and obj is not None
                and obj.type == "identifier"
                and _BIND_NAME.search(sx.text(src, prop))
            ):
                roots.add(sx.text(src, obj))
    return names, roots


def _pastes_own_params(src: bytes, fn: Node) -> bool:
    """A builder of the module that pastes one of its parameters straight into its text (`ORDER BY
    ${column}`), not only through the call that binds a value (`${b.add(filters.author)}`)."""
    params = {
        sx.text(src, p) for p in sx.walk_named(fn.child_by_field_name("parameters") or fn) if p.type == "identifier"
    }
    body = fn.child_by_field_name("body")
    if body is None or not params:
        return False
    for sub in sx.walk_named(body, into_functions=True):
        if sub.type != "template_substitution" or not sub.named_children:
            continue
        tmpl = sub.parent
        if tmpl is not None and tmpl.parent is not None and tmpl.parent.type == "arguments":
            continue
        inner = sx.strip_types(sub.named_children[0])
        if (
            inner is not None
            and inner.type in ("identifier", "member_expression")
            and sx.root_identifier(src, inner) in params
        ):
            return True
    return False


_INPUT_READERS = frozenset(
    {"json", "formData", "text", "parse", "parseAsync", "safeParse", "safeParseAsync", "validate", "get", "fromEntries"}
)


def _made_by_call(src: bytes, value: Node, fn: Node) -> Node | None:
    """The call a value comes from: itself (awaited or not), or the call a local of ``fn`` holds."""
    made = sx.unwrap(value)  # (through `await` and type assertions)
    if made is not None and made.type == "identifier":
        name = sx.text(src, made)
        for d in sx.walk_named(fn):
            if d.type == "variable_declarator" and sx.text(src, d.child_by_field_name("name")) == name:
                held = sx.unwrap(d.child_by_field_name("value"))
                return held if held is not None and held.type == "call_expression" else None
        return None
    return made if made is not None and made.type == "call_expression" else None


def _paired_fragments(ctx: FileContext, call: Node, fn: Node | None) -> set[str]:
    """`const { sql, params } = predicate.buildSql()` then `$queryRawUnsafe(`... ${sql}`, ...params)`: text
    and bind values made together by a placeholder layer, the values handed to the same sink; the
    text names (or `fragment.sql` members) that come with them. Not when the builder is a function of
    this module that pastes its own parameter into the text (that one is read where it is)."""
    if fn is None:
        return set()
    src = ctx.src
    names, roots = _bound_values(src, call)
    if not names and not roots:
        return set()
    out: set[str] = set()
    for d in sx.walk_named(fn):
        if d.type != "variable_declarator":
            continue
        pattern = d.child_by_field_name("name")
        value = sx.strip_types(d.child_by_field_name("value"))
        if pattern is None or value is None:
            continue
        taken: set[str] = set()
        if pattern.type == "object_pattern":
            for part in pattern.named_children:
                if part.type == "shorthand_property_identifier_pattern":
                    taken.add(sx.text(src, part))
                elif part.type == "pair_pattern":
                    v = part.child_by_field_name("value")
                    if v is not None and v.type == "identifier":
                        taken.add(sx.text(src, v))
            if not taken & names:
                continue
            taken -= names
        elif pattern.type == "identifier" and sx.text(src, pattern) in roots:
            taken = {sx.text(src, pattern)}
        else:
            continue
        made = _made_by_call(src, value, fn)
        if made is None or sx.last_name(sx.callee_name(src, made)) in _INPUT_READERS:
            continue  # (`const { field, values } = await req.json()`: the client's pair, no builder's)
        if made.type == "call_expression":
            target = ctx.analyzer.program.resolve_function(ctx.module, sx.callee_name(src, made))
            if target is not None and target.module is ctx.module and _pastes_own_params(src, target.node):
                continue
        out |= taken
    return out


def offending(
    ctx: FileContext,
    arg: Node,
    consts: _Consts,
    scope: Node | None,
    known_sql: bool = False,
    paired: frozenset[str] = frozenset(),
) -> tuple[str, Node] | None:
    """("interpolated"|"concatenated", the non-constant piece) or None. ``known_sql``: the sink takes
    SQL text whatever it reads like (a knex `.whereRaw("name like '%" + q + "%'")` fragment)."""
    arg = sx.strip_types(arg) or arg
    if arg.type == "template_string":
        for sub in arg.children:
            if sub.type == "template_substitution" and not _placeholder_number(ctx.src, sub):
                inner = sub.named_children[0] if sub.named_children else None
                if (
                    inner is not None
                    and not consts.is_constant(inner, scope)
                    and not consts.escaped_literal(sub, scope)
                    and not _paired_piece(ctx.src, inner, paired)
                ):
                    return ("interpolated", inner)
        return None
    if arg.type == "binary_expression" and sx.text(ctx.src, arg.child_by_field_name("operator")) == "+":
        parts: list[Node] = []
        stack = [arg]
        while stack:
            n = sx.strip_types(stack.pop())
            if n is None:
                continue
            if n.type == "binary_expression" and sx.text(ctx.src, n.child_by_field_name("operator")) == "+":
                stack.extend([n.child_by_field_name("right"), n.child_by_field_name("left")])  # type: ignore[list-item]
            else:
                parts.append(n)
        sqlish = any(p.type in ("string", "template_string") and _SQLISH.search(ctx.text(p)) for p in parts)
        if not known_sql and not sqlish:
            return None
        for p in parts:
            if p.type == "template_string":
                found = offending(ctx, p, consts, scope, paired=paired)
                if found:
                    return ("concatenated", found[1])
            elif not consts.is_constant(p, scope) and not _paired_piece(ctx.src, p, paired):
                return ("concatenated", p)
        return None
    if arg.type == "identifier":
        value = consts._binding(ctx.text(arg), scope)
        value = sx.strip_types(value)
        if value is not None and value.type in ("template_string", "binary_expression"):
            return offending(ctx, value, consts, scope, known_sql, paired)
        if value is not None and value.type == "call_expression":
            return _mapped_from_parameter(ctx, value, consts, scope)
        if value is None:
            # `let text = \`SELECT ... ${term}\`; if (status) text += \` AND status = '${status}'\``: each
            # piece the variable is given
            # (an appended `" AND status = '" + status + "'"` is SQL when the text it extends is)
            known = known_sql or bool(_SQLISH.search(_sql_text(ctx, arg, consts, scope)))
            for piece in _let_pieces(ctx, ctx.text(arg), scope):
                found = offending(ctx, piece, consts, scope, known, paired)
                if found is not None:
                    return found
    return None


def _let_pieces(ctx: FileContext, name: str, scope: Node | None, literals: bool = False) -> list[Node]:
    """The text pieces a `let` of the enclosing function is built from: its initialiser and what each
    `=`/`+=` gives it, when they are template strings or concatenations (``literals``: string literals
    too); none when ``name`` is no `let` of ``scope``."""
    if scope is None:
        return []
    src = ctx.src
    declared = False
    pieces: list[Node] = []
    for n in sx.walk(scope):
        if n.type == "variable_declarator" and sx.text(src, n.child_by_field_name("name")) == name:
            declaration = n.parent
            declared = declared or (declaration is not None and sx.text(src, declaration).startswith(("let", "var")))
            value = n.child_by_field_name("value")
        elif n.type in ("assignment_expression", "augmented_assignment_expression") and (
            sx.text(src, n.child_by_field_name("left")) == name
        ):
            value = n.child_by_field_name("right")
        else:
            continue
        value = sx.strip_types(value)
        kinds = ("template_string", "binary_expression", "string")[: 3 if literals else 2]
        if value is not None and value.type in kinds:
            pieces.append(value)
    return pieces if declared else []


def _sql_text(ctx: FileContext, first: Node, consts: _Consts, scope: Node | None) -> str:
    """The text a sink's SQL argument reads as: the argument, or what the local it names is built from."""
    node = sx.strip_types(first) or first
    if node.type != "identifier":
        return ctx.text(first)
    bound = consts._binding(ctx.text(node), scope)
    pieces = [bound] if bound is not None else _let_pieces(ctx, ctx.text(node), scope, literals=True)
    return " ".join(ctx.text(p) for p in pieces) or ctx.text(first)


def _mapped_from_parameter(
    ctx: FileContext, call: Node, consts: _Consts, scope: Node | None
) -> tuple[str, Node] | None:
    r"""`ids.map((id) => \`(${userId}, '${id}')\`).join(",")` of a parameter of the enclosing function:
    a list of SQL pieces, each made of an item the caller sent (the item is named; placeholders such
    as `$${i + 1}` are no piece); also the keys of a parameter's object (`Object.keys(fields).map((k, i) =>
    \`${k} = $${i + 2}\`)`): column names the caller picked."""
    src = ctx.src
    join = sx.strip_types(call.child_by_field_name("function"))
    if join is None or join.type != "member_expression" or sx.text(src, join.child_by_field_name("property")) != "join":
        return None
    mapped = sx.strip_types(join.child_by_field_name("object"))
    fn = sx.strip_types(mapped.child_by_field_name("function")) if mapped is not None else None
    if mapped is None or mapped.type != "call_expression" or fn is None or fn.type != "member_expression":
        return None
    if sx.text(src, fn.child_by_field_name("property")) != "map" or scope is None:
        return None
    items = _object_listing(src, sx.strip_types(fn.child_by_field_name("object")))
    listed = items is not None and items.type in ("identifier", "member_expression")
    root = sx.root_identifier(src, items) if listed else None
    if root is None or root not in _param_names(src, scope):
        return None
    args = sx.call_args(mapped)
    cb = sx.strip_types(args[0]) if args else None
    body = sx.strip_types(cb.child_by_field_name("body")) if cb is not None and sx.is_function(cb) else None
    if cb is None or body is None or body.type != "template_string":
        return None
    names = _param_names(src, cb)
    for sub in body.children:
        if sub.type != "template_substitution" or _placeholder_number(src, sub) or not sub.named_children:
            continue
        inner = sub.named_children[0]
        if sx.root_identifier(src, inner) in names and not consts.is_constant(inner, cb):
            return ("interpolated", inner)
    return None


def _object_listing(src: bytes, items: Node | None) -> Node | None:
    """`Object.keys(fields)` / `Object.entries(fields)`: the object whose keys (column names, in a
    `SET ${k} = $n` list) or entries are listed; ``items`` itself otherwise."""
    if items is None or items.type != "call_expression":
        return items
    if sx.callee_name(src, items) not in ("Object.keys", "Object.entries"):
        return items
    args = sx.call_args(items)
    return sx.strip_types(args[0]) if len(args) == 1 else items


def _param_names(src: bytes, fn: Node) -> set[str]:
    """The names a function's parameters bind (`(a, { b })`, or the one bare `x => ...`)."""
    params = fn.child_by_field_name("parameters")
    if params is None:
        one = fn.child_by_field_name("parameter")
        return {sx.text(src, one)} if one is not None else set()
    return {n for p in params.named_children for n in sx.pattern_names(src, p.child_by_field_name("pattern") or p)}


def _paired_piece(src: bytes, piece: Node, paired: frozenset[str]) -> bool:
    piece = sx.strip_types(piece) or piece
    if not paired or piece.type not in ("identifier", "member_expression"):
        return False
    if piece.type == "identifier":
        return sx.text(src, piece) in paired
    obj = sx.strip_types(piece.child_by_field_name("object"))
    return obj is not None and obj.type == "identifier" and sx.text(src, obj) in paired


_DRIZZLE_TABLES = frozenset({"pgTable", "mysqlTable", "sqliteTable"})
_LOOSE_TYPES = frozenset(
    {"string", "any", "unknown", "String", "object", "Record<string, string>", "Record<string, any>"}
)
_NUMERIC_TYPES = frozenset({"number", "bigint"})
_VALUE_POSITION = re.compile(r"""(?i)(['=<>]|\blike|\bin\s*\(|\bvalues\s*\(|,)\s*$""")


def _param_type(src: bytes, fn: Node, name: str) -> str | None:
    """The annotated type of parameter ``name`` of ``fn`` (also when destructured from a typed
    parameter, in the signature or in the body: `const { sortBy } = filters`)."""
    params = fn.child_by_field_name("parameters")
    for p in params.named_children if params is not None else []:
        if p.type not in ("required_parameter", "optional_parameter"):
            continue
        ann = p.child_by_field_name("type")
        pattern = p.child_by_field_name("pattern")
        names = sx.pattern_names(src, pattern)
        type_text = sx.text(src, ann).lstrip(":").strip() if ann is not None else None
        if name in names and type_text:
            return type_text
        if pattern is not None and pattern.type == "identifier" and type_text:
            pname = sx.text(src, pattern)
            for n in sx.walk(fn):
                if (
                    n.type == "variable_declarator"
                    and sx.text(src, n.child_by_field_name("value")) == pname
                    and name in sx.pattern_names(src, n.child_by_field_name("name"))
                ):
                    return type_text
    return None


def _typed_identifier(ctx: FileContext, piece: Node, entry_nodes: set[int]) -> bool:
    """An SQL identifier (column, direction, alias) held by a parameter typed more narrowly than
    `string` of an internal helper: its callers are type-checked (typically a zod enum parsed
    upstream). Entry points are excluded: their arguments come straight from the client."""
    src = ctx.src
    node = sx.strip_types(piece) or piece
    if node.type == "ternary_expression":  # `sortBy === "createdAt" ? "pg.createdAt" : sortBy`
        branches = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
        loose = [b for b in branches if b is not None and (sx.strip_types(b) or b).type not in ("string",)]
        return len(loose) == 1 and _typed_identifier(ctx, loose[0], entry_nodes)
    root = sx.root_identifier(src, node) if node.type in ("identifier", "member_expression") else None
    if root is None:
        return False
    fn = sx.enclosing_function(node)
    while fn is not None:
        if fn.start_byte in entry_nodes:
            return False
        type_text = _param_type(src, fn, root)
        if type_text is not None:
            # a number is no identifier: `- ${days}` pastes whatever the caller sent (a client's
            # value is typed `number` only at compile time); numbers count only in JS arithmetic
            # (a union is as loose as its loosest member: `number | string` takes any text)
            parts = {t.strip() for t in type_text.split("|")} - {"undefined", "null", ""}
            return (
                bool(parts)
                and not parts & _LOOSE_TYPES
                and not parts <= _NUMERIC_TYPES
                and not any(t.endswith("[]") for t in parts)
            )
        fn = sx.enclosing_function(fn)
    return False


def _identifier_position(ctx: FileContext, piece: Node) -> bool:
    """Not where a value goes (`= '${x}'`, `LIKE ${x}`, `IN (${x})`): an identifier or keyword slot."""
    sub = next((p for p in sx.ancestors(piece) if p.type == "template_substitution"), None)
    if sub is None:
        return True  # a fragment sink argument: `Prisma.raw(sortBy)`
    before = sub.prev_sibling
    text = ctx.text(before) if before is not None and before.type != "template_substitution" else ""
    return not _VALUE_POSITION.search(text)


# A command-line script (`scripts/backfill.ts`, run with `tsx`) that no shipped file imports takes its
# input from whoever runs it, on a machine that holds the database credentials already: no request
# reaches it. (Known only when the whole tree is at hand; a route in a `scripts/` folder is a route.)
# (so is a database seed file, `prisma/seed.ts`, `drizzle/seeds/users.ts`, run by `db:seed`)
_SCRIPT_DIR = re.compile(r"(^|/)(scripts|seeds?|seeders)/|(^|/)seed(s|er)?\.[cm]?[jt]sx?$")
_ROUTE_DIR = re.compile(r"(^|/)(app|pages)/")  # `app/api/scripts/route.ts` is a route, not a script


def _operator_script(ctx: FileContext) -> bool:
    program = ctx.analyzer.program
    if not _SCRIPT_DIR.search(ctx.path) or not isinstance(program.tree, DiskTree | MemoryTree):
        return False
    return not ctx.entry_points and _imported_by_scripts_only(import_graph(program.index)[0], ctx.path)


def _imported_by_scripts_only(importers: dict[str, set[str]], path: str) -> bool:
    """Every file importing ``path``, and every file importing those, is in a `scripts/` folder
    (`scripts/migrate.ts` running `scripts/backfill.ts`): no shipped module reaches it."""
    seen, queue = {path}, [path]
    while queue:
        for importer in importers.get(queue.pop(), ()):
            if importer in seen:
                continue
            if not _SCRIPT_DIR.search(importer) or _ROUTE_DIR.search(importer) or len(seen) > 50:
                return False
            seen.add(importer)
            queue.append(importer)
    return True


_HTTP_CALLS = re.compile(r"^(fetch|\$fetch|ofetch|got|ky|axios)$|^(axios|got|ky|ofetch)\.\w+$")


def _own_http_method(ctx: FileContext, call: Node, callee: str) -> bool:
    """`this.query(text)` where the class around the call defines `query` itself and that method sends
    the text over HTTP (`fetch(url)`) with no database call in it: a REST API's query endpoint (an
    accounting or CRM service's own query language), not a SQL client. A method the class inherits,
    or one that hands the text to a pool (`this.pool.query(text)`), stays a sink."""
    parts = callee.split(".")
    if len(parts) != 2 or parts[0] != "this":
        return False
    cls = next(
        (p for p in sx.ancestors(call) if p.type in ("class_declaration", "class", "abstract_class_declaration")), None
    )
    body = cls.child_by_field_name("body") if cls is not None else None
    if body is None:
        return False
    method = next(
        (
            m
            for m in body.named_children
            if m.type == "method_definition" and ctx.text(m.child_by_field_name("name")) == parts[1]
        ),
        None,
    )
    if method is None:
        return False
    http = False
    for inner in sx.find(method, ("call_expression",)):
        name = sx.callee_name(ctx.src, inner)
        if is_sink(name) or name.endswith((".raw", "Unsafe")):
            return False
        http = http or _HTTP_CALLS.match(name) is not None
    return http


# Test code and its setup are not shipped: nothing a client sends reaches them.
# (also a test runner's own config and setup files: `vitest.globalsetup.ts`, `jest.setup.js`, `playwright.config.ts`)
_TEST_CODE = re.compile(
    r"(^|/)(__tests__|__mocks__|tests?|e2e|cypress)/|\.(test|spec)\.[cm]?[jt]sx?$"
    r"|(^|/)(vitest|jest|playwright|cypress)\.[\w-]+(\.[\w-]+)*\.[cm]?[jt]sx?$"
)


# `*.integration.ts` holding a suite (`describe(...)`): a test run against a database, named for its kind (a
# shipped module named for an integration, `stripe.integration.ts`, declares no suite)
_INTEGRATION_FILE = re.compile(r"\.integration\.[cm]?[jt]sx?$")
_SUITE_CALL = re.compile(rb"(?m)^\s*(describe|test|it)(\.\w+)?\(")


def _integration_suite(ctx: FileContext) -> bool:
    return bool(_INTEGRATION_FILE.search(ctx.path)) and bool(_SUITE_CALL.search(ctx.src))


def check(ctx: FileContext) -> Iterator[Finding]:
    if ctx.is_client_file or _TEST_CODE.search(ctx.path) or _integration_suite(ctx):
        return
    if _operator_script(ctx):
        return
    src = ctx.src
    if not any(k in src for k in (b"query", b"execute", b"exec", b"prepare", b"Unsafe", b"raw", b"Raw", b"unsafe")):
        return
    consts = _Consts(ctx)
    entry_nodes = consts.entry_nodes
    for node in ctx.module.parsed.find(("call_expression",)):
        if is_tagged_template(node):
            continue
        callee = _unaliased(ctx, sx.callee_name(src, node))
        if not is_sink(callee) and not callee.endswith(".raw"):
            continue  # (what the two tests below ask first: most calls end here, before their arguments are read)
        args = sx.call_args(node)
        if not args:
            continue
        first = args[0]
        # a query config object: libsql/mysql2 `{ sql, args }`, pg `{ text, values }`: its text is the SQL
        config = object_keys(src, first) if is_sink(callee) else {}
        text_key = next((k for k in ("sql", "text") if k in config), None)
        if text_key is not None:
            first = config[text_key]
        if not is_sink(callee) and not _raw_sql_text(ctx, callee, first):
            continue
        if built_by_other_library(ctx.module, node) or _own_http_method(ctx, node, callee):
            continue  # another service's query language (an ads-reporting SDK's `customer.query`)
        fn = sx.enclosing_function(node)
        built = (sx.strip_types(first) or first).type in ("template_string", "binary_expression")
        if is_fragment_sink(callee) and not built and not consts.is_constant(first, fn):
            if not _typed_identifier(ctx, first, entry_nodes()):
                yield ctx.finding(META, "raw_fragment", node, sink=callee, value=short(ctx.text(first), 40))
            continue
        found = offending(
            ctx, first, consts, fn, sx.last_name(callee) in _BUILDER_RAW, frozenset(_paired_fragments(ctx, node, fn))
        )
        if found is None:
            continue
        kind, piece = found
        if _identifier_position(ctx, piece) and _typed_identifier(ctx, piece, entry_nodes()):
            continue
        if (
            kind == "interpolated"
            and not _SQLISH.search(_sql_text(ctx, first, consts, fn))
            and not callee.endswith(("Unsafe", "raw", "Raw", "unsafe"))
        ):
            continue
        fixable = len(args) == 1 and ctx.fixes and text_key is None
        fix = sql_placeholder_fix(ctx, node, callee, consts.is_constant, fn) if fixable else None
        yield ctx.finding(META, kind, node, fix=fix, sink=callee, value=short(ctx.text(piece), 40))
