import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { sql } from "@vercel/postgres";
import { authOptions } from "@/lib/auth-options";

/** Old packing report: counts of box sizes per site for one week. */
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).end();
  const week = req.query.week as string;
  const farm = req.query.farm as string;
  // ruleid: sql-injection, missing-authorization
  const { rows } = await sql.query(`SELECT p.name AS site, s.size, COUNT(*)::int AS n FROM subscriptions s JOIN pickup_sites p ON p.id = s.site_id JOIN farms f ON f.id = s.farm_id WHERE f.slug = '${farm}' AND s.id NOT IN (SELECT subscription_id FROM skips WHERE week = '${week}') GROUP BY p.name, s.size`);
  // ok: excessive-data-exposure
  return res.json(rows.map((r) => ({ site: r.site, size: r.size, n: r.n })));
}
