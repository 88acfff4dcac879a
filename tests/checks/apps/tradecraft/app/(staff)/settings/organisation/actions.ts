"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { organisations } from "@/lib/db/schema";
import { getOrgContext } from "@/lib/auth/session";
import { assertRole } from "@/lib/auth/permissions";
import { auditLog } from "@/lib/audit";

const OrgSettings = z.object({ name: z.string().min(2).max(200), ukprn: z.string().regex(/^\d{8}$/) });

// ok: missing-auth, missing-input-validation
export async function updateOrganisation(_prev: unknown, formData: FormData) {
  const ctx = await getOrgContext();
  assertRole(ctx, "owner");
  const data = OrgSettings.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await db.update(organisations).set(data).where(eq(organisations.id, ctx.orgId));
  return { ok: true };
}

const Upgrade = z.object({ name: z.string().min(2), plan: z.enum(["starter", "growth", "enterprise"]) });

// ok: missing-auth, missing-input-validation
export async function renameAndChangePlan(_prev: unknown, formData: FormData) {
  const ctx = await getOrgContext();
  assertRole(ctx, "owner");
  const data = Upgrade.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.update(organisations).set(data).where(eq(organisations.id, ctx.orgId));
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: "org.updated" });
  return { ok: true };
}

// ok: missing-auth
export async function getOrganisation() {
  const ctx = await getOrgContext();
  const [org] = await db.select({ name: organisations.name, ukprn: organisations.ukprn, plan: organisations.plan }).from(organisations).where(eq(organisations.id, ctx.orgId));
  // ok: excessive-data-exposure
  return org;
}
