import { pool } from "@/lib/db/pg";

// Old meter-box firmware posts here with a shared secret.
// ok: missing-input-validation
export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  const secret = req.headers["x-meter-secret"];
  // ruleid: timing-unsafe-comparison
  if (secret != process.env.METER_SHARED_SECRET) return res.status(401).end();
  const { serial, kwh } = req.body ?? {};
  if (typeof serial !== "string" || typeof kwh !== "number") return res.status(400).end();
  // ok: sql-injection
  await pool.query("INSERT INTO legacy_meter (serial, kwh) VALUES ($1, $2)", [serial, kwh]);
  res.status(204).end();
}
