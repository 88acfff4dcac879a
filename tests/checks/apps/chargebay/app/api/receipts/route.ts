import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";

// Link in the e-mailed receipt: /api/receipts?s=<sessionId>&t=<receiptToken> (works without signing in).
// ok: missing-input-validation
export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  const q = z.object({ s: z.string().cuid(), t: z.string().min(20).max(64) }).safeParse({ s: sp.get("s"), t: sp.get("t") });
  if (!q.success) return NextResponse.json({ error: "not found" }, { status: 404 });
  const cs = await prisma.chargingSession.findUnique({
    where: { id: q.data.s },
    select: { id: true, receiptToken: true, startedAt: true, endedAt: true, energyWh: true, totalCents: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!cs || !cs.receiptToken || cs.receiptToken !== q.data.t) {
    return NextResponse.json({ error: "not found" }, { status: 404 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ id: cs.id, startedAt: cs.startedAt, endedAt: cs.endedAt, kwh: cs.energyWh / 1000, total: cs.totalCents / 100 });
}
