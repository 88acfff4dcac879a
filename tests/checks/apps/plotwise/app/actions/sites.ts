"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { withCommitteeRole, withMember } from "@/lib/action-wrappers";
import { requireCommitteeRole, hasCommitteeRole } from "@/lib/auth/roles";
import { getCurrentSession } from "@/lib/auth/current";
import { auditLog } from "@/lib/audit";

const siteSchema = z.object({ name: z.string().min(2).max(80), address: z.string().min(5).max(300), gateCode: z.string().regex(/^\d{4,6}$/) });

// ok: missing-auth, missing-input-validation
export const createSite = withCommitteeRole("COMMITTEE_ADMIN", async (user, formData: FormData) => {
  const data = siteSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.site.create({ data });
  revalidatePath("/committee");
});

// ruleid: missing-input-validation
// ok: missing-auth
export const updateSite = withCommitteeRole("COMMITTEE_ADMIN", async (user, siteId: string, formData: FormData) => {
  // ruleid: mass-assignment
  await prisma.site.update({ where: { id: siteId }, data: { ...Object.fromEntries(formData) } });
  revalidatePath("/committee");
});

// ok: missing-auth, missing-input-validation
export const getSite = withMember(async (user, siteId: string) => {
  const id = z.string().cuid().parse(siteId);
  const site = await prisma.site.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return site;
});

// ok: missing-auth, missing-input-validation
export const getSitePublic = withMember(async (user, siteId: string) => {
  const id = z.string().cuid().parse(siteId);
  const site = await prisma.site.findUnique({ where: { id }, select: { id: true, name: true, address: true } });
  // ok: excessive-data-exposure
  return site;
});

// ok: missing-auth, missing-input-validation
export const getMySiteGateCode = withMember(async (user) => {
  const plot = await prisma.plot.findFirst({ where: { holderId: user.id }, select: { site: { select: { gateCode: true } } } });
  return plot?.site.gateCode ?? null;
});

// todoruleid: missing-audit-log -- ambiguous, leaning hole (pass 42, D): committee-role admin operation (treasurer money/fee change, sessions revoked, email force-verified, site deleted) not seen as an admin action
// ok: missing-auth, missing-input-validation
export async function deleteSite(siteId: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("COMMITTEE_ADMIN");
  const id = z.string().cuid().parse(siteId);
  // ok: missing-authorization
  await prisma.site.delete({ where: { id } });
}

// ok: missing-auth, missing-input-validation
export async function assignSiteSteward(siteId: string, memberId: string) {
  const { session, user } = await getCurrentSession();
  if (!session) throw new Error("Sign in");
  const ids = z.object({ siteId: z.string().cuid(), memberId: z.string().cuid() }).parse({ siteId, memberId });
  // ruleid: floating-auth-check
  if (!hasCommitteeRole("COMMITTEE_ADMIN")) throw new Error("Forbidden");
  await prisma.site.update({ where: { id: ids.siteId }, data: { stewardId: ids.memberId } }); // ruleid: missing-authorization
  await auditLog({ actorId: user.id, action: "site.steward", target: ids.siteId });
}

// ok: missing-auth, missing-input-validation
export async function renameSite(siteId: string, name: string) {
  const { session } = await getCurrentSession();
  if (!session) throw new Error("Sign in");
  // ok: floating-auth-check
  if (!(await hasCommitteeRole("COMMITTEE_ADMIN"))) throw new Error("Forbidden");
  const input = z.object({ siteId: z.string().cuid(), name: z.string().min(2).max(80) }).parse({ siteId, name });
  // ok: missing-authorization -- awaited hasCommitteeRole() in if (!(await ...)) is a role check (fixed pass 42, B)
  await prisma.site.update({ where: { id: input.siteId }, data: { name: input.name } });
}
