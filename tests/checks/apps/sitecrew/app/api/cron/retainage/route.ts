import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";

// Releases retainage on projects whose final pay app was certified 45+ days ago.
// Scheduled in vercel.json.
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  // ok: sql-injection
  const { rows } = await sql`
    UPDATE retainage_ledger r SET released = r.held
    FROM pay_apps p
    WHERE p.project_id = r.project_id AND p.status = 'certified_final'
      AND p.updated_at < now() - interval '45 days' AND r.released < r.held
    RETURNING r.project_id`;
  // ok: excessive-data-exposure
  return NextResponse.json({ released: rows.length });
}
