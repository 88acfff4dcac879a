"use server";

// Agency partner portal (portal.inkwell.app) still signs in with Clerk.
import { auth, currentUser } from "@clerk/nextjs/server";
import * as v from "valibot";
import { prisma } from "~/lib/prisma";
import { auditLog } from "~/lib/audit";

const ProjectName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

// ok: missing-auth
// ok: missing-input-validation
export async function createClientProject(formData: FormData) {
  const { userId, orgId } = await auth.protect();
  const name = v.parse(ProjectName, formData.get("name"));
  if (!orgId) throw new Error("Select an organization first");
  // ok: mass-assignment -- org and creator from the session
  await prisma.portalProject.create({ data: { name, orgId, createdBy: userId } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function renameClientProject(projectId: string, name: string) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  // ok: missing-authorization -- constrained by the caller's organization
  await prisma.portalProject.updateMany({ where: { id: projectId, orgId }, data: { name } });
}

// ruleid: missing-auth -- auth() result never checked
// ruleid: missing-input-validation
export async function archiveClientProject(projectId: string) {
  const { orgId } = await auth();
  await prisma.portalProject.updateMany({ where: { id: projectId, orgId: orgId ?? undefined }, data: { archived: true } });
}

// ruleid: missing-auth -- auth.protect() is never awaited
// ruleid: missing-input-validation
export async function deleteClientProject(projectId: string) {
  // ruleid: floating-auth-check
  auth.protect({ role: "org:admin" });
  await prisma.portalProject.delete({ where: { id: projectId } });
}

// ok: missing-auth
export async function getMyPortalProfile() {
  const user = await currentUser();
  if (!user) return null;
  const profile = await prisma.portalMember.findUnique({ where: { clerkUserId: user.id } });
  // ruleid: excessive-data-exposure -- payout IBAN and webhook secret included
  return profile;
}

// ok: missing-auth
// ok: missing-input-validation
// ok: missing-audit-log
export async function removePortalMember(memberId: string) {
  const { userId, orgId, orgRole } = await auth.protect();
  if (orgRole !== "org:admin") throw new Error("Forbidden");
  const id = v.parse(v.pipe(v.string(), v.cuid2()), memberId);
  // ok: missing-authorization -- admin role checked, scoped to the org
  await prisma.portalMember.deleteMany({ where: { id, orgId: orgId! } });
  await auditLog({ actorId: userId, action: "portal.member_removed", target: id });
}

// ok: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export async function changePortalMemberRole(memberId: string, role: string) {
  const { orgId, orgRole } = await auth.protect();
  if (orgRole !== "org:admin") throw new Error("Forbidden");
  // ruleid: mass-assignment
  // ok: missing-authorization -- org admin role checked, scoped to the org
  await prisma.portalMember.updateMany({ where: { id: memberId, orgId: orgId! }, data: { role } });
}

// ok: missing-auth
// ok: missing-input-validation
export async function updatePayoutDetails(formData: FormData) {
  const { userId } = await auth.protect();
  const iban = v.parse(v.pipe(v.string(), v.regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/)), formData.get("iban"));
  try {
    await prisma.portalMember.update({ where: { clerkUserId: userId }, data: { payoutIban: iban } });
  } catch (error) {
    // ruleid: information-disclosure
    return { ok: false, error: String(error) };
  }
  return { ok: true };
}
