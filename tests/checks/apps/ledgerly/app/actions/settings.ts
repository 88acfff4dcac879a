"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { withAdmin, withUser } from "@/lib/safe-action";
import { hasRole, isOrgAdmin } from "@/lib/authz";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/dal";
import { stripe } from "@/lib/integrations";
import { logger } from "@/lib/logger";

const workspaceSchema = z.object({
  name: z.string().trim().min(1).max(120),
  plan: z.enum(["free", "team", "business"]),
  default_currency: z.enum(["USD", "EUR", "GBP", "CAD"]),
});

// The plan picker on /settings/workspace posts together with the name and currency.
// ok: missing-input-validation, missing-audit-log
export const updateWorkspaceSettings = withUser(async (user, raw: unknown) => {
  // ok: floating-auth-check
  if (!hasRole(user, "owner", "admin")) throw new Error("Only admins can change workspace settings.");
  const input = workspaceSchema.parse(raw);
  // ruleid: mass-assignment
  await db.updateTable("orgs").set(input).where("id", "=", user.orgId).execute();
  await recordAudit({ action: "org.settings_updated", actorId: user.id, orgId: user.orgId, metadata: { fields: Object.keys(input) } });
  revalidatePath("/settings/workspace");
  return { ok: true };
});

const brandingSchema = z.object({
  name: z.string().trim().min(1).max(120),
  invoice_prefix: z.string().regex(/^[A-Z]{2,5}$/),
  default_currency: z.enum(["USD", "EUR", "GBP", "CAD"]),
});

// ok: missing-input-validation, missing-audit-log
export const updateBranding = withAdmin("org.branding_updated", async (admin, raw: unknown) => {
  const values = brandingSchema.parse(raw);
  // ok: mass-assignment
  await db.updateTable("orgs").set(values).where("id", "=", admin.orgId).execute();
  revalidatePath("/settings/workspace");
  return { ok: true };
});

export const getWorkspace = withUser(async (user) => {
  // ok: excessive-data-exposure
  const org = await db.selectFrom("orgs").select(["id", "name", "plan", "invoice_prefix", "default_currency"]).where("id", "=", user.orgId).executeTakeFirstOrThrow();
  return org;
});

export const getBillingDetails = withUser(async (user) => {
  // ruleid: excessive-data-exposure
  return db.selectFrom("orgs").selectAll().where("id", "=", user.orgId).executeTakeFirstOrThrow();
});

export const openBillingPortal = withUser(async (user) => {
  const org = await db.selectFrom("orgs").select(["stripe_customer_id"]).where("id", "=", user.orgId).executeTakeFirstOrThrow();
  if (!org.stripe_customer_id) return { error: "This workspace has no billing account yet." };
  try {
    const portal = await stripe.billingPortal.sessions.create({ customer: org.stripe_customer_id, return_url: `${process.env.APP_URL}/settings/billing` });
    return { url: portal.url };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Stripe error: ${(err as Error).message}` };
  }
});

export const cancelSubscription = withUser(async (user) => {
  // ok: floating-auth-check
  if (!hasRole(user, "owner")) return { error: "Only the owner can cancel the subscription." };
  const org = await db.selectFrom("orgs").select(["stripe_customer_id"]).where("id", "=", user.orgId).executeTakeFirstOrThrow();
  try {
    const subs = await stripe.subscriptions.list({ customer: org.stripe_customer_id ?? "", status: "active", limit: 1 });
    if (subs.data[0]) await stripe.subscriptions.update(subs.data[0].id, { cancel_at_period_end: true });
    await recordAudit({ action: "billing.subscription_cancelled", actorId: user.id, orgId: user.orgId });
    return { ok: true };
  } catch (err) {
    logger.error({ err, orgId: user.orgId }, "subscription cancel failed");
    // ok: information-disclosure
    return { error: "We couldn't reach the billing provider. Nothing was changed; try again shortly." };
  }
});

export async function exportWorkspaceData() {
  const user = await requireUser();
  // ruleid: floating-auth-check
  if (!isOrgAdmin(user.id, user.orgId)) throw new Error("Only admins can export workspace data.");
  const clients = await db.selectFrom("clients").select(["name", "email", "address", "tax_id"]).where("org_id", "=", user.orgId).execute();
  const invoices = await db.selectFrom("invoices").select(["number", "status", "total_cents", "currency", "due_date"]).where("org_id", "=", user.orgId).execute();
  await recordAudit({ action: "org.exported", actorId: user.id, orgId: user.orgId });
  return { clients, invoices, exportedAt: new Date().toISOString() };
}
