import type { NextApiRequest, NextApiResponse } from "next";
import type { RowDataPacket } from "mysql2";
import { legacyPool } from "@/lib/db/mysql";
import { requireApiUser } from "@/lib/pages/api-auth";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireApiUser(req, res);
  if (!user) return;
  if (user.role !== "PLATFORM_ADMIN") return res.status(403).json({ error: "Forbidden" });
  const code = req.query.garden;
  if (typeof code !== "string" || !/^[a-z0-9-]{3,40}$/.test(code)) return res.status(400).json({ error: "garden" });
  // ok: sql-injection, missing-authorization
  const [rows] = await legacyPool.query<RowDataPacket[]>("SELECT * FROM members WHERE garden_code = ?", [code]);
  // ruleid: excessive-data-exposure
  return res.json(rows);
}
