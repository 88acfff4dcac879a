import { NextResponse } from "next/server";
import { and, eq, gte, lte } from "drizzle-orm";
import { db, firings } from "@/lib/db";
import { sql } from "@/lib/db";

// Vercel cron: queues "your firing is tomorrow" notifications (sent by the worker).
// ok: missing-input-validation
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const tomorrow = new Date(Date.now() + 86_400_000);
  const due = await db
    .select({ id: firings.id, userId: firings.userId })
    .from(firings)
    .where(and(eq(firings.status, "loaded"), gte(firings.scheduledFor, new Date()), lte(firings.scheduledFor, tomorrow)));
  for (const f of due) {
    // ok: sql-injection
    await sql`insert into notification_queue (user_id, kind, ref_id) values (${f.userId}, 'firing_tomorrow', ${f.id})`;
  }
  return NextResponse.json({ queued: due.length });
}
