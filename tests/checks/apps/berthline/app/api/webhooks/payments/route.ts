import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { verifyPaymentSignature } from "@/lib/payments";
import { logger } from "@/lib/logger";

const EventSchema = z.object({
  type: z.enum(["payment.succeeded", "payment.failed", "refund.created"]),
  data: z.object({ reference: z.string().cuid(), amount: z.number().int(), providerRef: z.string().max(80) }),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  if (!verifyPaymentSignature(raw, req.headers.get("x-payments-signature"))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const event = EventSchema.parse(JSON.parse(raw));
  if (event.type === "payment.succeeded") {
    // ok: missing-authorization, mass-assignment
    await prisma.invoice.update({ where: { id: event.data.reference }, data: { status: "PAID", paidAt: new Date(), providerRef: event.data.providerRef } });
  }
  logger.info({ type: event.type, ref: event.data.reference }, "payment webhook");
  return NextResponse.json({ received: true });
}
