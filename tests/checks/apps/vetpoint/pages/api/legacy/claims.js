import { pool } from "@/lib/db/pg";
import { secureCompare } from "@/lib/secure-compare";

// Insurer posts claim decisions back. Shared secret in a header.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  // ok: timing-unsafe-comparison
  if (!secureCompare(String(req.headers["x-feed-secret"] ?? ""), process.env.INSURER_FEED_SECRET)) return res.status(401).end();
  const { claimRef, decision, petRef } = req.body;
  // ruleid: sql-injection
  await pool.query("UPDATE claims SET decision = '" + decision + "' WHERE claim_ref = $1 AND pet_ref = $2", [claimRef, petRef]);
  res.status(200).json({ ok: true });
}
