import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/audit";

// Quarterly club charge run (Vercel cron).
// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("Unauthorized", { status: 401 });
  const due = await prisma.allocation.findMany({ where: { status: "locked", chargedAt: null }, select: { id: true, memberId: true, totalCents: true }, take: 200 });
  let charged = 0;
  for (const a of due) {
    const m = await prisma.member.findUnique({ where: { id: a.memberId }, select: { stripeCustomerId: true, cards: { select: { stripePaymentMethodId: true }, take: 1 } } });
    if (!m?.stripeCustomerId || !m.cards[0]) continue;
    try {
      await stripe.paymentIntents.create({ amount: a.totalCents, currency: "usd", customer: m.stripeCustomerId, payment_method: m.cards[0].stripePaymentMethodId, off_session: true, confirm: true, metadata: { allocationId: a.id } });
      await prisma.allocation.update({ where: { id: a.id }, data: { status: "charged", chargedAt: new Date() } });
      charged++;
    } catch (err) {
      logger.error({ err, allocationId: a.id }, "charge failed");
    }
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ charged, total: due.length });
}
