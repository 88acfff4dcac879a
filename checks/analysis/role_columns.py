"""Columns that hold a role by their schema type, whatever they are called.

An app's role column is not always `role`: `userType`, `employeeType`, `member_kind`. When the
column's type in the repo's schema is an enumeration whose values name an administrator, owner or
manager, the column says what its holder may do:

- Prisma: `employeeType EmployeeType` with `enum EmployeeType { Admin Manager Sales }` (any `.prisma`
  file: a split schema folder too);
- drizzle: `userType: userTypeEnum("user_type")` with `pgEnum("user_type", ["admin", ...])`, an inline
  `mysqlEnum("kind", [...])`, `text("kind", { enum: [...] })` or `.$type<"admin" | "member">()`;
- Supabase generated types: `user_type: Database["public"]["Enums"]["user_type"]` in a table's
  `Row`/`Insert`/`Update`, with `Enums: { user_type: "manager" | "admin" | ... }` (or the union
  written in place). Found among the tree's own files, or through the writing module's imports of
  `Database`/`Tables`/... (a workspace package's types, when an app is scanned alone).

An enumeration of statuses or colours names no role: its column is none of these."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.calls import object_keys
from checks.analysis.model_secrets import relation_target
from checks.analysis.module import Module
from checks.analysis.program import Program
from checks.analysis.tenancy import braced
from checks.sources import read_once, tree_fact

# A value naming who runs the place (`ADMIN`, `Owner`, `super_admin`, `orgAdmin`), any case.
_ROLE_VALUES = frozenset({"admin", "administrator", "owner", "manager", "superadmin", "superuser"})


def admin_role_name(value: str) -> bool:
    """``value`` names who runs the place (`ADMIN`, `Owner`, `super_admin`, `orgAdmin`), any case."""
    flat = re.sub(r"[^a-z]", "", value.lower())
    return flat in _ROLE_VALUES or (flat.endswith("admin") and len(flat) <= 12)


def _names_role(values: list[str]) -> bool:
    return any(admin_role_name(v) for v in values)


_STRING = re.compile(r"[\"'`]([^\"'`\n]*)[\"'`]")

# ---- Prisma ----
_PRISMA_ENUM = re.compile(r"^enum\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)
_PRISMA_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)
_PRISMA_MAP = re.compile(r"@@map\(\s*\"(\w+)\"")


def _read_prisma(program: Program) -> dict[str, frozenset[str]]:
    texts: list[str] = []
    for path in program.index.paths:
        if path.endswith(".prisma") and "node_modules" not in path:
            data = read_once(program.tree, path)
            if data is not None and b"enum " in data:
                texts.append(data.decode("utf-8", "replace"))
    roles: set[str] = set()
    for text in texts:
        for m in _PRISMA_ENUM.finditer(text):
            values = [ln.split()[0] for ln in m.group(2).splitlines() if ln.split() and not ln.strip().startswith("//")]
            if _names_role(values):
                roles.add(m.group(1))
    out: dict[str, set[str]] = {}
    for text in texts if roles else ():
        for m in _PRISMA_MODEL.finditer(text):
            cols = set()
            for ln in m.group(2).splitlines():
                parts = ln.split()
                if len(parts) >= 2 and not parts[0].startswith(("//", "@@")) and parts[1].rstrip("?[]") in roles:
                    cols.add(parts[0])
            mapped = _PRISMA_MAP.search(m.group(2))
            for name in (m.group(1), mapped.group(1) if mapped else None):
                if name and cols:
                    out.setdefault(name.lower(), set()).update(cols)
    return {k: frozenset(v) for k, v in out.items()}


# ---- drizzle ----
_DRIZZLE_PATH = re.compile(
    r"(?i)(schema|model|db|drizzle|database|entit|table)[^/]*\.(ts|js|mts|mjs)$|(^|/)(models?|schemas?|db)/"
)
_DRIZZLE_ENUM = re.compile(r"\bconst\s+(\w+)\s*=\s*(?:pg|mysql|sqlite)Enum\(\s*[\"'`]\w+[\"'`]\s*,\s*(\[[^\]]*\]|\w+)")
_CONST_LIST = re.compile(r"\bconst\s+(\w+)\s*=\s*(\[[^\]]*\])")
_DRIZZLE_TABLE = re.compile(r"\bconst\s+(\w+)\s*=\s*(?:pg|mysql|sqlite)Table\(\s*[\"'`](\w+)[\"'`]\s*,")
_COLUMN = re.compile(r"^\s*(\w+)\s*:\s*(\w+)\s*\(")
_INLINE_ENUM = re.compile(r"(?:\benum\s*:\s*|Enum\(\s*[\"'`]\w+[\"'`]\s*,\s*)(\[[^\]]*\]|\w+)")
_TYPED = re.compile(r"\$type<([^>]*)>")


def _listed(text: str, lists: dict[str, list[str]]) -> list[str]:
    """The values of `["a", "b"]`, or of a constant list named there."""
    return _STRING.findall(text) if text.startswith("[") else lists.get(text, [])


def _read_drizzle(program: Program) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for path in program.index.paths:
        if not _DRIZZLE_PATH.search(path) or "node_modules" in path:
            continue
        data = read_once(program.tree, path)
        if data is None or b"Table(" not in data or (b"num" not in data and b"$type<" not in data):
            continue
        text = data.decode("utf-8", "replace")
        lists = {m.group(1): _STRING.findall(m.group(2)) for m in _CONST_LIST.finditer(text)}
        enums = {m.group(1) for m in _DRIZZLE_ENUM.finditer(text) if _names_role(_listed(m.group(2), lists))}
        for m in _DRIZZLE_TABLE.finditer(text):
            cols = set()
            for ln in braced(text, m.end(), 40000).splitlines():
                col = _COLUMN.match(ln)
                if col is None:
                    continue
                inline = _INLINE_ENUM.search(ln)
                typed = _TYPED.search(ln)
                if (
                    col.group(2) in enums
                    or (inline is not None and _names_role(_listed(inline.group(1), lists)))
                    or (typed is not None and _names_role(_STRING.findall(typed.group(1))))
                ):
                    cols.add(col.group(1))
            if cols:
                out.setdefault(m.group(1).lower(), set()).update(cols)
                out.setdefault(m.group(2).lower(), set()).update(cols)
    return {k: frozenset(v) for k, v in out.items()}


# ---- Supabase generated types ----
_OPEN = re.compile(r"^\s*(?:export\s+)?(?:type\s+)?(\w+)?\s*[:=]?\s*\{\s*$")
_ENUM_REF = re.compile(r"^\s*(\w+)\??\s*:\s*Database\[[\"'](\w+)[\"']\]\[[\"']Enums[\"']\]\[[\"'](\w+)[\"']\]")
_FIELD = re.compile(r"^\s*(\w+)\??\s*:\s*(.*)$")
_TABLE_PARTS = frozenset({"Row", "Insert", "Update"})


def _supabase_columns(text: str) -> dict[str, frozenset[str]]:
    """Table name (lower case) -> its columns typed by an enumeration naming a role."""
    stack: list[str] = []
    enums: dict[str, list[str]] = {}
    refs: list[tuple[str, str, str]] = []  # (table, column, enum)
    last_enum: str | None = None
    for ln in text.splitlines():
        stripped = ln.strip()
        if "Enums" in stack[-1:]:
            field = _FIELD.match(ln)
            if field is not None and not stripped.endswith("{"):
                last_enum = field.group(1)
                enums.setdefault(last_enum, []).extend(_STRING.findall(field.group(2)))
                continue
            if stripped.startswith("|") and last_enum is not None:
                enums[last_enum].extend(_STRING.findall(stripped))
                continue
        opened = _OPEN.match(ln)
        if opened is not None:
            stack.append(opened.group(1) or "")
            continue
        if stripped.startswith("}"):
            if stack:
                stack.pop()
            last_enum = None
            continue
        if len(stack) >= 3 and stack[-1] in _TABLE_PARTS and stack[-3] in ("Tables", "Views"):
            ref = _ENUM_REF.match(ln)
            if ref is not None:
                refs.append((stack[-2], ref.group(1), ref.group(3)))
            elif (field := _FIELD.match(ln)) is not None and _names_role(_STRING.findall(field.group(2))):
                refs.append((stack[-2], field.group(1), ""))
    out: dict[str, set[str]] = {}
    for table, column, enum in refs:
        if not enum or _names_role(enums.get(enum, [])):
            out.setdefault(table.lower(), set()).add(column)
    return {k: frozenset(v) for k, v in out.items()}


_TYPES_PATH = re.compile(r"(?i)(supabase|database|db|schema)[^/]*\.ts$|(^|/)types?/[^/]*\.ts$")


def _read_supabase(program: Program) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for path in program.index.paths:
        if not _TYPES_PATH.search(path) or "node_modules" in path:
            continue
        data = read_once(program.tree, path)
        if data is None or b'["Enums"]' not in data:
            continue
        for table, cols in _supabase_columns(data.decode("utf-8", "replace")).items():
            out[table] = out.get(table, frozenset()) | cols
    return out


_TYPE_NAMES = frozenset({"Database", "Tables", "TablesInsert", "TablesUpdate", "Enums"})
_REEXPORT = re.compile(r"\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*from\s*[\"']([^\"']+)[\"']")


def _imported_types(program: Program, mod: Module) -> dict[str, frozenset[str]]:
    """The Supabase types a module imports `Database`/`Tables` from (following re-exports): a workspace
    package's generated file, outside the scanned app's own paths."""
    specs = {b.spec for name, b in mod.imports.items() if b.imported in _TYPE_NAMES or name in _TYPE_NAMES}
    memo: dict[str, dict[str, frozenset[str]]] = tree_fact(program.tree, "supabase_role_columns_by_file", dict)
    for spec in sorted(specs):
        target = program.imported_module(mod, spec)
        for _ in range(3):
            if target is None:
                break
            if target.path not in memo:
                text = target.src.decode("utf-8", "replace")
                memo[target.path] = _supabase_columns(text) if '["Enums"]' in text else {}
            if memo[target.path]:
                return memo[target.path]
            nxt = None
            for m in _REEXPORT.finditer(target.src.decode("utf-8", "replace")):
                nxt = program.imported_module(target, m.group(1))
                if nxt is not None and '["Enums"]' in nxt.src.decode("utf-8", "replace"):
                    break
            target = nxt
    return {}


# ---- the project's own role gates ----
# `if (ctx.user.yardRole !== "yard_manager") throw ...`: a `...Role` field compared with a role name, and the
# request refused when it differs
_GATE_TEST = re.compile(
    rb"""\.(\w*[Rr]ole)\s*!==?\s*["'`]([\w:.-]+)["'`]\s*\)\s*\{?\s*(?:throw|return|redirect|notFound)\b"""
)


def _read_gated_roles(program: Program) -> frozenset[str]:
    out: set[str] = set()
    for path in program.index.paths:
        if not path.endswith((".ts", ".tsx", ".js", ".jsx")) or "node_modules" in path:
            continue
        data = read_once(program.tree, path)
        if data is None or b"ole !=" not in data:
            continue
        for m in _GATE_TEST.finditer(data):
            value = m.group(2).decode("utf-8", "replace")
            # (a manager of one part of the place, `yard_manager`, as much as `manager`)
            flat = re.sub(r"[^a-z]", "", value.lower())
            if admin_role_name(value) or flat.endswith(("manager", "admin", "owner")):
                out.add(m.group(1).decode("utf-8", "replace"))
    return frozenset(out)


def role_column(program: Program, mod: Module, api: str, model: str, column: str) -> bool:
    """``column`` of ``model`` (as the write names them: a Prisma client name, a drizzle table's export,
    a Supabase table) is typed by an enumeration whose values name an administrator, owner or manager;
    or, named `...Role`, it is what the project's own role gate tests against such a name (`if
    (ctx.user.yardRole !== "yard_manager") throw`), whatever its schema type."""
    key = model.lower()
    if not key or not column:
        return False
    if column.endswith(("Role", "_role")) and column in tree_fact(
        program.tree, "gated_role_columns", lambda: _read_gated_roles(program)
    ):
        return True
    if api == "prisma":
        table = tree_fact(program.tree, "prisma_role_columns", lambda: _read_prisma(program))
    elif api == "drizzle":
        table = tree_fact(program.tree, "drizzle_role_columns", lambda: _read_drizzle(program))
    elif api == "supabase":
        table = tree_fact(program.tree, "supabase_role_columns", lambda: _read_supabase(program))
        if key not in table:
            table = _imported_types(program, mod)
    else:
        return False
    return column in table.get(key, frozenset())


# ---- Prisma nested writes ----
# the keys a relation field's nested write goes through to the related row's own data
_NESTED_VERBS = frozenset({"create", "createMany", "update", "updateMany", "upsert", "connectOrCreate", "data"})


def _nested_row_literals(src: bytes, verb: str, value: Node | None) -> list[Node]:
    """The related rows' literals one nested verb writes: `create: {...}` (or a list of them),
    `createMany: { data: [...] }`, `update: {...}` (or `{ where, data }` of a list relation), `upsert: {
    create, update }`, `connectOrCreate: { where, create }`."""
    node = sx.strip_types(value)
    if node is None:
        return []
    if node.type == "array":
        return [c for c in (sx.strip_types(n) for n in node.named_children) if c is not None and c.type == "object"]
    if node.type != "object":
        return []
    keys = object_keys(src, node)
    if verb in ("createMany", "updateMany") or (verb == "update" and "data" in keys and "where" in keys):
        return _nested_row_literals(src, "create", keys.get("data"))
    if verb in ("upsert", "connectOrCreate"):
        return [r for k in ("create", "update") for r in _nested_row_literals(src, "create", keys.get(k))]
    return [node]


def nested_rows(src: bytes, data: Node | None, depth: int = 0) -> Iterator[tuple[list[str], Node]]:
    """Each related row a Prisma write's data creates or changes through a relation field (`seat: {
    create: { grade } }` of `account.update`), with the relation fields leading to it (`["seat"]`)."""
    if depth > 3:
        return
    for key, value in object_keys(src, data).items():
        inner = sx.strip_types(value)
        if key in _NESTED_VERBS or inner is None or inner.type != "object":
            continue
        for verb, held in object_keys(src, inner).items():
            if verb not in _NESTED_VERBS or verb == "data":
                continue
            for row in _nested_row_literals(src, verb, held):
                yield [key], row
                for path, deeper in nested_rows(src, row, depth + 1):
                    yield [key, *path], deeper


def nested_role_columns(
    program: Program, mod: Module, model: str, data: Node | None
) -> Iterator[tuple[str, str, Node]]:
    """(relation path, column, value) of each column of a related row a Prisma write sets through a
    relation field whose schema type is an enumeration naming an administrator, owner or manager:
    `user.update({ data: { staff: { create: { grade: input.grade } } } })` with `Staff { grade Grade }`
    and `enum Grade { admin teller }` grants a role as surely as a write of the `Staff` row itself."""
    for path, row in nested_rows(mod.src, data):
        related: str | None = model
        for field in path:
            related = relation_target(program, related, field, mod.path) if related else None
        if not related:
            continue
        for column, value in object_keys(mod.src, row).items():
            if role_column(program, mod, "prisma", related, column):
                yield ".".join(path), column, value
