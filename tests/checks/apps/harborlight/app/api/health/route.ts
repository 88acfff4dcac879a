import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    // ok: sql-injection
    await db.run(sql`select 1`);
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ ok: false, error: (e as Error).stack }, { status: 503 });
  }
}
