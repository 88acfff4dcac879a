import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, declarations, trackingEvents } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-keys";

// Re-exported as app/api/v1/shipments/route.ts.

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await authenticateApiKey(req);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const ref = z.string().min(3).max(64).parse(new URL(req.url).searchParams.get("carrierRef"));
  // ok: missing-authorization
  const decl = await db.query.declarations.findFirst({ where: and(eq(declarations.carrierRef, ref), eq(declarations.importerId, key.importerId)), columns: { id: true } });
  // ok: information-disclosure
  if (!decl) return NextResponse.json({ error: "not found" }, { status: 404 });
  const events = await db.select().from(trackingEvents).where(eq(trackingEvents.carrierRef, ref));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ events });
}

// Links a carrier reference to a declaration.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const key = await authenticateApiKey(req);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { declarationId, carrierRef } = await req.json();
  // ok: missing-authorization
  await db.update(declarations).set({ carrierRef }).where(and(eq(declarations.id, declarationId), eq(declarations.importerId, key.importerId)));
  return NextResponse.json({ ok: true });
}
