import { type NextRequest } from "next/server";
import { sql } from "@/lib/db/postgres";
import { requireOrgRole } from "@/lib/permissions";
import { logger } from "@/lib/logger";

const COLUMNS = ["id", "created_at", "total_cents", "status", "promo_code"] as const;

// ok: missing-auth
// todoruleid: missing-input-validation -- search params into an ORM lookup are exempt URL strings (helmdesk exports/tickets labels ok)
export async function GET(req: NextRequest) {
  const org = req.nextUrl.searchParams.get("org") ?? "";
  const ctx = await requireOrgRole(org, ["OWNER", "ADMIN", "FINANCE"]);
  const requested = (req.nextUrl.searchParams.get("cols") ?? "id,total_cents,status").split(",");
  const cols = requested.filter((c): c is (typeof COLUMNS)[number] => (COLUMNS as readonly string[]).includes(c));
  // ok: sql-injection, missing-authorization
  const rows = await sql.unsafe(`SELECT ${cols.join(", ")} FROM orders WHERE organizer_id = $1 ORDER BY created_at DESC`, [ctx.organizerId]);
  logger.info({ actor: ctx.userId, organizerId: ctx.organizerId, rows: rows.length }, "orders_exported");
  const csv = [cols.join(","), ...rows.map((r) => cols.map((c) => JSON.stringify(r[c] ?? "")).join(","))].join("\n");
  // ok: excessive-data-exposure
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=orders.csv" } });
}
