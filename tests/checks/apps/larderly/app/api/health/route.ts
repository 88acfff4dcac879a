import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    // ok: sql-injection
    await sql`SELECT 1`;
    return NextResponse.json({ status: "ok" });
  } catch {
    // ok: information-disclosure
    return NextResponse.json({ status: "degraded" }, { status: 503 });
  }
}
