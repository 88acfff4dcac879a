import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hmacHex, secureCompare } from "@/lib/crypto";
import { sendSms } from "@/lib/sms";

const TrackingEvent = z.object({ trackingNumber: z.string(), status: z.enum(["in_transit", "delivered", "exception", "adult_signature_required"]), orderId: z.string().cuid() });

// Carrier (ShipCompliant-style) tracking callbacks, v2 signature.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-carrier-signature") ?? "";
  const expected = hmacHex(process.env.CARRIER_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!secureCompare(signature, expected)) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const evt = TrackingEvent.parse(JSON.parse(raw));
  const order = await prisma.order.update({ where: { id: evt.orderId }, data: { status: evt.status, trackingNumber: evt.trackingNumber }, select: { memberId: true } });
  if (evt.status === "adult_signature_required" && order.memberId) {
    const prefs = await prisma.member.findUnique({ where: { id: order.memberId }, select: { user: { select: { email: true } } } });
    if (prefs) await sendSms(process.env.OPS_PHONE!, `Adult signature needed for ${evt.trackingNumber}`);
  }
  return NextResponse.json({ received: 1 });
}

// v1 callbacks (still used by one regional carrier).
// ok: missing-auth
// todoruleid: missing-input-validation
export async function PUT(req: Request) {
  const payload = await req.json();
  const hmacSignature = req.headers.get("x-signature");
  const computed = hmacHex(process.env.CARRIER_WEBHOOK_SECRET!, JSON.stringify(payload));
  // ruleid: timing-unsafe-comparison
  if (hmacSignature !== computed) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  await prisma.order.update({ where: { id: payload.orderId }, data: { status: payload.status } });
  return NextResponse.json({ received: 1 });
}
