import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import type { PortalSession } from "@/lib/auth/portal-session";
import { sql } from "@/lib/db/sql";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

// Dock kiosk sign-in with a staff PIN.
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const ip = (req.headers["x-forwarded-for"] as string | undefined) ?? "kiosk";
  if (!(await checkRateLimit(`kiosk:${ip}`))) return res.status(429).json({ error: "Locked for a minute" });
  const { email, pin } = req.body ?? {};
  if (typeof email !== "string" || typeof pin !== "string") return res.status(400).json({ error: "Missing fields" });
  const [row] = await sql<{ id: string; pin: string }[]>`select user_id as id, pin from kiosk_pins where email = ${email.toLowerCase()}`;
  // ruleid: timing-unsafe-comparison
  if (!row || row.pin !== pin) {
    await auditLog({ actorId: null, action: "kiosk.login_failed", meta: { email } });
    // ok: information-disclosure
    return res.status(401).json({ error: "Invalid email or PIN" });
  }
  await auditLog({ actorId: row.id, action: "kiosk.login" });
  const session = await getIronSession<PortalSession>(req, res, { password: process.env.PORTAL_SESSION_SECRET!, cookieName: "sm_portal" });
  session.partnerUserId = row.id;
  await session.save();
  return res.status(200).json({ ok: true });
}
