"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";
import type { ActionState } from "@/lib/wrappers";

const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
  next: z.string().regex(/^\/[a-z0-9/-]*$/).optional(),
});

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { error: "Enter a valid email and password" };
  }
  await rateLimitByIp("login");
  try {
    const res = await auth.api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
    await logSecurityEvent("login.success", res.user.id);
  } catch (e) {
    await logSecurityEvent("login.failure", null, { email: parsed.data.email });
    // ok: information-disclosure
    return { error: "Invalid email or password" };
  }
  redirect(parsed.data.next ?? "/dashboard");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signOutAction() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/login");
}
