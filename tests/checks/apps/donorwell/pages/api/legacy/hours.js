import { pool } from "@/lib/db/pool";

// Public opening hours for the old widget.
// ok: missing-auth, missing-input-validation
export default async function handler(req, res) {
  const slug = typeof req.query.slug === "string" && /^[a-z0-9-]{2,60}$/.test(req.query.slug) ? req.query.slug : null;
  if (!slug) return res.status(400).json({ error: "slug required" });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT name, opening_hours FROM centres WHERE slug = $1", [slug]);
  // ok: excessive-data-exposure
  res.status(200).json(rows[0] ? { name: rows[0].name, hours: rows[0].opening_hours } : null);
}
