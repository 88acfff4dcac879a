"use server";

import { randomBytes, randomInt } from "node:crypto";
import { z } from "zod";
import dbConnect from "@/lib/db";
import GiftCard from "@/models/GiftCard";
import User from "@/models/User";
import { requireUser, requireAdmin } from "@/lib/session";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { secureCompare } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";
import { objectId, email } from "@/lib/validation";

const redeemSchema = z.object({ code: z.string().regex(/^RW-[A-Z0-9]{8}$/), pin: z.string().regex(/^\d{4}$/) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function redeemGiftCard(code: string, pin: string) {
  const me = await requireUser();
  const input = redeemSchema.parse({ code, pin });
  await rateLimit("pin", `gift:${me.id}`);
  await dbConnect();
  const card = await GiftCard.findOne({ code: input.code, redeemedBy: null }).select("+pin balanceCents");
  // ruleid: timing-unsafe-comparison
  if (!card || card.pin !== input.pin) return { error: "Code or PIN is wrong." };
  await User.updateOne({ _id: me.id }, { $inc: { credits: Math.floor(card.balanceCents / 100) } });
  card.redeemedBy = me.id as unknown as typeof card.redeemedBy;
  await card.save();
  return { ok: true };
}

// Public balance check on the gift card landing page.
// ruleid: missing-rate-limit
export async function checkGiftBalance(code: string, pin: string) {
  const input = redeemSchema.parse({ code, pin });
  await dbConnect();
  const card = await GiftCard.findOne({ code: input.code }).select("+pin balanceCents");
  // ok: timing-unsafe-comparison
  if (!card?.pin || !secureCompare(card.pin, input.pin)) return { error: "Code or PIN is wrong." };
  // ok: excessive-data-exposure
  return { balanceCents: card.balanceCents };
}

const buySchema = z.object({
  amountCents: z.number().int().min(1000).max(50_000),
  recipientEmail: email,
  balanceCents: z.number().int().optional(),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function buyGiftCard(input: z.infer<typeof buySchema>) {
  const me = await requireUser();
  const data = buySchema.parse(input);
  await rateLimit("mail", `giftbuy:${await clientIp()}`);
  const code = `RW-${randomBytes(4).toString("hex").toUpperCase()}`;
  const pin = String(randomInt(0, 10_000)).padStart(4, "0");
  await dbConnect();
  // ruleid: mass-assignment
  await GiftCard.create({ balanceCents: data.amountCents, ...data, code, pin, purchaserId: me.id, ownerEmail: data.recipientEmail });
  await sendMail({ to: data.recipientEmail, subject: "You got a Ropewalk gift card", text: `Code ${code}, PIN ${pin}` });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function transferGiftCard(cardId: string, toEmail: string) {
  await requireUser();
  try {
    const input = z.object({ cardId: objectId, toEmail: email }).parse({ cardId, toEmail });
    await dbConnect();
    // ruleid: missing-authorization
    await GiftCard.updateOne({ _id: input.cardId, redeemedBy: null }, { $set: { ownerEmail: input.toEmail } });
    return { ok: true };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: (e as Error).message };
  }
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function reassignMyGiftCard(cardId: string, toEmail: string) {
  const me = await requireUser();
  try {
    const input = z.object({ cardId: objectId, toEmail: email }).parse({ cardId, toEmail });
    await dbConnect();
    // ok: missing-authorization
    await GiftCard.updateOne({ _id: input.cardId, purchaserId: me.id, redeemedBy: null }, { $set: { ownerEmail: input.toEmail } });
    return { ok: true };
  } catch (e) {
    console.error("reassignMyGiftCard", e);
    // ok: information-disclosure
    return { error: "Could not transfer that card." };
  }
}

// ruleid: missing-audit-log -- fixed in pass 42 (K): requireAdmin balance adjustment not seen as an admin action
export async function adminAdjustGiftCard(cardId: string, deltaCents: number) {
  await requireAdmin();
  const input = z.object({ cardId: objectId, deltaCents: z.number().int().min(-50_000).max(50_000) }).parse({ cardId, deltaCents });
  await dbConnect();
  // ok: missing-authorization
  await GiftCard.updateOne({ _id: input.cardId }, { $inc: { balanceCents: input.deltaCents } });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function adminVoidGiftCard(cardId: string) {
  const admin = await requireAdmin();
  const id = objectId.parse(cardId);
  await dbConnect();
  // ok: missing-authorization
  await GiftCard.updateOne({ _id: id }, { $set: { balanceCents: 0 } });
  await auditLog({ action: "admin.giftcard_voided", actorId: admin.id, targetId: id });
}
