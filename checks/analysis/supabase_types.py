"""The tables of Supabase's generated `Database` type (`supabase gen types typescript`), read as a schema.

A Supabase project often keeps no migrations in the repo: the one place its tables are written out is the
generated types file, `export type Database = { public: { Tables: { classes: { Row: {...}, Relationships:
[...] } } } }`. Each table's `Row` gives its columns, and `Relationships` its foreign keys (`columns:
["class_id"]`, `referencedRelation: "classes"`).

What it tells missing-auth: a table whose rows a link table hands to people (`teachers (class_id,
teacher_id)`: nothing but a key to the table and a person's id) is held to those people, so are the rows
one key below it (`seating_plans.class_id` of a class), unless the table shows a public face (a visibility
flag, a slug, a price, a publication status): a course catalogue keeps its instructors in a link table too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.analysis.program import Program
from checks.sources import SCRIPT_SUFFIXES, project_files, tree_fact


@dataclass
class SbTable:
    """One table of the generated types: its columns (name -> may be null) and foreign keys (column -> table)."""

    columns: dict[str, bool] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)


_SCHEMA_PUBLIC = re.compile(r"\bpublic\s*:\s*\{")
_TABLES = re.compile(r"\bTables\s*:\s*\{")
_ENTRY = re.compile(r"\b(\w+)\s*:\s*\{")
_ROW = re.compile(r"\bRow\s*:\s*\{")
_COLUMN = re.compile(r"^\s*(\w+)\s*:\s*(.+?)\s*;?\s*$", re.M)
_RELATIONSHIPS = re.compile(r"\bRelationships\s*:\s*\[")
_FOREIGN_KEY = re.compile(
    r"\bcolumns\s*:\s*\[\s*[\"'](\w+)[\"']\s*\]\s*,?[^{}]*?\breferencedRelation\s*:\s*[\"'](\w+)[\"']", re.S
)


def supabase_tables(program: Program) -> dict[str, SbTable]:
    """Table (lower case) -> its columns and keys, of the `public` schema of each generated `Database` type."""
    return tree_fact(program.tree, "supabase_type_tables", lambda: _read(program))


def _read(program: Program) -> dict[str, SbTable]:
    out: dict[str, SbTable] = {}
    for _, data in project_files(
        program.tree, program.index.paths, SCRIPT_SUFFIXES, b"Database", b"Tables", b"Row", b"Relationships"
    ):
        text = data.decode("utf-8", "replace")
        schema = _SCHEMA_PUBLIC.search(text)
        tables = _TABLES.search(text, schema.end()) if schema else None
        if tables is None:
            continue
        body = _balanced(text, tables.end() - 1)
        for name, table in _entries(body):
            out.setdefault(name.lower(), _table(table))
    return out


def _table(body: str) -> SbTable:
    table = SbTable()
    row = _ROW.search(body)
    if row is not None:
        for m in _COLUMN.finditer(_balanced(body, row.end() - 1)):
            table.columns[m.group(1)] = bool(re.search(r"\|\s*null\b", m.group(2)))
    rels = _RELATIONSHIPS.search(body)
    if rels is not None:
        for m in _FOREIGN_KEY.finditer(_balanced(body, rels.end() - 1, "[]")):
            table.refs[m.group(1)] = m.group(2).lower()
    return table


def _entries(body: str) -> list[tuple[str, str]]:
    """The top-level `name: { ... }` entries of an object type's body."""
    found: list[tuple[str, str]] = []
    pos = 0
    while (m := _ENTRY.search(body, pos)) is not None:
        inner = _balanced(body, m.end() - 1)
        found.append((m.group(1), inner))
        pos = m.end() + len(inner) + 1
    return found


def _balanced(text: str, start: int, pair: str = "{}", limit: int = 400_000) -> str:
    """The inside of the balanced bracket opening at ``start``."""
    depth = 0
    for i in range(start, min(len(text), start + limit)):
        ch = text[i]
        if ch == pair[0]:
            depth += 1
        elif ch == pair[1]:
            depth -= 1
            if depth == 0:
                return text[start + 1 : i]
    return ""


# a column that shows the row to everyone: a visibility flag, a public handle, a price, a publication state
_PUBLIC_FACE = re.compile(
    r"(?i)^(is_?)?(public|published|visible|listed|featured|active)$|^(slug|handle|price|\w*_price|price_\w*|"
    r"status|visibility|published_at|publish_date)$"
)
# who a link row hands its other key to: `teacher_id`, `user_id`, `member_id` (not a thing's key)
_PERSON_KEY = re.compile(
    r"(?i)^(\w+_)?(user|owner|member|teacher|tutor|coach|trainer|instructor|staff|employee|manager|admin|account|"
    r"parent|guardian|assignee|profile)_?id$"
)
# the account table a person key may point at inside the schema (else it points at `auth.users`, outside it)
_ACCOUNT_TABLE = re.compile(r"(?i)^(users?|accounts?|profiles?|members?)$")
_ROW_META = frozenset({"id", "created_at", "updated_at", "inserted_at", "role"})


def assigned_tables(program: Program) -> frozenset[str]:
    """Tables (lower case) of the generated types whose rows a link table hands to people, and those one key
    below them (see the module doc)."""
    return tree_fact(program.tree, "supabase_assigned_tables", lambda: _read_assigned(program))


def _read_assigned(program: Program) -> frozenset[str]:
    tables = supabase_tables(program)
    held: set[str] = set()
    for link in tables.values():
        keys = [c for c in link.columns if c not in _ROW_META]
        people = [
            c for c in keys if _PERSON_KEY.match(c) and (c not in link.refs or _ACCOUNT_TABLE.match(link.refs[c]))
        ]
        things = [link.refs[c] for c in keys if c in link.refs and c not in people and link.refs[c] in tables]
        # (a pure link row: one person's id, one key to a table of the schema, nothing else of its own)
        if len(keys) == 2 and len(people) == 1 and len(things) == 1:
            held.add(things[0])
    held = {t for t in held if _private_face(tables[t])}
    below = {
        name
        for name, t in tables.items()
        if name not in held and _private_face(t) and any(to in held for to in t.refs.values())
    }
    return frozenset(held | below)


def _private_face(table: SbTable) -> bool:
    return not any(_PUBLIC_FACE.match(c) for c in table.columns)
