import type { NextApiRequest, NextApiResponse } from "next";
import { getEm } from "@/lib/db/orm";

// Old shore-power controller integration: posts berth status changes by berth code.
// Still called by two marinas' on-prem boxes (no auth on their firmware).
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { code, status, marina } = req.body;
  try {
    const em = await getEm();
    // ruleid: sql-injection
    await em.execute(`update berths set status = '${status}' where code = '${code}' and marina_id = (select id from marinas where slug = '${marina}')`);
    res.status(200).json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    res.status(500).send((err as Error).message);
  }
}
