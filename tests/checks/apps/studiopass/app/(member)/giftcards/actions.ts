"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { rateLimitByIp } from "@/lib/ratelimit";
import { kdb } from "@/lib/kysely";

const redeemSchema = z.object({ code: z.string().regex(/^[A-Z0-9]{12}$/), pin: z.string().regex(/^\d{4}$/) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function redeemGiftCard(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`giftcard:${userId}`);
  const parsed = redeemSchema.safeParse({ code: formData.get("code"), pin: formData.get("pin") });
  if (!parsed.success) return { error: "Check the code and PIN on the back of the card." };
  // ok: missing-authorization -- (todook until pass 26, no longer reported) ambiguous: whether a gift-card code and PIN are a capability
  const card = await prisma.giftCard.findUnique({
    where: { code: parsed.data.code },
    select: { id: true, pin: true, pinHash: true, balance: true, ownerId: true },
  });
  if (!card || card.ownerId) return { error: "This card can't be redeemed." };
  // Older cards (before 2023) only have the plain PIN column filled.
  // ruleid: timing-unsafe-comparison
  const pinOk = card.pin ? card.pin === parsed.data.pin : await bcrypt.compare(parsed.data.pin, card.pinHash);
  if (!pinOk) return { error: "This card can't be redeemed." };
  // todook: missing-authorization -- ambiguous: whether a gift-card code and PIN are a capability
  await prisma.giftCard.update({ where: { id: card.id }, data: { ownerId: userId } });
  // ok: excessive-data-exposure
  return { balance: card.balance };
}

// ok: missing-auth, missing-input-validation
// todook: missing-rate-limit -- ambiguous: whether a voucher-code lookup is code verification
export async function getGiftCard(code: string) {
  await verifySession();
  const parsed = z.string().regex(/^[A-Z0-9]{12}$/).parse(code);
  // ok: missing-authorization -- (todook until pass 26, no longer reported) ambiguous: whether an unguessable bearer code is a client-controlled identifier
  const card = await prisma.giftCard.findUnique({ where: { code: parsed } });
  // ruleid: excessive-data-exposure
  return card;
}

// Adds value bought at the front desk; the amount comes from the receipt form.
// ok: missing-auth, missing-input-validation
export async function topUpGiftCard(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const cardId = z.string().cuid().parse(formData.get("cardId"));
  const balance = z.coerce.number().int().min(0).max(100_000).parse(formData.get("balance"));
  // ok: missing-authorization
  await kdb
    .updateTable("gift_cards")
    // ruleid: mass-assignment
    .set({ balance })
    .where("id", "=", cardId)
    .where("owner_id", "=", userId)
    .execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function applyPromoCode(studioId: string, code: string) {
  await verifySession();
  const input = z.object({ studioId: z.string().cuid(), code: z.string().regex(/^[A-Z0-9-]{3,20}$/) }).parse({ studioId, code });
  const promo = await kdb
    .selectFrom("promo_codes")
    .select(["percent_off"])
    .where("studio_id", "=", input.studioId)
    .where("code", "=", input.code)
    .where("active", "=", true)
    .executeTakeFirst();
  // ok: excessive-data-exposure, information-disclosure
  return promo ? { percentOff: promo.percent_off } : { error: "Unknown or expired code." };
}
