"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { requireNetworkAdmin } from "@/lib/auth/clerk-admin";
import { requireRole } from "@/lib/auth/guards";
import { sendMail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";
import { formLimiter } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setStaffRole = adminActionClient
  .metadata({ actionName: "staff.role.changed" })
  .schema(z.object({ userId: z.string().cuid(), role: z.enum(["staff", "coordinator", "network_admin"]) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { role: parsedInput.role } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function inviteStaff(formData: FormData) {
  const { userId } = await requireNetworkAdmin();
  const parsed = z.object({ email: z.string().email(), pantryId: z.string().cuid() }).parse({ email: formData.get("email"), pantryId: formData.get("pantryId") });
  await sendMail(parsed.email, "You're invited to Gleanery", `<a href="https://gleanery.org/sign-up?pantry=${parsed.pantryId}">Join your pantry</a>`);
  await auditLog({ actorId: userId, action: "staff.invited", meta: { email: parsed.email } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function resendStaffInvite(formData: FormData) {
  const { userId } = await requireNetworkAdmin();
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@")) return { error: "Invalid email" };
  const { success } = await formLimiter.limit(`invite:${email}`);
  if (!success) return { error: "Invite already sent recently" };
  await sendMail(email, "Reminder: you're invited to Gleanery", "<p>Your invite is waiting.</p>");
  await auditLog({ actorId: userId, action: "staff.invite.resent", meta: { email } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function removeStaffMember(userId: string) {
  await requireRole("network_admin");
  if (typeof userId !== "string" || userId.length > 40) throw new Error("Invalid id");
  await prisma.membership.deleteMany({ where: { userId } });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listStaff(pantryId: string) {
  await requireRole("network_admin", "coordinator");
  if (typeof pantryId !== "string") throw new Error("Invalid id");
  // ok: missing-authorization
  const rows = await prisma.membership.findMany({ where: { pantryId }, select: { role: true, user: { select: { id: true, name: true, email: true } } } });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getStaffDetail(userId: string) {
  await requireRole("network_admin");
  if (typeof userId !== "string") throw new Error("Invalid id");
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return user;
}
