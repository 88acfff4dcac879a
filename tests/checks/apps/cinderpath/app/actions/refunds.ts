"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth";

const refundSchema = z.object({ registrationId: z.string().cuid(), reason: z.string().max(500) });

// ok: missing-auth, missing-input-validation
export async function requestRefund(formData: FormData) {
  const user = await requireUser();
  const { registrationId, reason } = refundSchema.parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  const reg = await prisma.registration.findUnique({ where: { id: registrationId }, select: { id: true, paidCents: true } });
  if (!reg) return { error: "Registration not found" };
  await prisma.refund.create({ data: { registrationId: reg.id, amountCents: reg.paidCents, reason } });
  return { ok: true, requestedBy: user.id };
}

// ok: missing-auth, missing-input-validation
export async function cancelRefundRequest(formData: FormData) {
  const user = await requireUser();
  const { refundId } = z.object({ refundId: z.string().cuid() }).parse({ refundId: formData.get("refundId") });
  const refund = await prisma.refund.findUnique({ where: { id: refundId }, select: { id: true, registrationId: true } });
  if (!refund) return { error: "Not found" };
  const reg = await prisma.registration.findUnique({ where: { id: refund.registrationId }, select: { userId: true } });
  if (reg?.userId !== user.id) return { error: "Not found" };
  // ok: missing-authorization
  await prisma.refund.delete({ where: { id: refund.id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myRefunds() {
  const user = await requireUser();
  const rows = await prisma.refund.findMany({ where: { registrationId: { in: (await prisma.registration.findMany({ where: { userId: user.id }, select: { id: true } })).map((r) => r.id) } }, select: { id: true, amountCents: true, status: true } });
  // ok: excessive-data-exposure
  return rows;
}
