"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { validatedAction } from "@/lib/wrappers";
import { rateLimitByIp, checkRateLimit, mailLimiter } from "@/lib/rate-limit";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const requestMagicLink = validatedAction(z.object({ email: z.string().email() }), async (data) => {
  await rateLimitByIp("magic-link");
  await checkRateLimit(`magic:${data.email}`, mailLimiter);
  await auth.api.signInMagicLink({ body: { email: data.email, callbackURL: "/dashboard" }, headers: await headers() });
  return { success: "Check your inbox" };
});
