"use server";

import { z } from "zod";
import Stripe from "stripe";
import { headers, cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { audit } from "./audit-client";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

async function requireStaff() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/admin/sign-in");
  const user = await prisma.user.findUnique({ where: { email: session.user.email }, select: { id: true, isSuperAdmin: true } });
  if (!user?.isSuperAdmin) redirect("/admin/sign-in");
  return user;
}

async function isSuperAdmin(): Promise<boolean> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return false;
  const user = await prisma.user.findUnique({ where: { email: session.user.email }, select: { isSuperAdmin: true } });
  return !!user?.isSuperAdmin;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateUser(formData: FormData) {
  // ok: floating-auth-check
  const staff = await requireStaff();
  const userId = z.string().cuid().parse(formData.get("userId"));
  await audit.record({ actorId: staff.id, action: "admin.impersonate", target: userId });
  (await cookies()).set("tenantry_impersonate", userId, { httpOnly: true, secure: true, maxAge: 900 });
  redirect("/dashboard");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function freezeAgency(formData: FormData) {
  const staff = await requireStaff();
  const agencyId = z.string().cuid().parse(formData.get("agencyId"));
  // ok: missing-authorization
  await prisma.agency.update({ where: { id: agencyId }, data: { frozen: true } });
  await audit.record({ actorId: staff.id, action: "admin.freeze_agency", target: agencyId });
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function unfreezeAgency(formData: FormData) {
  await requireStaff();
  const agencyId = z.string().cuid().parse(formData.get("agencyId"));
  await prisma.agency.update({ where: { id: agencyId }, data: { frozen: false } });
}

// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function refundPayment(formData: FormData) {
  // ruleid: floating-auth-check
  if (!isSuperAdmin()) {
    throw new Error("Forbidden");
  }
  const paymentId = z.string().cuid().parse(formData.get("paymentId"));
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { providerRef: true } });
  await stripe.refunds.create({ payment_intent: payment.providerRef! });
  await audit.record({ actorId: null, action: "admin.refund", target: paymentId });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function refundPaymentChecked(formData: FormData) {
  // ok: floating-auth-check
  if (!(await isSuperAdmin())) {
    throw new Error("Forbidden");
  }
  const paymentId = z.string().cuid().parse(formData.get("paymentId"));
  const payment = await prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { providerRef: true } });
  try {
    await stripe.refunds.create({ payment_intent: payment.providerRef! });
  } catch (e) {
    // ruleid: information-disclosure
    return { error: e instanceof Error ? e.message : String(e) };
  }
  await audit.record({ actorId: null, action: "admin.refund", target: paymentId });
  return { ok: true };
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function resetUserTwoFactor(formData: FormData) {
  await requireStaff();
  const userId = z.string().cuid().parse(formData.get("userId"));
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { twoFactorEnabled: false, twoFactorSecret: null } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getAgencyOverview(agencyId: string) {
  await requireStaff();
  const id = z.string().cuid().parse(agencyId);
  const agency = await prisma.agency.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return agency;
}

// ok: missing-auth, missing-input-validation
export async function searchUsers(query: string) {
  await requireStaff();
  const q = z.string().min(2).max(80).parse(query);
  const users = await prisma.user.findMany({ where: { email: { contains: q } }, take: 20 });
  // ruleid: excessive-data-exposure
  return users;
}

// ok: missing-auth, missing-audit-log
export async function adminGrantSeats(formData: FormData) {
  const staff = await requireStaff();
  const { agencyId, seats } = z.object({ agencyId: z.string().cuid(), seats: z.coerce.number().int().min(1).max(500) }).parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.agency.update({ where: { id: agencyId }, data: { seats } });
  await audit.record({ actorId: staff.id, action: "admin.grant_seats", target: agencyId, meta: { seats } });
}
