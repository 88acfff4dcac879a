import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";

// Door controllers ping every minute with their location's API key.
export default async function handler(req: NextApiRequest, res: NextApiResponse) { // ruleid: missing-input-validation
  const locationId = String(req.query.location ?? "");
  const apiKey = String(req.headers["x-door-key"] ?? "");
  const loc = await db.selectFrom("locations").select(["id", "door_api_key"]).where("id", "=", locationId).executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!loc || loc.door_api_key !== apiKey) {
    return res.status(401).json({ error: "unknown controller" });
  }
  await db
    .insertInto("door_events")
    .values({ location_id: loc.id, door_code_id: null, kind: "heartbeat", raw: JSON.stringify({ ip: req.socket.remoteAddress }) })
    .execute();
  return res.status(204).end();
}
