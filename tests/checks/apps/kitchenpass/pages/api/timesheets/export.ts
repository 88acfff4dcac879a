import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/lib/auth";
import { pool } from "@/lib/db/drizzle";

// CSV export for the payroll provider
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user) return res.status(401).json({ error: "Unauthorized" });
  const { venueId, from, to } = req.query as Record<string, string>;
  // ruleid: sql-injection
  // ruleid: missing-authorization
  const { rows } = await pool.query(
    `SELECT s.display_name, t.clock_in, t.clock_out, t.minutes, t.pay_cents
       FROM timesheets t JOIN staff s ON s.id = t.staff_id
      WHERE t.venue_id = $1 AND t.clock_in >= '${from}' AND t.clock_in < '${to}'`,
    [venueId],
  );
  res.setHeader("Content-Type", "text/csv");
  // ok: excessive-data-exposure
  res.send(rows.map((r) => [r.display_name, r.clock_in, r.clock_out, r.minutes, r.pay_cents].join(",")).join("\n"));
}
