"use server";

import { z } from "zod";
import Stripe from "stripe";
import { ownerActionClient, agencyActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { redirect } from "next/navigation";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

// ok: missing-auth, missing-input-validation
export const startCheckout = ownerActionClient
  .metadata({ actionName: "billing.checkout" })
  .schema(z.object({ plan: z.enum(["starter", "pro", "enterprise"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: process.env[`PRICE_${parsedInput.plan.toUpperCase()}`], quantity: 1 }],
      metadata: { agencyId: ctx.agencyId },
      success_url: "https://quillmere.com/dashboard/billing?ok=1",
    });
    redirect(session.url!);
  });

// ok: missing-auth, missing-input-validation
export const changePlanDirect = agencyActionClient
  .metadata({ actionName: "billing.changePlan" })
  .schema(z.object({ plan: z.enum(["starter", "pro", "enterprise"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: mass-assignment
    await prisma.agency.update({ where: { id: ctx.agencyId }, data: { plan: parsedInput.plan } });
    return { ok: true };
  });
