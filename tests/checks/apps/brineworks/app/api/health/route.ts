import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { db } from "@/db";

export const dynamic = "force-dynamic";

// ok: missing-auth, excessive-data-exposure
export async function GET() {
  try {
    // ok: sql-injection
    await db.execute(sql`select 1`);
    return NextResponse.json({ ok: true });
  } catch (e) {
    console.error("health check failed", e);
    // ok: information-disclosure
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}
