import { NextResponse } from "next/server";
import { timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { hmacHex } from "@/lib/crypto";

type GcEvent = { id: string; resource_type: string; action: string; links: { mandate?: string; payment?: string } };

// ok: missing-auth
export async function POST(req: Request) {
  const raw = await req.text();
  const provided = req.headers.get("webhook-signature") ?? "";
  const expected = hmacHex(process.env.GOCARDLESS_WEBHOOK_SECRET!, raw);
  const a = Buffer.from(provided, "hex");
  const b = Buffer.from(expected, "hex");
  // ok: timing-unsafe-comparison
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return new NextResponse(null, { status: 498 });
  }
  const { events } = JSON.parse(raw) as { events: GcEvent[] };
  for (const ev of events) {
    if (ev.resource_type === "mandates" && ev.action === "cancelled" && ev.links.mandate) {
      await prisma.recurringGift.updateMany({ where: { mandateId: ev.links.mandate }, data: { status: "cancelled" } });
    }
    if (ev.resource_type === "payments" && ev.action === "failed" && ev.links.mandate) {
      await prisma.recurringGift.updateMany({ where: { mandateId: ev.links.mandate }, data: { failedCount: { increment: 1 } } });
    }
  }
  return NextResponse.json({ ok: true });
}
