import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

/** Vercel cron, 03:00 daily: rolls auto-renew leases into next season as drafts. */
// ok: missing-auth
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) return new NextResponse("Unauthorized", { status: 401 });
  const ending = await prisma.lease.findMany({
    where: { autoRenew: true, status: "active", seasonEnd: { lte: new Date(Date.now() + 30 * 86_400_000) } },
    select: { id: true, orgId: true, marinaId: true, berthId: true, customerId: true, vesselId: true, seasonStart: true, seasonEnd: true, priceCents: true },
  });
  const YEAR = 365 * 86_400_000;
  for (const l of ending) {
    await prisma.lease.create({
      data: {
        orgId: l.orgId, marinaId: l.marinaId, berthId: l.berthId, customerId: l.customerId, vesselId: l.vesselId,
        seasonStart: new Date(+l.seasonStart + YEAR), seasonEnd: new Date(+l.seasonEnd + YEAR), priceCents: l.priceCents, status: "draft",
      },
    });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ renewed: ending.length });
}
