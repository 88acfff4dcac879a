import { NextResponse } from "next/server";
import { sql } from "@/lib/db";

// ok: missing-auth
export async function GET() {
  try {
    // ok: sql-injection
    await sql`select 1`;
    return NextResponse.json({ ok: true });
  } catch {
    // ok: information-disclosure
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}
