import { NextResponse } from "next/server";
import { lt } from "drizzle-orm";
import { tdb } from "@/lib/db/drizzle";
import { telemetry } from "@/lib/db/schema";
import { secureCompare } from "@/lib/hmac";
import { pool } from "@/lib/db/pg";

const RETENTION_DAYS = 30;

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET!)) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await tdb.delete(telemetry).where(lt(telemetry.recordedAt, new Date(Date.now() - RETENTION_DAYS * 864e5)));
  // ok: sql-injection
  await pool.query(`DELETE FROM shop_sessions WHERE expires_at < now() - interval '${RETENTION_DAYS} days'`);
  return NextResponse.json({ ok: true });
}
