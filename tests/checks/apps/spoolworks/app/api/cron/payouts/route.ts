import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { logger } from "@/lib/logger";

// Vercel cron: weekly payouts to connected shop accounts.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // why: cron bearer secret compared with !== inside a template literal
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const accounts = await prisma.shopAccount.findMany({ where: { balanceCents: { gt: 1000 } }, select: { shopId: true, stripeAccountId: true, balanceCents: true } });
  for (const a of accounts) {
    const transfer = await stripe.transfers.create({ amount: a.balanceCents, currency: "eur", destination: a.stripeAccountId });
    await prisma.payout.create({ data: { shopId: a.shopId, amountCents: a.balanceCents, status: "sent", stripeTransferId: transfer.id } });
    await prisma.shopAccount.update({ where: { shopId: a.shopId }, data: { balanceCents: 0 } });
  }
  logger.info({ count: accounts.length }, "payouts sent");
  return NextResponse.json({ paid: accounts.length });
}
