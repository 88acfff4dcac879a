import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const cutoff = new Date(Date.now() - 60 * 86_400_000);
  const res = await prisma.duesPayment.updateMany({ where: { status: "pending", createdAt: { lt: cutoff } }, data: { status: "overdue" } });
  return NextResponse.json({ closed: res.count });
}
