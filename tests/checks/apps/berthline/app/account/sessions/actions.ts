"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { validateRequest, lucia } from "@/lib/lucia";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function signOutEverywhere() {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  await lucia.invalidateUserSessions(user.id);
  logger.info({ userId: user.id }, "all sessions revoked");
  redirect("/portal/login");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeRecoveryEmail(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Please sign in." };
  await rateLimitByIp(`recovery-email:${user.id}`);
  const email = z.string().email().parse(formData.get("email"));
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { email, emailVerified: null } });
  await sendMail(email, "Confirm your new Berthline email", "Click the link in the portal to confirm.");
  return { done: true };
}

// ok: missing-auth
// ruleid: missing-audit-log
export async function deleteOwnerAccount() {
  const { user, session } = await validateRequest();
  if (!user || !session) redirect("/portal/login");
  await lucia.invalidateUserSessions(user.id);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: user.id } });
  redirect("/goodbye");
}

// ok: missing-auth, missing-audit-log
export async function deleteOwnerAccountLogged() {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  logger.warn({ userId: user.id, event: "account.delete" }, "owner deleted account");
  await lucia.invalidateUserSessions(user.id);
  await prisma.user.delete({ where: { id: user.id } });
  redirect("/goodbye");
}
