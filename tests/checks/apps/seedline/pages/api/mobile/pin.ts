import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { mobileSessionOptions, type MobileSession } from "@/lib/iron";

const pinChange = z.object({ currentPin: z.string().regex(/^[0-9]{4}$/), newPin: z.string().regex(/^[0-9]{4}$/) });

// Member changes their app PIN.
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getIronSession<MobileSession>(req, res, mobileSessionOptions);
  if (!session.memberId) return res.status(401).json({ error: "Sign in again" });
  const body = pinChange.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: "PINs must be 4 digits" });
  const member = await prisma.member.findUnique({ where: { id: session.memberId }, select: { portalPin: true } });
  // ok: timing-unsafe-comparison
  if (!member?.portalPin || !(await bcrypt.compare(body.data.currentPin, member.portalPin))) {
    // ok: information-disclosure
    return res.status(400).json({ error: "Current PIN is incorrect" });
  }
  // ok: missing-authorization
  await prisma.member.update({ where: { id: session.memberId }, data: { portalPin: await bcrypt.hash(body.data.newPin, 10) } });
  return res.status(200).json({ ok: true });
}
