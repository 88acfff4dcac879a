import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { notifyWaitlist } from "@/app/(fan)/waitlist/actions";

// ok: missing-auth
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const expired = await prisma.hold.findMany({ where: { expiresAt: { lt: new Date() } }, select: { id: true, tierId: true, quantity: true } });
  await prisma.hold.deleteMany({ where: { id: { in: expired.map((h) => h.id) } } });
  const tiers = await prisma.ticketTier.findMany({ where: { id: { in: expired.map((h) => h.tierId) } }, select: { eventId: true } });
  for (const t of new Set(tiers.map((x) => x.eventId))) await notifyWaitlist(t, 25);
  // ok: excessive-data-exposure
  return NextResponse.json({ expired: expired.length });
}
