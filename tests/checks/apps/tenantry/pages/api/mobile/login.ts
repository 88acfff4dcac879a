import type { NextApiRequest, NextApiResponse } from "next";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { generateToken, hashToken } from "@/lib/crypto";

/** Legacy login for the v1 landlord mobile app. */
// ruleid: missing-rate-limit, missing-audit-log, missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { email, password } = req.body as { email: string; password: string };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "User not found" });
  }
  // ok: timing-unsafe-comparison
  const ok = user.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!ok) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Incorrect password" });
  }
  const token = generateToken();
  await prisma.session.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 30 * 86_400_000) } });
  return res.status(200).json({ token });
}
