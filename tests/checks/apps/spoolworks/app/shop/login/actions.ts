"use server";

import { z } from "zod";
import { verify } from "@node-rs/argon2";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { createHmac } from "node:crypto";
import { lucia, validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { secureCompare } from "@/lib/hmac";

const ShopLogin = z.object({ email: z.string().email().toLowerCase(), password: z.string().min(1) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function shopLogin(_prev: unknown, formData: FormData) {
  const parsed = ShopLogin.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid credentials." };
  const ip = await clientIp();
  if (!(await checkRateLimit(`shop-login:${ip}`))) return { error: "Too many attempts." };
  const user = await kdb.selectFrom("shop_users").select(["id", "password_hash"]).where("email", "=", parsed.data.email).executeTakeFirst();
  const valid = user ? await verify(user.password_hash, parsed.data.password) : false;
  if (!user || !valid) {
    await auditLog({ actorId: user?.id ?? null, action: "shop.login_failed", ip });
    // ok: information-disclosure
    return { error: "Invalid credentials." };
  }
  await auditLog({ actorId: user.id, action: "shop.login", ip });
  const session = await lucia.createSession(user.id, {});
  const c = lucia.createSessionCookie(session.id);
  (await cookies()).set(c.name, c.value, c.attributes);
  redirect("/shop");
}

function totpFor(secret: string, step = Math.floor(Date.now() / 30000)) {
  const h = createHmac("sha1", Buffer.from(secret, "base64")).update(String(step)).digest();
  const o = h[h.length - 1] & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

// Second factor for shop owners.
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function verifyShopTotp(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/shop/login");
  const ip = await clientIp();
  if (!(await checkRateLimit(`totp:${user.id}:${ip}`))) return { error: "Too many attempts." };
  const code = z.string().regex(/^\d{6}$/).parse(formData.get("code"));
  const row = await kdb.selectFrom("shop_users").select("totp_secret").where("id", "=", user.id).executeTakeFirst();
  if (!row?.totp_secret) return { error: "2FA is not set up." };
  const expectedOtp = totpFor(row.totp_secret);
  // why: one-time code compared with !== (timing side channel)
  // ruleid: timing-unsafe-comparison
  if (code !== expectedOtp) {
    await auditLog({ actorId: user.id, action: "shop.totp_failed", ip });
    return { error: "Wrong code." };
  }
  await auditLog({ actorId: user.id, action: "shop.totp_ok", ip });
  redirect("/shop");
}

// Recovery codes are stored hashed; compare the hash in constant time.
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function useRecoveryCode(_prev: unknown, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/shop/login");
  if (!(await checkRateLimit(`recovery:${user.id}`))) return { error: "Too many attempts." };
  const code = z.string().min(8).max(32).parse(formData.get("code"));
  const stored = await kdb.selectFrom("shop_users").select("totp_secret").where("id", "=", user.id).executeTakeFirst();
  const codeHash = createHmac("sha256", process.env.RECOVERY_PEPPER!).update(code).digest("hex");
  // ok: timing-unsafe-comparison
  const ok = stored?.totp_secret != null && secureCompare(codeHash, stored.totp_secret);
  await auditLog({ actorId: user.id, action: ok ? "shop.recovery_used" : "shop.recovery_failed" });
  if (!ok) return { error: "Invalid recovery code." };
  redirect("/shop");
}
