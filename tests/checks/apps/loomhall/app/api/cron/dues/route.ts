import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// Vercel cron: opens the next dues period on the 1st of the month.
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const period = new Date().toISOString().slice(0, 7);
  const members = await prisma.user.findMany({ where: { role: { in: ["MEMBER", "LEAD", "TREASURER"] }, suspendedAt: null }, select: { id: true } });
  await prisma.due.createMany({ data: members.map((m) => ({ userId: m.id, period, amountCents: 2500 })), skipDuplicates: true });
  logger.info({ period, count: members.length }, "dues period opened");
  return NextResponse.json({ created: members.length });
}
