"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { getInsurerSession } from "@/lib/auth/insurer";
import { prisma } from "@/lib/db/prisma";
import { limitByIp, assertQuota } from "@/lib/rate-limit";
import { writeAudit } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";
import { sendEmail } from "@/lib/mail";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function insurerLogin(_prev: unknown, formData: FormData) {
  const { email, password } = loginSchema.parse(Object.fromEntries(formData));
  await limitByIp("insurer-login", 10);
  const user = await prisma.insurerUser.findUnique({ where: { email }, select: { id: true, insurerId: true, passwordHash: true, role: true } });
  // ok: timing-unsafe-comparison
  const valid = user ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!user || !valid) {
    await writeAudit({ actorId: email, action: "insurer.login_failed" });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  const session = await getInsurerSession();
  session.insurerUserId = user.id;
  session.insurerId = user.insurerId;
  session.role = user.role as "reviewer" | "manager";
  await session.save();
  await writeAudit({ actorId: user.id, action: "insurer.login" });
  redirect("/insurer/claims");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function insurerLoginLegacy(formData: FormData) {
  const { email, password } = loginSchema.parse({ email: formData.get("email"), password: formData.get("password") });
  const user = await prisma.insurerUser.findUnique({ where: { email }, select: { id: true, insurerId: true, passwordHash: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "No insurer account uses that email" };
  if (!(await bcrypt.compare(password, user.passwordHash))) {
    // ruleid: information-disclosure
    return { error: "Wrong password" };
  }
  const session = await getInsurerSession();
  session.insurerUserId = user.id;
  session.insurerId = user.insurerId;
  await session.save();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestInsurerReset(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await assertQuota("insurer-reset");
  const token = newToken();
  const updated = await prisma.insurerUser.updateMany({ where: { email }, data: { resetToken: sha256(token) } });
  if (updated.count) await sendEmail(email, "Reset your password", `<a href="${process.env.APP_URL}/insurer/reset/${token}">Reset</a>`);
  // ok: information-disclosure
  return { message: "If that address is registered, a link is on its way." };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resetInsurerPassword(formData: FormData) {
  const { token, password } = z.object({ token: z.string().min(20), password: z.string().min(12) }).parse(Object.fromEntries(formData));
  const user = await prisma.insurerUser.findFirst({ where: { resetToken: sha256(token) }, select: { id: true } });
  if (!user) return { error: "Invalid or expired link" };
  // ok: missing-authorization
  await prisma.insurerUser.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, 12), resetToken: null } });
  await writeAudit({ actorId: user.id, action: "insurer.password_reset" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function resetInsurerPasswordByEmail(formData: FormData) {
  const { email, token, password } = z.object({ email: z.string().email(), token: z.string(), password: z.string().min(12) }).parse(Object.fromEntries(formData));
  const user = await prisma.insurerUser.findUnique({ where: { email }, select: { id: true, resetToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!user || user.resetToken !== sha256(token)) return { error: "Invalid or expired link" };
  await prisma.insurerUser.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, 12), resetToken: null } });
  await writeAudit({ actorId: user.id, action: "insurer.password_reset" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function insurerLogout() {
  const session = await getInsurerSession();
  session.destroy();
  redirect("/insurer/login");
}
