import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { mobileSessionOptions, type MobileSession } from "@/lib/iron";
import { logger } from "@/lib/logger";

const loginSchema = z.object({ coopSlug: z.string(), memberNo: z.string().max(20), pin: z.string().regex(/^[0-9]{4}$/), deviceId: z.string().max(64) });

// Member mobile app sign-in (member number + 4-digit PIN).
// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = loginSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid request" });
  const coop = await prisma.coop.findUnique({ where: { slug: parsed.data.coopSlug }, select: { id: true } });
  const member = coop
    ? await prisma.member.findFirst({ where: { coopId: coop.id, memberNo: parsed.data.memberNo }, select: { id: true, portalPin: true, status: true } })
    : null;
  if (!member) {
    logger.warn({ event: "mobile.login_failed", reason: "unknown_member" }, "mobile login failed");
    // ruleid: information-disclosure
    return res.status(404).json({ error: "Member number not found in this co-operative" });
  }
  // ok: timing-unsafe-comparison
  const valid = member.portalPin ? await bcrypt.compare(parsed.data.pin, member.portalPin) : false;
  if (!valid) {
    logger.warn({ event: "mobile.login_failed", memberId: member.id }, "mobile login failed");
    // ruleid: information-disclosure -- fixed in pass 40: the wrong-PIN answer beside an identifier-not-found answer is reported too
    return res.status(401).json({ error: "Wrong PIN" });
  }
  const session = await getIronSession<MobileSession>(req, res, mobileSessionOptions);
  session.memberId = member.id;
  session.coopId = coop!.id;
  session.deviceId = parsed.data.deviceId;
  await session.save();
  logger.info({ event: "mobile.login_success", memberId: member.id }, "mobile login");
  return res.status(200).json({ ok: true });
}
