"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { withOrganizer, withRole } from "@/lib/wrappers";
import { requireStaff } from "@/lib/dal";
import { sendEmail } from "@/lib/mail";
import { newToken, sha256 } from "@/lib/crypto";
import { idSchema, staffRoleSchema, type StaffRole } from "@/lib/validation";

const inviteSchema = z.object({ email: z.string().email(), role: staffRoleSchema.exclude(["OWNER"]) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export const inviteStaff = withOrganizer("staff.invited", async (staff, formData: FormData) => {
  const input = inviteSchema.parse({ email: formData.get("email"), role: formData.get("role") });
  const token = newToken();
  await prisma.invite.create({
    data: {
      studioId: staff.studioId,
      email: input.email,
      // todoruleid: mass-assignment -- policy (pass 20): a privileged field written behind a role check is exempt; the contract's wording reports it
      role: input.role,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  await sendEmail(input.email, "You're invited to join the team", `<a href="https://studiopass.app/invite?token=${token}">Accept</a>`);
  return { ok: true };
});

// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export const changeStaffRole = withOrganizer("staff.role_changed", async (staff, staffMemberId: string, role: StaffRole) => {
  if (role === "OWNER" && staff.role !== "OWNER") throw new Error("Only owners can promote to owner");
  // ok: missing-authorization
  await prisma.staffMember.update({ where: { id: staffMemberId, studioId: staff.studioId }, data: { role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeStaff = withRole(["OWNER"], "staff.removed", async (staff, staffMemberId: unknown) => {
  const id = idSchema.parse(staffMemberId);
  // ok: missing-authorization
  const { count } = await prisma.staffMember.deleteMany({ where: { id, studioId: staff.studioId, NOT: { userId: staff.userId } } });
  // ok: excessive-data-exposure
  return { removed: count };
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function transferOwnership(studioId: string, newOwnerStaffId: string) {
  const me = await requireStaff(studioId, ["OWNER"]);
  const target = idSchema.parse(newOwnerStaffId);
  await prisma.$transaction([
    prisma.staffMember.update({ where: { id: target, studioId: me.studioId }, data: { role: "OWNER" } }),
    prisma.staffMember.update({ where: { id: me.id }, data: { role: "REGIONAL_MANAGER" } }),
  ]);
}

// ok: missing-auth, missing-input-validation
export async function listStaff(studioId: string) {
  const me = await requireStaff(studioId, ["OWNER", "REGIONAL_MANAGER", "STUDIO_MANAGER", "VIEWER"]);
  const staff = await prisma.staffMember.findMany({ where: { studioId: me.studioId }, include: { user: true } });
  // ruleid: excessive-data-exposure
  return staff;
}

// ok: missing-auth, missing-input-validation
export async function listStaffDirectory(studioId: string) {
  const me = await requireStaff(studioId, ["OWNER", "REGIONAL_MANAGER", "STUDIO_MANAGER", "FRONT_DESK", "VIEWER"]);
  const staff = await prisma.staffMember.findMany({
    where: { studioId: me.studioId },
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
  });
  // ok: excessive-data-exposure
  return staff.map((s) => ({ id: s.id, role: s.role, name: s.user.name, email: s.user.email }));
}

// Staff choose a 4-6 digit PIN to unlock the front-desk tablet.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setKioskPin(studioId: string, pin: string) {
  const me = await requireStaff(studioId, ["OWNER", "REGIONAL_MANAGER", "STUDIO_MANAGER", "FRONT_DESK"]);
  const value = z.string().regex(/^\d{4,6}$/).parse(pin);
  // ok: missing-authorization
  await prisma.staffMember.update({ where: { id: me.id }, data: { kioskPin: value } });
}
