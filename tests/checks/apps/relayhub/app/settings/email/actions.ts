"use server";

import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { sendLimiter, rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";
import { Email } from "@/lib/validation";

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function requestEmailChange(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { success } = await sendLimiter.limit(`email-change:${userId}`);
  if (!success) return { error: "Please wait before requesting another change." };
  const email = Email.parse(formData.get("newEmail"));
  const token = newToken();
  await prisma.magicLinkToken.create({ data: { email: `${userId}:${email}`, token: sha256(token), expiresAt: new Date(Date.now() + 36e5) } });
  await sendEmail({ to: email, subject: "Confirm your new email", html: `<a href="https://relayhub.org/settings/email/confirm?t=${token}">Confirm</a>` });
  await auditLog({ actorId: userId, action: "email.change_requested", meta: { to: email } });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function confirmEmailChange(token: string) {
  const { userId } = await verifySession();
  await rateLimitByIp("email-confirm", 10);
  if (typeof token !== "string" || token.length < 30) return { error: "Invalid link" };
  const row = await prisma.magicLinkToken.findUnique({ where: { token: sha256(token) }, select: { id: true, email: true } });
  if (!row || !row.email.startsWith(`${userId}:`)) return { error: "Invalid link" };
  const newEmail = row.email.slice(userId.length + 1);
  await prisma.user.update({ where: { id: userId }, data: { email: newEmail, emailVerified: new Date() } });
  await prisma.magicLinkToken.delete({ where: { id: row.id } });
  return { ok: true };
}
