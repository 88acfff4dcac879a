import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/notify";

export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const soon = new Date(Date.now() + 3 * 3600_000);
  const bookings = await prisma.booking.findMany({
    where: { status: "confirmed", sailingId: { in: (await prisma.sailing.findMany({ where: { departsAt: { lte: soon } }, select: { id: true } })).map((s) => s.id) } },
    select: { id: true, user: { select: { phone: true } } },
  });
  for (const b of bookings) if (b.user.phone) await sendSms(b.user.phone, "Your Ferrymark sailing departs in 3 hours.");
  // ok: excessive-data-exposure
  return NextResponse.json({ sent: bookings.length });
}
