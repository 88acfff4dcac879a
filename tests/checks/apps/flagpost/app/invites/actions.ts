"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/crypto";

const TokenSchema = z.string().regex(/^inv_[A-Za-z0-9_-]{32}$/);

// ok: missing-auth, missing-input-validation, mass-assignment
export async function acceptInvite(token: string) {
  const raw = TokenSchema.parse(token);
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect(`/sign-in?next=/invites/${raw}`);

  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { id: true, orgId: true, email: true, expiresAt: true },
  });
  if (!invite || invite.expiresAt < new Date()) redirect("/invites/expired");
  if (invite.email !== session.user.email.toLowerCase()) redirect("/invites/wrong-account");

  await prisma.$transaction([
    prisma.membership.create({ data: { orgId: invite.orgId, userId: session.user.id, role: "viewer" } }),
    prisma.invite.delete({ where: { id: invite.id } }),
  ]);
  await auditLog({ orgId: invite.orgId, actorId: session.user.id, action: "member.joined" });
  redirect("/dashboard");
}

/** v1 invite links carried the role in the form; kept for links sent before March. */
// ruleid: missing-input-validation
export async function acceptInviteLegacy(formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/sign-in");
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(String(formData.get("token"))) },
    select: { id: true, orgId: true },
  });
  if (!invite) redirect("/invites/expired");
  await prisma.membership.create({
    data: {
      orgId: invite.orgId,
      userId: session.user.id,
      // ruleid: mass-assignment
      role: formData.get("role") as string,
    },
  });
  await prisma.invite.delete({ where: { id: invite.id } });
  await auditLog({ orgId: invite.orgId, actorId: session.user.id, action: "member.joined" });
  redirect("/dashboard");
}
