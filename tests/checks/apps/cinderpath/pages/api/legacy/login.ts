import type { NextApiRequest, NextApiResponse } from "next";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/rate-limit";
import { encrypt } from "@/lib/session-jwt";

// Mobile app v1 login (kept until the app store build is retired).
// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { success } = await checkRateLimit(`legacy-login:${req.socket.remoteAddress}`);
  if (!success) return res.status(429).json({ error: "Too many attempts" });
  const parsed = z.object({ email: z.string().email(), password: z.string().min(1) }).safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid request" });
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, role: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "User not found" });
  }
  // ok: timing-unsafe-comparison
  if (!user.passwordHash || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Incorrect password" });
  }
  const token = await encrypt({ userId: user.id, role: user.role, expiresAt: new Date(Date.now() + 6048e5).toISOString() });
  return res.status(200).json({ token });
}
