"use server";

import { redirect } from "next/navigation";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { emailSchema } from "@/lib/validation";
import { newToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/email";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function requestEmailChange(_prev: { error?: string; sent?: boolean }, formData: FormData) {
  const session = await verifySession();
  await rateLimitByIp(`email-change:${session.userId}`, 3, "10 m");
  const newEmail = emailSchema.safeParse(formData.get("email"));
  if (!newEmail.success) return { error: "Enter a valid email address." };
  const token = newToken();
  await prisma.emailChange.create({ data: { userId: session.userId, newEmail: newEmail.data, token, expiresAt: new Date(Date.now() + 3_600_000) } });
  await auditLog({ actorId: session.userId, action: "email.change_requested", metadata: { to: newEmail.data } });
  await sendEmail({ to: newEmail.data, subject: "Confirm your new email", html: `<a href="https://pawprint.pet/settings/email/confirm?token=${token}">Confirm</a>` });
  return { sent: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function confirmEmailChange(token: string) {
  const session = await verifySession();
  if (typeof token !== "string" || token.length !== 43) redirect("/settings/email?error=invalid");
  const change = await prisma.emailChange.findUnique({ where: { token }, select: { id: true, userId: true, newEmail: true, expiresAt: true } });
  if (!change || change.userId !== session.userId || change.expiresAt < new Date()) redirect("/settings/email?error=invalid");
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.userId }, data: { email: change.newEmail, emailVerified: new Date() } });
  await prisma.emailChange.delete({ where: { id: change.id } });
  redirect("/settings/email?changed=1");
}
