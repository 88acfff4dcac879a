import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const balances = await prisma.ptoBalance.findMany({ select: { id: true, hours: true } });
  for (const b of balances) await prisma.ptoBalance.update({ where: { id: b.id }, data: { hours: { increment: 1.54 } } });
  logger.info({ count: balances.length }, "accruals applied");
  return NextResponse.json({ updated: balances.length });
}
