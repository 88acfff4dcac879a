"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withOrganizer, withRole } from "@/lib/wrappers";
import { verifySession } from "@/lib/dal";
import { sendEmail } from "@/lib/email";
import { newToken } from "@/lib/crypto";
import { logSecurityEvent } from "@/lib/audit";

const roleEnum = z.enum(["ADMIN", "BOX_OFFICE", "DOOR_SCANNER", "FINANCE", "PROMOTER"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const inviteStaff = withOrganizer(async (ctx, input: { email: string; role: string }) => {
  const { email, role } = z.object({ email: z.string().email(), role: roleEnum }).parse(input);
  const token = newToken();
  await prisma.staffInvite.create({
    data: { organizerId: ctx.organizerId, email, role, token, expiresAt: new Date(Date.now() + 7 * 864e5) },
  });
  await sendEmail(email, "You've been invited to a Marquee team", `https://marquee.live/invite?token=${token}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const changeStaffRole = withRole(["OWNER"], async (ctx, input: { membershipId: string; role: string }) => {
  const { membershipId, role } = z.object({ membershipId: z.string().cuid(), role: roleEnum }).parse(input);
  // ok: missing-authorization
  await prisma.membership.updateMany({ where: { id: membershipId, organizerId: ctx.organizerId }, data: { role } });
  revalidatePath("/dashboard");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeStaff = withOrganizer(async (ctx, input: { membershipId: string }) => {
  const membershipId = z.string().cuid().parse(input.membershipId);
  const target = await prisma.membership.findUnique({ where: { id: membershipId }, select: { organizerId: true, role: true } });
  if (!target || target.organizerId !== ctx.organizerId) throw new Error("Not found");
  if (target.role === "OWNER") throw new Error("Transfer ownership first");
  // ok: missing-authorization
  await prisma.membership.delete({ where: { id: membershipId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function acceptInvite(inviteId: string, token: string) {
  const session = await verifySession();
  if (typeof inviteId !== "string" || typeof token !== "string") throw new Error("Bad request");
  const invite = await prisma.staffInvite.findUnique({ where: { id: inviteId } });
  // ruleid: timing-unsafe-comparison
  if (!invite || invite.token !== token || invite.expiresAt < new Date()) {
    return { error: "This invitation is invalid or has expired." };
  }
  await prisma.membership.create({
    // ok: mass-assignment
    data: { userId: session.userId, organizerId: invite.organizerId, role: invite.role },
  });
  await prisma.staffInvite.delete({ where: { id: invite.id } });
  await logSecurityEvent("staff_invite_accepted", { userId: session.userId, organizerId: invite.organizerId });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function leaveOrganizer(organizerId: string, userId?: string) {
  const session = await verifySession();
  const target = userId ?? session.userId;
  // ruleid: missing-authorization
  await prisma.membership.delete({ where: { userId_organizerId: { userId: target, organizerId } } });
  await logSecurityEvent("staff_left", { userId: target, organizerId, by: session.userId });
  revalidatePath("/dashboard");
}
