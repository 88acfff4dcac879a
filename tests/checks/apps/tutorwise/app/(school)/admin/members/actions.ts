"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { withOrg } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/rate-limit";
import { assertOrgAdmin } from "@/lib/auth/org";

const inviteSchema = z.object({ email: z.string().email(), role: z.enum(["member", "tutor"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = withOrg(async (formData, { user, org }) => {
  if (org.role !== "admin") return { error: "Only school admins can invite" };
  await rateLimitByKey(`invite:${org.id}`, 20);
  const parsed = inviteSchema.safeParse({ email: formData.get("email"), role: formData.get("role") });
  if (!parsed.success) return { error: "Invalid invite" };
  await sendEmail(parsed.data.email, "You're invited to TutorWise", `<p>Join ${org.id} as ${parsed.data.role}.</p>`);
  await auditLog({ actorId: user.id, action: "org.invite", target: parsed.data.email, meta: { orgId: org.id } });
  return { ok: true };
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export const resendInvite = withOrg(async (formData, { user, org }) => {
  if (org.role !== "admin") return { error: "Only school admins can invite" };
  const email = formData.get("email");
  if (typeof email !== "string" || !email.includes("@")) return { error: "Invalid email" };
  await sendEmail(email, "Reminder: you're invited to TutorWise", "<p>Your invite is waiting.</p>");
  await auditLog({ actorId: user.id, action: "org.invite.resend", target: email });
  return { ok: true };
});

const demoteSchema = z.object({ membershipId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const demoteToMember = withOrg(async (formData, { user, org }) => {
  if (org.role !== "admin") throw new Error("Forbidden");
  const parsed = demoteSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.membership.update({ where: { id: parsed.membershipId, orgId: org.id }, data: { role: "member" } });
  await auditLog({ actorId: user.id, action: "org.member.demote", target: parsed.membershipId });
  revalidatePath("/admin/members");
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const removeMember = withOrg(async (formData, { org }) => {
  if (org.role !== "admin") throw new Error("Forbidden");
  const { membershipId } = z.object({ membershipId: z.string().cuid() }).parse({ membershipId: formData.get("membershipId") });
  // ok: missing-authorization
  await prisma.membership.delete({ where: { id: membershipId, orgId: org.id } });
  revalidatePath("/admin/members");
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const promoteToAdmin = withOrg(async (formData, { org }) => {
  const { membershipId } = z.object({ membershipId: z.string().cuid() }).parse({ membershipId: formData.get("membershipId") });
  // ruleid: missing-authorization
  await prisma.membership.update({ where: { id: membershipId }, data: { role: "admin" } });
  return { ok: true, orgId: org.id };
});

// ok: missing-auth, missing-input-validation
export const archiveOrgLesson = withOrg(async (formData, { org }) => {
  const parsed = z.object({ lessonId: z.string().cuid() }).parse(Object.fromEntries(formData));
  if (org.role !== "admin") throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.lesson.update({ where: { id: parsed.lessonId, orgId: org.id }, data: { status: "archived" } });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setOrgPlan(orgId: string, plan: "free" | "school" | "district") {
  if (typeof orgId !== "string" || !["free", "school", "district"].includes(plan)) throw new Error("Unknown plan");
  const { user } = await assertOrgAdmin(orgId);
  // ruleid: mass-assignment
  // ok: missing-authorization
  await prisma.organization.update({ where: { id: orgId }, data: { plan } });
  await auditLog({ actorId: user.id, action: "org.plan", target: orgId, meta: { plan } });
}
