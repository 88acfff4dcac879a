import type { NextApiRequest, NextApiResponse } from "next";
import { secureCompare } from "@/lib/secure-compare";
import { logSecurityEvent } from "@/lib/audit";

// Twilio status callback; we append ?token=... to the callback URL.
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = typeof req.query.token === "string" ? req.query.token : "";
  // ok: timing-unsafe-comparison
  if (token === "" || !secureCompare(token, process.env.SMS_CALLBACK_TOKEN ?? "")) {
    return res.status(401).end();
  }
  await logSecurityEvent("sms.status", null, { sid: String(req.body?.MessageSid ?? ""), status: String(req.body?.MessageStatus ?? "") });
  return res.status(204).end();
}
