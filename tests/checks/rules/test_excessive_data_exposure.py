"""Confidence of excessive-data-exposure follows what the repository's Prisma schema says."""

from __future__ import annotations

import gc

from checks import Config, MemoryTree, scan
from checks.analysis.program import Program
from checks.model import Confidence

ACTION = """\
"use server";
import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/auth";

export async function getProfile() {
  const user = await requireUser();
  return prisma.user.findUnique({ where: { id: user.id } });
}
"""
SCHEMA = """\
model User {
  id           String @id
  email        String @unique
  {field}
}
"""


def _finding_confidence(schema_field: str | None) -> tuple[Confidence, str]:
    files = {"app/actions.ts": ACTION}
    if schema_field is not None:
        files["prisma/schema.prisma"] = SCHEMA.replace("{field}", schema_field)
    result = scan(MemoryTree(files), Config(), targets=["app/actions.ts"], jobs=1)
    [finding] = [f for f in result.findings if f.rule_id == "excessive-data-exposure"]
    return finding.confidence, finding.message


def test_high_confidence_and_field_named_when_the_schema_holds_a_secret() -> None:
    confidence, message = _finding_confidence("passwordHash String")
    assert confidence is Confidence.HIGH
    assert "passwordHash" in message


def test_medium_confidence_without_sensitive_fields() -> None:
    assert _finding_confidence("name String?")[0] is Confidence.MEDIUM


def test_medium_confidence_without_a_schema() -> None:
    assert _finding_confidence(None)[0] is Confidence.MEDIUM


def test_a_checksum_of_content_is_no_credential() -> None:
    # `content_hash` (a file checksum) and `blurHash` (an image placeholder) name no secret ...
    # (`previewHash`, `thumbHash`: the placeholder of a post's preview image)
    for field in (
        "content_hash String?",
        "blurHash String?",
        "hashtags String[]",
        "previewHash String?",
        "thumbHash String",
    ):
        assert _finding_confidence(field)[0] is Confidence.MEDIUM, field
    # ... while a hash of a password, token or key, or a bare `hash`, still does
    for field in ("password_hash String", "tokenHash String", "hashedPassword String", "hash String"):
        confidence, message = _finding_confidence(field)
        assert confidence is Confidence.HIGH and field.split()[0] in message, field


def _confidence_of(action: str, schema: str) -> tuple[Confidence, str]:
    files = {"app/actions.ts": action, "prisma/schema.prisma": schema}
    result = scan(MemoryTree(files), Config(), targets=["app/actions.ts"], jobs=1)
    [finding] = [f for f in result.findings if f.rule_id == "excessive-data-exposure"]
    return finding.confidence, finding.message


RELATED_SCHEMA = """\
model Studio {
  id          String @id
  name        String
  apiToken    ApiToken?
  {field}
  owner       Owner    @relation(fields: [ownerId], references: [id])
  ownerId     String
  plan        Plan?
}

model ApiToken {
  id       String @id
  token    String
  studioId String @unique
  studio   Studio @relation(fields: [studioId], references: [id])
}

model Owner {
  id           String @id
  email        String
  passwordHash String
}

model Plan {
  id       String @id
  label    String
  studioId String @unique
  studio   Studio @relation(fields: [studioId], references: [id])
}
"""


def _studio_action(query: str) -> str:
    return (
        '"use server";\nimport { prisma } from "@/lib/prisma";\nimport { requireUser } from "@/lib/auth";\n\n'
        "export async function renameStudio(id: string, name: string) {\n  await requireUser();\n"
        f"  return {query};\n}}\n"
    )


def test_a_relation_field_is_no_column_of_the_record() -> None:
    # `apiToken ApiToken?` names another model: an update answers the studio's own columns only
    update = "prisma.studio.update({ where: { id }, data: { name } })"
    assert _confidence_of(_studio_action(update), RELATED_SCHEMA.replace("{field}", ""))[0] is Confidence.MEDIUM
    # ... while a column of that name holding the token itself is a secret of the record
    confidence, message = _confidence_of(_studio_action(update), RELATED_SCHEMA.replace("{field}", "apiKey String"))
    assert confidence is Confidence.HIGH and "apiKey" in message


def test_an_included_relation_brings_its_secrets_along() -> None:
    # `include: { owner: true }` answers the owner's whole row, its password hash with it
    query = "prisma.studio.update({ where: { id }, data: { name }, include: { owner: true } })"
    confidence, message = _confidence_of(_studio_action(query), RELATED_SCHEMA.replace("{field}", ""))
    assert confidence is Confidence.HIGH and "passwordHash" in message
    # ... not an included relation holding no secret, nor one whose fields are chosen
    for include in ("{ plan: true }", "{ owner: { select: { email: true } } }"):
        query = f"prisma.studio.update({{ where: {{ id }}, data: {{ name }}, include: {include} }})"
        assert _confidence_of(_studio_action(query), RELATED_SCHEMA.replace("{field}", ""))[0] is Confidence.MEDIUM


def test_scans_do_not_keep_their_project_models_alive() -> None:
    # the repository's code schemas are cached per project model: never for every model ever scanned
    def alive() -> int:
        gc.collect()
        return sum(isinstance(o, Program) for o in gc.get_objects())

    before = alive()
    for i in range(12):
        result = scan(MemoryTree({"app/actions.ts": ACTION + f"// {i}\n"}), Config(), jobs=1)
        assert [f.rule_id for f in result.findings] == ["excessive-data-exposure"]
    assert alive() - before <= 4


# Prisma's multi-file schema (`prisma/schema/*.prisma`, GA in Prisma 6.6): one model per file, `schema.prisma`
# holding only the datasource and generator
SPLIT_MAIN = 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n'


def _scan_confidence(files: dict[str, str], target: str) -> tuple[Confidence, str]:
    result = scan(MemoryTree(files), Config(), targets=[target], jobs=1)
    [finding] = [f for f in result.findings if f.rule_id == "excessive-data-exposure"]
    return finding.confidence, finding.message


def test_a_split_schema_folder_is_read() -> None:
    files = {
        "app/actions.ts": ACTION,
        "prisma/schema/schema.prisma": SPLIT_MAIN,
        "prisma/schema/user.prisma": SCHEMA.replace("{field}", "hashedKey String"),
    }
    confidence, message = _scan_confidence(files, "app/actions.ts")
    assert confidence is Confidence.HIGH and "hashedKey" in message
    files["prisma/schema/user.prisma"] = SCHEMA.replace("{field}", "name String?")
    assert _scan_confidence(files, "app/actions.ts")[0] is Confidence.MEDIUM


def test_a_declared_schema_location_is_read() -> None:
    # package.json `"prisma": { "schema": "db/models" }`, or prisma.config.ts `schema: "db/models"`
    user = SCHEMA.replace("{field}", "apiKey String")
    declared = {
        "package.json": '{ "name": "web", "prisma": { "schema": "db/models" } }',
        "prisma.config.ts": 'import { defineConfig } from "prisma/config";\n'
        'export default defineConfig({ schema: "db/models" });\n',
    }
    for manifest, text in declared.items():
        files = {"app/actions.ts": ACTION, manifest: text, "db/models/user.prisma": user}
        if manifest != "package.json":
            files["package.json"] = '{ "name": "web" }'
        confidence, message = _scan_confidence(files, "app/actions.ts")
        assert confidence is Confidence.HIGH and "apiKey" in message, manifest


def test_the_nearest_schema_wins_in_a_monorepo() -> None:
    # two apps, each with its own `User`: only the admin app's holds a password hash
    files = {
        "package.json": '{ "name": "root", "private": true, "workspaces": ["apps/*"] }',
        "apps/admin/package.json": '{ "name": "admin" }',
        "apps/admin/app/actions.ts": ACTION,
        "apps/admin/prisma/schema/schema.prisma": SPLIT_MAIN,
        "apps/admin/prisma/schema/user.prisma": SCHEMA.replace("{field}", "passwordHash String"),
        "apps/shop/package.json": '{ "name": "shop" }',
        "apps/shop/app/actions.ts": ACTION,
        "apps/shop/prisma/schema.prisma": SCHEMA.replace("{field}", "nickname String?"),
    }
    confidence, message = _scan_confidence(files, "apps/admin/app/actions.ts")
    assert confidence is Confidence.HIGH and "passwordHash" in message
    assert _scan_confidence(files, "apps/shop/app/actions.ts")[0] is Confidence.MEDIUM
    # ... and the shop app declaring the admin app's schema as its own reads that one
    files["apps/shop/package.json"] = '{ "name": "shop", "prisma": { "schema": "../admin/prisma/schema" } }'
    del files["apps/shop/prisma/schema.prisma"]
    assert _scan_confidence(files, "apps/shop/app/actions.ts")[0] is Confidence.HIGH
