import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { db, trackingEvents, declarations } from "@/lib/db";
import { hmacHex, safeEqual } from "@/lib/secure-compare";

const eventSchema = z.object({ carrierRef: z.string().min(3).max(64), status: z.enum(["picked_up", "in_transit", "at_customs", "delivered"]) });

// Carrier tracking webhook, HMAC-SHA256 over the raw body.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-carrier-signature") ?? "";
  const expected = hmacHex(process.env.CARRIER_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!signature || !safeEqual(signature, expected)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const event = eventSchema.parse(JSON.parse(raw));
  // ok: mass-assignment
  await db.insert(trackingEvents).values({ carrierRef: event.carrierRef, status: event.status, payload: JSON.parse(raw) });
  if (event.status === "at_customs") {
    // ok: missing-authorization
    await db.update(declarations).set({ status: "submitted" }).where(eq(declarations.carrierRef, event.carrierRef));
  }
  return NextResponse.json({ ok: true });
}
