"use server";

import { z } from "zod";
import type { StaffRole } from "@prisma/client";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withOrganizer, withRole } from "@/lib/wrappers";
import { verifySession } from "@/lib/dal";
import { hasAgencyRole } from "@/lib/permissions";
import { sendEmail } from "@/lib/email";
import { newToken } from "@/lib/crypto";

const ROLES = ["owner", "admin", "scheduler", "support", "finance"] as const;
const inviteSchema = z.object({ email: z.string().email(), role: z.enum(ROLES) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export const inviteStaff = withOrganizer("staff.invite", async (ctx, _prev: { error?: string }, formData: FormData) => {
  const parsed = inviteSchema.safeParse({ email: formData.get("email"), role: formData.get("role") });
  if (!parsed.success) return { error: "Enter an email and a role." };
  const token = newToken();
  await prisma.invite.create({
    data: {
      agencyId: ctx.agencyId,
      email: parsed.data.email,
      // ruleid: mass-assignment
      role: parsed.data.role,
      token,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  await sendEmail({ to: parsed.data.email, subject: "You're invited to join an agency on Pawprint", html: `<a href="https://pawprint.pet/invite/${token}">Accept</a>` });
  return {};
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = withOrganizer("staff.role.change", async (ctx, membershipId: string, role: StaffRole) => {
  const input = z.object({ membershipId: z.string().cuid(), role: z.enum(ROLES) }).parse({ membershipId, role });
  if (input.role === "owner" && ctx.role !== "owner") throw new Error("Only owners can promote to owner");
  // ok: missing-authorization
  await prisma.membership.update({
    where: { id: input.membershipId, agencyId: ctx.agencyId },
    // ruleid: mass-assignment
    data: { role: input.role },
  });
  revalidatePath("/agency/staff");
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeStaff = withRole(["owner"], "staff.remove", async (ctx, membershipId: string) => {
  const id = z.string().cuid().parse(membershipId);
  // ok: missing-authorization
  await prisma.membership.update({ where: { id, agencyId: ctx.agencyId }, data: { active: false } });
  revalidatePath("/agency/staff");
});

// Quick role toggle used by the staff table dropdown (predates withOrganizer).
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function setStaffRole(agencyId: string, membershipId: string, role: string) {
  const session = await verifySession();
  const input = z.object({ agencyId: z.string().cuid(), membershipId: z.string().cuid(), role: z.enum(ROLES) }).parse({ agencyId, membershipId, role });
  // ruleid: floating-auth-check
  if (!hasAgencyRole(session.userId, input.agencyId, ["owner", "admin"])) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.membership.update({
    where: { id: input.membershipId },
    // ruleid: mass-assignment
    data: { role: input.role },
  });
}

// ok: missing-auth
export async function listStaff() {
  const session = await verifySession();
  const me = await prisma.membership.findFirst({ where: { userId: session.userId, active: true }, select: { agencyId: true } });
  if (!me) return [];
  const staff = await prisma.membership.findMany({
    where: { agencyId: me.agencyId },
    select: { id: true, role: true, active: true, user: { select: { name: true, email: true } } },
  });
  // ok: excessive-data-exposure
  return staff;
}
