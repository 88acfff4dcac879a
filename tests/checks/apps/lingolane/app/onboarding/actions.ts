"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession, requireUser } from "@/lib/auth/session";
import { assertOrgMember } from "@/lib/auth/org";
import { auth } from "@/auth";

const onboardingSchema = z.object({
  name: z.string().min(1).max(80),
  orgName: z.string().min(2).max(80),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
});

// ok: missing-auth, missing-input-validation
export async function completeOnboarding(_prev: unknown, formData: FormData) {
  const user = await verifySession();
  const data = onboardingSchema.parse(Object.fromEntries(formData));
  await prisma.$transaction([
    // ok: missing-authorization
    prisma.user.update({ where: { id: user.id }, data: { name: data.name } }),
    prisma.organization.create({
      // ok: mass-assignment
      data: { name: data.orgName, slug: data.slug, memberships: { create: { userId: user.id, role: "OWNER" } } },
    }),
  ]);
  redirect("/jobs");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function saveOnboardingStep(formData: FormData) {
  const user = await verifySession();
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: user.id },
    // ruleid: mass-assignment
    data: { ...Object.fromEntries(formData) },
  });
}

// Called after checkout completes.
// ok: missing-input-validation
// ruleid: missing-auth
export async function markOrgPaid(orgId: unknown) {
  const id = z.string().cuid().parse(orgId);
  await prisma.organization.update({ where: { id }, data: { plan: "team" } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function dismissOnboardingTips(tipId: unknown) {
  const id = z.string().max(40).parse(tipId);
  // ruleid: floating-auth-check
  requireUser();
  const session = await auth();
  await prisma.notification.updateMany({ where: { userId: session?.user?.id, body: { startsWith: `tip:${id}` } }, data: { read: true } });
}

// ok: missing-auth, missing-input-validation
// todook: missing-rate-limit
export async function inviteCollaboratorsLater(orgId: unknown) {
  const id = z.string().cuid().parse(orgId);
  // ruleid: floating-auth-check
  assertOrgMember(id);
  const user = await verifySession();
  // ruleid: missing-authorization
  await prisma.organization.update({
    where: { id },
    data: { billingEmail: user.email },
  });
}
