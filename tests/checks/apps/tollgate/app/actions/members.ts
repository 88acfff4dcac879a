"use server";

import { z } from "zod";
import { clerkClient } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, brokerProfiles } from "@/lib/db";
import { getTenant, requireBroker } from "@/lib/tenant";
import { checkRole } from "@/lib/guards";
import { logEvent } from "@/lib/audit";
import { limit } from "@/lib/ratelimit";

const roleSchema = z.enum(["org:broker", "org:clerk", "org:viewer"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function changeMemberRole(userId: string, role: string) {
  const tenant = await requireBroker();
  const input = z.object({ userId: z.string().startsWith("user_"), role: roleSchema }).parse({ userId, role });
  const clerk = await clerkClient();
  // ok: missing-authorization
  await clerk.organizations.updateOrganizationMembership({ organizationId: tenant.orgId, userId: input.userId, role: input.role });
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "member.role_changed", target: input.userId, meta: { role: input.role } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function removeMember(userId: string) {
  const tenant = await getTenant();
  const target = z.string().startsWith("user_").parse(userId);
  checkRole(tenant.role, ["org:broker", "org:admin"]);
  const clerk = await clerkClient();
  await clerk.organizations.deleteOrganizationMembership({ organizationId: tenant.orgId, userId: target });
  // ruleid: missing-authorization
  await db.delete(brokerProfiles).where(eq(brokerProfiles.userId, target));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function inviteMember(email: string, role: string) {
  const tenant = await requireBroker();
  const input = z.object({ email: z.string().email(), role: roleSchema }).parse({ email, role });
  await limit(`invite:${tenant.orgId}`, 20, 3600);
  const clerk = await clerkClient();
  await clerk.organizations.createOrganizationInvitation({ organizationId: tenant.orgId, emailAddress: input.email, role: input.role, inviterUserId: tenant.userId });
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "member.invited", meta: { email: input.email } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendInvite(invitationId: string) {
  const tenant = await requireBroker();
  const id = z.string().startsWith("orginv_").parse(invitationId);
  const clerk = await clerkClient();
  const inv = await clerk.organizations.getOrganizationInvitation({ organizationId: tenant.orgId, invitationId: id });
  await clerk.organizations.revokeOrganizationInvitation({ organizationId: tenant.orgId, invitationId: id, requestingUserId: tenant.userId });
  await clerk.organizations.createOrganizationInvitation({ organizationId: tenant.orgId, emailAddress: inv.emailAddress, role: inv.role, inviterUserId: tenant.userId });
  return { ok: true };
}

const profileSchema = z.object({
  licenseNumber: z.string().min(4).max(30),
  phone: z.string().max(30).optional(),
  isOps: z.boolean().optional(),
});

// ok: missing-auth, missing-input-validation
export async function saveBrokerProfile(raw: unknown) {
  const tenant = await requireBroker();
  const data = profileSchema.parse(raw);
  // ruleid: mass-assignment -- (fixed in pass 42, cause D) a role in one importer (`requireBroker`, a Clerk org role) does not pay for a platform-staff flag (`isOps`) on the broker's own profile
  await db.insert(brokerProfiles).values({ ...data, userId: tenant.userId, importerId: tenant.orgId }).onConflictDoUpdate({ target: brokerProfiles.userId, set: data });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getBrokerProfile() {
  const tenant = await getTenant();
  const profile = await db.query.brokerProfiles.findFirst({ where: eq(brokerProfiles.userId, tenant.userId), columns: { licenseNumber: true, phone: true } });
  // ok: excessive-data-exposure
  return profile ?? null;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateBrokerPhone(userId: string, phone: string) {
  const tenant = await getTenant();
  // ruleid: missing-authorization
  await db.update(brokerProfiles).set({ phone }).where(eq(brokerProfiles.userId, userId));
  return { ok: true, by: tenant.userId };
}
