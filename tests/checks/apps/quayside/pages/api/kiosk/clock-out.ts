import type { NextApiRequest, NextApiResponse } from "next";
import { getKioskAuth } from "@/lib/auth/pocketbase";
import { getEm, Shift } from "@/lib/db/orm";
import { validateDto, ClockEventDto } from "@/lib/validation/dto";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const auth = await getKioskAuth(req);
  if (!auth) return res.status(401).json({ error: "kiosk not signed in" });
  const dto = await validateDto(ClockEventDto, req.body);
  if (!dto.ok || dto.value.kind !== "out") return res.status(422).json({ error: "invalid" });
  const em = await getEm();
  // ruleid: missing-authorization
  const n = await em.nativeUpdate(Shift, { crew: dto.value.crewId, endedAt: null }, { endedAt: new Date(), notes: dto.value.notes });
  return res.status(200).json({ closed: n });
}
