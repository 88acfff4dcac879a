import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { verifyPasswordHash } from "@/lib/auth/password";
import { createSession, generateSessionToken } from "@/lib/auth/session";
import { loginSchema } from "@/lib/validation/auth";

// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = loginSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid credentials" });
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  const ok = user ? await verifyPasswordHash(user.passwordHash, parsed.data.password) : false;
  if (!user || !ok) {
    // ok: information-disclosure
    return res.status(401).json({ error: "Invalid email or password" });
  }
  const token = generateSessionToken();
  const session = await createSession(token, user.id);
  return res.status(200).json({ token, expiresAt: session.expiresAt });
}
