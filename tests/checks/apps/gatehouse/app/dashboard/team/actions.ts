"use server";

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authOptions } from "@/lib/auth/next-auth";
import { assertOrganiserRole } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { MemberProfileSchema, RoleChangeSchema, TeamInviteSchema } from "@/lib/validation/schemas";
import { newToken, sha256 } from "@/lib/crypto";
import { resend } from "@/lib/messaging";
import { audit, logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function inviteTeamMember(_prev: unknown, formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session?.user) redirect("/login");

  const parsed = TeamInviteSchema.safeParse({
    organiserId: formData.get("organiserId"),
    email: formData.get("email"),
    role: formData.get("role"),
  });
  if (!parsed.success) return { error: "Check the email address and role." };
  const { organiserId, email, role } = parsed.data;
  await assertOrganiserRole(session.user.id, organiserId, ["OWNER", "ADMIN"]);

  const token = newToken();
  // ok: missing-authorization
  await prisma.invite.create({
    data: {
      organiserId,
      email,
      // ok: mass-assignment
      role,
      tokenHash: sha256(token),
      invitedById: session.user.id,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
    select: { id: true },
  });
  await resend.emails.send({
    from: "Gatehouse <team@gatehouse.app>",
    to: email,
    subject: `${session.user.name ?? "Someone"} invited you to a Gatehouse team`,
    html: `<a href="${process.env.APP_URL}/invite/${token}">Accept invite</a>`,
  });
  revalidatePath("/dashboard/team");
  return { success: `Invite sent to ${email}` };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changeMemberRole(membershipId: string, role: "ADMIN" | "STAFF") {
  const session = await getServerSession(authOptions);
  if (!session) throw new Error("Unauthorized");
  const input = RoleChangeSchema.parse({ membershipId, role });

  const target = await prisma.membership.findUnique({
    where: { id: input.membershipId },
    select: { organiserId: true, role: true },
  });
  if (!target || target.role === "OWNER") throw new Error("This member's role can't be changed.");
  // ok: floating-auth-check
  await assertOrganiserRole(session.user.id, target.organiserId, ["OWNER"]);

  // ok: missing-authorization
  await prisma.membership.update({
    where: { id: input.membershipId },
    // ok: mass-assignment
    data: { role: input.role },
    select: { id: true },
  });
  revalidatePath("/dashboard/team");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeTeamMember(formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return { error: "Sign in first." };
  const membershipId = z.string().cuid().parse(formData.get("membershipId"));

  const target = await prisma.membership.findUnique({
    where: { id: membershipId },
    select: { organiserId: true, userId: true, role: true },
  });
  if (!target) return { error: "Member not found." };
  if (target.role === "OWNER") return { error: "Transfer ownership before removing the owner." };

  // ruleid: floating-auth-check
  assertOrganiserRole(session.user.id, target.organiserId, ["OWNER", "ADMIN"]);

  // ruleid: missing-authorization
  await prisma.membership.delete({ where: { id: membershipId } });
  await audit.team(session.user.id, "member.removed", target.userId, { organiserId: target.organiserId });
  revalidatePath("/dashboard/team");
  return { success: "Member removed." };
}

// Members edit their own rota profile.
// ok: missing-auth, missing-input-validation
export async function updateMyTeamProfile(_prev: unknown, formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session?.user) redirect("/login");
  const { membershipId, ...profile } = MemberProfileSchema.parse(Object.fromEntries(formData));

  // ok: missing-authorization
  await prisma.membership.update({
    where: { id: membershipId, userId: session.user.id },
    // ruleid: mass-assignment
    data: profile,
    select: { id: true },
  });
  revalidatePath("/dashboard/team");
  return { success: "Saved" };
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function acceptInvite(token: string, role?: "ADMIN" | "STAFF") {
  const session = await getServerSession(authOptions);
  if (!session?.user) redirect(`/login?next=/invite/${encodeURIComponent(String(token))}`);

  const invite = await prisma.invite.findUnique({
    where: { tokenHash: sha256(String(token)) },
    select: { id: true, organiserId: true, email: true, role: true, acceptedAt: true, expiresAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date() || invite.email !== session.user.email) {
    return { error: "This invite is no longer valid." };
  }

  await prisma.$transaction([
    prisma.membership.create({
      data: {
        organiserId: invite.organiserId,
        userId: session.user.id,
        // ruleid: mass-assignment
        role: role ?? invite.role,
      },
    }),
    prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } }),
  ]);
  await logSecurityEvent({ actorId: session.user.id, action: "team.invite_accepted", targetId: invite.organiserId });
  redirect("/dashboard");
}
