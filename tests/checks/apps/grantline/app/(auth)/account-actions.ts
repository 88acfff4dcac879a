"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";
import { requireUser } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendVerification(_prev: unknown, formData: FormData) {
  await rateLimitByIp("resend-verify", 3);
  const email = z.string().email().parse(formData.get("email"));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  // ruleid: information-disclosure
  if (!user) return { error: "We couldn't find an account for that email." };
  // ok: information-disclosure
  if (user.emailVerified) return { ok: true };
  const token = newToken();
  await prisma.magicLink.create({ data: { email, token: sha256(token), expiresAt: new Date(Date.now() + 86400_000) } });
  await sendEmail(email, "Verify your email", `https://app.grantline.org/verify-email?token=${token}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function acceptInvite(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const token = z.string().min(20).max(100).parse(formData.get("token"));
  try {
    const invite = await prisma.invite.findUnique({ where: { token: sha256(token) }, select: { id: true, foundationId: true, role: true, email: true, acceptedAt: true } });
    if (!invite || invite.acceptedAt) return { error: "This invitation is no longer valid." };
    if (invite.email.toLowerCase() !== user.email.toLowerCase()) return { error: "This invitation is no longer valid." };
    await prisma.$transaction([
      // ok: mass-assignment
      prisma.membership.create({ data: { userId: user.id, foundationId: invite.foundationId, role: invite.role } }),
      prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } }),
    ]);
    await auditLog({ foundationId: invite.foundationId, actorId: user.id, action: "member.joined", meta: { role: invite.role } });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Could not accept invite: ${(err as Error).message}` };
  }
}

// ok: missing-rate-limit -- ruling pass 34 (P9): a link token pinned to 20+ characters is a random capability, nothing to guess
// ok: missing-auth, missing-input-validation
export async function verifyEmailToken(token: string) {
  const t = z.string().min(20).max(100).parse(token);
  const link = await prisma.magicLink.findUnique({ where: { token: sha256(t) }, select: { id: true, email: true, expiresAt: true } });
  // ok: information-disclosure
  if (!link || link.expiresAt < new Date()) return { error: "This link is invalid or has expired." };
  await prisma.user.updateMany({ where: { email: link.email }, data: { emailVerified: new Date() } });
  await prisma.magicLink.delete({ where: { id: link.id } });
  return { ok: true };
}
