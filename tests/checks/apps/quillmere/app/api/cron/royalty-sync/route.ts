import { NextResponse } from "next/server";
import { royaltiesDb } from "@/lib/db/mysql";

// ok: missing-input-validation
export async function GET(req: Request) {
  const header = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (header !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  await royaltiesDb.query("UPDATE statements SET synced_at = NOW() WHERE synced_at IS NULL");
  return NextResponse.json({ ok: true });
}
