"use server";

import { z } from "zod";
import { clerkClient } from "@clerk/nextjs/server";
import { withPractice, withRole, withTiming } from "@/lib/with-practice";
import { staffInviteSchema } from "@/lib/validators";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mail";
import { rateLimit } from "@/lib/rate-limit";
import { writeAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export const inviteStaff = withRole("practice_admin", async (ctx, input: unknown) => {
  const data = staffInviteSchema.parse(input);
  await rateLimit(`invite:${ctx.practiceId}`, 20, 86400);
  const client = await clerkClient();
  await client.organizations.createOrganizationInvitation({
    organizationId: ctx.orgId,
    emailAddress: data.email,
    role: `org:${data.role}`,
    inviterUserId: ctx.userId,
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const resendStaffInvite = withRole("practice_admin", async (ctx, email: string) => {
  const parsed = z.string().email().parse(email);
  await sendEmail(parsed, "You're invited to Emberline", `<p>${ctx.orgId} invited you to join.</p>`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = withRole("practice_admin", async (ctx, staffId: string, role: string) => {
  const data = z.object({ staffId: z.string().cuid(), role: z.enum(["dentist", "hygienist", "front_desk"]) }).parse({ staffId, role });
  // ok: missing-authorization
  await prisma.staffMember.updateMany({ where: { id: data.staffId, practiceId: ctx.practiceId }, data: { role: data.role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const promoteToAdmin = withPractice(async (ctx, staffId: string) => {
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: staffId });
  const me = await prisma.staffMember.findFirst({ where: { clerkUserId: ctx.userId, practiceId: ctx.practiceId }, select: { role: true } });
  if (me?.role !== "practice_admin") throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.staffMember.updateMany({ where: { id, practiceId: ctx.practiceId }, data: { role: "practice_admin" } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeStaff = withPractice(async (ctx, staffId: string) => {
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: staffId });
  const me = await prisma.staffMember.findFirst({ where: { clerkUserId: ctx.userId, practiceId: ctx.practiceId }, select: { role: true } });
  if (me?.role !== "practice_admin") throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.staffMember.deleteMany({ where: { id, practiceId: ctx.practiceId } });
  await writeAudit({ actorId: ctx.userId, practiceId: ctx.practiceId, action: "staff.removed", target: id });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const listStaff = withPractice(async (ctx) => {
  const rows = await prisma.staffMember.findMany({ where: { practiceId: ctx.practiceId } });
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const staffDirectory = withPractice(async (ctx) => {
  const rows = await prisma.staffMember.findMany({ where: { practiceId: ctx.practiceId }, select: { id: true, displayName: true, role: true } });
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-input-validation
// ruleid: missing-auth
export const staffCount = withTiming(async (practiceId: string) => {
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: practiceId });
  const rows = await prisma.staffMember.findMany({ where: { practiceId: id }, select: { id: true, email: true, displayName: true } });
  return rows;
});
