import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/mysql";
import { hashToken } from "@/lib/secure-compare";

// League API key (hashed lookup) for the clubs' spreadsheet sync
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = req.headers["x-api-key"];
  if (typeof key !== "string" || key.length < 20) return res.status(401).json({ error: "Missing API key" });
  // ok: timing-unsafe-comparison
  const apiKey = await prisma.apiKey.findUnique({ where: { hashedKey: hashToken(key) }, select: { leagueId: true } });
  if (!apiKey) return res.status(401).json({ error: "Invalid API key" });
  const season = typeof req.query.season === "string" && /^[A-Z]{2}[0-9]{2}$/.test(req.query.season) ? req.query.season : null;
  if (!season) return res.status(400).json({ error: "season required" });
  // ok: sql-injection // ruleid: missing-authorization
  const [rows] = await pool.execute("SELECT reg_id, child_first, child_last, season_code FROM registrations WHERE season_code = ?", [season]);
  // ok: excessive-data-exposure
  return res.status(200).json({ rows });
}
