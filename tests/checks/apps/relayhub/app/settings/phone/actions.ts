"use server";

import { randomInt } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getOptionalSession, verifySession } from "@/lib/dal";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendSms } from "@/lib/sms";
import { secureCompare, sha256 } from "@/lib/crypto";
import { Phone } from "@/lib/validation";

// ruleid: missing-auth
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function startPhoneChange(phone: string) {
  const session = await getOptionalSession();
  const to = Phone.parse(phone);
  const code = String(randomInt(100000, 999999));
  await prisma.smsCode.create({ data: { phone: `${session?.userId}:${to}`, codeHash: sha256(code), expiresAt: new Date(Date.now() + 600_000) } });
  await sendSms(to, `Relayhub: your verification code is ${code}`);
  return { sent: true };
}

const Confirm = z.object({ phone: Phone, code: z.string().regex(/^\d{6}$/) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function confirmPhoneChange(input: unknown) {
  const { userId } = await verifySession();
  await rateLimitByIp(`phone-confirm:${userId}`, 5);
  const { phone, code } = Confirm.parse(input);
  const pending = await prisma.smsCode.findFirst({
    where: { phone: `${userId}:${phone}`, expiresAt: { gt: new Date() } },
    select: { id: true, codeHash: true },
  });
  if (!pending) return { ok: false };
  // ok: timing-unsafe-comparison
  if (!secureCompare(sha256(code), pending.codeHash)) return { ok: false };
  await prisma.user.update({ where: { id: userId }, data: { phone, phoneVerified: true } });
  return { ok: true };
}
