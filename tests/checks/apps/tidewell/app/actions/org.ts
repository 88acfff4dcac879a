"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { betterAuthServer, getOrgSession, requireOrgSession, isOrgAdmin } from "@/lib/auth/better-auth";
import { sendInviteMail } from "@/lib/notify";
import { sendMail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";

const inviteSchema = z.object({ email: z.string().email(), role: z.enum(["member", "admin"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function inviteToCoop(formData: FormData) {
  const { orgId, userId } = await requireOrgSession();
  if (!(await isOrgAdmin(orgId))) throw new Error("Admins only");
  const { email, role } = inviteSchema.parse(Object.fromEntries(formData));
  await betterAuthServer.api.createInvitation({ headers: await headers(), body: { email, role, organizationId: orgId } });
  await auditLog({ actorId: userId, coopId: orgId, action: "org.invite", target: email });
  await sendInviteMail(email, "your co-op", "https://tidewell.coop/accept");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function remindInvite(formData: FormData) {
  const { orgId } = await requireOrgSession();
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  const coop = await prisma.coop.findUnique({ where: { id: orgId }, select: { name: true } });
  await sendMail(email, `Reminder: join ${coop?.name}`, "<p>Your invitation is still open.</p>");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateOrgMemberRole(memberId: string, role: "member" | "admin") {
  const { orgId, userId } = await requireOrgSession();
  if (typeof memberId !== "string" || !["member", "admin"].includes(role)) throw new Error("Bad input");
  // ruleid: floating-auth-check
  if (!isOrgAdmin(orgId)) throw new Error("Admins only");
  await betterAuthServer.api.updateMemberRole({ headers: await headers(), body: { memberId, role, organizationId: orgId } });
  await auditLog({ actorId: userId, coopId: orgId, action: "org.role", target: memberId });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function activeCoopSettings() {
  const session = await getOrgSession();
  const orgId = session?.session.activeOrganizationId;
  // ok: missing-authorization
  const coop = await prisma.coop.findUnique({ where: { id: orgId ?? undefined }, select: { name: true, region: true, stripeAccountId: true } });
  return coop;
}

// ok: missing-auth, missing-input-validation
export async function coopProfile() {
  const session = await getOrgSession();
  if (!session) return null;
  const orgId = session.session.activeOrganizationId;
  if (!orgId) return null;
  // ok: missing-authorization
  const coop = await prisma.coop.findUnique({ where: { id: orgId } });
  // ruleid: excessive-data-exposure
  return coop;
}

// ok: missing-auth, missing-input-validation
export async function renameCoop(coopId: string, name: string) {
  const { orgId } = await requireOrgSession();
  z.object({ coopId: z.string().cuid(), name: z.string().min(2).max(80) }).parse({ coopId, name });
  // ruleid: missing-authorization
  await prisma.coop.update({ where: { id: coopId }, data: { name } });
  return { ok: true, orgId };
}

// ok: missing-auth, missing-input-validation
export async function renameMyCoop(coopId: string, name: string) {
  const { orgId } = await requireOrgSession();
  z.object({ coopId: z.string().cuid(), name: z.string().min(2).max(80) }).parse({ coopId, name });
  if (coopId !== orgId || !(await isOrgAdmin(orgId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.coop.update({ where: { id: coopId }, data: { name } });
  return { ok: true };
}
