"use server";

import { z } from "zod";
import { auth, currentUser } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

async function partnerForOrg(orgId: string) {
  return prisma.partner.findUnique({ where: { clerkOrgId: orgId }, select: { id: true, name: true, matchRatio: true, matchCapPence: true } });
}

// ok: missing-auth, missing-input-validation
export async function requestMatch(donationRef: string, employeeRef: string) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) redirect("/partner/sign-in");
  const input = z.object({ donationRef: z.string().min(3).max(80), employeeRef: z.string().min(1).max(40) }).parse({ donationRef, employeeRef });
  const partner = await partnerForOrg(orgId);
  if (!partner) return { error: "Partner not set up" };
  const donation = await prisma.donation.findUnique({ where: { providerRef: input.donationRef }, select: { id: true } });
  if (!donation) return { error: "We couldn't match that donation reference." };
  // ok: mass-assignment
  await prisma.matchRequest.create({ data: { partnerId: partner.id, donationId: donation.id, employeeRef: input.employeeRef, status: "pending" } });
  return { ok: true };
}

const Policy = z.object({ matchRatio: z.coerce.number().min(0).max(3), matchCapPence: z.coerce.number().int().min(0).max(10_000_000) });

// ok: missing-auth, missing-input-validation
export async function updateMatchPolicy(_prev: unknown, formData: FormData) {
  const { orgId, has } = await auth.protect();
  if (!has({ role: "org:admin" })) return { error: "Only partner admins can change the policy." };
  const policy = Policy.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.partner.update({ where: { clerkOrgId: orgId! }, data: policy });
  logger.info("partner.policy_updated", { orgId, ...policy });
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function approveMatchRequest(matchId: string) {
  const { userId, orgId } = await auth();
  const id = z.string().cuid().parse(matchId);
  await prisma.matchRequest.updateMany({ where: { id, partner: { clerkOrgId: orgId ?? undefined } }, data: { status: "approved" } });
  logger.info("partner.match_approved", { userId, id });
  return { ok: true };
}

// ok: missing-auth
export async function getPartnerAccount() {
  const user = await currentUser();
  if (!user) redirect("/partner/sign-in");
  const orgId = user.publicMetadata.partnerOrgId as string;
  const partner = await prisma.partner.findUnique({ where: { clerkOrgId: orgId } });
  // ruleid: excessive-data-exposure
  return partner;
}
