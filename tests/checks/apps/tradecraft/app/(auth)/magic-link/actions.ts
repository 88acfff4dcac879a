"use server";

import { z } from "zod";
import { auth } from "@/lib/auth/better-auth";
import { headers } from "next/headers";
import { rateLimitByIp } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestMagicLink(_prev: unknown, formData: FormData) {
  await rateLimitByIp("magic-link", true);
  const email = z.string().email().parse(formData.get("email"));
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/portal" }, headers: await headers() });
  // ok: information-disclosure
  return { message: "Check your inbox for a sign-in link." };
}
