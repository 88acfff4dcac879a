"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getActiveOrg } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";
import { orgActionClient } from "@/lib/safe-action";

const orgSettingsSchema = z.object({ name: z.string().min(2).max(120) });

// ok: missing-auth, missing-input-validation
export async function updateOrgName(formData: FormData) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "OWNER")) return { error: "Owner only" };
  const input = orgSettingsSchema.parse({ name: formData.get("name") });
  // ok: mass-assignment, missing-authorization
  await prisma.organization.update({ where: { id: org.orgId }, data: input });
  return { ok: true };
}

/** Org profile form: plan is read-only in the UI, but the whole form goes to the DB. */
export const updateOrgProfile = orgActionClient
  .metadata({ actionName: "org.profile" })
  .inputSchema(z.object({ name: z.string().min(2).max(120), plan: z.string().optional() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    if (!hasRole(ctx.role, "OWNER")) throw new Error("Owner only");
    await prisma.organization.update({
      // ok: missing-authorization
      where: { id: ctx.orgId },
      // ruleid: mass-assignment
      data: parsedInput,
    });
    return { ok: true };
  });

const marinaSchema = z.object({ marinaId: z.string().cuid(), name: z.string().min(2).max(120), isPublic: z.boolean() });

// ok: missing-auth, missing-input-validation
export async function updateMarinaListing(raw: unknown) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "HARBOUR_MASTER")) return { error: "Harbour master only" };
  const { marinaId, ...fields } = marinaSchema.parse(raw);
  await prisma.marina.updateMany({
    // ok: missing-authorization
    where: { id: marinaId, orgId: org.orgId },
    // ok: mass-assignment
    data: fields,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateGateSecret(marinaId: string) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "OWNER")) return { error: "Owner only" };
  const id = z.string().cuid().parse(marinaId);
  const gateSecret = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("hex");
  // ok: missing-authorization
  const { count } = await prisma.marina.updateMany({ where: { id, orgId: org.orgId }, data: { gateSecret } });
  await auditLog({ orgId: org.orgId, actorId: org.userId, action: "marina.gateSecret.rotate", target: id });
  return { rotated: count === 1 };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function transferOrgOwnership(membershipId: string) {
  const org = await getActiveOrg();
  if (org.role !== "OWNER") return { error: "Owner only" };
  const id = z.string().cuid().parse(membershipId);
  await prisma.$transaction([
    // ok: missing-authorization, mass-assignment
    prisma.membership.updateMany({ where: { id, orgId: org.orgId }, data: { role: "OWNER" } }),
    prisma.membership.updateMany({ where: { userId: org.userId, orgId: org.orgId }, data: { role: "HARBOUR_MASTER" } }),
  ]);
  return { ok: true };
}
