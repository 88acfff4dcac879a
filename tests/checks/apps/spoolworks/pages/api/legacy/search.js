import { pool } from "../../../lib/db/pg";

// Old embed widget search (makers embed their gallery on their own site).
// why: query string concatenated into SQL, no validation
// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req, res) {
  const q = req.query.q || "";
  const maker = req.query.maker || "";
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, title, thumbnail_url FROM models WHERE is_public AND owner_id = '" + maker + "' AND title ILIKE '%" + q + "%' LIMIT 20");
  // ok: excessive-data-exposure
  res.status(200).json({ models: rows });
}
