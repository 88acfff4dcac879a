import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    await sql`select 1`;
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ ok: false, error: e }, { status: 503 });
  }
}
