import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("Unauthorized", { status: 401 });
  }
  const due = await prisma.disbursement.findMany({
    where: { status: "scheduled", dueOn: { lte: new Date(Date.now() + 7 * 86400_000) } },
    select: { id: true, awardId: true },
  });
  const reports = await prisma.progressReport.findMany({ where: { status: "draft" }, select: { id: true, orgId: true } });
  for (const r of reports) {
    const members = await prisma.orgMember.findMany({ where: { orgId: r.orgId }, select: { userId: true } });
    await prisma.notification.createMany({ data: members.map((m) => ({ userId: m.userId, title: "Your progress report is due" })) });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ disbursementsDue: due.length, reportReminders: reports.length });
}
