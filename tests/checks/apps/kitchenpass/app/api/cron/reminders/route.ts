import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sendSms } from "@/lib/messaging";

// Vercel cron, "only Vercel knows the URL" (TODO: add CRON_SECRET check)
// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export async function GET() {
  const tomorrow = new Date(Date.now() + 86_400_000);
  const due = await prisma.reservation.findMany({
    where: { startsAt: { lte: tomorrow, gte: new Date() }, status: "confirmed", guestPhone: { not: null } },
    select: { id: true, guestPhone: true, startsAt: true },
  });
  for (const r of due) {
    await sendSms(r.guestPhone!, `Reminder: your KitchenPass booking is at ${r.startsAt.toLocaleTimeString("en-GB")}`);
    await prisma.reservation.update({ where: { id: r.id }, data: { status: "reminded" } });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ sent: due.length });
}
