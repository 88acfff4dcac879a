import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";
import { requireTrustee } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export async function GET() {
  await requireTrustee();
  // ok: sql-injection
  const { rows } = await sql`SELECT * FROM members ORDER BY created_at`;
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
