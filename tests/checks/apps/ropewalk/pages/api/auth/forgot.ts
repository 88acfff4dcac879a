import type { NextApiRequest, NextApiResponse } from "next";
import { randomBytes } from "node:crypto";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import PasswordReset from "@/models/PasswordReset";
import { mailLimiter } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { email } from "@/lib/validation";
import { sha256 } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = email.safeParse(req.body?.email);
  if (!parsed.success) return res.status(400).json({ error: "Enter a valid email" });
  try {
    await mailLimiter.consume(`forgot:${req.socket.remoteAddress}`);
  } catch {
    return res.status(429).json({ error: "Too many requests" });
  }
  await dbConnect();
  const user = await User.findOne({ email: parsed.data }).select("_id email deletedAt");
  if (!user) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "We couldn't find an account with that email." });
  }
  const token = randomBytes(32).toString("hex");
  await PasswordReset.create({ userId: user._id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) });
  await sendMail({ to: user.email, subject: "Reset your password", text: `${process.env.NEXTAUTH_URL}/reset?token=${token}` });
  return res.status(200).json({ ok: true });
}
