import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { ironOptions, type LegacySession } from "@/lib/iron";

const bodySchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ruleid: missing-rate-limit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = bodySchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Email and password required" });
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "No account found for that email" });
  }
  if (!user.passwordHash || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Incorrect password" });
  }
  const staff = await prisma.staffMember.findFirst({ where: { userId: user.id }, select: { studioId: true } });
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  session.userId = user.id;
  session.studioId = staff?.studioId;
  session.isStaff = Boolean(staff);
  await session.save();
  return res.status(200).json({ ok: true });
}
