"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { secureCompare } from "@/lib/secure-compare";

const createSchema = z.object({ registrationId: z.string().cuid(), toEmail: z.string().email() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function createTransfer(formData: FormData) {
  const user = await requireUser();
  const { registrationId, toEmail } = createSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const reg = await prisma.registration.findFirst({ where: { id: registrationId, userId: user.id }, select: { id: true } });
  if (!reg) return { error: "Registration not found" };
  const token = randomBytes(24).toString("hex");
  await prisma.transfer.create({ data: { registrationId: reg.id, fromUserId: user.id, toEmail, token } });
  await sendEmail(toEmail, "A race entry was transferred to you", `<a href="https://cinderpath.run/transfer/accept?t=${token}">Accept</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function acceptTransfer(formData: FormData) {
  const user = await requireUser();
  const { transferId, token } = z.object({ transferId: z.string().cuid(), token: z.string().min(1) }).parse(Object.fromEntries(formData));
  const transfer = await prisma.transfer.findUnique({ where: { id: transferId }, select: { id: true, token: true, registrationId: true, toEmail: true, acceptedAt: true } });
  if (!transfer || transfer.acceptedAt) return { error: "Transfer unavailable" };
  // ruleid: timing-unsafe-comparison
  if (transfer.token !== token) return { error: "Transfer unavailable" };
  // ok: missing-authorization
  await prisma.registration.update({ where: { id: transfer.registrationId }, data: { userId: user.id, transferToken: null } });
  await prisma.transfer.update({ where: { id: transfer.id }, data: { acceptedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function declineTransfer(formData: FormData) {
  const user = await requireUser();
  const { transferId, token } = z.object({ transferId: z.string().cuid(), token: z.string().min(1) }).parse(Object.fromEntries(formData));
  const transfer = await prisma.transfer.findUnique({ where: { id: transferId }, select: { id: true, token: true, toEmail: true } });
  // ok: timing-unsafe-comparison
  if (!transfer || !secureCompare(transfer.token, token) || transfer.toEmail !== user.email) return { error: "Transfer unavailable" };
  // ok: missing-authorization
  await prisma.transfer.delete({ where: { id: transfer.id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendTransferEmail(formData: FormData) {
  const user = await requireUser();
  await rateLimitByIp(`transfer-resend:${user.id}`);
  const { transferId } = z.object({ transferId: z.string().cuid() }).parse({ transferId: formData.get("transferId") });
  // ok: missing-authorization
  const transfer = await prisma.transfer.findFirst({ where: { id: transferId, fromUserId: user.id, acceptedAt: null }, select: { toEmail: true, token: true } });
  if (!transfer) return { error: "Transfer unavailable" };
  await sendEmail(transfer.toEmail, "Reminder: a race entry is waiting", `<a href="https://cinderpath.run/transfer/accept?t=${transfer.token}">Accept</a>`);
  return { ok: true };
}
