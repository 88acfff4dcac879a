import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { subscriptions, members, charges, skips } from "@/db/schema";
import { stripe } from "@/lib/stripe";
import { sendMail } from "@/lib/mail";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

function thisWeek() {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Weekly job (Vercel cron, Monday 05:00): charge every active share that is not skipped, then e-mail. */
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("unauthorized", { status: 401 });
  const week = thisWeek();
  const active = await db
    .select({ id: subscriptions.id, priceCents: subscriptions.priceCents, customer: members.stripeCustomerId, email: members.email })
    .from(subscriptions)
    .innerJoin(members, eq(members.id, subscriptions.memberId))
    .where(eq(subscriptions.status, "active"));
  let charged = 0;
  for (const sub of active) {
    const [skipped] = await db.select({ id: skips.id }).from(skips).where(and(eq(skips.subscriptionId, sub.id), eq(skips.week, week))).limit(1);
    if (skipped || !sub.customer) continue;
    try {
      const pi = await stripe.paymentIntents.create({ amount: sub.priceCents, currency: "gbp", customer: sub.customer, off_session: true, confirm: true });
      await db.insert(charges).values({ subscriptionId: sub.id, week, amountCents: sub.priceCents, stripePaymentIntentId: pi.id, status: "paid" });
      await sendMail(sub.email, "Your box is on its way", `<p>We charged £${(sub.priceCents / 100).toFixed(2)} for the week of ${week}.</p>`);
      charged += 1;
    } catch (err) {
      logger.error({ err, sub: sub.id }, "weekly charge failed");
    }
  }
  // ok: excessive-data-exposure, information-disclosure
  return NextResponse.json({ week, charged });
}
