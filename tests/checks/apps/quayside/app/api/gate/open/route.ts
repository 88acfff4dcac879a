import { NextResponse } from "next/server";
import { z } from "zod";
import { getEm, Booking, Marina } from "@/lib/db/orm";
import { slidingWindow } from "@/lib/rate-limit";

const Body = z.object({ marina: z.string().regex(/^[a-z0-9-]{2,64}$/), bookingRef: z.string().regex(/^[0-9a-f]{8}$/), passcode: z.string().regex(/^\d{4,8}$/) });

// Keypad at the pontoon gate: visitors type their booking reference and passcode.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ open: false }, { status: 400 });
  const { marina: slug, bookingRef, passcode } = parsed.data;
  if (!slidingWindow(`gate:${slug}:${bookingRef}`, 5, 15 * 60_000)) return NextResponse.json({ open: false }, { status: 429 });
  const em = await getEm();
  const marina = await em.findOne(Marina, { slug }, { fields: ["id"] });
  const today = new Date().toISOString().slice(0, 10);
  const booking = marina
    ? await em.findOne(Booking, { id: { $like: `${bookingRef}%` }, status: "confirmed", startsOn: { $lte: today }, endsOn: { $gte: today } }, { fields: ["accessCode"] })
    : null;
  // ruleid: timing-unsafe-comparison
  if (!booking?.accessCode || passcode !== booking.accessCode) {
    // ok: information-disclosure
    return NextResponse.json({ open: false }, { status: 403 });
  }
  await fetch(`${process.env.GATE_CONTROLLER_URL}/open`, { method: "POST", headers: { authorization: `Bearer ${process.env.GATE_CONTROLLER_TOKEN}` } });
  return NextResponse.json({ open: true });
}
