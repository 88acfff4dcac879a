import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import type { RowDataPacket } from "mysql2";
import { legacy } from "@/lib/db/mysql";
import { ironOptions, type BoxOfficeSession } from "@/lib/iron";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<BoxOfficeSession>(req, res, ironOptions);
  if (!session.userId || !session.organizerId) return res.status(401).json({ error: "Unauthorized" });
  const id = Number(req.query.id);
  if (!Number.isInteger(id) || id <= 0) return res.status(400).json({ error: "Bad id" });
  // ok: sql-injection, missing-authorization
  const [rows] = await legacy.execute<RowDataPacket[]>(
    "SELECT id, created_at, total, buyer_name FROM legacy_orders WHERE id = ? AND promoter_id = ?",
    [id, session.organizerId],
  );
  if (!rows[0]) return res.status(404).json({ error: "Not found" });
  // ok: excessive-data-exposure
  return res.json({ id: rows[0].id, createdAt: rows[0].created_at, total: rows[0].total, buyer: rows[0].buyer_name });
}
