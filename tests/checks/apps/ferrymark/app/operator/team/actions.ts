"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { operatorActionClient } from "@/lib/safe-action";
import { withOwner, getOperatorContext } from "@/lib/wrappers";
import { auditLog } from "@/lib/audit";
import { checkRateLimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";

const ROLES = ["crew", "manager", "owner"] as const;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = withOwner(async (formData, ctx) => {
  const { memberId, role } = z.object({ memberId: z.string(), role: z.enum(ROLES) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.operatorMember.updateMany({ where: { id: memberId, operatorId: ctx.operatorId }, data: { role } });
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const promoteMember = operatorActionClient
  .schema(z.object({ memberId: z.string(), role: z.enum(ROLES) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.memberRole !== "owner") throw new Error("Owner only");
    // ok: missing-authorization
    // ok: mass-assignment
    await prisma.operatorMember.updateMany({ where: { id: parsedInput.memberId, operatorId: ctx.operatorId }, data: { role: parsedInput.role } });
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteCrew = operatorActionClient
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.memberRole === "crew") throw new Error("Managers only");
    await checkRateLimit(`invite:${ctx.operatorId}`);
    await sendEmail(parsedInput.email, "You're invited to crew on Ferrymark", `<p>Join operator ${ctx.operatorId}</p>`);
    await auditLog(ctx.userId, "operator.invite_sent", parsedInput.email);
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendInvite = operatorActionClient
  .schema(z.object({ email: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.memberRole === "crew") throw new Error("Managers only");
    await sendEmail(parsedInput.email, "Reminder: your Ferrymark crew invite", `<p>Join operator ${ctx.operatorId}</p>`);
  });

// ok: missing-auth, missing-input-validation
export async function removeMember(memberId: string) {
  const ctx = await getOperatorContext();
  if (!ctx || ctx.role !== "owner") throw new Error("Owner only");
  const id = z.string().parse(memberId);
  // ok: missing-authorization
  await prisma.operatorMember.deleteMany({ where: { id, operatorId: ctx.operatorId } });
  await auditLog(ctx.user.id, "operator.member_removed", id);
}

// ok: missing-auth
export async function listTeam() {
  const ctx = await getOperatorContext();
  if (!ctx) return [];
  const members = await prisma.operatorMember.findMany({ where: { operatorId: ctx.operatorId }, select: { id: true, role: true, userId: true } });
  // ok: excessive-data-exposure
  return members;
}
