import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sendOcppCommand } from "@/lib/ocpp";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

// Nightly: close sessions whose charger stopped reporting, re-price from meter data.
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const stale = await prisma.chargingSession.findMany({
    where: { status: "ACTIVE", startedAt: { lt: new Date(Date.now() - 24 * 3_600_000) } },
    select: { id: true, chargerId: true, transactionId: true },
    take: 500,
  });
  for (const s of stale) {
    const charger = await prisma.charger.findUnique({ where: { id: s.chargerId }, select: { ocppId: true } });
    if (charger && s.transactionId) {
      await sendOcppCommand(charger.ocppId, "RemoteStopTransaction", { transactionId: s.transactionId }).catch(() => null);
    }
    await prisma.chargingSession.update({ where: { id: s.id }, data: { status: "RECONCILED", endedAt: new Date() } });
  }
  logger.info({ job: "reconcile", closed: stale.length }, "cron finished");
  return NextResponse.json({ closed: stale.length });
}
