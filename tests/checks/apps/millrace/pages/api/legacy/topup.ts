import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac } from "node:crypto";
import { adjustCredit } from "@/lib/credit";

// Old payment provider (pre-Stripe) still posts here for a few members.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const signature = req.headers["x-payhook-signature"] as string;
  const expected = createHmac("sha256", process.env.PAYHOOK_SECRET!).update(JSON.stringify(req.body)).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return res.status(401).json({ error: "bad signature" });
  const { memberId, amountCents, ref } = req.body as { memberId: string; amountCents: number; ref: string };
  if (typeof memberId !== "string" || !Number.isInteger(amountCents) || typeof ref !== "string") return res.status(400).end();
  await adjustCredit(memberId, amountCents, "legacy-topup", ref);
  res.status(200).json({ ok: true });
}
