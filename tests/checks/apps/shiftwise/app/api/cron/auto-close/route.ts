import { NextResponse } from "next/server";
import { and, isNull, lt } from "drizzle-orm";
import { db, timeEntries } from "@/lib/drizzle";

// ruleid: missing-auth
export async function GET() {
  const cutoff = new Date(Date.now() - 16 * 3600_000);
  const closed = await db.update(timeEntries).set({ clockOut: new Date(), editedBy: "system:auto-close" }).where(and(isNull(timeEntries.clockOut), lt(timeEntries.clockIn, cutoff))).returning({ id: timeEntries.id });
  return NextResponse.json({ closed: closed.length });
}
