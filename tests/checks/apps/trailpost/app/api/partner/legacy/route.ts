import { NextResponse } from "next/server";
import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { prisma } from "@/lib/db/prisma";

// v0 partner API (before hashed keys). Still used by two hotel concierges.

// ok: missing-input-validation
export async function GET(req: Request) {
  const url = new URL(req.url);
  const partnerId = z.string().uuid().parse(url.searchParams.get("partner"));
  const apiKey = req.headers.get("x-api-key");
  // ok: sql-injection
  const { rows } = await pool.query("SELECT org_id, api_key FROM legacy_partners WHERE id = $1", [partnerId]);
  // why: plaintext partner apiKey compared with !==
  // ruleid: timing-unsafe-comparison
  if (!rows[0] || apiKey !== rows[0].api_key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const trips = await prisma.trip.findMany({ where: { orgId: rows[0].org_id, published: true }, select: { id: true, title: true, startsAt: true, priceCents: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(trips);
}

// why: only checks that *some* x-api-key header is present, never what it is; anyone can create bookings
// ruleid: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  // ok: timing-unsafe-comparison
  if (apiKey === null || apiKey === "") return NextResponse.json({ error: "missing key" }, { status: 401 });
  const input = z.object({ tripId: z.string().cuid(), seats: z.number().int().min(1).max(8), guestUserId: z.string().cuid() }).parse(await req.json());
  try {
    // why: userId of the new booking taken from the request body
    // ruleid: mass-assignment
    const b = await prisma.booking.create({ data: { tripId: input.tripId, seats: input.seats, userId: input.guestUserId, amountCents: 0, status: "partner_hold" }, select: { id: true } });
    return NextResponse.json(b, { status: 201 });
  } catch (err) {
    // why: stack trace returned to the caller
    // ruleid: information-disclosure
    return NextResponse.json({ error: "failed", detail: (err as Error).stack }, { status: 500 });
  }
}
