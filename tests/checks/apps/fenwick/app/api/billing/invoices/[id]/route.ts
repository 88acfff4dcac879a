import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { pool } from "@/lib/db/pg";

// todoruleid: missing-input-validation -- known gap (pass 40, R): ambiguous, app-router route param into bound parameter exempt by Warden design
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  // ok: floating-auth-check
  await verifySession();
  const { id } = await params;
  // ruleid: missing-authorization
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM invoices WHERE id = $1", [id]);
  if (rows.length === 0) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows[0]);
}
