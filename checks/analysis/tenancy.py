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
from collections.abc import Iterator

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import DbOp, object_keys
from checks.analysis.program import Program
from checks.sources import SCRIPT_SUFFIXES, project_files, read_once, tree_fact

_PRISMA_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)
_PRISMA_FIELD = re.compile(r"^[ \t]*(\w+)[ \t]+(\w+)(.*)$", re.M)
_DRIZZLE_TABLE = re.compile(r"\bconst\s+(\w+)\s*=\s*(?:pg|mysql|sqlite)Table\(\s*[\"'`](\w+)[\"'`]\s*,\s*\{")
_MONGOOSE_SCHEMA = re.compile(r"\bconst\s+(\w+)\s*=\s*new\s+(?:mongoose\.)?Schema\s*(?:<[^>]*>)?\(\s*\{")
_MONGOOSE_MODEL = re.compile(r"\bmodel\s*(?:<[^>]*>)?\(\s*[\"'`](\w+)[\"'`]\s*,\s*(\w+)")
_KEY = re.compile(r"^[ \t]*[\"']?(\w+)[\"']?\s*:(.*)$", re.M)
# `export const ReviewRunModel = mongoose.models.ReviewRun || mongoose.model("ReviewRun", schema)`: the
# binding the code calls the model by
_MONGOOSE_BINDING = re.compile(r"\bconst\s+(\w+)\s*(?::[^=\n]*)?=\s*[^;\n]*?$")
_USER_COLUMNS = frozenset({"userId", "user_id"})
_ROLE_COLUMNS = frozenset({"role", "roles"})
_MEMBERSHIP_NAME = re.compile(r"(?i)(members?|memberships?)$")
_PARENT_KEY = re.compile(r"^[a-z]\w*?(Id|_id)$")
# who did something to the membership, not what it is a membership of (`invitedById`, `created_by_id`)
_ACTOR_KEY = re.compile(r"(?i)(by|er)_?id$")
# what a key's declaration says it refers to: `employer Employer @relation(fields: [employerId], ...)`,
# `employerId: text("employer_id").references(() => employers.id)`
_PRISMA_RELATION = re.compile(r"^(\w+)\b.*?@relation\(\s*(?:name:\s*\S+\s*)?fields:\s*\[\s*(\w+)")
_DRIZZLE_REFERENCE = re.compile(r"\.references\(\s*\(\)\s*=>\s*(\w+)\.")
_PERSON_TABLE = re.compile(r"(?i)^(users?|accounts?|profiles?|members?|people|persons?)$")


# a column that marks some rows public: `published`, `isPublic`, `visibility`, `is_listed`
_VISIBILITY_COLUMN = re.compile(r"(?i)^(is_?)?(public|published|listed)$|^visibility$")


def party_columns(program: Program) -> frozenset[str]:
    """Columns the repo's schemas show to name a tenant (the parent of a membership model) or a
    person (a model kept one per user): `foundationId`, `donorId`, `donor_id`."""
    return _facts(program)[0] | _facts(program)[3]


def tenant_columns(program: Program) -> frozenset[str]:
    """Of those, the tenants' only (`foundationId`): a person kept one per user may be a provider
    whose profile, reviews and open slots are public (a sitter), or a customer (a donor)."""
    return _facts(program)[0]


def public_capable(program: Program, model: str) -> bool:
    """``model`` (any case, singular or plural) declares a column that marks some of its rows public
    (`model Course { published Boolean }`): a catalogue, whose entries are shown to anyone once out."""
    return _named(model, _facts(program)[1])


def root_tenant(program: Program, model: str) -> bool:
    """``model`` is the schema's tenant itself (`model Coop` of `Membership { userId coopId role }`,
    with fields, farms and loans filed under `coopId`): the top of the tree, under no other tenant."""
    return _named(model, _facts(program)[4])


def per_user(program: Program, model: str) -> bool:
    """``model`` is kept one per user (`model Donor { userId String @unique }`): a person's own record."""
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", model).lower()
    snake = snake.removesuffix("s") if snake.endswith("s") and not snake.endswith("ss") else snake
    return bool(snake) and snake + "_id" in _facts(program)[3]


def tenant_filed(program: Program, model: str) -> bool:
    """``model`` carries one of the tenant columns (`model Award { foundationId String }`): each of its
    rows is a tenant's."""
    return _named(model, _facts(program)[2])


def account_tenant_filed(program: Program, model: str) -> bool:
    """``model`` carries the parent the schema's accounts are kept under (`insurerId` of `Claim`, with a portal's
    `InsurerUser { insurerId email passwordHash }`; `garageId` of `User { role garageId }`): each of its rows is
    the rows of the tenant an account signs in to (not the account model itself)."""
    return _named(model, _facts(program)[6])


# what a public catalogue entry shows besides a card's fields: its blurb, price and state
_CATALOGUE_FIELD = re.compile(
    r"(?i)^(description|summary|excerpt|price\w*|currency|(is_?)?(public|published|listed)|visibility|"
    r"categor(y|ies)|tags?|cover\w*|thumbnail\w*|duration\w*|level|language|position)$"
)
_PUBLIC_KEY = re.compile(r"(?i)^(visibility|is_?public|public|is_?published|published|is_?listed|listed)$")
_PUBLIC_VALUE = re.compile(r"(?i)^(true|[\"'](public|published|listed)[\"'])$")


def catalogue_read(src: bytes, program: Program, op: DbOp) -> bool:
    """A Prisma read of a catalogue's entries: its filter keeps public rows only (`where: { id,
    published: true }`), or, of a model that declares which rows are public (`published Boolean`), it
    picks only what the public entry shows (`select: { title: true, priceCents: true }`). A money or
    internal field (`budgetCents`), a relation or a whole row is more than the catalogue shows."""
    if op.kind != "read" or op.api != "prisma" or not op.args:
        return False
    opts = object_keys(src, op.args[0])
    where = opts.get("where")
    for n in sx.find(where, ("pair",)) if where is not None else []:
        key = sx.text(src, n.child_by_field_name("key")).strip("\"'")
        value = sx.strip_types(n.child_by_field_name("value"))
        if value is not None and _PUBLIC_KEY.match(key) and _PUBLIC_VALUE.match(sx.text(src, value)):
            return True
    if not public_capable(program, op.model or ""):
        return False
    fields = object_keys(src, opts.get("select")) if "select" in opts and "include" not in opts else {}
    return bool(fields) and all(
        sx.text(src, v) == "true" and (vocab.DISPLAY_FIELD.match(k) or _CATALOGUE_FIELD.match(k))
        for k, v in fields.items()
    )


# the usual names of a tenant's key: a row that carries one is that tenant's
_STANDARD_TENANT_KEYS = frozenset(
    {"tenantId", "tenant_id", "orgId", "org_id", "organizationId", "organization_id", "workspaceId"}
    | {"workspace_id", "companyId", "company_id", "accountId", "account_id"}
)


def mongoose_tenant_filed(program: Program, model: str) -> bool:
    """``model`` is a Mongoose model whose schema declares a tenant key by its usual name
    (`new Schema({ tenantId: { type: String, index: true }, ... })`): each document is a tenant's."""
    return _named(model, tree_fact(program.tree, "mongoose_tenant_models", lambda: _read_mongoose_tenants(program)))


def _read_mongoose_tenants(program: Program) -> frozenset[str]:
    return frozenset(name for name, keys in _mongoose_schema_keys(program) if keys & _STANDARD_TENANT_KEYS)


def mongoose_model_keys(program: Program, model: str) -> frozenset[str]:
    """The top-level keys the schema of the Mongoose model ``model`` declares (none when unknown)."""
    found: dict[str, frozenset[str]] = tree_fact(
        program.tree, "mongoose_model_keys", lambda: _read_mongoose_keys(program)
    )
    key = model.lower()
    return found.get(key) or found.get(key + "s") or found.get(key.removesuffix("s")) or frozenset()


def _read_mongoose_keys(program: Program) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for name, keys in _mongoose_schema_keys(program):
        out.setdefault(name, keys)
    return out


_REQUIRED = re.compile(r"\brequired\s*:\s*(true|\[\s*true)")


def mongoose_required_keys(program: Program, model: str) -> frozenset[str]:
    """The top-level keys the schema of the Mongoose model ``model`` (its registered name or the binding
    the code calls it by, `UserModel`) declares `required: true`: every document holds them."""
    found: dict[str, frozenset[str]] = tree_fact(
        program.tree, "mongoose_required_keys", lambda: _read_mongoose_required(program)
    )
    key = model.lower()
    for name in (key, key.removesuffix("model")):
        for form in (name, name + "s", name.removesuffix("s")):
            if form in found:
                return found[form]
    return frozenset()


def _read_mongoose_required(program: Program) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for name, declared in mongoose_schema_declarations(program):
        out.setdefault(name, frozenset(k for k, v in declared.items() if _REQUIRED.search(v)))
    return out


def mongoose_schema_declarations(program: Program) -> Iterator[tuple[str, dict[str, str]]]:
    """(model name, its schema's top-level keys with their declared value's text) for every
    ``mongoose.model(name, schema)`` of the tree."""
    for name, body in _mongoose_schema_bodies(program):
        yield name, _declarations(body)


def _mongoose_schema_keys(program: Program) -> Iterator[tuple[str, frozenset[str]]]:
    """(model name, top-level keys of its schema) for every ``mongoose.model(name, schema)`` of the tree."""
    for name, body in _mongoose_schema_bodies(program):
        yield name, frozenset(_keys(body))


def mongoose_id_keys(program: Program, model: str) -> frozenset[str]:
    """The top-level keys the schema of the Mongoose model ``model`` declares as one document's id
    (`author: { type: Schema.Types.ObjectId, ref: "User" }`; not a list of them, `[{ type: ObjectId }]`):
    a relation Mongoose stores as the related document's id under the relation's own name."""
    found: dict[str, frozenset[str]] = tree_fact(
        program.tree, "mongoose_id_keys", lambda: _read_mongoose_id_keys(program)
    )
    key = model.lower()
    # (also a default import named for what it is, `import DonationSchema from "../models/donations"`, of the
    # model registered as `Donation`)
    bare = key.removesuffix("schema").removesuffix("model") or key
    return (
        found.get(key)
        or found.get(key + "s")
        or found.get(key.removesuffix("s"))
        or found.get(bare)
        or found.get(bare.removesuffix("s"))
        or frozenset()
    )


# `Schema.Types.ObjectId`, `mongoose.Schema.ObjectId`, `ObjectId` (a type, not `[...]` of one)
_OBJECT_ID_TYPE = re.compile(r"^(?:[\w$]+\.)*ObjectId\s*$")


def _read_mongoose_id_keys(program: Program) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for name, body in _mongoose_schema_bodies(program):
        ids = set()
        for key, value in _declarations(body).items():
            declared = _declarations(value).get("type", "") if value.startswith("{") else value
            if _OBJECT_ID_TYPE.match(declared):
                ids.add(key)
        out.setdefault(name, frozenset(ids))
    return out


# a line comment (not the `//` of a URL in a string, which a `:` comes before)
_LINE_COMMENT = re.compile(r"(^|[,{\s])//[^\n]*", re.M)
_DECLARED = re.compile(r"\s*[\"']?(\w+)[\"']?\s*:\s*(.*?)\s*$", re.S)


def _declarations(body: str) -> dict[str, str]:
    """The top-level keys of an object literal's text (`{ a: x, b: { ... } }`) with their whole value's
    text, over any number of lines (strings are not special)."""
    out: dict[str, str] = {}
    text = _LINE_COMMENT.sub(r"\1", body.strip())
    if not text.startswith("{"):
        return out
    depth, start = 0, 1
    for i, c in enumerate(text):
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
        if (c == "," and depth == 1) or depth == 0:
            m = _DECLARED.match(text[start:i])
            if m:
                out.setdefault(m.group(1), m.group(2))
            start = i + 1
            if depth == 0:
                break
    return out


def _mongoose_schema_bodies(program: Program) -> Iterator[tuple[str, str]]:
    """(model name, the text of its schema's object literal) for every ``mongoose.model(name, schema)``."""
    suffixes = (".ts", ".tsx", ".js", ".mjs")
    for _, data in project_files(program.tree, program.index.paths, suffixes, b"mongoose", b"Schema"):
        text = data.decode("utf-8", "replace")
        schemas = {m.group(1): m.end() - 1 for m in _MONGOOSE_SCHEMA.finditer(text)}
        for name, m in mongoose_models(text):
            at = schemas.get(m.group(2))
            if at is not None:
                yield name, braced(text, at)


def mongoose_models(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each `model("Name", schema)` registration of ``text`` (the match: group 2 names the schema), under its
    registered name and under the `const` it is bound to when that is another (`ReviewRunModel`), lower case:
    the code calls the model by either."""
    for m in _MONGOOSE_MODEL.finditer(text):
        yield m.group(1).lower(), m
        start = text.rfind("\n", 0, m.start()) + 1
        bound = _MONGOOSE_BINDING.match(text[start : m.start()].lstrip().removeprefix("export").lstrip())
        if bound is not None and bound.group(1).lower() != m.group(1).lower():
            yield bound.group(1).lower(), m


def _named(model: str, found: frozenset[str]) -> bool:
    key = model.lower()
    return bool(key) and (key in found or key + "s" in found or key.removesuffix("s") in found)


_Facts = tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]


# a visibility column whose default makes a new row public: `isPublic Boolean @default(true)`,
# `visibility Visibility @default(PUBLIC)`, drizzle `boolean("is_public").default(true)`
_PUBLIC_DEFAULT = re.compile(r"(?i)(@default\(|\.default\(|\bdefault:\s*)\s*(true|[\"'`]?public[\"'`]?)(?!\w)")


def public_by_default(program: Program, model: str) -> bool:
    """``model`` (any case, singular or plural) declares a visibility column that makes its rows public
    unless their owner says otherwise (`model Post { public Boolean @default(true) }`): a forum's
    posts, a community's threads; rows only its owners see are the exception, not the rule."""
    return _named(model, _facts(program)[5])


def _facts(program: Program) -> _Facts:
    return tree_fact(program.tree, "party_columns", lambda: _read(program))


# `db.select({ ukprn: organisations.ukprn }).from(organisations).where(eq(organisations.id, ctx.orgId))`:
# a column read off the caller's own tenant row (its id the session's tenant)
_OWN_TENANT_ROW = re.compile(
    r"\.select\(\s*\{([^{}]*)\}\s*\)\s*\.from\(\s*(\w+)\s*\)\s*\.where\(\s*eq\(\s*\2\.id\s*,\s*"
    r"[\w$]+(?:\??\.[\w$]+)*?\??\.(\w+)!?\s*\)\s*\)"
)


def tenant_key_columns(program: Program) -> frozenset[str]:
    """Columns (snake_case) the project reads off the caller's own tenant row and hands to a call
    (`claimLines(org!.ukprn!, period)`): a key the tenant is known by elsewhere, as its id is, so rows
    filtered by it (`WHERE ukprn = ?`) are that tenant's."""
    return tree_fact(program.tree, "tenant_key_columns", lambda: _read_tenant_keys(program))


def _read_tenant_keys(program: Program) -> frozenset[str]:
    tenants = _TENANT_KEYS | tenant_columns(program)
    out: set[str] = set()
    for _, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b".select("):
        text = data.decode("utf-8", "replace")
        for m in _OWN_TENANT_ROW.finditer(text):
            if m.group(3) not in tenants:
                continue
            for column in re.findall(r"\b" + m.group(2) + r"\.(\w+)", m.group(1)):
                # (handed on: `.ukprn!,`, `.ukprn)` or `.ukprn]`, an argument or parameter further down the file)
                if column != "id" and re.search(r"\." + column + r"!?\s*[,)\]]", text[m.end() :]):
                    out.add(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", column).lower())
    return frozenset(out)


def _read(program: Program) -> _Facts:
    out: set[str] = set()
    people: set[str] = set()
    models: list[tuple[set[str], set[str]]] = []  # (names, columns)
    shown: set[str] = set()  # models whose visibility column defaults to public
    for path in program.index.paths:
        if "node_modules" in path or not path.endswith((".prisma", ".ts", ".js", ".mjs")):
            continue
        data = read_once(program.tree, path)
        if data is None:
            continue
        if path.endswith(".prisma"):
            if b"model " in data:
                for m in _PRISMA_MODEL.finditer(data.decode("utf-8", "replace")):
                    fields = {f.group(1): f.group(2) + f.group(3) for f in _PRISMA_FIELD.finditer(m.group(2))}
                    _columns_of(m.group(1), fields, out, people)
                    models.append(({m.group(1).lower()}, set(fields)))
                    if _shown(fields):
                        shown.add(m.group(1).lower())
            continue
        if b"Table(" in data:
            text = data.decode("utf-8", "replace")
            for m in _DRIZZLE_TABLE.finditer(text):
                keys = _keys(braced(text, m.end() - 1))
                _columns_of(m.group(1), keys, out, people)
                models.append(({m.group(1).lower(), m.group(2).lower()}, set(keys)))
                if _shown(keys):
                    shown |= {m.group(1).lower(), m.group(2).lower()}
        if b"mongoose" in data and b"Schema" in data:
            text = data.decode("utf-8", "replace")
            schemas = {m.group(1): m.end() - 1 for m in _MONGOOSE_SCHEMA.finditer(text)}
            for m in _MONGOOSE_MODEL.finditer(text):
                at = schemas.get(m.group(2))
                if at is not None:
                    keys = _keys(braced(text, at))
                    _columns_of(m.group(1), keys, out, set())
                    models.append(({m.group(1).lower()}, set(keys)))
                    if _shown(keys):
                        shown.add(m.group(1).lower())
    # (an account's parent files rows for rule 1's reads only: who may write under it is rule 2's membership question)
    account = _account_parents(models)
    public = {n for names, cols in models if any(_VISIBILITY_COLUMN.match(c) for c in cols) for n in names}
    filed = {n for names, cols in models if cols & (out | account) for n in names}
    # (the rows under an account's parent, the account models themselves left out: a login's own row is judged
    # as an account's)
    under_account = {n for names, cols in models if cols & account and not _login_table(cols) for n in names}
    # (one step down, by name: `Evidence { claimId }` with `Claim { tenantId }`, no relation declared; the
    # parent may carry the usual tenant column, which a child without a tenant column of its own still names)
    # (not under a catalogue's entry: the slots of a published service are as public as it)
    parents = (filed | {n for names, cols in models if cols & _TENANT_KEYS for n in names}) - public
    # (a row with an author or owner of its own, `Review { authorId bookingId }`, is that person's to show)
    filed |= {
        n
        for names, cols in models
        if not names & (parents | public)
        and not cols & vocab.OWNER_FIELDS
        and any(_names_filed(c, parents) for c in cols)
        for n in names
    }
    return (
        frozenset(out),
        frozenset(public),
        frozenset(filed),
        frozenset(people),
        _root_tenants(models, out),
        frozenset(shown),
        frozenset(under_account),
    )


def _shown(fields: dict[str, str]) -> bool:
    """A visibility column (`isPublic`, `visibility`) declared with a default making rows public."""
    return any(_VISIBILITY_COLUMN.match(k) and _PUBLIC_DEFAULT.search(v) for k, v in fields.items())


# the usual columns naming a tenant (the vocabulary's; `teamId` may be a sports team's)
_TENANT_KEYS = frozenset(
    {"tenantId", "tenant_id", "organizationId", "organization_id", "orgId", "org_id", "workspaceId", "workspace_id"}
    | {"companyId", "company_id", "agencyId", "agency_id"}
)


def _root_tenants(models: list[tuple[set[str], set[str]]], tenants: set[str]) -> frozenset[str]:
    """The models (lower case) a membership's tenant column names (`coopId` -> `coop`) when at least two
    other models are filed under that column and the model itself carries no tenant column: the root
    tenant. (A `ProjectMember { userId projectId role }` whose `Project` has an `orgId` is a group one
    step down; so is a `Channel` of a workspace.)"""
    out: set[str] = set()
    keys = tenants | _TENANT_KEYS
    for col in tenants:
        stem = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", col[:-3] if col.endswith("_id") else col[:-2]).lower()
        named = {stem, stem + "s", stem.replace("_", ""), stem.replace("_", "") + "s"}
        if sum(1 for _, cols in models if col in cols) < 3:  # (the membership and two more)
            continue
        for names, cols in models:
            if names & named and not cols & keys:
                out |= names
    return frozenset(out)


def _names_filed(key: str, filed: set[str]) -> bool:
    """`claimId` / `claim_id` names a `Claim` model or `claims` table among ``filed`` (lower case)."""
    if not _PARENT_KEY.match(key) or key in vocab.OWNER_FIELDS or key in _USER_COLUMNS or _REFERENCE_PARENT.match(key):
        return False
    stem = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key[:-3] if key.endswith("_id") else key[:-2]).lower()
    flat = stem.replace("_", "")
    return bool({stem, stem + "s", flat, flat + "s"} & filed)


# an account's parent that is reference data or a label, not who the data belongs to
_REFERENCE_PARENT = re.compile(
    r"(?i)^(country|state|region|city|locale|language|currency|time_?zone|plan|tier|price|role|image|avatar|"
    r"photo|picture|file|media|category|level|grade|status|type|kind|stripe\w*|customer|subscription)_?id$"
)


# a column holding an account's password (its hash): the model is a login table
_CREDENTIAL_COLUMN = re.compile(r"(?i)^(password|password_?hash|hashed_?password|pass_?hash|password_?digest)$")


def _login_table(cols: set[str]) -> bool:
    return any(_CREDENTIAL_COLUMN.match(c) for c in cols)


# on a login table, a key naming another person (who manages, referred or invited the account), not its tenant:
# an `-er` word there is as often a company (`insurerId`, `carrierId`, `employerId`)
_PERSON_KEY_OF_ACCOUNT = re.compile(
    r"(?i)(by_?id|^(manager|referrer|supervisor|approver|reviewer|mentor|sponsor|inviter|creator|updater|parent|"
    r"leader|follower|owner|user|member)_?id)$"
)


def _actor_of(col: str, login: bool) -> bool:
    return _PERSON_KEY_OF_ACCOUNT.search(col) is not None if login else _ACTOR_KEY.search(col) is not None


def _account_parents(models: list[tuple[set[str], set[str]]]) -> set[str]:
    """The parent an account row names next to its role (`model User { role garageId }`: each user
    works in one garage, with a role there), when at least two other models are filed under it too
    (bays, parts): the schema's tenant, kept on the account instead of a membership model. Also the
    parent a portal's own login table names (`model InsurerUser { insurerId email passwordHash }`: each
    account signs in to one insurer) when another model is filed under it (`Claim { insurerId }`)."""
    out: set[str] = set()
    for names, cols in models:
        login = _login_table(cols)
        if not login and (not names & {"user", "users"} or not _ROLE_COLUMNS & cols):
            continue
        for col in cols:
            if (
                not _PARENT_KEY.match(col)
                or col in vocab.OWNER_FIELDS
                or col in _USER_COLUMNS
                or _actor_of(col, login)
                or _REFERENCE_PARENT.match(col)
            ):
                continue
            if sum(1 for other, ocols in models if other is not names and col in ocols) >= (1 if login else 2):
                out.add(col)
    return out


def _referenced(fields: dict[str, str]) -> dict[str, str]:
    """Each key's referenced model or table, where its declaration names one (`employerId` ->
    `Employer`)."""
    out: dict[str, str] = {}
    for name, decl in fields.items():
        m = _PRISMA_RELATION.match(decl)
        if m is not None:
            out[m.group(2)] = m.group(1)
        r = _DRIZZLE_REFERENCE.search(decl)
        if r is not None:
            out[name] = r.group(1)
    return out


def _actor(key: str, refs: dict[str, str]) -> bool:
    """``key`` names who did something (`invitedById`, `approverId`), not a parent: an `-er` key the
    schema relates to a model that is no person (`employerId` -> `Employer`) is a parent."""
    if not _ACTOR_KEY.search(key):
        return False
    target = refs.get(key)
    return target is None or _PERSON_TABLE.match(target) is not None or key.lower().endswith(("byid", "by_id"))


def _columns_of(model: str, fields: dict[str, str], tenants: set[str], people: set[str]) -> None:
    """Adds what one model's ``fields`` (name: the rest of its declaration) show: the tenant columns
    of a membership model to ``tenants``, the key naming a model kept one per user to ``people``."""
    users = [f for f in fields if f in _USER_COLUMNS]
    if not users:
        return
    if _ROLE_COLUMNS & set(fields) or _MEMBERSHIP_NAME.search(model):
        refs = _referenced(fields)
        tenants |= {
            f
            for f in fields
            if _PARENT_KEY.match(f) and f not in vocab.OWNER_FIELDS and f not in _USER_COLUMNS and not _actor(f, refs)
        }
    if any(re.search(r"@unique\b|\.unique\(\)", fields[u]) for u in users):
        stem = model[:1].lower() + model[1:]
        stem = stem.removesuffix("s") if stem.endswith("s") and not stem.endswith("ss") else stem
        if stem.lower() not in ("user", "account", "session", "profile"):
            snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", stem).lower()
            people |= {stem + "Id", snake + "_id"}


def _keys(body: str) -> dict[str, str]:
    """The top-level keys of an object literal's text with the rest of their line."""
    out: dict[str, str] = {}
    depth = 1
    for line in body[1:].splitlines():
        if depth == 1:
            m = _KEY.match(line)
            if m:
                out.setdefault(m.group(1), m.group(2))
        depth += sum(line.count(c) for c in "{([") - sum(line.count(c) for c in "})]")
    return out


def braced(text: str, start: int, limit: int = 20000) -> str:
    """The first balanced `{...}` at or after ``start`` (strings are not special), within ``limit`` characters."""
    open_at = text.find("{", start)
    depth = 0
    for i in range(open_at, min(len(text), open_at + limit)) if open_at >= 0 else ():
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[open_at : i + 1]
    return ""


def drizzle_tables(program: Program) -> dict[str, dict[str, str]]:
    """Drizzle table (its declared name and its SQL name, lower case) -> column key -> the column's
    declaration (`handled: boolean("handled").default(false)`)."""
    return tree_fact(program.tree, "drizzle_tables", lambda: _read_drizzle_tables(program))


def member_tenant_table(program: Program, model: str) -> bool:
    """``model`` is a drizzle table carrying the column a membership table names its tenant by beside
    its user and role, a usual name too (`member { userId organizationId role }` makes `clients {
    organizationId }` an organization's): the schema itself shows users are members of what it names.
    (`tenant_filed` leaves the usual names to the owner vocabulary, which reads filters by them.)"""
    return _named(model, tree_fact(program.tree, "member_tenant_tables", lambda: _read_member_tenant_tables(program)))


def _read_member_tenant_tables(program: Program) -> frozenset[str]:
    tables = drizzle_tables(program)
    keys: set[str] = set()
    for name, fields in tables.items():
        if not _USER_COLUMNS & set(fields) or not (_ROLE_COLUMNS & set(fields) or _MEMBERSHIP_NAME.search(name)):
            continue
        refs = _referenced(fields)
        keys |= {
            f
            for f in fields
            if _PARENT_KEY.match(f)
            and f not in _USER_COLUMNS
            # (a usual tenant name, not `teamId`: a membership of a sports team with a captain's role files
            # fixtures and results anyone may see)
            and (f in _TENANT_KEYS or f not in vocab.OWNER_FIELDS)
            and not _actor(f, refs)
        }
    return frozenset(name for name, fields in tables.items() if keys & set(fields))


# the signed-in user's id as a hosted identity provider issues it, kept on the app's own rows
_PROVIDER_USER_COLUMN = re.compile(r"(?i)^(clerk|auth0?|kinde|supabase|firebase|stytch|workos|cognito)_?user_?id$")


def assigned_parent_columns(program: Program) -> frozenset[str]:
    """Parent columns (their keys, `creatorId`) of a drizzle role table keyed by the identity provider's user id
    (`user_roles { clerkUserId, role, creatorId }`): each signed-in user is assigned to one parent with a role,
    so the parent is whose the rows filed under it are (the domain's tenant, kept without a `userId` column)."""
    return tree_fact(program.tree, "assigned_parent_columns", lambda: _read_assigned_parent_columns(program))


def _read_assigned_parent_columns(program: Program) -> frozenset[str]:
    out: set[str] = set()
    for name, fields in drizzle_tables(program).items():
        provider = {f for f in fields if _PROVIDER_USER_COLUMN.match(f)}
        if not provider or not (_ROLE_COLUMNS & set(fields) or _MEMBERSHIP_NAME.search(name)):
            continue
        refs = _referenced(fields)
        out |= {
            f
            for f in fields
            if _PARENT_KEY.match(f)
            and f not in provider
            and f not in _USER_COLUMNS
            and f not in vocab.OWNER_FIELDS
            and not _actor(f, refs)
        }
    return frozenset(out)


def assigned_parent_table(program: Program, table: str) -> bool:
    """``table`` (a drizzle table's declared or SQL name) carries a column of `assigned_parent_columns`, and is
    not the role table itself: its rows are filed under the parent users are assigned to."""
    keys = assigned_parent_columns(program)
    fields = set(drizzle_tables(program).get(table.lower()) or {}) if keys else set()
    return bool(keys & fields) and not any(_PROVIDER_USER_COLUMN.match(f) for f in fields)


def _read_drizzle_tables(program: Program) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for _, data in project_files(program.tree, program.index.paths, (".ts", ".tsx", ".js", ".mjs", ".mts"), b"Table("):
        text = data.decode("utf-8", "replace")
        for m in _DRIZZLE_TABLE.finditer(text):
            keys = _keys(braced(text, m.end() - 1))
            out.setdefault(m.group(1).lower(), keys)
            out.setdefault(m.group(2).lower(), keys)
    return out


def drizzle_parents(program: Program) -> dict[str, dict[str, str]]:
    """Drizzle table (both its names, lower case) -> column key -> the code name of the table its
    `.references(() => parent.id)` points at (`transactionId: varchar("transaction_id").references(() =>
    transactionsTable.id)`), the reference read across the lines of its definition."""
    return tree_fact(program.tree, "drizzle_parents", lambda: _read_drizzle_parents(program))


_REFERENCE_KEY = re.compile(r"(?m)^[ \t]*[\"']?(\w+)[\"']?\s*:[^,{}]*?\.references\(\s*\(\)\s*=>\s*(\w+)\.id\b")


def _read_drizzle_parents(program: Program) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for _, data in project_files(program.tree, program.index.paths, (".ts", ".tsx", ".js", ".mjs", ".mts"), b"Table("):
        text = data.decode("utf-8", "replace")
        for m in _DRIZZLE_TABLE.finditer(text):
            refs = dict(_REFERENCE_KEY.findall(braced(text, m.end() - 1)))
            out.setdefault(m.group(1).lower(), refs)
            out.setdefault(m.group(2).lower(), refs)
    return out


# `export interface DonorsTable {` / `type DonorsTable = {`: a type literal the Kysely schema may name
_TS_TYPE_BODY = re.compile(r"\b(?:interface\s+(\w+)(?:\s+extends\s+[\w<>,\s]+)?|type\s+(\w+)\s*=)\s*\{")
# a `Database` entry naming its table's type: `donors: DonorsTable;`
_TS_TYPE_REF = re.compile(r"^\s*([A-Z]\w*)\s*[;,]?\s*$")


def kysely_tables(program: Program) -> dict[str, dict[str, str]]:
    """Kysely table (its key in the `Database` interface, lower case) -> column key -> its declared type,
    read from the type Kysely is given (`interface Database { donors: DonorsTable }` with `interface
    DonorsTable { email: string }`): the schema of a project with no ORM schema file."""
    return tree_fact(program.tree, "kysely_tables", lambda: _read_kysely_tables(program))


def _read_kysely_tables(program: Program) -> dict[str, dict[str, str]]:
    bodies: dict[str, dict[str, str]] = {}
    for _, data in project_files(program.tree, program.index.paths, (".ts", ".tsx", ".mts"), b"kysely"):
        text = data.decode("utf-8", "replace")
        for m in _TS_TYPE_BODY.finditer(text):
            bodies.setdefault(m.group(1) or m.group(2), _keys(braced(text, m.end() - 1)))
    out: dict[str, dict[str, str]] = {}
    for fields in bodies.values():
        # (the database type: each of its entries names another type literal of these files)
        refs = {k: r.group(1) for k, v in fields.items() if (r := _TS_TYPE_REF.match(v))}
        if not refs or len(refs) != len(fields) or not all(t in bodies for t in refs.values()):
            continue
        for table, type_name in refs.items():
            out.setdefault(table.lower(), bodies[type_name])
    return out


# `CREATE TABLE IF NOT EXISTS "takes" (`: a table the project's own SQL declares (a `.sql` file, a `db.exec` string)
_CREATE_TABLE = re.compile(
    r"(?i)\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?[\"'`]?(?:\w+[\"'`]?\.[\"'`]?)?(\w+)[\"'`]?\s*\("
)
_SQL_COLUMN = re.compile(r"^\s*[\"'`]?([A-Za-z_]\w*)[\"'`]?\s+[A-Za-z]", re.M)
_SQL_NOT_COLUMN = frozenset({"primary", "foreign", "unique", "constraint", "check", "index", "key"})


def sql_tables(program: Program) -> dict[str, frozenset[str]]:
    """Table (lower case) -> its columns, of each `CREATE TABLE` the project's own SQL holds (migrations,
    a local cache's `db.exec(...)`): the schema of the tables no ORM declares."""
    return tree_fact(program.tree, "sql_tables", lambda: _read_sql_tables(program))


def _read_sql_tables(program: Program) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for suffixes in ((".sql",), SCRIPT_SUFFIXES):
        for _, data in project_files(program.tree, program.index.paths, suffixes):
            if b"CREATE TABLE" not in data.upper():
                continue
            text = data.decode("utf-8", "replace")
            for m in _CREATE_TABLE.finditer(text):
                body = _parenthesised(text, m.end() - 1)
                cols = {c for c in _SQL_COLUMN.findall(body) if c.lower() not in _SQL_NOT_COLUMN}
                if cols:
                    out.setdefault(m.group(1).lower(), frozenset(cols))
    return out


def sql_declared_columns(program: Program) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Table (lower case) -> its columns and those declared `NOT NULL`, of each `CREATE TABLE` of the project's
    own `.sql` files (also a pg_dump's quoted types, `"org_id" "uuid" NOT NULL`)."""
    return tree_fact(program.tree, "sql_declared_columns", lambda: _read_sql_declared_columns(program))


_SQL_NOT_NULL = re.compile(r"(?i)\bnot\s+null\b")
_SQL_ANY_COLUMN = re.compile(r"^\s*[\"'`]?([A-Za-z_]\w*)[\"'`]?\s+[\"]?[A-Za-z]")


def _read_sql_declared_columns(program: Program) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for _, data in project_files(program.tree, program.index.paths, (".sql",)):
        if b"CREATE TABLE" not in data.upper():
            continue
        text = data.decode("utf-8", "replace")
        for m in _CREATE_TABLE.finditer(text):
            body = _parenthesised(text, m.end() - 1)
            cols: set[str] = set()
            required: set[str] = set()
            for line in body.split(",\n"):
                found = _SQL_ANY_COLUMN.match(line)
                if found and found.group(1).lower() not in _SQL_NOT_COLUMN:
                    cols.add(found.group(1))
                    if _SQL_NOT_NULL.search(line):
                        required.add(found.group(1))
            out.setdefault(m.group(1).lower(), (frozenset(cols), frozenset(required)))
    return out


def _parenthesised(text: str, start: int, limit: int = 20000) -> str:
    """The inside of the balanced `(...)` opening at ``start``, one column a line after the first."""
    depth = 0
    for i in range(start, min(len(text), start + limit)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return text[start + 1 : i].replace(",", ",\n")
    return ""


def sql_table_under_tenant(program: Program, table: str) -> bool:
    """``table`` is declared by the project's own SQL and not by its ORM schema, and one of its columns names a
    row of a model the schema files under a tenant (`takes { episode_id }` of `Episode { networkId }`): each
    of its rows is that tenant's."""
    from checks.analysis.model_secrets import prisma_models  # (it reads this module's facts)

    name = table.lower()
    cols = sql_tables(program).get(name)
    if (
        not cols
        or name in prisma_models(program, None)
        or name in drizzle_tables(program)
        or name in kysely_tables(program)
    ):
        return False  # (an ORM's table, its migration's SQL aside: the ORM's schema is judged as such)
    if cols & vocab.OWNER_FIELDS:
        return False  # (a row with an author or owner of its own is that person's to show, as a model's is)
    filed = _facts(program)[2]
    return any(_names_filed(c, set(filed)) for c in cols)
