import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/next-auth";
import { isOrganiserMember } from "@/lib/auth";
import { payoutLedger } from "@/lib/search";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Unauthorized" });

  const organiserId = String(req.query.organiserId);
  const from = String(req.query.from ?? "1970-01-01");
  if (!(await isOrganiserMember(session.user.id, organiserId, ["OWNER"]))) {
    return res.status(403).json({ error: "Only the owner can export payouts" });
  }

  try {
    const rows = (await payoutLedger(organiserId, from)) as Array<{ payout_id: string; amount_cents: number; currency: string; paid_at: string }>;
    res.setHeader("Content-Type", "text/csv");
    return res.status(200).send(["payout_id,amount_cents,currency,paid_at", ...rows.map((r) => `${r.payout_id},${r.amount_cents},${r.currency},${r.paid_at}`)].join("\n"));
  } catch (err) {
    const e = err as Error;
    // ruleid: information-disclosure
    return res.status(500).json({ error: "Export failed", stack: e.stack });
  }
}
