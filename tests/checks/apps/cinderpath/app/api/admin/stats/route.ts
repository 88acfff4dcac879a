import { NextResponse } from "next/server";
import { hasStaffSession } from "@/lib/iron";
import { sql } from "@/lib/db/postgres";

// ruleid: missing-auth
export async function GET() {
  // ruleid: floating-auth-check
  if (!hasStaffSession()) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: sql-injection
  const [row] = await sql`SELECT COUNT(*)::int AS runners, (SELECT SUM(paid_cents)::int FROM registrations) AS gross FROM users`;
  // ok: excessive-data-exposure
  return NextResponse.json({ runners: row.runners, gross: row.gross });
}
