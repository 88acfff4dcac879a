import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import type { RowDataPacket } from "mysql2";
import { legacy } from "@/lib/db/mysql";
import { ironOptions, type BoxOfficeSession } from "@/lib/iron";

// Pre-2023 orders from the old box-office system.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<BoxOfficeSession>(req, res, ironOptions);
  if (!session.userId || !session.organizerId) return res.status(401).json({ error: "Unauthorized" });
  const { year, sort } = req.query as { year?: string; sort?: string };
  const orderBy = sort === "total" ? "total" : "created_at";
  try {
    // ruleid: sql-injection
    const [rows] = await legacy.query<RowDataPacket[]>(
      `SELECT * FROM legacy_orders WHERE promoter_id = ? AND YEAR(created_at) = ${year} ORDER BY ${orderBy} DESC`,
      [session.organizerId],
    );
    // ruleid: excessive-data-exposure
    return res.json(rows);
  } catch (e) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: (e as Error).message, stack: (e as Error).stack });
  }
}
