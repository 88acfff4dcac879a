"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { stripe } from "@/lib/stripe";
import { auditLog } from "@/lib/audit";

const JoinSchema = z.object({ wineryId: z.string().cuid(), tierId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function joinClub(formData: FormData) {
  const { userId, email } = await verifySession();
  const { wineryId, tierId } = JoinSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { ageVerifiedAt: true } });
  if (!user?.ageVerifiedAt) return { error: "Please verify your age first." };
  const tier = await prisma.clubTier.findFirst({ where: { id: tierId, wineryId }, select: { id: true } });
  if (!tier) return { error: "Unknown tier" };
  const customer = await stripe.customers.create({ email, metadata: { userId, wineryId } });
  await prisma.member.create({
    // ok: mass-assignment, missing-authorization
    data: { userId, wineryId, tierId: tier.id, stripeCustomerId: customer.id },
    select: { id: true },
  });
  return { success: true };
}

// Quick-join from the events page (pre-fills everything from the form).
// ok: missing-auth
// ruleid: missing-input-validation
export async function quickJoin(formData: FormData) {
  const { userId } = await verifySession();
  const fields = Object.fromEntries(formData);
  await prisma.member.create({
    // ruleid: mass-assignment
    data: { ...fields, userId } as never,
    select: { id: true },
  });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function joinOnBehalf(formData: FormData) {
  await verifySession();
  const { wineryId, tierId, userId } = JoinSchema.extend({ userId: z.string().cuid() }).parse(Object.fromEntries(formData));
  await prisma.member.create({
    // ruleid: mass-assignment, missing-authorization
    data: { wineryId, tierId, userId },
    select: { id: true },
  });
  await auditLog({ action: "member_joined_on_behalf", target: userId });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelMembership(memberId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(memberId);
  // ok: missing-authorization
  const { count } = await prisma.member.updateMany({ where: { id, userId }, data: { status: "cancelled" } });
  return { cancelled: count > 0 };
}
