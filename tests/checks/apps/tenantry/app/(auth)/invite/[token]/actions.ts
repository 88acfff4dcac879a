"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { hashToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const acceptSchema = z.object({ token: z.string().min(20), role: z.enum(["ADMIN", "MANAGER", "ACCOUNTANT", "VIEWER"]).optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function acceptInvite(formData: FormData) {
  const { userId, email } = await verifySession();
  const { token } = acceptSchema.parse({ token: formData.get("token") });
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, agencyId: true, email: true, role: true, expiresAt: true } });
  // ok: timing-unsafe-comparison
  if (!invite || invite.expiresAt < new Date() || invite.email !== email) redirect("/invite/invalid");

  await prisma.membership.create({
    data: {
      userId,
      agencyId: invite.agencyId,
      // ok: mass-assignment
      role: invite.role,
    },
  });
  await prisma.invite.delete({ where: { id: invite.id } });
  await auditLog({ agencyId: invite.agencyId, actorId: userId, action: "member.joined", target: invite.id });
  redirect("/dashboard");
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function acceptInviteWithRole(formData: FormData) {
  const { userId, email } = await verifySession();
  const { token, role } = acceptSchema.parse({ token: formData.get("token"), role: formData.get("role") ?? undefined });
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, agencyId: true, email: true, role: true } });
  if (!invite || invite.email !== email) redirect("/invite/invalid");
  await prisma.membership.create({
    data: {
      userId,
      agencyId: invite.agencyId,
      // ruleid: mass-assignment
      role: role ?? invite.role,
    },
  });
  redirect("/dashboard");
}
