"""Columns that name a tenant or a person, read from the repo's own schemas.

The vocabulary knows the usual tenant and owner columns (`orgId`, `workspaceId`, `userId`); a domain's
own words (`foundationId`, `clinicId`, `donorId`) it cannot list. The schema says them:

- a membership model, which joins users to something with a role (`model Membership { userId
  foundationId role }`, `OrgMember`, a drizzle `pgTable("clinic_staff", { userId, clinicId, role })`):
  what users are members of is a tenant, and the column naming it (`foundationId`) files a row under
  that tenant wherever it appears;
- a model kept one per user (`model Donor { userId String? @unique }`): a person's record, so a row
  filed under it (`donorId`) is that person's.

A `Like { userId postId }` or `Comment { userId postId }` has no role: a post is nobody's tenant.
"""

from __future__ import annotations

import re

from checks.analysis import vocabulary as vocab
from checks.analysis.program import Program
from checks.sources import tree_fact

_PRISMA_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)
_PRISMA_FIELD = re.compile(r"^[ \t]*(\w+)[ \t]+(\w+)(.*)$", re.M)
_DRIZZLE_TABLE = re.compile(r"\bconst\s+(\w+)\s*=\s*(?:pg|mysql|sqlite)Table\(\s*[\"'`](\w+)[\"'`]\s*,\s*\{")
_MONGOOSE_SCHEMA = re.compile(r"\bconst\s+(\w+)\s*=\s*new\s+(?:mongoose\.)?Schema\s*(?:<[^>]*>)?\(\s*\{")
_MONGOOSE_MODEL = re.compile(r"\bmodel\s*(?:<[^>]*>)?\(\s*[\"'`](\w+)[\"'`]\s*,\s*(\w+)")
_KEY = re.compile(r"^[ \t]*[\"']?(\w+)[\"']?\s*:(.*)$", re.M)
_USER_COLUMNS = frozenset({"userId", "user_id"})
_ROLE_COLUMNS = frozenset({"role", "roles"})
_MEMBERSHIP_NAME = re.compile(r"(?i)(members?|memberships?)$")
_PARENT_KEY = re.compile(r"^[a-z]\w*?(Id|_id)$")
# who did something to the membership, not what it is a membership of (`invitedById`, `created_by_id`)
_ACTOR_KEY = re.compile(r"(?i)(by|er)_?id$")


# a column that marks some rows public: `published`, `isPublic`, `visibility`, `is_listed`
_VISIBILITY_COLUMN = re.compile(r"(?i)^(is_?)?(public|published|listed)$|^visibility$")


def party_columns(program: Program) -> frozenset[str]:
    """Columns the repo's schemas show to name a tenant (the parent of a membership model) or a
    person (a model kept one per user): `foundationId`, `donorId`, `donor_id`."""
    return _facts(program)[0]


def public_capable(program: Program, model: str) -> bool:
    """``model`` (any case, singular or plural) declares a column that marks some of its rows public
    (`model Course { published Boolean }`): a catalogue, whose entries are shown to anyone once out."""
    key = model.lower()
    found = _facts(program)[1]
    return bool(key) and (key in found or key + "s" in found or key.removesuffix("s") in found)


def _facts(program: Program) -> tuple[frozenset[str], frozenset[str]]:
    return tree_fact(program.tree, "party_columns", lambda: _read(program))


def _read(program: Program) -> tuple[frozenset[str], frozenset[str]]:
    out: set[str] = set()
    public: set[str] = set()
    for path in program.index.paths:
        if "node_modules" in path or not path.endswith((".prisma", ".ts", ".js", ".mjs")):
            continue
        data = program.tree.read(path)
        if data is None:
            continue
        if path.endswith(".prisma"):
            if b"model " in data:
                for m in _PRISMA_MODEL.finditer(data.decode("utf-8", "replace")):
                    fields = {f.group(1): f.group(2) + f.group(3) for f in _PRISMA_FIELD.finditer(m.group(2))}
                    out |= _columns_of(m.group(1), fields)
                    if any(_VISIBILITY_COLUMN.match(f) for f in fields):
                        public.add(m.group(1).lower())
            continue
        if b"Table(" in data:
            text = data.decode("utf-8", "replace")
            for m in _DRIZZLE_TABLE.finditer(text):
                keys = _keys(_braced(text, m.end() - 1))
                out |= _columns_of(m.group(1), keys)
                if any(_VISIBILITY_COLUMN.match(f) for f in keys):
                    public.update((m.group(1).lower(), m.group(2).lower()))
        if b"mongoose" in data and b"Schema" in data:
            text = data.decode("utf-8", "replace")
            schemas = {m.group(1): m.end() - 1 for m in _MONGOOSE_SCHEMA.finditer(text)}
            for m in _MONGOOSE_MODEL.finditer(text):
                at = schemas.get(m.group(2))
                if at is not None:
                    keys = _keys(_braced(text, at))
                    out |= _columns_of(m.group(1), keys, one_per_user=False)
                    if any(_VISIBILITY_COLUMN.match(f) for f in keys):
                        public.add(m.group(1).lower())
    return frozenset(out), frozenset(public)


def _columns_of(model: str, fields: dict[str, str], one_per_user: bool = True) -> set[str]:
    """Of one model's ``fields`` (name: the rest of its declaration), the party columns it shows."""
    users = [f for f in fields if f in _USER_COLUMNS]
    if not users:
        return set()
    out: set[str] = set()
    if _ROLE_COLUMNS & set(fields) or _MEMBERSHIP_NAME.search(model):
        out |= {
            f
            for f in fields
            if _PARENT_KEY.match(f)
            and f not in vocab.OWNER_FIELDS
            and f not in _USER_COLUMNS
            and not _ACTOR_KEY.search(f)
        }
    if one_per_user and any(re.search(r"@unique\b|\.unique\(\)|unique\s*:\s*true", fields[u]) for u in users):
        stem = model[:1].lower() + model[1:]
        stem = stem.removesuffix("s") if stem.endswith("s") and not stem.endswith("ss") else stem
        if stem.lower() not in ("user", "account", "session", "profile"):
            snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", stem).lower()
            out |= {stem + "Id", snake + "_id"}
    return out


def _keys(body: str) -> dict[str, str]:
    """The top-level keys of an object literal's text with the rest of their line."""
    out: dict[str, str] = {}
    depth = 1
    for line in body[1:].splitlines():
        if depth == 1:
            m = _KEY.match(line)
            if m:
                out.setdefault(m.group(1), m.group(2))
        depth += line.count("{") + line.count("(") + line.count("[") - line.count("}") - line.count(")") - line.count("]")
    return out


def _braced(text: str, start: int) -> str:
    """The first balanced `{...}` at or after ``start``."""
    open_at = text.find("{", start)
    depth = 0
    for i in range(open_at, min(len(text), open_at + 20000)) if open_at >= 0 else ():
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[open_at : i + 1]
    return ""
