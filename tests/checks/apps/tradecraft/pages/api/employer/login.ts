import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { z } from "zod";
import { legacy } from "@/lib/db/mysql";
import { sessionOptions, type EmployerSession } from "@/lib/auth/employer-session";
import { checkRateLimit } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";

// Legacy PIN login for employers on the old kiosk tablets (employer_pins table in the v1 MySQL store).
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const ip = String(req.headers["x-forwarded-for"] ?? req.socket.remoteAddress);
  if (!(await checkRateLimit(`kiosk:${ip}`))) return res.status(429).json({ error: "Too many attempts" });
  const { employerCode, pin } = z.object({ employerCode: z.string().max(20), pin: z.string().regex(/^\d{6}$/) }).parse(req.body);
  // ok: sql-injection
  const [rows] = await legacy.execute("SELECT employer_user_id, employer_id, pin FROM employer_pins WHERE code = ?", [employerCode]);
  const row = (rows as any[])[0];
  // ruleid: timing-unsafe-comparison
  if (!row || row.pin !== pin) {
    logger.warn("kiosk.login_failed", { employerCode });
    return res.status(401).json({ error: "Invalid code or PIN" });
  }
  const session = await getIronSession<EmployerSession>(req, res, sessionOptions);
  session.employerUserId = row.employer_user_id;
  session.employerId = row.employer_id;
  await session.save();
  logger.info("kiosk.login", { employerId: row.employer_id });
  return res.status(200).json({ ok: true });
}
