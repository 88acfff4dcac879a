import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { ironOptions, type LegacyDonorSession } from "@/lib/iron";
import { logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = z.object({ email: z.string().email(), password: z.string().min(1) }).safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid request" });
  const donor = await prisma.donor.findFirst({ where: { email: parsed.data.email }, select: { id: true, userId: true } });
  if (!donor?.userId) {
    await logSecurityEvent("legacy_login.failed", null, { email: parsed.data.email });
    // ruleid: information-disclosure
    return res.status(404).json({ error: "No donor account found for that email" });
  }
  const user = await prisma.user.findUnique({ where: { id: donor.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const valid = user?.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!valid) {
    await logSecurityEvent("legacy_login.failed", donor.userId);
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Incorrect password" });
  }
  const session = await getIronSession<LegacyDonorSession>(req, res, ironOptions);
  session.donorId = donor.id;
  session.loggedIn = true;
  await session.save();
  await logSecurityEvent("legacy_login.succeeded", donor.userId);
  return res.json({ ok: true });
}
