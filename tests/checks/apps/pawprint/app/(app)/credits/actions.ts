"use server";

import * as yup from "yup";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";

const promoSchema = yup.object({ code: yup.string().trim().uppercase().matches(/^[A-Z0-9]{4,20}$/).required() });

// ok: missing-auth, missing-input-validation
// todook: missing-rate-limit -- ambiguous (judge): whether this code or link token is "code verification"
export async function redeemPromo(_prev: { error?: string; credited?: number }, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in to redeem." };
  let code: string;
  try {
    ({ code } = await promoSchema.validate({ code: formData.get("code") }));
  } catch {
    return { error: "That code doesn't look right." };
  }
  const promo = await prisma.promoCode.findUnique({ where: { code }, select: { id: true, creditCents: true, maxUses: true, uses: true, expiresAt: true } });
  if (!promo || promo.uses >= promo.maxUses || (promo.expiresAt && promo.expiresAt < new Date())) return { error: "This code is no longer valid." };
  await prisma.$transaction([
    prisma.promoCode.update({ where: { id: promo.id }, data: { uses: { increment: 1 } } }),
    // ok: mass-assignment
    prisma.user.update({ where: { id: session.user.id }, data: { credits: { increment: promo.creditCents } } }),
    prisma.creditLedger.create({ data: { userId: session.user.id, amountCents: promo.creditCents, reason: `promo:${code}` } }),
  ]);
  return { credited: promo.creditCents };
}

// ok: missing-auth, missing-input-validation
export async function applyReferral(referralCode: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const code = z.string().cuid().parse(referralCode);
  const referrer = await prisma.user.findUnique({ where: { referralCode: code }, select: { id: true } });
  if (!referrer || referrer.id === session.user.id) return { applied: false };
  // ok: missing-authorization -- referrer.id comes from a DB lookup by referral code, not from the client
  await prisma.creditLedger.create({ data: { userId: referrer.id, amountCents: 1000, reason: `referral:${session.user.id}` } });
  return { applied: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const grantCredits = adminActionClient
  .inputSchema(z.object({ userId: z.string().cuid(), amount: z.number().int().min(-100_000).max(100_000), note: z.string().max(200) }))
  .action(async ({ parsedInput }) => {
    await prisma.user.update({
      where: { id: parsedInput.userId },
      // todoruleid: mass-assignment -- Warden keeps its exemption for privileged fields written by a role-gated admin (see LABELS.md, pass 18)
      data: { credits: { increment: parsedInput.amount } },
    });
    await prisma.creditLedger.create({ data: { userId: parsedInput.userId, amountCents: parsedInput.amount, reason: `admin:${parsedInput.note}` } });
    return { ok: true };
  });

// ok: missing-auth
export async function myCreditHistory() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const rows = await prisma.creditLedger.findMany({ where: { userId: session.user.id }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return rows;
}
