import type { NextApiRequest, NextApiResponse } from "next";
import { pgPool } from "@/lib/db/pg";

const TABLE = "public_network_stats";

// Public homepage counter.
// ok: missing-auth, missing-input-validation, excessive-data-exposure
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  // ok: sql-injection
  const { rows } = await pgPool.query(`SELECT sum(meals_served)::int AS meals FROM ${TABLE}`);
  res.setHeader("cache-control", "s-maxage=300");
  return res.json({ meals: rows[0]?.meals ?? 0 });
}
