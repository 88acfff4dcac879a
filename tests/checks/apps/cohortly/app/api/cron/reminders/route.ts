import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendVisitReminder } from "@/lib/notify";

// Vercel cron: SMS reminders for tomorrow's visits.
// ok: missing-input-validation, missing-rate-limit
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const start = new Date(Date.now() + 864e5);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 864e5);
  const visits = await prisma.visit.findMany({ where: { scheduledAt: { gte: start, lt: end }, status: "booked" }, select: { volunteerId: true, scheduledAt: true, volunteer: { select: { phone: true } } } });
  let sent = 0;
  for (const v of visits) if (v.volunteer.phone && (await sendVisitReminder(v.volunteerId, v.volunteer.phone, v.scheduledAt))) sent++;
  return NextResponse.json({ sent });
}
