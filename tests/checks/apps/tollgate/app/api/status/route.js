import { NextResponse } from "next/server";
import { sql } from "@/lib/db";

// Public status page feed: counts only.
// ok: missing-auth, missing-input-validation
export async function GET() {
  // ok: sql-injection
  const [row] = await sql`SELECT count(*)::int AS open FROM declarations WHERE status = 'submitted'`;
  // ok: excessive-data-exposure
  return NextResponse.json({ queue: row.open });
}
