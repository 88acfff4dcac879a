import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { notifyOwner } from "@/lib/notify";

/** Weekly reminder about insurance certificates expiring within 30 days. TODO: add CRON_SECRET check. */
// ruleid: missing-auth, missing-rate-limit
export async function GET() {
  const vessels = await prisma.vessel.findMany({
    where: { insuranceExpiresAt: { lte: new Date(Date.now() + 30 * 86_400_000), gte: new Date() } },
    select: { name: true, customerId: true, insuranceExpiresAt: true },
  });
  for (const v of vessels) {
    await notifyOwner(v.customerId, "Insurance expiring", `The insurance for ${v.name} expires on ${v.insuranceExpiresAt?.toDateString()}.`);
  }
  return NextResponse.json({ reminded: vessels.length });
}
