import { NextResponse } from "next/server";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db, trackingEvents, declarations } from "@/lib/db";
import { limitByIp } from "@/lib/ratelimit";

// Public tracking page for consignees: status only, by carrier reference.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ ref: string }> }) {
  await limitByIp("tracking", 30, 60);
  const ref = z.string().regex(/^[A-Z0-9]{6,20}$/).parse((await params).ref);
  const latest = await db.select({ status: trackingEvents.status, at: trackingEvents.receivedAt }).from(trackingEvents).where(eq(trackingEvents.carrierRef, ref)).orderBy(desc(trackingEvents.receivedAt)).limit(1);
  // ok: excessive-data-exposure
  return NextResponse.json({ status: latest[0]?.status ?? "unknown", at: latest[0]?.at ?? null });
}

// Same, but the consignee also sees the customs status. Returns the declaration row.
// ok: missing-input-validation
// todoruleid: missing-auth -- known gap (pass 35, cause G, weak): a drizzle table private only by its columns; public lookups by a reference are an open policy area
export async function POST(_req: Request, { params }: { params: Promise<{ ref: string }> }) {
  const ref = z.string().regex(/^[A-Z0-9]{6,20}$/).parse((await params).ref);
  const [decl] = await db.select().from(declarations).where(eq(declarations.carrierRef, ref));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ declaration: decl ?? null });
}
