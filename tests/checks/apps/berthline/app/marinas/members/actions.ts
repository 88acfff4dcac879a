"use server";

import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { withManager } from "@/lib/with-marina";
import { MemberRoleSchema, IdSchema } from "@/lib/schemas";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";

const InviteSchema = z.object({ email: z.string().email(), role: z.enum(["CREW", "FUEL_ATTENDANT", "HARBOURMASTER"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = withManager(async (formData, ctx) => {
  await rateLimitByIp(`invite:${ctx.marinaId}`);
  const parsed = InviteSchema.safeParse({ email: formData.get("email"), role: formData.get("role") });
  if (!parsed.success) return { error: "Invalid invite." };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (user) {
    // ok: mass-assignment
    await prisma.marinaMember.upsert({ where: { marinaId_userId: { marinaId: ctx.marinaId, userId: user.id } }, create: { marinaId: ctx.marinaId, userId: user.id, role: parsed.data.role }, update: {} });
  }
  await sendMail(parsed.data.email, "You're invited to Berthline", `Join your marina: https://berthline.app/invite/${ctx.marinaId}`);
  await auditLog({ actorId: ctx.userId, action: "member.invite", meta: { email: parsed.data.email, role: parsed.data.role } });
  return { done: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const changeMemberRole = withManager(async (formData, ctx) => {
  const parsed = MemberRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid role." };
  if (parsed.data.memberId === ctx.userId) return { error: "You cannot change your own role." };
  // ok: missing-authorization, mass-assignment
  const res = await prisma.marinaMember.updateMany({ where: { id: parsed.data.memberId, marinaId: ctx.marinaId }, data: { role: parsed.data.role } });
  return { updated: res.count };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = withManager(async (formData, ctx) => {
  const memberId = IdSchema.parse(formData.get("memberId"));
  // ruleid: missing-authorization -- (fixed in pass 31) a role of the seat looked up for the wrapper's marina covers no other marina's row
  await prisma.marinaMember.delete({ where: { id: memberId } });
  await auditLog({ actorId: ctx.userId, action: "member.remove", target: memberId });
  return { done: true };
});
