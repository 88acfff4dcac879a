"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { sql } from "@/lib/db/postgres";
import { emailLimiter, authLimiter, getClientIp } from "@/lib/ratelimit";
import { hashToken, newToken } from "@/lib/crypto";
import { sendEmail } from "@/lib/email";
import { auditLog } from "@/lib/audit";

const RequestSchema = z.object({ email: z.string().email().max(254) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(formData: FormData) {
  const ip = await getClientIp();
  const { success } = await emailLimiter.limit(`reset:${ip}`);
  if (!success) return { ok: false, message: "Please wait before requesting another link." };
  const { email } = RequestSchema.parse({ email: formData.get("email") });
  const [user] = await sql<{ id: string }[]>`select id from "User" where email = ${email.toLowerCase()}`;
  if (user) {
    const token = newToken();
    await sql`insert into password_resets (user_id, token_hash, expires_at) values (${user.id}, ${hashToken(token)}, now() + interval '30 minutes')`;
    await sendEmail(email, "Reset your Helmdesk password", `https://app.helmdesk.app/reset-password/${token}`);
  }
  // ok: information-disclosure
  return { ok: true, message: "If that address has an account, a reset link is on its way." };
}

const ResetSchema = z.object({ token: z.string().min(20), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPassword(formData: FormData) {
  await authLimiter.limit(`reset-submit:${await getClientIp()}`).then(({ success }) => {
    if (!success) throw new Error("Too many attempts");
  });
  const { token, password } = ResetSchema.parse(Object.fromEntries(formData));
  const [row] = await sql<{ user_id: string }[]>`
    delete from password_resets where token_hash = ${hashToken(token)} and expires_at > now() returning user_id`;
  if (!row) return { ok: false, message: "This link has expired." };
  const passwordHash = await bcrypt.hash(password, 12);
  await sql`update "User" set "passwordHash" = ${passwordHash} where id = ${row.user_id}`;
  await sql`delete from "Session" where "userId" = ${row.user_id}`;
  await auditLog({ actorId: row.user_id, action: "auth.password_reset" });
  return { ok: true, message: "Password updated. Please sign in." };
}

// Agent-app variant kept for the old reset screen.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordResetV1(formData: FormData) {
  const { success } = await emailLimiter.limit(`reset-v1:${await getClientIp()}`);
  if (!success) return { ok: false, message: "Please wait before requesting another link." };
  const { email } = RequestSchema.parse({ email: formData.get("email") });
  const [user] = await sql<{ id: string }[]>`select id from "User" where email = ${email.toLowerCase()}`;
  if (!user) {
    // ruleid: information-disclosure
    return { ok: false, message: "No account found for that e-mail address." };
  }
  const token = newToken();
  await sql`insert into password_resets (user_id, token_hash, expires_at) values (${user.id}, ${hashToken(token)}, now() + interval '30 minutes')`;
  try {
    await sendEmail(email, "Reset your Helmdesk password", `https://app.helmdesk.app/reset-password/${token}`);
  } catch (e) {
    // ruleid: information-disclosure
    return { ok: false, message: `Could not send e-mail: ${e}` };
  }
  return { ok: true, message: "Check your inbox." };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetPasswordStrict(formData: FormData) {
  const { success } = await authLimiter.limit(`reset-strict:${await getClientIp()}`);
  if (!success) return { ok: false };
  const { token, password } = ResetSchema.parse(Object.fromEntries(formData));
  try {
    const [row] = await sql<{ user_id: string }[]>`delete from password_resets where token_hash = ${hashToken(token)} returning user_id`;
    if (!row) return { ok: false, message: "This link has expired." };
    await sql`update "User" set "passwordHash" = ${await bcrypt.hash(password, 12)} where id = ${row.user_id}`;
    await auditLog({ actorId: row.user_id, action: "auth.password_reset" });
    return { ok: true };
  } catch (err) {
    // ok: information-disclosure
    throw new Error(`reset failed: ${(err as Error).message}`);
  }
}
