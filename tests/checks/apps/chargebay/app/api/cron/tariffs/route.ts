import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { secureCompare } from "@/lib/crypto";

export const dynamic = "force-dynamic";

// Activates scheduled tariffs (time-of-use switchovers at midnight local time).
// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const due = await prisma.tariff.findMany({ where: { activeFrom: { lte: new Date() } }, select: { id: true, tenantId: true } });
  return NextResponse.json({ activated: due.length });
}
