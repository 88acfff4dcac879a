"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { withOrg } from "@/lib/wrappers";
import { legacyBillingClient } from "@/lib/safe-action";
import { auth } from "@/lib/auth/authjs";

// ok: missing-auth, missing-input-validation
export const startCheckout = withOrg(async (ctx, plan: string) => {
  const p = z.enum(["pro", "enterprise"]).parse(plan);
  const company = await prisma.company.findUnique({ where: { id: ctx.companyId }, select: { stripeCustomerId: true } });
  const s = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: company?.stripeCustomerId ?? undefined,
    line_items: [{ price: p === "pro" ? process.env.PRICE_PRO! : process.env.PRICE_ENT!, quantity: 1 }],
    success_url: "https://quarrylane.io/billing?ok=1",
    metadata: { companyId: ctx.companyId },
  });
  redirect(s.url!);
}, ["owner"]);

// ok: missing-auth, missing-input-validation
export const payDeposit = withOrg(async (ctx, rentalId: string) => {
  z.string().cuid().parse(rentalId);
  const rental = await prisma.rental.findFirst({
    // ok: missing-authorization
    where: { id: rentalId, renterCompanyId: ctx.companyId },
    select: { id: true, priceCents: true },
  });
  if (!rental) throw new Error("Not found");
  const pi = await stripe.paymentIntents.create({ amount: Math.round(rental.priceCents * 0.3), currency: "gbp", capture_method: "manual" });
  await prisma.rental.update({ where: { id: rental.id }, data: { depositIntentId: pi.id } });
  return { clientSecret: pi.client_secret };
});

// why: legacyBillingClient does not reject anonymous callers; plan set straight from input.
// ruleid: missing-auth
export const setPlanLegacy = legacyBillingClient
  .schema(z.object({ companyId: z.string().cuid(), plan: z.enum(["free", "pro", "enterprise"]) }))
  // ok: missing-input-validation
  .action(async ({ parsedInput }) => {
    await prisma.company.update({
      where: { id: parsedInput.companyId },
      // why: plan is a privileged field taken from client input without payment.
      // ruleid: mass-assignment
      data: { plan: parsedInput.plan },
    });
  });

// ok: missing-auth, missing-input-validation
export async function openBillingPortal(returnPath: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  if (typeof returnPath !== "string" || !returnPath.startsWith("/") || returnPath.startsWith("//")) throw new Error("Bad path");
  const m = await prisma.membership.findFirst({ where: { userId: session.user.id, role: "owner" }, select: { company: { select: { stripeCustomerId: true } } } });
  if (!m?.company.stripeCustomerId) return { error: "No billing account" };
  const portal = await stripe.billingPortal.sessions.create({ customer: m.company.stripeCustomerId, return_url: `https://quarrylane.io${returnPath}` });
  redirect(portal.url);
}

// why: the return URL from the client goes to redirect() unchecked (open redirect).
// ok: missing-auth
// ruleid: missing-input-validation
export async function afterCheckout(next: string) {
  const session = await auth();
  if (!session) redirect("/login");
  await prisma.auditLog.create({ data: { actorId: session.user!.id!, action: "checkout_returned" } });
  redirect(next);
}
