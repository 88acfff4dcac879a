import { NextResponse } from "next/server";
import { desc } from "drizzle-orm";
import { db, auditEvents } from "@/lib/db";
import { requireTrustee } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export async function GET() {
  await requireTrustee();
  const rows = await db.select({ action: auditEvents.action, actorId: auditEvents.actorId, at: auditEvents.at }).from(auditEvents).orderBy(desc(auditEvents.at)).limit(500);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
