import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";
import { parseId } from "@/lib/validation";

const patchBody = z.object({ status: z.enum(["accepted", "cancelled", "completed"]), notes: z.string().max(1000).optional() });

// ok: missing-auth, missing-input-validation
export const { GET, PATCH } = makeHandlers({
  GET: {
    scope: "bookings:read",
    handler: async ({ principal, params }) => {
      // ok: missing-authorization
      const booking = await prisma.booking.findFirst({ where: { id: parseId(params.id), agencyId: principal.agencyId } });
      if (!booking) return NextResponse.json({ error: "not_found" }, { status: 404 });
      // ruleid: excessive-data-exposure
      return NextResponse.json({ data: booking });
    },
  },
  PATCH: {
    scope: "bookings:write",
    body: patchBody,
    handler: async ({ params, body }) => {
      // ruleid: missing-authorization
      const updated = await prisma.booking.update({ where: { id: parseId(params.id) }, data: body, select: { id: true, status: true } });
      // ok: excessive-data-exposure
      return NextResponse.json({ data: updated });
    },
  },
});
