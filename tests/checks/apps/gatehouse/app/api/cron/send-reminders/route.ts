import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/crypto";
import { sendSms } from "@/lib/messaging";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

// ok: missing-auth
export async function GET(req: NextRequest) {
  const provided = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(provided, process.env.CRON_SECRET ?? "")) {
    return new NextResponse("Unauthorized", { status: 401 });
  }

  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  const events = await prisma.event.findMany({
    where: { status: "PUBLISHED", startsAt: { gte: new Date(), lte: tomorrow } },
    select: { id: true, title: true, startsAt: true },
  });
  let sent = 0;
  for (const event of events) {
    const buyers = await prisma.user.findMany({
      where: { phone: { not: null }, marketingOptIn: true, sessions: { some: {} } },
      select: { phone: true },
      take: 500,
    });
    for (const b of buyers) {
      await sendSms(b.phone!, `Reminder: ${event.title} starts ${event.startsAt.toUTCString()}. Your QR code is in your Gatehouse app.`);
      sent++;
    }
  }
  logger.info({ job: "send-reminders", events: events.length, sent }, "cron done");
  return NextResponse.json({ events: events.length, sent });
}
