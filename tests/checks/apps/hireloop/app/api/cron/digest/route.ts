import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const since = new Date(Date.now() - 864e5);
  const companies = await db.company.findMany({ where: { suspendedAt: null }, select: { id: true } });
  for (const c of companies) {
    const n = await db.application.count({ where: { job: { companyId: c.id }, interviews: { some: { scheduledAt: { gte: since } } } } });
    await db.auditLog.create({ data: { action: "digest.queued", companyId: c.id, meta: { n } } });
  }
  return NextResponse.json({ queued: companies.length });
}
