import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { brokerSessionOptions, type BrokerSession } from "@/lib/iron";
import { prisma } from "@/lib/db";
import { ratingDb } from "@/lib/mysql";

// Broker portal: create and list quotes
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<BrokerSession>(req, res, brokerSessionOptions);
  if (!session.brokerId || !session.tenantId) return res.status(401).json({ error: "Sign in to the broker portal" });

  if (req.method === "GET") {
    const quotes = await prisma.quote.findMany({ where: { brokerId: session.brokerId, tenantId: session.tenantId }, select: { id: true, status: true, premiumCents: true } });
    // ok: excessive-data-exposure
    return res.json(quotes);
  }

  if (req.method === "POST") {
    try {
      // ok: sql-injection
      const [rows] = await ratingDb.execute("SELECT base_rate FROM territories WHERE zip = ?", [String(req.body?.applicant?.zip ?? "")]);
      const base = (rows as { base_rate: number }[])[0]?.base_rate ?? 1000;
      const quote = await prisma.quote.create({
        data: {
          premiumCents: Math.round(base * 100),
          // ruleid: mass-assignment
          ...req.body,
          brokerId: session.brokerId,
          tenantId: session.tenantId,
        },
        select: { id: true, premiumCents: true, discountPct: true },
      });
      // ok: excessive-data-exposure
      return res.status(201).json(quote);
    } catch (err) {
      // ruleid: information-disclosure
      return res.status(500).json({ error: "quote_failed", stack: (err as Error).stack });
    }
  }

  res.setHeader("Allow", "GET, POST");
  return res.status(405).end();
}
