import { type NextRequest } from "next/server";
import { requirePlatformStaff } from "@/lib/auth/propel";
import { sql } from "@/lib/db/sql";

const EXPORTABLE: Record<string, string> = { berths: "berths", bookings: "bookings", invoices: "invoices", tickets: "maintenance_tickets" };

// Support: dump one table for one organisation as JSON (used when migrating customers off spreadsheets).
// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest) {
  await requirePlatformStaff();
  const table = req.nextUrl.searchParams.get("table") ?? "";
  const orgId = req.nextUrl.searchParams.get("org") ?? "";
  const known = EXPORTABLE[table];
  if (known) {
    // ok: sql-injection
    const rows = await sql.unsafe(`select id, org_id from ${known} where org_id = $1`, [orgId]);
    return Response.json({ table: known, ids: rows.map((r) => r.id) });
  }
  // Fallback for ad-hoc tables ops asked for (document_versions, shifts, ...).
  // ruleid: sql-injection
  const rows = await sql.unsafe("select id, org_id from " + table + " where org_id = $1", [orgId]);
  return Response.json({ table, ids: rows.map((r) => r.id) });
}
