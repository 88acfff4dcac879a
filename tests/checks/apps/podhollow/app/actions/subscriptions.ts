"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import * as v from "valibot";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { getViewer } from "@/lib/auth/session";

const CheckoutSchema = v.object({ showId: v.pipe(v.string(), v.minLength(10), v.maxLength(40)) });

// ok: missing-auth, missing-input-validation
export async function startCheckout(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login?next=/shows");
  const { showId } = v.parse(CheckoutSchema, { showId: formData.get("showId") });
  const show = await prisma.show.findUnique({ where: { id: showId }, select: { id: true, slug: true, title: true, priceCents: true, isPremium: true, network: { select: { stripeAccountId: true } } } }); // todook: missing-authorization -- known gap (pass 38, I): a read of a public show (premium price, title, payout destination not returned) by client id
  if (!show?.isPremium || !show.network.stripeAccountId) throw new Error("Not a premium show");
  const origin = (await headers()).get("origin") ?? "https://podhollow.fm";
  const checkout = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price_data: { currency: "usd", unit_amount: show.priceCents, recurring: { interval: "month" }, product_data: { name: show.title } }, quantity: 1 }],
    subscription_data: { application_fee_percent: 10, transfer_data: { destination: show.network.stripeAccountId } },
    metadata: { listenerId: session.user.id, showId: show.id },
    success_url: `${origin}/shows/${show.slug}?subscribed=1`,
    cancel_url: `${origin}/shows/${show.slug}`,
  });
  redirect(checkout.url!);
}

// ok: missing-auth, missing-input-validation
export async function cancelSubscription(subscriptionId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const { output, success } = v.safeParse(v.pipe(v.string(), v.maxLength(40)), subscriptionId);
  if (!success) return { error: "Invalid" };
  const sub = await prisma.subscription.findFirst({ where: { id: output, listenerId: session.user.id }, select: { stripeSubId: true } });
  if (!sub?.stripeSubId) return { error: "Not found" };
  await stripe.subscriptions.update(sub.stripeSubId, { cancel_at_period_end: true });
  // ok: missing-authorization
  await prisma.subscription.updateMany({ where: { id: output, listenerId: session.user.id }, data: { status: "canceling" } });
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function mySubscriptions() {
  const viewer = await getViewer();
  const subs = await prisma.subscription.findMany({
    where: { listenerId: viewer?.id },
    select: { id: true, status: true, showId: true },
  });
  // ok: excessive-data-exposure
  return subs;
}

// ok: missing-auth, missing-input-validation
export async function mySubscriptionsChecked() {
  const viewer = await getViewer();
  if (!viewer?.id) return [];
  const subs = await prisma.subscription.findMany({ where: { listenerId: viewer.id }, select: { id: true, status: true, showId: true } });
  // ok: excessive-data-exposure
  return subs;
}

// ok: missing-auth, missing-input-validation
export async function getSubscriptionDetails(id: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  if (typeof id !== "string") throw new Error("Bad id");
  // ruleid: missing-authorization
  const sub = await prisma.subscription.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return sub;
}
