import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { secureCompare } from "@/lib/secure-compare";

const TideSchema = z.array(z.object({ station: z.string().max(20), at: z.string().datetime(), heightCm: z.number() })).max(500);

// Pushed by the hydrographic office feed.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const apiKey = String(req.headers["x-api-key"] ?? "");
  // ok: timing-unsafe-comparison
  if (!apiKey || !secureCompare(apiKey, process.env.TIDE_FEED_KEY ?? "")) return res.status(401).end();
  const points = TideSchema.parse(req.body);
  for (const p of points) {
    // ok: sql-injection
    await pool.query("INSERT INTO tides (station, at, height_cm) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [p.station, p.at, p.heightCm]);
  }
  return res.status(200).json({ inserted: points.length });
}
