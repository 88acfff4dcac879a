"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getAdminSession, requireStaff } from "@/lib/iron";
import { adminActionClient } from "@/lib/safe-action";
import { auditLog } from "@/lib/audit";

const UserId = z.string().cuid();

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(formData: FormData) {
  const staff = await requireStaff();
  const targetId = UserId.parse(formData.get("userId"));
  const session = await getAdminSession();
  session.impersonating = targetId;
  await session.save();
  await auditLog({ actorId: staff.userId, action: "admin.impersonate", target: targetId });
  redirect("/dashboard");
}

// ruleid: missing-audit-log
export async function banUser(userId: string) {
  await requireStaff();
  const id = UserId.parse(userId);
  // ok: mass-assignment
  await prisma.user.update({ where: { id }, data: { banned: true } });
  await prisma.session.deleteMany({ where: { userId: id } });
  revalidatePath("/admin/users");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const unbanUser = adminActionClient
  .metadata({ actionName: "unban_user" })
  .inputSchema(z.object({ userId: UserId }))
  .action(async ({ parsedInput }) => {
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { banned: false } });
    return { ok: true };
  });

const PlanOverride = z.object({
  orgId: z.string().cuid(),
  plan: z.enum(["free", "team", "business", "enterprise"]),
  seats: z.coerce.number().int().min(1).max(10_000),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function overridePlan(formData: FormData) {
  const session = await getAdminSession();
  if (!session.userId || !session.isStaff) redirect("/admin/login");
  const input = PlanOverride.parse(Object.fromEntries(formData));
  await prisma.organization.update({
    where: { id: input.orgId },
    // todoruleid: mass-assignment
    data: { plan: input.plan, seats: input.seats },
  });
  await auditLog({ actorId: session.userId, action: "admin.plan_override", target: input.orgId, metadata: input });
  revalidatePath("/admin/orgs");
}

// ruleid: missing-auth, missing-audit-log
export async function hardDeleteUser(userId: string) {
  // ruleid: floating-auth-check
  requireStaff();
  const id = UserId.parse(userId);
  await prisma.user.delete({ where: { id } });
  revalidatePath("/admin/users");
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(query: string) {
  await requireStaff();
  const q = z.string().min(2).max(100).parse(query);
  const users = await prisma.user.findMany({
    where: { OR: [{ email: { contains: q } }, { name: { contains: q } }] },
    take: 25,
  });
  // ruleid: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-input-validation
export const lookupUser = adminActionClient
  .metadata({ actionName: "lookup_user" })
  .inputSchema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    const user = await prisma.user.findUnique({
      where: { email: parsedInput.email },
      select: { id: true, email: true, name: true, banned: true, platformRole: true, createdAt: true },
    });
    // ok: excessive-data-exposure
    return { user: user ?? null };
  });

// ruleid: missing-audit-log
export async function resetUserTwoFactor(userId: string) {
  await requireStaff();
  const id = UserId.parse(userId);
  await prisma.user.update({
    where: { id },
    // ok: mass-assignment
    data: { twoFactorEnabled: false, twoFactorSecret: null, recoveryCodes: [] },
  });
  revalidatePath("/admin/users");
}
