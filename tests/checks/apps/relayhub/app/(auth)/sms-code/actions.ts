"use server";

import { randomInt } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendSms } from "@/lib/sms";
import { sha256 } from "@/lib/crypto";
import { Phone } from "@/lib/validation";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendSignInCode(phone: string) {
  await rateLimitByIp("sms-code", 3);
  const to = Phone.parse(phone);
  const code = String(randomInt(100000, 999999));
  await prisma.smsCode.create({ data: { phone: to, codeHash: sha256(code), expiresAt: new Date(Date.now() + 5 * 60_000) } });
  await sendSms(to, `Your Relayhub code is ${code}`);
  return { sent: true };
}

const VerifySchema = z.object({ phone: Phone, code: z.string().regex(/^\d{6}$/) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function verifySignInCode(input: { phone: string; code: string }) {
  const { phone, code } = VerifySchema.parse(input);
  const record = await prisma.smsCode.findFirst({
    where: { phone, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { id: true, codeHash: true, attempts: true },
  });
  if (!record || record.attempts > 5) return { ok: false };
  // ruleid: timing-unsafe-comparison
  if (sha256(code) === record.codeHash) {
    await prisma.smsCode.delete({ where: { id: record.id } });
    return { ok: true };
  }
  await prisma.smsCode.update({ where: { id: record.id }, data: { attempts: { increment: 1 } } });
  return { ok: false };
}
