"""Deterministic fixes: the exact rewrite, the rewritten file scanned clean, and the cases
where no fix is offered because it would not be safe."""

from __future__ import annotations

from textwrap import dedent

import pytest

from checks import Config, MemoryTree, scan
from checks.model import Finding


def _findings(path: str, source: str, rule_id: str) -> list[Finding]:
    result = scan(MemoryTree({path: source}), Config(), jobs=1)
    return [f for f in result.findings if f.rule_id == rule_id]


def _fix(path: str, source: str, rule_id: str) -> str:
    """Apply the single finding's fix, and check the patched file no longer has the finding."""
    found = _findings(path, source, rule_id)
    assert len(found) == 1, found
    assert found[0].fix is not None, f"no fix offered for {found[0].message}"
    patched = found[0].fix.apply(source)
    assert _findings(path, patched, rule_id) == [], "the fixed code is still flagged"
    return patched


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


PG_HEADER = """\
"use server";
import { Pool } from "pg";

const pool = new Pool();
const PAGE_SIZE = 20;

"""
MYSQL_HEADER = """\
"use server";
import mysql from "mysql2/promise";

const conn = await mysql.createConnection(process.env.DATABASE_URL!);

"""


@pytest.mark.parametrize(
    ("header", "before", "after"),
    [
        (  # pg: a quoted value becomes $1
            PG_HEADER,
            "  return pool.query(`SELECT id FROM users WHERE email = '${email}'`);",
            '  return pool.query("SELECT id FROM users WHERE email = $1", [email]);',
        ),
        (  # pg: unquoted and quoted values are numbered in order; constants stay in the text
            PG_HEADER,
            "  return pool.query(`SELECT id FROM users WHERE org = ${email} AND name = '${q}' LIMIT ${PAGE_SIZE}`);",
            "  return pool.query(`SELECT id FROM users WHERE org = $1 AND name = $2 LIMIT ${PAGE_SIZE}`, [email, q]);",
        ),
        (  # LIKE '%${q}%': the wildcards move into the bound value
            PG_HEADER,
            "  return pool.query(`SELECT id FROM users WHERE name LIKE '%${q}%'`);",
            '  return pool.query("SELECT id FROM users WHERE name LIKE $1", [`%${q}%`]);',
        ),
        (  # mysql2: `?` placeholders
            MYSQL_HEADER,
            "  return conn.execute(`DELETE FROM sessions WHERE user_id = ${email} AND token = '${q}'`);",
            '  return conn.execute("DELETE FROM sessions WHERE user_id = ? AND token = ?", [email, q]);',
        ),
        (  # mysql2: a prefix search keeps its trailing wildcard
            MYSQL_HEADER,
            "  return conn.query(`SELECT id FROM users WHERE name LIKE '${q}%'`);",
            '  return conn.query("SELECT id FROM users WHERE name LIKE ?", [`${q}%`]);',
        ),
    ],
)
def test_sql_placeholder_fix(header: str, before: str, after: str) -> None:
    fn = "export async function search(email: string, q: string) {\n{}\n}}\n"
    source = header + fn.replace("{}\n}}", before + "\n}")
    expected = header + fn.replace("{}\n}}", after + "\n}")
    assert _fix("app/actions.ts", source, "sql-injection") == expected


def test_sql_fix_for_a_pool_imported_from_a_project_file() -> None:
    files = {
        "lib/db.ts": 'import { Pool } from "pg";\nexport const pool = new Pool();\n',
        "app/actions.ts": _src(
            """
            "use server";
            import { pool } from "@/lib/db";

            export async function byId(id: string) {
              return pool.query(`SELECT id FROM notes WHERE id = '${id}'`);
            }
            """
        ),
    }
    result = scan(MemoryTree(files), Config(), targets=["app/actions.ts"], jobs=1)
    [finding] = [f for f in result.findings if f.rule_id == "sql-injection"]
    assert finding.fix is not None
    patched = finding.fix.apply(files["app/actions.ts"])
    assert 'return pool.query("SELECT id FROM notes WHERE id = $1", [id]);' in patched


@pytest.mark.parametrize(
    "call",
    [
        # concatenation: the pieces are not one template we can rewrite
        '  return pool.query("SELECT id FROM users WHERE email = \'" + email + "\'");',
        # a quote on one side only: the value is part of a larger literal
        "  return pool.query(`SELECT id FROM users WHERE name = '${q}-${email}'`);",
        # identifiers cannot be bound parameters: `"$1"` or `ORDER BY $1` would silently change the query
        '  return pool.query(`SELECT id FROM "${q}" WHERE email = $1`);',
        "  return pool.query(`SELECT id FROM users ORDER BY ${q}`);",
    ],
)
def test_no_sql_fix_when_the_rewrite_is_not_obvious(call: str) -> None:
    source = PG_HEADER + f"export async function search(email: string, q: string) {{\n{call}\n}}\n"
    [finding] = _findings("app/actions.ts", source, "sql-injection")
    assert finding.fix is None


def test_no_sql_fix_for_an_unknown_driver() -> None:
    source = _src(
        """
        "use server";
        import { db } from "@/lib/mystery-db";

        export async function search(q: string) {
          return db.query(`SELECT id FROM users WHERE name = '${q}'`);
        }
        """
    )
    [finding] = _findings("app/actions.ts", source, "sql-injection")
    assert finding.fix is None  # `$1` or `?` depends on the driver, which we do not know


def test_no_sql_fix_for_prisma_unsafe() -> None:
    source = _src(
        """
        import { prisma } from "@/lib/prisma";

        export async function search(q: string) {
          return prisma.$queryRawUnsafe(`SELECT id FROM "User" WHERE name = '${q}'`);
        }
        """
    )
    [finding] = _findings("lib/search.ts", source, "sql-injection")
    assert finding.fix is None


def test_timing_fix_adds_the_import_after_the_last_import() -> None:
    source = _src(
        """
        import { NextResponse } from "next/server";

        export async function GET(request: Request) {
          const authHeader = request.headers.get("authorization");
          if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
            return new NextResponse("Unauthorized", { status: 401 });
          }
          return NextResponse.json({ ok: true });
        }
        """
    )
    expected = _src(
        """
        import { NextResponse } from "next/server";
        import { timingSafeEqual } from "node:crypto";

        export async function GET(request: Request) {
          const authHeader = request.headers.get("authorization");
          if (typeof authHeader !== "string" || Buffer.byteLength(authHeader) !== Buffer.byteLength(`Bearer ${process.env.CRON_SECRET}`) || !timingSafeEqual(Buffer.from(authHeader), Buffer.from(`Bearer ${process.env.CRON_SECRET}`))) {
            return new NextResponse("Unauthorized", { status: 401 });
          }
          return NextResponse.json({ ok: true });
        }
        """  # noqa: E501
    )
    assert _fix("app/api/cron/route.ts", source, "timing-unsafe-comparison") == expected


def test_timing_fix_reuses_a_crypto_namespace_import_and_keeps_equality() -> None:
    source = _src(
        """
        "use server";
        import crypto from "node:crypto";
        import { db } from "@/lib/db";

        export async function unlock(slug: string, password: string) {
          const link = await db.shareLink.findUnique({ where: { slug }, select: { password: true } });
          return { ok: link?.password === password };
        }
        """
    )
    patched = _fix("app/share/actions.ts", source, "timing-unsafe-comparison")
    assert patched == source.replace(
        "link?.password === password",
        '(typeof link?.password === "string" && typeof password === "string" && '
        "Buffer.byteLength(link?.password) === Buffer.byteLength(password) && "
        "crypto.timingSafeEqual(Buffer.from(link?.password), Buffer.from(password)))",
    )


def test_timing_fix_after_a_use_server_directive_without_imports() -> None:
    # (the stored pin read on the server: two arguments of an action are both the caller's, no finding)
    source = '"use server";\n\nexport async function check(pin: string) {\n'
    source += "  const storedPin = await loadPin();\n  return pin == storedPin;\n}\n"
    patched = _fix("app/actions.ts", source, "timing-unsafe-comparison")
    assert patched.startswith('"use server";\nimport { timingSafeEqual } from "node:crypto";\n\nexport async')
    assert "timingSafeEqual(Buffer.from(pin), Buffer.from(storedPin))" in patched


def test_timing_fix_hoists_a_header_read_above_the_if() -> None:
    source = _src(
        """
        import { timingSafeEqual } from "crypto";

        export async function POST(req: Request) {
          if (req.headers.get("x-webhook-secret") !== process.env.WEBHOOK_SECRET) {
            return new Response("Unauthorized", { status: 401 });
          }
          return new Response("ok");
        }
        """
    )
    expected = _src(
        """
        import { timingSafeEqual } from "crypto";

        export async function POST(req: Request) {
          const received = req.headers.get("x-webhook-secret");
          if (typeof received !== "string" || typeof process.env.WEBHOOK_SECRET !== "string" || Buffer.byteLength(received) !== Buffer.byteLength(process.env.WEBHOOK_SECRET) || !timingSafeEqual(Buffer.from(received), Buffer.from(process.env.WEBHOOK_SECRET))) {
            return new Response("Unauthorized", { status: 401 });
          }
          return new Response("ok");
        }
        """  # noqa: E501
    )
    assert _fix("app/api/hook/route.ts", source, "timing-unsafe-comparison") == expected


@pytest.mark.parametrize(
    "condition",
    [
        # hoisting out of `&&` would read the header even when the short-circuit skips it
        'isProduction && req.headers.get("x-webhook-secret") !== process.env.WEBHOOK_SECRET',
        # not an `if` condition at all
        None,
    ],
)
def test_no_timing_fix_when_a_call_cannot_be_hoisted(condition: str | None) -> None:
    if condition is not None:
        body = f"  if ({condition}) return new Response(null, {{ status: 401 }});\n"
        body += '  return new Response("ok");\n'
    else:
        body = '  return Response.json({ ok: req.headers.get("x-api-key") === process.env.API_KEY });\n'
    source = f"const isProduction = true;\nexport async function POST(req: Request) {{\n{body}}}\n"
    [finding] = _findings("app/api/hook/route.ts", source, "timing-unsafe-comparison")
    assert finding.fix is None


def test_no_timing_fix_in_an_else_if() -> None:
    source = _src(
        """
        export async function POST(req: Request) {
          if (!req.body) {
            return new Response(null, { status: 400 });
          } else if (req.headers.get("x-signature") !== process.env.SIGNING_SECRET) {
            return new Response(null, { status: 401 });
          }
          return new Response("ok");
        }
        """
    )
    [finding] = _findings("app/api/hook/route.ts", source, "timing-unsafe-comparison")
    assert finding.fix is None
