"use server";

import { randomBytes } from "node:crypto";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure } from "@/lib/zsa";
import { logActivity } from "@/lib/audit";

const AdvertiserSignup = z.object({
  company: z.string().min(2).max(120),
  billingEmail: z.string().email(),
  creditCents: z.coerce.number().int().default(0),
});

// ok: missing-auth, missing-input-validation
export async function registerAdvertiser(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const submission = parseWithZod(formData, { schema: AdvertiserSignup });
  if (submission.status !== "success") return submission.reply();
  // the schema admits creditCents: a new advertiser can grant themselves ad credit
  // ruleid: mass-assignment
  await prisma.advertiser.create({ data: { ...submission.value, userId: session.user.id } });
  redirect("/advertise/dashboard");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateAdvertiser(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  // ruleid: mass-assignment
  await prisma.advertiser.update({ where: { userId: session.user.id }, data: Object.fromEntries(formData) });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateAdvertiserBilling(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const submission = parseWithZod(formData, { schema: z.object({ billingEmail: z.string().email(), company: z.string().max(120) }) });
  if (submission.status !== "success") return submission.reply();
  // ok: mass-assignment, missing-authorization
  await prisma.advertiser.update({ where: { userId: session.user.id }, data: submission.value });
  return submission.reply();
}

// ok: missing-auth, missing-input-validation
export const getAdvertiserProfile = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const adv = await prisma.advertiser.findUnique({ where: { userId: ctx.userId } });
  // ruleid: excessive-data-exposure
  return adv;
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const rotateAdvertiserApiKey = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const apiKey = `adv_${randomBytes(24).toString("hex")}`;
  // ok: missing-authorization
  await prisma.advertiser.update({ where: { userId: ctx.userId }, data: { apiKey } });
  return { apiKey };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const revokeAdvertiserApiKey = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: missing-authorization
  await prisma.advertiser.update({ where: { userId: ctx.userId }, data: { apiKey: null } });
  await logActivity({ actorId: ctx.userId, action: "advertiser.api_key_revoked" });
  return { ok: true };
});
