import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth
export async function GET(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET!)) return new NextResponse("unauthorized", { status: 401 });
  const tomorrow = new Date(Date.now() + 864e5);
  const bookings = await prisma.booking.findMany({ where: { status: "paid", trip: { startsAt: { lt: tomorrow, gt: new Date() } } }, select: { user: { select: { phone: true } }, trip: { select: { title: true } } } });
  for (const b of bookings) if (b.user.phone) await sendSms(b.user.phone, `Reminder: ${b.trip.title} is tomorrow!`);
  return NextResponse.json({ sent: bookings.length });
}
