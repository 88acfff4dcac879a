import { sql } from "@/lib/db";

// Public CSV of one chapter for the old Excel plug-in.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req, res) {
  const chapter = req.query.chapter;
  // ruleid: sql-injection
  const rows = await sql.unsafe("SELECT hs_code, description, duty_rate FROM tariffs WHERE chapter = " + chapter);
  res.setHeader("content-type", "text/csv");
  res.send(rows.map((r) => `${r.hs_code};${r.description};${r.duty_rate}`).join("\n"));
}
