"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withOwnerAudit, withRole, withWinery } from "@/lib/wrappers";
import { ownerActionClient, wineryActionClient } from "@/lib/safe-action";
import { isWineryOwner } from "@/lib/auth/guards";
import { verifySession } from "@/lib/auth/dal";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog, logger } from "@/lib/audit";

const Roles = z.enum(["OWNER", "WINEMAKER", "CLUB_MANAGER", "TASTING_ROOM", "WHOLESALE_REP", "BOOKKEEPER"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = withOwnerAudit("staff_role_changed", async (formData, ctx) => {
  const { membershipId, role } = z.object({ membershipId: z.string().cuid(), role: Roles }).parse(Object.fromEntries(formData));
  await prisma.staffMembership.updateMany({
    // ok: missing-authorization
    where: { id: membershipId, wineryId: ctx.wineryId },
    // ok: mass-assignment
    data: { role },
  });
  return { success: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeStaff = ownerActionClient.inputSchema(z.object({ wineryId: z.string().cuid(), membershipId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  await prisma.staffMembership.deleteMany({ where: { id: parsedInput.membershipId, wineryId: ctx.wineryId, NOT: { userId: ctx.userId } } });
  return { success: true };
});

// Club managers may promote tasting-room staff to club manager.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const promoteToManager = withRole(["OWNER", "CLUB_MANAGER"], async (formData, ctx) => {
  const membershipId = z.string().cuid().parse(formData.get("membershipId"));
  await prisma.staffMembership.updateMany({
    // ok: missing-authorization
    where: { id: membershipId, wineryId: ctx.wineryId, role: "TASTING_ROOM" },
    // ok: mass-assignment
    data: { role: "CLUB_MANAGER" },
  });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const setRoleQuick = withWinery(async (formData, ctx) => {
  const input = z.object({ membershipId: z.string().cuid(), role: Roles }).parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!isWineryOwner(ctx.userId, ctx.wineryId)) return { error: "Owners only" };
  await prisma.staffMembership.updateMany({
    // ok: missing-authorization
    where: { id: input.membershipId, wineryId: ctx.wineryId },
    // ruleid: mass-assignment
    data: { role: input.role },
  });
  return { success: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteStaff = wineryActionClient.inputSchema(z.object({ email: z.string().email(), role: Roles })).action(async ({ parsedInput, ctx }) => {
  if (ctx.role !== "OWNER") throw new Error("Owners only");
  await rateLimitByIp(`staff-invite:${ctx.wineryId}`);
  const invitee = await prisma.user.upsert({ where: { email: parsedInput.email }, update: {}, create: { email: parsedInput.email }, select: { id: true } });
  // ok: mass-assignment
  await prisma.staffMembership.create({ data: { userId: invitee.id, wineryId: ctx.wineryId, role: parsedInput.role } });
  await auditLog({ actorId: ctx.userId, wineryId: ctx.wineryId, action: "staff_invited", target: parsedInput.email });
  await sendEmail(parsedInput.email, "You've been added to a Cellarclub winery", "<p>Sign in to get started.</p>");
  return { success: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function joinWineryWithCode(formData: FormData) {
  const { userId } = await verifySession();
  const input = z.object({ wineryId: z.string().cuid(), role: Roles, code: z.string().length(8) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const winery = await prisma.winery.findFirst({ where: { id: input.wineryId, inviteCode: input.code }, select: { id: true } });
  if (!winery) return { error: "Invalid code" };
  await prisma.staffMembership.create({
    // ruleid: mass-assignment
    data: { userId, wineryId: winery.id, role: input.role },
  });
  logger.info({ userId, wineryId: winery.id }, "joined winery");
  return { success: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setStaffPin(formData: FormData) {
  const { userId } = await verifySession();
  const { wineryId, pin } = z.object({ wineryId: z.string().cuid(), pin: z.string().regex(/^\d{4,6}$/) }).parse(Object.fromEntries(formData));
  const bcrypt = await import("bcryptjs");
  await prisma.staffMembership.update({
    // ok: missing-authorization
    where: { userId_wineryId: { userId, wineryId } },
    data: { pin: await bcrypt.hash(pin, 10) },
  });
  return { success: true };
}
