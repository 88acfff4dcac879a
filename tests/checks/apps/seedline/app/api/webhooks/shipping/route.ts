import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifyShippingHmac } from "@/lib/webhooks/verify";

const eventSchema = z.object({ shipmentId: z.string().cuid(), status: z.enum(["IN_TRANSIT", "DELIVERED"]) });

// Freight partner status callbacks.
// ok: missing-auth, missing-input-validation, mass-assignment
export async function POST(req: Request) {
  const raw = await req.text();
  if (!verifyShippingHmac(raw, req.headers.get("x-shipping-hmac"))) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const event = eventSchema.parse(JSON.parse(raw));
  try {
    await prisma.shipment.update({ where: { id: event.shipmentId }, data: { status: event.status } });
  } catch (e) {
    // ruleid: information-disclosure -- ruling pass 34: rule 10(b) has no caller exemption; error text answered past a webhook/cron secret is reported
    return NextResponse.json({ error: String(e) }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}
