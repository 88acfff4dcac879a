import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { archiveBookingsBefore } from "@/lib/reports";

export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  await prisma.toolBooking.updateMany({ where: { status: "BOOKED", endsAt: { lt: new Date() } }, data: { status: "EXPIRED" } });
  await archiveBookingsBefore(365);
  return NextResponse.json({ ok: true });
}
