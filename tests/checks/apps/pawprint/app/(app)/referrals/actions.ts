"use server";

import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { ratelimit } from "@/lib/rate-limit";

// ruleid: missing-input-validation, missing-rate-limit
// ok: missing-auth
export async function sendReferralInvite(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const to = formData.get("email") as string;
  const me = await prisma.user.findUnique({ where: { id: session.user.id }, select: { name: true, referralCode: true } });
  await sendEmail({ to, subject: `${me?.name ?? "A friend"} invited you to Pawprint`, html: `<a href="https://pawprint.pet/r/${me?.referralCode}">Get $10 off your first walk</a>` });
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendReferralInviteV2(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const to = z.string().email().parse(formData.get("email"));
  const { success } = await ratelimit.limit(`referral:${session.user.id}`);
  if (!success) throw new Error("Daily invite limit reached");
  const me = await prisma.user.findUnique({ where: { id: session.user.id }, select: { name: true, referralCode: true } });
  await sendEmail({ to, subject: `${me?.name ?? "A friend"} invited you to Pawprint`, html: `<a href="https://pawprint.pet/r/${me?.referralCode}">Get $10 off</a>` });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function claimReferralBonus() {
  const session = await auth();
  const pending = await prisma.creditLedger.findMany({ where: { userId: session?.user?.id, reason: { startsWith: "referral:" }, amountCents: { gt: 0 } }, select: { amountCents: true } });
  const total = pending.reduce((s, r) => s + r.amountCents, 0);
  await prisma.user.update({ where: { id: session?.user?.id }, data: { credits: { increment: total } } });
  return { total };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateReferralProfile(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in" };
  await prisma.user.update({
    where: { id: session.user.id },
    data: {
      // ruleid: mass-assignment
      ...Object.fromEntries(formData),
      referralCode: undefined,
    },
  });
  return {};
}
