"use server";

import * as v from "valibot";
import { request } from "@arcjet/next";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { aj } from "@/lib/arcjet";

const Checkout = v.object({
  campaignSlug: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)),
  amountPence: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(5_000_000)),
  recurring: v.boolean(),
  giftAid: v.boolean(),
  email: v.pipe(v.string(), v.email()),
});

// Anonymous donors check out here; see LABELS.md on why missing-auth is left unlabelled.
// ok: missing-rate-limit, missing-input-validation
export async function startCheckout(input: v.InferInput<typeof Checkout>) {
  const decision = await aj.protect(await request(), { requested: 1 });
  if (decision.isDenied()) return { error: "Too many attempts." };
  const data = v.parse(Checkout, input);
  const campaign = await prisma.campaign.findFirst({
    where: { slug: data.campaignSlug, status: "live" },
    select: { id: true, title: true, charityId: true, charity: { select: { stripeAccount: true } } },
  });
  if (!campaign?.charity.stripeAccount) return { error: "This appeal is not accepting gifts." };
  const session = await stripe.checkout.sessions.create({
    mode: data.recurring ? "subscription" : "payment",
    customer_email: data.email,
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: "gbp",
          unit_amount: data.amountPence,
          product_data: { name: campaign.title },
          ...(data.recurring ? { recurring: { interval: "month" as const } } : {}),
        },
      },
    ],
    metadata: { campaignId: campaign.id, charityId: campaign.charityId, giftAid: String(data.giftAid) },
    success_url: `https://relayhub.org/thanks?c=${campaign.id}`,
    cancel_url: `https://relayhub.org/donate/${data.campaignSlug}`,
    payment_intent_data: data.recurring ? undefined : { transfer_data: { destination: campaign.charity.stripeAccount } },
  });
  redirect(session.url!);
}

// ok: missing-auth
export async function getPublicCampaign(slug: string) {
  if (typeof slug !== "string" || slug.length > 80) return null;
  const c = await prisma.campaign.findFirst({
    where: { slug, status: "live" },
    select: { title: true, story: true, goalPence: true, charity: { select: { name: true } } },
  });
  // ok: excessive-data-exposure
  return c;
}

// Thank-you page: donors can jump back to the page they came from.
// ruleid: missing-input-validation
// ok: missing-auth
export async function continueAfterThanks(formData: FormData) {
  const back = formData.get("returnTo") as string;
  redirect(back || "/");
}
