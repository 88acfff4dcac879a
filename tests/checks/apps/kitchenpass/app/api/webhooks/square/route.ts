import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db";
import { logAuditEvent } from "@/lib/audit";

const NOTIFICATION_URL = "https://kitchenpass.app/api/webhooks/square";

function isValidSquareSignature(body: string, signature: string | null) {
  if (!signature) return false;
  const expected = createHmac("sha256", process.env.SQUARE_WEBHOOK_SIGNATURE_KEY!).update(NOTIFICATION_URL + body).digest("base64");
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  if (!isValidSquareSignature(body, req.headers.get("x-square-hmacsha256-signature"))) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const event = JSON.parse(body) as { type: string; data: { id: string; object: { payment?: { amount_money: { amount: number }; location_id: string } } } };
  if (event.type === "payment.updated" && event.data.object.payment) {
    const p = event.data.object.payment;
    await prisma.$executeRaw`INSERT INTO pos_payments (external_id, location_id, amount_cents) VALUES (${event.data.id}, ${p.location_id}, ${p.amount_money.amount}) ON CONFLICT DO NOTHING`;
  }
  await logAuditEvent({ action: "webhook.square", target: event.data.id });
  return NextResponse.json({ received: true });
}
