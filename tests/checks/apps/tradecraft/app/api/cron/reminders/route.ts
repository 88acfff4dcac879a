import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";
import { secureCompare } from "@/lib/crypto";

// Enqueues weekly OTJ reminders; the notification worker sends them.
// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  // ok: sql-injection
  const rows = await sql`INSERT INTO notification_jobs (apprentice_id, kind) SELECT id, 'otj_reminder' FROM apprentices WHERE status = 'active' RETURNING id`;
  return NextResponse.json({ queued: rows.length });
}
