import { sql } from "@vercel/postgres";
import { createHash } from "node:crypto";

// Nightly CSV pull by the sponsor's data warehouse, authenticated by a shared export key.
// ruleid: missing-input-validation -- ruling pass 34 (P3a): a shared-key caller's query pasted into SQL text is reported; the key check authenticates, it validates nothing
export default async function handler(req, res) {
  const apiKey = req.headers["x-api-key"];
  const expected = process.env.LEGACY_EXPORT_KEY;
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey != expected) return res.status(401).end();
  const sponsor = req.query.sponsor;
  const client = await sql.connect();
  // ruleid: sql-injection
  const { rows } = await client.query(`SELECT study_id, enrolled_count FROM study_funnel WHERE sponsor_slug = '${sponsor}'`);
  client.release();
  res.setHeader("x-export-digest", createHash("sha256").update(JSON.stringify(rows)).digest("hex"));
  res.status(200).json(rows);
}
