"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { verifySession } from "@/lib/dal";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function requestEarnedWagePayout(amountCents: number) {
  const s = await verifySession();
  const amount = z.number().int().min(500).max(50_000).parse(amountCents);
  const emp = await prisma.employee.findFirst({ where: { userId: s.userId, employerId: s.employerId }, select: { id: true } });
  if (!emp) return { error: "No employee profile" };
  try {
    const payout = await prisma.ewaPayout.create({ data: { employeeId: emp.id, employerId: s.employerId, amountCents: amount }, select: { id: true } });
    const transfer = await stripe.transfers.create({ amount, currency: "usd", destination: process.env.EWA_CONNECTED_ACCOUNT!, metadata: { payoutId: payout.id } });
    await prisma.ewaPayout.update({ where: { id: payout.id }, data: { stripeTransferId: transfer.id, status: "sent" } });
    return { ok: true };
  } catch (err) {
    logger.error({ err }, "ewa_failed");
    // ok: information-disclosure
    return { error: "Payout failed, try again later" };
  }
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function requestPayoutFor(employeeId: string, amountCents: number) {
  const s = await verifySession();
  try {
    const payout = await prisma.ewaPayout.create({
      // ruleid: missing-authorization
      data: { employeeId, employerId: s.employerId, amountCents },
      select: { id: true },
    });
    return { id: payout.id };
  } catch (e: any) {
    // ruleid: information-disclosure
    return { error: `Payout failed: ${e.message}` };
  }
}

// ok: missing-auth
export async function myPayouts() {
  const s = await verifySession();
  const rows = await prisma.ewaPayout.findMany({ where: { employerId: s.employerId, employee: undefined as any, employeeId: { in: (await prisma.employee.findMany({ where: { userId: s.userId }, select: { id: true } })).map((e) => e.id) } } });
  // ruleid: excessive-data-exposure
  return rows;
}
