import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { safeEqual } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!safeEqual(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("Unauthorized", { status: 401 });
  const tomorrow = new Date(Date.now() + 864e5);
  const appts = await prisma.appointment.findMany({
    where: { status: "booked", startsAt: { lte: tomorrow, gte: new Date() } },
    select: { startsAt: true, patient: { select: { phone: true } } },
  });
  for (const a of appts) if (a.patient.phone) await sendSms(a.patient.phone, `Reminder: dental visit ${a.startsAt.toLocaleString()}`);
  return NextResponse.json({ sent: appts.length });
}
