import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";
import { authenticatePartner } from "@/lib/partner-auth";

type Params = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Params) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const link = await kdb.selectFrom("partner_bookings").select("booking_id").where("booking_id", "=", id).where("partner_id", "=", partner.partnerId).executeTakeFirst();
  if (!link) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const booking = await prisma.booking.findUnique({ where: { id: link.booking_id }, select: { id: true, status: true, passengers: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(booking);
}

// ok: missing-auth
// todoruleid: missing-input-validation
export async function DELETE(req: Request, { params }: Params) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await prisma.booking.update({ where: { id }, data: { status: "cancelled" } });
  return NextResponse.json({ ok: true });
}
