import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

// Scanner app login, step 2: the SMS code sent to a door-staff phone number.
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { phone, otp } = req.body as { phone: string; otp: string };

  const user = await prisma.user.findFirst({ where: { phone }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "No door-staff account is registered to that phone number." });
  }
  const code = await prisma.verificationCode.findFirst({
    where: { userId: user.id, purpose: "scanner-login", expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, codeHash: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!code || code.codeHash !== sha256(otp)) {
    return res.status(401).json({ error: "Wrong or expired code." });
  }
  await prisma.verificationCode.delete({ where: { id: code.id } });
  const session = await prisma.session.create({
    data: { id: sha256(`${code.id}:${Date.now()}:${Math.random()}`), userId: user.id, expiresAt: new Date(Date.now() + 12 * 3600_000) },
    select: { id: true },
  });
  return res.status(200).json({ sessionId: session.id });
}
