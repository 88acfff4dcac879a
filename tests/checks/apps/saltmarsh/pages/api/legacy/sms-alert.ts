import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import type { PortalSession } from "@/lib/auth/portal-session";
import { sendSms } from "@/lib/sms";

// Partner labs page the on-call technician.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getIronSession<PortalSession>(req, res, { password: process.env.PORTAL_SESSION_SECRET!, cookieName: "sm_portal" });
  if (!session.partnerUserId) return res.status(401).json({ error: "Unauthorized" });
  const message = req.body?.message;
  if (typeof message !== "string" || message.length > 300) return res.status(400).json({ error: "Invalid message" });
  await sendSms(process.env.ONCALL_PHONE!, `[${session.tenantId}] ${message}`);
  return res.status(200).json({ ok: true });
}
