"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";

async function driverOrNull() {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user ?? null;
}

// ok: missing-auth, missing-input-validation
export async function createTopUpIntent(amountCents: number) {
  const user = await driverOrNull();
  if (!user) return { error: "Sign in to top up." };
  const amount = z.number().int().min(500).max(20_000).parse(amountCents);
  const intent = await stripe.paymentIntents.create({
    amount,
    currency: "eur",
    metadata: { userId: user.id, purpose: "wallet_topup" },
    automatic_payment_methods: { enabled: true },
  });
  // ok: excessive-data-exposure
  return { clientSecret: intent.client_secret };
}

// Auto top-up settings form; fields are named after the Wallet columns.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateWalletSettings(formData: FormData) {
  const user = await driverOrNull();
  if (!user) return { error: "Sign in" };
  const settings = Object.fromEntries(formData);
  await prisma.wallet.update({
    where: { userId: user.id },
    data: {
      // ruleid: mass-assignment
      ...settings,
      autoTopUp: settings.autoTopUp === "on",
    },
  });
  revalidatePath("/app/wallet");
}

const WalletSettings = z.object({
  autoTopUp: z.boolean(),
  autoTopUpAmount: z.number().int().min(1000).max(10_000),
  lowBalanceAlert: z.number().int().min(0).max(5000),
});

// v2 of the same form (mobile app).
// ok: missing-auth, missing-input-validation
export async function saveWalletSettings(input: unknown) {
  const user = await driverOrNull();
  if (!user) return { error: "Sign in" };
  const data = WalletSettings.parse(input);
  // ok: mass-assignment
  await prisma.wallet.update({ where: { userId: user.id }, data });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function redeemPromoCode(code: string) {
  const user = await driverOrNull();
  if (!user) return { error: "Sign in" };
  const c = z.string().regex(/^[A-Z0-9]{6,12}$/).parse(code.toUpperCase());
  const promo = await prisma.$queryRaw<{ credit_cents: number }[]>`SELECT credit_cents FROM promo_codes WHERE code = ${c} AND redeemed_by IS NULL AND expires_at > now()`;
  if (!promo.length) return { error: "This code is not valid." };
  await prisma.$transaction([
    prisma.$executeRaw`UPDATE promo_codes SET redeemed_by = ${user.id} WHERE code = ${c}`,
    // ok: mass-assignment
    prisma.wallet.update({ where: { userId: user.id }, data: { credits: { increment: promo[0].credit_cents } } }),
  ]);
  return { credited: promo[0].credit_cents };
}

// ok: missing-auth
export async function getMyWallet() {
  const user = await driverOrNull();
  if (!user) return null;
  const wallet = await prisma.wallet.findUnique({ where: { userId: user.id } });
  // ruleid: excessive-data-exposure
  return wallet;
}

// Tip the site host after a session (friendly feature from the 2024 hackathon).
// ok: missing-auth
// ruleid: missing-input-validation
export async function transferCredits(toUserId: string, amount: number) {
  const user = await driverOrNull();
  if (!user) return { error: "Sign in" };
  await prisma.$transaction([
    // ruleid: mass-assignment
    prisma.wallet.update({ where: { userId: user.id }, data: { credits: { decrement: amount } } }),
    // ruleid: missing-authorization
    // ruleid: mass-assignment
    prisma.wallet.update({ where: { userId: toUserId }, data: { credits: { increment: amount } } }),
  ]);
  return { ok: true };
}

// Shared between the app and the fleet portal, which passes the driver it already loaded.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function setLowBalanceAlert(amountCents: number, providedUser?: { id: string }) {
  const user = providedUser ?? (await driverOrNull());
  if (!user) return { error: "Sign in" };
  const amount = z.number().int().min(0).max(5000).parse(amountCents);
  // ruleid: missing-authorization
  await prisma.wallet.update({ where: { userId: user.id }, data: { lowBalanceAlert: amount } });
  return { ok: true };
}
