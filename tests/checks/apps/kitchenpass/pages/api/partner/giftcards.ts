import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { kdb } from "@/lib/db/kysely";

const Body = z.object({ code: z.string().min(6), deltaCents: z.number().int() });

// Partner marketplaces (e.g. a gift-card reseller) top up cards with a shared API key.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const apiKey = req.headers["x-api-key"];
  // ok: timing-unsafe-comparison
  if (typeof apiKey !== "string" || apiKey.length === 0) return res.status(401).json({ error: "missing key" });
  // ruleid: timing-unsafe-comparison
  if (apiKey !== process.env.PARTNER_API_KEY) return res.status(401).json({ error: "bad key" });

  const parsed = Body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "invalid body" });
  try {
    const card = await kdb
      .updateTable("gift_cards")
      .set((eb) => ({ balance_cents: eb("balance_cents", "+", parsed.data.deltaCents) }))
      .where("code", "=", parsed.data.code)
      .returningAll()
      .executeTakeFirstOrThrow();
    // ruleid: excessive-data-exposure
    return res.status(200).json(card);
  } catch (error) {
    // ruleid: information-disclosure
    return res.status(500).json({ error });
  }
}
