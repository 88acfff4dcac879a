import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { z } from "zod";
import { sendMail } from "@/lib/mailer";
import { prisma } from "@/lib/db/prisma";

type LegacyAdminSession = { userId?: string; workspaceId?: string; role?: string };

// Legacy admin "invite by email" endpoint from the iron-session era.
// why: sends invite emails with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacyAdminSession>(req, res, { password: process.env.LEGACY_IRON_PASSWORD!, cookieName: "cw_legacy" });
  if (!session.userId || session.role !== "admin") return res.status(401).json({ error: "Unauthorized" });
  const { emails } = z.object({ emails: z.array(z.string().email()).min(1).max(50) }).parse(req.body);
  for (const to of emails) {
    await sendMail({ to, subject: "Join your team on Clauseway", html: "<p>You have been invited.</p>" });
  }
  // ok: missing-authorization
  const pending = await prisma.obligation.count({ where: { workspaceId: session.workspaceId } });
  // ok: excessive-data-exposure
  return res.json({ invited: emails.length, pending });
}
