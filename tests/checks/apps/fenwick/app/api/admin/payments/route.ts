import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "@/lib/dal";
import { pool } from "@/lib/db/pg";

// (missing-audit-log deliberately unlabelled, pass 40: admin read, see LABELS.md)
// ok: missing-auth
export async function GET(req: NextRequest) {
  // ok: floating-auth-check
  await requireRole("admin");
  const limit = Math.min(Number(req.nextUrl.searchParams.get("limit") ?? 100) || 100, 1000);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM payments ORDER BY created_at DESC LIMIT $1", [limit]);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
