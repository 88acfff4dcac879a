import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";

// Door controllers pull the list of active codes for their location.
// ok: missing-auth // ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const locationId = String(req.query.location ?? "");
  const apiKey = String(req.headers["x-door-key"] ?? "");
  const loc = await db.selectFrom("locations").select(["id", "door_api_key"]).where("id", "=", locationId).executeTakeFirst();
  // ok: timing-unsafe-comparison
  if (!loc || !secureCompare(loc.door_api_key, apiKey)) {
    return res.status(401).json({ error: "unknown controller" });
  }
  const codes = await db
    .selectFrom("door_codes")
    .select(["id", "code", "valid_until"])
    .where("location_id", "=", loc.id)
    .where("revoked", "=", 0)
    .execute();
  // ok: excessive-data-exposure
  return res.status(200).json({ codes });
}
