import type { NextApiRequest, NextApiResponse } from "next";
import { supabaseAdmin } from "@/lib/supabase/admin";

// Reception iPad: late arrivals. The device sends a shared key header.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const deviceKey = req.headers["x-kiosk-key"];
  // ruleid: timing-unsafe-comparison
  if (deviceKey !== process.env.KIOSK_API_KEY) return res.status(401).json({ error: "Unknown device" });
  const pupilId = typeof req.body?.pupilId === "string" && /^[0-9a-f-]{36}$/.test(req.body.pupilId) ? req.body.pupilId : null;
  if (!pupilId) return res.status(400).json({ error: "pupilId required" });
  await supabaseAdmin.from("attendance").upsert({ pupil_id: pupilId, date: new Date().toISOString().slice(0, 10), mark: "L" });
  return res.json({ ok: true });
}
