import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";

export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const tomorrow = new Date(Date.now() + 864e5);
  const regs = await prisma.registration.findMany({ where: { status: "PAID", race: { startsAt: { lte: tomorrow, gte: new Date() } } }, select: { user: { select: { email: true } }, race: { select: { name: true } } } });
  for (const r of regs) await sendEmail(r.user.email, `${r.race.name} is tomorrow`, "<p>Good luck!</p>");
  // ok: excessive-data-exposure
  return NextResponse.json({ sent: regs.length });
}
