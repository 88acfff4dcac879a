"use server";

import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { signOut } from "@/lib/auth";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/rate-limit";

// ok: missing-auth
export async function exportMyData() {
  const { userId } = await verifySession();
  const [user, donor] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, phone: true, createdAt: true } }),
    prisma.donor.findUnique({ where: { userId }, select: { id: true, firstName: true, lastName: true, addressLine1: true, postcode: true } }),
  ]);
  const gifts = donor
    ? await prisma.donation.findMany({ where: { donorId: donor.id }, select: { amountPence: true, createdAt: true, giftAid: true } })
    : [];
  // ok: excessive-data-exposure
  return { user, donor, gifts: gifts.map((g) => ({ amount: g.amountPence / 100, date: g.createdAt, giftAid: g.giftAid })) };
}

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function deleteMyAccount(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`delete-account:${userId}`, 3);
  const password = formData.get("password");
  if (typeof password !== "string" || password.length === 0) return { error: "Enter your password to confirm." };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) {
    // ok: information-disclosure
    return { error: "That password isn't right." };
  }
  await prisma.user.update({ where: { id: userId }, data: { disabled: true, email: `deleted+${userId}@relayhub.invalid`, name: null, phone: null } });
  after(() => auditLog({ actorId: userId, action: "account.deleted" }));
  await signOut({ redirect: false });
  redirect("/goodbye");
}
