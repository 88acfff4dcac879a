"use server";

import { z } from "zod";
import { createHash, randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { kdb } from "@/lib/db/kysely";
import { pool } from "@/lib/db/pg";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestShopPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("shop-forgot");
  const email = z.string().email().toLowerCase().parse(formData.get("email"));
  const user = await kdb.selectFrom("shop_users").select(["id"]).where("email", "=", email).executeTakeFirst();
  // why: reveals which emails have a staff account
  // ruleid: information-disclosure
  if (!user) return { error: "No staff account uses this email." };
  const token = randomBytes(32).toString("base64url");
  await pool.query("INSERT INTO shop_password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')", [user.id, createHash("sha256").update(token).digest("hex")]);
  await sendMail(email, "Reset your Spoolworks shop password", `<a href="${process.env.NEXT_PUBLIC_SITE_URL}/shop/password/${token}">Reset password</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function resetShopPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("shop-reset");
  const { token, password } = z.object({ token: z.string().min(20), password: z.string().min(10).max(200) }).parse({ token: formData.get("token"), password: formData.get("password") });
  const tokenHash = createHash("sha256").update(token).digest("hex");
  // ok: sql-injection, timing-unsafe-comparison
  const { rows } = await pool.query("DELETE FROM shop_password_resets WHERE token_hash = $1 AND expires_at > now() RETURNING user_id", [tokenHash]);
  // ok: information-disclosure
  if (!rows[0]) return { error: "This link is invalid or has expired." };
  await kdb.updateTable("shop_users").set({ password_hash: await hash(password) }).where("id", "=", rows[0].user_id).execute();
  await auditLog({ actorId: rows[0].user_id, action: "shop.password_reset" });
  return { ok: true };
}
