import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type DriverSession } from "@/lib/auth/iron";
import { pool } from "@/lib/db/pool";

// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<DriverSession>(req, res, ironOptions);
  if (!session.driverId) return res.status(401).end();
  const { loadId, note, lat, lng } = req.body;
  // ok: sql-injection
  // ruleid: missing-authorization -- a check-call filed on any load the client names
  await pool.query("INSERT INTO check_calls (id, load_id, driver_id, lat, lng, note) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)", [loadId, session.driverId, lat, lng, note]);
  res.status(201).json({ ok: true });
}
