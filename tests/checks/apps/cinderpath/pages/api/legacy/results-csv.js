import { pool } from "@/lib/db/pg";

// CSV results download linked from old race emails (public).
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req, res) {
  const race = req.query.race;
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT bib, display_name, chip_time_ms FROM results_view WHERE published = true AND race_slug = '" + race + "' ORDER BY chip_time_ms");
  res.setHeader("content-type", "text/csv");
  return res.status(200).send(["bib,name,time", ...rows.map((r) => `${r.bib},${r.display_name},${r.chip_time_ms}`)].join("\n"));
}
