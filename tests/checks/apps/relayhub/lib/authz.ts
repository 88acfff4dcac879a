import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { ForbiddenError } from "@/lib/errors";
import type { StaffRole } from "@prisma/client";

const Cuid = z.string().cuid();

export const FINANCE_ROLES: StaffRole[] = ["owner", "executive_director", "finance_officer"];
export const FUNDRAISING_ROLES: StaffRole[] = ["owner", "executive_director", "fundraising_manager"];
export const ORGANIZER_ROLES: StaffRole[] = ["owner", "executive_director", "volunteer_coordinator"];
export const ADMIN_ROLES: StaffRole[] = ["owner", "executive_director"];
export const DATA_ROLES: StaffRole[] = ["owner", "data_protection_officer"];

export type CharityCtx = { userId: string; charityId: string; role: StaffRole };

/** Throws unless the signed-in user holds one of `roles` in the charity. */
export async function requireCharityRole(charityId: unknown, roles: StaffRole[]): Promise<CharityCtx> {
  const { userId } = await verifySession();
  const id = Cuid.parse(charityId);
  const m = await prisma.membership.findFirst({
    where: { charityId: id, userId, status: "active" },
    select: { role: true },
  });
  if (!m || !roles.includes(m.role)) throw new ForbiddenError();
  return { userId, charityId: id, role: m.role };
}

/** Returns a boolean; callers must await and check it. */
export async function isCharityMember(charityId: unknown, userId: string): Promise<boolean> {
  const id = Cuid.safeParse(charityId);
  if (!id.success) return false;
  const m = await prisma.membership.findFirst({ where: { charityId: id.data, userId, status: "active" }, select: { id: true } });
  return Boolean(m);
}

export async function canManageCampaign(userId: string, campaignId: unknown): Promise<boolean> {
  const id = Cuid.safeParse(campaignId);
  if (!id.success) return false;
  const campaign = await prisma.campaign.findUnique({ where: { id: id.data }, select: { charityId: true } });
  if (!campaign) return false;
  const m = await prisma.membership.findFirst({
    where: { charityId: campaign.charityId, userId, role: { in: FUNDRAISING_ROLES } },
    select: { id: true },
  });
  return Boolean(m);
}

export async function isCaseworkerFor(userId: string, caseId: unknown): Promise<boolean> {
  const id = Cuid.safeParse(caseId);
  if (!id.success) return false;
  const c = await prisma.beneficiaryCase.findFirst({ where: { id: id.data, caseworkerId: userId }, select: { id: true } });
  return c !== null;
}

export async function ownsDonorRecord(userId: string, donorId: unknown): Promise<boolean> {
  const id = Cuid.safeParse(donorId);
  if (!id.success) return false;
  const d = await prisma.donor.findFirst({ where: { id: id.data, userId }, select: { id: true } });
  return d !== null;
}

/** Throws; async. */
export async function assertFinanceApprover(charityId: unknown) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  return ctx;
}
