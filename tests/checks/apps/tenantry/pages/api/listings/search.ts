import type { NextApiRequest, NextApiResponse } from "next";
import { listingsDb } from "@/lib/db/mysql";

const SORTS: Record<string, string> = { price: "price ASC", newest: "listed_at DESC" };

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const q = String(req.query.q ?? "");
  const sortKey = String(req.query.sort ?? "newest");
  const orderBy = SORTS[sortKey] ?? SORTS.newest;
  // ok: sql-injection
  const [rows] = await listingsDb.query(`SELECT id, title, price, area FROM listings WHERE active = 1 AND title LIKE ? ORDER BY ${orderBy} LIMIT 50`, [`%${q}%`]);
  const beds = String(req.query.beds ?? "");
  if (beds) {
    // ruleid: sql-injection
    const [filtered] = await listingsDb.query(`SELECT id, title, price FROM listings WHERE active = 1 AND bedrooms >= ${beds}`);
    return res.status(200).json({ results: filtered });
  }
  res.status(200).json({ results: rows });
}
