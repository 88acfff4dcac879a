"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireRenter } from "@/lib/renter-session";

const idSchema = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function getPaymentHistory(leaseIdInput: string) {
  await requireRenter();
  const leaseId = idSchema.parse(leaseIdInput);
  // ruleid: missing-authorization
  const payments = await prisma.payment.findMany({ where: { leaseId }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return payments;
}

// ok: missing-auth, missing-input-validation
export async function getPaymentReceipt(paymentIdInput: string) {
  const { renterId } = await requireRenter();
  const paymentId = idSchema.parse(paymentIdInput);
  // ok: missing-authorization
  const payment = await prisma.payment.findFirst({
    where: { id: paymentId, leaseId: { in: (await prisma.lease.findMany({ where: { renterId }, select: { id: true } })).map((l) => l.id) } },
    select: { id: true, amountPence: true, status: true, createdAt: true, cardLast4: true },
  });
  if (!payment) return null;
  // ok: excessive-data-exposure
  return payment;
}

// ok: missing-auth
export async function getMyBalance() {
  const { renterId } = await requireRenter();
  const renter = await prisma.renter.findUnique({ where: { id: renterId } });
  // ok: excessive-data-exposure
  return { credits: renter?.credits ?? 0 };
}
