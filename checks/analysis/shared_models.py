"""Prisma models whose rows belong to nobody in particular, in a schema that ranks nobody.

Some apps are one team's tool: whoever may sign in (an allowlisted domain) runs every project, and the
schema says so. The written model has no owner or tenant column, nor does any model above it (its
required parents, `Occurrence` under `Notice` under `Project`); none of them lists people
(`members User[]`) or has a membership model under it (`ProjectMember { projectId userId }`); and no
model holds a role (`role`, `isAdmin`, a column typed by an enumeration naming an administrator). Then
there is no one else's row a write by id could reach, and no rank a check could test: a signed-in
caller may change any of them by design.

A person's own row (`Note { userId }`), or any row under one, is still someone's; and one role column
anywhere in the schema makes every shared row a question of who may change it. Only a schema that shows
its people (a `User` model) vouches for that, and only for models whose every key (`brokerageId`) is a
declared relation: a partial schema may leave the owner out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.analysis.program import Program
from checks.analysis.role_columns import admin_role_name
from checks.sources import read_once, tree_fact

_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)
_ENUM = re.compile(r"^enum\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)
_MAP = re.compile(r"@@map\(\s*\"(\w+)\"")
_FIELD = re.compile(r"^[ \t]*(\w+)[ \t]+(\w+)(\??|\[\])(.*)$", re.M)
# a column that ranks people, whatever its type: `role`, `userRole`, `isAdmin`, `is_staff`, `permissions`
_RANK_FIELD = re.compile(
    r"(?i)^(roles?|\w*_role|\w*Role|is_?(admin|superuser|super_admin|staff|owner|moderator)|admin|superuser"
    r"|permissions?|access_?level|privileges?)$"
)
# a column that files a row under someone: `userId`, `owner_id`, `createdById`, `workspaceId`, `orgId`
_OWNER_FIELD = re.compile(
    r"(?i)^(user|owner|author|creator|created_?by|account|member|profile|customer|client|tenant|org"
    r"|organi[sz]ation|workspace|team|company|group|household|family)_?id$"
)
# a model that is a person or their sign-in
_PERSON_MODEL = re.compile(r"(?i)^(users?|accounts?|profiles?|members?|people|persons?|sessions?)$")
# a model that lets people into what it names: `ProjectMember`, `BoardAccess`, `Collaborator`
_MEMBERSHIP_MODEL = re.compile(
    r"(?i)(members?|memberships?|collaborators?|access|permissions?|shares?|participants?|seats?|grants?"
    r"|assignees?|assignments?|invites?|invitations?|roles?)$"
)


_RELATION_KEYS = re.compile(r"@relation\([^)]*?fields:\s*\[\s*(\w+)")
_KEY = re.compile(r"[a-z0-9](Id|_id)$")


@dataclass
class _Model:
    names: set[str]
    fields: dict[str, str] = field(default_factory=dict)  # name: type
    parents: set[str] = field(default_factory=set)  # models it holds a relation key to
    loose: bool = False  # a key to something the schema does not relate it to (`brokerageId` alone)


@dataclass
class _Schema:
    models: dict[str, _Model]
    ranked: bool  # some model holds a role
    people: bool  # some model is a person (a schema that shows its users, and none of them ranked)


def _read(program: Program) -> _Schema | None:
    texts = []
    for path in program.index.paths:
        if path.endswith(".prisma") and "node_modules" not in path:
            data = read_once(program.tree, path)
            if data is not None:
                texts.append(data.decode("utf-8", "replace"))
    if not texts:
        return None
    role_enums = {
        m.group(1)
        for text in texts
        for m in _ENUM.finditer(text)
        if any(admin_role_name(ln.split()[0]) for ln in m.group(2).splitlines() if ln.split())
    }
    models: dict[str, _Model] = {}
    ranked = False
    for text in texts:
        for m in _MODEL.finditer(text):
            mapped = _MAP.search(m.group(2))
            model = _Model({n.lower() for n in (m.group(1), mapped.group(1) if mapped else None) if n})
            for f in _FIELD.finditer(m.group(2)):
                name, kind, rest = f.group(1), f.group(2), f.group(4)
                model.fields[name] = kind
                if "@relation(" in rest and "fields:" in rest:
                    model.parents.add(kind)
                if _RANK_FIELD.match(name) or kind in role_enums:
                    ranked = True
            keys = set(_RELATION_KEYS.findall(m.group(2)))
            model.loose = any(_KEY.search(f) and f not in keys for f in model.fields)
            models[m.group(1)] = model
    return _Schema(models, ranked, any(_PERSON_MODEL.match(n) for n in models))


def _schema(program: Program) -> _Schema | None:
    return tree_fact(program.tree, "shared_models", lambda: _read(program))


def _find(schema: _Schema, model: str) -> str | None:
    key = model.lower()
    for name, m in schema.models.items():
        if key in m.names or key + "s" in m.names or key.removesuffix("s") in m.names:
            return name
    return None


def _owned(schema: _Schema, name: str, owners: frozenset[str]) -> bool:
    """``name`` is someone's: an owner column, a list of people, or a membership model under it."""
    model = schema.models[name]
    if model.names & owners or any(_OWNER_FIELD.match(f) for f in model.fields):
        return True
    if any(_PERSON_MODEL.match(kind) for kind in model.fields.values()):
        return True
    return any(
        name in other.parents
        and _MEMBERSHIP_MODEL.search(child)
        and any(_PERSON_MODEL.match(p) or _OWNER_FIELD.match(f) for p in other.parents for f in other.fields)
        for child, other in schema.models.items()
    )


def shared_model(program: Program, model: str, owners: frozenset[str] = frozenset()) -> bool:
    """``model`` (a Prisma client name) is declared in a schema that ranks nobody, and neither it nor any
    model above it belongs to anyone (``owners``: the models the caller already knows to be owned)."""
    schema = _schema(program)
    # (a schema that declares no person is not the whole schema, or not the one that signs people in)
    if schema is None or schema.ranked or not schema.people:
        return False
    start = _find(schema, model)
    if start is None or _PERSON_MODEL.match(start):
        return False
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        if name in seen or name not in schema.models:
            continue
        seen.add(name)
        if _PERSON_MODEL.match(name) or schema.models[name].loose or _owned(schema, name, owners):
            return False
        todo.extend(schema.models[name].parents)
    return True


# what a plan or product on sale is priced by: `price`, `priceCents`, `monthlyPrice`, `stripePrice`
_PRICE_FIELD = re.compile(r"(?i)^(\w*_)?price(_?\w*)?$|^\w*Price\w*$")
# a field that describes a person or their money, not an offer: `email`, `phone`, `address`, `cardLast4`
_PERSONAL_FIELD = re.compile(r"(?i)(email|phone|address|birth|card|iban|customer|password|token|secret)")


def price_catalogue(program: Program, model: str) -> bool:
    """``model`` (a Prisma client name) is a priced catalogue people pick from (`Subscription { name price }`
    with `User { subscriptionId }` keyed to it): no owner column, no parent, no person's field, a price,
    and another model holds a key to it. Its rows are the offers on sale, the same for every caller,
    whatever the model is called (a `Subscription` with a `userId` is someone's)."""
    schema = _schema(program)
    name = _find(schema, model) if schema is not None else None
    if schema is None or name is None or _PERSON_MODEL.match(name):
        return False
    m = schema.models[name]
    if m.parents or m.loose or any(_OWNER_FIELD.match(f) or _PERSONAL_FIELD.search(f) for f in m.fields):
        return False
    if not any(_PRICE_FIELD.match(f) for f in m.fields):
        return False
    return any(name in other.parents for other_name, other in schema.models.items() if other_name != name)
