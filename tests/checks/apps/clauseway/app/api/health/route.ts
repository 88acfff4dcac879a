import { NextResponse } from "next/server";
import { sql } from "@/lib/db/drizzle";

// ok: missing-auth
export async function GET() {
  try {
    // ok: sql-injection
    await sql`select 1`;
    return NextResponse.json({ success: true });
  } catch (e) {
    // why: raw driver error (host names, auth failures) returned on a public endpoint
    // ruleid: information-disclosure
    return NextResponse.json({ success: false, error: String(e) }, { status: 503 });
  }
}
