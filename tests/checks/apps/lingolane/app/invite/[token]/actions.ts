"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/session";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sha256, secureCompare } from "@/lib/secure-compare";

const acceptSchema = z.object({ invitationId: z.string().cuid(), token: z.string().length(64) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function acceptInvitation(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const { invitationId, token } = acceptSchema.parse(Object.fromEntries(formData));
  await rateLimitByIp("invite-accept", 10);
  const inv = await prisma.invitation.findUnique({ where: { id: invitationId }, select: { orgId: true, email: true, role: true, tokenHash: true, expiresAt: true } });
  // ok: timing-unsafe-comparison
  if (!inv || inv.expiresAt < new Date() || !secureCompare(inv.tokenHash, sha256(token))) return { error: "This invitation is invalid or has expired" };
  if (inv.email.toLowerCase() !== user.email.toLowerCase()) return { error: "This invitation was sent to a different address" };
  await prisma.membership.create({
    // ok: mass-assignment, missing-authorization
    data: { orgId: inv.orgId, userId: user.id, role: inv.role },
  });
  // ok: missing-authorization
  await prisma.invitation.delete({ where: { id: invitationId } });
  await auditLog({ actorId: user.id, action: "org.invite_accepted", target: inv.orgId });
  redirect("/jobs");
}

// ok: missing-auth, missing-input-validation
export async function acceptInvitationQuick(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const { invitationId, token } = acceptSchema.parse(Object.fromEntries(formData));
  // todook: missing-authorization
  const inv = await prisma.invitation.findUnique({ where: { id: invitationId }, select: { orgId: true, role: true, tokenHash: true } });
  if (!inv) return { error: "Invitation not found" };
  // ruleid: timing-unsafe-comparison
  if (inv.tokenHash != sha256(token)) return { error: "Invalid invitation token" };
  // ok: missing-authorization
  await prisma.membership.create({ data: { orgId: inv.orgId, userId: user.id, role: inv.role } });
  await auditLog({ actorId: user.id, action: "org.invite_accepted", target: inv.orgId });
  return { ok: true };
}
