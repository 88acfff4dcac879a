"use server";

import { randomInt } from "node:crypto";
import { z } from "zod";
import { ownerClient, ownerLimitedClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { sendSms } from "@/lib/sms";
import { createAuditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendPhoneCode = ownerLimitedClient.action(async ({ ctx }) => {
  const owner = await prisma.owner.findUnique({ where: { id: ctx.owner.id }, select: { phone: true } });
  if (!owner?.phone) return { error: "Add a phone number first" };
  const code = String(randomInt(100000, 999999));
  await prisma.owner.update({ where: { id: ctx.owner.id }, data: { resetTokenHash: hashToken(code), resetExpires: new Date(Date.now() + 600_000) } });
  await sendSms(owner.phone, `Your Vetpoint code is ${code}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const confirmPhoneCode = ownerLimitedClient
  .inputSchema(z.object({ code: z.string().regex(/^\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    const row = await prisma.owner.findUnique({ where: { id: ctx.owner.id }, select: { resetTokenHash: true } });
    // ok: timing-unsafe-comparison
    if (!row?.resetTokenHash || !secureCompare(row.resetTokenHash, hashToken(parsedInput.code))) return { error: "Wrong code" };
    await prisma.owner.update({ where: { id: ctx.owner.id }, data: { resetTokenHash: null } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendPhoneCode = ownerClient.action(async ({ ctx }) => {
  const owner = await prisma.owner.findUnique({ where: { id: ctx.owner.id }, select: { phone: true } });
  if (!owner?.phone) return { error: "Add a phone number first" };
  const code = String(randomInt(100000, 999999));
  await prisma.owner.update({ where: { id: ctx.owner.id }, data: { resetTokenHash: hashToken(code) } });
  await sendSms(owner.phone, `Your Vetpoint code is ${code}`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const disableTwoFactor = ownerClient.action(async ({ ctx }) => {
  await prisma.owner.update({ where: { id: ctx.owner.id }, data: { phone: null } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const disableTwoFactorAudited = ownerClient.action(async ({ ctx }) => {
  await prisma.owner.update({ where: { id: ctx.owner.id }, data: { phone: null } });
  await createAuditLog({ actorId: ctx.owner.id, action: "owner.2fa_disabled" });
  return { ok: true };
});
