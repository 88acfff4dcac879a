"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { sendEmail, sendSms } from "@/lib/notify";
import { rateLimitByIp, rateLimitByKey } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { hashToken, newToken } from "@/lib/crypto";
import { sql } from "@/lib/postgres";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function requestEmailChange(_prev: unknown, formData: FormData) {
  const { userId, email } = await verifySession();
  await rateLimitByKey(`email-change:${userId}`);
  const newEmail = z.string().email().parse(formData.get("email"));
  const raw = newToken();
  await sql`insert into email_change_requests (user_id, new_email, token_hash, expires_at)
            values (${userId}, ${newEmail}, ${hashToken(raw)}, now() + interval '1 hour')`;
  await sendEmail({ to: newEmail, subject: "Confirm your new email", html: `/settings/email/confirm?token=${raw}` });
  await auditLog({ action: "email.change_requested", actorId: userId, meta: { from: email } });
  return { sent: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function confirmEmailChange(token: string) {
  const { userId } = await verifySession();
  await rateLimitByIp("email-confirm", 10);
  const raw = z.string().min(20).max(100).parse(token);
  const [pending] = await sql<{ new_email: string; token_hash: string }[]>`
    select new_email, token_hash from email_change_requests where user_id = ${userId} and expires_at > now()
    order by expires_at desc limit 1`;
  // ruleid: timing-unsafe-comparison
  if (!pending || pending.token_hash !== hashToken(raw)) return { ok: false };
  await prisma.user.update({ where: { id: userId }, data: { email: pending.new_email, emailVerified: new Date() } });
  await auditLog({ action: "email.changed", actorId: userId });
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestPhoneChange(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const phone = z.string().regex(/^\+[0-9]{9,15}$/).parse(formData.get("phone"));
  const otp = String(Math.floor(100000 + Math.random() * 900000));
  await prisma.smsCode.create({ data: { phone, otp, expiresAt: new Date(Date.now() + 600_000) } });
  await sendSms(phone, `Seedline: your verification code is ${otp}`);
  await auditLog({ action: "phone.change_requested", actorId: userId });
  return { sent: true };
}
