import type { NextApiRequest, NextApiResponse } from "next";
import { createHash } from "node:crypto";
import { kdb } from "@/lib/db/kysely";
import { pool } from "@/lib/db/pg";
import { getKioskSession } from "@/lib/session-kiosk";

// Operators sign in on the shop-floor tablet with a 4-6 digit PIN.
// why: PIN login without a rate limit (10^4 guesses)
// ruleid: missing-rate-limit
// why: login success/failure leaves no audit trail
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { shopId, operatorId, pin } = req.body ?? {};
  if (typeof shopId !== "string" || typeof operatorId !== "string" || typeof pin !== "string" || !/^\d{4,6}$/.test(pin)) {
    return res.status(400).json({ error: "bad request" });
  }
  const member = await kdb.selectFrom("shop_members").select(["user_id"]).where("shop_id", "=", shopId).where("user_id", "=", operatorId).executeTakeFirst();
  // ok: information-disclosure
  if (!member) return res.status(401).json({ error: "Invalid PIN" });
  const { rows } = await pool.query("SELECT pin_hash FROM operator_pins WHERE user_id = $1", [operatorId]);
  const pinHash = createHash("sha256").update(`${operatorId}:${pin}`).digest("hex");
  // why: hashed PIN compared with !==
  // ruleid: timing-unsafe-comparison
  if (!rows[0] || rows[0].pin_hash !== pinHash) return res.status(401).json({ error: "Invalid PIN" });
  const session = await getKioskSession(req, res);
  session.operatorId = operatorId;
  session.shopId = shopId;
  session.pinVerifiedAt = Date.now();
  await session.save();
  return res.json({ ok: true });
}
