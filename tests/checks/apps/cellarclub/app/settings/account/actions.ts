"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { auth, signOut } from "@/lib/auth/authjs";
import { auditLog } from "@/lib/audit";
import { stripe } from "@/lib/stripe";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function deleteAccount(formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp(`delete:${userId}`);
  const password = z.string().min(1).parse(formData.get("password"));
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!u?.passwordHash || !(await bcrypt.compare(password, u.passwordHash))) return { error: "Password is incorrect." };
  const members = await prisma.member.findMany({ where: { userId }, select: { stripeCustomerId: true } });
  for (const m of members) if (m.stripeCustomerId) await stripe.customers.del(m.stripeCustomerId);
  await prisma.user.delete({ where: { id: userId } });
  await auditLog({ actorId: userId, action: "account_deleted" });
  await signOut({ redirect: false });
  redirect("/goodbye");
}

// One-click variant from the mobile app.
// ok: missing-auth
// ruleid: missing-audit-log
export async function deleteAccountNow() {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: session.user.id } });
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation
export async function updateProfile(formData: FormData) {
  const { userId } = await verifySession();
  const data = z.object({ name: z.string().min(1).max(80) }).parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: userId }, data, select: { id: true } });
  return { success: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileLegacy(formData: FormData) {
  const { userId } = await verifySession();
  const data = Object.fromEntries(formData);
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data,
    select: { id: true },
  });
  return { success: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileFor(userId: string, formData: FormData) {
  await verifySession();
  // ruleid: missing-authorization
  await prisma.user.update({
    where: { id: userId },
    // ok: mass-assignment
    data: { name: String(formData.get("name")) },
    select: { id: true },
  });
  return { success: true };
}
