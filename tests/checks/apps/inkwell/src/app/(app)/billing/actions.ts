"use server";

import { redirect } from "next/navigation";
import * as v from "valibot";
import { prisma } from "~/lib/prisma";
import { stripe } from "~/lib/stripe";
import { isWorkspaceAdmin } from "~/lib/dal";
import { withAuth } from "~/lib/with-auth";

const CheckoutSchema = v.object({
  workspaceId: v.pipe(v.string(), v.cuid2()),
  priceId: v.picklist(["price_pro_monthly", "price_pro_yearly", "price_team_monthly"]),
});

// ok: missing-auth
// ok: missing-input-validation
export const startCheckout = withAuth(async (user, formData: FormData) => {
  const { workspaceId, priceId } = v.parse(CheckoutSchema, { workspaceId: formData.get("workspaceId"), priceId: formData.get("priceId") });
  // ok: floating-auth-check
  if (!(await isWorkspaceAdmin(user.id, workspaceId))) throw new Error("Only admins can change billing");
  // ok: missing-authorization -- role checked above
  const workspace = await prisma.workspace.findUnique({ where: { id: workspaceId }, select: { stripeCustomerId: true } });
  const checkout = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: workspace?.stripeCustomerId ?? undefined,
    line_items: [{ price: priceId, quantity: 1 }],
    metadata: { workspaceId },
    success_url: "https://inkwell.app/billing?success=1",
    cancel_url: "https://inkwell.app/billing",
  });
  redirect(checkout.url!);
});

// ok: missing-auth
// ruleid: missing-input-validation
export const downgradeToFree = withAuth(async (user, workspaceId: string) => {
  // ruleid: floating-auth-check
  if (!isWorkspaceAdmin(user.id, workspaceId)) throw new Error("Only admins can change billing");
  // ruleid: missing-authorization
  // ok: mass-assignment -- a constant plan
  await prisma.workspace.update({ where: { id: workspaceId }, data: { plan: "free" } });
});

// ok: missing-auth
// ok: missing-input-validation
export const openBillingPortal = withAuth(async (user, workspaceId: string) => {
  const id = v.parse(v.pipe(v.string(), v.cuid2()), workspaceId);
  // ok: missing-authorization -- constrained by the owner
  const workspace = await prisma.workspace.findFirst({ where: { id, ownerId: user.id }, select: { stripeCustomerId: true } });
  if (!workspace?.stripeCustomerId) throw new Error("No billing account");
  const portal = await stripe.billingPortal.sessions.create({ customer: workspace.stripeCustomerId, return_url: "https://inkwell.app/billing" });
  redirect(portal.url);
});
