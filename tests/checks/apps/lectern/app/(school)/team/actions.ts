"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { withRole, withAuditedRole } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { newToken, sha256 } from "@/lib/crypto";

const InviteStaff = z.object({ email: z.string().email(), role: z.enum(["admin", "instructor", "ta", "support", "finance"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteStaff = withRole(["owner", "admin"], async (ctx, _prev: unknown, formData: FormData) => {
  const input = InviteStaff.safeParse(Object.fromEntries(formData));
  if (!input.success) return { error: "Invalid e-mail or role" };
  const { allowed } = await checkRateLimit(`invite:${ctx.schoolId}`);
  if (!allowed) return { error: "Invite limit reached, try again in a minute." };
  const token = newToken();
  await prisma.invite.create({ data: { ...input.data, schoolId: ctx.schoolId, token: sha256(token), expiresAt: new Date(Date.now() + 7 * 864e5) } });
  await sendEmail({ to: input.data.email, subject: "You're invited to teach on Lectern", html: `${process.env.APP_URL}/invite/${token}` });
  await auditLog({ schoolId: ctx.schoolId, actorId: ctx.userId, action: "staff.invited", meta: { email: input.data.email, role: input.data.role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const changeMemberRole = withRole(["owner"], async (ctx, membershipId: string, role: string) => {
  const input = z.object({ membershipId: z.string().cuid(), role: z.enum(["admin", "instructor", "ta", "support", "finance"]) }).parse({ membershipId, role });
  // ok: missing-authorization
  const res = await prisma.membership.updateMany({
    where: { id: input.membershipId, schoolId: ctx.schoolId },
    // todoruleid: mass-assignment -- policy (pass 20): a role the schema admits, written behind a role check (`withRole(["owner"])`), is let through
    data: { role: input.role },
  });
  revalidatePath("/school/team");
  return { updated: res.count };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = withAuditedRole("staff.removed", ["owner", "admin"], async (ctx, membershipId: string) => {
  const id = z.string().cuid().parse(membershipId);
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { id, schoolId: ctx.schoolId, role: { not: "owner" } } });
});

// ok: missing-auth
// ruleid: missing-audit-log, missing-input-validation
export const transferOwnership = withRole(["owner"], async (ctx, newOwnerMembershipId: string) => {
  await prisma.$transaction([
    prisma.membership.updateMany({ where: { schoolId: ctx.schoolId, userId: ctx.userId }, data: { role: "admin" } }),
    // ok: missing-authorization
    prisma.membership.updateMany({ where: { id: newOwnerMembershipId, schoolId: ctx.schoolId }, data: { role: "owner" } }),
  ]);
});

// ok: missing-auth
// ruleid: missing-audit-log, missing-input-validation
export const updateMemberPermissions = withRole(["owner", "admin"], async (ctx, _prev: unknown, formData: FormData) => {
  const membershipId = z.string().cuid().parse(formData.get("membershipId"));
  const permissions = formData.getAll("permissions").map(String);
  await prisma.membership.updateMany({
    where: { id: membershipId, schoolId: ctx.schoolId },
    // todoruleid: mass-assignment -- policy (pass 20): a privileged field written behind a role check (`withRole(["owner", "admin"])`) is let through
    data: { permissions } as never,
  });
  return { ok: true };
});
