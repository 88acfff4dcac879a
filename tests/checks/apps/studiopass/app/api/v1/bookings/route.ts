import { z } from "zod";
import { prisma } from "@/lib/db";
import { makeHandlers } from "@/lib/route-builder";

const bookingSchema = z.object({
  classId: z.string().cuid(),
  externalMemberRef: z.string().max(64),
  firstName: z.string().max(60),
  lastName: z.string().max(60),
});

// ok: missing-auth
export const { GET, POST } = makeHandlers({
  scope: "bookings:write",
  GET: async (req, { partner }) => {
    const classId = z.string().cuid().parse(req.nextUrl.searchParams.get("classId"));
    // ok: missing-authorization
    const bookings = await prisma.booking.findMany({
      where: { classId, bookedById: `partner:${partner.partnerId}` },
      select: { id: true, status: true, createdAt: true },
    });
    // ok: excessive-data-exposure
    return Response.json({ data: bookings });
  },
  POST: async (req, { partner }) => {
    const body = bookingSchema.parse(await req.json());
    const cls = await prisma.classSession.findUnique({ where: { id: body.classId }, select: { studioId: true } });
    if (!cls || !partner.studioIds.includes(cls.studioId)) return Response.json({ error: "not_found" }, { status: 404 });
    const member = await prisma.member.create({
      data: { studioId: cls.studioId, firstName: body.firstName, lastName: body.lastName, status: "partner" },
      select: { id: true },
    });
    const booking = await prisma.booking.create({
      data: { classId: body.classId, memberId: member.id, bookedById: `partner:${partner.partnerId}` },
      select: { id: true, status: true },
    });
    // ok: excessive-data-exposure
    return Response.json({ data: booking }, { status: 201 });
  },
});
