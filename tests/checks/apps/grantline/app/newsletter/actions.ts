"use server";

import { z } from "zod";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { upsertCrmContact } from "@/lib/repos/crm";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribe(_prev: unknown, formData: FormData) {
  await rateLimitByIp("newsletter", 5);
  const parsed = z.string().email().safeParse(formData.get("email"));
  if (!parsed.success) return { error: "Enter a valid email." };
  await upsertCrmContact(`nl_${parsed.data}`, parsed.data, "");
  await sendEmail(parsed.data, "Welcome to the Grantline newsletter", "You're subscribed.");
  return { ok: true };
}
