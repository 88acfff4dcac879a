import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/auth";
import { pool } from "@/lib/legacy-pg";

// CSV export the harbour office still uses from the old intranet.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user || session.user.role !== "admin") return res.status(403).json({ error: "forbidden" });
  const year = Number(req.query.year);
  if (!Number.isInteger(year) || year < 2015 || year > 2100) return res.status(400).json({ error: "bad year" });
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT b.name AS boat, SUM(p.amount) AS total FROM payouts p JOIN boats b ON b.id = p.boat_id WHERE extract(year from p.created_at) = $1 GROUP BY b.name",
    [year],
  );
  res.setHeader("content-type", "text/csv");
  // ok: excessive-data-exposure
  res.send(["boat,total", ...rows.map((r) => `${r.boat},${r.total}`)].join("\n"));
}
