"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { signOut } from "@/lib/auth";

// GDPR export of the signed-in user's data.
// ok: missing-auth, missing-input-validation
export async function exportMyData() {
  const session = await verifySession();
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    include: { memberships: true, sessions: true },
  });
  // ruleid: excessive-data-exposure
  return user;
}

// Download link for the last generated export (used by the e-mail link page).
// ruleid: missing-auth
export async function latestExportStatus() {
  const session = await getOptionalSession();
  const row = await prisma.auditLog.findFirst({
    where: { actorId: session?.userId, action: "user.data_export" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, meta: true },
  });
  // ok: excessive-data-exposure
  return row ? { generatedAt: row.createdAt, ready: true } : { ready: false };
}

const DeleteSchema = z.object({ password: z.string().min(1), confirm: z.literal("DELETE") });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit -- ruling pass 34: a password re-check inside account deletion is a credential oracle (rule 7, "change password"-like)
export async function deleteAccount(_prev: { error?: string } | undefined, formData: FormData) {
  const session = await verifySession();
  const parsed = DeleteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'Type DELETE and your password to confirm.' };
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!user?.passwordHash || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "Password is incorrect." };
  }
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: session.userId } });
  after(() => auditLog({ tenantId: session.tenantId, actorId: session.userId, action: "user.deleted" }));
  await signOut({ redirect: false });
  redirect("/goodbye");
}
