import { NextResponse } from "next/server";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const sig = req.headers.get("stripe-signature");
  if (!sig) return NextResponse.json({ error: "Missing signature" }, { status: 400 });
  const body = await req.text();
  let event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, "stripe_sig_failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "transfer.reversed") {
    const t = event.data.object as { id: string };
    await prisma.ewaPayout.updateMany({ where: { stripeTransferId: t.id }, data: { status: "reversed" } });
  }
  return NextResponse.json({ received: true });
}
