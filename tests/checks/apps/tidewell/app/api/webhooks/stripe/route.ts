import { NextResponse } from "next/server";
import { stripe } from "@/lib/stripe";
import { db } from "@/lib/db/drizzle";
import { shares, members } from "@/lib/db/schema";
import { and, eq } from "drizzle-orm";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature") ?? "";
  let event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn("stripe.bad_signature", { err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const s = event.data.object;
    const { arrayId, userId, units } = s.metadata ?? {};
    if (!arrayId || !userId || !/^\d+$/.test(units ?? "")) return NextResponse.json({ ignored: true });
    const [m] = await db.select({ id: members.id }).from(members).where(and(eq(members.userId, userId)));
    // ok: mass-assignment
    await db.insert(shares).values({ memberId: m.id, arrayId, units: Number(units), purchasePriceCents: s.amount_total ?? 0 });
  }
  return NextResponse.json({ received: true });
}
