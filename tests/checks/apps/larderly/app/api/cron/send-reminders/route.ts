import { NextResponse } from "next/server";
import { db } from "@/lib/db/drizzle";
import { shifts } from "@/lib/db/schema";
import { gt } from "drizzle-orm";
import { sql } from "@/lib/db/sql";

// Vercel cron: queue reminders for tomorrow's shifts.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const cronSecret = process.env.CRON_SECRET;
  // why: bearer secret compared with !== inside a template literal
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${cronSecret}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const upcoming = await db.select({ id: shifts.id, title: shifts.title }).from(shifts).where(gt(shifts.startsAt, new Date()));
  // Reminders are queued here; the mail worker (outside this app) sends them.
  // ok: sql-injection
  for (const s of upcoming) await sql`INSERT INTO reminder_queue (shift_id, title) VALUES (${s.id}, ${s.title}) ON CONFLICT DO NOTHING`;
  return NextResponse.json({ queued: upcoming.length });
}
