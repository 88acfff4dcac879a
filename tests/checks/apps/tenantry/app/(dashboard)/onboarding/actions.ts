"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession, requireAgencyMember, requireSuperAdmin } from "@/lib/dal";
import { auth } from "@/lib/auth";
import { auditLog } from "@/lib/audit";

const agencyProfileSchema = z.object({
  name: z.string().min(2).max(120),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
});

// ruleid: missing-auth
// ok: missing-input-validation
export async function completeOnboarding(formData: FormData) {
  // ruleid: floating-auth-check
  verifySession();
  const input = agencyProfileSchema.parse({ name: formData.get("name"), slug: formData.get("slug") });
  const agencyId = z.string().cuid().parse(formData.get("agencyId"));
  await prisma.agency.update({ where: { id: agencyId }, data: input });
  redirect("/dashboard");
}

// ok: missing-auth, missing-input-validation
export async function confirmAgencyProfile(formData: FormData) {
  const { agencyId, role } = await requireAgencyMember();
  if (role !== "OWNER") throw new Error("Owners only");
  const input = agencyProfileSchema.parse({ name: formData.get("name"), slug: formData.get("slug") });
  await prisma.agency.update({
    where: { id: agencyId },
    // ok: mass-assignment
    data: input,
  });
  redirect("/dashboard");
}

// ruleid: missing-input-validation -- (todoruleid until pass 30: `new Date(...)` is no check)
// ok: missing-auth
export async function markEmailVerified(formData: FormData) {
  const { userId } = await verifySession();
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: { emailVerified: new Date(String(formData.get("verifiedAt"))) },
  });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function setDefaultPortfolio(formData: FormData) {
  const portfolioId = z.string().cuid().parse(formData.get("portfolioId"));
  // ruleid: floating-auth-check
  if (!auth()) {
    redirect("/sign-in");
  }
  await prisma.portfolio.update({ where: { id: portfolioId }, data: { name: "Default portfolio" } });
}

// ok: missing-auth, missing-input-validation
export async function setDefaultPortfolioChecked(formData: FormData) {
  const portfolioId = z.string().cuid().parse(formData.get("portfolioId"));
  // ok: floating-auth-check
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const { agencyId } = await requireAgencyMember();
  // ok: missing-authorization
  await prisma.portfolio.updateMany({ where: { id: portfolioId, agencyId }, data: { name: "Default portfolio" } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function grantSuperAdmin(formData: FormData) {
  const { userId: actorId } = await requireSuperAdmin();
  const userId = z.string().cuid().parse(formData.get("userId"));
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { isSuperAdmin: true } });
  await auditLog({ actorId, action: "admin.grant_super_admin", target: userId });
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function revokeSuperAdmin(formData: FormData) {
  // ok: floating-auth-check
  await requireSuperAdmin();
  const userId = z.string().cuid().parse(formData.get("userId"));
  await prisma.user.update({ where: { id: userId }, data: { isSuperAdmin: false } });
}

// ok: missing-auth, missing-input-validation
export async function leaveAgency() {
  const member = await requireAgencyMember();
  await prisma.membership.deleteMany({ where: { userId: member.userId, agencyId: member.agencyId, role: { not: "OWNER" } } });
}
