"use server";

import { z } from "zod";
import Stripe from "stripe";
import { auth } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const PRICE_IDS = { starter: process.env.PRICE_STARTER!, growth: process.env.PRICE_GROWTH!, agency: process.env.PRICE_AGENCY! } as const;

// ok: missing-auth, missing-input-validation
export async function startCheckout(formData: FormData) {
  const { userId, orgId } = await auth.protect();
  const plan = z.enum(["starter", "growth", "agency"]).parse(formData.get("plan"));
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: orgId! }, select: { stripeCustomerId: true } });
  const checkout = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: agency.stripeCustomerId ?? undefined,
    line_items: [{ price: PRICE_IDS[plan], quantity: 1 }],
    metadata: { agencyId: orgId!, plan, userId },
    success_url: "https://tenantry.app/billing?ok=1",
    cancel_url: "https://tenantry.app/billing",
  });
  redirect(checkout.url!);
}

// ok: missing-auth, missing-input-validation
export async function switchPlan(formData: FormData) {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) redirect("/sign-in");
  if (orgRole !== "org:admin") throw new Error("Admins only");
  const plan = z.enum(["starter", "growth", "agency"]).parse(formData.get("plan"));
  await prisma.agency.update({
    where: { id: orgId },
    // ruleid: mass-assignment
    data: { plan },
  });
}

// ok: missing-auth, missing-input-validation
export async function getInvoices() {
  const { orgId } = await auth.protect();
  try {
    const agency = await prisma.agency.findUniqueOrThrow({ where: { id: orgId! }, select: { stripeCustomerId: true } });
    const invoices = await stripe.invoices.list({ customer: agency.stripeCustomerId!, limit: 24 });
    // ok: excessive-data-exposure
    return { invoices: invoices.data.map((i) => ({ id: i.id, total: i.total, status: i.status, pdf: i.invoice_pdf })) };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err };
  }
}

// ok: missing-auth, missing-input-validation
export async function openBillingPortal() {
  const { orgId } = await auth.protect();
  let url: string;
  try {
    const agency = await prisma.agency.findUniqueOrThrow({ where: { id: orgId! }, select: { stripeCustomerId: true } });
    const portal = await stripe.billingPortal.sessions.create({ customer: agency.stripeCustomerId!, return_url: "https://tenantry.app/billing" });
    url = portal.url;
  } catch (err) {
    logger.error({ err }, "billing portal failed");
    // ok: information-disclosure
    return { error: "Billing is temporarily unavailable" };
  }
  redirect(url);
}

// ruleid: missing-input-validation -- (todoruleid until pass 30: a `Number()` coercion is no check)
// ok: missing-auth
export async function applyGoodwillCredit(formData: FormData) {
  const { orgId, orgRole } = await auth.protect();
  if (orgRole !== "org:admin") throw new Error("Admins only");
  const renterId = z.string().cuid().parse(formData.get("renterId"));
  await prisma.renter.updateMany({
    where: { id: renterId, agencyId: orgId! },
    // ruleid: mass-assignment
    data: { credits: Number(formData.get("credits")) },
  });
}

// ok: missing-auth, missing-input-validation
export async function buySeats(formData: FormData) {
  const { orgId } = await auth.protect();
  const seats = z.coerce.number().int().min(1).max(50).parse(formData.get("seats"));
  try {
    await stripe.subscriptionItems.update(process.env.SEAT_ITEM_ID!, { quantity: seats });
  } catch (e) {
    if (e instanceof Stripe.errors.StripeCardError) {
      // ok: information-disclosure
      return { error: "Your card was declined" };
    }
    throw e;
  }
  // ok: mass-assignment
  await prisma.agency.update({ where: { id: orgId! }, data: { seats: { increment: seats } } });
  return { ok: true };
}
