"use server";

import { z } from "zod";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/guards";
import { verifySession } from "@/lib/auth/dal";
import { toMessage } from "@/lib/errors";

// ok: missing-auth, missing-input-validation
export async function createSetupIntent(wineryId: string) {
  const { member } = await requireMember(z.string().cuid().parse(wineryId));
  const intent = await stripe.setupIntents.create({ customer: member.stripeCustomerId!, usage: "off_session" });
  return { clientSecret: intent.client_secret };
}

const SaveCardSchema = z.object({ wineryId: z.string().cuid(), paymentMethodId: z.string().startsWith("pm_") });

// ok: missing-auth, missing-input-validation
export async function saveCard(raw: unknown) {
  const { wineryId, paymentMethodId } = SaveCardSchema.parse(raw);
  const { member } = await requireMember(wineryId);
  try {
    const pm = await stripe.paymentMethods.attach(paymentMethodId, { customer: member.stripeCustomerId! });
    await prisma.storedCard.create({
      // ok: mass-assignment, missing-authorization
      data: { memberId: member.id, stripePaymentMethodId: pm.id, brand: pm.card?.brand ?? "card", last4: pm.card?.last4 ?? "", fingerprint: pm.card?.fingerprint ?? "" },
    });
    return { success: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: toMessage(e) };
  }
}

// ok: missing-auth, missing-input-validation
export async function listCards(wineryId: string) {
  const { member } = await requireMember(z.string().cuid().parse(wineryId));
  const cards = await prisma.storedCard.findMany({ where: { memberId: member.id } });
  // ruleid: excessive-data-exposure
  return cards;
}

// ok: missing-auth, missing-input-validation
export async function removeCard(cardId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(cardId);
  // ok: missing-authorization
  const card = await prisma.storedCard.findUnique({ where: { id }, select: { id: true, stripePaymentMethodId: true, member: { select: { userId: true } } } });
  if (!card || card.member.userId !== userId) return { error: "Card not found" };
  try {
    await stripe.paymentMethods.detach(card.stripePaymentMethodId);
    await prisma.storedCard.delete({ where: { id: card.id } });
    return { success: true };
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { error: "We couldn't remove this card. Please try again." };
  }
}
