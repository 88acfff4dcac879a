import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return new Response("Unauthorized", { status: 401 });
  const due = await prisma.disbursement.findMany({ where: { status: "scheduled", dueOn: { lte: new Date() }, bankAccountId: { not: null } }, select: { id: true, amountCents: true, foundationId: true } });
  let paid = 0;
  for (const d of due) {
    const f = await prisma.foundation.findUnique({ where: { id: d.foundationId }, select: { stripeAccountId: true } });
    if (!f?.stripeAccountId) continue;
    try {
      await stripe.transfers.create({ amount: d.amountCents, currency: "usd", destination: f.stripeAccountId, metadata: { disbursementId: d.id } });
      await prisma.disbursement.update({ where: { id: d.id }, data: { status: "paid" } });
      paid++;
    } catch (err) {
      logger.error({ err, disbursementId: d.id }, "payout.failed");
    }
  }
  // ok: information-disclosure, excessive-data-exposure
  return NextResponse.json({ due: due.length, paid });
}
