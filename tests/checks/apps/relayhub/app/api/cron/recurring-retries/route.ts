import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { isCronRequest } from "@/lib/cron";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function GET(req: Request) {
  if (!isCronRequest(req)) return NextResponse.json({ error: "unauthorised" }, { status: 401 });
  const due = await prisma.recurringGift.findMany({
    where: { status: "past_due", failedCount: { lt: 4 }, stripeSubId: { not: null } },
    select: { id: true, stripeSubId: true },
    take: 200,
  });
  let retried = 0;
  for (const gift of due) {
    try {
      const sub = await stripe.subscriptions.retrieve(gift.stripeSubId!);
      if (sub.latest_invoice && typeof sub.latest_invoice === "string") await stripe.invoices.pay(sub.latest_invoice);
      retried++;
    } catch (err) {
      logger.warn("recurring.retry_failed", { giftId: gift.id, err: String(err) });
      await prisma.recurringGift.update({ where: { id: gift.id }, data: { failedCount: { increment: 1 } } });
    }
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ retried });
}
