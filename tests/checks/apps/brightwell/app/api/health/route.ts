import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    // ok: sql-injection
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ ok: false, error: (err as Error).stack }, { status: 503 });
  }
}
