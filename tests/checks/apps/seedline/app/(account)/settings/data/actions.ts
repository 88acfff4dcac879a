"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { signOut } from "@/lib/auth";
import { logSecurityEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function requestDataExport() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, name: true, phone: true, createdAt: true } });
  const notifications = await prisma.notification.findMany({ where: { userId }, select: { channel: true, body: true, readAt: true } });
  after(() => logger.info({ event: "account.data_export", userId }, "data export generated"));
  // ok: excessive-data-exposure
  return { user, notifications };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit -- ruling pass 34: a password re-check inside account deletion is a credential oracle (rule 7, "change password"-like)
export async function deleteMyAccount(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const password = z.string().min(1).parse(formData.get("password"));
  const row = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(password, row.passwordHash))) return { error: "Password is incorrect" };
  await prisma.user.delete({ where: { id: userId } });
  await logSecurityEvent("account.deleted", { userId });
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// Support tooling shortcut; the support console calls it with the ticket's user id.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function deleteAccountById(userId: string) {
  await verifySession();
  const id = z.string().cuid().parse(userId);
  // ruleid: missing-authorization
  await prisma.user.delete({ where: { id } });
  return { deleted: true };
}
