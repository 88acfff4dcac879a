"use server";

import { z } from "zod";
import { timingSafeEqual } from "crypto";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { ratelimit, rateLimitByIp } from "@/lib/ratelimit";
import { sendSms } from "@/lib/sms";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyEmail(token: string) {
  await rateLimitByIp("verify-email");
  const t = z.string().length(64).parse(token);
  // ok: sql-injection
  const [row] = await sql`DELETE FROM email_verifications WHERE token = ${t} AND expires_at > now() RETURNING user_id`;
  if (!row) return { error: "Link expired" };
  await prisma.user.update({ where: { id: row.user_id }, data: { emailVerified: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendPhoneOtp(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in first" };
  const { success } = await ratelimit.limit(`otp:${session.user.id}`);
  if (!success) return { error: "Too many codes requested" };
  const phone = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(formData.get("phone"));
  const otp = String(Math.floor(100000 + Math.random() * 900000));
  // ok: sql-injection
  await sql`INSERT INTO phone_otps (user_id, phone, otp, expires_at) VALUES (${session.user.id}, ${phone}, ${otp}, now() + interval '10 minutes')`;
  await sendSms(phone, `Your Trailpost code is ${otp}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyPhoneOtp(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in first" };
  const { success } = await ratelimit.limit(`otp-verify:${session.user.id}`);
  if (!success) return { error: "Too many attempts" };
  const otp = z.string().regex(/^\d{6}$/).parse(formData.get("otp"));
  // ok: sql-injection
  const [row] = await sql`SELECT phone, otp FROM phone_otps WHERE user_id = ${session.user.id} AND expires_at > now() ORDER BY expires_at DESC LIMIT 1`;
  // ok: timing-unsafe-comparison
  if (!row || !secureCompare(String(row.otp), otp)) return { error: "Wrong code" };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: { phone: row.phone } });
  return { ok: true };
}

// Kiosk check-in: customer types the trip's meeting PIN on the trailhead tablet.
// why: PIN verification endpoint with no rate limit (4-6 digit PIN is brute-forceable)
// ruleid: missing-rate-limit -- (gap judge W, F; fixed in pass 28) a 4-6 digit PIN check is code verification (rule 7)
// ok: missing-auth, missing-input-validation
export async function verifyMeetingPin(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in first" };
  const { tripId, pin } = z.object({ tripId: z.string().cuid(), pin: z.string().regex(/^\d{4,6}$/) }).parse(Object.fromEntries(formData));
  const trip = await prisma.trip.findFirst({ where: { id: tripId, bookings: { some: { userId: session.user.id } } }, select: { meetingPin: true } });
  if (!trip?.meetingPin) return { error: "No PIN set" };
  // ok: timing-unsafe-comparison
  const ok = trip.meetingPin.length === pin.length && timingSafeEqual(Buffer.from(trip.meetingPin), Buffer.from(pin));
  return { ok };
}
