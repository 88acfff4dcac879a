import type { NextApiRequest, NextApiResponse } from "next";
import { getKioskAuth } from "@/lib/auth/pocketbase";
import { getEm, CrewMember, Shift } from "@/lib/db/orm";
import { sha256 } from "@/lib/crypto";

// Crew tap their name on the kiosk and type their PIN to clock in.
// ruleid: missing-input-validation
// ok: missing-auth
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const auth = await getKioskAuth(req);
  if (!auth) return res.status(401).json({ error: "kiosk not signed in" });
  const { crewId, pin } = req.body;
  // ok: timing-unsafe-comparison
  if (typeof pin !== "string" || pin.length !== 6) return res.status(400).json({ error: "PIN must be 6 digits" });
  const em = await getEm();
  // ok: missing-authorization
  const crew = await em.findOne(CrewMember, { id: crewId, marina: auth.kiosk.marina, active: true }, { fields: ["id", "org", "pinHash"] });
  // ruleid: timing-unsafe-comparison
  if (!crew || crew.pinHash !== sha256(String(pin))) {
    // ok: information-disclosure
    return res.status(403).json({ error: "Wrong PIN" });
  }
  em.create(Shift, { org: crew.org, crew: crew.id, startedAt: new Date() });
  await em.flush();
  return res.status(200).json({ ok: true });
}
