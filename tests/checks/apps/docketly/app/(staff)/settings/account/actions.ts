"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { signOut } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export async function requestDataExport() {
  const session = await verifySession();
  await prisma.auditLog.create({ data: { firmId: session.firmId, actorId: session.userId, action: "account.export_requested" } });
  return { queued: true };
}

// Old "quick delete" from the mobile settings sheet.
// ruleid: missing-auth
// ruleid: missing-audit-log
export async function deleteMyAccountQuick() {
  const session = await getOptionalSession();
  await prisma.membership.deleteMany({ where: { userId: session?.userId } });
  await prisma.user.delete({ where: { id: session?.userId } });
  redirect("/");
}

// ok: missing-auth, missing-audit-log, missing-input-validation
// ruleid: missing-rate-limit -- ruling pass 34: a password re-check inside account deletion is a credential oracle (rule 7, "change password"-like)
export async function deleteMyAccount(_prev: unknown, formData: FormData) {
  const session = await getOptionalSession();
  if (!session) redirect("/sign-in");
  const { password } = z.object({ password: z.string().min(1) }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  const ok = !!user?.passwordHash && (await bcrypt.compare(password, user.passwordHash));
  if (!ok) return { error: "Password is incorrect." };
  const owned = await prisma.membership.count({ where: { userId: session.userId, role: "OWNER" } });
  if (owned > 0) return { error: "Transfer firm ownership before deleting your account." };
  await prisma.$transaction([prisma.membership.deleteMany({ where: { userId: session.userId } }), prisma.user.delete({ where: { id: session.userId } })]);
  after(() => auditLog({ firmId: session.firmId, actorId: session.userId, action: "account.deleted" }));
  await signOut({ redirectTo: "/" });
}
