import { NextResponse } from "next/server";
import { type } from "arktype";
import { sql } from "kysely";
import { kdb } from "@/lib/kysely";
import { pool } from "@/lib/pg";
import { withApiKey } from "@/lib/api/handlers";

const Query = type({ "from?": "string.date.iso", "to?": "string.date.iso", "limit?": "string.integer.parse" });

// ok: missing-auth, missing-input-validation
export const GET = withApiKey("sessions:read", async (req, { key }) => {
  const q = Query(Object.fromEntries(req.nextUrl.searchParams));
  if (q instanceof type.errors) return NextResponse.json({ error: q.summary }, { status: 400 });
  const limit = Math.min(q.limit ?? 100, 1000);
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT id, charger_id, started_at, ended_at, energy_wh, total_cents, status FROM charging_sessions
      WHERE tenant_id = $1 AND started_at >= $2 AND started_at < $3 ORDER BY started_at DESC LIMIT $4`,
    [key.tenantId, q.from ?? "1970-01-01", q.to ?? "2999-01-01", limit],
  );
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
});

// Partners post CDR-like summaries for roaming sessions.
// ok: missing-auth
// ruleid: missing-input-validation
export const POST = withApiKey("sessions:write", async (req, { key }) => {
  const body = await req.json();
  // ruleid: sql-injection
  await sql.raw(`INSERT INTO roaming_cdrs (tenant_id, partner_ref, energy_wh, total_cents) VALUES ('${key.tenantId}', '${body.partnerRef}', ${body.energyWh}, ${body.totalCents})`).execute(kdb);
  return NextResponse.json({ ok: true }, { status: 201 });
});
