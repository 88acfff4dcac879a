import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    // ok: sql-injection
    await pool.query("SELECT 1");
    return NextResponse.json({ ok: true });
  } catch {
    // ok: information-disclosure
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}
