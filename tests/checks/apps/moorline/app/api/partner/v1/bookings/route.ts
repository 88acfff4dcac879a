import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticatePartner } from "@/lib/api-keys";
import { partnerLimiter } from "@/lib/rate-limit";

const createSchema = z.object({
  marinaId: z.string().cuid(),
  berthId: z.string().cuid(),
  guestName: z.string().min(1).max(120),
  guestEmail: z.string().email(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  partnerRef: z.string().max(64),
});

/** Booking platforms (Navily, Dockwa-style partners) list their bookings. */
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const bookings = await prisma.booking.findMany({
    where: { orgId: partner.orgId, source: "partner" },
    select: { id: true, berthId: true, startsAt: true, endsAt: true, status: true, partnerRef: true },
    take: 200,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: bookings });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const { success } = await partnerLimiter.limit(partner.keyId);
  if (!success) return NextResponse.json({ error: "Rate limited" }, { status: 429 });
  const parsed = createSchema.safeParse(await req.json());
  // ok: information-disclosure
  if (!parsed.success) return NextResponse.json({ error: "Invalid booking", issues: parsed.error.flatten() }, { status: 422 });
  const berth = await prisma.berth.findFirst({
    // ok: missing-authorization
    where: { id: parsed.data.berthId, marinaId: parsed.data.marinaId, marina: { orgId: partner.orgId } },
    select: { id: true, dailyRateCents: true },
  });
  if (!berth) return NextResponse.json({ error: "Unknown berth" }, { status: 404 });
  const booking = await prisma.booking.create({
    // ok: mass-assignment
    data: { ...parsed.data, orgId: partner.orgId, source: "partner", totalCents: berth.dailyRateCents },
    select: { id: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(booking, { status: 201 });
}
