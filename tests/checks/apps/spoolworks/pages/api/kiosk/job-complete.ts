import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { getKioskSession } from "@/lib/session-kiosk";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getKioskSession(req, res);
  if (!session.operatorId || !session.shopId) return res.status(401).json({ error: "not signed in" });
  const { jobId, outcome } = z.object({ jobId: z.string().uuid(), outcome: z.enum(["done", "failed"]) }).parse(req.body);
  // ok: missing-authorization
  await kdb.updateTable("print_jobs").set({ status: outcome, operator_id: session.operatorId }).where("id", "=", jobId).where("shop_id", "=", session.shopId).execute();
  return res.json({ ok: true });
}
