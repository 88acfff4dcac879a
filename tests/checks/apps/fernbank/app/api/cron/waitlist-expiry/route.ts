import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const cutoff = new Date(Date.now() - 2 * 365 * 86_400_000);
  const res = await prisma.waitlistEntry.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return NextResponse.json({ expired: res.count });
}
