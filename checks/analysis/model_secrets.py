"""Which models hold secrets: a sensitive field per model or table, read from the repo's schemas
(Prisma's, one file or a split folder: `prisma/schema.prisma`, `prisma/schema/*.prisma`; drizzle tables,
Mongoose schemas, MikroORM/TypeORM entities).

Shared by the rules that grade a finding by what the touched record holds (excessive-data-exposure's
confidence, missing-auth's wording)."""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from checks.analysis import vocabulary as vocab
from checks.analysis.calls import outer_from, select_list_star
from checks.analysis.program import Program
from checks.analysis.tenancy import braced
from checks.sources import read_once, tree_fact

_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)


# A hash of what a record holds (a file checksum, an image's blurhash or preview placeholder) is no credential;
# a hash of a password, token or key is
_CONTENT_WORDS = frozenset(
    {"content", "file", "blur", "image", "img", "commit", "git", "etag", "body", "document", "doc", "media", "photo"}
    | {"asset", "chunk", "block", "source", "build", "avatar", "checksum", "info"}
    # (an image placeholder's hash: `previewHash`, `thumbHash`, `coverHash`)
    | {"preview", "thumb", "thumbnail", "placeholder", "cover", "banner", "picture", "video", "poster"}
)


def secret_column(field: str) -> bool:
    """A column named for a secret as a whole word (`controllerToken`, `api_key`, `passwordHash`; not
    `maxTokens`, `content_hash`, `isSecret`)."""
    return _sensitive_name(field) and vocab.is_secret_name(field)


def _sensitive_name(field: str) -> bool:
    """`passwordHash`, `tokenHash`, `apiKey`, `hash`: yes; `content_hash`, `blurHash`, `hashtags`: no."""
    if not vocab.SENSITIVE_FIELD.search(field):
        return False
    ws = vocab.words(field)
    if len(ws) > 1 and ws[0].lower() in ("is", "has"):
        return False  # `isSecret`, `hasPassword`: a flag about the record, not the secret itself
    hits = [w for w in ws if vocab.SENSITIVE_FIELD.search(w)]
    if hits and all(w.startswith("hashtag") for w in hits):
        return False
    return not (hits and all(w in ("hash", "hashed", "hashes") for w in hits) and set(ws) & _CONTENT_WORDS)


def prisma_models(program: Program, path: str | None) -> dict[str, str]:
    """Model name (lower case) -> the body of its `model X { ... }` block, as the file at ``path`` sees
    them: the Prisma schema of its own project (the nearest folder above it holding a package.json, or
    the tree's root) first, then the rest of the tree's. A schema is every `.prisma` file outside
    node_modules: `prisma/schema.prisma`, a split schema folder (`prisma/schema/*.prisma`, Prisma's
    multi-file schema), or the location a project declares (package.json `"prisma": { "schema" }`,
    prisma.config.ts `schema:`), which is its schema even when it lies in another package of a
    monorepo. ``path`` None: the whole tree's. Worked out once per tree."""
    return tree_fact(program.tree, "prisma_schemas", lambda: _read_prisma_schemas(program)).models(path)


@dataclass
class _PrismaSchemas:
    merged: dict[str, str]  # every schema's models, the first file (by path) declaring a name winning
    owned: dict[str, dict[str, str]]  # project folder -> its own schema's models, then `merged`'s others
    # a source file's folder -> the models it sees (asked once per rule and record: a walk up its folders once)
    seen: dict[str, dict[str, str]] = dataclass_field(default_factory=dict)

    def models(self, path: str | None) -> dict[str, str]:
        if path is None or not self.owned:
            return self.merged
        folder = posixpath.dirname(path)
        found = self.seen.get(folder)
        if found is None:
            up = folder
            while up not in self.owned and up not in ("", ".."):
                up = posixpath.dirname(up)
            found = self.seen[folder] = self.owned.get(up, self.merged)
        return found


_PRISMA_CONFIGS = frozenset(f"prisma.config.{ext}" for ext in ("ts", "mts", "cts", "js", "mjs", "cjs"))
# prisma.config.ts `schema: "prisma/schema"` or `schema: path.join("prisma", "schema")`
_CONFIG_SCHEMA = re.compile(
    r"""\bschema\s*:\s*(?:[\w$.]*join\(\s*(?:__dirname\s*,\s*)?)?((?:["'`][^"'`$]+["'`]\s*,?\s*)+)"""
)


def _declared_schema(program: Program, path: str) -> str | None:
    """The schema location a package.json or prisma.config file declares, as written."""
    data = read_once(program.tree, path)
    if data is None or b"schema" not in data:
        return None
    if path.endswith(".json"):
        try:
            manifest = json.loads(data.decode("utf-8", "replace"))
        except ValueError:
            return None
        settings = manifest.get("prisma") if isinstance(manifest, dict) else None
        schema = settings.get("schema") if isinstance(settings, dict) else None
        return schema if isinstance(schema, str) else None
    m = _CONFIG_SCHEMA.search(data.decode("utf-8", "replace"))
    return posixpath.join(*re.findall(r"""["'`]([^"'`]+)["'`]""", m.group(1))) if m else None


def _read_prisma_schemas(program: Program) -> _PrismaSchemas:
    schemas: list[str] = []
    projects: set[str] = set()  # folders holding a package.json
    settings: list[str] = []  # package.json and prisma.config files
    for path in program.index.paths:
        if "node_modules" in path:
            continue
        name = posixpath.basename(path)
        if path.endswith(".prisma"):
            schemas.append(path)
        elif name == "package.json" or name in _PRISMA_CONFIGS:
            settings.append(path)
            if name == "package.json":
                projects.add(posixpath.dirname(path))
    if not schemas:
        return _PrismaSchemas({}, {})
    schemas.sort()
    files: dict[str, dict[str, str]] = {}
    merged: dict[str, str] = {}
    for path in schemas:
        data = read_once(program.tree, path)
        text = data.decode("utf-8", "replace") if data is not None and b"model " in data else ""
        declared = files[path] = {}
        for m in _MODEL.finditer(text):
            declared.setdefault(m.group(1).lower(), m.group(2))
            merged.setdefault(m.group(1).lower(), m.group(2))
    # each project's schema files: the location it declares first, then those in its own folders
    own: dict[str, list[str]] = {}
    for path in sorted(settings):
        location = _declared_schema(program, path)
        if not location:
            continue
        folder = posixpath.dirname(path)
        target = posixpath.normpath(posixpath.join(folder, location))
        if target.endswith(".prisma"):
            target = posixpath.dirname(target)  # (a multi-file schema: the main file's folder is the schema)
        prefix = "" if target == "." else target + "/"
        own.setdefault(folder, []).extend(p for p in schemas if p.startswith(prefix))
    for path in schemas:
        up = posixpath.dirname(path)
        while up not in projects and up:
            up = posixpath.dirname(up)
        own.setdefault(up, []).append(path)
    owned: dict[str, dict[str, str]] = {}
    for folder, paths in own.items():
        models: dict[str, str] = {}
        for path in paths:
            for model, body in files[path].items():
                models.setdefault(model, body)
        for model, body in merged.items():
            models.setdefault(model, body)
        owned[folder] = models
    return _PrismaSchemas(merged, owned)


def serial_column(program: Program, model: str, column: str, path: str | None) -> bool:
    """``column`` of the Prisma model ``model`` (any case, singular or plural) is a sequence number the
    database hands out (`code Int @unique @default(autoincrement())`): a record's number, no secret."""
    models = prisma_models(program, path)
    key = model.lower()
    body = models.get(key) or models.get(key.removesuffix("s")) or models.get(key + "s")
    if body is None:
        return False
    for line in body.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == column:
            return "@default(autoincrement())" in line
    return False


def _relation_type(parts: list[str], models: dict[str, str]) -> str | None:
    """The model a Prisma field points to (`metaToken MetaToken?`, `sessions Session[]`), lower case; None
    for a column (`String`, an enum)."""
    target = parts[1].rstrip("?").removesuffix("[]").lower()
    return target if target in models else None


def _prisma_sensitive(body: str, models: dict[str, str]) -> str | None:
    for line in body.splitlines():
        parts = line.split()
        if len(parts) < 2 or parts[0].startswith(("//", "@@")) or not _sensitive_name(parts[0]):
            continue
        # a relation field holds no column of this record: a write or a read answers it only when
        # `include`d (then the related model's own fields decide)
        if _relation_type(parts, models) is None:
            return parts[0]
    return None


def relation_target(program: Program, model: str, field: str, path: str | None) -> str | None:
    """The Prisma model (lower case) the relation field ``field`` of ``model`` points to
    (`staff User?` of `Booking` -> `user`); None when it is no relation or the schema is not known."""
    models = prisma_models(program, path)
    body = models.get(model.lower())
    if body is None:
        return None
    for line in body.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == field:
            return _relation_type(parts, models)
    return None


def sensitive_field(program: Program, model: str, path: str | None) -> str | None:
    """A field of ``model`` (any case, singular or plural) whose name says it holds a secret, as the file at
    ``path`` sees the schemas (`prisma_models`)."""
    models = prisma_models(program, path)
    body = models.get(model.lower())
    found = _prisma_sensitive(body, models) if body is not None else None
    if found:
        return found
    fields = _code_schema_fields(program)
    key = model.lower()
    return fields.get(key) or fields.get(key.removesuffix("s")) or fields.get(key + "s")


# Drizzle tables (`export const users = pgTable("users", { passwordHash: text(...) })`) and
# Mongoose schemas (`new Schema({ password: String })` + `model("User", UserSchema)`).
_SCHEMA_PATH = re.compile(
    r"(?i)(schema|model|db|drizzle|database|entit|table|mongo)[^/]*\.(ts|js|mts|mjs)$|(^|/)(models?|schemas?|db)/"
)
_DRIZZLE_TABLE = re.compile(r"\bconst\s+(\w+)\s*=\s*(?:pg|mysql|sqlite)Table\(\s*[\"'`](\w+)[\"'`]\s*,")
_MONGOOSE_SCHEMA = re.compile(r"\bconst\s+(\w+)\s*=\s*new\s+(?:mongoose\.)?Schema\s*(?:<[^>]*>)?\(")
_MONGOOSE_MODEL = re.compile(r"\bmodel\s*(?:<[^>]*>)?\(\s*[\"'`](\w+)[\"'`]\s*,\s*(\w+)")
_FIELD_NAME = re.compile(r"(\w+)\s*:")
# MikroORM / TypeORM entity classes
# (`@Entity({ tableName: "owners" }) export class Owner { @Property() passwordHash?: string }`)
# and MikroORM `const Owner = defineEntity({ name: "Owner", properties: ... })`
_ENTITY_CLASS = re.compile(
    r"@Entity\(\s*(?:[\"'`](\w+)[\"'`]|\{[^})]*?tableName:\s*[\"'`](\w+)[\"'`][^})]*\})?[^)]*\)\s*(?:export\s+)?class\s+(\w+)"
)
_DEFINE_ENTITY = re.compile(r"\bconst\s+(\w+)\s*=\s*defineEntity\(")
_PROPERTY = re.compile(r"(?:^|\))\s*(\w+)[!?]?\s*:")


def _sensitive_in(body: str) -> str | None:
    return next((f for f in _FIELD_NAME.findall(body) if _sensitive_name(f)), None)


def _entity_sensitive(body: str) -> str | None:
    """A sensitive property of an entity, skipping `hidden` ones (MikroORM leaves them out of
    serialised entities)."""
    for line in body.splitlines():
        if re.search(r"hidden\s*:\s*true|\.hidden\(\)", line):
            continue
        for f in _PROPERTY.findall(line):
            if _sensitive_name(str(f)):
                return str(f)
    return None


def _code_schema_fields(program: Program) -> dict[str, str]:
    """Model/table name (lower case) -> a sensitive field it holds, from the repo's code schemas."""
    return tree_fact(program.tree, "code_schema_fields", lambda: _read_code_schema_fields(program))


def _read_code_schema_fields(program: Program) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in program.index.paths:
        if not _SCHEMA_PATH.search(path) or "node_modules" in path:
            continue
        data = read_once(program.tree, path)
        if data is None or (b"Table(" not in data and b"Schema" not in data and b"Entity" not in data):
            continue
        text = data.decode("utf-8", "replace")
        for m in (*_ENTITY_CLASS.finditer(text), *_DEFINE_ENTITY.finditer(text)):
            field = _entity_sensitive(braced(text, m.end()))
            for name in m.groups():
                if name and field:
                    out.setdefault(name.lower(), field)
        for m in _DRIZZLE_TABLE.finditer(text):
            field = _sensitive_in(braced(text, m.end()))
            if field:
                out.setdefault(m.group(1).lower(), field)
                out.setdefault(m.group(2).lower(), field)
        schemas = {m.group(1): _sensitive_in(braced(text, m.end())) for m in _MONGOOSE_SCHEMA.finditer(text)}
        for m in _MONGOOSE_MODEL.finditer(text):
            field = schemas.get(m.group(2))
            if field:
                out.setdefault(m.group(1).lower(), field)
    return out


# `CREATE [OR REPLACE] [MATERIALIZED] VIEW name AS SELECT ...` in the repo's SQL files (schema, migrations)
_SQL_VIEW = re.compile(
    r"(?is)\bcreate\s+(?:or\s+replace\s+)?(?:materialized\s+)?view\s+(?:if\s+not\s+exists\s+)?"
    r"(?:[\"\w]+\.)?\"?(\w+)\"?\s*(?:\([^)]*\)\s*)?as\s+\(?\s*select\s+(?:distinct\s+)?"
)


def chosen_view(program: Program, name: str) -> bool:
    """``name`` is a view the repo's SQL defines with a column list of its own (`CREATE VIEW board AS SELECT
    d.id, d.title FROM dishes d`), none of them a secret: a `SELECT *` of it answers the fields chosen there
    (not a view of `d.*`, whose columns are the table's)."""
    return name.lower() in tree_fact(program.tree, "sql_chosen_views", lambda: _read_chosen_views(program))


def _read_chosen_views(program: Program) -> frozenset[str]:
    out: set[str] = set()
    for path in program.index.paths:
        if "node_modules" in path or not path.endswith(".sql"):
            continue
        data = read_once(program.tree, path)
        if data is None:
            continue
        text = data.decode("utf-8", "replace")
        for m in _SQL_VIEW.finditer(text):
            semi = text.find(";", m.end())
            body = text[m.end() : semi if semi >= 0 else len(text)]
            end = outer_from(body)
            items = body[:end] if end >= 0 else ""
            if items and not select_list_star(items) and not any(_sensitive_name(w) for w in re.findall(r"\w+", items)):
                out.add(m.group(1).lower())
    return frozenset(out)
