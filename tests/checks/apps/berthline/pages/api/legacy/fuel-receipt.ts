import type { NextApiRequest, NextApiResponse } from "next";
import { fuelDb } from "@/lib/db/mysql";
import { requireApiSession } from "@/lib/pages/api-auth";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await requireApiSession(req, res);
  if (!session) return;
  const ref = req.query.ref;
  if (typeof ref !== "string" || !/^[a-z0-9]{20,30}$/.test(ref)) return res.status(400).json({ error: "bad ref" });
  // ok: sql-injection
  // ruleid: missing-authorization
  const [rows] = await fuelDb.query("SELECT * FROM pos_sales WHERE ref = ?", [ref]);
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows);
}
