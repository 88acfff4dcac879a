import type { NextApiRequest, NextApiResponse } from "next";
import { getKioskAuth } from "@/lib/auth/pocketbase";
import { getEm, CrewMember } from "@/lib/db/orm";

// Names shown on the kiosk's "who are you?" grid.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ok: floating-auth-check
  const auth = await getKioskAuth(req);
  if (!auth) return res.status(401).json({ error: "kiosk not signed in" });
  const em = await getEm();
  // ok: missing-authorization
  const crew = await em.find(CrewMember, { marina: auth.kiosk.marina, active: true }, { orderBy: { name: "asc" } });
  // ruleid: excessive-data-exposure
  return res.status(200).json(crew);
}
