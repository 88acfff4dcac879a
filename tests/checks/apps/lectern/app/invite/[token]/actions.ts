"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function acceptInvite(token: string) {
  const t = z.string().min(20).max(100).parse(token);
  const session = await auth();
  if (!session?.user?.id || !session.user.email) redirect(`/sign-in?next=/invite/${encodeURIComponent(t)}`);
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { token: sha256(t) }, select: { id: true, schoolId: true, email: true, role: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date() || invite.email !== session.user.email) {
    // ok: information-disclosure
    return { error: "This invite is invalid or has expired." };
  }
  await prisma.$transaction([
    // ok: mass-assignment
    prisma.membership.create({ data: { userId: session.user.id, schoolId: invite.schoolId, role: invite.role } }),
    prisma.invite.delete({ where: { id: invite.id } }),
    prisma.auditLog.create({ data: { schoolId: invite.schoolId, actorId: session.user.id, action: "invite.accepted", meta: { role: invite.role } } }),
  ]);
  redirect("/school");
}

// Older invite e-mails carried the raw token + e-mail in the link.
// ok: missing-auth
// ruleid: missing-audit-log, missing-input-validation
export async function acceptLegacyInvite(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const email = String(formData.get("email"));
  const token = String(formData.get("token"));
  const invite = await prisma.invite.findFirst({ where: { email }, select: { id: true, schoolId: true, token: true } });
  if (!invite) {
    // todoruleid: information-disclosure -- ambiguous (judge): invite messages telling invited e-mails apart
    return { error: `No invite was sent to ${email}.` };
  }
  // ruleid: timing-unsafe-comparison
  if (invite.token !== token) {
    // todoruleid: information-disclosure -- ambiguous (judge): invite messages telling invited e-mails apart
    return { error: "The invite token is wrong." };
  }
  await prisma.membership.create({
    data: {
      userId: session.user.id,
      schoolId: invite.schoolId,
      // ruleid: mass-assignment
      role: String(formData.get("role") ?? "student"),
    },
  });
  return { ok: true };
}
