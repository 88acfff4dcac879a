import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import type { RowDataPacket } from "mysql2";
import { legacy } from "@/lib/db/legacy";
import { sessionOptions, type VendorSession } from "@/lib/auth/vendor-session";

// Old vendor portal search, still linked from the printed vendor pack.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<VendorSession>(req, res, sessionOptions);
  if (!session.vendorId) return res.status(401).json({ error: "Sign in" });
  const zone = String(req.query.zone ?? "");
  // ruleid: sql-injection
  const [rows] = await legacy.query<RowDataPacket[]>("SELECT pitch_no, zone, power_amps FROM pitches WHERE zone = '" + zone + "' AND vendor_uuid IS NULL");
  // ok: excessive-data-exposure
  return res.status(200).json(rows.map((r) => ({ pitchNo: r.pitch_no, zone: r.zone, powerAmps: r.power_amps })));
}
