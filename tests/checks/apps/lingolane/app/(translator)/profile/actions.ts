"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/auth/session";
import { profileSchema, adminProfileSchema } from "@/lib/validation/schemas";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation
export const updateProfile = authActionClient.schema(profileSchema).action(async ({ parsedInput, ctx }) => {
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: ctx.userId },
    // ok: mass-assignment
    data: parsedInput,
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const updateProfileV2 = authActionClient.schema(adminProfileSchema).action(async ({ parsedInput, ctx }) => {
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: ctx.userId },
    // ruleid: mass-assignment
    data: parsedInput,
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function setRates(userId: unknown, ratePerWord: unknown) {
  const me = await verifySession();
  const input = z.object({ userId: z.string().cuid(), ratePerWord: z.number().min(0).max(5) }).parse({ userId, ratePerWord });
  // ruleid: missing-authorization
  await prisma.user.update({
    where: { id: input.userId },
    data: { ratePerWord: input.ratePerWord },
  });
  return { ok: true, by: me.id };
}

// ok: missing-auth, missing-input-validation
export async function setLanguages(userId: unknown, languages: unknown) {
  const me = await verifySession();
  const input = z.object({ userId: z.string().cuid(), languages: z.array(z.string().length(2)).max(20) }).parse({ userId, languages });
  if (input.userId !== me.id) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.user.update({ where: { id: input.userId }, data: { languages: input.languages } });
  return { ok: true };
}

// ok: missing-auth
export const connectStripe = authActionClient.action(async ({ ctx }) => {
  const account = await stripe.accounts.create({ type: "express", metadata: { userId: ctx.userId } });
  // ok: missing-authorization
  await prisma.user.update({ where: { id: ctx.userId }, data: { stripeAccountId: account.id } });
  const link = await stripe.accountLinks.create({
    account: account.id,
    type: "account_onboarding",
    refresh_url: `${process.env.APP_URL}/profile`,
    return_url: `${process.env.APP_URL}/profile?connected=1`,
  });
  return { url: link.url };
});

// ok: missing-auth
export const getMyProfile = authActionClient.action(async ({ ctx }) => {
  const me = await prisma.user.findUnique({ where: { id: ctx.userId } });
  // ruleid: excessive-data-exposure
  return me;
});
