"use server";

import { z } from "zod";
import { requireStaff } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

const PlanSchema = z.object({ orgId: z.string().cuid(), plan: z.enum(["trial", "pro", "enterprise", "suspended"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setOrgPlan(input: z.infer<typeof PlanSchema>) {
  const staff = await requireStaff();
  const { orgId, plan } = PlanSchema.parse(input);
  // ok: missing-authorization
  await prisma.organization.update({ where: { id: orgId }, data: { plan } });
  await auditLog({ orgId, actorId: staff.id, action: "admin.plan_changed", meta: { plan } });
}

// why: staff action that deletes a whole tenant with no audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function deleteOrg(orgId: string) {
  await requireStaff();
  const id = z.string().cuid().parse(orgId);
  // ok: missing-authorization
  await prisma.organization.delete({ where: { id } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateOrgAdmin(orgId: string, patch: unknown) {
  const staff = await requireStaff();
  const id = z.string().cuid().parse(orgId);
  const data = z.object({ name: z.string().max(80), slug: z.string().max(60) }).passthrough().parse(patch);
  // why: .passthrough() keeps unknown keys, so plan / stripeAccount / webhookSecret are written from the client object
  // ruleid: mass-assignment
  await prisma.organization.update({ where: { id }, data });
  await auditLog({ orgId: id, actorId: staff.id, action: "admin.org_updated" });
}

// why: internal helper exported from a "use server" module: callable by anyone, lists every org's webhook secret
// ruleid: missing-auth
export async function allOrgWebhookSecrets() {
  const orgs = await prisma.organization.findMany({ select: { id: true, webhookSecret: true } });
  return orgs;
}
