import { NextResponse } from "next/server";
import { reportsPool } from "@/lib/pg";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    // ok: sql-injection
    await reportsPool.query("SELECT 1");
    return NextResponse.json({ ok: true });
  } catch (err) {
    logger.error({ msg: "health check failed", err });
    // ok: information-disclosure
    return NextResponse.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
