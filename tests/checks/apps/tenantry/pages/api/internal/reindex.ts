import type { NextApiRequest, NextApiResponse } from "next";
import { listingsDb } from "@/lib/db/mysql";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ruleid: timing-unsafe-comparison
  if (req.query.token !== process.env.REINDEX_TOKEN) {
    return res.status(401).json({ error: "unauthorized" });
  }
  const table = "listings";
  // ok: sql-injection
  await listingsDb.query(`OPTIMIZE TABLE ${table}`);
  res.status(200).json({ ok: true });
}
