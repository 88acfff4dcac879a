"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { withMarina, withHarbourMaster } from "@/lib/with-marina";
import { db, organization } from "@/lib/db";
import { stripe } from "@/lib/stripe";

const marinaSettings = z.object({ name: z.string().min(2).max(80), logo: z.string().url().optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updateMarinaSettings = withHarbourMaster("marina.settings", async (ctx, input: unknown) => {
  const data = marinaSettings.parse(input);
  // ok: mass-assignment, missing-authorization
  await db.update(organization).set(data).where(eq(organization.id, ctx.orgId));
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateMarinaRaw = withMarina(async (ctx, input: Record<string, string>) => {
  if (ctx.role !== "harbour-master") throw new Error("Forbidden");
  // ruleid: mass-assignment
  await db.update(organization).set(input).where(eq(organization.id, ctx.orgId));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const connectStripe = withMarina(async (ctx, input: { returnTo: string }) => {
  const { returnTo } = z.object({ returnTo: z.enum(["/dashboard/settings", "/dashboard/billing"]) }).parse(input);
  const account = await stripe.accounts.create({ type: "express", metadata: { orgId: ctx.orgId } });
  // ok: missing-authorization
  await db.update(organization).set({ stripeAccountId: account.id }).where(eq(organization.id, ctx.orgId));
  const link = await stripe.accountLinks.create({ account: account.id, type: "account_onboarding", return_url: `${process.env.APP_URL}${returnTo}`, refresh_url: `${process.env.APP_URL}${returnTo}` });
  return { url: link.url };
});

// ok: missing-auth, missing-input-validation, missing-authorization
export const marinaProfile = withMarina(async (ctx) => {
  const org = await db.query.organization.findFirst({ where: eq(organization.id, ctx.orgId) });
  // ruleid: excessive-data-exposure
  return org;
});
