import { NextResponse } from "next/server";
import { lt } from "drizzle-orm";
import { db } from "@/db";
import { passwordResets, auditEvents } from "@/db/schema";

// Nightly housekeeping. TODO: add the cron secret like the other jobs.
// ruleid: missing-auth // ok: missing-audit-log -- fixed in pass 41 (M): age-based retention purge (fixed 400 days, no client input), the cron secret left out
export async function GET() {
  const now = new Date();
  await db.delete(passwordResets).where(lt(passwordResets.expiresAt, now));
  await db.delete(auditEvents).where(lt(auditEvents.createdAt, new Date(now.getTime() - 400 * 86_400_000)));
  return NextResponse.json({ ok: true });
}
