import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Queues annual tax receipts; the mailer worker sends them.
export async function POST(req: Request) {
  const auth = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (auth !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorised" }, { status: 401 });
  }
  const year = new Date().getUTCFullYear() - 1;
  const unsent = await prisma.taxReceipt.findMany({ where: { year, sentAt: null }, select: { id: true, donorId: true, charityId: true }, take: 1000 });
  for (const r of unsent) {
    await prisma.notification.create({ data: { userId: r.donorId, charityId: r.charityId, channel: "email-queue", body: `receipt:${r.id}` } });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ queued: unsent.length });
}
