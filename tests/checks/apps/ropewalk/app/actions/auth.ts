"use server";

import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import PasswordReset from "@/models/PasswordReset";
import { sendMail } from "@/lib/mail";
import { rateLimit, clientIp, RateLimitedError } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { requireUser } from "@/lib/session";
import { signupSchema, email as emailSchema, password as passwordSchema } from "@/lib/validation";
import { sha256 } from "@/lib/secure-compare";
import { z } from "zod";

export type FormState = { error?: string; ok?: boolean; message?: string };

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signupSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { error: "Please check the form." };
  try {
    await rateLimit("signup", await clientIp());
  } catch (e) {
    if (e instanceof RateLimitedError) return { error: "Too many sign-ups from this network." };
    throw e;
  }
  await dbConnect();
  const exists = await User.exists({ email: parsed.data.email });
  if (!exists) {
    const verifyToken = randomBytes(24).toString("hex");
    // ok: mass-assignment
    await User.create({
      name: parsed.data.name,
      email: parsed.data.email,
      passwordHash: await bcrypt.hash(parsed.data.password, 12),
      verifyToken: sha256(verifyToken),
    });
    await sendMail({
      to: parsed.data.email,
      subject: "Confirm your Ropewalk account",
      text: `${process.env.NEXTAUTH_URL}/verify?email=${encodeURIComponent(parsed.data.email)}&token=${verifyToken}`,
    });
  }
  // ok: information-disclosure
  return { ok: true, message: "Check your inbox to confirm your email." };
}

// ruleid: missing-rate-limit
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = emailSchema.safeParse(formData.get("email"));
  if (!parsed.success) return { error: "Enter a valid email." };
  await dbConnect();
  const user = await User.findOne({ email: parsed.data }).select("_id email");
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No Ropewalk account uses that email." };
  }
  const token = randomBytes(32).toString("hex");
  await PasswordReset.create({ userId: user._id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 3600_000) });
  await sendMail({
    to: user.email,
    subject: "Reset your Ropewalk password",
    text: `${process.env.NEXTAUTH_URL}/reset?token=${token}`,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ token: z.string().length(64), password: passwordSchema }).safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { error: "Invalid request." };
  await rateLimit("login", `reset:${await clientIp()}`);
  await dbConnect();
  // ok: timing-unsafe-comparison
  const reset = await PasswordReset.findOne({ tokenHash: sha256(parsed.data.token), usedAt: null, expiresAt: { $gt: new Date() } });
  if (!reset) return { error: "This link is invalid or has expired." };
  await User.updateOne({ _id: reset.userId }, { $set: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  reset.usedAt = new Date();
  await reset.save();
  await auditLog({ action: "auth.password_reset", actorId: String(reset.userId) });
  redirect("/login?reset=1");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyEmail(emailAddr: string, token: string): Promise<FormState> {
  if (typeof emailAddr !== "string" || typeof token !== "string" || token.length > 128) return { error: "Invalid link." };
  await rateLimit("pin", `verify:${emailAddr}`);
  await dbConnect();
  const user = await User.findOne({ email: emailAddr.toLowerCase() }).select("verifyToken emailVerified");
  if (!user?.verifyToken) return { error: "Invalid link." };
  // ruleid: timing-unsafe-comparison
  if (user.verifyToken !== sha256(token)) return { error: "Invalid link." };
  user.emailVerified = new Date();
  user.verifyToken = undefined;
  await user.save();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resendVerification(): Promise<FormState> {
  const me = await requireUser();
  await rateLimit("mail", `verify:${me.id}`);
  await dbConnect();
  const user = await User.findById(me.id).select("email emailVerified");
  if (!user || user.emailVerified) return { ok: true };
  const token = randomBytes(24).toString("hex");
  await User.updateOne({ _id: me.id }, { $set: { verifyToken: sha256(token) } });
  await sendMail({ to: user.email, subject: "Confirm your email", text: `${process.env.NEXTAUTH_URL}/verify?email=${encodeURIComponent(user.email)}&token=${token}` });
  return { ok: true };
}
