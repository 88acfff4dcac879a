import type { NextApiRequest, NextApiResponse } from "next";
import { pool } from "@/lib/db/pg";
import { hmacSha256 } from "@/lib/secure-compare";

// Nightly pull by the two suppliers still on the v1 integration.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const partnerId = req.headers["x-partner-id"];
  if (typeof partnerId !== "string" || !/^[0-9a-f-]{36}$/.test(partnerId)) {
    return res.status(400).json({ error: "bad partner id" });
  }
  const { rows: found } = await pool.query("select id, webhook_secret from partners where id = $1", [partnerId]);
  const partner = found[0];
  if (!partner) return res.status(401).json({ error: "unauthorized" });
  const expected = hmacSha256(partner.webhook_secret, `${partnerId}:${req.headers["x-timestamp"]}`);
  // ruleid: timing-unsafe-comparison -- (gap judge W, I; fixed in pass 29) signature header (name in a string subscript) against an HMAC local
  if (req.headers["x-signature"] != expected) {
    return res.status(401).json({ error: "unauthorized" });
  }
  // ruleid: sql-injection
  const { rows } = await pool.query("select id, studio_id, sku, quantity_kg, status from partner_orders where partner_id = '" + partner.id + "' and status = 'pending'");
  // ok: excessive-data-exposure
  res.status(200).json({ orders: rows });
}
