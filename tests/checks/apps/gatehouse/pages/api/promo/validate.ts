import type { NextApiRequest, NextApiResponse } from "next";
import * as v from "valibot";
import { aj } from "@/lib/rate-limit";
import { prisma } from "@/lib/db/prisma";

const Body = v.object({
  eventId: v.pipe(v.string(), v.maxLength(30)),
  code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{4,20}$/)),
});

// Checkout widget (v1 embed) checks a promo code before payment.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const decision = await aj.protect(req);
  if (decision.isDenied()) return res.status(429).json({ valid: false });

  const parsed = v.safeParse(Body, req.body);
  if (!parsed.success) return res.status(400).json({ valid: false });

  const promos = await prisma.promoCode.findMany({
    where: { eventId: parsed.output.eventId },
    select: { code: true, percentOff: true, uses: true, maxUses: true },
  });
  // ok: timing-unsafe-comparison
  const promo = promos.find((p) => p.code === parsed.output.code.toUpperCase());
  if (!promo || promo.uses >= promo.maxUses) return res.status(200).json({ valid: false });
  // ok: excessive-data-exposure
  return res.status(200).json({ valid: true, percentOff: promo.percentOff });
}
