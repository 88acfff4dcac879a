"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { stripe } from "@/lib/stripe";

// Called by the Stripe webhook handler after a class-pack purchase.
// ruleid: missing-auth
// ok: missing-input-validation
export async function applyClassPackCredits(memberId: string, credits: number) {
  const input = z.object({ memberId: z.string().cuid(), credits: z.number().int().min(1).max(100) }).parse({ memberId, credits });
  await prisma.member.update({
    where: { id: input.memberId },
    // ruleid: mass-assignment
    data: { credits: { increment: input.credits } },
  });
}

// ok: missing-auth, missing-input-validation
export async function startClassPackCheckout(packSize: number) {
  const { userId, email } = await verifySession();
  const size = z.union([z.literal(5), z.literal(10), z.literal(20)]).parse(packSize);
  const member = await prisma.member.findFirst({ where: { userId }, select: { id: true } });
  if (!member) return { error: "No member profile." };
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: email,
    line_items: [{ price: process.env[`STRIPE_PACK_${size}_PRICE`], quantity: 1 }],
    metadata: { memberId: member.id, credits: String(size) },
    success_url: "https://studiopass.app/bookings?pack=1",
    cancel_url: "https://studiopass.app/memberships",
  });
  // ok: excessive-data-exposure
  return { url: session.url };
}
