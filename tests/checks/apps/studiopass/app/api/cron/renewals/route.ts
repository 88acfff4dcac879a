import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { logger } from "@/lib/logger";

export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("Unauthorized", { status: 401 });
  }
  const due = await prisma.membership.findMany({
    where: { status: "active", renewsAt: { lte: new Date() } },
    select: { id: true, priceCents: true, member: { select: { stripeCustomerId: true } } },
    take: 500,
  });
  let failed = 0;
  for (const m of due) {
    try {
      if (!m.member.stripeCustomerId) continue;
      await stripe.paymentIntents.create({ amount: m.priceCents, currency: "eur", customer: m.member.stripeCustomerId, confirm: true, off_session: true });
      await prisma.membership.update({ where: { id: m.id }, data: { renewsAt: new Date(Date.now() + 30 * 86_400_000) } });
    } catch (err) {
      failed++;
      logger.warn({ err, membershipId: m.id }, "renewal failed");
    }
  }
  // ok: information-disclosure, excessive-data-exposure
  return Response.json({ processed: due.length, failed });
}
