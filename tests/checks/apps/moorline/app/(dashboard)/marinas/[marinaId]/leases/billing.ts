"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { getActiveOrg } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";

/** Called from the Stripe webhook once the season invoice is paid. */
// ruleid: missing-auth
// ok: missing-input-validation
export async function markLeasePaid(leaseId: string) {
  const id = z.string().cuid().parse(leaseId);
  await prisma.lease.update({ where: { id }, data: { status: "active" } });
}

// ok: missing-auth, missing-input-validation
export async function createLeaseInvoice(leaseId: string) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "ACCOUNTANT")) throw new Error("Accountant role required");
  const id = z.string().cuid().parse(leaseId);
  const lease = await prisma.lease.findFirst({
    // ok: missing-authorization
    where: { id, orgId: org.orgId },
    select: { id: true, priceCents: true, customerId: true },
  });
  if (!lease) throw new Error("Lease not found");
  const owner = await prisma.boatOwner.findFirst({ where: { id: lease.customerId, orgId: org.orgId }, select: { stripeCustomerId: true } });
  if (!owner?.stripeCustomerId) throw new Error("Customer has no billing profile");
  const inv = await stripe.invoices.create({ customer: owner.stripeCustomerId, metadata: { leaseId: lease.id }, collection_method: "send_invoice", days_until_due: 30 });
  await stripe.invoiceItems.create({ customer: owner.stripeCustomerId, invoice: inv.id, amount: lease.priceCents, currency: "eur" });
  // ok: excessive-data-exposure
  return { invoiceId: inv.id };
}
