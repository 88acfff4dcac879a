import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";

// Vercel cron, daily 02:00 UTC.
// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (header !== `Bearer ${process.env.CRON_SECRET}`) return new NextResponse("unauthorized", { status: 401 });
  const res = await prisma.invoice.updateMany({ where: { status: "OPEN", paidAt: null }, data: { status: "OVERDUE" } });
  logger.info({ count: res.count }, "invoices marked overdue");
  return NextResponse.json({ updated: res.count });
}
