import { z } from "zod";
import { prisma } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-keys";

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const partner = await authenticateApiKey(req, "bookings:write");
  if (!partner) return Response.json({ error: "invalid_api_key" }, { status: 401 });
  const { id } = await params;
  const bookingId = z.string().cuid().parse(id);
  // ruleid: missing-authorization
  await prisma.booking.update({ where: { id: bookingId }, data: { status: "cancelled" } });
  return new Response(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const partner = await authenticateApiKey(req, "bookings:read");
  if (!partner) return Response.json({ error: "invalid_api_key" }, { status: 401 });
  const bookingId = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({
    where: { id: bookingId, bookedById: `partner:${partner.partnerId}` },
    select: { id: true, status: true, classId: true },
  });
  if (!booking) return Response.json({ error: "not_found" }, { status: 404 });
  // ok: excessive-data-exposure
  return Response.json({ data: booking });
}
