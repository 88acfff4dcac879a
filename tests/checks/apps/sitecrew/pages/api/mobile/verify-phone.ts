import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { sessionOptions, type KioskSession } from "@/lib/iron";

// Field app: confirms the worker's phone number with the code we texted.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<KioskSession>(req, res, sessionOptions);
  if (!session.userId) return res.status(401).json({ error: "Sign in first" });

  const otp = req.body?.code;
  if (typeof otp !== "string" || otp.length !== 6) return res.status(400).json({ error: "Invalid code" });

  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { phone: true } });
  if (!user?.phone) return res.status(400).json({ error: "No phone on file" });
  const record = await prisma.smsCode.findFirst({
    where: { phone: user.phone, expiresAt: { gt: new Date() } },
    select: { id: true, code: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!record || record.code !== otp) return res.status(400).json({ error: "Invalid code" });

  await prisma.smsCode.delete({ where: { id: record.id } });
  session.phone = user.phone;
  await session.save();
  return res.status(200).json({ verified: true });
}
