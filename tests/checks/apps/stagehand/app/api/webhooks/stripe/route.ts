import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { stripe } from "@/lib/stripe";
import { db } from "@/lib/db/kysely";
import { connectMongo } from "@/lib/db/mongo";
import { Wristband } from "@/models/Wristband";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ruleid: information-disclosure
    return new NextResponse(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    const meta = session.metadata ?? {};
    if (meta.kind === "topup" && meta.wristbandId) {
      await connectMongo();
      // ok: missing-authorization
      await Wristband.updateOne({ _id: meta.wristbandId, festivalId: meta.festivalId }, { $inc: { balanceCents: session.amount_total ?? 0 } });
    }
    if (meta.kind === "pitch_fee" && meta.applicationId) {
      // ok: missing-authorization
      await db.updateTable("pitch_applications").set({ paid: true }).where("id", "=", meta.applicationId).execute();
    }
    logger.info({ event: event.id, kind: meta.kind }, "stripe checkout completed");
  }
  return NextResponse.json({ received: true });
}
