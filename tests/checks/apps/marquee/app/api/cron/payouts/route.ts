import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const due = await prisma.organizer.findMany({ where: { payoutSchedule: "weekly", stripeAccountId: { not: null } }, select: { id: true, stripeAccountId: true } });
  let paid = 0;
  for (const org of due) {
    try {
      const balance = await prisma.order.aggregate({ where: { organizerId: org.id, status: "paid" }, _sum: { totalCents: true } });
      const amount = Math.floor((balance._sum.totalCents ?? 0) * 0.95);
      if (amount < 100) continue;
      const tr = await stripe.transfers.create({ amount, currency: "usd", destination: org.stripeAccountId! });
      await prisma.payout.create({ data: { organizerId: org.id, amountCents: amount, stripeTransferId: tr.id, status: "paid" } });
      paid++;
    } catch (err) {
      logger.error({ err, organizerId: org.id }, "payout_failed");
    }
  }
  // ok: information-disclosure
  return NextResponse.json({ paid });
}
