"""Which models hold secrets: a sensitive field per model or table, read from the repo's schemas
(`prisma/schema.prisma`, drizzle tables, Mongoose schemas, MikroORM/TypeORM entities).

Shared by the rules that grade a finding by what the touched record holds (excessive-data-exposure's
confidence, missing-auth's wording)."""

from __future__ import annotations

import re

from checks.analysis import vocabulary as vocab
from checks.analysis.program import Program
from checks.analysis.tenancy import braced
from checks.sources import tree_fact

_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.S | re.M)


# A hash of what a record holds (a file checksum, an image's blurhash or preview placeholder) is no credential;
# a hash of a password, token or key is
_CONTENT_WORDS = frozenset(
    {"content", "file", "blur", "image", "img", "commit", "git", "etag", "body", "document", "doc", "media", "photo"}
    | {"asset", "chunk", "block", "source", "build", "avatar", "checksum", "info"}
    # (an image placeholder's hash: `previewHash`, `thumbHash`, `coverHash`)
    | {"preview", "thumb", "thumbnail", "placeholder", "cover", "banner", "picture", "video", "poster"}
)


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


def prisma_models(program: Program, every_file: bool = False) -> dict[str, str]:
    """Model name (lower case) -> the body of its `model X { ... }` block, from the tree's
    `schema.prisma` files (``every_file``: any `.prisma` file outside node_modules, as a split
    schema folder has); the first file that declares a name wins. Worked out once per tree."""
    key = "prisma_models_all" if every_file else "prisma_models"
    return tree_fact(program.tree, key, lambda: _read_prisma_models(program, every_file))


def _read_prisma_models(program: Program, every_file: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in program.index.paths:
        if every_file:
            wanted = path.endswith(".prisma") and "node_modules" not in path
        else:
            wanted = path.endswith("schema.prisma")
        data = program.tree.read(path) if wanted else None
        if data is None or b"model " not in data:
            continue
        for m in _MODEL.finditer(data.decode("utf-8", "replace")):
            out.setdefault(m.group(1).lower(), m.group(2))
    return out


def serial_column(program: Program, model: str, column: str) -> bool:
    """``column`` of the Prisma model ``model`` (any case, singular or plural) is a sequence number the
    database hands out (`code Int @unique @default(autoincrement())`): a record's number, no secret."""
    models = prisma_models(program)
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


def relation_target(program: Program, model: str, field: str) -> str | None:
    """The Prisma model (lower case) the relation field ``field`` of ``model`` points to
    (`staff User?` of `Booking` -> `user`); None when it is no relation or the schema is not known."""
    models = prisma_models(program)
    body = models.get(model.lower())
    if body is None:
        return None
    for line in body.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == field:
            return _relation_type(parts, models)
    return None


def sensitive_field(program: Program, model: str) -> str | None:
    """A field of ``model`` (any case, singular or plural) whose name says it holds a secret."""
    models = prisma_models(program)
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
        data = program.tree.read(path)
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
