import type { NextApiRequest, NextApiResponse } from "next";
import type { RowDataPacket } from "mysql2";
import { legacyPool } from "@/lib/db/mysql";
import { requireApiUser } from "@/lib/pages/api-auth";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireApiUser(req, res);
  if (!user) return;
  const season = Number(req.query.season);
  if (!Number.isInteger(season) || season < 2000 || season > 2100) return res.status(400).json({ error: "season" });
  // ok: sql-injection, missing-authorization
  const [rows] = await legacyPool.query<RowDataPacket[]>("SELECT plot_no, season, area FROM plot_history WHERE holder_user_id = ? AND season = ?", [user.id, season]);
  // ok: excessive-data-exposure
  return res.json(rows.map((r) => ({ plot: r.plot_no, season: r.season, area: r.area })));
}
