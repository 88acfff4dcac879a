"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { sponsorActionClient } from "@/lib/safe-action";
import { requireRole, getStaffOrNull } from "@/lib/auth/guards";
import { withSponsor } from "@/lib/with-sponsor";

// ok: missing-auth, missing-input-validation
export const openBillingPortal = sponsorActionClient
  .metadata({ actionName: "billing.portal" })
  .schema(z.object({}))
  .action(async ({ ctx }) => {
    const sponsor = await prisma.sponsor.findUnique({ where: { id: ctx.sponsorId }, select: { stripeCustomerId: true } });
    if (!sponsor?.stripeCustomerId) return { error: "No billing account" };
    const portal = await stripe.billingPortal.sessions.create({ customer: sponsor.stripeCustomerId, return_url: "https://cohortly.health/console/billing" });
    return { url: portal.url };
  });

// ok: missing-auth, missing-input-validation
export const fundStipendPool = withSponsor(async (ctx, input: { amountCents: number }) => {
  const { amountCents } = z.object({ amountCents: z.number().int().min(10_000).max(10_000_000) }).parse(input);
  const sponsor = await prisma.sponsor.findUnique({ where: { id: ctx.sponsorId }, select: { stripeCustomerId: true } });
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    customer: sponsor?.stripeCustomerId ?? undefined,
    line_items: [{ price_data: { currency: "usd", unit_amount: amountCents, product_data: { name: "Stipend pool top-up" } }, quantity: 1 }],
    success_url: "https://cohortly.health/console/billing?ok=1",
    cancel_url: "https://cohortly.health/console/billing",
    metadata: { sponsorId: ctx.sponsorId },
  });
  redirect(checkout.url!);
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function changeBillingEmail(formData: FormData) {
  const ctx = await requireRole("STUDY_MANAGER");
  const billingEmail = formData.get("billingEmail") as string;
  // ok: missing-authorization
  await prisma.sponsor.update({ where: { id: ctx.sponsorId ?? "" }, data: { billingEmail } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function invoiceHistory() {
  const staff = await getStaffOrNull();
  if (!staff?.sponsorId) return [];
  const sponsor = await prisma.sponsor.findUnique({ where: { id: staff.sponsorId }, select: { stripeCustomerId: true } });
  if (!sponsor?.stripeCustomerId) return [];
  const invoices = await stripe.invoices.list({ customer: sponsor.stripeCustomerId, limit: 24 });
  // ok: excessive-data-exposure
  return invoices.data.map((i) => ({ id: i.id, total: i.total, status: i.status, created: i.created }));
}
