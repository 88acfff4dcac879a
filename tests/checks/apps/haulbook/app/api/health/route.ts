import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pool";

// ok: missing-auth
export async function GET() {
  try {
    // ok: sql-injection
    await pool.query("SELECT 1");
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ ok: false, error: String(err) }, { status: 503 });
  }
}
