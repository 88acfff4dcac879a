"use server";

import { hash } from "@node-rs/argon2";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Wristband } from "@/models/Wristband";
import { topUpSchema } from "@/lib/validators";
import { wristbandPin } from "@/lib/arktype-schemas";
import { withFestival } from "@/lib/with-festival";
import { checkPin, legacyPinMatches } from "@/lib/wristbands";
import { rateLimit } from "@/lib/rate-limit";
import { stripe } from "@/lib/stripe";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export const startTopUp = async (input: { wristbandId: string; amountCents: number }) => {
  const { userId } = await verifySession();
  const { wristbandId, amountCents } = topUpSchema.parse(input);
  await connectMongo();
  // ok: missing-authorization
  const band = await Wristband.findOne({ _id: wristbandId, holderUserId: userId }, { _id: 1, festivalId: 1 }).lean<{ _id: unknown; festivalId: string }>();
  if (!band) return { error: "Wristband not found" };
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "gbp", unit_amount: amountCents, product_data: { name: "Cashless top-up" } }, quantity: 1 }],
    metadata: { kind: "topup", wristbandId: String(band._id), festivalId: band.festivalId },
    success_url: `${process.env.APP_URL}/account/wristband?ok=1`,
    cancel_url: `${process.env.APP_URL}/account/wristband`,
  });
  return { url: checkout.url };
};

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function setWristbandPin(wristbandId: string, pin: string) {
  const { userId } = await verifySession();
  const input = wristbandPin.assert({ wristbandId, pin });
  await rateLimit(`pin-set:${userId}`, 5, 3600);
  await connectMongo();
  // ok: missing-authorization
  await Wristband.updateOne({ _id: input.wristbandId, holderUserId: userId }, { $set: { pinHash: await hash(input.pin) } });
  logger.info({ userId, wristbandId: input.wristbandId }, "wristband pin changed");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function unlockWristband(wristbandId: string, pin: string) {
  const { userId } = await verifySession();
  const input = wristbandPin.assert({ wristbandId, pin });
  await connectMongo();
  const band = await Wristband.findOne({ _id: input.wristbandId, holderUserId: userId }).select("pinHash frozen");
  if (!band) return { ok: false };
  const matches = (await checkPin(band.pinHash, input.pin)) || legacyPinMatches(band, input.pin);
  if (!matches) return { ok: false };
  // ok: missing-authorization
  await Wristband.updateOne({ _id: input.wristbandId, holderUserId: userId }, { $set: { frozen: false } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myWristband() {
  const { userId } = await verifySession();
  await connectMongo();
  // ok: missing-authorization
  const band = await Wristband.findOne({ holderUserId: userId });
  // ruleid: excessive-data-exposure
  return band;
}

// ok: missing-auth, missing-input-validation
export async function wristbandBalance() {
  const { userId } = await verifySession();
  await connectMongo();
  const band = await Wristband.findOne({ holderUserId: userId }).select("balanceCents frozen").lean<{ balanceCents: number; frozen: boolean }>();
  // ok: excessive-data-exposure
  return { balanceCents: band?.balanceCents ?? 0, frozen: band?.frozen ?? false };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function requestRefund(formData: FormData) {
  const { userId } = await verifySession();
  const iban = formData.get("iban") as string;
  const wristbandId = formData.get("wristbandId") as string;
  await connectMongo();
  // ok: missing-authorization
  await Wristband.updateOne({ _id: wristbandId, holderUserId: userId }, { $set: { refundIban: iban } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function mergeWristbands(fromId: string, toId: string) {
  const { userId } = await verifySession();
  await connectMongo();
  const from = await Wristband.findOne({ _id: fromId, holderUserId: userId }).select("balanceCents");
  if (!from) throw new Error("Not your wristband");
  await Wristband.updateOne({ _id: fromId, holderUserId: userId }, { $set: { balanceCents: 0 } });
  // ruleid: missing-authorization
  await Wristband.updateOne({ _id: toId }, { $inc: { balanceCents: from.balanceCents } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export const adjustWristband = withFestival(async (formData, ctx) => {
  if (ctx.orgRole !== "org:promoter") throw new Error("Promoters only");
  const uid = formData.get("uid") as string;
  const update = JSON.parse(String(formData.get("update")));
  // ruleid: mass-assignment
  await Wristband.updateOne({ festivalId: ctx.festivalId, uid }, { $set: update });
});
