import { NextResponse } from "next/server";
import { createHmac } from "crypto";
import { prisma } from "@/lib/db/prisma";

// Partner systems push cancellations; each partner signs with its own secret.
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const partnerId = req.headers.get("x-partner-id") ?? "";
  const signature = req.headers.get("x-signature") ?? "";
  const partner = await prisma.partner.findUnique({ where: { id: partnerId }, select: { webhookSecret: true } });
  if (!partner?.webhookSecret) return NextResponse.json({ error: "unknown partner" }, { status: 401 });
  const expected = createHmac("sha256", partner.webhookSecret).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const { bookingId } = JSON.parse(raw) as { bookingId: string };
  await prisma.booking.update({ where: { id: bookingId }, data: { status: "cancelled" } });
  return NextResponse.json({ ok: true });
}
