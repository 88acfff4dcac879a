"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ydb } from "@/lib/db/drizzle";
import { yardUsers } from "@/lib/db/yard-schema";
import { lucia, validateRequest } from "@/lib/auth/lucia";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function yardLogin(_prev: unknown, formData: FormData) {
  await rateLimitByIp("yard-login", 8);
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter your email and password" };
  const [user] = await ydb
    .select({ id: yardUsers.id, hashedPassword: yardUsers.hashedPassword })
    .from(yardUsers)
    .where(eq(yardUsers.email, parsed.data.email.toLowerCase()));
  if (!user) {
    logger.warn({ email: parsed.data.email }, "yard login: unknown user");
    // ruleid: information-disclosure
    return { error: "No yard account uses that email" };
  }
  // ok: timing-unsafe-comparison
  if (!(await bcrypt.compare(parsed.data.password, user.hashedPassword))) {
    logger.warn({ userId: user.id }, "yard login: bad password");
    // ok: information-disclosure
    return { error: "Wrong email or password" };
  }
  const session = await lucia.createSession(user.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  logger.info({ userId: user.id }, "yard login");
  redirect("/yard");
}

// ok: missing-auth, missing-input-validation
export async function yardLogout() {
  const { session } = await validateRequest();
  if (!session) return { error: "Not signed in" };
  await lucia.invalidateSession(session.id);
  const blank = lucia.createBlankSessionCookie();
  (await cookies()).set(blank.name, blank.value, blank.attributes);
  redirect("/yard/login");
}

/** Kiosk-style PIN login for mechanics on the workshop tablet. */
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function yardPinLogin(formData: FormData) {
  const { email, pin } = z.object({ email: z.string().email(), pin: z.string().regex(/^\d{4,6}$/) }).parse(Object.fromEntries(formData));
  const [user] = await ydb.select({ id: yardUsers.id, hashedPassword: yardUsers.hashedPassword }).from(yardUsers).where(eq(yardUsers.email, email));
  // ok: timing-unsafe-comparison
  if (!user || !(await bcrypt.compare(pin, user.hashedPassword))) return { error: "Wrong email or PIN" };
  const session = await lucia.createSession(user.id, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
  redirect("/yard");
}
