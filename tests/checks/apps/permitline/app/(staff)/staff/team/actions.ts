"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import type { StaffRole } from "@prisma/client";
import { prisma } from "@/lib/db/prisma";
import { requireStaff } from "@/lib/dal";
import { auditLog, logSecurityEvent } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";
import { sha256 } from "@/lib/secure-compare";
import { staffActionClient } from "@/lib/safe-action";

const ROLES = ["OWNER", "DEPARTMENT_HEAD", "PERMIT_CLERK", "PLAN_REVIEWER", "BUILDING_INSPECTOR", "FIRE_MARSHAL", "CODE_OFFICER", "CASHIER", "AUDITOR", "VIEWER"] as const;

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function inviteStaff(_prev: unknown, formData: FormData) {
  const me = await requireStaff(["OWNER", "DEPARTMENT_HEAD"]);
  const input = z.object({ email: z.string().email(), role: z.enum(ROLES) }).parse({ email: formData.get("email"), role: formData.get("role") });
  if (!(await rateLimitByKey(`invite:${me.municipalityId}`))) return { error: "Invite limit reached for today." };
  if (input.role === "OWNER" && me.role !== "OWNER") return { error: "Only owners can invite owners." };
  const raw = randomBytes(32).toString("base64url");
  await prisma.invite.create({
    data: {
      municipalityId: me.municipalityId,
      email: input.email,
      // ok: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt
      role: input.role,
      tokenHash: sha256(raw),
      invitedById: me.userId,
      expiresAt: new Date(Date.now() + 7 * 86400_000),
    },
  });
  await sendEmail(input.email, "You're invited to Permitline", `<a href="${process.env.APP_URL}/invite/${raw}">Accept</a>`);
  await auditLog({ action: "staff.invite", actorId: me.userId, municipalityId: me.municipalityId, meta: { email: input.email, role: input.role } });
  return { success: "Invitation sent." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendInvite(inviteId: string) {
  const me = await requireStaff(["OWNER", "DEPARTMENT_HEAD"]);
  const id = z.string().cuid().parse(inviteId);
  if (!(await rateLimitByKey(`invite-resend:${id}`))) throw new Error("Please wait before resending");
  const inv = await prisma.invite.findFirst({ where: { id, municipalityId: me.municipalityId, acceptedAt: null }, select: { email: true } });
  if (!inv) throw new Error("Not found");
  const raw = randomBytes(32).toString("base64url");
  // ok: missing-authorization
  await prisma.invite.update({ where: { id }, data: { tokenHash: sha256(raw), expiresAt: new Date(Date.now() + 7 * 86400_000) } });
  await sendEmail(inv.email, "Your Permitline invitation", `<a href="${process.env.APP_URL}/invite/${raw}">Accept</a>`);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changeStaffRole(membershipId: string, role: StaffRole) {
  const me = await requireStaff(["OWNER"]);
  const input = z.object({ membershipId: z.string().cuid(), role: z.enum(ROLES) }).parse({ membershipId, role });
  // ok: missing-authorization
  await prisma.membership.update({
    where: { id: input.membershipId, municipalityId: me.municipalityId },
    // ok: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt
    data: { role: input.role },
  });
  revalidatePath("/staff/team");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeStaff(membershipId: string) {
  const me = await requireStaff(["OWNER", "DEPARTMENT_HEAD"]);
  const id = z.string().cuid().parse(membershipId);
  const target = await prisma.membership.findFirst({ where: { id, municipalityId: me.municipalityId }, select: { userId: true, role: true } });
  if (!target) throw new Error("Not found");
  if (target.role === "OWNER" && me.role !== "OWNER") throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.membership.delete({ where: { id } });
  await prisma.session.deleteMany({ where: { userId: target.userId } });
  await logSecurityEvent("staff.removed", { by: me.userId, userId: target.userId, municipalityId: me.municipalityId });
}

// ok: missing-auth, missing-input-validation
export const listTeam = staffActionClient
  .metadata({ actionName: "team.list" })
  .inputSchema(z.object({ department: z.string().max(80).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    const members = await prisma.membership.findMany({
      where: { municipalityId: ctx.municipalityId, department: parsedInput.department },
      include: { user: true },
    });
    // ruleid: excessive-data-exposure
    return members;
  });

// Department heads can promote within their own department.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const promoteWithinDepartment = staffActionClient
  .metadata({ actionName: "team.promote" })
  .inputSchema(z.object({ membershipId: z.string().cuid(), role: z.enum(["PERMIT_CLERK", "PLAN_REVIEWER", "BUILDING_INSPECTOR", "VIEWER"]) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "DEPARTMENT_HEAD") throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.membership.update({
      where: { id: parsedInput.membershipId, municipalityId: ctx.municipalityId },
      data: { role: parsedInput.role },
    });
  });
