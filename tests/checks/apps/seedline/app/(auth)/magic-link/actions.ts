"use server";

import * as v from "valibot";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";
import { rateLimitByIp } from "@/lib/rate-limit";

const MagicLinkSchema = v.object({ email: v.pipe(v.string(), v.email(), v.maxLength(254)) });

// Buyer portal magic link.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendBuyerMagicLink(_prev: unknown, formData: FormData) {
  const { email } = v.parse(MagicLinkSchema, { email: formData.get("email") });
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/buyer" }, headers: await headers() });
  return { sent: true };
}

// Staff magic link (added later, after the abuse report in March).
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendStaffMagicLink(_prev: unknown, formData: FormData) {
  await rateLimitByIp("magic-link", 3);
  const result = v.safeParse(MagicLinkSchema, { email: formData.get("email") });
  if (!result.success) return { sent: false };
  await auth.api.signInMagicLink({ body: { email: result.output.email, callbackURL: "/dashboard" }, headers: await headers() });
  return { sent: true };
}
