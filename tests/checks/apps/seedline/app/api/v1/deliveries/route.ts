import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { makeHandlers } from "@/lib/route-builder";

const query = z.object({ since: z.coerce.date().optional() });

// ok: missing-auth
export const { GET, POST } = makeHandlers("deliveries:read", {
  GET: async (req, principal) => {
    const { since } = query.parse(Object.fromEntries(req.nextUrl.searchParams));
    const deliveries = await prisma.delivery.findMany({
      where: { coopId: principal.coopId, createdAt: since ? { gte: since } : undefined },
      take: 500,
    });
    // ruleid: excessive-data-exposure
    return NextResponse.json({ data: deliveries });
  },
});
