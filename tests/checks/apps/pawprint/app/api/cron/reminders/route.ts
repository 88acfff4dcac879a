import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { pushToUser } from "@/lib/push";

// ok: missing-auth
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const soon = await prisma.booking.findMany({
    where: { status: "confirmed", startsAt: { gte: new Date(), lte: new Date(Date.now() + 24 * 3_600_000) } },
    select: { id: true, ownerId: true, kind: true, startsAt: true },
  });
  await Promise.all(soon.map((b) => pushToUser(b.ownerId, { title: "Upcoming visit", body: `${b.kind} at ${b.startsAt.toLocaleTimeString()}` })));
  return NextResponse.json({ reminded: soon.length });
}
