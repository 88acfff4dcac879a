import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/mailer";

// Meeting reminders, meant to be called by the scheduler the day before a general meeting.
// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export async function GET() {
  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  const meetings = await prisma.meeting.findMany({
    where: { startsAt: { lte: tomorrow, gte: new Date() }, status: "scheduled" },
    select: { id: true, title: true, coopId: true },
  });
  let sent = 0;
  for (const m of meetings) {
    const members = await prisma.membership.findMany({ where: { coopId: m.coopId }, select: { user: { select: { email: true } } } });
    for (const mem of members) {
      await sendMail(mem.user.email, `Reminder: ${m.title}`, "<p>The general meeting is tomorrow.</p>");
      sent++;
    }
  }
  await prisma.meeting.updateMany({ where: { id: { in: meetings.map((m) => m.id) } }, data: { status: "reminded" } });
  return NextResponse.json({ sent });
}
