import { NextResponse } from "next/server";
import { pool } from "@/lib/pg";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    // ok: sql-injection
    await pool.query("SELECT 1");
    return NextResponse.json({ status: "ok" });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ status: "down", error: (e as Error).stack }, { status: 503 });
  }
}
