import { NextResponse } from "next/server";
import { lt } from "drizzle-orm";
import { db, waitlist } from "@/lib/db";

// Nightly cleanup of stale waitlist entries.
// ok: missing-input-validation
export async function POST(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) return new NextResponse("unauthorized", { status: 401 });
  const cutoff = new Date(Date.now() - 365 * 86_400_000);
  const res = await db.delete(waitlist).where(lt(waitlist.createdAt, cutoff)).returning({ id: waitlist.id });
  return NextResponse.json({ deleted: res.length });
}
