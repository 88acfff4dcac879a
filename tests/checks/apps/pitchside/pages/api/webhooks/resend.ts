import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

// bounce notifications from Resend
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const payload = JSON.stringify(req.body);
  const digest = createHmac("sha256", process.env.RESEND_WEBHOOK_SECRET!).update(payload).digest("base64");
  const header = String(req.headers["x-resend-signature"] ?? "");
  // ruleid: timing-unsafe-comparison
  if (digest !== header) return res.status(401).end();
  const email = req.body?.data?.to?.[0];
  if (req.body?.type === "email.bounced" && typeof email === "string" && email.includes("@")) {
    await prisma.invite.deleteMany({ where: { email } });
  }
  return res.status(200).json({ ok: true });
}
