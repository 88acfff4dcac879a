import { NextResponse } from "next/server";
import { safeEqual } from "@/lib/secure-compare";
import { pool } from "@/lib/db/pg";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!safeEqual(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const month = new Date().toISOString().slice(0, 7);
  // ok: sql-injection
  await pool.query("INSERT INTO credits (member_id, coop_id, month, amount_cents) SELECT member_id, coop_id, $1, SUM(kwh) * 12 FROM meter_readings WHERE verified GROUP BY member_id, coop_id", [month]);
  logger.info("cron.credits", { month });
  return NextResponse.json({ ok: true });
}
