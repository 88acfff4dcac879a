"use server";

import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { isOrgMember } from "@/lib/permissions";
import { sendEmail } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

async function requireOrgAdmin(userId: string, orgId: string) {
  const m = await prisma.orgMember.findFirst({ where: { userId, orgId, role: "admin" }, select: { id: true } });
  if (!m) throw new Error("Org admin only");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function inviteOrgMember(orgId: string, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  await rateLimitByIp("org-invite", 20);
  const input = z.object({ orgId: z.string().cuid(), email: z.string().email(), role: z.enum(["member", "admin"]) }).parse({ orgId, email: formData.get("email"), role: formData.get("role") });
  await requireOrgAdmin(user.id, input.orgId);
  const invitee = await prisma.user.upsert({ where: { email: input.email }, update: {}, create: { email: input.email }, select: { id: true } });
  // ok: missing-authorization
  // todoruleid: mass-assignment -- policy (pass 20): a role or plan the schema admits, written behind a role check, is let through; an admin changing a role is the feature
  await prisma.orgMember.create({ data: { orgId: input.orgId, userId: invitee.id, role: input.role } });
  await sendEmail(input.email, "You've been added to an organisation on Grantline", "Sign in to get started.");
}

// ok: missing-auth, missing-input-validation
export async function removeOrgMember(orgId: string, memberId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const input = z.object({ orgId: z.string().cuid(), memberId: z.string().cuid() }).parse({ orgId, memberId });
  // ruleid: floating-auth-check
  const denied = !isOrgMember(user.id, input.orgId);
  if (denied) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.orgMember.delete({ where: { id: input.memberId } });
  await auditLog({ actorId: user.id, action: "org.member_removed", target: input.memberId });
}

// ok: missing-auth, missing-input-validation
export async function listOrgMembers(orgId: string) {
  const { user } = await validateRequest();
  if (!user) return [];
  const oid = z.string().cuid().parse(orgId);
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, oid))) return [];
  const members = await prisma.orgMember.findMany({ where: { orgId: oid }, include: { user: true } });
  // ruleid: excessive-data-exposure
  return members;
}

// ok: missing-auth, missing-input-validation
export async function updateOrgProfile(orgId: string, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const input = z.object({ orgId: z.string().cuid(), name: z.string().min(2).max(200) }).parse({ orgId, name: formData.get("name") });
  await requireOrgAdmin(user.id, input.orgId);
  // ok: missing-authorization, mass-assignment
  await prisma.organization.update({ where: { id: input.orgId }, data: { name: input.name } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateOrgVetting(orgId: string, patch: { name?: string; ein?: string; vettingStatus?: string }) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  await requireOrgAdmin(user.id, orgId);
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.organization.update({ where: { id: orgId }, data: patch });
}
