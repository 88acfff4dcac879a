"""missing-authorization names the table a raw statement reads, never a keyword of the SQL around it."""

from __future__ import annotations

from checks import Config, MemoryTree, scan

FILES = {
    "lib/pg.ts": 'import { Pool } from "pg";\nexport const pool = new Pool();\n',
    "app/reports/actions.ts": """\
"use server";
import { auth } from "@clerk/nextjs/server";
import { pool } from "@/lib/pg";

export async function countRows(table: string, orgId: string) {
  await auth.protect();
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM " + table + " WHERE org_id = $1", [orgId]);
  return rows[0]?.n ?? 0;
}

export async function countOrders(orgId: string) {
  await auth.protect();
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM "Order" WHERE org_id = $1', [orgId]);
  return rows[0]?.n ?? 0;
}

export async function countBerths(orgId: string) {
  await auth.protect();
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM berths WHERE org_id = $1", [orgId]);
  return rows[0]?.n ?? 0;
}
""",
}


def test_a_table_concatenated_into_the_statement_is_not_named_after_the_next_clause() -> None:
    # (`"... FROM " + table + " WHERE ..."`: the literal pieces joined read `FROM  WHERE`; `WHERE` is no table,
    # while a quoted `"Order"` is one)
    result = scan(MemoryTree(FILES), Config(rules={"missing-authorization": "error"}), jobs=1)
    messages = sorted(f.message for f in result.findings if f.rule_id == "missing-authorization")
    assert messages == [
        "Server action `countBerths` reads `berths` selected by client-controlled `orgId` without checking that it "
        "belongs to the signed-in user",
        "Server action `countOrders` reads `Order` selected by client-controlled `orgId` without checking that it "
        "belongs to the signed-in user",
        "Server action `countRows` reads rows selected by client-controlled `orgId` without checking that it "
        "belongs to the signed-in user",
    ]
