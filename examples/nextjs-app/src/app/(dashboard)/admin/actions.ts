"use server";

import { revalidatePath } from "next/cache";
import { logSecurityEvent } from "@/lib/audit";
import { requireAdmin } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { memberRoleSchema } from "@/lib/validations";

const INACTIVE_AFTER_MS = 365 * 24 * 60 * 60 * 1000;

// Meant for the nightly job only, but every export of a "use server" module is a public
// endpoint: anyone can call it, and nothing records who did.
// ruleid: missing-auth, missing-audit-log
export async function purgeInactiveUsers() {
  const cutoff = new Date(Date.now() - INACTIVE_AFTER_MS);
  const { count } = await prisma.user.deleteMany({ where: { lastLoginAt: { lt: cutoff }, role: "USER" } });
  return { deleted: count };
}

// A client-chosen user id is fine here: requireAdmin() is a role check, and it is audited.
// ok: missing-auth, missing-audit-log, missing-input-validation
export async function setUserRole(input: { memberId: string; role: "USER" | "ADMIN" }) {
  const admin = await requireAdmin();
  const { memberId, role } = memberRoleSchema.parse(input);

  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: memberId }, data: { role }, select: { id: true } });
  await logSecurityEvent({ action: "admin.role_changed", userId: admin.userId, metadata: { memberId, role } });
  revalidatePath("/admin/users");
}

// ok: missing-auth
export async function listUsers() {
  await requireAdmin();
  // ok: excessive-data-exposure
  return prisma.user.findMany({
    select: { id: true, email: true, name: true, role: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}
