import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { safeEqual } from "@/lib/crypto";
import { rateLimitByKey } from "@/lib/ratelimit";

const schema = z.object({ donorId: z.string().uuid(), pin: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const kioskKey = req.headers.get("x-kiosk-key") ?? "";
  // ok: timing-unsafe-comparison
  if (!safeEqual(kioskKey, process.env.KIOSK_API_KEY ?? "")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { donorId, pin } = schema.parse(await req.json());
  await rateLimitByKey(`kiosk-pin:${donorId}`, 5, 900);
  const donor = await db.selectFrom("donors").select(["id", "barcodeSecret"]).where("id", "=", donorId).executeTakeFirst();
  // ok: timing-unsafe-comparison
  if (!donor || !safeEqual(donor.barcodeSecret.slice(-6), pin)) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Check-in failed" }, { status: 401 });
  }
  await db.updateTable("appointments").set({ status: "attended" }).where("donorId", "=", donor.id).where("status", "=", "booked").execute();
  return NextResponse.json({ ok: true });
}
