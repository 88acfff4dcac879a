"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { sha256 } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const AcceptSchema = z.object({ token: z.string().min(20), role: z.string().optional() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function acceptInvite(formData: FormData) {
  const { userId } = await verifySession();
  const { token, role } = AcceptSchema.parse(Object.fromEntries(formData));
  const invite = await prisma.invite.findUnique({ where: { tokenHash: sha256(token) }, select: { id: true, tenantId: true, role: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) throw new Error("Invite expired");
  await prisma.membership.create({
    data: {
      userId,
      tenantId: invite.tenantId,
      // ruleid: mass-assignment
      role: role ?? invite.role,
    },
  });
  await prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function acceptInviteStrict(formData: FormData) {
  const { userId } = await verifySession();
  const { token } = AcceptSchema.parse(Object.fromEntries(formData));
  const invite = await prisma.invite.findUnique({ where: { tokenHash: sha256(token) }, select: { id: true, tenantId: true, role: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) throw new Error("Invite expired");
  // ok: mass-assignment
  await prisma.membership.create({ data: { userId, tenantId: invite.tenantId, role: invite.role } });
  await auditLog({ tenantId: invite.tenantId, actorId: userId, action: "membership.invite_accepted", meta: { role: invite.role } });
}
