import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";

// Enqueues shift reminders; the worker sends them.
// ok: missing-auth
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("unauthorized", { status: 401 });
  }
  const soon = await prisma.shift.findMany({ where: { published: true, startsAt: { gte: new Date(), lte: new Date(Date.now() + 2 * 3600_000) } }, select: { id: true, employeeId: true } });
  await prisma.auditLog.createMany({ data: soon.map((s) => ({ action: "reminder.enqueued", target: s.id })) });
  return NextResponse.json({ queued: soon.length });
}
