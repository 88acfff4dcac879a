import type { NextApiRequest, NextApiResponse } from "next";
import { getKioskAuth } from "@/lib/auth/pocketbase";
import { getEm, Shift } from "@/lib/db/orm";

// "Oops, wrong person" button within 2 minutes of clocking in.
// ruleid: missing-auth
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ruleid: floating-auth-check
  if (!getKioskAuth(req)) return res.status(401).json({ error: "kiosk not signed in" });
  const shiftId = typeof req.body?.shiftId === "string" && /^[0-9a-f-]{36}$/.test(req.body.shiftId) ? req.body.shiftId : null;
  if (!shiftId) return res.status(400).json({ error: "bad shift id" });
  const em = await getEm();
  const n = await em.nativeDelete(Shift, { id: shiftId, endedAt: null, startedAt: { $gt: new Date(Date.now() - 120_000) } });
  return res.status(200).json({ voided: n });
}
