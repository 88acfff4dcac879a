"""Tables that hold records about people who do not sign in, read from the project's own SQL and Mongoose schemas.

A school's `pupils`, a clinic's `patients`: the people the app keeps records about are often not its
users, so their table has no user or owner column, and its name is the domain's own. What its columns
hold says it: a birth date or health notes (`date_of_birth`, `medical_notes`, `diagnosis`) are a
person's most protected data, whoever the row is about. A table whose rows point at such a record
(`absences (pupil_id uuid references pupils(id))`) is that person's record too: their absences, their
register marks, the slips signed for them.

A `CREATE TABLE` of the project's own SQL (migrations) is read, where the foreign keys are written
out, and a Mongoose schema, where a key declared as one document's id names its model (`patient: {
type: Types.ObjectId, ref: "Patient" }`: a lab result, a prescription of that patient). The account
table (`users`, `profiles`, one whose id is the identity provider's user) is not such a record for its
children: every post and comment points at its author, and that makes them no one's private data."""

from __future__ import annotations

import re

from checks.analysis import tenancy
from checks.analysis import vocabulary as vocab
from checks.analysis.program import Program
from checks.sources import project_files, tree_fact

_CREATE_TABLE = re.compile(
    r"(?i)\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?[\"'`]?(?:\w+[\"'`]?\.[\"'`]?)?(\w+)[\"'`]?\s*\("
)
# one column's declaration (its name), and the table its `references` names
_COLUMN = re.compile(r"^\s*[\"'`]?([A-Za-z_]\w*)[\"'`]?\s+[A-Za-z]")
_REFERENCES = re.compile(r"(?i)\breferences\s+(?:\w+\s*\.\s*)?[\"'`]?(\w+)")
_NOT_COLUMN = frozenset({"primary", "foreign", "unique", "constraint", "check", "index", "key"})
# a table of the people who sign in: their account or profile, not a record kept about someone
_ACCOUNT_TABLE = re.compile(r"(?i)^(users?|accounts?|profiles?|members?|people|persons?|sessions?)$")
# a row keyed by the identity provider's user: `id uuid references auth.users(id)`
_AUTH_USER_REF = re.compile(r"(?i)\breferences\s+auth\s*\.\s*users\b")
_SQL_COMMENT = re.compile(r"--[^\n]*")


def person_record_table(program: Program, table: str) -> bool:
    """``table`` (any case) holds records about people: a birth date or health column of its own, or a
    key to such a table (see the module doc)."""
    return table.lower() in tree_fact(program.tree, "person_record_tables", lambda: _read(program))


def _read(program: Program) -> frozenset[str]:
    columns: dict[str, set[str]] = {}
    refs: dict[str, set[str]] = {}
    accounts: set[str] = set()
    for _, data in project_files(program.tree, program.index.paths, (".sql",)):
        text = _SQL_COMMENT.sub("", data.decode("utf-8", "replace"))
        for m in _CREATE_TABLE.finditer(text):
            name = m.group(1).lower()
            body = _parenthesised(text, m.end() - 1)
            if _AUTH_USER_REF.search(body) or _ACCOUNT_TABLE.match(name):
                accounts.add(name)
            for line in body.splitlines():
                c = _COLUMN.match(line)
                if c is None or c.group(1).lower() in _NOT_COLUMN:
                    continue
                columns.setdefault(name, set()).add(c.group(1))
                to = _REFERENCES.search(line)
                if to is not None:
                    refs.setdefault(name, set()).add(to.group(1).lower())
    _read_mongoose(program, columns, refs, accounts)
    people = {
        name
        for name, cols in columns.items()
        if name not in accounts and any(vocab.SPECIAL_PERSONAL_FIELD.match(c) for c in cols)
    }
    # (one step down: a record about the person, not everything further below it)
    return frozenset(people | {name for name, to in refs.items() if name not in accounts and to & people})


# `{ type: Schema.Types.ObjectId, ref: "Patient" }`: one document's id (not a list of them, `[{ ... }]`)
_MONGOOSE_REF = re.compile(
    r"^\{[^{}]*\btype\s*:\s*(?:[\w$]+\.)*ObjectId\b[^{}]*\bref\s*:\s*[\"'`](\w+)[\"'`]|"
    r"^\{[^{}]*\bref\s*:\s*[\"'`](\w+)[\"'`][^{}]*\btype\s*:\s*(?:[\w$]+\.)*ObjectId\b"
)


def _read_mongoose(
    program: Program, columns: dict[str, set[str]], refs: dict[str, set[str]], accounts: set[str]
) -> None:
    """Add each Mongoose model's schema keys and the models its single-id keys refer to (lower case)."""
    for name, declared in tenancy.mongoose_schema_declarations(program):
        if _ACCOUNT_TABLE.match(name):
            accounts.add(name)
        columns.setdefault(name, set()).update(declared)
        for value in declared.values():
            m = _MONGOOSE_REF.match(value.strip())
            if m is not None:
                refs.setdefault(name, set()).add((m.group(1) or m.group(2)).lower())


def _parenthesised(text: str, start: int, limit: int = 20000) -> str:
    """The inside of the balanced `(...)` opening at ``start``, one column a line."""
    depth = 0
    for i in range(start, min(len(text), start + limit)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return _split_top_level(text[start + 1 : i])
    return ""


def _split_top_level(body: str) -> str:
    """``body`` with a line break after each comma outside parentheses (`numeric(10, 2)` stays whole)."""
    out: list[str] = []
    depth = 0
    for ch in body:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        out.append(",\n" if ch == "," and depth == 0 else ch)
    return "".join(out).replace("\n\n", "\n")
