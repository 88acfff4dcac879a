import type { NextApiRequest, NextApiResponse } from "next";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-input-validation
// ok: missing-auth
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const parsed = z.object({ email: z.string().email() }).safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid email" });
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 36e5) } });
    await sendEmail(parsed.data.email, "Reset your password", `<a href="https://cinderpath.run/reset?token=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return res.status(200).json({ message: "If the account exists, we sent a link." });
}
