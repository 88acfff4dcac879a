import type { NextApiRequest, NextApiResponse } from "next";
import { sqlite } from "@/lib/drizzle/local";
import { secureCompare } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const deviceKey = String(req.headers["x-kiosk-key"] ?? "");
  // ok: timing-unsafe-comparison
  if (!secureCompare(deviceKey, process.env.KIOSK_DEVICE_KEY ?? "")) return res.status(401).end();
  const floor = Number.parseInt(String(req.query.floor ?? "0"), 10);
  if (!Number.isInteger(floor) || floor < -5 || floor > 20) return res.status(400).end();
  // ok: sql-injection
  const rows = sqlite.prepare("SELECT bay, occupied FROM kiosk_bays WHERE bay / 100 = ?").all(floor);
  // ok: excessive-data-exposure
  return res.json({ bays: rows });
}
