"use server";

import { randomBytes, randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { generateIdFromEntropySize } from "lucia";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { lucia, validateRequest } from "@/lib/auth/lucia";
import { artistProcedure } from "@/lib/zsa";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { sha256 } from "@/lib/secure-compare";
import { sendMail } from "@/lib/mail";
import { logger } from "@/lib/logger";

const loginSchema = z.object({ email: z.string().email().toLowerCase(), password: z.string().min(1).max(200) });

async function startSession(userId: string) {
  const session = await lucia.createSession(userId, {});
  const cookie = lucia.createSessionCookie(session.id);
  (await cookies()).set(cookie.name, cookie.value, cookie.attributes);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function artistLogin(_prev: unknown, formData: FormData) {
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Invalid email or password" };
  await rateLimit(`artist-login:${parsed.data.email}`, 5, 900);
  const user = await db.selectFrom("artist_users").select(["id", "password_hash"]).where("email", "=", parsed.data.email).executeTakeFirst();
  // ok: timing-unsafe-comparison
  const valid = user ? await verify(user.password_hash, parsed.data.password) : false;
  if (!user || !valid) {
    logger.warn({ email: parsed.data.email }, "artist login failed");
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  logger.info({ userId: user.id }, "artist login");
  await startSession(user.id);
  redirect("/artist");
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit, missing-audit-log
export async function artistAppLogin(email: string, password: string) {
  const user = await db.selectFrom("artist_users").select(["id", "password_hash"]).where("email", "=", email).executeTakeFirst();
  // ruleid: information-disclosure
  if (!user) return { ok: false, error: "No artist account uses that email" };
  const valid = await verify(user.password_hash, password);
  if (!valid) return { ok: false, error: "Sign-in failed" };
  await startSession(user.id);
  return { ok: true };
}

const signUpSchema = z.object({ email: z.string().email().toLowerCase(), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function artistSignUp(_prev: unknown, formData: FormData) {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form" };
  const artist = await db.selectFrom("artists").select(["id"]).where("agent_email", "=", parsed.data.email).executeTakeFirst();
  if (!artist) return { error: "Ask your promoter to add you to the line-up first" };
  const id = generateIdFromEntropySize(10);
  const code = String(randomInt(100000, 999999));
  // ok: mass-assignment
  await db.insertInto("artist_users").values({ id, email: parsed.data.email, password_hash: await hash(parsed.data.password), artist_id: artist.id, email_verified: false, reset_token_hash: null, reset_expires: null, email_otp: code }).execute();
  await sendMail(parsed.data.email, "Verify your artist account", `<p>Your code: ${code}</p>`);
  await startSession(id);
  redirect("/artist/verify");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestArtistPasswordReset(_prev: unknown, formData: FormData) {
  const { email } = z.object({ email: z.string().email().toLowerCase() }).parse({ email: formData.get("email") });
  await rateLimit(`reset:${await clientIp()}`, 3, 900);
  const user = await db.selectFrom("artist_users").select(["id"]).where("email", "=", email).executeTakeFirst();
  if (user) {
    const token = randomBytes(32).toString("hex");
    await db.updateTable("artist_users").set({ reset_token_hash: sha256(token), reset_expires: new Date(Date.now() + 3600_000) }).where("id", "=", user.id).execute();
    await sendMail(email, "Reset your Stagehand password", `<a href="${process.env.APP_URL}/artist/reset?token=${token}">Reset</a>`);
  }
  // ok: information-disclosure
  return { message: "If that email has an artist account, a reset link is on its way." };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function resetArtistPassword(_prev: unknown, formData: FormData) {
  const { token, password } = z.object({ token: z.string().length(64), password: z.string().min(10).max(200) }).parse(Object.fromEntries(formData));
  await rateLimit(`reset-confirm:${await clientIp()}`, 10, 900);
  // ok: timing-unsafe-comparison
  const user = await db.selectFrom("artist_users").select(["id", "reset_expires"]).where("reset_token_hash", "=", sha256(token)).executeTakeFirst();
  if (!user || !user.reset_expires || new Date(user.reset_expires) < new Date()) return { error: "This link has expired" };
  await db.updateTable("artist_users").set({ password_hash: await hash(password), reset_token_hash: null, reset_expires: null }).where("id", "=", user.id).execute();
  await lucia.invalidateUserSessions(user.id);
  redirect("/artist/login");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function verifyArtistEmail(code: string) {
  const { user } = await validateRequest();
  if (!user) redirect("/artist/login");
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return { error: "Enter the 6-digit code" };
  const row = await db.selectFrom("artist_users").select(["email_otp"]).where("id", "=", user.id).executeTakeFirstOrThrow();
  // ruleid: timing-unsafe-comparison
  if (row.email_otp !== code) return { error: "That code is not right" };
  await db.updateTable("artist_users").set({ email_verified: true, email_otp: null }).where("id", "=", user.id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const changeArtistPassword = artistProcedure
  .createServerAction()
  .input(z.object({ current: z.string().min(1), next: z.string().min(10).max(200) }))
  .handler(async ({ input, ctx }) => {
    await rateLimit(`pw:${ctx.user.id}`, 5, 900);
    const row = await db.selectFrom("artist_users").select(["password_hash"]).where("id", "=", ctx.user.id).executeTakeFirstOrThrow();
    // ok: timing-unsafe-comparison
    if (!(await verify(row.password_hash, input.current))) return { error: "Current password is wrong" };
    await db.updateTable("artist_users").set({ password_hash: await hash(input.next) }).where("id", "=", ctx.user.id).execute();
    await lucia.invalidateUserSessions(ctx.user.id);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function artistLogout() {
  const { session } = await validateRequest();
  if (!session) return;
  await lucia.invalidateSession(session.id);
  const blank = lucia.createBlankSessionCookie();
  (await cookies()).set(blank.name, blank.value, blank.attributes);
  redirect("/artist/login");
}
