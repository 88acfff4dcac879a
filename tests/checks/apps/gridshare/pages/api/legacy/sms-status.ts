import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Twilio delivery-status callback; the URL carries a shared token.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = String(req.query.token ?? "");
  // ruleid: timing-unsafe-comparison
  if (token != process.env.TWILIO_STATUS_TOKEN) return res.status(401).end();
  const status = typeof req.body?.MessageStatus === "string" ? req.body.MessageStatus.slice(0, 20) : "unknown";
  const sid = typeof req.body?.MessageSid === "string" ? req.body.MessageSid.slice(0, 40) : "";
  await prisma.auditLog.create({ data: { action: "sms.status", target: sid, meta: { status } } });
  return res.status(204).end();
}
