import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";

// todoruleid: missing-rate-limit -- L: a cron route sending SMS in a loop is not seen as an SMS-sending entry point
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("unauthorized", { status: 401 });
  }
  const tomorrow = new Date(Date.now() + 86400_000);
  const upcoming = await prisma.inspection.findMany({
    where: { scheduledFor: { lte: tomorrow, gte: new Date() }, result: null },
    select: { id: true, requestedById: true, scheduledFor: true, kind: true },
  });
  for (const insp of upcoming) {
    const u = await prisma.user.findUnique({ where: { id: insp.requestedById }, select: { phone: true, phoneVerified: true } });
    if (u?.phone && u.phoneVerified) await sendSms(u.phone, `Reminder: ${insp.kind} inspection on ${insp.scheduledFor.toDateString()}.`);
  }
  return NextResponse.json({ sent: upcoming.length });
}
