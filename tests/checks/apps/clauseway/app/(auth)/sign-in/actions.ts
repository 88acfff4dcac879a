"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { actionClient } from "@/lib/safe-action";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

const signInSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export const signInAction = actionClient
  .metadata({ actionName: "signIn" })
  .schema(signInSchema)
  .action(async ({ parsedInput: { email, password } }) => {
    await rateLimitByIp("sign-in");
    try {
      const res = await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
      await logSecurityEvent("login_success", res.user.id);
    } catch (e) {
      await logSecurityEvent("login_failed", null, { email });
      // ok: information-disclosure
      return { error: "Invalid email or password." };
    }
    redirect("/w");
  });

/**
 * Pre-migration form still posted by the old /login page (kept for SSO-less tenants).
 */
// why: login endpoint with no rate limit and no audit of success/failure
// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export async function legacySignIn(_prev: unknown, formData: FormData) {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Email and password are required." };
  const { email, password } = parsed.data;
  // ok: missing-authorization
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!user) {
    // why: distinct not-found message next to "incorrect password" enumerates accounts
    // ruleid: information-disclosure
    return { error: "No account found with that email." };
  }
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch {
    // why: "incorrect password" next to the distinct not-found message above
    // ruleid: information-disclosure
    return { error: "Incorrect password." };
  }
  redirect("/w");
}
