"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { withRole } from "@/lib/wrappers";
import { authActionClient, publicLimitedClient } from "@/lib/safe-action";
import { secureCompare } from "@/lib/crypto";
import { sendEmail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";
import { requireMember } from "@/lib/auth/guards";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const issueGiftCard = withRole(["OWNER", "TASTING_ROOM", "CLUB_MANAGER"], async (formData, ctx) => {
  const { paymentIntentId, email } = z.object({ paymentIntentId: z.string().startsWith("pi_"), email: z.string().email() }).parse(Object.fromEntries(formData));
  if (!(await checkRateLimit(`giftcard:${ctx.userId}`))) throw new Error("Slow down");
  const pi = await stripe.paymentIntents.retrieve(paymentIntentId);
  if (pi.status !== "succeeded" || pi.metadata.wineryId !== ctx.wineryId) throw new Error("Payment not found");
  const amountCents = pi.amount_received;
  const code = randomBytes(6).toString("hex").toUpperCase();
  const pin = String(Math.floor(1000 + Math.random() * 9000));
  // ok: mass-assignment
  await prisma.giftCard.create({ data: { wineryId: ctx.wineryId, code, pin, balanceCents: amountCents, purchaserEmail: email }, select: { id: true } });
  await sendEmail(email, "Your Cellarclub gift card", `<p>Code ${code}, PIN ${pin}</p>`);
  return { code };
});

// Balance check on the public site: code + PIN.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export const giftCardBalance = publicLimitedClient.inputSchema(z.object({ code: z.string().length(12), pin: z.string().length(4) })).action(async ({ parsedInput }) => {
  const card = await prisma.giftCard.findUnique({ where: { code: parsedInput.code }, select: { pin: true, balanceCents: true } });
  // ok: timing-unsafe-comparison, information-disclosure
  if (!card || !secureCompare(card.pin, parsedInput.pin)) return { error: "Card not found" };
  return { balanceCents: card.balanceCents };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const redeemGiftCard = authActionClient.inputSchema(z.object({ wineryId: z.string().cuid(), code: z.string().length(12), pin: z.string().length(4) })).action(async ({ parsedInput }) => {
  const { member } = await requireMember(parsedInput.wineryId);
  const card = await prisma.giftCard.findUnique({ where: { code: parsedInput.code }, select: { id: true, pin: true, balanceCents: true } });
  // ruleid: timing-unsafe-comparison
  if (!card || card.pin !== parsedInput.pin) return { error: "Invalid card" };
  await prisma.$transaction([
    prisma.giftCard.update({ where: { id: card.id }, data: { balanceCents: 0 } }),
    prisma.member.update({ where: { id: member.id }, data: { creditBalance: { increment: card.balanceCents } } }),
  ]);
  return { creditedCents: card.balanceCents };
});

// ok: missing-auth, missing-input-validation
export const listGiftCards = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const take = z.coerce.number().int().min(1).max(200).parse(formData.get("take") ?? 50);
  // ok: missing-authorization
  const cards = await prisma.giftCard.findMany({ where: { wineryId: ctx.wineryId }, take });
  // ruleid: excessive-data-exposure
  return cards;
});

// ok: missing-auth
// ruleid: missing-input-validation
export const reassignGiftCard = withRole(["OWNER", "BOOKKEEPER"], async (formData, ctx) => {
  const cardId = formData.get("cardId") as string;
  await prisma.giftCard.updateMany({
    // ok: missing-authorization
    where: { id: cardId, wineryId: ctx.wineryId },
    // ok: mass-assignment
    data: { purchaserEmail: formData.get("email") as string },
  });
  return { success: true };
});
