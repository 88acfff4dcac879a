import { NextResponse } from "next/server";
import { sql as ksql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { legacy } from "@/lib/db/mysql";
import { verifyPartnerKey } from "@/lib/partner-auth";

const ALLOWED_FIELDS = new Set(["status", "first_name", "last_name"]);

// Nightly pull from the v1 MIS by partner integrations.
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const key = await verifyPartnerKey(req);
  if (!key) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const url = new URL(req.url);
  const field = url.searchParams.get("field") ?? "status";
  const since = url.searchParams.get("since") ?? "1970-01-01";
  const col = ALLOWED_FIELDS.has(field) ? field : "status";
  // ok: sql-injection
  const rows = await ksql<{ id: string; value: string }>`SELECT id, ${ksql.ref(col)} AS value FROM apprentices WHERE org_id = ${key.orgId}`.execute(kdb);
  // ruleid: sql-injection
  const [changes] = await legacy.query(`SELECT learner_ref, changed_at FROM learner_changes WHERE org_id = '${key.orgId}' AND changed_at > '${since}'`);
  return NextResponse.json({ rows: rows.rows, changes });
}
