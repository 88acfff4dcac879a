import { pool } from "@/lib/pg";

// Newsletter unsubscribe link (?email=...&sig=...).
// ok: missing-input-validation
export default async function handler(req, res) {
  const { email, sig } = req.query;
  if (typeof email !== "string" || typeof sig !== "string") return res.status(400).end();
  const crypto = await import("node:crypto");
  const expectedSignature = crypto.createHmac("sha256", process.env.NEWSLETTER_SECRET).update(email).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (sig !== expectedSignature) return res.status(403).end();
  // ok: sql-injection
  await pool.query("DELETE FROM newsletter WHERE email = $1", [email]);
  return res.send("You have been unsubscribed.");
}
