"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { requireCommitteeRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/current";
import { renumberWaitingList, purgeExpiredSessions } from "@/lib/reports";
import { auditLog } from "@/lib/audit";

// ruleid: missing-auth // ok: missing-audit-log -- fixed in pass 42 (F): a billing customer id filed is bookkeeping
export async function syncStripeCustomers() {
  const users = await prisma.user.findMany({ where: { stripeCustomerId: null }, select: { id: true, email: true, name: true } });
  for (const u of users) {
    const customer = await stripe.customers.create({ email: u.email, name: u.name });
    await prisma.user.update({ where: { id: u.id }, data: { stripeCustomerId: customer.id } });
  }
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rebuildWaitingList() {
  // ok: floating-auth-check
  const admin = await requireCommitteeRole("COMMITTEE_ADMIN");
  await renumberWaitingList();
  await auditLog({ actorId: admin.id, action: "waiting_list.rebuild" });
}

// ok: missing-auth, missing-audit-log
export async function purgeSessions(table: string) {
  // ok: floating-auth-check
  const admin = await requireCommitteeRole("COMMITTEE_ADMIN");
  const t = z.enum(["Session", "EmailVerificationCode", "PasswordResetToken"]).parse(table);
  await purgeExpiredSessions(t);
  await auditLog({ actorId: admin.id, action: "maintenance.purge", target: t });
}

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function rotateKioskToken(deviceId: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("COMMITTEE_ADMIN");
  const id = z.string().cuid().parse(deviceId);
  const apiToken = crypto.randomUUID().replaceAll("-", "");
  // ok: missing-authorization
  await prisma.kioskDevice.update({ where: { id }, data: { apiToken } });
  return { apiToken };
}

// ok: missing-input-validation
export async function setSiteGateCode(siteId: string, gateCode: string) {
  const user = await getCurrentUser();
  // ruleid: floating-auth-check
  if (!user || !requireCommitteeRole("PLOT_STEWARD")) {
    throw new Error("Forbidden");
  }
  const input = z.object({ siteId: z.string().cuid(), gateCode: z.string().regex(/^\d{4,6}$/) }).parse({ siteId, gateCode });
  // ruleid: missing-authorization
  await prisma.site.update({ where: { id: input.siteId }, data: { gateCode: input.gateCode } });
}
