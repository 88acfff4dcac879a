"use server";

import { z } from "zod";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { requireClerkUserId, getKioskOperator } from "@/lib/auth/clerk";

async function kioskStaff(wineryId: string) {
  const { userId } = await clerkAuth();
  if (!userId) throw new Error("Unauthorized");
  const m = await prisma.staffMembership.findUnique({ where: { userId_wineryId: { userId, wineryId } }, select: { role: true } });
  if (!m) throw new Error("Forbidden");
  return { userId, role: m.role };
}

// ok: missing-auth, missing-input-validation
export async function kioskCheckIn(formData: FormData) {
  const { wineryId, memberId } = z.object({ wineryId: z.string().cuid(), memberId: z.string().cuid() }).parse(Object.fromEntries(formData));
  await kioskStaff(wineryId);
  // ok: missing-authorization
  const member = await prisma.member.findFirst({ where: { id: memberId, wineryId }, select: { id: true, status: true, user: { select: { name: true } } } });
  // ok: excessive-data-exposure
  return member ? { name: member.user.name, status: member.status } : null;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function kioskCloseTab(formData: FormData) {
  // ruleid: floating-auth-check
  requireClerkUserId();
  const orderId = z.string().cuid().parse(formData.get("orderId"));
  await prisma.order.update({ where: { id: orderId }, data: { status: "paid" } });
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function kioskNewMember(formData: FormData) {
  const wineryId = z.string().cuid().parse(formData.get("wineryId"));
  await kioskStaff(wineryId);
  const input = z.object({ email: z.string().email(), tierId: z.string().cuid() }).parse(Object.fromEntries(formData));
  const customer = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, ageVerifiedAt: true } });
  if (!customer?.ageVerifiedAt) return { error: "Check the guest's ID first." };
  // ok: missing-authorization
  const tier = await prisma.clubTier.findFirst({ where: { id: input.tierId, wineryId }, select: { id: true } });
  if (!tier) return { error: "Unknown tier" };
  await prisma.member.create({
    // ok: mass-assignment
    data: { wineryId, userId: customer.id, tierId: tier.id, status: "active" },
    select: { id: true },
  });
  return { success: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function kioskWhoAmI() {
  const op = await getKioskOperator();
  const staff = await prisma.staffMembership.findMany({ where: { userId: op?.id }, select: { wineryId: true, role: true } });
  return { operator: op?.email ?? null, staff };
}
