import { sql } from "@/lib/db/postgres";

// Public tariff table for the v1 app (plain JS).
// ok: missing-auth, missing-input-validation
export default async function handler(req, res) {
  const coop = typeof req.query.coop === "string" && /^[a-z0-9-]{3,40}$/.test(req.query.coop) ? req.query.coop : null;
  if (!coop) return res.status(400).json({ error: "coop required" });
  // ok: sql-injection
  const rows = await sql`SELECT period, cents_per_kwh, credit_per_kwh FROM tariffs t JOIN coops c ON c.id = t.coop_id WHERE c.slug = ${coop} ORDER BY period DESC LIMIT 12`;
  // ok: excessive-data-exposure
  return res.status(200).json(rows.map((r) => ({ period: r.period, price: r.cents_per_kwh, credit: r.credit_per_kwh })));
}
