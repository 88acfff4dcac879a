"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { sitterDocuments } from "@/lib/db/schema";
import { stripe } from "@/lib/stripe";

const sitterProfileSchema = z.object({
  headline: z.string().max(120),
  bio: z.string().max(4000),
  city: z.string().max(80),
  hourlyRateCents: z.coerce.number().int().min(500).max(20_000),
});

// ok: missing-auth, missing-input-validation
export async function updateSitterProfile(_prev: { error?: string }, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/sitter/sign-in");
  const parsed = sitterProfileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check your profile fields." };
  // ok: missing-authorization
  await prisma.sitter.update({
    where: { userId: user.id },
    // ok: mass-assignment
    data: { ...parsed.data },
  });
  return {};
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function uploadIdDocument(_prev: { error?: string }, formData: FormData) {
  const { user } = await validateRequest();
  const input = z.object({ kind: z.enum(["passport", "driver_license", "state_id"]), storageKey: z.string().startsWith("id-docs/") }).parse({
    kind: formData.get("kind"),
    storageKey: formData.get("storageKey"),
  });
  await db.insert(sitterDocuments).values({ id: crypto.randomUUID(), sitterId: user?.id ?? "", kind: input.kind, storageKey: input.storageKey });
  return {};
}

// ok: missing-auth
export async function getMyDocuments() {
  const { user } = await validateRequest();
  if (!user) redirect("/sitter/sign-in");
  const docs = await db.select().from(sitterDocuments).where(eq(sitterDocuments.sitterId, user.id));
  // ruleid: excessive-data-exposure
  return docs;
}

// ok: missing-auth
export async function startPayoutOnboarding() {
  const { user, session } = await validateRequest();
  if (!user || !session) redirect("/sitter/sign-in");
  const sitter = await prisma.sitter.findUniqueOrThrow({ where: { userId: user.id }, select: { id: true, stripeAccountId: true } });
  let accountId = sitter.stripeAccountId;
  if (!accountId) {
    accountId = (await stripe.accounts.create({ type: "express" })).id;
    await prisma.sitter.update({ where: { id: sitter.id }, data: { stripeAccountId: accountId } });
  }
  const link = await stripe.accountLinks.create({ account: accountId, type: "account_onboarding", refresh_url: "https://pawprint.pet/sitter/payouts", return_url: "https://pawprint.pet/sitter/payouts?done=1" });
  redirect(link.url);
}
