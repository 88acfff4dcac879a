import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

const createBody = z.object({
  petId: z.string().cuid(),
  sitterId: z.string().cuid(),
  kind: z.enum(["walk", "boarding", "drop_in"]),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  priceCents: z.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  GET: {
    scope: "bookings:read",
    handler: async ({ principal }) => {
      const rows = await prisma.booking.findMany({
        where: { agencyId: principal.agencyId },
        select: { id: true, kind: true, status: true, startsAt: true, endsAt: true, sitterId: true, petId: true },
        take: 500,
      });
      // ok: excessive-data-exposure
      return NextResponse.json({ data: rows });
    },
  },
  POST: {
    scope: "bookings:write",
    body: createBody,
    handler: async ({ principal, body }) => {
      // ruleid: missing-authorization -- (todoruleid until pass 29) an unscoped read whose owner files the booking; the sitter's agency-scoped lookup after it checks nothing of the pet
      const pet = await prisma.pet.findUnique({ where: { id: body.petId }, select: { ownerId: true } });
      // ok: missing-authorization
      const sitter = await prisma.sitter.findFirst({ where: { id: body.sitterId, agencyId: principal.agencyId }, select: { id: true } });
      if (!pet || !sitter) return NextResponse.json({ error: "not_found" }, { status: 404 });
      const booking = await prisma.booking.create({
        // ok: mass-assignment
        // ok: missing-authorization -- pet.ownerId is read from a DB record, not taken from the client
        data: { ...body, ownerId: pet.ownerId, agencyId: principal.agencyId },
        select: { id: true, status: true },
      });
      // ok: excessive-data-exposure
      return NextResponse.json({ data: booking }, { status: 201 });
    },
  },
});
