import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const due = await prisma.sitter.findMany({
    where: { payoutBalanceCents: { gte: 2000 }, stripeAccountId: { not: null } },
    select: { id: true, stripeAccountId: true, payoutBalanceCents: true },
  });
  for (const s of due) {
    await stripe.transfers.create({ amount: s.payoutBalanceCents, currency: "usd", destination: s.stripeAccountId! });
    await prisma.$transaction([
      prisma.payout.create({ data: { sitterId: s.id, amountCents: s.payoutBalanceCents, status: "paid" } }),
      prisma.sitter.update({ where: { id: s.id }, data: { payoutBalanceCents: 0 } }),
    ]);
  }
  logger.info("payout run finished", { count: due.length });
  return NextResponse.json({ paid: due.length });
}
