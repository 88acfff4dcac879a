"use server";

// v1 sign-in for studios that have not migrated to better-auth yet (password hashes from the old Rails app).
import bcrypt from "bcryptjs";
import { z } from "zod";
import { cookies } from "next/headers";
import { SignJWT } from "jose";
import { getUser } from "@/lib/data/members";
import { rateLimitByIp } from "@/lib/rate-limit";

const secret = new TextEncoder().encode(process.env.LEGACY_JWT_SECRET);

const Creds = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function legacySignIn(_prev: unknown, formData: FormData) {
  const { email, password } = Creds.parse({ email: formData.get("email"), password: formData.get("password") });
  await rateLimitByIp("legacy-login");
  const user = await getUser(email);
  if (!user || !user.passwordHash) {
    // ruleid: information-disclosure
    return { error: "No account with that email" };
  }
  // ok: timing-unsafe-comparison
  const valid = await bcrypt.compare(password, user.passwordHash);
  if (!valid) {
    // ruleid: information-disclosure
    return { error: "Incorrect password" };
  }
  const jwt = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("7d").sign(secret);
  (await cookies()).set("kw_legacy", jwt, { httpOnly: true, secure: true, sameSite: "lax" });
  return { success: true };
}
