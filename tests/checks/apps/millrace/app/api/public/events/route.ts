import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";

// Public calendar feed.
// ok: missing-auth, missing-input-validation
export async function GET() {
  // ok: sql-injection
  const { rows } = await sql`SELECT id, title, starts_at FROM events WHERE published = true AND starts_at > now() ORDER BY starts_at`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
