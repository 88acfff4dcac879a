import { NextResponse } from "next/server";
import { z } from "zod";
import { randomBytes } from "crypto";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";
import { authenticatePartner } from "@/lib/partner-auth";
import { ratelimit } from "@/lib/ratelimit";

const bookingSchema = z.object({
  sailingId: z.string(),
  passengers: z.number().int().min(1).max(40),
  customerUserId: z.string(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`partner:${partner.partnerId}`);
  if (!success) return NextResponse.json({ error: "Rate limited" }, { status: 429 });
  const input = bookingSchema.parse(await req.json());
  const sailing = await prisma.sailing.findUnique({ where: { id: input.sailingId }, select: { route: { select: { basePriceCents: true } } } });
  if (!sailing) return NextResponse.json({ error: "Unknown sailing" }, { status: 404 });
  const booking = await prisma.booking.create({
    data: {
      sailingId: input.sailingId,
      passengers: input.passengers,
      // ruleid: mass-assignment, missing-authorization
      userId: input.customerUserId,
      qrToken: randomBytes(16).toString("hex"),
      amountCents: sailing.route.basePriceCents * input.passengers,
    },
    select: { id: true, qrToken: true },
  });
  await kdb.insertInto("partner_bookings").values({ id: booking.id, partner_id: partner.partnerId, booking_id: booking.id, commission_cents: 0 }).execute();
  // ok: excessive-data-exposure
  return NextResponse.json(booking, { status: 201 });
}

// ok: missing-auth
export async function GET(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const rows = await kdb.selectFrom("partner_bookings").select(["booking_id", "commission_cents"]).where("partner_id", "=", partner.partnerId).execute();
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
