"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { withOrg } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

const OrgSettings = z.object({ name: z.string().min(2).max(80), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) });

// ok: missing-auth, missing-input-validation
export const updateOrgSettings = withOrg(async (formData, { orgId, role }) => {
  if (role !== "owner") throw new Error("Owners only");
  const data = OrgSettings.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.organization.update({ where: { id: orgId }, data });
});

// ok: missing-auth, missing-input-validation
export const changePlan = withOrg(async (formData, { orgId, role }) => {
  if (role !== "owner") throw new Error("Owners only");
  const plan = z.enum(["trial", "pro", "enterprise"]).parse(formData.get("plan"));
  // why: plan (billing tier) taken from the form and written directly; upgrades skip Stripe checkout
  // todoruleid: mass-assignment -- (gap judge: ambiguous) plan from the form behind an owner check: rule 4's wording reports it, the pass-20 role-gated policy exempts it
  await prisma.organization.update({ where: { id: orgId }, data: { plan } });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotateWebhookSecret = withOrg(async (_formData, { orgId, userId, role }) => {
  if (role !== "owner" && role !== "admin") throw new Error("Forbidden");
  const secret = crypto.randomUUID().replace(/-/g, "");
  await prisma.organization.update({ where: { id: orgId }, data: { webhookSecret: secret } });
  await auditLog({ orgId, actorId: userId, action: "org.webhook_secret_rotated" });
  return { secret };
});

// ok: missing-auth, missing-input-validation
export const switchOrg = withOrg(async (formData) => {
  const next = formData.get("next");
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) redirect("/dashboard");
  redirect(next);
});
