import { NextResponse } from "next/server";
import { sql } from "kysely";
import { db, pool } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

const GRACE_HOURS = 24;

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }

  // ok: sql-injection
  const [stale] = await pool.query(
    `SELECT id FROM bookings WHERE paid = 0 AND status = 'pending' AND created_at < NOW() - INTERVAL ${GRACE_HOURS} HOUR`,
  );
  const ids = (stale as { id: string }[]).map((r) => r.id);
  if (ids.length > 0) {
    // ok: sql-injection
    await sql`UPDATE bookings SET status = 'closed_unpaid' WHERE id IN (${sql.join(ids)})`.execute(db);
  }
  logger.info("cron.close_unpaid", { closed: ids.length });
  return NextResponse.json({ closed: ids.length });
}
