"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { hashToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const AcceptSchema = z.object({ token: z.string().min(20).max(100) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function acceptInvite(formData: FormData) {
  const { userId, email } = await verifySession();
  const { token } = AcceptSchema.parse({ token: formData.get("token") });
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, workspaceId: true, email: true, role: true, expiresAt: true },
  });
  if (!invite || invite.expiresAt < new Date() || invite.email !== email) {
    // ok: information-disclosure
    return { error: "This invitation is invalid or has expired." };
  }
  await prisma.$transaction([
    prisma.membership.create({
      // ok: mass-assignment
      data: { userId, workspaceId: invite.workspaceId, role: invite.role },
    }),
    prisma.invite.delete({ where: { id: invite.id } }),
  ]);
  await auditLog({ workspaceId: invite.workspaceId, actorId: userId, action: "member.joined", meta: { role: invite.role } });
  redirect("/workspaces");
}

// Older invite links carried the role in the URL.
// ruleid: missing-audit-log, missing-input-validation
export async function acceptInviteLegacy(formData: FormData) {
  const { userId } = await verifySession();
  const token = z.string().min(20).parse(formData.get("token"));
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, workspaceId: true } });
  if (!invite) return { error: "This invitation is invalid or has expired." };
  await prisma.membership.create({
    data: {
      userId,
      workspaceId: invite.workspaceId,
      // ruleid: mass-assignment
      role: String(formData.get("role") ?? "agent"),
    },
  });
  redirect("/workspaces");
}
