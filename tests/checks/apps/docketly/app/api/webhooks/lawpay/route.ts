import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyHmac } from "@/lib/crypto";

const lawpayEvent = z.object({ type: z.enum(["charge.succeeded", "charge.failed", "charge.refunded"]), charge: z.object({ id: z.string(), amount: z.number().int(), reference: z.string().cuid() }) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  if (!verifyHmac(process.env.LAWPAY_WEBHOOK_SECRET!, raw, req.headers.get("x-lawpay-signature"))) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  try {
    const evt = lawpayEvent.parse(JSON.parse(raw));
    const status = evt.type === "charge.succeeded" ? "SUCCEEDED" : evt.type === "charge.failed" ? "FAILED" : "REFUNDED";
    await prisma.payment.upsert({
      where: { providerRef: evt.charge.id },
      create: { invoiceId: evt.charge.reference, provider: "lawpay", providerRef: evt.charge.id, amountCents: evt.charge.amount, status },
      update: { status },
    });
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "processing failed", detail: (err as Error).stack }, { status: 500 });
  }
}
