"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { sendEmail } from "@/lib/mail";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendReferralInvite(_prev: unknown, formData: FormData) {
  const { userId, email: from } = await verifySession();
  const email = z.string().email().parse(formData.get("email"));
  const referral = await prisma.referral.create({ data: { referrerId: userId, email }, select: { id: true } });
  await sendEmail(email, `${from} invited you to Studiopass`, `<a href="https://studiopass.app/r/${referral.id}">Claim your free class</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function claimReferralReward(referralId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(referralId);
  const referral = await prisma.referral.findUnique({ where: { id }, select: { referrerId: true, status: true } });
  if (!referral || referral.referrerId !== userId || referral.status !== "joined") return { error: "Not eligible." };
  const member = await prisma.member.findFirst({ where: { userId }, select: { id: true } });
  if (!member) return { error: "No member profile." };
  // ok: mass-assignment, missing-authorization
  await prisma.member.update({ where: { id: member.id }, data: { credits: { increment: 2 } } });
  await prisma.referral.update({ where: { id }, data: { status: "rewarded", rewardedAt: new Date() } });
  return { ok: true };
}
