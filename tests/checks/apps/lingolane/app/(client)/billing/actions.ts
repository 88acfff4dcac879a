"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { orgOwnerActionClient, orgActionClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation
export const createCheckout = orgOwnerActionClient.schema(z.object({ priceId: z.enum([process.env.PRICE_TEAM!, process.env.PRICE_ENTERPRISE!]) })).action(async ({ parsedInput, ctx }) => {
    const org = await prisma.organization.findUnique({ where: { id: ctx.orgId }, select: { stripeCustomerId: true } });
    const s = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer: org?.stripeCustomerId ?? undefined,
      line_items: [{ price: parsedInput.priceId, quantity: 1 }],
      metadata: { orgId: ctx.orgId },
      success_url: `${process.env.APP_URL}/billing?ok=1`,
      cancel_url: `${process.env.APP_URL}/billing`,
    });
    redirect(s.url!);
  });

// ok: missing-auth
export const listInvoices = orgActionClient.action(async ({ ctx }) => {
  const invoices = await prisma.invoice.findMany({ where: { orgId: ctx.orgId }, orderBy: { id: "desc" } });
  // ok: excessive-data-exposure
  return invoices.map((i) => ({ id: i.id, amountCents: i.amountCents, status: i.status }));
});

// ok: missing-auth, missing-input-validation
export const getInvoice = orgActionClient.schema(z.object({ invoiceId: z.string().cuid() })).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  const invoice = await prisma.invoice.findUnique({
    where: { id: parsedInput.invoiceId },
  });
  // ruleid: excessive-data-exposure
  return invoice;
});
