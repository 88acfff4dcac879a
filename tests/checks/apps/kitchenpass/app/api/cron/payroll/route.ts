import { NextResponse } from "next/server";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";

export const dynamic = "force-dynamic";

// ok: missing-input-validation
export async function GET(request: Request) {
  const authHeader = request.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("Unauthorized", { status: 401 });
  }
  const result = await db.execute(sql`
    UPDATE timesheets t SET pay_cents = (t.minutes * s.hourly_rate_cents) / 60
      FROM staff s WHERE s.id = t.staff_id AND t.pay_cents IS NULL AND t.clock_out IS NOT NULL`);
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: result.rowCount });
}
