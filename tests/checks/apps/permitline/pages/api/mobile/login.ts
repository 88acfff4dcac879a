import type { NextApiRequest, NextApiResponse } from "next";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

const body = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// Field app login (inspectors). Issues the field_session cookie validated by lib/lucia.
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid request" });
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true } });
  if (!user) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Unknown inspector email" });
  }
  // ok: timing-unsafe-comparison
  const valid = user.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  if (!valid) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Wrong password" });
  }
  const raw = randomBytes(32).toString("hex");
  await prisma.session.create({ data: { userId: user.id, token: sha256(raw), expiresAt: new Date(Date.now() + 30 * 86400_000), userAgent: req.headers["user-agent"] } });
  res.setHeader("Set-Cookie", `field_session=${raw}; HttpOnly; Secure; Path=/; SameSite=Lax`);
  return res.status(200).json({ ok: true });
}
