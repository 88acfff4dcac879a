import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const bearerToken = header.replace(/^Bearer\s+/i, "");
  // ok: timing-unsafe-comparison
  if (!secureCompare(bearerToken, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const since = new Date(Date.now() - 864e5);
  const logs = await prisma.dailyLog.groupBy({ by: ["tenantId", "projectId"], where: { date: { gte: since } }, _count: { _all: true } });
  await prisma.outboxMessage.createMany({
    data: logs.map((l) => ({ channel: "email", to: l.tenantId, template: "daily-log-digest", payload: { projectId: l.projectId, count: l._count._all } })),
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ digests: logs.length });
}
