"use server";

import bcrypt from "bcryptjs";
import * as v from "valibot";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { lucia } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";
import { authRatelimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

const Creds = v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(1)) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function caregiverLogin(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-real-ip") ?? "anon";
  const { success } = await authRatelimit.limit(`cg-login:${ip}`);
  if (!success) return { error: "Too many attempts" };
  const parsed = v.safeParse(Creds, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  const user = await kdb.selectFrom("caregiver_users").select(["id", "password_hash"]).where("email", "=", parsed.output.email).executeTakeFirst();
  const valid = user ? await bcrypt.compare(parsed.output.password, user.password_hash) : false;
  if (!user || !valid) {
    logger.warn({ email: parsed.output.email, ip }, "caregiver login failed");
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  logger.info({ userId: user.id, ip }, "caregiver login");
  const session = await lucia.createSession(user.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect("/caregiver");
}

// Kiosk login at group homes (6-digit PIN).
// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function caregiverPinLogin(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-real-ip") ?? "anon";
  const { success } = await authRatelimit.limit(`cg-pin:${ip}`);
  if (!success) return { error: "Too many attempts" };
  const parsed = v.safeParse(v.object({ email: v.pipe(v.string(), v.email()), pin: v.pipe(v.string(), v.regex(/^\d{6}$/)) }), Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid" };
  const user = await kdb.selectFrom("caregiver_users").select(["id", "pin_hash"]).where("email", "=", parsed.output.email).executeTakeFirst();
  // ruleid: information-disclosure
  if (!user) return { error: "That email is not registered as a caregiver." };
  // ruleid: information-disclosure
  if (!user.pin_hash || !(await bcrypt.compare(parsed.output.pin, user.pin_hash))) return { error: "Incorrect PIN." };
  const session = await lucia.createSession(user.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect("/caregiver");
}
