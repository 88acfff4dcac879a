import type { NextApiRequest, NextApiResponse } from "next";
import { getRefereeSession } from "@/lib/referee-session";

// ok: missing-auth, missing-input-validation, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getRefereeSession(req, res);
  session.destroy();
  return res.json({ ok: true });
}
