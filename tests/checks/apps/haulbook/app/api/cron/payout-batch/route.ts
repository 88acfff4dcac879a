import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function POST(req: Request) {
  const token = req.headers.get("authorization")?.replace("Bearer ", "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET!)) return new NextResponse(null, { status: 401 });
  const due = await prisma.payout.findMany({ where: { status: "RELEASED", stripeTransferId: null }, select: { id: true, amount: true, carrierId: true }, take: 100 });
  for (const p of due) {
    try {
      const t = await stripe.transfers.create({ amount: p.amount, currency: "usd", destination: p.carrierId });
      await prisma.payout.update({ where: { id: p.id }, data: { stripeTransferId: t.id } });
    } catch (err) {
      logger.error({ err, payout: p.id }, "payout_failed");
    }
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ processed: due.length });
}
