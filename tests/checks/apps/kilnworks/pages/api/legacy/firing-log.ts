import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { telemetry } from "@/lib/db/telemetry";
import { kioskSessionOptions, type KioskSession } from "@/lib/session";

// v1 kiln log viewer used on the front-desk tablet.
// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<KioskSession>(req, res, kioskSessionOptions);
  if (!session.studioId) {
    return res.status(401).json({ error: "locked" });
  }
  const kiln = String(req.query.kiln ?? "");
  const segment = String(req.query.segment ?? "1");
  // ruleid: sql-injection
  // todook: missing-authorization -- (gap judge: ambiguous) kiln temperatures from the studio edge-box cache: private tenant data or not
  const rows = telemetry.prepare(`SELECT ts, temp_c FROM readings WHERE kiln_id = '${kiln}' AND segment = ${segment} ORDER BY ts`).all();
  // ok: excessive-data-exposure
  res.status(200).json({ rows });
}
