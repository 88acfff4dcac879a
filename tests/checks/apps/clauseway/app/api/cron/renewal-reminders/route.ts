import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/mailer";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-rate-limit
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const due = await prisma.reminder.findMany({
    where: { sentAt: null, sendAt: { lte: new Date() } },
    select: { id: true, obligation: { select: { title: true, ownerEmail: true, dueDate: true } } },
    take: 200,
  });
  for (const r of due) {
    await sendMail({ to: r.obligation.ownerEmail, subject: `Upcoming: ${r.obligation.title}`, html: `<p>Due ${r.obligation.dueDate.toDateString()}</p>` });
    await prisma.reminder.update({ where: { id: r.id }, data: { sentAt: new Date() }, select: { id: true } });
  }
  logger.info({ count: due.length }, "renewal reminders sent");
  // ok: excessive-data-exposure
  return NextResponse.json({ sent: due.length });
}
