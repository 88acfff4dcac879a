import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";

export const revalidate = 30;

/** Public status page data. */
// ok: missing-auth
export async function GET() {
  // ok: sql-injection
  const [row] = await sql`SELECT count(*)::int AS incidents FROM incidents WHERE resolved_at IS NULL`;
  // ok: excessive-data-exposure
  return NextResponse.json({ status: row.incidents > 0 ? "degraded" : "operational", openIncidents: row.incidents });
}
